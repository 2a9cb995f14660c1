// Render dokumen resmi ke PDF (Buffer). Kode server murni: tanpa next/* dan tanpa "server-only" (diuji langsung).
// Keluaran @react-pdf memakai tabel xref klasik (bukan xref stream), yang dibutuhkan @signpdf/placeholder-plain
// untuk langkah penandatanganan berikutnya; tidak ada opsi khusus (enkripsi, PDF/A) yang diaktifkan.
import React from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { DataDokumen } from "@/lib/dokumen/jenis";
import { daftarkanHuruf } from "@/lib/dokumen/pdf/huruf";
import { DokumenSkp } from "@/lib/dokumen/pdf/skp";
import { DokumenUmpanBalik } from "@/lib/dokumen/pdf/umpan-balik";
import { DokumenEvaluasiKinerja } from "@/lib/dokumen/pdf/evaluasi";
import { DokumenEvaluasiPegawai } from "@/lib/dokumen/pdf/dokumen-evaluasi";
import { DokumenPenetapan } from "@/lib/dokumen/pdf/penetapan";
import type { OpsiCetak } from "@/lib/dokumen/pdf/bagian";

function elemen(data: DataDokumen, opsi: OpsiCetak): React.ReactElement {
  switch (data.jenis) {
    case "SKP":
      return React.createElement(DokumenSkp, { data, opsi });
    case "UMPAN_BALIK":
      return React.createElement(DokumenUmpanBalik, { data, opsi });
    case "EVALUASI":
      return React.createElement(DokumenEvaluasiKinerja, { data, opsi });
    case "DOKUMEN_EVALUASI":
      return React.createElement(DokumenEvaluasiPegawai, { data, opsi });
    case "PENETAPAN":
      return React.createElement(DokumenPenetapan, { data, opsi });
    default: {
      const tidakDikenal: never = data;
      throw new RangeError(`Jenis dokumen tidak dikenal: ${String((tidakDikenal as { jenis?: string }).jenis)}.`);
    }
  }
}

/** QR kotak verifikasi sebagai PNG data URL (isi: URL halaman verifikasi). */
export async function qrVerifikasi(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, scale: 6 });
}

/**
 * Semua teks dinormalkan ke NFC: nama dari impor sering memakai huruf dasar + tanda gabung ("A" + U+0304); huruf
 * tertanam memiliki glif siap-pakai ("Ā") sehingga tanda tidak salah letak dan teks PDF dapat dicari.
 */
export function normalkanTeks<T>(x: T): T {
  if (typeof x === "string") return x.normalize("NFC") as T;
  if (Array.isArray(x)) return x.map(normalkanTeks) as T;
  if (x && typeof x === "object" && !(x instanceof Date)) {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, normalkanTeks(v)])) as T;
  }
  return x;
}

export async function renderDokumen(data: DataDokumen): Promise<Buffer> {
  daftarkanHuruf();
  const bersih = normalkanTeks(data);
  const qr = bersih.verifikasi ? await qrVerifikasi(bersih.verifikasi.url) : null;
  // Elemen akar adalah <Document>; tipe renderToBuffer meminta ReactElement<DocumentProps>.
  return renderToBuffer(elemen(bersih, { qr }) as Parameters<typeof renderToBuffer>[0]);
}
