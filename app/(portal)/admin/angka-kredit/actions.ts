"use server";
// Admin BKD (#16 angka kredit): koefisien per jenjang dan jenjang jabatan fungsional. Otorisasi dan transaksi di
// lib/angka-kredit/layanan.ts.
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { tetapkanKoefisien, ubahJenjangJabatan } from "@/lib/angka-kredit/layanan";
import { ZTetapkanKoefisien, ZUbahJenjang } from "@/lib/angka-kredit/schemas";

type State = Hasil<unknown> | null;

export async function tetapkanKoefisienAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZTetapkanKoefisien, fd, tetapkanKoefisien, () => ["/admin/angka-kredit", "/skp", "/bawahan", "/admin/skp"]);
}

export async function ubahJenjangAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZUbahJenjang, fd, ubahJenjangJabatan, (d) => [`/admin/jabatan/${d.jabatanId}`, "/admin/angka-kredit"]);
}
