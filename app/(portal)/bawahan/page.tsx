import type { Metadata } from "next";
import { requireAktor } from "@/lib/auth";
import { getBeranda } from "@/lib/organisasi/beranda";
import { formatTanggal } from "@/lib/organisasi/format";
import { Kosong, Panel } from "@/components/kartu-pegawai";

export const metadata: Metadata = { title: "Penilaian Bawahan" };

export default async function PenilaianBawahan() {
  const aktor = await requireAktor();
  const b = await getBeranda(aktor);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Penilaian Bawahan</h1>
        <p className="text-sm text-slate-600">Pegawai yang kinerjanya Anda nilai sebagai pejabat penilai kinerja, per {formatTanggal(b.tanggal)}.</p>
      </div>
      <Panel judul={`Bawahan langsung (${b.bawahan.length})`} id="daftar">
        {b.bawahan.length === 0 ? (
          <Kosong>Anda tidak memiliki bawahan langsung pada hari ini, sehingga tidak ada kinerja yang Anda nilai.</Kosong>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {b.bawahan.map((k) => (
              <li key={`${k.pegawaiId}-${k.jabatanId}`} className="rounded-lg border border-slate-200 p-4 text-sm">
                <p className="font-semibold">{k.nama}</p>
                <p className="text-slate-600 tabular-nums">
                  {k.labelNip} {k.nip}
                </p>
                <p className="mt-1">{k.pangkat}</p>
                <p>{k.jabatan}</p>
                <p className="text-slate-600">{k.unitKerja}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
