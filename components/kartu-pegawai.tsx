import type { KartuPegawai } from "@/lib/organisasi/queries";

/** Blok identitas pegawai seperti pada formulir SKP: nama, NIP, pangkat/gol, jabatan, unit kerja. */
export function KartuIdentitas({ kartu, judul }: { kartu: KartuPegawai; judul?: string }) {
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1.5 text-sm">
      {judul && <dt className="sr-only">{judul}</dt>}
      <dt className="text-slate-600">Nama</dt>
      <dd className="font-semibold text-slate-900">{kartu.nama}</dd>
      <dt className="text-slate-600">{kartu.labelNip}</dt>
      <dd className="tabular-nums">{kartu.nip}</dd>
      <dt className="text-slate-600">Pangkat/Gol. Ruang</dt>
      <dd>{kartu.pangkat}</dd>
      <dt className="text-slate-600">Jabatan</dt>
      <dd>{kartu.jabatan}</dd>
      <dt className="text-slate-600">Unit Kerja</dt>
      <dd>{kartu.unitKerja}</dd>
    </dl>
  );
}

export function Panel({ judul, children, id }: { judul: string; children: React.ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {judul}
      </h2>
      {children}
    </section>
  );
}

export function Kosong({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}
