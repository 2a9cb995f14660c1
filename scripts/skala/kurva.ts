// Sebaran predikat yang sesuai (atau, sesekali, sengaja melanggar) kurva distribusi SE MenPANRB 3/2023 untuk satu
// populasi unit pembawa capaian, dan kelompok finalisasi per pejabat penilai seperti finalkanTim() aplikasi:
// jumlah kumulatif, pelanggaran dari periksaPopulasi() dan alasan pengecualian bila dilanggar. Murni.
import { batasOrang, JUMLAH_KOSONG, periksaDistribusi, periksaPopulasi, TABEL_SE_3_2023, type JumlahPredikat, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { DAFTAR_PREDIKAT, pasanganUntuk, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import type { Acak } from "./acak";

/** Capaian organisasi yang lazim: kebanyakan Baik, sebagian Istimewa atau Butuh Perbaikan. */
export function pilihCapaian(r: Acak): PredikatOrganisasi {
  const x = r.r();
  return x < 0.15 ? "ISTIMEWA" : x < 0.85 ? "BAIK" : "BUTUH_PERBAIKAN";
}

const PROPORSI: Partial<Record<PredikatOrganisasi, Partial<Record<Predikat, number>>>> = {
  ISTIMEWA: { SANGAT_BAIK: 0.5, BAIK: 0.4, BUTUH_PERBAIKAN: 0.08, KURANG_MISCONDUCT: 0.02 },
  BAIK: { SANGAT_BAIK: 0.15, BAIK: 0.65, BUTUH_PERBAIKAN: 0.15, KURANG_MISCONDUCT: 0.05 },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: 0.05, BAIK: 0.25, BUTUH_PERBAIKAN: 0.65, KURANG_MISCONDUCT: 0.05 },
};
/** Sebaran yang melanggar: terlalu banyak Sangat Baik/Baik, tanpa Butuh Perbaikan (penilai "murah hati"). */
const PROPORSI_LANGGAR: Partial<Record<PredikatOrganisasi, Partial<Record<Predikat, number>>>> = {
  ISTIMEWA: { SANGAT_BAIK: 0.85, BAIK: 0.15 },
  BAIK: { SANGAT_BAIK: 0.2, BAIK: 0.8 },
  BUTUH_PERBAIKAN: { SANGAT_BAIK: 0.15, BAIK: 0.45, BUTUH_PERBAIKAN: 0.4 },
};

function jumlahDari(p: Partial<Record<Predikat, number>>, n: number, utama: Predikat): Record<Predikat, number> {
  const j = Object.fromEntries(DAFTAR_PREDIKAT.map((x) => [x, Math.floor(n * (p[x] ?? 0))])) as Record<Predikat, number>;
  j[utama] += n - DAFTAR_PREDIKAT.reduce((s, x) => s + j[x], 0);
  return j;
}

const UTAMA: Record<PredikatOrganisasi, Predikat> = { ISTIMEWA: "SANGAT_BAIK", BAIK: "BAIK", BUTUH_PERBAIKAN: "BUTUH_PERBAIKAN", KURANG: "KURANG_MISCONDUCT", SANGAT_KURANG: "SANGAT_KURANG" };

/** Memindahkan orang antarpredikat sampai batas keras tabel SE terpenuhi (bila mungkin untuk N sekecil itu). */
function rapikan(c: PredikatOrganisasi, j: Record<Predikat, number>): void {
  const n = DAFTAR_PREDIKAT.reduce((s, x) => s + j[x], 0);
  const pindah = (dari: Predikat, ke: Predikat, k: number) => {
    const x = Math.max(0, Math.min(k, j[dari]));
    j[dari] -= x;
    j[ke] += x;
  };
  for (const a of TABEL_SE_3_2023[c]) {
    const aktual = a.kelompok.reduce((s, x) => s + j[x], 0);
    const batas = batasOrang(a, n);
    if (a.jenis === "MAKS" && aktual > batas) pindah(a.kelompok[0]!, c === "ISTIMEWA" ? "BAIK" : c === "BAIK" ? "SANGAT_BAIK" : "BAIK", aktual - batas);
    if (a.jenis === "MIN" && aktual < batas) pindah("BAIK", a.kelompok[0]!, batas - aktual);
    if (a.jenis === "ADA" && aktual < 1) pindah(UTAMA[c], a.kelompok[0]!, 1);
  }
}

/** Predikat untuk `n` anggota populasi (urutan acak). `langgar`: sebaran yang melanggar kurva (override tercatat). */
export function sebaranPredikat(c: PredikatOrganisasi, n: number, r: Acak, langgar: boolean): Predikat[] {
  const j = jumlahDari((langgar ? PROPORSI_LANGGAR : PROPORSI)[c] ?? PROPORSI.BAIK!, n, UTAMA[c]);
  if (!langgar) {
    rapikan(c, j);
    if (!periksaDistribusi(c, j).ok) rapikan(c, j);
  }
  return r.acakUrut(DAFTAR_PREDIKAT.flatMap((p) => Array<Predikat>(j[p]).fill(p)));
}

/** Sepasang rating yang menghasilkan predikat itu menurut kuadran (hasil kerja tetap bila ditentukan capaian). */
export function ratingUntuk(predikat: Predikat, r: Acak, hasilTetap?: Rating): { hasil: Rating; perilaku: Rating } {
  const p = pasanganUntuk(predikat, hasilTetap);
  return r.pilih(p.length ? p : pasanganUntuk(predikat));
}

const ALASAN_OVERRIDE = [
  "Capaian individu tim melampaui target walau capaian unit lebih rendah karena kendala di luar kendali tim; kalibrasi dilakukan mulai periode berikutnya sesuai rapat pimpinan.",
  "Tim kecil dengan beban kerja tambahan dari penugasan pimpinan; penilaian sudah dibahas dalam dialog kinerja dan disetujui atasan pejabat penilai.",
  "Sebagian besar pegawai menyelesaikan program prioritas daerah lebih cepat dari jadwal; bukti dukung terlampir pada setiap penilaian.",
];

export type KelompokFinal<T> = { penilaiId: string; anggota: T[]; waktu: number };
export type HasilFinal = { jumlah: JumlahPredikat; pelanggaran: string[]; alasanOverride: string | null; sisa: number };

/**
 * Finalisasi berurutan menurut waktu: setiap kelompok diperiksa atas populasi (yang sudah final + kelompok ini, sisa
 * belum final), seperti cekKurvaKelompok() di lib/penilaian/layanan.ts.
 */
export function urutFinalisasi<T>(capaian: PredikatOrganisasi, populasi: number, kelompok: readonly KelompokFinal<T>[], predikat: (x: T) => Predikat, r: Acak): HasilFinal[] {
  const jumlah: Record<Predikat, number> = { ...JUMLAH_KOSONG };
  let final = 0;
  return kelompok.map((g) => {
    for (const x of g.anggota) jumlah[predikat(x)] += 1;
    final += g.anggota.length;
    const sisa = populasi - final;
    const pelanggaran = periksaPopulasi(capaian, jumlah, sisa).pelanggaran.map((p) => p.pesan);
    return { jumlah: { ...jumlah }, pelanggaran, alasanOverride: pelanggaran.length > 0 ? r.pilih(ALASAN_OVERRIDE) : null, sisa };
  });
}
