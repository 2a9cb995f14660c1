import "server-only";
// Ekspor TPP (issue #16 butir 2): data per pegawai satu OPD (atau semua OPD) untuk satu bulan. Pegawai = siapa pun
// yang memangku jabatan di unit OPD itu pada suatu hari bulan itu (yang pindah/pensiun dalam bulan itu tetap ada,
// dengan alasan pengecualian). Kueri terbatas berapa pun besar OPD-nya: pohon unit (cache), periode evaluasi, libur
// bulan itu, lalu satu agregat SQL per batch keyset (nama, id) — hari kerja wajib dan kelengkapan dihitung murni
// (lib/progres-harian/rekap.ts rekapPegawai, lib/tpp/kolom.ts).
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { akarOpd } from "@/lib/penilaian/monitoring";
import { hariIni } from "@/lib/organisasi/beranda";
import { KOLOM_AGREGAT_HARIAN, konteksLaporanHarian, sqlAgregatHarian, type KonteksLaporanHarian } from "@/lib/progres-harian/laporan";
import { liburInstansi } from "@/lib/progres-harian/layanan";
import { rentangBulan } from "@/lib/progres-harian/kalender";
import { rekapPegawai, type Bulan } from "@/lib/progres-harian/rekap";
import type { Predikat, Rating } from "@/lib/penilaian/kuadran";
import { kolomSah, KOLOM_BAWAAN_TPP, type DataPegawaiTpp, type JenisPengecualianTpp, type KunciKolomTpp, type PredikatOrganisasiTpp, type StatusEvaluasiTpp } from "@/lib/tpp/kolom";

export const SEMUA_OPD = "semua";
export const BATAS_PRATINJAU_TPP = 50;
const UKURAN_BATCH = 1000;

export type SetKolom = { id: string; nama: string; kolom: KunciKolomTpp[]; bawaan: boolean };
export type KonteksTpp = Omit<KonteksLaporanHarian, "opd"> & {
  /** null = semua OPD. */
  opd: { id: string; nama: string } | null;
  setKolom: SetKolom[];
  /** Set terpilih (parameter, atau bawaan, atau set pertama); null bila instansi belum punya set (kolom bawaan). */
  set: SetKolom | null;
  kolom: KunciKolomTpp[];
  periode: { id: string; kode: string; label: string; mulai: Date; selesai: Date } | null;
};

/** Instansi, OPD ("semua" = semua OPD), bulan dan set kolom dari parameter. null = tidak berhak atau parameter tidak sah. */
export async function konteksTpp(aktor: Aktor, diminta: { instansi?: string; unit?: string; bulan?: string; set?: string }): Promise<KonteksTpp | null> {
  const semua = !diminta.unit || diminta.unit === SEMUA_OPD;
  const k = await konteksLaporanHarian(aktor, { instansi: diminta.instansi, unit: semua ? undefined : diminta.unit, bulan: diminta.bulan });
  if (!k) return null;
  const { mulai, selesai } = rentangBulan(k.bulan.tahun, k.bulan.bulan);
  const [daftarSet, periode] = await Promise.all([
    prisma.setKolomTpp.findMany({ where: { instansiId: k.instansi.id }, select: { id: true, nama: true, kolom: true, bawaan: true }, orderBy: [{ bawaan: "desc" }, { nama: "asc" }] }),
    prisma.periodeEvaluasi.findFirst({
      where: { periodeKinerja: { instansiId: k.instansi.id, tahun: k.bulan.tahun }, mulai: { lte: selesai }, selesai: { gte: mulai }, kode: { not: "AKHIR" } },
      select: { id: true, kode: true, label: true, mulai: true, selesai: true },
      orderBy: { urutan: "asc" },
    }),
  ]);
  const setKolom = daftarSet.map((s) => ({ ...s, kolom: kolomSah(s.kolom) }));
  const set = diminta.set ? setKolom.find((s) => s.id === diminta.set) : setKolom[0];
  if (diminta.set && !set) return null;
  return { ...k, opd: semua ? null : k.opd, setKolom, set: set ?? null, kolom: set && set.kolom.length > 0 ? set.kolom : [...KOLOM_BAWAAN_TPP], periode };
}

