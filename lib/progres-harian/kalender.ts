// Hitungan hari kerja untuk progres harian (issue #15): Senin–Jumat di luar daftar libur instansi (libur nasional,
// cuti bersama). Murni. Tanggal adalah Date tengah malam UTC yang mewakili tanggal kalender (seperti kolom @db.Date).
import { hariKerja } from "@/lib/penilaian/tenggat";

export { hariKerja };

const HARI = 86_400_000;

export const isoTanggal = (t: Date): string => t.toISOString().slice(0, 10);

/** "YYYY-MM-DD" → Date tengah malam UTC; null bila bukan tanggal kalender yang sah. */
export function bacaIsoTanggal(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoTanggal(t) === s.trim() ? t : null;
}

export const tambahHari = (t: Date, n: number): Date => new Date(t.getTime() + n * HARI);

/** Hari terakhir (inklusif) yang jatuh N hari kerja sesudah `t`. N = 0: `t` sendiri. */
export function tambahHariKerja(t: Date, n: number, libur: ReadonlySet<string>): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("Jumlah hari kerja harus bilangan bulat ≥ 0.");
  let d = t;
  for (let i = 0; i < n; ) {
    d = tambahHari(d, 1);
    if (hariKerja(d, libur)) i++;
  }
  return d;
}

/** Jumlah hari kerja dalam (dari, sampai] — tidak menghitung `dari`, menghitung `sampai`. 0 bila sampai ≤ dari. */
export function hariKerjaSesudah(dari: Date, sampai: Date, libur: ReadonlySet<string>): number {
  let n = 0;
  for (let d = tambahHari(dari, 1); d.getTime() <= sampai.getTime(); d = tambahHari(d, 1)) if (hariKerja(d, libur)) n++;
  return n;
}

/** Hari kerja dalam [mulai, selesai] (inklusif), urut. */
export function daftarHariKerja(mulai: Date, selesai: Date, libur: ReadonlySet<string>): Date[] {
  const hasil: Date[] = [];
  for (let d = mulai; d.getTime() <= selesai.getTime(); d = tambahHari(d, 1)) if (hariKerja(d, libur)) hasil.push(d);
  return hasil;
}

/** Senin pada minggu yang memuat `t` (minggu Senin–Minggu, seperti kalender Indonesia). */
export function awalMinggu(t: Date): Date {
  const hari = t.getUTCDay(); // 0 = Minggu
  return tambahHari(t, hari === 0 ? -6 : 1 - hari);
}

/** Tujuh tanggal Senin–Minggu mulai `senin`. */
export function hariSeminggu(senin: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => tambahHari(senin, i));
}

/** Hari pertama dan terakhir satu bulan kalender. `bulan`: 1–12. */
export function rentangBulan(tahun: number, bulan: number): { mulai: Date; selesai: Date } {
  return { mulai: new Date(Date.UTC(tahun, bulan - 1, 1)), selesai: new Date(Date.UTC(tahun, bulan, 0)) };
}

const NAMA_HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;
export const NAMA_BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

export const namaHari = (t: Date): string => NAMA_HARI[t.getUTCDay()]!;

/** "3 Maret 2026". */
export const tanggalPanjang = (t: Date): string => `${t.getUTCDate()} ${NAMA_BULAN[t.getUTCMonth()]} ${t.getUTCFullYear()}`;

/** "Sel, 3 Mar". */
export const tanggalPendek = (t: Date): string => `${namaHari(t).slice(0, 3)}, ${t.getUTCDate()} ${NAMA_BULAN[t.getUTCMonth()]!.slice(0, 3)}`;

/** "Maret 2026". */
export const namaBulanTahun = (tahun: number, bulan: number): string => `${NAMA_BULAN[bulan - 1]} ${tahun}`;
