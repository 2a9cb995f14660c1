// Konversi predikat kinerja ke angka kredit (AK) pejabat fungsional, Peraturan BKN 3/2023 (skp-domain.md §7):
//   AK tahunan  = persentase predikat × koefisien tahunan jenjang
//   AK periodik = bulan/12 × persentase predikat × koefisien tahunan jenjang   (mis. 2/12 × 100 % × 12,5 = 2,08)
// Murni (tanpa Prisma/next): satu sumber aturan, label dan format untuk halaman, Excel dan API.
//
// Keputusan yang didokumentasikan:
// - Hitungan bulan: hanya BULAN KALENDER PENUH yang tercakup irisan [SKP jabatan fungsional] ∩ [periode penilaian]
//   (bulanPenuh). Triwulan Januari–Maret = 3 bulan; penugasan mulai 15 Februari dalam triwulan I = 1 bulan (Maret);
//   penugasan yang berakhir 20 Juni dalam triwulan II = 2 bulan (April, Mei). TMT jabatan fungsional lazimnya tanggal 1.
// - Koefisien yang dipakai: nilai yang berlaku pada HARI TERAKHIR periode (akhir triwulan/bulan; 31 Desember untuk
//   evaluasi tahunan) — koefisienBerlaku.
// - Pembulatan: dua angka di belakang koma, setengah ke atas, pada nilai desimal eksak (aritmetika bilangan bulat,
//   tanpa galat float): bulatkanAk.
import type { Predikat } from "@/lib/penilaian/kuadran";

export type Jenjang = "PEMULA" | "TERAMPIL" | "MAHIR" | "PENYELIA" | "AHLI_PERTAMA" | "AHLI_MUDA" | "AHLI_MADYA" | "AHLI_UTAMA";

export const DAFTAR_JENJANG: readonly Jenjang[] = ["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA", "AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"];

export const LABEL_JENJANG: Readonly<Record<Jenjang, string>> = {
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
};

export type KategoriJenjang = "KETERAMPILAN" | "KEAHLIAN";
export const KATEGORI_JENJANG: Readonly<Record<Jenjang, KategoriJenjang>> = {
  PEMULA: "KETERAMPILAN",
  TERAMPIL: "KETERAMPILAN",
  MAHIR: "KETERAMPILAN",
  PENYELIA: "KETERAMPILAN",
  AHLI_PERTAMA: "KEAHLIAN",
  AHLI_MUDA: "KEAHLIAN",
  AHLI_MADYA: "KEAHLIAN",
  AHLI_UTAMA: "KEAHLIAN",
};
export const LABEL_KATEGORI_JENJANG: Readonly<Record<KategoriJenjang, string>> = { KETERAMPILAN: "Keterampilan", KEAHLIAN: "Keahlian" };

export function adalahJenjang(x: unknown): x is Jenjang {
  return typeof x === "string" && (DAFTAR_JENJANG as readonly string[]).includes(x);
}

/** Persentase konversi predikat (Peraturan BKN 3/2023). "Kurang/Misconduct" = Kurang (50 %). */
export const PERSENTASE_PREDIKAT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG_MISCONDUCT: 50,
  SANGAT_KURANG: 25,
};

/**
 * Koefisien tahunan acuan (dalam perseribu: 12500 = 12,5) untuk mengisi tabel instansi pertama kali. Hanya Ahli
 * Pertama dan Ahli Madya terlihat dalam sumber (slide BKN, PAK konversi); sisanya dari ingatan, belum diverifikasi
 * terhadap lampiran Peraturan BKN 3/2023 — halaman admin menandainya.
 */
