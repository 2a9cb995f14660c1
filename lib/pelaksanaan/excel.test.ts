import ExcelJS from "exceljs";
import { entriDariZip, nolTermampat, rakitZip, type EntriRakitan } from "@/tests/support/zip-rakitan";
import { describe, expect, it } from "vitest";
import {
  BARIS_JUDUL_KOLOM,
  KOLOM_TEMPLAT,
  LEMBAR_DAFTAR_RHK,
  LEMBAR_PETUNJUK,
  LEMBAR_RENCANA_AKSI,
  MAKS_TERURAI_BYTES,
  PESAN_BUKAN_XLSX,
  PESAN_TERLALU_BESAR,
  PESAN_ZIP_TIDAK_KONSISTEN,
  bacaImporRencanaAksi,
  buatTemplatRencanaAksi,
  nilaiSel,
  rapikanTeks,
  uraiAngka,
  type GalatImpor,
  type RhkTemplat,
} from "@/lib/pelaksanaan/excel";

const RHK: RhkTemplat[] = [
  { kode: "U1", teks: "Tersusunnya dokumen perencanaan kinerja unit yang berkualitas", jenis: "UTAMA" },
  { kode: "U2", teks: "Terlaksananya layanan administrasi kepegawaian tepat waktu", jenis: "UTAMA" },
  { kode: "T1", teks: "Terlaksananya tugas tambahan sebagai anggota tim pengadaan", jenis: "TAMBAHAN" },
];
const KODE = RHK.map((r) => r.kode);
const DATA = BARIS_JUDUL_KOLOM + 1;

const templat = (contoh = false) =>
  buatTemplatRencanaAksi({ namaPegawai: "Siti Rahmawati, S.E.", nip: "198703122010012003", periodeLabel: "Triwulan I", tahun: 2026, rhk: RHK, contoh });

