import "server-only";
// Memuat data satu dokumen resmi bagi aktor: hak baca (sama dengan halaman SKP/evaluasinya; Penetapan: pimpinan
// unit dan admin BKD), kesiapan (SKP disetujui, evaluasi final, …), penanda tangan dan data cetaknya. Data halaman
// diambil dari modul yang sama dengan halaman (getDetailSkp, getHalamanEvaluasi), lalu disusun oleh lib/dokumen/susun.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { adalahUuid } from "@/lib/id";
import { env } from "@/lib/env";
import { getDetailSkp } from "@/lib/skp/baca";
import { getHalamanEvaluasi } from "@/lib/penilaian/baca";
import { capaianBerlaku, tabelDistribusi } from "@/lib/penilaian/capaian";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";
import { unitYangDipimpin } from "@/lib/penilaian/organisasi";
import { JUMLAH_KOSONG, LABEL_PREDIKAT_ORGANISASI, type JumlahPredikat, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT_CETAK, type Predikat } from "@/lib/penilaian/kuadran";
import { getHierarki, getInstansi, getUnitKerja } from "@/lib/organisasi/queries";
import { penugasanAktif } from "@/lib/organisasi/hierarki";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { bacaSnapshot } from "@/lib/skp/identitas";
import { periodePenilaianTeks } from "@/lib/skp/periode";
import { polaDistribusi, susunDokumenEvaluasi, susunEvaluasi, susunSkp, susunUmpanBalik, type DasarSusun } from "@/lib/dokumen/susun";
import { LABEL_JENIS_DOKUMEN, LABEL_PERAN_TTD, type BlokTtd, type DataDokumen, type JenisDokumen, type PeranTtd } from "@/lib/dokumen/jenis";
import type { TabelDistribusi } from "@/lib/penilaian/distribusi";

type TambahanEvaluasi = { capaianOrganisasi: PredikatOrganisasi | null; unitCapaian: string | null; jumlah: JumlahPredikat; tabel: TabelDistribusi };

export type SubjekDokumen =
  | { jenis: "SKP"; skpId: string }
  | { jenis: "UMPAN_BALIK" | "EVALUASI" | "DOKUMEN_EVALUASI"; skpId: string; kode: string }
  | { jenis: "PENETAPAN"; unitKerjaId: string; tahun: number; kode: string };

export type PenandaDokumen = { peran: PeranTtd; pegawaiId: string | null; nama: string; nip: string | null; labelNip: string };

export type DokumenSiap = {
  instansiId: string;
  jenis: JenisDokumen;
  subjek: string;
  skpId: string | null;
  unitKerjaId: string | null;
  judul: string;
  periode: string;
  /** Nama berkas unduhan tanpa ekstensi, mis. "evaluasi-TW1-2026-199001012015011001". */
  namaBerkas: string;
  /** Blok tanda tangan belum ditandatangani, tanpa kotak verifikasi (diisi lib/dokumen/layanan). */
  data: DataDokumen;
  penanda: PenandaDokumen[];
};

export type HasilMuat = { ok: true; dok: DokumenSiap } | { ok: false; pesan: string } | null;

const KODE_RE = /^[A-Z0-9]{1,8}$/;

/** Subjek dari parameter URL; null bila tidak sah (→ 404, bukan 500). */
export function bacaSubjekSkp(jenis: string, skpId: string, kode: string | null): SubjekDokumen | null {
  if (!adalahUuid(skpId)) return null;
  const j = jenis.toUpperCase().replace(/-/g, "_");
  if (j === "SKP") return { jenis: "SKP", skpId };
  if (j !== "UMPAN_BALIK" && j !== "EVALUASI" && j !== "DOKUMEN_EVALUASI") return null;
  if (!kode || !KODE_RE.test(kode)) return null;
  return { jenis: j, skpId, kode };
}

export function kunciSubjek(s: SubjekDokumen): string {
  if (s.jenis === "SKP") return `skp:${s.skpId}`;
  if (s.jenis === "PENETAPAN") return `unit:${s.unitKerjaId}:${s.tahun}:${s.kode}`;
  // Evaluasi dan Dokumen Evaluasi satu periode berbagi SKP dan kode: subjek memuat jenisnya.
  return `skp:${s.skpId}:${s.kode}:${s.jenis}`;
}

