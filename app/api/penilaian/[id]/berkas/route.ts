// Unduh berkas penilaian (pindaian keputusan pimpinan, lampiran keberatan) bagi yang boleh melihat penilaiannya.
import { getAktor } from "@/lib/auth";
import { unduhBerkasEvaluasi } from "@/lib/penilaian/layanan";
import { headerUnduh } from "@/lib/penyimpanan/validasi";
import { adalahUuid } from "@/lib/id";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const { id } = await params;
  const jenis = new URL(req.url).searchParams.get("jenis") === "keberatan" ? "keberatan" : "pindaian";
  const b = adalahUuid(id) ? await unduhBerkasEvaluasi(aktor, id, jenis) : null;
  if (!b) return new Response("Berkas tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(b.isi), { status: 200, headers: headerUnduh(b.nama, b.mime) });
}
