// Permintaan yang bersamaan (klik ganda, dua tab): satu berhasil, yang lain mendapat pesan Indonesia yang jelas
// — tidak ada galat server, tidak ada data ganda.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getSkpSaya } from "@/lib/skp/baca";
import { buatRevisi, buatSkp } from "@/lib/skp/layanan";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["hendri", "wahyu"]) A[k] = await aktorDemo(demo, k);
});

describe("bentrok karena bersamaan", () => {
  it("lima buatSkp serentak: satu SKP, empat pesan 'sudah dibuat'", async () => {
    const seg = (await getSkpSaya(A.hendri!, TAHUN)).at(-1)!;
    const input = { jabatanId: seg.kartu.jabatanId, mulai: seg.mulai.toISOString().slice(0, 10), pendekatan: "KUANTITATIF" as const };
    const hasil = await Promise.allSettled(Array.from({ length: 5 }, () => buatSkp(A.hendri!, input)));
    expect(hasil.every((h) => h.status === "fulfilled")).toBe(true);
    const nilai = hasil.map((h) => (h as PromiseFulfilledResult<Awaited<ReturnType<typeof buatSkp>>>).value);
    expect(nilai.filter((r) => r.ok)).toHaveLength(1);
    for (const r of nilai.filter((x) => !x.ok)) expect(r.ok ? "" : r.pesan).toMatch(/sudah (dibuat|ada)/);
    expect(await demo.prisma.skp.count({ where: { pegawaiId: A.hendri!.pegawaiId } })).toBe(1);
  });

  it("lima buatRevisi serentak: satu revisi, sisanya pesan yang jelas", async () => {
    const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: A.wahyu!.pegawaiId, status: "DISETUJUI" }, select: { id: true } });
    const hasil = await Promise.allSettled(Array.from({ length: 5 }, () => buatRevisi(A.wahyu!, skp.id)));
    expect(hasil.every((h) => h.status === "fulfilled")).toBe(true);
    const nilai = hasil.map((h) => (h as PromiseFulfilledResult<Awaited<ReturnType<typeof buatRevisi>>>).value);
    expect(nilai.filter((r) => r.ok)).toHaveLength(1);
    for (const r of nilai.filter((x) => !x.ok)) expect(r.ok ? "" : r.pesan).toMatch(/revisi|Muat ulang/i);
    expect(await demo.prisma.skp.count({ where: { revisiDariId: skp.id } })).toBe(1);
  });
});
