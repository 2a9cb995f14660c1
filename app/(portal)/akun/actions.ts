"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import { keluarSemuaPerangkat, ubahSandi } from "@/lib/auth/akun";
import { signOut } from "@/lib/auth/config";
import { ZUbahSandi } from "@/lib/auth/schemas";
import type { Hasil } from "@/lib/hasil";
import { z } from "zod";
import { aturSurel } from "@/lib/notifikasi/layanan";
import { ZAturSurel } from "@/lib/notifikasi/schemas";

// Kedua aksi ini boleh dipakai dengan kata sandi sementara: justru untuk menggantinya, atau untuk keluar.
export async function ubahSandiAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZUbahSandi, fd, ubahSandi, () => ["/akun", "/beranda"], { izinkanSandiSementara: true });
}

export async function keluarSemuaAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  const r = await jalankanAksi(z.object({}), fd, (a) => keluarSemuaPerangkat(a), () => [], { izinkanSandiSementara: true });
  if (r.ok) await signOut({ redirectTo: "/login" });
  return r;
}

/** Kirim notifikasi ke surel saya (ya/tidak); dicatat di jejak audit. */
export async function aturSurelAction(_p: Hasil<unknown> | null, fd: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZAturSurel, fd, aturSurel, () => ["/akun"]);
}
