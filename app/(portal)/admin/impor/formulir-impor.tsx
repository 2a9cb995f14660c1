"use client";
// Unggah berkas impor: XMLHttpRequest melaporkan progres unggah; jawaban NDJSON melaporkan kemajuan nyata per tahap
// (membaca, memeriksa n/total baris, membandingkan, menulis n/total) lalu laporan uji coba atau penerapan.
import { useMemo, useRef, useState } from "react";
import { PilihBerkas } from "@/components/pilih-berkas";
import { kelasTombol } from "@/components/gaya";
import { LABEL_STATUS_BARIS, STATUS_BARIS, type StatusBaris } from "@/lib/impor/kolom";
import { LABEL_FASE, type FaseImpor, type HasilImpor, type LaporanImpor, type PesanAlur } from "@/lib/impor/protokol";

type Tahap = { tahap: "unggah" | FaseImpor; selesai: number; total: number };
type Mode = "periksa" | "terapkan";

const URUTAN: Tahap["tahap"][] = ["unggah", "membaca", "memeriksa", "membandingkan", "menerapkan"];
const LABEL_TAHAP: Record<Tahap["tahap"], string> = { unggah: "Mengunggah berkas", ...LABEL_FASE };
const MAKS_TAMPIL = 300;

const WARNA: Record<StatusBaris, string> = {
  DIBUAT: "bg-green-100 text-green-900",
  DIPERBARUI: "bg-blue-100 text-blue-900",
  TIDAK_BERUBAH: "bg-slate-100 text-slate-800",
  GALAT: "bg-red-100 text-red-900",
};

function kirimImpor(fd: FormData, padaTahap: (t: Tahap) => void): Promise<HasilImpor> {
  return new Promise((selesai) => {
    const xhr = new XMLHttpRequest();
    let dibaca = 0;
    let hasil: HasilImpor | null = null;
    const baca = () => {
      const teks = xhr.responseText;
      const akhir = teks.lastIndexOf("\n");
      if (akhir < dibaca) return;
      for (const baris of teks.slice(dibaca, akhir).split("\n")) {
        if (!baris.trim()) continue;
        const m = JSON.parse(baris) as PesanAlur;
        if (m.jenis === "kemajuan") padaTahap({ tahap: m.fase, selesai: m.selesai, total: m.total });
        else hasil = m.hasil;
      }
      dibaca = akhir + 1;
    };
    xhr.open("POST", "/api/admin/impor");
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.upload.onprogress = (e) => e.lengthComputable && padaTahap({ tahap: "unggah", selesai: e.loaded, total: e.total });
    xhr.onprogress = () => xhr.status === 200 && baca();
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let pesan = `Unggahan gagal (kode ${xhr.status}).`;
        try {
          pesan = (JSON.parse(xhr.responseText) as { pesan?: string }).pesan ?? pesan;
        } catch {}
        return selesai({ ok: false, pesan });
      }
      try {
        baca();
      } catch {}
      selesai(hasil ?? { ok: false, pesan: "Jawaban server terputus sebelum selesai. Periksa ulang berkasnya; bila penerapan terputus, tidak ada yang tersimpan kecuali laporan menyatakan berhasil." });
    };
    xhr.onerror = () => selesai({ ok: false, pesan: "Koneksi terputus saat mengunggah. Coba lagi." });
    xhr.send(fd);
  });
}