type BarisSql = {
  pegawaiId: string; nip: string; gelarDepan: string | null; nama: string; gelarBelakang: string | null; status: "PNS" | "PPPK"; golongan: string;
  jabatan: string; unit: string; opd: string; skpMulai: Date | null; skpSelesai: Date | null;
  evStatus: StatusEvaluasiTpp | null; ratingHasil: Rating | null; ratingPerilaku: Rating | null; predikat: Predikat | null; alasanDikecualikan: string | null;
  indikator: number; realisasi: number; capaian: PredikatOrganisasiTpp | null;
  pengecualianJenis: JenisPengecualianTpp | null; pengecualianAlasan: string | null;
  berhentiSejak: Date | null; keluarSejak: Date | null;
  tanggalTerisi: string[]; entri: number; terlambat: number; hariTerlambat: number; draf: number; diajukan: number; disetujui: number; dikembalikan: number;
};

const uuidArr = (xs: readonly string[]) => Prisma.sql`${[...xs]}::uuid[]`;

type Sumber = { instansiId: string; opdId: string | null; bulan: Bulan; periode: KonteksTpp["periode"] };

function dasarSql(s: Sumber, units: Awaited<ReturnType<typeof getUnitKerja>>): Prisma.Sql {
  const { mulai, selesai } = rentangBulan(s.bulan.tahun, s.bulan.bulan);
  const { unitIds, opdIds } = akarOpd(units, s.opdId);
  return Prisma.sql`
    akar AS (SELECT * FROM unnest(${uuidArr(unitIds)}, ${uuidArr(opdIds)}) AS t(id, opd_id)),
    pj AS (
      SELECT DISTINCT ON (pj.pegawai_id) pj.pegawai_id, pj.jabatan_id, j.unit_kerja_id, a.opd_id, pj.tmt_selesai
      FROM penugasan_jabatan pj JOIN jabatan j ON j.id = pj.jabatan_id JOIN akar a ON a.id = j.unit_kerja_id
      WHERE j.instansi_id = ${s.instansiId}::uuid AND pj.tmt_mulai <= ${selesai} AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${mulai})
      ORDER BY pj.pegawai_id, (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${selesai}) DESC, (pj.jenis = 'DEFINITIF') DESC, pj.tmt_mulai DESC
    ),
    peg AS (
      SELECT pj.*, p.nama, p.instansi_id, p.tmt_berhenti FROM pj JOIN pegawai p ON p.id = pj.pegawai_id
      WHERE p.instansi_id = ${s.instansiId}::uuid AND (CASE WHEN p.tmt_berhenti IS NULL THEN p.aktif ELSE p.tmt_berhenti > ${mulai} END)
    )`;
}

/** Jumlah pegawai ekspor (pratinjau: "50 pertama dari N"). */
export async function hitungPegawaiTpp(s: Sumber): Promise<number> {
  const units = await getUnitKerja(s.instansiId);
  const [r] = await prisma.$queryRaw<{ n: number }[]>`WITH ${dasarSql(s, units)} SELECT COUNT(*)::int AS n FROM peg`;
  return r?.n ?? 0;
}

