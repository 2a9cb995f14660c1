// Unduh Excel "Konversi Predikat Kinerja ke Angka Kredit" satu OPD dan satu periode (admin BKD instansi itu atau
// superadmin): baris yang sama dengan halaman /admin/angka-kredit. Instansi lain, OPD bukan unit teratas instansi itu,
// atau parameter tidak sah → 404. Setiap unduhan tercatat di jejak audit.
import { getAktor } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { adalahUuid } from "@/lib/id";
import { daftarKonversi, konteksKonversi } from "@/lib/angka-kredit/baca";
import { bukuKonversi } from "@/lib/angka-kredit/excel";
import { judulKonversi, namaBerkasKonversi } from "@/lib/angka-kredit/konversi";
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
  const k = await konteksKonversi(aktor, { instansi, unit, tahun: q.get("tahun") ?? undefined, periode: q.get("periode") ?? undefined });
  if (!k?.opd || !k.periode || !k.periodeKinerjaId) return tidakAda();
  const baris = await daftarKonversi(k.instansi.id, k.opd.id, k.periodeKinerjaId, k.periode);
  const judul = judulKonversi(k.opd.nama, k.periode.label, k.tahun);
  const isi = await bukuKonversi({ judul, instansi: k.instansi.nama, baris });
  await prisma.jejakAudit.create({
    data: { penggunaId: aktor.penggunaId, aksi: "ANGKA_KREDIT_DIEKSPOR", entitas: "UnitKerja", entitasId: k.opd.id, instansiId: k.instansi.id, data: { tahun: k.tahun, periode: k.periode.kode, jumlah: baris.length } },
  });
  return new Response(Buffer.from(isi), { status: 200, headers: headerUnduh(namaBerkasKonversi(k.opd.nama, k.periode.kode, k.tahun), XLSX) });
}
