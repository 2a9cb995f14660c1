// Excel "Konversi Predikat Kinerja ke Angka Kredit": tabel yang sama dengan halaman /admin/angka-kredit. Murni.
import ExcelJS from "exceljs";
import { lembar, tulis } from "@/lib/penilaian/monitoring-excel";
import { CATATAN_KONVERSI, KOLOM_AK, KOLOM_TEKS_KONVERSI, tabelKonversi, type BarisKonversi } from "@/lib/angka-kredit/konversi";

export async function bukuKonversi(isi: { judul: string; instansi: string; baris: readonly BarisKonversi[] }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  lembar(wb, "Angka kredit", [isi.judul, isi.instansi, CATATAN_KONVERSI], tabelKonversi(isi.judul, isi.baris), KOLOM_TEKS_KONVERSI);
  wb.getWorksheet("Angka kredit")!.getColumn(KOLOM_AK + 1).numFmt = "0.00";
  return tulis(wb);
}
