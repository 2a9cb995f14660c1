// Semua Evaluasi + Dokumen Evaluasi satu unit untuk satu periode sebagai satu ZIP, dialirkan selama dibuat.
// X-Jumlah-Dokumen: banyak berkas dalam ZIP (untuk bilah kemajuan di halaman).
import { getAktor } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { asalPermintaan } from "@/lib/dokumen/asal";
import { daftarMassal, zipMassal } from "@/lib/dokumen/massal";
import { jawabanTeks, subjekUnitDari } from "@/lib/dokumen/permintaan";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const aktor = await getAktor();
  if (!aktor) return jawabanTeks("Silakan masuk.", 401);
  const s = subjekUnitDari(req, (await params).id);
  const d = s ? await daftarMassal(aktor, s.unitKerjaId, s.tahun, s.kode) : null;
  if (!s || !d) return jawabanTeks("Unit tidak ditemukan.", 404);
  if (d.subjek.length === 0) return jawabanTeks("Belum ada penilaian final di unit ini untuk periode itu.", 409);
  await prisma.jejakAudit.create({
    data: { penggunaId: aktor.penggunaId, aksi: "DOKUMEN_UNIT_DIUNDUH", entitas: "UnitKerja", entitasId: s.unitKerjaId, data: { tahun: s.tahun, kode: s.kode, jumlah: d.subjek.length } },
  });
  const nama = `dokumen-${s.kode}-${s.tahun}-${d.unitNama.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 50)}.zip`;
  return new Response(zipMassal(d, await asalPermintaan(req), req.signal), {
    status: 200,
    headers: { ...headerUnduh(nama, "application/zip"), "Content-Type": "application/zip", "X-Jumlah-Dokumen": String(d.subjek.length) },
  });
}
