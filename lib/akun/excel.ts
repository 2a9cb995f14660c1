// Lembar Excel kata sandi awal untuk dibagikan (dibuat sekali, dari hasil aktivasi yang sama; tidak disimpan).
// Murni: tanpa Prisma, tanpa next/*; hanya exceljs.
import ExcelJS from "exceljs";

export type BarisSandiAwal = { nip: string; nama: string; sandi: string };

export async function buatLembarSandiAwal(p: { instansi: string; dibuat: Date; baris: readonly BarisSandiAwal[] }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  wb.created = p.dibuat;
  const ws = wb.addWorksheet("Kata sandi awal", { views: [{ state: "frozen", ySplit: 4 }] });
  ws.columns = [{ width: 6 }, { width: 22 }, { width: 44 }, { width: 18 }];
  ws.getCell("A1").value = `Kata sandi awal akun Portal SKP — ${p.instansi}`;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value =
    "RAHASIA. Serahkan kepada masing-masing pegawai secara langsung. Sandi wajib diganti saat pertama masuk; setelah itu sandi ini tidak berlaku. Hapus berkas ini setelah dibagikan.";
  ws.getCell("A2").font = { italic: true, color: { argb: "FF9A3412" } };
  const judul = ws.getRow(4);
  judul.values = ["No", "NIP", "Nama", "Kata sandi awal"];
  judul.font = { bold: true };
  p.baris.forEach((b, i) => {
    const r = ws.addRow([i + 1, b.nip, b.nama, b.sandi]);
    // NIP 18 digit sebagai teks (bukan angka yang dibulatkan Excel).
    r.getCell(2).numFmt = "@";
    r.getCell(4).font = { name: "Consolas" };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
