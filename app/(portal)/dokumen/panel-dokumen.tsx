// Rincian satu dokumen bagi aktor: versi dan kode verifikasi, penanda tangan dan statusnya, unduh, dan formulir
// tanda tangan bila aktor penanda tangan yang belum menandatangani. Komponen server.
import type { Aktor } from "@/lib/auth/permissions";
import { LABEL_JENIS_DOKUMEN, LABEL_PERAN_TTD } from "@/lib/dokumen/jenis";
import { formatWaktuTtd, LABEL_METODE_TTD } from "@/lib/dokumen/label";
import { statusDokumen } from "@/lib/dokumen/layanan";
import { urlUnduhDokumen } from "@/lib/dokumen/rute";
import type { SubjekDokumen } from "@/lib/dokumen/muat";
import { env } from "@/lib/env";
import { FormTandaTangan } from "@/app/(portal)/dokumen/form-ttd";

export async function PanelDokumen({ aktor, subjek, periode, tersedia }: { aktor: Aktor; subjek: SubjekDokumen; periode: string; tersedia: string | null }) {
  const status = tersedia ? null : await statusDokumen(aktor, subjek);
  const zona = env().SKP_ZONA_WAKTU;
  return (
    <section aria-labelledby="dok-pilih" className="rounded-xl border border-brand-200 bg-white p-5 shadow-sm">
      <h2 id="dok-pilih" className="text-lg font-semibold">{LABEL_JENIS_DOKUMEN[subjek.jenis]} · {periode}</h2>
      {tersedia ? (
        <p className="mt-2 text-sm text-slate-700">Dokumen ini tersedia {tersedia}.</p>
      ) : !status ? (
        <p className="mt-2 text-sm text-slate-700">Dokumen tidak ditemukan.</p>
      ) : "ok" in status ? (
        <p className="mt-2 text-sm text-slate-700">{status.pesan}</p>
      ) : (
        <div className="mt-3 space-y-4 text-sm">
          {status.pengembangan && (
            <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
              Portal ini memakai <strong>sertifikat pengembangan</strong> untuk segel elektronik: tanda tangan di berkas sah secara teknis tetapi bukan
              sertifikat resmi instansi, dan bukan tanda tangan elektronik tersertifikasi (BSrE).
            </p>
          )}
          <p>
            {status.terdaftar
              ? status.terdaftar.sama
                ? `Versi ${status.terdaftar.versi}, kode verifikasi ${status.terdaftar.kode}.`
                : `Isi dokumen berubah sejak versi ${status.terdaftar.versi}; versi ${status.terdaftar.versi + 1} dibuat saat diunduh atau ditandatangani. Versi lama tetap dapat diverifikasi sebagai digantikan.`
              : "Belum pernah dibuat; versi 1 dibuat saat pertama diunduh atau ditandatangani."}
          </p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {status.penanda.map((p) => (
              <li key={p.peran} className="rounded-lg border border-slate-200 p-3">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{p.judul}</p>
                <p className="font-medium">{p.nama}</p>
                <p className={p.ttd ? "text-green-800" : "text-slate-600"}>
                  {p.ttd
                    ? `Ditandatangani ${formatWaktuTtd(p.ttd.waktu, zona)} · ${LABEL_METODE_TTD[p.ttd.metode]}`
                    : p.dapatDitandatangani
                      ? "Belum menandatangani"
                      : "Di luar portal: ditandatangani di atas kertas"}
                </p>
              </li>
            ))}
          </ul>
          <a href={urlUnduhDokumen(subjek)} className="inline-block rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100">
            Unduh PDF<span className="sr-only"> {LABEL_JENIS_DOKUMEN[subjek.jenis]} {periode}</span>
          </a>
          {status.perluSaya && (
            <FormTandaTangan subjek={Object.fromEntries(Object.entries(subjek).map(([k, v]) => [k, String(v)]))} peran={LABEL_PERAN_TTD[status.perluSaya]} bsre={status.metode === "BSRE"} />
          )}
        </div>
      )}
    </section>
  );
}
