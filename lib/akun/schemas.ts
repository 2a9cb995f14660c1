// Masukan formulir pengelolaan akun (admin BKD). Id dari formulir hanya petunjuk: layanan memeriksa instansinya.
import { z } from "zod";
import { BATAS_AKTIVASI } from "@/lib/akun/aturan";
import { id, opsional, teksBebas } from "@/lib/zod-formulir";

export const ZAktivasiAkun = z
  .object({
    instansiId: id("Instansi"),
    pegawaiId: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(id("Pegawai")).max(BATAS_AKTIVASI, `Paling banyak ${BATAS_AKTIVASI} pegawai sekali aktivasi.`),
    ),
    /** "1": semua pegawai yang belum punya akun (menurut pencarian q), bukan hanya yang dicentang. */
    semua: opsional(z.literal("1", { error: "Pilihan tidak sah." })),
    q: opsional(teksBebas("Pencarian", 100, { multiBaris: false })),
  })
  .refine((d) => d.semua === "1" || d.pegawaiId.length > 0, { message: "Pilih minimal satu pegawai yang belum punya akun.", path: ["pegawaiId"] });
export type TAktivasiAkun = z.infer<typeof ZAktivasiAkun>;

export const ZUbahAktifAkun = z.object({
  pegawaiId: id("Pegawai"),
  aktif: z.enum(["0", "1"], { error: "Pilihan tidak sah." }),
});
export type TUbahAktifAkun = z.infer<typeof ZUbahAktifAkun>;

export const ZPeranAdmin = z.object({
  pegawaiId: id("Pegawai"),
  beri: z.enum(["0", "1"], { error: "Pilihan tidak sah." }),
});
export type TPeranAdmin = z.infer<typeof ZPeranAdmin>;
