// Tolok ukur beban halaman (issue #13): build produksi, banyak pengguna berbeda (bukan satu cookie), setiap halaman
// yang dipakai pegawai, atasan dan admin BKD, dengan /api/health sebagai lantai. Mencetak angka saja (tanpa asersi).
//
//   npm run bench:load [-- --koneksi 32] [--detik 10] [--halaman beranda,skp] [--ulang 3] [--pegawai 8000]
// --ulang N: setiap halaman diukur N kali berturut-turut pada server dan data yang sama; dicetak median tiap angka.
//
// Dijalankan lewat scripts/with-test-db.ts --seed --build (data demo). Server dijalankan dengan SKP_HITUNG_KUERI=1:
// /api/health lalu melaporkan jumlah pernyataan SQL sejak start, sehingga SQL per permintaan diukur dengan 10
// permintaan berurutan di luar beban. Latensi setiap jawaban dicatat (event "response" autocannon), jadi p50/p95/p99
// dihitung dari semua jawaban; RSS server dicuplik tiap 100 ms dari /proc/<pid>/status selama beban.
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";
import { jalankanServer, masuk, persentil, rssPohonKb } from "./bench-bersama";
import { isiSkala } from "./skala/isi";

function argumen(nama: string, bawaan: string): string {
  const i = process.argv.indexOf(`--${nama}`);
  return i >= 0 ? (process.argv[i + 1] ?? bawaan) : bawaan;
}
const KONEKSI = Number(argumen("koneksi", "32"));
const DETIK = Number(argumen("detik", "10"));
const PILIH = argumen("halaman", "").split(",").filter(Boolean);
const ULANG = Number(argumen("ulang", "1"));
if (!Number.isInteger(ULANG) || ULANG < 1 || ULANG > 9) throw new Error("--ulang harus bilangan bulat 1–9.");
// --profil DIR: server dijalankan dengan --cpu-prof; profil .cpuprofile ditulis ke DIR saat server berhenti.
const PROFIL = argumen("profil", "");
// --proses N: jumlah pekerja Next (scripts/klaster.cjs, seperti `npm start`); bawaan SKP_PROSES atau jumlah inti.
const PROSES = argumen("proses", process.env.SKP_PROSES ?? "");
const tahun = tahunKinerjaSekarang();



type Pengguna = { kuki: string; skpId: string | null; kode?: string };
type Peran = "publik" | "pegawai" | "atasan" | "atasan30" | "jpt" | "admin";
type Halaman = { nama: string; peran: Peran; jalur: (u: Pengguna) => string };

