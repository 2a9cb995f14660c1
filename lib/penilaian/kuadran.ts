// Predikat kinerja pegawai dari kuadran rating hasil kerja × rating perilaku kerja (skp-domain.md §4).
// Murni: satu sumber label untuk halaman, PDF, ekspor dan API.

export type Rating = "DI_ATAS" | "SESUAI" | "DI_BAWAH";
export type Predikat = "SANGAT_BAIK" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG_MISCONDUCT" | "SANGAT_KURANG";

export const DAFTAR_RATING: readonly Rating[] = ["DI_ATAS", "SESUAI", "DI_BAWAH"];
export const DAFTAR_PREDIKAT: readonly Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"];

/** Baris = rating hasil kerja, kolom = rating perilaku kerja (tabel §4, sel demi sel). */
const KUADRAN: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: "KURANG_MISCONDUCT", SESUAI: "BAIK", DI_ATAS: "SANGAT_BAIK" },
  SESUAI: { DI_BAWAH: "KURANG_MISCONDUCT", SESUAI: "BAIK", DI_ATAS: "BAIK" },
  DI_BAWAH: { DI_BAWAH: "SANGAT_KURANG", SESUAI: "BUTUH_PERBAIKAN", DI_ATAS: "BUTUH_PERBAIKAN" },
};

export function predikatKinerja(ratingHasil: Rating, ratingPerilaku: Rating): Predikat {
  return KUADRAN[ratingHasil][ratingPerilaku];
}

/** Predikat bila kedua rating sudah diisi; null bila salah satunya belum. */
export function predikatBila(ratingHasil: Rating | null | undefined, ratingPerilaku: Rating | null | undefined): Predikat | null {
  return ratingHasil && ratingPerilaku ? predikatKinerja(ratingHasil, ratingPerilaku) : null;
}

/** Label rating sebagaimana di halaman ("Di Atas Ekspektasi"). */
export const LABEL_RATING: Readonly<Record<Rating, string>> = {
  DI_ATAS: "Di Atas Ekspektasi",
  SESUAI: "Sesuai Ekspektasi",
  DI_BAWAH: "Di Bawah Ekspektasi",
};

/** Label rating sebagaimana tercetak pada formulir resmi ("DIATAS EKSPEKTASI"). */
export const LABEL_RATING_CETAK: Readonly<Record<Rating, string>> = {
  DI_ATAS: "DIATAS EKSPEKTASI",
  SESUAI: "SESUAI EKSPEKTASI",
  DI_BAWAH: "DIBAWAH EKSPEKTASI",
};

export const LABEL_PREDIKAT: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG_MISCONDUCT: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

export const LABEL_PREDIKAT_CETAK: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: "SANGAT BAIK",
  BAIK: "BAIK",
  BUTUH_PERBAIKAN: "BUTUH PERBAIKAN",
  KURANG_MISCONDUCT: "KURANG/MISCONDUCT",
  SANGAT_KURANG: "SANGAT KURANG",
};

/** Warna lencana predikat (kelas Tailwind), kontras cukup untuk teks kecil. */
export const WARNA_PREDIKAT: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  BAIK: "bg-sky-100 text-sky-900 ring-sky-300",
  BUTUH_PERBAIKAN: "bg-amber-100 text-amber-950 ring-amber-300",
  KURANG_MISCONDUCT: "bg-orange-100 text-orange-950 ring-orange-300",
  SANGAT_KURANG: "bg-red-100 text-red-900 ring-red-300",
};

const sederhana = (s: string) =>
  s
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");

/** Ejaan yang diterima saat impor → predikat. "Cukup" dan "Cukup/Butuh Perbaikan" adalah alias Butuh Perbaikan. */
const ALIAS_PREDIKAT: ReadonlyMap<string, Predikat> = new Map<string, Predikat>([
  ["SANGAT BAIK", "SANGAT_BAIK"],
  ["BAIK", "BAIK"],
  ["BUTUH PERBAIKAN", "BUTUH_PERBAIKAN"],
  ["CUKUP", "BUTUH_PERBAIKAN"],
  ["CUKUP BUTUH PERBAIKAN", "BUTUH_PERBAIKAN"],
  ["KURANG MISCONDUCT", "KURANG_MISCONDUCT"],
  ["KURANG", "KURANG_MISCONDUCT"],
  ["MISCONDUCT", "KURANG_MISCONDUCT"],
  ["SANGAT KURANG", "SANGAT_KURANG"],
]);

/** Membaca predikat dari teks impor (tidak peka huruf besar/kecil, spasi, garis miring atau garis bawah). */
export function bacaPredikat(teks: string): Predikat | null {
  return ALIAS_PREDIKAT.get(sederhana(teks)) ?? null;
}

const ALIAS_RATING: ReadonlyMap<string, Rating> = new Map<string, Rating>([
  ["DI ATAS EKSPEKTASI", "DI_ATAS"],
  ["DIATAS EKSPEKTASI", "DI_ATAS"],
  ["DI ATAS", "DI_ATAS"],
  ["DIATAS", "DI_ATAS"],
  ["SESUAI EKSPEKTASI", "SESUAI"],
  ["SESUAI", "SESUAI"],
  ["DI BAWAH EKSPEKTASI", "DI_BAWAH"],
  ["DIBAWAH EKSPEKTASI", "DI_BAWAH"],
  ["DI BAWAH", "DI_BAWAH"],
  ["DIBAWAH", "DI_BAWAH"],
]);

export function bacaRating(teks: string): Rating | null {
  return ALIAS_RATING.get(sederhana(teks)) ?? null;
}

export function adalahRating(x: unknown): x is Rating {
  return typeof x === "string" && (DAFTAR_RATING as readonly string[]).includes(x);
}

/** Semua pasangan (rating hasil, rating perilaku) yang menghasilkan predikat itu; `hasilTetap` membatasi rating hasil. */
export function pasanganUntuk(predikat: Predikat, hasilTetap?: Rating | null): { hasil: Rating; perilaku: Rating }[] {
  return DAFTAR_RATING.flatMap((hasil) => DAFTAR_RATING.map((perilaku) => ({ hasil, perilaku }))).filter(
    (x) => predikatKinerja(x.hasil, x.perilaku) === predikat && (!hasilTetap || x.hasil === hasilTetap),
  );
}
