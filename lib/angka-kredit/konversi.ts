// Daftar "Konversi Predikat Kinerja ke Angka Kredit" per OPD dan periode (admin BKD): baris dari SQL dihitung dengan
// aturan lib/angka-kredit/aturan.ts; halaman dan Excel memakai tabel yang sama. Murni: tanpa Prisma, tanpa next/*.
import { angkaAk, formatKoefisien, formatPersen, hitungAk, LABEL_JENJANG, type BarisKoefisien, type HitungAk, type Jenjang } from "@/lib/angka-kredit/aturan";
import { LABEL_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";
import type { Tabel } from "@/lib/penilaian/monitoring-tabel";

/** Satu evaluasi final pejabat fungsional berjenjang (dari SQL). */
export type EvaluasiJf = {
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  jenjang: Jenjang;
  predikat: Predikat;
  skpMulai: Date;
  skpSelesai: Date;
};

export type BarisKonversi = EvaluasiJf & { hitung: HitungAk | null };

export function barisKonversi(rows: readonly EvaluasiJf[], periode: { mulai: Date; selesai: Date }, riwayat: readonly BarisKoefisien[]): BarisKonversi[] {
  return rows.map((r) => ({ ...r, hitung: hitungAk({ predikat: r.predikat, jenjang: r.jenjang, skp: { mulai: r.skpMulai, selesai: r.skpSelesai }, periode, riwayat }) }));
}

export const KOLOM_KONVERSI = ["No", "NIP", "Nama", "Jabatan", "Jenjang", "Predikat", "Persentase", "Koefisien", "Bulan", "Angka kredit"] as const;
/** NIP disimpan sebagai teks di Excel (18 digit). */
export const KOLOM_TEKS_KONVERSI: readonly number[] = [1];
/** Indeks kolom angka kredit (angka dua desimal di Excel). */
export const KOLOM_AK = KOLOM_KONVERSI.indexOf("Angka kredit");

export const KOEFISIEN_BELUM = "belum ditetapkan";

export function judulKonversi(opd: string, periode: string, tahun: number): string {
  return `Konversi Predikat Kinerja ke Angka Kredit, ${opd}, ${periode} ${tahun}`;
}

/** Tabel halaman/Excel: angka kredit sebagai angka (2,08 → 2.08) agar dapat dijumlah di Excel; "—" bila koefisien belum ada. */
export function tabelKonversi(judul: string, baris: readonly BarisKonversi[]): Tabel {
  return {
    judul,
    kolom: [...KOLOM_KONVERSI],
    baris: baris.map((b, i) => [
      i + 1,
      b.nip,
      b.nama,
      b.jabatan,
      LABEL_JENJANG[b.jenjang],
      LABEL_PREDIKAT[b.predikat],
      b.hitung ? formatPersen(b.hitung.persen) : "—",
      b.hitung ? formatKoefisien(b.hitung.koefisienMili) : KOEFISIEN_BELUM,
      b.hitung ? b.hitung.bulan : "—",
      b.hitung ? angkaAk(b.hitung.ak) : "—",
    ]),
  };
}

export function namaBerkasKonversi(opd: string, kode: string, tahun: number): string {
  const slug = opd.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `angka-kredit-${tahun}-${kode.toLowerCase()}${slug ? `-${slug}` : ""}.xlsx`;
}

export const CATATAN_KONVERSI =
  "Peraturan BKN 3/2023: angka kredit = bulan/12 × persentase predikat × koefisien tahunan jenjang; hanya evaluasi final pejabat fungsional yang jenjangnya diisi. " +
  "Bulan = bulan kalender penuh dalam SKP jabatan itu pada periode tersebut; koefisien yang berlaku pada hari terakhir periode; dibulatkan dua desimal (setengah ke atas).";
