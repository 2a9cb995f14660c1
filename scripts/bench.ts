// Tolok ukur akses data: "satu halaman memakai kueri dalam jumlah tetap, berapa pun besar timnya" (tanpa N+1).
// Mencetak angka saja (tidak ada asersi; bukan bagian `npm test`).
//
//   npm run bench [-- --pegawai 8000] [--banding 500,2000] [--ulang 5]
//
// Dijalankan lewat scripts/with-test-db.ts (PostgreSQL bawaan yang baru) dengan `tsx --conditions=react-server`:
// modul akses data mengimpor "server-only", yang di bawah kondisi react-server adalah modul kosong, dan `react`
// di bawah kondisi itu mengekspor `cache` (di luar render React Server Components, `cache` meneruskan panggilan
// tanpa menyimpan; jadi angka di sini adalah biaya satu panggilan tanpa deduplikasi antar-komponen).
//
// Untuk setiap ukuran (--banding lalu --pegawai), proses induk membuat basis data baru dari basis data uji yang
// sudah dimigrasikan (TEMPLATE) dan menjalankan proses anak dengan SKP_HITUNG_KUERI=1: lib/db.ts lalu menghitung
// setiap pernyataan SQL (event "query" Prisma) ke lib/db/hitung-kueri.ts. Anak membangkitkan instansi skala dengan
// scripts/skala/isi.ts (sama dengan `npm run seed:scale`: struktur 5–6 tingkat, SKP disetujui, pelaksanaan, penilaian,
// capaian dan kurva, dokumen; sisip massal lewat pg), lalu memanggil fungsi akses data halaman seperti yang dipanggil
// halaman. "Atasan" = atasan para kepala sekolah (Kabid SMP): timnya bertambah sebanding ukuran instansi.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { jumlahKueri, resetKueri, sqlTercatat } from "@/lib/db/hitung-kueri";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";
import { bangunSkala } from "./skala/isi";

// ─── Argumen ──────────────────────────────────────────────────────────────────────────────────

function argumen(nama: string, bawaan: string): string {
  const i = process.argv.indexOf(`--${nama}`);
  if (i >= 0) return process.argv[i + 1] ?? "";
  const eq = process.argv.find((a) => a.startsWith(`--${nama}=`));
  return eq ? eq.slice(nama.length + 3) : bawaan;
}
const angka = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const v = Number(x);
      if (!Number.isInteger(v) || v < 100 || v > 100_000) throw new Error(`Ukuran tidak sah: ${x} (100–100000 pegawai).`);
      return v;
    });

const ULANG = Math.max(1, Number(argumen("ulang", "5")) || 5);

// ─── Hasil yang dikirim anak ke induk ─────────────────────────────────────────────────────────

type HasilFungsi = { nama: string; kueri: number[]; ms: number[]; sql: Record<string, number> };
type HasilUkuran = {
  pegawai: number;
  buatMs: number;
  bagianMs: Record<string, number>;
  baris: Record<string, number>;
  konteks: string[];
  fungsi: HasilFungsi[];
};

// ─── Proses induk ─────────────────────────────────────────────────────────────────────────────

async function induk() {
  const admin = process.env.TEST_DATABASE_ADMIN_URL;
  const template = process.env.DATABASE_URL;
  if (!admin || !template) {
    console.error("Jalankan lewat `npm run bench` (scripts/with-test-db.ts menyiapkan PostgreSQL).");
    process.exit(2);
  }
  const utama = angka(argumen("pegawai", "8000"));
  const banding = angka(argumen("banding", "500,2000"));
  const ukuran = [...new Set([...banding, ...utama])].sort((a, b) => a - b);
  const templateName = new URL(template).pathname.slice(1);
  console.log(`Tolok ukur akses data SKP — ukuran: ${ukuran.join(", ")} pegawai; ${ULANG} kali per fungsi (median), setelah 1 pemanasan.\n`);

  const sqlAdmin = async (text: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };

  const semua: HasilUkuran[] = [];
  for (const n of ukuran) {
    const nama = `bench_${n}_${randomBytes(3).toString("hex")}`;
    await sqlAdmin(`CREATE DATABASE "${nama}" TEMPLATE "${templateName}"`);
    try {
      const url = new URL(template);
      url.pathname = `/${nama}`;
      semua.push(await jalankanAnak(url.toString(), n));
    } finally {
      await sqlAdmin(`DROP DATABASE IF EXISTS "${nama}"`).catch(() => {});
    }
  }
  cetakRingkasan(semua);
}

