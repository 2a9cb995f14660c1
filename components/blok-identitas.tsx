// Blok identitas pada formulir resmi (SKP, Evaluasi Kinerja Pegawai): Nama, NIP/NI PPPK, Pangkat/Gol. Ruang, Jabatan, Unit Kerja.
import type { IdentitasSnapshot } from "@/lib/skp/identitas";

export function BlokIdentitas({ judul, s, kosong = "Belum dapat ditentukan." }: { judul: string; s: IdentitasSnapshot | null; kosong?: string }) {
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold tracking-wide text-slate-700 uppercase">{judul}</h3>
      {s ? (
        <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[8.5rem_1fr]">
          <dt className="text-slate-600">Nama</dt>
          <dd className="font-semibold">{s.nama || "—"}</dd>
          <dt className="text-slate-600">{s.labelNip}</dt>
          <dd className="tabular-nums">{s.nip ?? "—"}</dd>
          <dt className="text-slate-600">Pangkat/Gol. Ruang</dt>
          <dd>{s.pangkat ?? "—"}</dd>
          <dt className="text-slate-600">Jabatan</dt>
          <dd>{s.jabatan}</dd>
          <dt className="text-slate-600">Unit Kerja</dt>
          <dd>{s.unitKerja ?? "—"}</dd>
        </dl>
      ) : (
        <p className="text-sm text-slate-600">{kosong}</p>
      )}
    </div>
  );
}
