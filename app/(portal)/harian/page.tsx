import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { getHarianSaya, skpDisetujuiSaya, type EntriTampil, type HariMinggu } from "@/lib/progres-harian/baca";
import { bolehUbahEntri, formatDurasi, formatJam, LABEL_STATUS_PROGRES, labelTerlambat, type StatusProgres } from "@/lib/progres-harian/aturan";
import { awalMinggu, isoTanggal, namaHari, tambahHari, tanggalPanjang, tanggalPendek } from "@/lib/progres-harian/kalender";
import {
  bacaMinggu,
  formatRealisasi,
  hariTujuanSalin,
  isianRealisasi,
  keadaanHari,
  kelompokPeriode,
  LABEL_KEADAAN,
  ringkasStatus,
  tanggalDalamMinggu,
  teksRingkasStatus,
  URUTAN_STATUS,
  WARNA_STATUS_PROGRES,
  type KeadaanHari,
} from "@/lib/progres-harian/tampil";
import { batasUnggahBytes } from "@/lib/penyimpanan/validasi";
import { FormAksi } from "@/components/form-aksi";
import { ajukanEntriAction, hapusEntriAction } from "./actions";
import { FormEntri, type NilaiEntri } from "./form-entri";
import { SalinEntri } from "./salin-entri";

export const metadata: Metadata = { title: "Progres Harian" };

type Cari = { minggu?: string | string[]; tanggal?: string | string[]; ubah?: string | string[] };

const hrefMinggu = (senin: Date, tambahan = "") => `/harian?minggu=${isoTanggal(senin)}${tambahan}`;

const WARNA_KEADAAN: Record<KeadaanHari, string> = {
  terisi: "border-green-300 bg-green-50",
  kosong: "border-red-300 bg-red-50",
  libur: "border-slate-200 bg-slate-100",
  "akhir-pekan": "border-slate-200 bg-slate-50",
  mendatang: "border-slate-200 bg-white",
};

