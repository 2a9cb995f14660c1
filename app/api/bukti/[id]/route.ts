// Unduh bukti dukung: hanya untuk yang boleh membaca SKP-nya; selalu sebagai lampiran, tanpa eksekusi inline.
import { getAktor } from "@/lib/auth";
import { unduhBukti } from "@/lib/pelaksanaan/layanan";
import { headerUnduh } from "@/lib/penyimpanan/validasi";
import { adalahUuid } from "@/lib/id";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const { id } = await params;
  const b = adalahUuid(id) ? await unduhBukti(aktor, id) : null;
  if (!b) return new Response("Bukti tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(b.isi), { status: 200, headers: headerUnduh(b.nama, b.mime) });
}