const segmenNama = (s: string) => s.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

async function dasarInstansi(instansiId: string) {
  const i = await getInstansi(instansiId);
  return { namaInstansi: (i?.nama ?? "").toUpperCase(), tempat: i?.ibukota ?? i?.nama ?? "", zonaWaktu: env().SKP_ZONA_WAKTU };
}

function blok(p: PenandaDokumen): BlokTtd {
  return { peran: p.peran, judul: LABEL_PERAN_TTD[p.peran], nama: p.nama, nip: p.nip, labelNip: p.labelNip, ttd: null };
}

// ─── SKP ──────────────────────────────────────────────────────────────────────────────────────

async function muatSkp(aktor: Aktor, skpId: string): Promise<HasilMuat> {
  const skp = await getDetailSkp(aktor, skpId);
  if (!skp) return null;
  if (skp.status !== "DISETUJUI" && skp.status !== "DIGANTI") {
    return { ok: false, pesan: "Dokumen SKP tersedia setelah SKP disetujui pejabat penilai kinerja." };
  }
  const instansiId = skp.pegawai.instansiId;
  const d = await dasarInstansi(instansiId);
  const penanda: PenandaDokumen[] = [
    { peran: "PEGAWAI", pegawaiId: skp.pegawaiId, nama: skp.pegawaiSnapshot.nama, nip: skp.pegawaiSnapshot.nip, labelNip: skp.pegawaiSnapshot.labelNip },
  ];
  if (skp.penilaiSnapshot) {
    penanda.push({ peran: "PENILAI", pegawaiId: skp.penilaiPegawaiId, nama: skp.penilaiSnapshot.nama, nip: skp.penilaiSnapshot.nip, labelNip: skp.penilaiSnapshot.labelNip });
  }
  const dasar: DasarSusun = { namaInstansi: d.namaInstansi, tempat: d.tempat, tanggal: skp.disetujuiAt ?? skp.mulai, zonaWaktu: d.zonaWaktu, verifikasi: null };
  return {
    ok: true,
    dok: {
      instansiId,
      jenis: "SKP",
      subjek: kunciSubjek({ jenis: "SKP", skpId }),
      skpId,
      unitKerjaId: null,
      judul: `${LABEL_JENIS_DOKUMEN.SKP} ${skp.pegawaiSnapshot.nama}`,
      periode: `Tahun ${skp.periode.tahun}`,
      namaBerkas: `skp-${skp.periode.tahun}-${segmenNama(skp.pegawaiSnapshot.nip ?? skp.pegawaiSnapshot.nama)}`,
      data: susunSkp(skp, dasar),
      penanda,
    },
  };
}

// ─── Umpan Balik, Evaluasi, Dokumen Evaluasi ──────────────────────────────────────────────────

/** Capaian organisasi dan pola distribusi unit tempat evaluasi ini dihitung (penetapan beku, atau finalisasinya). */
async function tambahanEvaluasi(evaluasiId: string, instansiId: string, tahun: number, kode: string): Promise<TambahanEvaluasi> {
  const ev = await prisma.evaluasiKinerja.findUnique({
    where: { id: evaluasiId },
    select: { unitCapaianId: true, finalisasi: { select: { capaian: true, jumlah: true } } },
  });
  const unitId = ev?.unitCapaianId ?? null;
  const [penetapan, capaian, units, tabel] = await Promise.all([
    unitId ? prisma.penetapanDistribusi.findUnique({ where: { unitKerjaId_tahun_kode: { unitKerjaId: unitId, tahun, kode } }, select: { capaian: true, jumlah: true } }) : null,
    unitId ? capaianBerlaku(instansiId, tahun, kode, [unitId]) : new Map(),
    getUnitKerja(instansiId),
    tabelDistribusi(instansiId),
  ]);
  const predikatOrg: PredikatOrganisasi | null = penetapan?.capaian ?? ev?.finalisasi?.capaian ?? (unitId ? capaian.get(unitId)?.predikat ?? null : null);
  const jumlah = bacaJumlah(penetapan?.jumlah ?? ev?.finalisasi?.jumlah);
  return { capaianOrganisasi: predikatOrg, unitCapaian: unitId ? units.get(unitId)?.nama ?? null : null, jumlah, tabel };
}

