"use server";
// Server action notifikasi: tandai dibaca (satu/semua) dan buka (tandai lalu ke tautannya).
import { redirect } from "next/navigation";
import { z } from "zod";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { tandaiDibaca, tandaiSemuaDibaca } from "@/lib/notifikasi/layanan";
import { ZNotifikasiId } from "@/lib/notifikasi/schemas";

type State = Hasil<unknown> | null;
// Lonceng ada di tata letak: semua halaman portal.
const halaman = () => ["/notifikasi", "/beranda"];

export async function tandaiDibacaAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZNotifikasiId, fd, tandaiDibaca, halaman);
}

export async function tandaiSemuaDibacaAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(z.object({}), fd, (a) => tandaiSemuaDibaca(a), halaman);
}

export async function bukaNotifikasiAction(_p: State, fd: FormData): Promise<State> {
  const r = await jalankanAksi(ZNotifikasiId, fd, tandaiDibaca, halaman);
  if (r.ok) redirect(r.data.tautan);
  return r;
}
