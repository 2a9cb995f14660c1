// Capaian kinerja organisasi (skp-domain.md §5.1, §5.3). Murni.
// - Unit pembawa capaian: OPD saja (bawaan) atau juga bidang/bagian, diatur per instansi.
// - Pegawai dikelompokkan ke unit pembawa terdekat di atas (atau sama dengan) unit jabatannya.
// - Pimpinan unit pembawa: rating hasil kerjanya = capaian unit yang dipimpinnya menurut pemetaan (bawaan §5.3 [I]).
import type { PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import type { Rating } from "@/lib/penilaian/kuadran";

export type JenisUnit = "SEKRETARIAT_DAERAH" | "OPD" | "BAGIAN" | "BIDANG" | "SUBBAGIAN" | "SUBBIDANG" | "UPT";
export type CakupanCapaian = "OPD" | "OPD_DAN_BIDANG";

export const LABEL_CAKUPAN: Readonly<Record<CakupanCapaian, string>> = {
  OPD: "Perangkat daerah (OPD dan Sekretariat Daerah) saja",
  OPD_DAN_BIDANG: "OPD dan juga bidang/bagian di dalamnya",
};

const PEMBAWA: Readonly<Record<CakupanCapaian, readonly JenisUnit[]>> = {
  OPD: ["SEKRETARIAT_DAERAH", "OPD"],
  OPD_DAN_BIDANG: ["SEKRETARIAT_DAERAH", "OPD", "BIDANG", "BAGIAN", "UPT"],
};

export type SimpulUnit = { id: string; parentId: string | null; jenis: JenisUnit };

export function pembawaCapaian(u: SimpulUnit, cakupan: CakupanCapaian): boolean {
  // Unit akar selalu membawa capaian (tempat pegawai dikelompokkan bila tidak ada pembawa lain).
  return u.parentId === null || PEMBAWA[cakupan].includes(u.jenis);
}

/** Unit pembawa capaian terdekat di atas (atau sama dengan) `unitId`; null bila unit tidak dikenal. */
export function unitCapaian(units: ReadonlyMap<string, SimpulUnit>, unitId: string, cakupan: CakupanCapaian): string | null {
  const dilihat = new Set<string>();
  for (let u = units.get(unitId); u && !dilihat.has(u.id); u = u.parentId ? units.get(u.parentId) : undefined) {
    dilihat.add(u.id);
    if (pembawaCapaian(u, cakupan)) return u.id;
  }
  return null;
}

export type PemetaanPimpinan = Readonly<Record<PredikatOrganisasi, Rating>>;

/** Bawaan §5.3 [I]: Istimewa → Di Atas, Baik → Sesuai, selebihnya → Di Bawah. */
export const PEMETAAN_PIMPINAN_BAWAAN: PemetaanPimpinan = {
  ISTIMEWA: "DI_ATAS",
  BAIK: "SESUAI",
  BUTUH_PERBAIKAN: "DI_BAWAH",
  KURANG: "DI_BAWAH",
  SANGAT_KURANG: "DI_BAWAH",
};

export function ratingPimpinan(capaian: PredikatOrganisasi, pemetaan: PemetaanPimpinan = PEMETAAN_PIMPINAN_BAWAAN): Rating {
  return pemetaan[capaian];
}

export type SimpulJabatanUnit = { id: string; parentId: string | null; unitKerjaId: string };

/**
 * Unit pembawa yang dipimpin oleh pemangku jabatan ini: jabatan teratas di unit pembawa itu (induknya di luar unit
 * itu atau tidak ada). null bila jabatan ini bukan pimpinan unit pembawa.
 */
export function unitYangDipimpin(
  jabatan: ReadonlyMap<string, SimpulJabatanUnit>,
  units: ReadonlyMap<string, SimpulUnit>,
  jabatanId: string,
  cakupan: CakupanCapaian,
): string | null {
  const j = jabatan.get(jabatanId);
  if (!j) return null;
  const u = units.get(j.unitKerjaId);
  if (!u || !pembawaCapaian(u, cakupan)) return null;
  const induk = j.parentId ? jabatan.get(j.parentId) : undefined;
  return !induk || induk.unitKerjaId !== j.unitKerjaId ? u.id : null;
}

/**
 * Unit tempat pemangku jabatan ini dihitung dalam kurva distribusi: unit pembawa terdekat di atas unit jabatannya;
 * bagi pimpinan unit pembawa, unit pembawa di atas unit yang dipimpinnya (ia bukan staf unitnya sendiri), atau null
 * bila unitnya unit akar (mis. kepala OPD yang dinilai Sekda: predikatnya mengikuti capaian OPD-nya).
 */
export function unitKurva(
  jabatan: ReadonlyMap<string, SimpulJabatanUnit>,
  units: ReadonlyMap<string, SimpulUnit>,
  jabatanId: string,
  cakupan: CakupanCapaian,
): string | null {
  const j = jabatan.get(jabatanId);
  if (!j) return null;
  const dipimpin = unitYangDipimpin(jabatan, units, jabatanId, cakupan);
  if (!dipimpin) return unitCapaian(units, j.unitKerjaId, cakupan);
  const induk = units.get(dipimpin)?.parentId;
  return induk ? unitCapaian(units, induk, cakupan) : null;
}
