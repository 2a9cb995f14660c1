// Alur evaluasi kinerja periodik dan tahunan (skp-domain.md §3.5, §7 keberatan). Murni, seperti lib/skp/workflow.ts:
// pemanggil menentukan status (dari basis data) dan peran aktor (dari basis data, lihat peranEvaluasi); fungsi ini
// memutuskan boleh/tidaknya aksi dan status barunya.
//
//   (belum ada) ──SIMPAN──▶ DRAF ──TANDAI_SELESAI──▶ SELESAI_DINILAI ──FINALKAN (per tim)──▶ FINAL
//                            ▲  ◀──BATAL_SELESAI──────────┘                                   │
//                            └───────────────BUKA_KEMBALI (admin BKD, dengan alasan)──────────┘
//   (belum ada)/DRAF ──KECUALIKAN (dengan alasan)──▶ DIKECUALIKAN ──BATAL_KECUALIKAN──▶ DRAF   (hanya periodik)
//
// Keberatan (catatan tersendiri pada evaluasi FINAL): pegawai AJUKAN_KEBERATAN dalam tenggat → pejabat penilai boleh
// JELASKAN_KEBERATAN → atasan pejabat penilai PUTUSKAN_KEBERATAN (tetap, atau rating diubah) — final.

import type { HasilGerbang } from "@/lib/penilaian/gerbang";

export type StatusEvaluasi = "BELUM" | "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN";
export type StatusKeberatan = "DIAJUKAN" | "DIPUTUSKAN";
/** ADMIN = admin BKD instansi itu (bukan pemilik); LAIN = siapa pun yang lain. */
export type PeranEvaluasi = "PEGAWAI" | "PENILAI" | "ATASAN_PENILAI" | "ADMIN" | "LAIN";
export type AksiEvaluasi =
  | "LIHAT"
  | "SIMPAN"
  | "TANDAI_SELESAI"
  | "BATAL_SELESAI"
  | "FINALKAN"
  | "KECUALIKAN"
  | "BATAL_KECUALIKAN"
  | "BUKA_KEMBALI"
  | "AJUKAN_KEBERATAN"
  | "JELASKAN_KEBERATAN"
  | "PUTUSKAN_KEBERATAN";

export const DAFTAR_STATUS_EVALUASI: readonly StatusEvaluasi[] = ["BELUM", "DRAF", "SELESAI_DINILAI", "FINAL", "DIKECUALIKAN"];
export const DAFTAR_PERAN_EVALUASI: readonly PeranEvaluasi[] = ["PEGAWAI", "PENILAI", "ATASAN_PENILAI", "ADMIN", "LAIN"];
export const DAFTAR_AKSI_EVALUASI: readonly AksiEvaluasi[] = [
  "LIHAT",
  "SIMPAN",
  "TANDAI_SELESAI",
  "BATAL_SELESAI",
  "FINALKAN",
  "KECUALIKAN",
  "BATAL_KECUALIKAN",
  "BUKA_KEMBALI",
  "AJUKAN_KEBERATAN",
  "JELASKAN_KEBERATAN",
  "PUTUSKAN_KEBERATAN",
];

/** Panjang minimal alasan (buka kembali, pengecualian, keberatan, keputusan). */
export const MIN_ALASAN = 10;

export type KonteksEvaluasi = {
  status: StatusEvaluasi;
  peran: PeranEvaluasi;
  aksi: AksiEvaluasi;
  /** Evaluasi tahunan (AKHIR): tidak dapat dikecualikan. */
  tahunan?: boolean;
  keberatan?: StatusKeberatan | null;
  /** Kedua rating sudah diisi. */
  ratingLengkap?: boolean;
  /** Gerbang kelengkapan pelaksanaan (periodik) atau syarat periode (tahunan). */
  gerbang?: HasilGerbang;
  /** Tenggat keberatan: masih terbuka? `tutup` = hari terakhir (untuk pesan). */
  tenggat?: { terbuka: boolean; tutupLabel: string };
  /** Penilai di luar sistem (pimpinan instansi): keputusannya dicatat admin dengan pindaian terlampir. */
  perluPindaian?: boolean;
  adaPindaian?: boolean;
  alasan?: string | null;
};

export type HasilAlur = { ok: true; statusBaru: StatusEvaluasi } | { ok: false; pesan: string };

export const LABEL_STATUS_EVALUASI: Readonly<Record<StatusEvaluasi, string>> = {
  BELUM: "Belum dinilai",
  DRAF: "Draf penilaian",
  SELESAI_DINILAI: "Selesai dinilai",
  FINAL: "Final",
  DIKECUALIKAN: "Dikecualikan",
};

