// Unduh Penetapan capaian kinerja organisasi dan distribusi predikat satu unit (pimpinan unit dan admin BKD).
import { getAktor } from "@/lib/auth";
import { asalPermintaan } from "@/lib/dokumen/asal";
import { unduhDokumen } from "@/lib/dokumen/layanan";
import { jawabanTeks, subjekUnitDari } from "@/lib/dokumen/permintaan";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return jawabanTeks("Silakan masuk.", 401);
  const subjek = subjekUnitDari(req, (await params).id);
  const h = subjek ? await unduhDokumen(aktor, subjek, await asalPermintaan(req)) : null;
  if (!h) return jawabanTeks("Dokumen tidak ditemukan.", 404);
  if (!h.ok) return jawabanTeks(h.pesan, 409);
  return new Response(Buffer.from(h.data.isi), { status: 200, headers: { ...headerUnduh(h.data.nama, "application/pdf"), "X-Dokumen-Sha256": h.data.sha256 } });
}
