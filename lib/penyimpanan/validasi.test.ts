import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  JENIS_DIIZINKAN,
  TERIMA_INPUT,
  batasUnggahBytes,
  kuotaBuktiBytes,
  periksaKuotaBukti,
  headerUnduh,
  periksaBerkas,
  sanitasiNamaBerkas,
} from "@/lib/penyimpanan/validasi";

// ─── Fixture byte NYATA ───────────────────────────────────────────────────────────────────────

const enc = new TextEncoder();
const MB = 1024 * 1024;
const BATAS = 10 * MB;

function gabung(...bagian: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(bagian.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of bagian) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

function pdfMinimal(): Uint8Array {
  const objek = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>\nendobj\n",
  ];
  let isi = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offset: number[] = [];
  for (const o of objek) {
    offset.push(isi.length);
    isi += o;
  }
  const xref = isi.length;
  isi += `xref\n0 ${objek.length + 1}\n0000000000 65535 f \n`;
  for (const o of offset) isi += `${String(o).padStart(10, "0")} 00000 n \n`;
  isi += `trailer\n<< /Size ${objek.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(isi, (c) => c.charCodeAt(0));
}

// PNG 1×1 dan JPEG 1×1 yang sah (dapat dibuka pustaka gambar).
const PNG_1x1 = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);
const JPEG_1x1 = Uint8Array.from(
  Buffer.from(
    "/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABQb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCKALXj/9k=",
    "base64",
  ),
);

// Penulis ZIP kecil (metode "stored", CRC-32) — cukup untuk membuat kontainer DOCX/DOCM/ZIP biasa.
const TABEL_CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = TABEL_CRC[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function buatZip(entri: Record<string, string>): Uint8Array {
  const lokal: Uint8Array[] = [];
  const pusat: Uint8Array[] = [];
  let offset = 0;
  for (const [nama, teks] of Object.entries(entri)) {
    const n = enc.encode(nama);
    const d = enc.encode(teks);
    const crc = crc32(d);
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(8, 0, true); // stored
    h.setUint32(14, crc, true);
    h.setUint32(18, d.length, true);
    h.setUint32(22, d.length, true);
    h.setUint16(26, n.length, true);
    const hl = gabung(new Uint8Array(h.buffer), n, d);
    lokal.push(hl);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, d.length, true);
    c.setUint32(24, d.length, true);
    c.setUint16(28, n.length, true);
    c.setUint32(42, offset, true);
    pusat.push(gabung(new Uint8Array(c.buffer), n));
    offset += hl.length;
  }
  const cd = gabung(...pusat);
  const e = new DataView(new ArrayBuffer(22));
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, pusat.length, true);
  e.setUint16(10, pusat.length, true);
  e.setUint32(12, cd.length, true);
  e.setUint32(16, offset, true);
  return gabung(...lokal, cd, new Uint8Array(e.buffer));
}

function buatDocx(jenisUtama = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"): Uint8Array {
  return buatZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/word/document.xml" ContentType="${jenisUtama}"/>` +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      "<w:body><w:p><w:r><w:t>Laporan kinerja</w:t></w:r></w:p></w:body></w:document>",
  });
}

async function buatXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Realisasi").addRow(["Indikator", "Realisasi"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ELF 64-bit dan PE (MZ … PE\0\0) — dinamai .pdf oleh penyerang.
function elf(): Uint8Array {
  const b = new Uint8Array(128);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  b.set([2, 0, 0x3e, 0], 16); // ET_EXEC, x86-64
  return b;
}
function pe(): Uint8Array {
  const b = new Uint8Array(256);
  b.set([0x4d, 0x5a, 0x90, 0]);
  new DataView(b.buffer).setUint32(0x3c, 0x80, true);
  b.set([0x50, 0x45, 0, 0, 0x4c, 0x01], 0x80);
  return b;
}

