// Aturan pelaksanaan (skp-domain §3). Murni: tanpa Prisma, tanpa next/*.
import { BATAS_PELAKSANAAN } from "@/lib/pelaksanaan/batas";
import type { PeranTerhadapSkp, StatusSkp } from "@/lib/skp/workflow";

export type StatusPeriode = "BUKA" | "TUTUP";

export type HasilAturan = { ok: true } | { ok: false; pesan: string };

/** Pemilik mengisi rencana aksi, bukti dukung dan realisasi pada SKP yang berlaku, selama periodenya dibuka. */
export function bolehIsiPelaksanaan(a: { statusSkp: StatusSkp; peran: PeranTerhadapSkp; statusPeriode: StatusPeriode; labelPeriode: string }): HasilAturan {
  if (a.peran !== "PEMILIK") return { ok: false, pesan: "Hanya pemilik SKP yang dapat mengisi rencana aksi, bukti dukung dan realisasi." };
  if (a.statusSkp !== "DISETUJUI") {
    return {
      ok: false,
      pesan:
        a.statusSkp === "DIGANTI"
          ? "SKP ini sudah diganti revisi. Isi pelaksanaan pada SKP yang berlaku."
          : "Pelaksanaan hanya dapat diisi setelah SKP disetujui pejabat penilai.",
    };
  }
  if (a.statusPeriode === "TUTUP") {
    return { ok: false, pesan: `Periode ${a.labelPeriode} sudah ditutup. Hubungi admin BKD bila perlu dibuka kembali.` };
  }
  return { ok: true };
}

/** Umpan balik berkelanjutan: pejabat penilai memberi, pemilik menanggapi. */
export function bolehBeriUmpanBalik(a: { statusSkp: StatusSkp; peran: PeranTerhadapSkp }): HasilAturan {
  if (a.peran === "LAIN") return { ok: false, pesan: "Umpan balik hanya dapat ditulis oleh pejabat penilai dan pemilik SKP." };
  if (a.statusSkp !== "DISETUJUI") return { ok: false, pesan: "Umpan balik diberikan pada SKP yang sudah disetujui dan sedang berjalan." };
  return { ok: true };
}

export type Kelengkapan = {
  rencanaAksi: number;
  rencanaAksiBerbukti: number;
  indikator: number;
  indikatorTerealisasi: number;
  /** 0–100, dibulatkan ke bawah: bagian rencana aksi yang sudah ada bukti dukungnya dan indikator yang sudah diisi realisasinya; 100 hanya bila lengkap. */
  persen: number;
  status: "BELUM_MULAI" | "SEBAGIAN" | "LENGKAP";
};

/**
 * Kelengkapan satu SKP dalam satu periode: setiap rencana aksi perlu ≥1 bukti dukung dan setiap indikator
 * perlu realisasi (mengikuti gerbang kelengkapan yang dipakai sebelum penilaian, skp-domain §3.3).
 * Tanpa rencana aksi sama sekali, periode belum lengkap (paling tinggi 99 %) walau semua realisasi sudah diisi.
 */
export function hitungKelengkapan(a: { jumlahBuktiPerRencanaAksi: readonly number[]; indikator: number; indikatorTerealisasi: number }): Kelengkapan {
  const rencanaAksi = a.jumlahBuktiPerRencanaAksi.length;
  const rencanaAksiBerbukti = a.jumlahBuktiPerRencanaAksi.filter((n) => n > 0).length;
  const indikatorTerealisasi = Math.min(a.indikatorTerealisasi, a.indikator);
  const total = rencanaAksi + a.indikator;
  const selesai = rencanaAksiBerbukti + indikatorTerealisasi;
  const persen = total === 0 ? 0 : Math.min(99, Math.floor((selesai * 100) / total));
  const status = rencanaAksi === 0 && indikatorTerealisasi === 0 ? "BELUM_MULAI" : rencanaAksi > 0 && selesai === total ? "LENGKAP" : "SEBAGIAN";
  return { rencanaAksi, rencanaAksiBerbukti, indikator: a.indikator, indikatorTerealisasi, persen: status === "LENGKAP" ? 100 : persen, status };
}

