"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import { ubahSandi } from "@/lib/auth/akun";
import { ZUbahSandi } from "@/lib/auth/schemas";
import type { Hasil } from "@/lib/hasil";

export async function ubahSandiAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZUbahSandi, fd, ubahSandi, () => ["/akun", "/beranda"]);
}
