// Pelaksanaan pada PostgreSQL sungguhan sebagai setiap peran: rencana aksi, bukti dukung (isi diperiksa dari byte,
// disimpan lewat antarmuka penyimpanan), realisasi, umpan balik, siklus periode, impor Excel, pemantauan.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getMonitoring, getPelaksanaan } from "@/lib/pelaksanaan/baca";
import { buatTemplatRencanaAksi, PESAN_ZIP_TIDAK_KONSISTEN } from "@/lib/pelaksanaan/excel";
import {
  hapusBukti,
  hapusRencanaAksi,
  imporRencanaAksi,
  kodeRhkSkp,
  salinDariPeriodeSebelumnya,
  sapuUnggahanGagal,
  simpanRealisasi,
  simpanRencanaAksi,
  tambahTautan,
  tandaiDilihat,
  tulisUmpanBalik,
  unduhBukti,
  unggahBukti,
  ubahStatusPeriode,
} from "@/lib/pelaksanaan/layanan";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { buatRevisi, ubahStatusSkp } from "@/lib/skp/layanan";
import { entriDariZip, nolTermampat, rakitZip } from "@/tests/support/zip-rakitan";
import { aktorDemo, isiTemplatRencanaAksi, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let skpJoko = "";
let rhkJoko = "";
let ikiJoko = "";
let tw1 = "";
let tw2 = "";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const EXE = (() => {
  const b = new Uint8Array(512);
  b.set([0x4d, 0x5a]);
  b.set([0x80], 0x3c);
  b.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return b;
})();
const HTML = new TextEncoder().encode("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["joko", "wahyu", "nurlaela", "sriwahyuni", "rizki", "hendri", "taufik"]) A[k] = await aktorDemo(demo, k);
  const skp = await demo.prisma.skp.findFirstOrThrow({
    where: { pegawaiId: demo.pegawaiId("joko"), status: "DISETUJUI" },
    select: { id: true, rhk: { select: { id: true, iki: { select: { id: true, targetMin: true } } }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }] } },
  });
  skpJoko = skp.id;
  rhkJoko = skp.rhk[0]!.id;
  ikiJoko = skp.rhk[0]!.iki.find((i) => i.targetMin !== null)!.id;
  const d = (await getPelaksanaan(A.joko!, skpJoko, "TW1"))!;
  tw1 = d.periode.find((p) => p.kode === "TW1")!.id;
  tw2 = d.periode.find((p) => p.kode === "TW2")!.id;
});

let ra1 = "";

describe("rencana aksi", () => {
  it("pemilik menambah; penilai, rekan dan admin tidak dapat", async () => {
    const sebelum = await demo.prisma.rencanaAksi.count({ where: { rhk: { skpId: skpJoko } } });
    const r = await simpanRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw1, rhkId: rhkJoko, uraian: "Menyusun rekap data program kesehatan triwulan I", targetAngka: 3, satuan: "dokumen" });
    expect(r.ok).toBe(true);
    ra1 = r.ok ? r.data.id : "";
    for (const k of ["nurlaela", "wahyu", "rizki"]) {
      expect((await simpanRencanaAksi(A[k]!, { skpId: skpJoko, periodeId: tw1, rhkId: rhkJoko, uraian: "Sisipan orang lain" })).ok, k).toBe(false);
    }
    // RHK dari SKP lain dengan skpId Joko: ditolak.
    const rhkLain = (await demo.prisma.rhk.findFirstOrThrow({ where: { skp: { pegawaiId: demo.pegawaiId("wahyu") } }, select: { id: true } })).id;
    expect((await simpanRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw1, rhkId: rhkLain, uraian: "Menyusup ke RHK lain" })).ok).toBe(false);
    // Hanya satu yang bertambah (data demo progres harian dapat sudah memberi Joko rencana aksi periode berjalan).
    expect(await demo.prisma.rencanaAksi.count({ where: { rhk: { skpId: skpJoko } } })).toBe(sebelum + 1);
  });

  it("salin dari periode sebelumnya", async () => {
    expect((await salinDariPeriodeSebelumnya(A.joko!, { skpId: skpJoko, periodeId: tw1 })).ok).toBe(false);
    const r = await salinDariPeriodeSebelumnya(A.joko!, { skpId: skpJoko, periodeId: tw2 });
    expect(r).toMatchObject({ ok: true, data: { jumlah: 1 } });
    const d = (await getPelaksanaan(A.joko!, skpJoko, "TW2"))!;
    expect(d.rhk[0]!.rencanaAksi.map((a) => a.uraian)).toEqual(["Menyusun rekap data program kesehatan triwulan I"]);
  });
});

