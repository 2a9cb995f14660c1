// Kolom formulir editor organisasi (komponen server; FormAksi dan PesanKolom adalah komponen klien).
import { PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import type { Opsi } from "@/lib/organisasi/editor-baca";

export function KolomTeks({ nama, label, nilai, wajib, maks, jenis = "text", bantuan }: { nama: string; label: string; nilai?: string | null; wajib?: boolean; maks?: number; jenis?: "text" | "email" | "date"; bantuan?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <input name={nama} type={jenis} defaultValue={nilai ?? ""} required={wajib} maxLength={maks} className={kelasInput} />
      {bantuan && <span className="mt-0.5 block text-xs text-slate-600">{bantuan}</span>}
      <PesanKolom nama={nama} />
    </label>
  );
}

export function KolomPilih({ nama, label, opsi, nilai, kosong }: { nama: string; label: string; opsi: readonly Opsi[]; nilai?: string | null; kosong?: string }) {
  return (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select name={nama} defaultValue={nilai ?? ""} className={kelasInput}>
        {kosong !== undefined && <option value="">{kosong}</option>}
        {opsi.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <PesanKolom nama={nama} />
    </label>
  );
}

/** Pemilih OPD lewat GET (?opd=): daftar unit dan calon atasan di formulir mengikuti OPD yang dipilih. */
export function PilihOpd({ opd, dipilih, label }: { opd: readonly Opsi[]; dipilih: string; label: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
      <label className="block">
        <span className="font-medium">{label}</span>
        <select name="opd" defaultValue={dipilih} className={kelasInput}>
          {opd.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100">
        Tampilkan
      </button>
    </form>
  );
}
