// Perakit arsip ZIP untuk uji: menulis header lokal, direktori pusat dan catatan akhir byte demi byte agar setiap
// bagian dapat dibuat berbohong (jumlah entri, ukuran, CRC, data descriptor, offset). Hanya untuk uji dan skrip ukur.
import { createDeflateRaw, deflateRawSync } from "node:zlib";
import { crc32 } from "@/lib/penyimpanan/zip-aman";

export type EntriRakitan = {
  nama: string;
  /** Isi asli; bila `data` tidak diberikan, dimampatkan sesuai `metode`. */
  isi?: Uint8Array;
  /** Data yang ditulis apa adanya (sudah dimampatkan). */
  data?: Uint8Array;
  metode?: number;
  flag?: number;
  /** Nilai di direktori pusat (dan header lokal, kecuali ditimpa `lokal`); bawaan dihitung dari `isi`. */
  crc32?: number;
  ukuranTerurai?: number;
  lokal?: { crc32?: number; ukuranMampat?: number; ukuranTerurai?: number; nama?: string; flag?: number; metode?: number };
  /** Data descriptor sesudah data (flag bit 3 dipasang otomatis). */
  descriptor?: { crc32?: number; ukuranMampat?: number; ukuranTerurai?: number; tanda?: boolean };
  /** false: entri ditulis di berkas tetapi tidak tercatat di direktori pusat. */
  diPusat?: boolean;
  /** false: header lokal tidak ditulis (dipakai bersama `offsetLokal` untuk entri yang menunjuk ke dalam entri lain). */
  diLokal?: boolean;
  offsetLokal?: number;
};

const teks = (s: string) => new TextEncoder().encode(s);

type Siap = Required<Pick<EntriRakitan, "nama" | "metode" | "flag" | "crc32" | "ukuranTerurai">> & { data: Uint8Array; e: EntriRakitan };

function siapkan(e: EntriRakitan): Siap {
  const metode = e.metode ?? 8;
  const isi = e.isi ?? new Uint8Array();
  const data = e.data ?? (metode === 8 ? new Uint8Array(deflateRawSync(isi)) : isi);
  const flag = (e.flag ?? 0) | (e.descriptor ? 0x0008 : 0);
  return { nama: e.nama, metode, flag, crc32: e.crc32 ?? crc32(isi), ukuranTerurai: e.ukuranTerurai ?? isi.length, data, e };
}

/** Rekaman lokal satu entri: header lokal + data (+ data descriptor). */
export function rekamLokal(entri: EntriRakitan): Uint8Array {
  const s = siapkan(entri);
  const l = entri.lokal ?? {};
  const nama = teks(l.nama ?? s.nama);
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(l.flag ?? s.flag, 6);
  h.writeUInt16LE(l.metode ?? s.metode, 8);
  h.writeUInt32LE(l.crc32 ?? (entri.descriptor ? 0 : s.crc32), 14);
  h.writeUInt32LE(l.ukuranMampat ?? (entri.descriptor ? 0 : s.data.length), 18);
  h.writeUInt32LE(l.ukuranTerurai ?? (entri.descriptor ? 0 : s.ukuranTerurai), 22);
  h.writeUInt16LE(nama.length, 26);
  const bagian: Uint8Array[] = [h, nama, s.data];
  if (entri.descriptor) {
    const d = entri.descriptor;
    const dd = Buffer.alloc(d.tanda === false ? 12 : 16);
    let o = 0;
    if (d.tanda !== false) o = dd.writeUInt32LE(0x08074b50, 0);
    dd.writeUInt32LE(d.crc32 ?? s.crc32, o);
    dd.writeUInt32LE(d.ukuranMampat ?? s.data.length, o + 4);
    dd.writeUInt32LE(d.ukuranTerurai ?? s.ukuranTerurai, o + 8);
    bagian.push(dd);
  }
  return Buffer.concat(bagian);
}

