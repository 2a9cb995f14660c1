// Hasil bertipe untuk layanan dan server action: berhasil dengan data, atau gagal dengan pesan (Bahasa
// Indonesia) dan galat per kolom.
export type Hasil<T = undefined> =
  | { ok: true; data: T; pesan?: string }
  | { ok: false; pesan: string; galat?: Record<string, string[] | undefined> };

export const berhasil = <T,>(data: T, pesan?: string): Hasil<T> => ({ ok: true, data, pesan });
export const gagal = (pesan: string, galat?: Record<string, string[] | undefined>): { ok: false; pesan: string; galat?: Record<string, string[] | undefined> } => ({
  ok: false,
  pesan,
  galat,
});

/** Pesan umum penolakan isian; rinciannya ada di galat per kolom (ditampilkan di samping kolomnya). */
export const PESAN_PERIKSA = "Periksa kembali isian yang ditandai.";
