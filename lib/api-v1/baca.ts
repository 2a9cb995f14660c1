import "server-only";
// Bacaan API /api/v1 (issue #16): satu kueri SQL per halaman untuk setiap sumber, selalu dibatasi instansi token,
// halaman keyset pada kunci unik (bukan OFFSET; lihat lib/kursor.ts). Hasil dibentuk tepat seperti skema respons
// (lib/api-v1/schemas.ts) yang juga dipakai untuk dokumen OpenAPI.
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { kodeKursorId, uraiKursorId } from "@/lib/kursor";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { hariIni } from "@/lib/organisasi/beranda";
import { isoTanggal } from "@/lib/progres-harian/kalender";
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import { LABEL_STATUS } from "@/lib/skp/workflow";
import { LIMIT_BAWAAN } from "@/lib/api-v1/schemas";
import type {
  ZBarisKelengkapan,
  ZBarisOrganisasi,
  ZBarisPredikat,
  ZBarisSkp,
  ZHalamanKelengkapan,
  ZHalamanOrganisasi,
  ZHalamanPredikat,
  ZHalamanSkp,
  ZKueriKelengkapan,
  ZKueriOrganisasi,
  ZKueriPredikat,
  ZKueriSkp,
} from "@/lib/api-v1/schemas";

type Nama = { nip: string; gelar_depan: string | null; nama: string; gelar_belakang: string | null };
type Dasar = Nama & { unit_id: string; unit_nama: string; jabatan_id: string; jabatan_nama: string; tahun: number };

const pegawai = (r: Nama) => ({ nip: r.nip, nama: formatNamaGelar({ gelarDepan: r.gelar_depan, nama: r.nama, gelarBelakang: r.gelar_belakang }) });
const dasar = (r: Dasar) => ({ pegawai: pegawai(r), unit: { id: r.unit_id, nama: r.unit_nama }, jabatan: { id: r.jabatan_id, nama: r.jabatan_nama }, tahun: r.tahun });
const waktu = (t: Date | null) => (t ? t.toISOString() : null);

/** Unit itu dan semua keturunannya dalam instansi (CTE rekursif); unit instansi lain = kosong. */
const sqlSubpohon = (instansiId: string, unit: string) => Prisma.sql`
  WITH RECURSIVE sub AS (
    SELECT id FROM unit_kerja WHERE id = ${unit}::uuid AND instansi_id = ${instansiId}::uuid
    UNION ALL SELECT u.id FROM unit_kerja u JOIN sub ON u.parent_id = sub.id
  )`;
const dan = (kondisi: Prisma.Sql[]) => (kondisi.length ? Prisma.sql` AND ${Prisma.join(kondisi, " AND ")}` : Prisma.empty);

/** Potong baris limit+1 → halaman dan kursor berikutnya. */
function potong<R, T>(rows: R[], limit: number, bentuk: (r: R) => T, kunci: (r: R) => string[], jenis: string) {
  const tampil = rows.slice(0, limit);
  const akhir = tampil.at(-1);
  return { data: tampil.map(bentuk), next_cursor: rows.length > limit && akhir ? kodeKursorId(jenis, kunci(akhir)) : null, limit };
}

// ─── Predikat ──────────────────────────────────────────────────────────────────────────────────

type RowPredikat = Dasar & {
  id: string;
  kode: string;
  rating_hasil: Rating;
  rating_perilaku: Rating;
  predikat: Predikat;
  final_at: Date | null;
  pe_label: string | null;
  pe_mulai: Date | null;
  pe_selesai: Date | null;
  skp_mulai: Date;
  skp_selesai: Date;
};

