// Admin BKD (issue #16): token API untuk sistem lain instansi (aplikasi TPP, kenaikan pangkat, …): daftar (nama,
// cakupan, dibuat, terakhir dipakai, status), buat (token ditampilkan sekali), cabut dengan konfirmasi.
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { env } from "@/lib/env";
import { pilihInstansiDikelola } from "@/lib/organisasi/struktur";
import { formatWaktuZona } from "@/lib/organisasi/format";
import { daftarTokenApi } from "@/lib/api-v1/kelola";
import { DAFTAR_CAKUPAN, JALUR_CAKUPAN, LABEL_CAKUPAN_API, LABEL_STATUS_TOKEN, tampilanPrefix } from "@/lib/api-v1/token";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { FormAksi } from "@/components/form-aksi";
import { FormBuatToken } from "./formulir";
import { cabutTokenAction } from "./actions";

export const metadata: Metadata = { title: "Token API" };

export default async function TokenApiAdmin({ searchParams }: { searchParams: Promise<{ instansi?: string | string[] }> }) {
  const aktor = await requireAktor();
  const dipilih = await pilihInstansiDikelola(aktor, (await searchParams).instansi, "kelola-akun");
  if (!dipilih) forbidden();
  const { daftar, pilihan } = dipilih;
  const token = await daftarTokenApi(pilihan.id);
  const zona = env().SKP_ZONA_WAKTU;
  const waktu = (t: Date | null) => (t ? formatWaktuZona(t, zona) : "belum pernah");
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / <span aria-current="page">Token API</span>
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Token API</h1>
        <p className="text-sm text-slate-600">
          {pilihan.nama}: token untuk sistem lain (mis. aplikasi TPP/Tukin atau kenaikan pangkat) yang membaca data kinerja lewat <code>/api/v1</code>. Setiap token hanya membaca data instansi ini dan sumber
          yang dicentang, dibatasi {env().SKP_API_BATAS_PER_MENIT} permintaan per menit, dan setiap panggilannya tercatat di jejak audit dengan nama tokennya.{" "}
          <Link href="/dokumentasi-api" className="text-brand-700 underline">Dokumentasi API</Link> ·{" "}
          <a href="/api/v1/openapi.json" className="text-brand-700 underline">openapi.json</a>
        </p>
      </div>
      {daftar.length > 1 && (
        <nav aria-label="Pilih instansi" className="flex flex-wrap gap-2 text-sm">
          {daftar.map((i) => (
            <Link key={i.id} href={`/admin/token-api?instansi=${i.id}`} aria-current={i.id === pilihan.id ? "page" : undefined} className="rounded-md border border-slate-300 px-3 py-1.5 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
              {i.nama}
            </Link>
          ))}
        </nav>
      )}
      <Panel judul={`Token instansi (${token.length})`} id="daftar">
        {token.length === 0 ? (
          <Kosong>Belum ada token API. Buat satu untuk setiap sistem klien di bawah.</Kosong>
        ) : (
          <div className="overflow-x-auto">
            <table className="tabel-tumpuk w-full border-collapse text-sm">
              <caption className="sr-only">Token API {pilihan.nama}</caption>
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Nama</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Cakupan</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Dibuat</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Terakhir dipakai</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700">Status</th>
                  <th scope="col" className="px-2 py-2 font-semibold text-slate-700"><span className="sr-only">Tindakan</span></th>
                </tr>
              </thead>
              <tbody>
                {token.map((t) => (
                  <tr key={t.id} className="border-b border-slate-100 align-top">
                    <th scope="row" data-kolom="Nama" className="px-2 py-2 text-left font-medium">
                      {t.nama}
                      <span className="block font-mono text-xs font-normal text-slate-600">{tampilanPrefix(t.prefix)}</span>
                    </th>
                    <td data-kolom="Cakupan" className="px-2 py-2">{t.cakupan.map((c) => JALUR_CAKUPAN[c]).join(", ")}</td>
                    <td data-kolom="Dibuat" className="px-2 py-2">{waktu(t.createdAt)}</td>
                    <td data-kolom="Terakhir dipakai" className="px-2 py-2">{waktu(t.terakhirDipakaiAt)}</td>
                    <td data-kolom="Status" className="px-2 py-2">
                      {t.dicabutAt ? (
                        <span className="rounded bg-slate-200 px-1.5 py-0.5 text-slate-800">{LABEL_STATUS_TOKEN.DICABUT} {formatWaktuZona(t.dicabutAt, zona)}</span>
                      ) : (
                        <span className="rounded bg-green-100 px-1.5 py-0.5 text-green-900">{LABEL_STATUS_TOKEN.AKTIF}</span>
                      )}
                    </td>
                    <td className="px-2 py-2">
                      {!t.dicabutAt && (
                        <FormAksi action={cabutTokenAction} tombol={`Cabut ${t.nama}`} varian="bahaya" konfirmasi={`Cabut token "${t.nama}"? Sistem yang memakainya langsung ditolak dan token tidak dapat diaktifkan lagi.`} tersembunyi={{ tokenId: t.id }} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel judul="Buat token baru" id="buat">
        <FormBuatToken instansiId={pilihan.id} cakupan={DAFTAR_CAKUPAN.map((c) => ({ kode: c, label: `${LABEL_CAKUPAN_API[c]} — /api/v1/${JALUR_CAKUPAN[c]}` }))} />
      </Panel>
    </div>
  );
}
