// Tampilan minggu progres harian pegawai (halaman /harian): keadaan tiap hari, ringkasan status, pengelompokan
// rencana aksi per periode, hari tujuan salin. Murni: tanpa Prisma, tanpa next/*.
import { bolehAjukanEntri, LABEL_STATUS_PROGRES, type StatusProgres } from "@/lib/progres-harian/aturan";
import { awalMinggu, bacaIsoTanggal, isoTanggal, tanggalPendek } from "@/lib/progres-harian/kalender";

export const URUTAN_STATUS: readonly StatusProgres[] = ["DRAF", "DIKEMBALIKAN", "DIAJUKAN", "DISETUJUI"];

/** Warna lencana status (Tailwind), kontras teks ≥ 4,5:1. */
export const WARNA_STATUS_PROGRES: Readonly<Record<StatusProgres, string>> = {
  DRAF: "bg-slate-100 text-slate-800",
  DIAJUKAN: "bg-amber-100 text-amber-900",
  DISETUJUI: "bg-green-100 text-green-800",
  DIKEMBALIKAN: "bg-red-100 text-red-800",
};

/** `?minggu=YYYY-MM-DD` → Senin minggu itu; null bila kosong atau tidak sah (halaman memakai minggu ini). */
export function bacaMinggu(param: string | string[] | undefined): Date | null {
  if (typeof param !== "string") return null;
  const t = bacaIsoTanggal(param);
  return t ? awalMinggu(t) : null;
}

/** `?tanggal=` untuk kolom Tanggal formulir: hanya bila sah dan berada di minggu yang ditampilkan. */
export function tanggalDalamMinggu(param: string | string[] | undefined, senin: Date): string | null {
  if (typeof param !== "string") return null;
  const t = bacaIsoTanggal(param);
  if (!t) return null;
  const selisih = (t.getTime() - senin.getTime()) / 86_400_000;
  return selisih >= 0 && selisih < 7 ? isoTanggal(t) : null;
}

export type KeadaanHari = "terisi" | "kosong" | "libur" | "akhir-pekan" | "mendatang";

/**
 * Keadaan satu hari di kalender minggu: hari kerja yang sudah lewat (atau hari ini) tanpa entri = "kosong" (celah
 * yang harus diisi); hari libur instansi dan akhir pekan ditandai demikian (entri di sana tetap terlihat: "terisi").
 */
export function keadaanHari(h: { tanggal: Date; kerja: boolean; libur: string | null; jumlahEntri: number }, hariIni: Date): KeadaanHari {
  if (h.jumlahEntri > 0) return "terisi";
  if (h.libur) return "libur";
  if (!h.kerja) return "akhir-pekan";
  return h.tanggal.getTime() > hariIni.getTime() ? "mendatang" : "kosong";
}

export const LABEL_KEADAAN: Readonly<Record<KeadaanHari, string>> = {
  terisi: "Terisi",
  kosong: "Belum ada entri",
  libur: "Hari libur",
  "akhir-pekan": "Akhir pekan",
  mendatang: "Belum tiba",
};

export type RingkasStatus = { perStatus: Record<StatusProgres, number>; dapatDiajukan: number; jumlah: number };

/** Jumlah entri per status dan berapa yang dapat diajukan (draf dan dikembalikan). */
export function ringkasStatus(entri: readonly { status: StatusProgres }[]): RingkasStatus {
  const perStatus: Record<StatusProgres, number> = { DRAF: 0, DIAJUKAN: 0, DISETUJUI: 0, DIKEMBALIKAN: 0 };
  for (const e of entri) perStatus[e.status]++;
  return { perStatus, dapatDiajukan: entri.filter((e) => bolehAjukanEntri(e.status)).length, jumlah: entri.length };
}

/** "2 draf · 1 diajukan" — hanya status yang ada, dalam urutan kerja; "Belum ada entri" bila kosong. */
export function teksRingkasStatus(r: RingkasStatus): string {
  const bagian = URUTAN_STATUS.filter((s) => r.perStatus[s] > 0).map((s) => `${r.perStatus[s]} ${LABEL_STATUS_PROGRES[s].toLowerCase()}`);
  return bagian.length ? bagian.join(" · ") : "Belum ada entri";
}

/** Rencana aksi dikelompokkan per periode (urutan masukan dipertahankan), dengan rentang tanggal yang berlaku. */
export function kelompokPeriode<T extends { periode: string; mulai: Date; selesai: Date }>(pilihan: readonly T[]): { periode: string; label: string; item: T[] }[] {
  const hasil: { periode: string; label: string; item: T[] }[] = [];
  for (const p of pilihan) {
    const label = `${p.periode} (${tanggalPendekTahun(p.mulai)} – ${tanggalPendekTahun(p.selesai)})`;
    const ada = hasil.find((k) => k.label === label);
    if (ada) ada.item.push(p);
    else hasil.push({ periode: p.periode, label, item: [p] });
  }
  return hasil;
}

const tanggalPendekTahun = (t: Date): string => `${tanggalPendek(t).split(", ")[1]} ${t.getUTCFullYear()}`;

/** Hari tujuan salin yang ditawarkan: hari kerja minggu itu selain tanggal asal, yang tidak di masa depan. */
export function hariTujuanSalin(hari: readonly { tanggal: Date; iso: string; kerja: boolean }[], asalIso: string, hariIni: Date): { iso: string; label: string }[] {
  return hari.filter((h) => h.kerja && h.iso !== asalIso && h.tanggal.getTime() <= hariIni.getTime()).map((h) => ({ iso: h.iso, label: tanggalPendek(h.tanggal) }));
}

/** 2.5 → "2,5"; 3 → "3" (angka Indonesia, paling banyak dua desimal). */
export const formatRealisasi = (n: number): string => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });

/** Nilai kolom realisasi pada formulir ubah: koma desimal seperti yang diketik orang ("2,5"). */
export const isianRealisasi = (n: number): string => String(n).replace(".", ",");

/** Halaman daftar panjang (`?hal=`): nomor yang sah (1…jumlah halaman; selain itu 1 atau halaman terakhir) dan irisannya. */
export function potongHalaman<T>(semua: readonly T[], diminta: string | undefined, perHalaman: number): { hal: number; jumlahHal: number; isi: T[]; dari: number; sampai: number } {
  const jumlahHal = Math.max(1, Math.ceil(semua.length / perHalaman));
  const n = diminta !== undefined && /^\d{1,6}$/.test(diminta) ? Number(diminta) : 1;
  const hal = Math.min(Math.max(1, n), jumlahHal);
  const isi = semua.slice((hal - 1) * perHalaman, hal * perHalaman);
  return { hal, jumlahHal, isi, dari: isi.length ? (hal - 1) * perHalaman + 1 : 0, sampai: (hal - 1) * perHalaman + isi.length };
}
