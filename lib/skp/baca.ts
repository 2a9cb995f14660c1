import "server-only";
// Pembacaan SKP untuk halaman. Jumlah kueri tetap per halaman, berapa pun jumlah RHK atau bawahan.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Aktor } from "@/lib/auth/permissions";
import { getBeranda, getRiwayatJabatanTahun, hariIni, type SegmenJabatan } from "@/lib/organisasi/beranda";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { bolehBacaSkp, konteksAksesSkp, peranTerhadapSkp } from "@/lib/skp/akses";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import { bacaSnapshot, type IdentitasSnapshot } from "@/lib/skp/identitas";
import { aksiTersedia, type AksiSkp, type StatusSkp } from "@/lib/skp/workflow";
import type { PeranTerhadapSkp } from "@/lib/skp/workflow";
import { adalahUuid } from "@/lib/id";
import { bagianSkp, type BagianSkp } from "@/lib/skp/rute";


const selectRingkas = {
  id: true,
  jabatanId: true,
  mulai: true,
  selesai: true,
  status: true,
  versi: true,
  revisiDariId: true,
  pendekatan: true,
  varian: true,
  updatedAt: true,
  alasanDitolak: true,
} satisfies Prisma.SkpSelect;
export type SkpRingkas = Prisma.SkpGetPayload<{ select: typeof selectRingkas }>;

export type SegmenDenganSkp = SegmenJabatan & {
  /** Semua versi SKP segmen ini yang masih berarti (bukan DIGANTI), terbaru dulu. */
  skp: SkpRingkas[];
};

export type SumberSalin = { id: string; tahun: number; jabatan: string; status: StatusSkp; jumlahRhk: number };

/** SKP sendiri dari tahun sebelumnya yang dapat disalin (terbaru dulu). Satu kueri. */
export async function getSumberSalin(aktor: Aktor, tahun: number): Promise<SumberSalin[]> {
  const rows = await prisma.skp.findMany({
    where: { pegawaiId: aktor.pegawaiId, status: { in: ["DISETUJUI", "DIGANTI", "DRAFT", "DITOLAK", "DIAJUKAN"] }, periode: { tahun: { lt: tahun } }, revisi: null },
    // RHK sebagai id (paling banyak belasan per SKP), bukan _count: _count Prisma menghitung seluruh tabel rhk.
    select: { id: true, status: true, pegawaiSnapshot: true, periode: { select: { tahun: true } }, rhk: { select: { id: true } } },
    orderBy: [{ periode: { tahun: "desc" } }, { mulai: "desc" }],
    take: 10,
  });
  return rows
    .filter((r) => r.rhk.length > 0)
    .map((r) => ({ id: r.id, tahun: r.periode.tahun, jabatan: bacaSnapshot(r.pegawaiSnapshot)?.jabatan ?? "", status: r.status, jumlahRhk: r.rhk.length }));
}

/** "SKP Saya": setiap jabatan definitif tahun itu dengan SKP-nya. 2 + kueri hierarki. */
export async function getSkpSaya(aktor: Aktor, tahun: number): Promise<SegmenDenganSkp[]> {
  const [segmen, skp] = await Promise.all([
    getRiwayatJabatanTahun(aktor, tahun),
    prisma.skp.findMany({
      where: { pegawaiId: aktor.pegawaiId, periode: { tahun, instansiId: aktor.instansiId }, status: { not: "DIGANTI" } },
      select: selectRingkas,
      orderBy: { versi: "desc" },
    }),
  ]);
  return segmen.map((s) => ({
    ...s,
    skp: skp.filter((k) => k.jabatanId === s.kartu.jabatanId && k.mulai.getTime() === s.mulai.getTime()),
  }));
}