function jalankanAnak(url: string, n: number): Promise<HasilUkuran> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--anak", String(n), "--ulang", String(ULANG)], {
      execArgv: process.execArgv,
      env: { ...process.env, DATABASE_URL: url, SKP_HITUNG_KUERI: "1" },
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
    let hasil: HasilUkuran | null = null;
    child.on("message", (m) => (hasil = m as HasilUkuran));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 && hasil ? resolve(hasil) : reject(new Error(`Proses ukuran ${n} gagal (kode ${code}).`))));
  });
}

// ─── Cetak ────────────────────────────────────────────────────────────────────────────────────

const rb = (x: number) => x.toLocaleString("en-US");
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmtMs = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const rentangKueri = (xs: number[]) => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};

function tabel(kepala: string[], baris: string[][], kanan: boolean[]): string {
  const lebar = kepala.map((h, i) => Math.max(h.length, ...baris.map((b) => b[i]!.length)));
  const sel = (s: string, i: number) => (kanan[i] ? s.padStart(lebar[i]!) : s.padEnd(lebar[i]!));
  const garis = lebar.map((w) => "─".repeat(w)).join("  ");
  return [kepala.map(sel).join("  "), garis, ...baris.map((b) => b.map(sel).join("  "))].join("\n");
}

function cetakUkuran(h: HasilUkuran) {
  const bagian = Object.entries(h.bagianMs)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
    .join(", ");
  console.log(`══ Instansi sintetis: ${rb(h.pegawai)} pegawai ══`);
  console.log(`Pembuatan data: ${(h.buatMs / 1000).toFixed(1)} s (${bagian})`);
  const baris = Object.entries(h.baris).map(([k, v]) => `${k} ${rb(v)}`);
  for (let i = 0; i < baris.length; i += 6) console.log(`${i === 0 ? "Baris:" : "      "} ${baris.slice(i, i + 6).join(" · ")}`);
  for (const k of h.konteks) console.log(k);
  console.log();
  console.log(
    tabel(
      ["Fungsi (halaman)", "Kueri", "Median ms", "Min–maks ms"],
      h.fungsi.map((f) => [f.nama, rentangKueri(f.kueri), fmtMs(median(f.ms)), `${fmtMs(Math.min(...f.ms))}–${fmtMs(Math.max(...f.ms))}`]),
      [false, true, true, true],
    ),
  );
  console.log();
}

function cetakRingkasan(semua: HasilUkuran[]) {
  if (semua.length === 0) return;
  const nama = semua[0]!.fungsi.map((f) => f.nama);
  const kolom = semua.map((h) => `${rb(h.pegawai)} peg.`);
  const cari = (h: HasilUkuran, n: string) => h.fungsi.find((f) => f.nama === n)!;
  const tumbuh: string[] = [];
  const barisKueri = nama.map((n) => {
    const per = semua.map((h) => Math.max(...cari(h, n).kueri));
    const tetap = per.every((x) => x === per[0]);
    if (!tetap) tumbuh.push(n);
    return [n, ...per.map(String), semua.length > 1 ? (tetap ? "tetap" : "TUMBUH") : ""];
  });
  console.log("══ Ringkasan: kueri SQL per panggilan menurut ukuran instansi ══");
  console.log(tabel(["Fungsi (halaman)", ...kolom, ""], barisKueri, [false, ...kolom.map(() => true), false]));
  console.log();
  console.log("══ Ringkasan: median ms per panggilan ══");
  console.log(
    tabel(
      ["Fungsi (halaman)", ...kolom],
      nama.map((n) => [n, ...semua.map((h) => fmtMs(median(cari(h, n).ms)))]),
      [false, ...kolom.map(() => true)],
    ),
  );
  console.log();
  console.log(`Pembuatan data: ${semua.map((h) => `${rb(h.pegawai)} pegawai ${(h.buatMs / 1000).toFixed(1)} s`).join(" · ")}`);
  if (semua.length < 2) return;
  if (tumbuh.length === 0) {
    console.log("Tidak ada fungsi yang jumlah kuerinya bertambah dengan ukuran instansi (tidak ada N+1).");
    return;
  }
  console.log(`PERHATIAN — jumlah kueri bertambah dengan ukuran (kemungkinan N+1): ${tumbuh.join(", ")}`);
  for (const n of tumbuh) {
    const kecil = cari(semua[0]!, n).sql;
    const besar = cari(semua.at(-1)!, n).sql;
    for (const bentuk of new Set([...Object.keys(kecil), ...Object.keys(besar)])) {
      if ((kecil[bentuk] ?? 0) !== (besar[bentuk] ?? 0)) console.log(`  ${n}: ${kecil[bentuk] ?? 0} → ${besar[bentuk] ?? 0} × ${bentuk}`);
    }
  }
}

// ─── Proses anak: satu ukuran ─────────────────────────────────────────────────────────────────

