// Halaman verifikasi publik (tujuan kode QR di setiap dokumen): jenis, periode, nama pihak, tanda tangan dan
// SHA-256 berkas; siapa pun dapat mengunggah PDF untuk memeriksa bahwa itu berkas terdaftar. Tidak ada data lain.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { infoVerifikasi } from "@/lib/dokumen/layanan";
import { LABEL_JENIS_DOKUMEN, LABEL_PERAN_TTD, type JenisDokumen } from "@/lib/dokumen/jenis";
import { formatWaktuTtd, LABEL_METODE_TTD } from "@/lib/dokumen/label";
import { formatTanggal } from "@/lib/organisasi/format";
import { env } from "@/lib/env";
import { getPenandatangan } from "@/lib/dokumen/penandatangan/server";
import { FormPeriksaBerkas } from "@/app/verifikasi/form-periksa";

export const metadata: Metadata = { title: "Verifikasi dokumen", robots: { index: false } };

export default async function HalamanVerifikasi({ params }: { params: Promise<{ kode: string }> }) {
  const { kode } = await params;
  const info = await infoVerifikasi(decodeURIComponent(kode).toUpperCase());
  if (!info) notFound();
  const zona = env().SKP_ZONA_WAKTU;
  const ttd = getPenandatangan();
  const pengembangan = ttd.metode === "SEGEL" && ttd.apakahSertifikatPengembangan();
  return (
    <main className="min-h-screen bg-slate-100 px-4 py-10">
      <div className="mx-auto max-w-2xl space-y-5">
        <div>
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Portal SKP · Verifikasi dokumen</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">{LABEL_JENIS_DOKUMEN[info.jenis as JenisDokumen] ?? info.jenis}</h1>
        </div>
        <div
          role="status"
          className={`rounded-xl border p-4 text-sm ${info.digantikan ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-900"}`}
        >
          {info.digantikan ? (
            <p>
              <strong>Versi {info.versi} telah digantikan</strong> pada {formatTanggal(info.digantikan.at)}
              {info.digantikan.versiBaru ? ` oleh versi ${info.digantikan.versiBaru}` : ""}: dokumen ini pernah terdaftar, tetapi isinya sudah diperbarui.
              {info.digantikan.kodeBaru && (
                <>
                  {" "}
                  <a className="underline" href={`/verifikasi/${info.digantikan.kodeBaru}`}>Lihat versi terbaru</a>.
                </>
              )}
            </p>
          ) : (
            <p><strong>Dokumen terdaftar dan berlaku</strong> (versi {info.versi}).</p>
          )}
        </div>
        {pengembangan && (
          <p role="note" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            Portal ini menyegel dokumen dengan <strong>sertifikat pengembangan</strong> (swa-tanda): tanda tangan di berkas dapat diperiksa secara
            teknis, tetapi bukan sertifikat resmi instansi dan bukan tanda tangan elektronik tersertifikasi.
          </p>
        )}
        <section aria-labelledby="rincian" className="rounded-xl border border-slate-200 bg-white p-5 text-sm">
          <h2 id="rincian" className="text-base font-semibold">Rincian</h2>
          <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-600">Kode verifikasi</dt>
            <dd className="font-mono">{info.kode}</dd>
            <dt className="font-medium text-slate-600">Periode</dt>
            <dd>{info.periode}</dd>
            {info.pihak.map((p) => (
              <div key={p.peran} className="contents">
                <dt className="font-medium text-slate-600">{LABEL_PERAN_TTD[p.peran]}</dt>
                <dd>{p.nama}</dd>
              </div>
            ))}
            <dt className="font-medium text-slate-600">Diterbitkan</dt>
            <dd>{formatWaktuTtd(info.dibuat, zona)}</dd>
            <dt className="font-medium text-slate-600">SHA-256 berkas terbaru</dt>
            <dd className="break-all font-mono text-xs">{info.sha256 ?? "-"}</dd>
          </dl>
          <h3 className="mt-4 font-semibold">Tanda tangan</h3>
          {info.tandaTangan.length === 0 ? (
            <p className="text-slate-600">Belum ditandatangani.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {info.tandaTangan.map((t) => (
                <li key={t.peran}>
                  {t.nama} sebagai {LABEL_PERAN_TTD[t.peran].toLowerCase()}, {formatWaktuTtd(t.waktu, zona)} ({LABEL_METODE_TTD[t.metode]})
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="periksa" className="rounded-xl border border-slate-200 bg-white p-5 text-sm">
          <h2 id="periksa" className="text-base font-semibold">Periksa berkas</h2>
          <p className="mb-3 text-slate-600">
            Unggah PDF yang Anda terima: berkas dicocokkan dengan sidik SHA-256 berkas yang diterbitkan portal. Satu bita yang berubah membuatnya tidak
            cocok. Berkas tidak disimpan.
          </p>
          <FormPeriksaBerkas kode={info.kode} />
        </section>
      </div>
    </main>
  );
}
