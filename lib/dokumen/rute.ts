// Alamat unduhan dokumen (route handler), satu sumber untuk halaman dan uji. Murni.
import type { SubjekDokumen } from "@/lib/dokumen/muat";

export function urlUnduhDokumen(s: SubjekDokumen): string {
  if (s.jenis === "PENETAPAN") return `/api/dokumen/unit/${s.unitKerjaId}/penetapan?tahun=${s.tahun}&periode=${s.kode}`;
  const jalur = `/api/dokumen/skp/${s.skpId}/${s.jenis.toLowerCase().replace(/_/g, "-")}`;
  return s.jenis === "SKP" ? jalur : `${jalur}?periode=${s.kode}`;
}
