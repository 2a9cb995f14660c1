// Galat basis data yang berarti "bentrok dengan perubahan lain yang terjadi bersamaan" (dua tab, klik ganda,
// unggah sambil menghapus), dipetakan ke pesan Indonesia yang menyuruh memuat ulang — bukan halaman galat. Murni.

export type JenisBentrok = "UNIK" | "RUJUKAN" | "SERIALISASI";

/** Kode Prisma (P2002/P2003/P2025/P2034) atau SQLSTATE PostgreSQL (23505/23503/40001/40P01) → jenis bentrok. */
export function jenisBentrok(e: unknown): JenisBentrok | null {
  if (typeof e !== "object" || e === null) return null;
  const kode = (e as { code?: unknown }).code;
  const sebab = (e as { cause?: unknown }).cause;
  const pg = typeof sebab === "object" && sebab !== null ? (sebab as { code?: unknown }).code : undefined;
  const k = typeof kode === "string" ? kode : typeof pg === "string" ? pg : "";
  if (k === "P2002" || k === "23505") return "UNIK";
  if (k === "P2003" || k === "P2025" || k === "23503") return "RUJUKAN";
  if (k === "P2034" || k === "40001" || k === "40P01") return "SERIALISASI";
  return null;
}

export const PESAN_BENTROK: Record<JenisBentrok, string> = {
  UNIK: "Data ini baru saja dibuat bersamaan (mungkin di tab lain). Muat ulang halaman lalu periksa hasilnya.",
  RUJUKAN: "Data yang dirujuk baru saja diubah atau dihapus. Muat ulang halaman lalu coba lagi.",
  SERIALISASI: "Ada perubahan lain pada saat yang sama. Silakan coba lagi.",
};
