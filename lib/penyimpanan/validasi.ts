// Validasi unggahan bukti dukung. Modul MURNI (tanpa node:fs, tanpa "server-only"): dipakai oleh route unggah,
// layanan, skrip, dan uji. Jenis berkas selalu ditentukan dari ISI (magic bytes, lewat file-type), tidak pernah
// dari nama berkas atau MIME kiriman peramban.
import { fileTypeFromBuffer } from "file-type/core";

/** Jenis berkas yang boleh diunggah sebagai bukti dukung. `ekstensi` = ekstensi kanonis (sama dengan file-type). */
export const JENIS_DIIZINKAN = [
  { mime: "application/pdf", ekstensi: "pdf", label: "Dokumen PDF" },
  { mime: "image/jpeg", ekstensi: "jpg", label: "Gambar JPEG" },
  { mime: "image/png", ekstensi: "png", label: "Gambar PNG" },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ekstensi: "docx",
    label: "Dokumen Word (DOCX)",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ekstensi: "xlsx",
    label: "Lembar kerja Excel (XLSX)",
  },
] as const;

export type JenisBerkas = (typeof JENIS_DIIZINKAN)[number];

/** Nilai atribut `accept` untuk `<input type="file">` (hanya petunjuk bagi peramban; server tetap memeriksa isi). */
export const TERIMA_INPUT = [".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ...JENIS_DIIZINKAN.map((j) => j.mime)].join(",");

const DAFTAR_JENIS = "PDF, JPG/PNG, DOCX atau XLSX";
const BATAS_BAWAAN_MB = 10;
const SATU_MB = 1024 * 1024;

export type HasilPeriksa =
  | { ok: true; mime: string; ekstensi: string; namaAman: string; ukuran: number }
  | { ok: false; pesan: string };

function formatMb(bytes: number): string {
  const mb = bytes / SATU_MB;
  return Number.isInteger(mb) ? String(mb) : mb.toLocaleString("id-ID", { maximumFractionDigits: 1 });
}

/**
 * Jenis markup berbasis teks (HTML/SVG/XML) dikenali dari awal isi. file-type tidak mengenali HTML sama sekali dan
 * hanya mengenali SVG sebagai "xml" bila diawali deklarasi `<?xml`; keduanya dapat memuat skrip sehingga ditolak
 * dengan pesan yang jelas.
 */
function jenisMarkup(bytes: Uint8Array): "HTML" | "SVG" | "XML" | null {
  const awal = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .replace(/\u0000/g, "") // UTF-16 sederhana
    .trimStart()
    .toLowerCase();
  if (!awal.startsWith("<")) return null;
  if (/<svg[\s>/]/.test(awal)) return "SVG";
  if (/<!doctype\s+html|<(html|head|body|script|iframe|meta|title|div|a|img|style)[\s>/]/.test(awal)) return "HTML";
  return "XML";
}

/**
 * Memeriksa berkas unggahan: tidak kosong, tidak melebihi `batasBytes`, dan ISInya benar-benar salah satu
 * JENIS_DIIZINKAN. Bila lolos, mengembalikan MIME & ekstensi hasil deteksi serta nama aman untuk disimpan/diunduh.
 */
export async function periksaBerkas(args: { nama: string; bytes: Uint8Array; batasBytes: number }): Promise<HasilPeriksa> {
  const { bytes, batasBytes } = args;
  const ukuran = bytes.byteLength;
  if (ukuran === 0) return { ok: false, pesan: "Berkas kosong." };
  if (ukuran > batasBytes) return { ok: false, pesan: `Berkas melebihi batas ${formatMb(batasBytes)} MB.` };

  let terdeteksi: { ext: string; mime: string } | undefined;
  try {
    terdeteksi = await fileTypeFromBuffer(bytes);
  } catch {
    terdeteksi = undefined; // berkas rusak yang membuat pengurai gagal diperlakukan sebagai tak dikenali
  }

  if (!terdeteksi || terdeteksi.ext === "xml") {
    const markup = jenisMarkup(bytes);
    if (markup) {
      return {
        ok: false,
        pesan: `Isi berkas bukan ${DAFTAR_JENIS} (terdeteksi: ${markup}). Berkas HTML/SVG/XML tidak diizinkan karena dapat memuat skrip.`,
      };
    }
  }
  if (!terdeteksi) {
    return { ok: false, pesan: `Jenis berkas tidak dikenali. Unggah berkas ${DAFTAR_JENIS}.` };
  }

  const jenis = JENIS_DIIZINKAN.find((j) => j.mime === terdeteksi.mime && j.ekstensi === terdeteksi.ext);
  if (!jenis) {
    return { ok: false, pesan: `Isi berkas bukan ${DAFTAR_JENIS} (terdeteksi: ${terdeteksi.ext.toUpperCase()}).` };
  }

  return { ok: true, mime: jenis.mime, ekstensi: jenis.ekstensi, namaAman: sanitasiNamaBerkas(args.nama, jenis.ekstensi), ukuran };
}

// ─── Nama berkas ──────────────────────────────────────────────────────────────────────────────

const PANJANG_MAKS_NAMA = 120;
const NAMA_CADANGAN = "berkas";
/** Nama perangkat Windows yang tidak boleh menjadi nama berkas (juga dengan ekstensi apa pun). */
const NAMA_TERLARANG_WINDOWS = /^(con|prn|aux|nul|clock\$|com[0-9]|lpt[0-9]|conin\$|conout\$)$/i;

function rapikan(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/\.{2,}/g, ".")
    .replace(/^[\s.\-]+/, "")
    .replace(/[\s.]+$/, "");
}

