// Data setiap dokumen resmi siklus SKP (skp-domain §6), sebagai objek polos yang sudah berlabel: komponen PDF
// (lib/dokumen/pdf) hanya menata, tidak memutuskan apa pun. Label berasal dari modul domain yang dipakai halaman
// (lib/penilaian/kuadran, lib/penilaian/distribusi, lib/skp/varian, lib/skp/periode, lib/organisasi/format).
// Tanpa Prisma, tanpa next/*.

export type JenisDokumen = "SKP" | "UMPAN_BALIK" | "EVALUASI" | "DOKUMEN_EVALUASI" | "PENETAPAN";

export const DAFTAR_JENIS_DOKUMEN: readonly JenisDokumen[] = ["SKP", "UMPAN_BALIK", "EVALUASI", "DOKUMEN_EVALUASI", "PENETAPAN"];

export const LABEL_JENIS_DOKUMEN: Readonly<Record<JenisDokumen, string>> = {
  SKP: "Sasaran Kinerja Pegawai",
  UMPAN_BALIK: "Umpan Balik Kinerja Pegawai",
  EVALUASI: "Evaluasi Kinerja Pegawai",
  DOKUMEN_EVALUASI: "Dokumen Evaluasi Kinerja Pegawai",
  PENETAPAN: "Penetapan Capaian Kinerja Organisasi dan Distribusi Predikat Kinerja Pegawai",
};

/** Peran penanda tangan pada satu dokumen. Atasan pejabat penilai dicantumkan, tidak menandatangani (§6). */
export type PeranTtd = "PEGAWAI" | "PENILAI" | "PENETAP";

export const LABEL_PERAN_TTD: Readonly<Record<PeranTtd, string>> = {
  PEGAWAI: "Pegawai yang Dinilai",
  PENILAI: "Pejabat Penilai Kinerja",
  PENETAP: "Pimpinan yang Menetapkan",
};

export type MetodeTtd = "SEGEL" | "BSRE";

/** Identitas pada blok dua kolom (PEGAWAI YANG DINILAI / PEJABAT PENILAI KINERJA). */
export type IdentitasCetak = {
  nama: string;
  /** null: tanpa NIP (mis. pimpinan instansi di luar sistem); dicetak "-". */
  nip: string | null;
  /** "NIP" atau "NIPPPK" (labelNip dari lib/organisasi). */
  labelNip: string;
  /** "Penata Muda Tk. I (III/b)" atau null (non-PNS: dicetak "-"). */
  pangkat: string | null;
  jabatan: string;
  unitKerja: string | null;
};

/** Baris pembuka: "PEMERINTAH KABUPATEN …", "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2026". */
export type KepalaDokumen = {
  namaInstansi: string;
  /** Judul dokumen, satu baris per elemen (mis. judulFormulir dari lib/skp/varian). */
  judul: string[];
  /** Mis. "1 JANUARI SD 31 DESEMBER TAHUN 2026". */
  periodePenilaian: string;
};

/** Satu blok tanda tangan. ttd null = belum ditandatangani (dicetak ruang kosong dengan nama dan NIP). */
export type BlokTtd = {
  peran: PeranTtd;
  /** Judul di atas blok, mis. "Pegawai yang Dinilai". */
  judul: string;
  nama: string;
  nip: string | null;
  labelNip: string;
  ttd: { waktu: Date; metode: MetodeTtd } | null;
};

/** Kotak verifikasi di kaki dokumen: QR ke /verifikasi/<kode>. */
export type VerifikasiCetak = {
  kode: string;
  /** URL lengkap halaman verifikasi (isi QR). */
  url: string;
  versi: number;
  /** Segel dengan sertifikat pengembangan (swa-tanda): dicetak sebagai peringatan. */
  sertifikatPengembangan: boolean;
};

/** Bagian umum semua dokumen. */
export type DasarDokumen = {
  kepala: KepalaDokumen;
  /** Tempat penandatanganan, mis. "Kabupaten Contoh" (baris "Kabupaten Contoh, 28 Maret 2026"). */
  tempat: string;
  /** Tanggal di atas blok tanda tangan. */
  tanggal: Date;
  /** Zona waktu instansi untuk waktu tanda tangan (Asia/Jakarta → WIB, Asia/Makassar → WITA, Asia/Jayapura → WIT). */
  zonaWaktu: string;
  ttd: BlokTtd[];
  verifikasi: VerifikasiCetak | null;
};

