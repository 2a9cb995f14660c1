// Templat Excel progres harian milik aktor: rencana aksinya yang dapat diisi sebagai daftar pilihan.
import { getAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { templatHarian } from "@/lib/progres-harian/impor";
import { isoTanggal } from "@/lib/progres-harian/kalender";

export const dynamic = "force-dynamic";

export async function GET() {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const isi = await templatHarian(aktor);
  return new Response(Buffer.from(isi), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="progres-harian-${isoTanggal(hariIni())}.xlsx"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
