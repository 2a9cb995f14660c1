// Halaman SKP (formulir resmi), dipakai oleh tiga alamat: /skp/[id] (SKP sendiri), /bawahan/skp/[id] (sebagai
// pejabat penilai atau atasannya) dan /admin/skp/[id] (admin BKD). Alamat yang tidak sesuai dialihkan.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { formatRentang } from "@/lib/organisasi/format";
import { getDetailSkp, getPilihanRhkAtasan, getRiwayatSkp, type DetailSkp, type RhkTampil } from "@/lib/skp/baca";
import { ASPEK, LABEL_ASPEK, LABEL_PENDEKATAN, PERSPEKTIF, judulFormulir } from "@/lib/skp/varian";
import { LABEL_STATUS } from "@/lib/skp/workflow";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { LencanaStatus } from "@/components/status-skp";
import {
  buatRevisiAction,
  hapusRhkAction,
  hapusSkpAction,
  isiEkspektasiAction,
  perbaruiIdentitasAction,
  simpanLampiranAction,
  ubahStatusAction,
} from "../actions";
import { FormRhk, type NilaiRhk } from "./form-rhk";
import { RemahSkp } from "@/components/remah-skp";
import { BlokIdentitas } from "@/components/blok-identitas";
import { tandaiDilihat } from "@/lib/pelaksanaan/layanan";
import { ruteSkp, type BagianSkp } from "@/lib/skp/rute";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { BATAS_SKP } from "@/lib/skp/batas";

const LABEL_PERSPEKTIF = Object.fromEntries(PERSPEKTIF.map((p) => [p.kode, p.nama]));
const LABEL_LAMPIRAN = {
  DUKUNGAN_SUMBER_DAYA: "Dukungan sumber daya",
  SKEMA_PERTANGGUNGJAWABAN: "Skema pertanggungjawaban",
  KONSEKUENSI: "Konsekuensi",
} as const;
const LABEL_RIWAYAT: Record<string, string> = {
  SKP_DIBUAT: "Membuat SKP",
  RHK_DITAMBAH: "Menambah RHK",
  RHK_DIUBAH: "Mengubah RHK",
  RHK_DIHAPUS: "Menghapus RHK",
  LAMPIRAN_DIUBAH: "Mengubah lampiran",
  IDENTITAS_DIPERBARUI: "Memperbarui data pegawai/penilai",
  SKP_DIAJUKAN: "Mengajukan SKP",
  SKP_DITARIK: "Menarik pengajuan",
  SKP_DISETUJUI: "Menyetujui SKP",
  SKP_DITOLAK: "Menolak SKP",
  EKSPEKTASI_DIISI: "Mengisi ekspektasi khusus pimpinan",
  REVISI_DIBUAT: "Membuat revisi",
  RHK_DARI_MATRIKS: "Menambah RHK dari matriks peran hasil",
  SKP_DIHAPUS: "Menghapus draf",
  SKP_DIGANTI: "Diganti oleh revisi yang disetujui",
};


function nilaiAwal(r: RhkTampil): NilaiRhk {
  const s = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
  return {
    rhkId: r.id,
    jenis: r.jenis,
    teks: r.teks,
    rhkAtasanId: r.rhkAtasanId ?? "",
    perspektif: r.perspektif ?? "",
    penugasanDari: r.penugasanDari ?? "",
    iki: r.iki.map((i) => ({
      aspek: i.aspek ?? "",
      indikator: i.indikator,
      targetMin: s(i.targetMin),
      targetMaks: i.targetMaks !== null && i.targetMaks !== i.targetMin ? s(i.targetMaks) : "",
      satuan: i.satuan ?? "",
      targetTeks: i.targetMin === null ? i.targetTeks : "",
    })),
  };
}

