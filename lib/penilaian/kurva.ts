import "server-only";
// Populasi kurva distribusi (skp-domain §5.2): semua pegawai yang dihitung di bawah satu capaian organisasi (unit
// pembawa), lintas pejabat penilai, tanpa yang dikecualikan. Kueri tetap: hierarki/unit (cache lintas permintaan),
// anggota (1: SKP terpilih, evaluasi, pengecualian), capaian (1), tabel (1).
import { prisma } from "@/lib/db";
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

export type Populasi = { unitId: string; unitNama: string; capaian: PredikatOrganisasi | null; anggota: AnggotaKurva[] };

type Rentang = { mulai: Date; selesai: Date };

const URUTAN_NAMA = new Intl.Collator("id");

/** Populasi setiap unit pembawa yang diminta untuk (tahun, kode) pada rentang periode itu. */
export async function muatPopulasi(instansiId: string, periodeKinerjaId: string, tahun: number, kode: string, rentang: Rentang, unitIds: readonly string[]): Promise<Map<string, Populasi>> {
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
  for (const u of unitIds) hasil.set(u, { unitId: u, unitNama: units.get(u)?.nama ?? "", capaian: null, anggota: [] });
  if (unitJabatan.size === 0) return hasil;
  const jabIds = [...unitJabatan.keys()];
  const kurvaIds = jabIds.map((j) => unitJabatan.get(j)!);
  const [anggota, capaian] = await Promise.all([
    // Satu pernyataan, urutan pemilihan seperti kotak masuk penilai. Kandidat: semua SKP periode ini milik pegawai yang
    // pernah memegang jabatan di unit-unit itu selama periode; pegawai yang dimutasi di tengah periode dihitung di unit
    // segmen yang dinilai, bukan tertinggal sebagai "belum final" di unit lamanya. Per pegawai dipilih: SKP pertama
    // (selesai, versi terbaru dulu) yang sudah punya evaluasi kode ini; bila tidak ada, yang DISETUJUI pertama; bila
    // tidak ada, yang pertama. Hanya kolom yang dipakai yang dibaca (nama/jabatan dari snapshot, bukan seluruh JSON).
    prisma.$queryRaw<(Omit<AnggotaKurva, "status"> & { status: AnggotaKurva["status"] | null; unitId: string })[]>`
      WITH peta AS (SELECT * FROM unnest(${jabIds}::uuid[], ${kurvaIds}::uuid[]) AS t(jabatan_id, unit_id)),
      dasar AS (
        SELECT s.id, s.pegawai_id, s.jabatan_id, s.status, s.selesai, s.versi FROM skp s
        WHERE s.periode_id = ${periodeKinerjaId}::uuid AND s.status IN ('DISETUJUI', 'DIGANTI') AND s.mulai <= ${rentang.selesai} AND s.selesai >= ${rentang.mulai}
      ),
      pilih AS (
        SELECT DISTINCT ON (d.pegawai_id) d.id, d.pegawai_id, d.jabatan_id, e.id AS ev_id, e.status::text AS ev_status, e.predikat::text AS predikat,
               e.rating_hasil::text AS rating_hasil, e.rating_perilaku::text AS rating_perilaku, e.penilai_pegawai_id
        FROM dasar d LEFT JOIN evaluasi_kinerja e ON e.skp_id = d.id AND e.kode = ${kode}
        WHERE d.pegawai_id IN (SELECT x.pegawai_id FROM dasar x JOIN peta ON peta.jabatan_id = x.jabatan_id)
        ORDER BY d.pegawai_id, (e.id IS NOT NULL) DESC, (e.id IS NULL AND d.status <> 'DISETUJUI'), d.selesai DESC, d.versi DESC
      )
      SELECT p.id AS "skpId", p.pegawai_id AS "pegawaiId", peta.unit_id AS "unitId", COALESCE(s.pegawai_snapshot->>'nama', '') AS nama, COALESCE(s.pegawai_snapshot->>'jabatan', '') AS jabatan,
             p.ev_id AS "evaluasiId", p.ev_status AS status, p.predikat, p.rating_hasil AS "ratingHasil", p.rating_perilaku AS "ratingPerilaku", p.penilai_pegawai_id AS "penilaiPegawaiId",
             (p.ev_status = 'DIKECUALIKAN' OR EXISTS (
               SELECT 1 FROM pengecualian_pegawai x WHERE x.instansi_id = ${instansiId}::uuid AND x.pegawai_id = p.pegawai_id
                 AND x.mulai <= ${rentang.selesai} AND (x.selesai IS NULL OR x.selesai >= ${rentang.mulai}))) AS dikecualikan
      FROM pilih p JOIN peta ON peta.jabatan_id = p.jabatan_id JOIN skp s ON s.id = p.id`,
    capaianBerlaku(instansiId, tahun, kode, unitIds),
  ]);
  for (const a of anggota) {
    const { unitId, ...x } = a;
    hasil.get(unitId)!.anggota.push({ ...x, status: x.status ?? "BELUM" });
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
  const tabel = tabelDimuat ?? (await tabelDistribusi(instansiId));
  return { populasi, hasil: periksaPopulasi(populasi.capaian, hitungJumlah(predikat), dihitung.length - final.length, tabel) };
}