function LencanaProgres({ status }: { status: StatusProgres }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${WARNA_STATUS_PROGRES[status]}`}>{LABEL_STATUS_PROGRES[status]}</span>;
}

const alasanKunci = (status: StatusProgres): string =>
  status === "DIAJUKAN"
    ? "Sudah diajukan dan menunggu tinjauan pejabat penilai; tidak dapat diubah atau dihapus."
    : "Sudah disetujui pejabat penilai; untuk mengubahnya, minta pejabat penilai mengembalikan entri ini.";

export default async function HarianSaya({ searchParams }: { searchParams: Promise<Cari> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const data = await getHarianSaya(aktor, bacaMinggu(sp.minggu));
  const { senin, hariIni, hari, rencanaAksi, aturan, dikembalikan } = data;
  const minggu = tambahHari(senin, 6);
  const seninIni = awalMinggu(hariIni);
  const skp = rencanaAksi.length === 0 ? await skpDisetujuiSaya(aktor) : null;
  const entriMinggu = hari.flatMap((h) => h.entri);
  const ringkas = ringkasStatus(entriMinggu);
  const menitMinggu = hari.reduce((s, h) => s + h.menit, 0);
  const celah = hari.filter((h) => keadaanHari({ ...h, jumlahEntri: h.entri.length }, hariIni) === "kosong").length;
  const isoHariIni = isoTanggal(hariIni);
  // Kolom Tanggal: hari yang dipilih di kalender; minggu ini (atau minggu mendatang) = hari ini; minggu lampau = Seninnya.
  const tanggalForm = tanggalDalamMinggu(sp.tanggal, senin) ?? (senin.getTime() >= seninIni.getTime() ? isoHariIni : isoTanggal(senin));
  const idUbah = typeof sp.ubah === "string" ? sp.ubah : null;
  const diubah = idUbah ? ([...entriMinggu, ...dikembalikan].find((e) => e.id === idUbah) ?? null) : null;
  const bolehDiubah = diubah ? bolehUbahEntri(diubah.status).ok : false;
  const awal: NilaiEntri | null =
    diubah && bolehDiubah
      ? {
          entriId: diubah.id,
          rencanaAksiId: diubah.rencanaAksiId,
          tanggal: isoTanggal(diubah.tanggal),
          jamMulai: formatJam(diubah.jamMulai),
          jamSelesai: formatJam(diubah.jamSelesai),
          kegiatan: diubah.kegiatan,
          realisasi: isianRealisasi(diubah.realisasi),
          satuan: diubah.satuan,
          buktiId: diubah.bukti?.id ?? "",
          tautan: diubah.tautan ?? "",
        }
      : null;
  const kelompok = kelompokPeriode(rencanaAksi).map((k) => ({
    label: k.label,
    item: k.item.map((r) => ({ id: r.id, uraian: r.uraian, satuan: r.satuan, skpId: r.skpId, rhk: r.rhk, bukti: r.bukti })),
  }));
  const batasMb = Math.round(batasUnggahBytes(process.env) / 1024 / 1024);
  const adaRa = rencanaAksi.length > 0;

  const bagianDikembalikan = (
    <section id="dikembalikan" aria-labelledby="judul-dikembalikan" className={"rounded-xl border p-5 shadow-sm " + (dikembalikan.length ? "border-red-200 bg-red-50/40" : "border-slate-200 bg-white")}>
      <h2 id="judul-dikembalikan" className="mb-2 text-base font-semibold text-slate-900">
        Dikembalikan pejabat penilai ({dikembalikan.length})
      </h2>
      {dikembalikan.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada entri yang dikembalikan.</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">Perbaiki sesuai catatan, lalu ajukan kembali harinya atau minggunya.</p>
          <ul className="space-y-3">
            {dikembalikan.map((e) => {
              const sen = awalMinggu(e.tanggal);
              return (
                <li key={e.id} className="rounded-lg border border-red-200 bg-white p-3 text-sm">
                  <p className="font-medium">
                    {namaHari(e.tanggal)}, {tanggalPanjang(e.tanggal)} · {formatJam(e.jamMulai)}–{formatJam(e.jamSelesai)} · {e.kegiatan}
                  </p>
                  <p className="mt-1 text-red-900">
                    <span className="font-semibold">Catatan pejabat penilai:</span> {e.catatan ?? "—"}
                  </p>
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
                    <Link href={hrefMinggu(sen, `&ubah=${e.id}#entri`)} className="font-medium text-brand-700 underline">
                      Perbaiki entri ini
                    </Link>
                    <Link href={`${hrefMinggu(sen)}#entri-${e.id}`} className="text-brand-700 underline">
                      Lihat minggu {tanggalPendek(sen)} – {tanggalPendek(tambahHari(sen, 6))}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Progres Harian</h1>
          <p className="text-sm text-slate-600">
            Minggu {tanggalPanjang(senin)} – {tanggalPanjang(minggu)}. Catat kegiatan setiap hari kerja terhadap rencana aksi SKP Anda; entri untuk hari D
            yang dibuat sesudah D + {aturan.tenggatHari} hari kerja ditandai terlambat. Paling banyak {aturan.maksJam} jam per hari.
          </p>
          <p className="mt-1 text-sm">
            <Link href="/harian/impor" className="font-medium text-brand-700 underline">Impor entri dari Excel</Link>
            <span className="text-slate-600"> — unduh templat berisi rencana aksi Anda, isi sebulan sekaligus, periksa pratinjaunya.</span>
          </p>
        </div>
        <nav aria-label="Pilih minggu" className="flex flex-wrap gap-2 text-sm">
          <Link href={hrefMinggu(tambahHari(senin, -7))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
            ← Minggu sebelumnya
          </Link>
          <Link
            href="/harian"
            aria-current={senin.getTime() === seninIni.getTime() ? "page" : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            Minggu ini
          </Link>
          {senin.getTime() < seninIni.getTime() && (
            <Link href={hrefMinggu(tambahHari(senin, 7))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">
              Minggu berikutnya →
            </Link>
          )}
        </nav>
      </div>

      {dikembalikan.length > 0 && bagianDikembalikan}

      {!adaRa && (
        <section aria-labelledby="judul-kosong" className="rounded-xl border border-amber-300 bg-amber-50 p-5">
          <h2 id="judul-kosong" className="text-base font-semibold text-amber-950">
            {skp ? "Belum ada rencana aksi di periode yang sedang dibuka" : "Belum ada SKP yang disetujui"}
          </h2>
          {skp ? (
            <p className="mt-1 text-sm text-amber-950">
              Progres harian dicatat terhadap rencana aksi. Tambahkan rencana aksi untuk periode evaluasi yang sedang dibuka (mis. triwulan berjalan) di{" "}
              <Link href={`/skp/${skp.id}/pelaksanaan`} className="font-medium underline">
                halaman pelaksanaan SKP
              </Link>
              , lalu kembali ke sini.
            </p>
          ) : (
            <p className="mt-1 text-sm text-amber-950">
              Progres harian hanya dapat diisi untuk SKP yang sudah disetujui pejabat penilai. Susun dan ajukan SKP tahun ini di{" "}
              <Link href="/skp" className="font-medium underline">
                SKP Saya
              </Link>
              ; setelah disetujui, tambahkan rencana aksi periode berjalan di halaman pelaksanaannya.
            </p>
          )}
        </section>
      )}

      <section aria-labelledby="judul-ringkas" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="judul-ringkas" className="text-base font-semibold text-slate-900">
              Jumlah seminggu: {formatDurasi(menitMinggu)}
            </h2>
            <ul aria-label="Jumlah entri per status" className="mt-1 flex flex-wrap gap-2 text-sm">
              {URUTAN_STATUS.map((s) => (
                <li key={s} className={`rounded px-2 py-0.5 ${WARNA_STATUS_PROGRES[s]}`}>
                  {LABEL_STATUS_PROGRES[s]}: {ringkas.perStatus[s]}
                </li>
              ))}
            </ul>
            {celah > 0 && adaRa && <p className="mt-2 text-sm font-medium text-red-800">{celah} hari kerja belum ada entri.</p>}
          </div>
          {/* Tetap terpasang sesudah semua diajukan: pesan hasilnya tetap terlihat. */}
          {ringkas.jumlah > 0 && (
            <FormAksi
              action={ajukanEntriAction}
              tombol={ringkas.dapatDiajukan > 0 ? `Ajukan minggu ini (${ringkas.dapatDiajukan} entri)` : null}
              tersembunyi={{ dari: isoTanggal(senin), sampai: isoTanggal(minggu) }}
              konfirmasi={`Ajukan ${ringkas.dapatDiajukan} entri minggu ini ke pejabat penilai? Entri yang diajukan tidak dapat diubah sampai ditinjau.`}
              className="max-w-sm space-y-2"
            >
              {ringkas.dapatDiajukan === 0 && <p className="text-sm text-slate-600">Tidak ada draf atau entri dikembalikan yang perlu diajukan minggu ini.</p>}
            </FormAksi>
          )}
        </div>
        <ol aria-label="Kalender minggu" className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
          {hari.map((h) => {
            const k = keadaanHari({ ...h, jumlahEntri: h.entri.length }, hariIni);
            return (
              <li key={h.iso}>
                <a href={`#hari-${h.iso}`} className={`block h-full rounded-lg border p-2 text-sm hover:underline ${WARNA_KEADAAN[k]}`} aria-current={h.iso === isoHariIni ? "date" : undefined}>
                  <span className="block font-semibold">
                    {tanggalPendek(h.tanggal)}
                    {h.iso === isoHariIni && <span className="ml-1 text-xs font-medium text-brand-800">(hari ini)</span>}
                  </span>
                  <span className="block text-slate-700">{k === "terisi" ? `${h.entri.length} entri · ${formatDurasi(h.menit)}` : LABEL_KEADAAN[k]}</span>
                  {h.libur && <span className="block text-xs text-slate-700">{h.libur}</span>}
                </a>
              </li>
            );
          })}
        </ol>
      </section>

      {adaRa && (
        <section id="entri" aria-labelledby="judul-entri" className="scroll-mt-4 rounded-xl border border-brand-200 bg-white p-5 shadow-sm">
          <h2 id="judul-entri" className="mb-3 text-base font-semibold text-slate-900">
            {awal ? `Ubah entri ${tanggalPanjang(diubah!.tanggal)}` : "Tambah entri"}
          </h2>
          {diubah && !bolehDiubah && <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">Entri itu tidak dapat diubah. {alasanKunci(diubah.status)}</p>}
          <FormEntri
            key={awal ? `ubah-${awal.entriId}` : `baru-${tanggalForm}`}
            kelompok={kelompok}
            awal={awal}
            tanggalAwal={tanggalForm}
            hariIni={isoHariIni}
            batasMb={batasMb}
            kembaliHref={`${hrefMinggu(senin)}${awal ? `#entri-${awal.entriId}` : ""}`}
          />
        </section>
      )}

      <section aria-labelledby="judul-hari" className="space-y-3">
        <h2 id="judul-hari" className="text-base font-semibold text-slate-900">
          Hari demi hari
        </h2>
        {hari.map((h) => (
          <KartuHari key={h.iso} h={h} hari={hari} hariIni={hariIni} senin={senin} adaRa={adaRa} />
        ))}
      </section>

      {dikembalikan.length === 0 && bagianDikembalikan}
    </div>
  );
}

function KartuHari({ h, hari, hariIni, senin, adaRa }: { h: HariMinggu; hari: HariMinggu[]; hariIni: Date; senin: Date; adaRa: boolean }) {
  const k = keadaanHari({ ...h, jumlahEntri: h.entri.length }, hariIni);
  const r = ringkasStatus(h.entri);
  const lewat = h.tanggal.getTime() <= hariIni.getTime();
  const judul = `${namaHari(h.tanggal)}, ${tanggalPanjang(h.tanggal)}`;
  return (
    <section id={`hari-${h.iso}`} aria-labelledby={`judul-${h.iso}`} className={`scroll-mt-4 rounded-xl border p-4 ${WARNA_KEADAAN[k]}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`judul-${h.iso}`} className="font-semibold text-slate-900">
            {judul}
          </h3>
          <p className="text-sm text-slate-700">
            {h.libur ? `Hari libur: ${h.libur}` : !h.kerja ? "Akhir pekan" : k === "kosong" ? <span className="font-medium text-red-800">Hari kerja belum ada entri</span> : k === "mendatang" ? "Belum tiba" : null}
            {h.entri.length > 0 && (
              <>
                {h.libur || !h.kerja ? " · " : ""}
                {formatDurasi(h.menit)} · {teksRingkasStatus(r)}
              </>
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {adaRa && lewat && h.kerja && !h.libur && (
            <Link href={hrefMinggu(senin, `&tanggal=${h.iso}#entri`)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
              Tambah entri<span className="sr-only"> {judul}</span>
            </Link>
          )}
          {/* Akhir pekan dan libur tidak wajib diisi; kerja lembur/piket tetap dapat dicatat, tanpa tombol yang mengajak. */}
          {adaRa && lewat && (!h.kerja || !!h.libur) && (
            <Link href={hrefMinggu(senin, `&tanggal=${h.iso}#entri`)} className="text-sm text-brand-700 underline">
              Catat kerja lembur<span className="sr-only"> {judul}</span>
            </Link>
          )}
          {h.entri.length > 0 && (
            <FormAksi
              action={ajukanEntriAction}
              tombol={r.dapatDiajukan > 0 ? `Ajukan hari ini (${r.dapatDiajukan})` : null}
              varian="kedua"
              tersembunyi={{ dari: h.iso, sampai: h.iso }}
              className="space-y-2"
            />
          )}
        </div>
      </div>
      {h.entri.length > 0 && (
        <ul className="mt-3 space-y-2">
          {h.entri.map((e) => (
            <KartuEntri key={e.id} e={e} hari={hari} hariIni={hariIni} senin={senin} />
          ))}
        </ul>
      )}
    </section>
  );
}

function KartuEntri({ e, hari, hariIni, senin }: { e: EntriTampil; hari: HariMinggu[]; hariIni: Date; senin: Date }) {
  const iso = isoTanggal(e.tanggal);
  const jam = `${formatJam(e.jamMulai)}–${formatJam(e.jamSelesai)}`;
  const boleh = bolehUbahEntri(e.status).ok;
  return (
    <li id={`entri-${e.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-semibold tabular-nums">{jam}</span>
        <span className="text-slate-600">({formatDurasi(e.jamSelesai - e.jamMulai)})</span>
        <LencanaProgres status={e.status} />
        {e.terlambatHari > 0 && <span className="rounded bg-orange-100 px-2 py-0.5 text-xs font-semibold text-orange-900">{labelTerlambat(e.terlambatHari)}</span>}
      </div>
      <p className="mt-1 break-words text-slate-900">{e.kegiatan}</p>
      <dl className="mt-1 grid gap-x-4 gap-y-0.5 text-slate-700 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Rencana aksi</dt>
        <dd className="break-words">{e.rencanaAksi}</dd>
        <dt className="font-medium">Realisasi</dt>
        <dd>
          {formatRealisasi(e.realisasi)} {e.satuan}
        </dd>
        <dt className="font-medium">Bukti</dt>
        <dd className="break-all">
          {e.bukti && (
            <a href={`/api/bukti/${e.bukti.id}`} className="text-brand-700 underline">
              {e.bukti.nama}
            </a>
          )}
          {e.bukti && e.tautan && " · "}
          {e.tautan && (
            <a href={e.tautan} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
              {e.tautan}
            </a>
          )}
          {!e.bukti && !e.tautan && "—"}
        </dd>
      </dl>
      {e.status === "DIKEMBALIKAN" && e.catatan && (
        <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-red-900">
          <span className="font-semibold">Catatan pejabat penilai:</span> {e.catatan}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2">
        {boleh ? (
          <>
            <Link href={hrefMinggu(senin, `&ubah=${e.id}#entri`)} className="py-1 font-medium text-brand-700 underline">
              Ubah<span className="sr-only"> entri {jam}</span>
            </Link>
            <FormAksi
              action={hapusEntriAction}
              tombol="Hapus"
              varian="bahaya"
              tersembunyi={{ entriId: e.id }}
              konfirmasi={`Hapus entri ${tanggalPanjang(e.tanggal)} ${jam}?`}
              className="space-y-2"
            />
          </>
        ) : (
          <p className="py-1 text-slate-600">{alasanKunci(e.status)}</p>
        )}
        <details className="w-full sm:w-auto">
          <summary className="cursor-pointer py-1 font-medium text-brand-700">
            Salin ke hari lain<span className="sr-only"> (entri {jam})</span>
          </summary>
          <div className="mt-2">
            <SalinEntri entriId={e.id} pilihan={hariTujuanSalin(hari, iso, hariIni)} hariIni={isoTanggal(hariIni)} judul={`${tanggalPendek(e.tanggal)} ${jam}`} />
          </div>
        </details>
      </div>
    </li>
  );
}
