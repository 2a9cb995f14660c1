import type { Metadata } from "next";
import { requireAktor } from "@/lib/auth";
import { getRiwayatJabatanTahun, hariIni } from "@/lib/organisasi/beranda";
import { formatRentang } from "@/lib/organisasi/format";
import { Kosong, Panel } from "@/components/kartu-pegawai";

export const metadata: Metadata = { title: "SKP Saya" };

export default async function SkpSaya() {
  const aktor = await requireAktor();
  const tahun = hariIni().getUTCFullYear();
  const segmen = await getRiwayatJabatanTahun(aktor, tahun);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">SKP Saya</h1>
        <p className="text-sm text-slate-600">
          Tahun kinerja {tahun}. Setiap jabatan definitif yang Anda pangku dalam tahun ini memiliki SKP sendiri.
        </p>
      </div>
      <Panel judul={`Jabatan dalam tahun ${tahun}`} id="segmen">
        {segmen.length === 0 ? (
          <Kosong>Belum ada jabatan definitif yang tercatat untuk Anda pada tahun ini.</Kosong>
        ) : (
          <ol className="space-y-4">
            {segmen.map((s) => (
              <li key={`${s.kartu.jabatanId}-${s.mulai.toISOString()}`} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold">{s.kartu.jabatan}</p>
                  <p className="text-sm text-slate-600">
                    {formatRentang(s.mulai, s.selesai)}
                    {s.berlangsung && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">berjalan</span>}
                  </p>
                </div>
                <p className="text-sm text-slate-700">{s.kartu.unitKerja}</p>
                <p className="mt-2 text-sm">
                  <span className="text-slate-600">Pejabat penilai: </span>
                  {s.penilai === null
                    ? "belum dapat ditentukan"
                    : s.penilai.tipe === "PIMPINAN_INSTANSI"
                      ? s.penilai.jabatan
                      : `${s.penilai.kartu.nama} — ${s.penilai.kartu.jabatan}`}
                </p>
                <p className="mt-2 text-sm text-slate-600">Penyusunan SKP untuk jabatan ini tersedia pada tahap perencanaan kinerja.</p>
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