async function muat(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function simpan(wb: ExcelJS.Workbook) {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

type Sel = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };

/** Templat terisi: setiap baris = [kode, uraian, target, satuan] mulai baris data pertama (undefined = biarkan kosong). */
async function isi(baris: (Sel[] | null)[], ubah?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void) {
  const wb = await muat(await templat());
  const ws = wb.getWorksheet(LEMBAR_RENCANA_AKSI)!;
  baris.forEach((b, i) => {
    b?.forEach((v, c) => {
      if (v === undefined) return;
      const cell = ws.getCell(DATA + i, c + 1);
      if (v !== null && typeof v === "object" && "numFmt" in v) {
        cell.value = v.value;
        cell.numFmt = v.numFmt;
      } else cell.value = v;
    });
  });
  ubah?.(wb, ws);
  return simpan(wb);
}

const baca = (bytes: Uint8Array, maksBaris?: number) => bacaImporRencanaAksi(bytes, { kodeRhk: KODE, maksBaris });

async function galatDari(bytes: Uint8Array): Promise<GalatImpor[]> {
  const r = await baca(bytes);
  if (r.ok) throw new Error("diharapkan gagal");
  return r.galat;
}

const URAIAN = "Menyusun laporan kegiatan bulanan";

describe("buatTemplatRencanaAksi", () => {
  it("tiga lembar: Rencana Aksi, Daftar RHK, Petunjuk", async () => {
    const wb = await muat(await templat());
    expect(wb.worksheets.map((w) => w.name)).toEqual([LEMBAR_RENCANA_AKSI, LEMBAR_DAFTAR_RHK, LEMBAR_PETUNJUK]);
    expect(LEMBAR_RENCANA_AKSI).toBe("Rencana Aksi");
    expect(KOLOM_TEMPLAT).toEqual(["Kode RHK", "Uraian Rencana Aksi", "Target", "Satuan"]);
  });

  it("blok judul, judul kolom tebal, lebar kolom, judul dibekukan", async () => {
    const ws = (await muat(await templat())).getWorksheet(LEMBAR_RENCANA_AKSI)!;
    expect(ws.getCell("A1").value).toBe("Rencana Aksi — Triwulan I 2026");
    expect(ws.getCell("A2").value).toBe("Nama: Siti Rahmawati, S.E.");
    expect(ws.getCell("A3").value).toBe("NIP: 198703122010012003");
    const judul = ws.getRow(BARIS_JUDUL_KOLOM);
    expect([1, 2, 3, 4].map((c) => judul.getCell(c).value)).toEqual([...KOLOM_TEMPLAT]);
    expect([1, 2, 3, 4].every((c) => judul.getCell(c).font?.bold)).toBe(true);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(50);
    expect(ws.getColumn(1).width).toBeGreaterThan(8);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: BARIS_JUDUL_KOLOM });
  });

  it("daftar pilihan kode RHK pada 200 baris data, merujuk lembar Daftar RHK", async () => {
    const ws = (await muat(await templat())).getWorksheet(LEMBAR_RENCANA_AKSI)!;
    for (const r of [DATA, DATA + 100, DATA + 199]) {
      expect(ws.getCell(r, 1).dataValidation).toMatchObject({ type: "list", formulae: ["'Daftar RHK'!$A$2:$A$4"] });
    }
    expect(ws.getCell(DATA + 200, 1).dataValidation).toBeFalsy();
    expect(ws.getCell(BARIS_JUDUL_KOLOM, 1).dataValidation).toBeFalsy();
    expect(ws.getCell(DATA, 3).dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual" });
  });

  it("Daftar RHK memuat kode, jenis dan teks lengkap", async () => {
    const ws = (await muat(await templat())).getWorksheet(LEMBAR_DAFTAR_RHK)!;
    expect(ws.getRow(1).getCell(1).value).toBe("Kode RHK");
    const isiDaftar = [2, 3, 4].map((r) => [1, 2, 3].map((c) => ws.getCell(r, c).value));
    expect(isiDaftar).toEqual([
      ["U1", "Utama", RHK[0].teks],
      ["U2", "Utama", RHK[1].teks],
      ["T1", "Tambahan", RHK[2].teks],
    ]);
  });

  it("Petunjuk berbahasa Indonesia", async () => {
    const ws = (await muat(await templat())).getWorksheet(LEMBAR_PETUNJUK)!;
    const teks = ws.getColumn(1).values.filter((v): v is string => typeof v === "string").join("\n");
    expect(teks).toMatch(/satu baris untuk satu rencana aksi/);
    expect(teks).toMatch(/Daftar RHK/);
    expect(teks).toMatch(/angka saja tanpa satuan/);
    expect(teks).toMatch(/"dokumen"/);
    expect(teks).toMatch(/Jangan mengubah.*judul kolom/);
    expect(teks).toMatch(/Maksimal 200 baris/);
  });

  it("tahun tidak diulang bila sudah ada di label periode; RHK kosong tetap menghasilkan templat", async () => {
    const b = await buatTemplatRencanaAksi({ namaPegawai: "A", nip: "1", periodeLabel: "Semester II 2026", tahun: 2026, rhk: [] });
    const ws = (await muat(b)).getWorksheet(LEMBAR_RENCANA_AKSI)!;
    expect(ws.getCell("A1").value).toBe("Rencana Aksi — Semester II 2026");
    expect(ws.getCell(DATA, 1).dataValidation).toBeFalsy();
  });

  it("templat kosong: tidak ada baris yang diisi", async () => {
    expect(await baca(await templat())).toEqual({
      ok: false,
      galat: [{ baris: null, kolom: null, pesan: "Tidak ada baris rencana aksi yang diisi." }],
      baris: [],
    });
  });

  it("templat dengan contoh dapat langsung diimpor", async () => {
    const r = await baca(await templat(true));
    expect(r.ok).toBe(true);
    expect(r.baris).toHaveLength(3);
    expect(r.baris[0]).toEqual({ baris: DATA, kodeRhk: "U1", uraian: "Menyusun rancangan dokumen pendukung kegiatan", target: 1, satuan: "dokumen" });
    expect(r.baris[2]).toMatchObject({ kodeRhk: "U2", target: null, satuan: null });
  });
});

