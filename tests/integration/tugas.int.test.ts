// "Tugas saya" di Beranda, pada data demo di PostgreSQL sungguhan: SKP menunggu persetujuan, umpan balik baru
// (hilang setelah dilihat), balasan bawahan, keputusan atas SKP sendiri, periode yang belum lengkap.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { tandaiDilihat, tulisUmpanBalik } from "@/lib/pelaksanaan/layanan";
import { ubahStatusSkp } from "@/lib/skp/layanan";
import { getTugasSaya } from "@/lib/tugas/baca";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["nurlaela", "wahyu", "anisa", "hendri", "rizki"]) A[k] = await aktorDemo(demo, k);
});

const skpDari = async (key: string, status?: "DISETUJUI" | "DIAJUKAN") =>
  (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(key), ...(status ? { status } : {}) }, select: { id: true } })).id;

describe("Tugas saya", () => {
  it("atasan melihat SKP bawahan yang menunggu persetujuannya, bertaut ke Penilaian Bawahan", async () => {
    const t = await getTugasSaya(A.nurlaela!);
    expect(t).toContainEqual(expect.objectContaining({ teks: "1 SKP bawahan menunggu persetujuan Anda", href: "/bawahan", penting: true }));
    // ASN tanpa bawahan tidak mendapat tugas persetujuan.
    expect((await getTugasSaya(A.hendri!)).some((x) => x.kunci === "setujui")).toBe(false);
  });

  it("umpan balik baru dari atasan tampil bagi pemilik sampai ia membuka SKP-nya; balasannya tampil bagi atasan", async () => {
    const skp = await skpDari("wahyu", "DISETUJUI");
    await tandaiDilihat(A.wahyu!, skp, new Date(Date.now() - 60_000));
    expect((await getTugasSaya(A.wahyu!)).some((x) => x.kunci === `umpan-${skp}`)).toBe(false);
    expect((await tulisUmpanBalik(A.nurlaela!, { skpId: skp, teks: "Tolong lengkapi bukti rapat koordinasi." })).ok).toBe(true);
    expect((await tulisUmpanBalik(A.nurlaela!, { skpId: skp, teks: "Realisasi TW IV ditunggu." })).ok).toBe(true);
    expect(await getTugasSaya(A.wahyu!)).toContainEqual(expect.objectContaining({ kunci: `umpan-${skp}`, teks: "2 umpan balik baru dari pejabat penilai", href: `/skp/${skp}/pelaksanaan` }));
    await tandaiDilihat(A.wahyu!, skp);
    expect((await getTugasSaya(A.wahyu!)).some((x) => x.kunci === `umpan-${skp}`)).toBe(false);

    await tandaiDilihat(A.nurlaela!, skp, new Date(Date.now() - 60_000));
    expect((await tulisUmpanBalik(A.wahyu!, { skpId: skp, teks: "Baik, sudah saya unggah." })).ok).toBe(true);
    const t = await getTugasSaya(A.nurlaela!);
    expect(t).toContainEqual(expect.objectContaining({ kunci: `balas-${skp}`, href: `/bawahan/skp/${skp}/pelaksanaan` }));
    expect(t.find((x) => x.kunci === `balas-${skp}`)!.teks).toMatch(/^1 balasan baru dari Wahyu Setiadi/);
    // Orang lain (admin) tidak melihat umpan balik SKP yang bukan miliknya.
    expect((await getTugasSaya(A.rizki!)).some((x) => x.kunci.startsWith("umpan-") || x.kunci.startsWith("balas-"))).toBe(false);
  });

  it("SKP yang ditolak sejak terakhir dilihat tampil bagi pemiliknya, lalu hilang setelah dibuka", async () => {
    const skp = await skpDari("anisa", "DIAJUKAN");
    await tandaiDilihat(A.anisa!, skp, new Date(Date.now() - 60_000));
    const diajukan = (await demo.prisma.skp.findUniqueOrThrow({ where: { id: skp }, select: { diajukanAt: true } })).diajukanAt!.toISOString();
    expect((await ubahStatusSkp(A.nurlaela!, { skpId: skp, aksi: "TOLAK", alasan: "Indikator kualitas belum terukur.", diajukanPada: diajukan })).ok).toBe(true);
    expect(await getTugasSaya(A.anisa!)).toContainEqual(expect.objectContaining({ kunci: `tolak-${skp}`, href: `/skp/${skp}`, penting: true }));
    await tandaiDilihat(A.anisa!, skp);
    expect((await getTugasSaya(A.anisa!)).some((x) => x.kunci === `tolak-${skp}`)).toBe(false);
    // Tugas persetujuan atasan berkurang.
    expect((await getTugasSaya(A.nurlaela!)).some((x) => x.kunci === "setujui")).toBe(false);
  });

  it("periode yang sedang dibuka dan belum lengkap tampil dengan hitungan yang sama dengan Prisma", async () => {
    let diperiksa = 0;
    for (const key of ["wahyu", "hendri", "nurlaela"]) {
      const aktor = A[key]!;
      const skp = await demo.prisma.skp.findFirst({ where: { pegawaiId: aktor.pegawaiId, status: "DISETUJUI" }, select: { id: true, periodeId: true, mulai: true, selesai: true } });
      if (!skp) continue;
      const hari = new Date();
      const periode = await demo.prisma.periodeEvaluasi.findMany({
        where: { periodeKinerjaId: skp.periodeId, status: "BUKA", mulai: { lte: hari } },
        select: { id: true, kode: true, mulai: true, selesai: true },
      });
      const tugas = await getTugasSaya(aktor);
      for (const p of periode.filter((x) => x.mulai <= skp.selesai && x.selesai >= skp.mulai)) {
        const ra = await demo.prisma.rencanaAksi.findMany({ where: { rhk: { skpId: skp.id }, periodeEvaluasiId: p.id }, select: { _count: { select: { bukti: { where: { status: "SIAP" } } } } } });
        const iki = await demo.prisma.iki.count({ where: { rhk: { skpId: skp.id } } });
        const real = await demo.prisma.realisasi.count({ where: { iki: { rhk: { skpId: skp.id } }, periodeEvaluasiId: p.id, OR: [{ nilai: { not: null } }, { teks: { not: null } }] } });
        const tanpaBukti = ra.filter((r) => r._count.bukti === 0).length;
        const lengkap = ra.length > 0 && tanpaBukti === 0 && real >= iki;
        const butir = tugas.find((x) => x.kunci === `periode-${skp.id}-${p.kode}`);
        diperiksa += 1;
        if (lengkap) expect(butir).toBeUndefined();
        else {
          expect(butir?.href).toBe(`/skp/${skp.id}/pelaksanaan?periode=${p.kode}`);
          if (ra.length === 0) expect(butir!.teks).toContain("belum ada rencana aksi");
          else if (tanpaBukti > 0) expect(butir!.teks).toContain(`${tanpaBukti} rencana aksi belum ada bukti dukung`);
          if (real < iki) expect(butir!.teks).toContain(`${iki - real} indikator belum diisi realisasinya`);
        }
      }
    }
    expect(diperiksa).toBeGreaterThan(0);
  });
});

