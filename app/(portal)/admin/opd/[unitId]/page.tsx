import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { LABEL_JENIS_JABATAN } from "@/lib/organisasi/format";
import { getInstansiUnit, getStrukturOpd, type SimpulStruktur } from "@/lib/organisasi/struktur";
import { FormAksi } from "@/components/form-aksi";
import { Panel } from "@/components/kartu-pegawai";
import { hariIni } from "@/lib/organisasi/beranda";
import { getOpsiOpd, getUnitOpd } from "@/lib/organisasi/editor-baca";
import { BATAS_ORGANISASI, DAFTAR_JENIS_JABATAN, DAFTAR_JENIS_UNIT, LABEL_JENIS_UNIT } from "@/lib/organisasi/schemas";
import { tambahJabatanAction, tambahUnitAction, tutupUnitAction, ubahUnitAction } from "../../organisasi/actions";
import { KolomPilih, KolomTeks } from "../../organisasi/kolom";

export const metadata: Metadata = { title: "Struktur OPD" };

function Simpul({ s }: { s: SimpulStruktur }) {
  return (
    <li className="relative">
      <div className={"rounded-lg border p-3 text-sm " + (s.kosong ? "border-red-300 bg-red-50" : "border-slate-200 bg-white")}>
        <div className="flex flex-wrap items-baseline gap-x-2">
          <Link href={`/admin/jabatan/${s.jabatanId}`} className="font-semibold text-brand-700 underline">
            {s.nama}
          </Link>
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
                <Link href={`/admin/pegawai/${p.pegawaiId}`} className="underline">
                  {p.nama}
                </Link>{" "}
                <span className="text-slate-600 tabular-nums">· {p.nip} · {p.pangkat}</span>
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
  const bolehUbah = can(aktor, { aksi: "kelola-organisasi", instansiId });
  const [unitOpd, opsi] = bolehUbah ? await Promise.all([getUnitOpd(instansiId, unitId), getOpsiOpd(instansiId, unitId)]) : [[], { unit: [], atasan: [] }];
  const hari = hariIni().toISOString().slice(0, 10);
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
      {bolehUbah && (
        <>
          <Panel judul="Unit kerja" id="unit-kerja">
            <ul className="divide-y divide-slate-100">
              {unitOpd.map((u) => (
                <li key={u.id} className="py-2 text-sm" style={{ paddingLeft: `${u.kedalaman * 1}rem` }}>
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium">{u.nama}</span>{" "}
                      <span className="text-slate-600">· {LABEL_JENIS_UNIT[u.jenis]} · {u.jabatan} jabatan</span>
                    </summary>
                    <div className="mt-2 grid gap-4 rounded-lg border border-slate-200 p-3 lg:grid-cols-2">
                      <FormAksi action={ubahUnitAction} tombol="Simpan unit" tersembunyi={{ unitId: u.id }} className="space-y-2">
                        <div key={`${u.nama}|${u.parentId}`} className="space-y-2">
                          <KolomTeks nama="nama" label="Nama unit" wajib maks={BATAS_ORGANISASI.nama} nilai={u.nama} />
                          <KolomTeks nama="singkatan" label="Singkatan (opsional)" maks={BATAS_ORGANISASI.singkatan} nilai={u.singkatan} />
                          <KolomPilih nama="parentId" label="Unit induk" opsi={opsi.unit.filter((o) => o.id !== u.id)} nilai={u.parentId} kosong="— Tanpa induk (OPD sendiri) —" />
                        </div>
                      </FormAksi>
                      <FormAksi action={tutupUnitAction} tombol="Tutup unit" varian="bahaya" konfirmasi={`Tutup ${u.nama}?`} tersembunyi={{ unitId: u.id }} className="space-y-2">
                        <p className="text-xs text-slate-600">Unit dengan jabatan aktif atau sub-unit aktif tidak dapat ditutup; pindahkan atau tutup dulu.</p>
                        <KolomTeks nama="tanggal" label="Tanggal penutupan" jenis="date" wajib nilai={hari} />
                      </FormAksi>
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </Panel>
          <div className="grid gap-6 lg:grid-cols-2">
            <Panel judul="Tambah unit kerja" id="tambah-unit">
              <FormAksi action={tambahUnitAction} tombol="Tambah unit" tersembunyi={{ instansiId }} className="space-y-2">
                <KolomTeks nama="nama" label="Nama unit" wajib maks={BATAS_ORGANISASI.nama} />
                <KolomTeks nama="singkatan" label="Singkatan (opsional)" maks={BATAS_ORGANISASI.singkatan} />
                <KolomPilih nama="jenis" label="Jenis unit" opsi={DAFTAR_JENIS_UNIT.map((j) => ({ id: j, label: LABEL_JENIS_UNIT[j] }))} nilai="BIDANG" />
                <KolomPilih nama="parentId" label="Unit induk" opsi={opsi.unit} nilai={unitId} />
              </FormAksi>
            </Panel>
            <Panel judul="Tambah jabatan" id="tambah-jabatan">
              <FormAksi action={tambahJabatanAction} tombol="Tambah jabatan" className="space-y-2">
                <KolomTeks nama="nama" label="Nama jabatan" wajib maks={BATAS_ORGANISASI.namaJabatan} />
                <KolomPilih nama="jenis" label="Jenis jabatan" opsi={DAFTAR_JENIS_JABATAN.map((j) => ({ id: j, label: LABEL_JENIS_JABATAN[j] }))} nilai="PELAKSANA" />
                <KolomTeks nama="eselon" label="Eselon (opsional)" maks={BATAS_ORGANISASI.eselon} />
                <KolomPilih nama="unitKerjaId" label="Unit kerja" opsi={opsi.unit} />
                <KolomPilih nama="parentId" label="Jabatan atasan langsung" opsi={opsi.atasan} kosong="— Tanpa atasan (puncak pohon) —" />
              </FormAksi>
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
