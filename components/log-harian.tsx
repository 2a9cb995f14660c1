// Log progres harian satu SKP dalam satu periode, untuk pejabat penilai di halaman evaluasi (komponen server).
import { logHarianPeriode } from "@/lib/progres-harian/baca";
import { formatDurasi, formatJam, LABEL_STATUS_PROGRES, labelTerlambat } from "@/lib/progres-harian/aturan";
import { namaHari, tanggalPanjang } from "@/lib/progres-harian/kalender";
import { formatAngka } from "@/lib/angka-tampil";

const WARNA = { DRAF: "bg-slate-100 text-slate-700", DIAJUKAN: "bg-amber-100 text-amber-900", DISETUJUI: "bg-green-100 text-green-800", DIKEMBALIKAN: "bg-red-100 text-red-800" } as const;

export async function LogHarian({ skpId, mulai, selesai, label, buka }: { skpId: string; mulai: Date; selesai: Date; label: string; buka: boolean }) {
  const { entri, terpotong } = await logHarianPeriode(skpId, mulai, selesai);
  const menit = entri.reduce((s, e) => s + e.jamSelesai - e.jamMulai, 0);
  const hari = new Set(entri.map((e) => e.tanggal.getTime())).size;
  const disetujui = entri.filter((e) => e.status === "DISETUJUI").length;
  const terlambat = entri.filter((e) => e.terlambatHari > 0).length;
  return (
    <section aria-labelledby="log-harian" className="rounded-xl border border-slate-200 bg-white p-5 text-sm shadow-sm">
      <details open={buka}>
        <summary className="cursor-pointer">
          <h2 id="log-harian" className="inline text-base font-semibold">Progres harian {label}</h2>
          <span className="ml-2 text-slate-600">
            {entri.length === 0 ? "belum ada entri" : `${entri.length}${terpotong ? "+" : ""} entri pada ${hari} hari · ${formatDurasi(menit)} · ${disetujui} disetujui · ${terlambat} terlambat`}
          </span>
        </summary>
        {entri.length > 0 && (
          <div className="mt-3 overflow-x-auto">
            <table className="tabel-tumpuk w-full text-left">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">Tanggal</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Jam</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Kegiatan</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Realisasi</th>
                  <th scope="col" className="py-1 pr-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {entri.map((e) => (
                  <tr key={e.id}>
                    <td data-kolom="Tanggal" className="py-1 pr-3 align-top whitespace-nowrap">{namaHari(e.tanggal)}, {tanggalPanjang(e.tanggal)}</td>
                    <td data-kolom="Jam" className="py-1 pr-3 align-top tabular-nums whitespace-nowrap">{formatJam(e.jamMulai)}–{formatJam(e.jamSelesai)}</td>
                    <td data-kolom="Kegiatan" className="py-1 pr-3 align-top">
                      {e.kegiatan}
                      <span className="block text-xs text-slate-600">{e.rencanaAksi}</span>
                    </td>
                    <td data-kolom="Realisasi" className="py-1 pr-3 align-top whitespace-nowrap">{formatAngka(e.realisasi)} {e.satuan}</td>
                    <td data-kolom="Status" className="py-1 pr-3 align-top">
                      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${WARNA[e.status]}`}>{LABEL_STATUS_PROGRES[e.status]}</span>
                      {e.terlambatHari > 0 && <span className="block text-xs text-amber-900">{labelTerlambat(e.terlambatHari)}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {terpotong && <p className="mt-2 text-slate-600">Hanya {entri.length} entri pertama yang ditampilkan.</p>}
          </div>
        )}
      </details>
    </section>
  );
}
