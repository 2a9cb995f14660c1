// Lonjakan tulis (issue #13 butir 3): banyak pengguna berbeda yang masuk menyimpan realisasi dan draf evaluasi
// serentak selama beberapa detik terhadap build produksi; sesudahnya basis data harus memuat tepat apa yang diakui
// (0 hilang, 0 ganda). Mencetak angka saja (tanpa asersi).
//
//   npm run bench:surge [-- --pengguna 200] [--detik 60] [--pegawai 2000] [--atasan 20] [--serentak 200] [--proses N]
//
// Dijalankan lewat scripts/with-test-db.ts --seed --build; server seperti `npm start` (scripts/klaster.cjs, `--proses`
// pekerja). Data: instansi sintetis dari scripts/skala/isi.ts
// (`--pegawai` ASN, kata sandi DEMO_PASSWORD) di samping data demo. Pengguna maya:
// - pegawai (`--pengguna` − `--atasan` orang): menyimpan realisasi IKI-nya pada periode yang terbuka lewat server
//   action `realisasiAction` (halaman /skp/[id]/pelaksanaan), seperti peramban: POST ke halaman dengan tajuk
//   Next-Action dan argumen hasil encodeReply React ([state, FormData] → bidang "_1_<nama>" lalu "0" =
//   `[null,"$K1"]`). Jawabannya aliran RSC; hasil aksi dibaca dari baris yang dirujuk baris akar (`0:{"a":"$@1"…`).
//   Karena aksi memanggil revalidatePath, jawaban juga memuat render ulang halaman, sama seperti di peramban.
//   Bergantian dengan itu pegawai yang sama menambah entri progres harian lewat `simpanEntriAction` (halaman /harian),
//   setiap entri pada slot 20 menit yang berbeda di dini hari (00:00–04:00) mulai hari pertama rentang rencana aksinya,
//   jadi tidak ada yang bertumpang tindih dengan data skala (07:30 ke atas).
// - atasan (`--atasan` orang, masing-masing dua tab): menyimpan draf evaluasi bawahan lewat route handler simpan
//   otomatis /api/penilaian/draf (JSON, versi optimistis). Kedua tab mengirim bersamaan dengan versi masing-masing;
//   409 (konflik versi) adalah perilaku yang benar: dihitung terpisah, lalu tab memakai versi terbaru dari jawaban.
// Setiap tulisan membawa nilai baru yang berbeda (penghitung per pengguna). Permintaan yang terbang dibatasi
// `--serentak`. Sesudahnya dibandingkan dengan basis data: per (iki, periode) nilai tersimpan = nilai terakhir yang
// diakui, setiap tulisan yang diakui tepat satu baris jejak_audit (REALISASI_DISIMPAN dengan `ke`,
// EVALUASI_DRAF_DISIMPAN dengan `versi`), tidak ada baris audit untuk tulisan yang tidak dikirim atau ditolak.
// Galat = HTTP ≥ 500, batas waktu, koneksi putus, atau galat server yang dilaporkan aksi. Tanpa jawaban (batas waktu,
// koneksi, HTTP ≥ 500) hasilnya tidak diketahui: boleh tersimpan atau tidak, dan dilaporkan berapa yang ternyata
// tersimpan. Galat yang dilaporkan aksi menyatakan isian belum disimpan: bila tersimpan juga, terhitung ganda.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { jalankanServer, masuk, persentil, rssPohonKb } from "./bench-bersama";
import { isiSkala } from "./skala/isi";

function argumen(nama: string, bawaan: number): number {
  const i = process.argv.indexOf(`--${nama}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : bawaan;
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${nama} harus angka`);
  return n;
}
const PENGGUNA = argumen("pengguna", 200);
const DETIK = argumen("detik", 60);
const PEGAWAI_DATA = argumen("pegawai", 2000);
const ATASAN = Math.min(argumen("atasan", 20), PENGGUNA);
const SERENTAK = argumen("serentak", 200);
const BATAS_MS = argumen("batas-waktu", 30) * 1000;
// Pekerja Next seperti `npm start` (scripts/klaster.cjs): --proses, atau SKP_PROSES, bawaan jumlah inti (paling banyak 4).
const PROSES = argumen("proses", Number(process.env.SKP_PROSES) || Math.min(os.availableParallelism(), 4));
const root = path.resolve(import.meta.dirname, "..");

// ─── Data ─────────────────────────────────────────────────────────────────────────────────────

