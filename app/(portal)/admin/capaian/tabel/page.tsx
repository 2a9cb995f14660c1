// Admin BKD: tabel kurva distribusi instansi (skp-domain §5.2) — aturan yang berlaku, ubah dengan dasar perubahan,
// pulihkan ke SE MenPANRB 3/2023, dan riwayat setiap versi.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { getRiwayatTabel, tabelDistribusi } from "@/lib/penilaian/capaian";
import { DAFTAR_PREDIKAT_ORGANISASI, LABEL_PREDIKAT_ORGANISASI, TABEL_SE_3_2023, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT } from "@/lib/penilaian/kuadran";
import { BARIS_TAMBAHAN, DAFTAR_JENIS_ATURAN, LABEL_JENIS_ATURAN, MAKS_ATURAN, tabelSama, uraikanAturan } from "@/lib/penilaian/tabel-distribusi";
import { BATAS_PENILAIAN } from "@/lib/penilaian/umpan";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { Panel } from "@/components/kartu-pegawai";
import { simpanTabelAction } from "../actions";

export const metadata: Metadata = { title: "Tabel kurva distribusi" };

const waktu = (d: Date) => d.toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

function DaftarAturan({ tabel }: { tabel: TabelDistribusi }) {
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {DAFTAR_PREDIKAT_ORGANISASI.map((p) => (
        <div key={p} className="contents">
          <dt className="font-medium text-slate-800">Capaian {LABEL_PREDIKAT_ORGANISASI[p]}</dt>
          <dd className="text-slate-700">
            {tabel[p].length === 0 ? "Tanpa aturan (semua sebaran diterima)." : <ul className="list-disc pl-5">{tabel[p].map((a, i) => <li key={i}>{uraikanAturan(a)}</li>)}</ul>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default async function TabelKurva({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const dipilih = await pilihInstansiDikelola(aktor, sp.instansi, "kelola-periode");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const [tabel, riwayat] = await Promise.all([tabelDistribusi(pilihan.id), getRiwayatTabel(pilihan.id)]);
  const bawaan = tabelSama(tabel, TABEL_SE_3_2023);
  const terakhir = riwayat[0];
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> /{" "}
          <Link href={`/admin/capaian${daftar.length > 1 ? `?instansi=${pilihan.id}` : ""}`} className="text-brand-700 underline">Capaian kinerja organisasi</Link> / <span aria-current="page">Tabel kurva distribusi</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Tabel kurva distribusi predikat — {pilihan.nama}</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Aturan yang membatasi sebaran predikat pegawai menurut capaian kinerja organisasi unitnya. Bawaannya tabel SE MenPANRB 3/2023. Ubah hanya bila aturannya berubah; setiap perubahan disimpan sebagai versi baru dengan dasarnya, dan berlaku untuk pemeriksaan dan finalisasi berikutnya. Finalisasi yang sudah ada tidak berubah.
        </p>
      </div>

      <Panel judul="Aturan yang berlaku" id="berlaku">
        <p className="mb-3 text-sm text-slate-700">
          {bawaan ? "Sama dengan tabel SE MenPANRB 3/2023." : "Berbeda dari tabel SE MenPANRB 3/2023."}{" "}
          {terakhir ? `Versi terakhir disimpan ${waktu(terakhir.createdAt)} oleh ${terakhir.oleh}.` : "Belum pernah diubah."}
        </p>
        <DaftarAturan tabel={tabel} />
        <p className="mt-3 text-xs text-slate-600">Batas maksimal dibulatkan ke bawah dan minimal ke atas dalam jumlah orang; “harus ada” berarti minimal satu orang; kelompok terbanyak hanya peringatan.</p>
      </Panel>

      <Panel judul="Ubah tabel" id="ubah">
        <FormAksi action={simpanTabelAction} tombol="Simpan tabel baru" konfirmasi="Simpan tabel kurva baru? Berlaku untuk semua pemeriksaan dan finalisasi berikutnya di instansi ini." tersembunyi={{ instansiId: pilihan.id }} className="space-y-5">
          <p className="text-sm text-slate-700">Setiap baris satu aturan atas gabungan predikat yang dicentang. Kosongkan jenis untuk menghapus aturan; baris kosong di bawah untuk aturan baru.</p>
          {DAFTAR_PREDIKAT_ORGANISASI.map((org) => {
            const baris = [...tabel[org], ...Array.from({ length: Math.min(BARIS_TAMBAHAN, MAKS_ATURAN - tabel[org].length) }, () => null)];
            return (
              <fieldset key={org} className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-semibold text-slate-900">Capaian {LABEL_PREDIKAT_ORGANISASI[org]}</legend>
                <PesanKolom nama={`aturan.${org}`} />
                <ol className="space-y-3">
                  {baris.map((a, i) => {
                    const n = `aturan.${org}.${i}`;
                    const label = `${LABEL_PREDIKAT_ORGANISASI[org]} aturan ${i + 1}`;
                    return (
                      <li key={i} className="flex flex-wrap items-start gap-x-4 gap-y-2 border-t border-slate-100 pt-2 first:border-t-0 first:pt-0">
                        <label className="text-sm">
                          <span className="block text-slate-700">Aturan {i + 1}</span>
                          <select name={`${n}.jenis`} defaultValue={a?.jenis ?? ""} data-label={`${label}: jenis`} className={kelasInput + " !mt-0 w-60"}>
                            <option value="">— tidak dipakai —</option>
                            {DAFTAR_JENIS_ATURAN.map((j) => <option key={j} value={j}>{LABEL_JENIS_ATURAN[j]}</option>)}
                          </select>
                          <PesanKolom nama={`${n}.jenis`} />
                        </label>
                        <fieldset className="text-sm">
                          <legend className="text-slate-700">Predikat pegawai</legend>
                          <div className="flex flex-wrap gap-x-3 gap-y-1">
                            {DAFTAR_PREDIKAT.map((p) => (
                              <label key={p} className="inline-flex items-center gap-1.5">
                                <input type="checkbox" name={`${n}.kelompok`} value={p} defaultChecked={a?.kelompok.includes(p) ?? false} data-label={`${label}: predikat`} />
                                {LABEL_PREDIKAT[p]}
                              </label>
                            ))}
                          </div>
                          <PesanKolom nama={`${n}.kelompok`} />
                        </fieldset>
                        <label className="text-sm">
                          <span className="block text-slate-700">Persen</span>
                          <input name={`${n}.persen`} inputMode="numeric" maxLength={3} defaultValue={a?.persen ?? ""} data-label={`${label}: persen`} className={kelasInput + " !mt-0 w-20"} />
                          <PesanKolom nama={`${n}.persen`} />
                        </label>
                      </li>
                    );
                  })}
                </ol>
              </fieldset>
            );
          })}
          <label className="block max-w-2xl text-sm">
            <span className="font-medium">Dasar perubahan</span>
            <textarea name="catatan" required minLength={10} maxLength={BATAS_PENILAIAN.alasan} rows={2} placeholder="mis. Surat Edaran MenPANRB nomor … tentang …" className={kelasInput} />
            <PesanKolom nama="catatan" />
          </label>
        </FormAksi>
      </Panel>

      {!bawaan && (
        <Panel judul="Kembalikan ke SE MenPANRB 3/2023" id="pulihkan">
          <FormAksi action={simpanTabelAction} tombol="Kembalikan ke tabel SE 3/2023" varian="kedua" konfirmasi="Kembalikan tabel kurva ke SE MenPANRB 3/2023?" tersembunyi={{ instansiId: pilihan.id, pulihkan: "SE" }} className="space-y-2">
            <label className="block max-w-2xl text-sm">
              <span className="font-medium">Dasar pemulihan</span>
              <textarea name="catatan" required minLength={10} maxLength={BATAS_PENILAIAN.alasan} rows={2} className={kelasInput} />
              <PesanKolom nama="catatan" />
            </label>
          </FormAksi>
        </Panel>
      )}

      <Panel judul={`Riwayat (${riwayat.length} versi)`} id="riwayat">
        {riwayat.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada perubahan: tabel SE MenPANRB 3/2023 berlaku sejak awal.</p>
        ) : (
          <ol className="space-y-3">
            {riwayat.map((v, i) => (
              <li key={v.id} className="rounded-md border border-slate-200 p-3 text-sm">
                <p className="font-medium text-slate-900">
                  {waktu(v.createdAt)} · {v.oleh} {i === 0 && <span className="ml-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">berlaku</span>}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-700">{v.catatan}</p>
                {v.tabel ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-brand-700 underline">Lihat aturan versi ini{tabelSama(v.tabel, TABEL_SE_3_2023) ? " (sama dengan SE 3/2023)" : ""}</summary>
                    <div className="mt-2"><DaftarAturan tabel={v.tabel} /></div>
                  </details>
                ) : (
                  <p className="mt-1 text-amber-900">Isi versi ini tidak terbaca; tabel SE 3/2023 dipakai sebagai gantinya.</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
