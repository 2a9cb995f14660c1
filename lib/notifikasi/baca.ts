import "server-only";
// Bacaan notifikasi milik aktor: hitungan belum dibaca untuk lonceng (satu kueri berindeks, dibatasi) dan daftar
// /notifikasi (keyset, terbaru dulu). Selalu disaring dengan pegawai aktor dari sesi.
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { kodeKursorNotifikasi, uraiKursorNotifikasi } from "@/lib/kursor";
import { BATAS_HITUNG_LONCENG } from "@/lib/notifikasi/pesan";

/**
 * Jumlah notifikasi belum dibaca, paling banyak BATAS_HITUNG_LONCENG: satu pindaian indeks
 * notifikasi(pegawai_id, dibaca_pada) yang berhenti di batas. Dipanggil tata letak portal pada setiap halaman.
 */
export const hitungBelumDibaca = cache(async (pegawaiId: string): Promise<number> => {
  const [r] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM notifikasi WHERE pegawai_id = ${pegawaiId}::uuid AND dibaca_pada IS NULL LIMIT ${BATAS_HITUNG_LONCENG}
    ) x`;
  return r?.n ?? 0;
});

export const UKURAN_HALAMAN_NOTIFIKASI = 20;

export type ButirNotifikasi = { id: string; jenis: string; judul: string; isi: string; tautan: string; dibacaPada: Date | null; createdAt: Date };

export async function daftarNotifikasi(aktor: Aktor, kursor?: string | null): Promise<{ butir: ButirNotifikasi[]; berikut: string | null }> {
  const k = uraiKursorNotifikasi(kursor);
  const baris = await prisma.notifikasi.findMany({
    where: {
      pegawaiId: aktor.pegawaiId,
      ...(k ? { OR: [{ createdAt: { lt: k.waktu } }, { createdAt: k.waktu, id: { lt: k.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: UKURAN_HALAMAN_NOTIFIKASI + 1,
    select: { id: true, jenis: true, judul: true, isi: true, tautan: true, dibacaPada: true, createdAt: true },
  });
  const butir = baris.slice(0, UKURAN_HALAMAN_NOTIFIKASI);
  const akhir = butir.at(-1);
  return { butir, berikut: baris.length > UKURAN_HALAMAN_NOTIFIKASI && akhir ? kodeKursorNotifikasi({ waktu: akhir.createdAt, id: akhir.id }) : null };
}

/** Setelan surel akun aktor. */
export async function setelanSurel(aktor: Aktor): Promise<{ aktif: boolean; email: string | null }> {
  const p = await prisma.pengguna.findUnique({ where: { id: aktor.penggunaId }, select: { notifikasiSurel: true, pegawai: { select: { email: true } } } });
  return { aktif: p?.notifikasiSurel ?? true, email: p?.pegawai.email ?? null };
}
