"use client";
// Pratinjau bukti dukung di halaman: gambar langsung, PDF diambil lalu ditampilkan dari blob: dalam bingkai;
// jenis lain (Word, Excel) diunduh. Tautan dibuka di tab baru.
import { useEffect, useState } from "react";

type Bukti = { id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; mime: string | null; url: string | null };

export function PratinjauBukti({ bukti }: { bukti: Bukti }) {
  const [buka, setBuka] = useState(false);
  const [blob, setBlob] = useState<string | null>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const href = `/api/bukti/${bukti.id}`;
  const pdf = bukti.mime === "application/pdf";
  const gambar = bukti.mime === "image/png" || bukti.mime === "image/jpeg";

  useEffect(() => {
    if (!buka || !pdf || blob) return;
    let batal = false;
    fetch(href)
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        const b = await r.blob();
        if (!batal) setBlob(URL.createObjectURL(new Blob([b], { type: "application/pdf" })));
      })
      .catch(() => !batal && setGalat("Pratinjau tidak dapat dimuat; unduh berkasnya."));
    return () => {
      batal = true;
    };
  }, [buka, pdf, blob, href]);
  useEffect(() => () => void (blob && URL.revokeObjectURL(blob)), [blob]);

  if (bukti.jenis === "TAUTAN") {
    return (
      <a href={bukti.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline">
        {bukti.nama} <span className="text-xs text-slate-600">(tautan, tab baru)</span>
      </a>
    );
  }
  return (
    <div>
      <span className="flex flex-wrap items-center gap-2">
        <a href={href} className="text-brand-700 underline">{bukti.nama}</a>
        {(pdf || gambar) && (
          <button type="button" onClick={() => setBuka((b) => !b)} aria-expanded={buka} className="rounded border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100">
            {buka ? "Tutup pratinjau" : "Pratinjau"}<span className="sr-only"> {bukti.nama}</span>
          </button>
        )}
      </span>
      {buka && gambar && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={href} alt={`Pratinjau ${bukti.nama}`} className="mt-2 max-h-96 max-w-full rounded border border-slate-200" />
      )}
      {buka && pdf && (galat ? <p className="mt-2 text-sm text-red-800">{galat}</p> : blob ? <iframe src={blob} title={`Pratinjau ${bukti.nama}`} className="mt-2 h-[32rem] w-full rounded border border-slate-200" /> : <p className="mt-2 text-sm text-slate-600">Memuat pratinjau…</p>)}
    </div>
  );
}