function TabelHasilKerja({ skp, bolehUbah, formRhk }: { skp: DetailSkp; bolehUbah: boolean; formRhk: (r: RhkTampil) => React.ReactNode }) {
  const jpt = skp.varian === "JPT";
  const kelompok = [
    { jenis: "UTAMA", judul: jpt ? "A. Utama" : "A. Kinerja Utama" },
    { jenis: "TAMBAHAN", judul: "B. Tambahan" },
  ] as const;
  const kolom = jpt ? 5 : 6;
  return (
    <div className="relative overflow-x-auto">
      <table className="tabel-tumpuk w-full min-w-[48rem] border-collapse text-left text-sm">
        <thead className="bg-slate-100 text-xs text-slate-700 uppercase">
          <tr>
            <th scope="col" className="border border-slate-300 px-2 py-2">No</th>
            {!jpt && <th scope="col" className="border border-slate-300 px-2 py-2">Rencana hasil kerja pimpinan yang diintervensi</th>}
            <th scope="col" className="border border-slate-300 px-2 py-2">Rencana hasil kerja</th>
            {!jpt && skp.pendekatan === "KUANTITATIF" && <th scope="col" className="border border-slate-300 px-2 py-2">Aspek</th>}
            <th scope="col" className="border border-slate-300 px-2 py-2">Indikator kinerja individu</th>
            <th scope="col" className="border border-slate-300 px-2 py-2">Target</th>
            {jpt && <th scope="col" className="border border-slate-300 px-2 py-2">Perspektif</th>}
          </tr>
        </thead>
        {kelompok.map((k) => {
          const daftar = skp.rhk.filter((r) => r.jenis === k.jenis);
          return (
            <tbody key={k.jenis}>
              <tr>
                <th scope="colgroup" colSpan={kolom} className="border border-slate-300 bg-slate-50 px-2 py-1.5 text-left font-semibold">
                  {k.judul}
                </th>
              </tr>
              {daftar.length === 0 && (
                <tr>
                  <td colSpan={kolom} className="border border-slate-300 px-2 py-2 text-slate-600">
                    {k.jenis === "UTAMA" ? "Belum ada RHK utama." : "Tidak ada RHK tambahan."}
                  </td>
                </tr>
              )}
              {daftar.flatMap((r, n) => {
                const baris = Math.max(r.iki.length, 1);
                const kepala = (
                  <>
                    <td rowSpan={baris} data-kolom="No" className="border border-slate-300 px-2 py-2 align-top">{n + 1}</td>
                    {!jpt && (
                      <td rowSpan={baris} data-kolom="RHK pimpinan yang diintervensi" className="border border-slate-300 px-2 py-2 align-top">
                        {r.rhkAtasan?.teks ?? <em className="text-red-700">belum dipilih</em>}
                      </td>
                    )}
                    <td rowSpan={baris} data-kolom="Rencana hasil kerja" className="border border-slate-300 px-2 py-2 align-top">
                      <p>{r.teks}</p>
                      {r.dariMatriks && <p className="mt-1 text-xs text-slate-600">Diturunkan pejabat penilai lewat matriks peran hasil</p>}
                      {r.penugasanDari && <p className="text-xs text-slate-600">({r.penugasanDari})</p>}
                      {bolehUbah && formRhk(r)}
                    </td>
                  </>
                );
                // RHK tanpa indikator (mis. baru diturunkan dari matriks) tetap dapat diubah dan dihapus.
                if (r.iki.length === 0)
                  return [
                    <tr key={r.id}>
                      {kepala}
                      <td colSpan={kolom - (jpt ? 2 : 3)} className="border border-slate-300 px-2 py-2 align-top text-red-700">
                        Belum ada indikator.{bolehUbah && " Tambahkan lewat “Ubah atau hapus RHK ini”."}
                      </td>
                    </tr>,
                  ];
                return r.iki.map((i, j) => (
                  // Kunci per posisi: IKI dibuat ulang saat RHK disimpan, formulir ubah tetap terpasang.
                  <tr key={`${r.id}-${j}`}>
                    {j === 0 && kepala}
                    {!jpt && skp.pendekatan === "KUANTITATIF" && (
                      <td data-kolom="Aspek" className="border border-slate-300 px-2 py-2 align-top">{i.aspek ? LABEL_ASPEK[i.aspek] : "—"}</td>
                    )}
                    <td data-kolom="Indikator kinerja individu" className="border border-slate-300 px-2 py-2 align-top">{i.indikator}</td>
                    <td data-kolom="Target" className="border border-slate-300 px-2 py-2 align-top whitespace-nowrap">{i.targetTeks}</td>
                    {jpt && j === 0 && (
                      <td rowSpan={baris} data-kolom="Perspektif" className="border border-slate-300 px-2 py-2 align-top">
                        {r.perspektif ? LABEL_PERSPEKTIF[r.perspektif] : <em className="text-red-700">belum dipilih</em>}
                      </td>
                    )}
                  </tr>
                ));
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

export async function HalamanSkp({ id, bagian }: { id: string; bagian: BagianSkp }) {
  const aktor = await requireAktor();
  const skp = await getDetailSkp(aktor, id);
  if (!skp) notFound();
  if (skp.bagian !== bagian) redirect(ruteSkp(skp.bagian, skp.id));
  // Kunjungan dicatat (seperti di halaman pelaksanaan): "Tugas saya" tidak lagi mengingatkan keputusan yang sudah dilihat.
  await tandaiDilihat(aktor, skp.id);
  const bolehUbah = skp.aksi.includes("UBAH");
  const [pilihan, riwayat] = await Promise.all([
    bolehUbah && skp.varian === "JA_JF" ? getPilihanRhkAtasan(skp) : Promise.resolve([]),
    getRiwayatSkp([skp.id, ...(skp.revisiDariId ? [skp.revisiDariId] : [])]),
  ]);
  const judul = judulFormulir(skp.varian, skp.pendekatan, skp.jabatan.jenis);
  const propsForm = {
    skpId: skp.id,
    varian: skp.varian,
    pendekatan: skp.pendekatan,
    pilihanAtasan: pilihan,
    perspektif: PERSPEKTIF.map((p) => ({ kode: p.kode, nama: p.nama })),
    aspek: ASPEK.map((a) => ({ kode: a, label: LABEL_ASPEK[a] })),
  };
  const tautanPenilai = skp.varian === "JA_JF" && bolehUbah && pilihan.length === 0;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <RemahSkp bagian={skp.bagian} nama={skp.pegawaiSnapshot.nama} tahun={skp.periode.tahun} />
          <h1 className="text-2xl font-bold text-slate-900">
            SKP {skp.pegawaiSnapshot.nama}
          </h1>
          <p className="text-sm text-slate-600">
            {judul.join(" · ")} · Periode {formatRentang(skp.mulai, skp.selesai)} · Versi {skp.versi}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {skp.status === "DISETUJUI" && (
            <Link href={ruteSkp(skp.bagian, skp.id, "pelaksanaan")} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800">
              Pelaksanaan
            </Link>
          )}
          {(skp.status === "DISETUJUI" || skp.status === "DIGANTI") && (
            <Link href={ruteSkp(skp.bagian, skp.id, "penilaian")} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              Penilaian
            </Link>
          )}
          {(skp.status === "DISETUJUI" || skp.status === "DIGANTI") && (
            <Link href={`/dokumen/skp/${skp.id}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              Dokumen
            </Link>
          )}
          <LencanaStatus status={skp.status} />
          <Link href={ruteSkp(skp.bagian, skp.id)} className="sr-only">Muat ulang</Link>
        </div>
      </div>

      {skp.status === "DITOLAK" && skp.alasanDitolak && (
        <div role="note" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">SKP dikembalikan oleh pejabat penilai</p>
          <p className="mt-1 whitespace-pre-line">{skp.alasanDitolak}</p>
          {skp.peran === "PEMILIK" && <p className="mt-2">Perbaiki SKP lalu ajukan kembali.</p>}
        </div>
      )}
      {skp.revisi && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">
          Ada revisi versi {skp.revisi.versi} ({LABEL_STATUS[skp.revisi.status]}).{" "}
          <Link href={ruteSkp(skp.bagian, skp.revisi.id)} className="font-medium text-brand-700 underline">Buka revisi</Link>. SKP ini tetap berlaku sampai revisi disetujui.
        </p>
      )}
      {skp.revisiDariId && (
        <p className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          Ini revisi dari <Link href={ruteSkp(skp.bagian, skp.revisiDariId)} className="font-medium text-brand-700 underline">versi {skp.versi - 1}</Link>.
        </p>
      )}
      {tautanPenilai && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          Pejabat penilai Anda belum memiliki SKP yang disetujui untuk periode ini, sehingga RHK pimpinan yang diintervensi belum dapat dipilih.
          Anda tetap dapat menyusun draf; hubungkan RHK setelah SKP pejabat penilai disetujui.
        </p>
      )}

      <section aria-labelledby="identitas" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="identitas" className="sr-only">Identitas</h2>
        <div className="grid gap-6 md:grid-cols-2">
          <BlokIdentitas judul="Pegawai yang dinilai" s={skp.pegawaiSnapshot} />
          <BlokIdentitas judul="Pejabat penilai kinerja" s={skp.penilaiSnapshot} />
        </div>
        <p className="mt-4 text-sm text-slate-600">
          Atasan pejabat penilai: {skp.atasanPenilaiSnapshot ? `${skp.atasanPenilaiSnapshot.nama ? skp.atasanPenilaiSnapshot.nama + " — " : ""}${skp.atasanPenilaiSnapshot.jabatan}` : "belum dapat ditentukan"} ·
          Pendekatan {LABEL_PENDEKATAN[skp.pendekatan].toLowerCase()}
        </p>
        {bolehUbah && (
          <FormAksi action={perbaruiIdentitasAction} tombol="Perbarui data pegawai dan pejabat penilai" varian="kedua" tersembunyi={{ skpId: skp.id }} className="mt-3 space-y-2" />
        )}
      </section>

      <section aria-labelledby="hasil-kerja" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="hasil-kerja" className="mb-3 text-base font-semibold">Hasil kerja</h2>
        <TabelHasilKerja
          skp={skp}
          bolehUbah={bolehUbah}
          formRhk={(r) => (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">Ubah atau hapus RHK ini</summary>
              <div className="mt-2 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
                <FormRhk {...propsForm} awal={nilaiAwal(r)} idAwalan={`rhk-${r.id}`} />
                <FormAksi
                  action={hapusRhkAction}
                  tombol="Hapus RHK"
                  varian="bahaya"
                  konfirmasi={
                    r.dariMatriks
                      ? "Hapus RHK ini beserta indikatornya? RHK ini diturunkan pejabat penilai lewat matriks peran hasil; setelah dihapus, RHK ini tidak ditambahkan lagi ke draf Anda kecuali pejabat penilai mengubah isinya, dan beliau melihat di matriks bahwa Anda menghapusnya."
                      : "Hapus RHK ini beserta indikatornya?"
                  }
                  tersembunyi={{ skpId: skp.id, rhkId: r.id }}
                />
              </div>
            </details>
          )}
        />
        {bolehUbah && (
          <section aria-labelledby="tambah-rhk" className="mt-4 rounded-lg border border-brand-100 bg-brand-50 p-3">
            <h3 id="tambah-rhk" className="font-semibold text-brand-800">Tambah rencana hasil kerja</h3>
            <div className="mt-3">
              <FormRhk {...propsForm} idAwalan="rhk-baru" />
            </div>
          </section>
        )}
      </section>

      <section aria-labelledby="perilaku" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="perilaku" className="mb-3 text-base font-semibold">Perilaku kerja (BerAKHLAK)</h2>
        {skp.aksi.includes("ISI_EKSPEKTASI") ? (
          <FormAksi action={isiEkspektasiAction} tombol="Simpan ekspektasi khusus pimpinan" tersembunyi={{ skpId: skp.id }}>
            <ol className="space-y-4">
              {skp.perilaku.map((p, n) => (
                <li key={p.kode} className="grid gap-2 md:grid-cols-2">
                  <div className="text-sm">
                    <p className="font-semibold">{n + 1}. {p.nama}</p>
                    <ul className="mt-1 list-[lower-alpha] pl-5 text-slate-700">
                      {p.panduan.map((g) => <li key={g}>{g}</li>)}
                    </ul>
                  </div>
                  <div>
                    <label htmlFor={`eks-${p.kode}`} className="text-sm font-medium">Ekspektasi khusus pimpinan</label>
                    <textarea id={`eks-${p.kode}`} name={`ekspektasi.${p.kode}`} data-label={`Ekspektasi ${p.nama}`} rows={2} maxLength={BATAS_SKP.ekspektasi} defaultValue={p.ekspektasi ?? ""} className={kelasInput} />
                    <PesanKolom nama={`ekspektasi.${p.kode}`} />
                  </div>
                </li>
              ))}
            </ol>
          </FormAksi>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="tabel-tumpuk w-full min-w-[40rem] border-collapse text-sm">
              <thead className="bg-slate-100 text-xs text-slate-700 uppercase">
                <tr>
                  <th scope="col" className="border border-slate-300 px-2 py-2 text-left">No</th>
                  <th scope="col" className="border border-slate-300 px-2 py-2 text-left">Perilaku kerja dan panduan</th>
                  <th scope="col" className="border border-slate-300 px-2 py-2 text-left">Ekspektasi khusus pimpinan</th>
                </tr>
              </thead>
              <tbody>
                {skp.perilaku.map((p, n) => (
                  <tr key={p.kode}>
                    <td className="border border-slate-300 px-2 py-2 align-top">{n + 1}</td>
                    <td className="border border-slate-300 px-2 py-2 align-top">
                      <p className="font-semibold">{p.nama}</p>
                      <ul className="mt-1 list-[lower-alpha] pl-5 text-slate-700">
                        {p.panduan.map((g) => <li key={g}>{g}</li>)}
                      </ul>
                    </td>
                    <td data-kolom="Ekspektasi khusus pimpinan" className="border border-slate-300 px-2 py-2 align-top whitespace-pre-line">{p.ekspektasi ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="lampiran" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="lampiran" className="mb-3 text-base font-semibold">Lampiran SKP</h2>
        <div className="grid gap-4 md:grid-cols-3">
          {(Object.keys(LABEL_LAMPIRAN) as (keyof typeof LABEL_LAMPIRAN)[]).map((jenis) => {
            const butir = skp.lampiran.filter((l) => l.jenis === jenis);
            return (
              <div key={jenis}>
                <h3 className="text-sm font-semibold">{LABEL_LAMPIRAN[jenis]}</h3>
                {bolehUbah ? (
                  <FormAksi action={simpanLampiranAction} tombol="Simpan" varian="kedua" tersembunyi={{ skpId: skp.id, jenis }} className="mt-1 space-y-2">
                    <label htmlFor={`lamp-${jenis}`} className="sr-only">{LABEL_LAMPIRAN[jenis]}, satu butir per baris</label>
                    <textarea id={`lamp-${jenis}`} name="butir" data-label={LABEL_LAMPIRAN[jenis]} rows={4} defaultValue={butir.map((b) => b.teks).join("\n")} placeholder="Satu butir per baris" className={kelasInput} />
                    <PesanKolom nama="butir" />
                  </FormAksi>
                ) : butir.length === 0 ? (
                  <p className="text-sm text-slate-600">—</p>
                ) : (
                  <ol className="mt-1 list-decimal pl-5 text-sm">
                    {butir.map((b) => <li key={b.urutan}>{b.teks}</li>)}
                  </ol>
                )}
              </div>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="tindakan" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="tindakan" className="mb-3 text-base font-semibold">Tindakan</h2>
        {/* Satu formulir yang tetap terpasang untuk ajukan/tarik/setujui/tolak: pesan hasilnya tetap terlihat
            walau tombolnya berganti setelah status berubah. */}
        <FormAksi
          action={ubahStatusAction}
          tombol={null}
          tersembunyi={{ skpId: skp.id, diajukanPada: skp.diajukanAt?.toISOString() ?? "" }}
          className="space-y-3"
        >
          <div className="flex flex-wrap items-start gap-3">
            {skp.aksi.includes("AJUKAN") && (
              <button type="submit" name="aksi" value="AJUKAN" className={kelasTombol.utama}>Ajukan ke pejabat penilai</button>
            )}
            {skp.aksi.includes("TARIK") && (
              <button type="submit" name="aksi" value="TARIK" className={kelasTombol.kedua}>Tarik pengajuan</button>
            )}
            {skp.aksi.includes("SETUJUI") && (
              <button type="submit" name="aksi" value="SETUJUI" className={kelasTombol.utama}>Setujui SKP</button>
            )}
          </div>
          {skp.aksi.includes("TOLAK") && (
            <div className="w-full max-w-lg space-y-2">
              <label htmlFor="alasan" className="text-sm font-medium">Alasan penolakan (wajib, minimal 10 karakter)</label>
              <textarea id="alasan" name="alasan" data-label="Alasan penolakan" rows={3} maxLength={BATAS_SKP.alasan} className={kelasInput} />
              <PesanKolom nama="alasan" />
              <button type="submit" name="aksi" value="TOLAK" className={kelasTombol.bahaya}>Tolak dan kembalikan</button>
            </div>
          )}
          {!skp.aksi.some((a) => a === "AJUKAN" || a === "TARIK" || a === "SETUJUI" || a === "TOLAK" || a === "BUAT_REVISI" || a === "HAPUS") && (
            <p className="text-sm text-slate-600">Tidak ada tindakan untuk Anda pada SKP ini saat ini.</p>
          )}
        </FormAksi>
        {(skp.aksi.includes("BUAT_REVISI") || skp.aksi.includes("HAPUS")) && (
          <div className="mt-3 flex flex-wrap items-start gap-3">
            {skp.aksi.includes("BUAT_REVISI") && (
              <FormAksi action={buatRevisiAction} tombol="Buat revisi SKP" varian="kedua" tersembunyi={{ skpId: skp.id }} />
            )}
            {skp.aksi.includes("HAPUS") && (
              <FormAksi action={hapusSkpAction} tombol="Hapus draf" varian="bahaya" konfirmasi="Hapus draf SKP ini?" tersembunyi={{ skpId: skp.id }} />
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="riwayat" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="riwayat" className="mb-3 text-base font-semibold">Riwayat</h2>
        {riwayat.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada riwayat.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {riwayat.map((r, i) => {
              const d = (r.data ?? {}) as { alasan?: string | null; perubahan?: { kolom?: string }[]; teks?: string; templat?: string; jenis?: string };
              const KOLOM: Record<string, string> = { teks: "RHK", iki: "indikator/target", rhkAtasanId: "RHK pimpinan", perspektif: "perspektif", penugasanDari: "asal penugasan", jenis: "jenis" };
              const diubah = Array.isArray(d.perubahan) ? d.perubahan.map((p) => KOLOM[p.kolom ?? ""] ?? p.kolom).filter(Boolean) : [];
              return (
                <li key={i} className="flex flex-wrap gap-x-2 border-b border-slate-100 pb-2 last:border-0">
                  <time className="text-slate-600 tabular-nums" dateTime={r.waktu.toISOString()}>
                    {r.waktu.toLocaleString("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" })} WIB
                  </time>
                  <span className="font-medium">{LABEL_RIWAYAT[r.aksi] ?? r.aksi}</span>
                  <span className="text-slate-700">oleh {r.oleh ?? "sistem"}</span>
                  {d.alasan && <span className="w-full text-slate-700">Alasan: {d.alasan}</span>}
                  {r.aksi === "RHK_DIUBAH" && diubah.length > 0 && <span className="w-full text-slate-700">Yang berubah: {diubah.join(", ")}</span>}
                  {(r.aksi === "RHK_DITAMBAH" || r.aksi === "RHK_DIHAPUS" || r.aksi === "RHK_DARI_MATRIKS") && d.teks && (
                    <span className="w-full text-slate-700">“{d.teks}”</span>
                  )}
                  {d.templat && <span className="w-full text-slate-700">Dari templat “{d.templat}”</span>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