export const PESAN_ALUR = {
  lihatPegawai: "Hasil penilaian dapat Anda lihat setelah pejabat penilai memfinalkannya.",
  lihatLain: "Anda tidak berhak melihat penilaian ini.",
  hanyaPenilai: "Hanya pejabat penilai kinerja pegawai ini pada periode tersebut yang dapat menilainya.",
  hanyaAdminBuka: "Hanya admin BKD instansi yang dapat membuka kembali penilaian yang sudah final.",
  hanyaPegawaiKeberatan: "Keberatan hanya dapat diajukan oleh pegawai yang dinilai.",
  hanyaPenilaiJelaskan: "Penjelasan atas keberatan diberikan oleh pejabat penilai kinerja.",
  hanyaAtasanPutuskan: "Keberatan diputuskan oleh atasan pejabat penilai kinerja.",
  sudahFinal: "Penilaian ini sudah final sehingga tidak dapat diubah. Admin BKD dapat membukanya kembali dengan alasan tercatat.",
  sudahSelesai: "Penilaian ini sudah ditandai selesai dinilai. Pilih “Ubah lagi” untuk mengubahnya.",
  dikecualikan: "Periode ini dikecualikan dari penilaian. Batalkan pengecualian untuk menilainya.",
  belumAda: "Penilaian ini belum dimulai.",
  belumSelesaiFinal: "Hanya penilaian yang sudah ditandai selesai dinilai yang dapat difinalkan.",
  bukanSelesai: "Penilaian ini belum ditandai selesai dinilai.",
  ratingKosong: "Isi rating hasil kerja dan rating perilaku kerja sebelum menandai penilaian selesai.",
  perluPindaian: "Lampirkan pindaian keputusan penilaian dari pimpinan instansi sebelum memfinalkan.",
  tahunanTidakDikecualikan: "Evaluasi tahunan tidak dapat dikecualikan.",
  kecualikanStatus: "Hanya periode yang belum dinilai atau masih draf yang dapat dikecualikan.",
  bukanDikecualikan: "Periode ini tidak sedang dikecualikan.",
  bukaBukanFinal: "Hanya penilaian yang sudah final yang perlu dibuka kembali.",
  bukaSaatKeberatan: "Ada keberatan yang belum diputuskan; keberatan diputuskan dahulu oleh atasan pejabat penilai.",
  bukaSetelahKeputusan: "Keberatan atas penilaian ini sudah diputuskan atasan pejabat penilai; keputusan itu final.",
  keberatanBukanFinal: "Keberatan dapat diajukan setelah penilaian difinalkan.",
  keberatanSudahAda: "Keberatan atas penilaian ini sudah diajukan.",
  keberatanTidakAda: "Tidak ada keberatan yang menunggu keputusan pada penilaian ini.",
  keberatanSudahDiputuskan: "Keberatan ini sudah diputuskan; keputusan atasan pejabat penilai bersifat final.",
  alasanKurang: `Tuliskan alasannya (minimal ${MIN_ALASAN} karakter).`,
  aksiTidakDikenal: "Aksi ini tidak dikenal.",
} as const;

const boleh = (statusBaru: StatusEvaluasi): HasilAlur => ({ ok: true, statusBaru });
const tolak = (pesan: string): HasilAlur => ({ ok: false, pesan });
const alasanCukup = (a: string | null | undefined) => (a ?? "").trim().length >= MIN_ALASAN;

