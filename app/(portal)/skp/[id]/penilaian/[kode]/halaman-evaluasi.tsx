// Halaman Evaluasi Kinerja Pegawai satu periode (atau tahunan), dipakai oleh /skp/[id]/penilaian/[kode],
// /bawahan/skp/[id]/penilaian/[kode] dan /admin/skp/[id]/penilaian/[kode] (lihat halaman-skp.tsx).
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { formatRentang, formatTanggal } from "@/lib/organisasi/format";
import { getHalamanEvaluasi, type HalamanEvaluasi } from "@/lib/penilaian/baca";
import { LABEL_STATUS_EVALUASI } from "@/lib/penilaian/alur";
import { uraiKekurangan } from "@/lib/penilaian/gerbang";
import { DAFTAR_RATING, LABEL_PREDIKAT, LABEL_RATING } from "@/lib/penilaian/kuadran";
import { BATAS_PENILAIAN } from "@/lib/penilaian/umpan";
import { LABEL_JENIS_HARI } from "@/lib/penilaian/tenggat";
import { rutePenilaian, ruteSkp, type BagianSkp } from "@/lib/skp/rute";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { LencanaPredikat } from "@/components/lencana-penilaian";
import { RemahSkp } from "@/components/remah-skp";
import { BlokIdentitas } from "@/components/blok-identitas";
import { PilihBerkas } from "@/components/pilih-berkas";
import { TERIMA_INPUT } from "@/lib/penyimpanan/validasi";
import {
  ajukanKeberatanAction,
  batalKecualikanAction,
  batalSelesaiAction,
  bukaKembaliAction,
  finalkanTimAction,
  jelaskanKeberatanAction,
  kecualikanAction,
  putuskanKeberatanAction,
  unggahPindaianAction,
} from "@/app/(portal)/bawahan/penilaian/actions";
import { FormEvaluasi } from "./form-evaluasi";
import { LogHarian } from "@/components/log-harian";

/** Titik penutup kalimat, tanpa titik ganda bila kalimat berakhir dengan gelar (mis. "M.PH."). */
const kalimat = (t: string) => (t.endsWith(".") ? t : `${t}.`);
const waktu = (d: Date) => d.toLocaleString("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" }) + " WIB";


function PilihanRating({ nama, label }: { nama: string; label: string }) {
  return (
    <fieldset className="text-sm">
      <legend className="font-medium">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {DAFTAR_RATING.map((r) => (
          <label key={r} className="flex items-center gap-1.5">
            <input type="radio" name={nama} value={r} className="size-4" /> {LABEL_RATING[r]}
          </label>
        ))}
      </div>
      <PesanKolom nama={nama} />
    </fieldset>
  );
}

