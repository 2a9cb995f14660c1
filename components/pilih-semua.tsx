"use client";
// Kotak centang "pilih semua" untuk sekelompok kotak centang bernama sama dalam satu formulir (juga yang menunjuk
// formulir itu dengan atribut form). Tanpa JavaScript kotak ini tidak tampil; kotak per baris tetap bekerja.
import { useEffect, useState } from "react";

export function PilihSemua({ form, nama, grup, label }: { form: string; nama: string; grup?: string; label: string }) {
  const [siap, setSiap] = useState(false);
  useEffect(() => setSiap(true), []);
  if (!siap) return null;
  const kotak = () =>
    Array.from(document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${nama}"]`)).filter(
      (k) => k.form?.id === form && (grup === undefined || k.dataset.grup === grup),
    );
  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <input type="checkbox" className="size-4" onChange={(e) => kotak().forEach((k) => (k.checked = e.currentTarget.checked))} />
      {label}
    </label>
  );
}
