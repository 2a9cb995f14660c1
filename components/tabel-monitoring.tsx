// Tabel monitoring (server component): sel dari lib/penilaian/monitoring-tabel.ts, sama persis dengan ekspor Excel.
// Di ponsel baris ditumpuk (.tabel-tumpuk) dengan judul kolom dari data-kolom.
import Link from "next/link";
import type { Tabel } from "@/lib/penilaian/monitoring-tabel";

export function TabelMonitoring({ tabel, tautan, sorot }: { tabel: Tabel; tautan?: (i: number) => string | null; sorot?: (i: number) => boolean }) {
  if (tabel.baris.length === 0) return <p className="text-sm text-slate-600">Tidak ada baris.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="tabel-tumpuk w-full border-collapse text-sm">
        <caption className="sr-only">{tabel.judul}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left align-bottom">
            {tabel.kolom.map((k) => (
              <th key={k} scope="col" className="px-2 py-2 font-semibold text-slate-700">{k}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tabel.baris.map((b, i) => {
            const href = tautan?.(i) ?? null;
            return (
              <tr key={i} className={`border-b border-slate-100 align-top ${sorot?.(i) ? "bg-amber-50" : ""}`}>
                {b.map((sel, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" data-kolom={tabel.kolom[j]} className="px-2 py-2 text-left font-medium">
                      {href ? <Link href={href} className="text-brand-700 underline">{sel}</Link> : sel}
                    </th>
                  ) : (
                    <td key={j} data-kolom={tabel.kolom[j]} className={`px-2 py-2 ${typeof sel === "number" ? "tabular-nums md:text-right" : ""}`}>{sel}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Pilihan periode dan tombol unduh Excel halaman monitoring. */
export function KendaliMonitoring({ daftar, kode, hrefPeriode, hrefUnduh }: { daftar: { kode: string; label: string }[]; kode: string; hrefPeriode: (kode: string) => string; hrefUnduh: string }) {
  return (
    <>
      <nav aria-label="Periode" className="flex flex-wrap gap-2 text-sm">
        {daftar.map((p) => (
          <Link key={p.kode} href={hrefPeriode(p.kode)} aria-current={p.kode === kode ? "page" : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {p.label}
          </Link>
        ))}
      </nav>
      <p>
        <a href={hrefUnduh} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100" download>
          Unduh Excel
        </a>
      </p>
    </>
  );
}
