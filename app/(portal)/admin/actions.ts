"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { aturPeriode } from "@/lib/skp/periode-instansi";
import { ZPeriode } from "@/lib/skp/schemas";
import { aturUlangSandi } from "@/lib/auth/akun";
import { ZAturUlangSandi } from "@/lib/auth/schemas";
import { ubahStatusPeriode } from "@/lib/pelaksanaan/layanan";
import { ZStatusPeriode } from "@/lib/pelaksanaan/schemas";

export async function aturPeriodeAction(_prev: Hasil<unknown> | null, formData: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZPeriode, formData, aturPeriode, () => ["/admin"]);
}

export async function statusPeriodeAction(_prev: Hasil<unknown> | null, formData: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZStatusPeriode, formData, ubahStatusPeriode, () => ["/admin"]);
}

export async function aturUlangSandiAction(_prev: Hasil<unknown> | null, formData: FormData): Promise<Hasil<unknown> | null> {
  return jalankanAksi(ZAturUlangSandi, formData, aturUlangSandi, () => []);
}