describe("bukti dukung", () => {
  let buktiPdf = "";
  it("PDF dan foto diterima; isi tersimpan lewat penyimpanan; nama disanitasi", async () => {
    const r = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "../../etc/passwd", bytes: PDF });
    expect(r.ok).toBe(true);
    buktiPdf = r.ok ? r.data.id : "";
    const row = await demo.prisma.buktiDukung.findUniqueOrThrow({ where: { id: buktiPdf }, select: { nama: true, mime: true, status: true, kunci: true, ukuran: true } });
    expect(row).toMatchObject({ nama: "passwd.pdf", mime: "application/pdf", status: "SIAP", ukuran: PDF.length });
    expect(await penyimpanan().ada(row.kunci!)).toBe(true);
    expect((await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "foto kegiatan.jpg", bytes: JPEG })).ok).toBe(true);
  });

  it("ditolak tanpa baris dan tanpa berkas: executable berganti nama .pdf, HTML, berkas terlalu besar", async () => {
    const sebelum = await demo.prisma.buktiDukung.count();
    const exe = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "laporan.pdf", bytes: EXE });
    expect(exe.ok).toBe(false);
    const html = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "bukti.html", bytes: HTML });
    expect(html.ok).toBe(false);
    const lama = process.env.SKP_BATAS_UNGGAH_MB;
    process.env.SKP_BATAS_UNGGAH_MB = "1";
    const besar = new Uint8Array(1024 * 1024 + 10);
    besar.set(PDF);
    const b = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "besar.pdf", bytes: besar });
    if (lama === undefined) delete process.env.SKP_BATAS_UNGGAH_MB;
    else process.env.SKP_BATAS_UNGGAH_MB = lama;
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.pesan).toMatch(/1 MB/);
    expect(await demo.prisma.buktiDukung.count()).toBe(sebelum);
  });

  it("hanya pemilik, pejabat penilai, atasan penilai dan admin instansi yang dapat mengunduh", async () => {
    for (const k of ["joko", "nurlaela", "sriwahyuni", "rizki"]) {
      const u = await unduhBukti(A[k]!, buktiPdf);
      expect(u?.isi, k).toEqual(PDF);
      expect(u?.nama).toBe("passwd.pdf");
    }
    for (const k of ["wahyu", "hendri"]) {
      expect(await unduhBukti(A[k]!, buktiPdf), k).toBeNull();
      // …dan tidak dapat melihat daftar rencana aksi dan buktinya.
      expect(await getPelaksanaan(A[k]!, skpJoko, "TW1"), k).toBeNull();
    }
    expect(await getPelaksanaan(A.sriwahyuni!, skpJoko, "TW1")).not.toBeNull();
    // Hapus oleh rekan ditolak; tautan javascript: ditolak.
    expect((await hapusBukti(A.wahyu!, { skpId: skpJoko, buktiId: buktiPdf })).ok).toBe(false);
    expect((await tambahTautan(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, url: "javascript:alert(1)" })).ok).toBe(false);
    expect((await tambahTautan(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, url: "https://drive.google.com/file/d/abc/view", nama: "Notula rapat" })).ok).toBe(true);
  });

  it("penyapu membersihkan unggahan yang tertinggal (baris dan berkas)", async () => {
    const kunci = "bukti/uji-tertinggal";
    await penyimpanan().simpan(kunci, PDF, "application/pdf");
    await demo.prisma.buktiDukung.create({
      data: { rencanaAksiId: ra1, jenis: "BERKAS", status: "MENGUNGGAH", nama: "x.pdf", kunci, diunggahOleh: A.joko!.penggunaId, createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    expect(await sapuUnggahanGagal()).toBe(1);
    expect(await penyimpanan().ada(kunci)).toBe(false);
    expect(await demo.prisma.buktiDukung.count({ where: { kunci } })).toBe(0);
  });

  it("menghapus rencana aksi menghapus bukti dan berkasnya", async () => {
    const r = await simpanRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, rhkId: rhkJoko, uraian: "Rencana aksi yang akan dihapus" });
    const id = r.ok ? r.data.id : "";
    const u = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: id, nama: "a.pdf", bytes: PDF });
    const kunci = (await demo.prisma.buktiDukung.findUniqueOrThrow({ where: { id: u.ok ? u.data.id : "" }, select: { kunci: true } })).kunci!;
    expect((await hapusRencanaAksi(A.joko!, { skpId: skpJoko, rencanaAksiId: id })).ok).toBe(true);
    expect(await penyimpanan().ada(kunci)).toBe(false);
  });
});

