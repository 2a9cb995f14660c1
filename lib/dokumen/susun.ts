// Pemetaan murni dari data halaman (DetailSkp, HalamanEvaluasi) ke data dokumen resmi (lib/dokumen/jenis), agar
// halaman, PDF dan ekspor menyebut hal yang sama. Semua label berasal dari modul label; tanpa Prisma dan next/*.
// Impor tipe dari modul "server-only" aman: impor tipe dihapus saat kompilasi.
import type {
  BlokTtd,
  DasarDokumen,
  DataDokumenEvaluasi,
  DataEvaluasi,
  DataSkp,
  DataUmpanBalik,
  IdentitasCetak,
  IsiSkp,
  JenisDokumen,
  KeberatanCetak,
  KolomDistribusi,
  PeranTtd,
  PerilakuCetak,
  RhkCetak,
} from "@/lib/dokumen/jenis";
import { LABEL_PERAN_TTD } from "@/lib/dokumen/jenis";
import type { DetailSkp } from "@/lib/skp/baca";
import type { DataKeberatan, HalamanEvaluasi, UmpanIsi } from "@/lib/penilaian/baca";
import { formatAngka } from "@/lib/angka-tampil";
import { keteranganBatas, LABEL_PREDIKAT_ORGANISASI, TABEL_SE_3_2023, type PredikatOrganisasi, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT, LABEL_PREDIKAT_CETAK, LABEL_RATING, LABEL_RATING_CETAK, type Predikat } from "@/lib/penilaian/kuadran";
import { KODE_AKHIR, LABEL_PILIHAN_UMPAN, type PilihanUmpan } from "@/lib/penilaian/umpan";
import { periodePenilaianTeks } from "@/lib/skp/periode";
import { isAspek, isKodePerspektif, judulFormulir, LABEL_ASPEK, PERSPEKTIF, type JenisJabatan, type Pendekatan, type VarianSkp } from "@/lib/skp/varian";

/** Status tanda tangan satu peran: null/tidak ada = belum ditandatangani. */
export type StatusTtd = NonNullable<BlokTtd["ttd"]>;

/**
 * Bagian umum yang diberikan pemanggil. Judul dan periode penilaian pada kepala dokumen dihitung di sini (dari varian,
 * pendekatan, jenis jabatan dan rentang), dan blok tanda tangan disusun dari identitas para pihak, sehingga hanya
 * pihak yang semestinya menandatangani (atasan pejabat penilai tidak pernah).
 */
export type DasarSusun = Omit<DasarDokumen, "kepala" | "ttd"> & {
  namaInstansi: string;
  ttd?: Partial<Record<PeranTtd, StatusTtd | null>>;
};

/** Bagian SKP yang tidak ada pada HalamanEvaluasi (varian, jenis jabatan, RHK atasan, perspektif, asal penugasan). */
export type RincianSkp = Pick<DetailSkp, "varian" | "pendekatan" | "jabatan" | "rhk">;

type IdentitasSumber = { nama: string; nip: string | null; labelNip: string; pangkat: string | null; jabatan: string; unitKerja: string | null };

export function identitasCetak(s: IdentitasSumber | null | undefined): IdentitasCetak | null {
  return s ? { nama: s.nama, nip: s.nip, labelNip: s.labelNip, pangkat: s.pangkat, jabatan: s.jabatan, unitKerja: s.unitKerja } : null;
}

/** Identitas wajib (pegawai yang dinilai): tanpa snapshot dicetak "-". */
function identitasWajib(s: IdentitasSumber | null | undefined): IdentitasCetak {
  return identitasCetak(s) ?? { nama: "-", nip: null, labelNip: "NIP", pangkat: null, jabatan: "-", unitKerja: null };
}

