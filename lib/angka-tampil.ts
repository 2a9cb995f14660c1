// Angka untuk ditampilkan dan diisikan kembali ke formulir, cara Indonesia (koma desimal, titik ribuan).
const ID = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 4 });

/** "1.250,5" — untuk teks yang dibaca. */
export function formatAngka(n: number): string {
  return ID.format(n);
}

/** Nilai awal kolom isian angka: tanpa pemisah ribuan ("1250,5"), agar dapat dikirim ulang apa adanya. */
export function formatAngkaIsian(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "";
  return String(n).replace(".", ",");
}
