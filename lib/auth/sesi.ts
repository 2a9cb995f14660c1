import "server-only";
// Sesi masuk di sisi server: cookie JWT hanya membawa id pengguna dan id sesi; sesi dapat dicabut kapan saja.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

/** Umur sesi, sama dengan umur cookie JWT (lib/auth/config.ts). */
export const UMUR_SESI_DETIK = 8 * 60 * 60;

export type AlasanCabut = "KELUAR" | "GANTI_SANDI" | "ATUR_ULANG_SANDI" | "NONAKTIF" | "KELUAR_SEMUA";

type Klien = Prisma.TransactionClient | typeof prisma;

export async function buatSesi(penggunaId: string, alamat: string, sekarang = new Date()): Promise<string> {
  const s = await prisma.sesiMasuk.create({
    data: { penggunaId, alamat: alamat.slice(0, 64), dibuatAt: sekarang, kedaluwarsaAt: new Date(sekarang.getTime() + UMUR_SESI_DETIK * 1000) },
    select: { id: true },
  });
  return s.id;
}

/** Mencabut satu sesi (keluar). Sesi orang lain tidak tersentuh karena id pengguna ikut disaring. */
export async function cabutSesi(penggunaId: string, sesiId: string, alasan: AlasanCabut, db: Klien = prisma): Promise<number> {
  const r = await db.sesiMasuk.updateMany({ where: { id: sesiId, penggunaId, dicabutAt: null }, data: { dicabutAt: new Date(), alasanCabut: alasan } });
  return r.count;
}

/** Mencabut semua sesi seorang pengguna yang masih berlaku, kecuali (bila diberikan) sesi yang sedang dipakai. */
export async function cabutSemuaSesi(penggunaId: string, alasan: AlasanCabut, db: Klien = prisma, kecualiSesiId?: string): Promise<number> {
  const r = await db.sesiMasuk.updateMany({
    where: { penggunaId, dicabutAt: null, kedaluwarsaAt: { gt: new Date() }, ...(kecualiSesiId ? { id: { not: kecualiSesiId } } : {}) },
    data: { dicabutAt: new Date(), alasanCabut: alasan },
  });
  return r.count;
}
