import type { Metadata } from "next";
import { requireAktor } from "@/lib/auth";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { Panel } from "@/components/kartu-pegawai";
import { aturSurelAction, keluarSemuaAction, ubahSandiAction } from "./actions";
import { setelanSurel } from "@/lib/notifikasi/baca";
import { kelasInput } from "@/components/gaya";

export const metadata: Metadata = { title: "Akun" };

export default async function Akun() {
  // Satu-satunya halaman yang boleh dibuka dengan kata sandi sementara: untuk menggantinya.
  const aktor = await requireAktor({ izinkanSandiSementara: true });
  const surel = await setelanSurel(aktor);
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Akun</h1>
        <p className="text-sm text-slate-600">
          {formatNamaGelar(aktor.nama)} · NIP {formatNip(aktor.nip)}
        </p>
      </div>
      <Panel judul="Ubah kata sandi" id="sandi">
        <FormAksi action={ubahSandiAction} tombol="Ubah kata sandi">
          {(
            [
              ["sandiLama", "Kata sandi saat ini", "current-password"],
              ["sandiBaru", "Kata sandi baru (minimal 10 karakter)", "new-password"],
              ["ulangi", "Konfirmasi kata sandi baru", "new-password"],
            ] as const
          ).map(([nama, label, ac]) => (
            <div key={nama}>
              <label htmlFor={nama} className="text-sm font-medium">{label}</label>
              <input id={nama} name={nama} type="password" autoComplete={ac} required maxLength={200} className={kelasInput} />
              <PesanKolom nama={nama} />
            </div>
          ))}
        </FormAksi>
      </Panel>
      {!aktor.harusGantiSandi && (
        <Panel judul="Notifikasi surel" id="surel">
          <FormAksi action={aturSurelAction} tombol="Simpan setelan surel" varian="kedua">
            <p className="text-sm text-slate-700">
              {surel.email ? (
                <>Notifikasi portal (lonceng) juga dapat dikirim ke <span className="font-medium break-all">{surel.email}</span>.</>
              ) : (
                <>Alamat surel Anda belum tercatat; minta admin BKD melengkapinya agar notifikasi dapat dikirim ke surel.</>
              )}
            </p>
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="surel" value="1" defaultChecked={surel.aktif} className="h-4 w-4" />
              Kirim notifikasi ke surel saya
            </label>
          </FormAksi>
        </Panel>
      )}
      <Panel judul="Perangkat yang masuk" id="sesi">
        <p className="mb-3 text-sm text-slate-700">
          Lupa keluar di komputer kantor atau ponsel yang hilang? Akhiri semua sesi akun ini, termasuk di perangkat ini; Anda perlu masuk lagi.
        </p>
        <FormAksi action={keluarSemuaAction} tombol="Keluar dari semua perangkat" varian="bahaya" konfirmasi="Akhiri semua sesi akun ini di semua perangkat?" />
      </Panel>
    </div>
  );
}