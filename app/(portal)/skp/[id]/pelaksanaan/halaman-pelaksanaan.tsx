// Halaman pelaksanaan satu SKP per periode, dipakai oleh /skp/[id]/pelaksanaan, /bawahan/skp/[id]/pelaksanaan
// dan /admin/skp/[id]/pelaksanaan (lihat halaman-skp.tsx).
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { formatRentang } from "@/lib/organisasi/format";
import { getPelaksanaan, type UmpanTampil } from "@/lib/pelaksanaan/baca";
import { capaianPersen, LABEL_KELENGKAPAN } from "@/lib/pelaksanaan/aturan";
import { tandaiDilihat } from "@/lib/pelaksanaan/layanan";
import { batasUnggahBytes } from "@/lib/penyimpanan/validasi";
import { LABEL_ASPEK } from "@/lib/skp/varian";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { UnggahBukti } from "@/components/unggah-bukti";
import {
  hapusBuktiAction,
  hapusRencanaAksiAction,
  realisasiAction,
  salinPeriodeAction,
  simpanRencanaAksiAction,
  tautanAction,
  umpanBalikAction,
} from "./actions";
import { ImporExcel } from "./impor-excel";
import { RemahSkp } from "@/components/remah-skp";
import { ruteSkp, type BagianSkp } from "@/lib/skp/rute";
import { kelasInput } from "@/components/gaya";
import { BATAS_PELAKSANAAN } from "@/lib/pelaksanaan/batas";
import { formatAngka, formatAngkaIsian } from "@/lib/angka-tampil";

