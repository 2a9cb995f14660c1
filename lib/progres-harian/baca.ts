import "server-only";
// Pembacaan progres harian untuk halaman. Jumlah kueri tetap: tidak bergantung pada jumlah entri, hari atau bawahan.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { hariIni } from "@/lib/organisasi/beranda";
import { aturanProgres, liburInstansi } from "@/lib/progres-harian/layanan";
import type { AturanProgres, StatusProgres } from "@/lib/progres-harian/aturan";
import { awalMinggu, hariKerja, hariSeminggu, isoTanggal, tambahHari } from "@/lib/progres-harian/kalender";

export type EntriTampil = {
  id: string;
  tanggal: Date;
  jamMulai: number;
  jamSelesai: number;
  kegiatan: string;
  realisasi: number;
  satuan: string;
  status: StatusProgres;
  catatan: string | null;
  terlambatHari: number;
  rencanaAksiId: string;
  rencanaAksi: string;
  bukti: { id: string; nama: string } | null;
  tautan: string | null;
};

export type PilihanRencanaAksi = {
  id: string;
  uraian: string;
  satuan: string | null;
  skpId: string;
  periode: string;
  mulai: Date;
  selesai: Date;
  rhk: string;
  bukti: { id: string; nama: string }[];
};

export type HariMinggu = { tanggal: Date; iso: string; kerja: boolean; libur: string | null; entri: EntriTampil[]; menit: number };

export type HarianSaya = {
  senin: Date;
  hariIni: Date;
  hari: HariMinggu[];
  rencanaAksi: PilihanRencanaAksi[];
  aturan: AturanProgres;
  /** Entri yang dikembalikan pejabat penilai (di minggu mana pun), terbaru dulu. */
  dikembalikan: EntriTampil[];
  /** Jumlah entri minggu ini per status. */
  perStatus: Record<StatusProgres, number>;
};

const BATAS_DIKEMBALIKAN = 50;
const BATAS_BUKTI_PER_RA = 30;

const selectEntri = {
  id: true,
  tanggal: true,
  jamMulai: true,
  jamSelesai: true,
  kegiatan: true,
  realisasi: true,
  satuan: true,
  status: true,
  catatan: true,
  terlambatHari: true,
  rencanaAksiId: true,
  tautan: true,
  rencanaAksi: { select: { uraian: true } },
  bukti: { select: { id: true, nama: true } },
} as const;

type BarisEntri = {
  id: string;
  tanggal: Date;
  jamMulai: number;
  jamSelesai: number;
  kegiatan: string;
  realisasi: { toNumber(): number };
  satuan: string;
  status: StatusProgres;
  catatan: string | null;
  terlambatHari: number;
  rencanaAksiId: string;
  tautan: string | null;
  rencanaAksi: { uraian: string };
  bukti: { id: string; nama: string } | null;
};

const keTampil = (e: BarisEntri): EntriTampil => ({
  id: e.id,
  tanggal: e.tanggal,
  jamMulai: e.jamMulai,
  jamSelesai: e.jamSelesai,
  kegiatan: e.kegiatan,
  realisasi: e.realisasi.toNumber(),
  satuan: e.satuan,
  status: e.status,
  catatan: e.catatan,
  terlambatHari: e.terlambatHari,
  rencanaAksiId: e.rencanaAksiId,
  rencanaAksi: e.rencanaAksi.uraian,
  bukti: e.bukti,
  tautan: e.tautan,
});

/** Rencana aksi yang dapat diisi progres harian: SKP saya yang disetujui, periode evaluasi yang buka. */
export async function pilihanRencanaAksi(aktor: Aktor): Promise<PilihanRencanaAksi[]> {
  const baris = await prisma.rencanaAksi.findMany({
    where: { periode: { status: "BUKA" }, rhk: { skp: { pegawaiId: aktor.pegawaiId, status: "DISETUJUI" } } },
    select: {
      id: true,
      uraian: true,
      satuan: true,
      periode: { select: { label: true, mulai: true, selesai: true, urutan: true } },
      rhk: { select: { teks: true, skp: { select: { id: true, mulai: true, selesai: true } } } },
      bukti: { where: { status: "SIAP", jenis: "BERKAS" }, select: { id: true, nama: true }, orderBy: { createdAt: "desc" }, take: BATAS_BUKTI_PER_RA },
    },
    orderBy: [{ periode: { urutan: "asc" } }, { rhk: { urutan: "asc" } }, { urutan: "asc" }],
  });
  return baris.map((r) => ({
    id: r.id,
    uraian: r.uraian,
    satuan: r.satuan,
    skpId: r.rhk.skp.id,
    periode: r.periode.label,
    mulai: r.periode.mulai > r.rhk.skp.mulai ? r.periode.mulai : r.rhk.skp.mulai,
    selesai: r.periode.selesai < r.rhk.skp.selesai ? r.periode.selesai : r.rhk.skp.selesai,
    rhk: r.rhk.teks,
    bukti: r.bukti,
  }));
}

