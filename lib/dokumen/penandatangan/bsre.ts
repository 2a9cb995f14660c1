// Klien layanan esign-client BSrE (BSSN) API v2 — tanda tangan elektronik tersertifikasi atas nama pegawai.
//   POST {url}/api/v2/sign/pdf          { nik, passphrase, signatureProperties: [{ tampilan: "INVISIBLE", location, reason }], file: [base64] }
//                                       → 200 { file: [base64] }; galat 4xx/5xx { status_code, error, message }
//   POST {url}/api/v2/user/check/status { nik } → { status: "ISSUE" | "EXPIRED" | "REVOKE" | … }
//   POST {url}/api/v2/verify/pdf        { file: base64 }
// Autentikasi aplikasi: Basic (SKP_BSRE_USER/SKP_BSRE_PASSWORD). Kode galat yang dikenali (dari klien publik lain,
// bukan dari dokumentasi resmi): 2011 NIK tidak terdaftar, 2031 passphrase salah, 2021–2025 masalah sertifikat,
// 2041 berkas tidak sah; selain itu dipetakan dari teks galat dan status HTTP.
// Passphrase hanya dikirim ke layanan: tidak pernah dicatat, disimpan, atau dimasukkan ke pesan galat.
import { sha256Hex } from "../sha256";
import { infoSertifikat } from "./cms";
import { GagalTandaTangan, type DataPenanda, type HasilPeriksaPengguna, type HasilTtd, type InfoSertifikat, type Penandatangan } from "./jenis";
import { bacaTandaTangan, periksaBerkasPdf, sertifikatTandaTanganTerakhir } from "./pdf";

export type OpsiBsre = { url: string; pengguna: string; sandi: string; batasWaktuMs: number };

const PESAN = {
  tidakTerdaftar:
    "NIK Anda belum terdaftar sebagai pemilik sertifikat elektronik BSrE. Ajukan pendaftaran sertifikat elektronik melalui admin TTE instansi, lalu coba lagi.",
  passphrase: "Passphrase salah. Periksa kembali passphrase sertifikat elektronik BSrE Anda (huruf besar/kecil berpengaruh).",
  kedaluwarsa:
    "Sertifikat elektronik BSrE Anda sudah kedaluwarsa, dicabut, atau ditangguhkan sehingga tidak dapat dipakai. Ajukan pembaruan sertifikat melalui admin TTE instansi.",
  konfigurasi: "Portal ditolak oleh layanan BSrE (akun aplikasi SKP_BSRE_USER/SKP_BSRE_PASSWORD salah atau tidak berizin). Hubungi admin portal.",
  berkas: "Layanan BSrE menolak berkas PDF ini. Cetak ulang dokumen dari portal lalu coba lagi.",
  lainnya: "Tanda tangan elektronik BSrE gagal. Coba lagi; bila berulang, hubungi admin TTE instansi.",
} as const;

const STATUS_PENGGUNA: Record<string, string> = {
  EXPIRED: PESAN.kedaluwarsa,
  REVOKE: "Sertifikat elektronik BSrE Anda telah dicabut. Ajukan sertifikat baru melalui admin TTE instansi.",
  SUSPEND: "Sertifikat elektronik BSrE Anda sedang ditangguhkan. Hubungi admin TTE instansi.",
  RENEW: "Sertifikat elektronik BSrE Anda sedang dalam proses pembaruan. Coba lagi setelah pembaruan selesai.",
  NEW: "Sertifikat elektronik BSrE Anda belum aktif. Selesaikan aktivasi sertifikat terlebih dahulu.",
  WAITING_FOR_VERIFICATION: "Pendaftaran sertifikat elektronik BSrE Anda masih menunggu verifikasi.",
  NOT_REGISTERED: PESAN.tidakTerdaftar,
  NO_CERTIFICATE: PESAN.tidakTerdaftar,
};

type Jawaban = { status: number; json: Record<string, unknown> | null };

const teksDari = (v: unknown): string => (typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v));

