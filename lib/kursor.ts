// Kursor halaman keyset (bukan OFFSET): posisi baris terakhir yang ditampilkan, dikodekan base64url untuk URL.
// Murni. Kursor yang rusak/dipalsukan dibaca sebagai null (halaman pertama), tidak pernah melempar.
import { adalahUuid } from "@/lib/id";

const kode = (isi: unknown[]) => Buffer.from(JSON.stringify(isi), "utf8").toString("base64url");
function urai(s: string | undefined | null, maks = 600): unknown[] | null {
  if (!s || s.length > maks || !/^[A-Za-z0-9_-]+$/.test(s)) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/** Kursor daftar akun: urut (nama, id). */
export type KursorNama = { nama: string; id: string };
export const kodeKursorNama = (k: KursorNama) => kode(["n", k.nama, k.id]);
export function uraiKursorNama(s: string | undefined | null): KursorNama | null {
  const v = urai(s);
  if (!v || v.length !== 3 || v[0] !== "n" || typeof v[1] !== "string" || typeof v[2] !== "string") return null;
  if (v[1].length > 200 || !adalahUuid(v[2])) return null;
  return { nama: v[1], id: v[2] };
}

/** Kursor jejak audit: urut (created_at, id) menurun. id BIGINT sebagai teks desimal. */
export type KursorWaktu = { waktu: Date; id: bigint };
export const kodeKursorWaktu = (k: KursorWaktu) => kode(["w", k.waktu.getTime(), k.id.toString()]);
export function uraiKursorWaktu(s: string | undefined | null): KursorWaktu | null {
  const v = urai(s);
  if (!v || v.length !== 3 || v[0] !== "w" || typeof v[1] !== "number" || typeof v[2] !== "string") return null;
  if (!Number.isSafeInteger(v[1]) || v[1] < 0 || !/^[1-9]\d{0,18}$/.test(v[2])) return null;
  const id = BigInt(v[2]);
  if (id > 9_223_372_036_854_775_807n) return null;
  return { waktu: new Date(v[1]), id };
}

/** Kursor API v1 (/api/v1): posisi keyset pada kunci unik berupa satu atau lebih uuid, ditandai jenis sumbernya. */
export const kodeKursorId = (jenis: string, ids: readonly string[]) => kode([jenis, ...ids]);
export function uraiKursorId(s: string | undefined | null, jenis: string, jumlahId: number): string[] | null {
  const v = urai(s);
  if (!v || v.length !== jumlahId + 1 || v[0] !== jenis) return null;
  const ids = v.slice(1);
  return ids.every((x): x is string => typeof x === "string" && adalahUuid(x)) ? ids : null;
}

/** Kursor daftar notifikasi: urut (created_at, id uuid) menurun. */
export type KursorNotifikasi = { waktu: Date; id: string };
export const kodeKursorNotifikasi = (k: KursorNotifikasi) => kode(["t", k.waktu.getTime(), k.id]);
export function uraiKursorNotifikasi(s: string | undefined | null): KursorNotifikasi | null {
  const v = urai(s);
  if (!v || v.length !== 3 || v[0] !== "t" || typeof v[1] !== "number" || typeof v[2] !== "string") return null;
  if (!Number.isSafeInteger(v[1]) || v[1] < 0 || !adalahUuid(v[2])) return null;
  return { waktu: new Date(v[1]), id: v[2] };
}