/**
 * Merakit ZIP dari entri berurutan. `jumlahDiakui`: jumlah entri yang ditulis di catatan akhir (bawaan: jumlah entri
 * yang tercatat di direktori pusat).
 */
export function rakitZip(entri: EntriRakitan[], opsi: { jumlahDiakui?: number } = {}): Uint8Array {
  const lokal: Uint8Array[] = [];
  const pusat: Uint8Array[] = [];
  let pos = 0;
  let tercatat = 0;
  for (const e of entri) {
    const s = siapkan(e);
    const offset = e.offsetLokal ?? pos;
    if (e.diLokal !== false) {
      const r = rekamLokal(e);
      lokal.push(r);
      pos += r.length;
    }
    if (e.diPusat === false) continue;
    tercatat++;
    const nama = teks(s.nama);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(s.flag, 8);
    c.writeUInt16LE(s.metode, 10);
    c.writeUInt32LE(s.crc32, 16);
    c.writeUInt32LE(s.data.length, 20);
    c.writeUInt32LE(s.ukuranTerurai, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt32LE(offset, 42);
    pusat.push(c, nama);
  }
  const dirPusat = Buffer.concat(pusat);
  const akhir = Buffer.alloc(22);
  akhir.writeUInt32LE(0x06054b50, 0);
  akhir.writeUInt16LE(opsi.jumlahDiakui ?? tercatat, 8);
  akhir.writeUInt16LE(opsi.jumlahDiakui ?? tercatat, 10);
  akhir.writeUInt32LE(dirPusat.length, 12);
  akhir.writeUInt32LE(pos, 16);
  return new Uint8Array(Buffer.concat([...lokal, dirPusat, akhir]));
}

/** Entri ZIP yang sah (mis. templat .xlsx dari exceljs) sebagai EntriRakitan, dengan data mampat apa adanya. */
export function entriDariZip(bytes: Uint8Array): EntriRakitan[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const akhir = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const jumlah = b.readUInt16LE(akhir + 10);
  let p = b.readUInt32LE(akhir + 16);
  const hasil: EntriRakitan[] = [];
  for (let n = 0; n < jumlah; n++) {
    const metode = b.readUInt16LE(p + 10);
    const mampat = b.readUInt32LE(p + 20);
    const pn = b.readUInt16LE(p + 28);
    const o = b.readUInt32LE(p + 42);
    const awalData = o + 30 + b.readUInt16LE(o + 26) + b.readUInt16LE(o + 28);
    hasil.push({
      nama: b.toString("utf8", p + 46, p + 46 + pn),
      metode,
      crc32: b.readUInt32LE(p + 16),
      ukuranTerurai: b.readUInt32LE(p + 24),
      data: new Uint8Array(b.subarray(awalData, awalData + mampat)),
    });
    p += 46 + pn + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return hasil;
}

/** `megabita` MB nol dimampatkan (deflate mentah) tanpa pernah menampung isi terurai di memori; beserta CRC-32-nya. */
export async function nolTermampat(megabita: number, opsi: { hitungCrc?: boolean } = {}): Promise<{ data: Uint8Array; crc32: number; ukuran: number }> {
  const satu = new Uint8Array(1024 * 1024);
  const d = createDeflateRaw({ level: 9 });
  const potongan: Buffer[] = [];
  d.on("data", (c: Buffer) => potongan.push(c));
  const selesai = new Promise<void>((ok, gagal) => {
    d.on("end", ok);
    d.on("error", gagal);
  });
  let crc = 0;
  for (let i = 0; i < megabita; i++) {
    if (opsi.hitungCrc) crc = crc32(satu, crc);
    if (!d.write(satu)) await new Promise((ok) => d.once("drain", ok));
  }
  d.end();
  await selesai;
  return { data: new Uint8Array(Buffer.concat(potongan)), crc32: crc, ukuran: megabita * 1024 * 1024 };
}