const selectDetail = {
  ...selectRingkas,
  pegawaiId: true,
  penilaiPegawaiId: true,
  pegawaiSnapshot: true,
  penilaiSnapshot: true,
  atasanPenilaiSnapshot: true,
  diajukanAt: true,
  disetujuiAt: true,
  createdAt: true,
  pegawai: { select: { instansiId: true } },
  periode: { select: { tahun: true, ritme: true } },
  jabatan: { select: { jenis: true } },
  revisi: { select: { id: true, status: true, versi: true } },
  rhk: {
    select: {
      id: true,
      jenis: true,
      urutan: true,
      teks: true,
      perspektif: true,
      penugasanDari: true,
      dariMatriks: true,
      rhkAtasanId: true,
      rhkAtasan: { select: { id: true, teks: true, skp: { select: { pegawaiSnapshot: true } } } },
      iki: {
        select: { id: true, urutan: true, aspek: true, indikator: true, targetMin: true, targetMaks: true, satuan: true, targetTeks: true },
        orderBy: { urutan: "asc" },
      },
    },
    orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
  },
  perilaku: { select: { nilai: true, ekspektasi: true } },
  lampiran: { select: { jenis: true, urutan: true, teks: true }, orderBy: { urutan: "asc" } },
} satisfies Prisma.SkpSelect;

type SkpMentah = Prisma.SkpGetPayload<{ select: typeof selectDetail }>;

export type IkiTampil = SkpMentah["rhk"][number]["iki"][number] & { targetMin: number | null; targetMaks: number | null };
export type RhkTampil = Omit<SkpMentah["rhk"][number], "iki" | "rhkAtasan"> & {
  iki: IkiTampil[];
  rhkAtasan: { id: string; teks: string } | null;
};

export type DetailSkp = Omit<SkpMentah, "rhk" | "pegawaiSnapshot" | "penilaiSnapshot" | "atasanPenilaiSnapshot" | "perilaku"> & {
  pegawaiSnapshot: IdentitasSnapshot;
  penilaiSnapshot: IdentitasSnapshot | null;
  atasanPenilaiSnapshot: IdentitasSnapshot | null;
  rhk: RhkTampil[];
  perilaku: { kode: (typeof NILAI_BERAKHLAK)[number]["kode"]; nama: string; panduan: readonly string[]; ekspektasi: string | null }[];
  peran: PeranTerhadapSkp;
  /** Bagian portal tempat SKP ini dibuka oleh aktor (alamat, menu, remah roti). */
  bagian: BagianSkp;
  aksi: AksiSkp[];
};

/** SKP lengkap bila aktor boleh membacanya; null bila tidak ada atau tidak berhak (tidak dibedakan). */
export async function getDetailSkp(aktor: Aktor, skpId: string): Promise<DetailSkp | null> {
  if (!adalahUuid(skpId)) return null;
  const s = await prisma.skp.findUnique({ where: { id: skpId }, select: selectDetail });
  if (!s) return null;
  const pegawai = bacaSnapshot(s.pegawaiSnapshot)!;
  const penilai = bacaSnapshot(s.penilaiSnapshot);
  const atasan = bacaSnapshot(s.atasanPenilaiSnapshot);
  const konteks = konteksAksesSkp(s);
  if (!bolehBacaSkp(aktor, konteks)) return null;
  const peran = peranTerhadapSkp(aktor, konteks);
  const perPerilaku = new Map(s.perilaku.map((p) => [p.nilai, p.ekspektasi]));
  return {
    ...s,
    pegawaiSnapshot: pegawai,
    penilaiSnapshot: penilai,
    atasanPenilaiSnapshot: atasan,
    rhk: s.rhk.map((r) => ({
      ...r,
      rhkAtasan: r.rhkAtasan ? { id: r.rhkAtasan.id, teks: r.rhkAtasan.teks } : null,
      iki: r.iki.map((i) => ({ ...i, targetMin: i.targetMin?.toNumber() ?? null, targetMaks: i.targetMaks?.toNumber() ?? null })),
    })) as RhkTampil[],
    perilaku: NILAI_BERAKHLAK.map((n) => ({ kode: n.kode, nama: n.nama, panduan: n.panduan, ekspektasi: perPerilaku.get(n.kode) ?? null })),
    peran,
    bagian: bagianSkp(aktor, konteks),
    aksi: aksiTersedia(s.status, peran, { adaRevisiTerbuka: s.revisi !== null, pernahDisetujui: s.disetujuiAt !== null, segmenBerakhir: s.selesai < hariIni() }),
  };
}

export type PilihanRhkAtasan = { id: string; teks: string; jenis: "UTAMA" | "TAMBAHAN"; skpId: string; versi: number };

/**
 * RHK yang boleh diintervensi: dari SKP pejabat penilai yang disetujui dan beririsan periodenya.
 * Kosong bila penilai belum punya SKP yang disetujui.
 */
