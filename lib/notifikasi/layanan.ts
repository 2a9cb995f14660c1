import "server-only";
// Aksi notifikasi milik aktor: tandai dibaca (satu, semua), buka (tandai lalu ikuti tautan), setelan surel.
// Pemilik selalu dari sesi (pegawai aktor); id notifikasi orang lain diperlakukan sama dengan yang tidak ada.
// Menandai dibaca hanya mengubah keadaan baca milik aktor sendiri: tidak dicatat di jejak audit. Setelan surel dicatat.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { tautanAman } from "@/lib/notifikasi/pesan";
import type { TAturSurel, TNotifikasiId } from "@/lib/notifikasi/schemas";

const TIDAK_DITEMUKAN = "Notifikasi tidak ditemukan.";

export async function tandaiDibaca(aktor: Aktor, input: TNotifikasiId): Promise<Hasil<{ tautan: string }>> {
  const n = await prisma.notifikasi.findFirst({ where: { id: input.notifikasiId, pegawaiId: aktor.pegawaiId }, select: { id: true, tautan: true } });
  if (!n) return gagal(TIDAK_DITEMUKAN);
  await prisma.notifikasi.updateMany({ where: { id: n.id, pegawaiId: aktor.pegawaiId, dibacaPada: null }, data: { dibacaPada: new Date() } });
  return berhasil({ tautan: tautanAman(n.tautan) }, "Notifikasi ditandai dibaca.");
}

export async function tandaiSemuaDibaca(aktor: Aktor): Promise<Hasil<{ jumlah: number }>> {
  const r = await prisma.notifikasi.updateMany({ where: { pegawaiId: aktor.pegawaiId, dibacaPada: null }, data: { dibacaPada: new Date() } });
  return berhasil({ jumlah: r.count }, r.count > 0 ? `${r.count} notifikasi ditandai dibaca.` : "Tidak ada notifikasi yang belum dibaca.");
}

export async function aturSurel(aktor: Aktor, input: TAturSurel): Promise<Hasil> {
  await prisma.$transaction(async (tx) => {
    await tx.pengguna.update({ where: { id: aktor.penggunaId }, data: { notifikasiSurel: input.aktif } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "NOTIFIKASI_SUREL_DIUBAH", entitas: "Pengguna", entitasId: aktor.penggunaId, data: { aktif: input.aktif } });
  });
  return berhasil(undefined, input.aktif ? "Notifikasi juga akan dikirim ke surel Anda." : "Notifikasi tidak lagi dikirim ke surel Anda.");
}