const HALAMAN: Halaman[] = [
  { nama: "/api/health", peran: "publik", jalur: () => "/api/health" },
  { nama: "/akun", peran: "pegawai", jalur: () => "/akun" },
  { nama: "/beranda", peran: "pegawai", jalur: () => "/beranda" },
  { nama: "/skp", peran: "pegawai", jalur: () => "/skp" },
  { nama: "/skp/[id]", peran: "pegawai", jalur: (u) => `/skp/${u.skpId}` },
  { nama: "/skp/[id]/pelaksanaan", peran: "pegawai", jalur: (u) => `/skp/${u.skpId}/pelaksanaan` },
  { nama: "/skp/[id]/penilaian", peran: "pegawai", jalur: (u) => `/skp/${u.skpId}/penilaian` },
  { nama: "/dokumen", peran: "pegawai", jalur: () => "/dokumen" },
  { nama: "/harian", peran: "pegawai", jalur: () => "/harian" },
  { nama: "/harian/impor", peran: "pegawai", jalur: () => "/harian/impor" },
  { nama: "/notifikasi", peran: "pegawai", jalur: () => "/notifikasi" },
  { nama: "/dokumen/skp/[id]", peran: "pegawai", jalur: (u) => `/dokumen/skp/${u.skpId}` },
  { nama: "/bawahan", peran: "atasan", jalur: () => "/bawahan" },
  { nama: "/bawahan/pemantauan", peran: "atasan", jalur: () => "/bawahan/pemantauan" },
  { nama: "/bawahan/penilaian", peran: "atasan", jalur: () => "/bawahan/penilaian?periode=TW1" },
  { nama: "/bawahan/skp/[id]/penilaian/[kode]", peran: "atasan", jalur: (u) => `/bawahan/skp/${u.skpId}/penilaian/${u.kode}` },
  { nama: "/bawahan/skp/[id]", peran: "atasan", jalur: (u) => `/bawahan/skp/${u.skpId}` },
  { nama: "/bawahan/matriks", peran: "atasan", jalur: () => "/bawahan/matriks" },
  { nama: "/bawahan/harian", peran: "atasan", jalur: () => "/bawahan/harian" },
  // Hanya dengan --pegawai: atasan dengan tepat 30 bawahan langsung, JPT dengan ≥ 300 pegawai di bawahnya.
  { nama: "/bawahan (30 bawahan)", peran: "atasan30", jalur: () => "/bawahan" },
  { nama: "/bawahan/pemantauan (30)", peran: "atasan30", jalur: () => "/bawahan/pemantauan" },
  { nama: "/bawahan/penilaian (30)", peran: "atasan30", jalur: (u) => `/bawahan/penilaian?periode=${u.kode}` },
  { nama: "/bawahan/penilaian/kalibrasi (30)", peran: "atasan30", jalur: (u) => `/bawahan/penilaian/kalibrasi?periode=${u.kode}` },
  { nama: "/bawahan/harian (30)", peran: "atasan30", jalur: () => "/bawahan/harian" },
  { nama: "/bawahan/skp/[id]/penilaian/[kode] (30)", peran: "atasan30", jalur: (u) => `/bawahan/skp/${u.skpId}/penilaian/${u.kode}` },
  { nama: "/beranda (JPT 300)", peran: "jpt", jalur: () => "/beranda" },
  { nama: "/bawahan/pemantauan (JPT 300)", peran: "jpt", jalur: () => "/bawahan/pemantauan" },
  { nama: "/dokumen (JPT 300)", peran: "jpt", jalur: () => "/dokumen" },
  { nama: "/admin", peran: "admin", jalur: () => "/admin" },
  { nama: "/admin/skp", peran: "admin", jalur: () => "/admin/skp" },
  { nama: "/admin/penilaian", peran: "admin", jalur: () => "/admin/penilaian" },
  { nama: "/admin/capaian", peran: "admin", jalur: () => "/admin/capaian?periode=TW1" },
  { nama: "/admin/monitoring/kurva", peran: "admin", jalur: () => "/admin/monitoring/kurva?periode=TW1" },
  { nama: "/admin/monitoring/pengisian", peran: "admin", jalur: () => "/admin/monitoring/pengisian?periode=TW1" },
  { nama: "/admin/masalah-data", peran: "admin", jalur: () => "/admin/masalah-data" },
  { nama: "/admin/libur", peran: "admin", jalur: () => "/admin/libur" },
  { nama: "/admin/harian", peran: "admin", jalur: () => "/admin/harian" },
  { nama: "/admin/tpp", peran: "admin", jalur: () => "/admin/tpp" },
  { nama: "/admin/angka-kredit", peran: "admin", jalur: () => "/admin/angka-kredit" },
  { nama: "/admin/token-api", peran: "admin", jalur: () => "/admin/token-api" },
  { nama: "/dokumentasi-api", peran: "publik", jalur: () => "/dokumentasi-api" },
  { nama: "/api/v1/openapi.json", peran: "publik", jalur: () => "/api/v1/openapi.json" },
];

