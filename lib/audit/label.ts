// Label Bahasa Indonesia untuk kode aksi jejak audit (penampil jejak audit, ekspor Excel). Murni.
// Kode yang tidak ada di peta ditampilkan sebagai kalimat dari kodenya ("DOKUMEN_DIBUAT" → "Dokumen dibuat").

export const LABEL_AKSI_AUDIT: Record<string, string> = {
  MASUK: "Masuk",
  KELUAR: "Keluar",
  KELUAR_SEMUA_PERANGKAT: "Keluar dari semua perangkat",
  SANDI_DIUBAH: "Kata sandi diganti sendiri",
  SANDI_DIATUR_ULANG: "Kata sandi diatur ulang admin",
  AKUN_DIBUAT: "Akun dibuat (sandi awal)",
  AKUN_DINONAKTIFKAN: "Akun dinonaktifkan",
  AKUN_DIAKTIFKAN: "Akun diaktifkan kembali",
  PERAN_ADMIN_DIBERIKAN: "Peran admin BKD diberikan",
  PERAN_ADMIN_DICABUT: "Peran admin BKD dicabut",
  SUPERADMIN_DIBERIKAN: "Peran superadmin diberikan",
  INSTANSI_DIBUAT: "Instansi dibuat",
  SEED_DEMO: "Data demo dibuat",
  SKP_DIBUAT: "SKP dibuat",
  SKP_DIAJUKAN: "SKP diajukan",
  SKP_DITARIK: "Pengajuan SKP ditarik",
  SKP_DISETUJUI: "SKP disetujui",
  SKP_DITOLAK: "SKP dikembalikan untuk diperbaiki",
  SKP_DIHAPUS: "Draf SKP dihapus",
  SKP_DIGANTI: "SKP digantikan revisi",
  REVISI_DIBUAT: "Revisi SKP dibuat",
  RHK_DITAMBAH: "RHK ditambahkan",
  RHK_DIUBAH: "RHK diubah",
  RHK_DIHAPUS: "RHK dihapus",
  LAMPIRAN_DIUBAH: "Lampiran SKP diubah",
  EKSPEKTASI_DIISI: "Ekspektasi pimpinan diisi",
  IDENTITAS_DIPERBARUI: "Identitas SKP diperbarui",
  MATRIKS_DISIMPAN: "Matriks peran hasil disimpan",
  TEMPLAT_DISIMPAN: "Templat ekspektasi disimpan",
  PERIODE_DIATUR: "Periode kinerja diatur",
  PERIODE_DITUTUP: "Periode evaluasi ditutup",
  PERIODE_DIBUKA_KEMBALI: "Periode evaluasi dibuka kembali",
  RENCANA_AKSI_DITAMBAH: "Rencana aksi ditambahkan",
  RENCANA_AKSI_DIUBAH: "Rencana aksi diubah",
  RENCANA_AKSI_DIHAPUS: "Rencana aksi dihapus",
  RENCANA_AKSI_DISALIN: "Rencana aksi disalin dari periode lalu",
  RENCANA_AKSI_DIIMPOR: "Rencana aksi diimpor dari Excel",
  BUKTI_DIUNGGAH: "Bukti dukung diunggah",
  BUKTI_TAUTAN_DITAMBAH: "Tautan bukti dukung ditambahkan",
  BUKTI_DIHAPUS: "Bukti dukung dihapus",
  REALISASI_DISIMPAN: "Realisasi disimpan",
  UMPAN_BALIK_DITULIS: "Umpan balik ditulis",
  EVALUASI_DRAF_DISIMPAN: "Draf evaluasi disimpan",
  EVALUASI_SELESAI_DINILAI: "Evaluasi ditandai selesai dinilai",
  EVALUASI_DIBUKA_PENILAI: "Evaluasi dibuka kembali oleh penilai",
  EVALUASI_DIFINALKAN: "Evaluasi difinalkan",
  EVALUASI_DIKALIBRASI: "Evaluasi dikalibrasi",
  EVALUASI_DIKECUALIKAN: "Pegawai dikecualikan dari penilaian",
  EVALUASI_PENGECUALIAN_DIBATALKAN: "Pengecualian penilaian dibatalkan",
  EVALUASI_DIBUKA_KEMBALI: "Evaluasi dibuka kembali oleh admin",
  EVALUASI_PINDAIAN_DIUNGGAH: "Pindaian evaluasi diunggah",
  KEBERATAN_DIAJUKAN: "Keberatan diajukan",
  KEBERATAN_DIJELASKAN: "Keberatan dijelaskan penilai",
  KEBERATAN_DIPUTUSKAN: "Keberatan diputuskan",
  PENGATURAN_PENILAIAN_DIUBAH: "Pengaturan penilaian diubah",
  CAPAIAN_ORGANISASI_DITETAPKAN: "Capaian kinerja organisasi ditetapkan",
  PENGECUALIAN_PEGAWAI_DICATAT: "Pengecualian kurva pegawai dicatat",
  TABEL_DISTRIBUSI_DIUBAH: "Tabel kurva distribusi diubah",
  DISTRIBUSI_DITETAPKAN: "Distribusi ditetapkan",
  DOKUMEN_DIBUAT: "Dokumen resmi dibuat",
  DOKUMEN_DITANDATANGANI: "Dokumen ditandatangani",
  DOKUMEN_DIUNDUH: "Dokumen diunduh",
  DOKUMEN_UNIT_DIUNDUH: "Dokumen unit diunduh",
  PENYAPUAN_BERKAS: "Penyapuan berkas yatim (sistem)",
  // #16 angka kredit
  KOEFISIEN_AK_DITETAPKAN: "Koefisien angka kredit ditetapkan",
  JENJANG_JABATAN_DIUBAH: "Jenjang jabatan fungsional diubah",
  ANGKA_KREDIT_DIEKSPOR: "Daftar konversi angka kredit diunduh",
  // #16 API baca
  TOKEN_API_DIBUAT: "Token API dibuat",
  TOKEN_API_DICABUT: "Token API dicabut",
  API_DIPANGGIL: "API dipanggil sistem lain (token)",
  // #16 TPP export
  SET_KOLOM_TPP_DIBUAT: "Set kolom ekspor TPP dibuat",
  SET_KOLOM_TPP_DIUBAH: "Set kolom ekspor TPP diubah",
  SET_KOLOM_TPP_DIHAPUS: "Set kolom ekspor TPP dihapus",
  TPP_DIEKSPOR: "Data TPP diekspor",
};

