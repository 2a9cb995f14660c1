import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-bold">Anda tidak berhak membuka halaman ini</h1>
      <p className="mt-3 text-slate-600">Halaman ini hanya untuk peran tertentu. Hubungi admin BKD bila Anda merasa seharusnya berhak.</p>
      <Link href="/beranda" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Kembali ke Beranda
      </Link>
    </main>
  );
}
