// Templat dan impor progres harian lewat Excel (.xlsx), issue #15 butir 4. Murni: tanpa Prisma, tanpa next/*.
//
// Alur: pegawai mengunduh templatnya (buatTemplatHarian: rencana aksinya sebagai daftar pilihan), mengisi satu
// baris per kegiatan, mengunggah kembali; bacaImporHarian mengembalikan SEMUA galat (baris, kolom, pesan) beserta
// baris yang terbaca. Pemeriksaan terhadap entri yang sudah ada di basis data: periksaTerhadapEntriAda (dipanggil
// layanan dengan data dari basis data). Bagian pengaman berkas (bom zip, judul kolom, nilai sel) dipakai bersama
// impor rencana aksi (lib/pelaksanaan/excel.ts).
import ExcelJS from "exceljs";
import { BATAS_ANGKA, bacaAngka } from "@/lib/angka";
import { periksaTautan } from "@/lib/pelaksanaan/aturan";
import {
  cariJudulKolom,
  gayaJudulKolom,
  MAKS_TERURAI_BYTES,
  nilaiSel,
  normalJudul,
  pasangValidasi,
  pesanGalatRumus,
  PESAN_BUKAN_XLSX,
  PESAN_ZIP_TIDAK_KONSISTEN,
  potong,
  sebagaiTeks,
  type GalatImpor,
  type NilaiSel,
} from "@/lib/pelaksanaan/excel";
import { periksaZip } from "@/lib/penyimpanan/zip-aman";
import { bentrokDalam, cariBentrok, formatDurasi, formatJam, KEGIATAN_MAKS, KEGIATAN_MIN, periksaEntri, SATUAN_MAKS, type Rentang } from "@/lib/progres-harian/aturan";
import { bacaIsoTanggal, isoTanggal, tanggalPanjang } from "@/lib/progres-harian/kalender";

export type { GalatImpor };

export const LEMBAR_HARIAN = "Progres Harian";
export const LEMBAR_DAFTAR_RA = "Daftar Rencana Aksi";
export const LEMBAR_PETUNJUK_HARIAN = "Petunjuk";
export const KOLOM_HARIAN = ["Rencana Aksi", "Tanggal", "Jam Mulai", "Jam Selesai", "Kegiatan", "Realisasi", "Satuan", "Tautan Bukti"] as const;
export type KolomHarian = (typeof KOLOM_HARIAN)[number];
const [K_RA, K_TANGGAL, K_MULAI, K_SELESAI, K_KEGIATAN, K_REALISASI, K_SATUAN, K_TAUTAN] = KOLOM_HARIAN;

/** Batas baris per unggahan (sebulan penuh dengan beberapa kegiatan per hari) dan jumlah baris bervalidasi di templat. */
export const MAKS_BARIS_HARIAN = 500;
export const BARIS_JUDUL_HARIAN = 5;
const TAUTAN_MAKS = 2000;
const URAIAN_LABEL_MAKS = 80;

export const PESAN_HARIAN_TERLALU_BESAR = `Isi berkas Excel terlalu besar untuk templat progres harian (maksimal ${MAKS_BARIS_HARIAN} baris). Gunakan templat yang diunduh dari portal.`;

/** Rencana aksi yang dapat diisi (dari pilihanRencanaAksi): rentang tanggal sah = irisan periode dan masa SKP. */
export type RencanaAksiHarian = { id: string; uraian: string; satuan: string | null; periode: string; mulai: Date; selesai: Date; rhk?: string };

export type PilihanTemplat = RencanaAksiHarian & { kode: string; label: string };

/** Kode pendek menurut urutan daftar: RA-01, RA-02, … */
export const kodeRencanaAksi = (i: number): string => `RA-${String(i + 1).padStart(2, "0")}`;

/** "RA-01 — Menyusun laporan bulanan (Triwulan IV)": nilai pilihan kolom Rencana Aksi. */
export function daftarPilihan(ra: readonly RencanaAksiHarian[]): PilihanTemplat[] {
  return ra.map((r, i) => {
    const kode = kodeRencanaAksi(i);
    const uraian = potong(r.uraian.replace(/\s+/g, " ").trim(), URAIAN_LABEL_MAKS);
    return { ...r, kode, label: `${kode} — ${uraian} (${r.periode})` };
  });
}

// ─── Templat ─────────────────────────────────────────────────────────────────────────────────

