import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { getJejakAudit } from "@/lib/audit/baca";
import { cakupanAudit, bacaSaringan, SEMUA_INSTANSI } from "@/lib/audit/cakupan";
import { BATAS_EKSPOR_AUDIT, LABEL_AKSI_AUDIT, labelAksiAudit } from "@/lib/audit/label";
import { formatWaktuZona } from "@/lib/organisasi/format";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { Kosong, Panel } from "@/components/kartu-pegawai";

/** Panggilan /api/v1 tidak berpelaku: yang tampil adalah nama token dari data barisnya (#16). */
const tokenApi = (b: { entitas: string; data: unknown }) =>
  b.entitas === "TokenApi" && typeof b.data === "object" && b.data !== null && typeof (b.data as { token?: unknown }).token === "string" ? (b.data as { token: string }).token : null;

export const metadata: Metadata = { title: "Jejak audit" };

const satu = (v: unknown) => (typeof v === "string" ? v : undefined);
const AKSI_URUT = Object.keys(LABEL_AKSI_AUDIT).sort((a, b) => labelAksiAudit(a).localeCompare(labelAksiAudit(b), "id"));

export default async function JejakAudit({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const c = await cakupanAudit(aktor, satu(sp.instansi));
  if (!c) forbidden();
  const { isian, saringan } = bacaSaringan(sp);
  const h = await getJejakAudit(c.instansiId, saringan, satu(sp.setelah));
  const pilihInstansi = aktor.isSuperadmin || c.daftar.length > 1;
  const nilaiInstansi = c.instansiId ?? SEMUA_INSTANSI;
  const kueri = (ubah: Record<string, string | undefined>) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries({ instansi: pilihInstansi ? nilaiInstansi : undefined, ...isian, ...ubah })) if (v) u.set(k, v);
    return u.toString();
  };
  const tautan = (ubah: Record<string, string | undefined>) => `/admin/audit${kueri(ubah) ? `?${kueri(ubah)}` : ""}`;

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / Jejak audit
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Jejak audit</h1>
        <p className="text-sm text-slate-600">
          {c.nama}: setiap perubahan, masuk dan unduhan yang dicatat portal, terbaru dulu. Jejak tidak dapat diubah atau dihapus.
        </p>
      </div>

      <form method="get" action="/admin/audit" role="search" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3 sm:items-end">
        {pilihInstansi ? (
          <div>
            <label htmlFor="au-instansi" className="text-sm font-medium">Instansi</label>
            <select id="au-instansi" name="instansi" defaultValue={nilaiInstansi} className={kelasInput}>
              {aktor.isSuperadmin && <option value={SEMUA_INSTANSI}>Semua instansi</option>}
              {c.daftar.map((i) => <option key={i.id} value={i.id}>{i.nama}</option>)}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="au-pegawai" className="text-sm font-medium">Pegawai yang dikenai (nama/NIP)</label>
          <input id="au-pegawai" name="pegawai" type="search" defaultValue={isian.pegawai} maxLength={100} className={kelasInput} />
        </div>
        <div>
          <label htmlFor="au-pelaku" className="text-sm font-medium">Pelaku (nama/NIP)</label>
          <input id="au-pelaku" name="pelaku" type="search" defaultValue={isian.pelaku} maxLength={100} className={kelasInput} />
        </div>
        <div>
          <label htmlFor="au-aksi" className="text-sm font-medium">Aksi</label>
          <select id="au-aksi" name="aksi" defaultValue={isian.aksi ?? ""} className={kelasInput}>
            <option value="">Semua aksi</option>
            {AKSI_URUT.map((a) => <option key={a} value={a}>{labelAksiAudit(a)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="au-entitas" className="text-sm font-medium">Entitas (mis. Skp, Pengguna)</label>
          <input id="au-entitas" name="entitas" defaultValue={isian.entitas} maxLength={80} className={kelasInput} />
        </div>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor="au-dari" className="text-sm font-medium">Dari tanggal</label>
            <input id="au-dari" name="dari" type="date" defaultValue={isian.dari} className={kelasInput} />
          </div>
          <div>
            <label htmlFor="au-sampai" className="text-sm font-medium">Sampai tanggal</label>
            <input id="au-sampai" name="sampai" type="date" defaultValue={isian.sampai} className={kelasInput} />
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={kelasTombol.utama}>Saring</button>
          <a href={`/api/admin/audit/ekspor?${kueri({})}`} className={kelasTombol.kedua}>Ekspor Excel</a>
        </div>
      </form>
      <p className="text-xs text-slate-600">Ekspor memuat semua baris yang cocok dengan saringan, paling banyak {BATAS_EKSPOR_AUDIT.toLocaleString("id-ID")} baris terbaru.</p>

      <Panel judul="Catatan" id="catatan">
        {h.baris.length === 0 ? (
          <Kosong>Tidak ada catatan yang cocok dengan saringan ini.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {h.baris.map((b) => (
              <li key={b.id} className="grid gap-1 py-2 text-sm sm:grid-cols-[11rem_minmax(0,1fr)_minmax(0,16rem)] sm:gap-4">
                <p className="tabular-nums text-slate-600">{formatWaktuZona(b.waktu, "Asia/Jakarta")}</p>
                <div className="min-w-0">
                  <p className="font-medium">{labelAksiAudit(b.aksi)}</p>
                  <p className="break-all text-xs text-slate-600">{b.entitas}{b.entitasId ? ` ${b.entitasId}` : ""}</p>
                </div>
                <p className="min-w-0">{b.pelaku ? <>{b.pelaku.nama} <span className="block text-xs text-slate-600 tabular-nums">{b.pelaku.nip}</span></> : <span className="text-slate-600">{tokenApi(b) ? `Token API: ${tokenApi(b)}` : "(sistem)"}</span>}</p>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label="Halaman jejak audit" className="mt-4 flex flex-wrap gap-3 text-sm">
          {sp.setelah && <Link href={tautan({})} className="text-brand-700 underline">« Terbaru</Link>}
          {h.berikut && <Link href={tautan({ setelah: h.berikut })} className="text-brand-700 underline">Lebih lama ›</Link>}
        </nav>
      </Panel>
    </div>
  );
}
