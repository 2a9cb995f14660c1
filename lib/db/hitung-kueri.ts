// Penghitung kueri SQL untuk `npm run bench` (scripts/bench.ts). Aktif hanya bila SKP_HITUNG_KUERI=1 saat
// singleton lib/db.ts dibuat: klien lalu dibuat dengan event "query" Prisma (satu event per pernyataan SQL,
// termasuk setiap tingkat relasi bersarang), dan setiap event menambah penghitung ini. Tanpa variabel itu,
// lib/db.ts tidak berubah perilakunya. Bukan konfigurasi aplikasi (karena itu tidak lewat lib/env.ts).

/** Diperiksa sekali oleh lib/db.ts saat singleton dibuat. */
export function hitungKueriAktif(): boolean {
  return process.env.SKP_HITUNG_KUERI === "1";
}

// Di globalThis: di server Next setiap route dapat memuat salinan modul ini sendiri; penghitungnya tetap satu.
type Penghitung = { jumlah: number; catatan: string[] | null };
const KUNCI = Symbol.for("skp.hitung-kueri");
const p = ((globalThis as Record<symbol, unknown>)[KUNCI] ??= { jumlah: 0, catatan: null }) as Penghitung;

export function catatKueri(e: { query: string }): void {
  p.jumlah += 1;
  p.catatan?.push(e.query);
}

/** Jumlah kueri sejak reset terakhir. */
export function jumlahKueri(): number {
  return p.jumlah;
}

/** Mengenolkan penghitung; `simpanSql`: simpan juga teks SQL-nya (untuk mencari N+1). */
export function resetKueri(opts: { simpanSql?: boolean } = {}): void {
  p.jumlah = 0;
  p.catatan = opts.simpanSql ? [] : null;
}

/** Teks SQL yang dicatat sejak reset dengan `simpanSql`. */
export function sqlTercatat(): readonly string[] {
  return p.catatan ?? [];
}

