"use client";
// Baris entri progres harian yang cepat dengan papan ketik: Enter menyimpan, lalu fokus kembali ke Jam mulai
// (diisi jam selesai entri sebelumnya) dengan rencana aksi, tanggal dan satuan yang sama untuk entri berikutnya.
// Dipakai juga untuk mengubah entri (terisi nilainya). Bukti: berkas rencana aksi yang sudah diunggah, berkas
// baru (POST /api/bukti, langsung terpilih), atau tautan.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { kelasInput } from "@/components/gaya";
import { PilihBerkas } from "@/components/pilih-berkas";
import { simpanEntriAction } from "./actions";

export type PilihanRaKlien = { id: string; uraian: string; satuan: string | null; skpId: string; rhk: string; bukti: { id: string; nama: string }[] };
export type KelompokRaKlien = { label: string; item: PilihanRaKlien[] };
export type NilaiEntri = {
  entriId: string;
  rencanaAksiId: string;
  tanggal: string;
  jamMulai: string;
  jamSelesai: string;
  kegiatan: string;
  realisasi: string;
  satuan: string;
  buktiId: string;
  tautan: string;
};

type Terakhir = { rencanaAksiId: string; tanggal: string; jamSelesai: string; satuan: string };

export function FormEntri({
  kelompok,
  awal,
  tanggalAwal,
  hariIni,
  batasMb,
  kembaliHref,
}: {
  kelompok: KelompokRaKlien[];
  /** Entri yang diubah; null = entri baru. */
  awal: NilaiEntri | null;
  tanggalAwal: string;
  hariIni: string;
  batasMb: number;
  /** Setelah perubahan disimpan atau dibatalkan: kembali ke minggu itu (tanpa ?ubah). */
  kembaliHref: string;
}) {
  const router = useRouter();
  const semua = kelompok.flatMap((k) => k.item);
  const satuSaja = semua.length === 1 ? semua[0]!.id : "";
  const [raId, setRaId] = useState(awal?.rencanaAksiId ?? satuSaja);
  const [buktiBaru, setBuktiBaru] = useState<{ id: string; nama: string; raId: string }[]>([]);
  const [pilihBukti, setPilihBukti] = useState(awal?.buktiId ?? "");
  const [putaranBukti, setPutaranBukti] = useState(0);
  const wadah = useRef<HTMLDivElement>(null);
  const terakhir = useRef<Terakhir | null>(null);
  const ra = semua.find((r) => r.id === raId) ?? null;
  const daftarBukti = ra ? [...buktiBaru.filter((b) => b.raId === ra.id), ...ra.bukti.filter((b) => !buktiBaru.some((x) => x.id === b.id))] : [];

  const kolom = (nama: string) => wadah.current?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${nama}"]`) ?? null;

  function gantiRa(id: string) {
    const lama = semua.find((r) => r.id === raId);
    const baru = semua.find((r) => r.id === id);
    const satuan = kolom("satuan");
    // Satuan mengikuti rencana aksi, kecuali sudah diketik sendiri.
    if (satuan && baru?.satuan && (satuan.value.trim() === "" || satuan.value === (lama?.satuan ?? ""))) satuan.value = baru.satuan;
    setRaId(id);
    setPilihBukti("");
    setPutaranBukti((n) => n + 1);
  }

  function setelahBerhasil() {
    if (awal) {
      router.push(kembaliHref);
      return;
    }
    const t = terakhir.current;
    if (!t) return;
    const set = (nama: string, nilai: string) => {
      const el = kolom(nama);
      if (el) el.value = nilai;
    };
    set("rencanaAksiId", t.rencanaAksiId);
    set("tanggal", t.tanggal);
    set("satuan", t.satuan);
    set("buktiId", "");
    set("jamMulai", t.jamSelesai);
    setPilihBukti("");
    const mulai = kolom("jamMulai");
    mulai?.focus();
    if (mulai instanceof HTMLInputElement) mulai.select();
  }

  return (
    <div
      ref={wadah}
      onSubmitCapture={(e) => {
        const f = e.target as HTMLFormElement;
        const v = (n: string) => (f.elements.namedItem(n) as HTMLInputElement | null)?.value ?? "";
        terakhir.current = { rencanaAksiId: v("rencanaAksiId"), tanggal: v("tanggal"), jamSelesai: v("jamSelesai"), satuan: v("satuan") };
      }}
    >
      <FormAksi
        action={simpanEntriAction}
        tombol={awal ? "Simpan perubahan" : "Simpan entri"}
        tersembunyi={awal ? { entriId: awal.entriId } : undefined}
        setelahBerhasil={setelahBerhasil}
        className="space-y-3"
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-12">
          <label className="block text-sm font-medium sm:col-span-2 lg:col-span-6">
            Rencana aksi
            <select name="rencanaAksiId" required defaultValue={awal?.rencanaAksiId ?? satuSaja} onChange={(e) => gantiRa(e.target.value)} className={kelasInput}>
              <option value="">— Pilih rencana aksi —</option>
              {kelompok.map((k) => (
                <optgroup key={k.label} label={k.label}>
                  {k.item.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.uraian}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <PesanKolom nama="rencanaAksiId" />
          </label>
          <label className="block text-sm font-medium lg:col-span-2">
            Tanggal
            <input type="date" name="tanggal" required max={hariIni} defaultValue={awal?.tanggal ?? tanggalAwal} className={kelasInput} />
            <PesanKolom nama="tanggal" />
          </label>
          <div className="grid grid-cols-2 gap-3 lg:col-span-4">
            <label className="block text-sm font-medium">
              Jam mulai
              <input type="time" name="jamMulai" required defaultValue={awal?.jamMulai ?? "08:00"} className={kelasInput} />
              <PesanKolom nama="jamMulai" />
            </label>
            <label className="block text-sm font-medium">
              Jam selesai
              <input type="time" name="jamSelesai" required defaultValue={awal?.jamSelesai ?? ""} className={kelasInput} />
              <PesanKolom nama="jamSelesai" />
            </label>
          </div>
          <label className="block text-sm font-medium sm:col-span-2 lg:col-span-6">
            Kegiatan
            <input
              name="kegiatan"
              required
              minLength={3}
              maxLength={1000}
              autoComplete="off"
              defaultValue={awal?.kegiatan ?? ""}
              placeholder="mis. Menyusun draf laporan capaian imunisasi"
              className={kelasInput}
            />
            <PesanKolom nama="kegiatan" />
          </label>
          <div className="grid grid-cols-2 gap-3 sm:col-span-2 lg:col-span-6">
            <label className="block text-sm font-medium">
              Realisasi
              <input name="realisasi" required inputMode="decimal" autoComplete="off" defaultValue={awal?.realisasi ?? ""} placeholder="mis. 1 atau 0,5" className={kelasInput} />
              <PesanKolom nama="realisasi" />
            </label>
            <label className="block text-sm font-medium">
              Satuan
              <input name="satuan" required maxLength={60} defaultValue={awal?.satuan ?? ra?.satuan ?? ""} className={kelasInput} />
              <PesanKolom nama="satuan" />
            </label>
          </div>
          <label className="block text-sm font-medium sm:col-span-1 lg:col-span-4">
            Bukti dukung (berkas)
            <select key={`${raId}-${putaranBukti}`} name="buktiId" defaultValue={pilihBukti} className={kelasInput} disabled={!ra}>
              <option value="">{ra ? (daftarBukti.length ? "— Tanpa berkas —" : "Belum ada berkas pada rencana aksi ini") : "Pilih rencana aksi dulu"}</option>
              {daftarBukti.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.nama}
                </option>
              ))}
            </select>
            <PesanKolom nama="buktiId" />
          </label>
          <label className="block text-sm font-medium sm:col-span-1 lg:col-span-4">
            Tautan bukti (opsional)
            <input type="url" name="tautan" inputMode="url" autoComplete="off" defaultValue={awal?.tautan ?? ""} placeholder="https://…" className={kelasInput} />
            <PesanKolom nama="tautan" />
          </label>
          <div className="sm:col-span-2 lg:col-span-4">{ra && <UnggahCepat skpId={ra.skpId} rencanaAksiId={ra.id} batasMb={batasMb} judul={ra.uraian} onTerunggah={(b) => {
            setBuktiBaru((l) => [{ ...b, raId: ra.id }, ...l]);
            setPilihBukti(b.id);
            setPutaranBukti((n) => n + 1);
          }} />}</div>
        </div>
        <p className="text-xs text-slate-600">Tekan Enter untuk menyimpan. Entri disimpan sebagai draf; ajukan per hari atau per minggu.</p>
        {awal && (
          <Link href={kembaliHref} className="inline-block text-sm text-brand-700 underline">
            Batal mengubah
          </Link>
        )}
      </FormAksi>
    </div>
  );
}

