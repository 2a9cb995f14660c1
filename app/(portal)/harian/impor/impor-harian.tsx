"use client";
// Impor progres harian: pilih berkas → pratinjau (status dan galat setiap baris) → "Simpan semua" hanya bila tidak
// ada galat. Daftar kartu (bukan tabel lebar) agar terbaca di ponsel.
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { PilihBerkas } from "@/components/pilih-berkas";
import type { BarisPratinjauHarian } from "@/lib/progres-harian/impor";
import { LABEL_STATUS_IMPOR, type StatusBarisImpor } from "@/lib/progres-harian/label-impor";
import { imporHarianAction } from "./actions";

const GAYA_STATUS: Record<StatusBarisImpor, string> = {
  BARU: "border-green-300 bg-green-50 text-green-900",
  SUDAH_ADA: "border-slate-300 bg-slate-100 text-slate-800",
  GALAT: "border-red-300 bg-red-50 text-red-900",
};

function tanggalTampil(iso: string | null) {
  if (!iso) return "tanggal ?";
  const [t, b, h] = iso.split("-");
  return `${h}/${b}/${t}`;
}

function KartuBaris({ b }: { b: BarisPratinjauHarian }) {
  return (
    <li className={`rounded-lg border p-3 ${b.status === "GALAT" ? "border-red-300" : "border-slate-200"}`} aria-label={`Baris ${b.baris}: ${LABEL_STATUS_IMPOR[b.status]}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-semibold">Baris {b.baris}</span>
        <span>
          {tanggalTampil(b.tanggal)} · {b.jamMulai ?? "?"}–{b.jamSelesai ?? "?"}
        </span>
        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${GAYA_STATUS[b.status]}`}>{LABEL_STATUS_IMPOR[b.status]}</span>
      </div>
      <p className="mt-1 break-words text-slate-700">{b.rencanaAksi || "—"}</p>
      <p className="break-words">
        {b.kegiatan || "—"}
        {b.realisasi !== null && (
          <span className="text-slate-600">
            {" "}
            · {b.realisasi.toLocaleString("id-ID")} {b.satuan}
          </span>
        )}
      </p>
      {b.tautan && <p className="break-all text-slate-600">{b.tautan}</p>}
      {b.galat.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-red-800">
          {b.galat.map((g, i) => (
            <li key={i}>
              {g.kolom && <span className="font-semibold">Kolom {g.kolom}: </span>}
              {g.pesan}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ImporHarian() {
  const [state, action, pending] = useActionState(imporHarianAction, null);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [dikirim, setDikirim] = useState<File | null>(null);
  const [tanpaBerkas, setTanpaBerkas] = useState(false);
  const [hanyaGalat, setHanyaGalat] = useState(false);
  const kirim = (simpan: boolean) => {
    if (!berkas) return setTanpaBerkas(true);
    setTanpaBerkas(false);
    setDikirim(berkas);
    const fd = new FormData();
    fd.set("simpan", simpan ? "1" : "0");
    fd.set("berkas", berkas);
    startTransition(() => action(fd));
  };
  const data = state?.ok ? state.data : null;
  const galatSimpan = state && !state.ok ? (state.galat?.impor ?? []) : [];
  const segar = data !== null && dikirim === berkas;
  const bolehSimpan = segar && data.disimpan === null && data.galatBerkas.length === 0 && data.jumlah.GALAT === 0 && data.jumlah.BARU > 0;
  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <PilihBerkas label="Berkas Excel progres harian" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onPilih={setBerkas} />
        <button type="button" disabled={pending} onClick={() => kirim(false)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 disabled:opacity-60">
          {pending ? "Memproses…" : "Pratinjau"}
        </button>
      </div>
      {tanpaBerkas && !berkas && (
        <p role="alert" className="font-medium text-red-700">
          Pilih berkas Excel (.xlsx) hasil isian templat lebih dulu.
        </p>
      )}
      {state?.pesan && (
        <p role={state.ok ? "status" : "alert"} className={state.ok && (data?.jumlah.GALAT ?? 0) === 0 && (data?.galatBerkas.length ?? 0) === 0 ? "font-medium text-green-800" : "font-medium text-red-700"}>
          {state.pesan}
        </p>
      )}
      {galatSimpan.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-red-800" aria-label="Kesalahan impor">
          {galatSimpan.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      )}
      {data && (
        <div className="space-y-3">
          {data.galatBerkas.length > 0 && (
            <ul className="list-disc space-y-0.5 pl-5 text-red-800" aria-label="Kesalahan berkas">
              {data.galatBerkas.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
          {data.baris.length > 0 && (
            <>
              <p className="text-slate-700">
                {data.baris.length} baris: {data.jumlah.BARU} {data.disimpan === null ? "baru" : "disimpan"}, {data.jumlah.SUDAH_ADA} sudah ada, {data.jumlah.GALAT} dengan kesalahan.
              </p>
              {data.jumlah.GALAT > 0 && (
                <label className="flex items-center gap-2">
                  <input type="checkbox" checked={hanyaGalat} onChange={(e) => setHanyaGalat(e.target.checked)} className="size-4" />
                  Tampilkan hanya baris dengan kesalahan ({data.jumlah.GALAT})
                </label>
              )}
              <ol className="space-y-2" aria-label={data.disimpan === null ? "Pratinjau baris impor" : "Hasil impor"}>
                {data.baris.filter((b) => !hanyaGalat || data.jumlah.GALAT === 0 || b.status === "GALAT").map((b) => (
                  <KartuBaris key={b.baris} b={b} />
                ))}
              </ol>
            </>
          )}
          {bolehSimpan && (
            <button type="button" disabled={pending} onClick={() => kirim(true)} className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
              Simpan semua ({data.jumlah.BARU} entri baru)
            </button>
          )}
          {data.disimpan !== null && (
            <p>
              <Link href="/harian" className="font-medium text-brand-700 underline">
                Lihat progres harian
              </Link>{" "}
              — entri hasil impor berstatus draf; ajukan ke pejabat penilai dari sana.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
