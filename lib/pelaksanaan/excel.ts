// Templat dan impor rencana aksi lewat Excel (.xlsx). Murni: tanpa Prisma, tanpa next/*; hanya exceljs.
//
// Alur: ASN mengunduh templat untuk satu periode (buatTemplatRencanaAksi), mengisi baris, mengunggahnya kembali;
// bacaImporRencanaAksi mengurai berkas dan mengembalikan SEMUA galat (per baris dan kolom) beserta baris yang
// terbaca, agar UI dapat menampilkan pratinjau. Pemanggil tidak menyimpan apa pun bila ada galat.
import { bacaAngka } from "@/lib/angka";
import { bersihkanTeks } from "@/lib/teks";
import { periksaZip } from "@/lib/penyimpanan/zip-aman";
import ExcelJS from "exceljs";

export type RhkTemplat = { kode: string; teks: string; jenis: "UTAMA" | "TAMBAHAN" };

export type BarisImpor = { baris: number; kodeRhk: string; uraian: string; target: number | null; satuan: string | null };

/** `baris`: nomor baris Excel (1-based) atau null untuk galat berkas; `kolom`: nama kolom templat atau null. */
export type GalatImpor = { baris: number | null; kolom: string | null; pesan: string };

export type HasilImpor = { ok: true; baris: BarisImpor[] } | { ok: false; galat: GalatImpor[]; baris: BarisImpor[] };

export const LEMBAR_RENCANA_AKSI = "Rencana Aksi";
export const LEMBAR_DAFTAR_RHK = "Daftar RHK";
export const LEMBAR_PETUNJUK = "Petunjuk";
export const KOLOM_TEMPLAT = ["Kode RHK", "Uraian Rencana Aksi", "Target", "Satuan"] as const;
export type KolomTemplat = (typeof KOLOM_TEMPLAT)[number];

/** Batas baris rencana aksi per unggahan (juga jumlah baris berdaftar pilihan di templat). */
export const MAKS_BARIS_IMPOR = 200;
/** Baris judul kolom pada templat (di atasnya: blok judul). */
export const BARIS_JUDUL_KOLOM = 5;
/** Judul kolom dicari pada sekian baris pertama lembar. */
const BARIS_PINDAI_JUDUL = 10;

export const PESAN_BUKAN_XLSX = "Berkas bukan file Excel (.xlsx) yang dapat dibaca.";
export const PESAN_TERLALU_BESAR = `Isi berkas Excel terlalu besar untuk templat rencana aksi (maksimal ${MAKS_BARIS_IMPOR} baris). Gunakan templat yang diunduh dari portal.`;
export const PESAN_ZIP_TIDAK_KONSISTEN =
  "Berkas Excel tidak utuh: susunan isinya tidak konsisten (mungkin rusak atau sengaja diubah). Buka berkas di Excel, simpan ulang, lalu unggah kembali.";
/** Templat berisi ≤ 200 baris; 20 MB terurai (jumlah semua entri, diukur saat diurai) sudah sangat longgar. */
export const MAKS_TERURAI_BYTES = 20 * 1024 * 1024;

const URAIAN_MIN = 5;
const URAIAN_MAKS = 1000;
const SATUAN_MAKS = 60;
/** Kolom basis data: Decimal(18, 4) → paling banyak 14 angka di depan koma, 4 di belakang koma. */
const TARGET_BATAS = 1e14;
const TARGET_DESIMAL = 4;

const [K_KODE, K_URAIAN, K_TARGET, K_SATUAN] = KOLOM_TEMPLAT;

// ─── Templat ─────────────────────────────────────────────────────────────────────────────────

const WARNA_JUDUL_KOLOM = "FFDBEAFE";
const WARNA_CONTOH = "FF64748B";

export function gayaJudulKolom(row: ExcelJS.Row, jumlahKolom: number) {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  for (let c = 1; c <= jumlahKolom; c++) {
    const cell = row.getCell(c);
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: WARNA_JUDUL_KOLOM } };
    cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
  }
}