/** Baris judul dokumen menurut jenisnya; SKP memakai judulFormulir, Umpan Balik dan Evaluasi mengganti baris pertama. */
export function judulDokumen(jenis: JenisDokumen, varian: VarianSkp, pendekatan: Pendekatan, jenisJabatan: JenisJabatan): string[] {
  const formulir = judulFormulir(varian, pendekatan, jenisJabatan);
  switch (jenis) {
    case "SKP":
      return formulir;
    case "UMPAN_BALIK":
      return ["UMPAN BALIK KINERJA PEGAWAI", ...formulir.slice(1)];
    case "EVALUASI":
      return ["EVALUASI KINERJA PEGAWAI", ...formulir.slice(1)];
    case "DOKUMEN_EVALUASI":
      return ["DOKUMEN EVALUASI KINERJA PEGAWAI"];
    case "PENETAPAN":
      return ["PENETAPAN CAPAIAN KINERJA ORGANISASI", "DAN DISTRIBUSI PREDIKAT KINERJA PEGAWAI"];
  }
}

/** Blok tanda tangan untuk satu pihak; judul dari LABEL_PERAN_TTD. */
export function blokTtd(peran: PeranTtd, id: IdentitasCetak | null, ttd: StatusTtd | null | undefined): BlokTtd {
  return { peran, judul: LABEL_PERAN_TTD[peran], nama: id?.nama ?? "-", nip: id?.nip ?? null, labelNip: id?.labelNip ?? "NIP", ttd: ttd ?? null };
}

function dasarDokumen(d: DasarSusun, judul: string[], mulai: Date, selesai: Date, ttd: BlokTtd[]): DasarDokumen {
  const { namaInstansi, ttd: _status, ...sisa } = d;
  void _status;
  return { ...sisa, kepala: { namaInstansi, judul, periodePenilaian: periodePenilaianTeks(mulai, selesai) }, ttd };
}

/** Pegawai yang dinilai dan pejabat penilai kinerja (SKP, Umpan Balik, Evaluasi, Dokumen Evaluasi). */
function ttdPegawaiPenilai(d: DasarSusun, pegawai: IdentitasCetak, penilai: IdentitasCetak | null): BlokTtd[] {
  return [blokTtd("PEGAWAI", pegawai, d.ttd?.PEGAWAI), blokTtd("PENILAI", penilai, d.ttd?.PENILAI)];
}

const labelAspek = (aspek: string | null, pendekatan: Pendekatan) => (pendekatan === "KUANTITATIF" && aspek && isAspek(aspek) ? LABEL_ASPEK[aspek] : null);
const labelPerspektif = (kode: string | null) => (kode && isKodePerspektif(kode) ? (PERSPEKTIF.find((p) => p.kode === kode)?.nama ?? null) : null);

type RhkDetail = DetailSkp["rhk"][number];

function rhkCetak(r: RhkDetail, nomor: number, varian: VarianSkp, pendekatan: Pendekatan): RhkCetak {
  return {
    nomor: String(nomor),
    rhkAtasan: varian === "JA_JF" ? (r.rhkAtasan?.teks ?? null) : null,
    teks: r.teks,
    perspektif: varian === "JPT" ? labelPerspektif(r.perspektif) : null,
    penugasanDari: r.penugasanDari ?? null,
    iki: r.iki.map((i) => ({ aspek: labelAspek(i.aspek, pendekatan), indikator: i.indikator, target: i.targetTeks })),
  };
}

/** Nomor urut per kelompok (utama, tambahan), urutan seperti di halaman. */
function kelompokkan<T extends { jenis: "UTAMA" | "TAMBAHAN" }, U>(rhk: readonly T[], peta: (r: T, nomor: number) => U): { utama: U[]; tambahan: U[] } {
  const utama = rhk.filter((r) => r.jenis === "UTAMA");
  const tambahan = rhk.filter((r) => r.jenis === "TAMBAHAN");
  return { utama: utama.map((r, i) => peta(r, i + 1)), tambahan: tambahan.map((r, i) => peta(r, i + 1)) };
}

function perilakuCetak(p: readonly { kode: string; nama: string; panduan: readonly string[]; ekspektasi: string | null }[], umpan?: Record<string, UmpanIsi>): PerilakuCetak[] {
  return p.map((x) => ({ nama: x.nama, panduan: x.panduan, ekspektasi: x.ekspektasi, ...(umpan ? { umpanBalik: teksUmpan(umpan[x.kode]) } : {}) }));
}

