import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { FormAksi } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { hariIni } from "@/lib/organisasi/beranda";
import { getDaftarOpd, getJabatanEditor, getOpsiOpd } from "@/lib/organisasi/editor-baca";
import { formatTanggal, LABEL_JENIS_JABATAN, LABEL_PENUGASAN } from "@/lib/organisasi/format";
import { BATAS_ORGANISASI } from "@/lib/organisasi/schemas";
import { akhiriPenugasanAction, tugaskanAction, tutupJabatanAction, ubahJabatanAction } from "../../organisasi/actions";
import { KolomPilih, KolomTeks, PilihOpd } from "../../organisasi/kolom";
import { jenjangJabatan } from "@/lib/angka-kredit/baca";
import { DAFTAR_JENJANG, LABEL_JENJANG } from "@/lib/angka-kredit/aturan";
import { ubahJenjangAction } from "../../angka-kredit/actions";

export const metadata: Metadata = { title: "Jabatan" };

const iso = (d: Date) => d.toISOString().slice(0, 10);

export default async function HalamanJabatan({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opd?: string }> }) {
  const aktor = await requireAktor();
  if (!can(aktor, { aksi: "buka-admin" })) forbidden();
  const hari = hariIni();
  const j = await getJabatanEditor((await params).id, hari);
  if (!j) notFound();
  if (!can(aktor, { aksi: "lihat-struktur", instansiId: j.instansiId })) forbidden();
  const bolehUbah = can(aktor, { aksi: "kelola-organisasi", instansiId: j.instansiId }) && j.aktif;
  const diminta = (await searchParams).opd;
  const daftarOpd = await getDaftarOpd(j.instansiId);
  const opdId = daftarOpd.some((o) => o.id === diminta) ? diminta! : j.opdId;
  const opsi = await getOpsiOpd(j.instansiId, opdId);
  const atasan = opsi.atasan.filter((o) => o.id !== j.id);
  const berjalan = j.penugasan.filter((p) => p.berjalan);
  const riwayat = j.penugasan.filter((p) => !p.berjalan);
  const jenjang = j.jenis === "FUNGSIONAL" ? await jenjangJabatan(j.id) : null;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin?instansi=${j.instansiId}`} className="text-brand-700 underline">Admin</Link> /{" "}
          <Link href={`/admin/opd/${j.opdId}`} className="text-brand-700 underline">Struktur</Link> / Jabatan
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{j.nama}</h1>
        <p className="text-sm text-slate-600">
          {LABEL_JENIS_JABATAN[j.jenis]}
          {j.eselon ? ` · Eselon ${j.eselon}` : ""} · {j.unitKerja || "unit sudah ditutup"} · atasan:{" "}
          {j.induk ? (
            <Link href={`/admin/jabatan/${j.induk.id}`} className="text-brand-700 underline">{j.induk.nama}</Link>
          ) : (
            "— (puncak pohon)"
          )}
        </p>
        {!j.aktif && (
          <p className="mt-2 rounded-md border border-slate-300 bg-slate-100 p-2 text-sm font-medium">
            Jabatan ini ditutup{j.tmtTutup ? ` per ${formatTanggal(j.tmtTutup)}` : ""}. Riwayat pemangku dan SKP lamanya tetap tersimpan.
          </p>
        )}
      </div>

      <Panel judul="Pemangku saat ini" id="pemangku">
        {berjalan.length === 0 ? (
          <Kosong>Kosong — belum ada pejabat definitif maupun Plt/Plh.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100">
            {berjalan.map((p) => (
              <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 py-3 text-sm">
                <div>
                  <Link href={`/admin/pegawai/${p.pegawaiId}`} className="font-semibold text-brand-700 underline">{p.pegawai}</Link>
                  <p className="text-slate-600 tabular-nums">
                    {p.nip} · {LABEL_PENUGASAN[p.jenis]} · TMT {formatTanggal(p.tmtMulai)}
                    {p.tmtSelesai ? ` s.d. ${formatTanggal(p.tmtSelesai)}` : ""}
                    {p.nomorSk ? ` · SK ${p.nomorSk}` : ""}
                  </p>
                </div>
                {bolehUbah && (
                  <FormAksi action={akhiriPenugasanAction} tombol="Akhiri" varian="kedua" tersembunyi={{ penugasanId: p.id }} className="flex flex-wrap items-end gap-2">
                    <KolomTeks nama="tmtSelesai" label={`Hari terakhir ${p.pegawai}`} jenis="date" wajib nilai={iso(hari)} />
                  </FormAksi>
                )}
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {j.jenis === "FUNGSIONAL" && (
        <Panel judul="Jenjang jabatan fungsional" id="jenjang">
          <p className="mb-3 text-sm">
            Jenjang: <strong>{jenjang ? LABEL_JENJANG[jenjang] : "belum diisi"}</strong>.{" "}
            <span className="text-slate-600">
              Dipakai untuk angka kredit pemangkunya (
              <Link href={`/admin/angka-kredit?instansi=${j.instansiId}`} className="text-brand-700 underline">koefisien per jenjang</Link>); tanpa jenjang angka kredit tidak dihitung.
            </span>
          </p>
          {bolehUbah && (
            <FormAksi action={ubahJenjangAction} tombol="Simpan jenjang" varian="kedua" tersembunyi={{ jabatanId: j.id }} className="flex flex-wrap items-end gap-3">
              <div key={jenjang ?? ""} className="contents">
                <KolomPilih nama="jenjang" label="Jenjang" opsi={DAFTAR_JENJANG.map((x) => ({ id: x, label: LABEL_JENJANG[x] }))} nilai={jenjang} kosong="— Belum diisi —" />
              </div>
            </FormAksi>
          )}
        </Panel>
      )}

      {bolehUbah && (
        <Panel judul="Tugaskan pegawai" id="tugaskan">
          <FormAksi action={tugaskanAction} tombol="Simpan penugasan" tersembunyi={{ jabatanId: j.id }} className="grid gap-3 sm:grid-cols-2">
            <KolomTeks nama="nip" label="NIP pegawai" wajib maks={25} bantuan="18 angka; pegawai instansi ini." />
            <KolomPilih nama="jenis" label="Jenis penugasan" opsi={(["DEFINITIF", "PLT", "PLH"] as const).map((k) => ({ id: k, label: LABEL_PENUGASAN[k] }))} nilai={berjalan.some((p) => p.jenis === "DEFINITIF") ? "PLH" : "PLT"} />
            <KolomTeks nama="tmtMulai" label="TMT mulai" jenis="date" wajib nilai={iso(hari)} />
            <KolomTeks nama="tmtSelesai" label="TMT selesai (opsional)" jenis="date" />
            <KolomTeks nama="nomorSk" label="Nomor SK (opsional)" maks={BATAS_ORGANISASI.nomorSk} />
          </FormAksi>
        </Panel>
      )}

      {bolehUbah && (
        <Panel judul="Ubah nama atau pindahkan" id="ubah">
          <div className="mb-3">
            <PilihOpd opd={daftarOpd} dipilih={opdId} label="Pindah ke OPD" />
          </div>
          <FormAksi action={ubahJabatanAction} tombol="Simpan jabatan" tersembunyi={{ jabatanId: j.id }} className="grid gap-3 sm:grid-cols-2">
            {/* key: setelah tersimpan kolomnya dipasang ulang dengan nilai baru (defaultValue <select> tidak diperbarui React). */}
            <div key={`${j.nama}|${j.unitKerjaId}|${j.parentId}|${opdId}`} className="contents">
              <div className="sm:col-span-2">
                <KolomTeks nama="nama" label="Nama jabatan" wajib maks={BATAS_ORGANISASI.namaJabatan} nilai={j.nama} />
              </div>
              <KolomPilih nama="unitKerjaId" label="Unit kerja" opsi={opsi.unit} nilai={opsi.unit.some((u) => u.id === j.unitKerjaId) ? j.unitKerjaId : opsi.unit[0]?.id} />
              <KolomPilih nama="parentId" label="Jabatan atasan langsung" opsi={atasan} nilai={j.parentId} kosong="— Tanpa atasan (puncak pohon) —" />
            </div>
          </FormAksi>
        </Panel>
      )}

      {bolehUbah && (
        <Panel judul="Tutup jabatan" id="tutup">
          <p className="mb-3 text-sm text-slate-600">
            Jabatan yang ditutup tidak muncul lagi di pohon; riwayat pemangku dan SKP lamanya tetap. Akhiri dulu penugasan pemangkunya
            {j.bawahanAktif > 0 ? ` dan pindahkan ${j.bawahanAktif} jabatan bawahannya` : ""}.
          </p>
          <FormAksi action={tutupJabatanAction} tombol="Tutup jabatan" varian="bahaya" konfirmasi={`Tutup jabatan ${j.nama}?`} tersembunyi={{ jabatanId: j.id }} className="flex flex-wrap items-end gap-3">
            <KolomTeks nama="tanggal" label="Tanggal penutupan (hari pertama tidak berlaku)" jenis="date" wajib nilai={iso(hari)} />
          </FormAksi>
        </Panel>
      )}

      <Panel judul="Riwayat pemangku" id="riwayat">
        {riwayat.length === 0 ? (
          <Kosong>Belum ada penugasan yang berakhir.</Kosong>
        ) : (
          <ul className="space-y-1 text-sm">
            {riwayat.map((p) => (
              <li key={p.id}>
                <Link href={`/admin/pegawai/${p.pegawaiId}`} className="text-brand-700 underline">{p.pegawai}</Link>{" "}
                <span className="text-slate-600">
                  · {LABEL_PENUGASAN[p.jenis]} · {formatTanggal(p.tmtMulai)} s.d. {p.tmtSelesai ? formatTanggal(p.tmtSelesai) : "—"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
