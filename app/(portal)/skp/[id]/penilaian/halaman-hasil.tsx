// Hasil penilaian setahun: setiap periode berdampingan dan evaluasi tahunan, per segmen SKP (mutasi = dua segmen).
// Dipakai oleh /skp/[id]/penilaian, /bawahan/skp/[id]/penilaian dan /admin/skp/[id]/penilaian.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { formatRentang } from "@/lib/organisasi/format";
import { getHasilTahun, type SelHasil } from "@/lib/penilaian/baca";
import { LABEL_STATUS_EVALUASI } from "@/lib/penilaian/alur";
import { LABEL_RATING } from "@/lib/penilaian/kuadran";
import { rutePenilaian, ruteSkp, type BagianSkp } from "@/lib/skp/rute";
import { LencanaPredikat } from "@/components/lencana-penilaian";
import { RemahSkp } from "@/components/remah-skp";
import { angkaKreditSegmen } from "@/lib/angka-kredit/baca";
import { formatAk, LABEL_ANGKA_KREDIT, LABEL_JENJANG, rumusAk, type HitungAk } from "@/lib/angka-kredit/aturan";

/** Angka kredit sel final (pejabat fungsional berjenjang); undefined = tidak berlaku. */
function AngkaKredit({ ak }: { ak: HitungAk | null }) {
  if (!ak) return <p className="text-xs text-slate-600">{LABEL_ANGKA_KREDIT}: koefisien jenjang belum ditetapkan</p>;
  return (
    <p className="text-xs text-slate-800" data-angka-kredit={formatAk(ak.ak)}>
      {LABEL_ANGKA_KREDIT}: <strong className="tabular-nums">{formatAk(ak.ak)}</strong>
      <span className="block text-slate-600 tabular-nums">{rumusAk(ak)}</span>
    </p>
  );
}

function Sel({ s, href, ak }: { s: SelHasil; href: string; ak?: HitungAk | null }) {
  return (
    <div className="flex h-full flex-col items-start gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <p className="font-semibold">{s.label}</p>
      {s.status === "BELUM" ? (
        <p className="text-slate-600">{s.terlihat ? "Belum dinilai" : "Belum final"}</p>
      ) : (
        <>
          <LencanaPredikat predikat={s.predikat} />
          {s.ratingHasil && <p className="text-xs text-slate-700">Hasil kerja: {LABEL_RATING[s.ratingHasil]}</p>}
          {s.ratingPerilaku && <p className="text-xs text-slate-700">Perilaku kerja: {LABEL_RATING[s.ratingPerilaku]}</p>}
          {s.status === "FINAL" && ak !== undefined && <AngkaKredit ak={ak} />}
          <p className="text-xs text-slate-600">{LABEL_STATUS_EVALUASI[s.status]}{s.keberatan === "DIAJUKAN" ? " · keberatan diajukan" : s.keberatan === "DIPUTUSKAN" ? " · keberatan diputuskan" : ""}</p>
        </>
      )}
      <Link href={href} className="mt-auto font-medium text-brand-700 underline">
        {s.status === "BELUM" && !s.terlihat ? "Buka" : "Lihat rincian"}<span className="sr-only"> penilaian {s.label}</span>
      </Link>
    </div>
  );
}

export async function HalamanHasilPenilaian({ id, bagian }: { id: string; bagian: BagianSkp }) {
  const aktor = await requireAktor();
  const d = await getHasilTahun(aktor, id);
  if (!d) notFound();
  if (d.bagian !== bagian) redirect(ruteSkp(d.bagian, id, "penilaian"));
  const ak = await angkaKreditSegmen(d.segmen.map((s) => s.skpId));
  return (
    <div className="space-y-6">
      <div>
        <RemahSkp bagian={d.bagian} nama={d.nama} tahun={d.tahun} skpHref={ruteSkp(d.bagian, id)} halaman="Penilaian" />
        <h1 className="text-2xl font-bold text-slate-900">Hasil penilaian kinerja {d.tahun}{d.bagian !== "SAYA" ? ` · ${d.nama}` : ""}</h1>
        <p className="text-sm text-slate-600">
          {d.bagian === "SAYA" ? "Hasil tampil setelah pejabat penilai memfinalkannya. Buka rincian untuk umpan balik dan, bila perlu, mengajukan keberatan." : "Setiap periode berdampingan dengan evaluasi tahunannya."}
        </p>
      </div>
      {d.segmen.length === 0 && <p className="rounded-md bg-slate-100 px-4 py-3 text-sm">Belum ada SKP yang disetujui pada tahun ini.</p>}
      {d.segmen.map((s) => (
        <section key={s.skpId} aria-labelledby={`segmen-${s.skpId}`} className="rounded-xl border border-slate-200 bg-slate-50 p-5">
          <h2 id={`segmen-${s.skpId}`} className="text-base font-semibold">
            {s.jabatan} <span className="font-normal text-slate-600">· {formatRentang(s.mulai, s.selesai)}</span>
          </h2>
          {ak.get(s.skpId) && (
            <p className="mt-1 text-sm text-slate-700">
              Jabatan fungsional jenjang {LABEL_JENJANG[ak.get(s.skpId)!.jenjang]}: {LABEL_ANGKA_KREDIT.toLowerCase()} tampil pada setiap penilaian yang sudah final (bulan/12 × persentase predikat × koefisien tahunan, Peraturan BKN 3/2023).
            </p>
          )}
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
            {[...s.sel, s.akhir].map((x) => (
              <li key={x.kode}>
                <Sel s={x} href={rutePenilaian(d.bagian, s.skpId, x.kode)} ak={ak.get(s.skpId)?.perKode.has(x.kode) ? ak.get(s.skpId)!.perKode.get(x.kode)! : undefined} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
