// Render setiap dokumen contoh ke PDF dan periksa teksnya dengan pdftotext (poppler-utils; .ci/run memasangnya).
// Tanpa ukuran waktu: batas uji longgar hanya sebagai penjaga macet.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataDokumen } from "@/lib/dokumen/jenis";
import {
  ATASAN_JF,
  CONTOH_DOKUMEN_EVALUASI,
  CONTOH_EVALUASI,
  CONTOH_PENETAPAN,
  CONTOH_SKP_JF,
  CONTOH_SKP_JPT,
  CONTOH_UMPAN_BALIK,
  DAFTAR_CONTOH,
  PENILAI_JF,
} from "@/lib/dokumen/contoh";
import { renderDokumen } from "@/lib/dokumen/render";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { TEKS_SERTIFIKAT_PENGEMBANGAN } from "@/lib/dokumen/pdf/bagian";
import { formatTanggal } from "@/lib/organisasi/format";

const BATAS = 120_000;
const alat = (nama: string) => ["/usr/bin", "/usr/local/bin"].map((d) => path.join(d, nama)).find(existsSync);
const PDFTOTEXT = alat("pdftotext");
const PDFINFO = alat("pdfinfo");

let folder = "";
const berkas = new Map<string, string>();
const pdf = new Map<string, Buffer>();

/** Dokumen Evaluasi yang belum ditandatangani siapa pun (blok kosong tetap dua). */
const DOKUMEN_EVALUASI_KOSONG: DataDokumen = { ...CONTOH_DOKUMEN_EVALUASI, ttd: CONTOH_DOKUMEN_EVALUASI.ttd.map((b) => ({ ...b, ttd: null })), verifikasi: null, keberatan: null };

/** Nama dengan tanda gabung (A + U+0304), seperti dari impor: dicetak sebagai huruf siap-pakai Ā. */
const NAMA_TERURAI = "Dr. Ir. Wayan Gede A\u0304rya, M.T.";
const DOKUMEN_EVALUASI_TERURAI: DataDokumen = { ...DOKUMEN_EVALUASI_KOSONG, penilai: { ...PENILAI_JF, nama: NAMA_TERURAI } };

const SEMUA: { nama: string; data: DataDokumen }[] = [
  ...DAFTAR_CONTOH,
  { nama: "dokumen-evaluasi-kosong", data: DOKUMEN_EVALUASI_KOSONG },
  { nama: "dokumen-evaluasi-terurai", data: DOKUMEN_EVALUASI_TERURAI },
];

function teks(nama: string, halaman?: number): string {
  if (!PDFTOTEXT) throw new Error("pdftotext tidak ada: apt-get install -y poppler-utils");
  const opsi = halaman ? ["-f", String(halaman), "-l", String(halaman)] : [];
  return execFileSync(PDFTOTEXT, [...opsi, "-enc", "UTF-8", berkas.get(nama)!, "-"], { encoding: "utf8" });
}

function jumlahHalaman(nama: string): number {
  if (!PDFINFO) throw new Error("pdfinfo tidak ada: apt-get install -y poppler-utils");
  const m = /Pages:\s+(\d+)/.exec(execFileSync(PDFINFO, [berkas.get(nama)!], { encoding: "utf8" }));
  return Number(m![1]);
}

