import "server-only";
// Pemeriksaan NIP + kata sandi beserta pembatasan percobaan. Satu-satunya tempat yang membaca hash sandi.
import { prisma } from "@/lib/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { ATURAN_THROTTLE_BAWAAN, ATURAN_UBAH_SANDI, jendelaMulai, putuskanThrottle, type AturanThrottle } from "@/lib/auth/throttle";

export type HasilLogin =
  | { ok: true; penggunaId: string; harusGantiSandi: boolean }
  | { ok: false; kode: "SALAH" }
  | { ok: false; kode: "NONAKTIF" }
  | { ok: false; kode: "DIBATASI"; cobaLagiMenit: number };

type JenisPercobaan = "MASUK" | "UBAH_SANDI";

/**
 * Percobaan dicatat lebih dulu (sebagai gagal), baru kegagalan lain dalam jendela dihitung: permintaan serentak
 * untuk NIP atau alamat yang sama saling melihat, sehingga tebakan paralel tidak lolos dari pembatasan.
 * Percobaan yang ditolak karena dibatasi ditandai `dibatasi` dan TIDAK dihitung: hanya sandi yang benar-benar
 * diperiksa dan salah yang memperpanjang blokir, jadi satu permintaan tiap beberapa menit tidak dapat mengunci
 * sebuah NIP selamanya. Alamat hanya dihitung untuk jenis MASUK.
 */
async function mulaiPercobaan(jenis: JenisPercobaan, nip: string, alamat: string, aturan: AturanThrottle, sekarang: Date) {
  const mulai = jendelaMulai(sekarang, aturan);
  const percobaan = await prisma.percobaanMasuk.create({ data: { jenis, nip, alamat, berhasil: false, createdAt: sekarang }, select: { id: true } });
  const lain = { jenis, berhasil: false, dibatasi: false, createdAt: { gte: mulai }, id: { not: percobaan.id } };
  const [gagalNip, gagalAlamat] = await Promise.all([
    prisma.percobaanMasuk.aggregate({ where: { ...lain, nip }, _count: { _all: true }, _min: { createdAt: true } }),
    jenis === "MASUK" ? prisma.percobaanMasuk.aggregate({ where: { ...lain, alamat }, _count: { _all: true }, _min: { createdAt: true } }) : null,
  ]);
  const keputusan = putuskanThrottle(
    {
      nip: gagalNip._count._all,
      alamat: gagalAlamat?._count._all ?? 0,
      tertuaNip: gagalNip._min.createdAt,
      tertuaAlamat: gagalAlamat?._min.createdAt ?? null,
    },
    sekarang,
    aturan,
  );
  if (!keputusan.boleh) await prisma.percobaanMasuk.update({ where: { id: percobaan.id }, data: { dibatasi: true } });
  return { id: percobaan.id, keputusan };
}

export async function periksaLogin(nip: string, password: string, alamat: string, sekarang = new Date()): Promise<HasilLogin> {
  const { id, keputusan } = await mulaiPercobaan("MASUK", nip, alamat, ATURAN_THROTTLE_BAWAAN, sekarang);
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
    await tx.percobaanMasuk.update({ where: { id }, data: { berhasil: true } });
    await tx.pengguna.update({ where: { id: pengguna.id }, data: { lastLoginAt: sekarang } });
    await tx.jejakAudit.create({ data: { penggunaId: pengguna.id, aksi: "MASUK", entitas: "Pengguna", entitasId: pengguna.id, data: { alamat } } });
  });
  return { ok: true, penggunaId: pengguna.id, harusGantiSandi: pengguna.harusGantiSandi };
}

export type HasilSandiAkun = { ok: true } | { ok: false; kode: "SALAH" } | { ok: false; kode: "DIBATASI"; cobaLagiMenit: number };

/**
 * Memeriksa kata sandi saat ini pemilik akun (halaman Akun) dengan pembatasan per NIP (ATURAN_UBAH_SANDI): sesi
 * yang dicuri tidak dapat dipakai menebak sandi tanpa batas.
 */
export async function periksaSandiAkun(nip: string, sandi: string, passwordHash: string, sekarang = new Date()): Promise<HasilSandiAkun> {
  const { id, keputusan } = await mulaiPercobaan("UBAH_SANDI", nip, "akun", ATURAN_UBAH_SANDI, sekarang);
  if (!keputusan.boleh) return { ok: false, kode: "DIBATASI", cobaLagiMenit: keputusan.cobaLagiMenit };
  if (!(await verifyPassword(sandi, passwordHash))) return { ok: false, kode: "SALAH" };
  await prisma.percobaanMasuk.update({ where: { id }, data: { berhasil: true } });
  return { ok: true };
}
