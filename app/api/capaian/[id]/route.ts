// Unduh dokumen dasar penetapan capaian kinerja organisasi (admin BKD instansinya).
import { getAktor } from "@/lib/auth";
import { unduhDokumenCapaian } from "@/lib/penilaian/capaian";
import { headerUnduh } from "@/lib/penyimpanan/validasi";
import { adalahUuid } from "@/lib/id";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const { id } = await params;
  const b = adalahUuid(id) ? await unduhDokumenCapaian(aktor, id) : null;
  if (!b) return new Response("Dokumen tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(b.isi), { status: 200, headers: headerUnduh(b.nama, b.mime) });
}
