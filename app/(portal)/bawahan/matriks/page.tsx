import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { formatRentang, formatTanggal } from "@/lib/organisasi/format";
import { getMatriks } from "@/lib/skp/matriks";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { simpanMatriksAction } from "../../skp/actions";
import { kelasInput } from "@/components/gaya";

export const metadata: Metadata = { title: "Matriks Peran Hasil" };

export default async function MatriksPeranHasil() {
  const aktor = await requireAktor();
  const m = await getMatriks(aktor);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link> / Matriks peran hasil
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Matriks Peran Hasil</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Turunkan setiap rencana hasil kerja Anda kepada bawahan langsung: tulis peran atau hasil yang Anda harapkan dari masing-masing.
          Isi sel menjadi RHK utama bawahan yang terhubung ke RHK Anda, saat bawahan membuat SKP atau langsung pada draf SKP-nya.
        </p>
      </div>
      {!m.skp ? (
        <Panel judul="SKP Anda belum disetujui" id="belum">
          <Kosong>Matriks disusun dari RHK pada SKP Anda yang sudah disetujui pejabat penilai. Susun dan ajukan SKP Anda lebih dulu di menu SKP Saya.</Kosong>
        </Panel>
      ) : m.bawahan.length === 0 ? (
        <Panel judul="Tidak ada bawahan langsung" id="kosong">
          <Kosong>Anda tidak memiliki bawahan langsung pada hari ini.</Kosong>
        </Panel>
      ) : (
        <Panel judul={`RHK pada SKP Anda (${formatRentang(m.skp.mulai, m.skp.selesai)}) × bawahan langsung`} id="matriks">
          <FormAksi action={simpanMatriksAction} tombol="Simpan matriks">
            <div className="relative overflow-x-auto">
              <table className="min-w-full border-collapse text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="sticky left-0 w-80 min-w-72 border border-slate-300 bg-slate-100 px-2 py-2 text-left">RHK dan indikator saya</th>
                    {m.bawahan.map((b) => (
                      <th key={b.pegawaiId} scope="col" className="min-w-56 border border-slate-300 bg-slate-100 px-2 py-2 text-left align-top">
                        <span className="block font-semibold">{b.nama}</span>
                        <span className="block text-xs font-normal text-slate-600">{b.jabatan}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.rhk.map((r, n) => (
                    <tr key={r.id}>
                      <th scope="row" className="sticky left-0 border border-slate-300 bg-white px-2 py-2 text-left align-top font-normal">
                        <span className="block font-medium">{r.jenis === "TAMBAHAN" ? "[Tambahan] " : ""}{r.teks}</span>
                        <ul className="mt-1 list-disc pl-4 text-xs text-slate-600">
                          {r.iki.map((i, n) => <li key={n}>{i.indikator} — {i.targetTeks}</li>)}
                        </ul>
                      </th>
                      {m.bawahan.map((b) => (
                        <td key={b.pegawaiId} className="border border-slate-300 p-1 align-top">
                          <label htmlFor={`sel-${r.id}-${b.pegawaiId}`} className="sr-only">
                            Peran hasil {b.nama} untuk RHK: {r.teks}
                          </label>
                          <textarea
                            id={`sel-${r.id}-${b.pegawaiId}`}
                            name={`sel.${r.id}.${b.pegawaiId}`}
                            data-label={`Sel ${b.namaPendek} × RHK ${n + 1}`}
                            rows={3}
                            maxLength={1000}
                            defaultValue={m.sel[r.id]?.[b.pegawaiId] ?? ""}
                            placeholder="—"
                            className={kelasInput + " mt-0"}
                          />
                          <PesanKolom nama={`sel.${r.id}.${b.pegawaiId}`} />
                          {m.dihapus[r.id]?.[b.pegawaiId] && (
                            <p className="mt-1 text-xs text-amber-900">
                              {b.namaPendek} menghapus RHK ini dari drafnya pada {formatTanggal(m.dihapus[r.id]![b.pegawaiId]!)}. Tidak diteruskan lagi
                              kecuali isi sel diubah.
                            </p>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </FormAksi>
        </Panel>
      )}
    </div>
  );
}