/**
 * Nama berkas yang aman untuk disimpan & dikirim di header unduhan: tanpa path (/ maupun \), tanpa "..", tanpa
 * karakter kendali/format (termasuk NUL dan penanda arah teks), tanpa titik di awal, bukan nama perangkat Windows;
 * hanya huruf (Unicode), angka, spasi, dan -_.() ; paling panjang 120 karakter; ekstensinya selalu ekstensi hasil
 * deteksi isi ("laporan.exe" terdeteksi PDF → "laporan.pdf").
 */
export function sanitasiNamaBerkas(nama: string, ekstensi: string): string {
  const ext = (ekstensi ?? "").toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 10) || "bin";

  // NFKC: "／" (full-width) menjadi "/", "COM¹" menjadi "COM1", dst., sebelum diperiksa.
  let s = String(nama ?? "").normalize("NFKC");
  // Hanya komponen terakhir path (Unix maupun Windows).
  const bagian = s.split(/[\\/]/);
  s = bagian[bagian.length - 1] ?? "";
  // Karakter kendali (Cc: termasuk NUL, CR, LF, TAB) → spasi; karakter format (Cf: RLO, zero-width, ...) dibuang.
  s = s.replace(/\p{Cc}/gu, " ").replace(/\p{Cf}/gu, "");
  // Hanya huruf, tanda diakritik, angka, spasi, dan -_.() yang dipertahankan.
  s = s.replace(/\s/gu, " ").replace(/[^\p{L}\p{M}\p{N} \-_.()]/gu, "");
  s = rapikan(s);

  // Buang ekstensi asal (bagian setelah titik terakhir bila tampak seperti ekstensi: huruf ASCII lalu ≤4 huruf/angka;
  // "Laporan v1.2" tetap utuh).
  const titik = s.lastIndexOf(".");
  if (titik > 0 && /^[a-z][a-z0-9]{0,4}$/i.test(s.slice(titik + 1))) s = s.slice(0, titik);
  s = rapikan(s);

  // Nama perangkat Windows (CON, NUL, COM1, ...) — dicek pada bagian sebelum titik pertama.
  const dasar = s.split(".")[0]?.trim() ?? "";
  if (NAMA_TERLARANG_WINDOWS.test(dasar)) s = `${NAMA_CADANGAN}-${s}`;

  // Batas panjang total (dihitung per code point agar pasangan surrogate tidak terpotong).
  const maksBatang = PANJANG_MAKS_NAMA - (ext.length + 1);
  const kar = Array.from(s);
  if (kar.length > maksBatang) s = rapikan(kar.slice(0, maksBatang).join(""));

  if (!s) s = NAMA_CADANGAN;
  return `${s}.${ext}`;
}

// ─── Batas ukuran ─────────────────────────────────────────────────────────────────────────────

