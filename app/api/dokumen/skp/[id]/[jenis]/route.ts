// Unduh dokumen resmi satu SKP (SKP, Umpan Balik, Evaluasi, Dokumen Evaluasi) bagi yang boleh membaca SKP-nya.
// ?periode=TW1|…|AKHIR untuk dokumen periodik. Isi yang berubah sejak versi terakhir menjadi versi baru.
import { getAktor } from "@/lib/auth";
import { asalPermintaan } from "@/lib/dokumen/asal";
import { unduhDokumen } from "@/lib/dokumen/layanan";
import { bacaSubjekSkp } from "@/lib/dokumen/muat";
import { jawabanTeks as teks } from "@/lib/dokumen/permintaan";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string; jenis: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return teks("Silakan masuk.", 401);
  const { id, jenis } = await params;
  const subjek = bacaSubjekSkp(jenis, id, new URL(req.url).searchParams.get("periode"));
  const h = subjek ? await unduhDokumen(aktor, subjek, await asalPermintaan(req)) : null;
  if (!h) return teks("Dokumen tidak ditemukan.", 404);
  if (!h.ok) return teks(h.pesan, 409);
  return new Response(Buffer.from(h.data.isi), { status: 200, headers: { ...headerUnduh(h.data.nama, "application/pdf"), "X-Dokumen-Sha256": h.data.sha256 } });
}
