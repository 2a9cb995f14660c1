// Uji tinjauan (reviewer): jalan pintas alur penilaian yang ditemukan saat peninjauan.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { tetapkanCapaian } from "@/lib/penilaian/capaian";
import { muatPopulasi } from "@/lib/penilaian/kurva";
import { batalKecualikan, finalkanTim, kecualikanPeriode, simpanDrafEvaluasi, simpanPengaturanPenilaian, tandaiSelesai } from "@/lib/penilaian/layanan";
import { getHalamanEvaluasi, getHasilTahun } from "@/lib/penilaian/baca";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let dinkes = "";
let pk = "";
let tw2 = { id: "", mulai: new Date(), selesai: new Date() };

const skpPada = async (key: string, r: { mulai: Date; selesai: Date }) =>
  (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(key), status: "DISETUJUI", mulai: { lte: r.selesai }, selesai: { gte: r.mulai } }, select: { id: true } })).id;

async function nilai(aktor: Aktor, skpId: string, kode: string, hasil: "DI_ATAS" | "SESUAI" | "DI_BAWAH", perilaku: "DI_ATAS" | "SESUAI" | "DI_BAWAH") {
  const ada = await demo.prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId, kode } }, select: { versi: true } });
  const r = await simpanDrafEvaluasi(aktor, { skpId, kode, versi: ada?.versi ?? 0, ratingHasil: hasil, ratingPerilaku: perilaku, umpanRhk: {}, umpanPerilaku: {} });
  if (!r.ok) throw new Error(`${kode}: ${r.pesan}`);
  const t = await tandaiSelesai(aktor, { evaluasiId: r.evaluasiId });
  if (!t.ok) throw new Error(`${kode} selesai: ${t.pesan}`);
  return r.evaluasiId;
}

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["rizki", "nurlaela", "wahyu"]) A[k] = await aktorDemo(demo, k);
  dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
  pk = (await demo.prisma.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: demo.instansiId, tahun: TAHUN } }, select: { id: true } })).id;
  tw2 = await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: pk, kode: "TW2" }, select: { id: true, mulai: true, selesai: true } });
  expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: demo.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
});

describe("kurva tidak dapat dihindari dengan mengecualikan anggota terakhir", () => {
  it("populasi Baik tanpa Butuh Perbaikan/Kurang: pengecualian anggota terakhir oleh penilai tidak boleh lolos diam-diam", async () => {
    expect((await tetapkanCapaian(A.rizki!, { instansiId: demo.instansiId, unitKerjaId: dinkes, tahun: TAHUN, kode: "TW2", predikat: "BAIK", dasar: "Sebagian besar rencana aksi sesuai target." })).ok).toBe(true);
    const pop = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW2", tw2, [dinkes])).get(dinkes)!;
    const tim = new Set(["wahyu", "joko", "taufik"].map((k) => demo.pegawaiId(k)));
    for (const a of pop.anggota.filter((x) => !tim.has(x.pegawaiId))) {
      await demo.prisma.evaluasiKinerja.create({ data: { skpId: a.skpId, kode: "TW2", periodeEvaluasiId: tw2.id, status: "FINAL", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", predikat: "SANGAT_BAIK", pegawaiSnapshot: {}, finalAt: new Date() } });
    }
    const w = await nilai(A.nurlaela!, await skpPada("wahyu", tw2), "TW2", "DI_ATAS", "DI_ATAS");
    const j = await nilai(A.nurlaela!, await skpPada("joko", tw2), "TW2", "DI_ATAS", "DI_ATAS");
    // Taufik belum final → "harus ada Butuh Perbaikan/Kurang" masih dapat dipenuhi: lolos tanpa alasan.
    const f = await finalkanTim(A.nurlaela!, { evaluasiId: [w, j] });
    expect(f.ok, f.ok ? "" : f.pesan).toBe(true);
    // Penilai lalu mengecualikan Taufik: seluruh populasi final, tanpa Butuh Perbaikan/Kurang, tanpa alasan tercatat.
    const k = await kecualikanPeriode(A.nurlaela!, { skpId: await skpPada("taufik", tw2), kode: "TW2", alasan: "Tugas luar sepanjang triwulan" });
    expect(k.ok, "pengecualian yang membuat kurva dilanggar semestinya ditolak atau meminta alasan pengecualian kurva").toBe(false);
    expect(k.pesan).toContain("Harus ada pegawai Butuh Perbaikan dan/atau Kurang/Misconduct");
    expect(await demo.prisma.evaluasiKinerja.count({ where: { skpId: await skpPada("taufik", tw2), kode: "TW2", status: "DIKECUALIKAN" } })).toBe(0);
  });
});

describe("evaluasi tahunan tidak difinalkan setelah syarat periodenya dibatalkan", () => {
  it("periode yang batal dikecualikan setelah AKHIR ditandai selesai: finalisasi AKHIR ditolak", async () => {
    const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("wahyu"), status: "DISETUJUI" }, select: { id: true } });
    const ev = new Map((await demo.prisma.evaluasiKinerja.findMany({ where: { skpId: skp.id }, select: { kode: true, status: true } })).map((e) => [e.kode, e.status]));
    for (const kode of ["TW1", "TW2", "TW3", "TW4"]) {
      if (ev.get(kode) === "FINAL") continue;
      const r = await kecualikanPeriode(A.nurlaela!, { skpId: skp.id, kode, alasan: "Cuti di luar tanggungan negara" });
      expect(r.ok, `${kode}: ${r.pesan}`).toBe(true);
    }
    const akhir = await nilai(A.nurlaela!, skp.id, "AKHIR", "SESUAI", "SESUAI");
    const tw4 = await demo.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { skpId_kode: { skpId: skp.id, kode: "TW4" } }, select: { id: true, status: true } });
    expect(tw4.status).toBe("DIKECUALIKAN");
    expect((await batalKecualikan(A.nurlaela!, { evaluasiId: tw4.id })).ok).toBe(true);
    const f = await finalkanTim(A.nurlaela!, { evaluasiId: [akhir] });
    expect(f.ok, "AKHIR difinalkan padahal Triwulan IV kembali menjadi draf").toBe(false);
    expect((await demo.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: akhir }, select: { status: true } })).status).toBe("SELESAI_DINILAI");
  });
});

describe("id SKP dari URL yang bukan UUID", () => {
  it("halaman evaluasi dan hasil setahun: tidak ditemukan (404), bukan galat kueri (500)", async () => {
    await expect(getHalamanEvaluasi(A.wahyu!, "bukan-uuid", "TW1")).resolves.toBeNull();
    await expect(getHasilTahun(A.wahyu!, "bukan-uuid")).resolves.toBeNull();
  });
});
