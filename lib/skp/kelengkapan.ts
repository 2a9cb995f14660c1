// Kelengkapan SKP sebelum diajukan, dan aturan intervensi (cascading) RHK ke RHK pejabat penilai
// (skp-domain.md §1.4–§1.6). Fungsi murni: pemanggil memuat data SKP dan RHK calon dari basis data.

import { beririsan } from "./periode";
import type { StatusSkp } from "./workflow";
import { isAspek, isKodePerspektif, type Pendekatan, type VarianSkp } from "./varian";

export type JenisRhk = "UTAMA" | "TAMBAHAN";

export type IkiInput = { aspek: string | null; indikator: string; target: string };

export type RhkInput = {
  id: string;
  jenis: JenisRhk;
  teks: string;
  rhkAtasanId: string | null;
  perspektif: string | null;
  iki: IkiInput[];
};

export type SkpInput = { varian: VarianSkp; pendekatan: Pendekatan; rhk: RhkInput[] };

export type HasilKelengkapan = { ok: true } | { ok: false; masalah: string[] };

const kosong = (s: string | null | undefined): boolean => (s ?? "").trim() === "";

const NAMA_JENIS: Record<JenisRhk, string> = { UTAMA: "utama", TAMBAHAN: "tambahan" };

/**
 * Memeriksa apakah SKP sudah lengkap untuk diajukan. Masalah dinomori menurut urutan RHK dalam
 * kelompoknya ("RHK utama 2", "RHK tambahan 1") dan urutan indikator dalam RHK.
 *
 * - minimal satu RHK utama;
 * - setiap RHK berisi uraian dan minimal satu indikator kinerja individu (IKI);
 * - setiap IKI berisi uraian indikator dan target;
 * - JA/JF kuantitatif: setiap IKI memiliki aspek (kuantitas/kualitas/waktu/biaya);
 * - JA/JF: setiap RHK utama terhubung ke RHK pimpinan yang diintervensi;
 * - JPT: setiap RHK memiliki perspektif.
 */
export function periksaKelengkapan(skp: SkpInput): HasilKelengkapan {
  const masalah: string[] = [];
  const jaJf = skp.varian === "JA_JF";
  const wajibAspek = jaJf && skp.pendekatan === "KUANTITATIF";

  if (!skp.rhk.some((r) => r.jenis === "UTAMA")) {
    masalah.push("SKP belum memiliki rencana hasil kerja (RHK) utama. Tambahkan minimal satu RHK utama.");
  }

  const nomor: Record<JenisRhk, number> = { UTAMA: 0, TAMBAHAN: 0 };
  for (const rhk of skp.rhk) {
    nomor[rhk.jenis] += 1;
    const label = `RHK ${NAMA_JENIS[rhk.jenis]} ${nomor[rhk.jenis]}`;

    if (kosong(rhk.teks)) masalah.push(`${label}: uraian rencana hasil kerja belum diisi.`);
    if (jaJf && rhk.jenis === "UTAMA" && kosong(rhk.rhkAtasanId)) {
      masalah.push(`${label}: belum terhubung ke RHK pimpinan yang diintervensi.`);
    }
    if (skp.varian === "JPT") {
      if (kosong(rhk.perspektif)) masalah.push(`${label}: perspektif belum dipilih.`);
      else if (!isKodePerspektif(rhk.perspektif!)) masalah.push(`${label}: perspektif yang dipilih tidak dikenal.`);
    }
    if (rhk.iki.length === 0) {
      masalah.push(`${label}: belum ada indikator kinerja.`);
      continue;
    }
    rhk.iki.forEach((iki, i) => {
      const labelIki = `${label}, indikator ${i + 1}`;
      if (wajibAspek) {
        if (kosong(iki.aspek)) masalah.push(`${labelIki}: aspek belum dipilih.`);
        else if (!isAspek(iki.aspek!)) masalah.push(`${labelIki}: aspek yang dipilih tidak dikenal.`);
      }
      if (kosong(iki.indikator)) masalah.push(`${labelIki}: uraian indikator kinerja belum diisi.`);
      if (kosong(iki.target)) masalah.push(`${labelIki}: target belum diisi.`);
    });
  }

  return masalah.length === 0 ? { ok: true } : { ok: false, masalah };
}

/** RHK pada SKP pejabat penilai yang dipilih sebagai "RHK pimpinan yang diintervensi". */
export type RhkAtasanCalon = {
  id: string;
  skpId: string;
  pemilikPegawaiId: string;
  statusSkp: StatusSkp;
  /** Periode SKP pejabat penilai (inklusif). */
  mulai: Date;
  selesai: Date;
};

export type ArgsIntervensi = {
  varian: VarianSkp;
  jenisRhk: JenisRhk;
  /** Pejabat penilai pegawai untuk SKP ini; null bila penilainya pimpinan instansi di luar sistem. */
  penilaiPegawaiId: string | null;
  skpMulai: Date;
  skpSelesai: Date;
  calon: RhkAtasanCalon | null;
};

export type HasilIntervensi = { ok: true } | { ok: false; pesan: string };

export const PESAN_INTERVENSI = {
  tanpaPenilai:
    "Pejabat penilai Anda belum tercatat di sistem, sehingga RHK pimpinan yang diintervensi belum dapat dipilih. Hubungi admin kepegawaian instansi Anda.",
  bukanMilikPenilai: "RHK yang dipilih bukan milik pejabat penilai Anda. Pilih RHK dari SKP pejabat penilai Anda.",
  belumDisetujui:
    "SKP pejabat penilai belum disetujui. RHK pimpinan dapat dipilih setelah SKP pejabat penilai Anda disetujui.",
  sudahDiganti:
    "SKP pejabat penilai yang memuat RHK ini sudah diganti oleh revisi. Pilih RHK dari SKP pejabat penilai yang berlaku.",
  tidakBeririsan: "Periode SKP pejabat penilai tidak beririsan dengan periode SKP Anda.",
} as const;

/**
 * Aturan intervensi (cascading) saat pegawai menghubungkan RHK-nya ke RHK pejabat penilai.
 *
 * - Tanpa tautan selalu boleh saat menyusun: JPT dan RHK tambahan memang tidak wajib; RHK utama JA/JF
 *   yang belum terhubung ditangkap periksaKelengkapan() saat SKP diajukan.
 * - Tautan (untuk varian dan jenis RHK apa pun) harus menunjuk RHK pada SKP milik pejabat penilai,
 *   yang sudah disetujui, dan periodenya beririsan dengan periode SKP pegawai.
 */
export function periksaIntervensi(args: ArgsIntervensi): HasilIntervensi {
  const { calon } = args;
  if (calon === null) return { ok: true };
  if (args.penilaiPegawaiId === null) return { ok: false, pesan: PESAN_INTERVENSI.tanpaPenilai };
  if (calon.pemilikPegawaiId !== args.penilaiPegawaiId) return { ok: false, pesan: PESAN_INTERVENSI.bukanMilikPenilai };
  if (calon.statusSkp === "DIGANTI") return { ok: false, pesan: PESAN_INTERVENSI.sudahDiganti };
  if (calon.statusSkp !== "DISETUJUI") return { ok: false, pesan: PESAN_INTERVENSI.belumDisetujui };
  if (!beririsan({ mulai: args.skpMulai, selesai: args.skpSelesai }, { mulai: calon.mulai, selesai: calon.selesai })) {
    return { ok: false, pesan: PESAN_INTERVENSI.tidakBeririsan };
  }
  return { ok: true };
}
