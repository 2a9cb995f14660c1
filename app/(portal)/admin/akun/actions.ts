"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { aktifkanAkunMassal, aturPeranAdmin, ubahAktifAkun } from "@/lib/akun/layanan";
import { ZAktivasiAkun, ZPeranAdmin, ZUbahAktifAkun } from "@/lib/akun/schemas";

export async function aktivasiAkunAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZAktivasiAkun, fd, (a, d) => aktifkanAkunMassal(a, d), () => ["/admin/akun"]);
}

export async function ubahAktifAkunAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZUbahAktifAkun, fd, ubahAktifAkun, () => ["/admin/akun"]);
}

export async function peranAdminAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZPeranAdmin, fd, aturPeranAdmin, () => ["/admin/akun", "/admin"]);
}
