// Simpan otomatis draf penilaian (JSON): dipanggil saat mengetik (jeda) dan saat meninggalkan halaman
// (fetch keepalive). Versi optimistis: penyimpanan dengan versi lama ditolak 409 dengan isi terbaru.
import { getAktor } from "@/lib/auth";
import { asalSah, tajukAsal } from "@/lib/auth/asal";
import { galatPerKolom, tanganiGalatAksi } from "@/lib/auth/aksi";
import { simpanDrafEvaluasi } from "@/lib/penilaian/layanan";
import { ZDrafEvaluasi } from "@/lib/penilaian/schemas";
import { PESAN_PERIKSA } from "@/lib/hasil";

export const dynamic = "force-dynamic";

const json = (data: unknown, status: number) => Response.json(data, { status, headers: { "Cache-Control": "no-store" } });

export async function POST(req: Request) {
  if (!asalSah(tajukAsal(req.headers))) return json({ ok: false, pesan: "Permintaan ditolak: asal tidak sah." }, 403);
  const aktor = await getAktor();
  if (!aktor) return json({ ok: false, pesan: "Sesi Anda sudah berakhir. Silakan masuk kembali; isian masih ada di layar." }, 401);
  let badan: unknown;
  try {
    const teks = await req.text();
    if (teks.length > 400_000) return json({ ok: false, pesan: "Isian terlalu besar." }, 413);
    badan = JSON.parse(teks);
  } catch {
    return json({ ok: false, pesan: "Isian tidak dapat dibaca." }, 400);
  }
  const p = ZDrafEvaluasi.safeParse(badan);
  if (!p.success) return json({ ok: false, pesan: PESAN_PERIKSA, galat: galatPerKolom(p.error) }, 422);
  try {
    const h = await simpanDrafEvaluasi(aktor, p.data);
    return json(h, h.ok ? 200 : h.konflik ? 409 : 422);
  } catch (e) {
    return json(tanganiGalatAksi(e, "simpanDrafEvaluasi"), 500);
  }
}
