// progres_skp (ringkasan isian per SKP dan periode evaluasi, dipelihara trigger basis data) pada PostgreSQL: setelah
// data demo, setelah setiap penulisan lewat layanan pelaksanaan, dan setelah perubahan SQL langsung (status bukti,
// rencana aksi dipindah periode, hapus) isinya sama persis dengan hitungan ulang dari tabel isian; Monitoring
// Pengisian (yang membacanya) langsung melihat realisasi pertama sebuah SKP.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getPelaksanaan } from "@/lib/pelaksanaan/baca";
import { hapusBukti, hapusRencanaAksi, simpanRealisasi, simpanRencanaAksi, tambahTautan } from "@/lib/pelaksanaan/layanan";
import { getMonitoringPengisian, periodeMonitoring } from "@/lib/penilaian/monitoring";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let joko: Aktor;
let skp = "";
let rhk = "";
let iki = "";
let tw1 = "";
let tw2 = "";

type Baris = { skp: string; pe: string; ra: number; re: number; bu: number };

/** Selisih antara progres_skp dan hitungan ulang dari rencana_aksi, realisasi dan bukti_dukung (SIAP). Kosong = sama. */
async function selisih(): Promise<{ tersimpan: Baris | null; dihitung: Baris | null }[]> {
  const rows = await demo.prisma.$queryRaw<{ skp: string; pe: string; ra: number | null; re: number | null; bu: number | null; gra: number | null; gre: number | null; gbu: number | null }[]>`
    WITH h AS (
      SELECT skp_id, pe, sum(ra)::int AS ra, sum(re)::int AS re, sum(bu)::int AS bu FROM (
        SELECT r.skp_id, a.periode_evaluasi_id AS pe, count(*) AS ra, 0 AS re, 0 AS bu FROM rencana_aksi a JOIN rhk r ON r.id = a.rhk_id GROUP BY 1, 2
        UNION ALL SELECT r.skp_id, x.periode_evaluasi_id, 0, count(*), 0 FROM realisasi x JOIN iki i ON i.id = x.iki_id JOIN rhk r ON r.id = i.rhk_id GROUP BY 1, 2
        UNION ALL SELECT r.skp_id, a.periode_evaluasi_id, 0, 0, count(*) FROM bukti_dukung b JOIN rencana_aksi a ON a.id = b.rencana_aksi_id JOIN rhk r ON r.id = a.rhk_id WHERE b.status = 'SIAP' GROUP BY 1, 2
      ) u GROUP BY 1, 2
    ),
    g AS (SELECT skp_id, periode_evaluasi_id AS pe, rencana_aksi AS ra, realisasi AS re, bukti_siap AS bu FROM progres_skp WHERE rencana_aksi <> 0 OR realisasi <> 0 OR bukti_siap <> 0)
    SELECT COALESCE(h.skp_id, g.skp_id)::text AS skp, COALESCE(h.pe, g.pe)::text AS pe, h.ra, h.re, h.bu, g.ra AS gra, g.re AS gre, g.bu AS gbu
    FROM h FULL JOIN g ON g.skp_id = h.skp_id AND g.pe = h.pe
    WHERE h.skp_id IS NULL OR g.skp_id IS NULL OR h.ra <> g.ra OR h.re <> g.re OR h.bu <> g.bu`;
  return rows.map((r) => ({
    dihitung: r.ra === null ? null : { skp: r.skp, pe: r.pe, ra: r.ra, re: r.re!, bu: r.bu! },
    tersimpan: r.gra === null ? null : { skp: r.skp, pe: r.pe, ra: r.gra, re: r.gre!, bu: r.gbu! },
  }));
}

async function baris(pe: string): Promise<{ ra: number; re: number; bu: number }> {
  const r = await demo.prisma.progresSkp.findUnique({ where: { skpId_periodeEvaluasiId: { skpId: skp, periodeEvaluasiId: pe } }, select: { rencanaAksi: true, realisasi: true, buktiSiap: true } });
  return { ra: r?.rencanaAksi ?? 0, re: r?.realisasi ?? 0, bu: r?.buktiSiap ?? 0 };
}

