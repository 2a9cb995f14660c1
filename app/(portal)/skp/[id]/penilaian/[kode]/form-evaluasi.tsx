"use client";
// Formulir Evaluasi Kinerja Pegawai (skp-domain §6 baris 4): umpan balik per RHK dan per nilai BerAKHLAK, rating hasil
// kerja, rating perilaku kerja, predikat langsung dari kuadran, catatan/rekomendasi. Draf tersimpan sendiri saat
// mengetik (jeda) dan saat meninggalkan halaman; versi optimistis: bila orang lain menyimpan lebih dulu, isian di layar
// tidak hilang dan pengguna memilih versi mana yang disimpan.
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { PratinjauBukti } from "@/components/pratinjau-bukti";
import { formatAngka } from "@/lib/angka-tampil";
import { DAFTAR_RATING, LABEL_PREDIKAT, LABEL_RATING, predikatBila, predikatKinerja, WARNA_PREDIKAT, type Rating } from "@/lib/penilaian/kuadran";
import { BATAS_PENILAIAN, LABEL_PILIHAN_UMPAN, persenCapaian, PILIHAN_UMPAN } from "@/lib/penilaian/umpan";
import { LABEL_ASPEK } from "@/lib/skp/varian";
import { tandaiSelesaiAction } from "@/app/(portal)/bawahan/penilaian/actions";

type Umpan = { pilihan: string | null; teks: string | null };
type Isi = { ratingHasil: Rating | null; ratingPerilaku: Rating | null; catatan: string | null; umpanRhk: Record<string, Umpan>; umpanPerilaku: Record<string, Umpan> };
type Bukti = { id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; mime: string | null; url: string | null };
type RhkTampil = {
  id: string;
  kode: string;
  jenis: "UTAMA" | "TAMBAHAN";
  teks: string;
  iki: { id: string; aspek: string | null; indikator: string; targetTeks: string; targetAngka: number | null; satuan: string | null; realisasi: { kode: string; nilai: number | null; teks: string | null; dasar: string | null }[] }[];
  rencanaAksi: { id: string; uraian: string; kodePeriode: string; targetAngka: number | null; satuan: string | null; bukti: Bukti[] }[];
};
type Masukan = { kode: string; label: string; status: string; ratingHasil: Rating | null; ratingPerilaku: Rating | null; predikat: string | null; umpanRhk: Record<string, Umpan>; umpanPerilaku: Record<string, Umpan>; alasanDikecualikan: string | null };

type Props = {
  skpId: string;
  kode: string;
  bolehUbah: boolean;
  bolehTandai: boolean;
  evaluasiId: string | null;
  versi: number;
  diubahPada: string | null;
  awal: Isi;
  rhk: RhkTampil[];
  perilaku: { kode: string; nama: string; panduan: readonly string[]; ekspektasi: string | null }[];
  tahunan: boolean;
  labelPeriode: Record<string, string>;
  periodeMasukan: Masukan[];
  /** Pimpinan unit: rating hasil kerja tetap dari capaian organisasi, dengan alasannya. */
  hasilTetap: { rating: Rating | null; alasan: string } | null;
};

type Simpan = { keadaan: "bersih" | "berubah" | "menyimpan" | "tersimpan" | "galat" | "konflik"; pesan?: string; pada?: string };

const jam = (iso: string) => new Date(iso).toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" });
const JEDA_MS = 1500;

