import "server-only";
// Jumlah bukti dukung SIAP per rencana aksi untuk sekumpulan SKP — satu kueri yang menghitung hanya bukti rencana
// aksi itu. Bukan `_count: { bukti: { where } }` Prisma: Prisma menerjemahkannya menjadi GROUP BY atas seluruh
// tabel bukti_dukung lalu JOIN, sehingga biayanya tumbuh dengan jumlah bukti di seluruh instansi (ratusan ms pada
// 8.000 pegawai), bukan dengan ukuran tim.
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

export type BuktiRencanaAksi = { rencanaAksiId: string; skpId: string; periodeEvaluasiId: string; bukti: number };

/** Setiap rencana aksi SKP-SKP itu (bila `periodeEvaluasiId`: hanya periode itu) dengan jumlah bukti SIAP-nya. */
export async function buktiPerRencanaAksi(skpIds: readonly string[], periodeEvaluasiId?: string): Promise<BuktiRencanaAksi[]> {
  return prisma.$queryRaw<BuktiRencanaAksi[]>`
    SELECT ra.id AS "rencanaAksiId", r.skp_id AS "skpId", ra.periode_evaluasi_id AS "periodeEvaluasiId",
           (SELECT count(*)::int FROM bukti_dukung b WHERE b.rencana_aksi_id = ra.id AND b.status = 'SIAP') AS bukti
    FROM rencana_aksi ra JOIN rhk r ON r.id = ra.rhk_id
    WHERE r.skp_id = ANY(${[...skpIds]}::uuid[])
      ${periodeEvaluasiId ? Prisma.sql`AND ra.periode_evaluasi_id = ${periodeEvaluasiId}::uuid` : Prisma.empty}`;
}