/** Minggu progres harian pegawai (Senin–Minggu yang memuat `tanggal`). Enam kueri. */
export async function getHarianSaya(aktor: Aktor, tanggal: Date | null): Promise<HarianSaya> {
  const hari = hariIni();
  const senin = awalMinggu(tanggal ?? hari);
  const minggu = tambahHari(senin, 6);
  const [entri, rencanaAksi, aturan, libur, namaLibur, dikembalikan] = await Promise.all([
    prisma.progresHarian.findMany({
      where: { pegawaiId: aktor.pegawaiId, tanggal: { gte: senin, lte: minggu } },
      select: selectEntri,
      orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }],
    }),
    pilihanRencanaAksi(aktor),
    aturanProgres(aktor.instansiId),
    liburInstansi(aktor.instansiId, senin, minggu),
    prisma.hariLibur.findMany({ where: { instansiId: aktor.instansiId, tanggal: { gte: senin, lte: minggu } }, select: { tanggal: true, nama: true } }),
    prisma.progresHarian.findMany({
      where: { pegawaiId: aktor.pegawaiId, status: "DIKEMBALIKAN" },
      select: selectEntri,
      orderBy: [{ ditinjauAt: "desc" }],
      take: BATAS_DIKEMBALIKAN,
    }),
  ]);
  const nama = new Map(namaLibur.map((l) => [isoTanggal(l.tanggal), l.nama]));
  const tampil = entri.map(keTampil);
  const perStatus: Record<StatusProgres, number> = { DRAF: 0, DIAJUKAN: 0, DISETUJUI: 0, DIKEMBALIKAN: 0 };
  for (const e of tampil) perStatus[e.status]++;
  return {
    senin,
    hariIni: hari,
    hari: hariSeminggu(senin).map((t) => {
      const iso = isoTanggal(t);
      const di = tampil.filter((e) => e.tanggal.getTime() === t.getTime());
      return { tanggal: t, iso, kerja: hariKerja(t, libur), libur: nama.get(iso) ?? null, entri: di, menit: di.reduce((s, e) => s + e.jamSelesai - e.jamMulai, 0) };
    }),
    rencanaAksi,
    aturan,
    dikembalikan: dikembalikan.map(keTampil),
    perStatus,
  };
}

// ─── Tinjauan pejabat penilai ────────────────────────────────────────────────────────────────

export type EntriTinjau = EntriTampil & { pegawaiId: string; nama: string; nip: string; diajukanAt: Date | null };
export const BATAS_TINJAU = 500;

/**
 * Entri bawahan yang saya nilai (pejabat penilai SKP-nya; admin BKD untuk SKP yang penilainya pimpinan instansi),
 * menurut status. Satu kueri, berapa pun jumlah bawahan; paling banyak BATAS_TINJAU baris (yang tertua dulu).
 */