describe("realisasi, umpan balik, pemantauan", () => {
  it("realisasi angka untuk indikator kuantitatif; kelengkapan naik di pemantauan atasan", async () => {
    const sebelum = (await getMonitoring(A.nurlaela!, TAHUN)).baris.find((b) => b.pegawaiId === demo.pegawaiId("joko"))!.periode.find((p) => p.kode === "TW1")!.kelengkapan!;
    expect((await simpanRealisasi(A.joko!, { skpId: skpJoko, periodeId: tw1, ikiId: ikiJoko, teks: "banyak" })).ok).toBe(false);
    expect((await simpanRealisasi(A.joko!, { skpId: skpJoko, periodeId: tw1, ikiId: ikiJoko, nilai: 2, dasar: "Rekap Januari–Maret" })).ok).toBe(true);
    expect((await simpanRealisasi(A.nurlaela!, { skpId: skpJoko, periodeId: tw1, ikiId: ikiJoko, nilai: 9 })).ok).toBe(false);
    const sesudah = (await getMonitoring(A.nurlaela!, TAHUN)).baris.find((b) => b.pegawaiId === demo.pegawaiId("joko"))!.periode.find((p) => p.kode === "TW1")!.kelengkapan!;
    expect(sesudah.indikatorTerealisasi).toBe(sebelum.indikatorTerealisasi + 1);
    expect(sesudah.rencanaAksiBerbukti).toBe(1);
    expect(sesudah.persen).toBeGreaterThan(sebelum.persen);
  });

  it("atasan berkomentar; pegawai melihatnya sebagai baru selama kunjungan berikutnya; rekan tidak dapat berkomentar", async () => {
    const jam = (n: number) => new Date(Date.now() - n * 60 * 60 * 1000);
    // Kunjungan Joko sebelumnya sudah berakhir dua jam lalu.
    await tandaiDilihat(A.joko!, skpJoko, jam(2));
    expect((await tulisUmpanBalik(A.nurlaela!, { skpId: skpJoko, rencanaAksiId: ra1, teks: "Lampirkan juga daftar hadir rapat." })).ok).toBe(true);
    expect((await tulisUmpanBalik(A.wahyu!, { skpId: skpJoko, teks: "Komentar rekan" })).ok).toBe(false);
    const d = (await getPelaksanaan(A.joko!, skpJoko, "TW1"))!;
    expect(d.baru).toBe(1);
    expect(d.umpan.find((u) => u.baru)?.teks).toBe("Lampirkan juga daftar hadir rapat.");
    // Dalam kunjungan yang sama (pindah periode, muat ulang) tanda baru tetap ada.
    await tandaiDilihat(A.joko!, skpJoko);
    expect((await getPelaksanaan(A.joko!, skpJoko, "TW2"))!.baru).toBe(1);
    // Kunjungan itu berakhir; pada kunjungan berikutnya komentar itu tidak lagi baru.
    await demo.prisma.umpanBalik.updateMany({ where: { skpId: skpJoko }, data: { createdAt: jam(1.5) } });
    await demo.prisma.kunjunganSkp.updateMany({ where: { skpId: skpJoko, pegawaiId: demo.pegawaiId("joko") }, data: { terakhirDilihat: jam(1) } });
    expect((await getPelaksanaan(A.joko!, skpJoko, "TW1"))!.baru).toBe(0);
    expect((await tulisUmpanBalik(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, teks: "Baik, sudah saya lampirkan." })).ok).toBe(true);
    expect((await getPelaksanaan(A.nurlaela!, skpJoko, "TW1"))!.baru).toBeGreaterThanOrEqual(1);
  });
});

