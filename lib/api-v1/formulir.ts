// Skema zod formulir admin token API (issue #16). Pesan galat Bahasa Indonesia.
import { z } from "zod";
import { id, teks } from "@/lib/zod-formulir";
import { DAFTAR_CAKUPAN } from "@/lib/api-v1/token";

export const NAMA_TOKEN_MAKS = 80;

export const ZBuatToken = z.object({
  instansiId: id("Instansi"),
  nama: teks("Nama token", 3, NAMA_TOKEN_MAKS),
  cakupan: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
    z
      .array(z.enum(DAFTAR_CAKUPAN, { error: "Cakupan tidak dikenal." }))
      .min(1, "Pilih paling sedikit satu data yang boleh dibaca.")
      .transform((d) => [...new Set(d)]),
  ),
});
export type TBuatToken = z.infer<typeof ZBuatToken>;

export const ZCabutToken = z.object({ tokenId: id("Token") });
export type TCabutToken = z.infer<typeof ZCabutToken>;