// --pegawai N: instansi skala (scripts/skala, seperti npm run seed:scale) dibangun dulu di basis data uji ini, dan
// bebannya memakai akun instansi itu: pegawai ber-SKP disetujui, atasan dengan tepat 30 bawahan, JPT dengan ≥ 300
// pegawai di bawahnya, admin BKD. Tanpa --pegawai: data demo (40 pegawai).
const SKALA = Number(argumen("pegawai", "0"));
type AkunUji = { pegawai: { nip: string; skp: string }[]; atasan: { nip: string; skp: string; kode: string }[]; atasan30: { nip: string; skp: string; kode: string }[]; jpt: { nip: string }[]; admin: { nip: string }[] };
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
let akunUji: AkunUji;
if (SKALA > 0) {
  const t0 = performance.now();
  const a = await isiSkala(db, { pegawai: SKALA });
  console.log(`Instansi skala ${SKALA.toLocaleString("id-ID")} pegawai dibangun dalam ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  akunUji = {
    pegawai: a.pegawai.slice(0, 48).map((x) => ({ nip: x.nip, skp: x.skpId })),
    atasan: a.atasan.slice(0, 16).map((x) => ({ nip: x.nip, skp: x.bawahanSkpId, kode: x.kode })),
    atasan30: [{ nip: a.atasan30.nip, skp: a.atasan30.bawahanSkpId, kode: a.atasan30.kode }],
    jpt: [a.jpt300],
    admin: a.admin.slice(0, 4),
  };
} else {
  // Pegawai dengan SKP disetujui tahun ini (halaman SKP-nya sendiri); atasan = pejabat penilai SKP orang lain; admin BKD.
  const pegawai = (
    await db.query<{ nip: string; skp: string }>(
      `SELECT DISTINCT ON (p.id) p.nip, s.id AS skp FROM pegawai p JOIN skp s ON s.pegawai_id = p.id JOIN periode_kinerja k ON k.id = s.periode_id
       JOIN pengguna u ON u.pegawai_id = p.id WHERE s.status = 'DISETUJUI' AND k.tahun = $1 ORDER BY p.id, s.mulai DESC LIMIT 24`,
      [tahun],
    )
  ).rows;
  const atasan = (
    await db.query<{ nip: string; skp: string; kode: string }>(
      `SELECT DISTINCT ON (p.id) p.nip, e.skp_id AS skp, e.kode FROM evaluasi_kinerja e JOIN pegawai p ON p.id = e.penilai_pegawai_id
       JOIN pengguna u ON u.pegawai_id = p.id JOIN skp s ON s.id = e.skp_id JOIN periode_kinerja k ON k.id = s.periode_id
       WHERE k.tahun = $1 AND e.periode_evaluasi_id IS NOT NULL ORDER BY p.id, e.kode LIMIT 12`,
      [tahun],
    )
  ).rows;
  const admin = (
    await db.query<{ nip: string }>(`SELECT p.nip FROM peran_pengguna r JOIN pengguna u ON u.id = r.pengguna_id JOIN pegawai p ON p.id = u.pegawai_id WHERE r.peran = 'ADMIN_INSTANSI' LIMIT 4`)
  ).rows;
  akunUji = { pegawai, atasan, atasan30: [], jpt: [], admin };
}
await db.end();

const port = Number(process.env.E2E_PORT ?? 3500);
const server = await jalankanServer({
  port,
  env: { ...process.env, SKP_HITUNG_KUERI: "1", ...(PROSES ? { SKP_PROSES: PROSES } : {}) },
  argNode: PROFIL ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(PROFIL)}`] : [],
  klaster: true,
});
const asal = server.asal;

// Penghitung kueri ada per proses pekerja: /api/health melaporkan pid dan hitungannya (termasuk kuerinya sendiri).
// Potret = nilai terakhir tiap pekerja, setelah setiap pekerja terlihat (primer membagi koneksi bergiliran).
type Potret = Map<number, number>;
async function potretKueri(pekerja: number): Promise<{ nilai: Potret; panggilan: Map<number, number> }> {
  const nilai: Potret = new Map();
  const panggilan = new Map<number, number>();
  for (let i = 0; i < 50 * pekerja && (nilai.size < pekerja || i < pekerja); i++) {
    const j = (await (await fetch(`${asal}/api/health`)).json()) as { kueriTotal?: number; pid?: number };
    nilai.set(j.pid ?? 0, j.kueriTotal ?? NaN);
    panggilan.set(j.pid ?? 0, (panggilan.get(j.pid ?? 0) ?? 0) + 1);
  }
  return { nilai, panggilan };
}
/** SQL oleh permintaan di antara dua potret: selisih per pekerja dikurangi kueri /api/health potret kedua. */
const selisihKueri = (a: Potret, b: { nilai: Potret; panggilan: Map<number, number> }) =>
  [...b.nilai].reduce((s, [pid, v]) => s + v - (a.get(pid) ?? 0) - (b.panggilan.get(pid) ?? 0), 0);

