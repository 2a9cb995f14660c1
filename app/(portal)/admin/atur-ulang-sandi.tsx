"use client";
// Admin BKD: atur ulang kata sandi pegawai; sandi sementara ditampilkan sekali untuk diserahkan.
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { aturUlangSandiAction } from "./actions";

function SandiSementara({ data }: { data: unknown }) {
  const hasil = data as { sandi: string; nama: string };
  return (
    <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p>
        Kata sandi sementara untuk <strong>{hasil.nama}</strong>:
      </p>
      <p className="mt-1 font-mono text-lg tracking-wider">{hasil.sandi}</p>
      <p className="mt-1 text-slate-700">Serahkan secara langsung; minta pegawai menggantinya di halaman Akun setelah masuk. Sandi ini tidak ditampilkan lagi.</p>
    </div>
  );
}

export function FormAturUlangSandi() {
  return (
    <FormAksi
      action={aturUlangSandiAction}
      tombol="Buat kata sandi sementara"
      varian="kedua"
      konfirmasi="Atur ulang kata sandi pegawai ini? Kata sandi lamanya tidak berlaku lagi."
      tampilkanHasil={(data) => <SandiSementara data={data} />}
    >
      <div className="max-w-sm">
        <label htmlFor="nip-ulang" className="text-sm font-medium">NIP / NI PPPK pegawai</label>
        <input id="nip-ulang" name="nip" inputMode="numeric" required maxLength={40} data-label="NIP" className={kelasInput} />
        <PesanKolom nama="nip" />
      </div>
    </FormAksi>
  );
}
