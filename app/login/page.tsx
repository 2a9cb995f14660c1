import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAktor } from "@/lib/auth";
import { FormMasuk } from "./form";

export const metadata: Metadata = { title: "Masuk" };

export default async function HalamanMasuk() {
  if (await getAktor()) redirect("/beranda");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-50 to-slate-100 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Portal SKP</p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">Masuk ke Sasaran Kinerja Pegawai</h1>
          <p className="mt-2 text-sm text-slate-600">Perencanaan, pelaksanaan dan penilaian kinerja ASN sesuai PermenPANRB 6/2022.</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <FormMasuk />
        </div>
        <p className="mt-4 text-center text-sm text-slate-600">Lupa kata sandi? Hubungi admin BKD di instansi Anda.</p>
      </div>
    </main>
  );
}
