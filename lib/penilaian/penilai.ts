// Siapa yang menilai satu periode (skp-domain.md §1.1, §3.5): pejabat penilai pada tanggal acuan periode itu —
// hari terakhir periode, atau hari terakhir segmen SKP bila jabatannya berakhir lebih dulu (mutasi). Plt/Plh
// dihitung sebagaimana lib/organisasi/hierarki.ts; seseorang tidak pernah menilai dirinya sendiri. Murni.
import { atasanPejabatPenilai, pejabatPenilai, type Hierarki, type Penilai } from "@/lib/organisasi/hierarki";

type Rentang = { mulai: Date; selesai: Date };

/** Tanggal acuan penilaian: akhir periode dibatasi ke masa berlaku SKP. */
export function tanggalAcuanPenilaian(periode: Rentang, skp: Rentang): Date {
  return periode.selesai.getTime() <= skp.selesai.getTime() ? periode.selesai : skp.selesai;
}

export type PenilaiPeriode = { acuan: Date; penilai: Penilai | null; atasanPenilai: Penilai | null };

export function penilaiPeriode(h: Hierarki, pegawaiId: string, periode: Rentang, skp: Rentang): PenilaiPeriode {
  const acuan = tanggalAcuanPenilaian(periode, skp);
  return { acuan, penilai: pejabatPenilai(h, pegawaiId, acuan), atasanPenilai: atasanPejabatPenilai(h, pegawaiId, acuan) };
}

/** Apakah `aktorPegawaiId` adalah pejabat penilai `pegawaiId` untuk periode ini. */
export function bolehMenilai(h: Hierarki, aktorPegawaiId: string, pegawaiId: string, periode: Rentang, skp: Rentang): boolean {
  if (aktorPegawaiId === pegawaiId) return false;
  const p = penilaiPeriode(h, pegawaiId, periode, skp).penilai;
  return p?.tipe === "PEGAWAI" && p.pegawaiId === aktorPegawaiId;
}

export const pegawaiIdDari = (p: Penilai | null): string | null => (p?.tipe === "PEGAWAI" ? p.pegawaiId : null);
