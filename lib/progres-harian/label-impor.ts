// Label status baris impor progres harian (dipakai halaman impor dan layanan).
export type StatusBarisImpor = "BARU" | "SUDAH_ADA" | "GALAT";

export const LABEL_STATUS_IMPOR: Readonly<Record<StatusBarisImpor, string>> = { BARU: "Baru", SUDAH_ADA: "Sudah ada", GALAT: "Ada kesalahan" };
