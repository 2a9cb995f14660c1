// Ekspor Excel monitoring admin BKD: setiap tabel halaman menjadi satu lembar, dengan kolom, baris dan label yang
// sama (lib/penilaian/monitoring-tabel.ts). Murni: tanpa Prisma, tanpa next/*; hanya exceljs.
import ExcelJS from "exceljs";
import type { MonitoringKurva, MonitoringPengisian } from "@/lib/penilaian/monitoring";
import { tabelDikecualikan, tabelKurva, tabelPegawaiKurva, tabelPengisian, tabelTertahan, type Tabel } from "@/lib/penilaian/monitoring-tabel";

/** Judul tabel halaman kurva (dipakai halaman dan Excel). */
export function judulKurva(m: Pick<MonitoringKurva, "unit">) {
  return {
    ringkas: m.unit ? `Sub-unit ${m.unit.nama}` : "Kurva distribusi per unit pembawa capaian",
    pegawai: m.unit ? `Pegawai ${m.unit.nama}` : "",
  };
}

export function judulPengisian(m: Pick<MonitoringPengisian, "opd">) {
  return {
    ringkas: "Kemajuan pengisian per perangkat daerah",
    tertahan: m.opd ? `Pegawai yang tertahan, ${m.opd.nama}` : "",
    dikecualikan: m.opd ? `Pegawai dikecualikan, ${m.opd.nama}` : "",
  };
}

/** Satu lembar: baris kepala, judul kolom, baris tabel. `kolomTeks`: indeks kolom berformat teks (mis. NIP 18 digit). */
export function lembar(wb: ExcelJS.Workbook, nama: string, kepala: string[], t: Tabel, kolomTeks: readonly number[] = []) {
  const ws = wb.addWorksheet(nama);
  for (const k of kepala) ws.addRow([k]);
  ws.getRow(1).font = { bold: true, size: 13 };
  ws.addRow([]);
  const judul = ws.addRow(t.kolom);
  judul.font = { bold: true };
  judul.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  for (const b of t.baris) {
    const r = ws.addRow(b);
    for (const i of kolomTeks) r.getCell(i + 1).numFmt = "@";
  }
  t.kolom.forEach((k, i) => {
    const panjang = Math.max(k.length, ...t.baris.map((b) => String(b[i] ?? "").length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, panjang + 2));
  });
  ws.views = [{ state: "frozen", ySplit: kepala.length + 2 }];
}

export async function tulis(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function bukuMonitoringKurva(m: MonitoringKurva, instansi: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  const j = judulKurva(m);
  const kepala = [`Monitoring Kurva ${m.periode.label} ${m.periode.tahun}`, instansi, ...(m.unit ? [`Unit: ${m.unit.jalur.map((x) => x.nama).join(" / ")}`] : [])];
  if (m.ringkasUnit) lembar(wb, "Unit", kepala, tabelKurva(m.ringkasUnit.nama, [m.ringkasUnit]));
  lembar(wb, "Kurva", kepala, tabelKurva(j.ringkas, m.ringkas));
  if (m.unit) lembar(wb, "Pegawai", kepala, tabelPegawaiKurva(j.pegawai, m.pegawai));
  return tulis(wb);
}

export async function bukuMonitoringPengisian(m: MonitoringPengisian, instansi: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  const j = judulPengisian(m);
  const kepala = [`Monitoring Pengisian ${m.periode.label} ${m.periode.tahun}`, instansi, ...(m.opd ? [`Perangkat daerah: ${m.opd.nama}`] : [])];
  lembar(wb, "Pengisian", kepala, tabelPengisian(j.ringkas, m.ringkas));
  if (m.opd) {
    lembar(wb, "Tertahan", kepala, tabelTertahan(j.tertahan, m.tertahan));
    lembar(wb, "Dikecualikan", kepala, tabelDikecualikan(j.dikecualikan, m.dikecualikan));
  }
  return tulis(wb);
}

/** Nama berkas unduhan, mis. "monitoring-kurva-TW1-2026-dinas-kesehatan.xlsx". */
export function namaBerkas(jenis: "kurva" | "pengisian", kode: string, tahun: number, unit?: string): string {
  const slug = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `monitoring-${jenis}-${kode}-${tahun}${unit ? `-${slug(unit)}` : ""}.xlsx`;
}
