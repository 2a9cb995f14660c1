"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { hapusSetKolom, simpanSetKolom } from "@/lib/tpp/layanan";
import { ZHapusSetKolom, ZSimpanSetKolom } from "@/lib/tpp/schemas";

type State = Hasil<unknown> | null;
const rute = () => ["/admin/tpp"];

export async function simpanSetKolomAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZSimpanSetKolom, fd, simpanSetKolom, rute);
}

export async function hapusSetKolomAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZHapusSetKolom, fd, hapusSetKolom, rute);
}
