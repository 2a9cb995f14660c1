// Daftar hari libur instansi (issue #15): label, peringatan akhir pekan, dan pembacaan tempelan massal
// "TTTT-BB-HH;Keterangan;jenis" per baris (csv-parse). Murni: tanpa Prisma, tanpa next/*.
import { parse } from "csv-parse/sync";
import { ZHariLibur } from "@/lib/progres-harian/schemas";
import { isoTanggal, namaHari, tanggalPanjang } from "@/lib/progres-harian/kalender";

export type JenisLibur = "LIBUR_NASIONAL" | "CUTI_BERSAMA" | "LIBUR_DAERAH";
export const DAFTAR_JENIS_LIBUR: readonly JenisLibur[] = ["LIBUR_NASIONAL", "CUTI_BERSAMA", "LIBUR_DAERAH"];
export const LABEL_JENIS_LIBUR: Readonly<Record<JenisLibur, string>> = {
  LIBUR_NASIONAL: "Libur nasional",
  CUTI_BERSAMA: "Cuti bersama",
  LIBUR_DAERAH: "Libur daerah",
};

/** Paling banyak baris dalam satu tempelan (satu tahun jarang lebih dari 30 hari libur). */
export const MAKS_BARIS_LIBUR = 100;

export const akhirPekan = (t: Date): boolean => t.getUTCDay() === 0 || t.getUTCDay() === 6;

/** "Sabtu, 14 Maret 2026". */
export const tanggalBerhari = (t: Date): string => `${namaHari(t)}, ${tanggalPanjang(t)}`;

/** Pesan peringatan bila tanggal libur jatuh pada Sabtu/Minggu (tetap boleh disimpan: tidak mengubah hitungan hari kerja). */
export const peringatanAkhirPekan = (t: Date): string | null =>
  akhirPekan(t) ? `${tanggalBerhari(t)} jatuh pada akhir pekan; hari itu memang bukan hari kerja, jadi tidak mengubah hitungan.` : null;

/** Teks jenis bebas → kode: "nasional", "Libur nasional", "LIBUR_NASIONAL", "cuti bersama", "daerah"…; kosong = libur nasional. */
export function bacaJenisLibur(s: string): JenisLibur | null {
  const t = s.trim().toLowerCase().replace(/[_\s-]+/g, " ");
  if (t === "" || t === "nasional" || t === "libur nasional") return "LIBUR_NASIONAL";
  if (t === "cuti" || t === "cuti bersama") return "CUTI_BERSAMA";
  if (t === "daerah" || t === "libur daerah") return "LIBUR_DAERAH";
  return null;
}

export type BarisLibur = { tanggal: Date; nama: string; jenis: JenisLibur };
export type GalatBarisLibur = { baris: number; pesan: string };
export type HasilBacaLibur = { ok: true; daftar: BarisLibur[]; peringatan: string[] } | { ok: false; galat: GalatBarisLibur[] };

/**
 * Tempelan "TTTT-BB-HH;Keterangan;jenis" (pemisah titik koma, koma atau tab; jenis boleh kosong) → daftar libur.
 * Semua atau tidak sama sekali: setiap baris yang salah dilaporkan dengan nomor barisnya. Baris kosong dan baris
 * yang diawali "#" dilewati; tanggal ganda dalam satu tempelan ditolak.
 */
export function bacaTempelanLibur(teks: string): HasilBacaLibur {
  const pemisah = teks.includes(";") ? ";" : teks.includes("\t") ? "\t" : ",";
  let rekaman: { record: string[]; info: { lines: number } }[];
  try {
    rekaman = parse(teks.replace(/^\uFEFF/, ""), { delimiter: pemisah, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true, comment: "#" }) as never;
  } catch (e) {
    const baris = (e as { lines?: number }).lines ?? 1;
    return { ok: false, galat: [{ baris, pesan: "Teks tidak dapat dibaca (periksa tanda kutip)." }] };
  }
  rekaman = rekaman.filter((r) => r.record.some((s) => s !== ""));
  if (rekaman.length === 0) return { ok: false, galat: [{ baris: 1, pesan: "Tempelkan paling sedikit satu baris TTTT-BB-HH;Keterangan;jenis." }] };
  if (rekaman.length > MAKS_BARIS_LIBUR) return { ok: false, galat: [{ baris: rekaman[MAKS_BARIS_LIBUR]!.info.lines, pesan: `Paling banyak ${MAKS_BARIS_LIBUR} baris sekaligus.` }] };
  const galat: GalatBarisLibur[] = [];
  const daftar: BarisLibur[] = [];
  const peringatan: string[] = [];
  const dilihat = new Map<string, number>();
  for (const { record, info } of rekaman) {
    const baris = info.lines;
    if (record.length > 3) {
      galat.push({ baris, pesan: `Terlalu banyak kolom (${record.length}); gunakan TTTT-BB-HH;Keterangan;jenis.` });
      continue;
    }
    const [tanggal = "", nama = "", jenisTeks = ""] = record;
    const jenis = bacaJenisLibur(jenisTeks);
    const r = ZHariLibur.safeParse({ tanggal, nama, jenis: jenis ?? "LIBUR_NASIONAL" });
    const pesan = r.success ? [] : r.error.issues.map((i) => i.message);
    if (jenis === null) pesan.push(`Jenis "${jenisTeks}" tidak dikenal (nasional, cuti bersama, atau daerah).`);
    if (!r.success || jenis === null) {
      galat.push({ baris, pesan: [...new Set(pesan)].join(" ") });
      continue;
    }
    const iso = isoTanggal(r.data.tanggal);
    const sebelum = dilihat.get(iso);
    if (sebelum !== undefined) {
      galat.push({ baris, pesan: `Tanggal ${iso} sudah ada di baris ${sebelum}.` });
      continue;
    }
    dilihat.set(iso, baris);
    const p = peringatanAkhirPekan(r.data.tanggal);
    if (p) peringatan.push(`Baris ${baris}: ${p}`);
    daftar.push(r.data);
  }
  return galat.length > 0 ? { ok: false, galat } : { ok: true, daftar, peringatan };
}

/** Galat baris → satu pesan per baris untuk kolom formulir. */
export const pesanGalatBaris = (g: readonly GalatBarisLibur[]): string[] => g.map((x) => `Baris ${x.baris}: ${x.pesan}`);
