// Admin BKD (issue #15): daftar hari libur instansi per tahun (libur nasional, cuti bersama, libur daerah) yang
// dipakai hitungan hari kerja progres harian dan tenggat keberatan, serta aturan progres harian instansi.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { hariIni } from "@/lib/organisasi/beranda";
import { aturanProgres } from "@/lib/progres-harian/layanan";
import { daftarLiburTahun } from "@/lib/progres-harian/libur";
import { bacaIsoTanggal } from "@/lib/progres-harian/kalender";
import { DAFTAR_JENIS_LIBUR, LABEL_JENIS_LIBUR, MAKS_BARIS_LIBUR, tanggalBerhari } from "@/lib/progres-harian/libur-teks";
import { BATAS_MAKS_JAM, BATAS_TENGGAT_HARI } from "@/lib/progres-harian/aturan";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { aturanProgresAction, hapusLiburAction, imporLiburAction, tambahLiburAction } from "./actions";

export const metadata: Metadata = { title: "Hari libur dan aturan progres harian" };

type Sp = { instansi?: string | string[]; tahun?: string | string[] };

export default async function HariLiburAdmin({ searchParams }: { searchParams: Promise<Sp> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const dipilih = await pilihInstansiDikelola(aktor, sp.instansi, "kelola-periode");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const tahunIni = hariIni().getUTCFullYear();
  const diminta = typeof sp.tahun === "string" && /^\d{4}$/.test(sp.tahun) ? Number(sp.tahun) : tahunIni;
  const tahun = diminta >= 2000 && diminta <= 2100 ? diminta : tahunIni;
  const [libur, aturan] = await Promise.all([daftarLiburTahun(pilihan.id, tahun), aturanProgres(pilihan.id)]);
  const href = (t: number) => `/admin/libur?${new URLSearchParams({ tahun: String(t), ...(daftar.length > 1 ? { instansi: pilihan.id } : {}) })}`;
  const instansiId = { instansiId: pilihan.id };
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Hari libur dan aturan progres harian</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Hari libur {tahun}</h1>
        <p className="text-sm text-slate-600">
          {pilihan.nama}: tanggal yang bukan hari kerja selain Sabtu dan Minggu. Daftar ini dipakai untuk menghitung keterlambatan progres harian, hari tanpa entri di laporan bulanan, dan tenggat keberatan yang dihitung dalam hari kerja.
          Periksa daftar terhadap SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB tentang hari libur nasional dan cuti bersama tahun itu.
        </p>
      </div>
      <nav aria-label="Tahun" className="flex flex-wrap gap-2 text-sm">
        {[tahun - 1, tahun, tahun + 1].map((t) => (
          <Link key={t} href={href(t)} aria-current={t === tahun ? "page" : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {t}
          </Link>
        ))}
      </nav>
      <Panel judul={`Daftar hari libur ${tahun} (${libur.length})`} id="daftar">
        {libur.length === 0 ? (
          <Kosong>Belum ada hari libur untuk tahun {tahun}. Tambahkan satu per satu atau tempel daftarnya di bawah.</Kosong>
        ) : (
          <div className="overflow-x-auto">
            <table className="tabel-tumpuk w-full border-collapse text-sm">
              <caption className="sr-only">Hari libur {tahun}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Tanggal</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Keterangan</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Jenis</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700"><span className="sr-only">Tindakan</span></th>
                </tr>
              </thead>
              <tbody>
                {libur.map((l) => {
                  const label = tanggalBerhari(bacaIsoTanggal(l.tanggal)!);
                  return (
                    <tr key={l.tanggal} className="border-b border-slate-100 align-top">
                      <th scope="row" data-kolom="Tanggal" className="px-2 py-2 text-left font-medium">
                        <time dateTime={l.tanggal}>{label}</time>
                        {l.akhirPekan && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-normal text-amber-900">akhir pekan</span>}
                      </th>
                      <td data-kolom="Keterangan" className="px-2 py-2">{l.nama}</td>
                      <td data-kolom="Jenis" className="px-2 py-2">{LABEL_JENIS_LIBUR[l.jenis]}</td>
                      <td className="px-2 py-2">
                        <FormAksi action={hapusLiburAction} tombol={`Hapus`} varian="kedua" konfirmasi={`Hapus ${label} (${l.nama}) dari daftar libur?`} tersembunyi={{ ...instansiId, tanggal: l.tanggal }} className="space-y-1" />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel judul="Tambah satu hari libur" id="tambah">
        <FormAksi action={tambahLiburAction} tombol="Tambah hari libur" tersembunyi={instansiId} className="space-y-3 text-sm">
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr_14rem]">
            <label className="block">
              <span className="font-medium">Tanggal</span>
              <input name="tanggal" type="date" required min={`${tahun}-01-01`} max={`${tahun}-12-31`} className={kelasInput} />
              <PesanKolom nama="tanggal" />
            </label>
            <label className="block">
              <span className="font-medium">Keterangan</span>
              <input name="nama" type="text" required minLength={3} maxLength={120} placeholder="mis. Hari Raya Idulfitri 1447 H" className={kelasInput} />
              <PesanKolom nama="nama" />
            </label>
            <label className="block">
              <span className="font-medium">Jenis</span>
              <select name="jenis" defaultValue="LIBUR_NASIONAL" className={kelasInput}>
                {DAFTAR_JENIS_LIBUR.map((j) => <option key={j} value={j}>{LABEL_JENIS_LIBUR[j]}</option>)}
              </select>
              <PesanKolom nama="jenis" />
            </label>
          </div>
          <p className="text-xs text-slate-600">Tanggal pada Sabtu atau Minggu tetap dapat dicatat (mis. agar daftar sama dengan SKB), tetapi tidak mengubah hitungan karena hari itu memang bukan hari kerja.</p>
        </FormAksi>
      </Panel>
      <Panel judul="Tempel banyak hari libur sekaligus" id="tempel">
        <FormAksi action={imporLiburAction} tombol="Simpan semua baris" varian="kedua" tersembunyi={instansiId} className="space-y-3 text-sm">
          <label className="block">
            <span className="font-medium">Satu hari libur per baris: TTTT-BB-HH;Keterangan;jenis</span>
            <textarea name="teks" rows={8} required maxLength={20_000} spellCheck={false} placeholder={`${tahun}-01-01;Tahun Baru ${tahun} Masehi;nasional\n${tahun}-12-24;Cuti bersama Natal;cuti bersama`} className={kelasInput + " font-mono"} />
            <PesanKolom nama="teks" />
          </label>
          <p className="text-xs text-slate-600">
            Jenis: <code>nasional</code>, <code>cuti bersama</code> atau <code>daerah</code> (kosong = nasional). Pemisah titik koma, koma atau tab (bisa disalin dari kolom Excel). Paling banyak {MAKS_BARIS_LIBUR} baris.
            Semua baris disimpan atau tidak sama sekali: setiap baris yang salah disebut nomornya. Tanggal yang sudah ada diperbarui keterangan dan jenisnya.
          </p>
        </FormAksi>
      </Panel>
      <Panel judul="Aturan progres harian" id="aturan">
        <FormAksi action={aturanProgresAction} tombol="Simpan aturan progres harian" varian="kedua" tersembunyi={instansiId} className="space-y-3 text-sm">
          <div className="flex flex-wrap items-end gap-3">
            <label className="block">
              <span className="font-medium">Tenggat pengisian (hari kerja sesudah tanggal kegiatan)</span>
              <input name="tenggatHari" type="number" inputMode="numeric" required min={BATAS_TENGGAT_HARI.min} max={BATAS_TENGGAT_HARI.maks} defaultValue={aturan.tenggatHari} className={kelasInput + " w-28"} />
              <PesanKolom nama="tenggatHari" />
            </label>
            <label className="block">
              <span className="font-medium">Jam kegiatan paling banyak sehari</span>
              <input name="maksJam" type="number" inputMode="numeric" required min={BATAS_MAKS_JAM.min} max={BATAS_MAKS_JAM.maks} defaultValue={aturan.maksJam} className={kelasInput + " w-28"} />
              <PesanKolom nama="maksJam" />
            </label>
          </div>
          <p className="text-xs text-slate-600">
            Entri untuk hari D yang dibuat sesudah D + {aturan.tenggatHari} hari kerja ditandai terlambat ({BATAS_TENGGAT_HARI.min}–{BATAS_TENGGAT_HARI.maks}; 0 = harus diisi pada hari itu juga). Bawaan: 5 hari kerja dan 12 jam.
            Teks Peraturan BKN Nomor 2 Tahun 2026 belum kami lihat, sehingga tenggat dan batas jam ini adalah pengaturan per instansi; sesuaikan dengan ketentuan yang berlaku. Perubahan berlaku untuk entri berikutnya; keterlambatan entri yang sudah ada tidak dihitung ulang.
          </p>
        </FormAksi>
      </Panel>
    </div>
  );
}
