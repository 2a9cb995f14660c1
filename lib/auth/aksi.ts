import "server-only";
// Kerangka setiap server action: zod → aktor dari sesi + basis data → layanan (otorisasi + transaksi +
// audit) → revalidasi. Galat validasi kembali sebagai galat per kolom dalam Bahasa Indonesia; galat tak
// terduga tidak pernah menjadi halaman galat Next: dicatat dengan kode rujukan dan kembali sebagai hasil gagal.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { requireAktor, type AktorSesi } from "@/lib/auth";
import { bentukObjek } from "@/lib/form";
import { jenisBentrok, PESAN_BENTROK } from "@/lib/db/bentrok";
import { gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";

/** Galat zod → galat per kolom (kunci seperti nama kolom FormData, mis. "iki.0.targetMin"). */
export function galatPerKolom(error: z.ZodError): Record<string, string[]> {
  const galat: Record<string, string[]> = {};
  for (const i of error.issues) (galat[i.path.join(".")] ??= []).push(i.message);
  return galat;
}

/**
 * Galat tak terduga → hasil gagal bertipe dengan kode rujukan yang juga dicatat di log server, sehingga
 * pengguna dapat melaporkannya dan admin menemukannya. redirect()/notFound() Next diteruskan apa adanya.
 */
export function tanganiGalatAksi(e: unknown, nama = "aksi"): { ok: false; pesan: string } {
  unstable_rethrow(e);
  const bentrok = jenisBentrok(e);
  if (bentrok) return gagal(PESAN_BENTROK[bentrok]);
  const rujukan = randomBytes(4).toString("hex").toUpperCase();
  console.error(`[${nama}] galat tak terduga, rujukan ${rujukan}:`, e);
  return gagal(`Terjadi kesalahan pada server; isian Anda belum disimpan. Coba lagi, atau laporkan kode rujukan ${rujukan} kepada admin.`);
}

export async function jalankanAksi<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  layanan: (aktor: AktorSesi, data: z.infer<S>) => Promise<Hasil<T>>,
  revalidasi: (data: z.infer<S>) => string[],
  opsi: { izinkanSandiSementara?: boolean } = {},
): Promise<Hasil<T>> {
  try {
    const parsed = schema.safeParse(bentukObjek(formData));
    if (!parsed.success) return gagal(PESAN_PERIKSA, galatPerKolom(parsed.error));
    const aktor = await requireAktor(opsi);
    const hasil = await layanan(aktor, parsed.data);
    if (hasil.ok) for (const p of revalidasi(parsed.data)) revalidatePath(p);
    return hasil;
  } catch (e) {
    return tanganiGalatAksi(e, layanan.name || "aksi");
  }
}
