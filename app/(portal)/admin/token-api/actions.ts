"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { buatTokenApi, cabutTokenApi } from "@/lib/api-v1/kelola";
import { ZBuatToken, ZCabutToken } from "@/lib/api-v1/formulir";

type State = Hasil<unknown> | null;
const rute = () => ["/admin/token-api"];

export async function buatTokenAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZBuatToken, fd, buatTokenApi, rute);
}

export async function cabutTokenAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZCabutToken, fd, cabutTokenApi, rute);
}