/** `ketat` = false dipakai aksiEvaluasiTersedia(): tombol ditampilkan sebelum alasan ditulis atau pindaian dilampirkan. */
function putuskan(c: KonteksEvaluasi, ketat: boolean): HasilAlur {
  const { status, peran, aksi } = c;
  switch (aksi) {
    case "LIHAT":
      if (peran === "PENILAI" || peran === "ADMIN") return boleh(status);
      if (peran === "ATASAN_PENILAI") return status === "BELUM" ? tolak(PESAN_ALUR.belumAda) : boleh(status);
      if (peran === "PEGAWAI") return status === "FINAL" || status === "DIKECUALIKAN" ? boleh(status) : tolak(PESAN_ALUR.lihatPegawai);
      return tolak(PESAN_ALUR.lihatLain);

    case "SIMPAN":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (status === "FINAL") return tolak(PESAN_ALUR.sudahFinal);
      if (status === "SELESAI_DINILAI") return tolak(PESAN_ALUR.sudahSelesai);
      if (status === "DIKECUALIKAN") return tolak(PESAN_ALUR.dikecualikan);
      return boleh("DRAF");

    case "TANDAI_SELESAI":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (status === "FINAL") return tolak(PESAN_ALUR.sudahFinal);
      if (status === "SELESAI_DINILAI") return tolak(PESAN_ALUR.sudahSelesai);
      if (status === "DIKECUALIKAN") return tolak(PESAN_ALUR.dikecualikan);
      if (ketat && c.ratingLengkap !== true) return tolak(PESAN_ALUR.ratingKosong);
      if (c.gerbang && !c.gerbang.boleh) return tolak(c.gerbang.pesan);
      return boleh("SELESAI_DINILAI");

    case "BATAL_SELESAI":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (status === "FINAL") return tolak(PESAN_ALUR.sudahFinal);
      if (status !== "SELESAI_DINILAI") return tolak(PESAN_ALUR.bukanSelesai);
      return boleh("DRAF");

    case "FINALKAN":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (status === "FINAL") return tolak(PESAN_ALUR.sudahFinal);
      if (status !== "SELESAI_DINILAI") return tolak(PESAN_ALUR.belumSelesaiFinal);
      if (ketat && c.perluPindaian && !c.adaPindaian) return tolak(PESAN_ALUR.perluPindaian);
      // Syarat diperiksa ulang saat final (mis. periode yang batal dikecualikan setelah AKHIR ditandai selesai).
      if (c.gerbang && !c.gerbang.boleh) return tolak(c.gerbang.pesan);
      return boleh("FINAL");

    case "KECUALIKAN":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (c.tahunan) return tolak(PESAN_ALUR.tahunanTidakDikecualikan);
      if (status === "FINAL") return tolak(PESAN_ALUR.sudahFinal);
      if (status !== "BELUM" && status !== "DRAF") return tolak(PESAN_ALUR.kecualikanStatus);
      if (ketat && !alasanCukup(c.alasan)) return tolak(PESAN_ALUR.alasanKurang);
      return boleh("DIKECUALIKAN");

    case "BATAL_KECUALIKAN":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilai);
      if (status !== "DIKECUALIKAN") return tolak(PESAN_ALUR.bukanDikecualikan);
      return boleh("DRAF");

    case "BUKA_KEMBALI":
      if (peran !== "ADMIN") return tolak(PESAN_ALUR.hanyaAdminBuka);
      if (status !== "FINAL") return tolak(PESAN_ALUR.bukaBukanFinal);
      if (c.keberatan === "DIAJUKAN") return tolak(PESAN_ALUR.bukaSaatKeberatan);
      if (c.keberatan === "DIPUTUSKAN") return tolak(PESAN_ALUR.bukaSetelahKeputusan);
      if (ketat && !alasanCukup(c.alasan)) return tolak(PESAN_ALUR.alasanKurang);
      return boleh("DRAF");

    case "AJUKAN_KEBERATAN":
      if (peran !== "PEGAWAI") return tolak(PESAN_ALUR.hanyaPegawaiKeberatan);
      if (status !== "FINAL") return tolak(PESAN_ALUR.keberatanBukanFinal);
      if (c.keberatan) return tolak(PESAN_ALUR.keberatanSudahAda);
      if (c.tenggat && !c.tenggat.terbuka) return tolak(`Tenggat keberatan sudah lewat: keberatan dapat diajukan paling lambat ${c.tenggat.tutupLabel}.`);
      if (ketat && !alasanCukup(c.alasan)) return tolak(PESAN_ALUR.alasanKurang);
      return boleh("FINAL");

    case "JELASKAN_KEBERATAN":
      if (peran !== "PENILAI") return tolak(PESAN_ALUR.hanyaPenilaiJelaskan);
      if (c.keberatan === "DIPUTUSKAN") return tolak(PESAN_ALUR.keberatanSudahDiputuskan);
      if (c.keberatan !== "DIAJUKAN") return tolak(PESAN_ALUR.keberatanTidakAda);
      if (ketat && !alasanCukup(c.alasan)) return tolak(PESAN_ALUR.alasanKurang);
      return boleh(status);

    case "PUTUSKAN_KEBERATAN":
      if (peran !== "ATASAN_PENILAI") return tolak(PESAN_ALUR.hanyaAtasanPutuskan);
      if (c.keberatan === "DIPUTUSKAN") return tolak(PESAN_ALUR.keberatanSudahDiputuskan);
      if (c.keberatan !== "DIAJUKAN") return tolak(PESAN_ALUR.keberatanTidakAda);
      if (ketat && !alasanCukup(c.alasan)) return tolak(PESAN_ALUR.alasanKurang);
      return boleh("FINAL");

    default: {
      const _never: never = aksi;
      void _never;
      return tolak(PESAN_ALUR.aksiTidakDikenal);
    }
  }
}

export function putuskanEvaluasi(c: KonteksEvaluasi): HasilAlur {
  return putuskan(c, true);
}

/**
 * Untuk aktor dengan beberapa peran sekaligus (mis. admin BKD yang juga pejabat penilai): boleh bila salah satu
 * perannya boleh; bila tidak, pesan dari peran pertama yang bukan LAIN.
 */
