import { z } from "zod";
import { normalisasiNip, uraiNip } from "@/lib/organisasi/nip";

/** NIP atau NI PPPK: dinormalisasi (spasi/titik dibuang) lalu diperiksa formatnya. */
export const ZNip = z
  .string({ error: "NIP wajib diisi." })
  .transform(normalisasiNip)
  .superRefine((nip, ctx) => {
    const r = uraiNip(nip);
    if (!r.ok) ctx.addIssue({ code: "custom", message: r.pesan });
  });

/** Formulir masuk. */
export const ZLogin = z.object({
  nip: ZNip,
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi.")
    .max(200, "Kata sandi terlalu panjang."),
});

export type TLogin = z.infer<typeof ZLogin>;

/** Ubah kata sandi: minimal 10 karakter, tidak sama dengan NIP atau sandi lama (diperiksa di layanan). */
export const ZUbahSandi = z
  .object({
    sandiLama: z.string({ error: "Kata sandi saat ini wajib diisi." }).min(1, "Kata sandi saat ini wajib diisi.").max(200, "Kata sandi terlalu panjang."),
    sandiBaru: z.string({ error: "Kata sandi baru wajib diisi." }).min(10, "Kata sandi baru minimal 10 karakter.").max(200, "Kata sandi terlalu panjang."),
    ulangi: z.string({ error: "Isi konfirmasi kata sandi baru." }),
  })
  .refine((d) => d.sandiBaru === d.ulangi, { message: "Konfirmasi kata sandi tidak cocok.", path: ["ulangi"] })
  .refine((d) => d.sandiBaru !== d.sandiLama, { message: "Kata sandi baru harus berbeda dari yang sekarang.", path: ["sandiBaru"] });
export type TUbahSandi = z.infer<typeof ZUbahSandi>;

export const ZAturUlangSandi = z.object({
  nip: ZNip,
});
export type TAturUlangSandi = z.infer<typeof ZAturUlangSandi>;
