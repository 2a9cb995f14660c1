// Periode SKP dan periode evaluasi kinerja (skp-domain.md §1.2).
// - SKP berlaku tahunan (1 Januari–31 Desember); bila pegawai berpindah jabatan di tengah tahun, satu
//   tahun dapat berisi beberapa segmen SKP (mis. 1 Juni s.d. 31 Desember).
// - Evaluasi periodik mengikuti ritme instansi: bulanan, triwulanan, atau semesteran.
// Semua tanggal adalah UTC tengah malam dan `selesai` bersifat inklusif.

export type Ritme = "BULANAN" | "TRIWULAN" | "SEMESTER";

export type PeriodeEvaluasi = { kode: string; label: string; mulai: Date; selesai: Date };

export type RentangTanggal = { mulai: Date; selesai: Date };

export const NAMA_BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

export const LABEL_RITME: Readonly<Record<Ritme, string>> = {
  BULANAN: "Bulanan",
  TRIWULAN: "Triwulanan",
  SEMESTER: "Semesteran",
};

const ROMAWI = ["I", "II", "III", "IV"] as const;

/** Tanggal UTC tengah malam; `bulan` berbasis 0. Aman untuk tahun < 100 (Date.UTC memetakannya ke 19xx). */
function tanggalUtc(tahun: number, bulan: number, hari: number): Date {
  const t = new Date(0);
  t.setUTCFullYear(tahun, bulan, hari);
  return t;
}

/** Hari (tanpa jam) dalam milidetik UTC, agar perbandingan tanggal tidak terganggu jam. */
function hari(t: Date): number {
  return tanggalUtc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()).getTime();
}

function periksaTahun(tahun: number): void {
  if (!Number.isInteger(tahun) || tahun < 1 || tahun > 9999) {
    throw new RangeError(`Tahun kinerja tidak valid: ${tahun}.`);
  }
}

/** Rentang satu tahun kinerja penuh: 1 Januari s.d. 31 Desember. */
export function tahunPenuh(tahun: number): RentangTanggal {
  periksaTahun(tahun);
  return { mulai: tanggalUtc(tahun, 0, 1), selesai: tanggalUtc(tahun, 11, 31) };
}

/** Periode dari bulan ke-`awal` (0..11) sepanjang `jumlah` bulan; hari terakhir = hari ke-0 bulan berikutnya. */
function rentangBulan(tahun: number, awal: number, jumlah: number): RentangTanggal {
  return { mulai: tanggalUtc(tahun, awal, 1), selesai: tanggalUtc(tahun, awal + jumlah, 0) };
}

/** Daftar periode evaluasi dalam satu tahun kinerja menurut ritme. */
export function periodeEvaluasi(tahun: number, ritme: Ritme): PeriodeEvaluasi[] {
  periksaTahun(tahun);
  switch (ritme) {
    case "BULANAN":
      return NAMA_BULAN.map((nama, i) => ({
        kode: `B${String(i + 1).padStart(2, "0")}`,
        label: nama,
        ...rentangBulan(tahun, i, 1),
      }));
    case "TRIWULAN":
      return ROMAWI.map((r, i) => ({ kode: `TW${i + 1}`, label: `Triwulan ${r}`, ...rentangBulan(tahun, i * 3, 3) }));
    case "SEMESTER":
      return ROMAWI.slice(0, 2).map((r, i) => ({
        kode: `S${i + 1}`,
        label: `Semester ${r}`,
        ...rentangBulan(tahun, i * 6, 6),
      }));
    default: {
      const tidakDikenal: never = ritme;
      throw new RangeError(`Ritme evaluasi tidak dikenal: ${String(tidakDikenal)}.`);
    }
  }
}

function tanggalSah(t: Date): boolean {
  return t instanceof Date && !Number.isNaN(t.getTime());
}

/** Apakah dua rentang tanggal (inklusif, per hari) beririsan. Rentang terbalik atau tidak sah: false. */
export function beririsan(a: RentangTanggal, b: RentangTanggal): boolean {
  if (![a.mulai, a.selesai, b.mulai, b.selesai].every(tanggalSah)) return false;
  const aMulai = hari(a.mulai);
  const aSelesai = hari(a.selesai);
  const bMulai = hari(b.mulai);
  const bSelesai = hari(b.selesai);
  if (aSelesai < aMulai || bSelesai < bMulai) return false;
  return aMulai <= bSelesai && bMulai <= aSelesai;
}

/**
 * Periode yang beririsan dengan segmen SKP [mulai, selesai], dipotong ke segmen itu (mis. pegawai
 * berpindah jabatan pada 15 Mei: periode Mei menjadi 1–14 Mei pada SKP lama dan 15–31 Mei pada SKP baru).
 * Urutan periode dipertahankan; kode dan label tidak berubah. Segmen terbalik atau tidak sah: [].
 */
export function potongPeriode(periode: PeriodeEvaluasi[], mulai: Date, selesai: Date): PeriodeEvaluasi[] {
  if (!tanggalSah(mulai) || !tanggalSah(selesai)) return [];
  const sMulai = hari(mulai);
  const sSelesai = hari(selesai);
  if (sSelesai < sMulai) return [];
  const hasil: PeriodeEvaluasi[] = [];
  for (const p of periode) {
    if (!tanggalSah(p.mulai) || !tanggalSah(p.selesai)) continue;
    const awal = Math.max(hari(p.mulai), sMulai);
    const akhir = Math.min(hari(p.selesai), sSelesai);
    if (awal <= akhir) hasil.push({ ...p, mulai: new Date(awal), selesai: new Date(akhir) });
  }
  return hasil;
}

/**
 * Baris "PERIODE PENILAIAN" pada kepala dokumen resmi: "1 JANUARI SD 31 MARET TAHUN 2026". Bila tahun awal dan akhir
 * berbeda, tahun awal ditulis pada tanggal awal: "1 JULI 2025 SD 30 JUNI TAHUN 2026".
 */
export function periodePenilaianTeks(mulai: Date, selesai: Date): string {
  const tgl = (t: Date) => `${t.getUTCDate()} ${NAMA_BULAN[t.getUTCMonth()]!.toUpperCase()}`;
  const tahunAwal = mulai.getUTCFullYear() === selesai.getUTCFullYear() ? "" : ` ${mulai.getUTCFullYear()}`;
  return `${tgl(mulai)}${tahunAwal} SD ${tgl(selesai)} TAHUN ${selesai.getUTCFullYear()}`;
}
