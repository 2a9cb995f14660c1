// Dokumen resmi pada PostgreSQL: hak unduh mengikuti hak baca SKP (Penetapan: pimpinan unit dan admin BKD), versi
// (isi sama = versi sama, isi berubah = versi baru, lama digantikan tetapi tetap terverifikasi), tanda tangan dua
// pihak dengan konfirmasi kata sandi (pdfsig: keduanya sah), verifikasi publik (satu bita berubah = tidak cocok),
// ZIP satu unit, dan jejak audit setiap pembuatan, tanda tangan dan unduhan.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { cocokkanBerkas, infoVerifikasi, statusDokumen, tandatanganiDokumen, unduhDokumen } from "@/lib/dokumen/layanan";
import { daftarMassal, zipMassal } from "@/lib/dokumen/massal";
import type { SubjekDokumen } from "@/lib/dokumen/muat";
import { periksaZip } from "@/lib/penyimpanan/zip-aman";
import { pdfsig as jalankanPdfsig } from "../support/pdfsig";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let skpArief = "";
let diskominfo = "";
const ASAL = "http://portal.uji";

const ev = (): SubjekDokumen => ({ jenis: "EVALUASI", skpId: skpArief, kode: "TW1" });

async function unduh(aktor: Aktor, s: SubjekDokumen) {
  const h = await unduhDokumen(aktor, s, ASAL);
  if (!h) return null;
  if (!h.ok) throw new Error(h.pesan);
  return h.data;
}

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["arief", "yudi", "rizki", "rudi", "dian"]) A[k] = await aktorDemo(demo, k);
  skpArief = (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("arief"), status: "DISETUJUI" }, select: { id: true } })).id;
  diskominfo = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Komunikasi dan Informatika" }, select: { id: true } })).id;
}, 120_000);

describe("unduh dan versi", () => {
  it("pemilik, penilai dan admin mengunduh; pegawai lain tidak; isi yang sama tidak membuat versi baru", async () => {
    const a = await unduh(A.arief!, ev());
    expect(a).not.toBeNull();
    expect(Buffer.from(a!.isi).subarray(0, 5).toString()).toBe("%PDF-");
    const b = await unduh(A.yudi!, ev());
    const c = await unduh(A.rizki!, ev());
    expect(b!.dokumenId).toBe(a!.dokumenId);
    expect(c!.sha256).toBe(a!.sha256);
    expect(await unduhDokumen(A.rudi!, ev(), ASAL)).toBeNull();
    expect(await demo.prisma.dokumen.count({ where: { skpId: skpArief } })).toBe(1);
    const audit = await demo.prisma.jejakAudit.groupBy({ by: ["aksi"], where: { entitasId: a!.dokumenId }, _count: true });
    expect(Object.fromEntries(audit.map((x) => [x.aksi, x._count]))).toEqual({ DOKUMEN_DIBUAT: 1, DOKUMEN_DIUNDUH: 3 });
  });

  it("dokumen yang belum siap ditolak dengan alasannya, tanpa membuat apa pun", async () => {
    const h = await unduhDokumen(A.arief!, { jenis: "EVALUASI", skpId: skpArief, kode: "TW2" }, ASAL);
    expect(h && !h.ok && h.pesan).toMatch(/final/);
    expect(await demo.prisma.dokumen.count({ where: { skpId: skpArief } })).toBe(1);
  });
});

