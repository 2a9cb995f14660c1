// Cache pohon organisasi lintas permintaan (lib/organisasi/cache.ts): tanpa perubahan, hierarki tidak dimuat ulang
// (hanya versi yang dibaca); setiap penulisan jabatan/penugasan/unit/instansi — juga lewat SQL langsung, di luar
// aplikasi — mengganti versi sehingga permintaan berikutnya melihat data baru.
import { beforeAll, describe, expect, it } from "vitest";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;

beforeAll(async () => {
  demo = await siapkanDemo();
});

async function kueri<T>(f: () => Promise<T>): Promise<{ hasil: T; n: number; sql: readonly string[] }> {
  const { resetKueri, jumlahKueri, sqlTercatat } = await import("@/lib/db/hitung-kueri");
  resetKueri({ simpanSql: true });
  const hasil = await f();
  return { hasil, n: jumlahKueri(), sql: [...sqlTercatat()] };
}

describe("cache organisasi", () => {
  it("tanpa perubahan: hierarki, unit dan instansi tidak dimuat ulang; hanya versinya yang dibaca", async () => {
    const { getHierarki, getUnitKerja, getInstansi } = await import("@/lib/organisasi/queries");
    const id = demo.instansiId;
    await Promise.all([getHierarki(id), getUnitKerja(id), getInstansi(id)]);
    const kedua = await kueri(() => Promise.all([getHierarki(id), getUnitKerja(id), getInstansi(id)]));
    // Hanya versi yang dibaca (di luar render React paling banyak sekali per fungsi); tanpa jabatan/penugasan/unit.
    expect(kedua.n).toBeGreaterThan(0);
    expect(kedua.n).toBeLessThanOrEqual(3);
    expect(kedua.sql.every((q) => q.includes("versi_cache"))).toBe(true);
  });

  it("penugasan baru (lewat SQL langsung) terlihat pada pemuatan berikutnya; versi berganti", async () => {
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const { getRingkasanOpd } = await import("@/lib/organisasi/struktur");
    const nurlaela = await aktorDemo(demo, "nurlaela");
    const sebelum = (await getBeranda(nurlaela)).bawahan.length;
    const dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
    const opdSebelum = (await getRingkasanOpd(demo.instansiId)).find((o) => o.unitId === dinkes)!;
    // Ringkasan OPD yang di-cache: tanpa perubahan tidak dihitung ulang (tidak ada kueri selain versi).
    const ulang = await kueri(() => getRingkasanOpd(demo.instansiId));
    expect(ulang.sql.every((q) => q.includes("versi_cache"))).toBe(true);
    const [v1] = await demo.prisma.$queryRaw<{ versi: string }[]>`SELECT versi::text FROM versi_cache WHERE kunci = 'organisasi'`;
    const induk = await demo.prisma.jabatan.findFirstOrThrow({ where: { nama: "Kepala Bidang Kesehatan Masyarakat" }, select: { id: true, unitKerjaId: true, instansiId: true } });
    const calon = await demo.prisma.pegawai.create({
      data: { instansiId: induk.instansiId, nip: "199901012024011001", nama: "Pegawai Uji Cache", status: "PNS", golongan: "III/a", jenisKelamin: "L", tanggalLahir: new Date(Date.UTC(1999, 0, 1)) },
      select: { id: true },
    });
    const j = await demo.prisma.jabatan.create({ data: { instansiId: induk.instansiId, unitKerjaId: induk.unitKerjaId, parentId: induk.id, nama: "Staf uji cache", jenis: "PELAKSANA" }, select: { id: true } });
    await demo.prisma.$executeRaw`INSERT INTO penugasan_jabatan (id, pegawai_id, jabatan_id, jenis, tmt_mulai) VALUES (gen_random_uuid(), ${calon.id}::uuid, ${j.id}::uuid, 'DEFINITIF', ${new Date(Date.UTC(TAHUN, 0, 1))}::date)`;
    const [v2] = await demo.prisma.$queryRaw<{ versi: string }[]>`SELECT versi::text FROM versi_cache WHERE kunci = 'organisasi'`;
    expect(v2!.versi).not.toBe(v1!.versi);
    expect((await getBeranda(nurlaela)).bawahan.length).toBe(sebelum + 1);
    const opdSesudah = (await getRingkasanOpd(demo.instansiId)).find((o) => o.unitId === dinkes)!;
    expect({ jabatan: opdSesudah.jabatan, pegawai: opdSesudah.pegawai }).toEqual({ jabatan: opdSebelum.jabatan + 1, pegawai: opdSebelum.pegawai + 1 });
  });

  it("aktor dari sesi: satu pernyataan SQL yang sekaligus membaca versi organisasi", async () => {
    const { muatAktorSesi } = await import("@/lib/auth/aktor");
    const { buatSesi } = await import("@/lib/auth/sesi");
    const a = await aktorDemo(demo, "nurlaela");
    const sid = await buatSesi(a.penggunaId, "127.0.0.1");
    const r = await kueri(() => muatAktorSesi(a.penggunaId, sid));
    expect(r.hasil?.pegawaiId).toBe(a.pegawaiId);
    expect(r.hasil?.sesiId).toBe(sid);
    expect(r.n).toBe(1);
  });
});
