import "server-only";
// Pemeriksaan NIP + kata sandi beserta pembatasan percobaan. Satu-satunya tempat yang membaca hash sandi.
import { prisma } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { jendelaMulai, putuskanThrottle } from "@/lib/auth/throttle";

export type HasilLogin =
  | { ok: true; penggunaId: string; harusGantiSandi: boolean }
  | { ok: false; kode: "SALAH" }
  | { ok: false; kode: "NONAKTIF" }
  | { ok: false; kode: "DIBATASI"; cobaLagiMenit: number };

/**
 * Percobaan dicatat lebih dulu (sebagai gagal), baru kegagalan lain dalam jendela dihitung: permintaan serentak
 * untuk NIP atau alamat yang sama saling melihat, sehingga tebakan paralel tidak lolos dari pembatasan.
 * Percobaan yang dibatasi juga tercatat, jadi serangan yang terus berlangsung memperpanjang blokirnya.
 */
export async function periksaLogin(nip: string, password: string, alamat: string, sekarang = new Date()): Promise<HasilLogin> {
  const mulai = jendelaMulai(sekarang);
  const percobaan = await prisma.percobaanMasuk.create({ data: { nip, alamat, berhasil: false, createdAt: sekarang }, select: { id: true } });
  const lain = { berhasil: false, createdAt: { gte: mulai }, id: { not: percobaan.id } };
  const [gagalNip, gagalAlamat] = await Promise.all([
    prisma.percobaanMasuk.aggregate({ where: { ...lain, nip }, _count: { _all: true }, _min: { createdAt: true } }),
    prisma.percobaanMasuk.aggregate({ where: { ...lain, alamat }, _count: { _all: true }, _min: { createdAt: true } }),
  ]);
  const keputusan = putuskanThrottle(
    {
      nip: gagalNip._count._all,
      alamat: gagalAlamat._count._all,
      tertuaNip: gagalNip._min.createdAt,
      tertuaAlamat: gagalAlamat._min.createdAt,
    },
    sekarang,
  );
  if (!keputusan.boleh) return { ok: false, kode: "DIBATASI", cobaLagiMenit: keputusan.cobaLagiMenit };

  const pengguna = await prisma.pengguna.findFirst({
    where: { pegawai: { nip } },
    select: { id: true, passwordHash: true, aktif: true, harusGantiSandi: true, pegawai: { select: { aktif: true } } },
  });
  // NIP tak dikenal tetap menjalankan scrypt agar waktu jawab sama.
  const cocok = await verifyPassword(password, pengguna?.passwordHash ?? (await dummyPasswordHash()));
  if (!pengguna || !cocok) return { ok: false, kode: "SALAH" };
  // Akun nonaktif: tetap tercatat gagal, tanpa jejak MASUK.
  if (!pengguna.aktif || !pengguna.pegawai.aktif) return { ok: false, kode: "NONAKTIF" };

  await prisma.$transaction(async (tx) => {
    await tx.percobaanMasuk.update({ where: { id: percobaan.id }, data: { berhasil: true } });
    await tx.pengguna.update({ where: { id: pengguna.id }, data: { lastLoginAt: sekarang } });
    await tx.jejakAudit.create({ data: { penggunaId: pengguna.id, aksi: "MASUK", entitas: "Pengguna", entitasId: pengguna.id, data: { alamat } } });
  });
  return { ok: true, penggunaId: pengguna.id, harusGantiSandi: pengguna.harusGantiSandi };
}