/** Umpan balik tercetak: label pilihan dan teks bebas ("Perlu perbaikan: …"); keduanya kosong → null. */
export function teksUmpan(u: UmpanIsi | undefined): string | null {
  if (!u) return null;
  const pilihan = u.pilihan && u.pilihan in LABEL_PILIHAN_UMPAN ? LABEL_PILIHAN_UMPAN[u.pilihan as PilihanUmpan] : null;
  const teks = u.teks?.trim() || null;
  if (pilihan && teks) return `${pilihan}: ${teks}`;
  return pilihan ?? teks;
}

export function susunSkp(skp: DetailSkp, dasar: DasarSusun): DataSkp {
  const pegawai = identitasWajib(skp.pegawaiSnapshot);
  const penilai = identitasCetak(skp.penilaiSnapshot);
  const { utama, tambahan } = kelompokkan(skp.rhk, (r, n) => rhkCetak(r, n, skp.varian, skp.pendekatan));
  const lampiran = (jenis: DetailSkp["lampiran"][number]["jenis"]) => skp.lampiran.filter((l) => l.jenis === jenis).sort((a, b) => a.urutan - b.urutan).map((l) => l.teks);
  return {
    ...dasarDokumen(dasar, judulDokumen("SKP", skp.varian, skp.pendekatan, skp.jabatan.jenis), skp.mulai, skp.selesai, ttdPegawaiPenilai(dasar, pegawai, penilai)),
    jenis: "SKP",
    varian: skp.varian,
    pendekatan: skp.pendekatan,
    pegawai,
    penilai,
    utama,
    tambahan,
    perilaku: perilakuCetak(skp.perilaku),
    lampiran: { dukungan: lampiran("DUKUNGAN_SUMBER_DAYA"), skema: lampiran("SKEMA_PERTANGGUNGJAWABAN"), konsekuensi: lampiran("KONSEKUENSI") },
  };
}

/** Label periode tercetak: "TRIWULAN I", "JANUARI", …; evaluasi tahunan: "AKHIR". */
export function labelPeriodeCetak(h: Pick<HalamanEvaluasi, "kode" | "tahunan" | "label">): string {
  return h.tahunan || h.kode === KODE_AKHIR ? "AKHIR" : h.label.toUpperCase();
}

type RealisasiHalaman = HalamanEvaluasi["rhk"][number]["iki"][number]["realisasi"][number];

function teksRealisasi(z: RealisasiHalaman, satuan: string | null): string | null {
  if (z.teks?.trim()) return z.teks.trim();
  if (z.nilai === null) return null;
  return [formatAngka(z.nilai), satuan].filter(Boolean).join(" ");
}

/**
 * Realisasi satu IKI: periodik satu nilai; tahunan setiap periode berlabel ("Triwulan I: 3 modul; Triwulan II: …").
 * Dasar realisasi (bila ada) ditambahkan dalam kurung.
 */
function realisasiIki(iki: HalamanEvaluasi["rhk"][number]["iki"][number], h: Pick<HalamanEvaluasi, "tahunan" | "periodeMasukan">): string | null {
  const label = new Map(h.periodeMasukan.map((p) => [p.kode, p.label]));
  const bagian = iki.realisasi
    .map((z) => {
      const t = teksRealisasi(z, iki.satuan);
      if (!t) return null;
      const isi = z.dasar?.trim() ? `${t} (${z.dasar.trim()})` : t;
      return h.tahunan ? `${label.get(z.kode) ?? z.kode}: ${isi}` : isi;
    })
    .filter((x): x is string => x !== null);
  return bagian.length ? bagian.join("; ") : null;
}

