// Lencana predikat kinerja dan status penilaian; label dari lib/penilaian (satu sumber dengan dokumen dan API).
import { LABEL_STATUS_KOTAK, type StatusKotak } from "@/lib/penilaian/alur";
import { LABEL_PREDIKAT, WARNA_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";

export function LencanaPredikat({ predikat, besar }: { predikat: Predikat | null; besar?: boolean }) {
  if (!predikat) return <span className="text-slate-600">—</span>;
  return (
    <span className={`inline-block rounded-md font-semibold ring-1 ring-inset ${WARNA_PREDIKAT[predikat]} ${besar ? "px-3 py-1.5 text-base" : "px-2 py-0.5 text-xs"}`}>
      {LABEL_PREDIKAT[predikat]}
    </span>
  );
}

const WARNA_STATUS: Record<StatusKotak | "TANPA_SKP", string> = {
  TANPA_SKP: "bg-slate-100 text-slate-700",
  BELUM_LENGKAP: "bg-slate-100 text-slate-800",
  SIAP_DINILAI: "bg-sky-100 text-sky-900",
  DRAF: "bg-amber-100 text-amber-950",
  SELESAI_DINILAI: "bg-indigo-100 text-indigo-900",
  FINAL: "bg-emerald-100 text-emerald-900",
  KEBERATAN: "bg-red-100 text-red-900",
  DIKECUALIKAN: "bg-slate-200 text-slate-800",
};

export function LencanaStatusPenilaian({ status }: { status: StatusKotak | "TANPA_SKP" }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${WARNA_STATUS[status]}`}>{status === "TANPA_SKP" ? "Belum ada SKP disetujui" : LABEL_STATUS_KOTAK[status]}</span>;
}
