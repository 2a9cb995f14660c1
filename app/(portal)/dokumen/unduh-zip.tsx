"use client";
// Unduhan ZIP satu unit dengan bilah kemajuan: ZIP dibaca selagi dibuat server; kemajuan = berkas yang sudah
// diterima (tanda awal entri ZIP) dari X-Jumlah-Dokumen. Batal menghentikan unduhan dan pekerjaan server.
import { useRef, useState } from "react";
import { kelasTombol } from "@/components/gaya";

const TANDA = [0x50, 0x4b, 0x03, 0x04];

export function UnduhZip({ href, nama, label }: { href: string; nama: string; label: string }) {
  const [keadaan, setKeadaan] = useState<{ jalan: boolean; selesai: number; total: number; pesan: string | null }>({ jalan: false, selesai: 0, total: 0, pesan: null });
  const ac = useRef<AbortController | null>(null);

  async function mulai() {
    const c = new AbortController();
    ac.current = c;
    setKeadaan({ jalan: true, selesai: 0, total: 0, pesan: null });
    try {
      const res = await fetch(href, { signal: c.signal });
      if (!res.ok || !res.body) {
        setKeadaan({ jalan: false, selesai: 0, total: 0, pesan: (await res.text()) || "Unduhan gagal." });
        return;
      }
      const total = Number(res.headers.get("X-Jumlah-Dokumen") ?? 0);
      const potong: Uint8Array<ArrayBuffer>[] = [];
      let entri = 0;
      let cocok = 0;
      const r = res.body.getReader();
      for (;;) {
        const { done, value } = await r.read();
        if (done) break;
        potong.push(value as Uint8Array<ArrayBuffer>);
        for (const b of value) {
          cocok = b === TANDA[cocok] ? cocok + 1 : b === TANDA[0] ? 1 : 0;
          if (cocok === 4) {
            entri++;
            cocok = 0;
          }
        }
        setKeadaan({ jalan: true, selesai: Math.min(entri, total), total, pesan: null });
      }
      const url = URL.createObjectURL(new Blob(potong, { type: "application/zip" }));
      const a = document.createElement("a");
      a.href = url;
      a.download = nama;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setKeadaan({ jalan: false, selesai: total, total, pesan: `Selesai: ${total} dokumen diunduh.` });
    } catch (e) {
      setKeadaan((k) => ({ ...k, jalan: false, pesan: c.signal.aborted ? "Unduhan dibatalkan." : "Unduhan terputus; coba lagi." }));
      if (!c.signal.aborted) console.error(e);
    }
  }

  const persen = keadaan.total ? Math.round((keadaan.selesai / keadaan.total) * 100) : 0;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={kelasTombol.kedua} onClick={mulai} disabled={keadaan.jalan}>
          Unduh ZIP<span className="sr-only"> {label}</span>
        </button>
        {keadaan.jalan && (
          <button type="button" className={kelasTombol.kedua} onClick={() => ac.current?.abort()}>
            Batal
          </button>
        )}
      </div>
      {(keadaan.jalan || keadaan.total > 0) && (
        <div>
          <progress className="h-2 w-full max-w-xs" max={keadaan.total || 1} value={keadaan.selesai} aria-label={`Kemajuan unduhan ${label}`} />
          <p className="text-xs text-slate-600" aria-live="polite">
            {keadaan.selesai} dari {keadaan.total || "…"} dokumen ({persen}%)
          </p>
        </div>
      )}
      {keadaan.pesan && <p role="status" className="text-sm text-slate-700">{keadaan.pesan}</p>}
    </div>
  );
}
