import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  bacaImporHarian,
  bacaJamSel,
  bacaTanggalSel,
  barisSah,
  buatTemplatHarian,
  daftarPilihan,
  KOLOM_HARIAN,
  LEMBAR_DAFTAR_RA,
  LEMBAR_HARIAN,
  LEMBAR_PETUNJUK_HARIAN,
  periksaTerhadapEntriAda,
  teksGalat,
  type KonteksImporHarian,
  type RencanaAksiHarian,
} from "./excel";
import { nilaiSel } from "@/lib/pelaksanaan/excel";

const T = (s: string) => new Date(`${s}T00:00:00Z`);
const HARI_INI = T("2026-12-03");

const RA: RencanaAksiHarian[] = [
  { id: "ra-1", uraian: "Menyusun laporan bulanan penyuluhan", satuan: "laporan", periode: "Triwulan IV", mulai: T("2026-10-01"), selesai: T("2026-12-31"), rhk: "RHK satu" },
  { id: "ra-2", uraian: "Melaksanakan penyuluhan gizi di posyandu", satuan: "kegiatan", periode: "Triwulan IV", mulai: T("2026-10-01"), selesai: T("2026-12-31") },
  { id: "ra-3", uraian: "Rencana aksi triwulan lalu", satuan: null, periode: "Triwulan III", mulai: T("2026-07-01"), selesai: T("2026-09-30") },
];
const LABEL = daftarPilihan(RA).map((p) => p.label);
const K: KonteksImporHarian = { rencanaAksi: RA, hariIni: HARI_INI, maksJam: 12 };

type Sel = ExcelJS.CellValue;
/** Berkas hasil isian templat: baris mulai baris 6 (di bawah judul kolom). */
async function isi(baris: Sel[][], opsi: { ubah?: (wb: ExcelJS.Workbook) => void } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buatTemplatHarian({ namaPegawai: "Hendri", nip: "198501012010011001", rencanaAksi: RA, hariIni: HARI_INI, maksJam: 12 })) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(LEMBAR_HARIAN)!;
  baris.forEach((b, i) => b.forEach((v, c) => (ws.getCell(6 + i, c + 1).value = v)));
  opsi.ubah?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function bukuBaru(isiLembar: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  isiLembar(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const jam = (h: number, m = 0) => (h * 60 + m) / 1440;
const baik = (o: Partial<Record<number, Sel>> = {}): Sel[] => {
  const b: Sel[] = [LABEL[0], T("2026-12-01"), jam(8), jam(9, 30), "Menyusun konsep laporan", 1, "laporan", null];
  for (const [i, v] of Object.entries(o)) b[Number(i)] = v;
  return b;
};
const galatDi = (r: Awaited<ReturnType<typeof bacaImporHarian>>, baris: number) => r.galat.filter((g) => g.baris === baris);

describe("buatTemplatHarian", () => {
  it("lembar, judul kolom, daftar pilihan rencana aksi, format dan validasi tanggal/jam, petunjuk dengan contoh", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buatTemplatHarian({ namaPegawai: "Hendri", nip: "198501012010011001", rencanaAksi: RA, hariIni: HARI_INI, maksJam: 10 })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([LEMBAR_HARIAN, LEMBAR_DAFTAR_RA, LEMBAR_PETUNJUK_HARIAN]);
    const ws = wb.getWorksheet(LEMBAR_HARIAN)!;
    expect(ws.getRow(5).values).toEqual([undefined, ...KOLOM_HARIAN]);
    expect(String(ws.getCell("A2").value)).toContain("Hendri");
    const dv = (ws.getCell("A6") as unknown as { dataValidation: ExcelJS.DataValidation }).dataValidation;
    expect(dv.type).toBe("list");
    expect(dv.formulae[0]).toBe(`'${LEMBAR_DAFTAR_RA}'!$A$2:$A$4`);
    const dvTgl = (ws.getCell("B200") as unknown as { dataValidation: ExcelJS.DataValidation }).dataValidation;
    expect(dvTgl.type).toBe("date");
    expect(ws.getCell("B6").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("C6").numFmt).toBe("hh:mm");
    expect(ws.getCell("D505").numFmt).toBe("hh:mm");
    const daftar = wb.getWorksheet(LEMBAR_DAFTAR_RA)!;
    expect(daftar.getCell("A2").value).toBe("RA-01 — Menyusun laporan bulanan penyuluhan (Triwulan IV)");
    expect(daftar.getCell("B4").value).toBe("RA-03");
    expect((daftar.getCell("F2").value as Date).toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(daftar.getCell("G2").value).toBe("laporan");
    const pt = wb.getWorksheet(LEMBAR_PETUNJUK_HARIAN)!;
    const teks: string[] = [];
    pt.eachRow((r) => r.eachCell((c) => void (typeof c.value === "string" && teks.push(c.value))));
    expect(teks.join("\n")).toContain("10 jam");
    expect(teks).toContain(LABEL[0]); // baris contoh
  });

  it("label diringkas untuk uraian panjang; tanpa rencana aksi tetap menghasilkan templat (tanpa daftar pilihan)", async () => {
    const p = daftarPilihan([{ ...RA[0]!, uraian: "x".repeat(200) }]);
    expect(p[0]!.label.length).toBeLessThan(110);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buatTemplatHarian({ namaPegawai: "A", nip: "1", rencanaAksi: [], hariIni: HARI_INI, maksJam: 12 })) as unknown as ArrayBuffer);
    expect(String(wb.getWorksheet(LEMBAR_HARIAN)!.getCell("A4").value)).toContain("Belum ada rencana aksi");
  });

  it("templat kosong yang diunggah kembali: tidak ada baris", async () => {
    const r = await bacaImporHarian(await isi([]), K);
    expect(r.ok).toBe(false);
    expect(r.galat.map((g) => g.pesan)).toEqual(["Tidak ada baris progres harian yang diisi."]);
  });
});