const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
let t = performance.now();
const akun = await isiSkala(db, { pegawai: PEGAWAI_DATA });
const jumlahAsn = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM pegawai WHERE instansi_id = $1`, [akun.instansiId])).rows[0]!.n);
console.log(`Data: instansi sintetis ${jumlahAsn} pegawai dibuat dalam ${((performance.now() - t) / 1000).toFixed(1)} s (di samping data demo)`);

type Iki = { id: string; angka: boolean };
type VuPegawai = { nip: string; skpId: string; periodeId: string; periodeKode: string; iki: Iki[]; kuki: string; ra: { id: string; mulai: Date; satuan: string } | null };
type Tab = { versi: number };
type VuAtasan = { nip: string; skpId: string; kode: string; versiAwal: number; tab: [Tab, Tab]; kuki: string };

const atasanDipakai = [...new Map(akun.atasan.map((a) => [a.nip, a])).values()].slice(0, ATASAN);
if (atasanDipakai.length < ATASAN) throw new Error(`data skala hanya memberi ${atasanDipakai.length} atasan, diminta ${ATASAN}`);
const nipAtasan = new Set(atasanDipakai.map((a) => a.nip));
const calonPegawai = [...new Map(akun.pegawai.filter((p) => !nipAtasan.has(p.nip)).map((p) => [p.nip, p])).values()].slice(0, PENGGUNA - ATASAN);
if (calonPegawai.length < PENGGUNA - ATASAN) throw new Error(`data skala hanya memberi ${calonPegawai.length} pegawai, diminta ${PENGGUNA - ATASAN}`);

const skpIds = calonPegawai.map((p) => p.skpId);
const ikiPer = new Map<string, Iki[]>();
for (const r of (
  await db.query<{ skp: string; id: string; angka: boolean }>(
    `SELECT s.id AS skp, i.id, (s.pendekatan = 'KUANTITATIF' AND i.target_min IS NOT NULL) AS angka
     FROM iki i JOIN rhk r ON r.id = i.rhk_id JOIN skp s ON s.id = r.skp_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.id, r.urutan, i.urutan`,
    [skpIds],
  )
).rows) {
  const l = ikiPer.get(r.skp) ?? [];
  l.push({ id: r.id, angka: r.angka });
  ikiPer.set(r.skp, l);
}
// Periode terbuka dalam masa SKP: yang memuat hari ini bila ada, selain itu yang pertama.
const periodePer = new Map(
  (
    await db.query<{ skp: string; id: string; kode: string }>(
      `SELECT DISTINCT ON (s.id) s.id AS skp, pe.id, pe.kode FROM skp s
       JOIN periode_evaluasi pe ON pe.periode_kinerja_id = s.periode_id AND pe.status = 'BUKA' AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
       WHERE s.id = ANY($1::uuid[]) ORDER BY s.id, (CURRENT_DATE BETWEEN pe.mulai AND pe.selesai) DESC, pe.urutan`,
      [skpIds],
    )
  ).rows.map((r) => [r.skp, r]),
);
// Rencana aksi pertama per SKP pada periode buka yang memuat hari ini (untuk entri harian), dengan awal rentangnya.
const raPer = new Map(
  (
    await db.query<{ skp: string; id: string; mulai: string; satuan: string | null }>(
      `SELECT DISTINCT ON (s.id) s.id AS skp, ra.id, greatest(pe.mulai, s.mulai)::text AS mulai, ra.satuan FROM skp s
       JOIN rhk r ON r.skp_id = s.id JOIN rencana_aksi ra ON ra.rhk_id = r.id
       JOIN periode_evaluasi pe ON pe.id = ra.periode_evaluasi_id AND pe.status = 'BUKA' AND CURRENT_DATE BETWEEN pe.mulai AND pe.selesai
       WHERE s.id = ANY($1::uuid[]) ORDER BY s.id, r.urutan, ra.urutan`,
      [skpIds],
    )
  ).rows.map((r) => [r.skp, { id: r.id, mulai: new Date(`${r.mulai}T00:00:00Z`), satuan: r.satuan ?? "kegiatan" }]),
);
const vuPegawai: VuPegawai[] = calonPegawai.map((p) => {
  const pe = periodePer.get(p.skpId);
  const iki = ikiPer.get(p.skpId) ?? [];
  if (!pe || iki.length === 0) throw new Error(`SKP ${p.skpId} (${p.nip}) tanpa periode terbuka atau tanpa IKI`);
  return { nip: p.nip, skpId: p.skpId, periodeId: pe.id, periodeKode: pe.kode, iki, kuki: "", ra: raPer.get(p.skpId) ?? null };
});
if (vuPegawai.every((u) => u.ra === null)) throw new Error("tidak ada pegawai dengan rencana aksi pada periode yang buka (entri harian)");
const vuAtasan: VuAtasan[] = [];
for (const a of atasanDipakai) {
  const e = (await db.query<{ versi: number }>(`SELECT versi FROM evaluasi_kinerja WHERE skp_id = $1 AND kode = $2`, [a.bawahanSkpId, a.kode])).rows[0];
  const versi = e?.versi ?? 0;
  vuAtasan.push({ nip: a.nip, skpId: a.bawahanSkpId, kode: a.kode, versiAwal: versi, tab: [{ versi }, { versi }], kuki: "" });
}
const auditAwal = BigInt((await db.query<{ m: string }>(`SELECT coalesce(max(id), 0) AS m FROM jejak_audit`)).rows[0]!.m);

// Id server action realisasi dari build (berubah setiap build).
const manifes = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
  node: Record<string, { filename: string; exportedName: string }>;
};
const idAksi = Object.entries(manifes.node).find(([, v]) => v.filename === "app/(portal)/skp/[id]/pelaksanaan/actions.ts" && v.exportedName === "realisasiAction")?.[0];
if (!idAksi) throw new Error("realisasiAction tidak ada di .next/server/server-reference-manifest.json");
const idAksiHarian = Object.entries(manifes.node).find(([, v]) => v.filename === "app/(portal)/harian/actions.ts" && v.exportedName === "simpanEntriAction")?.[0];
if (!idAksiHarian) throw new Error("simpanEntriAction tidak ada di .next/server/server-reference-manifest.json");

// ─── Pencatatan ───────────────────────────────────────────────────────────────────────────────

type Operasi = "realisasi" | "draf" | "harian";
type Hasil = "diakui" | "konflik" | "ditolak" | "galat";
const catatan: Record<Operasi, { hasil: Record<Hasil, number>; ms: number[]; alasan: Map<string, number> }> = {
  realisasi: { hasil: { diakui: 0, konflik: 0, ditolak: 0, galat: 0 }, ms: [], alasan: new Map() },
  draf: { hasil: { diakui: 0, konflik: 0, ditolak: 0, galat: 0 }, ms: [], alasan: new Map() },
  harian: { hasil: { diakui: 0, konflik: 0, ditolak: 0, galat: 0 }, ms: [], alasan: new Map() },
};
/** Per pegawai: slot entri harian (tanggal|jam mulai) yang diakui dan yang hasilnya tidak diketahui. */
const tulisHarian = new Map<string, { diakui: Set<string>; takTentu: Set<string> }>();
function catat(op: Operasi, hasil: Hasil, ms: number | null, alasan?: string) {
  const c = catatan[op];
  c.hasil[hasil]++;
  if (ms !== null) c.ms.push(ms);
  if (alasan) c.alasan.set(`${hasil}: ${alasan}`, (c.alasan.get(`${hasil}: ${alasan}`) ?? 0) + 1);
}
/** Per iki: nilai yang diakui berurutan, dan nilai yang hasilnya tidak diketahui (galat) beserta urutannya. */
const tulisRealisasi = new Map<string, { diakui: { n: number; nilai: string }[]; takTentu: { n: number; nilai: string }[] }>();
/** Per evaluasi (skp/kode): versi → catatan yang diakui; catatan yang hasilnya tidak diketahui. */
const tulisDraf = new Map<string, { diakui: Map<number, string[]>; takTentu: string[] }>();

// Batas permintaan yang sedang terbang.
let terbang = 0;
const antre: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (terbang >= SERENTAK) await new Promise<void>((r) => antre.push(r));
  terbang++;
  try {
    return await f();
  } finally {
    terbang--;
    antre.shift()?.();
  }
}

// ─── Permintaan ───────────────────────────────────────────────────────────────────────────────

/** Hasil server action dari aliran RSC: baris akar `0:{"a":"$@<id>",…}` merujuk baris `<id>:<json>`. */
function hasilAksi(teks: string): { ok?: boolean; pesan?: string } | null {
  const akar = /(?:^|\n)0:\{"a":"\$@([0-9a-f]+)"/.exec(teks);
  const baris = akar ? new RegExp(`(?:^|\\n)${akar[1]}:(\\{.*)`).exec(teks) : null;
  try {
    return baris ? (JSON.parse(baris[1]!) as { ok?: boolean; pesan?: string }) : null;
  } catch {
    return null;
  }
}

const pendek = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").slice(0, 90);

async function simpanRealisasi(asal: string, u: VuPegawai, n: number): Promise<void> {
  const iki = u.iki[n % u.iki.length]!;
  const nilai = iki.angka ? String(n) : `surge ${n}`;
  const fd = new FormData();
  for (const [k, v] of Object.entries({ skpId: u.skpId, periodeId: u.periodeId, ikiId: iki.id, [iki.angka ? "nilai" : "teks"]: nilai })) fd.append(`_1_${k}`, v);
  fd.append("0", JSON.stringify([null, "$K1"]));
  const jejak = tulisRealisasi.get(iki.id) ?? { diakui: [], takTentu: [] };
  tulisRealisasi.set(iki.id, jejak);
  const t0 = performance.now();
  try {
    const r = await slot(() =>
      fetch(`${asal}/skp/${u.skpId}/pelaksanaan?periode=${u.periodeKode}`, {
        method: "POST",
        headers: { cookie: u.kuki, "Next-Action": idAksi!, Origin: asal, Accept: "text/x-component" },
        body: fd,
        redirect: "manual",
        signal: AbortSignal.timeout(BATAS_MS),
      }).then(async (x) => ({ status: x.status, alih: x.headers.get("x-action-redirect"), teks: await x.text() })),
    );
    const ms = performance.now() - t0;
    if (r.status >= 500) {
      jejak.takTentu.push({ n, nilai });
      return catat("realisasi", "galat", ms, `HTTP ${r.status}`);
    }
    if (r.alih) return catat("realisasi", "ditolak", ms, `dialihkan ke ${r.alih.split(";")[0]}`);
    if (r.status !== 200) return catat("realisasi", "ditolak", ms, `HTTP ${r.status}`);
    const h = hasilAksi(r.teks);
    if (h?.ok === true) {
      jejak.diakui.push({ n, nilai });
      return catat("realisasi", "diakui", ms);
    }
    // Galat tak terduga di server ditangkap kerangka aksi (lib/auth/aksi.ts tanganiGalatAksi) dan kembali sebagai hasil
    // gagal ber-HTTP 200 dengan kode rujukan: itu galat server (yang menyatakan isian belum disimpan), bukan penolakan.
    if (h && h.pesan?.startsWith("Terjadi kesalahan pada server")) return catat("realisasi", "galat", ms, "galat server di aksi (tidak tersimpan, lihat log server)");
    if (h) return catat("realisasi", "ditolak", ms, pendek(h.pesan));
    jejak.takTentu.push({ n, nilai });
    catat("realisasi", "galat", ms, "jawaban tidak terbaca");
  } catch (e) {
    jejak.takTentu.push({ n, nilai });
    catat("realisasi", "galat", null, (e as Error).name === "TimeoutError" ? `batas waktu ${BATAS_MS / 1000} s` : `koneksi: ${pendek((e as Error).message)}`);
  }
}

/** Entri harian ke-n pegawai: slot 20 menit ke-(n mod 12) dini hari, hari ke-floor(n/12) sejak awal rentangnya. */
async function simpanHarian(asal: string, u: VuPegawai, n: number): Promise<void> {
  const ra = u.ra!;
  const tanggal = new Date(ra.mulai.getTime() + Math.floor(n / 12) * 86_400_000).toISOString().slice(0, 10);
  const menit = (n % 12) * 20;
  const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const slotKunci = `${tanggal}|${menit}`;
  const fd = new FormData();
  for (const [k, v] of Object.entries({ rencanaAksiId: ra.id, tanggal, jamMulai: jam(menit), jamSelesai: jam(menit + 20), kegiatan: `surge entri ke-${n}`, realisasi: "1", satuan: ra.satuan })) fd.append(`_1_${k}`, v);
  fd.append("0", JSON.stringify([null, "$K1"]));
  const jejak = tulisHarian.get(u.nip) ?? { diakui: new Set<string>(), takTentu: new Set<string>() };
  tulisHarian.set(u.nip, jejak);
  const t0 = performance.now();
  try {
    const r = await slot(() =>
      fetch(`${asal}/harian`, {
        method: "POST",
        headers: { cookie: u.kuki, "Next-Action": idAksiHarian!, Origin: asal, Accept: "text/x-component" },
        body: fd,
        redirect: "manual",
        signal: AbortSignal.timeout(BATAS_MS),
      }).then(async (x) => ({ status: x.status, alih: x.headers.get("x-action-redirect"), teks: await x.text() })),
    );
    const ms = performance.now() - t0;
    if (r.status >= 500) {
      jejak.takTentu.add(slotKunci);
      return catat("harian", "galat", ms, `HTTP ${r.status}`);
    }
    if (r.alih) return catat("harian", "ditolak", ms, `dialihkan ke ${r.alih.split(";")[0]}`);
    if (r.status !== 200) return catat("harian", "ditolak", ms, `HTTP ${r.status}`);
    const h = hasilAksi(r.teks);
    if (h?.ok === true) {
      jejak.diakui.add(slotKunci);
      return catat("harian", "diakui", ms);
    }
    if (h && h.pesan?.startsWith("Terjadi kesalahan pada server")) return catat("harian", "galat", ms, "galat server di aksi (tidak tersimpan, lihat log server)");
    if (h) return catat("harian", "ditolak", ms, pendek(h.pesan));
    jejak.takTentu.add(slotKunci);
    catat("harian", "galat", ms, "jawaban tidak terbaca");
  } catch (e) {
    jejak.takTentu.add(slotKunci);
    catat("harian", "galat", null, (e as Error).name === "TimeoutError" ? `batas waktu ${BATAS_MS / 1000} s` : `koneksi: ${pendek((e as Error).message)}`);
  }
}

async function simpanDraf(asal: string, u: VuAtasan, tab: Tab, isi: string): Promise<void> {
  const kunci = `${u.skpId}/${u.kode}`;
  const jejak = tulisDraf.get(kunci) ?? { diakui: new Map<number, string[]>(), takTentu: [] as string[] };
  tulisDraf.set(kunci, jejak);
  const badan = JSON.stringify({ skpId: u.skpId, kode: u.kode, versi: tab.versi, ratingHasil: null, ratingPerilaku: null, catatan: isi, umpanRhk: {}, umpanPerilaku: {} });
  const t0 = performance.now();
  try {
    const r = await slot(() =>
      fetch(`${asal}/api/penilaian/draf`, {
        method: "POST",
        headers: { cookie: u.kuki, "Content-Type": "application/json", Origin: asal },
        body: badan,
        signal: AbortSignal.timeout(BATAS_MS),
      }).then(async (x) => ({ status: x.status, teks: await x.text() })),
    );
    const ms = performance.now() - t0;
    if (r.status >= 500) {
      jejak.takTentu.push(isi);
      return catat("draf", "galat", ms, `HTTP ${r.status}`);
    }
    let j: { ok?: boolean; versi?: number; pesan?: string; konflik?: { versi: number } } = {};
    try {
      j = JSON.parse(r.teks) as typeof j;
    } catch {
      return catat("draf", "ditolak", ms, `HTTP ${r.status}, bukan JSON`);
    }
    if (r.status === 200 && j.ok && typeof j.versi === "number") {
      tab.versi = j.versi;
      jejak.diakui.set(j.versi, [...(jejak.diakui.get(j.versi) ?? []), isi]);
      return catat("draf", "diakui", ms);
    }
    if (r.status === 409 && j.konflik) {
      tab.versi = j.konflik.versi;
      return catat("draf", "konflik", ms, "versi lama (tab lain menyimpan lebih dulu)");
    }
    catat("draf", "ditolak", ms, `HTTP ${r.status} ${pendek(j.pesan)}`);
  } catch (e) {
    jejak.takTentu.push(isi);
    catat("draf", "galat", null, (e as Error).name === "TimeoutError" ? `batas waktu ${BATAS_MS / 1000} s` : `koneksi: ${pendek((e as Error).message)}`);
  }
}

/** Menjalankan `f` untuk setiap butir, paling banyak `n` bersamaan. */
async function paralel<T>(butir: T[], n: number, f: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(n, butir.length) }, async () => {
    while (i < butir.length) await f(butir[i++]!);
  }));
}

// ─── Jalan ────────────────────────────────────────────────────────────────────────────────────

const server = await jalankanServer({ port: Number(process.env.E2E_PORT ?? 3600), env: { ...process.env, SKP_PROSES: String(PROSES) }, klaster: true });
const asal = server.asal;
const pid = server.pid;
let puncak = 0;
let rssAwal = 0;
let selesaiDetik = 0;
try {
  t = performance.now();
  await paralel([...vuPegawai, ...vuAtasan], 8, async (u) => void (u.kuki = await masuk(asal, u.nip)));
  console.log(`${vuPegawai.length + vuAtasan.length} pengguna berbeda masuk dalam ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // Pemanasan dan pemeriksaan akses: setiap pengguna membuka halamannya sekali (harus 200).
  await paralel([...vuPegawai.map((u) => ({ u, jalur: `/skp/${u.skpId}/pelaksanaan?periode=${u.periodeKode}` })), ...vuAtasan.map((u) => ({ u, jalur: `/bawahan/skp/${u.skpId}/penilaian/${u.kode}` }))], 16, async ({ u, jalur }) => {
    const r = await fetch(asal + jalur, { headers: { cookie: u.kuki }, redirect: "manual" });
    await r.arrayBuffer();
    if (r.status !== 200) throw new Error(`${jalur} (${u.nip}): HTTP ${r.status} pada pemanasan`);
  });
  rssAwal = puncak = rssPohonKb(pid);
  const cuplik = setInterval(() => (puncak = Math.max(puncak, rssPohonKb(pid))), 100);
  console.log(
    `Server pid ${pid} (${PROSES} pekerja Next), RSS ${(rssAwal / 1024).toFixed(0)} MB; ${vuPegawai.length} pegawai + ${vuAtasan.length} atasan × 2 tab, ` +
      `paling banyak ${SERENTAK} permintaan terbang, ${DETIK} s …`,
  );
  const mulai = performance.now();
  const akhir = mulai + DETIK * 1000;
  await Promise.all([
    ...vuPegawai.map(async (u) => {
      for (let n = 1; performance.now() < akhir; n++) {
        if (u.ra && n % 2 === 0) await simpanHarian(asal, u, n / 2 - 1);
        else await simpanRealisasi(asal, u, n);
      }
    }),
    ...vuAtasan.map(async (u, i) => {
      for (let n = 1; performance.now() < akhir; n++) await Promise.all(u.tab.map((tab, k) => simpanDraf(asal, u, tab, `surge atasan ${i} tab ${k + 1} ke-${n}`)));
    }),
  ]);
  selesaiDetik = (performance.now() - mulai) / 1000;
  clearInterval(cuplik);
} finally {
  await server.hentikan();
}

