import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import { getTemplat } from "@/lib/skp/template";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { simpanTemplatAction, terapkanTemplatAction } from "../../skp/actions";
import { kelasInput } from "@/components/gaya";
import { BATAS_SKP } from "@/lib/skp/batas";

export const metadata: Metadata = { title: "Templat ekspektasi" };

export default async function TemplatEkspektasi({ searchParams }: { searchParams: Promise<{ templat?: string }> }) {
  const aktor = await requireAktor();
  const [{ templat, sasaran }, sp] = await Promise.all([getTemplat(aktor), searchParams]);
  const dipilih = templat.find((t) => t.id === sp.templat);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link> / Templat ekspektasi
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Templat ekspektasi khusus pimpinan</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Tulis ekspektasi khusus untuk nilai-nilai BerAKHLAK sekali, simpan sebagai templat, lalu terapkan ke semua SKP bawahan yang belum disetujui ({sasaran} SKP).
        </p>
      </div>
      <Panel judul="Templat saya" id="daftar-templat">
        {templat.length === 0 ? (
          <Kosong>Belum ada templat.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {templat.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">{t.nama}</p>
                  <p className="text-sm text-slate-600">{Object.keys(t.isi).length} dari 7 nilai berisi ekspektasi</p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  <Link href={`/bawahan/ekspektasi?templat=${t.id}`} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
                    Ubah<span className="sr-only"> templat {t.nama}</span>
                  </Link>
                  <FormAksi
                    action={terapkanTemplatAction}
                    tombol={`Terapkan ke ${sasaran} SKP bawahan`}
                    konfirmasi={`Terapkan templat "${t.nama}" ke ${sasaran} SKP bawahan? Ekspektasi yang sudah ada untuk nilai yang sama akan diganti.`}
                    tersembunyi={{ templateId: t.id }}
                    className="space-y-2"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel judul={dipilih ? `Ubah templat "${dipilih.nama}"` : "Templat baru"} id="form-templat">
        <FormAksi action={simpanTemplatAction} tombol="Simpan templat" key={dipilih?.id ?? "baru"}>
          <div>
            <label htmlFor="nama" className="text-sm font-medium">Nama templat</label>
            <input id="nama" name="nama" defaultValue={dipilih?.nama} required minLength={3} maxLength={BATAS_SKP.namaTemplat} className={kelasInput + " max-w-md"} />
            <PesanKolom nama="nama" />
          </div>
          <ol className="space-y-3">
            {NILAI_BERAKHLAK.map((n, i) => (
              <li key={n.kode}>
                <label htmlFor={`t-${n.kode}`} className="text-sm font-medium">
                  {i + 1}. {n.nama}
                </label>
                <textarea id={`t-${n.kode}`} name={`ekspektasi.${n.kode}`} rows={2} maxLength={BATAS_SKP.ekspektasi} defaultValue={dipilih?.isi[n.kode] ?? ""} className={kelasInput} />
                <PesanKolom nama={`ekspektasi.${n.kode}`} />
              </li>
            ))}
          </ol>
          <PesanKolom nama="ekspektasi" />
        </FormAksi>
      </Panel>
    </div>
  );
}
