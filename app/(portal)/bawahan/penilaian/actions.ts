"use server";
// Server action penilaian kinerja (lib/penilaian/layanan.ts). Draf disimpan otomatis lewat /api/penilaian/draf.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { jalankanAksi, tanganiGalatAksi } from "@/lib/auth/aksi";
import { requireAktor } from "@/lib/auth";
import { gagal, type Hasil } from "@/lib/hasil";
import { id, teks } from "@/lib/zod-formulir";
import {
  ajukanKeberatan,
  batalKecualikan,
  batalSelesai,
  bukaKembaliEvaluasi,
  finalkanTim,
  jelaskanKeberatan,
  kalibrasiEvaluasi,
  kecualikanPeriode,
  putuskanKeberatan,
  simpanPengaturanPenilaian,
  tandaiSelesai,
  unggahPindaian,
} from "@/lib/penilaian/layanan";
import { ZAlasanEvaluasi, ZEvaluasiId, ZFinalkan, ZKalibrasi, ZKecualikan, ZKeputusan, ZPengaturanPenilaian, ZPenjelasan } from "@/lib/penilaian/schemas";
import { BATAS_PENILAIAN } from "@/lib/penilaian/umpan";
import { semuaRuteSkp } from "@/lib/skp/rute";

type State = Hasil<unknown> | null;

/** Halaman yang memuat penilaian: daftar penilaian bawahan, halaman SKP (semua bagian), Beranda, admin. */
function halaman(): string[] {
  return ["/bawahan/penilaian", "/beranda", "/admin/skp"];
}
async function rutePenilaian(evaluasiId: string): Promise<string[]> {
  const { prisma } = await import("@/lib/db");
  const e = await prisma.evaluasiKinerja.findUnique({ where: { id: evaluasiId }, select: { skpId: true } });
  return e ? semuaRuteSkp(e.skpId, "penilaian") : [];
}
function revalidasiSemua(paths: string[]) {
  for (const p of [...halaman(), ...paths]) revalidatePath(p, paths.length > 0 ? "layout" : undefined);
}

async function denganRute<T>(evaluasiIds: string[], f: () => Promise<Hasil<T>>): Promise<Hasil<T>> {
  const h = await f();
  if (h.ok) revalidasiSemua((await Promise.all(evaluasiIds.map(rutePenilaian))).flat());
  return h;
}

export async function tandaiSelesaiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZEvaluasiId, fd, (a, d) => denganRute([d.evaluasiId], () => tandaiSelesai(a, d)), () => []);
}
export async function batalSelesaiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZEvaluasiId, fd, (a, d) => denganRute([d.evaluasiId], () => batalSelesai(a, d)), () => []);
}
export async function finalkanTimAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZFinalkan, fd, (a, d) => denganRute(d.evaluasiId, () => finalkanTim(a, d)), () => []);
}
export async function kecualikanAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZKecualikan, fd, kecualikanPeriode, (d) => [...halaman(), ...semuaRuteSkp(d.skpId, "penilaian")]);
}
export async function batalKecualikanAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZEvaluasiId, fd, (a, d) => denganRute([d.evaluasiId], () => batalKecualikan(a, d)), () => []);
}
export async function bukaKembaliAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZAlasanEvaluasi, fd, (a, d) => denganRute([d.evaluasiId], () => bukaKembaliEvaluasi(a, d)), () => []);
}
export async function jelaskanKeberatanAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZPenjelasan, fd, (a, d) => denganRute([d.evaluasiId], () => jelaskanKeberatan(a, d)), () => []);
}
export async function putuskanKeberatanAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZKeputusan, fd, (a, d) => denganRute([d.evaluasiId], () => putuskanKeberatan(a, d)), () => []);
}
export async function kalibrasiAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZKalibrasi, fd, (a, d) => denganRute([d.evaluasiId], () => kalibrasiEvaluasi(a, d)), () => ["/bawahan/penilaian/kalibrasi"]);
}
export async function pengaturanPenilaianAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZPengaturanPenilaian, fd, simpanPengaturanPenilaian, () => ["/admin", "/bawahan/penilaian"]);
}

const ZKeberatanForm = z.object({ evaluasiId: id("Penilaian"), alasan: teks("Alasan keberatan", 10, BATAS_PENILAIAN.alasan, { multiBaris: true }) });
const BATAS_BERKAS = 12 * 1024 * 1024;

/** Keberatan pegawai, dengan lampiran opsional (berkas dibaca dari FormData). */
export async function ajukanKeberatanAction(_p: State, fd: FormData): Promise<State> {
  try {
    const p = ZKeberatanForm.safeParse({ evaluasiId: fd.get("evaluasiId"), alasan: fd.get("alasan") });
    if (!p.success) return gagal("Periksa kembali isian yang ditandai.", Object.fromEntries(p.error.issues.map((i) => [i.path.join("."), [i.message]])));
    const berkas = fd.get("berkas");
    const ada = berkas instanceof File && berkas.size > 0;
    if (ada && berkas.size > BATAS_BERKAS) return gagal("Lampiran melebihi batas ukuran.", { berkas: ["Lampiran melebihi batas ukuran."] });
    const aktor = await requireAktor();
    return await denganRute([p.data.evaluasiId], async () =>
      ajukanKeberatan(aktor, { ...p.data, berkas: ada ? { nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) } : undefined }),
    );
  } catch (e) {
    return tanganiGalatAksi(e, "ajukanKeberatan");
  }
}

/** Admin BKD melampirkan pindaian keputusan pimpinan instansi. */
export async function unggahPindaianAction(_p: State, fd: FormData): Promise<State> {
  try {
    const p = ZEvaluasiId.safeParse({ evaluasiId: fd.get("evaluasiId") });
    if (!p.success) return gagal("Permintaan tidak sah.");
    const berkas = fd.get("berkas");
    if (!(berkas instanceof File) || berkas.size === 0) return gagal("Pilih berkas pindaian keputusan (PDF atau gambar).", { berkas: ["Pilih berkas pindaian."] });
    if (berkas.size > BATAS_BERKAS) return gagal("Berkas melebihi batas ukuran.", { berkas: ["Berkas melebihi batas ukuran."] });
    const aktor = await requireAktor();
    return await denganRute([p.data.evaluasiId], async () => unggahPindaian(aktor, { evaluasiId: p.data.evaluasiId, nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) }));
  } catch (e) {
    return tanganiGalatAksi(e, "unggahPindaian");
  }
}
