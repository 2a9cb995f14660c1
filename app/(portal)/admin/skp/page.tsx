import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { formatRentang } from "@/lib/organisasi/format";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { getDaftarSkpAdmin, STATUS_DAFTAR, UKURAN_HALAMAN_SKP } from "@/lib/skp/daftar-admin";
import { LABEL_STATUS } from "@/lib/skp/workflow";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";
import { ruteSkp } from "@/lib/skp/rute";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { LencanaStatus } from "@/components/status-skp";

export const metadata: Metadata = { title: "Daftar SKP" };

type Cari = { instansi?: string; q?: string; opd?: string; status?: string; tahun?: string; halaman?: string };
const satu = (v: unknown) => (typeof v === "string" ? v : undefined);

export default async function DaftarSkp({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const cari: Cari = { instansi: satu(sp.instansi), q: satu(sp.q), opd: satu(sp.opd), status: satu(sp.status), tahun: satu(sp.tahun), halaman: satu(sp.halaman) };
  const dipilih = await pilihInstansiDikelola(aktor, cari.instansi, "lihat-struktur");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const tahunIni = tahunKinerjaSekarang();
  const tahun = /^\d{4}$/.test(cari.tahun ?? "") && Number(cari.tahun) >= 2022 && Number(cari.tahun) <= tahunIni + 1 ? Number(cari.tahun) : tahunIni;
  const status = STATUS_DAFTAR.find((s) => s === cari.status);
  const halaman = Math.min(Math.max(1, Number.parseInt(cari.halaman ?? "1", 10) || 1), 10_000);
  const q = (cari.q ?? "").slice(0, 100);
  const d = await getDaftarSkpAdmin(pilihan.id, { tahun, q, opdId: cari.opd, status, halaman });
  const jumlahHalaman = Math.max(1, Math.ceil(d.total / UKURAN_HALAMAN_SKP));
  const tautan = (ubah: Partial<Cari>) => {
    const u = new URLSearchParams();
    const isi = { instansi: daftar.length > 1 ? pilihan.id : undefined, q: q || undefined, opd: cari.opd, status, tahun: tahun === tahunIni ? undefined : String(tahun), ...ubah };
    for (const [k, v] of Object.entries(isi)) if (v) u.set(k, v);
    const s = u.toString();
    return `/admin/skp${s ? `?${s}` : ""}`;
  };
  const semuaStatus = STATUS_DAFTAR.reduce((a, s) => a + d.perStatus[s], 0);

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / Daftar SKP
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Daftar SKP {tahun}</h1>
        <p className="text-sm text-slate-600">{pilihan.nama}: semua SKP pegawai, dapat dicari menurut nama atau NIP, OPD dan status.</p>
      </div>

      <form method="get" action="/admin/skp" role="search" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[1fr_14rem_10rem_7rem_auto] sm:items-end">
        {daftar.length > 1 && <input type="hidden" name="instansi" value={pilihan.id} />}
        <div>
          <label htmlFor="cari-q" className="text-sm font-medium">Nama atau NIP</label>
          <input id="cari-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="mis. Hendri atau 19930404" className={kelasInput} />
        </div>
        <div>
          <label htmlFor="cari-opd" className="text-sm font-medium">OPD</label>
          <select id="cari-opd" name="opd" defaultValue={cari.opd ?? ""} className={kelasInput}>
            <option value="">Semua OPD</option>
            {d.opd.map((o) => (
              <option key={o.id} value={o.id}>{o.nama}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cari-status" className="text-sm font-medium">Status</label>
          <select id="cari-status" name="status" defaultValue={status ?? ""} className={kelasInput}>
            <option value="">Semua status</option>
            {STATUS_DAFTAR.map((s) => (
              <option key={s} value={s}>{LABEL_STATUS[s]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="cari-tahun" className="text-sm font-medium">Tahun</label>
          <input id="cari-tahun" name="tahun" inputMode="numeric" maxLength={4} defaultValue={String(tahun)} className={kelasInput} />
        </div>
        <button type="submit" className={kelasTombol.utama}>Cari</button>
      </form>

      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Jumlah per status">
        <li>
          <Link href={tautan({ status: undefined, halaman: undefined })} aria-current={!status ? "true" : undefined} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
            Semua <span className="tabular-nums">({semuaStatus})</span>
          </Link>
        </li>
        {STATUS_DAFTAR.map((s) => (
          <li key={s}>
            <Link href={tautan({ status: s, halaman: undefined })} aria-current={status === s ? "true" : undefined} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
              {LABEL_STATUS[s]} <span className="tabular-nums">({d.perStatus[s]})</span>
            </Link>
          </li>
        ))}
      </ul>

      <Panel judul={`${d.total} SKP ditemukan`} id="hasil">
        {d.baris.length === 0 ? (
          <Kosong>Tidak ada SKP yang cocok dengan pencarian ini.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {d.baris.map((b) => (
              <li key={b.id} className="grid gap-1 py-3 text-sm sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_6rem] sm:items-center sm:gap-4">
                <div className="min-w-0">
                  <Link href={ruteSkp("ADMIN", b.id)} className="font-medium text-brand-700 underline">{b.nama || "—"}</Link>
                  <p className="text-slate-600 tabular-nums">{b.nip ?? "—"}</p>
                </div>
                <div className="min-w-0">
                  <p>{b.jabatan}</p>
                  <p className="text-slate-600">{b.unitKerja ?? "—"} · {formatRentang(b.mulai, b.selesai)}{b.versi > 1 ? ` · versi ${b.versi}` : ""}</p>
                </div>
                <div>
                  <LencanaStatus status={b.status} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {jumlahHalaman > 1 && (
          <nav aria-label="Halaman hasil" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
            {halaman > 1 && <Link href={tautan({ halaman: String(halaman - 1) })} className="text-brand-700 underline">‹ Sebelumnya</Link>}
            <span>Halaman {halaman} dari {jumlahHalaman}</span>
            {halaman < jumlahHalaman && <Link href={tautan({ halaman: String(halaman + 1) })} className="text-brand-700 underline">Berikutnya ›</Link>}
          </nav>
        )}
      </Panel>
    </div>
  );
}
