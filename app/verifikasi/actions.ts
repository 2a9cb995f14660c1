"use server";
// Pemeriksaan publik berkas PDF terhadap dokumen terdaftar (tanpa masuk): hanya SHA-256 yang dibandingkan.
import { cocokkanBerkas } from "@/lib/dokumen/layanan";
import { gagal, berhasil, type Hasil } from "@/lib/hasil";
import { tanganiGalatAksi } from "@/lib/auth/aksi";

const BATAS = 12 * 1024 * 1024;

export async function periksaBerkasAction(_prev: Hasil<unknown> | null, formData: FormData): Promise<Hasil<unknown> | null> {
  try {
    const kode = formData.get("kode");
    const berkas = formData.get("berkas");
    if (typeof kode !== "string" || !/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(kode)) return gagal("Kode verifikasi tidak sah.");
    if (!(berkas instanceof File) || berkas.size === 0) return gagal("Pilih berkas PDF yang akan diperiksa.", { berkas: ["Pilih berkas PDF yang akan diperiksa."] });
    if (berkas.size > BATAS) return gagal("Berkas terlalu besar (paling besar 12 MB).", { berkas: ["Berkas terlalu besar (paling besar 12 MB)."] });
    const h = await cocokkanBerkas(kode, new Uint8Array(await berkas.arrayBuffer()));
    if (!h) return gagal("Kode verifikasi tidak terdaftar.");
    return berhasil(h);
  } catch (e) {
    return tanganiGalatAksi(e, "periksaBerkas");
  }
}
