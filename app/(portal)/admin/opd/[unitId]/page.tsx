import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { LABEL_JENIS_JABATAN } from "@/lib/organisasi/format";
import { getInstansiUnit, getStrukturOpd, type SimpulStruktur } from "@/lib/organisasi/struktur";

export const metadata: Metadata = { title: "Struktur OPD" };

function Simpul({ s }: { s: SimpulStruktur }) {
  return (
    <li className="relative">
      <div className={"rounded-lg border p-3 text-sm " + (s.kosong ? "border-red-300 bg-red-50" : "border-slate-200 bg-white")}>
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold">{s.nama}</span>
          <span className="text-xs text-slate-600">
            {LABEL_JENIS_JABATAN[s.jenis]}
            {s.eselon ? ` · Eselon ${s.eselon}` : ""} · {s.unit}
          </span>
        </div>
        {s.kosong ? (
          <p className="mt-1 font-medium text-red-800">Kosong — belum ada pemangku atau Plt/Plh</p>
        ) : (
          <ul className="mt-1 space-y-0.5">
            {s.pemangku.map((p) => (
              <li key={p.nip + p.jenis}>
                {p.jenis !== "DEFINITIF" && (
                  <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{p.jenis === "PLT" ? "Plt." : "Plh."}</span>
                )}
                {p.nama} <span className="text-slate-600 tabular-nums">· {p.nip} · {p.pangkat}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {s.anak.length > 0 && (
        <ul className="mt-2 ml-4 space-y-2 border-l-2 border-slate-200 pl-4">
          {s.anak.map((a) => (
            <Simpul key={a.jabatanId} s={a} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default async function StrukturOpd({ params }: { params: Promise<{ unitId: string }> }) {
  const aktor = await requireAktor();
  if (!can(aktor, { aksi: "buka-admin" })) forbidden();
  const { unitId } = await params;
  const instansiId = await getInstansiUnit(unitId);
  if (!instansiId) notFound();
  if (!can(aktor, { aksi: "lihat-struktur", instansiId })) forbidden();
  const s = await getStrukturOpd(instansiId, unitId);
  if (!s) notFound();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin?instansi=${instansiId}`} className="text-brand-700 underline">
            Admin
          </Link>{" "}
          / Struktur
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{s.unit.nama}</h1>
        <p className="text-sm text-slate-600">{s.jumlahJabatan} jabatan, dengan pemangku pada hari ini.</p>
      </div>
      <ul className="space-y-2">
        {s.akar.map((a) => (
          <Simpul key={a.jabatanId} s={a} />
        ))}
      </ul>
    </div>
  );
}
