"use client";
// Formulir halaman Akun pegawai (admin BKD): aktivasi massal dengan sandi awal sekali tampil + unduhan Excel dari
// hasil yang sama, dan tombol per baris (nonaktifkan/aktifkan, peran admin, atur ulang sandi).
import { useEffect, useMemo } from "react";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { aturUlangSandiAction } from "@/app/(portal)/admin/actions";
import { aktivasiAkunAction, peranAdminAction, ubahAktifAkunAction } from "./actions";

type HasilAktivasi = { akun: { nip: string; nama: string; sandi: string }[]; berkas: string; namaBerkas: string; sisa: number };

function UnduhLembar({ berkas, nama }: { berkas: string; nama: string }) {
  const url = useMemo(() => {
    const bytes = Uint8Array.from(atob(berkas), (c) => c.charCodeAt(0));
    return URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  }, [berkas]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a href={url} download={nama} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      Unduh Excel kata sandi awal
    </a>
  );
}

function HasilSandiAwal({ data }: { data: unknown }) {
  const h = data as HasilAktivasi;
  return (
    <div role="status" className="space-y-3 rounded-md border border-green-200 bg-green-50 p-3 text-sm">
      <p className="font-semibold">{h.akun.length} akun dibuat. Kata sandi awal berikut hanya ditampilkan sekali ini.</p>
      <p>
        Unduh atau catat sekarang dan serahkan kepada masing-masing pegawai secara langsung. Setelah halaman ini ditinggalkan, sandi tidak dapat
        dilihat lagi; yang lupa hanya dapat diatur ulang. Pegawai wajib menggantinya saat pertama masuk.
        {h.sisa > 0 && <strong> Masih {h.sisa} pegawai tanpa akun: ulangi aktivasi untuk berikutnya.</strong>}
      </p>
      <UnduhLembar berkas={h.berkas} nama={h.namaBerkas} />
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Kata sandi awal akun yang baru dibuat</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">NIP</th>
              <th scope="col" className="py-1 pr-3 font-medium">Nama</th>
              <th scope="col" className="py-1 pr-3 font-medium">Kata sandi awal</th>
            </tr>
          </thead>
          <tbody>
            {h.akun.map((a) => (
              <tr key={a.nip} className="border-t border-green-200">
                <td className="py-1 pr-3 tabular-nums">{a.nip}</td>
                <td className="py-1 pr-3">{a.nama}</td>
                <td className="py-1 pr-3 font-mono tracking-wider" data-sandi-awal>{a.sandi}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Formulir aktivasi; kotak centang di tabel menunjuk ke formulir ini lewat atribut form. */
export function FormAktivasi({ instansiId, q, adaTanpaAkun, idForm }: { instansiId: string; q: string; adaTanpaAkun: number; idForm: string }) {
  return (
    <FormAksi
      action={aktivasiAkunAction}
      tombol="Aktifkan akun yang dicentang"
      tersembunyi={{ instansiId, q }}
      id={idForm}
      tampilkanHasil={(d) => <HasilSandiAwal data={d} />}
      className="space-y-3"
    >
      <p className="text-sm text-slate-700">
        Centang pegawai berstatus <em>Belum ada akun</em> di tabel, atau aktifkan sekaligus semua yang belum punya akun{q ? " menurut pencarian ini" : ""} (
        {adaTanpaAkun} pegawai). Setiap akun mendapat kata sandi awal acak yang wajib diganti saat pertama masuk.
      </p>
      <PesanKolom nama="pegawaiId" />
      {adaTanpaAkun > 0 && (
        <button type="submit" name="semua" value="1" className="mr-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          Aktifkan semua yang belum punya akun ({adaTanpaAkun})
        </button>
      )}
    </FormAksi>
  );
}

export function TombolAktifAkun({ pegawaiId, aktif, nama }: { pegawaiId: string; aktif: boolean; nama: string }) {
  return (
    <FormAksi
      action={ubahAktifAkunAction}
      tombol={aktif ? "Aktifkan kembali" : "Nonaktifkan"}
      varian={aktif ? "kedua" : "bahaya"}
      konfirmasi={aktif ? undefined : `Nonaktifkan akun ${nama}? Semua sesi masuknya diakhiri dan ia tidak dapat masuk sampai diaktifkan kembali.`}
      tersembunyi={{ pegawaiId, aktif: aktif ? "1" : "0" }}
      className="inline-block space-y-1"
    />
  );
}

export function TombolPeranAdmin({ pegawaiId, beri, nama, diriSendiri }: { pegawaiId: string; beri: boolean; nama: string; diriSendiri: boolean }) {
  return (
    <FormAksi
      action={peranAdminAction}
      tombol={beri ? "Jadikan admin BKD" : "Cabut admin BKD"}
      varian="kedua"
      konfirmasi={
        beri
          ? `Jadikan ${nama} admin BKD? Ia dapat mengelola seluruh data dan akun pegawai instansi ini.`
          : diriSendiri
            ? "Cabut peran admin BKD Anda sendiri? Anda tidak dapat membuka menu Admin lagi sampai admin lain mengembalikannya."
            : `Cabut peran admin BKD ${nama}?`
      }
      tersembunyi={{ pegawaiId, beri: beri ? "1" : "0" }}
      className="inline-block space-y-1"
    />
  );
}

export function TombolAturUlang({ nip, nama }: { nip: string; nama: string }) {
  return (
    <FormAksi
      action={aturUlangSandiAction}
      tombol="Atur ulang sandi"
      varian="kedua"
      konfirmasi={`Atur ulang kata sandi ${nama}? Kata sandi lamanya tidak berlaku lagi dan semua sesinya diakhiri.`}
      tersembunyi={{ nip }}
      className="inline-block space-y-1"
      tampilkanHasil={(d) => (
        <p role="status" className="rounded-md bg-green-50 px-2 py-1 text-sm">
          Sandi sementara (sekali tampil): <span className="font-mono tracking-wider">{(d as { sandi: string }).sandi}</span>
        </p>
      )}
    />
  );
}

/** Centang/lepas semua kotak aktivasi di halaman ini. */
export function CentangSemua({ idForm }: { idForm: string }) {
  return (
    <input
      type="checkbox"
      aria-label="Centang semua pegawai tanpa akun di halaman ini"
      className="size-4"
      onChange={(e) => {
        for (const el of document.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=pegawaiId][form="${idForm}"]`)) el.checked = e.currentTarget.checked;
      }}
    />
  );
}