const HTML = enc.encode('<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>');
const HTML_TANPA_DOCTYPE = enc.encode("\uFEFF  \n<html><body onload=alert(1)></body></html>");
const SVG = enc.encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');
const SVG_XML = enc.encode('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

// ─── periksaBerkas ────────────────────────────────────────────────────────────────────────────

describe("periksaBerkas: jenis yang diizinkan (dideteksi dari isi)", () => {
  it("PDF", async () => {
    const bytes = pdfMinimal();
    const r = await periksaBerkas({ nama: "Laporan Kinerja.pdf", bytes, batasBytes: BATAS });
    expect(r).toEqual({ ok: true, mime: "application/pdf", ekstensi: "pdf", namaAman: "Laporan Kinerja.pdf", ukuran: bytes.length });
  });

  it("PNG", async () => {
    const r = await periksaBerkas({ nama: "foto.PNG", bytes: PNG_1x1, batasBytes: BATAS });
    expect(r).toMatchObject({ ok: true, mime: "image/png", ekstensi: "png", namaAman: "foto.png" });
  });

  it("JPEG (nama .jpeg → ekstensi kanonis .jpg)", async () => {
    expect([...JPEG_1x1.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const r = await periksaBerkas({ nama: "dokumentasi kegiatan.jpeg", bytes: JPEG_1x1, batasBytes: BATAS });
    expect(r).toMatchObject({ ok: true, mime: "image/jpeg", ekstensi: "jpg", namaAman: "dokumentasi kegiatan.jpg" });
  });

  it("DOCX (ZIP dengan [Content_Types].xml Word)", async () => {
    const r = await periksaBerkas({ nama: "notulen.docx", bytes: buatDocx(), batasBytes: BATAS });
    expect(r).toMatchObject({
      ok: true,
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ekstensi: "docx",
      namaAman: "notulen.docx",
    });
  });

  it("XLSX (dibuat exceljs)", async () => {
    const r = await periksaBerkas({ nama: "rekap.xlsx", bytes: await buatXlsx(), batasBytes: BATAS });
    expect(r).toMatchObject({
      ok: true,
      mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ekstensi: "xlsx",
      namaAman: "rekap.xlsx",
    });
  });

  it("nama & MIME dari peramban diabaikan: PNG bernama .pdf tetap PNG, ekstensi dipaksa", async () => {
    const r = await periksaBerkas({ nama: "surat tugas.pdf", bytes: PNG_1x1, batasBytes: BATAS });
    expect(r).toMatchObject({ ok: true, mime: "image/png", namaAman: "surat tugas.png" });
  });

  it("PDF bernama .exe → laporan.pdf", async () => {
    const r = await periksaBerkas({ nama: "laporan.exe", bytes: pdfMinimal(), batasBytes: BATAS });
    expect(r).toMatchObject({ ok: true, namaAman: "laporan.pdf" });
  });

  it("berkas tepat sebesar batas diterima", async () => {
    const bytes = new Uint8Array(MB);
    bytes.set(pdfMinimal());
    const r = await periksaBerkas({ nama: "a.pdf", bytes, batasBytes: MB });
    expect(r).toMatchObject({ ok: true, ukuran: MB });
  });
});

describe("periksaBerkas: penolakan", () => {
  async function tolak(nama: string, bytes: Uint8Array, batasBytes = BATAS): Promise<string> {
    const r = await periksaBerkas({ nama, bytes, batasBytes });
    expect(r.ok).toBe(false);
    return r.ok ? "" : r.pesan;
  }

  it("berkas kosong", async () => {
    expect(await tolak("kosong.pdf", new Uint8Array(0))).toBe("Berkas kosong.");
  });

  it("melebihi batas (pesan menyebut batas dalam MB)", async () => {
    const besar = new Uint8Array(BATAS + 1);
    besar.set(pdfMinimal());
    expect(await tolak("besar.pdf", besar)).toBe("Berkas melebihi batas 10 MB.");
    expect(await tolak("besar.pdf", besar, 2 * MB)).toBe("Berkas melebihi batas 2 MB.");
  });

  it("ELF dinamai .pdf", async () => {
    const pesan = await tolak("laporan.pdf", elf());
    expect(pesan).toBe("Isi berkas bukan PDF, JPG/PNG, DOCX atau XLSX (terdeteksi: ELF).");
  });

  it("PE/EXE dinamai .pdf", async () => {
    const pesan = await tolak("laporan.pdf", pe());
    expect(pesan).toBe("Isi berkas bukan PDF, JPG/PNG, DOCX atau XLSX (terdeteksi: EXE).");
  });

  it("HTML (dengan dan tanpa doctype, dengan BOM)", async () => {
    expect(await tolak("halaman.pdf", HTML)).toMatch(/^Isi berkas bukan PDF, JPG\/PNG, DOCX atau XLSX \(terdeteksi: HTML\)\..*skrip/);
    expect(await tolak("halaman.html", HTML_TANPA_DOCTYPE)).toMatch(/terdeteksi: HTML/);
  });

  it("SVG (tanpa dan dengan deklarasi <?xml)", async () => {
    expect(await tolak("gambar.png", SVG)).toMatch(/terdeteksi: SVG.*HTML\/SVG\/XML tidak diizinkan/);
    expect(await tolak("gambar.svg", SVG_XML)).toMatch(/terdeteksi: SVG/);
  });

  it("ZIP biasa (bukan dokumen Office)", async () => {
    const zip = buatZip({ "catatan.txt": "halo" });
    expect(await tolak("arsip.docx", zip)).toBe("Isi berkas bukan PDF, JPG/PNG, DOCX atau XLSX (terdeteksi: ZIP).");
  });

  it("DOCM (Word bermakro) tidak sama dengan DOCX", async () => {
    const docm = buatDocx("application/vnd.ms-word.document.macroEnabled.main+xml");
    expect(await tolak("makro.docx", docm)).toMatch(/terdeteksi: DOCM/);
  });

  it("teks biasa / jenis tak dikenal", async () => {
    expect(await tolak("catatan.pdf", enc.encode("hanya teks biasa tanpa tanda tangan berkas"))).toBe(
      "Jenis berkas tidak dikenali. Unggah berkas PDF, JPG/PNG, DOCX atau XLSX.",
    );
  });

  it("jenis biner lain yang dikenali (GIF) ditolak", async () => {
    expect(await tolak("a.png", enc.encode("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"))).toMatch(/terdeteksi: GIF/);
  });
});

// ─── sanitasiNamaBerkas ───────────────────────────────────────────────────────────────────────

describe("sanitasiNamaBerkas", () => {
  it.each([
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Windows\\x.pdf", "pdf", "x.pdf"],
    ["..\\..\\boot.ini", "pdf", "boot.pdf"],
    ["/abs/olut/laporan.pdf", "pdf", "laporan.pdf"],
    ["laporan.exe", "pdf", "laporan.pdf"],
    ["", "pdf", "berkas.pdf"],
    ["   ", "png", "berkas.png"],
    ["..", "pdf", "berkas.pdf"],
    ["...pdf", "pdf", "pdf.pdf"],
    ["....", "pdf", "berkas.pdf"],
    [".htaccess", "pdf", "htaccess.pdf"],
    ["a\u0000b\u0007c.pdf", "pdf", "a b c.pdf"],
    ["baris\r\nbaru.pdf", "pdf", "baris baru.pdf"],
    ["gpj\u202Eexe.pdf", "pdf", "gpjexe.pdf"],
    ["Laporan   Kinerja\t2024 (final).docx", "docx", "Laporan Kinerja 2024 (final).docx"],
    ["Laporan v1.2", "pdf", "Laporan v1.2.pdf"],
    ["CON.pdf", "pdf", "berkas-CON.pdf"],
    ["nul", "pdf", "berkas-nul.pdf"],
    ["com1.tar", "pdf", "berkas-com1.pdf"],
    ["lpt9.backup.pdf", "pdf", "berkas-lpt9.backup.pdf"],
    ["console.pdf", "pdf", "console.pdf"],
    ["laporan<script>alert(1)<script>.pdf", "pdf", "laporanscriptalert(1)script.pdf"],
    ["laporan<script>alert(1)</script>.pdf", "pdf", "script.pdf"],
    ['a"b;c\'d.pdf', "pdf", "abcd.pdf"],
    ["Bukti Kegiatan 🎉🇮🇩 Ibu Kota.jpeg", "jpg", "Bukti Kegiatan Ibu Kota.jpg"],
    ["Rapat Koordinasi Pemeriksaan Keuangan Daerah.pdf", "pdf", "Rapat Koordinasi Pemeriksaan Keuangan Daerah.pdf"],
    ["Évaluation Café Ñandú.pdf", "pdf", "Évaluation Café Ñandú.pdf"],
    ["報告書.pdf", "pdf", "報告書.pdf"],
    ["laporan", "PDF", "laporan.pdf"],
    ["laporan.pdf", "", "laporan.bin"],
    ["－ ／etc／passwd", "pdf", "passwd.pdf"],
    ["-rf.pdf", "pdf", "rf.pdf"],
    ["akhir titik. . .", "pdf", "akhir titik.pdf"],
  ])("%j (%s) → %j", (nama, ext, harapan) => {
    expect(sanitasiNamaBerkas(nama, ext)).toBe(harapan);
  });

  it("maksimal 120 karakter, ekstensi tetap", () => {
    const hasil = sanitasiNamaBerkas(`${"a".repeat(500)}.pdf`, "pdf");
    expect(hasil).toHaveLength(120);
    expect(hasil.endsWith(".pdf")).toBe(true);
    const hasil2 = sanitasiNamaBerkas(`${"ab ".repeat(200)}.xlsx`, "xlsx");
    expect(hasil2.length).toBeLessThanOrEqual(120);
    expect(hasil2).toMatch(/^[ab ]+[ab]\.xlsx$/);
  });

  it("huruf di luar BMP tidak terpotong setengah", () => {
    const hasil = sanitasiNamaBerkas("𠜎".repeat(200), "pdf");
    expect(Array.from(hasil)).toHaveLength(120);
    expect(hasil).toBe(`${"𠜎".repeat(116)}.pdf`);
  });

  it("hasil hanya memuat karakter yang diizinkan dan tidak memuat path", () => {
    const jahat = ["../../../x", "a/b\\c", "\u0000\u0001", "<>:\"|?*", "..\\..\\..\\", "%2e%2e%2f", "\u2028\u2029x"];
    for (const n of jahat) {
      const h = sanitasiNamaBerkas(n, "pdf");
      expect(h).toMatch(/^[\p{L}\p{M}\p{N} \-_.()]+$/u);
      expect(h).not.toMatch(/^\./);
      expect(h).not.toContain("..");
      expect(h).not.toMatch(/[\\/]/);
    }
  });
});

// ─── batasUnggahBytes ─────────────────────────────────────────────────────────────────────────

describe("batasUnggahBytes", () => {
  it.each([
    [undefined, 10],
    ["", 10],
    ["25", 25],
    [" 5 ", 5],
    ["1", 1],
    ["100", 100],
    ["0", 10],
    ["101", 10],
    ["-5", 10],
    ["2.5", 10],
    ["1e2", 10],
    ["abc", 10],
  ])("SKP_BATAS_UNGGAH_MB=%j → %d MB", (nilai, mb) => {
    expect(batasUnggahBytes({ SKP_BATAS_UNGGAH_MB: nilai })).toBe(mb * MB);
  });

  it("tanpa variabel → 10 MB", () => {
    expect(batasUnggahBytes({})).toBe(10 * MB);
  });
});

// ─── headerUnduh ──────────────────────────────────────────────────────────────────────────────

describe("headerUnduh", () => {
  it("header keamanan lengkap untuk nama ASCII", () => {
    expect(headerUnduh("Laporan Kinerja.pdf", "application/pdf")).toEqual({
      "Content-Type": "application/pdf",
      "Content-Disposition": "attachment; filename=\"Laporan Kinerja.pdf\"; filename*=UTF-8''Laporan%20Kinerja.pdf",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    });
  });

  it("nama dengan tanda kutip dan non-ASCII: cadangan ASCII aman + filename* UTF-8", () => {
    const h = headerUnduh('Rapat "Evaluasi" Café — 報告 (1)\'s.docx', JENIS_DIIZINKAN[3].mime);
    const cd = h["Content-Disposition"];
    expect(cd).toBe(
      "attachment; filename=\"Rapat _Evaluasi_ Cafe _ __ (1)'s.docx\"; " +
        "filename*=UTF-8''Rapat%20%22Evaluasi%22%20Caf%C3%A9%20%E2%80%94%20%E5%A0%B1%E5%91%8A%20%281%29%27s.docx",
    );
    // Cadangan ASCII hanya berisi karakter cetak ASCII tanpa " dan \.
    const fallback = /filename="([^"]*)"/.exec(cd)?.[1] ?? "";
    expect(fallback).toMatch(/^[\x20-\x7E]+$/);
    // filename* dapat didekode kembali ke nama asli.
    const star = /filename\*=UTF-8''(.*)$/.exec(cd)?.[1] ?? "";
    expect(star).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(star)).toBe('Rapat "Evaluasi" Café — 報告 (1)\'s.docx');
    expect(h["Content-Type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });

  it("CR/LF dan backslash tidak dapat menyisipkan header", () => {
    const h = headerUnduh('a\r\nSet-Cookie: x=1\\".pdf', "application/pdf");
    expect(h["Content-Disposition"]).not.toMatch(/[\r\n]/);
    expect(h["Content-Disposition"]).toContain('filename="aSet-Cookie: x=1__.pdf"');
  });

  it("MIME di luar daftar izin (mis. text/html) diganti application/octet-stream", () => {
    expect(headerUnduh("x.html", "text/html")["Content-Type"]).toBe("application/octet-stream");
    expect(headerUnduh("x.pdf", "application/pdf\r\nX-Evil: 1")["Content-Type"]).toBe("application/octet-stream");
    expect(headerUnduh("", "image/png")["Content-Disposition"]).toBe("attachment; filename=\"berkas\"; filename*=UTF-8''berkas");
  });
});

describe("JENIS_DIIZINKAN / TERIMA_INPUT", () => {
  it("lima jenis dengan MIME, ekstensi, dan label", () => {
    expect(JENIS_DIIZINKAN.map((j) => j.ekstensi)).toEqual(["pdf", "jpg", "png", "docx", "xlsx"]);
    for (const j of JENIS_DIIZINKAN) expect(j.label).toBeTruthy();
    expect(TERIMA_INPUT).toContain(".jpeg");
    expect(TERIMA_INPUT).toContain("application/pdf");
  });
});

// ─── Kuota bukti dukung ───────────────────────────────────────────────────────────────────────

describe("kuotaBuktiBytes", () => {
  it.each([
    [undefined, 500],
    ["", 500],
    ["1000", 1000],
    [" 50 ", 50],
    ["1", 1],
    ["1000000", 1_000_000],
    ["0", 500],
    ["1000001", 500],
    ["-5", 500],
    ["2,5", 500],
    ["1e3", 500],
    ["banyak", 500],
  ])("SKP_KUOTA_BUKTI_MB=%j → %d MB", (nilai, mb) => {
    expect(kuotaBuktiBytes({ SKP_KUOTA_BUKTI_MB: nilai })).toBe(mb * MB);
  });
});

describe("periksaKuotaBukti", () => {
  const kuota = 500 * MB;
  it("boleh sampai tepat kuota (berkas baru sudah termasuk)", () => {
    expect(periksaKuotaBukti({ terpakaiBytes: kuota, ukuranBaru: 10 * MB, kuotaBytes: kuota, tahun: 2026 })).toEqual({ ok: true });
    expect(periksaKuotaBukti({ terpakaiBytes: 0, ukuranBaru: 0, kuotaBytes: kuota, tahun: 2026 })).toEqual({ ok: true });
  });
  it("melewati kuota satu byte pun → ditolak dengan pesan Indonesia (angka berkoma)", () => {
    expect(periksaKuotaBukti({ terpakaiBytes: kuota + 1, ukuranBaru: 5.5 * MB + 1, kuotaBytes: kuota, tahun: 2026 })).toEqual({
      ok: false,
      pesan: "Kuota bukti dukung tahun 2026 (500 MB) tidak cukup: sudah terpakai 494,5 MB, berkas ini 5,5 MB. Hapus bukti yang tidak diperlukan atau hubungi admin BKD.",
    });
  });
});
