"use client";
// Formulir tambah/ubah RHK dengan baris indikator dinamis.
import { useState } from "react";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { simpanRhkAction } from "../actions";
import { kelasInput } from "@/components/gaya";
import { BATAS_RHK } from "@/lib/skp/batas";

type Iki = { aspek: string; indikator: string; targetMin: string; targetMaks: string; satuan: string; targetTeks: string };
export type NilaiRhk = {
  rhkId?: string;
  jenis: "UTAMA" | "TAMBAHAN";
  teks: string;
  rhkAtasanId: string;
  perspektif: string;
  penugasanDari: string;
  iki: Iki[];
};

const ikiKosong = (aspek = ""): Iki => ({ aspek, indikator: "", targetMin: "", targetMaks: "", satuan: "", targetTeks: "" });

export function FormRhk({
  skpId,
  awal,
  varian,
  pendekatan,
  pilihanAtasan,
  perspektif,
  aspek,
  idAwalan,
}: {
  skpId: string;
  awal?: NilaiRhk;
  varian: "JPT" | "JA_JF";
  pendekatan: "KUANTITATIF" | "KUALITATIF";
  pilihanAtasan: { id: string; teks: string; jenis: string }[];
  perspektif: { kode: string; nama: string }[];
  aspek: { kode: string; label: string }[];
  idAwalan: string;
}) {
  const kuantitatif = pendekatan === "KUANTITATIF";
  const ikiAwal = () =>
    awal?.iki.length ? awal.iki : kuantitatif && varian === "JA_JF" ? [ikiKosong("KUANTITAS"), ikiKosong("KUALITAS"), ikiKosong("WAKTU")] : [ikiKosong()];
  const [iki, setIki] = useState<Iki[]>(ikiAwal);
  // Baris dinamis diberi kunci sendiri agar menghapus baris di tengah tidak menggeser isian baris lain.
  const [kunci, setKunci] = useState(() => iki.map((_, i) => i));
  const [berikut, setBerikut] = useState(iki.length);
  const id = (s: string) => `${idAwalan}-${s}`;
  return (
    <FormAksi
      action={simpanRhkAction}
      tombol={awal?.rhkId ? "Simpan perubahan RHK" : "Tambah RHK"}
      tersembunyi={{ skpId, ...(awal?.rhkId ? { rhkId: awal.rhkId } : {}) }}
      setelahBerhasil={() => {
        // Formulir RHK baru kembali kosong dengan baris indikator awal.
        if (awal?.rhkId) return;
        const a = ikiAwal();
        setIki(a);
        setKunci(a.map((_, i) => berikut + i));
        setBerikut(berikut + a.length);
      }}
    >
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={id("jenis")} className="text-sm font-medium">Jenis RHK</label>
          <select id={id("jenis")} name="jenis" defaultValue={awal?.jenis ?? "UTAMA"} className={kelasInput}>
            <option value="UTAMA">Utama</option>
            <option value="TAMBAHAN">Tambahan</option>
          </select>
        </div>
        {varian === "JA_JF" ? (
          <div>
            <label htmlFor={id("atasan")} className="text-sm font-medium">RHK pimpinan yang diintervensi</label>
            <select id={id("atasan")} name="rhkAtasanId" defaultValue={awal?.rhkAtasanId ?? ""} className={kelasInput} aria-describedby={id("atasan-bantuan")}>
              <option value="">— belum dipilih —</option>
              {pilihanAtasan.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.jenis === "TAMBAHAN" ? "[Tambahan] " : ""}
                  {p.teks}
                </option>
              ))}
            </select>
            <p id={id("atasan-bantuan")} className="mt-1 text-xs text-slate-600">
              {pilihanAtasan.length === 0
                ? "Pejabat penilai Anda belum memiliki SKP yang disetujui. Anda tetap dapat menyusun draf; pilih RHK pimpinan setelah SKP beliau disetujui."
                : "Wajib untuk RHK utama sebelum SKP diajukan."}
            </p>
            <PesanKolom nama="rhkAtasanId" />
          </div>
        ) : (
          <div>
            <label htmlFor={id("perspektif")} className="text-sm font-medium">Perspektif</label>
            <select id={id("perspektif")} name="perspektif" defaultValue={awal?.perspektif ?? ""} className={kelasInput}>
              <option value="">— pilih perspektif —</option>
              {perspektif.map((p) => (
                <option key={p.kode} value={p.kode}>{p.nama}</option>
              ))}
            </select>
            <PesanKolom nama="perspektif" />
          </div>
        )}
      </div>
      <div>
        <label htmlFor={id("teks")} className="text-sm font-medium">Rencana hasil kerja</label>
        <textarea id={id("teks")} name="teks" rows={2} defaultValue={awal?.teks} required maxLength={BATAS_RHK.teks} className={kelasInput} />
        <PesanKolom nama="teks" />
      </div>
      <div>
        <label htmlFor={id("penugasan")} className="text-sm font-medium">Asal penugasan (opsional)</label>
        <input id={id("penugasan")} name="penugasanDari" defaultValue={awal?.penugasanDari} maxLength={BATAS_RHK.penugasanDari} placeholder="mis. penugasan dari Bupati" className={kelasInput} />
        <PesanKolom nama="penugasanDari" />
      </div>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">Indikator kinerja individu dan target</legend>
        <PesanKolom nama="iki" />
        {iki.map((row, i) => (
          <div key={kunci[i]} className="grid gap-2 border-b border-slate-100 pb-3 last:border-0 sm:grid-cols-12">
            {kuantitatif && (
              <div className="sm:col-span-2">
                <label htmlFor={id(`aspek-${i}`)} className="text-xs font-medium">Aspek</label>
                <select id={id(`aspek-${i}`)} name={`iki.${i}.aspek`} data-label={`Aspek indikator ${i + 1}`} defaultValue={row.aspek} className={kelasInput}>
                  <option value="">—</option>
                  {aspek.map((a) => (
                    <option key={a.kode} value={a.kode}>{a.label}</option>
                  ))}
                </select>
              </div>
            )}
            <div className={kuantitatif ? "sm:col-span-5" : "sm:col-span-6"}>
              <label htmlFor={id(`ind-${i}`)} className="text-xs font-medium">Indikator {i + 1}</label>
              <input id={id(`ind-${i}`)} name={`iki.${i}.indikator`} defaultValue={row.indikator} maxLength={BATAS_RHK.indikator} className={kelasInput} />
              <PesanKolom nama={`iki.${i}.indikator`} />
            </div>
            {kuantitatif ? (
              <>
                <div className="sm:col-span-1">
                  <label htmlFor={id(`min-${i}`)} className="text-xs font-medium">Target</label>
                  <input id={id(`min-${i}`)} name={`iki.${i}.targetMin`} data-label={`Target indikator ${i + 1}`} inputMode="decimal" maxLength={30} defaultValue={row.targetMin} className={kelasInput} />
                </div>
                <div className="sm:col-span-1">
                  <label htmlFor={id(`maks-${i}`)} className="text-xs font-medium">s.d.<span className="sr-only"> (opsional, batas atas rentang)</span></label>
                  <input id={id(`maks-${i}`)} name={`iki.${i}.targetMaks`} data-label={`Batas atas target indikator ${i + 1}`} inputMode="decimal" maxLength={30} defaultValue={row.targetMaks} className={kelasInput} />
                </div>
                <div className="sm:col-span-2">
                  <label htmlFor={id(`sat-${i}`)} className="text-xs font-medium">Satuan</label>
                  <input id={id(`sat-${i}`)} name={`iki.${i}.satuan`} data-label={`Satuan indikator ${i + 1}`} defaultValue={row.satuan} maxLength={BATAS_RHK.satuan} placeholder="dokumen, %, bulan" className={kelasInput} />
                  <PesanKolom nama={`iki.${i}.satuan`} />
                </div>
              </>
            ) : (
              <div className="sm:col-span-5">
                <label htmlFor={id(`tt-${i}`)} className="text-xs font-medium">Target (naratif)</label>
                <input id={id(`tt-${i}`)} name={`iki.${i}.targetTeks`} data-label={`Target indikator ${i + 1}`} defaultValue={row.targetTeks} maxLength={BATAS_RHK.targetTeks} className={kelasInput} />
                <PesanKolom nama={`iki.${i}.targetTeks`} />
              </div>
            )}
            <div className="flex items-end sm:col-span-1">
              {iki.length > 1 && (
                <button
                  type="button"
                  onClick={() => {
                    setIki(iki.filter((_, j) => j !== i));
                    setKunci(kunci.filter((_, j) => j !== i));
                  }} className="text-sm text-red-700 underline" aria-label={`Hapus indikator ${i + 1}`}>
                  Hapus
                </button>
              )}
            </div>
            <div className="sm:col-span-12">
              <PesanKolom nama={`iki.${i}.targetMin`} />
              <PesanKolom nama={`iki.${i}.targetMaks`} />
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            setIki([...iki, ikiKosong()]);
            setKunci([...kunci, berikut]);
            setBerikut(berikut + 1);
          }} className="text-sm font-medium text-brand-700 underline">
          + Tambah indikator
        </button>
      </fieldset>
    </FormAksi>
  );
}
