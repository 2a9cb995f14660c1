// Operasi PDF untuk tanda tangan: menambah tanda tangan sebagai pembaruan inkremental (tanda tangan lama tetap
// sah) dan membaca kamus /Sig. Parser sederhana berbasis teks: cukup untuk PDF dengan tabel xref biasa (keluaran
// @react-pdf/renderer dan berkas yang sudah ditandatangani modul ini). PDF dengan aliran xref/objek tidak didukung
// oleh @signpdf/placeholder-plain dan ditolak sebagai BERKAS_TIDAK_SAH.
import { randomBytes, X509Certificate } from "node:crypto";
import forge from "node-forge";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf } from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED, type Signer } from "@signpdf/utils";
import { GagalTandaTangan } from "./jenis";

/** Ruang /Contents (byte CMS); cukup untuk rantai beberapa sertifikat RSA 4096. */
const PANJANG_TANDA_TANGAN = 16_384;

/** `aplikasi` menjadi nama PDF (/Prop_Build /App /Name): tanpa spasi. */
export type OpsiTandaTanganPdf = { nama: string; alasan: string; lokasi: string; kontak: string; waktu: Date; aplikasi?: string };

export function periksaBerkasPdf(pdf: Buffer): void {
  if (!Buffer.isBuffer(pdf) || pdf.length < 8 || pdf.subarray(0, 5).toString("latin1") !== "%PDF-") {
    throw new GagalTandaTangan("BERKAS_TIDAK_SAH", "Berkas yang akan ditandatangani bukan PDF yang sah.");
  }
}

/** Menambah satu tanda tangan ETSI.CAdES.detached di akhir berkas (pembaruan inkremental). */
export async function tambahTandaTangan(pdf: Buffer, signer: Signer, o: OpsiTandaTanganPdf): Promise<Buffer> {
  periksaBerkasPdf(pdf);
  if (/\/Type\s*\/XRef\b/.test(pdf.toString("latin1")) || !pdf.includes("trailer")) {
    throw new GagalTandaTangan(
      "BERKAS_TIDAK_SAH",
      "Struktur PDF ini (aliran xref) belum didukung untuk tanda tangan. Cetak ulang dokumen dari portal.",
    );
  }
  // @signpdf menyandikan string non-ASCII (UTF-16BE) lewat Buffer.from(…, "utf8") sehingga rusak. Maka setiap
  // string diisi token ASCII sepanjang string heksadesimal UTF-16BE yang diinginkan, lalu token itu diganti di
  // tempat (panjang sama: offset xref tetap benar).
  const pengganti: { token: string; hex: string }[] = [];
  const str = (nilai: string) => {
    const hex = `<${Buffer.from(`\ufeff${nilai}`, "utf16le").swap16().toString("hex").toUpperCase()}>`;
    let token: string;
    do token = randomBytes(hex.length).toString("hex").slice(0, hex.length - 2);
    while (pdf.includes(token));
    pengganti.push({ token: `(${token})`, hex });
    return token;
  };
  let berPlaceholder: Buffer;
  try {
    berPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: str(o.alasan),
      contactInfo: str(o.kontak),
      name: str(o.nama),
      location: str(o.lokasi),
      signingTime: o.waktu,
      signatureLength: PANJANG_TANDA_TANGAN,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: o.aplikasi,
    });
  } catch (e) {
    throw new GagalTandaTangan("BERKAS_TIDAK_SAH", "Struktur PDF tidak dapat dibaca untuk ditandatangani.", e instanceof Error ? e.message : String(e), {
      cause: e,
    });
  }
  for (const { token, hex } of pengganti) {
    const i = berPlaceholder.indexOf(token, pdf.length - 1, "latin1");
    if (i < 0 || hex.length !== token.length) throw new GagalTandaTangan("LAINNYA", "Gagal menyiapkan kamus tanda tangan.");
    berPlaceholder.write(hex, i, "latin1");
  }
  return new SignPdf().sign(berPlaceholder, signer);
}

type KamusSig = { nomor: string; teks: string };

