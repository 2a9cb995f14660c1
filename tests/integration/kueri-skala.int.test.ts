// SQL per halaman terbatas dan tidak bergantung pada besar tim atau instansi (issue #13): dua instansi skala
// (scripts/skala, seperti npm run seed:scale) berbeda ukuran di satu basis data; untuk setiap fungsi data halaman,
// jumlah pernyataan SQL (lib/db/hitung-kueri.ts) sama untuk atasan dengan tepat 30 bawahan, atasan lain dengan tim
// kecil, JPT dengan ratusan pegawai di bawahnya dan admin BKD, di instansi kecil maupun besar, dan di bawah batas.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isiSkala, type AkunSkala } from "@/scripts/skala/isi";
import { TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

/** Batas atas SQL per fungsi data halaman (halaman evaluasi, yang terbanyak, kini ±30). */
const BATAS = 40;
const UKURAN = [300, 1_200] as const;

let db: pg.Client;
const akun = new Map<number, AkunSkala>();

beforeAll(async () => {
  db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  for (const n of UKURAN) akun.set(n, await isiSkala(db, { pegawai: n, kode: `KUERI${n}` }));
}, 300_000);

afterAll(async () => {
  await db?.end();
});

async function aktorNip(nip: string) {
  const { muatAktor } = await import("@/lib/auth/aktor");
  const r = await db.query<{ id: string }>("SELECT g.id FROM pengguna g JOIN pegawai p ON p.id = g.pegawai_id WHERE p.nip = $1", [nip]);
  return (await muatAktor(r.rows[0]!.id))!;
}

async function hitung(f: () => Promise<unknown>): Promise<number> {
  const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
  const hasil = await f(); // pemanasan: cache organisasi, periode evaluasi yang dibuat saat pertama dibuka
  expect(hasil).toBeTruthy();
  resetKueri();
  await f();
  return jumlahKueri();
}

type Kasus = { nama: string; jalankan: (a: AkunSkala) => Promise<number> };

const KASUS: Kasus[] = [
  {
    nama: "pegawai: beranda, SKP saya, detail SKP, pelaksanaan, hasil penilaian, tugas",
    jalankan: async (a) => {
      const p = a.pegawai[7]!;
      const aktor = await aktorNip(p.nip);
      const { getBeranda } = await import("@/lib/organisasi/beranda");
      const { getSkpSaya, getDetailSkp } = await import("@/lib/skp/baca");
      const { getPelaksanaan } = await import("@/lib/pelaksanaan/baca");
      const { getHasilTahun } = await import("@/lib/penilaian/baca");
      const { getTugasSaya } = await import("@/lib/tugas/baca");
      const { getHarianSaya } = await import("@/lib/progres-harian/baca");
      return (
        (await hitung(() => getBeranda(aktor))) +
        (await hitung(() => getSkpSaya(aktor, TAHUN))) +
        (await hitung(() => getDetailSkp(aktor, p.skpId))) +
        (await hitung(() => getPelaksanaan(aktor, p.skpId, "TW1"))) +
        (await hitung(() => getHasilTahun(aktor, p.skpId))) +
        (await hitung(() => getTugasSaya(aktor))) +
        (await hitung(() => getHarianSaya(aktor, null)))
      );
    },
  },
];

/** Fungsi data halaman atasan; dijalankan untuk atasan 30 bawahan dan atasan bertim kecil. */
async function halamanAtasan(nip: string, bawahanSkpId: string, kode: string): Promise<Record<string, number>> {
  const aktor = await aktorNip(nip);
  const { getSkpBawahan } = await import("@/lib/skp/baca");
  const { getMatriks } = await import("@/lib/skp/matriks");
  const { getMonitoring } = await import("@/lib/pelaksanaan/baca");
  const { getKotakPenilaian, getHalamanEvaluasi, getPapanKalibrasi } = await import("@/lib/penilaian/baca");
  const { getTugasSaya } = await import("@/lib/tugas/baca");
  const { getTinjauanHarian } = await import("@/lib/progres-harian/baca");
  return {
    getSkpBawahan: await hitung(() => getSkpBawahan(aktor, TAHUN)),
    getMatriks: await hitung(() => getMatriks(aktor)),
    getMonitoring: await hitung(() => getMonitoring(aktor, TAHUN)),
    getKotakPenilaian: await hitung(() => getKotakPenilaian(aktor, kode)),
    getHalamanEvaluasi: await hitung(() => getHalamanEvaluasi(aktor, bawahanSkpId, kode)),
    getPapanKalibrasi: await hitung(() => getPapanKalibrasi(aktor, kode)),
    getTugasSaya: await hitung(() => getTugasSaya(aktor)),
    getTinjauanHarian: await hitung(() => getTinjauanHarian(aktor)),
  };
}

async function halamanAdmin(a: AkunSkala): Promise<Record<string, number>> {
  const { getDaftarSkpAdmin } = await import("@/lib/skp/daftar-admin");
  const { getCapaianInstansi } = await import("@/lib/penilaian/capaian");
  const { getMonitoringKurva, getMonitoringPengisian, periodeMonitoring } = await import("@/lib/penilaian/monitoring");
  const { getRingkasanOpd } = await import("@/lib/organisasi/struktur");
  const tw1 = (await periodeMonitoring(a.instansiId, TAHUN, "TW1"))!;
  return {
    getDaftarSkpAdmin: await hitung(() => getDaftarSkpAdmin(a.instansiId, { tahun: TAHUN, halaman: 1 })),
    getCapaianInstansi: await hitung(() => getCapaianInstansi(a.instansiId, TAHUN, "TW1")),
    getMonitoringKurva: await hitung(() => getMonitoringKurva(a.instansiId, tw1)),
    getMonitoringPengisian: await hitung(() => getMonitoringPengisian(a.instansiId, tw1)),
    getRingkasanOpd: await hitung(() => getRingkasanOpd(a.instansiId)),
  };
}

describe("SQL per halaman tetap berapa pun besar tim dan instansi", () => {
  it("atasan: tim 30 orang = tim kecil, di instansi 300 dan 1.200 pegawai", async () => {
    const hasil: Record<string, number>[] = [];
    for (const n of UKURAN) {
      const a = akun.get(n)!;
      hasil.push(await halamanAtasan(a.atasan30.nip, a.atasan30.bawahanSkpId, a.atasan30.kode));
      const kecil = a.atasan.at(-1)!;
      hasil.push(await halamanAtasan(kecil.nip, kecil.bawahanSkpId, kecil.kode));
    }
    for (const h of hasil) expect(h).toEqual(hasil[0]);
    for (const v of Object.values(hasil[0]!)) expect(v).toBeLessThanOrEqual(BATAS);
    // Daftar tinjauan progres harian atasan 30 bawahan memang berisi entri banyak bawahan (bukan daftar kosong).
    const { getTinjauanHarian } = await import("@/lib/progres-harian/baca");
    const t = await getTinjauanHarian(await aktorNip(akun.get(1_200)!.atasan30.nip));
    expect(new Set(t.entri.map((e) => e.pegawaiId)).size).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it("JPT dengan ratusan pegawai di bawahnya: beranda dan pemantauan sama dengan atasan tim kecil", async () => {
    const a = akun.get(1_200)!;
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const { getMonitoring } = await import("@/lib/pelaksanaan/baca");
    const jpt = await aktorNip(a.jpt300.nip);
    const kecil = await aktorNip(a.atasan.at(-1)!.nip);
    expect(await hitung(() => getBeranda(jpt))).toBe(await hitung(() => getBeranda(kecil)));
    expect(await hitung(() => getMonitoring(jpt, TAHUN))).toBe(await hitung(() => getMonitoring(kecil, TAHUN)));
  }, 60_000);

  it("pegawai dan admin BKD: sama di instansi 300 dan 1.200 pegawai", async () => {
    // Berurutan: penghitung kueri satu untuk seluruh proses.
    const pegawai: number[] = [];
    for (const n of UKURAN) pegawai.push(await KASUS[0]!.jalankan(akun.get(n)!));
    expect(pegawai[1]).toBe(pegawai[0]);
    const admin = [];
    for (const n of UKURAN) admin.push(await halamanAdmin(akun.get(n)!));
    expect(admin[1]).toEqual(admin[0]);
    for (const v of Object.values(admin[0]!)) expect(v).toBeLessThanOrEqual(BATAS);
  }, 120_000);

  it("dasbor instansi: permintaan serentak yang sama berbagi satu perhitungan; permintaan berikutnya menghitung ulang", async () => {
    const a = akun.get(1_200)!;
    const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
    const { getMonitoringPengisian, getMonitoringKurva, periodeMonitoring } = await import("@/lib/penilaian/monitoring");
    const tw1 = (await periodeMonitoring(a.instansiId, TAHUN, "TW1"))!;
    for (const f of [() => getMonitoringPengisian(a.instansiId, tw1), () => getMonitoringKurva(a.instansiId, tw1)]) {
      await f();
      resetKueri();
      const satu = await f();
      const n1 = jumlahKueri();
      resetKueri();
      const serentak = await Promise.all([f(), f(), f(), f()]);
      expect(jumlahKueri()).toBe(n1);
      for (const x of serentak) expect(x).toEqual(satu);
      resetKueri();
      await f();
      expect(jumlahKueri()).toBe(n1); // tidak disimpan: dihitung ulang
    }
  }, 60_000);
});