async function anak(n: number) {
  const gen = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await gen.connect();
  const tahun = tahunKinerjaSekarang();
  const h = await bangunSkala(gen, { pegawai: n, kode: `BENCH${n}` });
  const buatMs = h.totalMs;
  const bagianMs = h.bagianMs;
  const baris = h.baris;
  const inst = { instansiId: h.akun.instansiId, atasan: h.rinci.atasanTumbuh, asn: h.rinci.asn, opdTerbesar: h.rinci.opdTerbesar, jumlahAkar: h.rinci.jumlahAkar };
  const pengguna = (await gen.query("SELECT id, pegawai_id FROM pengguna WHERE pegawai_id = ANY($1::uuid[])", [[inst.atasan, inst.asn]])).rows as { id: string; pegawai_id: string }[];
  const idPengguna = (pegawaiId: string) => pengguna.find((p) => p.pegawai_id === pegawaiId)!.id;
  const skpAsn = (await gen.query("SELECT id FROM skp WHERE pegawai_id = $1 AND status = 'DISETUJUI'", [inst.asn])).rows[0] as { id: string };
  await gen.end();

  // Modul akses data dimuat setelah DATABASE_URL/SKP_HITUNG_KUERI tersedia (singleton lib/db.ts dengan penghitung).
  const { muatAktor } = await import("@/lib/auth/aktor");
  const { getBeranda } = await import("@/lib/organisasi/beranda");
  const { getRingkasanOpd, getStrukturOpd } = await import("@/lib/organisasi/struktur");
  const { getSkpSaya, getDetailSkp, getSkpBawahan } = await import("@/lib/skp/baca");
  const { getMatriks } = await import("@/lib/skp/matriks");
  const { getPelaksanaan, getMonitoring } = await import("@/lib/pelaksanaan/baca");
  const { prisma } = await import("@/lib/db");
  const { getTugasSaya } = await import("@/lib/tugas/baca");
  const { getDaftarSkpAdmin } = await import("@/lib/skp/daftar-admin");
  const { muatAktorSesi } = await import("@/lib/auth/aktor");
  const { buatSesi } = await import("@/lib/auth/sesi");
  const { getKotakPenilaian, getHalamanEvaluasi, getHasilTahun, getPapanKalibrasi } = await import("@/lib/penilaian/baca");
  const { getCapaianInstansi } = await import("@/lib/penilaian/capaian");

  const aktorAtasan = (await muatAktor(idPengguna(inst.atasan)))!;
  const aktorAsn = (await muatAktor(idPengguna(inst.asn)))!;
  const beranda = await getBeranda(aktorAtasan);
  const struktur = await getStrukturOpd(inst.instansiId, inst.opdTerbesar);
  const monitoring = await getMonitoring(aktorAtasan, tahun);
  const konteks = [
    `Atasan: ${beranda.saya[0]?.jabatan} — ${beranda.bawahan.length} bawahan langsung (tim yang bertambah dengan ukuran); ASN: ${(await getBeranda(aktorAsn)).saya[0]?.jabatan}, SKP ${skpAsn.id.slice(0, 8)}…`,
    `OPD terbesar: ${struktur?.unit.nama} — ${struktur?.jumlahJabatan} jabatan; ${inst.jumlahAkar} unit akar (Setda + OPD); pemantauan atasan: ${monitoring.baris.length} baris × ${monitoring.periode.length} periode`,
  ];

  const sesiAtasan = await buatSesi(aktorAtasan.penggunaId, "bench");
  // SKP bawahan atasan yang disetujui: halaman Evaluasi Kinerja Pegawai dibuka oleh pejabat penilainya.
  const skpBawahan = await prisma.skp.findFirst({ where: { penilaiPegawaiId: inst.atasan, status: "DISETUJUI" }, select: { id: true } });
  if (!skpBawahan) throw new Error("Atasan tanpa SKP bawahan yang disetujui; data sintetis tidak sesuai.");
  // Monitoring admin BKD (kurva per unit pembawa, pengisian per OPD): periode evaluasi dipastikan ada lebih dulu.
  const { getMonitoringKurva, getMonitoringPengisian, periodeMonitoring } = await import("@/lib/penilaian/monitoring");
  await (await import("@/lib/pelaksanaan/baca")).getPeriodeEvaluasiAdmin(inst.instansiId);
  const tw1 = await periodeMonitoring(inst.instansiId, tahun, "TW1");
  if (!tw1) throw new Error("Periode TW1 tidak ada; data sintetis tidak sesuai.");
  const daftar: [string, () => Promise<unknown>][] = [
    ["muatAktor", () => muatAktor(aktorAtasan.penggunaId)],
    ["getBeranda — atasan", () => getBeranda(aktorAtasan)],
    ["getBeranda — ASN", () => getBeranda(aktorAsn)],
    ["getSkpSaya — ASN", () => getSkpSaya(aktorAsn, tahun)],
    ["getDetailSkp — ASN", () => getDetailSkp(aktorAsn, skpAsn.id)],
    ["getSkpBawahan — atasan", () => getSkpBawahan(aktorAtasan, tahun)],
    ["getMatriks — atasan", () => getMatriks(aktorAtasan)],
    ["getPelaksanaan — ASN", () => getPelaksanaan(aktorAsn, skpAsn.id, undefined)],
    ["getMonitoring — atasan", () => getMonitoring(aktorAtasan, tahun)],
    ["getRingkasanOpd — instansi", () => getRingkasanOpd(inst.instansiId)],
    ["getStrukturOpd — OPD terbesar", () => getStrukturOpd(inst.instansiId, inst.opdTerbesar)],
    ["muatAktorSesi (setiap permintaan)", () => muatAktorSesi(aktorAtasan.penggunaId, sesiAtasan)],
    ["getTugasSaya — atasan", () => getTugasSaya(aktorAtasan)],
    ["getTugasSaya — ASN", () => getTugasSaya(aktorAsn)],
    ["getKotakPenilaian — atasan TW1", () => getKotakPenilaian(aktorAtasan, "TW1")],
    ["getKotakPenilaian — atasan AKHIR", () => getKotakPenilaian(aktorAtasan, "AKHIR")],
    ["getHalamanEvaluasi — atasan TW1", () => getHalamanEvaluasi(aktorAtasan, skpBawahan.id, "TW1")],
    ["getHalamanEvaluasi — atasan AKHIR", () => getHalamanEvaluasi(aktorAtasan, skpBawahan.id, "AKHIR")],
    ["getHasilTahun — ASN", () => getHasilTahun(aktorAsn, skpAsn.id)],
    ["getPapanKalibrasi — atasan TW1", () => getPapanKalibrasi(aktorAtasan, "TW1")],
    ["getCapaianInstansi — admin TW1", () => getCapaianInstansi(inst.instansiId, tahun, "TW1")],
    ["getDaftarSkpAdmin — halaman 1", () => getDaftarSkpAdmin(inst.instansiId, { tahun, halaman: 1 })],
    ["getDaftarSkpAdmin — cari nama", () => getDaftarSkpAdmin(inst.instansiId, { tahun, halaman: 1, q: "Sri", status: "DISETUJUI" })],
    ["getMonitoringKurva — instansi TW1", () => getMonitoringKurva(inst.instansiId, tw1)],
    ["getMonitoringKurva — OPD terbesar TW1", () => getMonitoringKurva(inst.instansiId, tw1, inst.opdTerbesar)],
    ["getMonitoringPengisian — instansi TW1", () => getMonitoringPengisian(inst.instansiId, tw1)],
    ["getMonitoringPengisian — OPD terbesar TW1", () => getMonitoringPengisian(inst.instansiId, tw1, inst.opdTerbesar)],
  ];
  const fungsi: HasilFungsi[] = [];
  for (const [nama, fn] of daftar) {
    const f: HasilFungsi = { nama, kueri: [], ms: [], sql: {} };
    for (let i = 0; i <= ULANG; i++) {
      resetKueri({ simpanSql: i === 1 });
      const s = performance.now();
      const hasil = await fn();
      const ms = performance.now() - s;
      if (hasil === null || hasil === undefined) throw new Error(`${nama} mengembalikan ${hasil}; data sintetis tidak sesuai.`);
      if (i === 0) continue; // pemanasan
      f.kueri.push(jumlahKueri());
      f.ms.push(ms);
      if (i === 1) {
        // Bentuk kueri (daftar parameter diringkas), untuk menunjuk kueri yang berulang bila jumlahnya tumbuh.
        for (const q of sqlTercatat()) {
          const bentuk = q.replace(/\$\d+(,\s*\$\d+)*/g, "$…").replace(/"public"\./g, "").slice(0, 140);
          f.sql[bentuk] = (f.sql[bentuk] ?? 0) + 1;
        }
      }
    }
    if (f.kueri.every((x) => x === 0)) throw new Error("Penghitung kueri tidak aktif (SKP_HITUNG_KUERI=1 dan lib/db.ts).");
    fungsi.push(f);
  }
  await prisma.$disconnect();

  const hasil: HasilUkuran = { pegawai: n, buatMs, bagianMs, baris, konteks, fungsi };
  cetakUkuran(hasil);
  await new Promise<void>((res, rej) => process.send!(hasil, undefined, {}, (e) => (e ? rej(e) : res())));
}

const iAnak = process.argv.indexOf("--anak");
if (iAnak >= 0) {
  await anak(Number(process.argv[iAnak + 1]));
  process.disconnect?.();
} else {
  await induk();
}
