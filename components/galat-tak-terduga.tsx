"use client";
// Tampilan galat tak terduga (dipakai oleh error.tsx dan global-error.tsx): Bahasa Indonesia, kode rujukan
// (digest Next yang juga tercatat di log server), tombol coba lagi dan kembali ke Beranda.
import Link from "next/link";

export function GalatTakTerduga({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-red-200 bg-white px-5 py-8 text-center shadow-sm">
      <p className="text-sm font-semibold text-red-700">Terjadi kesalahan</p>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Halaman ini tidak dapat dimuat</h1>
      <p className="mt-3 text-sm text-slate-700">
        Maaf, ada gangguan pada server. Isian yang belum disimpan mungkin perlu diulang. Coba muat ulang; bila berulang, laporkan kode
        rujukan di bawah ini kepada admin BKD.
      </p>
      {error.digest && (
        <p className="mt-3 text-sm">
          Kode rujukan: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{error.digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Coba lagi
        </button>
        <Link href="/beranda" className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          Kembali ke Beranda
        </Link>
      </div>
    </div>
  );
}
