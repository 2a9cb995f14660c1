import "server-only";
// Daftar SKP satu instansi untuk admin BKD: cari nama/NIP, saring OPD dan status, berhalaman. Kueri tetap:
// unit (1, bersama), tahun kinerja (1), jumlah per status (1, GROUP BY), jumlah baris (1, hanya dengan saringan status),
// urutan satu halaman (1), isi halaman itu (1).
// SKP milik instansi = SKP pada tahun kinerja (periode_kinerja) instansi itu, juga SKP pegawai yang kemudian pindah
// ke instansi lain. Tanpa pencarian, jumlah dihitung dari indeks skp (periode_id, status) saja, tanpa join pegawai.
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { unitDanTurunan } from "@/lib/organisasi/unit";
import { bacaSnapshot } from "@/lib/skp/identitas";
import type { StatusSkp } from "@/lib/skp/workflow";

export const UKURAN_HALAMAN_SKP = 50;
export const STATUS_DAFTAR = ["DRAFT", "DIAJUKAN", "DITOLAK", "DISETUJUI"] as const satisfies readonly StatusSkp[];

export type SaringanSkp = { tahun: number; q?: string; opdId?: string; status?: (typeof STATUS_DAFTAR)[number]; halaman: number };

export type BarisSkpAdmin = { id: string; status: StatusSkp; versi: number; mulai: Date; selesai: Date; nama: string; nip: string | null; jabatan: string; unitKerja: string | null; diubah: Date };

export type DaftarSkpAdmin = {
  opd: { id: string; nama: string }[];
  perStatus: Record<(typeof STATUS_DAFTAR)[number], number>;
  total: number;
  baris: BarisSkpAdmin[];
};

/**
 * Satu halaman tanpa pencarian: urut nama lewat indeks pegawai (instansi_id, nama), sehingga halaman awal tidak
 * mengurutkan puluhan ribu SKP per permintaan. SKP tahun itu milik pegawai yang kini di instansi lain (mutasi antar
 * instansi, jarang) ikut dihitung dan tampil di halaman terakhir, setelah semua pegawai instansi.
 */
async function urutanCepat(instansiId: string, periodeId: string, status: SaringanSkp["status"], lewati: number): Promise<{ id: string }[]> {
  const st = status ? Prisma.sql`AND s.status = ${status}::"StatusSkp"` : Prisma.empty;
  const dalam = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM pegawai p JOIN skp s ON s.pegawai_id = p.id
    WHERE p.instansi_id = ${instansiId}::uuid AND s.periode_id = ${periodeId}::uuid AND s.status <> 'DIGANTI' ${st}
    ORDER BY p.nama, s.mulai, s.versi DESC LIMIT ${UKURAN_HALAMAN_SKP} OFFSET ${lewati}`;
  if (dalam.length === UKURAN_HALAMAN_SKP) return dalam;
  // Akhir daftar pegawai instansi: lanjutkan dengan SKP pegawai yang sudah pindah instansi.
  const jumlahDalam =
    dalam.length > 0
      ? lewati + dalam.length
      : Number(
          (
            await prisma.$queryRaw<{ n: bigint }[]>`
              SELECT count(*) AS n FROM pegawai p JOIN skp s ON s.pegawai_id = p.id
              WHERE p.instansi_id = ${instansiId}::uuid AND s.periode_id = ${periodeId}::uuid AND s.status <> 'DIGANTI' ${st}`
          )[0]!.n,
        );
  const luar = await prisma.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM skp s JOIN pegawai p ON p.id = s.pegawai_id
    WHERE p.instansi_id <> ${instansiId}::uuid AND s.periode_id = ${periodeId}::uuid AND s.status <> 'DIGANTI' ${st}
    ORDER BY p.nama, s.mulai, s.versi DESC LIMIT ${UKURAN_HALAMAN_SKP - dalam.length} OFFSET ${Math.max(0, lewati - jumlahDalam)}`;
  return [...dalam, ...luar];
}

export async function getDaftarSkpAdmin(instansiId: string, s: SaringanSkp): Promise<DaftarSkpAdmin> {
  const units = await getUnitKerja(instansiId);
  const opd = [...units.values()].filter((u) => !u.parentId).map((u) => ({ id: u.id, nama: u.nama }));
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId, tahun: s.tahun } }, select: { id: true } });
  if (!pk) return { opd, perStatus: Object.fromEntries(STATUS_DAFTAR.map((st) => [st, 0])) as DaftarSkpAdmin["perStatus"], total: 0, baris: [] };
  const dasar: Prisma.SkpWhereInput = { periodeId: pk.id, status: { not: "DIGANTI" } };
  if (s.opdId && units.has(s.opdId)) dasar.jabatan = { unitKerjaId: { in: unitDanTurunan(units, s.opdId) } };
  const q = s.q?.replace(/\s+/g, " ").trim();
  if (q) {
    const digit = q.replace(/\s/g, "");
    dasar.pegawai = {
      OR: [{ nama: { contains: q, mode: "insensitive" } }, ...(/^\d{3,18}$/.test(digit) ? [{ nip: { startsWith: digit } }] : [])],
    };
  }
  const where: Prisma.SkpWhereInput = s.status ? { ...dasar, status: s.status } : dasar;
  const [kelompok, total, halaman] = await Promise.all([
    prisma.skp.groupBy({ by: ["status"], where: dasar, _count: { _all: true } }),
    // Tanpa saringan status, jumlah baris = jumlah semua kelompok status (tanpa kueri sendiri).
    s.status ? prisma.skp.count({ where }) : Promise.resolve(null),
    !q && !dasar.jabatan
      ? urutanCepat(instansiId, pk.id, s.status, (s.halaman - 1) * UKURAN_HALAMAN_SKP)
      : // Dengan pencarian/saringan OPD himpunannya lebih kecil; urutan dari baris sempit (tanpa snapshot JSON).
        prisma.skp.findMany({
          where,
          select: { id: true },
          orderBy: [{ pegawai: { nama: "asc" } }, { mulai: "asc" }, { versi: "desc" }],
          skip: (s.halaman - 1) * UKURAN_HALAMAN_SKP,
          take: UKURAN_HALAMAN_SKP,
        }),
  ]);
  const isi = new Map(
    (
      await prisma.skp.findMany({
        where: { id: { in: halaman.map((h) => h.id) } },
        select: { id: true, status: true, versi: true, mulai: true, selesai: true, pegawaiSnapshot: true, updatedAt: true },
      })
    ).map((b) => [b.id, b]),
  );
  const baris = halaman.map((h) => isi.get(h.id)!).filter(Boolean);
  const perStatus = Object.fromEntries(STATUS_DAFTAR.map((st) => [st, kelompok.find((k) => k.status === st)?._count._all ?? 0])) as DaftarSkpAdmin["perStatus"];
  return {
    opd,
    perStatus,
    total: total ?? kelompok.reduce((a, k) => a + k._count._all, 0),
    baris: baris.map((b) => {
      const p = bacaSnapshot(b.pegawaiSnapshot);
      return { id: b.id, status: b.status, versi: b.versi, mulai: b.mulai, selesai: b.selesai, nama: p?.nama ?? "", nip: p?.nip ?? null, jabatan: p?.jabatan ?? "", unitKerja: p?.unitKerja ?? null, diubah: b.updatedAt };
    }),
  };
}
