// Membaca berkas impor (.xlsx lewat exceljs, .csv lewat csv-parse) menjadi baris sel mentah per kolom yang dikenali.
// Murni (tanpa Prisma, tanpa next/*). Galat tingkat berkas (jenis, ukuran, kosong, judul kolom) sebagai pesan Indonesia.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { periksaZip } from "@/lib/penyimpanan/zip-aman";
import { nilaiSel, rapikanTeks } from "@/lib/pelaksanaan/excel";
import { KOLOM, JUDUL_KOLOM, MAKS_BARIS, MAKS_BYTES, MAKS_TERURAI, kenaliJudul, type KunciKolom } from "./kolom";

/** Nilai sel setelah dinormalkan: teks (sudah dirapikan), angka, tanggal (UTC), atau null (kosong). */
export type Sel = string | number | Date | null;

export type BarisMentah = { nomor: number; sel: Partial<Record<KunciKolom, Sel>> };

export type TabelImpor = {
  format: "xlsx" | "csv";
  /** Kolom yang ada di baris judul berkas. */
  kolom: KunciKolom[];
  baris: BarisMentah[];
};

export type HasilBaca = { ok: true; tabel: TabelImpor } | { ok: false; pesan: string };

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
export const PESAN_BERKAS = {
  kosong: "Berkas kosong (0 byte). Pilih berkas .xlsx atau .csv yang berisi data.",
  terlaluBesar: `Berkas melebihi batas ${MB(MAKS_BYTES)}. Bagi menjadi beberapa berkas (mis. per OPD).`,
  jenis: "Jenis berkas tidak didukung. Unggah berkas Excel (.xlsx) atau CSV (.csv) dengan format templat impor.",
  xlsLama: "Format Excel lama (.xls) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx (Buku Kerja Excel) atau .csv.",
  xlsxRusak: "Berkas Excel (.xlsx) tidak dapat dibaca: mungkin rusak atau terlindung kata sandi. Buka di Excel, simpan ulang, lalu unggah kembali.",
  xlsxBesar: "Isi berkas Excel terlalu besar setelah diurai. Bagi menjadi beberapa berkas.",
  csvRusak: "Berkas CSV tidak dapat dibaca (tanda kutip tidak seimbang atau susunan kolom rusak).",
  tanpaJudul: `Baris judul kolom tidak ditemukan. Baris pertama berkas harus berisi judul kolom templat (mis. ${KOLOM.slice(0, 4).map((k) => k.judul).join(", ")}, …). Unduh templat dari halaman ini.`,
  tanpaData: "Berkas tidak berisi baris data di bawah baris judul kolom.",
  terlaluBanyak: `Berkas berisi lebih dari ${MAKS_BARIS.toLocaleString("id-ID")} baris data. Bagi menjadi beberapa berkas (mis. per OPD).`,
} as const;

function formatDari(nama: string, bytes: Uint8Array): "xlsx" | "csv" | "xls" | null {
  const ext = nama.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole) return "xls";
  if (zip) return ext === "xlsx" || ext === "" ? "xlsx" : null;
  if (ext === "xlsx" || ext === "xls") return null;
  if (ext !== "csv" && ext !== "txt" && ext !== "") return null;
  // Teks: tanpa NUL di 8 KB pertama.
  for (let i = 0; i < Math.min(bytes.length, 8192); i++) if (bytes[i] === 0) return null;
  return "csv";
}

/** Baris judul → peta indeks kolom (0-based) ke kunci; galat bila judul ganda atau kolom wajib tidak ada. */
function petaJudul(judul: string[]): { ok: true; peta: Map<number, KunciKolom> } | { ok: false; pesan: string } {
  const peta = new Map<number, KunciKolom>();
  const dilihat = new Map<KunciKolom, string>();
  judul.forEach((j, i) => {
    const k = kenaliJudul(j);
    if (!k) return;
    if (dilihat.has(k)) return;
    dilihat.set(k, j);
    peta.set(i, k);
  });
  const ganda = judul.filter((j, i) => {
    const k = kenaliJudul(j);
    return k && peta.get(i) !== k;
  });
  if (ganda.length > 0) return { ok: false, pesan: `Judul kolom ganda: ${ganda.map((g) => `"${g}"`).join(", ")} (kolom yang sama tertulis lebih dari sekali).` };
  const hilang = KOLOM.filter((k) => k.wajib && !dilihat.has(k.kunci)).map((k) => k.judul);
  if (hilang.length > 0) {
    return { ok: false, pesan: `Kolom wajib tidak ada di baris judul: ${hilang.join(", ")}. Periksa ejaan judul kolom atau unduh templat dari halaman ini.` };
  }
  return { ok: true, peta };
}

const JUMLAH_JUDUL_MIN = 3;

function normalSelTeks(s: string): string | null {
  const t = rapikanTeks(s).replace(/\n+/g, " ");
  return t === "" ? null : t;
}

// ─── XLSX ───────────────────────────────────────────────────────────────────────────────────

function selXlsx(v: unknown): Sel | { galat: string } {
  const n = nilaiSel(v);
  switch (n.jenis) {
    case "kosong":
      return null;
    case "teks":
      return normalSelTeks(n.teks);
    case "angka":
      return n.angka;
    case "boolean":
      return n.nilai ? "TRUE" : "FALSE";
    case "tanggal":
      return n.tanggal;
    case "galat":
      return { galat: `sel berisi galat Excel ${n.kode}` };
    case "rumus-tanpa-hasil":
      return { galat: "sel berisi rumus tanpa hasil tersimpan (buka dan simpan ulang di Excel)" };
    default:
      return { galat: "isi sel tidak dikenali" };
  }
}

