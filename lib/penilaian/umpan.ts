// Pilihan umpan balik penilai per RHK dan per nilai BerAKHLAK (skp-domain.md §3.5: pilihan + teks bebas), dan batas
// panjang isian penilaian. Murni: satu sumber untuk formulir, skema zod dan dokumen.

export const PILIHAN_UMPAN = ["SANGAT_BAIK", "BAIK", "PERLU_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;
export type PilihanUmpan = (typeof PILIHAN_UMPAN)[number];

export const LABEL_PILIHAN_UMPAN: Readonly<Record<PilihanUmpan, string>> = {
  SANGAT_BAIK: "Sangat baik, melampaui ekspektasi",
  BAIK: "Baik, sesuai ekspektasi",
  PERLU_PERBAIKAN: "Perlu perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat kurang",
};

export const BATAS_PENILAIAN = { umpan: 2000, catatan: 2000, alasan: 2000, penjelasan: 4000 } as const;

/** Kode evaluasi tahunan (periode periodik memakai kode periodenya, mis. TW1). */
export const KODE_AKHIR = "AKHIR";

export function labelKodeEvaluasi(kode: string, labelPeriode: string | null): string {
  return kode === KODE_AKHIR ? "Akhir (tahunan)" : (labelPeriode ?? kode);
}

/** Capaian realisasi terhadap target dalam persen, hanya sebagai bahan pertimbangan (bukan rating). */
export function persenCapaian(realisasi: number | null, target: number | null): number | null {
  if (realisasi === null || target === null || target <= 0) return null;
  return Math.round((realisasi / target) * 1000) / 10;
}

/**
 * Kode periode penilaian yang dibuka bila tidak diminta (atau diminta yang tidak ada): periode terakhir yang sudah
 * berakhir (penilaian dilakukan sesudah periode berakhir), selain itu periode pertama; tanpa periode: AKHIR.
 */
export function kodePenilaianBawaan(periode: readonly { kode: string; selesai: Date }[], hari: Date, diminta: string | undefined): string {
  if (diminta === KODE_AKHIR || periode.some((p) => p.kode === diminta)) return diminta!;
  return [...periode].reverse().find((p) => p.selesai < hari)?.kode ?? periode[0]?.kode ?? KODE_AKHIR;
}
