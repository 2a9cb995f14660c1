import "server-only";
// Admin BKD (issue #16): token API instansi — daftar, buat (rahasia ditampilkan sekali, disimpan hanya hash-nya),
// cabut. Otorisasi dari basis data: admin instansi token itu atau superadmin (can "kelola-akun"); instansi token
// yang dicabut dibaca dari barisnya, bukan dari formulir. Setiap perubahan dan jejak auditnya dalam satu transaksi.
import { prisma } from "@/lib/db";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { buatToken, type CakupanApi } from "@/lib/api-v1/token";
import type { TBuatToken, TCabutToken } from "@/lib/api-v1/formulir";

const PESAN_TOLAK = "Hanya admin BKD instansi ini yang dapat mengelola token API.";
const bolehKelola = (aktor: Aktor, instansiId: string) => can(aktor, { aksi: "kelola-akun", instansiId });
/** Token per instansi yang ditampilkan di daftar (yang terbaru dulu). */
export const MAKS_TOKEN_TAMPIL = 200;

export type BarisToken = {
  id: string;
  nama: string;
  prefix: string;
  cakupan: CakupanApi[];
  createdAt: Date;
  terakhirDipakaiAt: Date | null;
  dicabutAt: Date | null;
};

export async function daftarTokenApi(instansiId: string): Promise<BarisToken[]> {
  return prisma.tokenApi.findMany({
    where: { instansiId },
    select: { id: true, nama: true, prefix: true, cakupan: true, createdAt: true, terakhirDipakaiAt: true, dicabutAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MAKS_TOKEN_TAMPIL,
  });
}

export async function buatTokenApi(aktor: Aktor, { instansiId, nama, cakupan }: TBuatToken): Promise<Hasil<{ token: string; nama: string }>> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const ada = await prisma.tokenApi.findFirst({ where: { instansiId, nama, dicabutAt: null }, select: { id: true } });
  if (ada) return gagal(PESAN_PERIKSA, { nama: [`Sudah ada token aktif bernama "${nama}". Pakai nama lain atau cabut token lama dahulu.`] });
  const t = buatToken();
  await prisma.$transaction(async (tx) => {
    const baris = await tx.tokenApi.create({ data: { instansiId, nama, prefix: t.prefix, hashRahasia: t.hash, cakupan, dibuatOleh: aktor.penggunaId }, select: { id: true } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "TOKEN_API_DIBUAT", entitas: "TokenApi", entitasId: baris.id, instansiId, data: { nama, prefix: t.prefix, cakupan } });
  });
  return berhasil({ token: t.token, nama }, `Token "${nama}" dibuat. Salin sekarang: token tidak dapat ditampilkan lagi.`);
}

export async function cabutTokenApi(aktor: Aktor, { tokenId }: TCabutToken): Promise<Hasil> {
  const t = await prisma.tokenApi.findUnique({ where: { id: tokenId }, select: { instansiId: true, nama: true, prefix: true, dicabutAt: true } });
  if (!t || !bolehKelola(aktor, t.instansiId)) return gagal("Token tidak ditemukan.");
  if (t.dicabutAt) return gagal(`Token "${t.nama}" sudah dicabut.`);
  const n = await prisma.$transaction(async (tx) => {
    const r = await tx.tokenApi.updateMany({ where: { id: tokenId, dicabutAt: null }, data: { dicabutAt: new Date(), dicabutOleh: aktor.penggunaId } });
    if (r.count === 1) await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "TOKEN_API_DICABUT", entitas: "TokenApi", entitasId: tokenId, instansiId: t.instansiId, data: { nama: t.nama, prefix: t.prefix } });
    return r.count;
  });
  if (n === 0) return gagal(`Token "${t.nama}" sudah dicabut.`);
  return berhasil(undefined, `Token "${t.nama}" dicabut; permintaan dengan token itu ditolak mulai sekarang.`);
}
