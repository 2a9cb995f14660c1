// Papan kalibrasi: tim dalam lima kolom predikat terhadap batas kurva distribusi populasinya. Memindahkan pegawai ke
// kolom lain mengganti pasangan ratingnya (dipilih atasan); setiap perubahan tercatat (sebelum → sesudah).
import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { getPapanKalibrasi } from "@/lib/penilaian/baca";
import { LABEL_PREDIKAT_ORGANISASI, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { LABEL_PREDIKAT, LABEL_RATING, pasanganUntuk, DAFTAR_PREDIKAT, WARNA_PREDIKAT } from "@/lib/penilaian/kuadran";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import { rutePenilaian } from "@/lib/skp/rute";
import { FormAksi } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { GrafikKurva } from "@/components/grafik-kurva";
import { kalibrasiAction } from "../actions";

export const metadata: Metadata = { title: "Papan kalibrasi penilaian" };

const pendek = (r: string) => LABEL_RATING[r as keyof typeof LABEL_RATING]?.replace(" Ekspektasi", "") ?? r;

export default async function PapanKalibrasi({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const { kotak, populasi } = await getPapanKalibrasi(aktor, typeof sp.periode === "string" ? sp.periode : undefined);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link> / <Link href={`/bawahan/penilaian?periode=${kotak.kode}`} className="text-brand-700 underline">Penilaian kinerja</Link> / <span aria-current="page">Papan kalibrasi</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Papan kalibrasi · {kotak.label} {kotak.tahun}</h1>
        <p className="text-sm text-slate-600">
          Sebaran predikat tim Anda terhadap kurva distribusi yang ditentukan capaian kinerja organisasi (SE MenPANRB 3/2023). Batas dihitung atas seluruh pegawai di bawah capaian itu, termasuk yang dinilai pejabat lain. Pindahkan pegawai ke kolom lain dengan memilih pasangan rating yang menghasilkan predikat itu.
        </p>
      </div>
      <nav aria-label="Periode penilaian" className="flex flex-wrap gap-2 text-sm">
        {[...kotak.periode.map((p) => ({ kode: p.kode, label: p.label })), { kode: KODE_AKHIR, label: "Akhir (tahunan)" }].map((p) => (
          <Link key={p.kode} href={`/bawahan/penilaian/kalibrasi?periode=${p.kode}`} aria-current={p.kode === kotak.kode ? "page" : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {p.label}
          </Link>
        ))}
      </nav>
      {populasi.length === 0 && <Kosong>Tidak ada pegawai yang Anda nilai pada periode ini yang dihitung dalam kurva distribusi.</Kosong>}
      {populasi.map((p) => (
        <Panel key={p.unitId} judul={`${p.unitNama}: capaian ${p.capaian ? LABEL_PREDIKAT_ORGANISASI[p.capaian as PredikatOrganisasi] : "belum ditetapkan"}`} id={`populasi-${p.unitId}`}>
          <p className="text-sm text-slate-700">
            Populasi {p.total} pegawai. Sudah final atau ikut final bila tim Anda difinalkan sekarang: {p.total - p.sisa} (penilai lain {p.lainFinal}, tim Anda {p.total - p.sisa - p.lainFinal}). Belum final: {p.sisa} (penilai lain {p.lainBelum}, tim Anda belum dirating {p.belumDinilaiSaya}).
          </p>
          {p.pelanggaran.length > 0 && (
            <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950">
              <p className="font-semibold">{p.capaian ? "Kurva dilanggar bila difinalkan sekarang:" : "Kurva belum dapat diperiksa:"}</p>
              <ul className="list-disc pl-5">{p.pelanggaran.map((x) => <li key={x}>{x}</li>)}</ul>
            </div>
          )}
          {p.ruang.length > 0 && (
            <ul className="mt-3 list-disc pl-5 text-sm text-slate-700">{p.ruang.map((x) => <li key={x}>{x}</li>)}</ul>
          )}
          {p.peringatan.map((x) => <p key={x} className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">{x}</p>)}
          {p.capaian && (
            <div className="mt-4">
              <GrafikKurva
                judul={`Grafik jumlah pegawai per predikat terhadap batas kurva, ${p.unitNama}`}
                data={p.kolom.map((k) => ({ label: LABEL_PREDIKAT[k.predikat].replace("/Misconduct", ""), jumlah: k.jumlah, maks: k.maks, min: k.min, salah: (k.maks !== null && k.jumlah > k.maks) || (k.min !== null && p.sisa === 0 && k.jumlah < k.min) }))}
              />
            </div>
          )}
          <div className="mt-4 grid gap-3 md:grid-cols-5">
            {p.kolom.map((k) => (
              <section key={k.predikat} aria-labelledby={`kol-${p.unitId}-${k.predikat}`} className="rounded-lg border border-slate-200 bg-slate-50 p-2">
                <h3 id={`kol-${p.unitId}-${k.predikat}`} className={`rounded px-2 py-1 text-sm font-semibold ring-1 ring-inset ${WARNA_PREDIKAT[k.predikat]}`}>
                  {LABEL_PREDIKAT[k.predikat]} · {k.jumlah}
                </h3>
                <p className="mt-1 text-xs text-slate-700">
                  {k.maks !== null ? `Maksimal ${k.maks}` : ""}
                  {k.maks !== null && k.min !== null ? " · " : ""}
                  {k.min !== null ? `Minimal ${k.min}` : ""}
                  {k.maks === null && k.min === null ? "Tanpa batas" : ""}
                </p>
                <ul className="mt-2 space-y-2">
                  {k.anggota.map((a) => (
                    <li key={a.skpId} className="rounded-md border border-slate-200 bg-white p-2 text-xs">
                      <p className="font-semibold text-slate-900">{a.nama}</p>
                      <p className="text-slate-600">{a.ratingHasil ? pendek(a.ratingHasil) : "—"} × {a.ratingPerilaku ? pendek(a.ratingPerilaku) : "—"} · {a.status === "FINAL" ? "final" : a.status === "SELESAI_DINILAI" ? "selesai dinilai" : "draf"}</p>
                      <Link href={rutePenilaian("BAWAHAN", a.skpId, kotak.kode)} className="text-brand-700 underline">Buka<span className="sr-only"> penilaian {a.nama}</span></Link>
                      {a.milikSaya && a.evaluasiId && (
                        <FormAksi action={kalibrasiAction} tombol="Pindahkan" varian="kedua" tersembunyi={{ evaluasiId: a.evaluasiId }} className="mt-1 space-y-1">
                          <label className="block">
                            <span className="sr-only">Pindahkan {a.nama} ke</span>
                            <select name="pasangan" required defaultValue="" className={kelasInput + " !text-xs"} data-label={`Tujuan ${a.nama}`}>
                              <option value="">Pindah ke…</option>
                              {DAFTAR_PREDIKAT.filter((x) => x !== k.predikat).flatMap((x) =>
                                pasanganUntuk(x, a.hasilTetap).map((q) => (
                                  <option key={`${x}-${q.hasil}-${q.perilaku}`} value={`${q.hasil}|${q.perilaku}`}>
                                    {LABEL_PREDIKAT[x]}: hasil {pendek(q.hasil)}, perilaku {pendek(q.perilaku)}
                                  </option>
                                )),
                              )}
                            </select>
                          </label>
                        </FormAksi>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </Panel>
      ))}
    </div>
  );
}
