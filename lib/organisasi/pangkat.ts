// Pangkat dan golongan ruang PNS (PP 99/2000 jo. PP 12/2002) dan golongan PPPK (Perpres 98/2020).

export const PANGKAT_PNS = {
  "I/a": "Juru Muda",
  "I/b": "Juru Muda Tingkat I",
  "I/c": "Juru",
  "I/d": "Juru Tingkat I",
  "II/a": "Pengatur Muda",
  "II/b": "Pengatur Muda Tingkat I",
  "II/c": "Pengatur",
  "II/d": "Pengatur Tingkat I",
  "III/a": "Penata Muda",
  "III/b": "Penata Muda Tingkat I",
  "III/c": "Penata",
  "III/d": "Penata Tingkat I",
  "IV/a": "Pembina",
  "IV/b": "Pembina Tingkat I",
  "IV/c": "Pembina Utama Muda",
  "IV/d": "Pembina Utama Madya",
  "IV/e": "Pembina Utama",
} as const;

export type GolonganPns = keyof typeof PANGKAT_PNS;

export const GOLONGAN_PPPK = [
  "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
  "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
] as const;

export type GolonganPppk = (typeof GOLONGAN_PPPK)[number];

export function isGolonganPns(g: string): g is GolonganPns {
  return Object.hasOwn(PANGKAT_PNS, g);
}

export function isGolonganPppk(g: string): g is GolonganPppk {
  return (GOLONGAN_PPPK as readonly string[]).includes(g);
}

export function golonganSah(status: "PNS" | "PPPK", golongan: string): boolean {
  return status === "PNS" ? isGolonganPns(golongan) : isGolonganPppk(golongan);
}

/**
 * Teks "Pangkat/Gol. Ruang" seperti di formulir SKP: "Penata Muda / III/a".
 * PPPK tidak berpangkat: "Golongan IX (PPPK)".
 */
export function formatPangkatGolongan(status: "PNS" | "PPPK", golongan: string): string {
  if (status === "PNS" && isGolonganPns(golongan)) return `${PANGKAT_PNS[golongan]} / ${golongan}`;
  if (status === "PPPK" && isGolonganPppk(golongan)) return `Golongan ${golongan} (PPPK)`;
  return golongan;
}
