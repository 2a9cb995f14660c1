// `npm run db:backup -- [--keluar <berkas>]` dan `npm run db:restore -- <berkas>`.
// Basis data: DATABASE_URL, atau PostgreSQL bawaan di DATA_DIR (dipakai bila sedang berjalan, dijalankan bila belum),
// seperti `npm start`. Berkas bukti: penyimpanan yang sama dengan aplikasi (SKP_PENYIMPANAN lokal/S3).
import path from "node:path";
import { buatCadangan, GalatCadangan, pulihkanCadangan } from "../lib/cadangan";
import { bukaBasisData, type BasisDataTerbuka } from "../lib/db/buka";
import { migrate } from "../lib/db/migrator";
import { penyimpananDariEnv, PenyimpananS3 } from "../lib/penyimpanan";

const root = path.resolve(import.meta.dirname, "..");
const log = (s: string) => console.log(`[cadangan] ${s}`);
const [perintah, ...args] = process.argv.slice(2);

function cap(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

function pakai(): never {
  console.error("Pemakaian:\n  npm run db:backup -- [--keluar <berkas.tar.gz|berkas.tar>]\n  npm run db:restore -- <berkas>");
  process.exit(2);
}

let db: BasisDataTerbuka | null = null;
const simpan = penyimpananDariEnv(process.env, root);
let kode = 0;
try {
  if (perintah === "buat") {
    const i = args.indexOf("--keluar");
    if (i >= 0 && !args[i + 1]) pakai();
    const keluar = path.resolve(process.cwd(), i >= 0 ? args[i + 1]! : `cadangan-skp-${cap(new Date())}.tar.gz`);
    db = await bukaBasisData({ env: process.env, akar: root, log });
    const h = await buatCadangan({ url: db.url, penyimpanan: simpan, keluar, log });
    const m = h.manifest;
    log(`Cadangan ditulis: ${h.berkas} (${mb(h.ukuran)}) dalam ${(h.ms / 1000).toFixed(1)} d`);
    log(`  migrasi ${m.migrasi.terakhir}; ${m.jumlah.tabel} tabel, ${m.jumlah.baris} baris, ${m.jumlah.berkas} berkas (${mb(m.jumlah.byteBerkas)})`);
    if (m.berkasHilang.length) log(`  PERINGATAN: ${m.berkasHilang.length} berkas dirujuk basis data tetapi tidak ada di penyimpanan.`);
  } else if (perintah === "pulihkan") {
    const berkas = args.find((a) => !a.startsWith("--"));
    if (!berkas) pakai();
    db = await bukaBasisData({ env: process.env, akar: root, log });
    // Basis data baru (mis. DATA_DIR baru) dimigrasikan lebih dulu; versinya lalu harus sama dengan cadangan.
    const mg = await migrate(db.url);
    if (mg.applied.length) log(`Basis data tujuan dimigrasikan (${mg.applied.length} migrasi).`);
    const h = await pulihkanCadangan({ url: db.url, penyimpanan: simpan, berkas: path.resolve(process.cwd(), berkas), log });
    log(`Selesai dalam ${(h.ms / 1000).toFixed(1)} d. Jalankan portal dengan SEED_DEMO=0 bila ini bukan data demo.`);
  } else pakai();
} catch (e) {
  console.error(`[cadangan] ${e instanceof GalatCadangan ? "" : "Galat: "}${e instanceof Error ? e.message : String(e)}`);
  kode = 1;
} finally {
  await db?.stop().catch(() => {});
  if (simpan instanceof PenyimpananS3) simpan.tutup();
}
process.exit(kode);
