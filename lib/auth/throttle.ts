// Aturan pembatasan percobaan masuk. Murni: menerima hitungan kegagalan, mengembalikan keputusan.

export type AturanThrottle = {
  /** Panjang jendela pengamatan, menit. */
  jendelaMenit: number;
  /** Kegagalan maksimum per NIP dalam jendela sebelum diblokir. */
  maksPerNip: number;
  /** Kegagalan maksimum per alamat IP dalam jendela sebelum diblokir. */
  maksPerAlamat: number;
};

export const ATURAN_THROTTLE_BAWAAN: AturanThrottle = { jendelaMenit: 15, maksPerNip: 5, maksPerAlamat: 30 };

/** Pemeriksaan sandi saat ini di halaman Akun: 5 salah per 15 menit per pengguna (tanpa batas per alamat). */
export const ATURAN_UBAH_SANDI: AturanThrottle = { jendelaMenit: 15, maksPerNip: 5, maksPerAlamat: Number.POSITIVE_INFINITY };

export type HitunganGagal = {
  nip: number;
  alamat: number;
  /** Waktu kegagalan tertua yang masih dihitung, untuk menghitung kapan blokir berakhir. */
  tertuaNip: Date | null;
  tertuaAlamat: Date | null;
};

export type KeputusanThrottle = { boleh: true } | { boleh: false; alasan: "NIP" | "ALAMAT"; cobaLagiMenit: number };

export function putuskanThrottle(h: HitunganGagal, sekarang: Date, aturan = ATURAN_THROTTLE_BAWAAN): KeputusanThrottle {
  const sisa = (tertua: Date | null) => {
    if (!tertua) return aturan.jendelaMenit;
    const selesai = tertua.getTime() + aturan.jendelaMenit * 60_000;
    return Math.max(1, Math.ceil((selesai - sekarang.getTime()) / 60_000));
  };
  if (h.nip >= aturan.maksPerNip) return { boleh: false, alasan: "NIP", cobaLagiMenit: sisa(h.tertuaNip) };
  if (h.alamat >= aturan.maksPerAlamat) return { boleh: false, alasan: "ALAMAT", cobaLagiMenit: sisa(h.tertuaAlamat) };
  return { boleh: true };
}

export function jendelaMulai(sekarang: Date, aturan = ATURAN_THROTTLE_BAWAAN): Date {
  return new Date(sekarang.getTime() - aturan.jendelaMenit * 60_000);
}
