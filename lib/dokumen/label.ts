// Label tanda tangan dokumen: satu sumber untuk halaman, PDF dan halaman verifikasi. Murni.
import { formatWaktuZona } from "@/lib/organisasi/format";
import type { MetodeTtd } from "@/lib/dokumen/jenis";

export const LABEL_METODE_TTD: Readonly<Record<MetodeTtd, string>> = {
  SEGEL: "segel elektronik instansi",
  BSRE: "tanda tangan elektronik BSrE",
};

/** Waktu tanda tangan pada zona instansi: "28 Maret 2026 pukul 14.05 WIB". */
export function formatWaktuTtd(waktu: Date, zona = "Asia/Jakarta"): string {
  return formatWaktuZona(waktu, zona);
}