beforeAll(async () => {
  demo = await siapkanDemo();
  joko = await aktorDemo(demo, "joko");
  const s = await demo.prisma.skp.findFirstOrThrow({
    where: { pegawaiId: demo.pegawaiId("joko"), status: "DISETUJUI" },
    select: { id: true, rhk: { select: { id: true, iki: { select: { id: true, targetMin: true } } }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }] } },
  });
  skp = s.id;
  rhk = s.rhk[0]!.id;
  iki = s.rhk[0]!.iki.find((i) => i.targetMin !== null)!.id;
  const d = (await getPelaksanaan(joko, skp, "TW1"))!;
  tw1 = d.periode.find((p) => p.kode === "TW1")!.id;
  tw2 = d.periode.find((p) => p.kode === "TW2")!.id;
});

describe("progres_skp", () => {
  it("data demo: ringkasan sama dengan hitungan ulang dan tidak kosong", async () => {
    expect(await selisih()).toEqual([]);
    expect(await demo.prisma.progresSkp.count({ where: { realisasi: { gt: 0 } } })).toBeGreaterThan(5);
  });

  it("penulisan lewat layanan pelaksanaan (tambah, realisasi, tautan, hapus) menjaga ringkasan di transaksi yang sama", async () => {
    const awal = await baris(tw2);
    const ra = await simpanRencanaAksi(joko, { skpId: skp, periodeId: tw2, rhkId: rhk, uraian: "Rencana aksi uji ringkasan progres", targetAngka: 2, satuan: "dokumen" });
    expect(ra.ok).toBe(true);
    const raId = ra.ok ? ra.data.id : "";
    expect(await baris(tw2)).toEqual({ ...awal, ra: awal.ra + 1 });
    // Realisasi yang sama disimpan dua kali: satu baris (upsert), dihitung sekali.
    expect((await simpanRealisasi(joko, { skpId: skp, periodeId: tw2, ikiId: iki, nilai: 1, dasar: "Uji pertama" })).ok).toBe(true);
    expect((await simpanRealisasi(joko, { skpId: skp, periodeId: tw2, ikiId: iki, nilai: 2, dasar: "Uji kedua" })).ok).toBe(true);
    const adaRealisasi = (await demo.prisma.realisasi.count({ where: { ikiId: iki, periodeEvaluasiId: tw2 } })) === 1;
    expect(adaRealisasi).toBe(true);
    const t = await tambahTautan(joko, { skpId: skp, rencanaAksiId: raId, url: "https://drive.google.com/file/d/progres/view", nama: "Notula" });
    expect(t.ok).toBe(true);
    const sesudah = await baris(tw2);
    expect(sesudah.ra).toBe(awal.ra + 1);
    expect(sesudah.bu).toBe(awal.bu + 1);
    expect(await selisih()).toEqual([]);
    expect((await hapusBukti(joko, { skpId: skp, buktiId: t.ok ? t.data.id : "" })).ok).toBe(true);
    expect((await hapusRencanaAksi(joko, { skpId: skp, rencanaAksiId: raId })).ok).toBe(true);
    expect((await baris(tw2)).ra).toBe(awal.ra);
    expect((await baris(tw2)).bu).toBe(awal.bu);
    expect(await selisih()).toEqual([]);
  });

  it("SQL langsung: unggahan MENGUNGGAH → SIAP → MENGUNGGAH, rencana aksi dipindah periode, impor massal, hapus", async () => {
    const [{ id: raId }] = await demo.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO rencana_aksi (id, rhk_id, periode_evaluasi_id, urutan, uraian, updated_at) VALUES (gen_random_uuid(), ${rhk}::uuid, ${tw1}::uuid, 90, 'Uji SQL', now()) RETURNING id::text`;
    const a1 = await baris(tw1);
    const [{ id: bId }] = await demo.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO bukti_dukung (id, rencana_aksi_id, jenis, status, nama, kunci, diunggah_oleh) VALUES (gen_random_uuid(), ${raId}::uuid, 'BERKAS', 'MENGUNGGAH', 'x.pdf', 'bukti/uji-progres', ${joko.pegawaiId}::uuid) RETURNING id::text`;
    expect((await baris(tw1)).bu).toBe(a1.bu);
    await demo.prisma.$executeRaw`UPDATE bukti_dukung SET status = 'SIAP' WHERE id = ${bId}::uuid`;
    expect((await baris(tw1)).bu).toBe(a1.bu + 1);
    await demo.prisma.$executeRaw`UPDATE bukti_dukung SET nama = 'y' WHERE id = ${bId}::uuid`;
    expect((await baris(tw1)).bu).toBe(a1.bu + 1);
    expect(await selisih()).toEqual([]);
    // Rencana aksi (dengan bukti SIAP-nya) dipindah ke TW2: kedua hitungan pindah bersama.
    const b2 = await baris(tw2);
    await demo.prisma.$executeRaw`UPDATE rencana_aksi SET periode_evaluasi_id = ${tw2}::uuid WHERE id = ${raId}::uuid`;
    expect((await baris(tw1)).ra).toBe(a1.ra - 1);
    expect((await baris(tw2)).ra).toBe(b2.ra + 1);
    expect((await baris(tw1)).bu).toBe(a1.bu);
    expect((await baris(tw2)).bu).toBe(b2.bu + 1);
    expect(await selisih()).toEqual([]);
    await demo.prisma.$executeRaw`UPDATE bukti_dukung SET status = 'MENGUNGGAH' WHERE id = ${bId}::uuid`;
    await demo.prisma.$executeRaw`DELETE FROM bukti_dukung WHERE id = ${bId}::uuid`;
    await demo.prisma.$executeRaw`DELETE FROM rencana_aksi WHERE id = ${raId}::uuid`;
    // Satu pernyataan banyak baris (seperti impor): setiap baris dihitung.
    await demo.prisma.$executeRaw`
      INSERT INTO rencana_aksi (id, rhk_id, periode_evaluasi_id, urutan, uraian, updated_at)
      SELECT gen_random_uuid(), ${rhk}::uuid, ${tw1}::uuid, 100 + g, 'Massal ' || g, now() FROM generate_series(1, 25) g`;
    expect((await baris(tw1)).ra).toBe(a1.ra - 1 + 25);
    await demo.prisma.$executeRaw`DELETE FROM rencana_aksi WHERE uraian LIKE 'Massal %'`;
    expect(await selisih()).toEqual([]);
  });

  it("hitung ulang (dipakai data skala) menghasilkan isi yang sama", async () => {
    const sebelum = await demo.prisma.progresSkp.findMany({ orderBy: [{ skpId: "asc" }, { periodeEvaluasiId: "asc" }], where: { OR: [{ rencanaAksi: { gt: 0 } }, { realisasi: { gt: 0 } }, { buktiSiap: { gt: 0 } }] } });
    await demo.prisma.$executeRaw`SELECT progres_skp_hitung_ulang(${demo.instansiId}::uuid)`;
    const sesudah = await demo.prisma.progresSkp.findMany({ orderBy: [{ skpId: "asc" }, { periodeEvaluasiId: "asc" }] });
    expect(sesudah).toEqual(sebelum);
  });

  it("Monitoring Pengisian melihat realisasi pertama sebuah SKP pada permintaan berikutnya", async () => {
    const pm = (await periodeMonitoring(demo.instansiId, TAHUN, "TW2"))!;
    const opd = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
    const sebelum = (await getMonitoringPengisian(demo.instansiId, pm))!.ringkas.find((r) => r.opdId === opd)!;
    await demo.prisma.$executeRaw`DELETE FROM realisasi WHERE iki_id IN (SELECT i.id FROM iki i JOIN rhk r ON r.id = i.rhk_id WHERE r.skp_id = ${skp}::uuid) AND periode_evaluasi_id = ${tw2}::uuid`;
    const tanpa = (await getMonitoringPengisian(demo.instansiId, pm))!.ringkas.find((r) => r.opdId === opd)!;
    expect(tanpa.realisasi).toBe(sebelum.realisasi - 1);
    expect((await simpanRealisasi(joko, { skpId: skp, periodeId: tw2, ikiId: iki, nilai: 1, dasar: "Lagi" })).ok).toBe(true);
    const lagi = (await getMonitoringPengisian(demo.instansiId, pm))!.ringkas.find((r) => r.opdId === opd)!;
    expect(lagi.realisasi).toBe(sebelum.realisasi);
    expect(await selisih()).toEqual([]);
  });
});