/** Dasar realisasi bila pegawai memakai usulan progres harian dan belum menulis dasar sendiri. */
const DASAR_HARIAN = "Jumlah progres harian yang disetujui pejabat penilai";
const waktu = (d: Date) => d.toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });
const ukuran = (n: number | null) => (n === null ? "" : n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function Utas({ umpan, skpId, rhkId, rencanaAksiId, boleh, judul }: { umpan: UmpanTampil[]; skpId: string; rhkId?: string; rencanaAksiId?: string; boleh: boolean; judul: string }) {
  const baru = umpan.filter((u) => u.baru).length;
  if (!boleh && umpan.length === 0) return null;
  return (
    <details className="mt-2 text-sm" open={baru > 0}>
      <summary className="cursor-pointer font-medium text-brand-700">
        Umpan balik ({umpan.length}){baru > 0 && <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{baru} baru</span>}
        <span className="sr-only"> untuk {judul}</span>
      </summary>
      <ol className="mt-2 space-y-2">
        {umpan.map((u) => (
          <li key={u.id} className={"rounded-md border p-2 " + (u.baru ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white")}>
            <p className="text-xs text-slate-600">
              <span className="font-semibold text-slate-800">{u.penulis}</span> · <time dateTime={u.createdAt.toISOString()}>{waktu(u.createdAt)}</time>
              {u.baru && <span className="ml-1 font-semibold text-amber-900">· baru</span>}
            </p>
            <p className="whitespace-pre-line">{u.teks}</p>
          </li>
        ))}
      </ol>
      {boleh && (
        <FormAksi action={umpanBalikAction} tombol="Kirim umpan balik" varian="kedua" tersembunyi={{ skpId, ...(rhkId ? { rhkId } : {}), ...(rencanaAksiId ? { rencanaAksiId } : {}) }} className="mt-2 space-y-2">
          <label className="block">
            <span className="sr-only">Tulis umpan balik untuk {judul}</span>
            <textarea name="teks" rows={2} required maxLength={BATAS_PELAKSANAAN.umpanBalik} data-label="Umpan balik" placeholder="Tulis umpan balik…" className={kelasInput} />
          </label>
          <PesanKolom nama="teks" />
        </FormAksi>
      )}
    </details>
  );
}

export async function HalamanPelaksanaan({ id, periode, bagian }: { id: string; periode: string | undefined; bagian: BagianSkp }) {
  const aktor = await requireAktor();
  const d = await getPelaksanaan(aktor, id, periode);
  if (!d) notFound();
  if (d.bagian !== bagian) redirect(ruteSkp(d.bagian, d.skp.id, "pelaksanaan") + (periode ? `?periode=${encodeURIComponent(periode)}` : ""));
  // Kunjungan dicatat setelah data dibaca: yang "baru" di halaman ini dihitung dari kunjungan sebelumnya.
  await tandaiDilihat(aktor, id);
  const isi = d.bolehIsi.ok;
  const batasMb = Math.round(batasUnggahBytes(process.env) / 1024 / 1024);
  const k = d.kelengkapan;
  const umpanUmum = d.umpan.filter((u) => !u.rhkId && !u.rencanaAksiId);
  const periodeSebelumnya = d.periode[d.periode.findIndex((p) => p.id === d.dipilih.id) - 1] ?? null;

  return (
    <div className="space-y-6">
      <div>
        <RemahSkp bagian={d.bagian} nama={d.skp.pemilik} tahun={d.skp.tahun} skpHref={ruteSkp(d.bagian, d.skp.id)} halaman="Pelaksanaan" />
        <h1 className="text-2xl font-bold text-slate-900">Pelaksanaan SKP {d.skp.pemilik}</h1>
        <p className="text-sm text-slate-600">
          {d.skp.jabatan} ·{" "}
          <Link href={`${ruteSkp(d.bagian, d.skp.id, "penilaian")}/${d.dipilih.kode}`} className="text-brand-700 underline">Penilaian {d.dipilih.label}</Link>
        </p>
      </div>

      <nav aria-label="Periode evaluasi" className="flex flex-wrap gap-2 text-sm">
        {d.periode.map((p) => (
          <Link
            key={p.id}
            href={`${ruteSkp(d.bagian, d.skp.id, "pelaksanaan")}?periode=${p.kode}`}
            aria-current={p.id === d.dipilih.id ? "page" : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {p.label}
            {p.status === "TUTUP" && <span className="ml-1 text-xs">(ditutup)</span>}
          </Link>
        ))}
      </nav>

      <section aria-labelledby="ringkasan" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="ringkasan" className="text-base font-semibold">
          {d.dipilih.label} · {formatRentang(d.dipilih.mulai, d.dipilih.selesai)}
        </h2>
        <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          <progress value={k.persen} max={100} className="h-2 w-56" aria-label={`Kelengkapan ${k.persen}%`} />
          <span className="font-semibold">{k.persen}% · {LABEL_KELENGKAPAN[k.status]}</span>
          <span className="text-slate-600">
            {k.rencanaAksiBerbukti} dari {k.rencanaAksi} rencana aksi sudah ada bukti dukungnya · {k.indikatorTerealisasi} dari {k.indikator} indikator sudah diisi realisasinya
          </span>
        </div>
        {d.baru > 0 && (
          <p role="status" className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
            Ada {d.baru} umpan balik baru sejak kunjungan terakhir Anda (ditandai “baru”).
          </p>
        )}
        {!isi && d.peran === "PEMILIK" && d.bolehIsi.pesan && <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm">{d.bolehIsi.pesan}</p>}
        {isi && (
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {periodeSebelumnya && (
              <div className="rounded-lg border border-slate-200 p-3">
                <h3 className="mb-2 text-sm font-semibold">Isi cepat</h3>
                <FormAksi action={salinPeriodeAction} tombol={`Salin rencana aksi dari ${periodeSebelumnya.label}`} varian="kedua" tersembunyi={{ skpId: d.skp.id, periodeId: d.dipilih.id }} />
              </div>
            )}
            <div className="rounded-lg border border-slate-200 p-3">
              <h3 className="mb-2 text-sm font-semibold">Impor dari Excel</h3>
              <ImporExcel skpId={d.skp.id} periodeId={d.dipilih.id} periodeLabel={d.dipilih.label} />
            </div>
          </div>
        )}
      </section>

      {d.rhk.map((r) => {
        const umpanRhk = d.umpan.filter((u) => u.rhkId === r.id && !u.rencanaAksiId);
        return (
          <section key={r.id} aria-labelledby={`rhk-${r.id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id={`rhk-${r.id}`} className="text-base font-semibold">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{r.kode}</span>
              {r.teks}
            </h2>

            <h3 className="mt-4 text-sm font-semibold">Indikator: target tahunan dan realisasi {d.dipilih.label}</h3>
            <div className="mt-2 hidden grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)] gap-3 border-b border-slate-200 pb-1 text-xs font-semibold text-slate-600 uppercase sm:grid">
              <span>Indikator</span>
              <span>Target tahunan</span>
              <span>Realisasi {d.dipilih.label} dan dasarnya</span>
            </div>
            <ul className="divide-y divide-slate-100">
              {r.iki.map((i) => {
                const capaian = i.angka ? capaianPersen(i.realisasi?.nilai, i.targetAngka) : null;
                return (
                  <li key={i.id} className="grid gap-2 py-3 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)] sm:gap-3">
                    <div>
                      {i.aspek && <span className="block text-xs text-slate-600">{LABEL_ASPEK[i.aspek as keyof typeof LABEL_ASPEK]}</span>}
                      {i.indikator}
                    </div>
                    <div>
                      <span className="text-xs text-slate-600 sm:hidden">Target tahunan: </span>
                      {i.targetTeks}
                      {capaian !== null && <span className="block text-xs font-medium text-slate-700">Capaian {formatAngka(capaian)}%</span>}
                    </div>
                    <div>
                      {isi ? (
                        <FormAksi action={realisasiAction} tombol="Simpan realisasi" varian="kedua" tersembunyi={{ skpId: d.skp.id, periodeId: d.dipilih.id, ikiId: i.id }} className="space-y-2">
                          {i.angka ? (
                            <label className="block text-xs font-medium">
                              Realisasi {d.dipilih.label}{i.satuan ? ` (${i.satuan})` : ""}
                              <input name="nilai" inputMode="decimal" maxLength={30} defaultValue={formatAngkaIsian(i.realisasi?.nilai)} className={kelasInput} />
                              <PesanKolom nama="nilai" />
                            </label>
                          ) : (
                            <label className="block text-xs font-medium">
                              Realisasi {d.dipilih.label}
                              <textarea name="teks" rows={2} maxLength={BATAS_PELAKSANAAN.realisasiTeks} defaultValue={i.realisasi?.teks ?? ""} className={kelasInput} />
                              <PesanKolom nama="teks" />
                            </label>
                          )}
                          <label className="block text-xs font-medium">
                            Dasar realisasi
                            <input name="dasar" maxLength={BATAS_PELAKSANAAN.dasar} defaultValue={i.realisasi?.dasar ?? ""} placeholder="mis. laporan bulanan, notula" className={kelasInput} />
                            <PesanKolom nama="dasar" />
                          </label>
                        </FormAksi>
                      ) : i.realisasi ? (
                        <div>
                          <span className="text-xs text-slate-600 sm:hidden">Realisasi {d.dipilih.label}: </span>
                          <p className="font-medium">{i.realisasi.nilai !== null ? `${formatAngka(i.realisasi.nilai)} ${i.satuan ?? ""}` : i.realisasi.teks}</p>
                          {i.realisasi.dasar && <p className="text-xs text-slate-600">Dasar: {i.realisasi.dasar}</p>}
                        </div>
                      ) : (
                        <span className="text-slate-600">Realisasi {d.dipilih.label} belum diisi</span>
                      )}
                      {isi && i.usulanHarian !== null && i.usulanHarian !== i.realisasi?.nilai ? (
                        // Usulan dari progres harian yang disetujui: ditawarkan, diambil hanya dengan satu klik pegawai.
                        <FormAksi
                          action={realisasiAction}
                          tombol={`Pakai ${formatAngka(i.usulanHarian)} ${i.satuan ?? ""}`.trim()}
                          varian="kedua"
                          tersembunyi={{ skpId: d.skp.id, periodeId: d.dipilih.id, ikiId: i.id, nilai: formatAngkaIsian(i.usulanHarian), dasar: i.realisasi?.dasar ?? DASAR_HARIAN }}
                          className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-sky-50 p-2 text-xs text-sky-950"
                        >
                          <span>
                            Usulan dari progres harian yang disetujui: <strong>{formatAngka(i.usulanHarian)} {i.satuan}</strong>
                            {i.realisasi?.nilai != null ? ` (tersimpan ${formatAngka(i.realisasi.nilai)})` : ""}
                          </span>
                        </FormAksi>
                      ) : null}
                      {!isi && i.usulanHarian !== null && <p className="mt-1 text-xs text-slate-600">Jumlah progres harian yang disetujui: {formatAngka(i.usulanHarian)} {i.satuan}</p>}
                    </div>
                  </li>
                );
              })}
            </ul>

            <h3 className="mt-5 text-sm font-semibold">Rencana aksi {d.dipilih.label}</h3>
            {r.rencanaAksi.length === 0 && <p className="mt-1 text-sm text-slate-600">Belum ada rencana aksi untuk periode ini.</p>}
            <ol className="mt-2 space-y-3">
              {r.rencanaAksi.map((a, n) => (
                <li key={a.id} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="font-medium">
                      {n + 1}. {a.uraian}
                      {a.targetAngka !== null && (
                        <span className="ml-2 text-sm font-normal text-slate-600">
                          target {d.dipilih.label}: {formatAngka(a.targetAngka)} {a.satuan}
                        </span>
                      )}
                    </p>
                    {a.harian.length > 0 && (
                      <span className="rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900">
                        Progres harian disetujui: {a.harian.map((h) => `${formatAngka(h.total)} ${h.satuan} (${h.entri} entri)`).join(", ")}
                      </span>
                    )}
                    <span className={"rounded px-2 py-0.5 text-xs font-semibold " + (a.bukti.length ? "bg-green-100 text-green-800" : "bg-slate-100 text-slate-700")}>
                      {a.bukti.length ? `${a.bukti.length} bukti` : "Belum ada bukti"}
                    </span>
                  </div>
                  {a.bukti.length > 0 && (
                    <ul className="mt-2 space-y-1 text-sm">
                      {a.bukti.map((b) => (
                        <li key={b.id} className="flex flex-wrap items-center gap-2">
                          {b.jenis === "BERKAS" ? (
                            <a href={`/api/bukti/${b.id}`} className="text-brand-700 underline">{b.nama}</a>
                          ) : (
                            <a href={b.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline">{b.nama} (tautan)</a>
                          )}
                          <span className="text-xs text-slate-600">{ukuran(b.ukuran)} {waktu(b.createdAt)}</span>
                          {isi && (
                            <FormAksi action={hapusBuktiAction} tombol="Hapus" varian="kedua" konfirmasi={`Hapus bukti "${b.nama}"?`} tersembunyi={{ skpId: d.skp.id, buktiId: b.id }} className="inline-flex items-center gap-2" />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  {isi && (
                    <div className="mt-3 grid gap-3 md:grid-cols-2">
                      <UnggahBukti skpId={d.skp.id} rencanaAksiId={a.id} batasMb={batasMb} judul={`rencana aksi ${n + 1} ${r.kode}`} />
                      <FormAksi action={tautanAction} tombol="Tambah tautan" varian="kedua" tersembunyi={{ skpId: d.skp.id, rencanaAksiId: a.id }} className="space-y-2">
                        <label className="block text-sm font-medium">
                          Atau tautan bukti (Google Drive, dsb.)
                          <input name="url" type="url" required maxLength={BATAS_PELAKSANAAN.url} placeholder="https://" className={kelasInput} />
                        </label>
                        <PesanKolom nama="url" />
                      </FormAksi>
                    </div>
                  )}
                  {isi && (
                    <details className="mt-2 text-sm">
                      <summary className="cursor-pointer text-brand-700">Ubah atau hapus rencana aksi</summary>
                      <div className="mt-2 space-y-2">
                        <FormAksi action={simpanRencanaAksiAction} tombol="Simpan" varian="kedua" tersembunyi={{ skpId: d.skp.id, periodeId: d.dipilih.id, rhkId: r.id, rencanaAksiId: a.id }} className="space-y-2">
                          <label className="block text-xs font-medium">
                            Uraian
                            <textarea name="uraian" rows={2} required maxLength={BATAS_PELAKSANAAN.uraian} defaultValue={a.uraian} className={kelasInput} />
                            <PesanKolom nama="uraian" />
                          </label>
                          <div className="grid grid-cols-2 gap-2">
                            <label className="block text-xs font-medium">
                              Target
                              <input name="targetAngka" inputMode="decimal" maxLength={30} defaultValue={formatAngkaIsian(a.targetAngka)} className={kelasInput} />
                              <PesanKolom nama="targetAngka" />
                            </label>
                            <label className="block text-xs font-medium">
                              Satuan
                              <input name="satuan" maxLength={BATAS_PELAKSANAAN.satuan} defaultValue={a.satuan ?? ""} className={kelasInput} />
                              <PesanKolom nama="satuan" />
                            </label>
                          </div>
                        </FormAksi>
                        <FormAksi action={hapusRencanaAksiAction} tombol="Hapus rencana aksi" varian="bahaya" konfirmasi="Hapus rencana aksi ini beserta bukti dukungnya?" tersembunyi={{ skpId: d.skp.id, rencanaAksiId: a.id }} />
                      </div>
                    </details>
                  )}
                  <Utas umpan={d.umpan.filter((u) => u.rencanaAksiId === a.id)} skpId={d.skp.id} rhkId={r.id} rencanaAksiId={a.id} boleh={d.bolehUmpan} judul={`rencana aksi ${n + 1}`} />
                </li>
              ))}
            </ol>
            {isi && (
              <FormAksi action={simpanRencanaAksiAction} tombol="Tambah rencana aksi" tersembunyi={{ skpId: d.skp.id, periodeId: d.dipilih.id, rhkId: r.id }} className="mt-3 space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-3">
                <label className="block text-sm font-medium">
                  Rencana aksi baru untuk {r.kode}
                  <textarea name="uraian" rows={2} required maxLength={BATAS_PELAKSANAAN.uraian} data-label={`Rencana aksi baru ${r.kode}`} className={kelasInput} />
                </label>
                <PesanKolom nama="uraian" />
                <div className="grid grid-cols-2 gap-2 sm:max-w-md">
                  <label className="block text-xs font-medium">
                    Target (opsional)
                    <input name="targetAngka" inputMode="decimal" maxLength={30} data-label="Target" className={kelasInput} />
                    <PesanKolom nama="targetAngka" />
                  </label>
                  <label className="block text-xs font-medium">
                    Satuan
                    <input name="satuan" maxLength={BATAS_PELAKSANAAN.satuan} placeholder="dokumen" className={kelasInput} />
                    <PesanKolom nama="satuan" />
                  </label>
                </div>
              </FormAksi>
            )}
            <Utas umpan={umpanRhk} skpId={d.skp.id} rhkId={r.id} boleh={d.bolehUmpan} judul={`RHK ${r.kode}`} />
          </section>
        );
      })}

      {(umpanUmum.length > 0 || d.bolehUmpan) && (
        <section aria-labelledby="umpan-umum" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="umpan-umum" className="text-base font-semibold">Umpan balik umum</h2>
          <Utas umpan={umpanUmum} skpId={d.skp.id} boleh={d.bolehUmpan} judul="SKP ini" />
        </section>
      )}
    </div>
  );
}
