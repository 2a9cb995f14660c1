// Alur persetujuan SKP (skp-domain.md §1.8). Fungsi murni: pemanggil menentukan peran aktor terhadap
// SKP (lihat akses.ts) dan status SKP; fungsi ini memutuskan boleh/tidaknya aksi dan status barunya.
//
//   DRAFT ──AJUKAN──▶ DIAJUKAN ──SETUJUI──▶ DISETUJUI ──(revisi disetujui)──▶ DIGANTI
//     ▲                 │  │                    │
//     └──────TARIK──────┘  └──TOLAK──▶ DITOLAK  └──BUAT_REVISI──▶ versi baru berstatus DRAFT
//                                        │
//                                        └──AJUKAN──▶ DIAJUKAN
//
// Versi yang disetujui tetap DISETUJUI sampai revisinya disetujui; saat itu ia menjadi DIGANTI
// (perpindahan ini dilakukan oleh proses persetujuan revisi, bukan oleh aksi pengguna).

export type StatusSkp = "DRAFT" | "DIAJUKAN" | "DITOLAK" | "DISETUJUI" | "DIGANTI";

/** LAIN = siapa pun selain pemilik dan pejabat penilai, termasuk atasan pejabat penilai dan admin. */
export type PeranTerhadapSkp = "PEMILIK" | "PENILAI" | "LAIN";

export type AksiSkp = "UBAH" | "AJUKAN" | "TARIK" | "SETUJUI" | "TOLAK" | "BUAT_REVISI" | "ISI_EKSPEKTASI" | "HAPUS";

export type HasilAksi = { ok: true; statusBaru: StatusSkp } | { ok: false; pesan: string };

export type KonteksAksi = {
  status: StatusSkp;
  peran: PeranTerhadapSkp;
  aksi: AksiSkp;
  /** Sudah ada versi revisi (DRAFT/DIAJUKAN/DITOLAK) dari SKP yang disetujui ini. */
  adaRevisiTerbuka?: boolean;
  /** SKP ini (atau versi sebelumnya) pernah disetujui; SKP yang pernah ditetapkan tidak boleh dihapus. */
  pernahDisetujui?: boolean;
  /** Alasan penolakan (wajib untuk TOLAK). */
  alasan?: string | null;
  /**
   * Jabatan untuk SKP ini sudah berakhir (mutasi): SKP lama tinggal hanya-baca bagi pemiliknya. Pengajuan
   * yang sudah masuk tetap dapat diputuskan pejabat penilai.
   */
  segmenBerakhir?: boolean;
};

export type OpsiAksi = Pick<KonteksAksi, "adaRevisiTerbuka" | "pernahDisetujui" | "segmenBerakhir">;

const AKSI_PEMILIK_DIBEKUKAN: readonly AksiSkp[] = ["UBAH", "AJUKAN", "BUAT_REVISI", "HAPUS"];

export const DAFTAR_STATUS: readonly StatusSkp[] = ["DRAFT", "DIAJUKAN", "DITOLAK", "DISETUJUI", "DIGANTI"];
export const DAFTAR_PERAN: readonly PeranTerhadapSkp[] = ["PEMILIK", "PENILAI", "LAIN"];
export const DAFTAR_AKSI: readonly AksiSkp[] = [
  "UBAH",
  "AJUKAN",
  "TARIK",
  "SETUJUI",
  "TOLAK",
  "BUAT_REVISI",
  "ISI_EKSPEKTASI",
  "HAPUS",
];

export const LABEL_STATUS: Record<StatusSkp, string> = {
  DRAFT: "Draf",
  DIAJUKAN: "Diajukan",
  DITOLAK: "Ditolak",
  DISETUJUI: "Disetujui",
  DIGANTI: "Diganti revisi",
};

/** Label tombol untuk setiap aksi. */
export const LABEL_AKSI: Record<AksiSkp, string> = {
  UBAH: "Ubah",
  AJUKAN: "Ajukan ke pejabat penilai",
  TARIK: "Tarik pengajuan",
  SETUJUI: "Setujui",
  TOLAK: "Tolak",
  BUAT_REVISI: "Buat revisi",
  ISI_EKSPEKTASI: "Isi ekspektasi khusus pimpinan",
  HAPUS: "Hapus",
};

/** Panjang minimal alasan penolakan (setelah spasi di awal/akhir dibuang). */
export const MIN_PANJANG_ALASAN = 10;