export function bacaJumlah(v: unknown): JumlahPredikat {
  const o = (v && typeof v === "object" ? v : {}) as Record<string, unknown>;
  const j: Record<Predikat, number> = { ...JUMLAH_KOSONG };
  for (const p of DAFTAR_PREDIKAT) j[p] = typeof o[p] === "number" && Number.isInteger(o[p]) && (o[p] as number) >= 0 ? (o[p] as number) : 0;
  return j;
}

async function muatEvaluasi(aktor: Aktor, subjek: Extract<SubjekDokumen, { skpId: string; kode: string }>): Promise<HasilMuat> {
  const [hMentah, skpDetail] = await Promise.all([getHalamanEvaluasi(aktor, subjek.skpId, subjek.kode), getDetailSkp(aktor, subjek.skpId)]);
  if (!hMentah || !skpDetail) return null;
  // Identitas pegawai dari snapshot evaluasi; bila tidak ada, dari snapshot SKP.
  const h = { ...hMentah, identitas: { ...hMentah.identitas, pegawai: hMentah.identitas.pegawai ?? skpDetail.pegawaiSnapshot } };
  if (!h.bolehLihat.ok) return { ok: false, pesan: h.bolehLihat.pesan ?? "Penilaian ini belum dapat dilihat." };
  const ev = h.evaluasi;
  if (subjek.jenis === "UMPAN_BALIK") {
    if (!ev || (h.status !== "SELESAI_DINILAI" && h.status !== "FINAL")) return { ok: false, pesan: `Dokumen Umpan Balik ${h.label} tersedia setelah pejabat penilai menandai penilaiannya selesai.` };
  } else if (!ev || h.status !== "FINAL") {
    return { ok: false, pesan: `${LABEL_JENIS_DOKUMEN[subjek.jenis]} ${h.label} tersedia setelah penilaiannya final.` };
  }
  const skp = skpDetail;
  const instansiId = skp.pegawai.instansiId;
  const d = await dasarInstansi(instansiId);
  const idPeg = h.identitas.pegawai;
  const idPen = h.identitas.penilai;
  const penanda: PenandaDokumen[] = [];
  if (idPeg) penanda.push({ peran: "PEGAWAI", pegawaiId: skp.pegawaiId, nama: idPeg.nama, nip: idPeg.nip, labelNip: idPeg.labelNip });
  if (idPen) penanda.push({ peran: "PENILAI", pegawaiId: idPen.pegawaiId, nama: idPen.nama, nip: idPen.nip, labelNip: idPen.labelNip });
  const tanggal = [h.keberatan?.diputuskanAt, ev.finalAt, ev.selesaiDinilaiAt].find((x): x is Date => x instanceof Date) ?? h.rentang.selesai;
  const dasar: DasarSusun = { namaInstansi: d.namaInstansi, tempat: d.tempat, tanggal, zonaWaktu: d.zonaWaktu, verifikasi: null };
  const nama = idPeg?.nama ?? "";
  const umum = {
    instansiId,
    jenis: subjek.jenis,
    subjek: kunciSubjek(subjek),
    skpId: subjek.skpId,
    unitKerjaId: null,
    judul: `${LABEL_JENIS_DOKUMEN[subjek.jenis]} ${nama}`,
    periode: `${h.label} ${h.skp.tahun}`,
    namaBerkas: `${segmenNama(subjek.jenis.toLowerCase())}-${subjek.kode}-${h.skp.tahun}-${segmenNama(idPeg?.nip ?? nama)}`,
    penanda,
  };
  if (subjek.jenis === "UMPAN_BALIK") return { ok: true, dok: { ...umum, data: susunUmpanBalik(h, dasar, skp) } };
  const tambahan = await tambahanEvaluasi(ev.id, instansiId, h.skp.tahun, subjek.kode);
  const data = subjek.jenis === "EVALUASI" ? susunEvaluasi(h, { ...tambahan, skp }, dasar) : susunDokumenEvaluasi(h, tambahan, dasar);
  return { ok: true, dok: { ...umum, data } };
}

// ─── Penetapan capaian dan distribusi per unit ────────────────────────────────────────────────

