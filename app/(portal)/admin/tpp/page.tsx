// Admin BKD (issue #16 butir 2): ekspor data kinerja untuk pengelola TPP/Tukin per bulan dan OPD (atau semua OPD),
// dengan set kolom yang disimpan per instansi (rumus TPP berbeda per daerah). Pratinjau hanya baris pertama
// (BATAS_PRATINJAU_TPP) dengan jumlahnya; Excel memuat semuanya (dialirkan).
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { adalahUuid } from "@/lib/id";
import { namaBulanTahun } from "@/lib/progres-harian/kalender";
import { teksBulan } from "@/lib/progres-harian/rekap";
import { BATAS_PRATINJAU_TPP, konteksTpp, pratinjauTpp, SEMUA_OPD, sumberTpp, type SetKolom } from "@/lib/tpp/data";
import { CATATAN_TPP, DAFTAR_KOLOM_TPP, judulKolom, KATALOG_KOLOM_TPP, KOLOM_BAWAAN_TPP, LABEL_ALASAN_TPP, susunBaris } from "@/lib/tpp/kolom";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { hapusSetKolomAction, simpanSetKolomAction } from "./actions";

export const metadata: Metadata = { title: "Ekspor TPP" };

type Sp = { instansi?: string | string[]; unit?: string | string[]; bulan?: string | string[]; set?: string | string[] };
const satu = (v: string | string[] | undefined) => (typeof v === "string" && v !== "" ? v : undefined);

function IsianKolom({ set }: { set: Pick<SetKolom, "kolom"> | null }) {
  const urut = new Map((set?.kolom ?? KOLOM_BAWAAN_TPP).map((k, i) => [k, i + 1]));
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">Kolom dan urutannya</legend>
      <p className="text-xs text-slate-600">Isi nomor urut untuk kolom yang dipakai (1 = paling kiri); kosongkan kolom yang tidak dipakai.</p>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {DAFTAR_KOLOM_TPP.map((k) => (
          <label key={k} className="flex items-center gap-2">
            <input name={`urutan.${k}`} type="text" inputMode="numeric" pattern="[0-9]{0,2}" maxLength={2} defaultValue={urut.get(k) ?? ""} className={kelasInput + " !mt-0 w-16"} aria-label={`Nomor urut kolom ${KATALOG_KOLOM_TPP[k].judul}`} />
            <span>{KATALOG_KOLOM_TPP[k].judul}</span>
          </label>
        ))}
      </div>
      <PesanKolom nama="urutan" />
    </fieldset>
  );
}

