import { buatTemplatRencanaAksi } from "@/lib/pelaksanaan/excel";
import { crc32, inflasiTerbatas, periksaZip, type AlasanZipDitolak, type OpsiZipAman } from "@/lib/penyimpanan/zip-aman";
import { entriDariZip, nolTermampat, rakitZip, rekamLokal, type EntriRakitan } from "@/tests/support/zip-rakitan";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const teks = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;
const opsi: OpsiZipAman = { maksTerurai: MB };

const A: EntriRakitan = { nama: "a.xml", isi: teks("<a>".repeat(200)) };
const B: EntriRakitan = { nama: "b.xml", isi: teks("<b>isi kedua</b>") };

async function ditolak(bytes: Uint8Array, o = opsi): Promise<AlasanZipDitolak> {
  const r = await periksaZip(bytes, o);
  if (r.ok) throw new Error("diharapkan ditolak");
  return r.alasan;
}

describe("crc32 dan inflasiTerbatas", () => {
  it("CRC-32 IEEE: nilai acuan dan pembaruan berpotongan", () => {
    expect(crc32(teks("123456789"))).toBe(0xcbf43926);
    expect(crc32(teks("6789"), crc32(teks("12345")))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("menghentikan inflasi begitu keluaran melewati batas", async () => {
    const { data } = await nolTermampat(50);
    expect(data.length).toBeLessThan(200 * 1024);
    expect(await inflasiTerbatas(data, 1000)).toEqual({ ok: false, alasan: "ukuran-bohong" });
    expect(await inflasiTerbatas(deflateRawSync(teks("halo")), 4)).toEqual({ ok: true, ukuran: 4, crc32: crc32(teks("halo")) });
    expect(await inflasiTerbatas(teks("bukan deflate sama sekali \u00ff\u00fe"), 1000)).toMatchObject({ ok: false });
  });
});

describe("periksaZip — arsip sah", () => {
  it("templat .xlsx dari exceljs lolos; entri dan jumlah terurai dilaporkan", async () => {
    const t = await buatTemplatRencanaAksi({ namaPegawai: "A", nip: "1", periodeLabel: "Triwulan I", tahun: 2026, rhk: [{ kode: "U1", teks: "RHK", jenis: "UTAMA" }] });
    const r = await periksaZip(t, { maksTerurai: 20 * MB });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entri.map((e) => e.nama)).toContain("xl/workbook.xml");
    expect(r.totalTerurai).toBe(r.entri.reduce((s, e) => s + e.ukuranTerurai, 0));
    expect(r.totalTerurai).toBeGreaterThan(t.length);
    // Dirakit ulang dari entri yang sama: tetap sah (perakit uji menghasilkan ZIP yang benar).
    expect((await periksaZip(rakitZip(entriDariZip(t)), { maksTerurai: 20 * MB })).ok).toBe(true);
  });

  it("entri tersimpan (metode 0), entri kosong, data descriptor dengan dan tanpa tanda", async () => {
    const r = await periksaZip(
      rakitZip([A, { nama: "folder/", isi: new Uint8Array(), metode: 0 }, { nama: "s.txt", isi: teks("tanpa kompresi"), metode: 0 }, { ...B, descriptor: {} }, { nama: "c.xml", isi: teks("ketiga"), descriptor: { tanda: false } }]),
      opsi,
    );
    expect(r).toMatchObject({ ok: true, totalTerurai: 600 + 14 + 16 + 6 });
  });
});

describe("periksaZip — menolak pada kebohongan pertama", () => {
  it("bukan ZIP: teks, kosong, terpotong", async () => {
    expect(await ditolak(teks("Kode RHK;Uraian\nU1;abc"))).toBe("bukan-zip");
    expect(await ditolak(new Uint8Array())).toBe("bukan-zip");
    const z = rakitZip([A, B]);
    expect(await ditolak(z.slice(0, z.length - 30))).toBe("bukan-zip");
  });

  it("catatan akhir mengaku 1 entri padahal direktori pusat berisi 2 (dan sebaliknya)", async () => {
    expect(await ditolak(rakitZip([A, B], { jumlahDiakui: 1 }))).toBe("jumlah-entri");
    expect(await ditolak(rakitZip([A, B], { jumlahDiakui: 3 }))).toBe("jumlah-entri");
  });

  it("entri yang tidak tercatat di direktori pusat (disisipkan di depan, di tengah, di belakang)", async () => {
    const tersembunyi = { ...B, nama: "tersembunyi.xml", diPusat: false };
    expect(await ditolak(rakitZip([tersembunyi, A]))).toBe("celah");
    expect(await ditolak(rakitZip([A, tersembunyi, B]))).toBe("celah");
    expect(await ditolak(rakitZip([A, B, tersembunyi]))).toBe("celah");
  });

  it("header lokal berbeda dari direktori pusat: ukuran lebih kecil, CRC, nama, metode, flag", async () => {
    expect(await ditolak(rakitZip([A, { ...B, lokal: { ukuranTerurai: 3 } }]))).toBe("header-lokal");
    expect(await ditolak(rakitZip([A, { ...B, lokal: { ukuranMampat: 5 } }]))).toBe("header-lokal");
    expect(await ditolak(rakitZip([{ ...A, lokal: { crc32: 1 } }]))).toBe("header-lokal");
    expect(await ditolak(rakitZip([{ ...A, lokal: { nama: "z.xml" } }]))).toBe("header-lokal");
    expect(await ditolak(rakitZip([{ ...A, lokal: { metode: 0 } }]))).toBe("header-lokal");
    expect(await ditolak(rakitZip([{ ...A, lokal: { flag: 0x0800 } }]))).toBe("header-lokal");
  });

  it("data descriptor berbohong atau hilang", async () => {
    expect(await ditolak(rakitZip([{ ...A, descriptor: { ukuranTerurai: 10 } }]))).toBe("data-descriptor");
    expect(await ditolak(rakitZip([{ ...A, descriptor: { crc32: 7 } }]))).toBe("data-descriptor");
    // Header lokal berisi ukuran lain (bukan nol) padahal memakai data descriptor.
    expect(await ditolak(rakitZip([{ ...A, descriptor: {}, lokal: { ukuranTerurai: 9 } }]))).toBe("header-lokal");
    // Flag data descriptor tanpa descriptor sesudah data.
    const tanpa = rakitZip([{ ...A, flag: 0x0008, lokal: { crc32: 0, ukuranMampat: 0, ukuranTerurai: 0 } }]);
    expect(await ditolak(tanpa)).toBe("data-descriptor");
  });

  it("entri tumpang-tindih: entri kedua menunjuk ke dalam data entri pertama", async () => {
    const dalam: EntriRakitan = { nama: "d.xml", isi: teks("x".repeat(500)) };
    const luar: EntriRakitan = { nama: "l.xml", metode: 0, isi: rekamLokal(dalam) };
    expect(await ditolak(rakitZip([luar, { ...dalam, diLokal: false, offsetLokal: 30 + "l.xml".length }]))).toBe("tumpang-tindih");
    // Dua entri direktori pusat menunjuk ke header lokal yang sama.
    expect(await ditolak(rakitZip([A, { ...A, nama: "a.xml", diLokal: false, offsetLokal: 0 }]))).toBe("nama-ganda");
  });

  it("ukuran terurai yang diakui melewati batas: ditolak sebelum diurai", async () => {
    const { data, crc32: c, ukuran } = await nolTermampat(200);
    expect(data.length).toBeLessThan(300 * 1024);
    const bom: EntriRakitan = { nama: "xl/worksheets/sheet1.xml", data, crc32: c, ukuranTerurai: ukuran };
    expect(await ditolak(rakitZip([A, bom]))).toBe("terlalu-besar");
    // Per entri dan total.
    expect(await ditolak(rakitZip([A, B]), { maksTerurai: MB, maksTeruraiPerEntri: 100 })).toBe("terlalu-besar");
    expect(await ditolak(rakitZip([A, B]), { maksTerurai: 610 })).toBe("terlalu-besar");
  });

  it("entri yang terurai melebihi ukuran yang diakui (200 MB nol mengaku 1.000 byte): inflasi dihentikan", async () => {
    const { data } = await nolTermampat(200);
    const bohong: EntriRakitan = { nama: "xl/worksheets/sheet1.xml", data, crc32: 0, ukuranTerurai: 1000 };
    const rssAwal = process.memoryUsage().rss;
    expect(await ditolak(rakitZip([A, bohong]))).toBe("ukuran-bohong");
    expect(process.memoryUsage().rss - rssAwal).toBeLessThan(64 * MB);
    // Mengaku lebih besar dari isi nyata juga bohong.
    expect(await ditolak(rakitZip([{ ...A, ukuranTerurai: 601 }]))).toBe("ukuran-bohong");
    expect(await ditolak(rakitZip([{ nama: "s", metode: 0, isi: teks("abc"), ukuranTerurai: 4 }]))).toBe("ukuran-bohong");
  });

  it("CRC-32 tidak cocok, data deflate rusak", async () => {
    expect(await ditolak(rakitZip([{ ...A, crc32: 12345 }]))).toBe("crc");
    expect(await ditolak(rakitZip([{ nama: "r.xml", data: teks("\u00ff\u00ff\u00ff\u00ff sampah"), ukuranTerurai: 10 }]))).toBe("rusak");
  });

  it("nama ganda, terenkripsi, metode lain, terlalu banyak entri", async () => {
    expect(await ditolak(rakitZip([A, { ...B, nama: "a.xml" }]))).toBe("nama-ganda");
    expect(await ditolak(rakitZip([{ ...A, flag: 0x0001 }]))).toBe("terenkripsi");
    expect(await ditolak(rakitZip([{ ...A, metode: 12, data: teks("bz") }]))).toBe("metode");
    expect(await ditolak(rakitZip([A, B]), { maksTerurai: MB, maksEntri: 1 })).toBe("terlalu-banyak-entri");
  });

  it("ZIP64, multi-disk, komentar yang tidak sampai ujung, sisa byte sesudah catatan akhir", async () => {
    const z = Buffer.from(rakitZip([A]));
    const akhir = z.length - 22;
    const ubah = (f: (b: Buffer) => void) => {
      const c = Buffer.from(z);
      f(c);
      return new Uint8Array(c);
    };
    expect(await ditolak(ubah((c) => c.writeUInt32LE(0xffffffff, akhir + 16)))).toBe("zip64");
    expect(await ditolak(ubah((c) => c.writeUInt16LE(1, akhir + 4)))).toBe("multi-disk");
    expect(await ditolak(ubah((c) => c.writeUInt16LE(5, akhir + 20)))).toBe("direktori-pusat");
    expect(await ditolak(new Uint8Array(Buffer.concat([z, Buffer.from("ekor")])))).toBe("direktori-pusat");
  });

  it("pengelompokan alasan untuk pesan pengguna", async () => {
    expect(await periksaZip(rakitZip([A, B], { jumlahDiakui: 1 }), opsi)).toMatchObject({ ok: false, jenis: "tidak-konsisten" });
    expect(await periksaZip(teks("PK bukan"), opsi)).toMatchObject({ ok: false, jenis: "bukan-zip" });
    expect(await periksaZip(rakitZip([A]), { maksTerurai: 10 })).toMatchObject({ ok: false, jenis: "terlalu-besar" });
  });
});