export async function bacaPredikat(instansiId: string, q: z.output<typeof ZKueriPredikat>): Promise<z.output<typeof ZHalamanPredikat>> {
  const limit = q.limit ?? LIMIT_BAWAAN;
  const k = uraiKursorId(q.cursor, "p", 1);
  const kondisi: Prisma.Sql[] = [];
  if (q.tahun) kondisi.push(Prisma.sql`pk.tahun = ${q.tahun}`);
  if (q.periode) kondisi.push(Prisma.sql`e.kode = ${q.periode}`);
  if (q.unit) kondisi.push(Prisma.sql`j.unit_kerja_id IN (SELECT id FROM sub)`);
  if (k) kondisi.push(Prisma.sql`e.id > ${k[0]}::uuid`);
  const rows = await prisma.$queryRaw<RowPredikat[]>`
    ${q.unit ? sqlSubpohon(instansiId, q.unit) : Prisma.empty}
    SELECT e.id, e.kode, e.rating_hasil::text AS rating_hasil, e.rating_perilaku::text AS rating_perilaku, e.predikat::text AS predikat, e.final_at,
           p.nip, p.gelar_depan, p.nama, p.gelar_belakang, uk.id AS unit_id, uk.nama AS unit_nama, j.id AS jabatan_id, j.nama AS jabatan_nama,
           pk.tahun::int AS tahun, pe.label AS pe_label, pe.mulai AS pe_mulai, pe.selesai AS pe_selesai, s.mulai AS skp_mulai, s.selesai AS skp_selesai
    FROM evaluasi_kinerja e
      JOIN skp s ON s.id = e.skp_id
      JOIN periode_kinerja pk ON pk.id = s.periode_id
      JOIN pegawai p ON p.id = s.pegawai_id
      JOIN jabatan j ON j.id = s.jabatan_id
      JOIN unit_kerja uk ON uk.id = j.unit_kerja_id
      LEFT JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id
    WHERE pk.instansi_id = ${instansiId}::uuid AND e.status = 'FINAL'
      AND e.predikat IS NOT NULL AND e.rating_hasil IS NOT NULL AND e.rating_perilaku IS NOT NULL ${dan(kondisi)}
    ORDER BY e.id
    LIMIT ${limit + 1}`;
  return potong(
    rows,
    limit,
    (r): z.output<typeof ZBarisPredikat> => ({
      id: r.id,
      ...dasar(r),
      jenis: r.kode === "AKHIR" ? "TAHUNAN" : "PERIODIK",
      periode:
        r.kode === "AKHIR" || !r.pe_mulai || !r.pe_selesai
          ? { kode: r.kode, label: `Tahunan ${r.tahun}`, mulai: isoTanggal(r.skp_mulai), selesai: isoTanggal(r.skp_selesai) }
          : { kode: r.kode, label: r.pe_label ?? r.kode, mulai: isoTanggal(r.pe_mulai), selesai: isoTanggal(r.pe_selesai) },
      ratingHasilKerja: { kode: r.rating_hasil, label: LABEL_RATING[r.rating_hasil] },
      ratingPerilaku: { kode: r.rating_perilaku, label: LABEL_RATING[r.rating_perilaku] },
      predikat: { kode: r.predikat, label: LABEL_PREDIKAT[r.predikat] },
      finalAt: waktu(r.final_at),
    }),
    (r) => [r.id],
    "p",
  );
}

// ─── Kelengkapan ───────────────────────────────────────────────────────────────────────────────

type RowKelengkapan = Dasar & {
  skp_id: string;
  pe_id: string;
  pe_kode: string;
  pe_label: string;
  pe_mulai: Date;
  pe_selesai: Date;
  pe_status: "BUKA" | "TUTUP";
  rencana_aksi: number;
  realisasi: number;
  bukti_siap: number;
};