export const KOEFISIEN_ACUAN: Readonly<Record<Jenjang, { mili: number; terverifikasi: boolean }>> = {
  PEMULA: { mili: 3750, terverifikasi: false },
  TERAMPIL: { mili: 5000, terverifikasi: false },
  MAHIR: { mili: 12500, terverifikasi: false },
  PENYELIA: { mili: 25000, terverifikasi: false },
  AHLI_PERTAMA: { mili: 12500, terverifikasi: true },
  AHLI_MUDA: { mili: 25000, terverifikasi: false },
  AHLI_MADYA: { mili: 37500, terverifikasi: true },
  AHLI_UTAMA: { mili: 50000, terverifikasi: false },
};

/** Batas isian koefisien: lebih dari 0, paling besar 999,999 (kolom NUMERIC(6,3)), paling banyak 3 angka desimal. */
export const BATAS_KOEFISIEN = { minMili: 1, maksMili: 999_999, desimal: 3 } as const;

/** Angka koefisien (sudah dibaca lib/angka.ts, paling banyak 3 desimal) → perseribu, eksak. */
export function keMili(n: number): number {
  return Math.round(n * 1000);
}

/** Teks desimal basis data ("12.500", "37.5") → perseribu, tanpa float. null bila bukan desimal ≥ 0 dengan ≤ 3 desimal. */
export function miliDariTeks(teks: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,3})0*)?$/.exec(teks.trim());
  if (!m) return null;
  return Number(m[1]) * 1000 + Number((m[2] ?? "").padEnd(3, "0"));
}

/** Perseribu → teks desimal untuk basis data ("12.500"). */
export function teksDariMili(mili: number): string {
  return `${Math.floor(mili / 1000)}.${String(mili % 1000).padStart(3, "0")}`;
}

/**
 * Aturan pembulatan angka kredit: pembilang/penyebut (bilangan bulat ≥ 0) → perseratus, setengah ke atas.
 * 2/12 × 100 % × 12,5 = 2,0833… → 208 (2,08); 100,5 perseratus → 101.
 */
export function bulatkanAk(pembilang: number, penyebut: number): number {
  if (!Number.isSafeInteger(pembilang) || !Number.isSafeInteger(penyebut) || pembilang < 0 || penyebut <= 0) throw new RangeError("Pembulatan angka kredit: bilangan bulat tidak sah.");
  return Math.floor((2 * pembilang + penyebut) / (2 * penyebut));
}

/**
 * Angka kredit dalam perseratus (208 = 2,08) untuk `bulan` bulan (0–12) dengan predikat dan koefisien tahunan
 * (perseribu). Dihitung eksak: bulan × persen × mili / (12 × 100 × 1000) × 100.
 */
export function angkaKredit(bulan: number, predikat: Predikat, koefisienMili: number): number {
  if (!Number.isInteger(bulan) || bulan < 0 || bulan > 12) throw new RangeError("Jumlah bulan harus 0–12.");
  if (!Number.isInteger(koefisienMili) || koefisienMili < 0) throw new RangeError("Koefisien tidak sah.");
  return bulatkanAk(bulan * PERSENTASE_PREDIKAT[predikat] * koefisienMili, 12_000);
}

const hari = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Banyak bulan kalender penuh di dalam [mulai, selesai] (tanggal, inklusif). */
export function bulanPenuh(mulai: Date, selesai: Date): number {
  if (hari(selesai) < hari(mulai)) return 0;
  // Bulan penuh pertama: bulan `mulai` bila mulai tanggal 1, selain itu bulan sesudahnya.
  const awal = mulai.getUTCFullYear() * 12 + mulai.getUTCMonth() + (mulai.getUTCDate() === 1 ? 0 : 1);
  // Bulan penuh terakhir: bulan `selesai` bila selesai pada hari terakhir bulannya, selain itu bulan sebelumnya.
  const besok = new Date(hari(selesai) + 86_400_000);
  const akhir = selesai.getUTCFullYear() * 12 + selesai.getUTCMonth() - (besok.getUTCDate() === 1 ? 0 : 1);
  return Math.max(0, akhir - awal + 1);
}

