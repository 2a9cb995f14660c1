// Tipe bersama penanda tangan dokumen PDF (segel instansi / BSrE). Tanpa Prisma, tanpa next/*.
import type { MetodeTtd } from "../jenis";

export type { MetodeTtd };

export type DataPenanda = {
  nama: string;
  nip: string | null;
  /** Alasan penandatanganan, mis. "Menyetujui SKP periode 2026". */
  alasan: string;
  /** Tempat penandatanganan, mis. "Kabupaten Contoh". */
  lokasi: string;
  /** Waktu penandatanganan yang dinyatakan (entri /M kamus tanda tangan). */
  waktu: Date;
  /** Hanya BSrE. Tidak pernah dicatat atau disimpan. */
  passphrase?: string;
  /** Hanya BSrE: NIK pemilik sertifikat elektronik. */
  nik?: string;
};

export type InfoSertifikat = {
  /** Mis. "CN=Segel Pengembangan …, O=…, C=ID". */
  subjek: string;
  penerbit: string;
  berlakuSampai: Date;
  /** true bila sertifikat pengembangan swa-tanda (bukan sertifikat resmi). */
  pengembangan: boolean;
};

export type HasilTtd = { pdf: Buffer; sha256: string; metode: MetodeTtd; sertifikat: InfoSertifikat };

export type HasilPeriksaPengguna = { ok: true } | { ok: false; pesan: string };

export interface Penandatangan {
  metode: MetodeTtd;
  tandatangani(pdf: Buffer, data: DataPenanda): Promise<HasilTtd>;
  /** true bila segel memakai sertifikat pengembangan swa-tanda */
  apakahSertifikatPengembangan(): boolean;
  /** BSrE: cek status pengguna sebelum meminta passphrase; segel: selalu {ok:true} */
  periksaPengguna?(nik: string): Promise<HasilPeriksaPengguna>;
}

export type KodeGagalTtd =
  | "PENGGUNA_TIDAK_TERDAFTAR"
  | "PASSPHRASE_SALAH"
  | "SERTIFIKAT_KEDALUWARSA"
  | "LAYANAN_TIDAK_TERJANGKAU"
  | "BERKAS_TIDAK_SAH"
  | "KONFIGURASI"
  | "LAINNYA";

/** Kegagalan tanda tangan: `pesan` (bahasa Indonesia) untuk penanda tangan; `rincian` untuk log (tanpa passphrase). */
export class GagalTandaTangan extends Error {
  readonly kode: KodeGagalTtd;
  readonly pesan: string;
  readonly rincian?: string;

  constructor(kode: KodeGagalTtd, pesan: string, rincian?: string, opsi?: { cause?: unknown }) {
    super(rincian ? `${pesan} (${rincian})` : pesan, opsi);
    this.name = "GagalTandaTangan";
    this.kode = kode;
    this.pesan = pesan;
    this.rincian = rincian;
  }
}