// ─── Pemeriksaan basis data ───────────────────────────────────────────────────────────────────

let hilang = 0;
let ganda = 0;
let takTentuTersimpan = 0;
const rincian: string[] = [];
const masalah = (jenis: "hilang" | "ganda", teks: string) => {
  if (jenis === "hilang") hilang++;
  else ganda++;
  if (rincian.length < 10) rincian.push(`${jenis}: ${teks}`);
};
const angkaSama = (a: string, b: string) => a === b || (Number.isFinite(Number(a)) && Number(a) === Number(b));

// Realisasi: satu baris per (iki, periode); nilai = yang terakhir diakui; setiap tulisan diakui tepat satu baris audit.
const ikiDitulis = [...tulisRealisasi.keys()];
const periodeIki = new Map(vuPegawai.flatMap((u) => u.iki.map((i) => [i.id, u.periodeId] as const)));
const baris = new Map<string, { n: number; nilai: string | null; teks: string | null }>();
for (const r of (
  await db.query<{ iki: string; n: string; nilai: string | null; teks: string | null }>(
    `SELECT x.iki_id AS iki, count(*) AS n, max(x.nilai)::text AS nilai, max(x.teks) AS teks
     FROM realisasi x JOIN unnest($1::uuid[], $2::uuid[]) AS p(iki, periode) ON p.iki = x.iki_id AND p.periode = x.periode_evaluasi_id
     GROUP BY x.iki_id`,
    [ikiDitulis, ikiDitulis.map((i) => periodeIki.get(i)!)],
  )
).rows)
  baris.set(r.iki, { n: Number(r.n), nilai: r.nilai, teks: r.teks });
