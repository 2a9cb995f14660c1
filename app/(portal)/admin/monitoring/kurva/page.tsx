// Admin BKD: Monitoring Kurva — sebaran predikat FINAL setiap unit pembawa terhadap kurva distribusinya
// (capaian kinerja organisasi), dengan drill-down OPD → sub-unit → pegawai. Angka grafik juga ada di tabel.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { getMonitoringKurva, konteksMonitoring } from "@/lib/penilaian/monitoring";
import { labelStatusKurva, tabelBatas, tabelKurva, tabelPegawaiKurva, titikGrafik, type RingkasKurva } from "@/lib/penilaian/monitoring-tabel";
import { judulKurva } from "@/lib/penilaian/monitoring-excel";
import { LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import { adalahUuid } from "@/lib/id";
import { Panel } from "@/components/kartu-pegawai";
import { GrafikKurva } from "@/components/grafik-kurva";
import { KendaliMonitoring, TabelMonitoring } from "@/components/tabel-monitoring";

export const metadata: Metadata = { title: "Monitoring kurva" };

type Sp = { instansi?: string | string[]; periode?: string | string[]; unit?: string | string[] };
const satu = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

const WARNA: Record<RingkasKurva["status"], string> = {
  SESUAI: "bg-emerald-50 text-emerald-900 ring-emerald-300",
  DILANGGAR: "bg-red-50 text-red-900 ring-red-300",
  DILANGGAR_OVERRIDE: "bg-amber-50 text-amber-950 ring-amber-300",
  CAPAIAN_BELUM: "bg-slate-100 text-slate-800 ring-slate-300",
  BELUM_LENGKAP: "bg-sky-50 text-sky-900 ring-sky-300",
  KOSONG: "bg-slate-50 text-slate-700 ring-slate-200",
  TIDAK_DIPERIKSA: "bg-slate-50 text-slate-700 ring-slate-200",
};

function KartuUnit({ r }: { r: RingkasKurva }) {
  return (
    <Panel judul={`${r.nama} · capaian ${r.capaian ? LABEL_PREDIKAT_ORGANISASI[r.capaian] : "belum ditetapkan"}`} id={`unit-${r.unitId}`}>
      <p className={`inline-block rounded px-2 py-1 text-sm font-semibold ring-1 ring-inset ${WARNA[r.status]}`}>{labelStatusKurva(r)}</p>
      <p className="mt-1 text-sm text-slate-700">Populasi {r.total} pegawai, {r.final} final{r.dikecualikan ? `, ${r.dikecualikan} dikecualikan (tidak dihitung)` : ""}.</p>
      {r.pelanggaran.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-red-900">{r.pelanggaran.map((x) => <li key={x}>{x}</li>)}</ul>
      )}
      {r.override.map((o, i) => (
        <p key={i} className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">Difinalkan dengan pengecualian kurva oleh {o.penilai}:</span> {o.alasan}
        </p>
      ))}
      {r.capaian && r.total > 0 && (
        <div className="mt-3 grid gap-3 lg:grid-cols-2">
          <GrafikKurva judul={`Grafik jumlah pegawai final per predikat terhadap batas kurva, ${r.nama}`} data={titikGrafik(r)} />
          <TabelMonitoring tabel={tabelBatas(r)} />
        </div>
      )}
    </Panel>
  );
}

export default async function MonitoringKurva({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const k = await konteksMonitoring(aktor, { instansi: satu(sp.instansi), periode: satu(sp.periode) });
  if (!k) forbidden();
  const unitDiminta = satu(sp.unit);
  const m = await getMonitoringKurva(k.instansi.id, k.periode, unitDiminta && adalahUuid(unitDiminta) ? unitDiminta : undefined);
  if (!m || (unitDiminta && !m.unit)) notFound();
  const qs = (o: { periode?: string; unit?: string | null }) => {
    const p = new URLSearchParams({ periode: o.periode ?? k.periode.kode });
    const u = o.unit === undefined ? m.unit?.id : o.unit;
    if (u) p.set("unit", u);
    if (k.banyakInstansi) p.set("instansi", k.instansi.id);
    return p.toString();
  };
  const judul = judulKurva(m);
  const tabel = tabelKurva(judul.ringkas, m.ringkas);
  // Kartu grafik hanya untuk unit yang kurvanya dapat diperiksa (capaian ada) atau yang melanggar; selebihnya cukup di tabel.
  const kartu = (m.ringkasUnit?.pembawa ? [m.ringkasUnit] : m.unit ? [] : m.ringkas).filter((r) => (r.capaian && r.total > 0) || r.override.length > 0);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <Link href={`/admin/monitoring/kurva?${qs({ unit: null })}`} className="text-brand-700 underline">Monitoring kurva</Link>
          {m.unit?.jalur.map((j, i) => (
            <span key={j.id}>
              {" / "}
              {i === m.unit!.jalur.length - 1 ? <span aria-current="page">{j.nama}</span> : <Link href={`/admin/monitoring/kurva?${qs({ unit: j.id })}`} className="text-brand-700 underline">{j.nama}</Link>}
            </span>
          ))}
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Monitoring kurva · {k.periode.label} {k.tahun}</h1>
        <p className="text-sm text-slate-600">
          {k.instansi.nama}: sebaran predikat yang sudah final di setiap unit pembawa capaian kinerja organisasi terhadap kurva distribusinya (SE MenPANRB 3/2023). Batas dihitung atas seluruh populasi unit, tanpa pegawai yang dikecualikan.
        </p>
      </div>
      <KendaliMonitoring daftar={k.daftarPeriode} kode={k.periode.kode} hrefPeriode={(kode) => `/admin/monitoring/kurva?${qs({ periode: kode })}`} hrefUnduh={`/api/admin/monitoring/kurva?${qs({})}`} />
      {m.ringkasUnit && !m.ringkasUnit.pembawa && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm">{m.ringkasUnit.nama} bukan unit pembawa capaian: pegawainya dihitung dalam kurva unit pembawa di atasnya. Populasi di unit ini: {m.ringkasUnit.total}, final {m.ringkasUnit.final}.</p>
      )}
      {(m.ringkas.length > 0 || !m.unit) && (
        <Panel judul={tabel.judul} id="tabel-unit">
          <TabelMonitoring tabel={tabel} tautan={(i) => `/admin/monitoring/kurva?${qs({ unit: m.ringkas[i]!.unitId })}`} sorot={(i) => m.ringkas[i]!.status === "DILANGGAR_OVERRIDE"} />
        </Panel>
      )}
      {kartu.map((r) => <KartuUnit key={r.unitId} r={r} />)}
      {m.unit && (
        <Panel judul={`${judul.pegawai} (${m.pegawai.length}${m.terpotong ? "+" : ""})`} id="pegawai">
          {m.terpotong && <p className="mb-2 text-sm text-amber-900">Hanya {m.pegawai.length} pegawai pertama yang ditampilkan; buka sub-unit untuk daftar yang lebih kecil.</p>}
          <TabelMonitoring tabel={tabelPegawaiKurva(judul.pegawai, m.pegawai)} sorot={(i) => m.pegawai[i]!.dikecualikan} />
        </Panel>
      )}
    </div>
  );
}