export async function getPilihanRhkAtasan(skp: Pick<DetailSkp, "penilaiPegawaiId" | "mulai" | "selesai">): Promise<PilihanRhkAtasan[]> {
  if (!skp.penilaiPegawaiId) return [];
  const rows = await prisma.rhk.findMany({
    where: { skp: { pegawaiId: skp.penilaiPegawaiId, status: "DISETUJUI", mulai: { lte: skp.selesai }, selesai: { gte: skp.mulai } } },
    select: { id: true, teks: true, jenis: true, skpId: true, skp: { select: { versi: true } } },
    orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, teks: r.teks, jenis: r.jenis, skpId: r.skpId, versi: r.skp.versi }));
}

export type EntriRiwayat = { waktu: Date; aksi: string; oleh: string | null; data: Prisma.JsonValue };

/** Riwayat SKP (semua versinya) dari jejak audit, terbaru dulu. Dua kueri. */
export async function getRiwayatSkp(skpIds: string[]): Promise<EntriRiwayat[]> {
  const rows = await prisma.jejakAudit.findMany({
    where: { entitas: "Skp", entitasId: { in: skpIds } },
    select: { createdAt: true, aksi: true, data: true, penggunaId: true },
    orderBy: { id: "desc" },
    take: 200,
  });
  const ids = [...new Set(rows.flatMap((r) => (r.penggunaId ? [r.penggunaId] : [])))];
  const pengguna = await prisma.pengguna.findMany({
    where: { id: { in: ids } },
    select: { id: true, pegawai: { select: { gelarDepan: true, nama: true, gelarBelakang: true } } },
  });
  const nama = new Map(pengguna.map((p) => [p.id, formatNamaGelar(p.pegawai)]));
  return rows.map((r) => ({ waktu: r.createdAt, aksi: r.aksi, oleh: r.penggunaId ? (nama.get(r.penggunaId) ?? null) : null, data: r.data }));
}

export type BarisBawahan = {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  skp: (SkpRingkas & { diajukanAt: Date | null; penilaiPegawaiId: string | null; jumlahRhk: number })[];
};

/**
 * "SKP Bawahan": bawahan langsung hari ini beserta SKP tahun itu, ditambah SKP lain yang menunggu
 * persetujuan aktor (mis. bawahan yang sudah mutasi). 3 kueri + hierarki.
 */
export async function getSkpBawahan(aktor: Aktor, tahun: number): Promise<{ baris: BarisBawahan[]; menunggu: number }> {
  const b = await getBeranda(aktor);
  const ids = b.bawahan.map((k) => k.pegawaiId);
  const skpRhk = await prisma.skp.findMany({
    where: {
      periode: { tahun, instansiId: aktor.instansiId },
      status: { not: "DIGANTI" },
      OR: [{ pegawaiId: { in: ids } }, { penilaiPegawaiId: aktor.pegawaiId }],
    },
    select: { ...selectRingkas, pegawaiId: true, penilaiPegawaiId: true, diajukanAt: true, pegawaiSnapshot: true, rhk: { select: { id: true } } },
    orderBy: { versi: "desc" },
  });
  // Jumlah RHK dari id RHK SKP-SKP ini (bukan _count Prisma, yang menghitung seluruh tabel rhk lalu JOIN).
  const skp = skpRhk.map(({ rhk, ...x }) => ({ ...x, jumlahRhk: rhk.length }));
  const baris: BarisBawahan[] = b.bawahan.map((k) => ({
    pegawaiId: k.pegawaiId,
    nama: k.nama,
    nip: k.nip,
    jabatan: k.jabatan,
    skp: skp.filter((s) => s.pegawaiId === k.pegawaiId),
  }));
  const lain = skp.filter((s) => !ids.includes(s.pegawaiId));
  for (const s of lain) {
    const snap = bacaSnapshot(s.pegawaiSnapshot);
    let row = baris.find((r) => r.pegawaiId === s.pegawaiId);
    if (!row) {
      row = { pegawaiId: s.pegawaiId, nama: snap?.nama ?? "", nip: snap?.nip ?? "", jabatan: snap?.jabatan ?? "", skp: [] };
      baris.push(row);
    }
    row.skp.push(s);
  }
  const menunggu = skp.filter((s) => s.status === "DIAJUKAN" && s.penilaiPegawaiId === aktor.pegawaiId).length;
  return { baris, menunggu };
}

export type { StatusSkp };
