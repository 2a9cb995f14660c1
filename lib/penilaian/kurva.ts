import "server-only";
// Populasi kurva distribusi (skp-domain §5.2): semua pegawai yang dihitung di bawah satu capaian organisasi (unit
// pembawa), lintas pejabat penilai, tanpa yang dikecualikan. Kueri tetap: hierarki/unit (cache lintas permintaan),
// anggota (1: SKP terpilih, evaluasi, pengecualian), capaian (1), tabel (1).
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { getHierarki, getUnitKerja } from "@/lib/organisasi/queries";
import { capaianBerlaku, tabelDistribusi } from "@/lib/penilaian/capaian";
import { hitungJumlah, periksaPopulasi, type HasilPopulasi, type PredikatOrganisasi, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import type { Predikat } from "@/lib/penilaian/kuadran";
import { unitKurva } from "@/lib/penilaian/organisasi";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";

export type AnggotaKurva = {
  skpId: string;
  pegawaiId: string;
  nama: string;
  jabatan: string;
  evaluasiId: string | null;
  status: "BELUM" | "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN";
  predikat: Predikat | null;
  ratingHasil: string | null;
  ratingPerilaku: string | null;
  penilaiPegawaiId: string | null;
  dikecualikan: boolean;
};

/** Anggota populasi yang tidak dirinci, dihitung per (status, predikat, dikecualikan). */
export type KelompokLain = { status: AnggotaKurva["status"]; predikat: Predikat | null; dikecualikan: boolean; jumlah: number };

/**
 * `anggota`: anggota yang dirinci (semua, kecuali bila dimuat dengan `rinci`); `lain`: sisanya sebagai hitungan
 * (kosong bila semua dirinci). Jumlah populasi = anggota + semua `lain`.
 */
export type Populasi = { unitId: string; unitNama: string; capaian: PredikatOrganisasi | null; anggota: AnggotaKurva[]; lain: KelompokLain[] };

type Rentang = { mulai: Date; selesai: Date };

const URUTAN_NAMA = new Intl.Collator("id");

/**
 * Populasi setiap unit pembawa yang diminta untuk (tahun, kode) pada rentang periode itu. `rinci`: hanya SKP ini yang
 * dimuat sebagai anggota; sisanya datang sebagai hitungan (`lain`) dari SQL, tanpa memindahkan puluhan ribu baris
 * (papan kalibrasi hanya menampilkan timnya sendiri dan jumlah orang lain).
 */
export async function muatPopulasi(
  instansiId: string,
  periodeKinerjaId: string,
  tahun: number,
  kode: string,
  rentang: Rentang,
  unitIds: readonly string[],
  opsi: { rinci?: readonly string[] } = {},
): Promise<Map<string, Populasi>> {
  const hasil = new Map<string, Populasi>();
  if (unitIds.length === 0) return hasil;
  const [pengaturan, units, data] = await Promise.all([getPengaturanPenilaian(instansiId), getUnitKerja(instansiId), getHierarki(instansiId)]);
  const simpul = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  const diminta = new Set(unitIds);
  const unitJabatan = new Map<string, string>();
  for (const j of data.jabatan.values()) {
    const u = unitKurva(data.jabatan, simpul, j.id, pengaturan.cakupanCapaian);
    if (u && diminta.has(u)) unitJabatan.set(j.id, u);
  }
  for (const u of unitIds) hasil.set(u, { unitId: u, unitNama: units.get(u)?.nama ?? "", capaian: null, anggota: [], lain: [] });
  if (unitJabatan.size === 0) return hasil;
  const jabIds = [...unitJabatan.keys()];
  const kurvaIds = jabIds.map((j) => unitJabatan.get(j)!);
  const [anggota, capaian] = await Promise.all([
    // Satu pernyataan, urutan pemilihan seperti kotak masuk penilai. Kandidat: semua SKP periode ini milik pegawai yang
    // pernah memegang jabatan di unit-unit itu selama periode; pegawai yang dimutasi di tengah periode dihitung di unit
    // segmen yang dinilai, bukan tertinggal sebagai "belum final" di unit lamanya. Per pegawai dipilih: SKP pertama
    // (selesai, versi terbaru dulu) yang sudah punya evaluasi kode ini; bila tidak ada, yang DISETUJUI pertama; bila
    // tidak ada, yang pertama. Pemilihan hanya membaca indeks evaluasi (kode, skp, status, predikat); snapshot nama/jabatan,
    // rating dan penilai dibaca untuk baris yang dirinci saja, per baris lewat kunci primer (LATERAL: perkiraan baris
    // populasi yang terlalu besar tidak membuat perencana memindai seluruh skp dan evaluasi_kinerja).
    prisma.$queryRaw<(Omit<AnggotaKurva, "status"> & { status: AnggotaKurva["status"] | null; unitId: string; jumlah: number | null })[]>`
      WITH peta AS (SELECT * FROM unnest(${jabIds}::uuid[], ${kurvaIds}::uuid[]) AS t(jabatan_id, unit_id)),
      dasar AS (
        SELECT s.id, s.pegawai_id, s.jabatan_id, s.status, s.selesai, s.versi FROM skp s
        WHERE s.periode_id = ${periodeKinerjaId}::uuid AND s.status IN ('DISETUJUI', 'DIGANTI') AND s.mulai <= ${rentang.selesai} AND s.selesai >= ${rentang.mulai}
      ),
      pilih AS (
        SELECT DISTINCT ON (d.pegawai_id) d.id, d.pegawai_id, d.jabatan_id, e.id AS ev_id, e.status::text AS ev_status, e.predikat::text AS predikat
        FROM dasar d LEFT JOIN evaluasi_kinerja e ON e.skp_id = d.id AND e.kode = ${kode}
        WHERE d.pegawai_id IN (SELECT x.pegawai_id FROM dasar x JOIN peta ON peta.jabatan_id = x.jabatan_id)
        ORDER BY d.pegawai_id, (e.id IS NOT NULL) DESC, (e.id IS NULL AND d.status <> 'DISETUJUI'), d.selesai DESC, d.versi DESC
      ),
      pop AS (
        SELECT p.*, peta.unit_id, (p.ev_status = 'DIKECUALIKAN' OR EXISTS (
                 SELECT 1 FROM pengecualian_pegawai x WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = p.pegawai_id
                   AND x.mulai <= ${rentang.selesai} AND (x.selesai IS NULL OR x.selesai >= ${rentang.mulai}))) AS dikecualikan
        FROM pilih p JOIN peta ON peta.jabatan_id = p.jabatan_id
      )
      SELECT p.id AS "skpId", p.pegawai_id AS "pegawaiId", p.unit_id AS "unitId", COALESCE(s.snap->>'nama', '') AS nama, COALESCE(s.snap->>'jabatan', '') AS jabatan,
             p.ev_id AS "evaluasiId", p.ev_status AS status, p.predikat, e.rating_hasil::text AS "ratingHasil", e.rating_perilaku::text AS "ratingPerilaku", e.penilai_pegawai_id AS "penilaiPegawaiId",
             p.dikecualikan, NULL::int AS jumlah
      FROM ${
        opsi.rinci
          ? // Baris yang dirinci (tim) sedikit; perkiraan baris populasi terlalu besar, jadi tanpa pagar OFFSET 0 perencana
            // memindai seluruh skp dan evaluasi_kinerja untuk join-nya.
            Prisma.sql`(SELECT * FROM pop WHERE id = ANY(${[...opsi.rinci]}::uuid[]) OFFSET 0) p
        CROSS JOIN LATERAL (SELECT x.pegawai_snapshot AS snap FROM skp x WHERE x.id = p.id OFFSET 0) s
        LEFT JOIN LATERAL (SELECT y.rating_hasil, y.rating_perilaku, y.penilai_pegawai_id FROM evaluasi_kinerja y WHERE y.id = p.ev_id OFFSET 0) e ON true`
          : Prisma.sql`pop p JOIN (SELECT id, pegawai_snapshot AS snap FROM skp) s ON s.id = p.id LEFT JOIN evaluasi_kinerja e ON e.id = p.ev_id`
      }
      ${opsi.rinci ? Prisma.sql`UNION ALL
      SELECT NULL, NULL, p.unit_id, NULL, NULL, NULL, p.ev_status, p.predikat, NULL, NULL, NULL, p.dikecualikan, count(*)::int
      FROM pop p WHERE NOT (p.id = ANY(${[...opsi.rinci]}::uuid[])) GROUP BY p.unit_id, p.ev_status, p.predikat, p.dikecualikan` : Prisma.empty}`,
    capaianBerlaku(instansiId, tahun, kode, unitIds),
  ]);
  for (const a of anggota) {
    const { unitId, jumlah, ...x } = a;
    const p = hasil.get(unitId)!;
    if (jumlah === null) p.anggota.push({ ...x, status: x.status ?? "BELUM" });
    else p.lain.push({ status: x.status ?? "BELUM", predikat: x.predikat, dikecualikan: x.dikecualikan, jumlah });
  }
  for (const [u, c] of capaian) {
    const p = hasil.get(u);
    if (p) p.capaian = c.predikat;
  }
  for (const p of hasil.values()) p.anggota.sort((a, b) => URUTAN_NAMA.compare(a.nama, b.nama));
  return hasil;
}

export type CekKurva = { populasi: Populasi; hasil: HasilPopulasi | null };

/**
 * Kurva populasi bila `akanFinal` (evaluasiId → predikat) difinalkan sekarang: yang sudah final ditambah kelompok ini
 * dihitung; sisanya (belum final, tidak dikecualikan) menjadi `sisa`. hasil null = capaian belum ditetapkan.
 */
export async function periksaKurva(instansiId: string, populasi: Populasi, akanFinal: ReadonlyMap<string, Predikat | null>, tabelDimuat?: TabelDistribusi): Promise<CekKurva> {
  if (!populasi.capaian) return { populasi, hasil: null };
  const dihitung = populasi.anggota.filter((a) => !a.dikecualikan);
  const final = dihitung.filter((a) => a.status === "FINAL" || (a.evaluasiId !== null && akanFinal.has(a.evaluasiId)));
  const predikat = final.map((a) => (a.evaluasiId !== null && akanFinal.has(a.evaluasiId) ? (akanFinal.get(a.evaluasiId) ?? null) : a.predikat));
  const jumlah: Record<Predikat, number> = { ...hitungJumlah(predikat) };
  let sisa = dihitung.length - final.length;
  for (const g of populasi.lain) {
    if (g.dikecualikan) continue;
    if (g.status === "FINAL" && g.predikat) jumlah[g.predikat] += g.jumlah;
    else if (g.status !== "FINAL") sisa += g.jumlah;
  }
  const tabel = tabelDimuat ?? (await tabelDistribusi(instansiId));
  return { populasi, hasil: periksaPopulasi(populasi.capaian, jumlah, sisa, tabel) };
}
