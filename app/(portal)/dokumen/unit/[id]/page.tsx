// Penetapan capaian kinerja organisasi dan distribusi predikat satu unit: rincian, unduh, tanda tangan pimpinan unit.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { getPeriodeEvaluasiAdmin } from "@/lib/pelaksanaan/baca";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import { bolehDokumenUnit } from "@/lib/dokumen/muat";
import { prisma } from "@/lib/db";
import { PanelDokumen } from "@/app/(portal)/dokumen/panel-dokumen";

export const metadata: Metadata = { title: "Penetapan distribusi unit" };

export default async function Halaman({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ periode?: string }> }) {
  const aktor = await requireAktor();
  const { id } = await params;
  const { periode } = await searchParams;
  const akses = await bolehDokumenUnit(aktor, id);
  if (!akses) notFound();
  const ev = await getPeriodeEvaluasiAdmin(akses.instansiId);
  const kode = periode && (periode === KODE_AKHIR || ev.periode.some((p) => p.kode === periode)) ? periode : null;
  if (!kode) notFound();
  const unit = await prisma.unitKerja.findUniqueOrThrow({ where: { id }, select: { nama: true } });
  const label = kode === KODE_AKHIR ? "Akhir (tahunan)" : (ev.periode.find((p) => p.kode === kode)?.label ?? kode);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href={`/dokumen?periode=${kode}#unit`} className="text-brand-700 underline">Dokumen</Link> / {unit.nama}
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Penetapan distribusi · {unit.nama}</h1>
      </div>
      <PanelDokumen aktor={aktor} subjek={{ jenis: "PENETAPAN", unitKerjaId: id, tahun: ev.tahun, kode }} periode={`${label} ${ev.tahun}`} tersedia={null} />
    </div>
  );
}
