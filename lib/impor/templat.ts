// Templat berkas impor (.xlsx: lembar "Data" berjudul kolom + satu baris contoh, lembar "Petunjuk"; .csv: judul +
// contoh) dan penulis berkas dari baris (dipakai juga oleh bench dan uji). Murni. Penulisan CSV hanya mengutip sel
// menurut RFC 4180; pembacaannya lewat csv-parse (lib/impor/baca.ts).
import ExcelJS from "exceljs";
import { KOLOM, type KunciKolom } from "./kolom";

export const LEMBAR_DATA = "Data";
export const LEMBAR_PETUNJUK = "Petunjuk";

export type BarisTulis = Partial<Record<KunciKolom, string>>;

/** Satu baris contoh: Kepala Dinas Kesehatan (jabatan tertinggi OPD, tanpa atasan). */
export const CONTOH: BarisTulis = Object.fromEntries(KOLOM.map((k) => [k.kunci, k.contoh])) as BarisTulis;

const kutipCsv = (s: string) => (/[",;\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** CSV UTF-8 (dengan BOM agar Excel mengenali UTF-8), pemisah koma, semua kolom templat. */
export function tulisCsv(baris: BarisTulis[]): Uint8Array {
  const judul = KOLOM.map((k) => k.judul).join(",");
  const isi = baris.map((b) => KOLOM.map((k) => kutipCsv(b[k.kunci] ?? "")).join(","));
  return new TextEncoder().encode(`\uFEFF${[judul, ...isi].join("\r\n")}\r\n`);
}

/** .xlsx: lembar Data (kolom berformat Teks agar NIP tidak menjadi angka) dan lembar Petunjuk. */
export async function tulisXlsx(baris: BarisTulis[], opsi: { petunjuk?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  wb.title = "Impor unit kerja, jabatan dan pegawai";
  const ws = wb.addWorksheet(LEMBAR_DATA, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = KOLOM.map((k) => ({ header: k.judul, key: k.kunci, width: Math.max(12, Math.min(40, k.judul.length + 6, k.kunci === "nama" || k.kunci === "jabatan" || k.kunci === "unit" ? 40 : 22)), style: { numFmt: "@" } }));
  const judul = ws.getRow(1);
  judul.font = { bold: true };
  judul.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDBEAFE" } };
    c.border = { bottom: { style: "thin" } };
  });
  for (const b of baris) ws.addRow(Object.fromEntries(KOLOM.map((k) => [k.kunci, b[k.kunci] ?? null])));
  if (opsi.petunjuk !== false) {
    const p = wb.addWorksheet(LEMBAR_PETUNJUK);
    p.columns = [{ header: "Kolom", width: 22 }, { header: "Wajib", width: 8 }, { header: "Keterangan", width: 100 }, { header: "Contoh", width: 24 }];
    p.getRow(1).font = { bold: true };
    for (const k of KOLOM) p.addRow([k.judul, k.wajib ? "Ya" : "Tidak", k.keterangan, k.contoh]).alignment = { wrapText: true, vertical: "top" };
    p.addRow([]);
    for (const t of [
      "Satu baris = satu pegawai beserta jabatan definitifnya; baris tanpa NIP hanya mendefinisikan unit kerja/jabatan (mis. jabatan kosong).",
      "Unit kerja dikenali dari Kode Unit, jabatan dari Kode Jabatan, pegawai dari NIP: impor ulang berkas yang sama tidak mengubah apa pun.",
      "Induk unit dan atasan jabatan boleh tertulis di baris sesudahnya. Tanggal: dd-mm-yyyy, yyyy-mm-dd atau sel tanggal Excel.",
      "Baris contoh pada lembar Data ikut diimpor: ganti atau hapus sebelum mengunggah. Kolom lain di luar daftar ini diabaikan.",
    ]) p.addRow(["", "", t]).alignment = { wrapText: true };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const templatXlsx = () => tulisXlsx([CONTOH]);
export const templatCsv = () => tulisCsv([CONTOH]);
