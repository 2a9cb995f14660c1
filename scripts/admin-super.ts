// `npm run admin:super -- <NIP>`: menjadikan akun pegawai yang sudah ada superadmin (mengelola semua instansi,
// membuat instansi baru dan admin pertamanya). Basis data: DATABASE_URL, atau PostgreSQL bawaan di DATA_DIR seperti
// `npm start`. Keluar 0 bila diberikan/sudah, 1 bila NIP tidak punya akun aktif, 2 bila pemakaian salah.
import path from "node:path";
import { bukaBasisData, type BasisDataTerbuka } from "../lib/db/buka";
import { createPrismaClient } from "../lib/db/client";
import { jadikanSuperadmin, pesanSuperadmin } from "../lib/akun/superadmin";

const root = path.resolve(import.meta.dirname, "..");
const nip = process.argv.slice(2).join("");
if (!nip) {
  console.error("Pemakaian: npm run admin:super -- <NIP>   (mis. npm run admin:super -- 199008082014031017)");
  process.exit(2);
}
let db: BasisDataTerbuka | null = null;
let kode = 0;
try {
  db = await bukaBasisData({ env: process.env, akar: root, log: (s) => console.log(`[admin:super] ${s}`) });
  const prisma = createPrismaClient(db.url, { max: 1 });
  const h = await jadikanSuperadmin(prisma, nip);
  await prisma.$disconnect();
  console.log(pesanSuperadmin(h));
  kode = h.kode === "DIBERIKAN" || h.kode === "SUDAH" ? 0 : h.kode === "NIP_TIDAK_SAH" ? 2 : 1;
} catch (e) {
  console.error(`[admin:super] Galat: ${e instanceof Error ? e.message : String(e)}`);
  kode = 1;
} finally {
  await db?.stop().catch(() => {});
}
process.exit(kode);
