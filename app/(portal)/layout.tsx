import Link from "next/link";
import { requireAktor } from "@/lib/auth";
import { daftarPeran, navigasi } from "@/lib/auth/permissions";
import { getRingkasanNavigasi } from "@/lib/organisasi/beranda";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { NavLink } from "@/components/nav-link";
import { Lonceng } from "@/components/lonceng";
import { hitungBelumDibaca } from "@/lib/notifikasi/baca";
import { logoutAction } from "@/app/login/actions";

const LABEL_PERAN = { ASN: "ASN", ATASAN: "Atasan", ADMIN_INSTANSI: "Admin BKD", SUPERADMIN: "Superadmin" } as const;

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // Sandi sementara: setiap halaman selain Akun menolaknya sendiri (requireAktor() di halaman itu, diuji oleh
  // tests/unit/batas-modul.test.ts); tata letak lalu tidak menawarkan menu apa pun selain Akun dan Keluar.
  const aktor = await requireAktor({ izinkanSandiSementara: true });
  // Lonceng: satu kueri hitung berindeks per halaman, bersamaan dengan ringkasan navigasi.
  const [ringkas, belum] = await Promise.all([getRingkasanNavigasi(aktor), hitungBelumDibaca(aktor.pegawaiId)]);
  const peran = daftarPeran(aktor, ringkas.adaBawahan);
  const nav = aktor.harusGantiSandi ? [] : navigasi(peran);
  return (
    <div className="min-h-screen">
      <a href="#konten" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Lompat ke konten
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/beranda" className="flex items-baseline gap-2">
            <span className="text-lg font-bold text-brand-800">Portal SKP</span>
            <span className="hidden text-sm text-slate-600 sm:inline">{ringkas.namaInstansi}</span>
          </Link>
          <div className="flex items-center gap-3">
            <div className="text-right text-sm leading-tight">
              <p className="font-medium text-slate-900">{formatNamaGelar(aktor.nama)}</p>
              <p className="text-slate-600 tabular-nums">
                {formatNip(aktor.nip)} · {peran.map((p) => LABEL_PERAN[p]).join(", ")}
              </p>
            </div>
            {!aktor.harusGantiSandi && <Lonceng belum={belum} />}
            <Link href="/akun" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
              Akun
            </Link>
            <form action={logoutAction}>
              <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100">
                Keluar
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Menu utama" className="mx-auto max-w-6xl overflow-x-auto px-4 pb-2">
          <ul className="flex gap-1">
            {nav.map((n) => (
              <li key={n.href}>
                <NavLink href={n.href}>{n.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {aktor.harusGantiSandi && (
        <div role="alert" className="border-b border-amber-300 bg-amber-50">
          <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-amber-950">
            Anda masuk dengan kata sandi sementara dari admin BKD.{" "}
            {!aktor.harusGantiSandi && <Lonceng belum={belum} />}
            <Link href="/akun" className="font-semibold underline">
              Ganti kata sandi sekarang
            </Link>
            .
          </p>
        </div>
      )}
      <main id="konten" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
