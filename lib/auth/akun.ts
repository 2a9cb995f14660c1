import "server-only";
// Akun sendiri: ubah kata sandi (sandi lama diperiksa; NIP tidak boleh dipakai sebagai sandi).
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { periksaSandiAkun } from "@/lib/auth/login";
import type { TAturUlangSandi, TUbahSandi } from "@/lib/auth/schemas";
import { can } from "@/lib/auth/permissions";
import { buatSandiAwal } from "@/lib/auth/sandi-awal";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { cabutSemuaSesi } from "@/lib/auth/sesi";
import { bolehAturUlangSandi } from "@/lib/auth/permissions";

/** Mengganti sandi sendiri; sesi lain pengguna ini (perangkat lain) dicabut, sesi yang dipakai tetap. */
export async function ubahSandi(aktor: Aktor & { sesiId?: string }, input: TUbahSandi): Promise<Hasil> {
  const p = await prisma.pengguna.findUnique({ where: { id: aktor.penggunaId }, select: { id: true, passwordHash: true } });
  if (!p) return gagal("Akun tidak ditemukan.");
  const cek = await periksaSandiAkun(aktor.nip, input.sandiLama, p.passwordHash);
  if (!cek.ok) {
    const pesan = cek.kode === "DIBATASI" ? `Terlalu banyak kata sandi saat ini yang salah. Coba lagi dalam ${cek.cobaLagiMenit} menit.` : "Kata sandi saat ini salah.";
    return gagal(pesan, { sandiLama: [pesan] });
  }
  if (input.sandiBaru.replace(/\D/g, "") === aktor.nip || input.sandiBaru.includes(aktor.nip)) {
    return gagal("Kata sandi tidak boleh memuat NIP Anda.", { sandiBaru: ["Kata sandi tidak boleh memuat NIP Anda."] });
  }
  const hash = await hashPassword(input.sandiBaru);
  await prisma.$transaction(async (tx) => {
    await tx.pengguna.update({ where: { id: p.id }, data: { passwordHash: hash, harusGantiSandi: false } });
    const dicabut = await cabutSemuaSesi(p.id, "GANTI_SANDI", tx, aktor.sesiId);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SANDI_DIUBAH", entitas: "Pengguna", entitasId: p.id, data: { sesiLainDicabut: dicabut } });
  });
  return berhasil(undefined, "Kata sandi diubah. Perangkat lain yang masih masuk dengan akun ini telah dikeluarkan.");
}

/**
 * Admin BKD mengatur ulang kata sandi pegawai di instansinya (pegawai lupa sandi). Sandi sementara ditampilkan
 * sekali kepada admin untuk diserahkan; pegawai menggantinya sendiri di halaman Akun.
 */
export async function aturUlangSandi(aktor: Aktor, input: TAturUlangSandi): Promise<Hasil<{ sandi: string; nama: string }>> {
  const p = await prisma.pengguna.findFirst({
    where: { pegawai: { nip: input.nip } },
    select: { id: true, peran: { select: { peran: true } }, pegawai: { select: { instansiId: true, gelarDepan: true, nama: true, gelarBelakang: true } } },
  });
  // Pegawai instansi lain tidak dibedakan dari NIP yang tidak ada.
  if (!p || !can(aktor, { aksi: "kelola-akun", instansiId: p.pegawai.instansiId })) {
    return gagal("NIP tidak ditemukan di instansi Anda.", { nip: ["NIP tidak ditemukan di instansi Anda."] });
  }
  if (p.id === aktor.penggunaId) return gagal("Untuk akun Anda sendiri, gunakan halaman Akun.");
  // Akun admin dan superadmin hanya dapat diatur ulang oleh superadmin (mencegah pengambilalihan akun admin lain).
  if (!bolehAturUlangSandi(aktor, p.peran.map((r) => r.peran))) {
    return gagal("Kata sandi admin BKD atau superadmin hanya dapat diatur ulang oleh superadmin.", { nip: ["Akun ini hanya dapat diatur ulang oleh superadmin."] });
  }
  const sandi = buatSandiAwal();
  const hash = await hashPassword(sandi);
  await prisma.$transaction(async (tx) => {
    await tx.pengguna.update({ where: { id: p.id }, data: { passwordHash: hash, harusGantiSandi: true } });
    // Semua sesi pegawai itu berakhir: siapa pun yang masih masuk dengan akunnya harus masuk ulang.
    const dicabut = await cabutSemuaSesi(p.id, "ATUR_ULANG_SANDI", tx);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SANDI_DIATUR_ULANG", entitas: "Pengguna", entitasId: p.id, data: { sesiDicabut: dicabut }, instansiId: p.pegawai.instansiId });
  });
  return berhasil({ sandi, nama: formatNamaGelar(p.pegawai) }, "Kata sandi sementara dibuat.");
}

/** "Keluar dari semua perangkat": semua sesi pengguna ini dicabut, termasuk yang sedang dipakai. */
export async function keluarSemuaPerangkat(aktor: Aktor): Promise<Hasil<{ dicabut: number }>> {
  const dicabut = await prisma.$transaction(async (tx) => {
    const n = await cabutSemuaSesi(aktor.penggunaId, "KELUAR_SEMUA", tx);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "KELUAR_SEMUA_PERANGKAT", entitas: "Pengguna", entitasId: aktor.penggunaId, data: { sesiDicabut: n } });
    return n;
  });
  return berhasil({ dicabut }, `${dicabut} sesi diakhiri.`);
}
