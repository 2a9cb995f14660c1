import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { BATAS_MASALAH, getMasalahData, LABEL_MASALAH, type JenisMasalah } from "@/lib/organisasi/masalah-baca";

export const metadata: Metadata = { title: "Masalah data" };

const URUTAN: JenisMasalah[] = ["TANPA_JABATAN", "TANPA_PENILAI", "DEFINITIF_GANDA", "PLT_KEDALUWARSA", "PENILAI_BERUBAH"];

export default async function MasalahData({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const dipilih = await pilihInstansiDikelola(aktor, (await searchParams).instansi, "lihat-struktur");
  if (!dipilih) forbidden();
  const { pilihan } = dipilih;
  const m = await getMasalahData(pilihan.id);
  const total = URUTAN.reduce((n, k) => n + m[k].jumlah, 0);
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin?instansi=${pilihan.id}`} className="text-brand-700 underline">Admin</Link> / Masalah data
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Masalah data organisasi</h1>
        <p className="text-sm text-slate-600">
          {pilihan.nama}: {total === 0 ? "tidak ada masalah data hari ini." : `${total} masalah hari ini. Setiap baris menautkan ke halaman tempat masalahnya diperbaiki.`}
        </p>
      </div>
      {URUTAN.map((k) => (
        <Panel key={k} judul={`${LABEL_MASALAH[k].judul} (${m[k].jumlah})`} id={`masalah-${k.toLowerCase()}`}>
          <p className="mb-3 text-sm text-slate-600">{LABEL_MASALAH[k].penjelasan}</p>
          {m[k].baris.length === 0 ? (
            <Kosong>Tidak ada.</Kosong>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {m[k].baris.map((b) => (
                <li key={b.kunci} className="py-2">
                  <Link href={b.href} className="font-medium text-brand-700 underline">{b.judul}</Link>
                  <p className="text-slate-600">{b.rincian}</p>
                </li>
              ))}
            </ul>
          )}
          {m[k].jumlah > m[k].baris.length && (
            <p className="mt-2 text-sm text-slate-600">Ditampilkan {BATAS_MASALAH} pertama dari {m[k].jumlah}; perbaiki yang ini dulu lalu muat ulang halaman.</p>
          )}
        </Panel>
      ))}
    </div>
  );
}