function isiEvaluasi(h: HalamanEvaluasi, skp: RincianSkp): IsiSkp {
  const pegawai = identitasWajib(h.identitas.pegawai);
  const penilai = identitasCetak(h.identitas.penilai);
  const detail = new Map(skp.rhk.map((r) => [r.id, r]));
  const umpan = h.evaluasi?.umpanRhk ?? {};
  const { utama, tambahan } = kelompokkan(h.rhk, (r, n) => {
    const d = detail.get(r.id);
    return {
      nomor: String(n),
      rhkAtasan: skp.varian === "JA_JF" ? (d?.rhkAtasan?.teks ?? null) : null,
      teks: r.teks,
      perspektif: skp.varian === "JPT" ? labelPerspektif(d?.perspektif ?? null) : null,
      penugasanDari: d?.penugasanDari ?? null,
      iki: r.iki.map((i) => ({ aspek: labelAspek(i.aspek, h.skp.pendekatan), indikator: i.indikator, target: i.targetTeks, realisasi: realisasiIki(i, h) })),
      umpanBalik: teksUmpan(umpan[r.id]),
    };
  });
  return { varian: skp.varian, pendekatan: h.skp.pendekatan, pegawai, penilai, utama, tambahan, perilaku: perilakuCetak(h.perilaku, h.evaluasi?.umpanPerilaku ?? {}) };
}

export function susunUmpanBalik(h: HalamanEvaluasi, dasar: DasarSusun, skp: RincianSkp): DataUmpanBalik {
  const isi = isiEvaluasi(h, skp);
  return {
    ...dasarDokumen(dasar, judulDokumen("UMPAN_BALIK", skp.varian, h.skp.pendekatan, skp.jabatan.jenis), h.rentang.mulai, h.rentang.selesai, ttdPegawaiPenilai(dasar, isi.pegawai, isi.penilai)),
    ...isi,
    jenis: "UMPAN_BALIK",
    periode: labelPeriodeCetak(h),
  };
}

export type ExtraEvaluasi = {
  capaianOrganisasi: PredikatOrganisasi | null;
  unitCapaian: string | null;
  /** Jumlah pegawai per predikat di unit pembawa capaian (pola distribusi). */
  jumlah: Record<Predikat, number>;
  /** Keterangan batas per predikat; bawaan dihitung dari tabel kurva (keteranganBatas). */
  batas?: Partial<Record<Predikat, string | null>>;
  /** Tabel kurva instansi; bawaan SE 3/2023. */
  tabel?: TabelDistribusi;
  skp: RincianSkp;
};

/** Kolom pola distribusi: label predikat, jumlah, dan batas kurva untuk N pegawai unit. */
export function polaDistribusi(extra: Pick<ExtraEvaluasi, "capaianOrganisasi" | "jumlah" | "batas" | "tabel">): KolomDistribusi[] {
  const n = DAFTAR_PREDIKAT.reduce((s, p) => s + extra.jumlah[p], 0);
  const hitung = extra.capaianOrganisasi ? keteranganBatas(extra.capaianOrganisasi, n, extra.tabel ?? TABEL_SE_3_2023) : null;
  return DAFTAR_PREDIKAT.map((p) => ({ predikat: LABEL_PREDIKAT[p], jumlah: extra.jumlah[p], batas: extra.batas?.[p] ?? hitung?.[p] ?? null }));
}

export function susunEvaluasi(h: HalamanEvaluasi, extra: ExtraEvaluasi, dasar: DasarSusun): DataEvaluasi {
  const isi = isiEvaluasi(h, extra.skp);
  const ev = h.evaluasi;
  return {
    ...dasarDokumen(dasar, judulDokumen("EVALUASI", extra.skp.varian, h.skp.pendekatan, extra.skp.jabatan.jenis), h.rentang.mulai, h.rentang.selesai, ttdPegawaiPenilai(dasar, isi.pegawai, isi.penilai)),
    ...isi,
    jenis: "EVALUASI",
    periode: labelPeriodeCetak(h),
    atasanPenilai: identitasCetak(h.identitas.atasanPenilai),
    capaianOrganisasi: extra.capaianOrganisasi ? LABEL_PREDIKAT_ORGANISASI[extra.capaianOrganisasi] : null,
    unitCapaian: extra.unitCapaian,
    polaDistribusi: polaDistribusi(extra),
    ratingHasil: ev?.ratingHasil ? LABEL_RATING_CETAK[ev.ratingHasil] : null,
    ratingPerilaku: ev?.ratingPerilaku ? LABEL_RATING_CETAK[ev.ratingPerilaku] : null,
    predikat: ev?.predikat ? LABEL_PREDIKAT_CETAK[ev.predikat] : null,
    catatan: ev?.catatan ?? null,
  };
}

