import "server-only";
// Akun sendiri: ubah kata sandi (sandi lama diperiksa; NIP tidak boleh dipakai sebagai sandi).
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { TUbahSandi } from "@/lib/auth/schemas";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";

export async function ubahSandi(aktor: Aktor, input: TUbahSandi): Promise<Hasil> {
  const p = await prisma.pengguna.findUnique({ where: { id: aktor.penggunaId }, select: { id: true, passwordHash: true } });
  if (!p) return gagal("Akun tidak ditemukan.");
  if (!(await verifyPassword(input.sandiLama, p.passwordHash))) {
    return gagal("Kata sandi saat ini salah.", { sandiLama: ["Kata sandi saat ini salah."] });
  }
  if (input.sandiBaru.replace(/\D/g, "") === aktor.nip || input.sandiBaru.includes(aktor.nip)) {
    return gagal("Kata sandi tidak boleh memuat NIP Anda.", { sandiBaru: ["Kata sandi tidak boleh memuat NIP Anda."] });
  }
  const hash = await hashPassword(input.sandiBaru);
  await prisma.$transaction(async (tx) => {
    await tx.pengguna.update({ where: { id: p.id }, data: { passwordHash: hash } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SANDI_DIUBAH", entitas: "Pengguna", entitasId: p.id });
  });
  return berhasil(undefined, "Kata sandi diubah. Gunakan kata sandi baru saat masuk berikutnya.");
}
