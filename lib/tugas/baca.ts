import "server-only";
// Data "Tugas saya" di Beranda. Dua belas kueri (periode kinerja + periode evaluasi, lalu sepuluh hitungan), berapa pun jumlah bawahan, SKP atau periode: semua hitungan SQL.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { hariIni } from "@/lib/organisasi/beranda";
import { pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { formatNamaGelar } from "@/lib/organisasi/format";
import type { Predikat } from "@/lib/penilaian/kuadran";
import { labelKodeEvaluasi } from "@/lib/penilaian/umpan";
import { susunTugas, type ButirTugas, type DataTugas } from "@/lib/tugas/aturan";

/** Keputusan atas SKP saya (dan hasil penilaian/keberatan saya) yang lebih tua dari ini tidak lagi diingatkan. */
const HARI_INGAT_KEPUTUSAN = 30;
/** Batas baris keberatan dan hasil penilaian yang ditampilkan (daftar lengkapnya di halaman penilaian). */
const BATAS_BUTIR = 20;
/** Hari kerja tanpa progres harian diingatkan dalam sekian hari kalender terakhir. */
const HARI_PANTAU_HARIAN = 14;

export async function getTugasSaya(aktor: Aktor): Promise<ButirTugas[]> {
  const hari = hariIni();
  const tahun = hari.getUTCFullYear();
  const batasKeputusan = new Date(Date.now() - HARI_INGAT_KEPUTUSAN * 86_400_000);
  const me = aktor.pegawaiId;
  const adminDi = aktor.adminInstansiIds;
  // Periode evaluasi tahun ini dibuat dari ritme instansi bila belum ada (seperti halaman pelaksanaan).
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: aktor.instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } });
  if (pk) await pastikanPeriodeEvaluasi(pk);

  const [reset, statusSaya, menunggu, keputusan, periode, umpan, nilaiBawahan, keberatan, hasil, harian] = await Promise.all([
    prisma.jejakAudit.findFirst({
      where: { aksi: "SANDI_DIATUR_ULANG", entitas: "Pengguna", entitasId: aktor.penggunaId, createdAt: { gt: batasKeputusan } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    prisma.skp.groupBy({ by: ["status"], where: { pegawaiId: me, periode: { tahun, instansiId: aktor.instansiId }, status: { not: "DIGANTI" } }, _count: { _all: true } }),
    prisma.$queryRaw<{ penilai: number; admin: number }[]>`
      SELECT
        count(*) FILTER (WHERE s.penilai_pegawai_id = ${me}::uuid)::int AS penilai,
        count(*) FILTER (WHERE s.penilai_pegawai_id IS NULL AND (${aktor.isSuperadmin} OR p.instansi_id = ANY(${adminDi}::uuid[])))::int AS admin
      FROM skp s JOIN pegawai p ON p.id = s.pegawai_id
      WHERE s.status = 'DIAJUKAN' AND (s.penilai_pegawai_id = ${me}::uuid OR s.penilai_pegawai_id IS NULL)`,
    prisma.$queryRaw<{ skp_id: string; status: "DISETUJUI" | "DITOLAK"; jabatan: string }[]>`
      SELECT s.id AS skp_id, s.status::text AS status, coalesce(s.pegawai_snapshot->>'jabatan', '') AS jabatan
      FROM skp s
      JOIN periode_kinerja pk ON pk.id = s.periode_id
      LEFT JOIN kunjungan_skp k ON k.skp_id = s.id AND k.pegawai_id = ${me}::uuid
      WHERE s.pegawai_id = ${me}::uuid AND pk.tahun = ${tahun}
        AND s.status IN ('DISETUJUI', 'DITOLAK')
        AND (CASE WHEN s.status = 'DISETUJUI' THEN s.disetujui_at ELSE s.updated_at END) > ${batasKeputusan}
        AND (k.terakhir_dilihat IS NULL OR k.terakhir_dilihat < (CASE WHEN s.status = 'DISETUJUI' THEN s.disetujui_at ELSE s.updated_at END))
      ORDER BY s.mulai`,
    prisma.$queryRaw<{ skp_id: string; kode: string; label: string; ra: number; ra_bukti: number; iki: number; iki_real: number }[]>`
      SELECT s.id AS skp_id, pe.kode, pe.label,
        (SELECT count(*) FROM rencana_aksi ra JOIN rhk r ON r.id = ra.rhk_id WHERE r.skp_id = s.id AND ra.periode_evaluasi_id = pe.id)::int AS ra,
        (SELECT count(*) FROM rencana_aksi ra JOIN rhk r ON r.id = ra.rhk_id WHERE r.skp_id = s.id AND ra.periode_evaluasi_id = pe.id
           AND EXISTS (SELECT 1 FROM bukti_dukung b WHERE b.rencana_aksi_id = ra.id AND b.status = 'SIAP'))::int AS ra_bukti,
        (SELECT count(*) FROM iki i JOIN rhk r ON r.id = i.rhk_id WHERE r.skp_id = s.id)::int AS iki,
        (SELECT count(*) FROM realisasi re JOIN iki i ON i.id = re.iki_id JOIN rhk r ON r.id = i.rhk_id
           WHERE r.skp_id = s.id AND re.periode_evaluasi_id = pe.id AND (re.nilai IS NOT NULL OR re.teks IS NOT NULL))::int AS iki_real
      FROM skp s
      JOIN periode_kinerja pk ON pk.id = s.periode_id
      JOIN periode_evaluasi pe ON pe.periode_kinerja_id = pk.id
      WHERE s.pegawai_id = ${me}::uuid AND s.status = 'DISETUJUI' AND pk.tahun = ${tahun}
        AND pe.status = 'BUKA' AND pe.mulai <= ${hari}::date AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
      ORDER BY s.mulai, pe.urutan`,
    prisma.$queryRaw<{ skp_id: string; milik_saya: boolean; gelar_depan: string | null; nama: string; gelar_belakang: string | null; jumlah: number }[]>`
      SELECT s.id AS skp_id, (s.pegawai_id = ${me}::uuid) AS milik_saya, p.gelar_depan, p.nama, p.gelar_belakang, count(*)::int AS jumlah
      FROM umpan_balik u
      JOIN skp s ON s.id = u.skp_id
      JOIN pegawai p ON p.id = s.pegawai_id
      LEFT JOIN kunjungan_skp k ON k.skp_id = s.id AND k.pegawai_id = ${me}::uuid
      WHERE u.penulis_pegawai_id <> ${me}::uuid
        AND (k.terakhir_dilihat IS NULL OR u.created_at > k.terakhir_dilihat)
        AND (s.pegawai_id = ${me}::uuid OR (s.penilai_pegawai_id = ${me}::uuid AND u.penulis_pegawai_id = s.pegawai_id))
      GROUP BY s.id, s.pegawai_id, p.gelar_depan, p.nama, p.gelar_belakang`,
    // Periode tahun ini yang sudah berakhir: SKP bawahan (saya pejabat penilainya) yang belum dinilai, dan penilaian
    // yang ada dengan saya sebagai penilai tersimpan (pejabat penilai pada tanggal acuan periode) yang belum final.
    prisma.$queryRaw<{ kode: string; label: string; belum: number; draf: number; selesai: number }[]>`
      WITH kandidat AS (
        -- Dua cabang berindeks (skp.penilai_pegawai_id; evaluasi_kinerja.penilai_pegawai_id), bukan satu OR atas
        -- seluruh SKP instansi: biaya sebanding dengan tim saya, bukan dengan besar instansi.
        SELECT pe.id AS pe_id, e.status FROM skp s
          JOIN periode_kinerja pk ON pk.id = s.periode_id
          JOIN periode_evaluasi pe ON pe.periode_kinerja_id = pk.id
          LEFT JOIN evaluasi_kinerja e ON e.skp_id = s.id AND e.kode = pe.kode
        WHERE s.penilai_pegawai_id = ${me}::uuid AND e.id IS NULL
          AND pk.instansi_id = ${aktor.instansiId}::uuid AND pk.tahun = ${tahun} AND pe.selesai < ${hari}::date
          AND s.status = 'DISETUJUI' AND s.pegawai_id <> ${me}::uuid AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
        UNION ALL
        SELECT pe.id, e.status FROM evaluasi_kinerja e
          JOIN skp s ON s.id = e.skp_id
          JOIN periode_kinerja pk ON pk.id = s.periode_id
          JOIN periode_evaluasi pe ON pe.periode_kinerja_id = pk.id AND pe.kode = e.kode
        WHERE e.penilai_pegawai_id = ${me}::uuid AND e.status IN ('DRAF', 'SELESAI_DINILAI')
          AND pk.instansi_id = ${aktor.instansiId}::uuid AND pk.tahun = ${tahun} AND pe.selesai < ${hari}::date
          AND s.status = 'DISETUJUI' AND s.pegawai_id <> ${me}::uuid AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
      )
      SELECT pe.kode, pe.label,
        count(*) FILTER (WHERE k.status IS NULL)::int AS belum,
        count(*) FILTER (WHERE k.status = 'DRAF')::int AS draf,
        count(*) FILTER (WHERE k.status = 'SELESAI_DINILAI')::int AS selesai
      FROM kandidat k JOIN periode_evaluasi pe ON pe.id = k.pe_id
      GROUP BY pe.kode, pe.label, pe.urutan
      ORDER BY pe.urutan`,
    // Keberatan yang menunggu: keputusan saya (atasan pejabat penilai) atau penjelasan saya (pejabat penilai).
    prisma.$queryRaw<{ skp_id: string; kode: string; label: string | null; nama: string; putus: boolean }[]>`
      SELECT e.skp_id, e.kode, pe.label, coalesce(e.pegawai_snapshot->>'nama', '') AS nama,
        coalesce(e.atasan_penilai_pegawai_id = ${me}::uuid, false) AS putus
      FROM keberatan k
      JOIN evaluasi_kinerja e ON e.id = k.evaluasi_id
      LEFT JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id
      WHERE k.status = 'DIAJUKAN'
        AND (e.atasan_penilai_pegawai_id = ${me}::uuid OR (e.penilai_pegawai_id = ${me}::uuid AND k.penjelasan IS NULL))
      ORDER BY k.diajukan_at
      LIMIT ${BATAS_BUTIR * 2}`,
    // Hasil penilaian SKP saya: final dalam 30 hari terakhir (tanpa keberatan), atau keberatan saya yang baru diputuskan.
    prisma.$queryRaw<{ skp_id: string; kode: string; label: string | null; predikat: Predikat; tenggat: Date | null; keputusan: "TETAP" | "DIUBAH" | null }[]>`
      SELECT e.skp_id, e.kode, pe.label, e.predikat::text AS predikat,
        CASE WHEN k.id IS NULL AND e.tenggat_keberatan >= ${hari}::date THEN e.tenggat_keberatan END AS tenggat,
        k.keputusan::text AS keputusan
      FROM evaluasi_kinerja e
      JOIN skp s ON s.id = e.skp_id
      LEFT JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id
      LEFT JOIN keberatan k ON k.evaluasi_id = e.id
      WHERE s.pegawai_id = ${me}::uuid AND e.status = 'FINAL' AND e.predikat IS NOT NULL
        AND ((k.id IS NULL AND e.final_at > ${batasKeputusan}) OR (k.status = 'DIPUTUSKAN' AND k.diputuskan_at > ${batasKeputusan}))
      ORDER BY coalesce(k.diputuskan_at, e.final_at) DESC
      LIMIT ${BATAS_BUTIR}`,
    // Progres harian: entri bawahan menunggu tinjauan saya; entri saya yang dikembalikan; hari kerja dalam 14 hari
    // terakhir (sebelum hari ini) tanpa entri, hanya yang tercakup SKP saya yang disetujui dan periode yang buka.
    prisma.$queryRaw<{ tinjau: number; kembali: number; kosong: number; pertama: Date | null }[]>`
      WITH kosong AS (
        SELECT d::date AS t FROM generate_series(${hari}::date - ${HARI_PANTAU_HARIAN}::int, ${hari}::date - 1, interval '1 day') d
        WHERE extract(isodow FROM d) < 6
          AND NOT EXISTS (SELECT 1 FROM hari_libur l WHERE l.instansi_id = ${aktor.instansiId}::uuid AND l.tanggal = d::date)
          AND NOT EXISTS (SELECT 1 FROM progres_harian ph WHERE ph.pegawai_id = ${me}::uuid AND ph.tanggal = d::date)
          AND EXISTS (
            SELECT 1 FROM skp s JOIN periode_evaluasi pe ON pe.periode_kinerja_id = s.periode_id
            WHERE s.pegawai_id = ${me}::uuid AND s.status = 'DISETUJUI' AND d::date BETWEEN s.mulai AND s.selesai
              AND pe.status = 'BUKA' AND d::date BETWEEN pe.mulai AND pe.selesai)
      )
      SELECT
        (SELECT count(*) FROM skp s JOIN progres_harian ph ON ph.skp_id = s.id AND ph.status = 'DIAJUKAN'
          WHERE s.penilai_pegawai_id = ${me}::uuid AND s.pegawai_id <> ${me}::uuid)::int AS tinjau,
        (SELECT count(*) FROM progres_harian WHERE pegawai_id = ${me}::uuid AND status = 'DIKEMBALIKAN')::int AS kembali,
        (SELECT count(*) FROM kosong)::int AS kosong,
        (SELECT min(t) FROM kosong) AS pertama`,
  ]);
  const orang = (k: (typeof keberatan)[number]) => ({ skpId: k.skp_id, kode: k.kode, label: labelKodeEvaluasi(k.kode, k.label), nama: k.nama });

  const jumlah = (st: string) => statusSaya.find((x) => x.status === st)?._count._all ?? 0;
  const data: DataTugas = {
    tahun,
    sandiDiaturUlang: reset?.createdAt ?? null,
    skpSaya: { draf: jumlah("DRAFT"), diajukan: jumlah("DIAJUKAN"), disetujui: jumlah("DISETUJUI"), ditolak: jumlah("DITOLAK") },
    menungguPersetujuan: menunggu[0]?.penilai ?? 0,
    menungguAdmin: adminDi.length > 0 || aktor.isSuperadmin ? (menunggu[0]?.admin ?? 0) : 0,
    keputusan: keputusan.map((k) => ({ skpId: k.skp_id, status: k.status, jabatan: k.jabatan })),
    periode: periode.map((p) => ({ skpId: p.skp_id, kode: p.kode, label: p.label, rencanaAksi: p.ra, rencanaAksiBerbukti: p.ra_bukti, indikator: p.iki, indikatorTerealisasi: p.iki_real })),
    umpanBaru: umpan.filter((u) => u.milik_saya).map((u) => ({ skpId: u.skp_id, jumlah: u.jumlah })),
    balasanBawahan: umpan
      .filter((u) => !u.milik_saya)
      .map((u) => ({ skpId: u.skp_id, nama: formatNamaGelar({ gelarDepan: u.gelar_depan, nama: u.nama, gelarBelakang: u.gelar_belakang }), jumlah: u.jumlah })),
    penilaianBawahan: nilaiBawahan,
    keberatanDiputus: keberatan.filter((k) => k.putus).slice(0, BATAS_BUTIR).map(orang),
    keberatanDijelaskan: keberatan.filter((k) => !k.putus).slice(0, BATAS_BUTIR).map(orang),
    harian: { menungguTinjauan: harian[0]?.tinjau ?? 0, dikembalikan: harian[0]?.kembali ?? 0, hariKosong: harian[0]?.kosong ?? 0, hariKosongPertama: harian[0]?.pertama ?? null },
    hasilPenilaian: hasil.map((h) => ({ skpId: h.skp_id, kode: h.kode, label: labelKodeEvaluasi(h.kode, h.label), predikat: h.predikat, tenggatTerbuka: h.tenggat, keputusan: h.keputusan })),
  };
  return susunTugas(data);
}