export async function getTinjauanHarian(aktor: Aktor, status: StatusProgres = "DIAJUKAN"): Promise<{ entri: EntriTinjau[]; terpotong: boolean }> {
  const adminDi = aktor.isSuperadmin ? null : aktor.adminInstansiIds;
  const baris = await prisma.$queryRaw<
    {
      id: string;
      tanggal: Date;
      jam_mulai: number;
      jam_selesai: number;
      kegiatan: string;
      realisasi: string;
      satuan: string;
      status: StatusProgres;
      catatan: string | null;
      terlambat_hari: number;
      rencana_aksi_id: string;
      uraian: string;
      tautan: string | null;
      bukti_id: string | null;
      bukti_nama: string | null;
      pegawai_id: string;
      gelar_depan: string | null;
      nama: string;
      gelar_belakang: string | null;
      nip: string;
      diajukan_at: Date | null;
    }[]
  >`
    SELECT ph.id, ph.tanggal, ph.jam_mulai, ph.jam_selesai, ph.kegiatan, ph.realisasi::text AS realisasi, ph.satuan,
      ph.status::text AS status, ph.catatan, ph.terlambat_hari, ph.rencana_aksi_id, ra.uraian, ph.tautan,
      b.id AS bukti_id, b.nama AS bukti_nama, p.id AS pegawai_id, p.gelar_depan, p.nama, p.gelar_belakang, p.nip, ph.diajukan_at
    FROM skp s
    JOIN progres_harian ph ON ph.skp_id = s.id AND ph.status = ${status}::"StatusProgresHarian"
    JOIN pegawai p ON p.id = s.pegawai_id
    JOIN rencana_aksi ra ON ra.id = ph.rencana_aksi_id
    LEFT JOIN bukti_dukung b ON b.id = ph.bukti_id
    WHERE s.pegawai_id <> ${aktor.pegawaiId}::uuid
      AND (s.penilai_pegawai_id = ${aktor.pegawaiId}::uuid
        OR (s.penilai_pegawai_id IS NULL AND (${adminDi === null} OR p.instansi_id = ANY(${adminDi ?? []}::uuid[]))))
    ORDER BY p.nama, ph.tanggal, ph.jam_mulai
    LIMIT ${BATAS_TINJAU + 1}`;
  const entri = baris.slice(0, BATAS_TINJAU).map((b) => ({
    id: b.id,
    tanggal: b.tanggal,
    jamMulai: b.jam_mulai,
    jamSelesai: b.jam_selesai,
    kegiatan: b.kegiatan,
    realisasi: Number(b.realisasi),
    satuan: b.satuan,
    status: b.status,
    catatan: b.catatan,
    terlambatHari: b.terlambat_hari,
    rencanaAksiId: b.rencana_aksi_id,
    rencanaAksi: b.uraian,
    bukti: b.bukti_id ? { id: b.bukti_id, nama: b.bukti_nama ?? "" } : null,
    tautan: b.tautan,
    pegawaiId: b.pegawai_id,
    nama: formatNamaGelar({ gelarDepan: b.gelar_depan, nama: b.nama, gelarBelakang: b.gelar_belakang }),
    nip: b.nip,
    diajukanAt: b.diajukan_at,
  }));
  return { entri, terpotong: baris.length > BATAS_TINJAU };
}

// ─── Periode: pelaksanaan dan penilaian ─────────────────────────────────────────────────────

/** Jumlah realisasi harian yang disetujui per rencana aksi dan satuan pada satu SKP dan periode. Satu kueri. */
export async function jumlahHarianDisetujui(skpId: string, periodeId: string): Promise<{ rencanaAksiId: string; rhkId: string; satuan: string; total: number; entri: number }[]> {
  const baris = await prisma.$queryRaw<{ rencana_aksi_id: string; rhk_id: string; satuan: string; total: string; entri: number }[]>`
    SELECT ph.rencana_aksi_id, ra.rhk_id, ph.satuan, sum(ph.realisasi)::text AS total, count(*)::int AS entri
    FROM progres_harian ph JOIN rencana_aksi ra ON ra.id = ph.rencana_aksi_id
    WHERE ph.skp_id = ${skpId}::uuid AND ph.status = 'DISETUJUI' AND ra.periode_evaluasi_id = ${periodeId}::uuid
    GROUP BY ph.rencana_aksi_id, ra.rhk_id, ph.satuan`;
  return baris.map((b) => ({ rencanaAksiId: b.rencana_aksi_id, rhkId: b.rhk_id, satuan: b.satuan, total: Number(b.total), entri: b.entri }));
}

/** Log harian satu SKP dalam rentang tanggal periode (untuk penilai di halaman evaluasi). Pemanggil sudah memeriksa hak baca. */
export async function logHarianPeriode(skpId: string, mulai: Date, selesai: Date, batas = 400): Promise<{ entri: EntriTampil[]; terpotong: boolean }> {
  const baris = await prisma.progresHarian.findMany({
    where: { skpId, tanggal: { gte: mulai, lte: selesai } },
    select: selectEntri,
    orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }],
    take: batas + 1,
  });
  return { entri: baris.slice(0, batas).map(keTampil), terpotong: baris.length > batas };
}

/** SKP saya yang disetujui dan sedang berjalan (untuk keadaan kosong /harian: ke mana menambah rencana aksi). Satu kueri. */
export async function skpDisetujuiSaya(aktor: Aktor): Promise<{ id: string } | null> {
  const hari = hariIni();
  return prisma.skp.findFirst({
    where: { pegawaiId: aktor.pegawaiId, status: "DISETUJUI", mulai: { lte: hari }, selesai: { gte: hari } },
    select: { id: true },
    orderBy: { mulai: "desc" },
  });
}
