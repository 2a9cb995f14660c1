import "server-only";
// Laporan bulanan progres harian per OPD (issue #15 butir 3) untuk pengelola TPP: pegawai OPD itu (penugasan yang
// berlaku pada akhir bulan, seperti Monitoring Pengisian: lib/penilaian/monitoring.ts sqlPenugasanOpd) yang punya SKP
// disetujui meliputi bulan itu. Jumlah kueri tetap berapa pun besar OPD-nya: pohon unit (cache), libur bulan itu,
// dan satu agregat SQL per pegawai; hari kerja wajib dan hari kosong dihitung murni (lib/progres-harian/rekap.ts).
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { pilihOpdDikelola } from "@/lib/organisasi/struktur";
import { hariIni } from "@/lib/organisasi/beranda";
import { sqlPenugasanOpd } from "@/lib/penilaian/monitoring";
import { liburInstansi } from "@/lib/progres-harian/layanan";
import { rentangBulan } from "@/lib/progres-harian/kalender";
import { bacaBulan, bulanSebelum, rekapPegawai, totalRekap, type AgregatHarianPegawai, type Bulan, type RekapPegawai, type TotalRekap } from "@/lib/progres-harian/rekap";

export type KonteksLaporanHarian = {
  instansi: { id: string; nama: string };
  banyakInstansi: boolean;
  daftarOpd: { id: string; nama: string }[];
  /** OPD terpilih (bawaan: OPD pertama); null bila instansi belum punya unit. */
  opd: { id: string; nama: string } | null;
  bulan: Bulan;
};

/**
 * Instansi (admin instansi itu atau superadmin), OPD dan bulan dari parameter. null = tidak berhak atau parameter
 * tidak sah (halaman/rute menjawab 403/404). Bulan bawaan: bulan berjalan (sampai kemarin), atau bulan lalu pada tanggal 1.
 */
export async function konteksLaporanHarian(aktor: Aktor, diminta: { instansi?: string; unit?: string; bulan?: string }): Promise<KonteksLaporanHarian | null> {
  const p = await pilihOpdDikelola(aktor, diminta);
  if (!p) return null;
  const hari = hariIni();
  const kini = { tahun: hari.getUTCFullYear(), bulan: hari.getUTCMonth() + 1 };
  const bulan = diminta.bulan ? bacaBulan(diminta.bulan) : hari.getUTCDate() === 1 ? bulanSebelum(kini) : kini;
  if (!bulan) return null;
  return { ...p, bulan };
}

/**
 * CTE "ph": agregat progres harian per pegawai dalam rentang (tanggal terisi, entri, keterlambatan, status) untuk
 * pegawai di CTE "sk" (SKP disetujui). Dipakai laporan ini dan ekspor TPP (lib/tpp/data.ts).
 */
export const sqlAgregatHarian = (instansiId: string, mulai: Date, selesai: Date): Prisma.Sql => Prisma.sql`ph AS (
        SELECT e.pegawai_id,
          array_agg(DISTINCT to_char(e.tanggal, 'YYYY-MM-DD')) AS terisi,
          COUNT(*)::int AS entri,
          COUNT(*) FILTER (WHERE e.terlambat_hari > 0)::int AS terlambat,
          COALESCE(SUM(e.terlambat_hari), 0)::int AS hari_terlambat,
          COUNT(*) FILTER (WHERE e.status = 'DRAF')::int AS draf,
          COUNT(*) FILTER (WHERE e.status = 'DIAJUKAN')::int AS diajukan,
          COUNT(*) FILTER (WHERE e.status = 'DISETUJUI')::int AS disetujui,
          COUNT(*) FILTER (WHERE e.status = 'DIKEMBALIKAN')::int AS dikembalikan
        FROM progres_harian e JOIN sk ON sk.pegawai_id = e.pegawai_id
        WHERE e.instansi_id = ${instansiId}::uuid AND e.tanggal BETWEEN ${mulai} AND ${selesai}
        GROUP BY e.pegawai_id
      ),
      kx AS (
        SELECT x.pegawai_id, json_agg(json_build_object('mulai', x.mulai, 'selesai', x.selesai, 'jenis', x.jenis, 'alasan', x.alasan) ORDER BY x.mulai) AS daftar
        FROM pengecualian_pegawai x JOIN sk ON sk.pegawai_id = x.pegawai_id
        WHERE x.instansi_id = ${instansiId}::uuid AND x.mulai <= ${selesai} AND (x.selesai IS NULL OR x.selesai >= ${mulai})
        GROUP BY x.pegawai_id
      )`;

/** Kolom SELECT dari CTE "ph" dan "kx" (LEFT JOIN ph dan kx) dengan nama AgregatHarianPegawai. */
export const KOLOM_AGREGAT_HARIAN = Prisma.sql`COALESCE(ph.terisi, '{}') AS "tanggalTerisi", COALESCE(ph.entri, 0) AS entri, COALESCE(ph.terlambat, 0) AS terlambat,
        COALESCE(ph.hari_terlambat, 0) AS "hariTerlambat", COALESCE(ph.draf, 0) AS draf, COALESCE(ph.diajukan, 0) AS diajukan,
        COALESCE(ph.disetujui, 0) AS disetujui, COALESCE(ph.dikembalikan, 0) AS dikembalikan,
        COALESCE(kx.daftar, '[]'::json) AS pengecualian`;

export type LaporanHarian = { baris: RekapPegawai[]; total: TotalRekap; libur: number };

export async function getLaporanHarian(instansiId: string, opdId: string, bulan: Bulan): Promise<LaporanHarian> {
  const units = await getUnitKerja(instansiId);
  const { mulai, selesai } = rentangBulan(bulan.tahun, bulan.bulan);
  const [libur, agregat] = await Promise.all([
    liburInstansi(instansiId, mulai, selesai),
    prisma.$queryRaw<AgregatHarianPegawai[]>`
      WITH ${sqlPenugasanOpd(instansiId, units, selesai, opdId)},
      sk AS (
        SELECT s.pegawai_id, MIN(s.mulai) AS mulai, MAX(s.selesai) AS selesai
        FROM skp s JOIN tugas t ON t.pegawai_id = s.pegawai_id
        WHERE s.status = 'DISETUJUI' AND s.mulai <= ${selesai} AND s.selesai >= ${mulai}
        GROUP BY s.pegawai_id
      ),
      ${sqlAgregatHarian(instansiId, mulai, selesai)}
      SELECT p.id AS "pegawaiId",
        CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')) AS nama,
        p.nip, jb.nama AS jabatan, u.nama AS unit, sk.mulai AS "skpMulai", sk.selesai AS "skpSelesai",
          ${KOLOM_AGREGAT_HARIAN}
      FROM tugas t JOIN sk ON sk.pegawai_id = t.pegawai_id
        JOIN pegawai p ON p.id = t.pegawai_id JOIN jabatan jb ON jb.id = t.jabatan_id JOIN unit_kerja u ON u.id = t.unit_kerja_id
        LEFT JOIN ph ON ph.pegawai_id = t.pegawai_id LEFT JOIN kx ON kx.pegawai_id = t.pegawai_id
      ORDER BY p.nama, p.id`,
  ]);
  const hari = hariIni();
  const baris = agregat.map((a) => rekapPegawai(a, bulan, hari, libur));
  return { baris, total: totalRekap(baris), libur: libur.size };
}

