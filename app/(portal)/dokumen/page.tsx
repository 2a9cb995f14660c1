// Dokumen: yang menunggu tanda tangan saya, dan (admin BKD, pimpinan unit) semua dokumen satu unit sekaligus.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { getPeriodeEvaluasiAdmin } from "@/lib/pelaksanaan/baca";
import { KODE_AKHIR, kodePenilaianBawaan } from "@/lib/penilaian/umpan";
import { LABEL_JENIS_DOKUMEN, LABEL_PERAN_TTD } from "@/lib/dokumen/jenis";
import { getMenungguTandaTangan, getUnitDokumen } from "@/lib/dokumen/daftar";
import { Panel } from "@/components/kartu-pegawai";
import { UnduhZip } from "@/app/(portal)/dokumen/unduh-zip";

export const metadata: Metadata = { title: "Dokumen" };

export default async function HalamanDokumen({ searchParams }: { searchParams: Promise<{ periode?: string | string[] }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const ev = await getPeriodeEvaluasiAdmin(aktor.instansiId);
  const kode = kodePenilaianBawaan(ev.periode, hariIni(), typeof sp.periode === "string" ? sp.periode : undefined);
  const labelPeriode = (k: string | null) => (k === null ? `Tahun ${ev.tahun}` : k === KODE_AKHIR ? "Akhir (tahunan)" : (ev.periode.find((p) => p.kode === k)?.label ?? k));
  const [menunggu, unit] = await Promise.all([getMenungguTandaTangan(aktor, ev.tahun), getUnitDokumen(aktor, aktor.instansiId, ev.tahun, kode)]);
  const semuaKode = [...ev.periode.map((p) => p.kode), KODE_AKHIR];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Dokumen</h1>
        <p className="text-sm text-slate-600">
          SKP, Umpan Balik, Evaluasi dan Dokumen Evaluasi Kinerja Pegawai sebagai PDF bertanda tangan elektronik. Dokumen Evaluasi dibutuhkan untuk
          kenaikan pangkat dan TPP.
        </p>
      </div>

      <Panel judul={`Menunggu tanda tangan Anda (${menunggu.length})`} id="menunggu">
        {menunggu.length === 0 ? (
          <p className="text-sm text-slate-600">Tidak ada dokumen yang menunggu tanda tangan Anda tahun ini.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {menunggu.map((m) => (
              <li key={`${m.jenis}-${m.skpId}-${m.kode}`} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <span className="font-medium">{LABEL_JENIS_DOKUMEN[m.jenis]}</span> · {labelPeriode(m.kode)} · {m.nama}{" "}
                  <span className="text-slate-600">(sebagai {LABEL_PERAN_TTD[m.peran].toLowerCase()})</span>
                </span>
                <Link href={`/dokumen/skp/${m.skpId}?jenis=${m.jenis}${m.kode ? `&periode=${m.kode}` : ""}`} className="font-medium text-brand-700 underline">
                  Tandatangani<span className="sr-only"> {LABEL_JENIS_DOKUMEN[m.jenis]} {labelPeriode(m.kode)} {m.nama}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {unit.length > 0 && (
        <Panel judul={`Dokumen satu unit · ${labelPeriode(kode)} ${ev.tahun}`} id="unit">
          <nav aria-label="Periode" className="mb-3 flex flex-wrap gap-2 text-sm">
            {semuaKode.map((k) => (
              <Link key={k} href={`/dokumen?periode=${k}#unit`} aria-current={k === kode ? "page" : undefined} className={`rounded-full border px-3 py-1 ${k === kode ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"}`}>
                {labelPeriode(k)}
              </Link>
            ))}
          </nav>
          <p className="mb-3 text-sm text-slate-600">
            Setiap Evaluasi dan Dokumen Evaluasi Kinerja Pegawai yang penilaiannya final, ditambah Penetapan unit bila sudah ada, dalam satu ZIP yang
            dibuat satu per satu selagi diunduh.
          </p>
          <ul className="divide-y divide-slate-100">
            {unit.map((u) => (
              <li key={u.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div>
                  <p className="font-medium">{u.nama}</p>
                  <p className="text-slate-600">
                    {u.final} penilaian final{u.penetapan ? " · penetapan distribusi ada" : " · penetapan belum ada"}
                    {u.penetapan && (
                      <>
                        {" · "}
                        <Link className="text-brand-700 underline" href={`/dokumen/unit/${u.id}?periode=${kode}`}>
                          Penetapan &amp; tanda tangan<span className="sr-only"> {u.nama}</span>
                        </Link>
                      </>
                    )}
                  </p>
                </div>
                {u.final > 0 && <UnduhZip href={`/api/dokumen/unit/${u.id}/zip?tahun=${ev.tahun}&periode=${kode}`} nama={`dokumen-${kode}-${ev.tahun}.zip`} label={u.nama} />}
              </li>
            ))}
          </ul>
        </Panel>
      )}
    </div>
  );
}