export function putuskanUntukPeran(peran: readonly PeranEvaluasi[], c: Omit<KonteksEvaluasi, "peran">): HasilAlur {
  let pertama: HasilAlur | null = null;
  for (const p of peran.length > 0 ? peran : (["LAIN"] as const)) {
    const h = putuskan({ ...c, peran: p }, true);
    if (h.ok) return h;
    pertama ??= h;
  }
  return pertama!;
}

/** Aksi yang tersedia (untuk tombol), dalam urutan DAFTAR_AKSI_EVALUASI. */
export function aksiEvaluasiTersedia(peran: readonly PeranEvaluasi[], c: Omit<KonteksEvaluasi, "peran" | "aksi">): AksiEvaluasi[] {
  return DAFTAR_AKSI_EVALUASI.filter((aksi) => peran.some((p) => putuskan({ ...c, peran: p, aksi }, false).ok));
}

// ─── Peran aktor terhadap satu evaluasi ───────────────────────────────────────────────────────

export type KonteksPeranEvaluasi = {
  aktorPegawaiId: string;
  /** Aktor admin BKD instansi pegawai itu (atau superadmin). */
  aktorAdmin: boolean;
  pegawaiId: string;
  /** Pejabat penilai pada tanggal acuan periode; null = pimpinan instansi di luar sistem. */
  penilaiPegawaiId: string | null;
  /** Atasan pejabat penilai; null = di luar sistem atau tidak ada. */
  atasanPenilaiPegawaiId: string | null;
};

/**
 * Peran aktor. Pegawai yang dinilai hanya berperan PEGAWAI (tidak pernah menilai atau memutuskan keberatannya
 * sendiri, juga bila ia admin BKD). Penilai di luar sistem → admin BKD mencatat keputusannya (PENILAI); atasan
 * pejabat penilai di luar sistem → admin BKD mencatat keputusan keberatan (ATASAN_PENILAI), juga bila penilainya
 * sendiri pimpinan instansi (keputusan pimpinan dicatat admin).
 */
export function peranEvaluasi(k: KonteksPeranEvaluasi): PeranEvaluasi[] {
  if (k.aktorPegawaiId === k.pegawaiId) return ["PEGAWAI"];
  const r: PeranEvaluasi[] = [];
  if (k.penilaiPegawaiId !== null ? k.aktorPegawaiId === k.penilaiPegawaiId : k.aktorAdmin) r.push("PENILAI");
  // Atasan pejabat penilai di luar sistem (mis. penilainya Sekda yang dinilai Bupati, atau Bupati sendiri): admin BKD
  // mencatat keputusan keberatan. Pejabat penilai yang berada di sistem tidak pernah memutuskan keberatan atas
  // penilaiannya sendiri.
  if (k.atasanPenilaiPegawaiId !== null ? k.aktorPegawaiId === k.atasanPenilaiPegawaiId : k.aktorAdmin) {
    if (!r.includes("PENILAI") || k.penilaiPegawaiId === null) r.push("ATASAN_PENILAI");
  }
  if (k.aktorAdmin) r.push("ADMIN");
  return r.length > 0 ? r : ["LAIN"];
}

// ─── Status untuk kotak masuk Penilaian Bawahan ───────────────────────────────────────────────

export type StatusKotak = "BELUM_LENGKAP" | "SIAP_DINILAI" | "DRAF" | "SELESAI_DINILAI" | "FINAL" | "KEBERATAN" | "DIKECUALIKAN";

export const DAFTAR_STATUS_KOTAK: readonly StatusKotak[] = ["BELUM_LENGKAP", "SIAP_DINILAI", "DRAF", "SELESAI_DINILAI", "FINAL", "KEBERATAN", "DIKECUALIKAN"];

export const LABEL_STATUS_KOTAK: Readonly<Record<StatusKotak, string>> = {
  BELUM_LENGKAP: "Belum lengkap",
  SIAP_DINILAI: "Siap dinilai",
  DRAF: "Draf penilaian",
  SELESAI_DINILAI: "Selesai dinilai",
  FINAL: "Final",
  KEBERATAN: "Keberatan",
  DIKECUALIKAN: "Dikecualikan",
};

/** Status satu pegawai pada satu periode dari status evaluasi, keberatan dan kelengkapan pelaksanaan. */
export function statusKotak(a: { status: StatusEvaluasi; keberatan: StatusKeberatan | null; lengkap: boolean }): StatusKotak {
  if (a.status === "FINAL") return a.keberatan === "DIAJUKAN" ? "KEBERATAN" : "FINAL";
  if (a.status === "BELUM") return a.lengkap ? "SIAP_DINILAI" : "BELUM_LENGKAP";
  return a.status;
}