describe("bacaImporRencanaAksi — pulang-pergi", () => {
  it("membaca baris yang diisi, melewati baris kosong, memakai ejaan kode dari SKP", async () => {
    const bytes = await isi([
      ["U1", URAIAN, 12, "dokumen"],
      null,
      [" t1 ", "Menjadi anggota tim pengadaan barang", undefined, undefined],
      ["", "   ", null, ""],
      ["u2", "  Melayani   usul kenaikan pangkat  ", "1.250,5", " laporan "],
    ]);
    const r = await baca(bytes);
    expect(r).toEqual({
      ok: true,
      baris: [
        { baris: DATA, kodeRhk: "U1", uraian: URAIAN, target: 12, satuan: "dokumen" },
        { baris: DATA + 2, kodeRhk: "T1", uraian: "Menjadi anggota tim pengadaan barang", target: null, satuan: null },
        { baris: DATA + 4, kodeRhk: "U2", uraian: "Melayani usul kenaikan pangkat", target: 1250.5, satuan: "laporan" },
      ],
    });
  });

  it("satuan tanpa target diterima; batas tepat (5/1000 karakter, satuan 60, target 0) lolos", async () => {
    const r = await baca(
      await isi([
        ["U1", "abcde", null, "kegiatan"],
        ["U1", "x".repeat(1000), 0, "s".repeat(60)],
      ]),
    );
    expect(r.ok).toBe(true);
    expect(r.baris.map((b) => [b.target, b.satuan?.length])).toEqual([
      [null, 8],
      [0, 60],
    ]);
  });

  it("merapikan teks: spasi ganda, spasi tak-putus, baris baru berlebih", async () => {
    const r = await baca(await isi([["U1", "Menyusun\u00a0 laporan\r\n\n\n\n  bulanan  ", 1, "dokumen\u200b"]]));
    expect(r.baris[0]).toMatchObject({ uraian: "Menyusun laporan\n\nbulanan", satuan: "dokumen" });
  });
});

