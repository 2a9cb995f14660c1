// Potongan skema zod untuk isian formulir, dipakai semua skema masukan. Pesan dalam Bahasa Indonesia.
import { z } from "zod";

/** String kosong (atau null) dari formulir dianggap tidak diisi. */
export const opsional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());

export const id = (label: string) => z.uuid({ error: `${label} tidak sah.` });

export const teks = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} maksimal ${max} karakter.`);

/** Angka opsional ≥ 0; menerima penulisan Indonesia ("1.250,5"). */
export const angka = (label: string) =>
  opsional(
    z.preprocess(
      (v) => (typeof v === "string" ? Number(v.replace(/\./g, "").replace(",", ".")) : v),
      z.number({ error: `${label} harus berupa angka.` }).finite(`${label} harus berupa angka.`).min(0, `${label} tidak boleh negatif.`),
    ),
  );
