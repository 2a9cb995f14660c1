import "server-only";
// Daftar untuk halaman Dokumen: dokumen yang menunggu tanda tangan aktor (SKP disetujui dan penilaian final tahun
// ini, sebagai pegawai atau pejabat penilai) dan unit yang dokumennya boleh diunduh sekaligus. Kueri terbatas
// (tidak bergantung pada besar tim): SKP, evaluasi, dokumen terdaftar, tanda tangan aktor.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { pembawaCapaian } from "@/lib/penilaian/organisasi";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";
import { bacaSnapshot } from "@/lib/skp/identitas";
import { kunciSubjek, unitDipimpinPegawai, type SubjekDokumen } from "@/lib/dokumen/muat";
import type { JenisDokumen, PeranTtd } from "@/lib/dokumen/jenis";

export type BarisMenunggu = { subjek: SubjekDokumen; jenis: JenisDokumen; skpId: string; kode: string | null; nama: string; peran: PeranTtd; tahun: number };

export async function getMenungguTandaTangan(aktor: Aktor, tahun: number): Promise<BarisMenunggu[]> {
  const [skp, evaluasi] = await Promise.all([
    prisma.skp.findMany({
      where: { status: "DISETUJUI", periode: { tahun }, OR: [{ pegawaiId: aktor.pegawaiId }, { penilaiPegawaiId: aktor.pegawaiId }] },
      select: { id: true, pegawaiId: true, pegawaiSnapshot: true },
      take: 500,
    }),
    prisma.evaluasiKinerja.findMany({
      where: { status: "FINAL", skp: { periode: { tahun } }, OR: [{ skp: { pegawaiId: aktor.pegawaiId } }, { penilaiPegawaiId: aktor.pegawaiId }] },
      select: { skpId: true, kode: true, pegawaiSnapshot: true, penilaiPegawaiId: true, skp: { select: { pegawaiId: true } } },
      take: 1000,
    }),
  ]);
  const calon: BarisMenunggu[] = [];
  for (const s of skp) {
    const peran: PeranTtd = s.pegawaiId === aktor.pegawaiId ? "PEGAWAI" : "PENILAI";
    calon.push({ subjek: { jenis: "SKP", skpId: s.id }, jenis: "SKP", skpId: s.id, kode: null, nama: bacaSnapshot(s.pegawaiSnapshot)?.nama ?? "", peran, tahun });
  }
  for (const e of evaluasi) {
    const peran: PeranTtd = e.skp.pegawaiId === aktor.pegawaiId ? "PEGAWAI" : "PENILAI";
    for (const jenis of ["EVALUASI", "DOKUMEN_EVALUASI"] as const) {
      calon.push({ subjek: { jenis, skpId: e.skpId, kode: e.kode }, jenis, skpId: e.skpId, kode: e.kode, nama: bacaSnapshot(e.pegawaiSnapshot)?.nama ?? "", peran, tahun });
    }
  }
  if (calon.length === 0) return [];
  const sudah = await prisma.tandaTanganDokumen.findMany({
    where: { pegawaiId: aktor.pegawaiId, dokumen: { subjek: { in: calon.map((c) => kunciSubjek(c.subjek)) }, digantikanAt: null } },
    select: { dokumen: { select: { subjek: true } } },
  });
  const ditandatangani = new Set(sudah.map((s) => s.dokumen.subjek));
  return calon.filter((c) => !ditandatangani.has(kunciSubjek(c.subjek)));
}

export type UnitDokumen = { id: string; nama: string; final: number; penetapan: boolean };

/** Unit pembawa capaian yang dokumennya boleh diunduh sekaligus: semua bagi admin BKD, unit yang dipimpin bagi pimpinan. */
export async function getUnitDokumen(aktor: Aktor, instansiId: string, tahun: number, kode: string): Promise<UnitDokumen[]> {
  const admin = aktor.isSuperadmin || aktor.adminInstansiIds.includes(instansiId);
  const [units, pengaturan] = await Promise.all([getUnitKerja(instansiId), getPengaturanPenilaian(instansiId)]);
  let pembawa = [...units.values()].filter((u) => pembawaCapaian({ id: u.id, parentId: u.parentId, jenis: u.jenis }, pengaturan.cakupanCapaian));
  if (!admin) {
    if (aktor.instansiId !== instansiId) return [];
    const dipimpin = new Set(await unitDipimpinPegawai(instansiId, aktor.pegawaiId, new Date()));
    pembawa = pembawa.filter((u) => dipimpin.has(u.id));
  }
  if (pembawa.length === 0) return [];
  const ids = pembawa.map((u) => u.id);
  const [hitung, penetapan] = await Promise.all([
    prisma.evaluasiKinerja.groupBy({ by: ["unitCapaianId"], where: { unitCapaianId: { in: ids }, kode, status: "FINAL", skp: { periode: { tahun, instansiId } } }, _count: true }),
    prisma.penetapanDistribusi.findMany({ where: { unitKerjaId: { in: ids }, tahun, kode }, select: { unitKerjaId: true } }),
  ]);
  const n = new Map(hitung.map((h) => [h.unitCapaianId, h._count]));
  const p = new Set(penetapan.map((x) => x.unitKerjaId));
  return pembawa.map((u) => ({ id: u.id, nama: u.nama, final: n.get(u.id) ?? 0, penetapan: p.has(u.id) }));
}
