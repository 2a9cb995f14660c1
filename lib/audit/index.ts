import "server-only";
// Penulis jejak audit. Dipanggil di dalam transaksi yang sama dengan perubahan yang dicatat.
import type { Prisma } from "@/generated/prisma/client";

export type EntriAudit = {
  penggunaId: string | null;
  aksi: string;
  entitas: string;
  entitasId: string;
  data?: Prisma.InputJsonValue;
  /**
   * Instansi pemilik baris (penampil jejak audit admin BKD). Tanpa ini basis data mengisinya dari instansi pegawai
   * pelaku; berikan bila berbeda (mis. superadmin bertindak atas instansi lain).
   */
  instansiId?: string;
};

export async function catatAudit(tx: Prisma.TransactionClient, e: EntriAudit): Promise<void> {
  await tx.jejakAudit.create({
    data: { penggunaId: e.penggunaId, aksi: e.aksi, entitas: e.entitas, entitasId: e.entitasId, data: e.data, instansiId: e.instansiId },
  });
}
