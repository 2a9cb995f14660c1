import "server-only";
// Monitoring admin BKD per instansi dan periode (issue #11 butir 5): kurva distribusi per unit pembawa dan
// kemajuan pengisian per OPD. Hitungan dilakukan di SQL (GROUP BY / COUNT FILTER); yang dimuat ke JS hanya
// struktur (unit, jabatan), baris agregat, dan daftar pegawai satu unit (dibatasi). Jumlah pernyataan tetap,
// berapa pun besar instansinya. Pembentukan tampilan: lib/penilaian/monitoring-tabel.ts (murni).
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { getUnitKerja } from "@/lib/organisasi/queries";
import { can, type Aktor } from "@/lib/auth/permissions";
import { getInstansiDikelola } from "@/lib/organisasi/struktur";
import { hariIni } from "@/lib/organisasi/beranda";
import { getPeriodeEvaluasiAdmin } from "@/lib/pelaksanaan/baca";
import { capaianBerlaku, tabelDistribusi } from "@/lib/penilaian/capaian";
import { pembawaCapaian, unitKurva, type SimpulJabatanUnit, type SimpulUnit } from "@/lib/penilaian/organisasi";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";
import { KODE_AKHIR, kodePenilaianBawaan } from "@/lib/penilaian/umpan";
import type { Predikat } from "@/lib/penilaian/kuadran";
import {
  ringkasKurva,
  subpohon,
  TAHAP,
  type AgregatKurva,
  type AgregatPengisian,
  type PegawaiDikecualikan,
  type PegawaiKurva,
  type PegawaiTertahan,
  type RingkasKurva,
  type RingkasPengisian,
  type Tahap,
  type UnitRingkas,
} from "@/lib/penilaian/monitoring-tabel";

/** Batas baris daftar pegawai satu unit di halaman dan Excel. */
export const MAKS_BARIS_PEGAWAI = 1000;

// Dasbor instansi adalah agregat SQL atas seluruh instansi (ratusan ms pada puluhan ribu pegawai). Saat banyak admin
// membukanya bersamaan (awal Januari), permintaan yang identik dan serentak berbagi SATU perhitungan yang sedang
// berjalan (single-flight); hasil tidak disimpan setelah selesai, jadi tidak ada data basi di luar perhitungan yang
// sedang berlangsung: permintaan berikutnya selalu menghitung ulang. Per proses (globalThis: satu untuk semua bundel).
const KUNCI_SEKALI = Symbol.for("skp.monitoring-sekali-jalan");
const berjalan = ((globalThis as Record<symbol, unknown>)[KUNCI_SEKALI] ??= new Map<string, Promise<unknown>>()) as Map<string, Promise<unknown>>;

function sekaliJalan<T>(kunci: string, hitung: () => Promise<T>): Promise<T> {
  const ada = berjalan.get(kunci);
  if (ada) return ada as Promise<T>;
  const p = hitung().finally(() => berjalan.delete(kunci));
  berjalan.set(kunci, p);
  return p;
}

export type PeriodeMonitoring = { periodeKinerjaId: string; tahun: number; kode: string; label: string; mulai: Date; selesai: Date; periodeEvaluasiIds: string[] };

/** Periode (kode) tahun kinerja instansi: rentang dan periode evaluasi yang dicakup (AKHIR = semua). null bila tidak dikenal. 2 kueri. */
export async function periodeMonitoring(instansiId: string, tahun: number, kode: string): Promise<PeriodeMonitoring | null> {
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId, tahun } }, select: { id: true, mulai: true, selesai: true } });
  if (!pk) return null;
  const pe = await prisma.periodeEvaluasi.findMany({ where: { periodeKinerjaId: pk.id }, select: { id: true, kode: true, label: true, mulai: true, selesai: true }, orderBy: { urutan: "asc" } });
  if (kode === KODE_AKHIR) return { periodeKinerjaId: pk.id, tahun, kode, label: "Akhir (tahunan)", mulai: pk.mulai, selesai: pk.selesai, periodeEvaluasiIds: pe.map((p) => p.id) };
  const p = pe.find((x) => x.kode === kode);
  return p ? { periodeKinerjaId: pk.id, tahun, kode, label: p.label, mulai: p.mulai, selesai: p.selesai, periodeEvaluasiIds: [p.id] } : null;
}

