// Penjaga arsip ZIP yang diunggah (mis. .xlsx) sebelum pustaka lain (JSZip di dalam exceljs) melihatnya.
// Murni: tanpa Prisma, tanpa next/*; hanya node:zlib.
//
// Pustaka ZIP membaca SETIAP entri yang ditemukannya dan mempercayai ukuran yang tertulis, jadi pemeriksaan
// yang hanya menjumlah ukuran di direktori pusat dapat dikelabui (catatan akhir mengaku 1 entri padahal ada 2,
// header lokal berbohong, data descriptor menyelipkan ukuran lain). periksaZip berjalan sebaliknya:
//  1. catatan akhir (EOCD) tepat di ujung berkas, tanpa ZIP64, tanpa multi-disk;
//  2. direktori pusat berisi TEPAT sejumlah entri yang diakui dan berakhir tepat di catatan akhir;
//  3. setiap header lokal cocok dengan entri direktori pusatnya (nama, metode, flag, CRC, ukuran), data descriptor
//     (bila ada) juga cocok;
//  4. entri-entri menutup berkas dari byte 0 sampai direktori pusat tanpa celah dan tanpa tumpang-tindih (tidak ada
//     entri tersembunyi yang tidak tercatat di direktori pusat);
//  5. jumlah ukuran terurai yang diakui ≤ batas, lalu SETIAP entri benar-benar diurai dengan penghitung byte yang
//     menghentikan inflasi begitu melewati ukuran yang diakui; ukuran nyata dan CRC-32 harus sama dengan yang diakui.
// Memori yang dipakai selama pemeriksaan terbatas pada satu potongan inflasi (64 KB), bukan ukuran berkas terurai.
// Setelah lolos, byte asli aman diberikan ke pembaca ZIP mana pun: entri yang akan dibacanya persis yang diperiksa.
import { createInflateRaw } from "node:zlib";

export type EntriZip = {
  nama: string;
  metode: 0 | 8;
  crc32: number;
  ukuranMampat: number;
  ukuranTerurai: number;
  offsetLokal: number;
};

export type OpsiZipAman = {
  /** Batas jumlah ukuran terurai semua entri (byte). */
  maksTerurai: number;
  /** Batas ukuran terurai satu entri (byte); bawaan = maksTerurai. */
  maksTeruraiPerEntri?: number;
  /** Batas jumlah entri; bawaan 1000 (templat .xlsx berisi belasan). */
  maksEntri?: number;
};

export type AlasanZipDitolak =
  | "bukan-zip"
  | "zip64"
  | "multi-disk"
  | "jumlah-entri"
  | "direktori-pusat"
  | "header-lokal"
  | "data-descriptor"
  | "tumpang-tindih"
  | "celah"
  | "metode"
  | "terenkripsi"
  | "nama-ganda"
  | "terlalu-banyak-entri"
  | "terlalu-besar"
  | "ukuran-bohong"
  | "crc"
  | "rusak";

/** Kelompok alasan untuk pesan pengguna: berkas bukan ZIP/rusak, terlalu besar, atau isinya tidak konsisten. */
export type JenisPenolakanZip = "bukan-zip" | "terlalu-besar" | "tidak-konsisten";

export type HasilZipAman =
  | { ok: true; entri: EntriZip[]; totalTerurai: number }
  | { ok: false; alasan: AlasanZipDitolak; jenis: JenisPenolakanZip; rincian: string };

export const MAKS_ENTRI_BAWAAN = 1000;

const SIG_LOKAL = 0x04034b50;
const SIG_PUSAT = 0x02014b50;
const SIG_AKHIR = 0x06054b50;
const SIG_LOKATOR_ZIP64 = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const PANJANG_AKHIR = 22;
const MAKS_KOMENTAR = 0xffff;
const FLAG_TERENKRIPSI = 0x0001 | 0x0040;
const FLAG_DESCRIPTOR = 0x0008;
const MAKS_16 = 0xffff;
const MAKS_32 = 0xffffffff;
const POTONGAN_INFLASI = 64 * 1024;

function jenisDari(alasan: AlasanZipDitolak): JenisPenolakanZip {
  if (alasan === "bukan-zip" || alasan === "rusak" || alasan === "metode" || alasan === "terenkripsi") return "bukan-zip";
  if (alasan === "terlalu-besar" || alasan === "terlalu-banyak-entri") return "terlalu-besar";
  return "tidak-konsisten";
}