async function bacaXlsx(bytes: Uint8Array): Promise<HasilBaca> {
  const zip = await periksaZip(bytes, { maksTerurai: MAKS_TERURAI, maksEntri: 5000 });
  if (!zip.ok) return { ok: false, pesan: zip.jenis === "terlalu-besar" ? PESAN_BERKAS.xlsxBesar : PESAN_BERKAS.xlsxRusak };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, pesan: PESAN_BERKAS.xlsxRusak };
  }
  // Lembar data: lembar pertama yang baris judulnya (dalam 10 baris pertama) memuat ≥ 3 judul yang dikenali.
  for (const ws of wb.worksheets) {
    for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
      const row = ws.getRow(r);
      const judul: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const v = selXlsx(row.getCell(c).value);
        judul.push(typeof v === "string" ? v : "");
      }
      if (judul.filter((j) => kenaliJudul(j)).length < JUMLAH_JUDUL_MIN) continue;
      const p = petaJudul(judul);
      if (!p.ok) return p;
      if (ws.rowCount - r > MAKS_BARIS + 1000) return { ok: false, pesan: PESAN_BERKAS.terlaluBanyak };
      const baris: BarisMentah[] = [];
      const galatSel: string[] = [];
      for (let i = r + 1; i <= ws.rowCount; i++) {
        const row = ws.getRow(i);
        if (!row.hasValues) continue;
        const sel: BarisMentah["sel"] = {};
        let ada = false;
        for (const [idx, k] of p.peta) {
          const v = selXlsx(row.getCell(idx + 1).value);
          if (v !== null && typeof v === "object" && !(v instanceof Date)) {
            galatSel.push(`baris ${i}, kolom ${JUDUL_KOLOM[k]}: ${v.galat}`);
            sel[k] = null;
            ada = true;
            continue;
          }
          sel[k] = v;
          if (v !== null) ada = true;
        }
        if (!ada) continue;
        baris.push({ nomor: i, sel });
        if (baris.length > MAKS_BARIS) return { ok: false, pesan: PESAN_BERKAS.terlaluBanyak };
      }
      if (galatSel.length > 0) return { ok: false, pesan: `Sel yang tidak dapat dibaca: ${galatSel.slice(0, 5).join("; ")}${galatSel.length > 5 ? ` (dan ${galatSel.length - 5} lagi)` : ""}.` };
      if (baris.length === 0) return { ok: false, pesan: PESAN_BERKAS.tanpaData };
      return { ok: true, tabel: { format: "xlsx", kolom: [...p.peta.values()], baris } };
    }
  }
  return { ok: false, pesan: PESAN_BERKAS.tanpaJudul };
}

// ─── CSV ────────────────────────────────────────────────────────────────────────────────────

function dekodeTeks(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Ekspor Excel "CSV (dipisahkan koma)" di Windows: Windows-1252.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Pemisah dari baris pertama: titik koma (Excel berlokal Indonesia), tab atau koma — yang paling banyak. */
export function tebakPemisah(baris: string): "," | ";" | "\t" {
  const hitung = (c: string) => baris.split(c).length - 1;
  const calon = ([";", "\t", ","] as const).map((c) => [c, hitung(c)] as const).sort((a, b) => b[1] - a[1]);
  return calon[0]![1] > 0 ? calon[0]![0] : ",";
}

function bacaCsv(bytes: Uint8Array): HasilBaca {
  const teks = dekodeTeks(bytes).replace(/^\uFEFF/, "");
  const pertama = teks.slice(0, teks.search(/\r?\n|$/));
  let rekaman: string[][];
  try {
    rekaman = parse(teks, { delimiter: tebakPemisah(pertama), relax_column_count: true, skip_empty_lines: true, bom: true, to: MAKS_BARIS + 2 }) as string[][];
  } catch {
    return { ok: false, pesan: PESAN_BERKAS.csvRusak };
  }
  const idxJudul = rekaman.findIndex((r, i) => i < 10 && r.filter((j) => kenaliJudul(j)).length >= JUMLAH_JUDUL_MIN);
  if (idxJudul < 0) return { ok: false, pesan: PESAN_BERKAS.tanpaJudul };
  const p = petaJudul(rekaman[idxJudul]!.map((j) => normalSelTeks(j) ?? ""));
  if (!p.ok) return p;
  const data = rekaman.slice(idxJudul + 1);
  if (data.length > MAKS_BARIS) return { ok: false, pesan: PESAN_BERKAS.terlaluBanyak };
  const baris: BarisMentah[] = [];
  data.forEach((r, i) => {
    const sel: BarisMentah["sel"] = {};
    let ada = false;
    for (const [idx, k] of p.peta) {
      const v = normalSelTeks(r[idx] ?? "");
      sel[k] = v;
      if (v !== null) ada = true;
    }
    if (ada) baris.push({ nomor: idxJudul + i + 2, sel });
  });
  if (baris.length === 0) return { ok: false, pesan: PESAN_BERKAS.tanpaData };
  return { ok: true, tabel: { format: "csv", kolom: [...p.peta.values()], baris } };
}

/** Membaca berkas unggahan. `nama` hanya dipakai untuk ekstensinya; isi berkas yang menentukan. */
export async function bacaBerkasImpor(nama: string, bytes: Uint8Array): Promise<HasilBaca> {
  if (bytes.byteLength === 0) return { ok: false, pesan: PESAN_BERKAS.kosong };
  if (bytes.byteLength > MAKS_BYTES) return { ok: false, pesan: PESAN_BERKAS.terlaluBesar };
  const f = formatDari(nama, bytes);
  if (f === "xls") return { ok: false, pesan: PESAN_BERKAS.xlsLama };
  if (f === null) return { ok: false, pesan: PESAN_BERKAS.jenis };
  return f === "xlsx" ? bacaXlsx(bytes) : bacaCsv(bytes);
}