/** Bilangan bulat MB dalam [min, maks] dari teks variabel lingkungan, dalam byte; selain itu `bawaan`. */
function mbDariEnv(mentah: string | undefined, min: number, maks: number, bawaan: number): number {
  const t = mentah?.trim() ?? "";
  const n = /^\d{1,9}$/.test(t) ? Number(t) : NaN;
  return (Number.isInteger(n) && n >= min && n <= maks ? n : bawaan) * SATU_MB;
}

/** Batas ukuran unggahan (byte) dari SKP_BATAS_UNGGAH_MB: bilangan bulat 1–100, selain itu bawaan 10 MB. */
export function batasUnggahBytes(env: Record<string, string | undefined>): number {
  return mbDariEnv(env.SKP_BATAS_UNGGAH_MB, 1, 100, BATAS_BAWAAN_MB);
}

export const KUOTA_BUKTI_BAWAAN_MB = 500;
const KUOTA_BUKTI_MAKS_MB = 1_000_000;

/**
 * Kuota bukti dukung (byte) per pegawai per tahun kinerja dari SKP_KUOTA_BUKTI_MB: bilangan bulat
 * 1–1.000.000, selain itu bawaan 500 MB.
 */
export function kuotaBuktiBytes(env: Record<string, string | undefined>): number {
  return mbDariEnv(env.SKP_KUOTA_BUKTI_MB, 1, KUOTA_BUKTI_MAKS_MB, KUOTA_BUKTI_BAWAAN_MB);
}

/**
 * Kuota bukti dukung: `terpakaiBytes` = jumlah ukuran berkas bukti pegawai pada tahun itu TERMASUK berkas baru
 * (`ukuranBaru`, baris sudah dicatat sebelum diperiksa agar unggahan serentak saling terlihat).
 */
export function periksaKuotaBukti(args: { terpakaiBytes: number; ukuranBaru: number; kuotaBytes: number; tahun: number }): { ok: true } | { ok: false; pesan: string } {
  if (args.terpakaiBytes <= args.kuotaBytes) return { ok: true };
  const sebelum = Math.max(0, args.terpakaiBytes - args.ukuranBaru);
  return {
    ok: false,
    pesan: `Kuota bukti dukung tahun ${args.tahun} (${formatMb(args.kuotaBytes)} MB) tidak cukup: sudah terpakai ${formatMb(sebelum)} MB, berkas ini ${formatMb(args.ukuranBaru)} MB. Hapus bukti yang tidak diperlukan atau hubungi admin BKD.`,
  };
}

// ─── Header unduhan ───────────────────────────────────────────────────────────────────────────

/** RFC 5987 attr-char: selain ALPHA/DIGIT/!#$&+-.^_`|~ di-percent-encode (UTF-8). */
function encodeRfc5987(s: string): string {
  return encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Cadangan ASCII untuk `filename=`: huruf berdiakritik dilepas tandanya, sisanya yang non-ASCII/berbahaya → "_". */
function cadanganAscii(s: string): string {
  const a = s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7E]/g, "_")
    .replace(/["\\%;]/g, "_")
    .trim();
  return a || NAMA_CADANGAN;
}

/**
 * Header respons unduhan bukti: selalu sebagai lampiran (RFC 6266, nama UTF-8 lewat filename* RFC 5987), tanpa
 * MIME sniffing, dan dalam sandbox CSP sehingga berkas tidak pernah dieksekusi sebagai halaman di origin aplikasi.
 * `mime` adalah MIME hasil deteksi yang tersimpan; nilai di luar JENIS_DIIZINKAN diganti application/octet-stream.
 */
export function headerUnduh(namaAman: string, mime: string): Record<string, string> {
  // Nama dari basis data dianggap tidak tepercaya: buang CR/LF & karakter kendali lain sebelum dimasukkan ke header.
  const nama = String(namaAman ?? "").replace(/[\p{Cc}\p{Cf}]/gu, "").trim() || NAMA_CADANGAN;
  const jenis = JENIS_DIIZINKAN.find((j) => j.mime === mime);
  return {
    "Content-Type": jenis ? jenis.mime : "application/octet-stream",
    "Content-Disposition": `attachment; filename="${cadanganAscii(nama)}"; filename*=UTF-8''${encodeRfc5987(nama)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  };
}
