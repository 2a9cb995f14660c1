// Huruf tertanam untuk semua dokumen PDF: Inter dari @fontsource/inter (WOFF; fontkit pada @react-pdf 4.9 membaca
// WOFF, jadi tidak perlu paket TTF tambahan). @fontsource memecah huruf per subset Unicode: "latin" (ASCII, Latin-1:
// é, ü) dan "latin-ext" (Ā, ā, ş, …). Keduanya didaftarkan sebagai dua keluarga dan dipakai sebagai tumpukan
// huruf: textkit memilih per karakter huruf pertama yang memiliki glifnya ("Dr. Ir. Wayan Gede Ārya").
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

const require = createRequire(import.meta.url);

/** Ketebalan yang dipakai gaya dokumen; setiap ketebalan harus terdaftar agar tidak jatuh ke huruf lain. */
const KETEBALAN = [400, 700] as const;

export const KELUARGA_HURUF = ["Inter", "InterExt"];

const berkas = (subset: "latin" | "latin-ext", tebal: number, gaya: "normal" | "italic") =>
  require.resolve(`@fontsource/inter/files/inter-${subset}-${tebal}-${gaya}.woff`);

let terdaftar = false;

/** Mendaftarkan huruf sekali per proses. Pemenggalan kata dimatikan: pola bahasa Inggris bawaan salah untuk teks Indonesia. */
export function daftarkanHuruf(): void {
  if (terdaftar) return;
  terdaftar = true;
  for (const [family, subset] of [
    ["Inter", "latin"],
    ["InterExt", "latin-ext"],
  ] as const) {
    Font.register({
      family,
      fonts: KETEBALAN.flatMap((fontWeight) => [
        { src: berkas(subset, fontWeight, "normal"), fontWeight },
        { src: berkas(subset, fontWeight, "italic"), fontWeight, fontStyle: "italic" as const },
      ]),
    });
  }
  // Kata sangat panjang tanpa spasi (URL, kode) dipotong per 24 karakter agar tidak keluar dari sel tabel.
  Font.registerHyphenationCallback((kata) => (kata.length > 24 ? (kata.match(/.{1,24}/gu) ?? [kata]) : [kata]));
}