type DenganValidasi = { dataValidations?: { add?: (alamat: string, v: ExcelJS.DataValidation) => unknown } };

/**
 * Validasi data untuk satu rentang (satu `sqref`). Pemasangan per sel di exceljs 4 menghasilkan rentang yang
 * tumpang-tindih saat ditulis (pengurutan alamat sebagai teks: A10 sebelum A6), jadi rentang dipasang langsung.
 */
export function pasangValidasi(ws: ExcelJS.Worksheet, rentang: string, v: ExcelJS.DataValidation) {
  const dv = (ws as unknown as DenganValidasi).dataValidations;
  if (typeof dv?.add === "function") {
    dv.add(rentang, v);
    return;
  }
  const [awal, akhir] = rentang.split(":");
  const kolom = awal.replace(/\d+/g, "");
  for (let r = Number(awal.replace(/\D+/g, "")); r <= Number(akhir.replace(/\D+/g, "")); r++) ws.getCell(`${kolom}${r}`).dataValidation = v;
}

function judulPeriode(periodeLabel: string, tahun: number) {
  const label = periodeLabel.trim();
  return label.includes(String(tahun)) ? label : `${label} ${tahun}`;
}

/**
 * Templat .xlsx untuk satu periode: lembar "Rencana Aksi" (blok judul, judul kolom di baris 5, daftar pilihan
 * kode RHK pada 200 baris data), "Daftar RHK" (kode + teks lengkap) dan "Petunjuk".
 * `contoh: true` mengisi beberapa baris contoh pada lembar "Rencana Aksi" (ikut terimpor bila tidak dihapus —
 * blok judul menyebutkannya).
 */