const tolak = (alasan: AlasanZipDitolak, rincian: string): HasilZipAman => ({ ok: false, alasan, jenis: jenisDari(alasan), rincian });

// ─── CRC-32 (IEEE 802.3; zlib.crc32 baru ada sejak Node 20.15) ─────────────────────────────────

const TABEL_CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Memperbarui CRC-32 berjalan dengan potongan `b` (mulai dari 0). */
export function crc32(b: Uint8Array, awal = 0): number {
  let c = (awal ^ MAKS_32) >>> 0;
  for (let i = 0; i < b.length; i++) c = TABEL_CRC[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ MAKS_32) >>> 0;
}

// ─── Inflasi berbatas ──────────────────────────────────────────────────────────────────────────

type HasilInflasi = { ok: true; ukuran: number; crc32: number } | { ok: false; alasan: "ukuran-bohong" | "rusak" };

/**
 * Mengurai data deflate mentah sambil menghitung byte keluaran; berhenti (dan menghentikan zlib) begitu keluaran
 * melewati `batas`. Keluaran tidak disimpan: hanya ukuran dan CRC-32.
 */
export function inflasiTerbatas(data: Uint8Array, batas: number): Promise<HasilInflasi> {
  return new Promise((selesai) => {
    const z = createInflateRaw({ chunkSize: POTONGAN_INFLASI });
    let ukuran = 0;
    let crc = 0;
    let beres = false;
    const akhiri = (h: HasilInflasi) => {
      if (beres) return;
      beres = true;
      selesai(h);
    };
    z.on("data", (potongan: Buffer) => {
      if (beres) return;
      ukuran += potongan.length;
      if (ukuran > batas) {
        akhiri({ ok: false, alasan: "ukuran-bohong" });
        z.destroy();
        return;
      }
      crc = crc32(potongan, crc);
    });
    z.on("error", () => akhiri({ ok: false, alasan: "rusak" }));
    z.on("end", () => akhiri({ ok: true, ukuran, crc32: crc }));
    z.end(data);
  });
}

// ─── Pemeriksaan struktur ──────────────────────────────────────────────────────────────────────

type EntriPusat = EntriZip & { flag: number; namaMentah: Uint8Array };

function samaByte(a: Uint8Array, b: Uint8Array) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function cariAkhir(b: Uint8Array, v: DataView): number {
  if (b.length < PANJANG_AKHIR) return -1;
  for (let i = b.length - PANJANG_AKHIR; i >= Math.max(0, b.length - PANJANG_AKHIR - MAKS_KOMENTAR); i--) {
    if (v.getUint32(i, true) === SIG_AKHIR) return i;
  }
  return -1;
}

/**
 * Memeriksa struktur dan isi arsip ZIP (lihat keterangan modul). Menolak pada kebohongan pertama.
 * Tidak mengubah `bytes` dan tidak menyimpan isi terurai.
 */
