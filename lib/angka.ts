// Membaca angka yang diketik pengguna Indonesia, ketat: "1.250,5" dan "92,5" (koma desimal, titik ribuan per
// tiga angka) serta "92.5" (titik yang tidak diikuti tepat tiga angka adalah titik desimal). Yang tetap bermakna
// ganda ditolak dengan pesan yang jelas, tidak ditebak. Murni; dipakai skema zod, impor Excel dan API.
//
// Keputusan untuk ejaan yang bermakna ganda:
// - "1.250" = 1250 (satu titik diikuti tepat tiga angka: pemisah ribuan Indonesia), "1,250" = 1,25.
// - "1.250.000" = 1250000; "1.250.000,75" = 1250000,75.
// - "1,250.5" (gaya Inggris), "1.2,5", "1.25.0", "1250.500", "0.500" ditolak: tidak jelas mana yang desimal.
// - Spasi di tengah ("1 250") ditolak; spasi di awal/akhir (termasuk spasi tak-putus) diabaikan.
// - "-5" dibaca -5 (skema yang memutuskan boleh negatif atau tidak); "+5", ",5", "5,", "0x10", "1e3",
//   "Infinity", angka non-ASCII dan satuan ("5%") ditolak.

export type HasilAngka = { ok: true; nilai: number } | { ok: false; alasan: string };

const CONTOH = "Tulis angka seperti 92,5 atau 1.250.";

export function bacaAngka(mentah: string): HasilAngka {
  const s = mentah.replace(/^[\s\u00a0\u2007\u2009\u202f]+|[\s\u00a0\u2007\u2009\u202f]+$/g, "").replace(/^\u2212/, "-");
  if (s === "") return { ok: false, alasan: "Kosong." };
  const negatif = s.startsWith("-");
  const badan = negatif ? s.slice(1) : s;
  if (!/^[0-9.,]+$/.test(badan)) {
    if (/\s/.test(badan)) return { ok: false, alasan: `Tanpa spasi di tengah angka. ${CONTOH}` };
    return { ok: false, alasan: `Hanya angka, titik dan koma. ${CONTOH}` };
  }
  let teks: string | null = null;
  if (/^\d+$/.test(badan)) teks = badan;
  else if (/^\d+,\d+$/.test(badan)) teks = badan.replace(",", ".");
  else if (/^[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(badan)) teks = badan.replace(/\./g, "").replace(",", ".");
  else if (/^\d+\.\d+$/.test(badan) && !/\.\d{3}$/.test(badan)) teks = badan;
  if (teks === null) {
    if (badan.includes(",") && badan.includes(".")) return { ok: false, alasan: `Gunakan koma untuk desimal dan titik untuk ribuan (1.250,5). ${CONTOH}` };
    if (/\.\d{3}$/.test(badan)) return { ok: false, alasan: "Tidak jelas: titik diikuti tiga angka dibaca sebagai ribuan. Tulis pecahan dengan koma, mis. 0,5 atau 1250,5." };
    return { ok: false, alasan: CONTOH };
  }
  const nilai = Number(teks);
  if (!Number.isFinite(nilai)) return { ok: false, alasan: CONTOH };
  return { ok: true, nilai: negatif ? -nilai : nilai };
}

/** Banyak angka di belakang koma (titik) dari bentuk baku yang dibaca bacaAngka. */
export function jumlahDesimal(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const t = String(Math.abs(n));
  if (t.includes("e-")) return Number(t.split("e-")[1]) + (t.split("e-")[0]!.split(".")[1]?.length ?? 0);
  return t.split(".")[1]?.length ?? 0;
}

/** Batas kolom NUMERIC(18,4): 14 angka sebelum koma, 4 sesudahnya. */
export const BATAS_ANGKA = { maks: 99_999_999_999_999, desimal: 4 } as const;
