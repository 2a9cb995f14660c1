import "server-only";
// Cakupan penampil jejak audit dari URL: admin BKD hanya instansinya (pilihInstansiDikelola, id dari URL hanya
// petunjuk); superadmin juga "semua" instansi. Saringan dari searchParams, dibatasi panjangnya.
import type { Aktor } from "@/lib/auth/permissions";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { rentangTanggalWib } from "@/lib/audit/label";
import type { SaringanAudit } from "@/lib/audit/baca";

export const SEMUA_INSTANSI = "semua";
const satu = (v: unknown) => (typeof v === "string" ? v : undefined);
const potong = (v: unknown, n: number) => (satu(v) ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, n) || undefined;

export type CakupanAudit = {
  daftar: { id: string; nama: string; kode: string }[];
  /** null: semua instansi (superadmin). */
  instansiId: string | null;
  nama: string;
};

export async function cakupanAudit(aktor: Aktor, diminta: unknown): Promise<CakupanAudit | null> {
  if (aktor.isSuperadmin && diminta === SEMUA_INSTANSI) {
    const d = await pilihInstansiDikelola(aktor, undefined, "kelola-akun");
    return { daftar: d?.daftar ?? [], instansiId: null, nama: "Semua instansi" };
  }
  const d = await pilihInstansiDikelola(aktor, satu(diminta), "kelola-akun");
  return d ? { daftar: d.daftar, instansiId: d.pilihan.id, nama: d.pilihan.nama } : null;
}

export type IsianSaringan = { pegawai?: string; pelaku?: string; aksi?: string; entitas?: string; dari?: string; sampai?: string };

export function bacaSaringan(sp: Record<string, unknown>): { isian: IsianSaringan; saringan: SaringanAudit } {
  const isian: IsianSaringan = {
    pegawai: potong(sp.pegawai, 100),
    pelaku: potong(sp.pelaku, 100),
    aksi: potong(sp.aksi, 80)?.toUpperCase(),
    entitas: potong(sp.entitas, 80),
    dari: potong(sp.dari, 10),
    sampai: potong(sp.sampai, 10),
  };
  const r = rentangTanggalWib(isian.dari, isian.sampai);
  return { isian, saringan: { pegawai: isian.pegawai, pelaku: isian.pelaku, aksi: isian.aksi, entitas: isian.entitas, dari: r.dari, sampai: r.sampai } };
}
