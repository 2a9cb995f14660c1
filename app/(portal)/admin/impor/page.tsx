import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { Panel } from "@/components/kartu-pegawai";
import { KOLOM, MAKS_BARIS, MAKS_BYTES } from "@/lib/impor/kolom";
import { FormulirImpor } from "./formulir-impor";

export const metadata: Metadata = { title: "Impor pegawai dan struktur organisasi" };

export default async function HalamanImpor({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const dipilih = await pilihInstansiDikelola(aktor, (await searchParams).instansi, "impor-organisasi");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={daftar.length > 1 ? `/admin?instansi=${pilihan.id}` : "/admin"} className="text-brand-700 underline">
            ← Admin BKD
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Impor pegawai dan struktur organisasi</h1>
        <p className="text-sm text-slate-600">
          {pilihan.nama}: unit kerja, jabatan (dengan atasannya) dan pegawai beserta jabatan definitifnya, dari berkas Excel (.xlsx) atau CSV seperti ekspor SIASN.
        </p>
      </div>
      {daftar.length > 1 && (
        <nav aria-label="Pilih instansi" className="flex flex-wrap gap-2 text-sm">
          {daftar.map((i) => (
            <Link key={i.id} href={`/admin/impor?instansi=${i.id}`} aria-current={i.id === pilihan.id ? "page" : undefined} className="rounded-md border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
              {i.nama}
            </Link>
          ))}
        </nav>
      )}
      <Panel judul="1. Unduh templat" id="templat">
        <p className="text-sm text-slate-700">
          Satu baris = satu pegawai dengan jabatan definitifnya; baris tanpa NIP hanya mendefinisikan unit kerja atau jabatan (mis. jabatan kosong). Unit dikenali dari <strong>Kode Unit</strong>, jabatan dari{" "}
          <strong>Kode Jabatan</strong> (id jabatan SIASN), pegawai dari <strong>NIP</strong>: mengimpor ulang berkas yang sama tidak mengubah apa pun.
        </p>
        <p className="mt-3 flex flex-wrap gap-2 text-sm">
          <a href="/api/admin/impor/templat" className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100" download>
            Unduh templat Excel (.xlsx)
          </a>
          <a href="/api/admin/impor/templat?format=csv" className="rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100" download>
            Unduh templat CSV
          </a>
        </p>
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Daftar kolom</summary>
          <div className="relative mt-2 overflow-x-auto">
            <table className="tabel-tumpuk w-full text-left">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">Kolom</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Wajib</th>
                  <th scope="col" className="py-1 font-medium">Keterangan</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {KOLOM.map((k) => (
                  <tr key={k.kunci}>
                    <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">{k.judul}</th>
                    <td data-kolom="Wajib" className="py-1 pr-3">{k.wajib ? "Ya" : "Tidak"}</td>
                    <td data-kolom="Keterangan" className="py-1 text-slate-700">{k.keterangan}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </Panel>
      <Panel judul="2. Unggah, periksa, terapkan" id="unggah">
        <p className="mb-3 text-sm text-slate-700">
          Berkas diperiksa lebih dulu (uji coba, tidak ada yang disimpan). Bila tidak ada galat, terapkan: semua perubahan disimpan sekaligus atau tidak sama sekali, dan dicatat di jejak audit. Impor tidak membuat akun
          masuk. Batas {Math.round(MAKS_BYTES / 1024 / 1024)} MB dan {MAKS_BARIS.toLocaleString("id-ID")} baris per berkas.
        </p>
        <FormulirImpor instansiId={pilihan.id} />
      </Panel>
    </div>
  );
}
