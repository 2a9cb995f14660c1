import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { formatRentang } from "@/lib/organisasi/format";
import { pilihanRencanaAksi } from "@/lib/progres-harian/baca";
import { daftarPilihan } from "@/lib/progres-harian/excel";
import { ImporHarian } from "./impor-harian";

export const metadata: Metadata = { title: "Impor progres harian" };

export default async function HalamanImporHarian() {
  const aktor = await requireAktor();
  const pilihan = daftarPilihan(await pilihanRencanaAksi(aktor));
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/harian" className="text-brand-700 underline">
            ← Progres harian
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Impor progres harian dari Excel</h1>
        <p className="text-sm text-slate-600">
          Unduh templat, isi satu kegiatan per baris (mis. satu minggu sekaligus), lalu unggah. Portal menampilkan pratinjau setiap baris lebih dahulu; tidak ada yang disimpan selama masih ada baris yang
          salah, dan baris yang sudah pernah diimpor tidak ditambahkan lagi.
        </p>
      </div>
      <Panel judul="1. Unduh templat" id="judul-templat">
        {pilihan.length === 0 ? (
          <Kosong>
            Belum ada rencana aksi yang dapat diisi. Progres harian dicatat terhadap rencana aksi SKP yang sudah disetujui pada periode yang dibuka; tulis rencana aksinya di halaman{" "}
            <Link href="/skp" className="text-brand-700 underline">
              SKP → Pelaksanaan
            </Link>
            .
          </Kosong>
        ) : (
          <div className="space-y-3 text-sm">
            <p>
              <a href="/api/harian/templat" className="inline-block rounded-md bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800" download>
                Unduh templat Excel
              </a>
            </p>
            <p className="text-slate-700">Kolom Rencana Aksi pada templat berisi daftar pilihan berikut ({pilihan.length}):</p>
            <ul className="space-y-1">
              {pilihan.map((p) => (
                <li key={p.id} className="break-words">
                  <span className="font-medium">{p.kode}</span> — {p.uraian} <span className="text-slate-600">({p.periode}: {formatRentang(p.mulai, p.selesai)})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Panel>
      <Panel judul="2. Unggah dan periksa" id="judul-unggah">
        <ImporHarian />
      </Panel>
    </div>
  );
}
