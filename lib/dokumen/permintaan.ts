// Bagian bersama route handler dokumen: jawaban teks dan subjek unit dari URL (?tahun=&periode=). Murni.
import { ZSubjek } from "@/lib/dokumen/schemas";
import type { SubjekDokumen } from "@/lib/dokumen/muat";

export const jawabanTeks = (isi: string, status: number) => new Response(isi, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Subjek Penetapan/ZIP satu unit dari id unit dan ?tahun=&periode=; null bila tidak sah (→ 404). */
export function subjekUnitDari(req: Request, unitKerjaId: string): Extract<SubjekDokumen, { jenis: "PENETAPAN" }> | null {
  const q = new URL(req.url).searchParams;
  const p = ZSubjek.safeParse({ jenis: "PENETAPAN", unitKerjaId, tahun: q.get("tahun"), kode: q.get("periode") });
  return p.success && p.data.jenis === "PENETAPAN" ? p.data : null;
}
