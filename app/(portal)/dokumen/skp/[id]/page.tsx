// Dokumen resmi satu SKP: SKP + Lampiran, dan untuk setiap periode Umpan Balik, Evaluasi dan Dokumen Evaluasi.
// Unduh PDF; penanda tangan (pegawai dan pejabat penilai) menandatangani dengan konfirmasi kata sandi.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { getHasilTahun, type SelHasil } from "@/lib/penilaian/baca";
import { formatRentang } from "@/lib/organisasi/format";
import { ruteSkp } from "@/lib/skp/rute";
import { LABEL_JENIS_DOKUMEN, LABEL_PERAN_TTD, type JenisDokumen } from "@/lib/dokumen/jenis";
import { kunciSubjek, type SubjekDokumen } from "@/lib/dokumen/muat";
import { urlUnduhDokumen } from "@/lib/dokumen/rute";
import { RemahSkp } from "@/components/remah-skp";
import { PanelDokumen } from "@/app/(portal)/dokumen/panel-dokumen";

export const metadata: Metadata = { title: "Dokumen SKP" };

type Baris = { subjek: SubjekDokumen; jenis: JenisDokumen; periode: string; tersedia: string | null; href: string };


function barisPeriode(skpId: string, sel: SelHasil): Baris[] {
  const final = sel.status === "FINAL";
  const ub = sel.status === "FINAL" || sel.status === "SELESAI_DINILAI";
  const mk = (jenis: "UMPAN_BALIK" | "EVALUASI" | "DOKUMEN_EVALUASI", siap: boolean, alasan: string): Baris => {
    const subjek: SubjekDokumen = { jenis, skpId, kode: sel.kode };
    return { subjek, jenis, periode: sel.label, tersedia: siap ? null : alasan, href: `?jenis=${jenis}&periode=${sel.kode}` };
  };
  return [
    mk("UMPAN_BALIK", ub, "setelah penilaian ditandai selesai"),
    mk("EVALUASI", final, "setelah penilaian final"),
    mk("DOKUMEN_EVALUASI", final, "setelah penilaian final"),
  ];
}

export default async function Halaman({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ jenis?: string; periode?: string }> }) {
  const aktor = await requireAktor();
  const { id } = await params;
  const q = await searchParams;
  const d = await getHasilTahun(aktor, id);
  const seg = d?.segmen.find((s) => s.skpId === id);
  if (!d || !seg) notFound();

  const baris: Baris[] = [
    { subjek: { jenis: "SKP", skpId: id }, jenis: "SKP", periode: `Tahun ${d.tahun}`, tersedia: seg.status === "DISETUJUI" || seg.status === "DIGANTI" ? null : "setelah SKP disetujui", href: "?jenis=SKP" },
    ...[...seg.sel, seg.akhir].flatMap((s) => barisPeriode(id, s)),
  ];
  const terdaftar = await prisma.dokumen.findMany({
    where: { skpId: id, digantikanAt: null },
    select: { subjek: true, versi: true, kode: true, tandaTangan: { select: { peran: true, nama: true, waktu: true, metode: true }, orderBy: { waktu: "asc" } } },
  });
  const perSubjek = new Map(terdaftar.map((t) => [t.subjek, t]));

  const dipilih = baris.find((b) => b.jenis === q.jenis && (b.jenis === "SKP" || ("kode" in b.subjek && b.subjek.kode === q.periode)));

  return (
    <div className="space-y-6">
      <div>
        <RemahSkp bagian={d.bagian} nama={d.nama} tahun={d.tahun} skpHref={ruteSkp(d.bagian, id)} halaman="Dokumen" />
        <h1 className="text-2xl font-bold text-slate-900">Dokumen SKP {d.tahun}{d.bagian !== "SAYA" ? ` · ${d.nama}` : ""}</h1>
        <p className="text-sm text-slate-600">
          {seg.jabatan} · {formatRentang(seg.mulai, seg.selesai)}. Setiap dokumen diunduh sebagai PDF bertanda tangan elektronik yang dapat diverifikasi
          siapa pun lewat kode QR-nya. Pegawai yang dinilai dan pejabat penilai kinerja menandatangani di sini; atasan pejabat penilai tercantum tanpa
          menandatangani.
        </p>
      </div>

      {dipilih && <PanelDokumen aktor={aktor} subjek={dipilih.subjek} periode={dipilih.periode} tersedia={dipilih.tersedia} />}

      <section aria-labelledby="dok-daftar" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="dok-daftar" className="text-lg font-semibold">Daftar dokumen</h2>
        <ul className="mt-3 divide-y divide-slate-100">
          {baris.map((b) => {
            const t = perSubjek.get(kunciSubjek(b.subjek));
            return (
              <li key={kunciSubjek(b.subjek)} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
                <div>
                  <p className="font-medium">{LABEL_JENIS_DOKUMEN[b.jenis]} <span className="font-normal text-slate-600">· {b.periode}</span></p>
                  <p className="text-slate-600">
                    {b.tersedia
                      ? `Tersedia ${b.tersedia}.`
                      : t
                        ? `Versi ${t.versi} · ${t.tandaTangan.length ? `ditandatangani ${t.tandaTangan.map((x) => `${x.nama} (${LABEL_PERAN_TTD[x.peran].toLowerCase()})`).join(", ")}` : "belum ditandatangani"}`
                        : "Belum dibuat"}
                  </p>
                </div>
                {!b.tersedia && (
                  <div className="flex gap-3">
                    <Link href={b.href} className="font-medium text-brand-700 underline">
                      Tanda tangan &amp; rincian<span className="sr-only"> {LABEL_JENIS_DOKUMEN[b.jenis]} {b.periode}</span>
                    </Link>
                    <a href={urlUnduhDokumen(b.subjek)} className="font-medium text-brand-700 underline">
                      Unduh PDF<span className="sr-only"> {LABEL_JENIS_DOKUMEN[b.jenis]} {b.periode}</span>
                    </a>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
