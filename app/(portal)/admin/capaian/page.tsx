// Admin BKD: capaian kinerja organisasi per unit pembawa per periode, dicatat atas nama pimpinan satu tingkat di atas.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { hariIni } from "@/lib/organisasi/beranda";
import { getPeriodeEvaluasiAdmin } from "@/lib/pelaksanaan/baca";
import { getCapaianInstansi, getDaftarOverride, getDaftarPengecualian } from "@/lib/penilaian/capaian";
import { formatNip } from "@/lib/organisasi/nip";
import { formatTanggal } from "@/lib/organisasi/format";
import { DAFTAR_PREDIKAT_ORGANISASI, LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import { LABEL_CAKUPAN } from "@/lib/penilaian/organisasi";
import { LABEL_JENIS_PENGECUALIAN } from "@/lib/penilaian/monitoring-tabel";
import { BATAS_PENILAIAN, KODE_AKHIR, kodePenilaianBawaan } from "@/lib/penilaian/umpan";
import { TERIMA_INPUT } from "@/lib/penyimpanan/validasi";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { Panel } from "@/components/kartu-pegawai";
import { PilihBerkas } from "@/components/pilih-berkas";
import { catatPengecualianAction, tetapkanCapaianAction } from "./actions";


export const metadata: Metadata = { title: "Capaian kinerja organisasi" };

const waktu = (d: Date) => d.toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

export default async function CapaianOrganisasi({ searchParams }: { searchParams: Promise<{ instansi?: string | string[]; periode?: string | string[] }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const dipilih = await pilihInstansiDikelola(aktor, sp.instansi, "kelola-periode");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const ev = await getPeriodeEvaluasiAdmin(pilihan.id);
  const hari = hariIni();
  const kodeDiminta = typeof sp.periode === "string" ? sp.periode : undefined;
  const kode = kodePenilaianBawaan(ev.periode, hari, kodeDiminta);
  const [d, override, pengecualian] = await Promise.all([getCapaianInstansi(pilihan.id, ev.tahun, kode), getDaftarOverride(pilihan.id, ev.tahun), getDaftarPengecualian(pilihan.id)]);
  const label = kode === KODE_AKHIR ? "Akhir (tahunan)" : (ev.periode.find((p) => p.kode === kode)?.label ?? kode);
  const q = (k: string) => `/admin/capaian?periode=${k}${daftar.length > 1 ? `&instansi=${pilihan.id}` : ""}`;
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Capaian kinerja organisasi</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Capaian kinerja organisasi {ev.tahun}</h1>
        <p className="text-sm text-slate-600">
          Ditetapkan pimpinan satu tingkat di atas dan dicatat admin BKD beserta dasarnya. Capaian menentukan kurva distribusi predikat pegawai unit itu dan rating hasil kerja pimpinannya. Unit pembawa: {LABEL_CAKUPAN[d.cakupan]} (ubah di pengaturan penilaian).{" "}
          <Link href={`/admin/capaian/tabel${daftar.length > 1 ? `?instansi=${pilihan.id}` : ""}`} className="font-medium text-brand-700 underline">Tabel kurva distribusi</Link>
        </p>
      </div>
      <nav aria-label="Periode" className="flex flex-wrap gap-2 text-sm">
        {[...ev.periode.map((p) => ({ kode: p.kode, label: p.label })), { kode: KODE_AKHIR, label: "Akhir (tahunan)" }].map((p) => (
          <Link key={p.kode} href={q(p.kode)} aria-current={p.kode === kode ? "page" : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {p.label}
          </Link>
        ))}
      </nav>
      <Panel judul={`${label}: ${d.unit.filter((u) => u.capaian).length} dari ${d.unit.length} unit sudah ditetapkan`} id="capaian">
        <ul className="divide-y divide-slate-100">
          {d.unit.map((u) => (
            <li key={u.id} className="grid gap-3 py-4 text-sm md:grid-cols-[1fr_22rem]">
              <div>
                <p className="font-semibold">{u.nama}</p>
                <p className="text-slate-600">Pimpinan: {u.pimpinan}</p>
                <p className="text-slate-600">Ditetapkan oleh: {u.atasNama}</p>
                {u.capaian ? (
                  <p className="mt-1">
                    Capaian berlaku: <strong>{LABEL_PREDIKAT_ORGANISASI[u.capaian.predikat]}</strong> · {waktu(u.capaian.createdAt)}
                    {u.capaian.dokumenNama && (
                      <>
                        {" · "}
                        <a href={`/api/capaian/${u.capaian.id}`} className="text-brand-700 underline">{u.capaian.dokumenNama}</a>
                      </>
                    )}
                    <span className="block whitespace-pre-line text-slate-700">Dasar: {u.capaian.dasar}</span>
                  </p>
                ) : (
                  <p className="mt-1 text-amber-900">Belum ditetapkan.</p>
                )}
                {u.riwayat.length > 1 && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-brand-700">Riwayat perubahan ({u.riwayat.length})</summary>
                    <ol className="mt-1 space-y-1 text-slate-700">
                      {u.riwayat.map((r) => (
                        <li key={r.id}>{waktu(r.createdAt)}: {LABEL_PREDIKAT_ORGANISASI[r.predikat]} — {r.dasar}</li>
                      ))}
                    </ol>
                  </details>
                )}
              </div>
              <FormAksi action={tetapkanCapaianAction} tombol={u.capaian ? "Ubah capaian" : "Tetapkan capaian"} varian="kedua" tersembunyi={{ instansiId: pilihan.id, unitKerjaId: u.id, tahun: String(ev.tahun), kode }} className="space-y-2">
                <label className="block">
                  <span className="font-medium">Capaian {u.nama}</span>
                  <select name="predikat" required defaultValue={u.capaian?.predikat ?? ""} className={kelasInput}>
                    <option value="">— pilih —</option>
                    {DAFTAR_PREDIKAT_ORGANISASI.map((p) => <option key={p} value={p}>{LABEL_PREDIKAT_ORGANISASI[p]}</option>)}
                  </select>
                  <PesanKolom nama="predikat" />
                </label>
                <label className="block">
                  <span className="font-medium">Dasar penetapan</span>
                  <textarea name="dasar" rows={2} required minLength={10} maxLength={BATAS_PENILAIAN.penjelasan} className={kelasInput} placeholder="mis. Laporan capaian rencana aksi triwulan I, nota dinas Sekda" />
                  <PesanKolom nama="dasar" />
                </label>
                <PilihBerkas label="Dokumen dasar (opsional)" accept={TERIMA_INPUT} name="berkas" />
                <PesanKolom nama="berkas" />
              </FormAksi>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel judul={`Finalisasi dengan pengecualian kurva ${ev.tahun} (${override.length})`} id="override">
        {override.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada tim yang difinalkan walau kurva distribusinya dilanggar.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {override.map((o) => (
              <li key={o.id} className="py-3">
                <p className="font-semibold">{o.unit} · {o.kode === KODE_AKHIR ? "Akhir" : (ev.periode.find((p) => p.kode === o.kode)?.label ?? o.kode)} · capaian {o.capaian ? LABEL_PREDIKAT_ORGANISASI[o.capaian] : "belum ditetapkan"}</p>
                <p className="text-slate-600">Difinalkan {waktu(o.createdAt)} oleh {o.penilai}</p>
                <ul className="mt-1 list-disc pl-5 text-red-900">{o.pelanggaran.map((x) => <li key={x}>{x}</li>)}</ul>
                <p className="mt-1 whitespace-pre-line"><span className="font-medium">Alasan:</span> {o.alasan}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel judul={`Pegawai dikecualikan dari kurva (${pengecualian.length})`} id="pengecualian">
        <FormAksi action={catatPengecualianAction} tombol="Catat pengecualian" varian="kedua" tersembunyi={{ instansiId: pilihan.id }} className="grid gap-3 text-sm md:grid-cols-2">
          <label className="block">
            <span className="font-medium">NIP pegawai</span>
            <input name="nip" required inputMode="numeric" maxLength={21} className={kelasInput} />
            <PesanKolom nama="nip" />
          </label>
          <label className="block">
            <span className="font-medium">Jenis</span>
            <select name="jenis" required defaultValue="" className={kelasInput}>
              <option value="">— pilih —</option>
              {Object.entries(LABEL_JENIS_PENGECUALIAN).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
            </select>
            <PesanKolom nama="jenis" />
          </label>
          <label className="block">
            <span className="font-medium">Mulai</span>
            <input name="mulai" type="date" required className={kelasInput} />
            <PesanKolom nama="mulai" />
          </label>
          <label className="block">
            <span className="font-medium">Selesai (kosongkan bila belum diketahui)</span>
            <input name="selesai" type="date" className={kelasInput} />
            <PesanKolom nama="selesai" />
          </label>
          <label className="block md:col-span-2">
            <span className="font-medium">Alasan dan dasar (mis. nomor SK)</span>
            <textarea name="alasan" rows={2} required minLength={10} maxLength={BATAS_PENILAIAN.alasan} className={kelasInput} />
            <PesanKolom nama="alasan" />
          </label>
        </FormAksi>
        {pengecualian.length > 0 && (
          <ul className="mt-4 divide-y divide-slate-100 text-sm">
            {pengecualian.map((x) => (
              <li key={x.id} className="py-2">
                <span className="font-medium">{x.nama}</span> <span className="tabular-nums text-slate-600">{formatNip(x.nip)}</span> · {LABEL_JENIS_PENGECUALIAN[x.jenis]} · {formatTanggal(x.mulai)} – {x.selesai ? formatTanggal(x.selesai) : "belum ditentukan"}
                <span className="block text-slate-700">{x.alasan}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