describe("Tugas saya: penilaian kinerja dan keberatan (data demo Triwulan I)", () => {
  const cari = (t: Awaited<ReturnType<typeof getTugasSaya>>, kunci: string) => t.find((x) => x.kunci === kunci);
  const evaluasiDari = async (key: string) =>
    demo.prisma.evaluasiKinerja.findFirstOrThrow({ where: { kode: "TW1", skp: { pegawaiId: demo.pegawaiId(key) } }, select: { id: true, skpId: true, tenggatKeberatan: true } });

  beforeAll(async () => {
    for (const k of ["eko", "maya", "rudi", "intan", "rina", "mega"]) A[k] = await aktorDemo(demo, k);
  });

  it("pejabat penilai: periode yang sudah berakhir dengan penilaian bawahan belum final, bertaut ke daftar penilaian periode itu", async () => {
    // Bidang Kesmas: Triwulan I Wahyu, Taufik dan Joko belum dinilai (Anisa belum ber-SKP disetujui).
    expect(cari(await getTugasSaya(A.nurlaela!), "nilai-TW1")).toEqual({ kunci: "nilai-TW1", teks: "Penilaian Triwulan I bawahan: 3 belum dinilai", href: "/bawahan/penilaian?periode=TW1", penting: true });
    // Plt. Kepala Bidang Yankes sekaligus Sekretaris Dinas: Lina dan Novi belum, Maya masih draf.
    expect(cari(await getTugasSaya(A.eko!), "nilai-TW1")?.teks).toBe("Penilaian Triwulan I bawahan: 2 belum dinilai, 1 masih draf");
    expect(cari(await getTugasSaya(A.rina!), "nilai-TW1")?.teks).toBe("Penilaian Triwulan I bawahan: 1 masih draf, 1 selesai dinilai dan menunggu difinalkan");
    // Tim Maya sudah final untuk Triwulan I; Triwulan IV belum berakhir.
    const maya = await getTugasSaya(A.maya!);
    expect(cari(maya, "nilai-TW1")).toBeUndefined();
    expect(cari(maya, "nilai-TW4")).toBeUndefined();
    // ASN tanpa bawahan tidak mendapat tugas penilaian.
    expect((await getTugasSaya(A.hendri!)).some((x) => x.kunci.startsWith("nilai-"))).toBe(false);

    // Draf yang disimpan lewat layanan berpindah dari "belum dinilai" ke "masih draf".
    const skpWahyu = await skpDari("wahyu", "DISETUJUI");
    const { simpanDrafEvaluasi } = await import("@/lib/penilaian/layanan");
    expect((await simpanDrafEvaluasi(A.nurlaela!, { skpId: skpWahyu, kode: "TW1", versi: 0, ratingHasil: "SESUAI", umpanRhk: {}, umpanPerilaku: {} })).ok).toBe(true);
    expect(cari(await getTugasSaya(A.nurlaela!), "nilai-TW1")?.teks).toBe("Penilaian Triwulan I bawahan: 2 belum dinilai, 1 masih draf");
  });

  it("keberatan: atasan pejabat penilai diminta memutuskan, pejabat penilai diminta menjelaskan; hilang setelah dikerjakan", async () => {
    const e = await evaluasiDari("rudi");
    const href = `/bawahan/skp/${e.skpId}/penilaian/TW1`;
    expect(cari(await getTugasSaya(A.eko!), `putus-${e.skpId}-TW1`)).toEqual({ kunci: `putus-${e.skpId}-TW1`, teks: "Keberatan Rudi Hartono atas penilaian Triwulan I menunggu keputusan Anda", href, penting: true });
    expect(cari(await getTugasSaya(A.maya!), `jelas-${e.skpId}-TW1`)).toMatchObject({ href, teks: "Rudi Hartono mengajukan keberatan atas penilaian Triwulan I Anda: tulis penjelasan untuk atasan pejabat penilai" });
    // Pegawai lain tidak melihatnya; hasil Rudi sendiri tidak ditawarkan selama keberatannya berjalan.
    expect((await getTugasSaya(A.rina!)).some((x) => x.kunci.includes(e.skpId))).toBe(false);
    expect((await getTugasSaya(A.rudi!)).some((x) => x.kunci === `hasil-${e.skpId}-TW1`)).toBe(false);

    const { jelaskanKeberatan, putuskanKeberatan } = await import("@/lib/penilaian/layanan");
    expect((await jelaskanKeberatan(A.maya!, { evaluasiId: e.id, penjelasan: "Realisasi memang di atas rencana, tetapi sebagian berkas dikembalikan karena belum lengkap." })).ok).toBe(true);
    expect(cari(await getTugasSaya(A.maya!), `jelas-${e.skpId}-TW1`)).toBeUndefined();
    expect(cari(await getTugasSaya(A.eko!), `putus-${e.skpId}-TW1`)).toBeDefined();

    expect((await putuskanKeberatan(A.eko!, { evaluasiId: e.id, keputusan: "DIUBAH", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", catatan: "Capaian verifikasi berkas melampaui rencana dan didukung bukti yang sah." })).ok).toBe(true);
    expect(cari(await getTugasSaya(A.eko!), `putus-${e.skpId}-TW1`)).toBeUndefined();
    expect(cari(await getTugasSaya(A.rudi!), `hasil-${e.skpId}-TW1`)).toEqual({
      kunci: `hasil-${e.skpId}-TW1`,
      teks: "Keberatan Anda atas penilaian Triwulan I diputuskan: rating diubah, predikat kini Sangat Baik",
      href: `/skp/${e.skpId}/penilaian/TW1`,
      penting: false,
    });
  });

  it("pegawai: hasil penilaian yang baru final tampil dengan tenggat keberatannya; yang final lebih dari 30 hari lalu tidak", async () => {
    const e = await evaluasiDari("intan");
    const tenggat = e.tenggatKeberatan!.toLocaleDateString("id-ID", { dateStyle: "long", timeZone: "UTC" });
    expect(cari(await getTugasSaya(A.intan!), `hasil-${e.skpId}-TW1`)).toEqual({
      kunci: `hasil-${e.skpId}-TW1`,
      teks: `Hasil penilaian Triwulan I Anda sudah final: predikat Baik. Keberatan dapat diajukan sampai ${tenggat}`,
      href: `/skp/${e.skpId}/penilaian/TW1`,
      penting: false,
    });
    // Diskominfo difinalkan awal April.
    expect((await getTugasSaya(A.mega!)).some((x) => x.kunci.startsWith("hasil-"))).toBe(false);
  });
});
