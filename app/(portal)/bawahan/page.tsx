import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatRentang } from "@/lib/organisasi/format";
import { getSkpBawahan } from "@/lib/skp/baca";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaStatus } from "@/components/status-skp";

export const metadata: Metadata = { title: "Penilaian Bawahan" };

export default async function PenilaianBawahan() {
  const aktor = await requireAktor();
  const tahun = hariIni().getUTCFullYear();
  const { baris, menunggu } = await getSkpBawahan(aktor, tahun);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Penilaian Bawahan</h1>
        <p className="text-sm text-slate-600">
          SKP tahun {tahun} pegawai yang kinerjanya Anda nilai sebagai pejabat penilai kinerja.
          {menunggu > 0 && <strong className="ml-1 text-amber-900">{menunggu} SKP menunggu persetujuan Anda.</strong>}
        </p>
      </div>
      <Panel judul={`Bawahan langsung (${baris.length})`} id="daftar">
        {baris.length === 0 ? (
          <Kosong>Anda tidak memiliki bawahan langsung pada hari ini, sehingga tidak ada kinerja yang Anda nilai.</Kosong>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
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
                    <td className="py-2 pr-4 align-top">{b.jabatan}</td>
                    <td className="py-2 pr-4 align-top">
                      {b.skp.length === 0 ? (
                        <span className="text-slate-600">Belum membuat SKP</span>
                      ) : (
                        <ul className="space-y-1">
                          {b.skp.map((s) => (
                            <li key={s.id} className="flex flex-wrap items-center gap-2">
                              <LencanaStatus status={s.status} />
                              <Link href={`/skp/${s.id}`} className="font-medium text-brand-700 underline">
                                {s.status === "DIAJUKAN" ? "Tinjau SKP" : "Lihat SKP"}
                                <span className="sr-only"> {b.nama}</span>
                              </Link>
                              <span className="text-slate-600">{formatRentang(s.mulai, s.selesai)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}
