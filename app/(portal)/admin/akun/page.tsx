import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { getDaftarAkun } from "@/lib/akun/baca";
import { BATAS_AKTIVASI, LABEL_STATUS_AKUN, STATUS_AKUN, type StatusAkun } from "@/lib/akun/aturan";
import { formatNamaGelar, formatTanggal } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { kelasInput, kelasTombol } from "@/components/gaya";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { CentangSemua, FormAktivasi, TombolAktifAkun, TombolAturUlang, TombolPeranAdmin } from "./formulir";

export const metadata: Metadata = { title: "Akun pegawai" };

const ID_FORM = "form-aktivasi";
const satu = (v: unknown) => (typeof v === "string" ? v : undefined);

const WARNA: Record<StatusAkun, string> = {
  BELUM_ADA: "bg-slate-100 text-slate-800",
  BELUM_AKTIF: "bg-amber-100 text-amber-900",
  HARUS_GANTI_SANDI: "bg-orange-100 text-orange-900",
  AKTIF: "bg-green-100 text-green-800",
  NONAKTIF: "bg-red-100 text-red-800",
};

export default async function AkunPegawai({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const aktor = await requireAktor();
  const sp = await searchParams;
  const dipilih = await pilihInstansiDikelola(aktor, satu(sp.instansi), "kelola-akun");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const q = (satu(sp.q) ?? "").slice(0, 100);
  const status = STATUS_AKUN.find((s) => s === satu(sp.status));
  const d = await getDaftarAkun(pilihan.id, { q, status, kursor: satu(sp.setelah) });
  const tautan = (ubah: Record<string, string | undefined>) => {
    const u = new URLSearchParams();
    const isi = { instansi: daftar.length > 1 ? pilihan.id : undefined, q: q || undefined, status, ...ubah };
    for (const [k, v] of Object.entries(isi)) if (v) u.set(k, v);
    const s = u.toString();
    return `/admin/akun${s ? `?${s}` : ""}`;
  };
  const total = STATUS_AKUN.reduce((a, s) => a + d.perStatus[s], 0);
  const bolehPeran = can(aktor, { aksi: "kelola-akun", instansiId: pilihan.id });

  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href={daftar.length > 1 ? `/admin?instansi=${pilihan.id}` : "/admin"} className="text-brand-700 underline">Admin</Link> / Akun pegawai
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Akun pegawai</h1>
        <p className="text-sm text-slate-600">
          {pilihan.nama}: akun masuk setiap pegawai. Pegawai hasil impor belum punya akun sampai diaktifkan di sini (paling banyak {BATAS_AKTIVASI} sekali
          aktivasi). Menonaktifkan akun mengakhiri semua sesinya. Semua perubahan dicatat di jejak audit.
        </p>
      </div>
      {daftar.length > 1 && (
        <nav aria-label="Pilih instansi" className="flex flex-wrap gap-2 text-sm">
          {daftar.map((i) => (
            <Link key={i.id} href={`/admin/akun?instansi=${i.id}`} aria-current={i.id === pilihan.id ? "page" : undefined} className="rounded-md border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
              {i.nama}
            </Link>
          ))}
        </nav>
      )}

      <form method="get" action="/admin/akun" role="search" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[1fr_16rem_auto] sm:items-end">
        {daftar.length > 1 && <input type="hidden" name="instansi" value={pilihan.id} />}
        <div>
          <label htmlFor="cari-q" className="text-sm font-medium">Nama atau NIP</label>
          <input id="cari-q" name="q" type="search" defaultValue={q} maxLength={100} placeholder="mis. Hendri atau 19930404" className={kelasInput} />
        </div>
        <div>
          <label htmlFor="cari-status" className="text-sm font-medium">Keadaan akun</label>
          <select id="cari-status" name="status" defaultValue={status ?? ""} className={kelasInput}>
            <option value="">Semua keadaan</option>
            {STATUS_AKUN.map((s) => <option key={s} value={s}>{LABEL_STATUS_AKUN[s]}</option>)}
          </select>
        </div>
        <button type="submit" className={kelasTombol.utama}>Cari</button>
      </form>

      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Jumlah per keadaan akun">
        <li>
          <Link href={tautan({ status: undefined })} aria-current={!status ? "true" : undefined} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
            Semua <span className="tabular-nums">({total})</span>
          </Link>
        </li>
        {STATUS_AKUN.map((s) => (
          <li key={s}>
            <Link href={tautan({ status: s })} aria-current={status === s ? "true" : undefined} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
              {LABEL_STATUS_AKUN[s]} <span className="tabular-nums">({d.perStatus[s]})</span>
            </Link>
          </li>
        ))}
      </ul>

      <Panel judul="Aktivasi akun" id="aktivasi">
        <FormAktivasi instansiId={pilihan.id} q={q} adaTanpaAkun={d.perStatus.BELUM_ADA} idForm={ID_FORM} />
      </Panel>

      <Panel judul={status ? `${d.perStatus[status]} pegawai: ${LABEL_STATUS_AKUN[status].toLowerCase()}` : `${total} pegawai`} id="daftar">
        {d.baris.length === 0 ? (
          <Kosong>Tidak ada pegawai yang cocok dengan pencarian ini.</Kosong>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="tabel-tumpuk w-full text-left text-sm">
              <caption className="sr-only">Akun pegawai {pilihan.nama}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium"><CentangSemua idForm={ID_FORM} /></th>
                  <th scope="col" className="py-2 pr-3 font-medium">Pegawai</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Keadaan akun</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Tindakan</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {d.baris.map((b) => {
                  const nama = formatNamaGelar(b.nama);
                  const diri = b.pegawaiId === aktor.pegawaiId;
                  const berperan = b.admin || b.superadmin;
                  // Akun admin/superadmin hanya dikelola superadmin (diperiksa lagi di layanan).
                  const kelola = !diri && (aktor.isSuperadmin || !berperan);
                  return (
                    <tr key={b.pegawaiId} className="align-top">
                      <td className="py-2 pr-3">
                        {b.status === "BELUM_ADA" && (
                          <input type="checkbox" name="pegawaiId" value={b.pegawaiId} form={ID_FORM} aria-label={`Pilih ${nama}`} className="size-4" />
                        )}
                      </td>
                      <td className="py-2 pr-3">
                        <p className="font-medium">{nama}</p>
                        <p className="text-slate-600 tabular-nums">{formatNip(b.nip)}</p>
                      </td>
                      <td data-kolom="Keadaan" className="py-2 pr-3">
                        <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${WARNA[b.status]}`}>{LABEL_STATUS_AKUN[b.status]}</span>
                        {b.admin && <span className="ml-1 inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">Admin BKD</span>}
                        {b.superadmin && <span className="ml-1 inline-block rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">Superadmin</span>}
                        {b.terakhirMasuk && <p className="text-xs text-slate-600">Terakhir masuk {formatTanggal(b.terakhirMasuk)}</p>}
                      </td>
                      <td data-kolom="Tindakan" className="py-2 pr-3">
                        <div className="flex flex-wrap gap-2">
                          {b.status !== "BELUM_ADA" && kelola && <TombolAktifAkun pegawaiId={b.pegawaiId} aktif={b.status === "NONAKTIF"} nama={nama} />}
                          {b.status !== "BELUM_ADA" && b.status !== "NONAKTIF" && kelola && <TombolAturUlang nip={b.nip} nama={nama} />}
                          {b.status !== "BELUM_ADA" && bolehPeran && (b.status !== "NONAKTIF" || b.admin) && (
                            <TombolPeranAdmin pegawaiId={b.pegawaiId} beri={!b.admin} nama={nama} diriSendiri={diri} />
                          )}
                          {diri && <span className="text-xs text-slate-600">Akun Anda (sandi: halaman Akun)</span>}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label="Halaman daftar akun" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          {sp.setelah && <Link href={tautan({})} className="text-brand-700 underline">« Ke awal</Link>}
          {d.berikut && <Link href={tautan({ setelah: d.berikut })} className="text-brand-700 underline">Berikutnya ›</Link>}
        </nav>
      </Panel>
    </div>
  );
}
