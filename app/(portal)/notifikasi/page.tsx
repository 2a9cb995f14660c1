// Notifikasi saya: terbaru dulu, berhalaman keyset; yang belum dibaca ditandai. Mengeklik judul menandainya dibaca
// lalu membuka tautannya.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { daftarNotifikasi, hitungBelumDibaca } from "@/lib/notifikasi/baca";
import { FormAksi } from "@/components/form-aksi";
import { kelasTombol } from "@/components/gaya";
import { bukaNotifikasiAction, tandaiDibacaAction, tandaiSemuaDibacaAction } from "./actions";

export const metadata: Metadata = { title: "Notifikasi" };

const waktu = (t: Date) => t.toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" });

export default async function HalamanNotifikasi({ searchParams }: { searchParams: Promise<{ setelah?: string | string[] }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const setelah = typeof sp.setelah === "string" ? sp.setelah : null;
  const [{ butir, berikut }, belum] = await Promise.all([daftarNotifikasi(aktor, setelah), hitungBelumDibaca(aktor.pegawaiId)]);
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">Notifikasi</h1>
          <p className="text-sm text-slate-600">{belum === 0 ? "Semua notifikasi sudah dibaca." : `${belum >= 100 ? "99+" : belum} belum dibaca.`}</p>
        </div>
        {belum > 0 && <FormAksi action={tandaiSemuaDibacaAction} tombol="Tandai semua dibaca" varian="kedua" className="space-y-2" />}
      </div>
      {butir.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">{setelah ? "Tidak ada notifikasi yang lebih lama." : "Belum ada notifikasi."}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" aria-label="Daftar notifikasi">
          {butir.map((n) => {
            const baru = n.dibacaPada === null;
            return (
              <li key={n.id} className={`flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between ${baru ? "bg-brand-50" : ""}`}>
                <div className="min-w-0 flex-1">
                  <FormAksi action={bukaNotifikasiAction} tombol={null} tersembunyi={{ notifikasiId: n.id }} className="space-y-1">
                    <button type="submit" className="text-left font-semibold text-brand-800 underline-offset-2 hover:underline">
                      {baru && <span className="mr-2 inline-block rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">Baru</span>}
                      {n.judul}
                    </button>
                  </FormAksi>
                  <p className="mt-1 text-sm break-words text-slate-700">{n.isi}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    <time dateTime={n.createdAt.toISOString()}>{waktu(n.createdAt)}</time>
                  </p>
                </div>
                {baru && (
                  <FormAksi action={tandaiDibacaAction} tombol={null} tersembunyi={{ notifikasiId: n.id }} className="shrink-0">
                    <button type="submit" className={kelasTombol.kedua} aria-label={`Tandai dibaca: ${n.judul}`}>
                      Tandai dibaca
                    </button>
                  </FormAksi>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label="Halaman notifikasi" className="flex gap-4 text-sm">
        {setelah && (
          <Link href="/notifikasi" className="text-brand-700 underline">
            ‹ Terbaru
          </Link>
        )}
        {berikut && (
          <Link href={`/notifikasi?setelah=${berikut}`} className="text-brand-700 underline">
            Lebih lama ›
          </Link>
        )}
      </nav>
    </div>
  );
}
