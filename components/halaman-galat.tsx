import Link from "next/link";

// Isi halaman 404/403 tanpa <main>: di dalam portal, app/(portal)/layout.tsx sudah membungkusnya dengan
// <main id="konten">; di luar portal, app/not-found.tsx dan app/forbidden.tsx menambahkan <main> sendiri.

function HalamanGalat({ kode, warnaKode, judul, children }: { kode: string; warnaKode: string; judul: string; children?: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className={`text-sm font-semibold ${warnaKode}`}>{kode}</p>
      <h1 className="mt-2 text-2xl font-bold">{judul}</h1>
      {children}
      <Link href="/beranda" className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Kembali ke Beranda
      </Link>
    </div>
  );
}

export function IsiTidakDitemukan() {
  return <HalamanGalat kode="404" warnaKode="text-slate-500" judul="Halaman tidak ditemukan" />;
}

export function IsiTidakBerhak() {
  return (
    <HalamanGalat kode="403" warnaKode="text-red-700" judul="Anda tidak berhak membuka halaman ini">
      <p className="mt-3 text-slate-600">Halaman ini hanya untuk peran tertentu. Hubungi admin BKD bila Anda merasa seharusnya berhak.</p>
    </HalamanGalat>
  );
}
