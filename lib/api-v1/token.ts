// Token API (issue #16): bentuk "skp_<prefix>_<rahasia>", hash SHA-256 yang disimpan, cakupan sumber, dan aturan
// batas laju jendela tetap. Murni (tanpa Prisma, tanpa next/*); node:crypto hanya untuk acak dan hash.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const DAFTAR_CAKUPAN = ["PREDIKAT", "KELENGKAPAN", "SKP", "ORGANISASI"] as const;
export type CakupanApi = (typeof DAFTAR_CAKUPAN)[number];

export const LABEL_CAKUPAN_API: Readonly<Record<CakupanApi, string>> = {
  PREDIKAT: "Predikat kinerja (evaluasi final per periode dan tahunan)",
  KELENGKAPAN: "Kelengkapan pelaksanaan per periode",
  SKP: "Status SKP pegawai",
  ORGANISASI: "Organisasi (unit kerja, jabatan, pemangku)",
};

/** Jalur sumber /api/v1/<jalur> untuk setiap cakupan. */
export const JALUR_CAKUPAN: Readonly<Record<CakupanApi, string>> = {
  PREDIKAT: "predikat",
  KELENGKAPAN: "kelengkapan",
  SKP: "skp",
  ORGANISASI: "organisasi",
};

export const adalahCakupan = (x: unknown): x is CakupanApi => typeof x === "string" && (DAFTAR_CAKUPAN as readonly string[]).includes(x);

const POLA_TOKEN = /^skp_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;
/** Panjang token lengkap: "skp_" + 8 + "_" + 43. */
export const PANJANG_TOKEN = 56;

/** SHA-256 (hex) seluruh teks token. Token berentropi 256 bit, jadi hash tanpa garam/peregangan sudah cukup. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Token baru: prefix 8 hex (tampil di daftar) dan rahasia 32 bita acak (base64url). */
export function buatToken(acak: (n: number) => Buffer = randomBytes): { token: string; prefix: string; hash: string } {
  const prefix = acak(4).toString("hex");
  const token = `skp_${prefix}_${acak(32).toString("base64url")}`;
  return { token, prefix, hash: hashToken(token) };
}

/** Prefix token dari teks token; null bila bentuknya salah (tidak pernah melempar). */
export function uraiToken(teks: string | null | undefined): { prefix: string } | null {
  if (typeof teks !== "string" || teks.length !== PANJANG_TOKEN) return null;
  const m = POLA_TOKEN.exec(teks);
  return m ? { prefix: m[1]! } : null;
}

/** Token dari tajuk Authorization ("Bearer <token>", skema tak peka huruf besar); null bila tidak ada/salah bentuk. */
export function tokenDariTajuk(tajuk: string | null | undefined): string | null {
  if (!tajuk || tajuk.length > 200) return null;
  const m = /^Bearer +(\S+) *$/i.exec(tajuk);
  return m && uraiToken(m[1]) ? m[1]! : null;
}

/** Membandingkan hash tersimpan dengan hash token yang diberikan dalam waktu tetap. */
export function hashCocok(tersimpan: string, token: string): boolean {
  const a = Buffer.from(tersimpan, "hex");
  const b = Buffer.from(hashToken(token), "hex");
  return a.length === 32 && a.length === b.length && timingSafeEqual(a, b);
}

/** Jendela batas laju dalam detik. */
export const JENDELA_DETIK = 60;

/**
 * Keputusan batas laju jendela tetap setelah penghitung dinaikkan: `jumlah` permintaan sejak `mulai` (termasuk yang
 * ini). Ditolak bila melebihi `batas`; `cobaLagiDetik` = sisa jendela (dibulatkan ke atas, minimal 1) untuk Retry-After.
 */
export function putusanBatas(p: { jumlah: number; mulai: Date; sekarang: Date; batas: number; jendelaDetik?: number }): { boleh: true; sisa: number } | { boleh: false; cobaLagiDetik: number } {
  const jendela = (p.jendelaDetik ?? JENDELA_DETIK) * 1000;
  if (p.jumlah <= p.batas) return { boleh: true, sisa: p.batas - p.jumlah };
  const sisaMs = p.mulai.getTime() + jendela - p.sekarang.getTime();
  return { boleh: false, cobaLagiDetik: Math.min(p.jendelaDetik ?? JENDELA_DETIK, Math.max(1, Math.ceil(sisaMs / 1000))) };
}

/** Status token untuk daftar admin. */
export type StatusToken = "AKTIF" | "DICABUT";
export const LABEL_STATUS_TOKEN: Readonly<Record<StatusToken, string>> = { AKTIF: "Aktif", DICABUT: "Dicabut" };

/** Yang ditampilkan di daftar sebagai pengenal token (bukan rahasianya). */
export const tampilanPrefix = (prefix: string) => `skp_${prefix}_…`;