export async function buatTemplatRencanaAksi(args: {
  namaPegawai: string;
  nip: string;
  periodeLabel: string;
  tahun: number;
  rhk: RhkTemplat[];
  contoh?: boolean;
}): Promise<Uint8Array> {
  const periode = judulPeriode(args.periodeLabel, args.tahun);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  wb.title = `Rencana Aksi — ${periode}`;

  // ── Lembar Rencana Aksi
  const ws = wb.addWorksheet(LEMBAR_RENCANA_AKSI, {
    views: [{ state: "frozen", xSplit: 0, ySplit: BARIS_JUDUL_KOLOM, topLeftCell: `A${BARIS_JUDUL_KOLOM + 1}`, activeCell: `A${BARIS_JUDUL_KOLOM + 1}` }],
  });
  ws.columns = [{ width: 12 }, { width: 70 }, { width: 14 }, { width: 20 }];

  ws.getCell("A1").value = `Rencana Aksi — ${periode}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = `Nama: ${args.namaPegawai}`;
  ws.mergeCells("A2:D2");
  ws.getCell("A3").value = `NIP: ${args.nip}`;
  ws.mergeCells("A3:D3");
  ws.getCell("A4").value = args.contoh
    ? `Isi satu rencana aksi per baris mulai baris ${BARIS_JUDUL_KOLOM + 1}. Baris contoh di bawah ikut diimpor — hapus atau ganti sebelum mengunggah. Lihat lembar "${LEMBAR_PETUNJUK}".`
    : `Isi satu rencana aksi per baris mulai baris ${BARIS_JUDUL_KOLOM + 1}. Arti kode ada di lembar "${LEMBAR_DAFTAR_RHK}"; cara pengisian di lembar "${LEMBAR_PETUNJUK}".`;
  ws.getCell("A4").font = { italic: true, color: { argb: WARNA_CONTOH } };
  ws.getCell("A4").alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells("A4:D4");
  ws.getRow(4).height = 30;

  const judul = ws.getRow(BARIS_JUDUL_KOLOM);
  judul.values = [...KOLOM_TEMPLAT];
  gayaJudulKolom(judul, KOLOM_TEMPLAT.length);

  const awal = BARIS_JUDUL_KOLOM + 1;
  const akhir = BARIS_JUDUL_KOLOM + MAKS_BARIS_IMPOR;
  const rumusDaftar = args.rhk.length > 0 ? `'${LEMBAR_DAFTAR_RHK}'!$A$2:$A$${args.rhk.length + 1}` : null;
  if (rumusDaftar) {
    pasangValidasi(ws, `A${awal}:A${akhir}`, {
      type: "list",
      allowBlank: true,
      formulae: [rumusDaftar],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Kode RHK tidak dikenal",
      error: `Pilih kode dari daftar (lihat lembar "${LEMBAR_DAFTAR_RHK}").`,
    });
  }
  pasangValidasi(ws, `C${awal}:C${akhir}`, {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Target",
    error: "Target berupa angka tanpa satuan, tidak boleh negatif.",
  });
  pasangValidasi(ws, `D${awal}:D${akhir}`, {
    type: "textLength",
    operator: "lessThanOrEqual",
    allowBlank: true,
    formulae: [SATUAN_MAKS],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Satuan",
    error: `Satuan maksimal ${SATUAN_MAKS} karakter.`,
  });
  for (let r = awal; r <= akhir; r++) ws.getCell(r, 2).alignment = { wrapText: true, vertical: "top" };

  if (args.contoh && args.rhk.length > 0) {
    const k1 = args.rhk[0].kode;
    const k2 = (args.rhk[1] ?? args.rhk[0]).kode;
    const contoh: [string, string, number | null, string | null][] = [
      [k1, "Menyusun rancangan dokumen pendukung kegiatan", 1, "dokumen"],
      [k1, "Melaporkan hasil pelaksanaan kegiatan kepada atasan", 3, "laporan"],
      [k2, "Mengoordinasikan pelaksanaan kegiatan dengan unit terkait", null, null],
    ];
    contoh.forEach((c, i) => {
      const row = ws.getRow(awal + i);
      row.values = c;
      row.font = { italic: true, color: { argb: WARNA_CONTOH } };
    });
  }

  // ── Lembar Daftar RHK
  const daftar = wb.addWorksheet(LEMBAR_DAFTAR_RHK, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  daftar.columns = [{ width: 12 }, { width: 12 }, { width: 100 }];
  const jd = daftar.getRow(1);
  jd.values = ["Kode RHK", "Jenis", "Rencana Hasil Kerja"];
  gayaJudulKolom(jd, 3);
  args.rhk.forEach((r, i) => {
    const row = daftar.getRow(i + 2);
    row.values = [r.kode, r.jenis === "UTAMA" ? "Utama" : "Tambahan", r.teks];
    row.getCell(3).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).alignment = { vertical: "top" };
    row.getCell(2).alignment = { vertical: "top" };
  });

  // ── Lembar Petunjuk
  const pt = wb.addWorksheet(LEMBAR_PETUNJUK);
  pt.columns = [{ width: 110 }];
  const petunjuk = [
    `Petunjuk pengisian rencana aksi — ${periode}`,
    "",
    `1. Isi lembar "${LEMBAR_RENCANA_AKSI}" mulai baris ${BARIS_JUDUL_KOLOM + 1}: satu baris untuk satu rencana aksi. Baris kosong diabaikan.`,
    `2. "${K_KODE}": pilih kode dari daftar (mis. U1, T1). Arti setiap kode ada di lembar "${LEMBAR_DAFTAR_RHK}". Satu RHK boleh memiliki beberapa rencana aksi: tulis di baris terpisah dengan kode yang sama.`,
    `3. "${K_URAIAN}": wajib diisi, ${URAIAN_MIN}–${URAIAN_MAKS} karakter.`,
    `4. "${K_TARGET}": boleh dikosongkan. Bila diisi, tulis angka saja tanpa satuan (mis. 12 atau 1.250,5), tidak boleh negatif.`,
    `5. "${K_SATUAN}": wajib diisi bila Target diisi, mis. "dokumen", "laporan", "kegiatan"; maksimal ${SATUAN_MAKS} karakter.`,
    `6. Jangan mengubah, menghapus, atau memindahkan judul kolom, dan jangan mengganti nama lembar "${LEMBAR_RENCANA_AKSI}".`,
    `7. Maksimal ${MAKS_BARIS_IMPOR} baris rencana aksi per unggahan.`,
    `8. Unggah berkas pada halaman pelaksanaan periode ${periode}. Portal menampilkan pratinjau lebih dahulu dan tidak menyimpan apa pun selama masih ada baris yang salah.`,
  ];
  petunjuk.forEach((t, i) => {
    const cell = pt.getCell(i + 1, 1);
    cell.value = t;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  pt.getCell(1, 1).font = { bold: true, size: 14 };

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

// ─── Nilai sel ───────────────────────────────────────────────────────────────────────────────

/** Nilai sel exceljs yang sudah dinormalkan. */
export type NilaiSel =
  | { jenis: "kosong" }
  | { jenis: "teks"; teks: string }
  | { jenis: "angka"; angka: number }
  | { jenis: "boolean"; nilai: boolean }
  | { jenis: "tanggal"; tanggal: Date }
  | { jenis: "galat"; kode: string }
  | { jenis: "rumus-tanpa-hasil" }
  | { jenis: "tidak-dikenal" };

const KOSONG: NilaiSel = { jenis: "kosong" };

function adalahObjek(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function teksRichText(v: unknown): string {
  return Array.isArray(v) ? v.map((x) => (adalahObjek(x) && typeof x.text === "string" ? x.text : "")).join("") : "";
}

/**
 * Menormalkan bentuk nilai sel exceljs: string, number, boolean, Date, `{ richText }`, `{ formula | sharedFormula,
 * result }` (dipakai hasilnya), `{ text, hyperlink }` (dipakai teksnya), `{ error }`. Teks yang hanya berisi spasi
 * dianggap kosong.
 */
export function nilaiSel(v: unknown): NilaiSel {
  if (v === null || v === undefined) return KOSONG;
  if (typeof v === "string") return v.trim() === "" ? KOSONG : { jenis: "teks", teks: v };
  if (typeof v === "number") return Number.isFinite(v) ? { jenis: "angka", angka: v } : { jenis: "galat", kode: "#NUM!" };
  if (typeof v === "boolean") return { jenis: "boolean", nilai: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { jenis: "tidak-dikenal" } : { jenis: "tanggal", tanggal: v };
  if (!adalahObjek(v)) return { jenis: "tidak-dikenal" };
  if ("formula" in v || "sharedFormula" in v) {
    return v.result === undefined || v.result === null ? { jenis: "rumus-tanpa-hasil" } : nilaiSel(v.result);
  }
  if ("error" in v) return { jenis: "galat", kode: typeof v.error === "string" ? v.error : "#VALUE!" };
  if ("richText" in v) return nilaiSel(teksRichText(v.richText));
  if ("hyperlink" in v || "text" in v) {
    const t = v.text;
    if (typeof t === "string") return nilaiSel(t);
    if (adalahObjek(t) && "richText" in t) return nilaiSel(teksRichText(t.richText));
    return KOSONG;
  }
  return { jenis: "tidak-dikenal" };
}

/** Merapikan teks: buang karakter kendali dan spasi lebar-nol, satukan spasi, pangkas tiap baris. */
export function rapikanTeks(s: string): string {
  // Karakter kendali dan penimpa arah dibuang dengan aturan yang sama dengan formulir (lib/teks.ts).
  return bersihkanTeks(s.normalize("NFC").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "").replace(/[\t\u00A0\u2007\u202F\u3000]/g, " "), { multiBaris: true })
    .split("\n")
    .map((b) => b.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const panjang = (s: string) => [...s].length;

function duaDigit(n: number) {
  return String(n).padStart(2, "0");
}

/** Nilai sel sebagai teks; null bila kosong. Galat rumus ditangani pemanggil. */
export function sebagaiTeks(n: NilaiSel): string | null {
  switch (n.jenis) {
    case "teks": {
      const t = rapikanTeks(n.teks);
      return t === "" ? null : t;
    }
    case "angka":
      return String(n.angka);
    case "boolean":
      return n.nilai ? "BENAR" : "SALAH";
    case "tanggal":
      return `${duaDigit(n.tanggal.getUTCDate())}/${duaDigit(n.tanggal.getUTCMonth() + 1)}/${n.tanggal.getUTCFullYear()}`;
    default:
      return null;
  }
}

/** "1.250.000" (sep ".") atau "1,250,000" (sep ","): kelompok tiga angka, kelompok pertama tidak diawali 0. */
function ribuanSah(s: string, sep: "." | ","): boolean {
  return new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`).test(s);
}

