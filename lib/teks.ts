// Membersihkan teks bebas dari formulir sebelum divalidasi dan disimpan: karakter kendali (NUL dan kawan-kawan,
// yang ditolak PostgreSQL atau merusak tampilan) dan penimpa arah teks (U+202A–U+202E, U+2066–U+2069, yang dapat
// menyamarkan isi) dibuang; akhir baris diseragamkan ke "\n". Murni; satu tempat untuk semua isian teks.

// eslint-disable-next-line no-control-regex
const KENDALI_SEBARIS = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const KENDALI_MULTIBARIS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ARAH = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function bersihkanTeks(s: string, opsi: { multiBaris?: boolean } = {}): string {
  const seragam = s.replace(/\r\n?/g, "\n").replace(ARAH, "");
  return opsi.multiBaris ? seragam.replace(KENDALI_MULTIBARIS, "") : seragam.replace(/[\n\t]+/g, " ").replace(KENDALI_SEBARIS, "");
}
