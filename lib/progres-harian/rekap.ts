// Laporan bulanan progres harian per OPD untuk pengelola TPP (issue #15 butir 3): dari agregat SQL per pegawai
// (lib/progres-harian/laporan.ts) ke hari kerja wajib, hari terisi, hari kosong, keterlambatan, dan tabel yang sama
// untuk halaman dan Excel. Murni: tanpa Prisma, tanpa next/*.
import { LABEL_JENIS_PENGECUALIAN, type Tabel } from "@/lib/penilaian/monitoring-tabel";
import { formatNip } from "@/lib/organisasi/nip";
import { LABEL_STATUS_PROGRES, type StatusProgres } from "@/lib/progres-harian/aturan";
import { daftarHariKerja, isoTanggal, namaBulanTahun, rentangBulan, tambahHari, tanggalPendek } from "@/lib/progres-harian/kalender";

export type Bulan = { tahun: number; bulan: number };

/** "2026-11" → { tahun: 2026, bulan: 11 }; null bila tidak sah (tahun 2000–2100). */
export function bacaBulan(s: string | undefined | null): Bulan | null {
  const m = /^(\d{4})-(\d{2})$/.exec((s ?? "").trim());
  if (!m) return null;
  const tahun = Number(m[1]);
  const bulan = Number(m[2]);
  return tahun >= 2000 && tahun <= 2100 && bulan >= 1 && bulan <= 12 ? { tahun, bulan } : null;
}

export const teksBulan = (b: Bulan): string => `${b.tahun}-${String(b.bulan).padStart(2, "0")}`;

/** Bulan sebelumnya (bawaan laporan bila bulan berjalan baru dimulai, dsb.). */
export const bulanSebelum = (b: Bulan): Bulan => (b.bulan === 1 ? { tahun: b.tahun - 1, bulan: 12 } : { tahun: b.tahun, bulan: b.bulan - 1 });

/**
 * Rentang hari yang wajib diisi seorang pegawai dalam bulan itu: irisan bulan, masa SKP disetujui, dan "sampai
 * kemarin" (hari ini belum lewat). null bila kosong (mis. bulan yang akan datang, atau SKP mulai sesudah kemarin).
 */
export function jendelaWajib(bulan: Bulan, skp: { mulai: Date; selesai: Date }, hariIni: Date): { mulai: Date; selesai: Date } | null {
  const r = rentangBulan(bulan.tahun, bulan.bulan);
  const kemarin = tambahHari(hariIni, -1);
  const mulai = new Date(Math.max(r.mulai.getTime(), skp.mulai.getTime()));
  const selesai = new Date(Math.min(r.selesai.getTime(), skp.selesai.getTime(), kemarin.getTime()));
  return mulai.getTime() <= selesai.getTime() ? { mulai, selesai } : null;
}

/** Satu baris agregat SQL per pegawai (entri bulan itu; tanggal terisi sebagai "YYYY-MM-DD"). */
export type AgregatHarianPegawai = {
  pegawaiId: string;
  nama: string;
  nip: string;
  jabatan: string;
  unit: string;
  skpMulai: Date;
  skpSelesai: Date;
  tanggalTerisi: string[];
  entri: number;
  terlambat: number;
  hariTerlambat: number;
  /**
   * Pengecualian pegawai (cuti besar, CLTN, tugas belajar, …) yang beririsan dengan bulan itu; tanggal sebagai Date atau
   * "YYYY-MM-DD" (dari json_agg SQL). Hari kerja di dalamnya tidak wajib diisi.
   */
  pengecualian?: readonly PengecualianHarian[];
} & Record<Lowercase<StatusProgres>, number>;

export type PengecualianHarian = { mulai: Date | string; selesai: Date | string | null; jenis: string; alasan: string };

export type RekapPegawai = Omit<AgregatHarianPegawai, "tanggalTerisi" | "skpMulai" | "skpSelesai" | "pengecualian"> & {
  hariKerja: number;
  hariTerisi: number;
  /** Hari kerja wajib tanpa satu entri pun, urut. */
  hariKosong: Date[];
  /** Hari kerja dalam jendela wajib yang dikecualikan (tidak dihitung wajib). */
  hariDikecualikan: number;
  /** Keterangan pengecualian untuk laporan ("" bila tidak ada). */
  keterangan: string;
};

export type TotalRekap = { pegawai: number; hariKerja: number; hariTerisi: number; hariKosong: number; hariDikecualikan: number; entri: number; terlambat: number; hariTerlambat: number } & Record<Lowercase<StatusProgres>, number>;

/** "16 Nov" (tanpa nama hari): rentang pengecualian di kolom Keterangan. */
const tglSingkat = (t: Date): string => t.toLocaleDateString("id-ID", { day: "numeric", month: "short", timeZone: "UTC" });
const keTanggal = (t: Date | string): Date => (t instanceof Date ? t : new Date(`${t.slice(0, 10)}T00:00:00Z`));

