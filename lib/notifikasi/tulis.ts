import "server-only";
// Penulis notifikasi: dipanggil layanan DI DALAM transaksinya, sehingga notifikasi ada bila dan hanya bila perubahan
// yang menyebabkannya di-commit. Kunci idempotensi (jenis + id peristiwa + penerima) membuat peristiwa yang sama tidak
// memberi tahu dua kali. Surel hanya diantrekan bila SMTP diatur, penerima tidak menolak surel, dan punya alamat surel;
// pengirimannya oleh pekerja (lib/notifikasi/pekerja.ts), tidak pernah di dalam aksi.
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { susunPesan, susunSurel, type Peristiwa } from "@/lib/notifikasi/pesan";

/** Alamat dasar tautan di surel. */
export function urlDasarPortal(): string {
  return env().SKP_URL_PUBLIK ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}

/**
 * Memberi tahu penerima tentang satu peristiwa. `idPeristiwa` unik per kejadian (mis. id SKP + waktu pengajuan);
 * penerima kosong/ganda diabaikan. Mengembalikan jumlah notifikasi baru.
 */
export async function beriTahu(tx: Prisma.TransactionClient, peristiwa: Peristiwa, idPeristiwa: string, penerima: readonly (string | null | undefined)[]): Promise<number> {
  const ids = [...new Set(penerima.filter((p): p is string => !!p))];
  if (ids.length === 0) return 0;
  const pesan = susunPesan(peristiwa);
  const orang = await tx.pegawai.findMany({ where: { id: { in: ids } }, select: { id: true, instansiId: true, email: true, pengguna: { select: { notifikasiSurel: true, aktif: true } } } });
  if (orang.length === 0) return 0;
  const baru = await tx.notifikasi.createManyAndReturn({
    data: orang.map((o) => ({ instansiId: o.instansiId, pegawaiId: o.id, jenis: pesan.jenis, judul: pesan.judul, isi: pesan.isi, tautan: pesan.tautan, kunci: `${pesan.jenis}:${idPeristiwa}:${o.id}`.slice(0, 200) })),
    skipDuplicates: true,
    select: { id: true, pegawaiId: true },
  });
  if (baru.length > 0 && env().SKP_SMTP_URL) {
    const per = new Map(orang.map((o) => [o.id, o]));
    const surel = susunSurel(pesan, urlDasarPortal());
    const antre = baru.flatMap((n) => {
      const o = per.get(n.pegawaiId);
      const alamat = o?.email?.trim();
      if (!o || !alamat || !o.pengguna?.aktif || o.pengguna.notifikasiSurel === false) return [];
      return [{ instansiId: o.instansiId, notifikasiId: n.id, kepada: alamat, subjek: surel.subjek.slice(0, 250), teks: surel.teks, html: surel.html }];
    });
    if (antre.length > 0) await tx.antreanSurel.createMany({ data: antre });
  }
  return baru.length;
}
