// Kotak masuk Penilaian Bawahan per periode: setiap bawahan dengan status penilaiannya, lalu finalisasi tim.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { formatRentang } from "@/lib/organisasi/format";
import { getPapanKalibrasi } from "@/lib/penilaian/baca";
import { LABEL_PREDIKAT_ORGANISASI, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { BATAS_PENILAIAN } from "@/lib/penilaian/umpan";
import { DAFTAR_STATUS_KOTAK, LABEL_STATUS_KOTAK, type StatusKotak } from "@/lib/penilaian/alur";
import { LABEL_MODE_GERBANG } from "@/lib/penilaian/gerbang";
import { LABEL_RATING } from "@/lib/penilaian/kuadran";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import { rutePenilaian } from "@/lib/skp/rute";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaPredikat, LencanaStatusPenilaian } from "@/components/lencana-penilaian";
import { kelasInput } from "@/components/gaya";
import { finalkanTimAction } from "./actions";

export const metadata: Metadata = { title: "Penilaian Kinerja Bawahan" };

type Cari = { periode?: string; status?: string; q?: string };

export default async function KotakPenilaian({ searchParams }: { searchParams: Promise<Cari> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const { kotak: d, populasi } = await getPapanKalibrasi(aktor, typeof sp.periode === "string" ? sp.periode : undefined);
  const dilanggar = populasi.some((p) => p.pelanggaran.length > 0);
  const filterStatus = DAFTAR_STATUS_KOTAK.includes(sp.status as StatusKotak) ? (sp.status as StatusKotak) : null;
  const q = typeof sp.q === "string" ? sp.q.trim().toLowerCase().slice(0, 100) : "";
  const baris = d.baris.filter((b) => (!filterStatus || b.status === filterStatus) && (!q || b.nama.toLowerCase().includes(q) || b.nip.replace(/\s/g, "").includes(q.replace(/\s/g, ""))));
  const hitung = new Map<string, number>();
  for (const b of d.baris) hitung.set(b.status, (hitung.get(b.status) ?? 0) + 1);
  const siapFinal = d.baris.filter((b) => b.status === "SELESAI_DINILAI").length;
  const tautanPeriode = (kode: string) => `/bawahan/penilaian?periode=${kode}`;
  const tautanStatus = (s: StatusKotak | null) => `/bawahan/penilaian?periode=${d.kode}${s ? `&status=${s}` : ""}${q ? `&q=${encodeURIComponent(q)}` : ""}`;

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link> / <span aria-current="page">Penilaian kinerja</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Penilaian kinerja bawahan {d.tahun}</h1>
        <p className="text-sm text-slate-600">
          Beri umpan balik, rating hasil kerja dan rating perilaku kerja; predikat mengikuti kuadran. Tandai setiap penilaian “selesai dinilai”, lalu finalkan untuk tim Anda sekaligus.
        </p>
      </div>

      <nav aria-label="Periode penilaian" className="flex flex-wrap gap-2 text-sm">
        {[...d.periode.map((p) => ({ kode: p.kode, label: p.label })), { kode: KODE_AKHIR, label: "Akhir (tahunan)" }].map((p) => (
          <Link
            key={p.kode}
            href={tautanPeriode(p.kode)}
            aria-current={p.kode === d.kode ? "page" : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {p.label}
          </Link>
        ))}
      </nav>

      <Panel judul={`${d.label}${d.rentang ? ` · ${formatRentang(d.rentang.mulai, d.rentang.selesai)}` : ""}`} id="daftar-penilaian">
        <p className="mb-3 text-sm text-slate-600">Aturan kelengkapan instansi: {LABEL_MODE_GERBANG[d.pengaturan.gerbang]}.</p>
        {populasi.map((p) => (
          <div key={p.unitId} className={`mb-3 rounded-md border px-3 py-2 text-sm ${p.pelanggaran.length > 0 ? "border-red-300 bg-red-50 text-red-950" : "border-slate-200 bg-slate-50"}`}>
            <p>
              <span className="font-semibold">Kurva distribusi {p.unitNama}</span> (capaian {p.capaian ? LABEL_PREDIKAT_ORGANISASI[p.capaian as PredikatOrganisasi] : "belum ditetapkan"}, {p.total} pegawai):{" "}
              {!p.capaian ? "kurva belum dapat diperiksa." : p.pelanggaran.length > 0 ? `${p.pelanggaran.length} aturan dilanggar bila difinalkan sekarang.` : "sesuai bila difinalkan sekarang."}{" "}
              <Link href={`/bawahan/penilaian/kalibrasi?periode=${d.kode}`} className="font-medium text-brand-700 underline">Buka papan kalibrasi</Link>
            </p>
            {p.pelanggaran.length > 0 && <ul className="mt-1 list-disc pl-5">{p.pelanggaran.map((x) => <li key={x}>{x}</li>)}</ul>}
          </div>
        ))}
        <div className="mb-4 flex flex-wrap items-end gap-3">
          <ul aria-label="Saring menurut status" className="flex flex-wrap gap-1.5 text-sm">
            <li>
              <Link href={tautanStatus(null)} aria-current={filterStatus === null ? "true" : undefined} className="inline-block rounded-full border border-slate-300 px-3 py-1 aria-[current=true]:bg-slate-800 aria-[current=true]:text-white">
                Semua ({d.baris.length})
              </Link>
            </li>
            {DAFTAR_STATUS_KOTAK.filter((s) => hitung.get(s)).map((s) => (
              <li key={s}>
                <Link href={tautanStatus(s)} aria-current={filterStatus === s ? "true" : undefined} className="inline-block rounded-full border border-slate-300 px-3 py-1 aria-[current=true]:bg-slate-800 aria-[current=true]:text-white">
                  {LABEL_STATUS_KOTAK[s]} ({hitung.get(s)})
                </Link>
              </li>
            ))}
          </ul>
          <form method="get" action="/bawahan/penilaian" className="flex items-end gap-2" role="search">
            <input type="hidden" name="periode" value={d.kode} />
            {filterStatus && <input type="hidden" name="status" value={filterStatus} />}
            <label className="text-sm">
              <span className="block text-slate-700">Cari nama atau NIP</span>
              <input name="q" defaultValue={q} maxLength={100} className={kelasInput + " !mt-0 w-56"} />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">Cari</button>
          </form>
        </div>
        {d.baris.length === 0 ? (
          <Kosong>Tidak ada pegawai yang Anda nilai pada periode ini.</Kosong>
        ) : (
          <FormAksi
            action={finalkanTimAction}
            tombol={siapFinal > 0 ? "Finalkan penilaian yang dipilih" : null}
            konfirmasi="Finalkan penilaian yang dipilih? Setelah final, penilaian hanya dapat dibuka kembali oleh admin BKD, dan pegawai dapat melihat hasilnya serta mengajukan keberatan."
            minimalSatu={{ nama: "evaluasiId", pesan: "Pilih minimal satu penilaian berstatus selesai dinilai." }}
          >
            {siapFinal > 0 && <p className="text-sm text-slate-700">{siapFinal} penilaian selesai dinilai dan siap difinalkan. Semua sudah dicentang; hapus centang yang belum ingin difinalkan.</p>}
            {siapFinal > 0 && (
              <label className="block max-w-2xl text-sm">
                <span className="font-medium">Alasan pengecualian kurva {dilanggar ? "(wajib karena kurva dilanggar)" : "(hanya bila kurva dilanggar)"}</span>
                <textarea name="alasanOverride" rows={2} maxLength={BATAS_PENILAIAN.alasan} data-label="Alasan pengecualian kurva" className={kelasInput} />
                <PesanKolom nama="alasanOverride" />
              </label>
            )}
            <div className="relative overflow-x-auto">
              <table className="tabel-tumpuk w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-3 font-medium"><span className="sr-only">Pilih</span></th>
                    <th scope="col" className="py-2 pr-4 font-medium">Pegawai</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Pelaksanaan</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Status</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Rating</th>
                    <th scope="col" className="py-2 pr-4 font-medium">Predikat</th>
                    <th scope="col" className="py-2 pr-4 font-medium"><span className="sr-only">Buka</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {baris.map((b) => (
                    <tr key={b.pegawaiId}>
                      <td className="py-2 pr-3 align-top">
                        {b.status === "SELESAI_DINILAI" && b.evaluasiId && (
                          <input type="checkbox" name="evaluasiId" value={b.evaluasiId} defaultChecked aria-label={`Pilih penilaian ${b.nama} untuk difinalkan`} className="size-4" />
                        )}
                      </td>
                      <td className="py-2 pr-4 align-top">
                        <p className="font-medium">{b.nama}</p>
                        <p className="text-slate-600 tabular-nums">{b.labelNip} {b.nip}</p>
                        <p className="text-slate-600">{b.jabatan}</p>
                      </td>
                      <td data-kolom="Pelaksanaan" className="py-2 pr-4 align-top">
                        {b.kelengkapan ? (
                          <span className="inline-flex items-center gap-2">
                            <progress value={b.kelengkapan.persen} max={100} className="h-2 w-20" aria-label={`Kelengkapan ${b.nama} ${b.kelengkapan.persen}%`} />
                            <span className="tabular-nums">{b.kelengkapan.persen}%</span>
                          </span>
                        ) : (
                          <span className="text-slate-600">—</span>
                        )}
                      </td>
                      <td data-kolom="Status" className="py-2 pr-4 align-top"><LencanaStatusPenilaian status={b.status} /></td>
                      <td data-kolom="Rating" className="py-2 pr-4 align-top text-xs text-slate-700">
                        {b.ratingHasil || b.ratingPerilaku ? (
                          <>
                            <p>Hasil: {b.ratingHasil ? LABEL_RATING[b.ratingHasil] : "—"}</p>
                            <p>Perilaku: {b.ratingPerilaku ? LABEL_RATING[b.ratingPerilaku] : "—"}</p>
                          </>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td data-kolom="Predikat" className="py-2 pr-4 align-top"><LencanaPredikat predikat={b.predikat} /></td>
                      <td className="py-2 pr-4 align-top">
                        {b.skpId && (
                          <Link href={rutePenilaian("BAWAHAN", b.skpId, d.kode)} className="font-medium text-brand-700 underline">
                            {b.status === "FINAL" || b.status === "DIKECUALIKAN" ? "Lihat" : b.status === "KEBERATAN" ? "Lihat keberatan" : b.status === "DRAF" ? "Lanjutkan" : b.status === "SELESAI_DINILAI" ? "Periksa" : "Nilai"}
                            <span className="sr-only"> penilaian {b.nama}</span>
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {baris.length === 0 && <p className="py-3 text-sm text-slate-600">Tidak ada pegawai yang cocok dengan saringan ini.</p>}
            </div>
          </FormAksi>
        )}
      </Panel>
    </div>
  );
}
