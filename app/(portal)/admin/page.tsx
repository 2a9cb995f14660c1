import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { pilihInstansiDikelola, getRingkasanOpd } from "@/lib/organisasi/struktur";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatRentang } from "@/lib/organisasi/format";
import { LABEL_RITME, periodeEvaluasi } from "@/lib/skp/periode";
import { getPeriodeInstansi } from "@/lib/skp/periode-instansi";
import { aturPeriodeAction, statusPeriodeAction } from "./actions";
import { FormAturUlangSandi } from "./atur-ulang-sandi";
import { getPeriodeEvaluasiAdmin } from "@/lib/pelaksanaan/baca";
import { kelasInput } from "@/components/gaya";
import { BATAS_PELAKSANAAN } from "@/lib/pelaksanaan/batas";
import { getPengaturanPenilaian } from "@/lib/penilaian/layanan";
import { LABEL_MODE_GERBANG } from "@/lib/penilaian/gerbang";
import { LABEL_JENIS_HARI } from "@/lib/penilaian/tenggat";
import { pengaturanPenilaianAction } from "@/app/(portal)/bawahan/penilaian/actions";
import { bacaPemetaan } from "@/lib/penilaian/capaian";
import { DAFTAR_PREDIKAT_ORGANISASI, LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import { DAFTAR_RATING, LABEL_RATING } from "@/lib/penilaian/kuadran";
import { LABEL_CAKUPAN } from "@/lib/penilaian/organisasi";
import { getJumlahMasalah, LABEL_MASALAH, type JenisMasalah } from "@/lib/organisasi/masalah-baca";
import { tambahUnitAction } from "./organisasi/actions";
import { KolomTeks } from "./organisasi/kolom";
import { BATAS_ORGANISASI } from "@/lib/organisasi/schemas";

export const metadata: Metadata = { title: "Admin" };

export default async function Admin({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const dipilih = await pilihInstansiDikelola(aktor, (await searchParams).instansi, "lihat-struktur");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const [opd, periode, evaluasi, aturPenilaian, masalah] = await Promise.all([getRingkasanOpd(pilihan.id), getPeriodeInstansi(pilihan.id), getPeriodeEvaluasiAdmin(pilihan.id), getPengaturanPenilaian(pilihan.id), getJumlahMasalah(pilihan.id)]);
  const jumlahMasalah = Object.values(masalah).reduce((a, b) => a + b, 0);
  const pemetaan = bacaPemetaan(aturPenilaian.pemetaanPimpinan);
  const tahunIni = hariIni().getUTCFullYear();
  const total = opd.reduce(
    (a, o) => ({ jabatan: a.jabatan + o.jabatan, pegawai: a.pegawai + o.pegawai, kosong: a.kosong + o.kosong, plt: a.plt + o.plt }),
    { jabatan: 0, pegawai: 0, kosong: 0, plt: 0 },
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Admin BKD</h1>
        <p className="text-sm text-slate-600">{pilihan.nama}: struktur unit kerja dan jabatan beserta pemangkunya.</p>
        <p className="mt-2">
          <Link href={daftar.length > 1 ? `/admin/skp?instansi=${pilihan.id}` : "/admin/skp"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Daftar SKP pegawai
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/penilaian?instansi=${pilihan.id}` : "/admin/penilaian"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Penilaian oleh pimpinan instansi
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/capaian?instansi=${pilihan.id}` : "/admin/capaian"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Capaian kinerja organisasi
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/capaian/tabel?instansi=${pilihan.id}` : "/admin/capaian/tabel"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Tabel kurva distribusi
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/monitoring/kurva?instansi=${pilihan.id}` : "/admin/monitoring/kurva"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Monitoring kurva
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/monitoring/pengisian?instansi=${pilihan.id}` : "/admin/monitoring/pengisian"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Monitoring pengisian
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/harian?instansi=${pilihan.id}` : "/admin/harian"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Laporan progres harian
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/libur?instansi=${pilihan.id}` : "/admin/libur"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Hari libur dan aturan progres harian
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/angka-kredit?instansi=${pilihan.id}` : "/admin/angka-kredit"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Angka kredit jabatan fungsional
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/tpp?instansi=${pilihan.id}` : "/admin/tpp"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Ekspor TPP
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/impor?instansi=${pilihan.id}` : "/admin/impor"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Impor pegawai dan struktur
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/akun?instansi=${pilihan.id}` : "/admin/akun"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Akun pegawai
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/audit?instansi=${pilihan.id}` : "/admin/audit"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Jejak audit
          </Link>{" "}
          <Link href={daftar.length > 1 ? `/admin/token-api?instansi=${pilihan.id}` : "/admin/token-api"} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
            Token API
          </Link>
          {aktor.isSuperadmin && (
            <>
              {" "}
              <Link href="/admin/instansi" className="inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100">
                Instansi (superadmin)
              </Link>
            </>
          )}
        </p>
      </div>
      {daftar.length > 1 && (
        <nav aria-label="Pilih instansi" className="flex flex-wrap gap-2 text-sm">
          {daftar.map((i) => (
            <Link
              key={i.id}
              href={`/admin?instansi=${i.id}`}
              aria-current={i.id === pilihan.id ? "page" : undefined}
              className="rounded-md border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {i.nama}
            </Link>
          ))}
        </nav>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ["Jabatan", total.jabatan],
          ["Pegawai definitif", total.pegawai],
          ["Dijabat Plt/Plh", total.plt],
          ["Jabatan kosong", total.kosong],
        ].map(([label, n]) => (
          <div key={label} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      <Panel judul="Masalah data organisasi" id="masalah-data">
        {jumlahMasalah === 0 ? (
          <Kosong>Tidak ada masalah data hari ini.</Kosong>
        ) : (
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {(Object.keys(masalah) as JenisMasalah[]).map((k) => (
              <li key={k} className="flex items-baseline justify-between gap-3 rounded-md border border-slate-200 px-3 py-2">
                <span>{LABEL_MASALAH[k].judul}</span>
                <span className={"tabular-nums font-semibold " + (masalah[k] > 0 ? "text-red-700" : "text-slate-600")}>{masalah[k]}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link href={`/admin/masalah-data?instansi=${pilihan.id}`} className="font-medium text-brand-700 underline">
            Lihat dan perbaiki masalah data
          </Link>
        </p>
      </Panel>
      <Panel judul="Periode kinerja" id="periode">
        {periode.length === 0 ? (
          <Kosong>Belum ada periode. Periode tahun berjalan dibuat otomatis (1 Januari–31 Desember, triwulanan) saat SKP pertama disusun.</Kosong>
        ) : (
          <ul className="mb-4 space-y-2 text-sm">
            {periode.map((p) => (
              <li key={p.id}>
                <span className="font-semibold">{p.tahun}</span>: {formatRentang(p.mulai, p.selesai)}, evaluasi {LABEL_RITME[p.ritme].toLowerCase()} (
                {periodeEvaluasi(p.tahun, p.ritme).map((e) => e.label).join(", ")}) · {p._count.skp} SKP
              </li>
            ))}
          </ul>
        )}
        <FormAksi action={aturPeriodeAction} tombol="Simpan periode" tersembunyi={{ instansiId: pilihan.id }} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="tahun" className="text-sm font-medium">Tahun kinerja</label>
            <select id="tahun" name="tahun" defaultValue={tahunIni} className={kelasInput}>
              {[tahunIni - 1, tahunIni, tahunIni + 1].map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="ritme" className="text-sm font-medium">Ritme evaluasi periodik</label>
            <select id="ritme" name="ritme" defaultValue={periode.find((p) => p.tahun === tahunIni)?.ritme ?? "TRIWULAN"} className={kelasInput}>
              {(Object.keys(LABEL_RITME) as (keyof typeof LABEL_RITME)[]).map((r) => <option key={r} value={r}>{LABEL_RITME[r]}</option>)}
            </select>
          </div>
        </FormAksi>
      </Panel>
      <Panel judul={`Periode evaluasi ${evaluasi.tahun}`} id="periode-evaluasi">
        {evaluasi.periode.length === 0 ? (
          <Kosong>Periode evaluasi dibuat saat periode kinerja tahun ini ada.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {evaluasi.periode.map((p) => (
              <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div>
                  <p className="font-semibold">{p.label}</p>
                  <p className="text-slate-600">{formatRentang(p.mulai, p.selesai)} · {p.status === "BUKA" ? "dibuka untuk pengisian" : "ditutup (hanya-baca)"}</p>
                </div>
                {p.status === "BUKA" ? (
                  <FormAksi action={statusPeriodeAction} tombol={`Tutup ${p.label}`} varian="kedua" konfirmasi={`Tutup ${p.label}? Rencana aksi, bukti dan realisasinya menjadi hanya-baca.`} tersembunyi={{ periodeId: p.id, status: "TUTUP" }} />
                ) : (
                  <FormAksi action={statusPeriodeAction} tombol={`Buka kembali ${p.label}`} varian="kedua" tersembunyi={{ periodeId: p.id, status: "BUKA" }} className="w-full max-w-sm space-y-2">
                    <label className="block text-xs font-medium">
                      Alasan membuka kembali (dicatat)
                      <input name="alasan" maxLength={BATAS_PELAKSANAAN.alasan} data-label="Alasan membuka kembali" className={kelasInput} />
                      <PesanKolom nama="alasan" />
                    </label>
                  </FormAksi>
                )}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel judul="Pengaturan penilaian kinerja" id="pengaturan-penilaian">
        <FormAksi action={pengaturanPenilaianAction} tombol="Simpan pengaturan penilaian" varian="kedua" tersembunyi={{ instansiId: pilihan.id }} className="space-y-4 text-sm">
          <fieldset>
            <legend className="font-medium">Kelengkapan pelaksanaan sebelum dinilai</legend>
            {(["BLOKIR", "PERINGATAN"] as const).map((m) => (
              <label key={m} className="mt-1 flex items-center gap-2">
                <input type="radio" name="gerbang" value={m} defaultChecked={aturPenilaian.gerbang === m} className="size-4" /> {LABEL_MODE_GERBANG[m]}
              </label>
            ))}
            <PesanKolom nama="gerbang" />
          </fieldset>
          <div className="flex flex-wrap items-end gap-3">
            <label className="block">
              <span className="font-medium">Tenggat keberatan (hari)</span>
              <input name="tenggatKeberatan" type="number" inputMode="numeric" min={1} max={90} required defaultValue={aturPenilaian.tenggatKeberatan} className={kelasInput + " w-28"} />
              <PesanKolom nama="tenggatKeberatan" />
            </label>
            <label className="block">
              <span className="font-medium">Jenis hari</span>
              <select name="jenisHariKeberatan" defaultValue={aturPenilaian.jenisHariKeberatan} className={kelasInput}>
                {(["KALENDER", "KERJA"] as const).map((j) => <option key={j} value={j}>{LABEL_JENIS_HARI[j]}</option>)}
              </select>
              <PesanKolom nama="jenisHariKeberatan" />
            </label>
          </div>
          <p className="text-xs text-slate-600">Bawaan: 14 hari kalender sejak penilaian difinalkan (PP 30/2019). Hari kerja tidak menghitung Sabtu dan Minggu.</p>
          <fieldset>
            <legend className="font-medium">Unit yang membawa capaian kinerja organisasi</legend>
            {(["OPD", "OPD_DAN_BIDANG"] as const).map((c) => (
              <label key={c} className="mt-1 flex items-center gap-2">
                <input type="radio" name="cakupanCapaian" value={c} defaultChecked={aturPenilaian.cakupanCapaian === c} className="size-4" /> {LABEL_CAKUPAN[c]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend className="font-medium">Rating hasil kerja pimpinan unit menurut capaian unitnya</legend>
            <div className="mt-1 grid gap-2 sm:grid-cols-5">
              {DAFTAR_PREDIKAT_ORGANISASI.map((p) => (
                <label key={p} className="block">
                  <span className="text-xs text-slate-700">Capaian {LABEL_PREDIKAT_ORGANISASI[p]}</span>
                  <select name={`pemetaan.${p}`} defaultValue={pemetaan[p]} className={kelasInput}>
                    {DAFTAR_RATING.map((r) => <option key={r} value={r}>{LABEL_RATING[r]}</option>)}
                  </select>
                </label>
              ))}
            </div>
            <p className="mt-1 text-xs text-slate-600">Bawaan (SE MenPANRB 3/2023, pemetaan belum diatur resmi): Istimewa → Di Atas, Baik → Sesuai, selebihnya → Di Bawah Ekspektasi.</p>
          </fieldset>
        </FormAksi>
      </Panel>
      <Panel judul="Atur ulang kata sandi pegawai" id="sandi">
        <p className="mb-3 text-sm text-slate-600">Untuk pegawai yang lupa kata sandi. Setiap pengaturan ulang dicatat di jejak audit.</p>
        <FormAturUlangSandi />
      </Panel>
      <Panel judul="Perangkat daerah (OPD)" id="opd">
        {opd.length === 0 ? (
          <Kosong>Belum ada unit kerja pada instansi ini.</Kosong>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="tabel-tumpuk w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Unit kerja</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">Jabatan</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">Pegawai</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">Plt/Plh</th>
                  <th scope="col" className="py-2 pr-4 text-right font-medium">Kosong</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {opd.map((o) => (
                  <tr key={o.unitId}>
                    <td className="py-2 pr-4">
                      <Link href={`/admin/opd/${o.unitId}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                        {o.nama}
                      </Link>
                    </td>
                    <td data-kolom="Jabatan" className="py-2 pr-4 text-right tabular-nums max-sm:!inline-block max-sm:!w-1/4 max-sm:text-left">{o.jabatan}</td>
                    <td data-kolom="Pegawai" className="py-2 pr-4 text-right tabular-nums max-sm:!inline-block max-sm:!w-1/4 max-sm:text-left">{o.pegawai}</td>
                    <td data-kolom="Plt/Plh" className="py-2 pr-4 text-right tabular-nums max-sm:!inline-block max-sm:!w-1/4 max-sm:text-left">{o.plt}</td>
                    <td data-kolom="Kosong" className={"py-2 pr-4 text-right tabular-nums max-sm:!inline-block max-sm:!w-1/4 max-sm:text-left " + (o.kosong > 0 ? "font-semibold text-red-700" : "")}>{o.kosong}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium">Tambah perangkat daerah (OPD)</summary>
          <FormAksi action={tambahUnitAction} tombol="Tambah OPD" tersembunyi={{ instansiId: pilihan.id, jenis: "OPD" }} className="mt-2 grid max-w-xl gap-3 sm:grid-cols-2">
            <KolomTeks nama="nama" label="Nama OPD" wajib maks={BATAS_ORGANISASI.nama} />
            <KolomTeks nama="singkatan" label="Singkatan (opsional)" maks={BATAS_ORGANISASI.singkatan} />
          </FormAksi>
        </details>
      </Panel>
    </div>
  );
}
