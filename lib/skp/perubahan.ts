// Ringkasan "apa yang berubah" untuk log audit: perbandingan dangkal dua rekaman.
// - Date dibandingkan menurut nilainya (getTime), termasuk Date tidak sah yang dianggap sama.
// - Larik dan objek dibandingkan menurut JSON kanonik (urutan kunci objek tidak berpengaruh).
// - Kunci yang tidak ada dianggap bernilai undefined; kunci yang ditambah/dihapus ikut dilaporkan
//   (dengan `dari`/`ke` undefined), kecuali nilainya memang undefined di kedua sisi.

export type Perubahan = { kolom: string; dari: unknown; ke: unknown };

export type OpsiRingkas = {
  /** Kolom yang tidak perlu dicatat, mis. "diperbaruiPada". */
  abaikan?: readonly string[];
};

function kanonik(nilai: unknown): unknown {
  if (nilai instanceof Date) return Number.isNaN(nilai.getTime()) ? "Invalid Date" : nilai.toISOString();
  if (typeof nilai === "bigint") return `${nilai.toString()}n`;
  if (Array.isArray(nilai)) return nilai.map(kanonik);
  if (nilai !== null && typeof nilai === "object") {
    const hasil: Record<string, unknown> = {};
    for (const k of Object.keys(nilai).sort()) hasil[k] = kanonik((nilai as Record<string, unknown>)[k]);
    return hasil;
  }
  return nilai;
}

export function samaNilai(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (a instanceof Date || b instanceof Date) {
    if (!(a instanceof Date && b instanceof Date)) return false;
    const ta = a.getTime();
    const tb = b.getTime();
    return ta === tb || (Number.isNaN(ta) && Number.isNaN(tb));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return JSON.stringify(kanonik(a)) === JSON.stringify(kanonik(b));
}

/**
 * Kolom yang berubah dari `sebelum` ke `sesudah`, berurutan menurut kunci `sebelum` lalu kunci baru
 * dari `sesudah`.
 */
export function ringkasPerubahan(
  sebelum: Record<string, unknown>,
  sesudah: Record<string, unknown>,
  opsi: OpsiRingkas = {},
): Perubahan[] {
  const abaikan = new Set(opsi.abaikan ?? []);
  const kolom = [...new Set([...Object.keys(sebelum), ...Object.keys(sesudah)])];
  const hasil: Perubahan[] = [];
  for (const k of kolom) {
    if (abaikan.has(k)) continue;
    const dari = Object.hasOwn(sebelum, k) ? sebelum[k] : undefined;
    const ke = Object.hasOwn(sesudah, k) ? sesudah[k] : undefined;
    if (!samaNilai(dari, ke)) hasil.push({ kolom: k, dari, ke });
  }
  return hasil;
}
