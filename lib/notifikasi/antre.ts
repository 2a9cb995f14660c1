// Inti penulisan notifikasi (tanpa "server-only": dipakai juga oleh pekerja di luar React, dengan klien Prisma sendiri).
// Layanan memakai pembungkusnya, lib/notifikasi/tulis.ts, yang mengisi opsi dari lingkungan.
import type { Prisma } from "@/generated/prisma/client";
import { susunPesan, susunSurel, type Peristiwa } from "@/lib/notifikasi/pesan";

export type OpsiAntre = {
  /** SMTP diatur: surel diantrekan untuk penerima yang mau dan punya alamat. */
  smtp: boolean;
  /** Alamat dasar tautan di surel. */
  urlDasar: string;
};

export async function beriTahuDengan(
  tx: Prisma.TransactionClient,
  opsi: OpsiAntre,
  peristiwa: Peristiwa,
  idPeristiwa: string,
  penerima: readonly (string | null | undefined)[],
): Promise<number> {
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
  if (baru.length > 0 && opsi.smtp) {
    const per = new Map(orang.map((o) => [o.id, o]));
    const surel = susunSurel(pesan, opsi.urlDasar);
    const antre = baru.flatMap((n) => {
      const o = per.get(n.pegawaiId);
      const alamat = o?.email?.trim();
      if (!o || !alamat || !o.pengguna?.aktif || !o.pengguna.notifikasiSurel) return [];
      return [{ instansiId: o.instansiId, notifikasiId: n.id, kepada: alamat, subjek: surel.subjek.slice(0, 250), teks: surel.teks, html: surel.html }];
    });
    if (antre.length > 0) await tx.antreanSurel.createMany({ data: antre });
  }
  return baru.length;
}
