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
