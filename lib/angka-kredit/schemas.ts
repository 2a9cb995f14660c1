// Skema zod masukan angka kredit (admin BKD). Pesan dalam Bahasa Indonesia; instansi dan jabatan dari formulir
// hanya penunjuk — otorisasi dan instansinya diperiksa dari basis data di layanan.
import { z } from "zod";
import { angka, id, opsional, tanggal } from "@/lib/zod-formulir";
import { BATAS_KOEFISIEN, DAFTAR_JENJANG, keMili, type Jenjang } from "@/lib/angka-kredit/aturan";

const jenjang = z.enum(DAFTAR_JENJANG as [Jenjang, ...Jenjang[]], { error: "Pilih jenjang jabatan fungsional." });

export const ZTetapkanKoefisien = z.object({
  instansiId: id("Instansi"),
  jenjang,
  koefisien: angka("Koefisien", { min: 0, maks: BATAS_KOEFISIEN.maksMili / 1000, desimal: BATAS_KOEFISIEN.desimal })
    .refine((v) => v !== undefined, "Koefisien wajib diisi.")
    .transform((v) => keMili(v!))
    .refine((m) => m >= BATAS_KOEFISIEN.minMili, "Koefisien harus lebih dari 0."),
  berlakuMulai: tanggal("Tanggal mulai berlaku"),
});
export type TTetapkanKoefisien = z.infer<typeof ZTetapkanKoefisien>;

export const ZUbahJenjang = z.object({
  jabatanId: id("Jabatan"),
  /** Kosong = hapus jenjang (jabatan tidak dihitung angka kreditnya). */
  jenjang: opsional(jenjang),
});
export type TUbahJenjang = z.infer<typeof ZUbahJenjang>;
