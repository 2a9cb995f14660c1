import "server-only";
// Cache lintas permintaan untuk data organisasi yang jarang berubah (pohon jabatan + penugasan, unit kerja, instansi)
// di proses server ini. Benar untuk banyak instans: kuncinya versi di basis data (tabel versi_cache, baris
// "organisasi"), yang diganti oleh trigger pada setiap penulisan instansi/unit_kerja/jabatan/penugasan_jabatan dalam
// transaksi penulisnya. Setiap permintaan membaca versi itu sekali (bersama kueri aktor, lihat lib/auth/aktor.ts,
// atau dengan satu kueri kecil bila tanpa aktor) lalu memakai data yang dimuat untuk versi yang sama.
// Urutan baca versi → baca data menjamin data tidak pernah lebih tua daripada versinya.
// Nilai yang di-cache dipakai bersama antarpermintaan: jangan diubah (tipenya Readonly*).
import { cache } from "react";
import { prisma } from "@/lib/db";

type Entri = { versi: string; varian: string; nilai: Promise<unknown> };
// Di globalThis: setiap bundel route Next dapat memuat salinan modul ini sendiri; gudangnya tetap satu per proses.
const KUNCI = Symbol.for("skp.cache-organisasi");
const gudang = ((globalThis as Record<symbol, unknown>)[KUNCI] ??= new Map<string, Entri>()) as Map<string, Entri>;

/** Versi yang sudah terbaca dalam permintaan ini (React cache: satu objek per permintaan; di luar render selalu baru). */
const konteks = cache((): { versi: string | null } => ({ versi: null }));

/** Dipanggil oleh pemuat aktor yang sudah membaca versi dalam kuerinya sendiri. */
export function catatVersiOrganisasi(versi: string): void {
  konteks().versi = versi;
}

/** Versi organisasi untuk permintaan ini. */
export async function versiOrganisasi(): Promise<string> {
  const k = konteks();
  if (k.versi !== null) return k.versi;
  const r = await prisma.versiCache.findUnique({ where: { kunci: "organisasi" }, select: { versi: true } });
  k.versi = r?.versi ?? "";
  return k.versi;
}

/**
 * Nilai `kunci` untuk versi organisasi saat ini: dari cache bila dimuat untuk versi yang sama, selain itu `muat()`
 * (satu pemuatan bersama untuk permintaan serentak; pemuatan yang gagal tidak disimpan). `varian`: masukan lain yang
 * menentukan nilainya (mis. tanggal hari ini); varian lain menggantikan entri kunci yang sama, sehingga gudang tidak
 * bertambah satu entri per hari.
 */
export async function dariCacheOrganisasi<T>(kunci: string, muat: () => Promise<T>, varian = ""): Promise<T> {
  const versi = await versiOrganisasi();
  const ada = gudang.get(kunci);
  if (ada && ada.versi === versi && ada.varian === varian) return ada.nilai as Promise<T>;
  const entri: Entri = { versi, varian, nilai: muat() };
  gudang.set(kunci, entri);
  entri.nilai.catch(() => {
    if (gudang.get(kunci) === entri) gudang.delete(kunci);
  });
  return entri.nilai as Promise<T>;
}