function Keberatan({ d }: { d: HalamanEvaluasi }) {
  const k = d.keberatan;
  const ev = d.evaluasi;
  if (!ev || d.status !== "FINAL") return null;
  const bolehAjukan = d.aksi.includes("AJUKAN_KEBERATAN");
  if (!k && !bolehAjukan && !d.peran.includes("PEGAWAI")) return null;
  return (
    <section aria-labelledby="keberatan" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="keberatan" className="text-lg font-bold text-slate-900">Keberatan</h2>
      {!k && (
        <p className="mt-1 text-sm text-slate-700">
          {d.tenggat.terbuka ? `Keberatan atas penilaian ini dapat diajukan kepada atasan pejabat penilai kinerja paling lambat ${d.tenggat.tutupLabel}.` : `Tenggat keberatan sudah lewat (${d.tenggat.tutupLabel}).`}
        </p>
      )}
      {bolehAjukan && (
        <FormAksi action={ajukanKeberatanAction} tombol="Ajukan keberatan" konfirmasi="Ajukan keberatan ini kepada atasan pejabat penilai kinerja? Keberatan hanya dapat diajukan sekali." tersembunyi={{ evaluasiId: ev.id }} className="mt-3 space-y-3">
          <label className="block text-sm">
            <span className="font-medium">Alasan keberatan</span>
            <textarea name="alasan" rows={4} required minLength={10} maxLength={BATAS_PENILAIAN.alasan} className={kelasInput} />
            <PesanKolom nama="alasan" />
          </label>
          <PilihBerkas label="Lampiran pendukung (opsional, PDF/gambar/Office)" accept={TERIMA_INPUT} name="berkas" />
          <PesanKolom nama="berkas" />
        </FormAksi>
      )}
      {k && (
        <div className="mt-3 space-y-3 text-sm">
          <div className="rounded-md border border-slate-200 p-3">
            <p className="text-xs text-slate-600">Diajukan pegawai pada {waktu(k.diajukanAt)}</p>
            <p className="whitespace-pre-line">{k.alasan}</p>
            {k.berkasNama && (
              <a href={`/api/penilaian/${ev.id}/berkas?jenis=keberatan`} className="text-brand-700 underline">Lampiran: {k.berkasNama}</a>
            )}
          </div>
          {k.penjelasan && (
            <div className="rounded-md border border-slate-200 p-3">
              <p className="text-xs text-slate-600">Penjelasan pejabat penilai kinerja{k.dijelaskanAt ? `, ${waktu(k.dijelaskanAt)}` : ""}</p>
              <p className="whitespace-pre-line">{k.penjelasan}</p>
            </div>
          )}
          {k.status === "DIPUTUSKAN" ? (
            <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
              <p className="font-semibold">
                Keputusan {k.pemutus?.sebagai?.toLowerCase() ?? "atasan pejabat penilai kinerja"}
                {k.pemutus?.nama ? ` (${k.pemutus.nama})` : ""}: {k.keputusan === "DIUBAH" ? "rating diubah" : "penilaian tetap"}
              </p>
              {k.keputusan === "DIUBAH" && k.predikatBaru && (
                <p>
                  Predikat berubah dari <strong>{LABEL_PREDIKAT[k.predikatSebelum]}</strong> menjadi <strong>{LABEL_PREDIKAT[k.predikatBaru]}</strong>.
                </p>
              )}
              <p className="mt-1 whitespace-pre-line">{k.catatanKeputusan}</p>
              {k.diputuskanAt && <p className="mt-1 text-xs text-slate-600">Diputuskan {waktu(k.diputuskanAt)}. Keputusan ini bersifat final.</p>}
            </div>
          ) : (
            <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950">Menunggu keputusan atasan pejabat penilai kinerja.</p>
          )}
          {d.aksi.includes("JELASKAN_KEBERATAN") && (
            <FormAksi action={jelaskanKeberatanAction} tombol={k.penjelasan ? "Perbarui penjelasan" : "Kirim penjelasan"} varian="kedua" tersembunyi={{ evaluasiId: ev.id }} className="space-y-2">
              <label className="block">
                <span className="font-medium">Penjelasan pejabat penilai atas keberatan</span>
                <textarea name="penjelasan" rows={3} required minLength={10} maxLength={BATAS_PENILAIAN.penjelasan} defaultValue={k.penjelasan ?? ""} className={kelasInput} />
                <PesanKolom nama="penjelasan" />
              </label>
            </FormAksi>
          )}
          {d.aksi.includes("PUTUSKAN_KEBERATAN") && (
            <FormAksi action={putuskanKeberatanAction} tombol="Putuskan keberatan" konfirmasi="Keputusan atas keberatan bersifat final dan tercatat. Lanjutkan?" tersembunyi={{ evaluasiId: ev.id }} className="space-y-3 rounded-md border border-slate-300 p-3">
              <p>
                Rating saat ini: hasil kerja <strong>{ev.ratingHasil ? LABEL_RATING[ev.ratingHasil] : "—"}</strong>, perilaku kerja <strong>{ev.ratingPerilaku ? LABEL_RATING[ev.ratingPerilaku] : "—"}</strong>, predikat{" "}
                <strong>{ev.predikat ? LABEL_PREDIKAT[ev.predikat] : "—"}</strong>.
              </p>
              <fieldset>
                <legend className="font-medium">Keputusan</legend>
                <label className="mr-4 inline-flex items-center gap-1.5"><input type="radio" name="keputusan" value="TETAP" required className="size-4" /> Penilaian tetap</label>
                <label className="inline-flex items-center gap-1.5"><input type="radio" name="keputusan" value="DIUBAH" className="size-4" /> Ubah rating</label>
                <PesanKolom nama="keputusan" />
              </fieldset>
              <p className="text-xs text-slate-600">Bila rating diubah, pilih rating yang baru; predikat mengikuti kuadran.</p>
              <PilihanRating nama="ratingHasil" label="Rating hasil kerja yang baru" />
              <PilihanRating nama="ratingPerilaku" label="Rating perilaku kerja yang baru" />
              <label className="block">
                <span className="font-medium">Pertimbangan keputusan</span>
                <textarea name="catatan" rows={3} required minLength={10} maxLength={BATAS_PENILAIAN.penjelasan} className={kelasInput} />
                <PesanKolom nama="catatan" />
              </label>
            </FormAksi>
          )}
        </div>
      )}
    </section>
  );
}

