"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { buatInstansi } from "@/lib/instansi/layanan";
import { ZInstansiBaru } from "@/lib/instansi/schemas";

export async function buatInstansiAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZInstansiBaru, fd, buatInstansi, () => ["/admin/instansi", "/admin"]);
}
