import { z } from "zod";
import { normalisasiNip, uraiNip } from "@/lib/organisasi/nip";

/** Formulir masuk. NIP dinormalisasi (spasi/titik dibuang) lalu diperiksa formatnya. */
export const ZLogin = z.object({
  nip: z
    .string({ error: "NIP wajib diisi." })
    .transform(normalisasiNip)
    .superRefine((nip, ctx) => {
      const r = uraiNip(nip);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.pesan });
    }),
  password: z
    .string({ error: "Kata sandi wajib diisi." })
    .min(1, "Kata sandi wajib diisi.")
    .max(200, "Kata sandi terlalu panjang."),
});

export type TLogin = z.infer<typeof ZLogin>;
