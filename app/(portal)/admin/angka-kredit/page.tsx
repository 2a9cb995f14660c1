// Admin BKD (#16 angka kredit, Peraturan BKN 3/2023): koefisien tahunan per jenjang jabatan fungsional dengan
// riwayat (nilai baru berlaku mulai suatu tanggal), dan daftar Konversi Predikat Kinerja ke Angka Kredit per OPD dan
// periode dengan unduhan Excel.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { adalahUuid } from "@/lib/id";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatTanggal, formatWaktuZona } from "@/lib/organisasi/format";
import {
  DAFTAR_JENJANG,
  formatAk,
  formatKoefisien,
  formatPersen,
  KATEGORI_JENJANG,
  KOEFISIEN_ACUAN,
  koefisienBerlaku,
  LABEL_JENJANG,
  LABEL_KATEGORI_JENJANG,
  PERSENTASE_PREDIKAT,
} from "@/lib/angka-kredit/aturan";
import { daftarKonversi, konteksKonversi, riwayatKoefisien } from "@/lib/angka-kredit/baca";
import { CATATAN_KONVERSI, judulKonversi, KOLOM_AK, tabelKonversi } from "@/lib/angka-kredit/konversi";
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT } from "@/lib/penilaian/kuadran";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { tetapkanKoefisienAction } from "./actions";

export const metadata: Metadata = { title: "Angka kredit jabatan fungsional" };

type Sp = { instansi?: string | string[]; unit?: string | string[]; tahun?: string | string[]; periode?: string | string[] };
const satu = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const th = "px-2 py-2 font-semibold text-slate-700";

