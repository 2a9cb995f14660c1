"use client";
// Impor rencana aksi dari Excel: unduh templat → isi → pratinjau (galat per baris) → simpan semua atau tidak sama sekali.
import { startTransition, useActionState, useState } from "react";
import { PilihBerkas } from "@/components/pilih-berkas";
import { imporAction } from "./actions";

export function ImporExcel({ skpId, periodeId, periodeLabel }: { skpId: string; periodeId: string; periodeLabel: string }) {
  const [state, action, pending] = useActionState(imporAction, null);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [tanpaBerkas, setTanpaBerkas] = useState(false);
  const kirim = (simpan: boolean) => {
    if (!berkas) return setTanpaBerkas(true);
    setTanpaBerkas(false);
    const fd = new FormData();
    fd.set("skpId", skpId);
    fd.set("periodeId", periodeId);
    fd.set("simpan", simpan ? "1" : "0");
    fd.set("berkas", berkas);
    startTransition(() => action(fd));
  };
  const galat = state && !state.ok ? (state.galat?.impor ?? []) : [];
  const pratinjau = state?.ok && !state.data.disimpan ? state.data.baris : null;
  return (
    <div className="space-y-3 text-sm">
      <p>
        <a href={`/api/skp/${skpId}/templat?periode=${periodeId}`} className="font-medium text-brand-700 underline">
          Unduh templat Excel {periodeLabel}
        </a>{" "}
        — isi satu baris per rencana aksi, lalu unggah di sini.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <PilihBerkas label="Berkas Excel rencana aksi" accept=".xlsx" onPilih={setBerkas} />
        <button type="button" disabled={pending} onClick={() => kirim(false)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium disabled:opacity-60">
          {pending ? "Memproses…" : "Pratinjau"}
        </button>
      </div>
      {tanpaBerkas && !berkas && (
        <p role="alert" className="font-medium text-red-700">
          Pilih berkas Excel (.xlsx) hasil isian templat lebih dulu.
        </p>
      )}
      {state?.pesan && (
        <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "font-medium text-red-700"}>
          {state.pesan}
        </p>
      )}
      {galat.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-red-800" aria-label="Kesalahan impor">
          {galat.map((g) => <li key={g}>{g}</li>)}
        </ul>
      )}
      {pratinjau && (
        <div className="space-y-2">
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Pratinjau rencana aksi yang akan dibuat</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="border border-slate-300 px-2 py-1">Baris</th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">RHK</th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">Uraian</th>
                  <th scope="col" className="border border-slate-300 px-2 py-1">Target</th>
                </tr>
              </thead>
              <tbody>
                {pratinjau.map((b) => (
                  <tr key={b.baris}>
                    <td className="border border-slate-300 px-2 py-1">{b.baris}</td>
                    <td className="border border-slate-300 px-2 py-1" title={b.rhkTeks}>{b.kodeRhk}</td>
                    <td className="border border-slate-300 px-2 py-1">{b.uraian}</td>
                    <td className="border border-slate-300 px-2 py-1">{b.target !== null ? `${b.target.toLocaleString("id-ID")} ${b.satuan ?? ""}` : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" disabled={pending} onClick={() => kirim(true)} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white disabled:opacity-60">
            Simpan {pratinjau.length} rencana aksi
          </button>
        </div>
      )}
    </div>
  );
}
