import type { Metadata } from "next";
import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { getTinjauanHarian, type EntriTinjau } from "@/lib/progres-harian/baca";
import { formatDurasi, formatJam, LABEL_STATUS_PROGRES, labelTerlambat, type StatusProgres } from "@/lib/progres-harian/aturan";
import { tanggalPanjang, namaHari } from "@/lib/progres-harian/kalender";
import { formatAngka } from "@/lib/angka-tampil";
import { CATATAN_MAKS } from "@/lib/progres-harian/aturan";
import { FormAksi, PesanKolom } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { PilihSemua } from "@/components/pilih-semua";
import { kelasInput } from "@/components/gaya";
import { kembalikanEntriAction, setujuiEntriAction } from "../../harian/actions";

export const metadata: Metadata = { title: "Tinjauan Progres Harian" };

const TAB: { status: StatusProgres; label: string }[] = [
  { status: "DIAJUKAN", label: "Menunggu tinjauan" },
  { status: "DIKEMBALIKAN", label: "Dikembalikan" },
  { status: "DISETUJUI", label: "Disetujui" },
];
const FORM_SETUJUI = "form-setujui-harian";

function kelompokkan(entri: EntriTinjau[]) {
  const per = new Map<string, { nama: string; nip: string; entri: EntriTinjau[] }>();
  for (const e of entri) {
    const g = per.get(e.pegawaiId) ?? { nama: e.nama, nip: e.nip, entri: [] };
    g.entri.push(e);
    per.set(e.pegawaiId, g);
  }
  return [...per.entries()];
}