describe("kuota bukti dukung per pegawai per tahun", () => {
  it("SKP_KUOTA_BUKTI_MB dihitung dengan SUM ukuran bukti pegawai pada tahun itu; yang melewati kuota ditolak sebelum disimpan", async () => {
    const pdfBesar = (kb: number) => {
      const kepala = new TextEncoder().encode("%PDF-1.4\n%");
      const ekor = new TextEncoder().encode("\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
      const b = new Uint8Array(kb * 1024).fill(0x20);
      b.set(kepala);
      b.set(ekor, b.length - ekor.length);
      return b;
    };
    const semula = process.env.SKP_KUOTA_BUKTI_MB;
    process.env.SKP_KUOTA_BUKTI_MB = "1";
    try {
      const kunciSebelum = new Set((await demo.prisma.buktiDukung.findMany({ select: { kunci: true } })).map((b) => b.kunci));
      const terpakai = async () => (await demo.prisma.buktiDukung.aggregate({ where: { jenis: "BERKAS", rencanaAksi: { rhk: { skpId: skpJoko } } }, _sum: { ukuran: true } }))._sum.ukuran ?? 0;
      const awal = await terpakai();
      expect(awal).toBeLessThan(100 * 1024);
      expect((await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "laporan-1.pdf", bytes: pdfBesar(450) })).ok).toBe(true);
      expect((await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "laporan-2.pdf", bytes: pdfBesar(450) })).ok).toBe(true);
      const jumlahBaris = await demo.prisma.buktiDukung.count();
      const r = await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "laporan-3.pdf", bytes: pdfBesar(450) });
      expect(r).toMatchObject({ ok: false, pesan: expect.stringMatching(new RegExp(`^Kuota bukti dukung tahun ${TAHUN} \\(1 MB\\) tidak cukup: sudah terpakai 0,9 MB, berkas ini 0,4 MB\\.`)) });
      if (!r.ok) expect(r.galat?.berkas).toEqual([r.pesan]);
      // Tidak ada baris baru, tidak ada berkas baru di penyimpanan.
      expect(await demo.prisma.buktiDukung.count()).toBe(jumlahBaris);
      const baru = (await demo.prisma.buktiDukung.findMany({ select: { kunci: true } })).filter((b) => !kunciSebelum.has(b.kunci));
      expect(baru).toHaveLength(2);
      // Kuota lebih besar → boleh lagi.
      process.env.SKP_KUOTA_BUKTI_MB = "500";
      expect((await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "laporan-3.pdf", bytes: pdfBesar(450) })).ok).toBe(true);
      expect(await terpakai()).toBeGreaterThan(1024 * 1024);
    } finally {
      if (semula === undefined) delete process.env.SKP_KUOTA_BUKTI_MB;
      else process.env.SKP_KUOTA_BUKTI_MB = semula;
    }
  });
});