/** Pemangku (definitif/Plt/Plh) jabatan pimpinan unit pembawa capaian ini pada tanggal itu. */
export async function pimpinanUnit(instansiId: string, unitKerjaId: string, tanggal: Date): Promise<string[]> {
  const [data, units, pengaturan] = await Promise.all([getHierarki(instansiId), getUnitKerja(instansiId), getPengaturanPenilaian(instansiId)]);
  const simpul = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  const hasil: string[] = [];
  for (const j of data.jabatan.values()) {
    if (j.unitKerjaId !== unitKerjaId || unitYangDipimpin(data.jabatan, simpul, j.id, pengaturan.cakupanCapaian) !== unitKerjaId) continue;
    for (const p of data.hierarki.penugasanJabatan.get(j.id) ?? []) {
      if (penugasanAktif(data.hierarki, p.pegawaiId, tanggal).some((x) => x.jabatanId === j.id)) hasil.push(p.pegawaiId);
    }
  }
  return hasil;
}

/** Unit pembawa capaian yang dipimpin pegawai ini (jabatan definitif/Plt/Plh yang aktif) pada tanggal itu. */
export async function unitDipimpinPegawai(instansiId: string, pegawaiId: string, tanggal: Date): Promise<string[]> {
  const [data, units, pengaturan] = await Promise.all([getHierarki(instansiId), getUnitKerja(instansiId), getPengaturanPenilaian(instansiId)]);
  const simpul = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  return penugasanAktif(data.hierarki, pegawaiId, tanggal)
    .map((p) => (data.jabatan.has(p.jabatanId) ? unitYangDipimpin(data.jabatan, simpul, p.jabatanId, pengaturan.cakupanCapaian) : null))
    .filter((u): u is string => !!u);
}

/** Admin BKD instansi unit itu, atau pimpinan unitnya hari ini. */
export async function bolehDokumenUnit(aktor: Aktor, unitKerjaId: string): Promise<{ instansiId: string; admin: boolean } | null> {
  if (!adalahUuid(unitKerjaId)) return null;
  const u = await prisma.unitKerja.findUnique({ where: { id: unitKerjaId }, select: { instansiId: true } });
  if (!u) return null;
  if (aktor.isSuperadmin || aktor.adminInstansiIds.includes(u.instansiId)) return { instansiId: u.instansiId, admin: true };
  if (aktor.instansiId !== u.instansiId) return null;
  return (await unitDipimpinPegawai(u.instansiId, aktor.pegawaiId, new Date())).includes(unitKerjaId) ? { instansiId: u.instansiId, admin: false } : null;
}