export default async function TinjauanHarian({ searchParams }: { searchParams: Promise<{ status?: string; kembalikan?: string; dikembalikan?: string }> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const status = TAB.find((t) => t.status === sp.status)?.status ?? "DIAJUKAN";
  const dibuka = typeof sp.kembalikan === "string" ? sp.kembalikan : null;
  const { entri, terpotong } = await getTinjauanHarian(aktor, status);
  const grup = kelompokkan(entri);
  const menunggu = status === "DIAJUKAN";
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/bawahan" className="text-brand-700 underline">Penilaian Bawahan</Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">Tinjauan Progres Harian</h1>
        <p className="text-sm text-slate-600">
          Entri progres harian bawahan yang kinerjanya Anda nilai. Setujui yang sesuai sekaligus; kembalikan entri yang perlu diperbaiki dengan catatan. Entri yang sudah disetujui
          hanya dapat diubah pegawai setelah Anda mengembalikannya.
        </p>
      </div>
      <nav aria-label="Status entri" className="flex flex-wrap gap-2">
        {TAB.map((t) => (
          <Link
            key={t.status}
            href={`/bawahan/harian?status=${t.status}`}
            aria-current={t.status === status ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 text-sm font-medium ${t.status === status ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {sp.dikembalikan === "1" && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">
          Entri dikembalikan ke pegawai dengan catatan Anda. Pegawai diberi tahu dan melihatnya di Progres Harian; entrinya kini di tab{" "}
          <Link href="/bawahan/harian?status=DIKEMBALIKAN" className="font-medium underline">
            Dikembalikan
          </Link>
          .
        </p>
      )}
      <Panel judul={`${TAB.find((t) => t.status === status)!.label} (${entri.length}${terpotong ? "+" : ""} entri)`} id="daftar">
        {entri.length === 0 ? (
          <Kosong>{menunggu ? "Tidak ada entri progres harian yang menunggu tinjauan Anda." : `Tidak ada entri berstatus ${LABEL_STATUS_PROGRES[status].toLowerCase()}.`}</Kosong>
        ) : (
          <div className="space-y-6">
            {terpotong && <p className="text-sm text-amber-900">Hanya {entri.length} entri pertama yang ditampilkan. Tinjau ini dulu; sisanya muncul setelahnya.</p>}
            {menunggu && (
              <FormAksi
                id={FORM_SETUJUI}
                action={setujuiEntriAction}
                tombol="Setujui entri yang dipilih"
                konfirmasi="Setujui semua entri yang dipilih?"
                minimalSatu={{ nama: "entriId", pesan: "Pilih minimal satu entri yang akan disetujui." }}
                className="flex flex-wrap items-center gap-3"
              >
                <PilihSemua form={FORM_SETUJUI} nama="entriId" label="Pilih semua entri" />
              </FormAksi>
            )}
            {grup.map(([pegawaiId, g]) => (
              <section key={pegawaiId} aria-labelledby={`peg-${pegawaiId}`} className="space-y-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 pb-1">
                  <h2 id={`peg-${pegawaiId}`} className="font-semibold text-slate-900">
                    {g.nama} <span className="font-normal text-slate-600 tabular-nums">{g.nip}</span>
                  </h2>
                  <span className="text-sm text-slate-600">
                    {g.entri.length} entri · {formatDurasi(g.entri.reduce((s, e) => s + e.jamSelesai - e.jamMulai, 0))}
                    {menunggu && (
                      <span className="ml-3">
                        <PilihSemua form={FORM_SETUJUI} nama="entriId" grup={pegawaiId} label={`Pilih semua entri ${g.nama}`} />
                      </span>
                    )}
                  </span>
                </div>
                <ul className="divide-y divide-slate-100">
                  {g.entri.map((e) => (
                    <li key={e.id} id={`entri-${e.id}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start">
                      {menunggu && (
                        <input
                          type="checkbox"
                          name="entriId"
                          value={e.id}
                          form={FORM_SETUJUI}
                          data-grup={pegawaiId}
                          aria-label={`Pilih entri ${g.nama} ${tanggalPanjang(e.tanggal)} ${formatJam(e.jamMulai)}–${formatJam(e.jamSelesai)}`}
                          className="mt-1 size-4 shrink-0"
                        />
                      )}
                      <div className="min-w-0 flex-1 space-y-1 text-sm">
                        <p className="font-medium">
                          {namaHari(e.tanggal)}, {tanggalPanjang(e.tanggal)} · <span className="tabular-nums">{formatJam(e.jamMulai)}–{formatJam(e.jamSelesai)}</span>
                          {e.terlambatHari > 0 && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{labelTerlambat(e.terlambatHari)}</span>}
                        </p>
                        <p className="whitespace-pre-line">{e.kegiatan}</p>
                        <p className="text-slate-600">
                          Rencana aksi: {e.rencanaAksi} · Realisasi {formatAngka(e.realisasi)} {e.satuan}
                        </p>
                        {(e.bukti || e.tautan) && (
                          <p className="flex flex-wrap gap-3">
                            {e.bukti && (
                              <a href={`/api/bukti/${e.bukti.id}`} className="text-brand-700 underline">
                                Bukti: {e.bukti.nama}
                              </a>
                            )}
                            {e.tautan && (
                              <a href={e.tautan} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 underline">
                                Tautan bukti
                              </a>
                            )}
                          </p>
                        )}
                        {e.catatan && status === "DIKEMBALIKAN" && <p className="rounded bg-amber-50 p-2 text-amber-950">Catatan Anda: {e.catatan}</p>}
                      </div>
                      {status !== "DIKEMBALIKAN" &&
                        (dibuka === e.id ? (
                          // Formulir hanya untuk entri yang dipilih: daftar 30 bawahan tidak merender ratusan formulir.
                          <FormAksi action={kembalikanEntriAction} tombol="Kembalikan dengan catatan" varian="kedua" tersembunyi={{ entriId: e.id, tab: status }} className="space-y-2 sm:w-72">
                            <label className="block text-sm">
                              Catatan untuk {g.nama}
                              <textarea name="catatan" required minLength={3} maxLength={CATATAN_MAKS} rows={2} autoFocus className={kelasInput} />
                              <PesanKolom nama="catatan" />
                            </label>
                          </FormAksi>
                        ) : (
                          <Link href={`/bawahan/harian?status=${status}&kembalikan=${e.id}#entri-${e.id}`} className="text-sm font-medium text-brand-700 underline sm:w-72">
                            Kembalikan<span className="sr-only"> entri {tanggalPanjang(e.tanggal)} {formatJam(e.jamMulai)}</span>
                          </Link>
                        ))}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </Panel>
    </div>
  );
}