describe("bacaImporRencanaAksi — galat per baris", () => {
  it("melaporkan SEMUA galat dengan nomor baris dan kolom, beserta semua baris terbaca", async () => {
    const bytes = await isi([
      ["U9", URAIAN, 1, "dokumen"], // 6: kode tidak dikenal
      [null, URAIAN, null, null], // 7: kode kosong
      ["U1", null, 2, "dokumen"], // 8: uraian kosong
      ["U1", "abcd", null, null], // 9: uraian < 5
      ["U1", "x".repeat(1001), null, null], // 10: uraian > 1000
      ["U1", URAIAN, "lima", "dokumen"], // 11: target bukan angka
      ["U1", URAIAN, -3, "dokumen"], // 12: target negatif
      ["U1", URAIAN, new Date(Date.UTC(2026, 4, 1)), "dokumen"], // 13: target tanggal
      ["U1", URAIAN, 5, null], // 14: satuan kosong padahal target diisi
      ["U1", URAIAN, 5, "s".repeat(61)], // 15: satuan > 60
      ["U2", URAIAN, "-1,5", "dokumen"], // 16: target negatif (teks)
      ["T1", URAIAN, 3, "dokumen"], // 17: sah
      ["U9", "abc", "x", null], // 18: empat galat sekaligus
    ]);
    const r = await baca(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.galat).toEqual([
      { baris: 6, kolom: "Kode RHK", pesan: 'Kode RHK "U9" tidak ada di SKP Anda.' },
      { baris: 7, kolom: "Kode RHK", pesan: 'Kode RHK wajib diisi. Pilih kode dari lembar "Daftar RHK".' },
      { baris: 8, kolom: "Uraian Rencana Aksi", pesan: "Uraian rencana aksi wajib diisi." },
      { baris: 9, kolom: "Uraian Rencana Aksi", pesan: "Uraian rencana aksi minimal 5 karakter." },
      { baris: 10, kolom: "Uraian Rencana Aksi", pesan: "Uraian rencana aksi maksimal 1000 karakter (saat ini 1001)." },
      { baris: 11, kolom: "Target", pesan: 'Target "lima" tidak dapat dibaca. Hanya angka, titik dan koma. Tulis angka seperti 92,5 atau 1.250.' },
      { baris: 12, kolom: "Target", pesan: "Target tidak boleh negatif." },
      { baris: 13, kolom: "Target", pesan: expect.stringMatching(/^Target terbaca sebagai tanggal/) },
      { baris: 14, kolom: "Satuan", pesan: 'Isi satuan untuk target, mis. "dokumen".' },
      { baris: 15, kolom: "Satuan", pesan: "Satuan maksimal 60 karakter." },
      { baris: 16, kolom: "Target", pesan: "Target tidak boleh negatif." },
      { baris: 18, kolom: "Kode RHK", pesan: 'Kode RHK "U9" tidak ada di SKP Anda.' },
      { baris: 18, kolom: "Uraian Rencana Aksi", pesan: "Uraian rencana aksi minimal 5 karakter." },
      { baris: 18, kolom: "Target", pesan: expect.stringMatching(/tidak dapat dibaca/) },
      { baris: 18, kolom: "Satuan", pesan: 'Isi satuan untuk target, mis. "dokumen".' },
    ]);
    expect(r.baris.map((b) => b.baris)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(r.baris[0]).toEqual({ baris: 6, kodeRhk: "U9", uraian: URAIAN, target: 1, satuan: "dokumen" });
    expect(r.baris[5]).toMatchObject({ target: null, satuan: "dokumen" });
    expect(r.baris[11]).toEqual({ baris: 17, kodeRhk: "T1", uraian: URAIAN, target: 3, satuan: "dokumen" });
  });

  it("target terlalu besar untuk basis data", async () => {
    const g = await galatDari(await isi([["U1", URAIAN, 1e14, "rupiah"]]));
    expect(g).toEqual([{ baris: DATA, kolom: "Target", pesan: expect.stringMatching(/terlalu besar/) }]);
  });

  it("201 baris ditolak; 200 baris diterima; maksBaris dapat diatur", async () => {
    const baris = (n: number) => Array.from({ length: n }, (_, i) => ["U1", `${URAIAN} ke-${i + 1}`, i, "dokumen"] as Sel[]);
    const r201 = await baca(await isi(baris(201)));
    expect(r201.ok).toBe(false);
    if (r201.ok) return;
    expect(r201.galat).toEqual([{ baris: null, kolom: null, pesan: expect.stringMatching(/^Terlalu banyak baris: 201 rencana aksi\. Maksimal 200 baris/) }]);
    expect(r201.baris).toHaveLength(200);

    const r200 = await baca(await isi(baris(200)));
    expect(r200.ok).toBe(true);
    expect(r200.baris).toHaveLength(200);
    expect(r200.baris[199]).toMatchObject({ baris: DATA + 199, target: 199 });

    const r3 = await baca(await isi(baris(3)), 2);
    expect(r3.ok).toBe(false);
  });
});

describe("bacaImporRencanaAksi — bentuk sel", () => {
  it("format angka Indonesia dan sel angka", async () => {
    const kasus: [ExcelJS.CellValue, number][] = [
      ["12", 12],
      ["1.250,5", 1250.5],
      ["1.250", 1250],
      ["1.250.000", 1250000],
      ["12,5", 12.5],
      ["0,25", 0.25],
      [" 1250 ", 1250],
      ["92.5", 92.5],
      ["1.5", 1.5],
      [7.5, 7.5],
      [0.1 + 0.2, 0.3],
      ["3,123456", 3.1235],
    ];
    const r = await baca(await isi(kasus.map(([v]) => ["U1", URAIAN, v, "dokumen"])));
    expect(r.ok).toBe(true);
    expect(r.baris.map((b) => b.target)).toEqual(kasus.map(([, n]) => n));
  });

  it("sel berformat persen dibaca seperti yang terlihat (100% → 100)", async () => {
    const r = await baca(await isi([["U1", URAIAN, { value: 1, numFmt: "0%" }, "persen"]]));
    expect(r.baris[0].target).toBe(100);
  });

  it("sel rumus memakai hasilnya; galat rumus dan rumus tanpa hasil dilaporkan", async () => {
    const bytes = await isi([
      [{ formula: '"U"&"1"', result: "U1" }, { formula: 'CONCAT("Menyusun ","laporan")', result: "Menyusun laporan" }, { formula: "5*2", result: 10 }, "dokumen"],
      ["U1", URAIAN, { formula: "1/0", result: { error: "#DIV/0!" } }, "dokumen"],
      ["U1", URAIAN, { formula: "A1*2" }, "dokumen"],
    ]);
    const r = await baca(bytes);
    expect(r.baris[0]).toEqual({ baris: DATA, kodeRhk: "U1", uraian: "Menyusun laporan", target: 10, satuan: "dokumen" });
    if (r.ok) throw new Error("diharapkan gagal");
    expect(r.galat).toEqual([
      { baris: DATA + 1, kolom: "Target", pesan: "Sel berisi galat #DIV/0!. Perbaiki isinya." },
      { baris: DATA + 2, kolom: "Target", pesan: expect.stringMatching(/rumus yang belum dihitung/) },
    ]);
  });

  it("teks kaya (rich text) dan tautan", async () => {
    const r = await baca(
      await isi([
        [
          { richText: [{ text: "U" }, { text: "2", font: { bold: true } }] },
          { richText: [{ text: "Menyusun ", font: { italic: true } }, { text: "laporan", font: { bold: true } }, { text: " akhir" }] },
          { richText: [{ text: "1.000" }] },
          { text: "dokumen", hyperlink: "https://contoh.go.id/" },
        ],
      ]),
    );
    expect(r).toEqual({ ok: true, baris: [{ baris: DATA, kodeRhk: "U2", uraian: "Menyusun laporan akhir", target: 1000, satuan: "dokumen" }] });
  });

  it("sel kode yang digabung ke bawah berlaku untuk setiap baris", async () => {
    const r = await baca(
      await isi(
        [
          ["T1", "Rapat koordinasi tim pengadaan", 2, "kali"],
          [undefined, "Menyusun berita acara pengadaan", 1, "dokumen"],
        ],
        (_wb, ws) => ws.mergeCells(DATA, 1, DATA + 1, 1),
      ),
    );
    expect(r.ok).toBe(true);
    expect(r.baris.map((b) => b.kodeRhk)).toEqual(["T1", "T1"]);
  });
});

describe("bacaImporRencanaAksi — galat berkas", () => {
  const bukanXlsx = { ok: false, galat: [{ baris: null, kolom: null, pesan: PESAN_BUKAN_XLSX }], baris: [] };

  it("CSV, byte acak, berkas kosong, zip rusak → satu galat yang jelas", async () => {
    expect(PESAN_BUKAN_XLSX).toBe("Berkas bukan file Excel (.xlsx) yang dapat dibaca.");
    const csv = new TextEncoder().encode(`Kode RHK;Uraian Rencana Aksi;Target;Satuan\nU1;${URAIAN};1;dokumen\n`);
    expect(await baca(csv)).toEqual(bukanXlsx);
    const acak = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 251);
    expect(await baca(acak)).toEqual(bukanXlsx);
    expect(await baca(new Uint8Array())).toEqual(bukanXlsx);
    const pkAcak = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...acak]);
    expect(await baca(pkAcak)).toEqual(bukanXlsx);
    const t = await templat();
    expect(await baca(t.slice(0, Math.floor(t.length / 2)))).toEqual(bukanXlsx);
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...acak]);
    expect(await baca(xls)).toEqual(bukanXlsx);
  });

  it("tanpa lembar Rencana Aksi", async () => {
    const bytes = await isi([["U1", URAIAN, 1, "dokumen"]], (_wb, ws) => {
      ws.name = "Sheet1";
    });
    expect(await galatDari(bytes)).toEqual([{ baris: null, kolom: null, pesan: 'Lembar "Rencana Aksi" tidak ditemukan. Gunakan templat terbaru dari portal.' }]);
  });

  it("kolom diganti nama → galat kolom tidak ditemukan", async () => {
    const bytes = await isi([["U1", URAIAN, 1, "dokumen"]], (_wb, ws) => {
      ws.getCell(BARIS_JUDUL_KOLOM, 2).value = "Uraian";
    });
    const r = await baca(bytes);
    expect(r).toEqual({
      ok: false,
      galat: [{ baris: BARIS_JUDUL_KOLOM, kolom: "Uraian Rencana Aksi", pesan: 'Kolom "Uraian Rencana Aksi" tidak ditemukan. Gunakan templat terbaru.' }],
      baris: [],
    });
  });

  it("kolom dihapus → galat; kolom ganda → galat", async () => {
    const tanpaTarget = await isi([["U1", URAIAN, 1, "dokumen"]], (_wb, ws) => ws.spliceColumns(3, 1));
    expect(await galatDari(tanpaTarget)).toEqual([{ baris: BARIS_JUDUL_KOLOM, kolom: "Target", pesan: 'Kolom "Target" tidak ditemukan. Gunakan templat terbaru.' }]);
    const ganda = await isi([["U1", URAIAN, 1, "dokumen"]], (_wb, ws) => {
      ws.getCell(BARIS_JUDUL_KOLOM, 5).value = "satuan";
    });
    expect(await galatDari(ganda)).toEqual([{ baris: BARIS_JUDUL_KOLOM, kolom: "Satuan", pesan: expect.stringMatching(/muncul lebih dari sekali/) }]);
  });

  it("tanpa judul kolom sama sekali", async () => {
    const bytes = await isi([["U1", URAIAN, 1, "dokumen"]], (_wb, ws) => {
      ws.getRow(BARIS_JUDUL_KOLOM).values = [];
    });
    expect(await galatDari(bytes)).toEqual([{ baris: null, kolom: null, pesan: expect.stringMatching(/^Judul kolom .* tidak ditemukan pada lembar "Rencana Aksi"/) }]);
  });

  it("judul kolom tidak peka huruf besar/kecil dan spasi; urutan dan posisi kolom bebas", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("rencana aksi");
    ws.getRow(2).values = ["Catatan", " satuan ", "URAIAN  RENCANA AKSI", "kode rhk", "Target"];
    ws.getRow(3).values = ["abaikan", "dokumen", URAIAN, "U2", "3"];
    ws.getRow(4).values = ["hanya catatan"];
    const r = await baca(await simpan(wb));
    expect(r).toEqual({ ok: true, baris: [{ baris: 3, kodeRhk: "U2", uraian: URAIAN, target: 3, satuan: "dokumen" }] });
  });
});