export const PESAN = {
  segmenBerakhir: "Jabatan untuk SKP ini sudah berakhir (mutasi), sehingga SKP ini hanya dapat dibaca. Susun SKP untuk jabatan baru Anda.",
  diganti: "SKP ini sudah diganti oleh revisi yang lebih baru sehingga tidak dapat diubah lagi.",
  sedangDiajukan: "SKP ini sedang diajukan ke pejabat penilai; tarik pengajuan untuk mengubahnya.",
  sudahDisetujuiUbah: "SKP yang sudah disetujui tidak dapat diubah. Ajukan revisi bila perlu.",

  hanyaPemilikUbah: "Hanya pemilik SKP yang dapat mengubah isi SKP ini.",
  hanyaPemilikAjukan: "Hanya pemilik SKP yang dapat mengajukan SKP ini.",
  hanyaPemilikTarik: "Hanya pemilik SKP yang dapat menarik pengajuan SKP ini.",
  hanyaPemilikRevisi: "Hanya pemilik SKP yang dapat membuat revisi SKP ini.",
  hanyaPemilikHapus: "Hanya pemilik SKP yang dapat menghapus SKP ini.",
  hanyaPenilaiSetujui: "Hanya pejabat penilai kinerja yang dapat menyetujui SKP ini.",
  hanyaPenilaiTolak: "Hanya pejabat penilai kinerja yang dapat menolak SKP ini.",
  hanyaPenilaiEkspektasi: "Hanya pejabat penilai kinerja yang dapat mengisi ekspektasi khusus pimpinan.",

  sudahDiajukan: "SKP ini sudah diajukan dan sedang menunggu keputusan pejabat penilai.",
  sudahDisetujuiAjukan: "SKP ini sudah disetujui. Buat revisi bila ada yang perlu diubah.",
  belumDiajukanTarik: "SKP ini belum diajukan, sehingga tidak ada pengajuan yang dapat ditarik.",
  sudahDisetujuiTarik: "SKP yang sudah disetujui tidak dapat ditarik kembali. Ajukan revisi bila perlu.",
  belumDiajukanSetujui: "SKP ini belum diajukan oleh pemiliknya sehingga belum dapat disetujui.",
  ditolakSetujui:
    "SKP ini sudah ditolak dan sedang menunggu perbaikan dari pemiliknya; persetujuan dapat diberikan setelah SKP diajukan kembali.",
  sudahDisetujui: "SKP ini sudah disetujui.",
  belumDiajukanTolak: "SKP ini belum diajukan oleh pemiliknya sehingga tidak dapat ditolak.",
  sudahDitolak: "SKP ini sudah ditolak dan sedang menunggu perbaikan dari pemiliknya.",
  sudahDisetujuiTolak: "SKP yang sudah disetujui tidak dapat ditolak. Pemilik dapat mengajukan revisi bila perlu.",
  alasanKurang: `Mohon tuliskan alasan penolakan (minimal ${MIN_PANJANG_ALASAN} karakter) agar pegawai mengetahui apa yang perlu diperbaiki.`,
  revisiBelumDisetujui: "SKP ini belum disetujui, sehingga isinya dapat diubah langsung tanpa membuat revisi.",
  revisiSedangDiajukan:
    "SKP ini sedang diajukan ke pejabat penilai; revisi hanya dapat dibuat dari SKP yang sudah disetujui.",
  revisiSudahAda: "Sudah ada revisi SKP ini yang belum disetujui. Silakan lanjutkan revisi tersebut.",
  ekspektasiSudahDisetujui: "Ekspektasi khusus pimpinan tidak dapat diubah setelah SKP disetujui.",
  hapusSedangDiajukan: "SKP ini sedang diajukan ke pejabat penilai; tarik pengajuan terlebih dahulu sebelum menghapusnya.",
  hapusSudahDisetujui: "SKP yang sudah disetujui tidak dapat dihapus.",
  hapusPernahDisetujui: "SKP ini sudah pernah disetujui sehingga tidak dapat dihapus.",
  aksiTidakDikenal: "Aksi ini tidak dikenal.",
} as const;

const boleh = (statusBaru: StatusSkp): HasilAksi => ({ ok: true, statusBaru });
const tolak = (pesan: string): HasilAksi => ({ ok: false, pesan });