/**
 * Angka dari sel teks, dengan aturan yang sama dengan formulir (lib/angka.ts): "12", "12,5", "1.250" (= 1250),
 * "1.250,5", "92.5"; yang bermakna ganda ("1,250.5", "0.250") ditolak. null bila bukan angka.
 */
export function uraiAngka(mentah: string): number | null {
  const r = bacaAngka(mentah);
  return r.ok ? r.nilai : null;
}

// ─── Impor ───────────────────────────────────────────────────────────────────────────────────

export const normalJudul = (s: string) => s.normalize("NFKC").replace(/[\s\u00A0\u200B\uFEFF]/g, "").toLowerCase();
const normalKode = (s: string) => s.replace(/[\s\u00A0\u200B\uFEFF]/g, "").toUpperCase();

export function potong(s: string, n = 40) {
  const c = [...s];
  return c.length > n ? `${c.slice(0, n).join("")}…` : s;
}

export function pesanGalatRumus(n: NilaiSel): string | null {
  if (n.jenis === "galat") return `Sel berisi galat ${n.kode}. Perbaiki isinya.`;
  if (n.jenis === "rumus-tanpa-hasil") return "Sel berisi rumus yang belum dihitung. Buka berkas di Excel, lalu simpan ulang.";
  if (n.jenis === "tidak-dikenal") return "Isi sel tidak dapat dibaca. Ketik ulang isinya.";
  return null;
}