describe("impor Excel", () => {
  const isiTemplat = (baris: (string | number | null)[][], ubahHeader?: (ws: ExcelJS.Worksheet) => void) => isiTemplatRencanaAksi(skpJoko, baris, ubahHeader);

  it("pratinjau tanpa menulis; galat per baris; tidak ada yang disimpan bila ada galat", async () => {
    const sebelum = await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } });
    const ok = await isiTemplat([["U1", "Menyusun laporan kegiatan bulan April", 1, "dokumen"], ["U1", "Rapat koordinasi program", null, null]]);
    const p = await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: ok, simpan: false });
    expect(p).toMatchObject({ ok: true, data: { disimpan: false } });
    if (p.ok) expect(p.data.baris).toHaveLength(2);
    expect(await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } })).toBe(sebelum);

    const salah = await isiTemplat([["U1", "Baris yang benar sekali", 1, "dokumen"], ["U9", "Kode tidak ada", null, null], ["U1", "", -3, null]]);
    const g = await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: salah, simpan: true });
    expect(g.ok).toBe(false);
    if (!g.ok) expect((g.galat?.impor ?? []).length).toBeGreaterThanOrEqual(2);
    expect(await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } })).toBe(sebelum);

    const tanpaKolom = await isiTemplat([["U1", "Menyusun laporan", 1, "dokumen"]], (ws) => {
      ws.eachRow((row) => row.eachCell((c) => {
        if (c.value === "Uraian Rencana Aksi") c.value = "Kegiatan";
      }));
    });
    const k = await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: tanpaKolom, simpan: true });
    expect(k.ok).toBe(false);
    if (!k.ok) expect(k.galat?.impor?.join(" ")).toMatch(/Uraian Rencana Aksi/);
    expect((await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: new TextEncoder().encode("a,b,c\n1,2,3"), simpan: true })).ok).toBe(false);

    const s = await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: ok, simpan: true });
    expect(s).toMatchObject({ ok: true, data: { disimpan: true } });
    expect(await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } })).toBe(sebelum + 2);
    // Orang lain tidak dapat mengimpor ke SKP Joko.
    expect((await imporRencanaAksi(A.wahyu!, { skpId: skpJoko, periodeId: tw2, bytes: ok, simpan: true })).ok).toBe(false);
  });
});

describe("impor Excel: arsip ZIP berbohong", () => {
  it("templat terisi + entri 200 MB nol yang tidak diakui catatan akhir → ditolak dengan pesan Indonesia, tidak ada yang ditulis", async () => {
    const kode = await kodeRhkSkp(skpJoko);
    const t = await buatTemplatRencanaAksi({ namaPegawai: "Joko", nip: "x", periodeLabel: "Triwulan II", tahun: TAHUN, rhk: kode.map((k) => ({ kode: k.kode, teks: k.teks, jenis: k.jenis })), contoh: true });
    const entri = entriDariZip(t);
    const { data, crc32, ukuran } = await nolTermampat(200);
    const bom = rakitZip([...entri, { nama: "xl/media/image1.bin", data, crc32, ukuranTerurai: ukuran }], { jumlahDiakui: entri.length });
    expect(bom.length).toBeLessThan(1024 * 1024);
    const sebelum = await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } });
    const auditSebelum = await demo.prisma.jejakAudit.count();
    const r = await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: bom, simpan: true });
    expect(r).toMatchObject({ ok: false, pesan: "Berkas tidak dapat diimpor: 1 kesalahan. Tidak ada yang disimpan.", galat: { impor: [PESAN_ZIP_TIDAK_KONSISTEN] } });
    expect(await demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: tw2 } })).toBe(sebelum);
    expect(await demo.prisma.jejakAudit.count()).toBe(auditSebelum);
    // Templat yang sama tanpa entri selipan tetap dapat diimpor (contohnya terbaca).
    expect(await imporRencanaAksi(A.joko!, { skpId: skpJoko, periodeId: tw2, bytes: rakitZip(entri), simpan: false })).toMatchObject({ ok: true, data: { disimpan: false } });
  });
});