/** `cekAlasan` = false dipakai aksiTersedia(): tombol Tolak ditampilkan sebelum alasan ditulis. */
function putuskan(ctx: KonteksAksi, cekAlasan: boolean): HasilAksi {
  const { status, peran, aksi } = ctx;
  if (status === "DIGANTI") return tolak(PESAN.diganti);

  switch (aksi) {
    case "UBAH":
      if (peran !== "PEMILIK") return tolak(PESAN.hanyaPemilikUbah);
      if (status === "DIAJUKAN") return tolak(PESAN.sedangDiajukan);
      if (status === "DISETUJUI") return tolak(PESAN.sudahDisetujuiUbah);
      return boleh(status);

    case "AJUKAN":
      if (peran !== "PEMILIK") return tolak(PESAN.hanyaPemilikAjukan);
      if (status === "DIAJUKAN") return tolak(PESAN.sudahDiajukan);
      if (status === "DISETUJUI") return tolak(PESAN.sudahDisetujuiAjukan);
      return boleh("DIAJUKAN");

    case "TARIK":
      if (peran !== "PEMILIK") return tolak(PESAN.hanyaPemilikTarik);
      if (status === "DISETUJUI") return tolak(PESAN.sudahDisetujuiTarik);
      if (status !== "DIAJUKAN") return tolak(PESAN.belumDiajukanTarik);
      return boleh("DRAFT");

    case "SETUJUI":
      if (peran !== "PENILAI") return tolak(PESAN.hanyaPenilaiSetujui);
      if (status === "DISETUJUI") return tolak(PESAN.sudahDisetujui);
      if (status === "DITOLAK") return tolak(PESAN.ditolakSetujui);
      if (status !== "DIAJUKAN") return tolak(PESAN.belumDiajukanSetujui);
      return boleh("DISETUJUI");

    case "TOLAK":
      if (peran !== "PENILAI") return tolak(PESAN.hanyaPenilaiTolak);
      if (status === "DISETUJUI") return tolak(PESAN.sudahDisetujuiTolak);
      if (status === "DITOLAK") return tolak(PESAN.sudahDitolak);
      if (status !== "DIAJUKAN") return tolak(PESAN.belumDiajukanTolak);
      if (cekAlasan && (ctx.alasan ?? "").trim().length < MIN_PANJANG_ALASAN) return tolak(PESAN.alasanKurang);
      return boleh("DITOLAK");

    case "BUAT_REVISI":
      if (peran !== "PEMILIK") return tolak(PESAN.hanyaPemilikRevisi);
      if (status === "DIAJUKAN") return tolak(PESAN.revisiSedangDiajukan);
      if (status !== "DISETUJUI") return tolak(PESAN.revisiBelumDisetujui);
      if (ctx.adaRevisiTerbuka === true) return tolak(PESAN.revisiSudahAda);
      // Status versi baru; versi yang disetujui tetap DISETUJUI sampai revisinya disetujui.
      return boleh("DRAFT");

    case "ISI_EKSPEKTASI":
      if (peran !== "PENILAI") return tolak(PESAN.hanyaPenilaiEkspektasi);
      if (status === "DISETUJUI") return tolak(PESAN.ekspektasiSudahDisetujui);
      return boleh(status);

    case "HAPUS":
      if (peran !== "PEMILIK") return tolak(PESAN.hanyaPemilikHapus);
      if (status === "DIAJUKAN") return tolak(PESAN.hapusSedangDiajukan);
      if (status === "DISETUJUI") return tolak(PESAN.hapusSudahDisetujui);
      if (ctx.pernahDisetujui === true) return tolak(PESAN.hapusPernahDisetujui);
      return boleh(status);

    default: {
      const _tidakDikenal: never = aksi;
      void _tidakDikenal;
      return tolak(PESAN.aksiTidakDikenal);
    }
  }
}

/**
 * Memutuskan apakah `peran` boleh melakukan `aksi` pada SKP berstatus `status`.
 * Hasil `statusBaru` untuk HAPUS adalah status saat dihapus (tidak berubah); untuk BUAT_REVISI adalah
 * status versi revisi yang baru dibuat (DRAFT).
 */
export function putuskanAksi(ctx: KonteksAksi): HasilAksi {
  if (ctx.segmenBerakhir && ctx.peran === "PEMILIK" && AKSI_PEMILIK_DIBEKUKAN.includes(ctx.aksi)) {
    return { ok: false, pesan: PESAN.segmenBerakhir };
  }
  return putuskan(ctx, true);
}

/** Aksi yang boleh dilakukan (untuk menampilkan tombol), dalam urutan DAFTAR_AKSI. */
export function aksiTersedia(status: StatusSkp, peran: PeranTerhadapSkp, opsi: OpsiAksi = {}): AksiSkp[] {
  return DAFTAR_AKSI.filter(
    (aksi) => !(opsi.segmenBerakhir && peran === "PEMILIK" && AKSI_PEMILIK_DIBEKUKAN.includes(aksi)) && putuskan({ status, peran, aksi, ...opsi }, false).ok,
  );
}
