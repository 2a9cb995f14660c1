"use client";
// Admin BKD: formulir buat token API; token ditampilkan sekali sesudah dibuat.
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { TombolSalin } from "@/components/tombol-salin";
import { buatTokenAction } from "./actions";

function TokenSekali({ data }: { data: unknown }) {
  const hasil = data as { token: string; nama: string };
  return (
    <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p>
        Token untuk <strong>{hasil.nama}</strong>:
      </p>
      <p className="mt-1 break-all rounded bg-white px-2 py-1 font-mono" data-token-api>
        {hasil.token}
      </p>
      <div className="mt-2">
        <TombolSalin teks={hasil.token} label="Salin token" />
      </div>
      <p className="mt-1 text-slate-700">
        Salin sekarang (tombol di atas, atau pilih teksnya lalu Ctrl+C) dan simpan di konfigurasi sistem klien. Token ini <strong>tidak ditampilkan lagi</strong>; portal hanya menyimpan sidiknya. Bila hilang, cabut lalu buat token baru.
      </p>
    </div>
  );
}

export function FormBuatToken({ instansiId, cakupan }: { instansiId: string; cakupan: { kode: string; label: string }[] }) {
  return (
    <FormAksi
      action={buatTokenAction}
      tombol="Buat token"
      tersembunyi={{ instansiId }}
      minimalSatu={{ nama: "cakupan", pesan: "Pilih paling sedikit satu data yang boleh dibaca." }}
      tampilkanHasil={(data) => <TokenSekali data={data} />}
      className="space-y-3 text-sm"
    >
      <label className="block max-w-md">
        <span className="font-medium">Nama klien</span>
        <input name="nama" required minLength={3} maxLength={80} placeholder="mis. Aplikasi TPP BPKAD" data-label="Nama token" className={kelasInput} />
        <PesanKolom nama="nama" />
      </label>
      <fieldset>
        <legend className="font-medium">Data yang boleh dibaca</legend>
        {cakupan.map((c) => (
          <label key={c.kode} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="cakupan" value={c.kode} className="size-4" /> {c.label}
          </label>
        ))}
        <PesanKolom nama="cakupan" />
      </fieldset>
    </FormAksi>
  );
}
