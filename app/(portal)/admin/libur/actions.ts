"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { hapusLibur, imporLibur, simpanAturanProgres, tambahLibur } from "@/lib/progres-harian/libur";
import { ZAturanProgresInstansi, ZHapusLiburInstansi, ZImporLibur, ZTambahLibur } from "@/lib/progres-harian/schemas";

type State = Hasil<unknown> | null;
const rute = () => ["/admin/libur", "/admin/harian", "/harian"];

export async function tambahLiburAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZTambahLibur, fd, tambahLibur, rute);
}

export async function hapusLiburAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZHapusLiburInstansi, fd, hapusLibur, rute);
}

export async function imporLiburAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZImporLibur, fd, imporLibur, rute);
}

export async function aturanProgresAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZAturanProgresInstansi, fd, simpanAturanProgres, rute);
}
