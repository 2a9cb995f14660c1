// Admin BKD: pegawai yang dinilai pimpinan instansi di luar sistem (mis. Sekda oleh Bupati, atau JPT bila
// SKP_PENILAI_JPT=PIMPINAN_INSTANSI). Admin mencatat keputusan pimpinan dengan pindaian terlampir.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { LABEL_STATUS_EVALUASI } from "@/lib/penilaian/alur";
import { getPenilaianPimpinan } from "@/lib/penilaian/baca";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { rutePenilaian } from "@/lib/skp/rute";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaPredikat } from "@/components/lencana-penilaian";

export const metadata: Metadata = { title: "Penilaian oleh pimpinan instansi" };

export default async function PenilaianPimpinan({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const dipilih = await pilihInstansiDikelola(aktor, sp.instansi, "kelola-periode");
  if (!dipilih) forbidden();
  const { pilihan } = dipilih;
  const d = await getPenilaianPimpinan(pilihan.id);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Penilaian oleh pimpinan instansi</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Penilaian oleh pimpinan instansi {d.tahun}</h1>
        <p className="text-sm text-slate-600">Pejabat yang dinilai pimpinan instansi di luar sistem. Admin BKD mengisi penilaian sesuai keputusan pimpinan, melampirkan pindaiannya, lalu memfinalkan.</p>
      </div>
      <Panel judul={`${pilihan.nama} (${d.baris.length})`} id="pimpinan">
        {d.baris.length === 0 ? (
          <Kosong>Tidak ada SKP disetujui yang penilainya pimpinan instansi pada tahun ini.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {d.baris.map((b) => (
              <li key={b.skpId} className="py-3 text-sm">
                <p className="font-medium">{b.nama} <span className="font-normal text-slate-600">· {b.jabatan}</span></p>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {b.sel.map((s) => (
                    <li key={s.kode}>
                      <Link href={rutePenilaian("ADMIN", b.skpId, s.kode)} className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-50">
                        <span className="font-medium">{s.label}</span>
                        {s.predikat ? <LencanaPredikat predikat={s.predikat} /> : <span className="text-xs text-slate-600">{LABEL_STATUS_EVALUASI[s.status]}</span>}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