export type CariJudul<K extends string> = { ok: true; baris: number; kolom: Record<K, number> } | { ok: false; galat: GalatImpor[] };

/** Baris judul kolom: baris (dari 10 pertama) yang memuat paling banyak judul templat; setiap judul tepat sekali. */
export function cariJudulKolom<K extends string>(ws: ExcelJS.Worksheet, kolomTemplat: readonly K[], namaLembar: string): CariJudul<K> {
  const dicari = new Map(kolomTemplat.map((k) => [normalJudul(k), k] as const));
  let terbaik: { baris: number; kolom: Map<K, number[]> } | null = null;
  const batas = Math.min(BARIS_PINDAI_JUDUL, ws.rowCount);
  for (let r = 1; r <= batas; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const kolom = new Map<K, number[]>();
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Sel gabungan (mis. judul di baris 1) terbaca berulang; hanya sel induk yang dihitung.
      if (cell.isMerged && cell.master !== cell) return;
      const t = sebagaiTeks(nilaiSel(cell.value));
      const k = t === null ? undefined : dicari.get(normalJudul(t));
      if (k) kolom.set(k, [...(kolom.get(k) ?? []), c]);
    });
    if (kolom.size > 0 && (!terbaik || kolom.size > terbaik.kolom.size)) terbaik = { baris: r, kolom };
  }
  if (!terbaik) {
    return {
      ok: false,
      galat: [
        {
          baris: null,
          kolom: null,
          pesan: `Judul kolom (${kolomTemplat.join(", ")}) tidak ditemukan pada lembar "${namaLembar}". Gunakan templat terbaru.`,
        },
      ],
    };
  }
  const galat: GalatImpor[] = [];
  const hasil = {} as Record<K, number>;
  for (const k of kolomTemplat) {
    const cols = terbaik.kolom.get(k);
    if (!cols) galat.push({ baris: terbaik.baris, kolom: k, pesan: `Kolom "${k}" tidak ditemukan. Gunakan templat terbaru.` });
    else if (cols.length > 1) galat.push({ baris: terbaik.baris, kolom: k, pesan: `Kolom "${k}" muncul lebih dari sekali. Sisakan satu saja.` });
    else hasil[k] = cols[0];
  }
  return galat.length > 0 ? { ok: false, galat } : { ok: true, baris: terbaik.baris, kolom: hasil };
}

