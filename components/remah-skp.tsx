// Remah roti halaman SKP dan pelaksanaannya, menurut bagian portal tempat SKP dibuka.
import Link from "next/link";
import { LABEL_BAGIAN, type BagianSkp } from "@/lib/skp/rute";

export function RemahSkp({ bagian, nama, tahun, skpHref, halaman }: { bagian: BagianSkp; nama: string; tahun: number; skpHref?: string; halaman?: string }) {
  const induk = LABEL_BAGIAN[bagian];
  const kelasTautan = "text-brand-700 underline";
  return (
    <nav aria-label="Remah roti" className="text-sm">
      <ol className="flex flex-wrap gap-x-1">
        {bagian === "ADMIN" && (
          <li>
            <Link href="/admin" className={kelasTautan}>Admin</Link> /
          </li>
        )}
        <li>
          <Link href={induk.href} className={kelasTautan}>{induk.label}</Link> /
        </li>
        {bagian !== "SAYA" && <li>{nama} /</li>}
        <li aria-current={halaman ? undefined : "page"}>
          {skpHref ? <Link href={skpHref} className={kelasTautan}>SKP {tahun}</Link> : <>SKP {tahun}</>}
          {halaman && " /"}
        </li>
        {halaman && <li aria-current="page">{halaman}</li>}
      </ol>
    </nav>
  );
}