describe("nilaiSel, uraiAngka, rapikanTeks", () => {
  it("bentuk nilai sel exceljs", () => {
    expect(nilaiSel(null)).toEqual({ jenis: "kosong" });
    expect(nilaiSel("  ")).toEqual({ jenis: "kosong" });
    expect(nilaiSel("U1")).toEqual({ jenis: "teks", teks: "U1" });
    expect(nilaiSel(3)).toEqual({ jenis: "angka", angka: 3 });
    expect(nilaiSel(true)).toEqual({ jenis: "boolean", nilai: true });
    expect(nilaiSel(new Date(0))).toMatchObject({ jenis: "tanggal" });
    expect(nilaiSel({ richText: [{ text: "a" }, { text: "b" }] })).toEqual({ jenis: "teks", teks: "ab" });
    expect(nilaiSel({ formula: "1+1", result: 2 })).toEqual({ jenis: "angka", angka: 2 });
    expect(nilaiSel({ sharedFormula: "A1", result: "x" })).toEqual({ jenis: "teks", teks: "x" });
    expect(nilaiSel({ formula: "A1" })).toEqual({ jenis: "rumus-tanpa-hasil" });
    expect(nilaiSel({ formula: "NA()", result: { error: "#N/A" } })).toEqual({ jenis: "galat", kode: "#N/A" });
    expect(nilaiSel({ text: "tautan", hyperlink: "https://x" })).toEqual({ jenis: "teks", teks: "tautan" });
    expect(nilaiSel({ text: { richText: [{ text: "ka" }, { text: "ya" }] }, hyperlink: "https://x" })).toEqual({ jenis: "teks", teks: "kaya" });
    expect(nilaiSel({ error: "#REF!" })).toEqual({ jenis: "galat", kode: "#REF!" });
    expect(nilaiSel({ aneh: 1 })).toEqual({ jenis: "tidak-dikenal" });
  });

  it("uraiAngka: sah dan tidak sah", () => {
    expect(uraiAngka("1.250,5")).toBe(1250.5);
    expect(uraiAngka("-2")).toBe(-2);
    expect(uraiAngka("92.5")).toBe(92.5);
    expect(uraiAngka("1.250")).toBe(1250);
    // Aturan yang sama dengan formulir: yang bermakna ganda ditolak, tidak ditebak.
    for (const s of ["", "abc", "12 dokumen", "12,", ",5", "1.2.3", "1,2,3", "12.34.567", "1.25,5", "--1", "100%", "Rp 1.000", "1e5", "0.250", "1,250,000", "1,250.5"]) {
      expect(uraiAngka(s), s).toBeNull();
    }
  });

  it("rapikanTeks", () => {
    expect(rapikanTeks("  a\t\tb \u0000c\r\nd  ")).toBe("a b c\nd");
  });
});

