"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const aktif = path === href || path.startsWith(href + "/");
  return (
    <Link
      href={href}
      aria-current={aktif ? "page" : undefined}
      className={
        "block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap " +
        (aktif ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-brand-50 hover:text-brand-800")
      }
    >
      {children}
    </Link>
  );
}