describe("tanda tangan", () => {
  it("sandi salah: tidak ada yang tercatat; bukan penanda tangan: ditolak", async () => {
    const salah = await tandatanganiDokumen(A.arief!, ev(), { sandi: "bukan-sandinya" }, ASAL);
    expect(salah.ok).toBe(false);
    expect(!salah.ok && salah.galat?.sandi?.[0]).toMatch(/salah/);
    const admin = await tandatanganiDokumen(A.rizki!, ev(), { sandi: DEMO_PASSWORD }, ASAL);
    expect(admin.ok).toBe(false);
    expect(await demo.prisma.tandaTanganDokumen.count()).toBe(0);
  });

  it("pegawai lalu pejabat penilai menandatangani: pdfsig melihat dua tanda tangan sah; halaman verifikasi mencocokkan berkasnya", async () => {
    const satu = await tandatanganiDokumen(A.arief!, ev(), { sandi: DEMO_PASSWORD }, ASAL);
    expect(satu.ok, !satu.ok ? satu.pesan : "").toBe(true);
    const lagi = await tandatanganiDokumen(A.arief!, ev(), { sandi: DEMO_PASSWORD }, ASAL);
    expect(!lagi.ok && lagi.pesan).toMatch(/sudah/);
    const dua = await tandatanganiDokumen(A.yudi!, ev(), { sandi: DEMO_PASSWORD }, ASAL);
    expect(dua.ok, !dua.ok ? dua.pesan : "").toBe(true);

    const f = await unduh(A.arief!, ev());
    const sig = await jalankanPdfsig(Buffer.from(f!.isi));
    expect(sig.tandaTangan).toHaveLength(2);
    for (const t of sig.tandaTangan) {
      expect(t.sah, JSON.stringify(t)).toBe(true);
      expect(t.jenis).toBe("ETSI.CAdES.detached");
    }
    const st = await statusDokumen(A.yudi!, ev());
    expect(st && !("ok" in st) && st.penanda.map((p) => [p.peran, !!p.ttd])).toEqual([
      ["PEGAWAI", true],
      ["PENILAI", true],
    ]);
    const baris = await demo.prisma.tandaTanganDokumen.findMany({ where: { dokumenId: f!.dokumenId }, select: { peran: true, isiSha256: true, berkasSha256: true } });
    expect(baris).toHaveLength(2);
    expect(baris.find((b) => b.peran === "PENILAI")!.berkasSha256).toBe(f!.sha256);

    const kode = satu.ok ? satu.data.kode : "";
    const info = await infoVerifikasi(kode);
    expect(info?.tandaTangan.map((t) => t.peran)).toEqual(["PEGAWAI", "PENILAI"]);
    expect(info?.sha256).toBe(f!.sha256);
    // Hanya jenis, periode, nama, tanda tangan dan sidik: tidak ada NIP, rating atau isi.
    expect(JSON.stringify(info)).not.toContain(demo.nip("arief"));
    expect(await cocokkanBerkas(kode, f!.isi)).toMatchObject({ cocok: true, terakhir: true, jumlahTandaTangan: 2 });

    // Satu bita berubah di dalam rentang yang ditandatangani: pdfsig dan halaman verifikasi sama-sama gagal.
    const rusak = Buffer.from(f!.isi);
    const i = rusak.indexOf("/Type /Page");
    rusak[i + 2] = rusak[i + 2] === 0x79 ? 0x59 : 0x79;
    expect((await cocokkanBerkas(kode, rusak))?.cocok).toBe(false);
    const sigRusak = await jalankanPdfsig(rusak);
    expect(sigRusak.tandaTangan.every((t) => !t.sah)).toBe(true);

    const audit = await demo.prisma.jejakAudit.count({ where: { entitasId: f!.dokumenId, aksi: "DOKUMEN_DITANDATANGANI" } });
    expect(audit).toBe(2);
  }, 120_000);

  it("isi berubah: versi baru tanpa tanda tangan; versi lama tetap terverifikasi sebagai digantikan", async () => {
    const lama = await demo.prisma.dokumen.findFirstOrThrow({ where: { skpId: skpArief, jenis: "EVALUASI" }, select: { kode: true, berkas: { select: { kunci: true }, orderBy: { jumlahTandaTangan: "desc" }, take: 1 } } });
    const berkasLama = (await unduh(A.arief!, ev()))!;
    await demo.prisma.evaluasiKinerja.update({ where: { skpId_kode: { skpId: skpArief, kode: "TW1" } }, data: { catatan: "Catatan diperbarui setelah keberatan pegawai lain." } });
    const baru = await unduh(A.arief!, ev());
    expect(baru!.dokumenId).not.toBe(berkasLama.dokumenId);
    const versi = await demo.prisma.dokumen.findMany({ where: { skpId: skpArief, jenis: "EVALUASI" }, orderBy: { versi: "asc" }, select: { versi: true, digantikanAt: true } });
    expect(versi.map((v) => [v.versi, v.digantikanAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    const info = await infoVerifikasi(lama.kode);
    expect(info?.digantikan?.versiBaru).toBe(2);
    expect(await cocokkanBerkas(lama.kode, berkasLama.isi)).toMatchObject({ cocok: true, digantikan: true });
    const st = await statusDokumen(A.arief!, ev());
    expect(st && !("ok" in st) && st.penanda.every((p) => p.ttd === null)).toBe(true);
  }, 120_000);
});

describe("penetapan dan ZIP unit", () => {
  const penetapan = (): SubjekDokumen => ({ jenis: "PENETAPAN", unitKerjaId: diskominfo, tahun: TAHUN, kode: "TW1" });

  it("penetapan: admin BKD dan kepala dinas; kepala bidang tidak", async () => {
    expect(await unduh(A.rizki!, penetapan())).not.toBeNull();
    expect(await unduh(A.yudi!, penetapan())).not.toBeNull();
    expect(await unduhDokumen(A.arief!, penetapan(), ASAL)).toBeNull();
    const st = await statusDokumen(A.yudi!, penetapan());
    expect(st && !("ok" in st) && st.perluSaya).toBe("PENETAP");
  }, 120_000);

  it("ZIP unit: setiap Evaluasi + Dokumen Evaluasi yang final dan penetapannya; pimpinan unit boleh, bawahan tidak", async () => {
    expect(await daftarMassal(A.arief!, diskominfo, TAHUN, "TW1")).toBeNull();
    const d = await daftarMassal(A.yudi!, diskominfo, TAHUN, "TW1");
    expect(d).not.toBeNull();
    const final = await demo.prisma.evaluasiKinerja.count({ where: { unitCapaianId: diskominfo, kode: "TW1", status: "FINAL" } });
    expect(d!.subjek).toHaveLength(final * 2 + 1);
    const potong: Uint8Array[] = [];
    const r = zipMassal(d!, ASAL, new AbortController().signal).getReader();
    for (;;) {
      const { done, value } = await r.read();
      if (done) break;
      potong.push(value);
    }
    const zip = Buffer.concat(potong);
    const cek = await periksaZip(zip, { maksTerurai: 500 * 1024 * 1024, maksEntri: 5000 });
    expect(cek.ok, !cek.ok ? cek.rincian : "").toBe(true);
    const nama = cek.ok ? cek.entri.map((e) => e.nama) : [];
    expect(nama).toHaveLength(final * 2 + 1);
    expect(nama.filter((n) => n.startsWith("dokumen-evaluasi-"))).toHaveLength(final);
    expect(nama.some((n) => n.startsWith("penetapan-"))).toBe(true);
  }, 300_000);

  it("ZIP yang dibatalkan berhenti membuat dokumen", async () => {
    const d = (await daftarMassal(A.rizki!, diskominfo, TAHUN, "TW1"))!;
    await demo.prisma.evaluasiKinerja.updateMany({ where: { unitCapaianId: diskominfo, kode: "TW1" }, data: { catatan: "Versi baru untuk uji pembatalan." } });
    const sebelum = await demo.prisma.dokumen.count();
    const ac = new AbortController();
    const r = zipMassal(d, ASAL, ac.signal).getReader();
    await r.read();
    ac.abort();
    await r.cancel().catch(() => {});
    await new Promise((s) => setTimeout(s, 3000));
    const sesudah = await demo.prisma.dokumen.count();
    expect(sesudah - sebelum).toBeLessThan(d.subjek.length);
  }, 120_000);
});