export async function bacaKelengkapan(instansiId: string, q: z.output<typeof ZKueriKelengkapan>): Promise<z.output<typeof ZHalamanKelengkapan>> {
  const limit = q.limit ?? LIMIT_BAWAAN;
  const k = uraiKursorId(q.cursor, "k", 2);
  const kondisi: Prisma.Sql[] = [];
  if (q.tahun) kondisi.push(Prisma.sql`pk.tahun = ${q.tahun}`);
  if (q.periode) kondisi.push(Prisma.sql`pe.kode = ${q.periode}`);
  if (q.unit) kondisi.push(Prisma.sql`j.unit_kerja_id IN (SELECT id FROM sub)`);
  if (k) kondisi.push(Prisma.sql`(s.id, pe.id) > (${k[0]}::uuid, ${k[1]}::uuid)`);
  const rows = await prisma.$queryRaw<RowKelengkapan[]>`
    ${q.unit ? sqlSubpohon(instansiId, q.unit) : Prisma.empty}
    SELECT s.id AS skp_id, pe.id AS pe_id, pe.kode AS pe_kode, pe.label AS pe_label, pe.mulai AS pe_mulai, pe.selesai AS pe_selesai, pe.status::text AS pe_status,
           COALESCE(g.rencana_aksi, 0)::int AS rencana_aksi, COALESCE(g.realisasi, 0)::int AS realisasi, COALESCE(g.bukti_siap, 0)::int AS bukti_siap,
           p.nip, p.gelar_depan, p.nama, p.gelar_belakang, uk.id AS unit_id, uk.nama AS unit_nama, j.id AS jabatan_id, j.nama AS jabatan_nama, pk.tahun::int AS tahun
    FROM skp s
      JOIN periode_kinerja pk ON pk.id = s.periode_id
      JOIN periode_evaluasi pe ON pe.periode_kinerja_id = pk.id AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
      LEFT JOIN progres_skp g ON g.skp_id = s.id AND g.periode_evaluasi_id = pe.id
      JOIN pegawai p ON p.id = s.pegawai_id
      JOIN jabatan j ON j.id = s.jabatan_id
      JOIN unit_kerja uk ON uk.id = j.unit_kerja_id
    WHERE pk.instansi_id = ${instansiId}::uuid AND s.status = 'DISETUJUI' ${dan(kondisi)}
    ORDER BY s.id, pe.id
    LIMIT ${limit + 1}`;
  return potong(
    rows,
    limit,
    (r): z.output<typeof ZBarisKelengkapan> => ({
      skpId: r.skp_id,
      ...dasar(r),
      periode: { kode: r.pe_kode, label: r.pe_label, mulai: isoTanggal(r.pe_mulai), selesai: isoTanggal(r.pe_selesai), status: r.pe_status },
      rencanaAksi: r.rencana_aksi,
      realisasi: r.realisasi,
      buktiDukung: r.bukti_siap,
      lengkap: r.rencana_aksi > 0 && r.realisasi > 0 && r.bukti_siap > 0,
    }),
    (r) => [r.skp_id, r.pe_id],
    "k",
  );
}

// ─── SKP ───────────────────────────────────────────────────────────────────────────────────────

type RowSkp = Dasar & {
  id: string;
  mulai: Date;
  selesai: Date;
  status: z.output<typeof ZBarisSkp>["status"];
  versi: number;
  pendekatan: "KUANTITATIF" | "KUALITATIF";
  diajukan_at: Date | null;
  disetujui_at: Date | null;
};

export async function bacaSkp(instansiId: string, q: z.output<typeof ZKueriSkp>): Promise<z.output<typeof ZHalamanSkp>> {
  const limit = q.limit ?? LIMIT_BAWAAN;
  const k = uraiKursorId(q.cursor, "s", 1);
  const kondisi: Prisma.Sql[] = [];
  if (q.tahun) kondisi.push(Prisma.sql`pk.tahun = ${q.tahun}`);
  if (q.status) kondisi.push(Prisma.sql`s.status = ${q.status}::"StatusSkp"`);
  if (q.unit) kondisi.push(Prisma.sql`j.unit_kerja_id IN (SELECT id FROM sub)`);
  if (k) kondisi.push(Prisma.sql`s.id > ${k[0]}::uuid`);
  const rows = await prisma.$queryRaw<RowSkp[]>`
    ${q.unit ? sqlSubpohon(instansiId, q.unit) : Prisma.empty}
    SELECT s.id, s.mulai, s.selesai, s.status::text AS status, s.versi::int AS versi, s.pendekatan::text AS pendekatan, s.diajukan_at, s.disetujui_at,
           p.nip, p.gelar_depan, p.nama, p.gelar_belakang, uk.id AS unit_id, uk.nama AS unit_nama, j.id AS jabatan_id, j.nama AS jabatan_nama, pk.tahun::int AS tahun
    FROM skp s
      JOIN periode_kinerja pk ON pk.id = s.periode_id
      JOIN pegawai p ON p.id = s.pegawai_id
      JOIN jabatan j ON j.id = s.jabatan_id
      JOIN unit_kerja uk ON uk.id = j.unit_kerja_id
    WHERE pk.instansi_id = ${instansiId}::uuid ${dan(kondisi)}
    ORDER BY s.id
    LIMIT ${limit + 1}`;
  return potong(
    rows,
    limit,
    (r): z.output<typeof ZBarisSkp> => ({
      id: r.id,
      ...dasar(r),
      mulai: isoTanggal(r.mulai),
      selesai: isoTanggal(r.selesai),
      status: r.status,
      statusLabel: LABEL_STATUS[r.status],
      versi: r.versi,
      pendekatan: r.pendekatan,
      diajukanAt: waktu(r.diajukan_at),
      disetujuiAt: waktu(r.disetujui_at),
    }),
    (r) => [r.id],
    "s",
  );
}