export async function HalamanEvaluasiKinerja({ id, kode, bagian }: { id: string; kode: string; bagian: BagianSkp }) {
  const aktor = await requireAktor();
  const d = await getHalamanEvaluasi(aktor, id, decodeURIComponent(kode).toUpperCase());
  if (!d) notFound();
  if (d.bagian !== bagian) redirect(rutePenilaian(d.bagian, d.skp.id, d.kode));
  const ev = d.evaluasi;
  const bolehUbah = d.aksi.includes("SIMPAN");
  const nama = d.identitas.pegawai?.nama ?? "";
  const periodeHref = ruteSkp(d.bagian, d.skp.id, "penilaian");

  return (
    <div className="space-y-6">
      <div>
        <RemahSkp bagian={d.bagian} nama={nama} tahun={d.skp.tahun} skpHref={ruteSkp(d.bagian, d.skp.id)} halaman={`Penilaian ${d.label}`} />
        <h1 className="text-2xl font-bold text-slate-900">Evaluasi Kinerja Pegawai</h1>
        <p className="text-sm text-slate-700">
          Periode: <strong>{d.tahunan ? "Akhir" : d.label}</strong> · {formatRentang(d.rentang.mulai, d.rentang.selesai)} · Tahun {d.skp.tahun} · Status:{" "}
          <strong>{LABEL_STATUS_EVALUASI[d.status]}</strong>
          {d.periodeTutup && " · periode pelaksanaan sudah ditutup"}
        </p>
        <p className="mt-1 text-sm">
          <Link href={periodeHref} className="text-brand-700 underline">Semua periode tahun {d.skp.tahun}</Link>
          {d.status === "FINAL" && d.bolehLihat.ok && (
            <>
              {" · "}
              <Link href={`/dokumen/skp/${d.skp.id}?jenis=EVALUASI&periode=${d.kode}`} className="text-brand-700 underline">Dokumen &amp; tanda tangan</Link>
            </>
          )}
          {d.bagian === "BAWAHAN" && (
            <>
              {" · "}
              <Link href={`/bawahan/penilaian?periode=${d.kode}`} className="text-brand-700 underline">Daftar penilaian tim</Link>
            </>
          )}
        </p>
      </div>

      {!d.bolehLihat.ok ? (
        <p role="status" className="rounded-md bg-slate-100 px-4 py-3 text-sm">{d.bolehLihat.pesan}</p>
      ) : (
        <>
          <section aria-label="Identitas" className="grid gap-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-2">
            <BlokIdentitas judul="Pegawai yang dinilai" s={d.identitas.pegawai} kosong="—" />
            <BlokIdentitas judul="Pejabat penilai kinerja" s={d.identitas.penilai} kosong="—" />
            <div className="md:col-span-2">
              <p className="text-sm text-slate-700">
                <span className="font-semibold">Atasan pejabat penilai kinerja:</span>{" "}
                {d.identitas.atasanPenilai ? `${d.identitas.atasanPenilai.nama}${d.identitas.atasanPenilai.nama ? ", " : ""}${d.identitas.atasanPenilai.jabatan}` : "—"}
              </p>
              {d.tanpaPenilai && <p className="mt-1 text-sm text-amber-900">Pegawai ini tidak memangku jabatan definitif pada akhir periode, sehingga tidak ada pejabat penilai. Hubungi admin BKD.</p>}
              {ev?.dicatatAdmin && <p className="mt-1 text-sm text-slate-700">Penilaian oleh pimpinan instansi di luar sistem; keputusannya dicatat admin BKD{ev.pindaianNama ? " dengan pindaian terlampir." : "."}</p>}
            </div>
          </section>

          {d.kelengkapan && d.peran.some((p) => p !== "PEGAWAI") && (
            <section aria-label="Kelengkapan pelaksanaan" className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
              <p>
                <span className="font-semibold">Kelengkapan pelaksanaan: {d.kelengkapan.persen}%.</span>{" "}
                {d.kelengkapan.status === "LENGKAP" ? "Setiap rencana aksi sudah ada bukti dukungnya dan setiap indikator sudah diisi realisasinya." : `Kurang: ${uraiKekurangan(d.kelengkapan)}.`}{" "}
                <Link href={`${ruteSkp(d.bagian, d.skp.id, "pelaksanaan")}?periode=${d.kode}`} className="text-brand-700 underline">Lihat pelaksanaan</Link>
              </p>
              {d.gerbang && !d.gerbang.boleh && <p role="alert" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-950">{d.gerbang.pesan} Draf umpan balik tetap dapat ditulis.</p>}
              {d.gerbang?.boleh && d.gerbang.peringatan && <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-950">{d.gerbang.peringatan} Penilaian tetap dapat diselesaikan; kekurangan ini dicatat pada penilaian.</p>}
            </section>
          )}
          <LogHarian skpId={d.skp.id} mulai={d.rentang.mulai} selesai={d.rentang.selesai} label={d.tahunan ? `tahun ${d.skp.tahun}` : d.label} buka={d.peran.some((p) => p !== "PEGAWAI") && !d.tahunan} />
          {d.tahunan && d.gerbang && !d.gerbang.boleh && <p role="alert" className="rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-950">{d.gerbang.pesan}</p>}

          {d.status === "DIKECUALIKAN" && (
            <p className="rounded-md bg-slate-100 px-4 py-3 text-sm">Periode ini dikecualikan dari penilaian. Alasan: {ev?.alasanDikecualikan}</p>
          )}

          {d.status !== "DIKECUALIKAN" && (
            <FormEvaluasi
              // Dipasang ulang saat berganti antara dapat diubah dan hanya-baca ("Tandai selesai dinilai", "Ubah lagi",
              // buka kembali): versi, isian dan status simpan dimulai dari keadaan server terbaru, bukan versi lama
              // yang membuat simpan otomatis berikutnya ditolak sebagai konflik.
              key={bolehUbah ? "ubah" : "baca"}
              skpId={d.skp.id}
              kode={d.kode}
              bolehUbah={bolehUbah}
              bolehTandai={d.aksi.includes("TANDAI_SELESAI") && (!d.gerbang || d.gerbang.boleh)}
              evaluasiId={ev?.id ?? null}
              versi={ev?.versi ?? 0}
              diubahPada={ev?.updatedAt.toISOString() ?? null}
              awal={{ ratingHasil: ev?.ratingHasil ?? null, ratingPerilaku: ev?.ratingPerilaku ?? null, catatan: ev?.catatan ?? null, umpanRhk: ev?.umpanRhk ?? {}, umpanPerilaku: ev?.umpanPerilaku ?? {} }}
              rhk={d.rhk}
              perilaku={d.perilaku}
              tahunan={d.tahunan}
              labelPeriode={Object.fromEntries(d.periodeMasukan.map((m) => [m.kode, m.label]))}
              periodeMasukan={d.periodeMasukan}
              hasilTetap={d.hasilTetap}
            />
          )}

          <section aria-label="Riwayat dan tindakan" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm">
            <h2 className="text-base font-semibold">Catatan penilaian</h2>
            <ul className="space-y-1 text-slate-700">
              {ev?.catatanKelengkapan && <li>{ev.catatanKelengkapan}</li>}
              {ev?.selesaiDinilaiAt && <li>{kalimat(`Ditandai selesai dinilai ${waktu(ev.selesaiDinilaiAt)}${d.identitas.penilai ? ` oleh ${d.identitas.penilai.nama || d.identitas.penilai.jabatan}` : ""}`)}</li>}
              {ev?.finalAt && (
                <li>
                  Difinalkan {waktu(ev.finalAt)}. Predikat: <LencanaPredikat predikat={ev.predikat} />
                  {ev.tenggatKeberatan && <> · tenggat keberatan {formatTanggal(ev.tenggatKeberatan)} ({d.pengaturan.tenggatKeberatan} {LABEL_JENIS_HARI[d.pengaturan.jenisHariKeberatan]})</>}
                </li>
              )}
              {d.kalibrasi.map((x, i) => (
                <li key={i}>
                  Dikalibrasi {waktu(x.pada)} oleh {x.oleh}: {x.dari ? LABEL_PREDIKAT[x.dari] : "—"} → {LABEL_PREDIKAT[x.ke]} (hasil {LABEL_RATING[x.keHasil]}, perilaku {LABEL_RATING[x.kePerilaku]}).
                </li>
              ))}
              {d.finalisasi?.alasanOverride && (
                <li>
                  Difinalkan walau kurva distribusi dilanggar ({d.finalisasi.pelanggaran.join(" ")}). Alasan pengecualian: {d.finalisasi.alasanOverride}
                </li>
              )}
              {!ev && <li>Penilaian periode ini belum dimulai.</li>}
              {ev?.pindaianNama && (
                <li>
                  Pindaian keputusan: <a href={`/api/penilaian/${ev.id}/berkas?jenis=pindaian`} className="text-brand-700 underline">{ev.pindaianNama}</a>
                </li>
              )}
            </ul>
            <div className="flex flex-wrap gap-4">
              {ev && d.aksi.includes("BATAL_SELESAI") && (
                <FormAksi action={batalSelesaiAction} tombol="Ubah lagi" varian="kedua" tersembunyi={{ evaluasiId: ev.id }} />
              )}
              {ev && ev.dicatatAdmin && d.aksi.includes("FINALKAN") && (
                <FormAksi action={finalkanTimAction} tombol="Finalkan keputusan pimpinan" konfirmasi="Finalkan penilaian ini sebagai keputusan pimpinan instansi? Pegawai dapat melihat hasilnya dan mengajukan keberatan." tersembunyi={{ evaluasiId: ev.id }} />
              )}
              {ev && d.aksi.includes("BATAL_KECUALIKAN") && (
                <FormAksi action={batalKecualikanAction} tombol="Batalkan pengecualian" varian="kedua" tersembunyi={{ evaluasiId: ev.id }} />
              )}
            </div>
            {ev && ev.dicatatAdmin && d.status !== "FINAL" && d.peran.includes("PENILAI") && (
              <FormAksi action={unggahPindaianAction} tombol="Lampirkan pindaian" varian="kedua" tersembunyi={{ evaluasiId: ev.id }} className="space-y-2">
                <PilihBerkas label="Pindaian keputusan penilaian dari pimpinan instansi (wajib sebelum final)" accept={TERIMA_INPUT} name="berkas" />
                <PesanKolom nama="berkas" />
              </FormAksi>
            )}
            {d.aksi.includes("KECUALIKAN") && (
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">Kecualikan periode ini dari penilaian</summary>
                <FormAksi action={kecualikanAction} tombol="Kecualikan periode" varian="kedua" tersembunyi={{ skpId: d.skp.id, kode: d.kode }} className="mt-2 space-y-2">
                  <label className="block">
                    <span>Alasan (mis. cuti di luar tanggungan negara, tugas belajar)</span>
                    <textarea name="alasan" rows={2} required minLength={10} maxLength={BATAS_PENILAIAN.alasan} className={kelasInput} />
                    <PesanKolom nama="alasan" />
                  </label>
                </FormAksi>
              </details>
            )}
            {ev && d.aksi.includes("BUKA_KEMBALI") && (
              <details>
                <summary className="cursor-pointer font-medium text-brand-700">Buka kembali penilaian (admin BKD)</summary>
                <FormAksi action={bukaKembaliAction} tombol="Buka kembali" varian="bahaya" konfirmasi="Buka kembali penilaian yang sudah final? Alasannya dicatat di jejak audit." tersembunyi={{ evaluasiId: ev.id }} className="mt-2 space-y-2">
                  <label className="block">
                    <span>Alasan membuka kembali</span>
                    <textarea name="alasan" rows={2} required minLength={10} maxLength={BATAS_PENILAIAN.alasan} className={kelasInput} />
                    <PesanKolom nama="alasan" />
                  </label>
                </FormAksi>
              </details>
            )}
          </section>

          <Keberatan d={d} />
        </>
      )}
    </div>
  );
}
