// Unduh Excel ekspor TPP satu OPD (atau semua OPD) satu bulan dengan set kolom terpilih (admin BKD instansi itu atau
// superadmin). Dialirkan per batch keyset; unduhan dicatat di jejak audit (TPP_DIEKSPOR). Instansi lain, OPD bukan unit
// teratas instansi itu, set kolom instansi lain atau parameter tidak sah → 404.
import { PassThrough, Readable } from "node:stream";
import { getAktor } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { catatAudit } from "@/lib/audit";
import { adalahUuid } from "@/lib/id";
import { headerUnduh } from "@/lib/penyimpanan/validasi";
import { teksBulan } from "@/lib/progres-harian/rekap";
import { iterasiTpp, konteksTpp, SEMUA_OPD, sumberTpp } from "@/lib/tpp/data";
import { tulisBukuTpp } from "@/lib/tpp/excel";
import { namaBerkasTpp } from "@/lib/tpp/kolom";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const tidakAda = () => new Response("Tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(req: Request) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  const q = new URL(req.url).searchParams;
  const unit = q.get("unit") ?? SEMUA_OPD;
  const instansi = q.get("instansi") ?? undefined;
  const set = q.get("set") ?? undefined;
  if ((unit !== SEMUA_OPD && !adalahUuid(unit)) || (instansi && !adalahUuid(instansi)) || (set && !adalahUuid(set))) return tidakAda();
  const k = await konteksTpp(aktor, { instansi, unit, bulan: q.get("bulan") ?? undefined, set });
  if (!k) return tidakAda();
  const dibuat = new Date();
  await prisma.$transaction((tx) =>
    catatAudit(tx, {
      penggunaId: aktor.penggunaId, aksi: "TPP_DIEKSPOR", entitas: "Instansi", entitasId: k.instansi.id, instansiId: k.instansi.id,
      data: { bulan: teksBulan(k.bulan), opd: k.opd?.nama ?? "Semua perangkat daerah", opdId: k.opd?.id ?? null, set: k.set?.nama ?? null, kolom: k.kolom },
    }),
  );
  const keluar = new PassThrough();
  tulisBukuTpp(keluar, { instansi: k.instansi.nama, opd: k.opd?.nama ?? null, bulan: k.bulan, periode: k.periode?.label ?? null, set: k.set?.nama ?? null, dibuat }, k.kolom, iterasiTpp(sumberTpp(k))).catch((e) => {
    console.error("[ekspor TPP]", e);
    keluar.destroy(e as Error);
  });
  return new Response(Readable.toWeb(keluar) as ReadableStream, { status: 200, headers: headerUnduh(namaBerkasTpp(k.bulan, k.opd?.nama ?? null), XLSX) });
}