export async function periksaZip(bytes: Uint8Array, opsi: OpsiZipAman): Promise<HasilZipAman> {
  const maksTotal = opsi.maksTerurai;
  const maksEntri = opsi.maksTeruraiPerEntri ?? maksTotal;
  const maksJumlah = opsi.maksEntri ?? MAKS_ENTRI_BAWAAN;
  const b = bytes;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (p: number) => v.getUint16(p, true);
  const u32 = (p: number) => v.getUint32(p, true);
  // Header lokal dan entri direktori pusat memuat bidang yang sama dengan urutan yang sama; di direktori pusat
  // bidang itu bergeser 2 byte (ada "versi pembuat" di depannya). `a` = awal header lokal, atau awal entri pusat + 2.
  const bidang = (a: number) => ({
    flag: u16(a + 6),
    metode: u16(a + 8),
    crc: u32(a + 14),
    mampat: u32(a + 18),
    terurai: u32(a + 22),
    pn: u16(a + 26),
    pe: u16(a + 28),
  });

  if (b.length < 4 || u32(0) !== SIG_LOKAL) return tolak("bukan-zip", "tidak diawali header lokal ZIP");

  // 1. Catatan akhir
  const akhir = cariAkhir(b, v);
  if (akhir < 0) return tolak("bukan-zip", "catatan akhir ZIP tidak ditemukan");
  if (akhir + PANJANG_AKHIR + u16(akhir + 20) !== b.length) return tolak("direktori-pusat", "panjang komentar ZIP tidak sampai ujung berkas");
  const disk = u16(akhir + 4);
  const diskPusat = u16(akhir + 6);
  const jumlahDisk = u16(akhir + 8);
  const jumlah = u16(akhir + 10);
  const ukuranPusat = u32(akhir + 12);
  const awalPusat = u32(akhir + 16);
  if (jumlah === MAKS_16 || jumlahDisk === MAKS_16 || ukuranPusat === MAKS_32 || awalPusat === MAKS_32) return tolak("zip64", "ZIP64 tidak diterima");
  if (akhir >= 20 && u32(akhir - 20) === SIG_LOKATOR_ZIP64) return tolak("zip64", "ZIP64 tidak diterima");
  if (disk !== 0 || diskPusat !== 0 || jumlahDisk !== jumlah) return tolak("multi-disk", "ZIP multi-disk tidak diterima");
  if (jumlah > maksJumlah) return tolak("terlalu-banyak-entri", `${jumlah} entri, maksimal ${maksJumlah}`);
  if (awalPusat + ukuranPusat !== akhir) return tolak("direktori-pusat", "direktori pusat tidak berakhir tepat di catatan akhir");

  // 2. Direktori pusat: tepat `jumlah` entri, tidak lebih, tidak kurang.
  const pusat: EntriPusat[] = [];
  const namaTerlihat = new Set<string>();
  let p = awalPusat;
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > akhir || u32(p) !== SIG_PUSAT) return tolak("jumlah-entri", `catatan akhir mengaku ${jumlah} entri, direktori pusat berisi ${n}`);
    const { flag, metode, crc, mampat: ukuranMampat, terurai: ukuranTerurai, pn, pe } = bidang(p + 2);
    const pk = u16(p + 32);
    const diskMulai = u16(p + 34);
    const offsetLokal = u32(p + 42);
    const ujung = p + 46 + pn + pe + pk;
    if (ujung > akhir) return tolak("direktori-pusat", "entri direktori pusat melewati batasnya");
    if (ukuranMampat === MAKS_32 || ukuranTerurai === MAKS_32 || offsetLokal === MAKS_32 || diskMulai === MAKS_16) return tolak("zip64", "ZIP64 tidak diterima");
    if (diskMulai !== 0) return tolak("multi-disk", "ZIP multi-disk tidak diterima");
    if (flag & FLAG_TERENKRIPSI) return tolak("terenkripsi", "entri terenkripsi");
    if (metode !== 0 && metode !== 8) return tolak("metode", `metode kompresi ${metode} tidak didukung`);
    if (metode === 0 && ukuranMampat !== ukuranTerurai) return tolak("ukuran-bohong", "entri tanpa kompresi dengan dua ukuran berbeda");
    const namaMentah = b.subarray(p + 46, p + 46 + pn);
    const nama = new TextDecoder("utf-8", { fatal: false }).decode(namaMentah);
    const kunciNama = Buffer.from(namaMentah).toString("latin1");
    if (namaTerlihat.has(kunciNama)) return tolak("nama-ganda", `entri "${nama}" muncul lebih dari sekali`);
    namaTerlihat.add(kunciNama);
    pusat.push({ nama, namaMentah, flag, metode: metode as 0 | 8, crc32: crc, ukuranMampat, ukuranTerurai, offsetLokal });
    p = ujung;
  }
  if (p !== akhir) {
    return u32(p) === SIG_PUSAT
      ? tolak("jumlah-entri", `catatan akhir mengaku ${jumlah} entri, direktori pusat berisi lebih`)
      : tolak("direktori-pusat", "sisa byte di direktori pusat");
  }

  // 5a. Batas ukuran yang diakui, sebelum mengurai apa pun.
  let total = 0;
  for (const e of pusat) {
    if (e.ukuranTerurai > maksEntri) return tolak("terlalu-besar", `entri "${e.nama}" terurai ${e.ukuranTerurai} byte`);
    total += e.ukuranTerurai;
    if (total > maksTotal) return tolak("terlalu-besar", `jumlah terurai melewati ${maksTotal} byte`);
  }

  // 3. Header lokal dan data descriptor; 4. cakupan berkas tanpa celah dan tumpang-tindih.
  const rentang: { awal: number; ujung: number; e: EntriPusat; awalData: number }[] = [];
  for (const e of pusat) {
    const o = e.offsetLokal;
    if (o + 30 > awalPusat || u32(o) !== SIG_LOKAL) return tolak("header-lokal", `header lokal "${e.nama}" tidak ditemukan`);
    const { flag, metode, crc, mampat, terurai, pn, pe } = bidang(o);
    const awalData = o + 30 + pn + pe;
    if (flag !== e.flag || metode !== e.metode) return tolak("header-lokal", `flag/metode header lokal "${e.nama}" berbeda dari direktori pusat`);
    if (awalData > awalPusat || !samaByte(b.subarray(o + 30, o + 30 + pn), e.namaMentah)) return tolak("header-lokal", `nama header lokal berbeda dari direktori pusat ("${e.nama}")`);
    const cocok = crc === e.crc32 && mampat === e.ukuranMampat && terurai === e.ukuranTerurai;
    let ujung = awalData + e.ukuranMampat;
    if (ujung > awalPusat) return tolak("header-lokal", `data "${e.nama}" melewati awal direktori pusat`);
    if (e.flag & FLAG_DESCRIPTOR) {
      // Header lokal boleh berisi nol (ditulis sebelum ukurannya diketahui) atau nilai yang sama; descriptor wajib sama.
      if (!cocok && (crc !== 0 || mampat !== 0 || terurai !== 0)) return tolak("header-lokal", `ukuran/CRC header lokal "${e.nama}" berbeda dari direktori pusat`);
      const bertanda = ujung + 16 <= awalPusat && u32(ujung) === SIG_DESCRIPTOR;
      const d = bertanda ? ujung + 4 : ujung;
      if (d + 12 > awalPusat) return tolak("data-descriptor", `data descriptor "${e.nama}" tidak ditemukan`);
      if (u32(d) !== e.crc32 || u32(d + 4) !== e.ukuranMampat || u32(d + 8) !== e.ukuranTerurai) return tolak("data-descriptor", `data descriptor "${e.nama}" berbeda dari direktori pusat`);
      ujung = d + 12;
    } else if (!cocok) {
      return tolak("header-lokal", `ukuran/CRC header lokal "${e.nama}" berbeda dari direktori pusat`);
    }
    rentang.push({ awal: o, ujung, e, awalData });
  }
  rentang.sort((a, c) => a.awal - c.awal);
  let pos = 0;
  for (const r of rentang) {
    if (r.awal < pos) return tolak("tumpang-tindih", `entri "${r.e.nama}" tumpang-tindih dengan entri sebelumnya`);
    if (r.awal > pos) return tolak("celah", `ada ${r.awal - pos} byte di luar entri yang tercatat sebelum "${r.e.nama}"`);
    pos = r.ujung;
  }
  if (pos !== awalPusat) return tolak("celah", `ada ${awalPusat - pos} byte di luar entri yang tercatat sebelum direktori pusat`);

  // 5b. Isi nyata: diurai dengan batas = ukuran yang diakui; ukuran dan CRC-32 harus tepat.
  for (const r of rentang) {
    const e = r.e;
    const data = b.subarray(r.awalData, r.awalData + e.ukuranMampat);
    let ukuran: number;
    let crc: number;
    if (e.metode === 0) {
      ukuran = data.length;
      crc = crc32(data);
    } else {
      const h = await inflasiTerbatas(data, e.ukuranTerurai);
      if (!h.ok) return h.alasan === "rusak" ? tolak("rusak", `data "${e.nama}" tidak dapat diurai`) : tolak("ukuran-bohong", `"${e.nama}" terurai melebihi ${e.ukuranTerurai} byte yang diakui`);
      ukuran = h.ukuran;
      crc = h.crc32;
    }
    if (ukuran !== e.ukuranTerurai) return tolak("ukuran-bohong", `"${e.nama}" terurai ${ukuran} byte, diakui ${e.ukuranTerurai}`);
    if (crc !== e.crc32) return tolak("crc", `CRC-32 "${e.nama}" tidak cocok`);
  }

  return {
    ok: true,
    totalTerurai: total,
    entri: rentang.map(({ e }) => ({ nama: e.nama, metode: e.metode, crc32: e.crc32, ukuranMampat: e.ukuranMampat, ukuranTerurai: e.ukuranTerurai, offsetLokal: e.offsetLokal })),
  };
}
