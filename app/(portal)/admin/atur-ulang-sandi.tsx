"use client";
// Admin BKD: atur ulang kata sandi pegawai; sandi sementara ditampilkan sekali untuk diserahkan.
import { useActionState } from "react";
import { kelasInput } from "@/components/form-aksi";
import { aturUlangSandiAction } from "./actions";

export function FormAturUlangSandi() {
  const [state, action, pending] = useActionState(aturUlangSandiAction, null);
  const hasil = state?.ok ? (state.data as { sandi: string; nama: string }) : null;
  const galat = state && !state.ok ? (state.galat?.nip?.[0] ?? state.pesan) : null;
  return (
    <form action={action} className="space-y-3" onSubmit={(e) => !window.confirm("Atur ulang kata sandi pegawai ini? Kata sandi lamanya tidak berlaku lagi.") && e.preventDefault()}>
      <div className="max-w-sm">
        <label htmlFor="nip-ulang" className="text-sm font-medium">NIP / NI PPPK pegawai</label>
        <input id="nip-ulang" name="nip" inputMode="numeric" className={kelasInput} aria-describedby={galat ? "nip-ulang-galat" : undefined} />
        {galat && (
          <p id="nip-ulang-galat" role="alert" className="mt-1 text-sm text-red-700">
            {galat}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60">
        {pending ? "Memproses…" : "Buat kata sandi sementara"}
      </button>
      {hasil && (
        <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm">
          <p>
            Kata sandi sementara untuk <strong>{hasil.nama}</strong>:
          </p>
          <p className="mt-1 font-mono text-lg tracking-wider">{hasil.sandi}</p>
          <p className="mt-1 text-slate-700">Serahkan secara langsung; minta pegawai menggantinya di halaman Akun setelah masuk. Sandi ini tidak ditampilkan lagi.</p>
        </div>
      )}
    </form>
  );
}