export function FormulirImpor({ instansiId }: { instansiId: string }) {
  const [berkas, setBerkas] = useState<File | null>(null);
  const [lengkap, setLengkap] = useState(false);
  const [tahap, setTahap] = useState<Tahap | null>(null);
  const [hasil, setHasil] = useState<{ mode: Mode; hasil: HasilImpor } | null>(null);
  const [tanpaBerkas, setTanpaBerkas] = useState(false);
  const sedang = tahap !== null;
  const judulHasil = useRef<HTMLHeadingElement>(null);

  const kirim = async (mode: Mode) => {
    if (!berkas) return setTanpaBerkas(true);
    setTanpaBerkas(false);
    const fd = new FormData();
    fd.set("instansiId", instansiId);
    fd.set("mode", mode);
    fd.set("lengkap", lengkap ? "1" : "0");
    fd.set("berkas", berkas);
    setTahap({ tahap: "unggah", selesai: 0, total: berkas.size });
    const h = await kirimImpor(fd, setTahap);
    setTahap(null);
    setHasil({ mode, hasil: h });
    requestAnimationFrame(() => judulHasil.current?.focus());
  };

  const laporan: LaporanImpor | null = hasil ? (hasil.hasil.ok ? hasil.hasil.data.laporan : (hasil.hasil.laporan ?? null)) : null;
  const bolehTerapkan = hasil?.mode === "periksa" && hasil.hasil.ok && laporan && !laporan.adaGalat && laporan.tulisan > 0;

  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-3">
        <PilihBerkas
          label="Berkas impor (.xlsx atau .csv)"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onPilih={(f) => {
            setBerkas(f);
            setHasil(null);
          }}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-4" checked={lengkap} onChange={(e) => setLengkap(e.target.checked)} disabled={sedang} />
          Impor lengkap (laporkan pegawai instansi yang tidak ada di berkas)
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={kelasTombol.kedua} disabled={sedang} onClick={() => kirim("periksa")}>
          Periksa berkas (uji coba)
        </button>
        {bolehTerapkan && (
          <button type="button" className={kelasTombol.utama} disabled={sedang} onClick={() => kirim("terapkan")}>
            Terapkan impor ({laporan!.tulisan.toLocaleString("id-ID")} perubahan)
          </button>
        )}
      </div>
      {tanpaBerkas && !berkas && (
        <p role="alert" className="font-medium text-red-700">
          Pilih berkas .xlsx atau .csv lebih dulu.
        </p>
      )}
      {tahap && <Kemajuan tahap={tahap} />}
      {hasil && !sedang && (
        <section aria-labelledby="judul-hasil-impor" className="space-y-3">
          <h3 id="judul-hasil-impor" ref={judulHasil} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-none">
            {hasil.mode === "periksa" ? "Hasil pemeriksaan (uji coba, belum ada yang disimpan)" : hasil.hasil.ok ? "Hasil penerapan" : "Penerapan ditolak"}
          </h3>
          <Pesan mode={hasil.mode} hasil={hasil.hasil} />
          {laporan && <Laporan laporan={laporan} />}
        </section>
      )}
    </div>
  );
}