const auditRealisasi = new Map<string, Map<string, number>>();
for (const r of (
  await db.query<{ iki: string; ke: string; n: string }>(
    `SELECT data->>'ikiId' AS iki, data->>'ke' AS ke, count(*) AS n FROM jejak_audit WHERE id > $1 AND aksi = 'REALISASI_DISIMPAN' GROUP BY 1, 2`,
    [auditAwal.toString()],
  )
).rows) {
  const m = auditRealisasi.get(r.iki) ?? new Map<string, number>();
  m.set(r.ke, Number(r.n));
  auditRealisasi.set(r.iki, m);
}
for (const [iki, j] of tulisRealisasi) {
  const b = baris.get(iki);
  const audit = auditRealisasi.get(iki) ?? new Map<string, number>();
  if (b && b.n > 1) masalah("ganda", `iki ${iki}: ${b.n} baris realisasi untuk satu periode`);
  const terakhir = j.diakui.at(-1);
  if (terakhir) {
    // Yang tersimpan: tulisan terakhir yang diakui, atau tulisan tak tentu yang dikirim sesudahnya.
    const boleh = [terakhir, ...j.takTentu.filter((x) => x.n > terakhir.n)].map((x) => x.nilai);
    const tersimpan = b?.nilai ?? b?.teks ?? null;
    if (tersimpan === null || !boleh.some((v) => angkaSama(v, tersimpan))) masalah("hilang", `iki ${iki}: tersimpan ${tersimpan}, terakhir diakui ${terakhir.nilai}`);
  }
  const kirim = new Set([...j.diakui, ...j.takTentu].map((x) => x.nilai));
  for (const d of j.diakui) {
    const n = [...audit].filter(([ke]) => angkaSama(ke, d.nilai)).reduce((s, [, c]) => s + c, 0);
    if (n === 0) masalah("hilang", `iki ${iki}: tulisan ${d.nilai} diakui tanpa jejak audit`);
    if (n > 1) masalah("ganda", `iki ${iki}: tulisan ${d.nilai} tercatat ${n}× di jejak audit`);
  }
  for (const [ke, n] of audit) {
    if (j.takTentu.some((x) => angkaSama(x.nilai, ke)) && !j.diakui.some((x) => angkaSama(x.nilai, ke))) takTentuTersimpan += n;
    else if (![...kirim].some((v) => angkaSama(v, ke))) masalah("ganda", `iki ${iki}: audit ${ke} bukan tulisan yang dikirim`);
  }
}