describe("perlindungan bom zip", () => {
  const templatKecil = () => buatTemplatRencanaAksi({ namaPegawai: "A", nip: "1", periodeLabel: "Triwulan I", tahun: 2026, rhk: [{ kode: "U1", teks: "RHK", jenis: "UTAMA" }] });

  it("berkas dengan isi terurai sangat besar (diakui jujur) ditolak sebelum diurai", async () => {
    // Buku kerja dengan satu sel berisi teks sangat panjang yang mudah dimampatkan (~25 MB terurai).
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rencana Aksi");
    ws.addRow(["Kode RHK", "Uraian Rencana Aksi", "Target", "Satuan"]);
    for (let i = 0; i < 250; i++) ws.addRow(["U1", `${i} `.padEnd(100_000, "x"), 1, "dokumen"]);
    const bom = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(bom.length).toBeLessThan(2 * 1024 * 1024);
    const r = await bacaImporRencanaAksi(bom, { kodeRhk: ["U1"] });
    expect(r).toEqual({ ok: false, galat: [{ baris: null, kolom: null, pesan: PESAN_TERLALU_BESAR }], baris: [] });
  });

  it("arsip berbohong: catatan akhir mengaku kurang entri, ukuran diakui lebih kecil dari isi → ditolak, exceljs tidak mengurai", async () => {
    expect(MAKS_TERURAI_BYTES).toBe(20 * 1024 * 1024);
    const entri = entriDariZip(await templatKecil());
    const { data, crc32, ukuran } = await nolTermampat(100);
    const bom: EntriRakitan = { nama: "xl/media/image1.bin", data, crc32, ukuranTerurai: ukuran };
    const tolak = { ok: false, galat: [{ baris: null, kolom: null, pesan: PESAN_ZIP_TIDAK_KONSISTEN }], baris: [] };
    // Catatan akhir mengaku jumlah entri templat saja; pemeriksaan lama menjumlah sebanyak itu lalu meloloskannya.
    expect(await baca(rakitZip([...entri, bom], { jumlahDiakui: entri.length }))).toEqual(tolak);
    // Direktori pusat dan header lokal sepakat berbohong: 100 MB nol mengaku 1.000 byte.
    expect(await baca(rakitZip([...entri, { ...bom, ukuranTerurai: 1000 }]))).toEqual(tolak);
    // Entri yang hanya ada di berkas, tidak di direktori pusat.
    expect(await baca(rakitZip([...entri, { ...bom, diPusat: false }]))).toEqual(tolak);
    expect(PESAN_ZIP_TIDAK_KONSISTEN).toMatch(/^Berkas Excel tidak utuh/);
  });
});
