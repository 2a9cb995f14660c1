// Unduh Excel laporan bulanan progres harian satu OPD (admin BKD instansi itu atau superadmin): angka yang sama
// dengan halaman /admin/harian. Instansi lain, OPD bukan unit teratas instansi itu, atau parameter tidak sah → 404.
import { getAktor } from "@/lib/auth";
import { adalahUuid } from "@/lib/id";
import { getLaporanHarian, konteksLaporanHarian } from "@/lib/progres-harian/laporan";
import { bukuRekapHarian } from "@/lib/progres-harian/rekap-excel";
import { catatanRekap, namaBerkasRekap } from "@/lib/progres-harian/rekap";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const tidakAda = () => new Response("Tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(req: Request) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const q = new URL(req.url).searchParams;
  const unit = q.get("unit");
  const instansi = q.get("instansi") ?? undefined;
  if (!unit || !adalahUuid(unit) || (instansi && !adalahUuid(instansi))) return tidakAda();
  const k = await konteksLaporanHarian(aktor, { instansi, unit, bulan: q.get("bulan") ?? undefined });
  if (!k?.opd) return tidakAda();
  const l = await getLaporanHarian(k.instansi.id, k.opd.id, k.bulan);
  const isi = await bukuRekapHarian({ instansi: k.instansi.nama, opd: k.opd.nama, bulan: k.bulan, baris: l.baris, total: l.total, catatan: catatanRekap(l.libur) });
  return new Response(Buffer.from(isi), { status: 200, headers: headerUnduh(namaBerkasRekap(k.bulan, k.opd.nama), XLSX) });
}
