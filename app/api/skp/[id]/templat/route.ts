// Templat Excel rencana aksi untuk satu SKP dan periode evaluasi.
import { getAktor } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { buatTemplatRencanaAksi } from "@/lib/pelaksanaan/excel";
import { kodeRhkSkp, muatSkpPelaksanaan } from "@/lib/pelaksanaan/layanan";
import { bacaSnapshot } from "@/lib/skp/identitas";
import { adalahUuid } from "@/lib/id";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const { id } = await params;
  const periodeId = new URL(req.url).searchParams.get("periode") ?? "";
  const m = adalahUuid(id) && adalahUuid(periodeId) ? await muatSkpPelaksanaan(aktor, id) : null;
  const periode = m ? await prisma.periodeEvaluasi.findFirst({ where: { id: periodeId, periodeKinerjaId: m.skp.periode.id }, select: { label: true, kode: true } }) : null;
  if (!m || !periode) return new Response("Tidak ditemukan.", { status: 404 });
  const snap = bacaSnapshot((await prisma.skp.findUniqueOrThrow({ where: { id }, select: { pegawaiSnapshot: true } })).pegawaiSnapshot);
  const rhk = await kodeRhkSkp(id);
  const isi = await buatTemplatRencanaAksi({
    namaPegawai: snap?.nama ?? "",
    nip: snap?.nip ?? "",
    periodeLabel: periode.label,
    tahun: m.skp.periode.tahun,
    rhk: rhk.map((r) => ({ kode: r.kode, teks: r.teks, jenis: r.jenis })),
  });
  const nama = `rencana-aksi-${periode.kode}-${m.skp.periode.tahun}.xlsx`;
  return new Response(Buffer.from(isi), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${nama}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
