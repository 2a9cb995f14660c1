"use client";
// Tombol "Salin" untuk teks yang ditampilkan sekali (mis. token API): menyalin ke papan klip dan mengumumkan hasilnya
// (role="status"). Di konteks tidak aman (http selain localhost) atau bila izin ditolak, pengguna diminta menyalin manual.
import { useState } from "react";
import { kelasTombol } from "@/components/gaya";

export function TombolSalin({ teks, label }: { teks: string; label: string }) {
  const [hasil, setHasil] = useState<"" | "ok" | "gagal">("");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={kelasTombol.kedua}
        onClick={async () => {
          try {
            if (!navigator.clipboard) throw new Error("papan klip tidak tersedia");
            await navigator.clipboard.writeText(teks);
            setHasil("ok");
          } catch {
            setHasil("gagal");
          }
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm">
        {hasil === "ok" ? "Tersalin ke papan klip." : hasil === "gagal" ? "Peramban tidak mengizinkan penyalinan otomatis; pilih teksnya lalu tekan Ctrl+C." : ""}
      </span>
    </span>
  );
}