const hitung = (s: string, cari: string) => s.split(cari).length - 1;
/** pdftotext memecah sel tabel per baris: spasi dan ganti baris diseragamkan sebelum mencari frasa. */
const rata = (s: string) => s.replace(/\s+/g, " ");

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), "dokumen-pdf-"));
  for (const { nama, data } of SEMUA) {
    const b = await renderDokumen(data);
    pdf.set(nama, b);
    const f = path.join(folder, `${nama}.pdf`);
    writeFileSync(f, b);
    berkas.set(nama, f);
  }
}, BATAS);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("render dokumen contoh", () => {
  it.each(SEMUA.map((c) => c.nama))("%s: PDF dengan tabel xref klasik (untuk @signpdf/placeholder-plain)", (nama) => {
    const b = pdf.get(nama)!;
    expect(b.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const s = b.toString("latin1");
    expect(s).toMatch(/\nxref\n0 \d+\n/);
    expect(s).not.toContain("/Type /XRef");
    expect(s.trimEnd().endsWith("%%EOF")).toBe(true);
    // Langkah penandatanganan berikutnya: placeholder tanda tangan dapat ditambahkan tanpa galat.
    const bertanda = plainAddPlaceholder({ pdfBuffer: b, reason: "Uji", contactInfo: "-", name: "-", location: "-" });
    expect(bertanda.includes(Buffer.from("/ByteRange"))).toBe(true);
  });

  it.each(SEMUA.map((c) => c.nama))("%s: nomor halaman \"Halaman n dari N\" di setiap halaman", (nama) => {
    const n = jumlahHalaman(nama);
    const t = teks(nama);
    for (let i = 1; i <= n; i++) expect(t).toContain(`Halaman ${i} dari ${n}`);
  });
});

describe("isi dokumen", () => {
  it("SKP JF 30 RHK: judul, identitas, kelompok, perilaku, lampiran, nama berdiakritik", () => {
    const t = rata(teks("skp-jf-30-rhk"));
    for (const j of CONTOH_SKP_JF.kepala.judul) expect(t).toContain(j);
    for (const s of ["PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "HASIL KERJA", "A. KINERJA UTAMA", "B. TAMBAHAN", "PERILAKU KERJA", "Ekspektasi Khusus Pimpinan", "LAMPIRAN SASARAN KINERJA PEGAWAI", "DUKUNGAN SUMBER DAYA", "SKEMA PERTANGGUNGJAWABAN", "KONSEKUENSI", "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026"]) {
      expect(t).toContain(s);
    }
    expect(t).toContain("Ni Luh Putu Ayu Sukmawati, S.Kom.");
    expect(t).toContain("Dr. Ir. Wayan Gede Ārya, M.T.");
    expect(t).toContain("NIP 19920315 201503 2 004");
    expect(t).not.toContain("Ditandatangani secara elektronik");
    expect(t).toContain("≤ 3 bulan");
    expect(CONTOH_SKP_JF.utama.length + CONTOH_SKP_JF.tambahan.length).toBe(30);
  }, BATAS);

  it("SKP JF 30 RHK: kepala tabel hasil kerja berulang di halaman 2 dan 3", () => {
    expect(jumlahHalaman("skp-jf-30-rhk")).toBeGreaterThan(3);
    for (const h of [1, 2, 3]) {
      const t = rata(teks("skp-jf-30-rhk", h));
      expect(t, `halaman ${h}`).toContain("INDIKATOR KINERJA INDIVIDU");
      expect(t, `halaman ${h}`).toContain("KERJA PIMPINAN YANG");
    }
  });

  it("RHK 2.000 karakter terpecah antarhalaman: akhir teksnya ada di halaman sesudah awalnya", () => {
    const rhk = CONTOH_SKP_JF.utama[3]!.teks;
    expect(rhk.length).toBeGreaterThanOrEqual(1990);
    expect(rata(teks("skp-jf-30-rhk", 1))).toContain(rata(rhk.slice(0, 60)));
    expect(rata(teks("skp-jf-30-rhk", 2))).toContain("pendampingan operator di setiap kecamatan.");
  });

  it("SKP JPT kualitatif bertanda tangan: PERSPEKTIF, kotak tanda tangan, waktu WIB, metode, verifikasi, peringatan sertifikat", () => {
    const t = rata(teks("skp-jpt-kualitatif-ttd"));
    for (const j of CONTOH_SKP_JPT.kepala.judul) expect(t).toContain(j);
    expect(t).toContain("PERSPEKTIF");
    expect(t).toContain("A. UTAMA");
    expect(t).not.toContain("PIMPINAN YANG DIINTERVENSI");
    expect(t).toContain("Raden Ayu Siti Nurhalizah, S.Ked., M.Kes.");
    expect(hitung(t, "Ditandatangani secara elektronik")).toBe(4); // SKP + Lampiran, dua pihak
    expect(t).toContain("27 Januari 2026 pukul 09.15 WIB");
    expect(t).toContain("Segel elektronik instansi");
    expect(t).toContain("Tanda tangan elektronik BSrE");
    expect(t).toContain("NIP -"); // bupati tanpa NIP
    expect(t).toContain("indeks ≥ 3,0"); // simbol dari huruf cadangan Noto Sans Math
    expect(t).toContain(`Keaslian dokumen dapat diperiksa di ${CONTOH_SKP_JPT.verifikasi!.url}`);
    expect(t).toContain(`Kode verifikasi: ${CONTOH_SKP_JPT.verifikasi!.kode}`);
    expect(t).toContain(TEKS_SERTIFIKAT_PENGEMBANGAN);
  });

  it("Umpan Balik: kolom realisasi dan umpan balik, periode", () => {
    const t = rata(teks("umpan-balik-tw1"));
    for (const s of ["UMPAN BALIK KINERJA PEGAWAI", "PERIODE: TRIWULAN I", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", "Sangat baik, melampaui ekspektasi"]) {
      expect(t).toContain(s);
    }
    expect(t).not.toContain(TEKS_SERTIFIKAT_PENGEMBANGAN);
  });

  it("Evaluasi: tiga pihak, capaian organisasi, pola distribusi dengan jumlah, rating, predikat, WITA, NI PPPK", () => {
    const t = rata(teks("evaluasi-tw1"));
    for (const s of [
      "EVALUASI KINERJA PEGAWAI",
      "PERIODE: TRIWULAN I",
      "PEGAWAI YANG DINILAI",
      "PEJABAT PENILAI KINERJA",
      "ATASAN PEJABAT PENILAI KINERJA",
      "CAPAIAN KINERJA ORGANISASI",
      "POLA DISTRIBUSI",
      "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK",
      "RATING HASIL KERJA",
      "RATING PERILAKU KERJA",
      "PREDIKAT KINERJA PEGAWAI",
      `${CONTOH_EVALUASI.ratingHasil}`,
      `${CONTOH_EVALUASI.predikat}`,
      "maks. 70 % = 9 orang",
      "WITA",
      "NI PPPK 19950707 202321 2 010",
      "Désy Ramadhani Pohan, A.Md.",
    ]) {
      expect(t).toContain(s);
    }
    for (const k of CONTOH_EVALUASI.polaDistribusi) expect(t).toContain(k.predikat);
  });

  it("Dokumen Evaluasi: bagian 1–5, keberatan, tepat dua blok tanda tangan; atasan dicantumkan, tidak menandatangani", () => {
    const t = rata(teks("dokumen-evaluasi-keberatan"));
    for (const s of ["DOKUMEN EVALUASI KINERJA PEGAWAI", "PERIODE: AKHIR", "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA", "EVALUASI KINERJA", "CAPAIAN KINERJA ORGANISASI", "PREDIKAT KINERJA PEGAWAI", "CATATAN/REKOMENDASI", "KEBERATAN", CONTOH_DOKUMEN_EVALUASI.keberatan!.keputusan!]) {
      expect(t).toContain(s);
    }
    const tempatTanggal = `${CONTOH_DOKUMEN_EVALUASI.tempat}, ${formatTanggal(CONTOH_DOKUMEN_EVALUASI.tanggal)}`;
    expect(hitung(t, tempatTanggal)).toBe(2);
    expect(hitung(t, "Ditandatangani secara elektronik")).toBe(2);
    expect(t).toContain(ATASAN_JF.nama);
    expect(t).toContain(PENILAI_JF.nama);
    // Bagian tanda tangan (sesudah baris tempat-tanggal pertama): pegawai dan penilai, tanpa atasan pejabat penilai.
    const ttd = t.slice(t.indexOf(tempatTanggal));
    expect(ttd).toContain(PENILAI_JF.nama);
    expect(ttd).not.toContain(ATASAN_JF.nama);
    expect(ttd).not.toContain("Atasan Pejabat Penilai Kinerja");
  });

  it("Dokumen Evaluasi belum ditandatangani: tetap dua blok kosong, tanpa kotak tanda tangan", () => {
    const t = rata(teks("dokumen-evaluasi-kosong"));
    expect(hitung(t, `${CONTOH_DOKUMEN_EVALUASI.tempat}, ${formatTanggal(CONTOH_DOKUMEN_EVALUASI.tanggal)}`)).toBe(2);
    expect(t).not.toContain("Ditandatangani secara elektronik");
    expect(t).not.toContain("KEBERATAN");
  });

  it("nama dengan tanda gabung dinormalkan ke NFC sebelum dicetak", () => {
    expect(NAMA_TERURAI).not.toBe(PENILAI_JF.nama);
    expect(NAMA_TERURAI.normalize("NFC")).toBe(PENILAI_JF.nama);
    expect(teks("dokumen-evaluasi-terurai")).toContain(PENILAI_JF.nama);
  });

  it("Penetapan: unit, capaian dan dasarnya, tabel distribusi, pengecualian, daftar pegawai, penetap", () => {
    const t = rata(teks("penetapan-tw1"));
    for (const j of CONTOH_PENETAPAN.kepala.judul) expect(t).toContain(j);
    for (const s of ["UNIT KERJA", CONTOH_PENETAPAN.unitKerja, "CAPAIAN KINERJA ORGANISASI", "DASAR PENETAPAN CAPAIAN", "DISTRIBUSI PREDIKAT KINERJA PEGAWAI", "PENGECUALIAN KURVA YANG DITERIMA", "Pimpinan yang Menetapkan", "Ṡalāḥuddīn Al-Ayyubi, S.Si."]) {
      expect(t).toContain(s);
    }
    for (const p of CONTOH_PENETAPAN.pegawai) expect(t).toContain(p.nama);
    expect(hitung(t, `${CONTOH_PENETAPAN.tempat}, ${formatTanggal(CONTOH_PENETAPAN.tanggal)}`)).toBe(1);
  });

  it("kotak verifikasi memuat QR (gambar tertanam) bila verifikasi ada", () => {
    expect(pdf.get("evaluasi-tw1")!.toString("latin1")).toContain("/Subtype /Image");
    expect(pdf.get("skp-jf-30-rhk")!.toString("latin1")).not.toContain("/Subtype /Image");
  });
});
