import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { FormAksi } from "@/components/form-aksi";
import { Kosong, Panel } from "@/components/kartu-pegawai";
import { hariIni } from "@/lib/organisasi/beranda";
import { getDaftarOpd, getOpsiOpd, getPegawaiEditor } from "@/lib/organisasi/editor-baca";
import { formatNamaGelar, formatTanggal, LABEL_PENUGASAN } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan, GOLONGAN_PPPK, PANGKAT_PNS } from "@/lib/organisasi/pangkat";
import { BATAS_ORGANISASI, LABEL_ALASAN_BERHENTI } from "@/lib/organisasi/schemas";
import { berhentiAction, mutasiAction, tugaskanAction, ubahPegawaiAction } from "../../organisasi/actions";
import { KolomPilih, KolomTeks, PilihOpd } from "../../organisasi/kolom";

export const metadata: Metadata = { title: "Pegawai" };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const OPSI_GOLONGAN = [
  ...Object.entries(PANGKAT_PNS).map(([g, p]) => ({ id: g, label: `PNS ${g} — ${p}` })),
  ...GOLONGAN_PPPK.map((g) => ({ id: g, label: `PPPK golongan ${g}` })),
];

export default async function HalamanPegawai({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opd?: string }> }) {
  const aktor = await requireAktor();
  if (!can(aktor, { aksi: "buka-admin" })) forbidden();
  const hari = hariIni();
  const p = await getPegawaiEditor((await params).id, hari);
  if (!p) notFound();
  if (!can(aktor, { aksi: "lihat-struktur", instansiId: p.instansiId })) forbidden();
  const bolehUbah = can(aktor, { aksi: "kelola-organisasi", instansiId: p.instansiId });
  const daftarOpd = await getDaftarOpd(p.instansiId);
  const diminta = (await searchParams).opd;
  const opdId = daftarOpd.some((o) => o.id === diminta) ? diminta! : (p.opdSekarang ?? daftarOpd[0]?.id ?? "");
  const opsi = opdId ? await getOpsiOpd(p.instansiId, opdId) : { unit: [], atasan: [] };
  const berjalan = p.penugasan.filter((x) => x.berjalan);
  const nama = formatNamaGelar(p);
  const punyaDefinitif = berjalan.some((x) => x.jenis === "DEFINITIF" && x.tmtMulai <= hari);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/admin?instansi=${p.instansiId}`} className="text-brand-700 underline">Admin</Link> / Pegawai
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{nama}</h1>
        <p className="text-sm text-slate-600 tabular-nums">
          {p.status === "PPPK" ? "NI PPPK" : "NIP"} {formatNip(p.nip)} · {formatPangkatGolongan(p.status, p.golongan)}
          {p.tmtGolongan ? ` (TMT ${formatTanggal(p.tmtGolongan)})` : ""}
        </p>
        {!p.aktif && (
          <p className="mt-2 rounded-md border border-slate-300 bg-slate-100 p-2 text-sm font-medium">
            Tidak aktif{p.alasanBerhenti ? `: ${LABEL_ALASAN_BERHENTI[p.alasanBerhenti].toLowerCase()}` : ""}
            {p.tmtBerhenti ? ` sejak ${formatTanggal(p.tmtBerhenti)}` : ""}. Riwayat jabatan dan SKP-nya tetap tersimpan.
          </p>
        )}
      </div>

      <Panel judul="Jabatan" id="jabatan">
        {p.penugasan.length === 0 ? (
          <Kosong>Belum pernah ditugaskan pada jabatan mana pun.</Kosong>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {p.penugasan.map((x) => (
              <li key={x.id} className="py-2">
                <Link href={`/admin/jabatan/${x.jabatanId}`} className="font-medium text-brand-700 underline">{x.jabatan}</Link>
                <span className="text-slate-600"> · {x.unitKerja}</span>
                <p className="text-slate-600">
                  {LABEL_PENUGASAN[x.jenis]} · {formatTanggal(x.tmtMulai)} s.d. {x.tmtSelesai ? formatTanggal(x.tmtSelesai) : "sekarang"}
                  {x.nomorSk ? ` · SK ${x.nomorSk}` : ""}
                  {x.berjalan ? " · berjalan" : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {bolehUbah && p.aktif && !punyaDefinitif && (
        <Panel judul="Tugaskan pada jabatan definitif" id="tugaskan">
          <p className="mb-3 text-sm text-slate-600">Pegawai ini belum memangku jabatan definitif hari ini sehingga belum dapat menyusun SKP.</p>
          <div className="mb-3">
            <PilihOpd opd={daftarOpd} dipilih={opdId} label="OPD" />
          </div>
          <FormAksi action={tugaskanAction} tombol="Simpan penugasan" tersembunyi={{ nip: p.nip, jenis: "DEFINITIF" }} className="grid gap-3 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <KolomPilih nama="jabatanId" label="Jabatan" opsi={opsi.atasan} />
            </div>
            <KolomTeks nama="tmtMulai" label="TMT mulai" jenis="date" wajib nilai={iso(hari)} />
            <KolomTeks nama="nomorSk" label="Nomor SK (opsional)" maks={BATAS_ORGANISASI.nomorSk} />
          </FormAksi>
        </Panel>
      )}

      {bolehUbah && p.aktif && punyaDefinitif && (
        <Panel judul="Mutasi" id="mutasi">
          <p className="mb-3 text-sm text-slate-600">Jabatan definitif saat ini berakhir sehari sebelum TMT mutasi; jabatan baru mulai pada TMT itu. SKP lama tetap pada jabatan lamanya.</p>
          <div className="mb-3">
            <PilihOpd opd={daftarOpd} dipilih={opdId} label="OPD tujuan" />
          </div>
          <FormAksi action={mutasiAction} tombol="Simpan mutasi" tersembunyi={{ pegawaiId: p.id }} className="grid gap-3 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <KolomPilih nama="jabatanId" label="Jabatan tujuan" opsi={opsi.atasan} />
            </div>
            <KolomTeks nama="tanggal" label="TMT mutasi" jenis="date" wajib nilai={iso(hari)} />
            <KolomTeks nama="nomorSk" label="Nomor SK (opsional)" maks={BATAS_ORGANISASI.nomorSk} />
          </FormAksi>
        </Panel>
      )}

      {bolehUbah && (
        <Panel judul="Data pegawai" id="data">
          <FormAksi action={ubahPegawaiAction} tombol="Simpan data pegawai" tersembunyi={{ pegawaiId: p.id }} className="grid gap-3 sm:grid-cols-3">
            <div key={`${p.status}|${p.golongan}`} className="contents">
            <KolomTeks nama="gelarDepan" label="Gelar depan" nilai={p.gelarDepan} maks={BATAS_ORGANISASI.gelar} />
            <KolomTeks nama="nama" label="Nama" nilai={p.nama} wajib maks={BATAS_ORGANISASI.namaPegawai} />
            <KolomTeks nama="gelarBelakang" label="Gelar belakang" nilai={p.gelarBelakang} maks={BATAS_ORGANISASI.gelarBelakang} />
            <KolomPilih nama="status" label="Status kepegawaian" opsi={[{ id: "PNS", label: "PNS" }, { id: "PPPK", label: "PPPK" }]} nilai={p.status} />
            <KolomPilih nama="golongan" label="Pangkat/golongan" opsi={OPSI_GOLONGAN} nilai={p.golongan} />
            <KolomTeks nama="tmtGolongan" label="TMT pangkat/golongan" jenis="date" nilai={p.tmtGolongan ? iso(p.tmtGolongan) : ""} />
            <div className="sm:col-span-3">
              <KolomTeks nama="email" label="Email" jenis="email" nilai={p.email} maks={BATAS_ORGANISASI.email} />
            </div>
            </div>
          </FormAksi>
        </Panel>
      )}

      <Panel judul="Riwayat pangkat/golongan" id="riwayat-pangkat">
        {p.riwayatPangkat.length === 0 ? (
          <Kosong>Belum ada perubahan pangkat yang dicatat di portal.</Kosong>
        ) : (
          <ul className="space-y-1 text-sm">
            {p.riwayatPangkat.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{formatPangkatGolongan(r.status, r.golongan)}</span>
                <span className="text-slate-600"> · TMT {r.tmt ? formatTanggal(r.tmt) : "—"} · dicatat {formatTanggal(r.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>

      {bolehUbah && p.aktif && (
        <Panel judul="Pensiun atau berhenti" id="berhenti">
          <p className="mb-3 text-sm text-slate-600">
            Semua penugasan yang masih berjalan ({berjalan.length}) berakhir sehari sebelum TMT; pegawai tidak dapat masuk lagi sejak TMT itu. Riwayat dan SKP lama tidak berubah.
          </p>
          <FormAksi action={berhentiAction} tombol="Catat" varian="bahaya" konfirmasi={`Catat ${nama} pensiun/berhenti? Akunnya tidak aktif lagi.`} tersembunyi={{ pegawaiId: p.id }} className="flex flex-wrap items-end gap-3">
            <KolomPilih nama="alasan" label="Peristiwa" opsi={(["PENSIUN", "BERHENTI"] as const).map((a) => ({ id: a, label: LABEL_ALASAN_BERHENTI[a] }))} nilai="PENSIUN" />
            <KolomTeks nama="tanggal" label="TMT (hari pertama tidak aktif)" jenis="date" wajib nilai={iso(hari)} />
          </FormAksi>
        </Panel>
      )}
    </div>
  );
}
