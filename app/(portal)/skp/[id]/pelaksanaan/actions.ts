"use server";
import { jalankanAksi } from "@/lib/auth/aksi";
import { semuaRuteSkp } from "@/lib/skp/rute";
import { requireAktor } from "@/lib/auth";
import { gagal, type Hasil } from "@/lib/hasil";
import {
  hapusBukti,
  hapusRencanaAksi,
  imporRencanaAksi,
  salinDariPeriodeSebelumnya,
  simpanRealisasi,
  simpanRencanaAksi,
  tambahTautan,
  tulisUmpanBalik,
  type PratinjauImpor,
} from "@/lib/pelaksanaan/layanan";
import { revalidatePath } from "next/cache";
import {
  ZHapusBukti,
  ZHapusRencanaAksi,
  ZImpor,
  ZRealisasi,
  ZRencanaAksi,
  ZSalinPeriode,
  ZTautan,
  ZUmpanBalik,
} from "@/lib/pelaksanaan/schemas";

type State = Hasil<unknown> | null;
const halaman = (d: { skpId: string }) => [...semuaRuteSkp(d.skpId), "/bawahan/pemantauan", "/beranda"];

export async function simpanRencanaAksiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZRencanaAksi, fd, simpanRencanaAksi, halaman);
}
export async function hapusRencanaAksiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZHapusRencanaAksi, fd, hapusRencanaAksi, halaman);
}
export async function salinPeriodeAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZSalinPeriode, fd, salinDariPeriodeSebelumnya, halaman);
}
export async function tautanAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZTautan, fd, tambahTautan, halaman);
}
export async function hapusBuktiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZHapusBukti, fd, hapusBukti, halaman);
}
export async function realisasiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZRealisasi, fd, simpanRealisasi, halaman);
}
export async function umpanBalikAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZUmpanBalik, fd, tulisUmpanBalik, halaman);
}

/** Impor Excel: simpan=0 pratinjau, simpan=1 menulis (hanya bila tanpa galat). Berkas dibaca dari FormData. */
export async function imporAction(_p: Hasil<PratinjauImpor> | null, fd: FormData): Promise<Hasil<PratinjauImpor> | null> {
  const p = ZImpor.safeParse({ skpId: fd.get("skpId"), periodeId: fd.get("periodeId"), simpan: fd.get("simpan") ?? "0" });
  const berkas = fd.get("berkas");
  if (!p.success) return gagal("Permintaan impor tidak sah.");
  if (!(berkas instanceof File) || berkas.size === 0) return gagal("Pilih berkas Excel (.xlsx) hasil isian templat.");
  if (berkas.size > 5 * 1024 * 1024) return gagal("Berkas Excel melebihi 5 MB.");
  const aktor = await requireAktor();
  const r = await imporRencanaAksi(aktor, { skpId: p.data.skpId, periodeId: p.data.periodeId, bytes: new Uint8Array(await berkas.arrayBuffer()), simpan: p.data.simpan === "1" });
  if (r.ok && r.data.disimpan) for (const h of halaman(p.data)) revalidatePath(h);
  return r;
}
