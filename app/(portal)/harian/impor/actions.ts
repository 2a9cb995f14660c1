"use server";
// Impor progres harian dari Excel: simpan=0 pratinjau (tidak menulis), simpan=1 menyimpan semua baris baru atau
// tidak sama sekali. Berkas dibaca dari FormData; otorisasi dan pemeriksaan di layanan (lib/progres-harian/impor.ts).
import { jalankanAksi } from "@/lib/auth/aksi";
import { gagal, type Hasil } from "@/lib/hasil";
import { imporHarian, type PratinjauHarian } from "@/lib/progres-harian/impor";
import { ZImporHarian } from "@/lib/progres-harian/schemas";

const MAKS_BERKAS = 5 * 1024 * 1024;

export async function imporHarianAction(_p: Hasil<PratinjauHarian> | null, fd: FormData): Promise<Hasil<PratinjauHarian> | null> {
  const berkas = fd.get("berkas");
  if (!(berkas instanceof File) || berkas.size === 0) return gagal("Pilih berkas Excel (.xlsx) hasil isian templat progres harian.", { berkas: ["Pilih berkas Excel (.xlsx)."] });
  if (berkas.size > MAKS_BERKAS) return gagal("Berkas Excel melebihi 5 MB. Bagi isinya ke beberapa berkas.", { berkas: ["Berkas melebihi 5 MB."] });
  const bytes = new Uint8Array(await berkas.arrayBuffer());
  return jalankanAksi(
    ZImporHarian,
    fd,
    (aktor, d) => imporHarian(aktor, { bytes, simpan: d.simpan === "1" }),
    (d) => (d.simpan === "1" ? ["/harian", "/harian/impor", "/bawahan/harian", "/beranda"] : []),
  );
}