/** Galat layanan → GagalTandaTangan. Urutan: kode BSrE, teks galat, lalu status HTTP. */
export function petakanGalatBsre(j: Jawaban): GagalTandaTangan {
  const kode = Number(j.json?.status_code ?? j.json?.code ?? NaN);
  const teks = [teksDari(j.json?.error), teksDari(j.json?.message)].filter(Boolean).join(" — ");
  const rincian = `HTTP ${j.status}${Number.isFinite(kode) ? ` status_code ${kode}` : ""}${teks ? `: ${teks.slice(0, 300)}` : ""}`;
  const g = (k: GagalTandaTangan["kode"], pesan: string) => new GagalTandaTangan(k, pesan, rincian);
  if (kode === 2031) return g("PASSPHRASE_SALAH", PESAN.passphrase);
  if (kode === 2011) return g("PENGGUNA_TIDAK_TERDAFTAR", PESAN.tidakTerdaftar);
  if (kode >= 2021 && kode <= 2025) return g("SERTIFIKAT_KEDALUWARSA", PESAN.kedaluwarsa);
  if (kode === 2041) return g("BERKAS_TIDAK_SAH", PESAN.berkas);
  if (/passphrase/i.test(teks)) return g("PASSPHRASE_SALAH", PESAN.passphrase);
  if (/(tidak|belum) terdaftar|not registered|user not found|nik tidak ditemukan/i.test(teks)) return g("PENGGUNA_TIDAK_TERDAFTAR", PESAN.tidakTerdaftar);
  if (/expired|kedaluwarsa|kadaluarsa|kadaluwarsa|revoke|dicabut|suspend/i.test(teks)) return g("SERTIFIKAT_KEDALUWARSA", PESAN.kedaluwarsa);
  if (j.status === 401 || j.status === 403) return g("KONFIGURASI", PESAN.konfigurasi);
  if (j.status === 404 && !teks) return g("KONFIGURASI", "Alamat layanan BSrE (SKP_BSRE_URL) tidak menyediakan API v2. Hubungi admin portal.");
  if (j.status === 502 || j.status === 503 || j.status === 504) {
    return g("LAYANAN_TIDAK_TERJANGKAU", "Layanan BSrE sedang tidak dapat melayani. Coba lagi beberapa saat lagi.");
  }
  return g("LAINNYA", PESAN.lainnya);
}

export class PenandatanganBsre implements Penandatangan {
  readonly metode = "BSRE" as const;
  private readonly dasar: string;

  constructor(private readonly opsi: OpsiBsre) {
    this.dasar = opsi.url.replace(/\/+$/, "");
  }

  apakahSertifikatPengembangan(): boolean {
    return false;
  }

