"use client";
// Superadmin: instansi baru beserta admin BKD pertamanya; sandi awal admin ditampilkan sekali.
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { JENIS_INSTANSI, LABEL_JENIS_INSTANSI } from "@/lib/instansi/schemas";
import { buatInstansiAction } from "./actions";

function HasilInstansi({ data }: { data: unknown }) {
  const h = data as { instansiId: string; instansi: string; admin: { nip: string; nama: string; sandi: string } };
  return (
    <div role="status" className="space-y-1 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p className="font-semibold">{h.instansi} dibuat.</p>
      <p>
        Admin BKD pertama: <strong>{h.admin.nama}</strong>, NIP <span className="tabular-nums">{h.admin.nip}</span>. Kata sandi awal (hanya ditampilkan sekali ini):
      </p>
      <p className="font-mono text-lg tracking-wider" data-sandi-awal>{h.admin.sandi}</p>
      <p className="text-slate-700">Serahkan secara langsung; admin wajib menggantinya saat pertama masuk, lalu mengisi pegawai dan struktur instansinya.</p>
      <p><a href={`/admin/akun?instansi=${h.instansiId}`} className="text-brand-700 underline">Buka akun pegawai instansi ini</a></p>
    </div>
  );
}

function Kolom({ nama, label, wajib, ...sisa }: { nama: string; label: string; wajib?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={`ins-${nama}`} className="text-sm font-medium">{label}{wajib ? "" : " (opsional)"}</label>
      <input id={`ins-${nama}`} name={nama} required={wajib} className={kelasInput} {...sisa} />
      <PesanKolom nama={nama} />
    </div>
  );
}

export function FormInstansiBaru() {
  return (
    <FormAksi action={buatInstansiAction} tombol="Buat instansi dan admin pertamanya" tampilkanHasil={(d) => <HasilInstansi data={d} />} className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Instansi</legend>
        <Kolom nama="kode" label="Kode" wajib maxLength={20} placeholder="mis. BKH" autoCapitalize="characters" />
        <Kolom nama="nama" label="Nama instansi" wajib maxLength={200} placeholder="mis. Pemerintah Kota Bukit Harapan" />
        <div>
          <label htmlFor="ins-jenis" className="text-sm font-medium">Jenis</label>
          <select id="ins-jenis" name="jenis" required defaultValue="" className={kelasInput}>
            <option value="" disabled>Pilih jenis</option>
            {JENIS_INSTANSI.map((j) => <option key={j} value={j}>{LABEL_JENIS_INSTANSI[j]}</option>)}
          </select>
          <PesanKolom nama="jenis" />
        </div>
        <Kolom nama="jabatanPimpinan" label="Jabatan pimpinan instansi" wajib maxLength={200} placeholder="mis. Wali Kota Bukit Harapan" />
        <Kolom nama="namaPimpinan" label="Nama pimpinan" maxLength={200} />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">Admin BKD pertama (pegawai baru)</legend>
        <Kolom nama="adminNip" label="NIP / NI PPPK" wajib inputMode="numeric" maxLength={40} />
        <Kolom nama="adminNama" label="Nama (tanpa gelar)" wajib maxLength={150} />
        <Kolom nama="adminGelarDepan" label="Gelar depan" maxLength={50} />
        <Kolom nama="adminGelarBelakang" label="Gelar belakang" maxLength={80} />
        <Kolom nama="adminGolongan" label="Golongan" wajib maxLength={5} placeholder="mis. III/b" />
      </fieldset>
    </FormAksi>
  );
}