export const LABEL_KELENGKAPAN: Record<Kelengkapan["status"], string> = {
  BELUM_MULAI: "Belum diisi",
  SEBAGIAN: "Belum lengkap",
  LENGKAP: "Lengkap",
};

/** Tautan bukti dukung: hanya http(s) dengan host, tanpa kredensial di URL. */
export function periksaTautan(mentah: string): { ok: true; url: string } | { ok: false; pesan: string } {
  let u: URL;
  try {
    u = new URL(mentah.trim());
  } catch {
    return { ok: false, pesan: "Tautan tidak sah. Tulis alamat lengkap, mis. https://drive.google.com/…" };
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return { ok: false, pesan: "Tautan harus diawali http:// atau https://." };
  if (!u.hostname) return { ok: false, pesan: "Tautan tidak memiliki alamat situs." };
  if (u.username || u.password) return { ok: false, pesan: "Tautan tidak boleh memuat nama pengguna atau kata sandi." };
  if (u.hostname.length > 253) return { ok: false, pesan: "Alamat situs pada tautan terlalu panjang." };
  // Yang disimpan adalah bentuk bakunya (karakter khusus dienkode), jadi batas panjang berlaku untuk bentuk itu.
  if (u.toString().length > BATAS_PELAKSANAAN.url) {
    return { ok: false, pesan: `Tautan terlalu panjang setelah dienkode (maksimal ${BATAS_PELAKSANAAN.url} karakter). Gunakan tautan berbagi yang lebih pendek.` };
  }
  return { ok: true, url: u.toString() };
}

/** Judul bawaan tautan bukti: nama situsnya, dipotong sesuai kolom nama. */
export function judulTautan(url: string): string {
  return new URL(url).hostname.slice(0, BATAS_PELAKSANAAN.namaTautan);
}

/** Berapa umpan balik dari orang lain yang lebih baru daripada kunjungan terakhir aktor. */
export function jumlahBaru(umpan: readonly { penulisPegawaiId: string; createdAt: Date }[], aktorPegawaiId: string, terakhirDilihat: Date | null): number {
  return umpan.filter((u) => u.penulisPegawaiId !== aktorPegawaiId && (terakhirDilihat === null || u.createdAt > terakhirDilihat)).length;
}

/** Jeda tanpa aktivitas yang memisahkan dua kunjungan. */
export const JEDA_KUNJUNGAN_MENIT = 30;

/**
 * Kunjungan: selama pegawai terus membuka halaman (jeda < 30 menit), yang "baru" tetap dihitung dari akhir kunjungan
 * sebelumnya, jadi pindah tab periode tidak menghapus tanda baru. Hasil: acuan baru dan nilai yang disimpan.
 */
export function hitungKunjungan(
  ada: { terakhirDilihat: Date; acuanBaru: Date | null } | null,
  sekarang: Date,
  jedaMenit = JEDA_KUNJUNGAN_MENIT,
): { acuanBaru: Date | null; terakhirDilihat: Date } {
  if (!ada) return { acuanBaru: null, terakhirDilihat: sekarang };
  const kunjunganBaru = sekarang.getTime() - ada.terakhirDilihat.getTime() > jedaMenit * 60_000;
  return { acuanBaru: kunjunganBaru ? ada.terakhirDilihat : ada.acuanBaru, terakhirDilihat: sekarang };
}

/**
 * Kode RHK yang dipakai di halaman pelaksanaan dan templat Excel: U1, U2, … untuk utama, T1, … untuk tambahan,
 * menurut urutan tampil (utama dulu).
 */
export function kodeRhk(jenis: readonly ("UTAMA" | "TAMBAHAN")[]): string[] {
  const n = { UTAMA: 0, TAMBAHAN: 0 };
  return jenis.map((j) => `${j === "UTAMA" ? "U" : "T"}${++n[j]}`);
}

/** Capaian realisasi terhadap target indikator, dalam persen dengan satu desimal; null bila tak dapat dihitung. */
export function capaianPersen(realisasi: number | null | undefined, target: number | null | undefined): number | null {
  if (realisasi === null || realisasi === undefined || target === null || target === undefined || !(target > 0)) return null;
  return Math.round((realisasi / target) * 1000) / 10;
}