/** Bulan penuh irisan dua rentang (mis. SKP jabatan fungsional dan periode penilaian). */
export function bulanIrisan(a: { mulai: Date; selesai: Date }, b: { mulai: Date; selesai: Date }): number {
  const mulai = hari(a.mulai) > hari(b.mulai) ? a.mulai : b.mulai;
  const selesai = hari(a.selesai) < hari(b.selesai) ? a.selesai : b.selesai;
  return bulanPenuh(mulai, selesai);
}

export type BarisKoefisien = { jenjang: Jenjang; berlakuMulai: Date; mili: number };

/** Koefisien jenjang yang berlaku pada `tanggal`: baris dengan berlakuMulai ≤ tanggal yang paling akhir; null bila belum ada. */
export function koefisienBerlaku(riwayat: readonly BarisKoefisien[], jenjang: Jenjang, tanggal: Date): BarisKoefisien | null {
  let pilih: BarisKoefisien | null = null;
  for (const r of riwayat) {
    if (r.jenjang !== jenjang || hari(r.berlakuMulai) > hari(tanggal)) continue;
    if (!pilih || hari(r.berlakuMulai) > hari(pilih.berlakuMulai)) pilih = r;
  }
  return pilih;
}

export type HitungAk = { bulan: number; persen: number; koefisienMili: number; ak: number };

/**
 * AK satu evaluasi final: periode (atau tahun) dan SKP jabatan fungsionalnya. null bila koefisien jenjang belum
 * ditetapkan pada akhir periode. Bulan 0 (SKP tidak mencakup satu bulan penuh) memberi AK 0.
 */
export function hitungAk(p: { predikat: Predikat; jenjang: Jenjang; skp: { mulai: Date; selesai: Date }; periode: { mulai: Date; selesai: Date }; riwayat: readonly BarisKoefisien[] }): HitungAk | null {
  const k = koefisienBerlaku(p.riwayat, p.jenjang, p.periode.selesai);
  if (!k) return null;
  const bulan = bulanIrisan(p.skp, p.periode);
  return { bulan, persen: PERSENTASE_PREDIKAT[p.predikat], koefisienMili: k.mili, ak: angkaKredit(bulan, p.predikat, k.mili) };
}

const RIBUAN = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** Perseratus → "2,08" (selalu dua desimal, titik ribuan). */
export function formatAk(perseratus: number): string {
  const tanda = perseratus < 0 ? "-" : "";
  const n = Math.abs(perseratus);
  return `${tanda}${RIBUAN.format(Math.floor(n / 100))},${String(n % 100).padStart(2, "0")}`;
}

/** Perseratus → angka untuk sel Excel (2,08 → 2.08). */
export function angkaAk(perseratus: number): number {
  return perseratus / 100;
}

/** Perseribu → "12,5" (tanpa nol di belakang). */
export function formatKoefisien(mili: number): string {
  const bulat = RIBUAN.format(Math.floor(mili / 1000));
  const pecahan = String(mili % 1000).padStart(3, "0").replace(/0+$/, "");
  return pecahan ? `${bulat},${pecahan}` : bulat;
}

export function formatPersen(persen: number): string {
  return `${persen}%`;
}

/** "2/12 × 100% × 12,5 = 2,08" — rincian hitungan yang ditampilkan kepada pegawai. */
export function rumusAk(h: HitungAk): string {
  return `${h.bulan}/12 × ${formatPersen(h.persen)} × ${formatKoefisien(h.koefisienMili)} = ${formatAk(h.ak)}`;
}

export const LABEL_ANGKA_KREDIT = "Angka kredit";

/** Jenjang dari nama jabatan fungsional ("Pranata Komputer Ahli Pertama" → AHLI_PERTAMA); null bila tidak tersebut. */
export function jenjangDariNama(nama: string): Jenjang | null {
  const n = nama.normalize("NFKC").toUpperCase().replace(/\s+/g, " ");
  for (const j of ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA"] as const) {
    if (new RegExp(`\\b${LABEL_JENJANG[j].toUpperCase()}\\b`).test(n)) return j;
  }
  return null;
}
