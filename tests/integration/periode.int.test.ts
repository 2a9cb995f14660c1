// Periode kinerja instansi diatur admin BKD: otorisasi dari basis data, instansiId palsu tidak berlaku.
import { beforeAll, describe, expect, it } from "vitest";
import { aturPeriode, getPeriodeInstansi } from "@/lib/skp/periode-instansi";
import { pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
beforeAll(async () => {
  demo = await siapkanDemo();
});

describe("aturPeriode", () => {
  it("admin BKD membuat tahun berikutnya lalu mengubah ritmenya, dengan jejak audit; tahun berjalan yang sudah diisi terkunci", async () => {
    const admin = await aktorDemo(demo, "rizki");
    // Data demo sudah berisi pelaksanaan Triwulan I tahun berjalan (prisma/demo-penilaian.ts).
    const terkunci = await aturPeriode(admin, { instansiId: demo.instansiId, tahun: TAHUN, ritme: "BULANAN" });
    expect(terkunci.ok).toBe(false);
    if (!terkunci.ok) expect(terkunci.pesan).toMatch(/tidak dapat diubah/);
    expect((await aturPeriode(admin, { instansiId: demo.instansiId, tahun: TAHUN + 1, ritme: "SEMESTER" })).ok).toBe(true);
    expect((await aturPeriode(admin, { instansiId: demo.instansiId, tahun: TAHUN + 1, ritme: "BULANAN" })).ok).toBe(true);
    const p = await getPeriodeInstansi(demo.instansiId);
    expect(p.map((x) => [x.tahun, x.ritme])).toEqual([
      [TAHUN + 1, "BULANAN"],
      [TAHUN, "TRIWULAN"],
      [TAHUN - 1, "TRIWULAN"],
    ]);
    expect(p[0]!.mulai.toISOString().slice(0, 10)).toBe(`${TAHUN + 1}-01-01`);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "PERIODE_DIATUR" } })).toBe(2);
  });

  it("ASN, atasan, dan admin yang menyebut instansi lain ditolak tanpa perubahan", async () => {
    const instansiLain = await demo.prisma.instansi.create({
      data: { kode: "UJI-LAIN", nama: "Pemerintah Kota Uji", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota Uji" },
      select: { id: true },
    });
    for (const k of ["hendri", "bambang"]) {
      expect((await aturPeriode(await aktorDemo(demo, k), { instansiId: demo.instansiId, tahun: TAHUN, ritme: "TRIWULAN" })).ok).toBe(false);
    }
    const admin = await aktorDemo(demo, "rizki");
    expect((await aturPeriode(admin, { instansiId: instansiLain.id, tahun: TAHUN, ritme: "TRIWULAN" })).ok).toBe(false);
    expect(await getPeriodeInstansi(instansiLain.id)).toEqual([]);
    expect((await getPeriodeInstansi(demo.instansiId)).find((x) => x.tahun === TAHUN + 1)?.ritme).toBe("BULANAN");
  });
});

describe("ritme dan periode evaluasi", () => {
  it("periode evaluasi mengikuti ritme baru selama belum diisi; setelah diisi ritme terkunci", async () => {
    const admin = await aktorDemo(demo, "rizki");
    const tahun = TAHUN + 1;
    expect((await aturPeriode(admin, { instansiId: demo.instansiId, tahun, ritme: "TRIWULAN" })).ok).toBe(true);
    const pk = await demo.prisma.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: demo.instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } });
    expect((await pastikanPeriodeEvaluasi(pk)).map((p) => p.kode)).toEqual(["TW1", "TW2", "TW3", "TW4"]);
    expect((await aturPeriode(admin, { instansiId: demo.instansiId, tahun, ritme: "SEMESTER" })).ok).toBe(true);
    expect((await pastikanPeriodeEvaluasi({ ...pk, ritme: "SEMESTER" })).map((p) => p.kode)).toEqual(["S1", "S2"]);

    // Ada realisasi pada periode tahun berjalan (data demo Triwulan I) → ritme tahun itu tidak dapat diubah lagi.
    const pkIni = await demo.prisma.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: demo.instansiId, tahun: TAHUN } }, select: { id: true, tahun: true, ritme: true } });
    const [p1] = await pastikanPeriodeEvaluasi(pkIni);
    expect(await demo.prisma.realisasi.count({ where: { periodeEvaluasiId: p1!.id } })).toBeGreaterThan(0);
    const r = await aturPeriode(admin, { instansiId: demo.instansiId, tahun: TAHUN, ritme: pkIni.ritme === "TRIWULAN" ? "SEMESTER" : "TRIWULAN" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(/tidak dapat diubah/);
  });
});
