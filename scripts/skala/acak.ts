// Keacakan deterministik untuk data skala: aliran bilangan acak per kunci (ukuran, bagian, OPD) dan id UUID yang
// diturunkan dari kode instansi + pencacah, sehingga N yang sama selalu menghasilkan data yang sama.
import { createHash } from "node:crypto";

/** Hash 128 bit dari teks (cyrb128) sebagai benih sfc32. */
function cyrb128(s: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export type Acak = {
  /** [0, 1) */
  r: () => number;
  /** Bilangan bulat dalam [a, b]. */
  antara: (a: number, b: number) => number;
  pilih: <T>(xs: readonly T[]) => T;
  peluang: (p: number) => boolean;
  /** Salinan teracak (Fisher–Yates). */
  acakUrut: <T>(xs: readonly T[]) => T[];
};

/** Aliran acak sfc32 (state 128 bit) yang dibenihi dari kunci teks. */
export function acakDari(kunci: string): Acak {
  let [a, b, c, d] = cyrb128(kunci);
  const r = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) r();
  const antara = (x: number, y: number) => x + Math.floor(r() * (y - x + 1));
  return {
    r,
    antara,
    pilih: (xs) => xs[Math.floor(r() * xs.length)]!,
    peluang: (p) => r() < p,
    acakUrut: (xs) => {
      const y = [...xs];
      for (let i = y.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [y[i], y[j]] = [y[j]!, y[i]!];
      }
      return y;
    },
  };
}

/**
 * Pembuat UUID deterministik (versi 8, RFC 9562: isi ditentukan aplikasi): 60 bit awalan dari SHA-256 kode instansi,
 * lalu pencacah 60 bit. Unik di dalam satu instansi (pencacah) dan antarinstansi (awalan); berurutan, sehingga sisipan
 * ke indeks B-tree berlangsung di ujung kanan.
 */
export function pembuatId(kode: string): () => string {
  const h = createHash("sha256").update(`skala:${kode}`).digest("hex");
  const a = `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(12, 15)}-`;
  const varian = "89ab"[parseInt(h[15]!, 16) & 3];
  let n = 0;
  return () => {
    const c = (++n).toString(16).padStart(15, "0");
    return `${a}${varian}${c.slice(0, 3)}-${c.slice(3)}`;
  };
}

/** Kode verifikasi dokumen (Crockford base32, 4-4-4-4) yang deterministik dari kunci. */
export function kodeVerifikasi(kunci: string): string {
  const abjad = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const b = createHash("sha256").update(`skala-verifikasi:${kunci}`).digest();
  const s = Array.from(b.subarray(0, 16), (x) => abjad[x % 32]).join("");
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}`;
}
