// Excel laporan bulanan progres harian per OPD: tabel yang sama dengan halaman /admin/harian (lib/progres-harian/rekap.ts),
// NIP sebagai teks. Murni: tanpa Prisma, tanpa next/*.
import ExcelJS from "exceljs";
import { lembar, tulis } from "@/lib/penilaian/monitoring-excel";
import { judulRekap, KOLOM_TEKS_REKAP, tabelRekap, type Bulan, type RekapPegawai, type TotalRekap } from "@/lib/progres-harian/rekap";

export async function bukuRekapHarian(isi: { instansi: string; opd: string; bulan: Bulan; baris: RekapPegawai[]; total: TotalRekap; catatan: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  const judul = judulRekap(isi.opd, isi.bulan);
  lembar(wb, "Progres harian", [judul, isi.instansi, isi.catatan], tabelRekap(judul, isi.baris, isi.total), KOLOM_TEKS_REKAP);
  return tulis(wb);
}
