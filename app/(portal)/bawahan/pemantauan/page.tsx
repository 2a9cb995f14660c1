import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { hariIni } from "@/lib/organisasi/beranda";
import { LABEL_KELENGKAPAN } from "@/lib/pelaksanaan/aturan";
import { getMonitoring, type BarisMonitoring } from "@/lib/pelaksanaan/baca";
import { Kosong, Panel } from "@/components/kartu-pegawai";

export const metadata: Metadata = { title: "Pemantauan pelaksanaan" };

const WARNA = { BELUM_MULAI: "bg-slate-100 text-slate-700", SEBAGIAN: "bg-amber-100 text-amber-950", LENGKAP: "bg-green-100 text-green-900" } as const;

export default async function Pemantauan({ searchParams }: { searchParams: Promise<{ urut?: string }> }) {
  const aktor = await requireAktor();
  const tahun = hariIni().getUTCFullYear();
  const [{ periode, baris }, sp] = await Promise.all([getMonitoring(aktor, tahun), searchParams]);
  // Urutan: nama (bawaan) atau kelengkapan satu periode (terendah dulu, agar yang tertinggal terlihat).
  const urut = periode.find((p) => p.kode === sp.urut);
  const nilai = (b: BarisMonitoring) => (urut ? (b.periode.find((x) => x.periodeId === urut.id)?.kelengkapan?.persen ?? 101) : 0);
  const urutan = [...baris].sort((a, b) => (urut ? nilai(a) - nilai(b) : 0) || a.nama.localeCompare(b.nama, "id"));
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link> / Pemantauan pelaksanaan
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Pemantauan pelaksanaan {tahun}</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Kelengkapan per periode: rencana aksi yang sudah memiliki bukti dukung dan indikator yang sudah diisi realisasinya.
        </p>
      </div>
      <Panel judul={`Bawahan (${baris.length})`} id="pemantauan">
        {baris.length === 0 ? (
          <Kosong>Tidak ada bawahan dengan SKP yang disetujui pada tahun ini.</Kosong>
        ) : (
          <>
          {/* Ponsel: satu kartu per bawahan, periode bertumpuk. */}
          <ul className="divide-y divide-slate-100 sm:hidden">
            {urutan.map((b) => (
              <li key={b.pegawaiId} className="py-3">
                <p className="font-medium">{b.nama}</p>
                <p className="text-xs text-slate-600">{b.jabatan}</p>
                {b.baru > 0 && <span className="mt-1 inline-block rounded bg-amber-200 px-1.5 text-xs font-semibold">{b.baru} umpan balik baru</span>}
                {!b.skpId ? (
                  <p className="mt-2 text-xs text-slate-600">SKP belum disetujui</p>
                ) : (
                  <ul className="mt-2 grid grid-cols-2 gap-2">
                    {b.periode.map((p, i) => (
                      <li key={p.periodeId} className="text-xs">
                        <span className="block font-medium text-slate-700">{periode[i]?.label}</span>
                        {!p.kelengkapan ? (
                          <span className="text-slate-600">Di luar masa SKP</span>
                        ) : (
                          <Link href={`/bawahan/skp/${b.skpId}/pelaksanaan?periode=${p.kode}`} className={`mt-0.5 inline-block rounded px-2 py-1 font-semibold ${WARNA[p.kelengkapan.status]}`}>
                            {p.kelengkapan.persen}% · {LABEL_KELENGKAPAN[p.kelengkapan.status]}
                            <span className="sr-only"> — buka pelaksanaan {b.nama} {periode[i]?.label}</span>
                          </Link>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <div className="relative hidden overflow-x-auto sm:block">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium" aria-sort={urut ? "none" : "ascending"}>
                    <Link href="/bawahan/pemantauan" className="underline">Pegawai</Link>
                  </th>
                  {periode.map((p) => (
                    <th key={p.id} scope="col" className="py-2 pr-3 font-medium" aria-sort={urut?.id === p.id ? "ascending" : "none"}>
                      <Link href={`/bawahan/pemantauan?urut=${p.kode}`} className="underline">
                        {p.label}
                        <span className="sr-only"> (urutkan dari yang paling belum lengkap)</span>
                      </Link>
                      {p.status === "TUTUP" && <span className="block text-xs font-normal">ditutup</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {urutan.map((b) => (
                  <tr key={b.pegawaiId}>
                    <th scope="row" className="py-2 pr-3 text-left align-top font-normal">
                      <span className="block font-medium">{b.nama}</span>
                      <span className="block text-xs text-slate-600">{b.jabatan}</span>
                      {b.baru > 0 && <span className="mt-1 inline-block rounded bg-amber-200 px-1.5 text-xs font-semibold">{b.baru} umpan balik baru</span>}
                    </th>
                    {b.periode.map((p) => (
                      <td key={p.periodeId} className="py-2 pr-3 align-top">
                        {!b.skpId ? (
                          <span className="text-xs text-slate-600">SKP belum disetujui</span>
                        ) : !p.kelengkapan ? (
                          <span className="text-xs text-slate-600">Di luar masa SKP</span>
                        ) : (
                          <>
                            <Link href={`/bawahan/skp/${b.skpId}/pelaksanaan?periode=${p.kode}`} className={`inline-block rounded px-2 py-1 text-xs font-semibold ${WARNA[p.kelengkapan.status]}`}>
                              {p.kelengkapan.persen}% · {LABEL_KELENGKAPAN[p.kelengkapan.status]}
                              <span className="sr-only"> — buka pelaksanaan {b.nama}</span>
                            </Link>
                            <span className="mt-1 block text-xs text-slate-600">
                              {p.kelengkapan.rencanaAksiBerbukti}/{p.kelengkapan.rencanaAksi} aksi · {p.kelengkapan.indikatorTerealisasi}/{p.kelengkapan.indikator} realisasi
                            </span>
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          </>
        )}
      </Panel>
    </div>
  );
}
