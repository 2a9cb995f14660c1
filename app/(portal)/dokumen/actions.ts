"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { asalPermintaan } from "@/lib/dokumen/asal";
import { tandatanganiDokumen } from "@/lib/dokumen/layanan";
import { ZTandaTangan } from "@/lib/dokumen/schemas";

export async function tandatanganiAction(_prev: Hasil<unknown> | null, formData: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(
    ZTandaTangan,
    formData,
    async function tandatangani(aktor, d) {
      const { sandi, nik, passphrase, ...subjek } = d;
      return tandatanganiDokumen(aktor, subjek, { sandi, nik, passphrase }, await asalPermintaan());
    },
    (d) => ["/dokumen", "skpId" in d ? `/dokumen/skp/${d.skpId}` : "/dokumen"],
  );
}
