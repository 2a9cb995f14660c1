// Penyapu berkas bukti: unggahan macet (baris + berkas), berkas yatim (tanpa baris bukti_dukung) dan berkas `.tmp-*`
// yang lebih tua dari masa tenggang dihapus; berkas yang dirujuk dan berkas baru tetap ada; putaran diaudit.
import { mkdtemp, rm, utimes, writeFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PenyimpananLokal } from "@/lib/penyimpanan";
import { mulaiPenyapuBerkala, sapuSemua, selangSapuMenit } from "@/lib/pelaksanaan/penyapu";
import { getPelaksanaan } from "@/lib/pelaksanaan/baca";
import { simpanRencanaAksi } from "@/lib/pelaksanaan/layanan";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let tmp = "";
let simpan: PenyimpananLokal;
let raId = "";
let penggunaId = "";
const JAM = 60 * 60 * 1000;
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

async function tuakan(p: string, ms: number) {
  const t = new Date(Date.now() - ms);
  await utimes(p, t, t);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "skp-penyapu-"));
  simpan = new PenyimpananLokal(path.join(tmp, "berkas"));
  demo = await siapkanDemo();
  const joko = await aktorDemo(demo, "joko");
  penggunaId = joko.penggunaId;
  const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("joko"), status: "DISETUJUI" }, select: { id: true, rhk: { select: { id: true }, take: 1 } } });
  const d = (await getPelaksanaan(joko, skp.id, "TW1"))!;
  const ra = await simpanRencanaAksi(joko, { skpId: skp.id, periodeId: d.periode.find((p) => p.kode === "TW1")!.id, rhkId: skp.rhk[0]!.id, uraian: "Rencana aksi uji penyapu" });
  if (!ra.ok) throw new Error(ra.pesan);
  raId = ra.data.id;
});

afterAll(async () => {
  await demo?.prisma.$disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("penyapu berkas", () => {
  it("menghapus yang macet/yatim/sementara dan lama; menyimpan yang dirujuk dan yang baru", async () => {
    const folder = simpan.folder;
    // Dirujuk baris SIAP, lama → tetap.
    await simpan.simpan("bukti/dirujuk", PDF, "application/pdf");
    await tuakan(path.join(folder, "bukti", "dirujuk"), 3 * JAM);
    await demo.prisma.buktiDukung.create({ data: { rencanaAksiId: raId, jenis: "BERKAS", status: "SIAP", nama: "a.pdf", kunci: "bukti/dirujuk", diunggahOleh: penggunaId } });
    // Yatim lama → dihapus; yatim baru (unggahan yang mungkin sedang berjalan) → tetap.
    await simpan.simpan("bukti/yatim-lama", PDF, "application/pdf");
    await tuakan(path.join(folder, "bukti", "yatim-lama"), 3 * JAM);
    await simpan.simpan("bukti/yatim-baru", PDF, "application/pdf");
    // Di luar awalan bukti/ → tidak disentuh.
    await simpan.simpan("lain/berkas", PDF, "application/pdf");
    await tuakan(path.join(folder, "lain", "berkas"), 3 * JAM);
    // Unggahan macet (baris MENGUNGGAH 2 jam) dengan berkasnya → keduanya dihapus; MENGUNGGAH baru → tetap.
    await simpan.simpan("bukti/macet", PDF, "application/pdf");
    await tuakan(path.join(folder, "bukti", "macet"), 2 * JAM);
    await demo.prisma.buktiDukung.create({ data: { rencanaAksiId: raId, jenis: "BERKAS", status: "MENGUNGGAH", nama: "m.pdf", kunci: "bukti/macet", diunggahOleh: penggunaId, createdAt: new Date(Date.now() - 2 * JAM) } });
    await simpan.simpan("bukti/sedang", PDF, "application/pdf");
    await demo.prisma.buktiDukung.create({ data: { rencanaAksiId: raId, jenis: "BERKAS", status: "MENGUNGGAH", nama: "s.pdf", kunci: "bukti/sedang", diunggahOleh: penggunaId } });
    // Sisa penulisan terputus: .tmp- lama dihapus, .tmp- baru tetap.
    await writeFile(path.join(folder, "bukti", ".tmp-lama"), "x");
    await tuakan(path.join(folder, "bukti", ".tmp-lama"), 2 * JAM);
    await writeFile(path.join(folder, "bukti", ".tmp-baru"), "x");

    const log: string[] = [];
    const h = await sapuSemua({ prisma: demo.prisma, penyimpanan: simpan }, (s) => log.push(s));
    expect(h).toEqual({ unggahanMacet: 1, berkasYatim: 1, berkasSementara: 1 });
    expect(await simpan.ada("bukti/dirujuk")).toBe(true);
    expect(await simpan.ada("bukti/yatim-lama")).toBe(false);
    expect(await simpan.ada("bukti/yatim-baru")).toBe(true);
    expect(await simpan.ada("lain/berkas")).toBe(true);
    expect(await simpan.ada("bukti/macet")).toBe(false);
    expect(await simpan.ada("bukti/sedang")).toBe(true);
    expect(await demo.prisma.buktiDukung.count({ where: { kunci: "bukti/macet" } })).toBe(0);
    expect(await demo.prisma.buktiDukung.count({ where: { kunci: { in: ["bukti/dirujuk", "bukti/sedang"] } } })).toBe(2);
    expect((await readdir(path.join(folder, "bukti"))).sort()).toEqual([".tmp-baru", "dirujuk", "sedang", "yatim-baru"]);
    const a = await demo.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "PENYAPUAN_BERKAS" }, orderBy: { id: "desc" }, select: { data: true, penggunaId: true } });
    expect(a.data).toEqual(h);
    expect(a.penggunaId).toBeNull();
    expect(log.join("\n")).toMatch(/1 unggahan macet, 1 berkas yatim, 1 berkas sementara/);

    // Putaran kedua tanpa sisa: tidak ada audit baru.
    const n = await demo.prisma.jejakAudit.count({ where: { aksi: "PENYAPUAN_BERKAS" } });
    expect(await sapuSemua({ prisma: demo.prisma, penyimpanan: simpan })).toEqual({ unggahanMacet: 0, berkasYatim: 0, berkasSementara: 0 });
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "PENYAPUAN_BERKAS" } })).toBe(n);
  });

  it("berkala: selang dari SKP_SAPU_MENIT (0 mati), galat dicatat bukan dilempar, tidak tumpang tindih", async () => {
    expect(selangSapuMenit({})).toBe(10);
    expect(selangSapuMenit({ SKP_SAPU_MENIT: "0" })).toBe(0);
    expect(selangSapuMenit({ SKP_SAPU_MENIT: "5" })).toBe(5);
    expect(selangSapuMenit({ SKP_SAPU_MENIT: "abc" })).toBe(10);
    expect(mulaiPenyapuBerkala(0, async () => {})).toBeNull();
    vi.useFakeTimers();
    try {
      let n = 0;
      const galat: unknown[] = [];
      const p = mulaiPenyapuBerkala(1, async () => {
        n++;
        throw new Error("basis data mati");
      }, (_s, e) => galat.push(e))!;
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(n).toBe(2);
      expect(galat).toHaveLength(2);
      p.berhenti();
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      expect(n).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