describe("siklus periode", () => {
  it("admin menutup Triwulan I: isian ditolak; membuka kembali perlu alasan dan dicatat", async () => {
    expect((await ubahStatusPeriode(A.joko!, { periodeId: tw1, status: "TUTUP" })).ok).toBe(false);
    expect((await ubahStatusPeriode(A.rizki!, { periodeId: tw1, status: "TUTUP" })).ok).toBe(true);
    const r = await simpanRealisasi(A.joko!, { skpId: skpJoko, periodeId: tw1, ikiId: ikiJoko, nilai: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(/sudah ditutup/);
    expect((await unggahBukti(A.joko!, { skpId: skpJoko, rencanaAksiId: ra1, nama: "b.pdf", bytes: PDF })).ok).toBe(false);
    expect((await ubahStatusPeriode(A.rizki!, { periodeId: tw1, status: "BUKA" })).ok).toBe(false);
    expect((await ubahStatusPeriode(A.rizki!, { periodeId: tw1, status: "BUKA", alasan: "Perbaikan data realisasi atas permintaan inspektorat" })).ok).toBe(true);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: { in: ["PERIODE_DITUTUP", "PERIODE_DIBUKA_KEMBALI"] }, entitasId: tw1 } })).toBe(2);
    expect((await simpanRealisasi(A.joko!, { skpId: skpJoko, periodeId: tw1, ikiId: ikiJoko, nilai: 3 })).ok).toBe(true);
  });
});

describe("revisi SKP saat pelaksanaan berjalan", () => {
  it("rencana aksi, bukti, realisasi dan umpan balik pindah ke versi revisi yang disetujui", async () => {
    const r = await buatRevisi(A.joko!, skpJoko);
    expect(r.ok).toBe(true);
    const revisi = r.ok ? r.data.skpId : "";
    expect((await ubahStatusSkp(A.joko!, { skpId: revisi, aksi: "AJUKAN" })).ok).toBe(true);
    // Selama revisi diajukan, pelaksanaan tetap pada versi yang berlaku.
    expect((await getPelaksanaan(A.joko!, skpJoko, "TW1"))!.rhk[0]!.rencanaAksi.length).toBeGreaterThan(0);
    expect((await ubahStatusSkp(A.nurlaela!, { skpId: revisi, aksi: "SETUJUI" })).ok).toBe(true);
    const baru = (await getPelaksanaan(A.joko!, revisi, "TW1"))!;
    expect(baru.rhk[0]!.rencanaAksi.map((a) => a.uraian)).toContain("Menyusun rekap data program kesehatan triwulan I");
    expect(baru.rhk[0]!.rencanaAksi[0]!.bukti.length).toBeGreaterThan(0);
    expect(baru.rhk[0]!.iki.some((i) => i.realisasi?.nilai === 3)).toBe(true);
    expect(baru.umpan.length).toBeGreaterThan(0);
    const lama = (await getPelaksanaan(A.joko!, skpJoko, "TW1"))!;
    expect(lama.skp.status).toBe("DIGANTI");
    expect(lama.bolehIsi.ok).toBe(false);
  });
});

describe("SKP jabatan yang dipangku sebagian tahun (mutasi 30 Juni)", () => {
  it("hanya periode yang beririsan dengan masa SKP yang tampil dan dapat diisi", async () => {
    const lama = await demo.prisma.skp.findFirstOrThrow({
      where: { pegawaiId: demo.pegawaiId("taufik"), status: "DISETUJUI", mulai: new Date(`${TAHUN}-01-01`) },
      select: { id: true, rhk: { select: { id: true }, take: 1 } },
    });
    const d = (await getPelaksanaan(A.taufik!, lama.id, undefined))!;
    expect(d.periode.map((p) => p.kode)).toEqual(["TW1", "TW2"]);
    const tw3 = (await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { kode: "TW3", periodeKinerja: { tahun: TAHUN } }, select: { id: true } })).id;
    const r = await simpanRencanaAksi(A.taufik!, { skpId: lama.id, periodeId: tw3, rhkId: lama.rhk[0]!.id, uraian: "Di luar masa SKP ini" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(/di luar masa berlaku/);
    const m = (await getMonitoring(A.nurlaela!, TAHUN)).baris.find((b) => b.skpId === lama.id)!;
    expect(m.periode.map((p) => p.kelengkapan === null)).toEqual([false, false, true, true]);
  });
});
