// Dokumentasi API /api/v1 (issue #16), publik seperti /api/v1/openapi.json: dirender di server dari dokumen OpenAPI
// yang sama (lib/api-v1/openapi.ts), jadi halaman ini tidak dapat berbeda dari perilaku handler.
import type { Metadata } from "next";
import { Fragment } from "react";
import { dokumenOpenApi } from "@/lib/api-v1/openapi";
import { endpointDokumentasi, potongTeks } from "@/lib/api-v1/dokumentasi";
import { contohCurl } from "@/lib/api-v1/contoh";

export const metadata: Metadata = { title: "Dokumentasi API" };

function Teks({ isi }: { isi: string }) {
  return (
    <>
      {potongTeks(isi).map((b, i) =>
        b.jenis === "kode" ? <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">{b.isi}</code> : b.jenis === "tebal" ? <strong key={i}>{b.isi}</strong> : <Fragment key={i}>{b.isi}</Fragment>,
      )}
    </>
  );
}

/** Tabel tiga kolom (nama, bentuk/tipe, keterangan) untuk parameter dan kolom respons. */
function TabelDok({ judul, kolom, baris }: { judul: string; kolom: [string, string, string]; baris: { kunci: string; nama: string; bentuk: string; uraian: string }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="tabel-tumpuk w-full border-collapse text-sm">
        <caption className="sr-only">{judul}</caption>
        <thead><tr className="border-b border-slate-300 text-left">{kolom.map((k) => <th key={k} scope="col" className="px-2 py-1">{k}</th>)}</tr></thead>
        <tbody>
          {baris.map((b) => (
            <tr key={b.kunci} className="border-b border-slate-100 align-top">
              <th scope="row" data-kolom={kolom[0]} className="break-all px-2 py-1 text-left font-mono font-medium">{b.nama}</th>
              <td data-kolom={kolom[1]} className="break-all px-2 py-1 font-mono text-xs">{b.bentuk}</td>
              <td data-kolom={kolom[2]} className="px-2 py-1"><Teks isi={b.uraian} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function DokumentasiApi() {
  const doc = dokumenOpenApi();
  const endpoint = endpointDokumentasi(doc);
  return (
    <main className="min-h-screen bg-slate-100 px-4 py-10">
      <div className="mx-auto max-w-4xl space-y-6">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Portal SKP · API untuk sistem lain</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{doc.info.title} {doc.info.version}</h1>
          <div className="mt-2 space-y-2 text-sm text-slate-800">
            {(doc.info.description ?? "").split("\n\n").map((p, i) => <p key={i}><Teks isi={p} /></p>)}
            <p>
              Dokumen mesin (OpenAPI 3.1): <a href="/api/v1/openapi.json" className="text-brand-700 underline">/api/v1/openapi.json</a>. Token dibuat admin BKD di Admin → Token API.
            </p>
          </div>
        </div>
        <nav aria-label="Daftar endpoint" className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <ul className="space-y-1">
            {endpoint.map((e) => (
              <li key={e.jalur}><a href={`#${e.jalur.replaceAll("/", "-").slice(1)}`} className="text-brand-700 underline"><code>GET {e.jalur}</code></a> — {e.ringkas}</li>
            ))}
          </ul>
        </nav>
        {endpoint.map((e) => (
          <section key={e.jalur} id={e.jalur.replaceAll("/", "-").slice(1)} aria-labelledby={`judul${e.jalur.replaceAll("/", "-")}`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id={`judul${e.jalur.replaceAll("/", "-")}`} className="text-lg font-semibold text-slate-900">
              <code className="break-all">GET {e.jalur}</code> · {e.ringkas}
            </h2>
            {e.uraian.split("\n\n").map((p, i) => <p key={i} className="text-sm text-slate-800"><Teks isi={p} /></p>)}
            <h3 className="font-semibold text-slate-900">Parameter kueri</h3>
            <TabelDok judul={`Parameter kueri ${e.jalur}`} kolom={["Nama", "Bentuk", "Keterangan"]} baris={e.parameter.map((p) => ({ kunci: p.nama, nama: p.nama, bentuk: p.bentuk, uraian: p.uraian }))} />
            <h3 className="font-semibold text-slate-900">Kolom respons 200</h3>
            <TabelDok judul={`Kolom respons ${e.jalur}`} kolom={["Kolom", "Tipe", "Keterangan"]} baris={e.kolom.map((k) => ({ kunci: k.jalur, nama: `${k.jalur}${k.wajib ? "" : " (opsional)"}`, bentuk: k.tipe, uraian: k.uraian }))} />
            <h3 className="font-semibold text-slate-900">Status respons</h3>
            <ul className="list-disc pl-5 text-sm">
              {e.respons.map((r) => <li key={r.status}><strong>{r.status}</strong>: {r.uraian}</li>)}
            </ul>
            <h3 className="font-semibold text-slate-900">Contoh</h3>
            <pre tabIndex={0} aria-label={`Contoh curl ${e.jalur}`} className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-50"><code>{contohCurl(e.jalur)}</code></pre>
          </section>
        ))}
      </div>
    </main>
  );
}