function Kuadran({ hasil, perilaku }: { hasil: Rating | null; perilaku: Rating | null }) {
  const kolom: Rating[] = ["DI_BAWAH", "SESUAI", "DI_ATAS"];
  return (
    <table className="text-xs" aria-label="Kuadran kinerja: baris rating hasil kerja, kolom rating perilaku kerja">
      <thead>
        <tr>
          <th scope="col" className="p-1 text-left font-medium text-slate-600">Hasil ↓ / Perilaku →</th>
          {kolom.map((k) => (
            <th key={k} scope="col" className="p-1 font-medium text-slate-600">{LABEL_RATING[k].replace(" Ekspektasi", "")}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {DAFTAR_RATING.map((h) => (
          <tr key={h}>
            <th scope="row" className="p-1 text-left font-medium text-slate-600">{LABEL_RATING[h].replace(" Ekspektasi", "")}</th>
            {kolom.map((p) => {
              const aktif = h === hasil && p === perilaku;
              const pr = predikatKinerja(h, p);
              return (
                <td key={p} className={`border p-1 text-center ${aktif ? `${WARNA_PREDIKAT[pr]} font-bold ring-2` : "border-slate-200 text-slate-600"}`} aria-current={aktif ? "true" : undefined}>
                  {LABEL_PREDIKAT[pr]}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PilihRating({ nama, label, nilai, ubah, boleh }: { nama: string; label: string; nilai: Rating | null; ubah: (r: Rating) => void; boleh: boolean }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold uppercase tracking-wide text-slate-800">{label}</legend>
      {boleh ? (
        <div className="flex flex-wrap gap-2">
          {DAFTAR_RATING.map((r) => (
            <label key={r} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold">
              <input type="radio" name={nama} value={r} checked={nilai === r} onChange={() => ubah(r)} className="size-4" />
              {LABEL_RATING[r]}
            </label>
          ))}
        </div>
      ) : (
        <p className="text-sm font-semibold">{nilai ? LABEL_RATING[nilai] : "Belum diisi"}</p>
      )}
    </fieldset>
  );
}

function IsianUmpan({ id, judul, nilai, ubah, boleh }: { id: string; judul: string; nilai: Umpan | undefined; ubah: (u: Umpan) => void; boleh: boolean }) {
  if (!boleh) {
    if (!nilai?.pilihan && !nilai?.teks) return <p className="text-sm text-slate-600">Belum ada umpan balik.</p>;
    return (
      <div className="text-sm">
        {nilai.pilihan && <p className="font-semibold">{LABEL_PILIHAN_UMPAN[nilai.pilihan as keyof typeof LABEL_PILIHAN_UMPAN] ?? nilai.pilihan}</p>}
        {nilai.teks && <p className="whitespace-pre-line">{nilai.teks}</p>}
      </div>
    );
  }
  return (
    <div className="grid gap-2 sm:grid-cols-[14rem_1fr]">
      <label className="text-sm">
        <span className="block text-slate-700">Umpan balik singkat<span className="sr-only"> untuk {judul}</span></span>
        <select id={`${id}-pilihan`} value={nilai?.pilihan ?? ""} onChange={(e) => ubah({ pilihan: e.target.value || null, teks: nilai?.teks ?? null })} className={kelasInput}>
          <option value="">— pilih —</option>
          {PILIHAN_UMPAN.map((p) => (
            <option key={p} value={p}>{LABEL_PILIHAN_UMPAN[p]}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-slate-700">Umpan balik berdasarkan bukti dukung<span className="sr-only"> untuk {judul}</span></span>
        <textarea id={`${id}-teks`} rows={2} maxLength={BATAS_PENILAIAN.umpan} value={nilai?.teks ?? ""} onChange={(e) => ubah({ pilihan: nilai?.pilihan ?? null, teks: e.target.value })} className={kelasInput} />
      </label>
    </div>
  );
}

export function FormEvaluasi(p: Props) {
  const router = useRouter();
  const [isi, setIsi] = useState<Isi>(p.hasilTetap ? { ...p.awal, ratingHasil: p.hasilTetap.rating } : p.awal);
  const [simpan, setSimpan] = useState<Simpan>({ keadaan: "bersih", pada: p.diubahPada ?? undefined });
  const [konflik, setKonflik] = useState<(Isi & { versi: number; diubahPada: string }) | null>(null);
  const [hasilTandai, setHasilTandai] = useState<{ ok: boolean; pesan: string } | null>(null);
  const [menandai, setMenandai] = useState(false);
  const versi = useRef(p.versi);
  const evaluasiIdRef = useRef(p.evaluasiId);
  const isiRef = useRef(isi);
  const kotor = useRef(false);
  const berjalan = useRef<Promise<boolean> | null>(null);
  const pengatur = useRef<ReturnType<typeof setTimeout> | null>(null);
  isiRef.current = isi;

  const badan = useCallback(() => JSON.stringify({ skpId: p.skpId, kode: p.kode, versi: versi.current, ...isiRef.current, catatan: isiRef.current.catatan ?? "" }), [p.skpId, p.kode]);

  const kirim = useCallback(async (): Promise<boolean> => {
    if (berjalan.current) await berjalan.current;
    if (!kotor.current) return true;
    kotor.current = false;
    setSimpan({ keadaan: "menyimpan" });
    const jalan = (async () => {
      try {
        const r = await fetch("/api/penilaian/draf", { method: "POST", headers: { "Content-Type": "application/json" }, body: badan() });
        const j = await r.json();
        if (j.ok) {
          versi.current = j.versi;
          evaluasiIdRef.current = j.evaluasiId;
          setSimpan({ keadaan: kotor.current ? "berubah" : "tersimpan", pada: j.disimpanPada });
          return true;
        }
        kotor.current = true;
        if (j.konflik) {
          setKonflik({ ...j.konflik });
          setSimpan({ keadaan: "konflik", pesan: j.pesan });
        } else setSimpan({ keadaan: "galat", pesan: j.pesan ?? "Draf belum tersimpan." });
        return false;
      } catch {
        kotor.current = true;
        setSimpan({ keadaan: "galat", pesan: "Koneksi terputus; draf belum tersimpan. Isian tetap di layar dan akan dicoba lagi." });
        return false;
      }
    })();
    berjalan.current = jalan;
    const ok = await jalan;
    berjalan.current = null;
    return ok;
  }, [badan]);

  const ubah = (f: (x: Isi) => Isi) => {
    setIsi((x) => f(x));
    kotor.current = true;
    setSimpan((s) => (s.keadaan === "konflik" ? s : { keadaan: "berubah" }));
    if (pengatur.current) clearTimeout(pengatur.current);
    pengatur.current = setTimeout(() => {
      if (!konflikRef.current) void kirim();
    }, JEDA_MS);
  };
  const konflikRef = useRef(konflik);
  konflikRef.current = konflik;

  // Saat meninggalkan halaman: kirim draf yang belum tersimpan (keepalive bertahan walau halaman ditutup).
  useEffect(() => {
    if (!p.bolehUbah) return;
    const pergi = () => {
      if (!kotor.current || konflikRef.current || berjalan.current) return;
      kotor.current = false;
      // Halaman sering hanya disembunyikan (pindah tab), bukan ditutup: versi dari jawaban server dipakai untuk
      // penyimpanan berikutnya, dan simpan otomatis berikutnya menunggu permintaan ini. Tanpa itu, kembali ke tab lalu
      // mengetik ditolak sebagai konflik terhadap simpanan sendiri.
      const jalan = fetch("/api/penilaian/draf", { method: "POST", headers: { "Content-Type": "application/json" }, body: badan(), keepalive: true })
        .then((r) => r.json())
        .then((j: { ok?: boolean; versi?: number; evaluasiId?: string; disimpanPada?: string }) => {
          if (j.ok && typeof j.versi === "number") {
            versi.current = j.versi;
            evaluasiIdRef.current = j.evaluasiId ?? evaluasiIdRef.current;
            setSimpan({ keadaan: kotor.current ? "berubah" : "tersimpan", pada: j.disimpanPada });
            return true;
          }
          kotor.current = true;
          return false;
        })
        .catch(() => {
          kotor.current = true;
          return false;
        });
      berjalan.current = jalan;
      void jalan.finally(() => {
        if (berjalan.current === jalan) berjalan.current = null;
      });
    };
    const sembunyi = () => document.visibilityState === "hidden" && pergi();
    const tanya = (e: BeforeUnloadEvent) => {
      if (konflikRef.current) e.preventDefault();
    };
    window.addEventListener("pagehide", pergi);
    document.addEventListener("visibilitychange", sembunyi);
    window.addEventListener("beforeunload", tanya);
    return () => {
      window.removeEventListener("pagehide", pergi);
      document.removeEventListener("visibilitychange", sembunyi);
      window.removeEventListener("beforeunload", tanya);
    };
  }, [p.bolehUbah, badan]);

  const pakaiMilikSaya = async () => {
    if (!konflik) return;
    versi.current = konflik.versi;
    setKonflik(null);
    kotor.current = true;
    await kirim();
  };
  const pakaiTerbaru = () => {
    if (!konflik) return;
    versi.current = konflik.versi;
    setIsi({ ratingHasil: konflik.ratingHasil, ratingPerilaku: konflik.ratingPerilaku, catatan: konflik.catatan, umpanRhk: konflik.umpanRhk, umpanPerilaku: konflik.umpanPerilaku });
    setKonflik(null);
    kotor.current = false;
    setSimpan({ keadaan: "tersimpan", pada: konflik.diubahPada });
  };

  const tandai = async () => {
    setMenandai(true);
    setHasilTandai(null);
    try {
      if (pengatur.current) clearTimeout(pengatur.current);
      const ok = await kirim();
      if (!ok) {
        setHasilTandai({ ok: false, pesan: "Draf belum tersimpan; selesaikan dulu pesan di atas." });
        return;
      }
      const idEv = evaluasiIdRef.current;
      if (!idEv) {
        setHasilTandai({ ok: false, pesan: "Isi penilaian terlebih dahulu." });
        return;
      }
      const fd = new FormData();
      fd.set("evaluasiId", idEv);
      const r = await tandaiSelesaiAction(null, fd);
      setHasilTandai(r ? { ok: r.ok, pesan: r.pesan ?? (r.ok ? "Tersimpan." : "Gagal.") } : null);
      if (r?.ok) router.refresh();
    } finally {
      setMenandai(false);
    }
  };
  // Evaluasi baru: setelah penyimpanan pertama, muat ulang data server (status dan tombol aksi).
  const sudahSegar = useRef(p.evaluasiId !== null);
  useEffect(() => {
    if (simpan.keadaan === "tersimpan" && !sudahSegar.current) {
      sudahSegar.current = true;
      router.refresh();
    }
  }, [simpan.keadaan, router]);

  // Hanya-baca: selalu dari server. Isian lokal di layar bisa tertinggal, mis. setelah keberatan diputuskan dengan
  // rating baru (router.refresh memberi props baru, tetapi tidak mengulang state awal).
  const tampil = p.bolehUbah ? isi : p.awal;
  const predikat = predikatBila(tampil.ratingHasil, tampil.ratingPerilaku);
  const kolomRealisasi = (r: RhkTampil["iki"][number]) =>
    r.realisasi.length === 0 ? (
      <span className="text-amber-900">Belum diisi</span>
    ) : (
      <ul className="space-y-1">
        {r.realisasi.map((z) => {
          const persen = persenCapaian(z.nilai, r.targetAngka);
          return (
            <li key={z.kode}>
              {p.tahunan && <span className="mr-1 text-xs font-semibold text-slate-600">{p.labelPeriode[z.kode] ?? z.kode}:</span>}
              {z.nilai !== null ? `${formatAngka(z.nilai)}${r.satuan ? ` ${r.satuan}` : ""}` : z.teks}
              {persen !== null && <span className="ml-1 text-xs text-slate-600">({formatAngka(persen)}% dari target {p.tahunan ? "" : "tahunan"})</span>}
              {z.dasar && <span className="block text-xs text-slate-600">Dasar: {z.dasar}</span>}
            </li>
          );
        })}
      </ul>
    );

  return (
    <div className="space-y-6">
      {p.bolehUbah && (
        <div role="status" aria-live="polite" className="sticky top-0 z-10 -mx-1 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-sm shadow-sm">
          {simpan.keadaan === "menyimpan" && "Menyimpan draf…"}
          {simpan.keadaan === "berubah" && "Ada perubahan; draf akan tersimpan otomatis."}
          {simpan.keadaan === "tersimpan" && `Draf tersimpan${simpan.pada ? ` pukul ${jam(simpan.pada)}` : ""}.`}
          {simpan.keadaan === "bersih" && (simpan.pada ? `Draf terakhir disimpan pukul ${jam(simpan.pada)}. Perubahan tersimpan otomatis.` : "Perubahan tersimpan otomatis sebagai draf.")}
          {simpan.keadaan === "galat" && <span className="text-red-800">{simpan.pesan}</span>}
          {simpan.keadaan === "konflik" && <span className="font-semibold text-red-800">Draf belum tersimpan: ada versi lebih baru.</span>}
        </div>
      )}
      {konflik && (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
          <p className="font-semibold">{simpan.pesan}</p>
          <p className="mt-1">
            Versi tersimpan (pukul {jam(konflik.diubahPada)}): rating hasil kerja {konflik.ratingHasil ? LABEL_RATING[konflik.ratingHasil] : "belum diisi"}, rating perilaku kerja{" "}
            {konflik.ratingPerilaku ? LABEL_RATING[konflik.ratingPerilaku] : "belum diisi"}.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={pakaiMilikSaya} className={kelasTombol.utama}>Simpan isian saya (ganti versi tersimpan)</button>
            <button type="button" onClick={pakaiTerbaru} className={kelasTombol.kedua}>Pakai versi tersimpan</button>
          </div>
        </div>
      )}

      {p.tahunan && p.periodeMasukan.length > 0 && (
        <section aria-labelledby="masukan-periode" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="masukan-periode" className="text-base font-semibold">Hasil evaluasi periodik (bahan evaluasi tahunan)</h2>
          <div className="relative mt-2 overflow-x-auto">
            <table className="tabel-tumpuk w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Periode</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Rating hasil kerja</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Rating perilaku kerja</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Predikat</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {p.periodeMasukan.map((m) => (
                  <tr key={m.kode}>
                    <td className="py-2 pr-4 font-medium">{m.label}</td>
                    <td data-kolom="Rating hasil kerja" className="py-2 pr-4">{m.status === "DIKECUALIKAN" ? `Dikecualikan: ${m.alasanDikecualikan ?? ""}` : m.ratingHasil ? LABEL_RATING[m.ratingHasil] : "—"}</td>
                    <td data-kolom="Rating perilaku kerja" className="py-2 pr-4">{m.ratingPerilaku ? LABEL_RATING[m.ratingPerilaku] : "—"}</td>
                    <td data-kolom="Predikat" className="py-2 pr-4">{m.predikat ? LABEL_PREDIKAT[m.predikat as keyof typeof LABEL_PREDIKAT] : m.status === "FINAL" ? "—" : "Belum final"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="hasil-kerja" className="space-y-4">
        <h2 id="hasil-kerja" className="text-lg font-bold uppercase tracking-wide text-slate-900">Hasil kerja</h2>
        {p.rhk.map((r) => (
          <article key={r.id} aria-labelledby={`rhk-${r.id}`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 id={`rhk-${r.id}`} className="text-base font-semibold">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{r.kode}</span>
              {r.teks}
              <span className="ml-2 text-xs font-normal text-slate-600">{r.jenis === "UTAMA" ? "Utama" : "Tambahan"}</span>
            </h3>
            <div className="relative mt-3 overflow-x-auto">
              <table className="tabel-tumpuk w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-1.5 pr-4 font-medium">Indikator kinerja individu</th>
                    <th scope="col" className="py-1.5 pr-4 font-medium">Target</th>
                    <th scope="col" className="py-1.5 pr-4 font-medium">Realisasi berdasarkan bukti dukung</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {r.iki.map((i) => (
                    <tr key={i.id}>
                      <td className="py-1.5 pr-4 align-top">{i.aspek && <span className="mr-1 text-xs font-semibold text-slate-600">{LABEL_ASPEK[i.aspek as keyof typeof LABEL_ASPEK] ?? i.aspek}:</span>}{i.indikator}</td>
                      <td data-kolom="Target" className="py-1.5 pr-4 align-top">{i.targetTeks}</td>
                      <td data-kolom="Realisasi" className="py-1.5 pr-4 align-top">{kolomRealisasi(i)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <details className="mt-3 text-sm" open={!p.tahunan}>
              <summary className="cursor-pointer font-medium text-brand-700">Rencana aksi dan bukti dukung ({r.rencanaAksi.length})<span className="sr-only"> {r.kode}</span></summary>
              {r.rencanaAksi.length === 0 ? (
                <p className="mt-2 text-amber-900">Belum ada rencana aksi.</p>
              ) : (
                <ol className="mt-2 space-y-2">
                  {r.rencanaAksi.map((a) => (
                    <li key={a.id} className="rounded-md border border-slate-200 p-2">
                      <p>
                        {p.tahunan && <span className="mr-1 text-xs font-semibold text-slate-600">{p.labelPeriode[a.kodePeriode] ?? a.kodePeriode}:</span>}
                        {a.uraian}
                        {a.targetAngka !== null && <span className="ml-1 text-slate-600">(target {formatAngka(a.targetAngka)} {a.satuan ?? ""})</span>}
                      </p>
                      {a.bukti.length === 0 ? (
                        <p className="text-xs text-amber-900">Belum ada bukti dukung.</p>
                      ) : (
                        <ul className="mt-1 space-y-1">
                          {a.bukti.map((b) => (
                            <li key={b.id}><PratinjauBukti bukti={b} /></li>
                          ))}
                        </ul>
                      )}
                    </li>
                  ))}
                </ol>
              )}
            </details>
            {p.tahunan && p.periodeMasukan.some((m) => m.umpanRhk[r.id]) && (
              <div className="mt-3 rounded-md bg-slate-50 p-2 text-sm">
                <p className="font-medium text-slate-700">Umpan balik periodik:</p>
                <ul className="mt-1 space-y-1">
                  {p.periodeMasukan.filter((m) => m.umpanRhk[r.id]).map((m) => (
                    <li key={m.kode}><span className="font-semibold">{m.label}:</span> {[m.umpanRhk[r.id]!.pilihan ? LABEL_PILIHAN_UMPAN[m.umpanRhk[r.id]!.pilihan as keyof typeof LABEL_PILIHAN_UMPAN] : null, m.umpanRhk[r.id]!.teks].filter(Boolean).join(" — ")}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-4 border-t border-slate-100 pt-3">
              <h4 className="mb-2 text-sm font-semibold">Umpan balik berkelanjutan berdasarkan bukti dukung</h4>
              <IsianUmpan id={`umpan-${r.id}`} judul={`${r.kode} ${r.teks}`} nilai={tampil.umpanRhk[r.id]} boleh={p.bolehUbah} ubah={(u) => ubah((x) => ({ ...x, umpanRhk: { ...x.umpanRhk, [r.id]: u } }))} />
            </div>
          </article>
        ))}
        {p.hasilTetap ? (
          <div className="rounded-lg border border-slate-300 bg-slate-50 p-3">
            <p className="text-sm font-semibold uppercase tracking-wide text-slate-800">Rating hasil kerja</p>
            <p className="text-sm font-semibold">{p.hasilTetap.rating ? LABEL_RATING[p.hasilTetap.rating] : "Menunggu capaian organisasi"}</p>
            <p className="text-xs text-slate-700">{p.hasilTetap.alasan}</p>
          </div>
        ) : (
          <PilihRating nama="ratingHasil" label="Rating hasil kerja" nilai={tampil.ratingHasil} boleh={p.bolehUbah} ubah={(v) => ubah((x) => ({ ...x, ratingHasil: v }))} />
        )}
        {p.bolehUbah && <p className="text-xs text-slate-600">Persentase capaian hanya bahan pertimbangan; rating ditetapkan pejabat penilai berdasarkan bukti dukung, tidak dihitung dari angka.</p>}
      </section>

      <section aria-labelledby="perilaku-kerja" className="space-y-3">
        <h2 id="perilaku-kerja" className="text-lg font-bold uppercase tracking-wide text-slate-900">Perilaku kerja</h2>
        {p.perilaku.map((n) => (
          <article key={n.kode} aria-labelledby={`nilai-${n.kode}`} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2">
            <div>
              <h3 id={`nilai-${n.kode}`} className="font-semibold">{n.nama}</h3>
              <ul className="mt-1 list-[lower-alpha] pl-5 text-sm text-slate-700">
                {n.panduan.map((x) => <li key={x}>{x}</li>)}
              </ul>
              <p className="mt-2 text-sm"><span className="font-medium">Ekspektasi khusus pimpinan:</span> {n.ekspektasi || <span className="text-slate-600">—</span>}</p>
              {p.tahunan && p.periodeMasukan.some((m) => m.umpanPerilaku[n.kode]) && (
                <ul className="mt-2 space-y-1 rounded-md bg-slate-50 p-2 text-sm">
                  {p.periodeMasukan.filter((m) => m.umpanPerilaku[n.kode]).map((m) => (
                    <li key={m.kode}><span className="font-semibold">{m.label}:</span> {[m.umpanPerilaku[n.kode]!.pilihan ? LABEL_PILIHAN_UMPAN[m.umpanPerilaku[n.kode]!.pilihan as keyof typeof LABEL_PILIHAN_UMPAN] : null, m.umpanPerilaku[n.kode]!.teks].filter(Boolean).join(" — ")}</li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h4 className="mb-1 text-sm font-semibold">Umpan balik</h4>
              <IsianUmpan id={`perilaku-${n.kode}`} judul={n.nama} nilai={tampil.umpanPerilaku[n.kode]} boleh={p.bolehUbah} ubah={(u) => ubah((x) => ({ ...x, umpanPerilaku: { ...x.umpanPerilaku, [n.kode]: u } }))} />
            </div>
          </article>
        ))}
        <PilihRating nama="ratingPerilaku" label="Rating perilaku kerja" nilai={tampil.ratingPerilaku} boleh={p.bolehUbah} ubah={(v) => ubah((x) => ({ ...x, ratingPerilaku: v }))} />
      </section>

      <section aria-labelledby="predikat" className="rounded-xl border border-slate-300 bg-white p-5 shadow-sm">
        <h2 id="predikat" className="text-lg font-bold uppercase tracking-wide text-slate-900">Predikat kinerja pegawai</h2>
        <div className="mt-3 flex flex-wrap items-start gap-6">
          <p role="status" aria-live="polite" className="text-sm">
            {predikat ? (
              <span className={`inline-block rounded-md px-4 py-2 text-lg font-bold ring-1 ring-inset ${WARNA_PREDIKAT[predikat]}`}>{LABEL_PREDIKAT[predikat]}</span>
            ) : (
              <span className="text-slate-600">Isi kedua rating untuk melihat predikat.</span>
            )}
          </p>
          <Kuadran hasil={tampil.ratingHasil} perilaku={tampil.ratingPerilaku} />
        </div>
        <label className="mt-4 block text-sm">
          <span className="font-semibold">Catatan/rekomendasi</span>
          {p.bolehUbah ? (
            <textarea name="catatan" rows={3} maxLength={BATAS_PENILAIAN.catatan} value={isi.catatan ?? ""} onChange={(e) => ubah((x) => ({ ...x, catatan: e.target.value }))} className={kelasInput} />
          ) : (
            <span className="mt-1 block whitespace-pre-line">{tampil.catatan || "—"}</span>
          )}
        </label>
        {p.bolehTandai && (
          <div className="mt-4 border-t border-slate-100 pt-4">
            <button type="button" onClick={tandai} disabled={menandai} className={kelasTombol.utama}>
              {menandai ? "Memproses…" : "Tandai selesai dinilai"}
            </button>
            <p className="mt-1 text-xs text-slate-600">Penilaian yang selesai dinilai difinalkan bersama tim Anda dari daftar Penilaian kinerja.</p>
            {hasilTandai && <p role={hasilTandai.ok ? "status" : "alert"} className={`mt-2 rounded-md px-3 py-2 text-sm ${hasilTandai.ok ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-900"}`}>{hasilTandai.pesan}</p>}
          </div>
        )}
      </section>
    </div>
  );
}
