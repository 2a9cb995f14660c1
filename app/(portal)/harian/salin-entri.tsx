"use client";
// Menyalin satu entri ke hari lain: kotak centang hari kerja minggu itu, ditambah satu tanggal bebas. Penolakan
// (mis. jam bertumpang tindih di hari tujuan) didaftar per tanggal; pilihan tetap seperti yang dicentang.
import { startTransition, useActionState, useEffect, useId, useRef } from "react";
import { kelasInput, kelasTombol } from "@/components/gaya";
import type { Hasil } from "@/lib/hasil";
import { salinEntriAction } from "./actions";

type State = Hasil<unknown> | null;

export function SalinEntri({ entriId, pilihan, hariIni, judul }: { entriId: string; pilihan: { iso: string; label: string }[]; hariIni: string; judul: string }) {
  const [state, formAction, pending] = useActionState<State, FormData>(salinEntriAction, null);
  const ref = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const ditolak = state && !state.ok ? (state.galat?.tanggal ?? []) : [];
  return (
    <form
      ref={ref}
      noValidate
      aria-label={`Salin entri ${judul}`}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        // Tanggal bebas yang dibiarkan kosong tidak ikut dikirim.
        const tanggal = fd.getAll("tanggal").filter((v) => typeof v === "string" && v.trim() !== "");
        fd.delete("tanggal");
        for (const t of tanggal) fd.append("tanggal", t);
        startTransition(() => formAction(fd));
      }}
    >
      <input type="hidden" name="entriId" value={entriId} />
      <fieldset>
        <legend className="text-sm font-medium">Salin ke hari</legend>
        {pilihan.length === 0 ? (
          <p className="text-sm text-slate-600">Tidak ada hari kerja lain yang sudah lewat di minggu ini; pilih tanggal di bawah.</p>
        ) : (
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {pilihan.map((p) => (
              <label key={p.iso} className="flex items-center gap-1.5 py-1 text-sm">
                <input type="checkbox" name="tanggal" value={p.iso} className="h-4 w-4" />
                {p.label}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <label className="block max-w-xs text-sm font-medium" htmlFor={`${id}-lain`}>
        Tanggal lain (opsional)
      </label>
      <input id={`${id}-lain`} type="date" name="tanggal" max={hariIni} className={kelasInput + " max-w-xs"} />
      {state && !state.ok && (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{state.pesan}</p>
          {ditolak.length > 0 && (
            <ul className="mt-1 list-disc pl-5" aria-label="Tanggal yang ditolak">
              {ditolak.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state?.ok && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {state.pesan}
        </p>
      )}
      <button type="submit" disabled={pending} className={kelasTombol.kedua}>
        {pending ? "Memproses…" : "Salin"}
      </button>
    </form>
  );
}
