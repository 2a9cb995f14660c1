// Penyapu berkala di dalam proses server Next (dipanggil dari instrumentation.ts, runtime nodejs saja).
// Memakai klien Prisma kecil sendiri (1 koneksi) dan penyimpanan dari lingkungan yang sama dengan aplikasi.
import { createPrismaClient } from "@/lib/db/client";
import { penyimpananDariEnv } from "@/lib/penyimpanan";
import { mulaiPenyapuBerkala, sapuSemua, selangSapuMenit } from "@/lib/pelaksanaan/penyapu";

const g = globalThis as unknown as { __penyapuSkp?: boolean };

export function mulaiPenyapuServer(): void {
  if (g.__penyapuSkp) return;
  g.__penyapuSkp = true;
  const menit = selangSapuMenit(process.env, (s) => console.warn(s));
  const url = process.env.DATABASE_URL;
  if (menit === 0 || !url) {
    console.log(`[penyapu] mati (${menit === 0 ? "SKP_SAPU_MENIT=0" : "DATABASE_URL belum diatur"}).`);
    return;
  }
  const prisma = createPrismaClient(url, { max: 1 });
  const penyimpanan = penyimpananDariEnv(process.env, process.cwd());
  mulaiPenyapuBerkala(menit, () => sapuSemua({ prisma, penyimpanan }, (s) => console.log(s)));
  console.log(`[penyapu] berjalan setiap ${menit} menit (unggahan macet, berkas yatim, berkas sementara).`);
}