export type IkiCetak = {
  /** Label aspek ("Kuantitas", …) atau null (kualitatif). */
  aspek: string | null;
  indikator: string;
  /** Target seperti tercetak ("12 dokumen", "90–100 %", atau naratif). */
  target: string;
  /** Realisasi periode yang dievaluasi (Umpan Balik, Evaluasi); tidak dipakai pada SKP. */
  realisasi?: string | null;
};

export type RhkCetak = {
  /** Nomor urut tercetak ("1", "2", …). */
  nomor: string;
  /** RHK pimpinan/atasan yang diintervensi (JA/JF) atau null. */
  rhkAtasan: string | null;
  teks: string;
  /** Label perspektif (JPT) atau null. */
  perspektif: string | null;
  /** Mis. "Penugasan dari Bupati". */
  penugasanDari: string | null;
  iki: IkiCetak[];
  /** Umpan balik berkelanjutan berdasarkan bukti dukung (Umpan Balik, Evaluasi). */
  umpanBalik?: string | null;
};

export type PerilakuCetak = {
  nama: string;
  panduan: readonly string[];
  ekspektasi: string | null;
  umpanBalik?: string | null;
};

export type LampiranCetak = {
  dukungan: string[];
  skema: string[];
  konsekuensi: string[];
};

export type IsiSkp = {
  /** "JPT" atau "JA_JF" (lib/skp/varian). */
  varian: "JPT" | "JA_JF";
  pendekatan: "KUANTITATIF" | "KUALITATIF";
  pegawai: IdentitasCetak;
  penilai: IdentitasCetak | null;
  utama: RhkCetak[];
  tambahan: RhkCetak[];
  perilaku: PerilakuCetak[];
};

export type DataSkp = DasarDokumen & IsiSkp & { jenis: "SKP"; lampiran: LampiranCetak };

export type DataUmpanBalik = DasarDokumen &
  IsiSkp & {
    jenis: "UMPAN_BALIK";
    /** "TRIWULAN I", "SEMESTER I", "JANUARI", … */
    periode: string;
  };

/** Satu kolom pola distribusi: predikat pegawai (label cetak) dan jumlah orang di unit pembawa capaian. */
export type KolomDistribusi = { predikat: string; jumlah: number; /** Batas kurva, mis. "maks. 2 orang", atau null. */ batas: string | null };

export type DataEvaluasi = DasarDokumen &
  IsiSkp & {
    jenis: "EVALUASI";
    /** "TRIWULAN I" … "TRIWULAN IV", "AKHIR". */
    periode: string;
    atasanPenilai: IdentitasCetak | null;
    /** Label predikat capaian kinerja organisasi ("Baik") atau null bila belum ditetapkan. */
    capaianOrganisasi: string | null;
    /** Nama unit pembawa capaian. */
    unitCapaian: string | null;
    polaDistribusi: KolomDistribusi[];
    /** LABEL_RATING_CETAK: "DI ATAS EKSPEKTASI", … */
    ratingHasil: string | null;
    ratingPerilaku: string | null;
    /** LABEL_PREDIKAT_CETAK: "SANGAT BAIK", … */
    predikat: string | null;
    /** Catatan penilai (rekomendasi). */
    catatan: string | null;
  };

export type KeberatanCetak = {
  alasan: string;
  diajukanAt: Date;
  /** Keputusan dalam kalimat, mis. "Diterima sebagian: rating hasil kerja diubah menjadi Sesuai Ekspektasi". */
  keputusan: string | null;
  pertimbangan: string | null;
  diputuskanAt: Date | null;
  pemutus: string | null;
};

export type DataDokumenEvaluasi = DasarDokumen & {
  jenis: "DOKUMEN_EVALUASI";
  /** "TRIWULAN I", …, "AKHIR". */
  periode: string;
  pegawai: IdentitasCetak;
  penilai: IdentitasCetak | null;
  atasanPenilai: IdentitasCetak | null;
  capaianOrganisasi: string | null;
  predikat: string | null;
  catatan: string | null;
  keberatan: KeberatanCetak | null;
};

export type BarisPenetapan = { nama: string; nip: string | null; labelNip: string; jabatan: string; predikat: string | null };

export type DataPenetapan = DasarDokumen & {
  jenis: "PENETAPAN";
  periode: string;
  unitKerja: string;
  capaianOrganisasi: string;
  dasarCapaian: string;
  penetap: IdentitasCetak | null;
  distribusi: KolomDistribusi[];
  /** Pelanggaran kurva yang diterima dengan alasan (override), dalam kalimat. */
  pengecualian: string[];
  pegawai: BarisPenetapan[];
};

export type DataDokumen = DataSkp | DataUmpanBalik | DataEvaluasi | DataDokumenEvaluasi | DataPenetapan;
