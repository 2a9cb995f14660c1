// Excel ekspor TPP (issue #16 butir 2): kepala lembar (instansi, OPD, bulan, periode, set kolom, waktu dibuat WIB),
// lalu kolom terpilih. Angka sebagai angka, NIP sebagai teks. Dialirkan (WorkbookWriter, baris di-commit satu per
// satu) dari iterasi batch keyset, sehingga memori tetap kecil untuk OPD ribuan pegawai.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { formatWaktuZona } from "@/lib/organisasi/format";
import { namaBulanTahun } from "@/lib/progres-harian/kalender";
import { CATATAN_TPP, judulKolom, KATALOG_KOLOM_TPP, susunBaris, type DataPegawaiTpp, type KunciKolomTpp } from "@/lib/tpp/kolom";

export type KepalaTpp = { instansi: string; opd: string | null; bulan: { tahun: number; bulan: number }; periode: string | null; set: string | null; dibuat: Date };

export function kepalaTpp(k: KepalaTpp): string[] {
  return [
    `Data kinerja untuk TPP — ${namaBulanTahun(k.bulan.tahun, k.bulan.bulan)}`,
    `Instansi: ${k.instansi}`,
    `Perangkat daerah: ${k.opd ?? "Semua perangkat daerah"}`,
    `Periode evaluasi: ${k.periode ?? "tidak ada"}`,
    `Set kolom: ${k.set ?? "Bawaan"}`,
    `Dibuat: ${formatWaktuZona(k.dibuat, "Asia/Jakarta")}`,
    CATATAN_TPP,
  ];
}

/** Tulis buku ke `keluar` (dialirkan); mengembalikan jumlah baris pegawai. */
export async function tulisBukuTpp(keluar: PassThrough, kepala: KepalaTpp, kolom: readonly KunciKolomTpp[], data: AsyncIterable<DataPegawaiTpp>): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: keluar, useStyles: true });
  wb.creator = "Portal SKP";
  const ws = wb.addWorksheet("TPP");
  ws.columns = kolom.map((k) => ({ width: KATALOG_KOLOM_TPP[k].lebar }));
  for (const [i, t] of kepalaTpp(kepala).entries()) {
    const r = ws.addRow([t]);
    if (i === 0) r.font = { bold: true, size: 13 };
    r.commit();
  }
  ws.addRow([]).commit();
  const judul = ws.addRow(judulKolom(kolom));
  judul.font = { bold: true };
  judul.commit();
  const teks = kolom.map((k) => KATALOG_KOLOM_TPP[k].jenis === "teks");
  let n = 0;
  for await (const d of data) {
    const b = susunBaris(d, kolom);
    const r = ws.addRow(b.sel.map((x) => (x === null ? "" : x)));
    teks.forEach((t, i) => {
      if (t) r.getCell(i + 1).numFmt = "@";
    });
    r.commit();
    n++;
  }
  if (n === 0) ws.addRow(["Tidak ada pegawai pada perangkat daerah dan bulan ini."]).commit();
  ws.commit();
  await wb.commit();
  return n;
}