// Draf evaluasi: satu baris per (skp, kode); versi akhir = versi tertinggi yang diakui dan catatannya; setiap versi
// diakui sekali saja dan tepat satu baris audit; versi naik sebanyak tulisan yang tersimpan.
for (const u of vuAtasan) {
  const j = tulisDraf.get(`${u.skpId}/${u.kode}`);
  if (!j) continue;
  const ev = (await db.query<{ id: string; versi: number; catatan: string | null }>(`SELECT id, versi, catatan FROM evaluasi_kinerja WHERE skp_id = $1 AND kode = $2`, [u.skpId, u.kode])).rows;
  if (ev.length > 1) masalah("ganda", `evaluasi ${u.skpId}/${u.kode}: ${ev.length} baris`);
  const e = ev[0];
  const audit = e
    ? (await db.query<{ versi: number; n: string }>(`SELECT (data->>'versi')::int AS versi, count(*) AS n FROM jejak_audit WHERE id > $1 AND aksi = 'EVALUASI_DRAF_DISIMPAN' AND entitas_id = $2 GROUP BY 1`, [auditAwal.toString(), e.id])).rows
    : [];
  const auditPer = new Map(audit.map((a) => [a.versi, Number(a.n)]));
  for (const [versi, isi] of j.diakui) {
    if (isi.length > 1) masalah("ganda", `evaluasi ${u.skpId}/${u.kode}: versi ${versi} diakui ${isi.length}× (${isi.join(" | ")})`);
    const n = auditPer.get(versi) ?? 0;
    if (n === 0) masalah("hilang", `evaluasi ${u.skpId}/${u.kode}: versi ${versi} diakui tanpa jejak audit`);
    if (n > 1) masalah("ganda", `evaluasi ${u.skpId}/${u.kode}: versi ${versi} tercatat ${n}× di jejak audit`);
  }
  const lebih = [...auditPer].filter(([v]) => !j.diakui.has(v)).reduce((s, [, n]) => s + n, 0);
  if (lebih > j.takTentu.length) masalah("ganda", `evaluasi ${u.skpId}/${u.kode}: ${lebih} tulisan tercatat tanpa diakui, hanya ${j.takTentu.length} tak tentu`);
  takTentuTersimpan += lebih;
  if (j.diakui.size > 0) {
    const versiMaks = Math.max(...j.diakui.keys());
    if (!e) masalah("hilang", `evaluasi ${u.skpId}/${u.kode}: tidak ada baris`);
    else if (e.versi < versiMaks) masalah("hilang", `evaluasi ${u.skpId}/${u.kode}: versi tersimpan ${e.versi} < versi diakui ${versiMaks}`);
    else if (e.versi === versiMaks && e.catatan !== j.diakui.get(versiMaks)![0]) masalah("hilang", `evaluasi ${u.skpId}/${u.kode}: catatan tersimpan "${e.catatan}" ≠ terakhir diakui`);
  }
  // Setiap tulisan yang tersimpan menaikkan versi satu (yang pertama membuat baris dengan versi 1 dari 0).
  if (e && e.versi - u.versiAwal !== j.diakui.size + lebih) {
    masalah(e.versi - u.versiAwal < j.diakui.size + lebih ? "hilang" : "ganda", `evaluasi ${u.skpId}/${u.kode}: versi ${u.versiAwal} → ${e.versi}, ${j.diakui.size} diakui + ${lebih} tak tentu tersimpan`);
  }
}
// Entri harian: setiap slot yang diakui tepat satu baris (pegawai, tanggal, jam mulai) dan satu baris audit
// PROGRES_HARIAN_DITAMBAH; tidak ada baris surge untuk slot yang tidak dikirim atau ditolak.
{
  const nipKe = new Map(vuPegawai.map((u) => [u.nip, u]));
  const rows = (
    await db.query<{ nip: string; tanggal: string; mulai: number; n: string; audit: string }>(
      `SELECT p.nip, ph.tanggal::text AS tanggal, ph.jam_mulai AS mulai, count(*) AS n,
         (SELECT count(*) FROM jejak_audit j WHERE j.id > $2 AND j.aksi = 'PROGRES_HARIAN_DITAMBAH' AND j.entitas_id = min(ph.id::text)) AS audit
       FROM progres_harian ph JOIN pegawai p ON p.id = ph.pegawai_id
       WHERE p.nip = ANY($1::text[]) AND ph.kegiatan LIKE 'surge entri ke-%'
       GROUP BY p.nip, ph.tanggal, ph.jam_mulai`,
      [[...nipKe.keys()], auditAwal.toString()],
    )
  ).rows;
  const ada = new Map(rows.map((r) => [`${r.nip.trim()}|${r.tanggal}|${r.mulai}`, r]));
  for (const [nip, j] of tulisHarian) {
    for (const k of j.diakui) {
      const r = ada.get(`${nip}|${k}`);
      if (!r) masalah("hilang", `entri harian ${nip} ${k}: diakui tetapi tidak ada`);
      else if (Number(r.n) > 1) masalah("ganda", `entri harian ${nip} ${k}: ${r.n} baris`);
      else if (Number(r.audit) !== 1) masalah(Number(r.audit) === 0 ? "hilang" : "ganda", `entri harian ${nip} ${k}: ${r.audit} baris audit`);
    }
  }
  for (const [kunci, r] of ada) {
    const [nip, tanggal, mulai] = kunci.split("|");
    const j = tulisHarian.get(nip!);
    const k = `${tanggal}|${mulai}`;
    if (j?.takTentu.has(k) && !j.diakui.has(k)) takTentuTersimpan += Number(r.n);
    else if (!j?.diakui.has(k)) masalah("ganda", `entri harian ${nip} ${k}: tersimpan tanpa diakui`);
  }
}
await db.end();

