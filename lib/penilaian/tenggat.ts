// Tenggat keberatan (skp-domain.md §7: 14 hari sejak diterima, PP 30/2019 Pasal 59). Murni.
// Hari kalender (bawaan) atau hari kerja (Senin–Jumat, di luar daftar libur instansi), dapat diatur per instansi.
// Hari penerimaan = tanggal penilaian difinalkan di zona waktu instansi; tenggat = akhir hari ke-N sesudahnya.

export type JenisHari = "KALENDER" | "KERJA";
export type AturanTenggat = { hari: number; jenis: JenisHari };

export const ATURAN_TENGGAT_BAWAAN: AturanTenggat = { hari: 14, jenis: "KALENDER" };

export const LABEL_JENIS_HARI: Readonly<Record<JenisHari, string>> = { KALENDER: "hari kalender", KERJA: "hari kerja" };

/** Selisih zona waktu dari UTC dalam menit pada saat tertentu (Asia/Jakarta = +420). */
function selisihZona(saat: Date, zona: string): number {
  const bagian = new Intl.DateTimeFormat("en-US", { timeZone: zona, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(saat);
  const n = (t: string) => Number(bagian.find((b) => b.type === t)!.value);
  const lokal = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"));
  return Math.round((lokal - Math.floor(saat.getTime() / 60000) * 60000) / 60000);
}

/** Tanggal (UTC tengah malam) dari suatu saat di zona waktu itu. */
export function tanggalLokal(saat: Date, zona: string): Date {
  const lokal = new Date(saat.getTime() + selisihZona(saat, zona) * 60000);
  return new Date(Date.UTC(lokal.getUTCFullYear(), lokal.getUTCMonth(), lokal.getUTCDate()));
}

const iso = (t: Date) => t.toISOString().slice(0, 10);

export function hariKerja(t: Date, libur: ReadonlySet<string>): boolean {
  const d = t.getUTCDay();
  return d !== 0 && d !== 6 && !libur.has(iso(t));
}

/** Hari terakhir (tanggal, inklusif) pengajuan keberatan. `libur`: tanggal "YYYY-MM-DD". */
export function hariTerakhirKeberatan(finalAt: Date, aturan: AturanTenggat, zona = "Asia/Jakarta", libur: readonly string[] = []): Date {
  if (!Number.isInteger(aturan.hari) || aturan.hari < 1) throw new RangeError("Tenggat keberatan minimal 1 hari.");
  const awal = tanggalLokal(finalAt, zona);
  if (aturan.jenis === "KALENDER") return new Date(awal.getTime() + aturan.hari * 86_400_000);
  const set = new Set(libur);
  let t = awal;
  for (let n = 0; n < aturan.hari; ) {
    t = new Date(t.getTime() + 86_400_000);
    if (hariKerja(t, set)) n++;
  }
  return t;
}

/** Keberatan masih dapat diajukan pada saat `sekarang`: sampai akhir hari terakhir di zona waktu instansi. */
export function keberatanTerbuka(sekarang: Date, hariTerakhir: Date, zona = "Asia/Jakarta"): boolean {
  return tanggalLokal(sekarang, zona).getTime() <= hariTerakhir.getTime();
}
