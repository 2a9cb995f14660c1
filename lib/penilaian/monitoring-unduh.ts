import "server-only";
// Unduhan Excel monitoring (route handler kurva dan pengisian): otorisasi sama dengan halamannya (admin BKD
// instansi itu; instansi lain atau parameter tidak sah → 404), isi dari tabel yang sama dengan halaman.
import { getAktor } from "@/lib/auth";
import { adalahUuid } from "@/lib/id";
import { getMonitoringKurva, getMonitoringPengisian, konteksMonitoring } from "@/lib/penilaian/monitoring";
import { bukuMonitoringKurva, bukuMonitoringPengisian, namaBerkas } from "@/lib/penilaian/monitoring-excel";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const tidakAda = () => new Response("Tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function unduhMonitoring(req: Request, jenis: "kurva" | "pengisian"): Promise<Response> {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const q = new URL(req.url).searchParams;
  const k = await konteksMonitoring(aktor, { instansi: q.get("instansi") ?? undefined, periode: q.get("periode") ?? undefined });
  if (!k) return tidakAda();
  const unit = q.get(jenis === "kurva" ? "unit" : "opd");
  if (unit && !adalahUuid(unit)) return tidakAda();
  let isi: Uint8Array;
  let nama: string | undefined;
  if (jenis === "kurva") {
    const m = await getMonitoringKurva(k.instansi.id, k.periode, unit ?? undefined);
    if (!m) return tidakAda();
    isi = await bukuMonitoringKurva(m, k.instansi.nama);
    nama = m.unit?.nama;
  } else {
    const m = await getMonitoringPengisian(k.instansi.id, k.periode, unit ?? undefined);
    if (!m) return tidakAda();
    isi = await bukuMonitoringPengisian(m, k.instansi.nama);
    nama = m.opd?.nama;
  }
  return new Response(Buffer.from(isi), { status: 200, headers: headerUnduh(namaBerkas(jenis, k.periode.kode, k.tahun, nama), XLSX) });
}
