import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { getDaftarInstansi } from "@/lib/instansi/layanan";
import { LABEL_JENIS_INSTANSI, JENIS_INSTANSI } from "@/lib/instansi/schemas";
import { Panel } from "@/components/kartu-pegawai";
import { FormInstansiBaru } from "./formulir";

export const metadata: Metadata = { title: "Instansi" };

export default async function HalamanInstansi() {
  const aktor = await requireAktor();
  if (!can(aktor, { aksi: "kelola-instansi" })) forbidden();
  const daftar = await getDaftarInstansi();
  const label = (j: string) => LABEL_JENIS_INSTANSI[JENIS_INSTANSI.find((x) => x === j) ?? "LEMBAGA"];
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Remah roti" className="text-sm">
          <Link href="/admin" className="text-brand-700 underline">Admin</Link> / Instansi
        </nav>
        <h1 className="text-2xl font-bold text-slate-900">Instansi</h1>
        <p className="text-sm text-slate-600">Superadmin: semua instansi di portal ini. Admin BKD setiap instansi hanya melihat dan mengelola instansinya sendiri.</p>
      </div>
      <Panel judul={`${daftar.length} instansi`} id="daftar-instansi">
        <div className="relative overflow-x-auto">
          <table className="tabel-tumpuk w-full text-left text-sm">
            <caption className="sr-only">Daftar instansi</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">Instansi</th>
                <th scope="col" className="py-2 pr-3 font-medium">Jenis</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Pegawai</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Admin BKD</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {daftar.map((i) => (
                <tr key={i.id}>
                  <td className="py-2 pr-3">
                    <Link href={`/admin?instansi=${i.id}`} className="font-medium text-brand-700 underline">{i.nama}</Link>
                    <p className="text-slate-600">{i.kode} · pimpinan: {i.jabatanPimpinan}</p>
                  </td>
                  <td data-kolom="Jenis" className="py-2 pr-3">{label(i.jenis)}</td>
                  <td data-kolom="Pegawai" className="py-2 pr-3 text-right tabular-nums">
                    <Link href={`/admin/akun?instansi=${i.id}`} className="text-brand-700 underline">{i.pegawai}</Link>
                  </td>
                  <td data-kolom="Admin BKD" className={"py-2 pr-3 text-right tabular-nums " + (i.admin === 0 ? "font-semibold text-red-700" : "")}>{i.admin}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
      <Panel judul="Instansi baru" id="instansi-baru">
        <FormInstansiBaru />
      </Panel>
    </div>
  );
}