describe("bacaTanggalSel / bacaJamSel", () => {
  it("tanggal: sel tanggal, nomor seri, YYYY-MM-DD, DD/MM/YYYY, D-M-YYYY; yang tidak sah ditolak", () => {
    const iso = (v: unknown) => {
      const r = bacaTanggalSel(nilaiSel(v));
      return r && r.ok ? r.nilai.toISOString().slice(0, 10) : r ? "galat" : null;
    };
    expect(iso(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12-01");
    expect(iso(new Date("2026-12-01T15:45:00Z"))).toBe("2026-12-01");
    expect(iso(46357)).toBe("2026-12-01");
    expect(iso("2026-12-01")).toBe("2026-12-01");
    expect(iso("01/12/2026")).toBe("2026-12-01");
    expect(iso("1-12-2026")).toBe("2026-12-01");
    expect(iso("1.12.2026")).toBe("2026-12-01");
    expect(iso("31/02/2026")).toBe("galat");
    expect(iso("2026-02-30")).toBe("galat");
    expect(iso("12/2026")).toBe("galat");
    expect(iso("kemarin")).toBe("galat");
    expect(iso(-3)).toBe("galat");
    expect(iso(null)).toBeNull();
    expect(iso("  ")).toBeNull();
  });

  it("jam: pecahan hari, waktu Excel, HH:MM, HH.MM; 24:00 hanya untuk jam selesai", () => {
    const m = (v: unknown, selesai = false) => {
      const r = bacaJamSel(nilaiSel(v), { selesai });
      return r && r.ok ? r.nilai : r ? "galat" : null;
    };
    expect(m(jam(8, 30))).toBe(510);
    expect(m(new Date(Date.UTC(1899, 11, 30, 13, 15)))).toBe(795);
    expect(m(new Date(Date.UTC(1899, 11, 30, 13, 14, 59, 900)))).toBe(795); // pembulatan ke menit
    expect(m("08:30")).toBe(510);
    expect(m("8.30")).toBe(510);
    expect(m("08:30:00")).toBe(510);
    expect(m("08:30:15")).toBe("galat");
    expect(m("24:00", true)).toBe(1440);
    expect(m(1, true)).toBe(1440);
    expect(m(new Date(Date.UTC(1899, 11, 31)), true)).toBe(1440);
    expect(m("24:00")).toBe("galat");
    expect(m(1)).toBe("galat");
    expect(m("25:00", true)).toBe("galat");
    expect(m("08:61")).toBe("galat");
    expect(m("jam delapan")).toBe("galat");
    expect(m(1.5)).toBe("galat");
    expect(m(null)).toBeNull();
  });
});

describe("bacaImporHarian", () => {
  it("baris sah dari sel tanggal/jam Excel dan dari teks; realisasi koma desimal; teks dirapikan; tautan dibakukan", async () => {
    const r = await bacaImporHarian(
      await isi([
        baik(),
        ["RA-02", "2026-12-02", "13.00", "15:30", "  Penyuluhan\u200B gizi   balita \u0007", "1,5", " kegiatan ", "https://drive.google.com/file/d/abc"],
        [LABEL[0], "30/11/2026", "08:00", "24:00", "Lembur menyusun laporan akhir", "1.250", "halaman", null],
      ]),
      { ...K, maksJam: 24 },
    );
    expect(r.galat).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.baris).toHaveLength(3);
    expect(r.baris[0]).toMatchObject({ baris: 6, rencanaAksiId: "ra-1", jamMulai: 480, jamSelesai: 570, kegiatan: "Menyusun konsep laporan", realisasi: 1, satuan: "laporan", tautan: null });
    expect(r.baris[0]!.tanggal!.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(r.baris[1]).toMatchObject({ rencanaAksiId: "ra-2", rencanaAksi: LABEL[1], jamMulai: 780, jamSelesai: 930, kegiatan: "Penyuluhan gizi balita", realisasi: 1.5, satuan: "kegiatan", tautan: "https://drive.google.com/file/d/abc" });
    expect(r.baris[2]).toMatchObject({ jamSelesai: 1440, realisasi: 1250 });
    expect(barisSah(r.baris, r.galat)).toHaveLength(3);
  });

  it("baris kosong di tengah diabaikan; label dengan spasi/tanda pisah berbeda tetap cocok", async () => {
    const r = await bacaImporHarian(await isi([baik(), [], baik({ 0: LABEL[1]!.replace(" — ", " - ").toUpperCase(), 2: jam(10), 3: jam(11) })]), K);
    expect(r.galat).toEqual([]);
    expect(r.baris.map((b) => [b.baris, b.rencanaAksiId])).toEqual([
      [6, "ra-1"],
      [8, "ra-2"],
    ]);
  });

  it("baris dengan jam bertumpang tindih pada hari yang sama ditolak (baris, kolom, pesan); bersentuhan di ujung boleh; hari lain boleh", async () => {
    const r = await bacaImporHarian(
      await isi([
        baik(), // 08:00–09:30
        baik({ 2: jam(9), 3: jam(10), 4: "Rapat koordinasi" }), // bertumpang dengan baris 6
        baik({ 2: jam(9, 30), 3: jam(10, 30), 4: "Mengetik laporan" }), // bersentuhan dengan 6, tetapi tumpang dengan 7
        baik({ 1: T("2026-12-02") }), // hari lain, jam sama
        baik({ 2: jam(11), 3: jam(12), 4: "Mengirim laporan" }),
      ]),
      K,
    );
    expect(r.ok).toBe(false);
    expect(r.galat).toEqual([
      { baris: 7, kolom: "Jam Mulai", pesan: "Jam 09:00–10:00 bertumpang tindih dengan baris 6 (08:00–09:30) pada 1 Desember 2026." },
      { baris: 8, kolom: "Jam Mulai", pesan: "Jam 09:30–10:30 bertumpang tindih dengan baris 7 (09:00–10:00) pada 1 Desember 2026." },
    ]);
    expect(barisSah(r.baris, r.galat).map((b) => b.baris)).toEqual([6, 9, 10]);
    expect(teksGalat(r.galat[0]!)).toBe("Baris 7, kolom Jam Mulai: Jam 09:00–10:00 bertumpang tindih dengan baris 6 (08:00–09:30) pada 1 Desember 2026.");
  });

  it("rencana aksi: wajib, tidak dikenal, kode saja diterima, label usang untuk kode yang sama ditolak", async () => {
    const r = await bacaImporHarian(
      await isi([baik({ 0: null }), baik({ 0: "RA-09 — Rencana aksi orang lain (Triwulan IV)", 1: T("2026-12-02") }), baik({ 0: "ra 02", 1: T("2026-11-30") }), baik({ 0: "RA-01 — Uraian lama (Triwulan IV)", 1: T("2026-11-27") })]),
      K,
    );
    expect(galatDi(r, 6)).toEqual([{ baris: 6, kolom: "Rencana Aksi", pesan: 'Rencana aksi wajib diisi. Pilih dari daftar (lembar "Daftar Rencana Aksi").' }]);
    expect(galatDi(r, 7)[0]!.pesan).toContain("tidak ada di daftar rencana aksi Anda");
    expect(galatDi(r, 8)).toEqual([]);
    expect(r.baris[2]!.rencanaAksiId).toBe("ra-2");
    expect(galatDi(r, 9)[0]!.pesan).toContain("tidak cocok dengan daftar terbaru (RA-01 sekarang: Menyusun laporan bulanan penyuluhan)");
    expect(r.baris[0]!.rencanaAksiId).toBeNull();
  });

  it("tanggal: wajib, tidak terbaca, masa depan, di luar rentang rencana aksi (dengan labelnya)", async () => {
    const r = await bacaImporHarian(
      await isi([baik({ 1: null }), baik({ 1: "31/11/2026" }), baik({ 1: T("2026-12-04") }), baik({ 0: LABEL[2], 1: T("2026-10-05") }), baik({ 1: T("2026-12-03"), 2: "jam 8" })]),
      K,
    );
    expect(galatDi(r, 6)).toEqual([{ baris: 6, kolom: "Tanggal", pesan: "Tanggal wajib diisi, mis. 01/12/2026." }]);
    expect(galatDi(r, 7)[0]!.pesan).toBe('Tanggal "31/11/2026" tidak dapat dibaca. Tulis seperti 01/12/2026 atau 2026-12-01.');
    expect(galatDi(r, 8)[0]).toMatchObject({ kolom: "Tanggal", pesan: expect.stringContaining("masa depan") });
    expect(galatDi(r, 9)[0]).toMatchObject({ kolom: "Tanggal", pesan: "Tanggal di luar periode rencana aksi ini (Triwulan III: 1 Juli 2026 – 30 September 2026)." });
    // hari ini boleh; jam yang tidak terbaca ditolak di kolomnya
    expect(galatDi(r, 10)).toEqual([{ baris: 10, kolom: "Jam Mulai", pesan: 'Jam "jam 8" tidak dapat dibaca. Tulis jam:menit, mis. 08:30 atau 08.30.' }]);
  });

  it("tanggal masa depan tetap ditolak walau jamnya salah", async () => {
    const r = await bacaImporHarian(await isi([baik({ 1: "2027-01-05", 2: null })]), K);
    expect(r.galat.map((g) => g.kolom)).toEqual(["Tanggal", "Jam Mulai"]);
  });

  it("jam: wajib, selesai ≤ mulai, 24:00 sebagai jam mulai", async () => {
    const r = await bacaImporHarian(await isi([baik({ 2: null, 3: null }), baik({ 2: jam(10), 3: jam(10) }), baik({ 2: jam(11), 3: jam(10, 30) }), baik({ 2: "24:00", 3: "24:00" })]), K);
    expect(galatDi(r, 6).map((g) => g.pesan)).toEqual(["Jam mulai wajib diisi, mis. 08:00.", "Jam selesai wajib diisi, mis. 09:30."]);
    expect(galatDi(r, 7)).toEqual([{ baris: 7, kolom: "Jam Selesai", pesan: "Jam selesai harus sesudah jam mulai." }]);
    expect(galatDi(r, 8)).toEqual([{ baris: 8, kolom: "Jam Selesai", pesan: "Jam selesai harus sesudah jam mulai." }]);
    expect(galatDi(r, 9)[0]).toMatchObject({ kolom: "Jam Mulai", pesan: expect.stringContaining("23:59") });
  });

  it("batas jam per hari di dalam berkas: baris yang membuatnya terlampaui ditolak", async () => {
    const r = await bacaImporHarian(await isi([baik({ 2: jam(6), 3: jam(12) }), baik({ 2: jam(12), 3: jam(17) }), baik({ 2: jam(17), 3: jam(18, 30) })]), K);
    expect(r.galat).toEqual([{ baris: 8, kolom: "Jam Selesai", pesan: "Jumlah jam kegiatan pada 1 Desember 2026 dalam berkas ini menjadi 12 jam 30 menit, melebihi batas 12 jam per hari." }]);
    const satuBaris = await bacaImporHarian(await isi([baik({ 2: jam(6), 3: jam(19) })]), K);
    expect(satuBaris.galat[0]).toMatchObject({ kolom: "Jam Selesai", pesan: expect.stringContaining("13 jam, melebihi batas 12 jam") });
  });

  it("kegiatan, realisasi, satuan: wajib dan batasnya; realisasi ejaan ganda/negatif/teks ditolak", async () => {
    const r = await bacaImporHarian(
      await isi([
        baik({ 4: null, 5: null, 6: null }),
        baik({ 1: T("2026-12-02"), 4: "ok", 5: "-1", 6: "x".repeat(61) }),
        baik({ 1: T("2026-11-30"), 5: "1,250.5" }),
        baik({ 1: T("2026-11-27"), 5: "dua" }),
        baik({ 1: T("2026-11-26"), 5: 0, 4: "y".repeat(1001) }),
        baik({ 1: T("2026-11-25"), 5: -2 }),
      ]),
      K,
    );
    expect(galatDi(r, 6)).toEqual([
      { baris: 6, kolom: "Kegiatan", pesan: "Kegiatan wajib diisi." },
      { baris: 6, kolom: "Realisasi", pesan: "Realisasi wajib diisi (angka, boleh 0)." },
      { baris: 6, kolom: "Satuan", pesan: 'Satuan wajib diisi, mis. "laporan".' },
    ]);
    expect(galatDi(r, 7).map((g) => g.kolom)).toEqual(["Kegiatan", "Realisasi", "Satuan"]);
    expect(galatDi(r, 7)[1]!.pesan).toBe("Realisasi tidak boleh negatif.");
    expect(galatDi(r, 8)[0]!.pesan).toContain("Gunakan koma untuk desimal");
    expect(galatDi(r, 9)[0]!.pesan).toContain('Realisasi "dua" tidak dapat dibaca');
    expect(galatDi(r, 10)).toEqual([{ baris: 10, kolom: "Kegiatan", pesan: "Kegiatan maksimal 1000 karakter (saat ini 1001)." }]);
    expect(r.baris[4]!.realisasi).toBe(0);
    expect(galatDi(r, 11)[0]!.pesan).toBe("Realisasi tidak boleh negatif.");
  });

  it("tautan bukti: bukan http(s), tidak sah, dengan sandi ditolak lewat periksaTautan", async () => {
    const r = await bacaImporHarian(
      await isi([baik({ 7: "ftp://contoh.go.id/berkas" }), baik({ 1: T("2026-12-02"), 7: "bukan tautan" }), baik({ 1: T("2026-11-30"), 7: "https://user:rahasia@contoh.go.id/" }), baik({ 1: T("2026-11-27"), 7: { text: "bukti", hyperlink: "https://contoh.go.id/a" } })]),
      K,
    );
    expect(galatDi(r, 6)).toEqual([{ baris: 6, kolom: "Tautan Bukti", pesan: "Tautan harus diawali http:// atau https://." }]);
    expect(galatDi(r, 7)[0]!.pesan).toContain("Tautan tidak sah");
    expect(galatDi(r, 8)[0]!.pesan).toContain("nama pengguna atau kata sandi");
    expect(galatDi(r, 9)[0]!.pesan).toContain("Tautan tidak sah"); // teks sel "bukti", bukan alamatnya
  });

  it("galat rumus dan rumus tanpa hasil dilaporkan per kolom", async () => {
    const r = await bacaImporHarian(await isi([baik({ 5: { error: "#DIV/0!" } as unknown as Sel, 4: { formula: "A1", result: undefined } as unknown as Sel })]), K);
    expect(galatDi(r, 6).map((g) => [g.kolom, g.pesan])).toEqual([
      ["Kegiatan", "Sel berisi rumus yang belum dihitung. Buka berkas di Excel, lalu simpan ulang."],
      ["Realisasi", "Sel berisi galat #DIV/0!. Perbaiki isinya."],
    ]);
  });

  it("semua galat dikembalikan, urut per baris dan kolom, bersama baris yang terbaca", async () => {
    const r = await bacaImporHarian(await isi([[null, "x", "y", "z", null, "q", null, "w"], baik()]), K);
    expect(r.galat.every((g) => g.baris === 6)).toBe(true);
    expect(r.galat.map((g) => g.kolom)).toEqual(["Rencana Aksi", "Tanggal", "Jam Mulai", "Jam Selesai", "Kegiatan", "Realisasi", "Satuan", "Tautan Bukti"]);
    expect(r.baris).toHaveLength(2);
  });

  it("galat berkas: bukan xlsx, lembar tidak ada, kolom hilang/ganda, terlalu banyak baris", async () => {
    expect((await bacaImporHarian(new TextEncoder().encode("bukan excel"), K)).galat[0]!.pesan).toContain("bukan file Excel");
    const tanpaLembar = await bukuBaru((wb) => void wb.addWorksheet("Lain").addRow(["x"]));
    expect((await bacaImporHarian(tanpaLembar, K)).galat).toEqual([{ baris: null, kolom: null, pesan: 'Lembar "Progres Harian" tidak ditemukan. Gunakan templat progres harian terbaru dari portal.' }]);
    const kolomHilang = await bukuBaru((wb) => void wb.addWorksheet(LEMBAR_HARIAN).addRow(KOLOM_HARIAN.filter((k) => k !== "Satuan")));
    expect((await bacaImporHarian(kolomHilang, K)).galat).toEqual([{ baris: 1, kolom: "Satuan", pesan: 'Kolom "Satuan" tidak ditemukan. Gunakan templat terbaru.' }]);
    const ganda = await bukuBaru((wb) => void wb.addWorksheet(LEMBAR_HARIAN).addRow([...KOLOM_HARIAN, "Tanggal"]));
    expect((await bacaImporHarian(ganda, K)).galat[0]!.pesan).toContain("lebih dari sekali");
    const banyak = await bacaImporHarian(await isi([baik(), baik({ 1: T("2026-12-02") }), baik({ 1: T("2026-11-30") })]), { ...K, maksBaris: 2 });
    expect(banyak.galat[0]).toEqual({ baris: null, kolom: null, pesan: "Terlalu banyak baris: 3 kegiatan. Maksimal 2 baris per unggahan; bagi ke beberapa berkas." });
    expect(banyak.baris).toHaveLength(2);
  });

  it("lembar buatan sendiri (judul kolom di baris 1, tanpa templat) tetap terbaca", async () => {
    const b = await bukuBaru((wb) => {
      const ws = wb.addWorksheet(LEMBAR_HARIAN);
      ws.addRow([...KOLOM_HARIAN]);
      ws.addRow(["RA-01", "2026-12-01", "08:00", "09:00", "Menyusun laporan", "2", "laporan", ""]);
    });
    const r = await bacaImporHarian(b, K);
    expect(r.galat).toEqual([]);
    expect(r.baris[0]).toMatchObject({ baris: 2, rencanaAksiId: "ra-1", jamMulai: 480, jamSelesai: 540, realisasi: 2 });
  });
});

describe("periksaTerhadapEntriAda", () => {
  const sah = (baris: number, tanggal: string, mulai: number, selesai: number) => ({
    baris,
    rencanaAksiId: "ra-1",
    rencanaAksi: LABEL[0]!,
    tanggal: T(tanggal),
    jamMulai: mulai,
    jamSelesai: selesai,
    kegiatan: "Kegiatan",
    realisasi: 1,
    satuan: "laporan",
    tautan: null,
  });

  it("tumpang tindih dengan entri yang sudah ada ditolak; bersentuhan boleh; hari lain boleh", () => {
    const ada = new Map([["2026-12-01", [{ id: "e1", mulai: 480, selesai: 600 }]]]);
    const g = periksaTerhadapEntriAda([sah(6, "2026-12-01", 540, 660), sah(7, "2026-12-01", 600, 660), sah(8, "2026-12-02", 480, 600)], ada, new Set(), 12);
    expect(g).toEqual([{ baris: 6, kolom: "Jam Mulai", pesan: "Jam 09:00–11:00 bertumpang tindih dengan entri yang sudah ada pada 1 Desember 2026 (08:00–10:00)." }]);
  });

  it("batas jam per hari menghitung menit yang sudah tercatat dan baris baru sebelumnya", () => {
    const ada = new Map([["2026-12-01", [{ mulai: 420, selesai: 900 }]]]); // 8 jam
    const g = periksaTerhadapEntriAda([sah(6, "2026-12-01", 900, 1020), sah(7, "2026-12-01", 1020, 1140)], ada, new Set(), 12);
    expect(g).toEqual([]); // tepat 12 jam: boleh
    const g2 = periksaTerhadapEntriAda([sah(6, "2026-12-01", 900, 1020), sah(7, "2026-12-01", 1020, 1150)], ada, new Set(), 12);
    expect(g2).toEqual([{ baris: 7, kolom: "Jam Selesai", pesan: "Jumlah jam kegiatan pada 1 Desember 2026 bersama entri yang sudah ada menjadi 12 jam 10 menit, melebihi batas 12 jam per hari." }]);
  });

  it("baris yang sudah ada (sidik sama) dilewati, tidak dibandingkan dengan dirinya sendiri", () => {
    const ada = new Map([["2026-12-01", [{ id: "e1", mulai: 480, selesai: 570 }]]]);
    expect(periksaTerhadapEntriAda([sah(6, "2026-12-01", 480, 570)], ada, new Set([6]), 12)).toEqual([]);
    expect(periksaTerhadapEntriAda([sah(6, "2026-12-01", 480, 570)], ada, new Set(), 12)).toHaveLength(1);
  });
});
