// Huruf tertanam untuk semua dokumen PDF: Inter dari @fontsource/inter (WOFF; fontkit pada @react-pdf 4.9 membaca
// WOFF, jadi tidak perlu paket TTF). WOFF2 tidak dipakai: penyematan subset WOFF2 oleh fontkit gagal pada glif
// komposit ("Offset is outside the bounds of the DataView").
// @fontsource memecah huruf per subset Unicode: "latin" (ASCII, Latin-1: é, ü, ±, –) dan "latin-ext" (Ā, ḥ, Ṡ, …).
// Keduanya didaftarkan sebagai keluarga terpisah dan dipakai sebagai tumpukan huruf: textkit memilih per karakter
// huruf pertama yang memiliki glifnya ("Dr. Ir. Wayan Gede Ārya"). Simbol yang tidak ada pada subset Inter mana pun
// tetapi lazim pada target dan realisasi (≥, ≤, ≠, →, √, ✓) diambil dari Noto Sans Math (@fontsource/noto-sans-math,
// hanya tebal 400, didaftarkan untuk setiap tebal/miring: simbol dalam teks tebal tercetak normal).
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

const require = createRequire(import.meta.url);

/** Ketebalan yang dipakai gaya dokumen (gaya.ts: normal dan fontWeight 700); masing-masing terdaftar, juga miring. */
const KETEBALAN = [400, 700] as const;

export const KELUARGA_HURUF = ["Inter", "InterExt", "NotoSansMath"];

/** Berkas huruf dari paket; bila resolusi modul tidak tersedia (bundel), dari node_modules di direktori kerja. */
function berkas(paket: string, nama: string): string {
  const rel = `${paket}/files/${nama}`;
  try {
    return require.resolve(rel);
  } catch {
    const cadangan = path.join(process.cwd(), "node_modules", rel);
    if (existsSync(cadangan)) return cadangan;
    throw new Error(`Berkas huruf ${rel} tidak ditemukan; pasang ulang dependensi (npm install).`);
  }
}

const inter = (subset: "latin" | "latin-ext", tebal: number, gaya: "normal" | "italic") => berkas("@fontsource/inter", `inter-${subset}-${tebal}-${gaya}.woff`);

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
        { src: inter(subset, fontWeight, "normal"), fontWeight },
        { src: inter(subset, fontWeight, "italic"), fontWeight, fontStyle: "italic" as const },
      ]),
    });
  }
  // Satu berkas untuk setiap kombinasi tebal/miring: react-pdf menolak keluarga tanpa varian yang diminta.
  const math = berkas("@fontsource/noto-sans-math", "noto-sans-math-latin-400-normal.woff");
  Font.register({
    family: "NotoSansMath",
    fonts: KETEBALAN.flatMap((fontWeight) => [
      { src: math, fontWeight },
      { src: math, fontWeight, fontStyle: "italic" as const },
    ]),
  });
  // Kata sangat panjang tanpa spasi (URL, kode) dipotong per 24 karakter agar tidak keluar dari sel tabel.
  Font.registerHyphenationCallback((kata) => (kata.length > 24 ? (kata.match(/.{1,24}/gu) ?? [kata]) : [kata]));
}
