import "server-only";
// Akses data organisasi: pohon jabatan, penugasan, pegawai, unit kerja. Jumlah kueri per halaman tetap,
// berapa pun besar instansinya: seluruh pohon jabatan instansi dimuat dalam satu kueri (kolom ringkas), penugasannya
// dalam satu kueri, lalu dihitung oleh lib/organisasi/hierarki — sekali per versi organisasi (lib/organisasi/cache.ts).
import { cache } from "react";
import { prisma } from "@/lib/db";
import { dariCacheOrganisasi } from "@/lib/organisasi/cache";
import { env } from "@/lib/env";
import type { Prisma } from "@/generated/prisma/client";
import { bangunHierarki, type Hierarki, type JenisPenugasan } from "@/lib/organisasi/hierarki";
import { formatNamaGelar, namaJabatanDenganPenugasan } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";

const selectJabatan = {
  id: true,
  parentId: true,
  jenis: true,
  nama: true,
  unitKerjaId: true,
  eselon: true,
  urutan: true,
} satisfies Prisma.JabatanSelect;

export type JabatanRingkas = Prisma.JabatanGetPayload<{ select: typeof selectJabatan }>;

export type DataHierarki = { hierarki: Hierarki; jabatan: ReadonlyMap<string, JabatanRingkas> };

/**
 * Pohon jabatan instansi + seluruh penugasannya (fungsi lib/organisasi/hierarki selalu menyaring menurut tanggal),
 * di-cache lintas permintaan per versi organisasi (lib/organisasi/cache.ts): dua kueri hanya saat versi berubah.
 */
export const getHierarki = cache(
  async (instansiId: string): Promise<DataHierarki> =>
    dariCacheOrganisasi(`hierarki:${instansiId}`, async () => {
      const [jabatan, penugasan] = await Promise.all([
        prisma.jabatan.findMany({ where: { instansiId, aktif: true }, select: selectJabatan }),
        prisma.penugasanJabatan.findMany({
          where: { jabatan: { instansiId } },
          select: { pegawaiId: true, jabatanId: true, jenis: true, tmtMulai: true, tmtSelesai: true },
        }),
      ]);
      return {
        hierarki: bangunHierarki(jabatan, penugasan, { penilaiJpt: env().SKP_PENILAI_JPT }),
        jabatan: new Map(jabatan.map((j) => [j.id, j])),
      };
    }),
);

const selectUnit = { id: true, parentId: true, nama: true, singkatan: true, jenis: true, urutan: true } satisfies Prisma.UnitKerjaSelect;
export type UnitRingkas = Prisma.UnitKerjaGetPayload<{ select: typeof selectUnit }>;

export const getUnitKerja = cache(
  async (instansiId: string): Promise<ReadonlyMap<string, UnitRingkas>> =>
    dariCacheOrganisasi(`unit:${instansiId}`, async () => {
      const units = await prisma.unitKerja.findMany({ where: { instansiId, aktif: true }, select: selectUnit, orderBy: { urutan: "asc" } });
      return new Map(units.map((u) => [u.id, u]));
    }),
);

export const getInstansi = cache(async (instansiId: string) =>
  dariCacheOrganisasi(`instansi:${instansiId}`, () =>
    prisma.instansi.findUnique({
      where: { id: instansiId },
      select: { id: true, nama: true, kode: true, jabatanPimpinan: true, namaPimpinan: true, ibukota: true },
    }),
  ),
);

/** "Bidang X, Dinas Y": unit itu dan OPD (akar pohon) tempatnya berada. */
export function namaUnitLengkap(units: ReadonlyMap<string, UnitRingkas>, unitId: string): string {
  const rantai: UnitRingkas[] = [];
  const dilihat = new Set<string>();
  for (let u = units.get(unitId); u && !dilihat.has(u.id); u = u.parentId ? units.get(u.parentId) : undefined) {
    dilihat.add(u.id);
    rantai.push(u);
  }
  if (rantai.length === 0) return "";
  const akar = rantai[rantai.length - 1];
  return rantai.length === 1 ? akar.nama : `${rantai[0].nama}, ${akar.nama}`;
}

const selectPegawai = {
  id: true,
  nip: true,
  status: true,
  gelarDepan: true,
  nama: true,
  gelarBelakang: true,
  golongan: true,
  jenisKelamin: true,
  tanggalLahir: true,
} satisfies Prisma.PegawaiSelect;

export type KartuPegawai = {
  pegawaiId: string;
  jabatanId: string;
  nama: string;
  nip: string;
  labelNip: "NIP" | "NI PPPK";
  pangkat: string;
  jabatan: string;
  jenisPenugasan: JenisPenugasan;
  unitKerja: string;
};

/** Data tampilan untuk sejumlah (pegawai, jabatan): satu kueri pegawai. */
export async function getKartuPegawai(
  instansiId: string,
  data: DataHierarki,
  daftar: readonly { pegawaiId: string; jabatanId: string; jenis: JenisPenugasan }[],
): Promise<KartuPegawai[]> {
  if (daftar.length === 0) return [];
  const ids = [...new Set(daftar.map((d) => d.pegawaiId))];
  const [pegawai, units] = await Promise.all([
    prisma.pegawai.findMany({ where: { id: { in: ids }, instansiId }, select: selectPegawai }),
    getUnitKerja(instansiId),
  ]);
  const perId = new Map(pegawai.map((p) => [p.id, p]));
  return daftar.flatMap((d) => {
    const p = perId.get(d.pegawaiId);
    const j = data.jabatan.get(d.jabatanId);
    if (!p || !j) return [];
    return [
      {
        pegawaiId: p.id,
        jabatanId: j.id,
        nama: formatNamaGelar(p),
        nip: formatNip(p.nip),
        labelNip: p.status === "PPPK" ? "NI PPPK" : "NIP",
        pangkat: formatPangkatGolongan(p.status, p.golongan),
        jabatan: namaJabatanDenganPenugasan(j.nama, d.jenis),
        jenisPenugasan: d.jenis,
        unitKerja: namaUnitLengkap(units, j.unitKerjaId),
      },
    ];
  });
}


/** Kartu untuk (pegawai, jabatan, jenis penugasan) tertentu dari hasil getKartuPegawai. */
export function cariKartu(
  kartu: readonly KartuPegawai[],
  p: { pegawaiId: string; jabatanId: string; jenis: JenisPenugasan },
): KartuPegawai | undefined {
  return kartu.find((k) => k.pegawaiId === p.pegawaiId && k.jabatanId === p.jabatanId && k.jenisPenugasan === p.jenis);
}