export default async function EksporTpp({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const unit = satu(sp.unit);
  const instansi = satu(sp.instansi);
  const set = satu(sp.set);
  if ((unit && unit !== SEMUA_OPD && !adalahUuid(unit)) || (instansi && !adalahUuid(instansi)) || (set && !adalahUuid(set))) notFound();
  const k = await konteksTpp(aktor, { instansi, unit, bulan: satu(sp.bulan), set });
  if (!k) {
    if (unit || set || satu(sp.bulan)) notFound();
    forbidden();
  }
  const { baris, jumlah } = await pratinjauTpp(sumberTpp(k));
  const qs = new URLSearchParams({ unit: k.opd?.id ?? SEMUA_OPD, bulan: teksBulan(k.bulan), ...(k.set ? { set: k.set.id } : {}), ...(k.banyakInstansi ? { instansi: k.instansi.id } : {}) }).toString();
  const instansiId = { instansiId: k.instansi.id };
  const judul = `Ekspor TPP ${namaBulanTahun(k.bulan.tahun, k.bulan.bulan)}`;
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Ekspor TPP</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">{judul}</h1>
        <p className="text-sm text-slate-600">
          {k.instansi.nama}: data kinerja per pegawai untuk pengelola TPP/Tukin — predikat periode evaluasi, kelengkapan progres harian dan keterlambatan, serta pegawai yang dikecualikan beserta alasannya.
          Kolom Excel mengikuti set kolom yang dipilih (rumus TPP berbeda per daerah).
        </p>
      </div>
      <form method="get" action="/admin/tpp" className="flex flex-wrap items-end gap-3 text-sm">
        {k.banyakInstansi && <input type="hidden" name="instansi" value={k.instansi.id} />}
        <label className="block min-w-64 flex-1 sm:flex-none">
          <span className="font-medium">Perangkat daerah</span>
          <select name="unit" defaultValue={k.opd?.id ?? SEMUA_OPD} className={kelasInput}>
            <option value={SEMUA_OPD}>Semua perangkat daerah</option>
            {k.daftarOpd.map((o) => <option key={o.id} value={o.id}>{o.nama}</option>)}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">Bulan</span>
          <input type="month" name="bulan" defaultValue={teksBulan(k.bulan)} required className={kelasInput} />
        </label>
        <label className="block min-w-48">
          <span className="font-medium">Set kolom</span>
          <select name="set" defaultValue={k.set?.id ?? ""} className={kelasInput}>
            {k.setKolom.length === 0 && <option value="">Bawaan</option>}
            {k.setKolom.map((s) => <option key={s.id} value={s.id}>{s.nama}{s.bawaan ? " (bawaan)" : ""}</option>)}
          </select>
        </label>
        <button type="submit" className={kelasTombol.kedua}>Tampilkan</button>
        <a href={`/api/admin/tpp/ekspor?${qs}`} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 font-medium hover:bg-slate-100" download>
          Unduh Excel
        </a>
      </form>
      <Panel judul={`Pratinjau (${jumlah} pegawai)`} id="pratinjau">
        <p className="mb-2 text-sm text-slate-700">
          Periode evaluasi: {k.periode ? <strong>{k.periode.label}</strong> : <strong>tidak ada periode evaluasi yang meliputi bulan ini</strong>}.{" "}
          {jumlah > baris.length && <>Menampilkan {baris.length} pegawai pertama dari {jumlah}; Excel memuat semuanya.</>}
        </p>
        <p className="mb-3 text-xs text-slate-600">{CATATAN_TPP}</p>
        <details className="mb-3 text-xs text-slate-600">
          <summary className="cursor-pointer">Alasan pegawai dikecualikan</summary>
          <ul className="mt-1 list-disc pl-5">{Object.values(LABEL_ALASAN_TPP).map((l) => <li key={l}>{l}</li>)}</ul>
        </details>
        {baris.length === 0 ? (
          <Kosong>Tidak ada pegawai pada perangkat daerah dan bulan ini.</Kosong>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="tabel-tumpuk w-full border-collapse text-sm">
              <caption className="sr-only">{judul}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left align-bottom">
                  {judulKolom(k.kolom).map((j) => <th key={j} scope="col" className="px-2 py-2 font-semibold text-slate-700">{j}</th>)}
                </tr>
              </thead>
              <tbody>
                {baris.map((d) => {
                  const b = susunBaris(d, k.kolom);
                  return (
                    <tr key={d.pegawaiId} className={`border-b border-slate-100 align-top ${b.dikecualikan ? "bg-amber-50" : ""}`}>
                      {b.sel.map((sel, j) => {
                        const kunci = k.kolom[j]!;
                        const kelas = `px-2 py-2 ${KATALOG_KOLOM_TPP[kunci].jenis === "angka" ? "tabular-nums md:text-right" : ""} ${kunci === "nip" ? "whitespace-nowrap" : ""}`;
                        const isi = sel === null ? "—" : typeof sel === "number" ? sel.toLocaleString("id-ID") : sel;
                        return j === 0 ? (
                          <th key={kunci} scope="row" data-kolom={KATALOG_KOLOM_TPP[kunci].judul} className={kelas + " text-left font-medium"}>{isi}</th>
                        ) : (
                          <td key={kunci} data-kolom={KATALOG_KOLOM_TPP[kunci].judul} className={kelas}>{isi}</td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel judul={`Set kolom (${k.setKolom.length})`} id="set-kolom">
        <div className="space-y-3">
          {k.setKolom.length === 0 && <Kosong>Belum ada set kolom; ekspor memakai kolom bawaan.</Kosong>}
          {k.setKolom.map((s) => (
            <details key={s.id} className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium">
                {s.nama}{s.bawaan ? " (bawaan)" : ""} — {s.kolom.length} kolom
              </summary>
              <p className="mt-2 text-xs text-slate-600">{judulKolom(s.kolom).join(" · ")}</p>
              <FormAksi action={simpanSetKolomAction} tombol="Simpan set kolom" tersembunyi={{ ...instansiId, setId: s.id }} className="mt-3 space-y-3 text-sm">
                <label className="block">
                  <span className="font-medium">Nama set kolom</span>
                  <input name="nama" required maxLength={100} defaultValue={s.nama} className={kelasInput} />
                  <PesanKolom nama="nama" />
                </label>
                <label className="flex items-center gap-2">
                  <input name="bawaan" type="checkbox" value="1" defaultChecked={s.bawaan} />
                  <span>Jadikan set bawaan instansi</span>
                </label>
                <IsianKolom set={s} />
              </FormAksi>
              <FormAksi action={hapusSetKolomAction} tombol="Hapus set kolom" varian="bahaya" konfirmasi={`Hapus set kolom "${s.nama}"?`} tersembunyi={{ ...instansiId, setId: s.id }} className="mt-3" />
            </details>
          ))}
          <details className="rounded-md border border-slate-200 p-3" open={k.setKolom.length === 0}>
            <summary className="cursor-pointer font-medium">Set kolom baru</summary>
            <FormAksi action={simpanSetKolomAction} tombol="Buat set kolom" tersembunyi={instansiId} className="mt-3 space-y-3 text-sm">
              <label className="block">
                <span className="font-medium">Nama set kolom</span>
                <input name="nama" required maxLength={100} className={kelasInput} />
                <PesanKolom nama="nama" />
              </label>
              <label className="flex items-center gap-2">
                <input name="bawaan" type="checkbox" value="1" />
                <span>Jadikan set bawaan instansi</span>
              </label>
              <IsianKolom set={null} />
            </FormAksi>
          </details>
        </div>
      </Panel>
    </div>
  );
}