  private async panggil(jalur: string, badan: unknown): Promise<Jawaban> {
    const detik = Math.round(this.opsi.batasWaktuMs / 100) / 10;
    try {
      const r = await fetch(`${this.dasar}${jalur}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          Authorization: `Basic ${Buffer.from(`${this.opsi.pengguna}:${this.opsi.sandi}`).toString("base64")}`,
        },
        body: JSON.stringify(badan),
        signal: AbortSignal.timeout(this.opsi.batasWaktuMs),
        redirect: "error",
      });
      const teks = await r.text();
      let json: Record<string, unknown> | null = null;
      try {
        const v: unknown = JSON.parse(teks);
        json = v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
      } catch {
        json = null;
      }
      return { status: r.status, json };
    } catch (e) {
      const nama = e instanceof Error ? e.name : "";
      if (nama === "TimeoutError" || nama === "AbortError") {
        throw new GagalTandaTangan(
          "LAYANAN_TIDAK_TERJANGKAU",
          `Layanan BSrE tidak menjawab dalam ${detik} detik. Coba lagi beberapa saat lagi.`,
          `${jalur}: batas waktu`,
          { cause: e },
        );
      }
      const sebab = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new GagalTandaTangan(
        "LAYANAN_TIDAK_TERJANGKAU",
        "Layanan BSrE tidak dapat dihubungi. Coba lagi beberapa saat lagi; bila berulang, hubungi admin portal.",
        `${jalur}: ${sebab?.code ?? sebab?.message ?? (e instanceof Error ? e.message : String(e))}`,
        { cause: e },
      );
    }
  }

  async periksaPengguna(nik: string): Promise<HasilPeriksaPengguna> {
    if (!nik.trim()) return { ok: false, pesan: "NIK Anda belum tercatat di profil kepegawaian. Hubungi admin kepegawaian." };
    const j = await this.panggil("/api/v2/user/check/status", { nik: nik.trim() });
    if (j.status >= 200 && j.status < 300) {
      const status = teksDari(j.json?.status ?? j.json?.status_user ?? j.json?.statusUser).trim().toUpperCase();
      if (status === "ISSUE") return { ok: true };
      return { ok: false, pesan: STATUS_PENGGUNA[status] ?? `Status sertifikat elektronik BSrE Anda "${status || "tidak diketahui"}" belum dapat dipakai untuk menandatangani.` };
    }
    const g = j.status === 404 && !j.json?.status_code ? new GagalTandaTangan("PENGGUNA_TIDAK_TERDAFTAR", PESAN.tidakTerdaftar) : petakanGalatBsre(j);
    if (g.kode === "PENGGUNA_TIDAK_TERDAFTAR" || g.kode === "SERTIFIKAT_KEDALUWARSA") return { ok: false, pesan: g.pesan };
    throw g;
  }

  async tandatangani(pdf: Buffer, data: DataPenanda): Promise<HasilTtd> {
    periksaBerkasPdf(pdf);
    const nik = data.nik?.trim();
    if (!nik) throw new GagalTandaTangan("PENGGUNA_TIDAK_TERDAFTAR", "NIK Anda belum tercatat di profil kepegawaian. Hubungi admin kepegawaian.");
    if (!data.passphrase) throw new GagalTandaTangan("PASSPHRASE_SALAH", "Passphrase sertifikat elektronik BSrE belum diisi.");
    const j = await this.panggil("/api/v2/sign/pdf", {
      nik,
      passphrase: data.passphrase,
      signatureProperties: [{ tampilan: "INVISIBLE", location: data.lokasi, reason: data.alasan }],
      file: [pdf.toString("base64")],
    });
    if (j.status < 200 || j.status >= 300) throw petakanGalatBsre(j);
    const berkas = Array.isArray(j.json?.file) ? (j.json.file as unknown[])[0] : undefined;
    if (typeof berkas !== "string" || !berkas) {
      throw new GagalTandaTangan("LAINNYA", PESAN.lainnya, `HTTP ${j.status}: jawaban tanpa file`);
    }
    const hasil = Buffer.from(berkas, "base64");
    if (hasil.subarray(0, 5).toString("latin1") !== "%PDF-") {
      throw new GagalTandaTangan("BERKAS_TIDAK_SAH", "Layanan BSrE mengembalikan berkas yang bukan PDF. Coba lagi.", "jawaban bukan %PDF");
    }
    if (bacaTandaTangan(hasil).jumlah <= bacaTandaTangan(pdf).jumlah) {
      throw new GagalTandaTangan("BERKAS_TIDAK_SAH", "Berkas dari layanan BSrE tidak berisi tanda tangan baru. Coba lagi.", "jumlah /Sig tidak bertambah");
    }
    return { pdf: hasil, sha256: sha256Hex(hasil), metode: "BSRE", sertifikat: this.sertifikatDari(hasil) };
  }

  private sertifikatDari(pdf: Buffer): InfoSertifikat {
    const der = sertifikatTandaTanganTerakhir(pdf);
    if (der) {
      try {
        return infoSertifikat(der, false);
      } catch {
        // jatuh ke bawah
      }
    }
    return { subjek: "(tidak terbaca)", penerbit: "(tidak terbaca)", berlakuSampai: new Date(0), pengembangan: false };
  }

  /** Verifikasi oleh layanan BSrE (jawaban mentah; bentuknya tidak dibakukan di sini). */
  async verifikasi(pdf: Buffer): Promise<{ kesimpulan: string; mentah: Record<string, unknown> | null }> {
    periksaBerkasPdf(pdf);
    const j = await this.panggil("/api/v2/verify/pdf", { file: pdf.toString("base64") });
    if (j.status < 200 || j.status >= 300) throw petakanGalatBsre(j);
    return { kesimpulan: teksDari(j.json?.conclusion ?? j.json?.summary).toUpperCase(), mentah: j.json };
  }
}
