import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatRentang, formatTanggal } from "@/lib/organisasi/format";
import { getSkpBawahan } from "@/lib/skp/baca";
import { FormAksi } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaStatus } from "@/components/status-skp";
import { setujuiBanyakAction } from "../skp/actions";

export const metadata: Metadata = { title: "Penilaian Bawahan" };

export default async function PenilaianBawahan() {
  const aktor = await requireAktor();
  const tahun = hariIni().getUTCFullYear();
  const { baris, menunggu } = await getSkpBawahan(aktor, tahun);
  const tabel = (
    <div className="relative overflow-x-auto">
      <table className="tabel-tumpuk w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Pegawai</th>
            <th scope="col" className="py-2 pr-4 font-medium">Jabatan</th>
            <th scope="col" className="py-2 pr-4 font-medium">SKP {tahun}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {baris.map((b) => (
            <tr key={b.pegawaiId}>
              <td className="py-2 pr-4 align-top">
                <p className="font-medium">{b.nama}</p>
                <p className="text-slate-600 tabular-nums">{b.nip}</p>
              </td>
              <td data-kolom="Jabatan" className="py-2 pr-4 align-top">{b.jabatan}</td>
              <td className="py-2 pr-4 align-top">
                {b.skp.length === 0 ? (
                  <span className="text-slate-600">Belum membuat SKP</span>
                ) : (
                  <ul className="space-y-1">
                    {b.skp.map((s) => {
                      const pilih = s.status === "DIAJUKAN" && s.penilaiPegawaiId === aktor.pegawaiId;
                      return (
                        <li key={s.id} className="flex flex-wrap items-center gap-2">
                          {pilih && (
                            <input type="checkbox" name="skpId" value={`${s.id}|${s.diajukanAt?.toISOString() ?? ""}`} id={`pilih-${s.id}`} aria-label={`Pilih SKP ${b.nama} untuk disetujui`} className="size-4" />
                          )}
                          <LencanaStatus status={s.status} />
                          <Link href={`/bawahan/skp/${s.id}`} className="font-medium text-brand-700 underline">
                            {pilih ? "Tinjau SKP" : "Lihat SKP"}
                            <span className="sr-only"> {b.nama}</span>
                          </Link>
                          <span className="text-slate-600">
                            {formatRentang(s.mulai, s.selesai)} · {s.jumlahRhk} RHK
                            {s.diajukanAt && s.status === "DIAJUKAN" ? ` · diajukan ${formatTanggal(s.diajukanAt)}` : ""}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Penilaian Bawahan</h1>
          <p className="text-sm text-slate-600">
            SKP tahun {tahun} pegawai yang kinerjanya Anda nilai sebagai pejabat penilai kinerja.
            {menunggu > 0 && <strong className="ml-1 text-amber-900">{menunggu} SKP menunggu persetujuan Anda.</strong>}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/bawahan/penilaian" className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800">
            Penilaian kinerja
          </Link>
          <Link href="/bawahan/matriks" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Matriks peran hasil
          </Link>
          <Link href="/bawahan/ekspektasi" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Templat ekspektasi
          </Link>
          <Link href="/bawahan/pemantauan" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Pemantauan pelaksanaan
          </Link>
          <Link href="/bawahan/harian" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Tinjauan progres harian
          </Link>
        </div>
      </div>
      <Panel judul={`Bawahan langsung (${baris.length})`} id="daftar">
        {baris.length === 0 ? (
          <Kosong>Anda tidak memiliki bawahan langsung pada hari ini, sehingga tidak ada kinerja yang Anda nilai.</Kosong>
        ) : (
          // Formulir tetap terpasang walau tidak ada lagi yang menunggu, agar pesan hasil persetujuan terlihat.
          <FormAksi
            action={setujuiBanyakAction}
            tombol={menunggu > 0 ? "Setujui SKP yang dipilih" : null}
            konfirmasi="Setujui semua SKP yang dipilih? Pastikan Anda sudah meninjau isinya."
            minimalSatu={{ nama: "skpId", pesan: "Pilih minimal satu SKP yang akan disetujui." }}
          >
            {menunggu > 0 && <p className="text-sm text-slate-600">Tinjau setiap SKP, lalu centang yang sudah sesuai untuk disetujui sekaligus.</p>}
            {tabel}
          </FormAksi>
        )}
      </Panel>
    </div>
  );
}