function bacaTarget(n: NilaiSel, numFmt: string | undefined): { ok: true; nilai: number | null } | { ok: false; pesan: string } {
  let angka: number;
  switch (n.jenis) {
    case "kosong":
      return { ok: true, nilai: null };
    case "tanggal":
      return { ok: false, pesan: "Target terbaca sebagai tanggal. Ubah format sel menjadi angka (General/Number), lalu ketik ulang angkanya." };
    case "boolean":
      return { ok: false, pesan: "Target harus berupa angka." };
    case "angka":
      // Sel berformat persen menyimpan 100% sebagai 1: pakai angka yang terlihat pengguna.
      angka = numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, "")) ? n.angka * 100 : n.angka;
      break;
    case "teks": {
      const t = n.teks.trim();
      const u = bacaAngka(t);
      if (!u.ok) return { ok: false, pesan: `Target "${potong(t)}" tidak dapat dibaca. ${u.alasan}` };
      angka = u.nilai;
      break;
    }
    default:
      return { ok: false, pesan: pesanGalatRumus(n) ?? "Target harus berupa angka." };
  }
  if (angka < 0) return { ok: false, pesan: "Target tidak boleh negatif." };
  const dibulatkan = Number(angka.toFixed(TARGET_DESIMAL));
  if (!(dibulatkan < TARGET_BATAS)) return { ok: false, pesan: "Target terlalu besar (maksimal 14 angka di depan koma)." };
  return { ok: true, nilai: dibulatkan === 0 ? 0 : dibulatkan };
}

/**
 * Membaca berkas impor rencana aksi. Galat berkas (bukan .xlsx, tanpa lembar "Rencana Aksi", judul kolom hilang)
 * → satu/beberapa galat dan `baris: []`. Selain itu setiap baris yang tidak kosong diperiksa; SEMUA galat
 * dikembalikan bersama baris yang terbaca (bila ada galat, nilai baris yang salah diisi sebisanya: kode apa adanya,
 * target null), dicocokkan lewat nomor `baris` Excel. `kodeRhk` pada hasil memakai ejaan dari `args.kodeRhk`
 * (pencocokan tidak peka huruf besar/kecil dan spasi). Target dibulatkan ke 4 angka desimal.
 */