// ─── Laporan ──────────────────────────────────────────────────────────────────────────────────

const kol = (s: string | number, w: number) => String(s).padStart(w);
const judul = `${"operasi".padEnd(34)}${kol("dicoba", 8)}${kol("diakui", 8)}${kol("konflik", 8)}${kol("ditolak", 8)}${kol("galat", 7)}${kol("p50", 7)}${kol("p95", 7)}${kol("p99", 7)}${kol("diakui/s", 10)}`;
const barisLaporan = (nama: string, op: Operasi) => {
  const c = catatan[op];
  const ms = [...c.ms].sort((a, b) => a - b);
  const dicoba = Object.values(c.hasil).reduce((a, b) => a + b, 0);
  return `${nama.padEnd(34)}${kol(dicoba, 8)}${kol(c.hasil.diakui, 8)}${kol(c.hasil.konflik, 8)}${kol(c.hasil.ditolak, 8)}${kol(c.hasil.galat, 7)}${kol(persentil(ms, 0.5).toFixed(0), 7)}${kol(persentil(ms, 0.95).toFixed(0), 7)}${kol(persentil(ms, 0.99).toFixed(0), 7)}${kol((c.hasil.diakui / selesaiDetik).toFixed(1), 10)}`;
};
const semua = (Object.keys(catatan) as Operasi[]).map((op) => catatan[op]);
const dicobaTotal = semua.reduce((s, c) => s + Object.values(c.hasil).reduce((a, b) => a + b, 0), 0);
const diakuiTotal = semua.reduce((s, c) => s + c.hasil.diakui, 0);
const galatTotal = semua.reduce((s, c) => s + c.hasil.galat, 0);
console.log(`\n${judul}  (ms)`);
console.log(barisLaporan("realisasi (server action)", "realisasi"));
console.log(barisLaporan("draf evaluasi (/api/penilaian/draf)", "draf"));
console.log(barisLaporan("entri harian (server action)", "harian"));
console.log(
  `${"jumlah".padEnd(34)}${kol(dicobaTotal, 8)}${kol(diakuiTotal, 8)}${kol(semua.reduce((s, c) => s + c.hasil.konflik, 0), 8)}${kol(semua.reduce((s, c) => s + c.hasil.ditolak, 0), 8)}${kol(galatTotal, 7)}${" ".repeat(21)}${kol((diakuiTotal / selesaiDetik).toFixed(1), 10)}`,
);
for (const op of Object.keys(catatan) as Operasi[]) {
  for (const [alasan, n] of catatan[op].alasan) console.log(`  ${op} — ${alasan}: ${n}`);
}
console.log(
  `\n${vuPegawai.length + vuAtasan.length} pengguna berbeda, ${selesaiDetik.toFixed(1)} s, ${(dicobaTotal / selesaiDetik).toFixed(1)} permintaan/s; ` +
    `data ${jumlahAsn} pegawai sintetis; ${PROSES} pekerja Next; RSS server (semua proses) ${(rssAwal / 1024).toFixed(0)} MB → puncak ${(puncak / 1024).toFixed(0)} MB`,
);
console.log(`Basis data sesudahnya: hilang ${hilang}, ganda ${ganda}; tulisan tanpa jawaban (galat) yang ternyata tersimpan: ${takTentuTersimpan}`);
for (const r of rincian) console.log(`  ${r}`);
process.exit(0);