/**
 * Keputusan keberatan dalam kalimat: "Penilaian tetap: predikat Baik." atau "Rating diubah menjadi hasil kerja Sesuai
 * Ekspektasi dan perilaku kerja Di Atas Ekspektasi: predikat Butuh Perbaikan menjadi Baik." Belum diputuskan: null.
 */
export function teksKeputusanKeberatan(k: Pick<DataKeberatan, "keputusan" | "predikatSebelum" | "predikatBaru" | "ratingHasilSebelum" | "ratingPerilakuSebelum">, sesudah?: { ratingHasil: HalamanRating; ratingPerilaku: HalamanRating }): string | null {
  if (k.keputusan === null) return null;
  if (k.keputusan === "TETAP") return `Penilaian tetap: predikat ${LABEL_PREDIKAT[k.predikatSebelum]}.`;
  const rating = sesudah?.ratingHasil && sesudah.ratingPerilaku ? ` menjadi hasil kerja ${LABEL_RATING[sesudah.ratingHasil]} dan perilaku kerja ${LABEL_RATING[sesudah.ratingPerilaku]}` : "";
  const predikat = k.predikatBaru ? `predikat ${LABEL_PREDIKAT[k.predikatSebelum]} menjadi ${LABEL_PREDIKAT[k.predikatBaru]}` : `predikat semula ${LABEL_PREDIKAT[k.predikatSebelum]}`;
  return `Rating diubah${rating}: ${predikat}.`;
}

type HalamanRating = NonNullable<HalamanEvaluasi["evaluasi"]>["ratingHasil"];

export function keberatanCetak(k: DataKeberatan, ev: HalamanEvaluasi["evaluasi"]): KeberatanCetak {
  const pemutus = k.pemutus?.nama ? `${k.pemutus.nama}${k.pemutus.sebagai ? ` (${k.pemutus.sebagai})` : ""}` : null;
  return {
    alasan: k.alasan,
    diajukanAt: k.diajukanAt,
    keputusan: teksKeputusanKeberatan(k, ev && k.keputusan === "DIUBAH" ? { ratingHasil: ev.ratingHasil, ratingPerilaku: ev.ratingPerilaku } : undefined),
    pertimbangan: k.catatanKeputusan ?? null,
    diputuskanAt: k.diputuskanAt,
    pemutus,
  };
}

export function susunDokumenEvaluasi(h: HalamanEvaluasi, extra: Pick<ExtraEvaluasi, "capaianOrganisasi">, dasar: DasarSusun): DataDokumenEvaluasi {
  const pegawai = identitasWajib(h.identitas.pegawai);
  const penilai = identitasCetak(h.identitas.penilai);
  const ev = h.evaluasi;
  return {
    ...dasarDokumen(dasar, judulDokumen("DOKUMEN_EVALUASI", "JA_JF", h.skp.pendekatan, "PELAKSANA"), h.rentang.mulai, h.rentang.selesai, ttdPegawaiPenilai(dasar, pegawai, penilai)),
    jenis: "DOKUMEN_EVALUASI",
    periode: labelPeriodeCetak(h),
    pegawai,
    penilai,
    atasanPenilai: identitasCetak(h.identitas.atasanPenilai),
    capaianOrganisasi: extra.capaianOrganisasi ? LABEL_PREDIKAT_ORGANISASI[extra.capaianOrganisasi] : null,
    predikat: ev?.predikat ? LABEL_PREDIKAT_CETAK[ev.predikat] : null,
    catatan: ev?.catatan ?? null,
    keberatan: h.keberatan ? keberatanCetak(h.keberatan, ev) : null,
  };
}
