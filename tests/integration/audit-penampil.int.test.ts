// Penampil jejak audit: cakupan instansi (admin hanya instansinya, superadmin semua), saringan pegawai/pelaku/aksi/
// entitas/tanggal, halaman keyset (created_at, id) tanpa ganda/terlewat meski banyak baris berwaktu sama, ekspor
// Excel yang dialirkan dan dibatasi.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getJejakAudit, iterasiJejakAudit, UKURAN_HALAMAN_AUDIT } from "@/lib/audit/baca";
import { cakupanAudit, bacaSaringan } from "@/lib/audit/cakupan";
import { muatAktor } from "@/lib/auth/aktor";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let instansiB = "";
const waktuSama = new Date("2025-06-01T03:00:00Z");

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["rizki", "hendri", "dedi", "wahyu"]) A[k] = await aktorDemo(demo, k);
  const pDedi = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: A.dedi!.pegawaiId }, select: { id: true } });
  await demo.prisma.peranPengguna.create({ data: { penggunaId: pDedi.id, peran: "SUPERADMIN" } });
  A.dedi = (await muatAktor(pDedi.id))!;
  instansiB = (await demo.prisma.instansi.create({ data: { kode: "AUB", nama: "Pemerintah Kota Audit B", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota" }, select: { id: true } })).id;
  // 130 baris Hendri berwaktu sama persis (uji keyset pada id), satu baris instansi B.
  await demo.prisma.jejakAudit.createMany({ data: Array.from({ length: 130 }, (_, i) => ({ penggunaId: A.hendri!.penggunaId, aksi: "UJI_HALAMAN", entitas: "Uji", entitasId: String(i), createdAt: waktuSama })) });
  await demo.prisma.jejakAudit.create({ data: { penggunaId: null, aksi: "UJI_HALAMAN", entitas: "Uji", entitasId: "B", instansiId: instansiB, createdAt: waktuSama } });
});

describe("cakupan", () => {
  it("admin: hanya instansinya walau URL meminta instansi lain atau 'semua'; superadmin: semua", async () => {
    expect((await cakupanAudit(A.rizki!, instansiB))?.instansiId).toBe(demo.instansiId);
    expect((await cakupanAudit(A.rizki!, "semua"))?.instansiId).toBe(demo.instansiId);
    expect(await cakupanAudit(A.hendri!, undefined)).toBeNull();
    expect((await cakupanAudit(A.dedi!, "semua"))?.instansiId).toBeNull();
    expect((await cakupanAudit(A.dedi!, instansiB))?.instansiId).toBe(instansiB);
    const adminLembah = await getJejakAudit(demo.instansiId, { aksi: "UJI_HALAMAN", entitas: "Uji" });
    expect(adminLembah.baris.some((b) => b.entitasId === "B")).toBe(false);
    const semua = [];
    for await (const b of iterasiJejakAudit(null, { aksi: "UJI_HALAMAN" }, 1000)) semua.push(b);
    expect(semua.length).toBe(131);
  });
});

describe("halaman keyset", () => {
  it("130 baris berwaktu sama: halaman 50/50/30, tanpa ganda, urut id menurun", async () => {
    const ids: string[] = [];
    let kursor: string | undefined;
    const ukuran: number[] = [];
    for (let i = 0; i < 10; i++) {
      const h = await getJejakAudit(demo.instansiId, { aksi: "UJI_HALAMAN" }, kursor);
      ukuran.push(h.baris.length);
      ids.push(...h.baris.map((b) => b.id));
      if (!h.berikut) break;
      kursor = h.berikut;
    }
    expect(ukuran).toEqual([UKURAN_HALAMAN_AUDIT, UKURAN_HALAMAN_AUDIT, 30]);
    expect(new Set(ids).size).toBe(130);
    expect(ids.map(BigInt)).toEqual([...ids.map(BigInt)].sort((a, b) => (a > b ? -1 : 1)));
  });
});

describe("saringan", () => {
  it("pelaku, pegawai yang dikenai, aksi, rentang tanggal", async () => {
    const { saringan } = bacaSaringan({ pelaku: "Hendri", aksi: "uji_halaman", dari: "2025-06-01", sampai: "2025-06-01" });
    const h = await getJejakAudit(demo.instansiId, saringan);
    expect(h.baris.length).toBe(UKURAN_HALAMAN_AUDIT);
    expect(h.baris.every((b) => b.pelaku?.nama.includes("Hendri"))).toBe(true);
    expect((await getJejakAudit(demo.instansiId, bacaSaringan({ pelaku: "Hendri", aksi: "UJI_HALAMAN", dari: "2025-06-02" }).saringan)).baris).toEqual([]);
    expect((await getJejakAudit(demo.instansiId, bacaSaringan({ pelaku: "Tidak Ada Orangnya" }).saringan)).baris).toEqual([]);
    // Pegawai yang dikenai: SKP Wahyu (entitas Skp) dan akunnya.
    const w = await getJejakAudit(demo.instansiId, bacaSaringan({ pegawai: A.wahyu!.nip }).saringan);
    expect(w.baris.length).toBeGreaterThan(0);
    const skpWahyu = new Set((await demo.prisma.skp.findMany({ where: { pegawaiId: A.wahyu!.pegawaiId }, select: { id: true } })).map((s) => s.id));
    expect(w.baris.every((b) => skpWahyu.has(b.entitasId ?? "") || b.entitasId === A.wahyu!.penggunaId || b.entitasId === A.wahyu!.pegawaiId)).toBe(true);
  });
});

describe("ekspor", () => {
  // Rute dengan sesi dan isinya diuji di matriks-otorisasi (HTTP 200, badan dibaca habis); di sini batasnya.
  it("iterasi ekspor per batch keyset berhenti tepat di batas", async () => {
    const n: number[] = [];
    for (const batas of [10, 130]) {
      let i = 0;
      for await (const _ of iterasiJejakAudit(demo.instansiId, { aksi: "UJI_HALAMAN" }, batas, 7)) i++;
      n.push(i);
    }
    expect(n).toEqual([10, 130]);
  });
});