try {
  const pid = server.pid;
  // Pekerja yang siap: pid berbeda yang menjawab /api/health (tunggu sampai jumlahnya stabil).
  const pidPekerja = new Set<number>();
  for (let i = 0; i < 40; i++) {
    pidPekerja.add(((await (await fetch(`${asal}/api/health`)).json()) as { pid: number }).pid);
    if (i >= 10 && pidPekerja.size >= Number(PROSES || 1)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const jumlahPekerja = pidPekerja.size;
  const akun: Record<Peran, Pengguna[]> = { publik: [{ kuki: "", skpId: null }], pegawai: [], atasan: [], atasan30: [], jpt: [], admin: [] };
  for (const p of akunUji.pegawai) akun.pegawai.push({ kuki: await masuk(asal, p.nip), skpId: p.skp });
  for (const p of akunUji.atasan) akun.atasan.push({ kuki: await masuk(asal, p.nip), skpId: p.skp, kode: p.kode });
  for (const p of akunUji.atasan30) akun.atasan30.push({ kuki: await masuk(asal, p.nip), skpId: p.skp, kode: p.kode });
  for (const p of akunUji.jpt) akun.jpt.push({ kuki: await masuk(asal, p.nip), skpId: null });
  for (const p of akunUji.admin) akun.admin.push({ kuki: await masuk(asal, p.nip), skpId: null });
  console.log(
    `Server pid ${pid}, RSS ${(rssPohonKb(pid) / 1024).toFixed(0)} MB; ${akun.pegawai.length} pegawai, ${akun.atasan.length} atasan, ${akun.admin.length} admin masuk${SKALA ? " (+ atasan 30 bawahan, JPT 300)" : ""}; ` +
      `${KONEKSI} koneksi × ${DETIK} s per halaman${ULANG > 1 ? ` × ${ULANG} putaran (median)` : ""}; ${jumlahPekerja} pekerja Next\n`,
  );
  const baris: string[] = [];
  let lantai = NaN;
  for (const h of HALAMAN.filter((x) => !PILIH.length || x.nama === "/api/health" || PILIH.some((p) => x.nama.includes(p)))) {
    const pengguna = akun[h.peran];
    if (pengguna.length === 0) continue; // atasan30/jpt hanya ada dengan --pegawai
    // Pemanasan dan pemeriksaan: setiap pengguna membuka halamannya sekali (harus 200).
    for (const u of pengguna) {
      const r = await fetch(asal + h.jalur(u), { headers: { cookie: u.kuki }, redirect: "manual" });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`${h.nama}: HTTP ${r.status} pada pemanasan`);
    }
    // SQL per permintaan: 10 permintaan berurutan di luar beban.
    const k0 = (await potretKueri(jumlahPekerja)).nilai;
    for (let i = 0; i < 10; i++) await (await fetch(asal + h.jalur(pengguna[i % pengguna.length]!), { headers: { cookie: pengguna[i % pengguna.length]!.kuki } })).arrayBuffer();
    const sqlPerPermintaan = selisihKueri(k0, await potretKueri(jumlahPekerja));
    // --ulang N: halaman diukur N kali berturut-turut; yang dicetak median tiap angka (galat: jumlah semua putaran).
    const putaran: { p50: number; p95: number; p99: number; rps: number; galat: number; puncak: number }[] = [];
    for (let ulang = 0; ulang < ULANG; ulang++) {
      let ke = 0;
      const latensi: number[] = [];
      let puncak = rssPohonKb(pid);
      const cuplik = setInterval(() => (puncak = Math.max(puncak, rssPohonKb(pid))), 100);
      const hasil = await new Promise<autocannon.Result>((selesai, gagal) => {
        const inst = autocannon(
          {
            url: asal,
            connections: KONEKSI,
            duration: DETIK,
            requests: [
              {
                setupRequest: (req) => {
                  const u = pengguna[ke++ % pengguna.length]!;
                  return { ...req, path: h.jalur(u), headers: { ...req.headers, cookie: u.kuki } };
                },
              },
            ],
          },
          (e, r) => (e ? gagal(e) : selesai(r)),
        );
        inst.on("response", (_c, _s, _b, ms) => latensi.push(ms));
      });
      clearInterval(cuplik);
      latensi.sort((x, y) => x - y);
      putaran.push({ p50: persentil(latensi, 0.5), p95: persentil(latensi, 0.95), p99: persentil(latensi, 0.99), rps: hasil.requests.average, galat: hasil.errors + hasil.timeouts + hasil.non2xx, puncak });
    }
    const median = (f: (x: (typeof putaran)[number]) => number) => persentil([...putaran.map(f)].sort((x, y) => x - y), 0.5);
    const p50 = median((x) => x.p50);
    if (h.nama === "/api/health") lantai = p50;
    const galat = putaran.reduce((n, x) => n + x.galat, 0);
    const puncak = median((x) => x.puncak);
    baris.push(
      [
        h.nama.padEnd(42),
        h.peran.padEnd(8),
        `${p50.toFixed(0)}`.padStart(6),
        `${median((x) => x.p95).toFixed(0)}`.padStart(6),
        `${median((x) => x.p99).toFixed(0)}`.padStart(6),
        `${median((x) => x.rps).toFixed(1)}`.padStart(8),
        `${galat}`.padStart(6),
        `${(sqlPerPermintaan / 10).toFixed(1)}`.padStart(7),
        `${(puncak / 1024).toFixed(0)}`.padStart(7),
        `${(p50 / lantai).toFixed(1)}×`.padStart(7),
      ].join(" "),
    );
    console.log(baris.at(-1));
  }
  console.log(
    `\n${"halaman".padEnd(42)} ${"peran".padEnd(8)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"req/s".padStart(8)} ${"galat".padStart(6)} ${"SQL/req".padStart(7)} ${"RSS MB".padStart(7)} ${"/lantai".padStart(7)}  (ms)\n${baris.join("\n")}`,
  );
} finally {
  await server.hentikan();
}
process.exit(0);
