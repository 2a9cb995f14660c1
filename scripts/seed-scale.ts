// `npm run seed:scale -- [--pegawai 8000] [--kode SKALA8000] [--ganti]`: instansi sintetis berskala (kabupaten
// 8.000, provinsi 60.000 ASN) di samping data demo, untuk tolok ukur beban (scripts/skala/isi.ts).
// Basis data yang sama dengan `npm start`: DATABASE_URL, atau PostgreSQL bawaan di DATA_DIR (dipakai bila sedang
// berjalan, dijalankan untuk perintah ini bila belum). Migrasi diterapkan lebih dulu.
import path from "node:path";
import pg from "pg";
import { bukaBasisData, type BasisDataTerbuka } from "../lib/db/buka";
import { migrate } from "../lib/db/migrator";
import { DEMO_PASSWORD } from "../prisma/demo-data";
import { bangunSkala, GalatSkala } from "./skala/isi";

const root = path.resolve(import.meta.dirname, "..");
const log = (s: string) => console.log(`[skala] ${s}`);

function argumen(nama: string): string | undefined {
  const i = process.argv.indexOf(`--${nama}`);
  if (i >= 0) return process.argv[i + 1];
  return process.argv.find((a) => a.startsWith(`--${nama}=`))?.slice(nama.length + 3);
}

const rb = (x: number) => x.toLocaleString("id-ID");
const detik = (ms: number) => `${(ms / 1000).toFixed(1)} d`;

let db: BasisDataTerbuka | null = null;
let kode = 0;
try {
  const n = Number(argumen("pegawai") ?? 8000);
  if (!Number.isInteger(n) || n < 100 || n > 100_000) throw new GalatSkala(`--pegawai harus bilangan bulat 100–100000 (tertulis ${argumen("pegawai")}).`);
  db = await bukaBasisData({ env: process.env, akar: root, log });
  const mg = await migrate(db.url);
  if (mg.applied.length) log(`${mg.applied.length} migrasi diterapkan.`);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    log(`Mengisi instansi skala ${rb(n)} pegawai…`);
    const h = await bangunSkala(c, { pegawai: n, kode: argumen("kode"), ganti: process.argv.includes("--ganti"), log });
    log(`Selesai: instansi ${h.kode} (${h.akun.instansiId}) dalam ${detik(h.totalMs)}.`);
    log(`Waktu per bagian: ${Object.entries(h.bagianMs).map(([k, v]) => `${k} ${detik(v)}`).join(" · ")}`);
    const baris = Object.entries(h.baris).filter(([, v]) => v > 0);
    const total = baris.reduce((s, [, v]) => s + v, 0);
    log(`Baris per tabel (${rb(total)} seluruhnya):`);
    const lebar = Math.max(...baris.map(([k]) => k.length));
    for (const [k, v] of baris) console.log(`    ${k.padEnd(lebar)}  ${rb(v).padStart(11)}  ${detik(h.tulisMs[k as keyof typeof h.tulisMs]).padStart(8)} tulis`);
    const a = h.akun;
    log(`Masuk dengan NIP berikut, kata sandi ${DEMO_PASSWORD}:`);
    console.log(`    Pegawai (ASN)                 ${a.pegawai[0]!.nip}   (${a.pegawai.length} akun pegawai untuk tolok ukur)`);
    console.log(`    Atasan dengan 30 bawahan      ${a.atasan30.nip}   (evaluasi bawahan periode ${a.atasan30.kode})`);
    console.log(`    JPT (Kepala Dinas Pendidikan) ${a.jpt300.nip}`);
    console.log(`    Admin BKD                     ${a.admin.map((x) => x.nip).join(", ")}`);
    const u = process.resourceUsage();
    log(`Proses Node: RSS puncak ${(u.maxRSS / 1024).toFixed(0)} MB, CPU ${detik((u.userCPUTime + u.systemCPUTime) / 1000)} (sisanya menunggu PostgreSQL).`);
  } finally {
    await c.end();
  }
} catch (e) {
  console.error(`[skala] ${e instanceof GalatSkala ? "" : "Galat: "}${e instanceof Error ? (e instanceof GalatSkala ? e.message : (e.stack ?? e.message)) : String(e)}`);
  kode = 1;
} finally {
  await db?.stop().catch(() => {});
}
process.exit(kode);
