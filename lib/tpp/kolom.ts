// Ekspor TPP (issue #16 butir 2): katalog kolom, alasan pengecualian, kelengkapan dan penyusunan baris untuk pengelola
// TPP/Tukin. Rumus TPP berbeda per daerah, maka kolomnya dipilih per instansi (set kolom, tabel set_kolom_tpp).
// Murni: tanpa Prisma, tanpa next/*. Halaman /admin/tpp, Excel dan uji memakai label dan nilai yang sama dari sini.
import { formatNamaGelar, formatTanggal } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";
import { LABEL_PREDIKAT, LABEL_RATING, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import { LABEL_JENIS_PENGECUALIAN } from "@/lib/penilaian/monitoring-tabel";
import { LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import type { RekapPegawai } from "@/lib/progres-harian/rekap";

/** Alasan seorang pegawai dikecualikan dari pembayaran TPP bulan itu (berdasarkan kinerja), urut tampil. */
export const LABEL_ALASAN_TPP = {
  PERIODE_TIDAK_ADA: "Tidak ada periode evaluasi yang meliputi bulan ini",
  TANPA_SKP: "Tidak ada SKP disetujui untuk bulan ini",
  EVALUASI_BELUM_ADA: "Evaluasi periode belum dibuat",
  EVALUASI_BELUM_FINAL: "Evaluasi periode belum final",
  EVALUASI_DIKECUALIKAN: "Dikecualikan dari penilaian periode",
  PENGECUALIAN_PEGAWAI: "Pengecualian pegawai (kurva)",
  BERHENTI: "Pensiun/berhenti dalam bulan ini",
  KELUAR_OPD: "Pindah dari perangkat daerah ini dalam bulan ini",
} as const;
export type AlasanTpp = keyof typeof LABEL_ALASAN_TPP;

export type StatusEvaluasiTpp = "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN";
export type StatusKepegawaianTpp = "PNS" | "PPPK";
export type JenisPengecualianTpp = keyof typeof LABEL_JENIS_PENGECUALIAN;
export type PredikatOrganisasiTpp = keyof typeof LABEL_PREDIKAT_ORGANISASI;

/** Data satu pegawai untuk satu bulan, dari agregat SQL (lib/tpp/data.ts) dan rekap progres harian. */
export type DataPegawaiTpp = {
  pegawaiId: string;
  nip: string;
  gelarDepan: string | null;
  nama: string;
  gelarBelakang: string | null;
  status: StatusKepegawaianTpp;
  golongan: string;
  jabatan: string;
  unit: string;
  opd: string;
  /** Ada periode evaluasi yang meliputi bulan itu. */
  adaPeriode: boolean;
  adaSkp: boolean;
  evaluasi: { status: StatusEvaluasiTpp; ratingHasil: Rating | null; ratingPerilaku: Rating | null; predikat: Predikat | null; alasanDikecualikan: string | null } | null;
  /** Indikator kinerja (IKI) SKP disetujui itu dan realisasi yang sudah dilaporkan untuk periode (progres_skp). */
  indikator: number;
  realisasi: number;
  capaianOrganisasi: PredikatOrganisasiTpp | null;
  pengecualian: { jenis: JenisPengecualianTpp; alasan: string } | null;
  /** Hari pertama tidak aktif (pensiun/berhenti) bila jatuh dalam bulan itu. */
  berhentiSejak: Date | null;
  /** Penugasan di perangkat daerah ini berakhir sebelum akhir bulan (hari terakhirnya). */
  keluarOpdSejak: Date | null;
  /** Rekap progres harian bulan itu (hari kerja wajib, terisi, keterlambatan); null tanpa SKP disetujui. */
  harian: Pick<RekapPegawai, "hariKerja" | "hariTerisi" | "terlambat" | "hariTerlambat"> | null;
};

export type Pengecualian = { alasan: AlasanTpp; rincian?: string };

/** Semua alasan pengecualian yang berlaku, urut LABEL_ALASAN_TPP. Kosong = dibayar menurut kinerjanya. */
export function alasanPengecualian(d: DataPegawaiTpp): Pengecualian[] {
  const hasil: Pengecualian[] = [];
  if (!d.adaPeriode) hasil.push({ alasan: "PERIODE_TIDAK_ADA" });
  else if (!d.adaSkp) hasil.push({ alasan: "TANPA_SKP" });
  else if (!d.evaluasi) hasil.push({ alasan: "EVALUASI_BELUM_ADA" });
  else if (d.evaluasi.status === "DIKECUALIKAN") hasil.push({ alasan: "EVALUASI_DIKECUALIKAN", ...(d.evaluasi.alasanDikecualikan ? { rincian: d.evaluasi.alasanDikecualikan } : {}) });
  else if (d.evaluasi.status !== "FINAL") hasil.push({ alasan: "EVALUASI_BELUM_FINAL" });
  if (d.pengecualian) hasil.push({ alasan: "PENGECUALIAN_PEGAWAI", rincian: `${LABEL_JENIS_PENGECUALIAN[d.pengecualian.jenis]}: ${d.pengecualian.alasan}` });
  if (d.berhentiSejak) hasil.push({ alasan: "BERHENTI", rincian: `sejak ${formatTanggal(d.berhentiSejak)}` });
  if (d.keluarOpdSejak) hasil.push({ alasan: "KELUAR_OPD", rincian: `penugasan berakhir ${formatTanggal(d.keluarOpdSejak)}` });
  return hasil;
}

export const teksPengecualian = (p: readonly Pengecualian[]): string => p.map((x) => (x.rincian ? `${LABEL_ALASAN_TPP[x.alasan]} (${x.rincian})` : LABEL_ALASAN_TPP[x.alasan])).join("; ");

/** Persen dengan satu desimal (dibulatkan setengah ke atas); null bila penyebutnya 0 (tidak ada yang wajib). */
export function persen(pembilang: number, penyebut: number): number | null {
  if (!(penyebut > 0)) return null;
  return Math.round((Math.min(pembilang, penyebut) / penyebut) * 1000) / 10;
}

type Sel = string | number | null;
type DefinisiKolom = { judul: string; jenis: "teks" | "angka"; lebar: number; nilai: (d: DataPegawaiTpp, p: readonly Pengecualian[]) => Sel };

const final = (d: DataPegawaiTpp) => (d.evaluasi?.status === "FINAL" ? d.evaluasi : null);

/** Katalog kolom ekspor TPP: kunci (disimpan di set kolom) → judul Indonesia, jenis sel dan nilainya. */
export const KATALOG_KOLOM_TPP = {
  nip: { judul: "NIP", jenis: "teks", lebar: 24, nilai: (d) => formatNip(d.nip) },
  nama: { judul: "Nama", jenis: "teks", lebar: 36, nilai: (d) => formatNamaGelar(d) },
  jabatan: { judul: "Jabatan", jenis: "teks", lebar: 36, nilai: (d) => d.jabatan },
  pangkat: { judul: "Pangkat/golongan", jenis: "teks", lebar: 26, nilai: (d) => formatPangkatGolongan(d.status, d.golongan) },
  unit: { judul: "Unit kerja", jenis: "teks", lebar: 32, nilai: (d) => d.unit },
  opd: { judul: "Perangkat daerah", jenis: "teks", lebar: 32, nilai: (d) => d.opd },
  predikat: { judul: "Predikat kinerja", jenis: "teks", lebar: 18, nilai: (d) => { const e = final(d); return e?.predikat ? LABEL_PREDIKAT[e.predikat] : null; } },
  rating_hasil: { judul: "Rating hasil kerja", jenis: "teks", lebar: 20, nilai: (d) => { const e = final(d); return e?.ratingHasil ? LABEL_RATING[e.ratingHasil] : null; } },
  rating_perilaku: { judul: "Rating perilaku kerja", jenis: "teks", lebar: 20, nilai: (d) => { const e = final(d); return e?.ratingPerilaku ? LABEL_RATING[e.ratingPerilaku] : null; } },
  realisasi_persen: { judul: "Indikator berealisasi (%)", jenis: "angka", lebar: 14, nilai: (d) => (d.adaSkp ? persen(d.realisasi, d.indikator) : null) },
  capaian_organisasi: { judul: "Capaian kinerja organisasi", jenis: "teks", lebar: 20, nilai: (d) => (d.capaianOrganisasi ? LABEL_PREDIKAT_ORGANISASI[d.capaianOrganisasi] : null) },
  hari_kerja: { judul: "Hari kerja wajib", jenis: "angka", lebar: 12, nilai: (d) => d.harian?.hariKerja ?? null },
  hari_terisi: { judul: "Hari terisi progres harian", jenis: "angka", lebar: 12, nilai: (d) => d.harian?.hariTerisi ?? null },
  kelengkapan_harian: { judul: "Kelengkapan progres harian (%)", jenis: "angka", lebar: 14, nilai: (d) => (d.harian ? persen(d.harian.hariTerisi, d.harian.hariKerja) : null) },
  entri_terlambat: { judul: "Entri terlambat", jenis: "angka", lebar: 12, nilai: (d) => d.harian?.terlambat ?? null },
  hari_terlambat: { judul: "Hari keterlambatan", jenis: "angka", lebar: 12, nilai: (d) => d.harian?.hariTerlambat ?? null },
  dikecualikan: { judul: "Dikecualikan", jenis: "teks", lebar: 12, nilai: (_d, p) => (p.length > 0 ? "Ya" : "Tidak") },
  alasan: { judul: "Alasan dikecualikan", jenis: "teks", lebar: 48, nilai: (_d, p) => teksPengecualian(p) || null },
} as const satisfies Record<string, DefinisiKolom>;

export type KunciKolomTpp = keyof typeof KATALOG_KOLOM_TPP;
export const DAFTAR_KOLOM_TPP = Object.keys(KATALOG_KOLOM_TPP) as KunciKolomTpp[];
export const adalahKunciKolom = (k: string): k is KunciKolomTpp => Object.hasOwn(KATALOG_KOLOM_TPP, k);

/** Set kolom bawaan (juga set demo): semua kolom katalog kecuali perangkat daerah (sudah di kepala lembar). */
export const KOLOM_BAWAAN_TPP: readonly KunciKolomTpp[] = DAFTAR_KOLOM_TPP.filter((k) => k !== "opd");
export const BATAS_KOLOM_TPP = DAFTAR_KOLOM_TPP.length;

/** Penjelasan angka (halaman dan Excel). */
export const CATATAN_TPP =
  "Predikat dan rating: evaluasi final periode evaluasi yang meliputi bulan ini. Indikator berealisasi (%): indikator kinerja SKP yang sudah dilaporkan realisasinya untuk periode itu dibagi semua indikatornya (kelengkapan pelaporan, bukan nilai kinerja). Capaian kinerja organisasi: predikat organisasi perangkat daerah untuk periode itu yang ditetapkan admin BKD. Kelengkapan progres harian (%): hari kerja wajib yang punya paling sedikit satu entri dibagi hari kerja wajib (Senin–Jumat di luar libur instansi, dalam masa SKP disetujui, bulan berjalan sampai kemarin).";

export type BarisTpp = { pegawaiId: string; dikecualikan: boolean; sel: Sel[] };

/** Satu baris ekspor: nilai kolom terpilih menurut urutannya. */
export function susunBaris(d: DataPegawaiTpp, kolom: readonly KunciKolomTpp[]): BarisTpp {
  const p = alasanPengecualian(d);
  return { pegawaiId: d.pegawaiId, dikecualikan: p.length > 0, sel: kolom.map((k) => KATALOG_KOLOM_TPP[k].nilai(d, p)) };
}

export const judulKolom = (kolom: readonly KunciKolomTpp[]): string[] => kolom.map((k) => KATALOG_KOLOM_TPP[k].judul);

/**
 * Urutan kolom dari isian formulir "nomor urut per kunci" (kosong = tidak dipakai): urut nomor, seri diurutkan
 * menurut katalog. Kunci asing diabaikan oleh pemanggil (zod menolaknya lebih dulu).
 */
export function urutkanKolom(urutan: Partial<Record<KunciKolomTpp, number>>): KunciKolomTpp[] {
  return DAFTAR_KOLOM_TPP.filter((k) => urutan[k] !== undefined).sort((a, b) => urutan[a]! - urutan[b]! || DAFTAR_KOLOM_TPP.indexOf(a) - DAFTAR_KOLOM_TPP.indexOf(b));
}

/** Kolom yang tersimpan → kunci katalog yang masih dikenal (kolom yang dihapus dari katalog diabaikan). */
export const kolomSah = (kolom: readonly string[]): KunciKolomTpp[] => kolom.filter(adalahKunciKolom);

/** Nama berkas unduhan, mis. "tpp-2026-11-dinas-kesehatan.xlsx" (tanpa OPD: "semua-opd"). */
export function namaBerkasTpp(bulan: { tahun: number; bulan: number }, opd: string | null): string {
  const slug = (opd ?? "semua opd").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `tpp-${bulan.tahun}-${String(bulan.bulan).padStart(2, "0")}${slug ? `-${slug}` : ""}.xlsx`;
}
