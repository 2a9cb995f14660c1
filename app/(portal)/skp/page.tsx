import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatRentang, formatTanggal } from "@/lib/organisasi/format";
import { getSkpSaya, getSumberSalin } from "@/lib/skp/baca";
import { LABEL_STATUS } from "@/lib/skp/workflow";
import { LABEL_PENDEKATAN } from "@/lib/skp/varian";
import { FormAksi } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaStatus } from "@/components/status-skp";
import { buatSkpAction } from "./actions";

export const metadata: Metadata = { title: "SKP Saya" };

export default async function SkpSaya({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const aktor = await requireAktor();
  const hari = hariIni();
  const tahunIni = hari.getUTCFullYear();
  const diminta = Number((await searchParams).tahun);
  const tahun = Number.isInteger(diminta) && diminta >= 2022 && diminta <= tahunIni + 1 ? diminta : tahunIni;
  const [segmen, sumber] = await Promise.all([getSkpSaya(aktor, tahun), getSumberSalin(aktor, tahun)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">SKP Saya</h1>
          <p className="text-sm text-slate-600">
            Tahun kinerja {tahun}. Setiap jabatan definitif yang Anda pangku dalam tahun ini memiliki SKP sendiri.
          </p>
        </div>
        <nav aria-label="Tahun kinerja" className="flex gap-2 text-sm">
          {[tahunIni - 1, tahunIni, tahunIni + 1].map((t) => (
            <Link
              key={t}
              href={`/skp?tahun=${t}`}
              aria-current={t === tahun ? "page" : undefined}
              className="rounded-md border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {t}
            </Link>
          ))}
        </nav>
      </div>
      <Panel judul={`Jabatan dalam tahun ${tahun}`} id="segmen">
        {segmen.length === 0 ? (
          <Kosong>Belum ada jabatan definitif yang tercatat untuk Anda pada tahun ini. Hubungi admin BKD bila data jabatan Anda belum benar.</Kosong>
        ) : (
          <ol className="space-y-4">
            {segmen.map((s) => (
              <li key={`${s.kartu.jabatanId}-${s.mulai.toISOString()}`} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{s.kartu.jabatan}</h3>
                  <p className="text-sm text-slate-600">
                    {formatRentang(s.mulai, s.selesai)}
                    {s.berlangsung && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">berjalan</span>}
                  </p>
                </div>
                <p className="text-sm text-slate-700">{s.kartu.unitKerja}</p>
                <p className="mt-1 text-sm">
                  <span className="text-slate-600">Pejabat penilai: </span>
                  {s.penilai === null
                    ? "belum dapat ditentukan"
                    : s.penilai.tipe === "PIMPINAN_INSTANSI"
                      ? s.penilai.jabatan
                      : `${s.penilai.kartu.nama} — ${s.penilai.kartu.jabatan}`}
                </p>
                {s.skp.length > 0 ? (
                  <ul className="mt-3 space-y-2">
                    {s.skp.map((k) => (
                      <li key={k.id} className="flex flex-wrap items-center gap-3 text-sm">
                        <LencanaStatus status={k.status} />
                        <Link href={`/skp/${k.id}`} className="font-medium text-brand-700 underline">
                          SKP {LABEL_PENDEKATAN[k.pendekatan].toLowerCase()}
                          {k.versi > 1 ? ` — revisi ${k.versi - 1}` : ""}
                        </Link>
                        <span className="text-slate-600">diperbarui {formatTanggal(k.updatedAt)}</span>
                        {k.status === "DISETUJUI" && (
                          <Link href={`/skp/${k.id}/pelaksanaan`} className="font-medium text-brand-700 underline">
                            Rencana aksi, bukti dan realisasi
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : s.selesai < hari ? (
                  <p className="mt-3 text-sm text-slate-600">Jabatan ini sudah berakhir tanpa SKP; SKP tidak dapat disusun lagi.</p>
                ) : (
                  <FormAksi
                    action={buatSkpAction}
                    tombol="Buat SKP"
                    tersembunyi={{ jabatanId: s.kartu.jabatanId, mulai: s.mulai.toISOString().slice(0, 10) }}
                    className="mt-3 space-y-3"
                  >
                    <fieldset>
                      <legend className="text-sm font-medium">Pendekatan hasil kerja</legend>
                      <div className="mt-1 flex flex-wrap gap-4 text-sm">
                        <label className="flex items-center gap-2">
                          <input type="radio" name="pendekatan" value="KUANTITATIF" defaultChecked /> Kuantitatif (indikator dan target terukur)
                        </label>
                        <label className="flex items-center gap-2">
                          <input type="radio" name="pendekatan" value="KUALITATIF" /> Kualitatif (indikator dan target naratif)
                        </label>
                      </div>
                    </fieldset>
                    {sumber.length > 0 && (
                      <div>
                        <label htmlFor={`salin-${s.kartu.jabatanId}`} className="text-sm font-medium">Mulai dari SKP lama (opsional)</label>
                        <select id={`salin-${s.kartu.jabatanId}`} name="salinDariId" defaultValue="" className="mt-1 block w-full max-w-xl rounded-md border border-slate-300 px-3 py-2 text-sm">
                          <option value="">Mulai dari kosong</option>
                          {sumber.map((k) => (
                            <option key={k.id} value={k.id}>
                              Salin SKP {k.tahun} — {k.jabatan} ({k.jumlahRhk} RHK, {LABEL_STATUS[k.status].toLowerCase()})
                            </option>
                          ))}
                        </select>
                        <p className="mt-1 text-xs text-slate-600">RHK, indikator dan lampiran disalin; RHK pimpinan yang diintervensi dipilih ulang dari SKP pimpinan tahun ini.</p>
                      </div>
                    )}
                  </FormAksi>
                )}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