export function rekapPegawai(a: AgregatHarianPegawai, bulan: Bulan, hariIni: Date, libur: ReadonlySet<string>): RekapPegawai {
  const { tanggalTerisi, skpMulai, skpSelesai, pengecualian = [], ...sisa } = a;
  const j = jendelaWajib(bulan, { mulai: skpMulai, selesai: skpSelesai }, hariIni);
  const kerja = j ? daftarHariKerja(j.mulai, j.selesai, libur) : [];
  const rentang = pengecualian.map((x) => ({ mulai: keTanggal(x.mulai).getTime(), selesai: x.selesai === null ? Number.POSITIVE_INFINITY : keTanggal(x.selesai).getTime() }));
  const wajib = kerja.filter((d) => !rentang.some((r) => d.getTime() >= r.mulai && d.getTime() <= r.selesai));
  const terisi = new Set(tanggalTerisi);
  const hariKosong = wajib.filter((d) => !terisi.has(isoTanggal(d)));
  const hariDikecualikan = kerja.length - wajib.length;
  const keterangan = pengecualian
    .map((x) => `${LABEL_JENIS_PENGECUALIAN[x.jenis as keyof typeof LABEL_JENIS_PENGECUALIAN] ?? x.jenis} ${tglSingkat(keTanggal(x.mulai))}–${x.selesai === null ? "…" : tglSingkat(keTanggal(x.selesai))}: ${x.alasan}`)
    .join("; ");
  return { ...sisa, hariKerja: wajib.length, hariTerisi: wajib.length - hariKosong.length, hariKosong, hariDikecualikan, keterangan: keterangan ? `Dikecualikan ${hariDikecualikan} hari kerja (${keterangan})` : "" };
}

const STATUS: readonly Lowercase<StatusProgres>[] = ["draf", "diajukan", "disetujui", "dikembalikan"];

export function totalRekap(rows: readonly RekapPegawai[]): TotalRekap {
  const t: TotalRekap = { pegawai: rows.length, hariKerja: 0, hariTerisi: 0, hariKosong: 0, hariDikecualikan: 0, entri: 0, terlambat: 0, hariTerlambat: 0, draf: 0, diajukan: 0, disetujui: 0, dikembalikan: 0 };
  for (const r of rows) {
    t.hariKerja += r.hariKerja;
    t.hariTerisi += r.hariTerisi;
    t.hariKosong += r.hariKosong.length;
    t.hariDikecualikan += r.hariDikecualikan;
    t.entri += r.entri;
    t.terlambat += r.terlambat;
    t.hariTerlambat += r.hariTerlambat;
    for (const s of STATUS) t[s] += r[s];
  }
  return t;
}

/** Daftar tanggal kosong ringkas: "Sen, 2 Nov; Sel, 3 Nov". */
export const teksHariKosong = (h: readonly Date[]): string => h.map(tanggalPendek).join("; ");

export const KOLOM_REKAP = [
  "Nama",
  "NIP",
  "Jabatan",
  "Unit",
  "Hari kerja wajib",
  "Hari terisi",
  "Hari tanpa entri",
  "Tanggal tanpa entri",
  "Entri terlambat",
  "Hari keterlambatan",
  "Entri",
  ...STATUS.map((s) => LABEL_STATUS_PROGRES[s.toUpperCase() as StatusProgres]),
  "Keterangan",
];
/** Kolom teks yang berisi angka (NIP): di Excel diformat teks agar tidak menjadi angka yang dibulatkan. */
export const KOLOM_TEKS_REKAP = [1];

export function judulRekap(opd: string, bulan: Bulan): string {
  return `Progres harian ${opd}, ${namaBulanTahun(bulan.tahun, bulan.bulan)}`;
}

/** Tabel laporan (halaman dan Excel sama): satu baris per pegawai lalu baris total OPD. */
export function tabelRekap(judul: string, rows: readonly RekapPegawai[], total: TotalRekap): Tabel {
  const angka = (r: Pick<TotalRekap, "hariKerja" | "hariTerisi" | "entri" | "terlambat" | "hariTerlambat" | Lowercase<StatusProgres>>, kosong: number, daftar: string) => [
    r.hariKerja,
    r.hariTerisi,
    kosong,
    daftar,
    r.terlambat,
    r.hariTerlambat,
    r.entri,
    ...STATUS.map((s) => r[s]),
  ];
  return {
    judul,
    kolom: KOLOM_REKAP,
    baris: [
      ...rows.map((r) => [r.nama, formatNip(r.nip), r.jabatan, r.unit, ...angka(r, r.hariKosong.length, teksHariKosong(r.hariKosong) || "—"), r.keterangan || "—"]),
      ...(rows.length > 0 ? [[`Total (${total.pegawai} pegawai)`, "", "", "", ...angka(total, total.hariKosong, ""), total.hariDikecualikan ? `${total.hariDikecualikan} hari kerja dikecualikan` : ""]] : []),
    ],
  };
}

/** Nama berkas unduhan, mis. "progres-harian-2026-11-dinas-kesehatan.xlsx". */
export function namaBerkasRekap(bulan: Bulan, opd: string): string {
  const slug = opd.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `progres-harian-${teksBulan(bulan)}${slug ? `-${slug}` : ""}.xlsx`;
}

/** Penjelasan angka (halaman dan Excel). */
export const catatanRekap = (jumlahLibur: number): string =>
  `Hari kerja wajib: Senin–Jumat di luar ${jumlahLibur} hari libur instansi bulan ini, dalam masa SKP yang disetujui, di luar masa pengecualian pegawai (cuti besar, CLTN, tugas belajar, …; lihat Keterangan), dan untuk bulan berjalan sampai kemarin. Hari terisi: hari kerja wajib dengan paling sedikit satu entri (status apa pun). Terlambat: entri yang dibuat sesudah tenggat (hari kerja keterlambatan dijumlahkan).`;