/** Unggah berkas bukti baru untuk rencana aksi terpilih, tanpa meninggalkan baris entri (tidak ikut FormData entri). */
function UnggahCepat({
  skpId,
  rencanaAksiId,
  batasMb,
  judul,
  onTerunggah,
}: {
  skpId: string;
  rencanaAksiId: string;
  batasMb: number;
  judul: string;
  onTerunggah: (b: { id: string; nama: string }) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [sibuk, setSibuk] = useState(false);
  const [putaran, setPutaran] = useState(0);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);

  async function unggah() {
    const berkas = input.current?.files?.[0];
    if (!berkas) return setPesan({ ok: false, teks: "Pilih berkas bukti dukung lebih dulu." });
    if (berkas.size > batasMb * 1024 * 1024) return setPesan({ ok: false, teks: `Berkas melebihi batas ${batasMb} MB.` });
    const data = new FormData();
    data.set("skpId", skpId);
    data.set("rencanaAksiId", rencanaAksiId);
    data.set("berkas", berkas);
    setSibuk(true);
    setPesan(null);
    try {
      const res = await fetch("/api/bukti", { method: "POST", body: data });
      const r = (await res.json().catch(() => ({}))) as { ok?: boolean; pesan?: string; id?: string };
      if (res.ok && r.ok && r.id) {
        onTerunggah({ id: r.id, nama: berkas.name });
        setPutaran((n) => n + 1);
        setPesan({ ok: true, teks: `${r.pesan ?? "Bukti diunggah."} Berkas ini dipilih sebagai bukti entri.` });
      } else setPesan({ ok: false, teks: r.pesan ?? `Unggahan gagal (kode ${res.status}).` });
    } catch {
      setPesan({ ok: false, teks: "Koneksi terputus saat mengunggah. Silakan coba lagi." });
    } finally {
      setSibuk(false);
    }
  }

  return (
    <div className="text-sm">
      <p className="font-medium">Atau unggah berkas baru (maks. {batasMb} MB)</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <PilihBerkas key={putaran} ref={input} label={`bukti untuk ${judul}`} accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" onPilih={() => setPesan(null)} />
        <button type="button" onClick={unggah} disabled={sibuk} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60">
          {sibuk ? "Mengunggah…" : "Unggah"}
        </button>
      </div>
      {pesan && (
        <p role={pesan.ok ? "status" : "alert"} className={"mt-1 " + (pesan.ok ? "text-green-800" : "text-red-700")}>
          {pesan.teks}
        </p>
      )}
    </div>
  );
}