async function batchTpp(s: Sumber, units: Awaited<ReturnType<typeof getUnitKerja>>, libur: ReadonlySet<string>, batas: number, setelah: { nama: string; id: string } | null): Promise<DataPegawaiTpp[]> {
  const { mulai, selesai } = rentangBulan(s.bulan.tahun, s.bulan.bulan);
  const pe = s.periode;
  const kursor = setelah ? Prisma.sql`WHERE (peg.nama, peg.pegawai_id) > (${setelah.nama}, ${setelah.id}::uuid)` : Prisma.empty;
  const perPeriode = pe
    ? Prisma.sql`,
    ev AS (
      SELECT DISTINCT ON (s.pegawai_id) s.pegawai_id, e.status, e.rating_hasil, e.rating_perilaku, e.predikat, e.alasan_dikecualikan
      FROM evaluasi_kinerja e JOIN skp s ON s.id = e.skp_id JOIN hal ON hal.pegawai_id = s.pegawai_id
      WHERE e.periode_evaluasi_id = ${pe.id}::uuid
      ORDER BY s.pegawai_id, (e.status = 'FINAL') DESC, (e.status = 'DIKECUALIKAN') DESC, e.updated_at DESC
    ),
    ind AS (
      SELECT s.pegawai_id, COUNT(i.id)::int AS indikator
      FROM skp s JOIN hal ON hal.pegawai_id = s.pegawai_id JOIN rhk r ON r.skp_id = s.id JOIN iki i ON i.rhk_id = r.id
      WHERE s.status = 'DISETUJUI' AND s.mulai <= ${pe.selesai} AND s.selesai >= ${pe.mulai}
      GROUP BY s.pegawai_id
    ),
    real AS (
      SELECT s.pegawai_id, SUM(ps.realisasi)::int AS realisasi
      FROM progres_skp ps JOIN skp s ON s.id = ps.skp_id JOIN hal ON hal.pegawai_id = s.pegawai_id
      WHERE ps.periode_evaluasi_id = ${pe.id}::uuid AND s.status = 'DISETUJUI'
      GROUP BY s.pegawai_id
    ),
    cap AS (
      SELECT DISTINCT ON (c.unit_kerja_id) c.unit_kerja_id, c.predikat
      FROM capaian_organisasi c
      WHERE c.instansi_id = ${s.instansiId}::uuid AND c.tahun = ${s.bulan.tahun} AND c.kode = ${pe.kode} AND c.unit_kerja_id IN (SELECT DISTINCT opd_id FROM hal)
      ORDER BY c.unit_kerja_id, c.created_at DESC
    )`
    : Prisma.sql`,
    ev AS (SELECT NULL::uuid AS pegawai_id, NULL::text AS status, NULL::text AS rating_hasil, NULL::text AS rating_perilaku, NULL::text AS predikat, NULL::text AS alasan_dikecualikan WHERE false),
    ind AS (SELECT NULL::uuid AS pegawai_id, 0 AS indikator WHERE false),
    real AS (SELECT NULL::uuid AS pegawai_id, 0 AS realisasi WHERE false),
    cap AS (SELECT NULL::uuid AS unit_kerja_id, NULL::text AS predikat WHERE false)`;
  const baris = await prisma.$queryRaw<BarisSql[]>`
    WITH ${dasarSql(s, units)},
    hal AS (SELECT * FROM peg ${kursor} ORDER BY peg.nama, peg.pegawai_id LIMIT ${batas}),
    sk AS (
      SELECT s.pegawai_id, MIN(s.mulai) AS mulai, MAX(s.selesai) AS selesai
      FROM skp s JOIN hal ON hal.pegawai_id = s.pegawai_id
      WHERE s.status = 'DISETUJUI' AND s.mulai <= ${selesai} AND s.selesai >= ${mulai}
      GROUP BY s.pegawai_id
    ),
    ${sqlAgregatHarian(s.instansiId, mulai, selesai)},
    kec AS (
      SELECT DISTINCT ON (x.pegawai_id) x.pegawai_id, x.jenis, x.alasan
      FROM pengecualian_pegawai x JOIN hal ON hal.pegawai_id = x.pegawai_id
      WHERE x.instansi_id = ${s.instansiId}::uuid AND x.mulai <= ${selesai} AND (x.selesai IS NULL OR x.selesai >= ${mulai})
      ORDER BY x.pegawai_id, x.mulai DESC
    )${perPeriode}
    SELECT p.id AS "pegawaiId", p.nip, p.gelar_depan AS "gelarDepan", p.nama, p.gelar_belakang AS "gelarBelakang", p.status::text AS status, p.golongan,
      jb.nama AS jabatan, u.nama AS unit, o.nama AS opd, sk.mulai AS "skpMulai", sk.selesai AS "skpSelesai",
      ev.status::text AS "evStatus", ev.rating_hasil::text AS "ratingHasil", ev.rating_perilaku::text AS "ratingPerilaku", ev.predikat::text AS predikat,
      ev.alasan_dikecualikan AS "alasanDikecualikan", COALESCE(ind.indikator, 0) AS indikator, COALESCE(real.realisasi, 0) AS realisasi, cap.predikat::text AS capaian,
      kec.jenis::text AS "pengecualianJenis", kec.alasan AS "pengecualianAlasan",
      CASE WHEN hal.tmt_berhenti IS NOT NULL AND hal.tmt_berhenti <= ${selesai} THEN hal.tmt_berhenti END AS "berhentiSejak",
      CASE WHEN hal.tmt_selesai < ${selesai} AND NOT (hal.tmt_berhenti IS NOT NULL AND hal.tmt_berhenti <= ${selesai}) THEN hal.tmt_selesai END AS "keluarSejak",
      ${KOLOM_AGREGAT_HARIAN}
    FROM hal JOIN pegawai p ON p.id = hal.pegawai_id JOIN jabatan jb ON jb.id = hal.jabatan_id
      JOIN unit_kerja u ON u.id = hal.unit_kerja_id JOIN unit_kerja o ON o.id = hal.opd_id
      LEFT JOIN sk ON sk.pegawai_id = hal.pegawai_id LEFT JOIN ph ON ph.pegawai_id = hal.pegawai_id LEFT JOIN kx ON kx.pegawai_id = hal.pegawai_id
      LEFT JOIN kec ON kec.pegawai_id = hal.pegawai_id LEFT JOIN ev ON ev.pegawai_id = hal.pegawai_id
      LEFT JOIN ind ON ind.pegawai_id = hal.pegawai_id LEFT JOIN real ON real.pegawai_id = hal.pegawai_id
      LEFT JOIN cap ON cap.unit_kerja_id = hal.opd_id
    ORDER BY hal.nama, hal.pegawai_id`;
  const hari = hariIni();
  return baris.map((b): DataPegawaiTpp => {
    const adaSkp = b.skpMulai !== null && b.skpSelesai !== null;
    const harian = adaSkp ? rekapPegawai({ ...b, jabatan: b.jabatan, unit: b.unit, skpMulai: b.skpMulai!, skpSelesai: b.skpSelesai! }, s.bulan, hari, libur) : null;
    return {
      pegawaiId: b.pegawaiId, nip: b.nip, gelarDepan: b.gelarDepan, nama: b.nama, gelarBelakang: b.gelarBelakang, status: b.status, golongan: b.golongan,
      jabatan: b.jabatan, unit: b.unit, opd: b.opd, adaPeriode: pe !== null, adaSkp,
      evaluasi: b.evStatus ? { status: b.evStatus, ratingHasil: b.ratingHasil, ratingPerilaku: b.ratingPerilaku, predikat: b.predikat, alasanDikecualikan: b.alasanDikecualikan } : null,
      indikator: b.indikator, realisasi: b.realisasi, capaianOrganisasi: b.capaian,
      pengecualian: b.pengecualianJenis ? { jenis: b.pengecualianJenis, alasan: b.pengecualianAlasan ?? "" } : null,
      berhentiSejak: b.berhentiSejak, keluarOpdSejak: b.keluarSejak,
      harian: harian ? { hariKerja: harian.hariKerja, hariTerisi: harian.hariTerisi, terlambat: harian.terlambat, hariTerlambat: harian.hariTerlambat } : null,
    };
  });
}