async function muatPenetapan(aktor: Aktor, s: Extract<SubjekDokumen, { jenis: "PENETAPAN" }>): Promise<HasilMuat> {
  const akses = await bolehDokumenUnit(aktor, s.unitKerjaId);
  if (!akses) return null;
  const instansiId = akses.instansiId;
  const [pen, units, capaian, tabel, periode] = await Promise.all([
    prisma.penetapanDistribusi.findUnique({ where: { unitKerjaId_tahun_kode: { unitKerjaId: s.unitKerjaId, tahun: s.tahun, kode: s.kode } }, select: { capaian: true, jumlah: true, pelanggaran: true, ditetapkanAt: true } }),
    getUnitKerja(instansiId),
    capaianBerlaku(instansiId, s.tahun, s.kode, [s.unitKerjaId]),
    tabelDistribusi(instansiId),
    prisma.periodeEvaluasi.findFirst({ where: { kode: s.kode, periodeKinerja: { instansiId, tahun: s.tahun } }, select: { label: true, mulai: true, selesai: true } }),
  ]);
  if (!pen) return { ok: false, pesan: "Penetapan distribusi unit ini belum ada: ditetapkan saat kelompok penilaian terakhir unit ini final." };
  const unitNama = units.get(s.unitKerjaId)?.nama ?? "";
  const [evaluasi, finalisasi, pimpinan] = await Promise.all([
    prisma.evaluasiKinerja.findMany({
      where: { unitCapaianId: s.unitKerjaId, kode: s.kode, status: "FINAL", skp: { periode: { tahun: s.tahun, instansiId } } },
      select: { pegawaiSnapshot: true, predikat: true },
      orderBy: { createdAt: "asc" },
    }),
    prisma.finalisasiPenilaian.findMany({ where: { unitCapaianId: s.unitKerjaId, tahun: s.tahun, kode: s.kode, alasanOverride: { not: null } }, select: { alasanOverride: true, pelanggaran: true }, orderBy: { createdAt: "asc" } }),
    pimpinanUnit(instansiId, s.unitKerjaId, pen.ditetapkanAt),
  ]);
  const penetapId = pimpinan[0] ?? null;
  const penetap = penetapId
    ? await prisma.pegawai.findUnique({ where: { id: penetapId }, select: { nip: true, status: true, nama: true, gelarDepan: true, gelarBelakang: true } })
    : null;
  const penanda: PenandaDokumen[] = penetap
    ? [{ peran: "PENETAP", pegawaiId: penetapId, nama: formatNamaGelar(penetap), nip: penetap.nip, labelNip: penetap.status === "PPPK" ? "NIPPPK" : "NIP" }]
    : [];
  const d = await dasarInstansi(instansiId);
  const rentang = periode ?? { label: s.kode, mulai: new Date(Date.UTC(s.tahun, 0, 1)), selesai: new Date(Date.UTC(s.tahun, 11, 31)) };
  const c = capaian.get(s.unitKerjaId);
  const jumlah = bacaJumlah(pen.jumlah);
  const pegawai = evaluasi
    .map((e) => ({ snap: bacaSnapshot(e.pegawaiSnapshot), predikat: e.predikat as Predikat | null }))
    .filter((x) => x.snap)
    .map((x) => ({ nama: x.snap!.nama, nip: x.snap!.nip, labelNip: x.snap!.labelNip, jabatan: x.snap!.jabatan, predikat: x.predikat ? LABEL_PREDIKAT_CETAK[x.predikat] : null }));
  const data: DataDokumen = {
    jenis: "PENETAPAN",
    kepala: { namaInstansi: d.namaInstansi, judul: ["PENETAPAN CAPAIAN KINERJA ORGANISASI", "DAN DISTRIBUSI PREDIKAT KINERJA PEGAWAI"], periodePenilaian: periodePenilaianTeks(rentang.mulai, rentang.selesai) },
    tempat: d.tempat,
    tanggal: pen.ditetapkanAt,
    zonaWaktu: d.zonaWaktu,
    ttd: penanda.map(blok),
    verifikasi: null,
    periode: rentang.label.toUpperCase(),
    unitKerja: unitNama,
    capaianOrganisasi: LABEL_PREDIKAT_ORGANISASI[pen.capaian],
    dasarCapaian: c?.dasar ?? "",
    penetap: null,
    distribusi: polaDistribusi({ capaianOrganisasi: pen.capaian, jumlah, tabel }),
    // Satu butir per alasan (kelompok berikutnya dengan alasan sama menggantikan pelanggaran sebelumnya).
    pengecualian: [
      ...new Map(finalisasi.map((f) => [f.alasanOverride, `${Array.isArray(f.pelanggaran) ? (f.pelanggaran as string[]).join("; ") : ""} Alasan: ${f.alasanOverride}`])).values(),
    ],
    pegawai,
  };
  return {
    ok: true,
    dok: {
      instansiId,
      jenis: "PENETAPAN",
      subjek: kunciSubjek(s),
      skpId: null,
      unitKerjaId: s.unitKerjaId,
      judul: `Penetapan Capaian dan Distribusi Predikat ${unitNama}`,
      periode: `${rentang.label} ${s.tahun}`,
      namaBerkas: `penetapan-${s.kode}-${s.tahun}-${segmenNama(units.get(s.unitKerjaId)?.singkatan ?? unitNama)}`,
      data,
      penanda,
    },
  };
}

/** Data dokumen bagi aktor; null = tidak ada atau tidak berhak (tidak dibedakan). */
export async function muatDokumen(aktor: Aktor, subjek: SubjekDokumen): Promise<HasilMuat> {
  if (subjek.jenis === "SKP") return muatSkp(aktor, subjek.skpId);
  if (subjek.jenis === "PENETAPAN") return muatPenetapan(aktor, subjek);
  return muatEvaluasi(aktor, subjek);
}
