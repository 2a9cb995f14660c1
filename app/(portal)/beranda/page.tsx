import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { getBeranda, type PenilaiTampil } from "@/lib/organisasi/beranda";
import { formatTanggal } from "@/lib/organisasi/format";
import { KartuIdentitas, Kosong, Panel } from "@/components/kartu-pegawai";
import { getTugasSaya } from "@/lib/tugas/baca";

export const metadata: Metadata = { title: "Beranda" };

function BlokPenilai({ p, kosong }: { p: PenilaiTampil | null; kosong: string }) {
  if (!p) return <Kosong>{kosong}</Kosong>;
  if (p.tipe === "PIMPINAN_INSTANSI") {
    return (
      <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5 text-sm">
        <dt className="text-slate-600">Jabatan</dt>
        <dd className="font-semibold">{p.jabatan}</dd>
        {p.nama && (
          <>
            <dt className="text-slate-600">Nama</dt>
            <dd>{p.nama}</dd>
          </>
        )}
      </dl>
    );
  }
  return <KartuIdentitas kartu={p.kartu} />;
}

export default async function Beranda() {
  const aktor = await requireAktor();
  // Masuk dengan kata sandi sementara dari admin BKD: langsung ke halaman Akun untuk menggantinya.
  if (aktor.harusGantiSandi) redirect("/akun?wajib=1");
  const [b, tugas] = await Promise.all([getBeranda(aktor), getTugasSaya(aktor)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Beranda</h1>
        <p className="text-sm text-slate-600">Keadaan per {formatTanggal(b.tanggal)}.</p>
      </div>

      <Panel judul={`Tugas saya (${tugas.length})`} id="tugas">
        {tugas.length === 0 ? (
          <Kosong>Tidak ada yang menunggu Anda saat ini.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {tugas.map((t) => (
              <li key={t.kunci} className="flex items-start gap-2 py-2 text-sm">
                <span aria-hidden="true" className={"mt-1.5 inline-block size-2 shrink-0 rounded-full " + (t.penting ? "bg-amber-500" : "bg-brand-600")} />
                <Link href={t.href} className="font-medium text-brand-700 underline hover:text-brand-800">
                  {t.teks}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel judul="Identitas saya" id="saya">
          {b.saya.length === 0 ? (
            <Kosong>Anda belum tercatat memangku jabatan pada hari ini. Hubungi admin BKD untuk memperbarui data jabatan Anda.</Kosong>
          ) : (
            <div className="space-y-4 divide-y divide-slate-100">
              {b.saya.map((k) => (
                <div key={`${k.jabatanId}-${k.jenisPenugasan}`} className="pt-0 [&:not(:first-child)]:pt-4">
                  <KartuIdentitas kartu={k} />
                </div>
              ))}
            </div>
          )}
        </Panel>

        <div className="space-y-6">
          <Panel judul="Pejabat penilai kinerja" id="penilai">
            <BlokPenilai p={b.penilai} kosong="Pejabat penilai belum dapat ditentukan: jabatan atasan Anda kosong tanpa Plt/Plh. Hubungi admin BKD." />
          </Panel>
          <Panel judul="Atasan pejabat penilai kinerja" id="atasan-penilai">
            <BlokPenilai p={b.atasanPenilai} kosong="Atasan pejabat penilai belum dapat ditentukan." />
          </Panel>
        </div>
      </div>

      {/* Hanya bagi yang menilai bawahan: ASN tanpa bawahan tidak ditawari apa pun tentang penilaian bawahan. */}
      {b.bawahan.length > 0 && (
      <Panel judul={`Bawahan langsung (${b.bawahan.length})`} id="bawahan">
          <>
            <div className="relative overflow-x-auto">
              <table className="tabel-tumpuk w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-4 font-medium">Nama / NIP</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Pangkat/Gol.</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Jabatan</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {b.bawahan.map((k) => (
                    <tr key={`${k.pegawaiId}-${k.jabatanId}`}>
                      <td className="py-2 pr-4">
                        <p className="font-medium">{k.nama}</p>
                        <p className="text-slate-600 tabular-nums">
                          {k.labelNip} {k.nip}
                        </p>
                      </td>
                      <td data-kolom="Pangkat/Gol." className="py-2 pr-4">{k.pangkat}</td>
                      <td data-kolom="Jabatan" className="py-2 pr-4">{k.jabatan}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-3 text-sm">
              <Link href="/bawahan" className="font-medium text-brand-700 underline hover:text-brand-800">
                Buka Penilaian Bawahan
              </Link>
            </p>
          </>
      </Panel>
      )}
    </div>
  );
}
