// RHK yang diturunkan lewat Matriks Peran Hasil: pemilik dapat melengkapi, mengubah dan menghapusnya seperti
// RHK lain; yang dihapus tidak kembali diam-diam ke draf berikutnya, dan atasan melihatnya di matriks.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getDetailSkp, getSkpSaya } from "@/lib/skp/baca";
import { buatSkp, hapusRhk, hapusSkp, simpanRhk, ubahStatusSkp } from "@/lib/skp/layanan";
import { getMatriks, simpanMatriks } from "@/lib/skp/matriks";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let atasan: Aktor;
let bawahan: Aktor;
let rhkAtasan = "";
const TEKS = "Terlaksananya pendampingan gizi balita di 10 desa lokus stunting";

async function skpBaruBawahan() {
  const seg = (await getSkpSaya(bawahan, TAHUN)).at(-1)!;
  const r = await buatSkp(bawahan, { jabatanId: seg.kartu.jabatanId, mulai: seg.mulai.toISOString().slice(0, 10), pendekatan: "KUANTITATIF" });
  if (!r.ok) throw new Error(r.pesan);
  return r.data.skpId;
}

beforeAll(async () => {
  demo = await siapkanDemo();
  // Kepala Bidang Kesehatan Masyarakat (SKP disetujui) dan bawahannya yang mulai dari awal (SKP demonya dihapus).
  atasan = await aktorDemo(demo, "nurlaela");
  bawahan = await aktorDemo(demo, "wahyu");
  // Pelaksanaan demo Triwulan I-nya ikut dihapus (rencana aksi dan realisasi menahan penghapusan RHK dan IKI).
  const milikBawahan = { rhk: { skp: { pegawaiId: bawahan.pegawaiId } } };
  await demo.prisma.progresHarian.deleteMany({ where: { pegawaiId: bawahan.pegawaiId } });
  await demo.prisma.buktiDukung.deleteMany({ where: { rencanaAksi: milikBawahan } });
  await demo.prisma.rencanaAksi.deleteMany({ where: milikBawahan });
  await demo.prisma.realisasi.deleteMany({ where: { iki: milikBawahan } });
  await demo.prisma.skp.deleteMany({ where: { pegawaiId: bawahan.pegawaiId } });
  const m = await getMatriks(atasan);
  expect(m.skp).not.toBeNull();
  expect(m.bawahan.map((b) => b.pegawaiId)).toContain(bawahan.pegawaiId);
  rhkAtasan = m.rhk[0]!.id;
  expect((await simpanMatriks(atasan, { sel: { [rhkAtasan]: { [bawahan.pegawaiId]: TEKS } } })).ok).toBe(true);
});

describe("RHK dari matriks peran hasil", () => {
  let skpId = "";
  let rhkId = "";

  it("muncul di SKP baru bawahan tanpa indikator, ditandai dari matriks, dan dapat dilengkapi lalu diajukan", async () => {
    skpId = await skpBaruBawahan();
    const d = (await getDetailSkp(bawahan, skpId))!;
    expect(d.rhk).toHaveLength(1);
    expect(d.rhk[0]).toMatchObject({ teks: TEKS, dariMatriks: true, rhkAtasanId: rhkAtasan, iki: [] });
    expect(d.aksi).toContain("UBAH");
    rhkId = d.rhk[0]!.id;
    const ajukanDulu = await ubahStatusSkp(bawahan, { skpId, aksi: "AJUKAN" });
    expect(ajukanDulu.ok).toBe(false);
    // Pemilik menambah indikator dan mengubah teksnya seperti RHK lain.
    const r = await simpanRhk(bawahan, {
      skpId,
      rhkId,
      jenis: "UTAMA",
      teks: TEKS + " (Kecamatan Timur)",
      rhkAtasanId: rhkAtasan,
      iki: [{ aspek: "KUANTITAS", indikator: "Jumlah desa lokus yang didampingi", targetMin: 10, satuan: "desa" }],
    });
    expect(r.ok).toBe(true);
    const d2 = (await getDetailSkp(bawahan, skpId))!;
    expect(d2.rhk[0]).toMatchObject({ teks: TEKS + " (Kecamatan Timur)", dariMatriks: true });
    expect(d2.rhk[0]!.iki).toHaveLength(1);
  });

  it("yang dihapus tidak kembali saat draf dibuat ulang; atasan melihat di matriks bahwa bawahan menghapusnya", async () => {
    expect((await hapusRhk(bawahan, { skpId, rhkId })).ok).toBe(true);
    const m = await getMatriks(atasan);
    expect(m.dihapus[rhkAtasan]?.[bawahan.pegawaiId]).toBeInstanceOf(Date);
    // Menyimpan matriks tanpa mengubah isi sel tidak meneruskannya lagi.
    const simpanUlang = await simpanMatriks(atasan, { sel: { [rhkAtasan]: { [bawahan.pegawaiId]: TEKS } } });
    expect(simpanUlang).toMatchObject({ ok: true, data: { diteruskan: 0 } });
    expect(await demo.prisma.rhk.count({ where: { skpId } })).toBe(0);
    // Draf dihapus lalu dibuat lagi: RHK itu tidak muncul kembali.
    expect((await hapusSkp(bawahan, skpId)).ok).toBe(true);
    skpId = await skpBaruBawahan();
    expect((await getDetailSkp(bawahan, skpId))!.rhk).toEqual([]);
  });

  it("atasan yang mengubah isi sel meneruskannya lagi (tercatat), dan tandanya hilang", async () => {
    const r = await simpanMatriks(atasan, { sel: { [rhkAtasan]: { [bawahan.pegawaiId]: TEKS + " dan pelaporan bulanan" } } });
    expect(r).toMatchObject({ ok: true, data: { diteruskan: 1 } });
    const d = (await getDetailSkp(bawahan, skpId))!;
    expect(d.rhk.map((x) => [x.teks, x.dariMatriks])).toEqual([[TEKS + " dan pelaporan bulanan", true]]);
    expect((await getMatriks(atasan)).dihapus[rhkAtasan]?.[bawahan.pegawaiId]).toBeUndefined();
    const audit = await demo.prisma.jejakAudit.count({ where: { aksi: "RHK_DARI_MATRIKS", entitasId: skpId } });
    expect(audit).toBe(1);
  });

  it("orang lain tidak dapat menghapus RHK itu", async () => {
    const rhk = (await getDetailSkp(bawahan, skpId))!.rhk[0]!;
    expect((await hapusRhk(atasan, { skpId, rhkId: rhk.id })).ok).toBe(false);
    expect(await demo.prisma.rhk.count({ where: { id: rhk.id } })).toBe(1);
    expect(await demo.prisma.peranHasil.count({ where: { rhkId: rhkAtasan, dihapusBawahanAt: { not: null } } })).toBe(0);
  });
});