const WARNA_CATATAN = "FF64748B";
const FORMAT_TANGGAL = "dd/mm/yyyy";
const FORMAT_JAM = "hh:mm";

/** Menit sejak tengah malam → pecahan hari Excel (08:30 → 0,354…). */
const pecahanHari = (menit: number) => menit / 1440;

export type ArgsTemplatHarian = {
  namaPegawai: string;
  nip: string;
  rencanaAksi: readonly RencanaAksiHarian[];
  hariIni: Date;
  maksJam: number;
};

/**
 * Templat .xlsx: lembar "Progres Harian" (judul kolom di baris 5, daftar pilihan rencana aksi dan format/validasi
 * tanggal, jam, angka pada MAKS_BARIS_HARIAN baris), "Daftar Rencana Aksi" (pilihan, rentang tanggal sah, satuan)
 * dan "Petunjuk" (cara mengisi dan satu baris contoh; contoh tidak ada di lembar isian agar tidak ikut terimpor).
 */
export async function buatTemplatHarian(args: ArgsTemplatHarian): Promise<Uint8Array> {
  const pilihan = daftarPilihan(args.rencanaAksi);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Portal SKP";
  wb.title = `Progres Harian — ${args.namaPegawai}`;

  const ws = wb.addWorksheet(LEMBAR_HARIAN, {
    views: [{ state: "frozen", xSplit: 0, ySplit: BARIS_JUDUL_HARIAN, topLeftCell: `A${BARIS_JUDUL_HARIAN + 1}`, activeCell: `A${BARIS_JUDUL_HARIAN + 1}` }],
  });
  ws.columns = [{ width: 48 }, { width: 13 }, { width: 11 }, { width: 11 }, { width: 50 }, { width: 11 }, { width: 14 }, { width: 36 }];
  ws.getCell("A1").value = "Progres Harian";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.mergeCells("A1:H1");
  ws.getCell("A2").value = `Nama: ${args.namaPegawai}`;
  ws.mergeCells("A2:H2");
  ws.getCell("A3").value = `NIP: ${args.nip}`;
  ws.mergeCells("A3:H3");
  ws.getCell("A4").value =
    pilihan.length > 0
      ? `Isi satu kegiatan per baris mulai baris ${BARIS_JUDUL_HARIAN + 1}. Pilih rencana aksi dari daftar (lembar "${LEMBAR_DAFTAR_RA}"); contoh dan cara pengisian di lembar "${LEMBAR_PETUNJUK_HARIAN}".`
      : "Belum ada rencana aksi yang dapat diisi: SKP Anda harus disetujui dan periodenya dibuka, lalu rencana aksinya ditulis di halaman pelaksanaan.";
  ws.getCell("A4").font = { italic: true, color: { argb: WARNA_CATATAN } };
  ws.getCell("A4").alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells("A4:H4");
  ws.getRow(4).height = 30;

  const judul = ws.getRow(BARIS_JUDUL_HARIAN);
  judul.values = [...KOLOM_HARIAN];
  gayaJudulKolom(judul, KOLOM_HARIAN.length);

  const awal = BARIS_JUDUL_HARIAN + 1;
  const akhir = BARIS_JUDUL_HARIAN + MAKS_BARIS_HARIAN;
  if (pilihan.length > 0) {
    pasangValidasi(ws, `A${awal}:A${akhir}`, {
      type: "list",
      allowBlank: true,
      formulae: [`'${LEMBAR_DAFTAR_RA}'!$A$2:$A$${pilihan.length + 1}`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Rencana aksi tidak dikenal",
      error: `Pilih rencana aksi dari daftar (lihat lembar "${LEMBAR_DAFTAR_RA}").`,
    });
  }
  const terawal = pilihan.reduce<Date>((m, r) => (r.mulai < m ? r.mulai : m), args.hariIni);
  pasangValidasi(ws, `B${awal}:B${akhir}`, {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [terawal, args.hariIni],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Tanggal",
    error: `Tanggal antara ${tanggalPanjang(terawal)} dan hari ini (${tanggalPanjang(args.hariIni)}), mis. 01/12/2026.`,
  });
  for (const kol of ["C", "D"]) {
    pasangValidasi(ws, `${kol}${awal}:${kol}${akhir}`, {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [0, 1],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: kol === "C" ? K_MULAI : K_SELESAI,
      error: "Tulis jam seperti 08:30 (jam:menit, 00:00–24:00).",
    });
  }
  pasangValidasi(ws, `F${awal}:F${akhir}`, {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: K_REALISASI,
    error: "Realisasi berupa angka tanpa satuan (boleh 0), tidak boleh negatif.",
  });
  pasangValidasi(ws, `G${awal}:G${akhir}`, {
    type: "textLength",
    operator: "lessThanOrEqual",
    allowBlank: true,
    formulae: [SATUAN_MAKS],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: K_SATUAN,
    error: `Satuan maksimal ${SATUAN_MAKS} karakter.`,
  });
  for (let r = awal; r <= akhir; r++) {
    const row = ws.getRow(r);
    row.getCell(2).numFmt = FORMAT_TANGGAL;
    row.getCell(3).numFmt = FORMAT_JAM;
    row.getCell(4).numFmt = FORMAT_JAM;
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
  }

  // ── Daftar Rencana Aksi
  const daftar = wb.addWorksheet(LEMBAR_DAFTAR_RA, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  daftar.columns = [{ width: 60 }, { width: 8 }, { width: 60 }, { width: 14 }, { width: 13 }, { width: 13 }, { width: 14 }, { width: 60 }];
  const jd = daftar.getRow(1);
  jd.values = ["Pilihan (kolom Rencana Aksi)", "Kode", "Uraian Rencana Aksi", "Periode", "Berlaku dari", "Berlaku sampai", "Satuan", "Rencana Hasil Kerja"];
  gayaJudulKolom(jd, 8);
  pilihan.forEach((p, i) => {
    const row = daftar.getRow(i + 2);
    row.values = [p.label, p.kode, p.uraian, p.periode, p.mulai, p.selesai, p.satuan ?? "", p.rhk ?? ""];
    row.getCell(5).numFmt = FORMAT_TANGGAL;
    row.getCell(6).numFmt = FORMAT_TANGGAL;
    for (const c of [1, 3, 8]) row.getCell(c).alignment = { wrapText: true, vertical: "top" };
  });

  // ── Petunjuk
  const pt = wb.addWorksheet(LEMBAR_PETUNJUK_HARIAN);
  pt.columns = [{ width: 48 }, { width: 13 }, { width: 11 }, { width: 11 }, { width: 50 }, { width: 11 }, { width: 14 }, { width: 36 }];
  const petunjuk = [
    "Petunjuk pengisian progres harian",
    "",
    `1. Isi lembar "${LEMBAR_HARIAN}" mulai baris ${BARIS_JUDUL_HARIAN + 1}: satu baris untuk satu kegiatan. Baris kosong diabaikan.`,
    `2. "${K_RA}": pilih dari daftar. Arti setiap pilihan, rentang tanggal yang sah dan satuannya ada di lembar "${LEMBAR_DAFTAR_RA}".`,
    `3. "${K_TANGGAL}": tanggal kegiatan, mis. 01/12/2026 (atau 2026-12-01); tidak boleh di masa depan dan harus di dalam rentang rencana aksinya.`,
    `4. "${K_MULAI}" dan "${K_SELESAI}": jam:menit, mis. 08:00 dan 09:30. Jam selesai harus sesudah jam mulai; jam kegiatan pada hari yang sama tidak boleh bertumpang tindih (juga dengan entri yang sudah ada di portal).`,
    `5. Jumlah jam kegiatan per hari paling banyak ${args.maksJam} jam.`,
    `6. "${K_KEGIATAN}": wajib, ${KEGIATAN_MIN}–${KEGIATAN_MAKS} karakter. "${K_REALISASI}": angka (boleh 0, desimal dengan koma, mis. 1,5). "${K_SATUAN}": wajib, mis. "dokumen", maksimal ${SATUAN_MAKS} karakter.`,
    `7. "${K_TAUTAN}": boleh kosong; bila diisi, alamat lengkap yang diawali https://.`,
    `8. Jangan mengubah judul kolom dan nama lembar "${LEMBAR_HARIAN}". Maksimal ${MAKS_BARIS_HARIAN} baris per unggahan.`,
    "9. Unggah berkas di halaman Progres Harian → Impor dari Excel. Portal menampilkan pratinjau lebih dahulu dan tidak menyimpan apa pun selama masih ada baris yang salah. Baris yang sudah pernah diimpor tidak ditambahkan lagi.",
    "",
    "Contoh baris (jangan disalin ke sini; isi di lembar Progres Harian):",
  ];
  petunjuk.forEach((t, i) => {
    const cell = pt.getCell(i + 1, 1);
    cell.value = t;
    cell.alignment = { wrapText: false, vertical: "top" };
  });
  pt.getCell(1, 1).font = { bold: true, size: 14 };
  const rContoh = petunjuk.length + 1;
  const jc = pt.getRow(rContoh);
  jc.values = [...KOLOM_HARIAN];
  gayaJudulKolom(jc, KOLOM_HARIAN.length);
  const contoh = pt.getRow(rContoh + 1);
  contoh.values = [pilihan[0]?.label ?? "RA-01 — …", args.hariIni, pecahanHari(8 * 60), pecahanHari(9 * 60 + 30), "Menyusun konsep laporan kegiatan", 1, pilihan[0]?.satuan ?? "dokumen", "https://drive.google.com/…"];
  contoh.getCell(2).numFmt = FORMAT_TANGGAL;
  contoh.getCell(3).numFmt = FORMAT_JAM;
  contoh.getCell(4).numFmt = FORMAT_JAM;
  contoh.font = { italic: true, color: { argb: WARNA_CATATAN } };

  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

// ─── Nilai sel ───────────────────────────────────────────────────────────────────────────────

const HARI_MS = 86_400_000;
/** Hari ke-0 Excel (sistem 1900, dengan hari kabisat 1900 fiktif): 30 Desember 1899. */
const EPOCH_EXCEL = Date.UTC(1899, 11, 30);

type Bacaan<T> = { ok: true; nilai: T } | { ok: false; pesan: string };

/** Tanggal dari sel: tanggal Excel, nomor seri, atau teks "YYYY-MM-DD" / "DD/MM/YYYY" (juga "D-M-YYYY", "D.M.YYYY"). */
export function bacaTanggalSel(n: NilaiSel): Bacaan<Date> | null {
  const tolak = (teks: string) => ({ ok: false as const, pesan: `Tanggal "${potong(teks)}" tidak dapat dibaca. Tulis seperti 01/12/2026 atau 2026-12-01.` });
  switch (n.jenis) {
    case "kosong":
      return null;
    case "tanggal":
      return { ok: true, nilai: new Date(Date.UTC(n.tanggal.getUTCFullYear(), n.tanggal.getUTCMonth(), n.tanggal.getUTCDate())) };
    case "angka": {
      if (!(n.angka >= 1 && n.angka < 2_958_466)) return tolak(String(n.angka));
      return { ok: true, nilai: new Date(EPOCH_EXCEL + Math.floor(n.angka) * HARI_MS) };
    }
    case "teks": {
      const t = n.teks.trim();
      const iso = bacaIsoTanggal(t);
      if (iso) return { ok: true, nilai: iso };
      const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
      if (!m) return tolak(t);
      const d = new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
      return d.getUTCDate() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 ? { ok: true, nilai: d } : tolak(t);
    }
    default:
      return { ok: false, pesan: pesanGalatRumus(n) ?? "Tanggal harus berupa tanggal, mis. 01/12/2026." };
  }
}

/** Jam dari sel: waktu Excel (pecahan hari, atau tanggal-waktu), atau teks "HH:MM" / "HH.MM". 24:00 hanya untuk jam selesai. */
export function bacaJamSel(n: NilaiSel, opsi: { selesai?: boolean } = {}): Bacaan<number> | null {
  const dariMenit = (m: number, asli: string): Bacaan<number> => {
    if (m === 1440 && opsi.selesai) return { ok: true, nilai: 1440 };
    if (m >= 0 && m < 1440) return { ok: true, nilai: m };
    return { ok: false, pesan: `Jam "${asli}" tidak sah. Tulis jam:menit antara 00:00 dan ${opsi.selesai ? "24:00" : "23:59"}, mis. 08:30.` };
  };
  switch (n.jenis) {
    case "kosong":
      return null;
    case "tanggal": {
      const ms = n.tanggal.getTime();
      const hari = Math.floor(ms / HARI_MS);
      const menit = Math.round((ms - hari * HARI_MS) / 60_000);
      // 24:00 (pecahan 1,0) terbaca sebagai 31 Desember 1899 pukul 00:00.
      if (menit === 0 && ms === EPOCH_EXCEL + HARI_MS) return dariMenit(1440, "24:00");
      return dariMenit(menit === 1440 ? 0 : menit, formatJam(menit % 1440));
    }
    case "angka": {
      if (!(n.angka >= 0 && n.angka <= 1)) return { ok: false, pesan: `Jam "${n.angka}" tidak dapat dibaca. Tulis jam:menit, mis. 08:30.` };
      return dariMenit(Math.round(n.angka * 1440), String(n.angka));
    }
    case "teks": {
      const t = n.teks.trim();
      const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(t);
      if (!m || Number(m[2]) > 59 || (m[3] !== undefined && Number(m[3]) !== 0)) return { ok: false, pesan: `Jam "${potong(t)}" tidak dapat dibaca. Tulis jam:menit, mis. 08:30 atau 08.30.` };
      return dariMenit(Number(m[1]) * 60 + Number(m[2]), t);
    }
    default:
      return { ok: false, pesan: pesanGalatRumus(n) ?? "Jam harus berupa jam:menit, mis. 08:30." };
  }
}

function bacaRealisasi(n: NilaiSel): Bacaan<number> | null {
  let angka: number;
  switch (n.jenis) {
    case "kosong":
      return null;
    case "angka":
      angka = n.angka;
      break;
    case "teks": {
      const u = bacaAngka(n.teks);
      if (!u.ok) return { ok: false, pesan: `Realisasi "${potong(n.teks.trim())}" tidak dapat dibaca. ${u.alasan}` };
      angka = u.nilai;
      break;
    }
    case "tanggal":
      return { ok: false, pesan: "Realisasi terbaca sebagai tanggal. Ubah format sel menjadi angka (General/Number), lalu ketik ulang angkanya." };
    default:
      return { ok: false, pesan: pesanGalatRumus(n) ?? "Realisasi harus berupa angka." };
  }
  if (angka < 0) return { ok: false, pesan: "Realisasi tidak boleh negatif." };
  const bulat = Number(angka.toFixed(BATAS_ANGKA.desimal));
  if (bulat > BATAS_ANGKA.maks) return { ok: false, pesan: "Realisasi terlalu besar (maksimal 14 angka di depan koma)." };
  return { ok: true, nilai: bulat === 0 ? 0 : bulat };
}

const normalPilihan = (s: string) => s.normalize("NFKC").replace(/[\s\u00A0\u200B\uFEFF]+/g, " ").replace(/\s*[—–-]\s*/g, " - ").trim().toLowerCase();

/** Rencana aksi dari isi sel: label pilihan lengkap, atau kodenya saja ("RA-01"). Label lain untuk kode yang sama ditolak (templat usang). */
function cocokRencanaAksi(teks: string, pilihan: readonly PilihanTemplat[]): Bacaan<PilihanTemplat> {
  const n = normalPilihan(teks);
  const persis = pilihan.find((p) => normalPilihan(p.label) === n);
  if (persis) return { ok: true, nilai: persis };
  const m = /^ra\s*-?\s*(\d{1,3})\b(.*)$/.exec(n);
  const perKode = m ? pilihan.find((p) => p.kode === kodeRencanaAksi(Number(m[1]) - 1)) : undefined;
  if (perKode && m![2]!.trim() === "") return { ok: true, nilai: perKode };
  if (perKode) return { ok: false, pesan: `Rencana aksi "${potong(teks, 60)}" tidak cocok dengan daftar terbaru (${perKode.kode} sekarang: ${potong(perKode.uraian, 60)}). Unduh ulang templat dan pilih dari daftar.` };
  return { ok: false, pesan: `Rencana aksi "${potong(teks, 60)}" tidak ada di daftar rencana aksi Anda yang dapat diisi. Pilih dari lembar "${LEMBAR_DAFTAR_RA}".` };
}

// ─── Impor ───────────────────────────────────────────────────────────────────────────────────

export type BarisHarian = {
  /** Nomor baris Excel (1-based). */
  baris: number;
  rencanaAksiId: string | null;
  /** Label pilihan rencana aksi (atau isi sel apa adanya bila tidak dikenal). */
  rencanaAksi: string;
  tanggal: Date | null;
  jamMulai: number | null;
  jamSelesai: number | null;
  kegiatan: string;
  realisasi: number | null;
  satuan: string;
  tautan: string | null;
};

/** Baris yang lengkap dan sah (tanpa galat): siap disimpan. */
export type BarisHarianSah = BarisHarian & { rencanaAksiId: string; tanggal: Date; jamMulai: number; jamSelesai: number; realisasi: number };

export type HasilImporHarian = { ok: boolean; baris: BarisHarian[]; galat: GalatImpor[] };

export type KonteksImporHarian = {
  rencanaAksi: readonly RencanaAksiHarian[];
  hariIni: Date;
  maksJam: number;
  maksBaris?: number;
};

/** Baris tanpa galat (hasil bacaImporHarian dan/atau periksaTerhadapEntriAda). */
export function barisSah(baris: readonly BarisHarian[], galat: readonly GalatImpor[]): BarisHarianSah[] {
  const salah = new Set(galat.map((g) => g.baris));
  return baris.filter((b): b is BarisHarianSah => !salah.has(b.baris) && b.rencanaAksiId !== null && b.tanggal !== null && b.jamMulai !== null && b.jamSelesai !== null && b.realisasi !== null);
}

/**
 * Membaca berkas impor progres harian. Galat berkas (bukan .xlsx, bom zip, lembar/judul kolom hilang) → galat dengan
 * `baris: null` dan `baris: []`. Selain itu setiap baris yang tidak kosong diperiksa dan SEMUA galat dikembalikan
 * (nomor baris Excel, nama kolom, pesan): rencana aksi, tanggal (format, masa depan, rentang rencana aksi), jam
 * (format, selesai ≤ mulai), tumpang tindih dengan baris lain pada hari yang sama, batas jam per hari di dalam
 * berkas, kegiatan, realisasi, satuan, tautan. Pemeriksaan terhadap entri di basis data: periksaTerhadapEntriAda.
 */
export async function bacaImporHarian(bytes: Uint8Array, k: KonteksImporHarian): Promise<HasilImporHarian> {
  const maksBaris = k.maksBaris ?? MAKS_BARIS_HARIAN;
  const gagalBerkas = (pesan: string): HasilImporHarian => ({ ok: false, galat: [{ baris: null, kolom: null, pesan }], baris: [] });

  const zip = await periksaZip(bytes, { maksTerurai: MAKS_TERURAI_BYTES });
  if (!zip.ok) return gagalBerkas(zip.jenis === "terlalu-besar" ? PESAN_HARIAN_TERLALU_BESAR : zip.jenis === "tidak-konsisten" ? PESAN_ZIP_TIDAK_KONSISTEN : PESAN_BUKAN_XLSX);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return gagalBerkas(PESAN_BUKAN_XLSX);
  }
  if (wb.worksheets.length === 0) return gagalBerkas(PESAN_BUKAN_XLSX);
  const ws = wb.worksheets.find((w) => normalJudul(w.name) === normalJudul(LEMBAR_HARIAN));
  if (!ws) return gagalBerkas(`Lembar "${LEMBAR_HARIAN}" tidak ditemukan. Gunakan templat progres harian terbaru dari portal.`);
  const judul = cariJudulKolom(ws, KOLOM_HARIAN, LEMBAR_HARIAN);
  if (!judul.ok) return { ok: false, galat: judul.galat, baris: [] };

  const pilihan = daftarPilihan(k.rencanaAksi);
  const galat: GalatImpor[] = [];
  const baris: BarisHarian[] = [];
  let terisi = 0;

  for (let r = judul.baris + 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const n = Object.fromEntries(KOLOM_HARIAN.map((kol) => [kol, nilaiSel(row.getCell(judul.kolom[kol]).value)])) as Record<KolomHarian, NilaiSel>;
    if (KOLOM_HARIAN.every((kol) => n[kol].jenis === "kosong")) continue;
    terisi++;
    if (terisi > maksBaris) continue;
    const g = (kolom: KolomHarian, pesan: string) => galat.push({ baris: r, kolom, pesan });
    const teksWajib = (kolom: KolomHarian): string => {
      const p = pesanGalatRumus(n[kolom]);
      if (p) {
        g(kolom, p);
        return "";
      }
      return sebagaiTeks(n[kolom]) ?? "";
    };

    // Rencana aksi
    let ra: PilihanTemplat | null = null;
    const tRa = teksWajib(K_RA);
    if (n[K_RA].jenis === "kosong") g(K_RA, `Rencana aksi wajib diisi. Pilih dari daftar (lembar "${LEMBAR_DAFTAR_RA}").`);
    else if (tRa !== "") {
      const c = cocokRencanaAksi(tRa, pilihan);
      if (c.ok) ra = c.nilai;
      else g(K_RA, c.pesan);
    }

    // Tanggal dan jam
    const tgl = bacaTanggalSel(n[K_TANGGAL]);
    if (tgl === null) g(K_TANGGAL, "Tanggal wajib diisi, mis. 01/12/2026.");
    else if (!tgl.ok) g(K_TANGGAL, tgl.pesan);
    const mulai = bacaJamSel(n[K_MULAI]);
    if (mulai === null) g(K_MULAI, "Jam mulai wajib diisi, mis. 08:00.");
    else if (!mulai.ok) g(K_MULAI, mulai.pesan);
    const selesai = bacaJamSel(n[K_SELESAI], { selesai: true });
    if (selesai === null) g(K_SELESAI, "Jam selesai wajib diisi, mis. 09:30.");
    else if (!selesai.ok) g(K_SELESAI, selesai.pesan);
    const tanggal = tgl?.ok ? tgl.nilai : null;
    const jamMulai = mulai?.ok ? mulai.nilai : null;
    const jamSelesai = selesai?.ok ? selesai.nilai : null;
    if (tanggal && jamMulai !== null && jamSelesai !== null) {
      const p = periksaEntri({
        tanggal,
        jamMulai,
        jamSelesai,
        hariIni: k.hariIni,
        berlaku: ra ? { mulai: ra.mulai, selesai: ra.selesai, label: ra.periode } : { mulai: tanggal, selesai: tanggal, label: "" },
        lainHariItu: [],
        maksJam: k.maksJam,
      });
      if (p.tanggal) g(K_TANGGAL, p.tanggal);
      if (p.jamSelesai) g(K_SELESAI, p.jamSelesai);
    } else if (tanggal && tanggal.getTime() > k.hariIni.getTime()) {
      g(K_TANGGAL, "Tanggal tidak boleh di masa depan: progres harian dicatat untuk hari ini atau sebelumnya.");
    }

    // Kegiatan
    const kegiatan = teksWajib(K_KEGIATAN);
    const pk = [...kegiatan].length;
    if (n[K_KEGIATAN].jenis === "kosong") g(K_KEGIATAN, "Kegiatan wajib diisi.");
    else if (kegiatan !== "" && pk < KEGIATAN_MIN) g(K_KEGIATAN, `Kegiatan minimal ${KEGIATAN_MIN} karakter.`);
    else if (pk > KEGIATAN_MAKS) g(K_KEGIATAN, `Kegiatan maksimal ${KEGIATAN_MAKS} karakter (saat ini ${pk}).`);

    // Realisasi dan satuan
    const re = bacaRealisasi(n[K_REALISASI]);
    if (re === null) g(K_REALISASI, "Realisasi wajib diisi (angka, boleh 0).");
    else if (!re.ok) g(K_REALISASI, re.pesan);
    const satuan = teksWajib(K_SATUAN).replace(/\s+/g, " ");
    if (n[K_SATUAN].jenis === "kosong") g(K_SATUAN, ra?.satuan ? `Satuan wajib diisi, mis. "${ra.satuan}".` : 'Satuan wajib diisi, mis. "dokumen".');
    else if ([...satuan].length > SATUAN_MAKS) g(K_SATUAN, `Satuan maksimal ${SATUAN_MAKS} karakter.`);

    // Tautan
    let tautan: string | null = null;
    const tTautan = teksWajib(K_TAUTAN);
    if (tTautan !== "") {
      const t = periksaTautan(tTautan);
      if (!t.ok) g(K_TAUTAN, t.pesan);
      else if (t.url.length > TAUTAN_MAKS) g(K_TAUTAN, `Tautan maksimal ${TAUTAN_MAKS} karakter.`);
      else tautan = t.url;
    }

    baris.push({
      baris: r,
      rencanaAksiId: ra?.id ?? null,
      rencanaAksi: ra?.label ?? tRa,
      tanggal,
      jamMulai,
      jamSelesai,
      kegiatan,
      realisasi: re?.ok ? re.nilai : null,
      satuan,
      tautan,
    });
  }

  // Tumpang tindih dan batas jam di antara baris berkas (yang jamnya terbaca dan urut).
  const berjam = baris.filter((b) => b.tanggal && b.jamMulai !== null && b.jamSelesai !== null && b.jamSelesai > b.jamMulai);
  const bentrok = bentrokDalam(berjam.map((b) => ({ tanggal: isoTanggal(b.tanggal!), mulai: b.jamMulai!, selesai: b.jamSelesai! })));
  for (const [i, j] of bentrok) {
    const a = berjam[i]!;
    const b = berjam[j]!;
    galat.push({
      baris: a.baris,
      kolom: K_MULAI,
      pesan: `Jam ${formatJam(a.jamMulai!)}–${formatJam(a.jamSelesai!)} bertumpang tindih dengan baris ${b.baris} (${formatJam(b.jamMulai!)}–${formatJam(b.jamSelesai!)}) pada ${tanggalPanjang(a.tanggal!)}.`,
    });
  }
  const perHari = new Map<string, BarisHarian[]>();
  for (const b of berjam) perHari.set(isoTanggal(b.tanggal!), [...(perHari.get(isoTanggal(b.tanggal!)) ?? []), b]);
  for (const hari of perHari.values()) {
    let total = 0;
    for (const b of hari) {
      total += b.jamSelesai! - b.jamMulai!;
      if (total > k.maksJam * 60) {
        galat.push({ baris: b.baris, kolom: K_SELESAI, pesan: `Jumlah jam kegiatan pada ${tanggalPanjang(b.tanggal!)} dalam berkas ini menjadi ${formatDurasi(total)}, melebihi batas ${k.maksJam} jam per hari.` });
      }
    }
  }

  if (terisi === 0) galat.push({ baris: null, kolom: null, pesan: "Tidak ada baris progres harian yang diisi." });
  if (terisi > maksBaris) galat.unshift({ baris: null, kolom: null, pesan: `Terlalu banyak baris: ${terisi} kegiatan. Maksimal ${maksBaris} baris per unggahan; bagi ke beberapa berkas.` });
  galat.sort((a, b) => (a.baris ?? 0) - (b.baris ?? 0) || KOLOM_HARIAN.indexOf(a.kolom as KolomHarian) - KOLOM_HARIAN.indexOf(b.kolom as KolomHarian));
  return { ok: galat.length === 0, galat, baris };
}

/**
 * Pemeriksaan baris sah terhadap entri pegawai yang sudah ada di basis data (per tanggal "YYYY-MM-DD"): tumpang
 * tindih dan batas jam per hari termasuk menit yang sudah tercatat. Baris `sudahAda` (sidiknya sudah tersimpan)
 * dilewati: tidak disimpan lagi dan tidak dibandingkan dengan dirinya sendiri.
 */
export function periksaTerhadapEntriAda(baris: readonly BarisHarianSah[], ada: ReadonlyMap<string, readonly Rentang[]>, sudahAda: ReadonlySet<number>, maksJam: number): GalatImpor[] {
  const galat: GalatImpor[] = [];
  const menitBaru = new Map<string, number>();
  for (const b of baris) {
    if (sudahAda.has(b.baris)) continue;
    const iso = isoTanggal(b.tanggal);
    const lain = ada.get(iso) ?? [];
    const bentrok = cariBentrok({ mulai: b.jamMulai, selesai: b.jamSelesai }, lain);
    if (bentrok.length > 0) {
      galat.push({
        baris: b.baris,
        kolom: K_MULAI,
        pesan: `Jam ${formatJam(b.jamMulai)}–${formatJam(b.jamSelesai)} bertumpang tindih dengan entri yang sudah ada pada ${tanggalPanjang(b.tanggal)} (${bentrok.map((x) => `${formatJam(x.mulai)}–${formatJam(x.selesai)}`).join(", ")}).`,
      });
      continue;
    }
    const total = lain.reduce((s, x) => s + x.selesai - x.mulai, 0) + (menitBaru.get(iso) ?? 0) + b.jamSelesai - b.jamMulai;
    menitBaru.set(iso, (menitBaru.get(iso) ?? 0) + b.jamSelesai - b.jamMulai);
    if (total > maksJam * 60) {
      galat.push({ baris: b.baris, kolom: K_SELESAI, pesan: `Jumlah jam kegiatan pada ${tanggalPanjang(b.tanggal)} bersama entri yang sudah ada menjadi ${formatDurasi(total)}, melebihi batas ${maksJam} jam per hari.` });
    }
  }
  return galat;
}

/** "Baris 7, kolom Jam Mulai: …" */
export const teksGalat = (g: GalatImpor): string => (g.baris ? `Baris ${g.baris}${g.kolom ? `, kolom ${g.kolom}` : ""}: ${g.pesan}` : g.pesan);