// ─── Organisasi ────────────────────────────────────────────────────────────────────────────────

type RowOrganisasi = {
  id: string;
  nama: string;
  jenis: z.output<typeof ZBarisOrganisasi>["jenis"];
  eselon: string | null;
  parent_id: string | null;
  unit_id: string;
  unit_nama: string;
  unit_jenis: string;
  unit_parent_id: string | null;
  pemangku: { nip: string; gelar_depan: string | null; nama: string; gelar_belakang: string | null; jenis: "DEFINITIF" | "PLT" | "PLH"; tmt_mulai: string }[];
};

export async function bacaOrganisasi(instansiId: string, q: z.output<typeof ZKueriOrganisasi>): Promise<z.output<typeof ZHalamanOrganisasi>> {
  const limit = q.limit ?? LIMIT_BAWAAN;
  const k = uraiKursorId(q.cursor, "o", 1);
  const hari = isoTanggal(hariIni());
  const kondisi: Prisma.Sql[] = [];
  if (q.unit) kondisi.push(Prisma.sql`j.unit_kerja_id IN (SELECT id FROM sub)`);
  if (k) kondisi.push(Prisma.sql`j.id > ${k[0]}::uuid`);
  const rows = await prisma.$queryRaw<RowOrganisasi[]>`
    ${q.unit ? sqlSubpohon(instansiId, q.unit) : Prisma.empty}
    SELECT j.id, j.nama, j.jenis::text AS jenis, j.eselon, j.parent_id, uk.id AS unit_id, uk.nama AS unit_nama, uk.jenis::text AS unit_jenis, uk.parent_id AS unit_parent_id,
           COALESCE((
             SELECT json_agg(json_build_object('nip', p.nip, 'gelar_depan', p.gelar_depan, 'nama', p.nama, 'gelar_belakang', p.gelar_belakang,
                                               'jenis', pj.jenis::text, 'tmt_mulai', to_char(pj.tmt_mulai, 'YYYY-MM-DD'))
                             ORDER BY (pj.jenis = 'DEFINITIF') DESC, pj.tmt_mulai, p.nip)
             FROM penugasan_jabatan pj JOIN pegawai p ON p.id = pj.pegawai_id
             WHERE pj.jabatan_id = j.id AND pj.tmt_mulai <= ${hari}::date AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${hari}::date)
           ), '[]'::json) AS pemangku
    FROM jabatan j JOIN unit_kerja uk ON uk.id = j.unit_kerja_id
    WHERE j.instansi_id = ${instansiId}::uuid AND j.aktif ${dan(kondisi)}
    ORDER BY j.id
    LIMIT ${limit + 1}`;
  return potong(
    rows,
    limit,
    (r): z.output<typeof ZBarisOrganisasi> => ({
      id: r.id,
      nama: r.nama,
      jenis: r.jenis,
      eselon: r.eselon,
      atasanJabatanId: r.parent_id,
      unit: { id: r.unit_id, nama: r.unit_nama, jenis: r.unit_jenis, parentId: r.unit_parent_id },
      pemangku: r.pemangku.map((x) => ({ ...pegawai(x), jenis: x.jenis, tmtMulai: x.tmt_mulai })),
    }),
    (r) => [r.id],
    "o",
  );
}
