// Keadaan akun pegawai dan keputusan pengelolaan akun oleh admin BKD. Murni (tanpa Prisma, tanpa next/*).
// Siapa boleh mengelola akun berperan admin/superadmin: bolehAturUlangSandi (lib/auth/permissions.ts).

export const STATUS_AKUN = ["BELUM_ADA", "BELUM_AKTIF", "HARUS_GANTI_SANDI", "AKTIF", "NONAKTIF"] as const;
export type StatusAkun = (typeof STATUS_AKUN)[number];

export const LABEL_STATUS_AKUN: Record<StatusAkun, string> = {
  BELUM_ADA: "Belum ada akun",
  BELUM_AKTIF: "Belum aktif (belum pernah masuk)",
  HARUS_GANTI_SANDI: "Harus ganti sandi",
  AKTIF: "Aktif",
  NONAKTIF: "Dinonaktifkan",
};

/** Akun sebagaimana tersimpan (null: pegawai belum punya akun). */
export type AkunTersimpan = { aktif: boolean; harusGantiSandi: boolean; lastLoginAt: Date | null } | null;

/**
 * Satu keadaan per akun, dengan urutan: dinonaktifkan > belum pernah masuk > harus ganti sandi > aktif.
 * Kueri daftar (lib/akun/baca.ts SARINGAN_STATUS) memakai urutan yang sama.
 */
export function statusAkun(a: AkunTersimpan): StatusAkun {
  if (!a) return "BELUM_ADA";
  if (!a.aktif) return "NONAKTIF";
  if (!a.lastLoginAt) return "BELUM_AKTIF";
  if (a.harusGantiSandi) return "HARUS_GANTI_SANDI";
  return "AKTIF";
}

/** Akun sekali aktivasi: dibatasi agar satu permintaan (scrypt per akun) tetap beberapa detik. */
export const BATAS_AKTIVASI = 100;

export type PutusanCabutAdmin = { boleh: true } | { boleh: false; pesan: string };

/**
 * Mencabut peran admin BKD: instansi tidak boleh ditinggal tanpa admin aktif. Admin yang mencabut perannya sendiri
 * sebagai admin terakhir mendapat pesan khusus (bukan penolakan umum).
 */
export function putuskanCabutAdmin(p: { diriSendiri: boolean; adminAktifLain: number }): PutusanCabutAdmin {
  if (p.adminAktifLain > 0) return { boleh: true };
  return {
    boleh: false,
    pesan: p.diriSendiri
      ? "Anda adalah admin BKD terakhir instansi ini: peran Anda tidak dapat dicabut. Jadikan pegawai lain admin lebih dulu."
      : "Pegawai ini admin BKD terakhir instansi ini. Jadikan pegawai lain admin lebih dulu.",
  };
}
