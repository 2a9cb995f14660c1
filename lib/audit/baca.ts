import "server-only";
// Penampil jejak audit: saring menurut pegawai (sasaran: akunnya, dirinya, SKP-nya), pelaku, aksi, entitas dan
// rentang tanggal; urut terbaru dulu dengan halaman KEYSET (created_at, id) — bukan OFFSET — memakai indeks
// (instansi_id, created_at, id). Cakupan instansi selalu dari pemanggil (sudah diotorisasi), null = semua (superadmin).
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { kodeKursorWaktu, uraiKursorWaktu, type KursorWaktu } from "@/lib/kursor";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { saringanCari } from "@/lib/akun/baca";

export const UKURAN_HALAMAN_AUDIT = 50;
/** Pegawai yang cocok dengan isian "pegawai"/"pelaku" yang dipakai menyaring (nama yang terlalu umum: persempit). */
const MAKS_COCOK = 50;

export type SaringanAudit = { pegawai?: string; pelaku?: string; aksi?: string; entitas?: string; dari?: Date; sampai?: Date };

export type BarisAudit = {
  id: string;
  waktu: Date;
  aksi: string;
  entitas: string;
  entitasId: string | null;
  pelaku: { nama: string; nip: string } | null;
  data: unknown;
};

async function pegawaiCocok(instansiId: string | null, q: string) {
  return prisma.pegawai.findMany({
    where: { ...(instansiId ? { instansiId } : {}), ...saringanCari(q) },
    select: { id: true, pengguna: { select: { id: true } } },
    take: MAKS_COCOK,
  });
}

/** Saringan Prisma jejak audit; null bila isian pegawai/pelaku tidak cocok dengan siapa pun (hasil kosong). */
export async function whereAudit(instansiId: string | null, s: SaringanAudit): Promise<Prisma.JejakAuditWhereInput | null> {
  const dan: Prisma.JejakAuditWhereInput[] = [instansiId ? { instansiId } : {}];
  if (s.aksi) dan.push({ aksi: s.aksi });
  if (s.entitas) dan.push({ entitas: s.entitas });
  if (s.dari || s.sampai) dan.push({ createdAt: { ...(s.dari ? { gte: s.dari } : {}), ...(s.sampai ? { lt: s.sampai } : {}) } });
  if (s.pelaku?.trim()) {
    const p = await pegawaiCocok(instansiId, s.pelaku);
    const ids = p.flatMap((x) => (x.pengguna ? [x.pengguna.id] : []));
    if (!ids.length) return null;
    dan.push({ penggunaId: { in: ids } });
  }
  if (s.pegawai?.trim()) {
    const p = await pegawaiCocok(instansiId, s.pegawai);
    if (!p.length) return null;
    const skp = await prisma.skp.findMany({ where: { pegawaiId: { in: p.map((x) => x.id) } }, select: { id: true }, take: 500 });
    const sasaran = [...p.map((x) => x.id), ...p.flatMap((x) => (x.pengguna ? [x.pengguna.id] : [])), ...skp.map((x) => x.id)];
    dan.push({ entitasId: { in: sasaran } });
  }
  return { AND: dan };
}

const keyset = (k: KursorWaktu): Prisma.JejakAuditWhereInput => ({ OR: [{ createdAt: { lt: k.waktu } }, { createdAt: k.waktu, id: { lt: k.id } }] });

/** Satu halaman (terbaru dulu) setelah kursor; `berikut` untuk halaman sesudahnya. */
export async function getJejakAudit(instansiId: string | null, s: SaringanAudit, kursor?: string): Promise<{ baris: BarisAudit[]; berikut: string | null }> {
  const where = await whereAudit(instansiId, s);
  if (!where) return { baris: [], berikut: null };
  const k = uraiKursorWaktu(kursor);
  const rows = await bacaBatch(k ? { AND: [where, keyset(k)] } : where, UKURAN_HALAMAN_AUDIT + 1);
  const tampil = rows.slice(0, UKURAN_HALAMAN_AUDIT);
  const akhir = tampil.at(-1);
  return { baris: tampil, berikut: rows.length > UKURAN_HALAMAN_AUDIT && akhir ? kodeKursorWaktu({ waktu: akhir.waktu, id: BigInt(akhir.id) }) : null };
}

/** Semua baris yang cocok, per batch keyset, paling banyak `batas` (ekspor). */
export async function* iterasiJejakAudit(instansiId: string | null, s: SaringanAudit, batas: number, ukuranBatch = 1000): AsyncGenerator<BarisAudit> {
  const where = await whereAudit(instansiId, s);
  if (!where) return;
  let k: KursorWaktu | null = null;
  let n = 0;
  while (n < batas) {
    const take = Math.min(ukuranBatch, batas - n);
    const rows = await bacaBatch(k ? { AND: [where, keyset(k)] } : where, take);
    for (const r of rows) yield r;
    n += rows.length;
    const akhir = rows.at(-1);
    if (!akhir || rows.length < take) return;
    k = { waktu: akhir.waktu, id: BigInt(akhir.id) };
  }
}

async function bacaBatch(where: Prisma.JejakAuditWhereInput, take: number): Promise<BarisAudit[]> {
  const rows = await prisma.jejakAudit.findMany({
    where,
    select: { id: true, createdAt: true, aksi: true, entitas: true, entitasId: true, penggunaId: true, data: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  const ids = [...new Set(rows.flatMap((r) => (r.penggunaId ? [r.penggunaId] : [])))];
  const pengguna = ids.length
    ? await prisma.pengguna.findMany({ where: { id: { in: ids } }, select: { id: true, pegawai: { select: { nip: true, gelarDepan: true, nama: true, gelarBelakang: true } } } })
    : [];
  const per = new Map(pengguna.map((p) => [p.id, { nama: formatNamaGelar(p.pegawai), nip: formatNip(p.pegawai.nip) }]));
  return rows.map((r) => ({ id: r.id.toString(), waktu: r.createdAt, aksi: r.aksi, entitas: r.entitas, entitasId: r.entitasId, pelaku: r.penggunaId ? (per.get(r.penggunaId) ?? null) : null, data: r.data }));
}

