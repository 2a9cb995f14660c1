import "server-only";
// Kerangka setiap server action: zod → aktor dari sesi + basis data → layanan (otorisasi + transaksi +
// audit) → revalidasi. Galat validasi kembali sebagai galat per kolom dalam Bahasa Indonesia.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAktor } from "@/lib/auth";
import type { Aktor } from "@/lib/auth/permissions";
import { bentukObjek } from "@/lib/form";
import { gagal, type Hasil } from "@/lib/hasil";

export async function jalankanAksi<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  layanan: (aktor: Aktor, data: z.infer<S>) => Promise<Hasil<T>>,
  revalidasi: (data: z.infer<S>) => string[],
): Promise<Hasil<T>> {
  const parsed = schema.safeParse(bentukObjek(formData));
  if (!parsed.success) {
    const galat: Record<string, string[]> = {};
    for (const i of parsed.error.issues) {
      const kunci = i.path.join(".");
      (galat[kunci] ??= []).push(i.message);
    }
    const pertama = parsed.error.issues[0]?.message ?? "Isian tidak sah.";
    return gagal(`Periksa kembali isian: ${pertama}`, galat);
  }
  const aktor = await requireAktor();
  const hasil = await layanan(aktor, parsed.data);
  if (hasil.ok) for (const p of revalidasi(parsed.data)) revalidatePath(p);
  return hasil;
}