/** Label aksi audit untuk ditampilkan. */
export function labelAksiAudit(kode: string): string {
  const ada = LABEL_AKSI_AUDIT[kode];
  if (ada) return ada;
  const kata = kode.toLowerCase().split("_").filter(Boolean).join(" ");
  return kata ? kata[0]!.toUpperCase() + kata.slice(1) : kode;
}

/** Batas baris ekspor Excel jejak audit (satu unduhan). */
export const BATAS_EKSPOR_AUDIT = 50_000;

/**
 * Rentang tanggal saringan (YYYY-MM-DD, tanggal WIB) → [dari, sampai) dalam UTC; tanggal tidak sah diabaikan.
 * `sampai` inklusif: baris pada hari itu ikut.
 */
export function rentangTanggalWib(dari?: string, sampai?: string): { dari?: Date; sampai?: Date } {
  const urai = (s: string | undefined, tambahHari: number) => {
    if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
    const t = new Date(`${s}T00:00:00+07:00`);
    if (Number.isNaN(t.getTime()) || new Date(t.getTime() + 7 * 3_600_000).toISOString().slice(0, 10) !== s) return undefined;
    return new Date(t.getTime() + tambahHari * 86_400_000);
  };
  return { dari: urai(dari, 0), sampai: urai(sampai, 1) };
}
