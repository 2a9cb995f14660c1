"use server";
// Server action progres harian: entri pegawai (tambah, ubah, hapus, salin, ajukan) dan tinjauan pejabat penilai.
import { redirect } from "next/navigation";
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import { ajukanEntri, hapusEntri, kembalikanEntri, salinEntri, setujuiEntri, simpanEntri } from "@/lib/progres-harian/layanan";
import { ZAjukan, ZEntri, ZHapusEntri, ZKembalikan, ZSalinEntri, ZSetujui } from "@/lib/progres-harian/schemas";

type State = Hasil<unknown> | null;
// Entri memengaruhi minggu pegawai, daftar tinjauan atasan, Beranda (tugas saya) dan usulan realisasi di pelaksanaan.
const halaman = () => ["/harian", "/bawahan/harian", "/beranda"];

export async function simpanEntriAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZEntri, fd, simpanEntri, halaman);
}
export async function hapusEntriAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZHapusEntri, fd, hapusEntri, halaman);
}
export async function salinEntriAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZSalinEntri, fd, salinEntri, halaman);
}
export async function ajukanEntriAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZAjukan, fd, ajukanEntri, halaman);
}
export async function setujuiEntriAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZSetujui, fd, setujuiEntri, halaman);
}
/**
 * Dari daftar tinjauan, entri yang dikembalikan hilang dari tab yang dibuka (bersama formulirnya): daftar dibuka lagi
 * dengan konfirmasi. Tujuannya tetap di server; dari formulir hanya tab asal, yang dibaca dari daftar tetap.
 */
export async function kembalikanEntriAction(_p: State, fd: FormData): Promise<State> {
  const r = await jalankanAksi(ZKembalikan, fd, kembalikanEntri, halaman);
  const tab = fd.get("tab");
  if (r?.ok && (tab === "DIAJUKAN" || tab === "DISETUJUI")) redirect(`/bawahan/harian?status=${tab}&dikembalikan=1#daftar`);
  return r;
}
