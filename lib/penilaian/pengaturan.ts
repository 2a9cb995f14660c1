import "server-only";
// Pengaturan penilaian per instansi (tanpa baris = bawaan), dibaca sekali per permintaan.
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { ModeGerbang } from "@/lib/penilaian/gerbang";
import { ATURAN_TENGGAT_BAWAAN, type JenisHari } from "@/lib/penilaian/tenggat";

export type Pengaturan = { gerbang: ModeGerbang; tenggatKeberatan: number; jenisHariKeberatan: JenisHari; cakupanCapaian: "OPD" | "OPD_DAN_BIDANG"; pemetaanPimpinan: unknown };

export const getPengaturanPenilaian = cache(async (instansiId: string): Promise<Pengaturan> => {
  const p = await prisma.pengaturanPenilaian.findUnique({
    where: { instansiId },
    select: { gerbang: true, tenggatKeberatan: true, jenisHariKeberatan: true, cakupanCapaian: true, pemetaanPimpinan: true },
  });
  return p ?? { gerbang: "BLOKIR", tenggatKeberatan: ATURAN_TENGGAT_BAWAAN.hari, jenisHariKeberatan: ATURAN_TENGGAT_BAWAAN.jenis, cakupanCapaian: "OPD", pemetaanPimpinan: null };
});

