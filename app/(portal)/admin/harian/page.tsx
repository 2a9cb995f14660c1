// Admin BKD (issue #15 butir 3): laporan bulanan progres harian per OPD untuk pengelola TPP: per pegawai hari kerja
// wajib, hari terisi, hari tanpa entri (tanggalnya dalam rincian), entri terlambat dan statusnya; total OPD; Excel.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { adalahUuid } from "@/lib/id";
import { getLaporanHarian, konteksLaporanHarian } from "@/lib/progres-harian/laporan";
import { catatanRekap, judulRekap, KOLOM_REKAP, tabelRekap, teksBulan } from "@/lib/progres-harian/rekap";
import { potongHalaman } from "@/lib/progres-harian/tampil";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { kelasInput, kelasTombol } from "@/components/gaya";

export const metadata: Metadata = { title: "Laporan progres harian" };

type Sp = { instansi?: string | string[]; unit?: string | string[]; bulan?: string | string[]; hal?: string | string[] };
/** Baris per halaman: OPD besar (ribuan pegawai) tidak dirender sekaligus; total OPD dan Excel tetap memuat semuanya. */
const PER_HALAMAN = 100;
const satu = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
/** Kolom "Hari tanpa entri" (indeks 6) tampil dengan rincian tanggalnya (kolom 7) di halaman; Excel memuat keduanya. */
const KOLOM_KOSONG = 6;

export default async function LaporanHarian({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const unit = satu(sp.unit);
  const instansi = satu(sp.instansi);
  if ((unit && !adalahUuid(unit)) || (instansi && !adalahUuid(instansi))) notFound();
  const k = await konteksLaporanHarian(aktor, { instansi, unit, bulan: satu(sp.bulan) });
  if (!k) {
    if (unit || satu(sp.bulan)) notFound();
    forbidden();
  }
  const l = k.opd ? await getLaporanHarian(k.instansi.id, k.opd.id, k.bulan) : null;
  const judul = k.opd ? judulRekap(k.opd.nama, k.bulan) : "Laporan progres harian";
  const { hal, jumlahHal, isi: tampil, dari, sampai } = potongHalaman(l?.baris ?? [], satu(sp.hal), PER_HALAMAN);
  const tabel = l ? tabelRekap(judul, tampil, l.total) : null;
  const qs = new URLSearchParams({ ...(k.opd ? { unit: k.opd.id } : {}), bulan: teksBulan(k.bulan), ...(k.banyakInstansi ? { instansi: k.instansi.id } : {}) }).toString();
  const hrefHal = (n: number) => `/admin/harian?${qs}${n > 1 ? `&hal=${n}` : ""}#laporan`;
  const kolomTampil = KOLOM_REKAP.filter((_, i) => i !== KOLOM_KOSONG + 1);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Laporan progres harian</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">{judul}</h1>
        <p className="text-sm text-slate-600">
          {k.instansi.nama}: untuk pengelola TPP, per pegawai perangkat daerah ini (jabatan yang dipangku pada akhir bulan) yang punya SKP disetujui pada bulan itu.{" "}
          <Link href={`/admin/libur?${new URLSearchParams({ tahun: String(k.bulan.tahun), ...(k.banyakInstansi ? { instansi: k.instansi.id } : {}) })}`} className="text-brand-700 underline">Daftar hari libur dan tenggat</Link>.
        </p>
      </div>
      <form method="get" action="/admin/harian" className="flex flex-wrap items-end gap-3 text-sm">
        {k.banyakInstansi && <input type="hidden" name="instansi" value={k.instansi.id} />}
        <label className="block min-w-64 flex-1 sm:flex-none">
          <span className="font-medium">Perangkat daerah</span>
          <select name="unit" defaultValue={k.opd?.id} className={kelasInput}>
            {k.daftarOpd.map((o) => <option key={o.id} value={o.id}>{o.nama}</option>)}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">Bulan</span>
          <input type="month" name="bulan" defaultValue={teksBulan(k.bulan)} required className={kelasInput} />
        </label>
        <button type="submit" className={kelasTombol.kedua}>Tampilkan</button>
        {k.opd && (
          <a href={`/api/admin/harian/ekspor?${qs}`} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100" download>
            Unduh Excel
          </a>
        )}
      </form>
      {!k.opd || !l || !tabel ? (
        <Kosong>Instansi ini belum punya perangkat daerah.</Kosong>
      ) : (
        <Panel judul={`Pegawai (${l.baris.length})`} id="laporan">
          <p className="mb-3 text-xs text-slate-600">{catatanRekap(l.libur)}</p>
          {l.baris.length === 0 ? (
            <Kosong>Tidak ada pegawai perangkat daerah ini dengan SKP disetujui pada bulan tersebut.</Kosong>
          ) : (
            <div className="relative overflow-x-auto">
              <table className="tabel-tumpuk w-full border-collapse text-sm">
                <caption className="sr-only">{tabel.judul}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left align-bottom">
                    {kolomTampil.map((kol) => <th key={kol} scope="col" className="px-2 py-2 font-semibold text-slate-700">{kol}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {tabel.baris.map((b, i) => {
                    const total = i === tampil.length;
                    const kosong = total ? [] : tampil[i]!.hariKosong;
                    return (
                      <tr key={i} className={`border-b border-slate-100 align-top ${total ? "bg-slate-50 font-semibold" : ""}`}>
                        {b.map((sel, j) => {
                          if (j === KOLOM_KOSONG + 1) return null;
                          if (j === 0) return <th key={j} scope="row" data-kolom={KOLOM_REKAP[j]} className="px-2 py-2 text-left font-medium">{sel}</th>;
                          if (j === KOLOM_KOSONG && kosong.length > 0)
                            return (
                              <td key={j} data-kolom={KOLOM_REKAP[j]} className="px-2 py-2">
                                <details>
                                  <summary className="cursor-pointer tabular-nums text-red-800">{sel} hari</summary>
                                  <p className="mt-1 w-56 max-w-[70vw] text-xs font-normal text-slate-700">{b[KOLOM_KOSONG + 1]}</p>
                                </details>
                              </td>
                            );
                          return <td key={j} data-kolom={KOLOM_REKAP[j]} className={`px-2 py-2 ${typeof sel === "number" ? (j === KOLOM_KOSONG ? "tabular-nums" : "tabular-nums md:text-right") : ""} ${j === 1 ? "whitespace-nowrap" : ""}`}>{sel}</td>;
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {jumlahHal > 1 && (
            <nav aria-label="Halaman laporan" className="mt-3 flex flex-wrap items-center gap-4 text-sm">
              <span className="text-slate-700">
                Pegawai {dari.toLocaleString("id-ID")}–{sampai.toLocaleString("id-ID")} dari {l.baris.length.toLocaleString("id-ID")} (halaman {hal} dari {jumlahHal}); baris total
                untuk seluruh perangkat daerah, Excel memuat semuanya.
              </span>
              {hal > 1 && <Link href={hrefHal(hal - 1)} className="text-brand-700 underline">‹ Sebelumnya</Link>}
              {hal < jumlahHal && <Link href={hrefHal(hal + 1)} className="text-brand-700 underline">Berikutnya ›</Link>}
            </nav>
          )}
        </Panel>
      )}
    </div>
  );
}
