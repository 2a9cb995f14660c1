"use client";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { periksaBerkasAction } from "@/app/verifikasi/actions";
import type { HasilCocok } from "@/lib/dokumen/layanan";

function Hasil({ data }: { data: unknown }) {
  const h = data as HasilCocok;
  if (!h.cocok) {
    return (
      <div role="status" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
        <p className="font-semibold">Tidak cocok: berkas ini bukan dokumen yang terdaftar dengan kode ini.</p>
        <p className="break-all text-xs">SHA-256 berkas Anda: {h.sha256}</p>
      </div>
    );
  }
  return (
    <div role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
      <p className="font-semibold">
        Cocok: berkas ini terdaftar{h.digantikan ? ", tetapi versinya telah digantikan" : ""}.{" "}
        {h.terakhir ? `Berkas terbaru versi ini (${h.jumlahTandaTangan} tanda tangan).` : `Berkas sebelum tanda tangan lengkap (${h.jumlahTandaTangan} tanda tangan); ada berkas yang lebih baru.`}
      </p>
      <p className="break-all text-xs">SHA-256: {h.sha256}</p>
    </div>
  );
}

export function FormPeriksaBerkas({ kode }: { kode: string }) {
  return (
    <FormAksi action={periksaBerkasAction} tombol="Periksa berkas" tersembunyi={{ kode }} tampilkanHasil={(d) => <Hasil data={d} />} className="space-y-3">
      <div>
        <label htmlFor="berkas" className="text-sm font-medium">Berkas PDF yang Anda terima</label>
        <input id="berkas" name="berkas" type="file" accept=".pdf,application/pdf" required className={kelasInput} />
        <PesanKolom nama="berkas" />
      </div>
    </FormAksi>
  );
}
