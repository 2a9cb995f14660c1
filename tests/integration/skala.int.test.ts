// Data skala (scripts/skala, `npm run seed:scale`): invarian yang diandalkan tolok ukur beban, diperiksa dengan SQL
// pada basis data uji yang baru, dan dibaca lewat fungsi akses data halaman seperti aplikasi.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predikatKinerja, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import { pembuatId } from "@/scripts/skala/acak";
import { bangunSkala, type HasilSkala } from "@/scripts/skala/isi";
import { strukturSkala } from "@/scripts/skala/struktur";
import { tanggalDiZona } from "@/lib/organisasi/format";
import { periodeEvaluasi } from "@/lib/skp/periode";
import { TAHUN } from "./support";

const N = 400;
/** Sebelum Triwulan I berakhir belum ada penilaian final, capaian, penetapan atau dokumen. */
const adaPeriodeBerakhir = periodeEvaluasi(TAHUN, "TRIWULAN").some((p) => p.selesai < tanggalDiZona(new Date(), "Asia/Jakarta"));
let db: pg.Client;
let h: HasilSkala;

const satu = async <T extends pg.QueryResultRow>(q: string, p: unknown[] = []) => (await db.query<T>(q, p)).rows[0]!;
const idPegawai = async (nip: string) => (await satu<{ id: string }>("SELECT id FROM pegawai WHERE nip = $1", [nip])).id;
const nipInstansi = async (instansiId: string) => (await db.query<{ nip: string }>("SELECT nip FROM pegawai WHERE instansi_id = $1 ORDER BY nip", [instansiId])).rows.map((r) => r.nip);
const aktorNip = async (nip: string) => {
  const { muatAktor } = await import("@/lib/auth/aktor");
  const p = await satu<{ id: string }>("SELECT g.id FROM pengguna g JOIN pegawai p ON p.id = g.pegawai_id WHERE p.nip = $1", [nip]);
  return (await muatAktor(p.id))!;
};

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  h = await bangunSkala(db, { pegawai: N });
}, 180_000);

afterAll(async () => {
  await db?.end();
});