export default async function AngkaKreditAdmin({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const unit = satu(sp.unit);
  const instansi = satu(sp.instansi);
  if ((unit && !adalahUuid(unit)) || (instansi && !adalahUuid(instansi))) notFound();
  const diminta = { instansi, unit, tahun: satu(sp.tahun), periode: satu(sp.periode) };
  // Periode yang tidak ada pada tahun yang baru dipilih: kembali ke bawaan (tahunan), bukan 404.
  const k = (await konteksKonversi(aktor, diminta)) ?? (diminta.periode ? await konteksKonversi(aktor, { ...diminta, periode: undefined }) : null);
  if (!k) {
    if (unit || diminta.tahun) notFound();
    forbidden();
  }
  const [riwayat, baris] = await Promise.all([
    riwayatKoefisien(k.instansi.id),
    k.opd && k.periode && k.periodeKinerjaId ? daftarKonversi(k.instansi.id, k.opd.id, k.periodeKinerjaId, k.periode) : Promise.resolve(null),
  ]);
  const hari = hariIni();
  const judul = k.opd && k.periode ? judulKonversi(k.opd.nama, k.periode.label, k.tahun) : "Konversi Predikat Kinerja ke Angka Kredit";
  const tabel = baris ? tabelKonversi(judul, baris) : null;
  const instansiQs: Record<string, string> = k.banyakInstansi ? { instansi: k.instansi.id } : {};
  const qs = new URLSearchParams({ ...(k.opd ? { unit: k.opd.id } : {}), tahun: String(k.tahun), ...(k.periode ? { periode: k.periode.kode } : {}), ...instansiQs }).toString();
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Angka kredit</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Angka kredit jabatan fungsional</h1>
        <p className="text-sm text-slate-600">
          {k.instansi.nama}: konversi predikat kinerja ke angka kredit menurut Peraturan BKN Nomor 3 Tahun 2023. Angka kredit = bulan/12 × persentase predikat ×
          koefisien tahunan jenjang ({DAFTAR_PREDIKAT.map((p) => `${LABEL_PREDIKAT[p]} ${formatPersen(PERSENTASE_PREDIKAT[p])}`).join(", ")}). Jenjang diisi pada halaman setiap jabatan fungsional.
        </p>
      </div>

      <Panel judul="Koefisien tahunan per jenjang" id="koefisien">
        <p className="mb-3 text-sm text-slate-600">
          Koefisien yang dipakai untuk suatu periode adalah nilai yang berlaku pada <strong>hari terakhir periode</strong> itu (akhir triwulan; 31 Desember untuk penilaian tahunan).
          Nilai acuan yang bertanda <em>belum terverifikasi</em> belum dicocokkan dengan lampiran Peraturan BKN 3/2023; periksa sebelum menetapkannya.
        </p>
        <div className="overflow-x-auto">
          <table className="tabel-tumpuk w-full border-collapse text-sm">
            <caption className="sr-only">Koefisien yang berlaku per {formatTanggal(hari)}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className={th}>Jenjang</th>
                <th scope="col" className={th}>Kategori</th>
                <th scope="col" className={th}>Berlaku hari ini</th>
                <th scope="col" className={th}>Sejak</th>
                <th scope="col" className={th}>Nilai acuan</th>
              </tr>
            </thead>
            <tbody>
              {DAFTAR_JENJANG.map((j) => {
                const kini = koefisienBerlaku(riwayat, j, hari);
                const acuan = KOEFISIEN_ACUAN[j];
                return (
                  <tr key={j} className="border-b border-slate-100 align-top">
                    <th scope="row" data-kolom="Jenjang" className="px-2 py-2 text-left font-medium">{LABEL_JENJANG[j]}</th>
                    <td data-kolom="Kategori" className="px-2 py-2">{LABEL_KATEGORI_JENJANG[KATEGORI_JENJANG[j]]}</td>
                    <td data-kolom="Berlaku hari ini" className="px-2 py-2 tabular-nums">{kini ? formatKoefisien(kini.mili) : <span className="text-amber-900">belum ditetapkan</span>}</td>
                    <td data-kolom="Sejak" className="px-2 py-2">{kini ? formatTanggal(kini.berlakuMulai) : "—"}</td>
                    <td data-kolom="Nilai acuan" className="px-2 py-2">
                      <span className="tabular-nums">{formatKoefisien(acuan.mili)}</span>{" "}
                      {acuan.terverifikasi ? (
                        <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900">terverifikasi</span>
                      ) : (
                        <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950">belum terverifikasi</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Panel>

      <Panel judul="Tetapkan koefisien" id="tetapkan">
        <FormAksi action={tetapkanKoefisienAction} tombol="Simpan koefisien" tersembunyi={{ instansiId: k.instansi.id }} className="space-y-3 text-sm">
          <div className="grid gap-3 sm:grid-cols-[14rem_10rem_12rem]">
            <label className="block">
              <span className="font-medium">Jenjang</span>
              <select name="jenjang" defaultValue="AHLI_PERTAMA" className={kelasInput}>
                {DAFTAR_JENJANG.map((j) => <option key={j} value={j}>{LABEL_JENJANG[j]}</option>)}
              </select>
              <PesanKolom nama="jenjang" />
            </label>
            <label className="block">
              <span className="font-medium">Koefisien tahunan</span>
              <input name="koefisien" type="text" inputMode="decimal" required maxLength={12} placeholder="mis. 12,5" className={kelasInput} />
              <PesanKolom nama="koefisien" />
            </label>
            <label className="block">
              <span className="font-medium">Berlaku mulai</span>
              <input name="berlakuMulai" type="date" required defaultValue={`${k.tahun}-01-01`} className={kelasInput} />
              <PesanKolom nama="berlakuMulai" />
            </label>
          </div>
          <p className="text-xs text-slate-600">Nilai lama tetap di riwayat dan tetap dipakai untuk periode yang berakhir sebelum tanggal mulai berlaku. Nilai pada tanggal yang sama diganti (nilai lamanya tercatat di jejak audit).</p>
        </FormAksi>
      </Panel>

      <Panel judul={`Riwayat koefisien (${riwayat.length})`} id="riwayat">
        {riwayat.length === 0 ? (
          <Kosong>Belum ada koefisien yang ditetapkan; angka kredit belum dapat dihitung.</Kosong>
        ) : (
          <div className="overflow-x-auto">
            <table className="tabel-tumpuk w-full border-collapse text-sm">
              <caption className="sr-only">Riwayat koefisien angka kredit</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className={th}>Jenjang</th>
                  <th scope="col" className={th}>Koefisien</th>
                  <th scope="col" className={th}>Berlaku mulai</th>
                  <th scope="col" className={th}>Ditetapkan oleh</th>
                </tr>
              </thead>
              <tbody>
                {riwayat.map((r) => (
                  <tr key={r.id} className="border-b border-slate-100 align-top">
                    <th scope="row" data-kolom="Jenjang" className="px-2 py-2 text-left font-medium">{LABEL_JENJANG[r.jenjang]}</th>
                    <td data-kolom="Koefisien" className="px-2 py-2 tabular-nums">{formatKoefisien(r.mili)}</td>
                    <td data-kolom="Berlaku mulai" className="px-2 py-2"><time dateTime={iso(r.berlakuMulai)}>{formatTanggal(r.berlakuMulai)}</time></td>
                    <td data-kolom="Ditetapkan oleh" className="px-2 py-2">{r.oleh ?? "data awal"} · {formatWaktuZona(r.createdAt, "Asia/Jakarta")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>

      <Panel judul="Konversi Predikat Kinerja ke Angka Kredit" id="konversi">
        <form method="get" action="/admin/angka-kredit#konversi" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          {k.banyakInstansi && <input type="hidden" name="instansi" value={k.instansi.id} />}
          <label className="block min-w-64 flex-1 sm:flex-none">
            <span className="font-medium">Perangkat daerah</span>
            <select name="unit" defaultValue={k.opd?.id} className={kelasInput}>
              {k.daftarOpd.map((o) => <option key={o.id} value={o.id}>{o.nama}</option>)}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">Tahun</span>
            <select name="tahun" defaultValue={String(k.tahun)} className={kelasInput}>
              {k.daftarTahun.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </label>
          <label className="block">
            <span className="font-medium">Periode</span>
            <select name="periode" defaultValue={k.periode?.kode} className={kelasInput}>
              {k.daftarPeriode.map((p) => <option key={p.kode} value={p.kode}>{p.label}</option>)}
            </select>
          </label>
          <button type="submit" className={kelasTombol.kedua}>Tampilkan</button>
          {k.opd && k.periode && (
            <a href={`/api/admin/angka-kredit/ekspor?${qs}`} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100" download>
              Unduh Excel
            </a>
          )}
        </form>
        <p className="mb-3 text-xs text-slate-600">{CATATAN_KONVERSI}</p>
        {!k.opd ? (
          <Kosong>Instansi ini belum punya perangkat daerah.</Kosong>
        ) : !k.periode || !tabel ? (
          <Kosong>Tahun {k.tahun} belum punya periode kinerja.</Kosong>
        ) : tabel.baris.length === 0 ? (
          <Kosong>Belum ada evaluasi final pejabat fungsional berjenjang di perangkat daerah ini untuk {k.periode.label} {k.tahun}.</Kosong>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="tabel-tumpuk w-full border-collapse text-sm">
              <caption className="sr-only">{tabel.judul}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left align-bottom">
                  {tabel.kolom.map((kol) => <th key={kol} scope="col" className={th}>{kol}</th>)}
                </tr>
              </thead>
              <tbody>
                {tabel.baris.map((b, i) => (
                  <tr key={i} className="border-b border-slate-100 align-top">
                    {b.map((sel, j) =>
                      j === 2 ? (
                        <th key={j} scope="row" data-kolom={tabel.kolom[j]} className="px-2 py-2 text-left font-medium">{sel}</th>
                      ) : (
                        <td key={j} data-kolom={tabel.kolom[j]} className={`px-2 py-2 ${j === 1 ? "whitespace-nowrap tabular-nums" : ""} ${typeof sel === "number" ? "tabular-nums md:text-right" : ""}`}>
                          {j === KOLOM_AK && baris?.[i]?.hitung ? formatAk(baris[i]!.hitung!.ak) : sel}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
    </div>
  );
}
