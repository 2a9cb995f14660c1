// Kata sandi awal/sementara yang dibuat portal (aktivasi akun, atur ulang, admin pertama instansi baru). Murni:
// sumber acak dapat diganti untuk uji; bawaannya randomInt dari node:crypto (CSPRNG).
//
// Tiga kelompok empat karakter dari 56 huruf/angka tanpa yang mirip (0/O, 1/l/I, o): 56^12 ≈ 2^69,7 kemungkinan —
// cukup untuk sandi sekali pakai yang wajib diganti saat pertama masuk dan yang percobaan masuknya dibatasi.
import { randomInt } from "node:crypto";

export const HURUF_SANDI = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
export const POLA_SANDI_AWAL = /^[A-HJ-NP-Za-km-np-z2-9]{4}-[A-HJ-NP-Za-km-np-z2-9]{4}-[A-HJ-NP-Za-km-np-z2-9]{4}$/;

/** `acak(n)`: bilangan bulat seragam 0 ≤ x < n. */
export function buatSandiAwal(acak: (n: number) => number = randomInt): string {
  const kelompok = () => Array.from({ length: 4 }, () => HURUF_SANDI[acak(HURUF_SANDI.length)]!).join("");
  return `${kelompok()}-${kelompok()}-${kelompok()}`;
}
