"use client";
// Formulir kecil untuk satu server action (useActionState): menampilkan pesan berhasil/gagal dan
// galat per kolom di dekat kolomnya (lihat <PesanKolom>).
import { createContext, useActionState, useContext } from "react";
import type { Hasil } from "@/lib/hasil";

type State = Hasil<unknown> | null;
export type AksiForm = (prev: State, fd: FormData) => Promise<State>;

const KonteksGalat = createContext<Record<string, string[] | undefined>>({});

export function FormAksi({
  action,
  children,
  tombol,
  varian = "utama",
  konfirmasi,
  className,
  tersembunyi,
}: {
  action: AksiForm;
  children?: React.ReactNode;
  /** null: tanpa tombol (mis. formulir tetap terpasang agar pesan hasil tetap terlihat). */
  tombol: string | null;
  varian?: "utama" | "kedua" | "bahaya";
  konfirmasi?: string;
  className?: string;
  tersembunyi?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const warna = {
    utama: "bg-brand-700 text-white hover:bg-brand-800",
    kedua: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
    bahaya: "bg-red-700 text-white hover:bg-red-800",
  }[varian];
  return (
    <form
      action={formAction}
      className={className ?? "space-y-3"}
      onSubmit={(e) => {
        if (konfirmasi && !window.confirm(konfirmasi)) e.preventDefault();
      }}
    >
      {tersembunyi && Object.entries(tersembunyi).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <KonteksGalat.Provider value={(state && !state.ok && state.galat) || {}}>{children}</KonteksGalat.Provider>
      {state?.pesan && (
        <p
          role={state.ok ? "status" : "alert"}
          className={"rounded-md px-3 py-2 text-sm " + (state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800")}
        >
          {state.pesan}
        </p>
      )}
      {tombol !== null && (
        <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${warna}`}>
          {pending ? "Memproses…" : tombol}
        </button>
      )}
    </form>
  );
}

/** Galat untuk satu kolom (nama seperti pada FormData, mis. "iki.0.indikator"). */
export function PesanKolom({ nama, id }: { nama: string; id?: string }) {
  const galat = useContext(KonteksGalat)[nama];
  if (!galat?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {galat[0]}
    </p>
  );
}

export const kelasInput =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-brand-600";
