// Skema zod masukan pelaksanaan. Pesan galat dalam Bahasa Indonesia.
import { z } from "zod";
import { angka, id, opsional, teks, teksBebas } from "@/lib/zod-formulir";
import { BATAS_PELAKSANAAN as B } from "@/lib/pelaksanaan/batas";

export const ZRencanaAksi = z
  .object({
    skpId: id("SKP"),
    periodeId: id("Periode"),
    rhkId: id("RHK"),
    rencanaAksiId: opsional(id("Rencana aksi")),
    uraian: teks("Uraian rencana aksi", 5, B.uraian, { multiBaris: true }),
    targetAngka: angka("Target"),
    satuan: opsional(teks("Satuan", 1, B.satuan)),
  })
  .refine((r) => r.targetAngka === undefined || r.satuan !== undefined, { message: "Isi satuan untuk target.", path: ["satuan"] });
export type TRencanaAksi = z.infer<typeof ZRencanaAksi>;

export const ZHapusRencanaAksi = z.object({ skpId: id("SKP"), rencanaAksiId: id("Rencana aksi") });
export type THapusRencanaAksi = z.infer<typeof ZHapusRencanaAksi>;

export const ZSalinPeriode = z.object({ skpId: id("SKP"), periodeId: id("Periode") });
export type TSalinPeriode = z.infer<typeof ZSalinPeriode>;

export const ZTautan = z.object({
  skpId: id("SKP"),
  rencanaAksiId: id("Rencana aksi"),
  url: teks("Tautan", 1, B.url),
  nama: opsional(teks("Judul tautan", 1, B.namaTautan)),
});
export type TTautan = z.infer<typeof ZTautan>;

export const ZHapusBukti = z.object({ skpId: id("SKP"), buktiId: id("Bukti") });
export type THapusBukti = z.infer<typeof ZHapusBukti>;

export const ZRealisasi = z.object({
  skpId: id("SKP"),
  periodeId: id("Periode"),
  ikiId: id("Indikator"),
  nilai: angka("Realisasi"),
  teks: opsional(teks("Realisasi", 1, B.realisasiTeks, { multiBaris: true })),
  dasar: opsional(teks("Dasar realisasi", 1, B.dasar, { multiBaris: true })),
});
export type TRealisasi = z.infer<typeof ZRealisasi>;

export const ZUmpanBalik = z.object({
  skpId: id("SKP"),
  rhkId: opsional(id("RHK")),
  rencanaAksiId: opsional(id("Rencana aksi")),
  teks: teks("Umpan balik", 2, B.umpanBalik, { multiBaris: true }),
});
export type TUmpanBalik = z.infer<typeof ZUmpanBalik>;

export const ZStatusPeriode = z.object({
  periodeId: id("Periode"),
  status: z.enum(["BUKA", "TUTUP"], { error: "Status periode tidak dikenal." }),
  alasan: opsional(teksBebas("Alasan", B.alasan)),
});
export type TStatusPeriode = z.infer<typeof ZStatusPeriode>;

export const ZUnggah = z.object({ skpId: id("SKP"), rencanaAksiId: id("Rencana aksi") });
export const ZImpor = z.object({ skpId: id("SKP"), periodeId: id("Periode"), simpan: z.enum(["0", "1"]).default("0") });