export async function bacaImporRencanaAksi(bytes: Uint8Array, args: { kodeRhk: readonly string[]; maksBaris?: number }): Promise<HasilImpor> {
  const maksBaris = args.maksBaris ?? MAKS_BARIS_IMPOR;
  const gagalBerkas = (pesan: string): HasilImpor => ({ ok: false, galat: [{ baris: null, kolom: null, pesan }], baris: [] });

  // Bom zip: seluruh struktur ZIP diperiksa dan setiap entri diurai dengan batas sebelum exceljs (JSZip) melihatnya.
  const zip = await periksaZip(bytes, { maksTerurai: MAKS_TERURAI_BYTES });
  if (!zip.ok) {
    return gagalBerkas(zip.jenis === "terlalu-besar" ? PESAN_TERLALU_BESAR : zip.jenis === "tidak-konsisten" ? PESAN_ZIP_TIDAK_KONSISTEN : PESAN_BUKAN_XLSX);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return gagalBerkas(PESAN_BUKAN_XLSX);
  }
  if (wb.worksheets.length === 0) return gagalBerkas(PESAN_BUKAN_XLSX);

  const ws = wb.worksheets.find((w) => normalJudul(w.name) === normalJudul(LEMBAR_RENCANA_AKSI));
  if (!ws) return gagalBerkas(`Lembar "${LEMBAR_RENCANA_AKSI}" tidak ditemukan. Gunakan templat terbaru dari portal.`);

  const judul = cariJudulKolom(ws, KOLOM_TEMPLAT, LEMBAR_RENCANA_AKSI);
  if (!judul.ok) return { ok: false, galat: judul.galat, baris: [] };

  const kodeKanonik = new Map(args.kodeRhk.map((k) => [normalKode(k), k] as const));
  const galat: GalatImpor[] = [];
  const baris: BarisImpor[] = [];
  let terisi = 0;

  for (let r = judul.baris + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const sel = (k: KolomTemplat) => row.getCell(judul.kolom[k]);
    const nKode = nilaiSel(sel(K_KODE).value);
    const nUraian = nilaiSel(sel(K_URAIAN).value);
    const nTarget = nilaiSel(sel(K_TARGET).value);
    const nSatuan = nilaiSel(sel(K_SATUAN).value);
    if ([nKode, nUraian, nTarget, nSatuan].every((n) => n.jenis === "kosong")) continue;
    terisi++;
    if (terisi > maksBaris) continue; // tetap dihitung untuk pesan jumlah baris

    const g = (kolom: KolomTemplat, pesan: string) => galat.push({ baris: r, kolom, pesan });

    // Kode RHK
    let kodeRhk = "";
    const pKode = pesanGalatRumus(nKode);
    if (pKode) g(K_KODE, pKode);
    else {
      const t = sebagaiTeks(nKode);
      if (t === null) g(K_KODE, `Kode RHK wajib diisi. Pilih kode dari lembar "${LEMBAR_DAFTAR_RHK}".`);
      else {
        const k = kodeKanonik.get(normalKode(t));
        if (k === undefined) {
          kodeRhk = normalKode(t);
          g(K_KODE, `Kode RHK "${potong(t.replace(/\s+/g, " "))}" tidak ada di SKP Anda.`);
        } else kodeRhk = k;
      }
    }

    // Uraian
    let uraian = "";
    const pUraian = pesanGalatRumus(nUraian);
    if (pUraian) g(K_URAIAN, pUraian);
    else {
      uraian = sebagaiTeks(nUraian) ?? "";
      const p = panjang(uraian);
      if (p === 0) g(K_URAIAN, "Uraian rencana aksi wajib diisi.");
      else if (p < URAIAN_MIN) g(K_URAIAN, `Uraian rencana aksi minimal ${URAIAN_MIN} karakter.`);
      else if (p > URAIAN_MAKS) g(K_URAIAN, `Uraian rencana aksi maksimal ${URAIAN_MAKS} karakter (saat ini ${p}).`);
    }

    // Target
    let target: number | null = null;
    const tgt = bacaTarget(nTarget, sel(K_TARGET).numFmt);
    if (tgt.ok) target = tgt.nilai;
    else g(K_TARGET, tgt.pesan);
    const targetDiisi = nTarget.jenis !== "kosong";

    // Satuan
    let satuan: string | null = null;
    const pSatuan = pesanGalatRumus(nSatuan);
    if (pSatuan) g(K_SATUAN, pSatuan);
    else {
      satuan = sebagaiTeks(nSatuan);
      if (satuan === null && targetDiisi) g(K_SATUAN, 'Isi satuan untuk target, mis. "dokumen".');
      else if (satuan !== null && panjang(satuan) > SATUAN_MAKS) g(K_SATUAN, `Satuan maksimal ${SATUAN_MAKS} karakter.`);
    }

    baris.push({ baris: r, kodeRhk, uraian, target, satuan });
  }

  if (terisi === 0) galat.push({ baris: null, kolom: null, pesan: "Tidak ada baris rencana aksi yang diisi." });
  if (terisi > maksBaris) {
    galat.unshift({
      baris: null,
      kolom: null,
      pesan: `Terlalu banyak baris: ${terisi} rencana aksi. Maksimal ${maksBaris} baris per unggahan; bagi ke beberapa berkas.`,
    });
  }
  return galat.length > 0 ? { ok: false, galat, baris } : { ok: true, baris };
}