/** Kamus objek bertipe /Sig (versi terakhir tiap nomor objek, urut kemunculan pertama). */
function kamusTandaTangan(pdf: Buffer): KamusSig[] {
  const teks = pdf.toString("latin1");
  const hasil = new Map<string, string>();
  const re = /(\d+)\s+(\d+)\s+obj\b([\s\S]*?)\bendobj\b/g;
  for (let m = re.exec(teks); m; m = re.exec(teks)) {
    const isi = m[3]!;
    if (/\/Type\s*\/Sig(?![A-Za-z0-9])/.test(isi) && /\/ByteRange/.test(isi)) hasil.set(`${m[1]} ${m[2]}`, isi);
  }
  return [...hasil].map(([nomor, teks]) => ({ nomor, teks }));
}

/** Nilai string PDF (literal atau heksadesimal) setelah kunci, dengan dukungan UTF-16BE (BOM FE FF). */
function nilaiString(kamus: string, kunci: string): string | null {
  const i = kamus.search(new RegExp(`/${kunci}\\s*[(<]`));
  if (i < 0) return null;
  let j = kamus.indexOf(kunci, i) + kunci.length;
  while (/\s/.test(kamus[j] ?? "")) j++;
  let byte: number[] = [];
  if (kamus[j] === "<") {
    const akhir = kamus.indexOf(">", j);
    const hex = kamus.slice(j + 1, akhir).replace(/\s+/g, "");
    byte = [...Buffer.from(hex.length % 2 ? hex + "0" : hex, "hex")];
  } else {
    let kedalaman = 0;
    for (j++; j < kamus.length; j++) {
      const c = kamus[j]!;
      if (c === "\\") {
        const n = kamus[++j]!;
        const lolos: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };
        if (n in lolos) byte.push(lolos[n]!);
        else if (/[0-7]/.test(n)) {
          const okt = /^[0-7]{1,3}/.exec(kamus.slice(j, j + 3))![0];
          byte.push(parseInt(okt, 8) & 0xff);
          j += okt.length - 1;
        } else if (n === "\r" && kamus[j + 1] === "\n") j++;
        else if (n !== "\n" && n !== "\r") byte.push(n.charCodeAt(0));
        continue;
      }
      if (c === "(") kedalaman++;
      if (c === ")" && kedalaman-- === 0) break;
      byte.push(c.charCodeAt(0) & 0xff);
    }
  }
  const b = Buffer.from(byte);
  if (b[0] === 0xfe && b[1] === 0xff) return b.subarray(2).swap16().toString("utf16le");
  return b.toString("latin1");
}

/** Ringkasan tanda tangan dalam PDF (untuk uji dan halaman verifikasi). Tidak memverifikasi kriptografi. */
export function bacaTandaTangan(pdf: Buffer): { jumlah: number; subFilter: string[]; nama: string[] } {
  const semua = kamusTandaTangan(pdf);
  return {
    jumlah: semua.length,
    subFilter: semua.map((k) => /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(k.teks)?.[1] ?? ""),
    nama: semua.map((k) => nilaiString(k.teks, "Name") ?? ""),
  };
}

/** Sertifikat penanda tangan (DER) dari tanda tangan terakhir dalam PDF; null bila tidak ada/tak terbaca. */
export function sertifikatTandaTanganTerakhir(pdf: Buffer): Buffer | null {
  const terakhir = kamusTandaTangan(pdf).at(-1);
  const hex = terakhir && /\/Contents\s*<([0-9A-Fa-f\s]+)>/.exec(terakhir.teks)?.[1];
  if (!hex) return null;
  try {
    const der = Buffer.from(hex.replace(/\s+/g, ""), "hex");
    const cms = forge.asn1.fromDer(forge.util.createBuffer(der.toString("binary")), { parseAllBytes: false } as unknown as boolean);
    const isi = ((cms.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[];
    const daftar = isi.find((a) => a.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && a.type === 0);
    const sertDer = ((daftar?.value ?? []) as forge.asn1.Asn1[]).map((c) => Buffer.from(forge.asn1.toDer(c).getBytes(), "binary"));
    // SignerInfo: sid IssuerAndSerialNumber → pilih sertifikat dengan nomor seri itu.
    const infoPenanda = ((isi.at(-1)!.value as forge.asn1.Asn1[])[0]!.value as forge.asn1.Asn1[])[1]!;
    const seri = Buffer.from(((infoPenanda.value as forge.asn1.Asn1[])[1]!.value as string) ?? "", "binary")
      .toString("hex")
      .replace(/^(00)+/, "")
      .toUpperCase();
    return sertDer.find((d) => new X509Certificate(d).serialNumber.replace(/^(00)+/, "").toUpperCase() === seri) ?? sertDer[0] ?? null;
  } catch {
    return null;
  }
}