/**
 * Semua pegawai ekspor dalam batch keyset (nama, id) berukuran tetap: memori terbatas untuk OPD ribuan pegawai,
 * dua kueri tetap (unit, libur) ditambah satu kueri per batch. `batas` membatasi jumlah baris (pratinjau).
 */
export async function* iterasiTpp(s: Sumber, batas = Number.POSITIVE_INFINITY, ukuranBatch = UKURAN_BATCH): AsyncGenerator<DataPegawaiTpp> {
  const { mulai, selesai } = rentangBulan(s.bulan.tahun, s.bulan.bulan);
  const [units, libur] = await Promise.all([getUnitKerja(s.instansiId), liburInstansi(s.instansiId, mulai, selesai)]);
  let setelah: { nama: string; id: string } | null = null;
  let n = 0;
  while (n < batas) {
    const ambil = Math.min(ukuranBatch, batas - n);
    const isi = await batchTpp(s, units, libur, ambil, setelah);
    for (const d of isi) yield d;
    n += isi.length;
    if (isi.length < ambil) return;
    const akhir = isi[isi.length - 1]!;
    setelah = { nama: akhir.nama, id: akhir.pegawaiId };
  }
}

export async function pratinjauTpp(s: Sumber): Promise<{ baris: DataPegawaiTpp[]; jumlah: number }> {
  const [baris, jumlah] = await Promise.all([
    (async () => {
      const hasil: DataPegawaiTpp[] = [];
      for await (const d of iterasiTpp(s, BATAS_PRATINJAU_TPP)) hasil.push(d);
      return hasil;
    })(),
    hitungPegawaiTpp(s),
  ]);
  return { baris, jumlah };
}

export const sumberTpp = (k: KonteksTpp): Sumber => ({ instansiId: k.instansi.id, opdId: k.opd?.id ?? null, bulan: k.bulan, periode: k.periode });