describe(`data skala ${N} pegawai`, () => {
  it("setiap pegawai berjabatan definitif punya tepat satu SKP disetujui tahun ini dengan 4–8 RHK dan 2–3 IKI per RHK", async () => {
    const r = await satu<{ definitif: number; tanpa: number; ganda: number; rhk_min: number; rhk_maks: number; iki_min: number; iki_maks: number; skp_lain: number }>(
      `WITH def AS (
         SELECT DISTINCT pj.pegawai_id FROM penugasan_jabatan pj JOIN pegawai p ON p.id = pj.pegawai_id
         WHERE p.instansi_id = $1 AND pj.jenis = 'DEFINITIF' AND pj.tmt_mulai <= current_date AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= current_date)),
       s AS (SELECT s.id, s.pegawai_id FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1 AND pk.tahun = $2 AND s.status = 'DISETUJUI'),
       per AS (SELECT d.pegawai_id, count(s.id)::int AS n FROM def d LEFT JOIN s ON s.pegawai_id = d.pegawai_id GROUP BY d.pegawai_id),
       per_rhk AS (SELECT s.id, count(r.id)::int AS n FROM s LEFT JOIN rhk r ON r.skp_id = s.id GROUP BY s.id),
       per_iki AS (SELECT r.id, count(i.id)::int AS n FROM s JOIN rhk r ON r.skp_id = s.id LEFT JOIN iki i ON i.rhk_id = r.id GROUP BY r.id)
       SELECT (SELECT count(*)::int FROM def) AS definitif, (SELECT count(*)::int FROM per WHERE n = 0) AS tanpa, (SELECT count(*)::int FROM per WHERE n > 1) AS ganda,
              (SELECT min(n) FROM per_rhk) AS rhk_min, (SELECT max(n) FROM per_rhk) AS rhk_maks, (SELECT min(n) FROM per_iki) AS iki_min, (SELECT max(n) FROM per_iki) AS iki_maks,
              (SELECT count(*)::int FROM skp s JOIN pegawai p ON p.id = s.pegawai_id WHERE p.instansi_id = $1 AND s.status <> 'DISETUJUI') AS skp_lain`,
      [h.akun.instansiId, TAHUN],
    );
    expect(r.definitif).toBe(N);
    expect(r).toMatchObject({ tanpa: 0, ganda: 0, skp_lain: 0 });
    expect(r.rhk_min).toBeGreaterThanOrEqual(4);
    expect(r.rhk_maks).toBeLessThanOrEqual(8);
    expect(r.iki_min).toBeGreaterThanOrEqual(2);
    expect(r.iki_maks).toBeLessThanOrEqual(3);
  });

  it("RHK utama JA/JF mengintervensi RHK utama SKP pejabat penilainya", async () => {
    const r = await satu<{ utama: number; salah: number }>(
      `SELECT count(*)::int AS utama,
              count(*) FILTER (WHERE a.id IS NULL OR sa.pegawai_id IS DISTINCT FROM s.penilai_pegawai_id OR a.jenis <> 'UTAMA')::int AS salah
       FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN pegawai p ON p.id = s.pegawai_id
       LEFT JOIN rhk a ON a.id = r.rhk_atasan_id LEFT JOIN skp sa ON sa.id = a.skp_id
       WHERE p.instansi_id = $1 AND s.varian = 'JA_JF' AND r.jenis = 'UTAMA' AND s.penilai_pegawai_id IS NOT NULL`,
      [h.akun.instansiId],
    );
    expect(r.utama).toBeGreaterThan(0);
    expect(r.salah).toBe(0);
  });

  it("pohon jabatan 5–6 tingkat", async () => {
    const r = await satu<{ tingkat: number }>(
      `WITH RECURSIVE t AS (SELECT id, 1 AS d FROM jabatan WHERE instansi_id = $1 AND parent_id IS NULL
         UNION ALL SELECT j.id, t.d + 1 FROM jabatan j JOIN t ON j.parent_id = t.id)
       SELECT max(d)::int AS tingkat FROM t`,
      [h.akun.instansiId],
    );
    expect(r.tingkat).toBeGreaterThanOrEqual(5);
    expect(r.tingkat).toBeLessThanOrEqual(6);
  });

  it("atasan30 menilai tepat 30 SKP; bawahannya punya evaluasi pada kode itu; halaman membaca 30 bawahan", async () => {
    const a = h.akun.atasan30;
    const id = await idPegawai(a.nip);
    expect((await satu<{ n: number }>("SELECT count(*)::int AS n FROM skp WHERE penilai_pegawai_id = $1", [id])).n).toBe(30);
    expect((await satu<{ n: number }>("SELECT count(*)::int AS n FROM evaluasi_kinerja WHERE skp_id = $1 AND kode = $2 AND penilai_pegawai_id = $3", [a.bawahanSkpId, a.kode, id])).n).toBe(1);

    const aktor = await aktorNip(a.nip);
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const { getKotakPenilaian, getHalamanEvaluasi } = await import("@/lib/penilaian/baca");
    expect((await getBeranda(aktor)).bawahan).toHaveLength(30);
    const kotak = await getKotakPenilaian(aktor, a.kode);
    expect(kotak.baris).toHaveLength(30);
    expect(kotak.baris.every((b) => b.skpId)).toBe(true);
    const halaman = await getHalamanEvaluasi(aktor, a.bawahanSkpId, a.kode);
    expect(halaman?.evaluasi?.id).toBeTruthy();
  });

  it("akun tolok ukur lain: ≥ 200 pegawai di semua OPD, ≥ 20 atasan dengan evaluasi bawahan, admin BKD", async () => {
    const { pegawai, atasan, admin, instansiId } = h.akun;
    expect(new Set(pegawai.map((p) => p.nip)).size).toBeGreaterThanOrEqual(200);
    const opd = await satu<{ n: number; akar: number }>(
      `WITH RECURSIVE u AS (SELECT id, id AS akar FROM unit_kerja WHERE instansi_id = $1 AND parent_id IS NULL
         UNION ALL SELECT k.id, u.akar FROM unit_kerja k JOIN u ON k.parent_id = u.id)
       SELECT count(DISTINCT u.akar)::int AS n, (SELECT count(*)::int FROM unit_kerja WHERE instansi_id = $1 AND parent_id IS NULL) AS akar
       FROM skp s JOIN jabatan j ON j.id = s.jabatan_id JOIN u ON u.id = j.unit_kerja_id WHERE s.id = ANY($2::uuid[]) AND s.status = 'DISETUJUI'`,
      [instansiId, pegawai.map((p) => p.skpId)],
    );
    expect(opd.n).toBe(opd.akar);
    expect(new Set(atasan.map((a) => a.nip)).size).toBeGreaterThanOrEqual(20);
    expect(atasan.map((a) => a.nip)).not.toContain(h.akun.atasan30.nip);
    const ev = await satu<{ n: number }>(
      `SELECT count(*)::int AS n FROM evaluasi_kinerja e JOIN pegawai p ON p.id = e.penilai_pegawai_id
       JOIN unnest($1::text[], $2::uuid[], $3::text[]) AS x(nip, skp, kode) ON x.nip = p.nip AND x.skp = e.skp_id AND x.kode = e.kode`,
      [atasan.map((a) => a.nip), atasan.map((a) => a.bawahanSkpId), atasan.map((a) => a.kode)],
    );
    expect(ev.n).toBe(atasan.length);

    expect(admin.length).toBeGreaterThanOrEqual(1);
    const aktor = await aktorNip(admin[0]!.nip);
    expect(aktor.adminInstansiIds).toContain(instansiId);
    const { getDaftarSkpAdmin } = await import("@/lib/skp/daftar-admin");
    const daftar = await getDaftarSkpAdmin(instansiId, { tahun: TAHUN, halaman: 1 });
    expect(daftar.total).toBe(N);
  });

  it("jpt300: kepala OPD dengan pegawai terbanyak di bawahnya (≥ 300 pada 1.000 pegawai ke atas)", async () => {
    const bawah = async (instansiId: string, nip: string) =>
      (
        await satu<{ n: number }>(
          `WITH RECURSIVE t AS (SELECT pj.jabatan_id AS id FROM penugasan_jabatan pj JOIN pegawai p ON p.id = pj.pegawai_id WHERE p.nip = $2 AND pj.jenis = 'DEFINITIF'
             UNION ALL SELECT j.id FROM jabatan j JOIN t ON j.parent_id = t.id WHERE j.instansi_id = $1)
           SELECT count(DISTINCT pj.pegawai_id)::int AS n FROM penugasan_jabatan pj JOIN t ON t.id = pj.jabatan_id JOIN pegawai p ON p.id = pj.pegawai_id
           WHERE pj.jenis = 'DEFINITIF' AND p.nip <> $2`,
          [instansiId, nip],
        )
      ).n;
    const jpt = h.akun.jpt300.nip;
    expect((await satu<{ jenis: string }>("SELECT j.jenis::text FROM jabatan j JOIN penugasan_jabatan pj ON pj.jabatan_id = j.id JOIN pegawai p ON p.id = pj.pegawai_id WHERE p.nip = $1", [jpt])).jenis).toBe("JPT");
    // Pada 400 pegawai aturannya berskala: Dinas Pendidikan memuat sedikitnya 40 % pegawai.
    expect(await bawah(h.akun.instansiId, jpt)).toBeGreaterThanOrEqual(Math.min(300, 0.4 * N));
    // Struktur murni pada ukuran kabupaten: ≥ 300 di bawah Kepala Dinas Pendidikan, tepat 30 guru di sekolah atasan30.
    const s = strukturSkala(1000, { tahun: TAHUN, id: pembuatId("uji") });
    const anak = new Map<string, string[]>();
    for (const j of s.jabatan) if (j.parentId) (anak.get(j.parentId) ?? anak.set(j.parentId, []).get(j.parentId)!).push(j.id);
    const turunan = new Set<string>();
    for (const antre = [s.khusus.kepalaDinasPendidikan]; antre.length; ) for (const c of anak.get(antre.pop()!) ?? []) (turunan.add(c), antre.push(c));
    expect(s.pegawai.filter((p) => turunan.has(p.jabatanId)).length).toBeGreaterThanOrEqual(300);
    expect(s.pegawai.filter((p) => s.jabatan.find((j) => j.id === p.jabatanId)!.parentId === s.khusus.kepalaSekolah30)).toHaveLength(30);
  });

  it.runIf(adaPeriodeBerakhir)("predikat setiap evaluasi final = kuadran(rating hasil, rating perilaku); periode yang berakhir final untuk semua kecuali Sekda", async () => {
    const pasangan = (await db.query<{ rating_hasil: Rating; rating_perilaku: Rating; predikat: Predikat; n: number }>(
      `SELECT e.rating_hasil, e.rating_perilaku, e.predikat, count(*)::int AS n FROM evaluasi_kinerja e JOIN skp s ON s.id = e.skp_id JOIN pegawai p ON p.id = s.pegawai_id
       WHERE p.instansi_id = $1 AND e.status = 'FINAL' GROUP BY 1, 2, 3`,
      [h.akun.instansiId],
    )).rows;
    expect(pasangan.reduce((s, x) => s + x.n, 0)).toBeGreaterThan(0);
    for (const x of pasangan) expect(x.predikat, `${x.rating_hasil}/${x.rating_perilaku}`).toBe(predikatKinerja(x.rating_hasil, x.rating_perilaku));
    const per = (await db.query<{ kode: string; final: number; lain: number }>(
      `SELECT pe.kode, count(e.id) FILTER (WHERE e.status = 'FINAL')::int AS final, count(e.id) FILTER (WHERE e.status <> 'FINAL')::int AS lain
       FROM periode_evaluasi pe JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id LEFT JOIN evaluasi_kinerja e ON e.periode_evaluasi_id = pe.id
       WHERE pk.instansi_id = $1 AND pe.selesai < (now() AT TIME ZONE 'Asia/Jakarta')::date GROUP BY pe.kode`,
      [h.akun.instansiId],
    )).rows;
    for (const x of per) expect(x).toMatchObject({ final: N - 1, lain: 0 });
  });

  it.runIf(adaPeriodeBerakhir)("penetapan distribusi = jumlah predikat final per unit; finalisasi tercatat per tim; kurva aplikasi sepakat", async () => {
    const r = await satu<{ penetapan: number; beda: number; finalisasi: number; tanpa: number }>(
      `WITH f AS (SELECT e.unit_capaian_id AS unit, e.kode, e.predikat::text AS p, count(*)::int AS n FROM evaluasi_kinerja e
                  WHERE e.status = 'FINAL' AND e.unit_capaian_id IS NOT NULL GROUP BY 1, 2, 3)
       SELECT (SELECT count(*)::int FROM penetapan_distribusi WHERE instansi_id = $1) AS penetapan,
              (SELECT count(*)::int FROM penetapan_distribusi d, jsonb_each_text(d.jumlah) j
                 WHERE d.instansi_id = $1 AND j.value::int <> coalesce((SELECT n FROM f WHERE f.unit = d.unit_kerja_id AND f.kode = d.kode AND f.p = j.key), 0)) AS beda,
              (SELECT count(*)::int FROM finalisasi_penilaian WHERE instansi_id = $1) AS finalisasi,
              (SELECT count(*)::int FROM evaluasi_kinerja e JOIN skp s ON s.id = e.skp_id JOIN pegawai p ON p.id = s.pegawai_id
                 WHERE p.instansi_id = $1 AND e.status = 'FINAL' AND e.unit_capaian_id IS NOT NULL AND e.finalisasi_id IS NULL) AS tanpa`,
      [h.akun.instansiId],
    );
    expect(r.penetapan).toBeGreaterThan(0);
    expect(r).toMatchObject({ beda: 0, tanpa: 0 });
    expect(r.finalisasi).toBeGreaterThan(0);

    // Populasi kurva menurut aplikasi (lib/penilaian/kurva) untuk satu penetapan: semua final, pelanggaran sama.
    const d = await satu<{ unit_kerja_id: string; kode: string; pelanggaran: string[]; periode_kinerja_id: string; mulai: Date; selesai: Date }>(
      `SELECT d.unit_kerja_id, d.kode, d.pelanggaran, pk.id AS periode_kinerja_id, pe.mulai, pe.selesai FROM penetapan_distribusi d
       JOIN periode_kinerja pk ON pk.instansi_id = d.instansi_id AND pk.tahun = d.tahun JOIN periode_evaluasi pe ON pe.periode_kinerja_id = pk.id AND pe.kode = d.kode
       WHERE d.instansi_id = $1 ORDER BY d.kode, d.unit_kerja_id LIMIT 1`,
      [h.akun.instansiId],
    );
    const { muatPopulasi, periksaKurva } = await import("@/lib/penilaian/kurva");
    const pop = (await muatPopulasi(h.akun.instansiId, d.periode_kinerja_id, TAHUN, d.kode, { mulai: d.mulai, selesai: d.selesai }, [d.unit_kerja_id])).get(d.unit_kerja_id)!;
    expect(pop.anggota.length).toBeGreaterThan(0);
    expect(pop.anggota.every((a) => a.status === "FINAL")).toBe(true);
    const cek = await periksaKurva(h.akun.instansiId, pop, new Map());
    expect(cek.hasil!.pelanggaran.map((p) => p.pesan)).toEqual(d.pelanggaran);
  });

  it("pelaksanaan periode yang berakhir lengkap: setiap RHK punya rencana aksi berbukti, setiap IKI realisasi", async () => {
    const r = await satu<{ rhk_tanpa_ra: number; ra_tanpa_bukti: number; iki_tanpa_realisasi: number }>(
      `WITH pe AS (SELECT pe.id FROM periode_evaluasi pe JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id WHERE pk.instansi_id = $1 AND pe.status = 'TUTUP'),
            r AS (SELECT r.id FROM rhk r JOIN skp s ON s.id = r.skp_id JOIN pegawai p ON p.id = s.pegawai_id WHERE p.instansi_id = $1)
       SELECT (SELECT count(*)::int FROM r, pe WHERE NOT EXISTS (SELECT 1 FROM rencana_aksi ra WHERE ra.rhk_id = r.id AND ra.periode_evaluasi_id = pe.id)) AS rhk_tanpa_ra,
              (SELECT count(*)::int FROM rencana_aksi ra JOIN pe ON pe.id = ra.periode_evaluasi_id JOIN r ON r.id = ra.rhk_id WHERE NOT EXISTS (SELECT 1 FROM bukti_dukung b WHERE b.rencana_aksi_id = ra.id)) AS ra_tanpa_bukti,
              (SELECT count(*)::int FROM iki i JOIN r ON r.id = i.rhk_id, pe WHERE NOT EXISTS (SELECT 1 FROM realisasi x WHERE x.iki_id = i.id AND x.periode_evaluasi_id = pe.id)) AS iki_tanpa_realisasi`,
      [h.akun.instansiId],
    );
    expect(r).toEqual({ rhk_tanpa_ra: 0, ra_tanpa_bukti: 0, iki_tanpa_realisasi: 0 });
  });

  it("progres_skp dihitung ulang untuk instansi ini dan triggernya aktif kembali sesudah pengisian", async () => {
    const r = await satu<{ ra: number; re: number; bu: number; gra: number; gre: number; gbu: number }>(
      `WITH s AS (SELECT s.id FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1)
       SELECT (SELECT count(*)::int FROM rencana_aksi a JOIN rhk r ON r.id = a.rhk_id JOIN s ON s.id = r.skp_id) AS ra,
              (SELECT count(*)::int FROM realisasi x JOIN iki i ON i.id = x.iki_id JOIN rhk r ON r.id = i.rhk_id JOIN s ON s.id = r.skp_id) AS re,
              (SELECT count(*)::int FROM bukti_dukung b JOIN rencana_aksi a ON a.id = b.rencana_aksi_id JOIN rhk r ON r.id = a.rhk_id JOIN s ON s.id = r.skp_id WHERE b.status = 'SIAP') AS bu,
              (SELECT COALESCE(sum(g.rencana_aksi), 0)::int FROM progres_skp g JOIN s ON s.id = g.skp_id) AS gra,
              (SELECT COALESCE(sum(g.realisasi), 0)::int FROM progres_skp g JOIN s ON s.id = g.skp_id) AS gre,
              (SELECT COALESCE(sum(g.bukti_siap), 0)::int FROM progres_skp g JOIN s ON s.id = g.skp_id) AS gbu`,
      [h.akun.instansiId],
    );
    expect(r.ra).toBeGreaterThan(0);
    expect({ ra: r.gra, re: r.gre, bu: r.gbu }).toEqual({ ra: r.ra, re: r.re, bu: r.bu });
    const pemicu = (await db.query<{ tgenabled: string }>("SELECT t.tgenabled FROM pg_trigger t WHERE t.tgname = 'progres_skp'")).rows;
    expect(pemicu.map((p) => p.tgenabled)).toEqual(["O", "O", "O"]);
  });

  it("tidak ada stempel waktu di masa depan", async () => {
    const kolom: [string, string][] = [
      ["skp", "created_at"], ["skp", "disetujui_at"], ["rhk", "created_at"], ["rencana_aksi", "created_at"], ["bukti_dukung", "created_at"], ["realisasi", "updated_at"],
      ["umpan_balik", "created_at"], ["kunjungan_skp", "terakhir_dilihat"], ["evaluasi_kinerja", "updated_at"], ["evaluasi_kinerja", "final_at"], ["finalisasi_penilaian", "created_at"],
      ["capaian_organisasi", "created_at"], ["penetapan_distribusi", "ditetapkan_at"], ["dokumen", "created_at"], ["tanda_tangan_dokumen", "waktu"],
    ];
    const r = await satu<{ n: number }>(`SELECT (${kolom.map(([t, k]) => `(SELECT count(*) FROM ${t} WHERE ${k} > now())`).join(" + ")})::int AS n`);
    expect(r.n).toBe(0);
  });

  it.runIf(adaPeriodeBerakhir)("dokumen bertanda tangan: halaman verifikasi membaca pihak dan tanda tangannya", async () => {
    const d = await satu<{ kode: string; n: number }>(
      "SELECT d.kode, count(t.id)::int AS n FROM dokumen d JOIN tanda_tangan_dokumen t ON t.dokumen_id = d.id WHERE d.instansi_id = $1 GROUP BY d.kode ORDER BY 2 DESC, 1 LIMIT 1",
      [h.akun.instansiId],
    );
    const { infoVerifikasi } = await import("@/lib/dokumen/layanan");
    const info = await infoVerifikasi(d.kode);
    expect(info?.jenis).toBe("DOKUMEN_EVALUASI");
    expect(info?.tandaTangan).toHaveLength(d.n);
    expect(info?.digantikan).toBeNull();
    expect(info?.sha256).toBeNull();
  });

  it("deterministik: NIP sama dengan struktur murni; isi ulang (--ganti) menghasilkan NIP, id dan jumlah baris yang sama", async () => {
    const murni = strukturSkala(N, { tahun: TAHUN, id: pembuatId("murni") }).pegawai.map((p) => p.nip).sort();
    const awal = await nipInstansi(h.akun.instansiId);
    expect(awal).toEqual(murni);
    await expect(bangunSkala(db, { pegawai: N })).rejects.toThrow(/sudah ada.*--ganti/);
    const ulang = await bangunSkala(db, { pegawai: N, ganti: true });
    expect(ulang.akun.instansiId).toBe(h.akun.instansiId);
    expect(await nipInstansi(ulang.akun.instansiId)).toEqual(awal);
    expect(ulang.baris).toEqual(h.baris);
    expect(ulang.akun.atasan30).toEqual(h.akun.atasan30);
    expect((await satu<{ n: number }>("SELECT count(*)::int AS n FROM instansi")).n).toBe(1);
  });

  it("pada tanggal lain (Triwulan I baru berakhir; awal tahun) data tetap sah dan tidak melampaui tanggal itu", async () => {
    for (const [kode, sekarang, final] of [["SKALAAPR", new Date(Date.UTC(TAHUN, 3, 1, 3)), true], ["SKALAFEB", new Date(Date.UTC(TAHUN, 1, 10, 3)), false]] as const) {
      const x = await bangunSkala(db, { pegawai: 150, kode, sekarang });
      const r = await satu<{ skp: number; disetujui: number; final: number; draf: number; masa_depan: number; tw1: string }>(
        `SELECT (SELECT count(*)::int FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1) AS skp,
                (SELECT count(*)::int FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1 AND s.status = 'DISETUJUI') AS disetujui,
                (SELECT count(*)::int FROM evaluasi_kinerja e JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id WHERE pk.instansi_id = $1 AND e.status = 'FINAL') AS final,
                (SELECT count(*)::int FROM evaluasi_kinerja e JOIN periode_evaluasi pe ON pe.id = e.periode_evaluasi_id JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id WHERE pk.instansi_id = $1 AND e.status = 'DRAF') AS draf,
                (SELECT count(*)::int FROM evaluasi_kinerja e JOIN skp s ON s.id = e.skp_id JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1 AND (e.updated_at > $2 OR e.final_at > $2))
                  + (SELECT count(*)::int FROM realisasi re JOIN periode_evaluasi pe ON pe.id = re.periode_evaluasi_id JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id WHERE pk.instansi_id = $1 AND re.created_at > $2)
                  + (SELECT count(*)::int FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1 AND s.disetujui_at > $2) AS masa_depan,
                (SELECT pe.status::text FROM periode_evaluasi pe JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id WHERE pk.instansi_id = $1 AND pe.kode = 'TW1') AS tw1`,
        [x.akun.instansiId, sekarang],
      );
      expect(r).toMatchObject({ skp: 150, disetujui: 150, masa_depan: 0, tw1: final ? "TUTUP" : "BUKA" });
      expect(r.final > 0).toBe(final);
      expect(r.draf).toBeGreaterThan(0);
      expect(x.akun.atasan30.kode).toBe(final ? "TW2" : "TW1");
    }
  });
});
