import "server-only";
// Bacaan angka kredit: riwayat koefisien instansi (halaman admin), angka kredit pada hasil penilaian pegawai, dan
// daftar konversi per OPD dan periode (halaman + Excel). Jumlah kueri tetap berapa pun banyak pegawainya.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { hariIni } from "@/lib/organisasi/beranda";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { pilihOpdDikelola } from "@/lib/organisasi/struktur";
import { pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { sqlPenugasanOpd } from "@/lib/penilaian/monitoring";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import type { Predikat } from "@/lib/penilaian/kuadran";
import { hitungAk, miliDariTeks, type BarisKoefisien, type HitungAk, type Jenjang } from "@/lib/angka-kredit/aturan";
import { barisKonversi, type BarisKonversi, type EvaluasiJf } from "@/lib/angka-kredit/konversi";

export type RiwayatKoefisien = BarisKoefisien & { id: string; oleh: string | null; createdAt: Date };

/** Semua baris koefisien instansi (puluhan baris: 8 jenjang × perubahan), terbaru dahulu per jenjang. Satu kueri. */
export async function riwayatKoefisien(instansiId: string): Promise<RiwayatKoefisien[]> {
  const rows = await prisma.$queryRaw<{ id: string; jenjang: Jenjang; koefisien: string; berlaku_mulai: Date; oleh: string | null; created_at: Date }[]>`
    SELECT k.id, k.jenjang::text AS jenjang, k.koefisien::text AS koefisien, k.berlaku_mulai, k.created_at,
      CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')) AS oleh
    FROM koefisien_angka_kredit k LEFT JOIN pengguna g ON g.id = k.dibuat_oleh LEFT JOIN pegawai p ON p.id = g.pegawai_id
    WHERE k.instansi_id = ${instansiId}::uuid
    ORDER BY k.jenjang, k.berlaku_mulai DESC`;
  return rows.map((r) => ({ id: r.id, jenjang: r.jenjang, mili: miliDariTeks(r.koefisien) ?? 0, berlakuMulai: r.berlaku_mulai, oleh: r.oleh || null, createdAt: r.created_at }));
}

async function koefisienInstansi(instansiId: string): Promise<BarisKoefisien[]> {
  const rows = await prisma.koefisienAngkaKredit.findMany({ where: { instansiId }, select: { jenjang: true, koefisien: true, berlakuMulai: true } });
  return rows.map((r) => ({ jenjang: r.jenjang, berlakuMulai: r.berlakuMulai, mili: miliDariTeks(r.koefisien.toFixed(3)) ?? 0 }));
}

/** Jenjang jabatan (halaman jabatan admin). */
export async function jenjangJabatan(jabatanId: string): Promise<Jenjang | null> {
  const j = await prisma.jabatan.findUnique({ where: { id: jabatanId }, select: { jenjang: true } });
  return j?.jenjang ?? null;
}

export type AkSegmen = { jenjang: Jenjang; perKode: Map<string, HitungAk | null> };

/**
 * Angka kredit evaluasi FINAL pada SKP ini (segmen hasil penilaian yang sudah diotorisasi pemanggil, mis.
 * getHasilTahun): hanya SKP jabatan fungsional yang jenjangnya diisi. Kode → hitungan (null = koefisien belum
 * ditetapkan). Dua kueri.
 */
export async function angkaKreditSegmen(skpIds: readonly string[]): Promise<Map<string, AkSegmen>> {
  const hasil = new Map<string, AkSegmen>();
  if (skpIds.length === 0) return hasil;
  const rows = await prisma.$queryRaw<{ skp_id: string; instansi_id: string; jenjang: Jenjang; skp_mulai: Date; skp_selesai: Date; kode: string; predikat: Predikat; mulai: Date; selesai: Date }[]>`
    SELECT s.id AS skp_id, j.instansi_id, j.jenjang::text AS jenjang, s.mulai AS skp_mulai, s.selesai AS skp_selesai, e.kode, e.predikat::text AS predikat,
      COALESCE(pe.mulai, pk.mulai) AS mulai, COALESCE(pe.selesai, pk.selesai) AS selesai
    FROM skp s JOIN jabatan j ON j.id = s.jabatan_id JOIN periode_kinerja pk ON pk.id = s.periode_id
      JOIN evaluasi_kinerja e ON e.skp_id = s.id LEFT JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id
    WHERE s.id = ANY(${[...skpIds]}::uuid[]) AND j.jenis = 'FUNGSIONAL' AND j.jenjang IS NOT NULL AND e.status = 'FINAL' AND e.predikat IS NOT NULL`;
  if (rows.length === 0) return hasil;
  const riwayat = await koefisienInstansi(rows[0]!.instansi_id);
  for (const r of rows) {
    const seg = hasil.get(r.skp_id) ?? { jenjang: r.jenjang, perKode: new Map() };
    seg.perKode.set(r.kode, hitungAk({ predikat: r.predikat, jenjang: r.jenjang, skp: { mulai: r.skp_mulai, selesai: r.skp_selesai }, periode: { mulai: r.mulai, selesai: r.selesai }, riwayat }));
    hasil.set(r.skp_id, seg);
  }
  return hasil;
}

// ─── Daftar konversi per OPD dan periode ──────────────────────────────────────────────────────

export type PilihanPeriode = { kode: string; label: string; mulai: Date; selesai: Date };

export type KonteksKonversi = {
  instansi: { id: string; nama: string };
  banyakInstansi: boolean;
  daftarOpd: { id: string; nama: string }[];
  opd: { id: string; nama: string } | null;
  tahun: number;
  daftarTahun: number[];
  /** Periode evaluasi tahun itu dan "Tahunan" (AKHIR); kosong bila tahun itu belum punya periode kinerja. */
  daftarPeriode: PilihanPeriode[];
  periode: PilihanPeriode | null;
  periodeKinerjaId: string | null;
};

/**
 * Instansi (admin instansi itu atau superadmin), OPD, tahun dan periode dari parameter. null = tidak berhak atau
 * parameter tidak sah (halaman/rute menjawab 403/404). Bawaan: OPD pertama, tahun berjalan, periode tahunan.
 */
export async function konteksKonversi(aktor: Aktor, diminta: { instansi?: string; unit?: string; tahun?: string; periode?: string }): Promise<KonteksKonversi | null> {
  const p = await pilihOpdDikelola(aktor, diminta);
  if (!p) return null;
  const semuaPk = await prisma.periodeKinerja.findMany({ where: { instansiId: p.instansi.id }, select: { id: true, tahun: true, ritme: true, mulai: true, selesai: true }, orderBy: { tahun: "desc" } });
  const tahunIni = hariIni().getUTCFullYear();
  if (diminta.tahun !== undefined && !/^\d{4}$/.test(diminta.tahun)) return null;
  const tahun = diminta.tahun ? Number(diminta.tahun) : (semuaPk.find((p) => p.tahun <= tahunIni) ?? semuaPk[0])?.tahun ?? tahunIni;
  const pk = semuaPk.find((p) => p.tahun === tahun) ?? null;
  const daftarPeriode: PilihanPeriode[] = pk
    ? [...(await pastikanPeriodeEvaluasi(pk)).map((p) => ({ kode: p.kode, label: p.label, mulai: p.mulai, selesai: p.selesai })), { kode: KODE_AKHIR, label: "Tahunan", mulai: pk.mulai, selesai: pk.selesai }]
    : [];
  const periode = diminta.periode ? (daftarPeriode.find((p) => p.kode === diminta.periode) ?? null) : (daftarPeriode.at(-1) ?? null);
  if (diminta.periode && !periode) return null;
  return {
    ...p,
    tahun,
    daftarTahun: [...new Set([...semuaPk.map((p) => p.tahun), tahun])].sort((a, b) => b - a),
    daftarPeriode,
    periode,
    periodeKinerjaId: pk?.id ?? null,
  };
}

/** Batas baris satu daftar (satu OPD, satu periode). */
export const MAKS_BARIS_KONVERSI = 20_000;

/**
 * Evaluasi final periode itu dari SKP jabatan fungsional berjenjang yang jabatannya berada di OPD itu (unit jabatan
 * pada SKP), dengan angka kreditnya. Tiga kueri: pohon unit (cache), satu SELECT, riwayat koefisien.
 */
export async function daftarKonversi(instansiId: string, opdId: string, periodeKinerjaId: string, periode: PilihanPeriode): Promise<BarisKonversi[]> {
  const units = await getUnitKerja(instansiId);
  const [rows, riwayat] = await Promise.all([
    prisma.$queryRaw<EvaluasiJf[]>`
      WITH ${sqlPenugasanOpd(instansiId, units, periode.selesai, opdId)}
      SELECT p.id AS "pegawaiId", p.nip,
        CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')) AS nama,
        jb.nama AS jabatan, u.nama AS unit, jb.jenjang::text AS jenjang, e.predikat::text AS predikat, s.mulai AS "skpMulai", s.selesai AS "skpSelesai"
      FROM evaluasi_kinerja e JOIN skp s ON s.id = e.skp_id JOIN jabatan jb ON jb.id = s.jabatan_id JOIN akar a ON a.id = jb.unit_kerja_id
        JOIN unit_kerja u ON u.id = jb.unit_kerja_id JOIN pegawai p ON p.id = s.pegawai_id
      WHERE s.periode_id = ${periodeKinerjaId}::uuid AND e.kode = ${periode.kode} AND e.status = 'FINAL' AND e.predikat IS NOT NULL
        AND jb.jenis = 'FUNGSIONAL' AND jb.jenjang IS NOT NULL AND jb.instansi_id = ${instansiId}::uuid
      ORDER BY p.nama, p.id, s.mulai
      LIMIT ${MAKS_BARIS_KONVERSI}`,
    koefisienInstansi(instansiId),
  ]);
  return barisKonversi(rows, periode, riwayat);
}

