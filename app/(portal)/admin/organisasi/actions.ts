"use server";
// Editor organisasi (unit kerja, jabatan, penugasan, pegawai). Otorisasi dan transaksi di lib/organisasi/layanan.ts.
import { jalankanAksi } from "@/lib/auth/aksi";
import type { Hasil } from "@/lib/hasil";
import {
  akhiriPenugasan,
  berhenti,
  mutasi,
  tambahJabatan,
  tambahUnit,
  tugaskan,
  tutupJabatan,
  tutupUnit,
  ubahJabatan,
  ubahPegawai,
  ubahUnit,
} from "@/lib/organisasi/layanan";
import {
  ZAkhiriPenugasan,
  ZBerhenti,
  ZMutasi,
  ZTambahJabatan,
  ZTambahUnit,
  ZTugaskan,
  ZTutupJabatan,
  ZTutupUnit,
  ZUbahJabatan,
  ZUbahPegawai,
  ZUbahUnit,
} from "@/lib/organisasi/schemas";

type S = Hasil<unknown> | null;
// Halaman admin dan Beranda pegawai membaca pohon organisasi (cache-nya diganti trigger basis data).
const halaman = () => ["/admin", "/admin/masalah-data", "/beranda"];

export async function tambahUnitAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZTambahUnit, fd, tambahUnit, halaman);
}
export async function ubahUnitAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZUbahUnit, fd, ubahUnit, halaman);
}
export async function tutupUnitAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZTutupUnit, fd, tutupUnit, halaman);
}
export async function tambahJabatanAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZTambahJabatan, fd, tambahJabatan, halaman);
}
export async function ubahJabatanAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZUbahJabatan, fd, ubahJabatan, (d) => [...halaman(), `/admin/jabatan/${d.jabatanId}`]);
}
export async function tutupJabatanAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZTutupJabatan, fd, tutupJabatan, (d) => [...halaman(), `/admin/jabatan/${d.jabatanId}`]);
}
export async function tugaskanAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZTugaskan, fd, tugaskan, (d) => [...halaman(), `/admin/jabatan/${d.jabatanId}`]);
}
export async function akhiriPenugasanAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZAkhiriPenugasan, fd, akhiriPenugasan, halaman);
}
export async function mutasiAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZMutasi, fd, mutasi, (d) => [...halaman(), `/admin/pegawai/${d.pegawaiId}`]);
}
export async function berhentiAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZBerhenti, fd, berhenti, (d) => [...halaman(), `/admin/pegawai/${d.pegawaiId}`]);
}
export async function ubahPegawaiAction(_p: S, fd: FormData): Promise<S> {
  return jalankanAksi(ZUbahPegawai, fd, ubahPegawai, (d) => [...halaman(), `/admin/pegawai/${d.pegawaiId}`]);
}
