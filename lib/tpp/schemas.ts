// Skema masukan set kolom ekspor TPP (issue #16 butir 2). Pesan dalam Bahasa Indonesia.
import { z } from "zod";
import { angka, id, opsional, teks } from "@/lib/zod-formulir";
import { BATAS_KOLOM_TPP, DAFTAR_KOLOM_TPP, urutkanKolom, type KunciKolomTpp } from "@/lib/tpp/kolom";

const urutan = z
  .record(z.string(), z.unknown(), { error: "Urutan kolom tidak sah." })
  .optional()
  .transform((v, ctx) => {
    const hasil: Partial<Record<KunciKolomTpp, number>> = {};
    for (const [k, nilai] of Object.entries(v ?? {})) {
      if (!(DAFTAR_KOLOM_TPP as string[]).includes(k)) {
        ctx.addIssue({ code: "custom", message: "Kolom tidak dikenal.", path: [k] });
        continue;
      }
      const r = angka("Nomor urut", { min: 1, maks: 99, desimal: 0 }).safeParse(nilai);
      if (!r.success) ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "Nomor urut tidak sah.", path: [k] });
      else if (r.data !== undefined) hasil[k as KunciKolomTpp] = r.data;
    }
    return urutkanKolom(hasil);
  })
  .refine((k) => k.length >= 1 && k.length <= BATAS_KOLOM_TPP, { message: "Pilih paling sedikit satu kolom (isi nomor urutnya)." });

export const ZSimpanSetKolom = z.object({
  instansiId: id("Instansi"),
  setId: opsional(id("Set kolom")),
  nama: teks("Nama set kolom", 1, 100),
  bawaan: z.preprocess((v) => v === "1" || v === "on", z.boolean()),
  urutan,
});
export type TSimpanSetKolom = z.infer<typeof ZSimpanSetKolom>;

export const ZHapusSetKolom = z.object({ instansiId: id("Instansi"), setId: id("Set kolom") });
export type THapusSetKolom = z.infer<typeof ZHapusSetKolom>;
