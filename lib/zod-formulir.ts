// Potongan skema zod untuk isian formulir, dipakai semua skema masukan. Pesan dalam Bahasa Indonesia.
// Teks dibersihkan dari karakter kendali di satu tempat (lib/teks.ts); angka dibaca ketat (lib/angka.ts) dan
// dibatasi sesuai kolom basis datanya.
import { z } from "zod";
import { bacaAngka, BATAS_ANGKA, jumlahDesimal } from "@/lib/angka";
import { formatAngka } from "@/lib/angka-tampil";
import { bersihkanTeks } from "@/lib/teks";

/** String kosong (atau null) dari formulir dianggap tidak diisi. */
export const opsional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());

export const id = (label: string) => z.uuid({ error: `${label} tidak sah.` });

const bersih = (multiBaris: boolean) => (v: unknown) => (typeof v === "string" ? bersihkanTeks(v, { multiBaris }) : v);

/** Teks wajib min–max karakter (dihitung setelah dibersihkan dan dipangkas). */
export const teks = (label: string, min: number, max: number, opsi: { multiBaris?: boolean } = {}) =>
  z.preprocess(
    bersih(opsi.multiBaris ?? false),
    z
      .string({ error: `${label} wajib diisi.` })
      .trim()
      .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
      .max(max, `${label} maksimal ${max} karakter.`),
  );

/** Teks bebas yang boleh kosong (mis. alasan, ekspektasi, isi sel matriks): dibersihkan, dipangkas, dibatasi. */
export const teksBebas = (label: string, max: number, opsi: { multiBaris?: boolean } = { multiBaris: true }) =>
  z.preprocess(bersih(opsi.multiBaris ?? true), z.string({ error: `${label} tidak sah.` }).trim().max(max, `${label} maksimal ${max} karakter.`));

/**
 * Angka opsional menurut penulisan Indonesia (lihat bacaAngka), dibatasi kolom NUMERIC(18,4): bawaan 0 s.d.
 * 99.999.999.999.999 dengan paling banyak 4 angka di belakang koma. Angka dari JSON (bukan teks) juga diperiksa.
 */
export const angka = (label: string, opsi: { min?: number; maks?: number; desimal?: number } = {}) => {
  const min = opsi.min ?? 0;
  const maks = opsi.maks ?? BATAS_ANGKA.maks;
  const desimal = opsi.desimal ?? BATAS_ANGKA.desimal;
  return opsional(
    z.unknown().transform((v, ctx) => {
      let n: number;
      if (typeof v === "number") n = v;
      else if (typeof v === "string") {
        const r = bacaAngka(v);
        if (!r.ok) {
          ctx.addIssue({ code: "custom", message: `${label} tidak dapat dibaca. ${r.alasan}` });
          return z.NEVER;
        }
        n = r.nilai;
      } else {
        ctx.addIssue({ code: "custom", message: `${label} harus berupa angka.` });
        return z.NEVER;
      }
      if (!Number.isFinite(n)) ctx.addIssue({ code: "custom", message: `${label} harus berupa angka.` });
      else if (n < min) ctx.addIssue({ code: "custom", message: min === 0 ? `${label} tidak boleh negatif.` : `${label} minimal ${formatAngka(min)}.` });
      else if (n > maks) ctx.addIssue({ code: "custom", message: `${label} maksimal ${formatAngka(maks)}.` });
      else if (jumlahDesimal(n) > desimal) ctx.addIssue({ code: "custom", message: `${label} paling banyak ${desimal} angka di belakang koma.` });
      else return n;
      return z.NEVER;
    }),
  );
};

/** Tanggal ISO "YYYY-MM-DD" dari <input type="date"> → Date UTC tengah malam (tahun 2000–2100). */
export const tanggal = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} tidak sah.`)
    .transform((t) => new Date(`${t}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, `${label} tidak sah.`);