/** Larik uuid sebagai SATU parameter (bukan satu parameter per unsur), agar batas parameter tidak tercapai. */
const uuidArr = (xs: readonly string[]) => Prisma.sql`${[...xs]}::uuid[]`;

// ─── Monitoring Kurva ───────────────────────────────────────────────────────────────────────

export type MonitoringKurva = {
  periode: PeriodeMonitoring;
  /** Unit yang dibuka (drill-down); null = daftar unit pembawa teratas. */
  unit: { id: string; nama: string; pembawa: boolean; jalur: { id: string; nama: string }[] } | null;
  ringkas: RingkasKurva[];
  /** Ringkasan unit yang dibuka sendiri (grafik dan pelanggarannya), bila unit pembawa. */
  ringkasUnit: RingkasKurva | null;
  pegawai: PegawaiKurva[];
  terpotong: boolean;
};

/**
 * Kurva distribusi per unit pembawa. Tanpa `unitId`: unit pembawa teratas (OPD, Setda). Dengan `unitId`: unit itu
 * beserta sub-unit langsungnya dan daftar pegawai populasinya. 6–8 kueri tetap.
 */
export function getMonitoringKurva(instansiId: string, periode: PeriodeMonitoring, unitId?: string): Promise<MonitoringKurva | null> {
  return sekaliJalan(`kurva|${instansiId}|${periode.periodeKinerjaId}|${periode.kode}|${unitId ?? ""}`, () => hitungMonitoringKurva(instansiId, periode, unitId));
}

