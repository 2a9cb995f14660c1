// Perilaku Kerja: 7 nilai dasar ASN BerAKHLAK beserta 3 panduan perilaku masing-masing
// (PermenPANRB 6/2022; skp-domain.md §2). Panduan perilaku tidak berjenjang; pejabat penilai dapat
// menambahkan "ekspektasi khusus pimpinan" untuk setiap nilai. Redaksi mengikuti formulir SKP resmi.

export type KodeBerakhlak =
  | "BERORIENTASI_PELAYANAN"
  | "AKUNTABEL"
  | "KOMPETEN"
  | "HARMONIS"
  | "LOYAL"
  | "ADAPTIF"
  | "KOLABORATIF";

export type NilaiBerakhlak = {
  readonly kode: KodeBerakhlak;
  readonly nama: string;
  readonly panduan: readonly [string, string, string];
};

export const NILAI_BERAKHLAK: readonly NilaiBerakhlak[] = [
  {
    kode: "BERORIENTASI_PELAYANAN",
    nama: "Berorientasi Pelayanan",
    panduan: [
      "Memahami dan memenuhi kebutuhan masyarakat",
      "Ramah, cekatan, solutif, dan dapat diandalkan",
      "Melakukan perbaikan tiada henti",
    ],
  },
  {
    kode: "AKUNTABEL",
    nama: "Akuntabel",
    panduan: [
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
      "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "Tidak menyalahgunakan kewenangan jabatan",
    ],
  },
  {
    kode: "KOMPETEN",
    nama: "Kompeten",
    panduan: [
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
      "Membantu orang lain belajar",
      "Melaksanakan tugas dengan kualitas terbaik",
    ],
  },
  {
    kode: "HARMONIS",
    nama: "Harmonis",
    panduan: [
      "Menghargai setiap orang apapun latar belakangnya",
      "Suka menolong orang lain",
      "Membangun lingkungan kerja yang kondusif",
    ],
  },
  {
    kode: "LOYAL",
    nama: "Loyal",
    panduan: [
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
      "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
      "Menjaga rahasia jabatan dan negara",
    ],
  },
  {
    kode: "ADAPTIF",
    nama: "Adaptif",
    panduan: [
      "Cepat menyesuaikan diri menghadapi perubahan",
      "Terus berinovasi dan mengembangkan kreativitas",
      "Bertindak proaktif",
    ],
  },
  {
    kode: "KOLABORATIF",
    nama: "Kolaboratif",
    panduan: [
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
      "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
      "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    ],
  },
];

export const KODE_BERAKHLAK: readonly KodeBerakhlak[] = NILAI_BERAKHLAK.map((n) => n.kode);

export function isKodeBerakhlak(kode: string): kode is KodeBerakhlak {
  return (KODE_BERAKHLAK as readonly string[]).includes(kode);
}

/** Nilai BerAKHLAK menurut kodenya; undefined bila kode tidak dikenal. */
export function nilaiBerakhlak(kode: string): NilaiBerakhlak | undefined {
  return NILAI_BERAKHLAK.find((n) => n.kode === kode);
}