function Kemajuan({ tahap }: { tahap: Tahap }) {
  const kini = URUTAN.indexOf(tahap.tahap);
  const persen = tahap.total > 0 ? Math.round((tahap.selesai * 100) / tahap.total) : 0;
  const angka = tahap.tahap === "memeriksa" || tahap.tahap === "menerapkan" ? ` ${tahap.selesai.toLocaleString("id-ID")} dari ${tahap.total.toLocaleString("id-ID")}` : ` ${persen}%`;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" role="status" aria-live="polite">
      <p className="font-medium">
        {LABEL_TAHAP[tahap.tahap]}…{angka}
      </p>
      <progress value={persen} max={100} className="h-2 w-full max-w-md" aria-label={`Kemajuan: ${LABEL_TAHAP[tahap.tahap]}`} />
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {URUTAN.map((t, i) => (
          <li key={t} className={i < kini ? "text-green-800" : i === kini ? "font-semibold text-slate-900" : ""}>
            {i < kini ? "✓ " : ""}
            {LABEL_TAHAP[t]}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Pesan({ mode, hasil }: { mode: Mode; hasil: HasilImpor }) {
  if (!hasil.ok) return <p role="alert" className="font-medium text-red-700">{hasil.pesan}</p>;
  const l = hasil.data.laporan;
  let teks: string;
  if (mode === "terapkan") teks = hasil.pesan ?? "Impor diterapkan.";
  else if (l.adaGalat) teks = `${l.jumlah.baris.GALAT.toLocaleString("id-ID")} baris bergalat. Perbaiki berkas lalu unggah dan periksa lagi; impor hanya dapat diterapkan bila tidak ada galat.`;
  else if (l.tulisan === 0) teks = "Tidak ada perubahan: data portal sudah sama dengan berkas.";
  else teks = "Tidak ada galat. Periksa ringkasan di bawah, lalu tekan Terapkan impor.";
  return (
    <p role={l.adaGalat ? "alert" : "status"} className={l.adaGalat ? "font-medium text-red-700" : "font-medium text-green-800"}>
      {teks}
    </p>
  );
}

function Laporan({ laporan }: { laporan: LaporanImpor }) {
  const [saring, setSaring] = useState<StatusBaris | "SEMUA" | "BERUBAH">(laporan.adaGalat ? "GALAT" : "BERUBAH");
  const tampil = useMemo(
    () => laporan.baris.filter((b) => saring === "SEMUA" || b.status === saring || (saring === "BERUBAH" && (b.status === "DIBUAT" || b.status === "DIPERBARUI"))),
    [laporan, saring],
  );
  const j = laporan.jumlah;
  const pilihan: { nilai: typeof saring; label: string; n: number }[] = [
    { nilai: "GALAT", label: "Galat", n: j.baris.GALAT },
    { nilai: "BERUBAH", label: "Dibuat/diperbarui", n: j.baris.DIBUAT + j.baris.DIPERBARUI },
    ...STATUS_BARIS.filter((s) => s !== "GALAT").map((s) => ({ nilai: s, label: LABEL_STATUS_BARIS[s].toLowerCase().replace(/^./, (c) => c.toUpperCase()), n: j.baris[s] })),
    { nilai: "SEMUA", label: "Semua", n: laporan.jumlahBaris },
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {STATUS_BARIS.map((s) => (
          <div key={s} className={`rounded-md p-3 ${WARNA[s]}`}>
            <dt className="text-xs font-medium">{LABEL_STATUS_BARIS[s]}</dt>
            <dd className="text-xl font-bold tabular-nums">{j.baris[s].toLocaleString("id-ID")}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-700">
        {laporan.berkas}: {laporan.jumlahBaris.toLocaleString("id-ID")} baris. Unit kerja {j.unitDibuat} baru, {j.unitDiperbarui} diperbarui; jabatan {j.jabatanDibuat} baru, {j.jabatanDiperbarui} diperbarui; pegawai{" "}
        {j.pegawaiDibuat} baru, {j.pegawaiDiperbarui} diperbarui; penugasan {j.penugasanDibuka} dibuka, {j.penugasanDitutup} ditutup.
      </p>
      {laporan.tidakAdaDiBerkas && (
        <details className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <summary className="cursor-pointer font-medium text-amber-900">
            {laporan.tidakAdaDiBerkas.length.toLocaleString("id-ID")} pegawai aktif instansi tidak ada di berkas (tidak dihapus dan tidak dinonaktifkan)
          </summary>
          <ul className="mt-2 max-h-64 list-disc overflow-y-auto pl-5">
            {laporan.tidakAdaDiBerkas.map((p) => (
              <li key={p.nip}>
                <span className="tabular-nums">{p.nip}</span> — {p.nama}
              </li>
            ))}
          </ul>
        </details>
      )}
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Tampilkan baris</legend>
        {pilihan.map((p) => (
          <button key={p.nilai} type="button" aria-pressed={saring === p.nilai} onClick={() => setSaring(p.nilai)} className="rounded-md border border-slate-300 bg-white px-3 py-1 aria-pressed:bg-brand-700 aria-pressed:text-white">
            {p.label} ({p.n.toLocaleString("id-ID")})
          </button>
        ))}
      </fieldset>
      {tampil.length === 0 ? (
        <p className="text-slate-600">Tidak ada baris dengan status ini.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="tabel-tumpuk w-full text-left">
            <caption className="sr-only">Laporan per baris berkas</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Baris</th>
                <th scope="col" className="py-2 pr-3 font-medium">NIP</th>
                <th scope="col" className="py-2 pr-3 font-medium">Nama</th>
                <th scope="col" className="py-2 pr-3 font-medium">Status</th>
                <th scope="col" className="py-2 font-medium">Keterangan</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tampil.slice(0, MAKS_TAMPIL).map((b) => (
                <tr key={b.baris} className="align-top">
                  <th scope="row" className="py-2 pr-3 font-medium tabular-nums">Baris {b.baris}</th>
                  <td data-kolom="NIP" className="py-2 pr-3 tabular-nums">{b.nip ?? "—"}</td>
                  <td data-kolom="Nama" className="py-2 pr-3">{b.nama ?? "—"}</td>
                  <td data-kolom="Status" className="py-2 pr-3">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap ${WARNA[b.status]}`}>{LABEL_STATUS_BARIS[b.status]}</span>
                  </td>
                  <td data-kolom="Keterangan" className="py-2">
                    {b.galat.length > 0 ? (
                      <ul className="space-y-0.5 text-red-800">
                        {b.galat.map((g, i) => (
                          <li key={i}>
                            {g.kolom && <strong>Kolom {g.kolom}: </strong>}
                            {g.pesan}
                          </li>
                        ))}
                      </ul>
                    ) : b.perubahan.length > 0 ? (
                      <ul className="space-y-0.5 text-slate-700">
                        {b.perubahan.map((p, i) => <li key={i}>{p}</li>)}
                      </ul>
                    ) : (
                      <span className="text-slate-500">Sama dengan data portal</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tampil.length > MAKS_TAMPIL && (
            <p className="mt-2 text-slate-600">
              Menampilkan {MAKS_TAMPIL} dari {tampil.length.toLocaleString("id-ID")} baris.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