async function hitungMonitoringKurva(instansiId: string, periode: PeriodeMonitoring, unitId?: string): Promise<MonitoringKurva | null> {
  const [pengaturan, unitMap, jabatan, tabel] = await Promise.all([
    getPengaturanPenilaian(instansiId),
    getUnitKerja(instansiId),
    prisma.jabatan.findMany({ where: { instansiId, aktif: true }, select: { id: true, parentId: true, unitKerjaId: true } }),
    tabelDistribusi(instansiId),
  ]);
  if (unitId && !unitMap.has(unitId)) return null;
  const cakupan = pengaturan.cakupanCapaian;
  const simpul = new Map<string, SimpulUnit>([...unitMap.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  const jabMap = new Map<string, SimpulJabatanUnit>(jabatan.map((j) => [j.id, j]));
  const units: UnitRingkas[] = [...unitMap.values()].map((u) => ({ id: u.id, nama: u.nama, parentId: u.parentId, pembawa: pembawaCapaian(simpul.get(u.id)!, cakupan) }));
  const perId = new Map(units.map((u) => [u.id, u]));
  // Unit pembawa teratas: tidak ada unit pembawa lain di atasnya.
  const atasPembawa = (u: UnitRingkas) => {
    for (let p = u.parentId ? perId.get(u.parentId) : undefined; p; p = p.parentId ? perId.get(p.parentId) : undefined) if (p.pembawa) return true;
    return false;
  };
  const dibuka = unitId ? perId.get(unitId)! : null;
  const tampil = dibuka ? [dibuka, ...units.filter((u) => u.parentId === dibuka.id)] : units.filter((u) => u.pembawa && !atasPembawa(u));
  // Pemetaan jabatan → unit kurva (aturan pimpinan unit pembawa, lib/penilaian/organisasi.ts), dikirim sebagai dua larik.
  const jabIds: string[] = [];
  const kurvaIds: string[] = [];
  for (const j of jabatan) {
    const k = unitKurva(jabMap, simpul, j.id, cakupan);
    if (k) {
      jabIds.push(j.id);
      kurvaIds.push(k);
    }
  }
  const pembawaTampil = tampil.filter((u) => u.pembawa).map((u) => u.id);
  const populasi = Prisma.sql`
    WITH peta AS (SELECT * FROM unnest(${uuidArr(jabIds)}, ${uuidArr(kurvaIds)}) AS t(jabatan_id, kurva_id)),
    kandidat AS (
      SELECT DISTINCT ON (s.pegawai_id) s.id AS skp_id, s.pegawai_id, peta.kurva_id, j.unit_kerja_id,
             e.id AS ev_id, e.status::text AS status, e.predikat::text AS predikat
      FROM skp s
      JOIN peta ON peta.jabatan_id = s.jabatan_id
      JOIN jabatan j ON j.id = s.jabatan_id
      LEFT JOIN evaluasi_kinerja e ON e.skp_id = s.id AND e.kode = ${periode.kode}
      WHERE s.periode_id = ${periode.periodeKinerjaId}::uuid AND s.status IN ('DISETUJUI', 'DIGANTI')
        AND s.mulai <= ${periode.selesai} AND s.selesai >= ${periode.mulai}
      ORDER BY s.pegawai_id, (e.id IS NOT NULL) DESC, (s.status = 'DISETUJUI') DESC, s.versi DESC
    ),
    pop AS (
      SELECT k.*, (k.status = 'DIKECUALIKAN' OR EXISTS (
        SELECT 1 FROM pengecualian_pegawai x WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = k.pegawai_id
          AND x.mulai <= ${periode.selesai} AND (x.selesai IS NULL OR x.selesai >= ${periode.mulai}))) AS dikecualikan
      FROM kandidat k
    )`;
  const subDibuka = dibuka ? [...subpohon(units, dibuka.id)] : [];
  const [agregat, capaian, override, pegawai] = await Promise.all([
    prisma.$queryRaw<{ unitId: string; kurvaId: string; status: string | null; predikat: Predikat | null; dikecualikan: boolean; jumlah: number }[]>`
      ${populasi}
      SELECT unit_kerja_id AS "unitId", kurva_id AS "kurvaId", status, predikat, dikecualikan, COUNT(*)::int AS jumlah
      FROM pop GROUP BY unit_kerja_id, kurva_id, status, predikat, dikecualikan`,
    capaianBerlaku(instansiId, periode.tahun, periode.kode, pembawaTampil),
    prisma.$queryRaw<{ unitId: string; alasan: string; penilai: string | null }[]>`
      SELECT f.unit_capaian_id AS "unitId", f.alasan_override AS alasan, NULLIF(CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')), '') AS penilai
      FROM finalisasi_penilaian f LEFT JOIN pegawai p ON p.id = f.penilai_pegawai_id
      WHERE f.instansi_id = ${instansiId}::uuid AND f.tahun = ${periode.tahun} AND f.kode = ${periode.kode} AND f.alasan_override IS NOT NULL
        AND f.unit_capaian_id = ANY(${uuidArr(pembawaTampil)})
      ORDER BY f.created_at DESC LIMIT 200`,
    dibuka
      ? prisma.$queryRaw<{ nama: string | null; nip: string | null; jabatan: string | null; unitKerjaId: string; predikat: Predikat | null; penilai: string | null; status: string | null; dikecualikan: boolean }[]>`
          ${populasi}
          SELECT s.pegawai_snapshot->>'nama' AS nama, g.nip, s.pegawai_snapshot->>'jabatan' AS jabatan, pop.unit_kerja_id AS "unitKerjaId",
                 CASE WHEN pop.status = 'FINAL' THEN pop.predikat END AS predikat, COALESCE(e.penilai_snapshot->>'nama', s.penilai_snapshot->>'nama') AS penilai, pop.status, pop.dikecualikan
          FROM pop JOIN skp s ON s.id = pop.skp_id JOIN pegawai g ON g.id = pop.pegawai_id LEFT JOIN evaluasi_kinerja e ON e.id = pop.ev_id
          WHERE ${dibuka.pembawa ? Prisma.sql`(pop.kurva_id = ${dibuka.id}::uuid OR pop.unit_kerja_id = ANY(${uuidArr(subDibuka)}))` : Prisma.sql`pop.unit_kerja_id = ANY(${uuidArr(subDibuka)})`}
          ORDER BY s.pegawai_snapshot->>'nama', pop.pegawai_id LIMIT ${MAKS_BARIS_PEGAWAI + 1}`
      : Promise.resolve([]),
  ]);
  const ringkas = ringkasKurva({
    tampil,
    units,
    agregat: agregat.map((g): AgregatKurva => ({ ...g, status: g.status ?? "BELUM" })),
    capaian: new Map([...capaian].map(([k, v]) => [k, v.predikat])),
    override: override.map((o) => ({ unitId: o.unitId, alasan: o.alasan, penilai: o.penilai ?? "Pimpinan instansi" })),
    tabel,
  });
  const jalur: { id: string; nama: string }[] = [];
  for (let p: UnitRingkas | undefined = dibuka ?? undefined; p; p = p.parentId ? perId.get(p.parentId) : undefined) jalur.unshift({ id: p.id, nama: p.nama });
  return {
    periode,
    unit: dibuka ? { id: dibuka.id, nama: dibuka.nama, pembawa: dibuka.pembawa, jalur } : null,
    ringkas: dibuka ? ringkas.slice(1) : ringkas,
    ringkasUnit: dibuka ? ringkas[0]! : null,
    pegawai: pegawai.slice(0, MAKS_BARIS_PEGAWAI).map((p) => ({
      nama: p.nama ?? "",
      nip: p.nip ?? "",
      jabatan: p.jabatan ?? "",
      unit: perId.get(p.unitKerjaId)?.nama ?? "",
      predikat: p.predikat,
      penilai: p.penilai ?? "",
      status: p.status ?? "BELUM",
      dikecualikan: p.dikecualikan,
    })),
    terpotong: pegawai.length > MAKS_BARIS_PEGAWAI,
  };
}

// ─── Monitoring Pengisian ───────────────────────────────────────────────────────────────────

export type MonitoringPengisian = {
  periode: PeriodeMonitoring;
  opd: { id: string; nama: string } | null;
  ringkas: RingkasPengisian[];
  tertahan: PegawaiTertahan[];
  terpotong: boolean;
  dikecualikan: PegawaiDikecualikan[];
};

/**
 * Kemajuan pengisian per OPD (unit teratas): pegawai yang memangku jabatan pada akhir periode, tanpa yang
 * dikecualikan, dan berapa yang sudah mencapai setiap tahap. Dengan `opdId`: juga pegawai yang tertahan dan yang
 * dikecualikan di OPD itu. 4–6 kueri tetap.
 */
/**
 * Keanggotaan OPD pegawai (dipakai monitoring dan laporan progres harian): CTE `akar` (unit → OPD, unit teratas, dari
 * pohon unit yang sudah di-cache, dikirim sebagai dua larik: tanpa CTE rekursif; dengan `opdId` hanya unit OPD itu)
 * dan `tugas` (satu penugasan per pegawai aktif yang berlaku pada `pada`, definitif didahulukan): pegawai_id,
 * jabatan_id, unit_kerja_id, jabatan_induk, opd_id. Dipakai sesudah WITH.
 */
/** Setiap unit instansi dengan OPD akarnya (hanya unit OPD `opdId` bila diberikan), untuk unnest di SQL. */
export function akarOpd(unitMap: ReadonlyMap<string, { id: string; parentId: string | null }>, opdId?: string | null): { unitIds: string[]; opdIds: string[] } {
  const unitIds: string[] = [];
  const opdIds: string[] = [];
  for (const u of unitMap.values()) {
    let akar = u;
    while (akar.parentId) {
      const induk = unitMap.get(akar.parentId);
      if (!induk) break;
      akar = induk;
    }
    if (opdId && akar.id !== opdId) continue;
    unitIds.push(u.id);
    opdIds.push(akar.id);
  }
  return { unitIds, opdIds };
}

export function sqlPenugasanOpd(instansiId: string, unitMap: ReadonlyMap<string, { id: string; parentId: string | null }>, pada: Date, opdId?: string): Prisma.Sql {
  const { unitIds, opdIds } = akarOpd(unitMap, opdId);
  return Prisma.sql`akar AS (SELECT * FROM unnest(${uuidArr(unitIds)}, ${uuidArr(opdIds)}) AS t(id, opd_id)),
    tugas AS (
      SELECT DISTINCT ON (pj.pegawai_id) pj.pegawai_id, pj.jabatan_id, j.unit_kerja_id, j.parent_id AS jabatan_induk, a.opd_id
      FROM penugasan_jabatan pj JOIN jabatan j ON j.id = pj.jabatan_id JOIN akar a ON a.id = j.unit_kerja_id JOIN pegawai p ON p.id = pj.pegawai_id
      WHERE j.instansi_id = ${instansiId}::uuid AND p.aktif AND pj.tmt_mulai <= ${pada} AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${pada})
      ORDER BY pj.pegawai_id, (pj.jenis = 'DEFINITIF') DESC, pj.tmt_mulai DESC
    )`;
}

export function getMonitoringPengisian(instansiId: string, periode: PeriodeMonitoring, opdId?: string): Promise<MonitoringPengisian | null> {
  return sekaliJalan(`pengisian|${instansiId}|${periode.periodeKinerjaId}|${periode.kode}|${opdId ?? ""}`, () => hitungMonitoringPengisian(instansiId, periode, opdId));
}

async function hitungMonitoringPengisian(instansiId: string, periode: PeriodeMonitoring, opdId?: string): Promise<MonitoringPengisian | null> {
  const unitMap = await getUnitKerja(instansiId);
  if (opdId && unitMap.get(opdId)?.parentId !== null) return null;
  const dasar = Prisma.sql`
    WITH ${sqlPenugasanOpd(instansiId, unitMap, periode.selesai, opdId)},
    peg AS (
      SELECT t.*, EXISTS (
        SELECT 1 FROM pengecualian_pegawai x WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = t.pegawai_id
          AND x.mulai <= ${periode.selesai} AND (x.selesai IS NULL OR x.selesai >= ${periode.mulai})) AS dikecualikan
      FROM tugas t
    )`;
  const tahap = Prisma.sql`
    , sk AS (
      SELECT DISTINCT ON (s.pegawai_id) s.id, s.pegawai_id, s.status
      FROM skp s JOIN peg ON peg.pegawai_id = s.pegawai_id
      WHERE s.periode_id = ${periode.periodeKinerjaId}::uuid AND s.mulai <= ${periode.selesai} AND s.selesai >= ${periode.mulai}
      ORDER BY s.pegawai_id, (s.status = 'DISETUJUI') DESC, (s.status = 'DIGANTI') DESC, s.versi DESC, s.created_at DESC
    ),
    -- Tahap pelaksanaan per SKP dari ringkasan progres_skp (dipelihara trigger di transaksi setiap penulis isian,
    -- migrasi *_progres_skp): satu baris per (SKP, periode evaluasi), bukan pemindaian jutaan baris isian.
    pr AS (SELECT g.skp_id, bool_or(g.rencana_aksi > 0) AS ra, bool_or(g.realisasi > 0) AS re, bool_or(g.bukti_siap > 0) AS bu
           FROM progres_skp g WHERE g.periode_evaluasi_id = ANY(${uuidArr(periode.periodeEvaluasiIds)}) GROUP BY g.skp_id),
    ev_skp AS (SELECT e.skp_id, bool_or(e.rating_hasil IS NOT NULL AND e.rating_perilaku IS NOT NULL) AS dinilai, bool_or(e.status = 'FINAL') AS final
               FROM evaluasi_kinerja e JOIN sk ON sk.id = e.skp_id WHERE e.kode = ${periode.kode} GROUP BY e.skp_id),
    f AS (
      SELECT peg.*, sk.id AS skp_id,
        (sk.id IS NOT NULL) AS disusun,
        (sk.status IN ('DISETUJUI', 'DIGANTI')) IS TRUE AS disetujui,
        COALESCE(pr.ra, false) AS rencana_aksi,
        COALESCE(pr.re, false) AS realisasi,
        COALESCE(pr.bu, false) AS bukti,
        COALESCE(ev_skp.dinilai, false) AS dinilai,
        COALESCE(ev_skp.final, false) AS final
      FROM peg LEFT JOIN sk ON sk.pegawai_id = peg.pegawai_id
        LEFT JOIN pr ON pr.skp_id = sk.id LEFT JOIN ev_skp ON ev_skp.skp_id = sk.id
      WHERE NOT peg.dikecualikan
    )`;
  const [agregat, tertahan, dikecualikan] = await Promise.all([
    prisma.$queryRaw<AgregatPengisian[]>`
      ${dasar} ${tahap}
      SELECT opd_id AS "opdId", COUNT(*)::int AS pegawai,
        COUNT(*) FILTER (WHERE disusun)::int AS disusun, COUNT(*) FILTER (WHERE disetujui)::int AS disetujui,
        COUNT(*) FILTER (WHERE rencana_aksi)::int AS "rencanaAksi", COUNT(*) FILTER (WHERE realisasi)::int AS realisasi,
        COUNT(*) FILTER (WHERE bukti)::int AS bukti, COUNT(*) FILTER (WHERE dinilai)::int AS dinilai, COUNT(*) FILTER (WHERE final)::int AS final
      FROM f GROUP BY opd_id`,
    opdId
      ? prisma.$queryRaw<({ nama: string; nip: string; jabatan: string; unitKerjaId: string; penilai: string | null } & Record<Tahap, boolean>)[]>`
          ${dasar} ${tahap}
          SELECT CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')) AS nama, p.nip, jb.nama AS jabatan, f.unit_kerja_id AS "unitKerjaId",
                 COALESCE((SELECT s.penilai_snapshot->>'nama' FROM skp s WHERE s.id = f.skp_id), (
                   SELECT CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(q.gelar_depan), ''), TRIM(q.nama)), NULLIF(TRIM(q.gelar_belakang), '')) FROM penugasan_jabatan pa JOIN pegawai q ON q.id = pa.pegawai_id
                   WHERE pa.jabatan_id = f.jabatan_induk AND pa.tmt_mulai <= ${periode.selesai} AND (pa.tmt_selesai IS NULL OR pa.tmt_selesai >= ${periode.selesai})
                   ORDER BY (pa.jenis = 'DEFINITIF') DESC LIMIT 1)) AS penilai,
                 f.disusun, f.disetujui, f.rencana_aksi AS "rencanaAksi", f.realisasi, f.bukti, f.dinilai, f.final
          FROM f JOIN pegawai p ON p.id = f.pegawai_id JOIN jabatan jb ON jb.id = f.jabatan_id
          WHERE NOT f.final
          ORDER BY p.nama, p.id LIMIT ${MAKS_BARIS_PEGAWAI + 1}`
      : Promise.resolve([]),
    opdId
      ? prisma.$queryRaw<{ nama: string; nip: string; opdId: string; jenis: PegawaiDikecualikan["jenis"]; alasan: string; mulai: Date; selesai: Date | null }[]>`
          ${dasar}
          SELECT CONCAT_WS(', ', CONCAT_WS(' ', NULLIF(TRIM(p.gelar_depan), ''), TRIM(p.nama)), NULLIF(TRIM(p.gelar_belakang), '')) AS nama, p.nip, peg.opd_id AS "opdId", x.jenis::text AS jenis, x.alasan, x.mulai, x.selesai
          FROM peg JOIN pengecualian_pegawai x ON x.pegawai_id = peg.pegawai_id AND x.instansi_id = ${instansiId}::uuid
            AND x.mulai <= ${periode.selesai} AND (x.selesai IS NULL OR x.selesai >= ${periode.mulai})
          JOIN pegawai p ON p.id = peg.pegawai_id
          WHERE peg.dikecualikan
          ORDER BY p.nama, x.mulai LIMIT ${MAKS_BARIS_PEGAWAI}`
      : Promise.resolve([]),
  ]);
  const perOpd = new Map(agregat.map((a) => [a.opdId, a]));
  const kosong = (id: string): AgregatPengisian => ({ opdId: id, pegawai: 0, ...(Object.fromEntries(TAHAP.map((t) => [t, 0])) as Record<Tahap, number>) });
  const opdList = [...unitMap.values()].filter((u) => u.parentId === null && (!opdId || u.id === opdId));
  const tanggal = (d: Date) => d.toISOString().slice(0, 10);
  return {
    periode,
    opd: opdId ? { id: opdId, nama: unitMap.get(opdId)!.nama } : null,
    ringkas: opdList.map((u) => ({ ...(perOpd.get(u.id) ?? kosong(u.id)), nama: u.nama })),
    tertahan: tertahan.slice(0, MAKS_BARIS_PEGAWAI).map((t) => ({
      nama: t.nama,
      nip: t.nip,
      jabatan: t.jabatan,
      unit: unitMap.get(t.unitKerjaId)?.nama ?? "",
      tahap: TAHAP.find((x) => !t[x]) ?? "final",
      penilai: t.penilai ?? "",
    })),
    terpotong: tertahan.length > MAKS_BARIS_PEGAWAI,
    dikecualikan: dikecualikan.map((x) => ({ nama: x.nama, nip: x.nip, opd: unitMap.get(x.opdId)?.nama ?? "", jenis: x.jenis, alasan: x.alasan, mulai: tanggal(x.mulai), selesai: x.selesai ? tanggal(x.selesai) : null })),
  };
}

// ─── Akses: admin BKD instansi yang dikelola ────────────────────────────────────────────────

export type KonteksMonitoring = { instansi: { id: string; nama: string }; banyakInstansi: boolean; tahun: number; daftarPeriode: { kode: string; label: string }[]; periode: PeriodeMonitoring };

/**
 * Instansi dan periode monitoring untuk aktor: hanya admin BKD instansi itu (atau superadmin). `instansi` yang
 * diminta tetapi tidak dikelola → null (halaman 403, rute 404), bukan jatuh ke instansi lain.
 */
export async function konteksMonitoring(aktor: Aktor, diminta: { instansi?: string; periode?: string }): Promise<KonteksMonitoring | null> {
  if (!can(aktor, { aksi: "buka-admin" })) return null;
  const daftar = await getInstansiDikelola(aktor);
  const pilihan = diminta.instansi ? daftar.find((i) => i.id === diminta.instansi) : daftar[0];
  if (!pilihan || !can(aktor, { aksi: "kelola-periode", instansiId: pilihan.id })) return null;
  const ev = await getPeriodeEvaluasiAdmin(pilihan.id);
  const hari = hariIni();
  const kode = kodePenilaianBawaan(ev.periode, hari, diminta.periode);
  const periode = await periodeMonitoring(pilihan.id, ev.tahun, kode);
  if (!periode) return null;
  return { instansi: { id: pilihan.id, nama: pilihan.nama }, banyakInstansi: daftar.length > 1, tahun: ev.tahun, daftarPeriode: [...ev.periode.map((p) => ({ kode: p.kode, label: p.label })), { kode: KODE_AKHIR, label: "Akhir (tahunan)" }], periode };
}
