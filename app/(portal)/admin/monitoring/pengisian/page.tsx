// Admin BKD: Monitoring Pengisian — per perangkat daerah, berapa pegawai yang sudah mencapai setiap tahap SKP pada
// periode ini; drill-down ke OPD: pegawai yang tertahan beserta pejabat penilainya, dan yang dikecualikan.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { getMonitoringPengisian, konteksMonitoring } from "@/lib/penilaian/monitoring";
import { tabelDikecualikan, tabelPengisian, tabelTertahan } from "@/lib/penilaian/monitoring-tabel";
import { judulPengisian } from "@/lib/penilaian/monitoring-excel";
import { adalahUuid } from "@/lib/id";
import { Panel } from "@/components/kartu-pegawai";
import { KendaliMonitoring, TabelMonitoring } from "@/components/tabel-monitoring";

export const metadata: Metadata = { title: "Monitoring pengisian" };

type Sp = { instansi?: string | string[]; periode?: string | string[]; opd?: string | string[] };
const satu = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function MonitoringPengisian({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const k = await konteksMonitoring(aktor, { instansi: satu(sp.instansi), periode: satu(sp.periode) });
  if (!k) forbidden();
  const opd = satu(sp.opd);
  if (opd && !adalahUuid(opd)) notFound();
  const m = await getMonitoringPengisian(k.instansi.id, k.periode, opd);
  if (!m) notFound();
  const qs = (o: { periode?: string; opd?: string | null }) => {
    const p = new URLSearchParams({ periode: o.periode ?? k.periode.kode });
    const u = o.opd === undefined ? m.opd?.id : o.opd;
    if (u) p.set("opd", u);
    if (k.banyakInstansi) p.set("instansi", k.instansi.id);
    return p.toString();
  };
  const judul = judulPengisian(m);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / {m.opd ? <Link href={`/admin/monitoring/pengisian?${qs({ opd: null })}`} className="text-brand-700 underline">Monitoring pengisian</Link> : <span aria-current="page">Monitoring pengisian</span>}
          {m.opd && <> / <span aria-current="page">{m.opd.nama}</span></>}
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Monitoring pengisian · {k.periode.label} {k.tahun}</h1>
        <p className="text-sm text-slate-600">
          {k.instansi.nama}: pegawai yang memangku jabatan pada akhir periode dan berapa yang sudah mencapai setiap tahap (SKP disusun, disetujui, rencana aksi, realisasi dan bukti dukung periode ini, dinilai dengan kedua rating, final). Pegawai yang dikecualikan tidak dihitung.
        </p>
      </div>
      <KendaliMonitoring daftar={k.daftarPeriode} kode={k.periode.kode} hrefPeriode={(kode) => `/admin/monitoring/pengisian?${qs({ periode: kode })}`} hrefUnduh={`/api/admin/monitoring/pengisian?${qs({})}`} />
      <Panel judul={judul.ringkas} id="ringkas">
        <TabelMonitoring tabel={tabelPengisian(judul.ringkas, m.ringkas)} tautan={(i) => (m.opd ? null : `/admin/monitoring/pengisian?${qs({ opd: m.ringkas[i]!.opdId })}`)} />
      </Panel>
      {m.opd && (
        <>
          <Panel judul={`${judul.tertahan} (${m.tertahan.length}${m.terpotong ? "+" : ""})`} id="tertahan">
            <TabelMonitoring tabel={tabelTertahan(judul.tertahan, m.tertahan)} />
          </Panel>
          <Panel judul={`${judul.dikecualikan} (${m.dikecualikan.length})`} id="dikecualikan">
            <TabelMonitoring tabel={tabelDikecualikan(judul.dikecualikan, m.dikecualikan)} />
          </Panel>
        </>
      )}
    </div>
  );
}
