"use client";
// Formulir tanda tangan: konfirmasi dengan kata sandi portal; untuk TTE BSrE juga NIK dan passphrase sertifikat
// elektronik (tidak pernah disimpan).
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { tandatanganiAction } from "@/app/(portal)/dokumen/actions";

export function FormTandaTangan({ subjek, peran, bsre }: { subjek: Record<string, string>; peran: string; bsre: boolean }) {
  return (
    <FormAksi action={tandatanganiAction} tombol="Tandatangani" tersembunyi={subjek} className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Tandatangani sebagai {peran}</h3>
      <p className="text-slate-700">
        Dengan menandatangani, Anda menyatakan isi dokumen ini benar. Tanda tangan dicatat dengan waktu dan sidik SHA-256 isi dokumen, lalu dibubuhkan
        {bsre ? " sebagai tanda tangan elektronik BSrE" : " sebagai segel elektronik instansi"} di berkas PDF.
      </p>
      <div className="max-w-sm">
        <label htmlFor="ttd-sandi" className="text-sm font-medium">Kata sandi portal</label>
        <input id="ttd-sandi" name="sandi" type="password" autoComplete="current-password" required maxLength={200} className={kelasInput} />
        <PesanKolom nama="sandi" />
      </div>
      {bsre && (
        <>
          <div className="max-w-sm">
            <label htmlFor="ttd-nik" className="text-sm font-medium">NIK pemilik sertifikat elektronik</label>
            <input id="ttd-nik" name="nik" inputMode="numeric" pattern="\d{16}" required maxLength={16} className={kelasInput} />
            <PesanKolom nama="nik" />
          </div>
          <div className="max-w-sm">
            <label htmlFor="ttd-passphrase" className="text-sm font-medium">Passphrase sertifikat elektronik (BSrE)</label>
            <input id="ttd-passphrase" name="passphrase" type="password" autoComplete="off" required maxLength={200} className={kelasInput} />
            <PesanKolom nama="passphrase" />
          </div>
        </>
      )}
    </FormAksi>
  );
}
