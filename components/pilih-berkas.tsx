"use client";
// Pemilih berkas bergaya portal: tombol "Pilih berkas…" dan nama berkas terpilih dalam Bahasa Indonesia,
// menggantikan tombol bawaan peramban ("Choose File", "No file chosen"). Isian aslinya tetap ada (tersembunyi
// secara visual, tetap dapat difokus dengan papan ketik dan dibaca pembaca layar).
import { forwardRef, useId, useState } from "react";

type Props = {
  label: string;
  accept: string;
  name?: string;
  onPilih?: (berkas: File | null) => void;
};

export const PilihBerkas = forwardRef<HTMLInputElement, Props>(function PilihBerkas({ label, accept, name, onPilih }, ref) {
  const id = useId();
  const [nama, setNama] = useState<string | null>(null);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <input
        id={id}
        ref={ref}
        type="file"
        name={name}
        accept={accept}
        className="peer sr-only"
        onChange={(e) => {
          const f = e.target.files?.[0] ?? null;
          setNama(f?.name ?? null);
          onPilih?.(f);
        }}
      />
      <label
        htmlFor={id}
        className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-600"
      >
        Pilih berkas…<span className="sr-only"> {label}</span>
      </label>
      <span className="min-w-0 truncate text-sm text-slate-700" aria-live="polite">
        {nama ?? "Belum ada berkas dipilih"}
      </span>
    </div>
  );
});
