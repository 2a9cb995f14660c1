import { LABEL_STATUS, type StatusSkp } from "@/lib/skp/workflow";

const WARNA: Record<StatusSkp, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  DIAJUKAN: "bg-amber-100 text-amber-900",
  DITOLAK: "bg-red-100 text-red-800",
  DISETUJUI: "bg-green-100 text-green-800",
  DIGANTI: "bg-slate-100 text-slate-600",
};

export function LencanaStatus({ status }: { status: StatusSkp }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${WARNA[status]}`}>{LABEL_STATUS[status]}</span>;
}
