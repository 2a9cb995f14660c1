// Lonceng notifikasi di tata letak portal: tautan ke /notifikasi dengan jumlah belum dibaca (komponen server).
import Link from "next/link";
import { labelLonceng } from "@/lib/notifikasi/pesan";

export function Lonceng({ belum }: { belum: number }) {
  const l = labelLonceng(belum);
  return (
    <Link
      href="/notifikasi"
      aria-label={l.aria}
      title={l.aria}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {l.angka && (
        <span aria-hidden="true" className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-bold text-white tabular-nums">
          {l.angka}
        </span>
      )}
    </Link>
  );
}
