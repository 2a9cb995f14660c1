// Data contoh realistis untuk setiap jenis dokumen (pratinjau, uji PDF, scripts/cetak-contoh.ts). Instansi
// bergaya kabupaten, nama dengan diakritik, SKP 30 RHK dengan satu RHK 2.000 karakter, varian JPT dan JA/JF,
// pendekatan kuantitatif dan kualitatif, keadaan belum dan sudah ditandatangani. Semua label dari modul label.
import type {
  BarisPenetapan,
  BlokTtd,
  DasarDokumen,
  DataDokumen,
  DataDokumenEvaluasi,
  DataEvaluasi,
  DataPenetapan,
  DataSkp,
  DataUmpanBalik,
  IdentitasCetak,
  LampiranCetak,
  PerilakuCetak,
  RhkCetak,
} from "@/lib/dokumen/jenis";
import { LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import { LABEL_PREDIKAT, LABEL_PREDIKAT_CETAK, LABEL_RATING, LABEL_RATING_CETAK, predikatKinerja, type Predikat } from "@/lib/penilaian/kuadran";
import { LABEL_PILIHAN_UMPAN } from "@/lib/penilaian/umpan";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import { periodePenilaianTeks } from "@/lib/skp/periode";
import { LABEL_ASPEK, PERSPEKTIF } from "@/lib/skp/varian";
import { blokTtd, judulDokumen, polaDistribusi } from "@/lib/dokumen/susun";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const INSTANSI = "PEMERINTAH KABUPATEN CONTOH";
const TEMPAT = "Kabupaten Contoh";

export const PEGAWAI_JF: IdentitasCetak = {
  nama: "Ni Luh Putu Ayu Sukmawati, S.Kom.",
  nip: "199203152015032004",
  labelNip: "NIP",
  pangkat: "Penata (III/c)",
  jabatan: "Pranata Komputer Ahli Muda",
  unitKerja: "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika",
};

export const PENILAI_JF: IdentitasCetak = {
  nama: "Dr. Ir. Wayan Gede Ārya, M.T.",
  nip: "197805212003121002",
  labelNip: "NIP",
  pangkat: "Pembina (IV/a)",
  jabatan: "Kepala Bidang Aplikasi Informatika",
  unitKerja: "Dinas Komunikasi dan Informatika",
};

export const ATASAN_JF: IdentitasCetak = {
  nama: "Raden Ayu Siti Nurhalizah, S.Ked., M.Kes.",
  nip: "197012101998032005",
  labelNip: "NIP",
  pangkat: "Pembina Utama Muda (IV/c)",
  jabatan: "Kepala Dinas Komunikasi dan Informatika",
  unitKerja: "Dinas Komunikasi dan Informatika",
};

export const PEGAWAI_PPPK: IdentitasCetak = {
  nama: "Désy Ramadhani Pohan, A.Md.",
  nip: "199507072023212010",
  labelNip: "NI PPPK",
  pangkat: null,
  jabatan: "Pranata Komputer Terampil",
  unitKerja: "Bidang Aplikasi Informatika, Dinas Komunikasi dan Informatika",
};

/** Bupati: pimpinan instansi di luar sistem, tanpa NIP. */
export const BUPATI: IdentitasCetak = {
  nama: "I Ketut Ngurah Dharmayasa, S.H., M.H.",
  nip: null,
  labelNip: "NIP",
  pangkat: null,
  jabatan: "Bupati Contoh",
  unitKerja: "Pemerintah Kabupaten Contoh",
};

const blok = blokTtd;

const verifikasi = (kode: string, versi: number, sertifikatPengembangan: boolean) => ({
  kode,
  url: `https://skp.contohkab.go.id/verifikasi/${kode}`,
  versi,
  sertifikatPengembangan,
});

function dasar(judul: string[], mulai: string, selesai: string, tanggal: string, ttd: BlokTtd[], v: DasarDokumen["verifikasi"], zonaWaktu = "Asia/Jakarta"): DasarDokumen {
  return {
    kepala: { namaInstansi: INSTANSI, judul, periodePenilaian: periodePenilaianTeks(d(mulai), d(selesai)) },
    tempat: TEMPAT,
    tanggal: d(tanggal),
    zonaWaktu,
    ttd,
    verifikasi: v,
  };
}

const perilaku = (ekspektasi: (i: number) => string | null, umpan?: (i: number) => string | null): PerilakuCetak[] =>
  NILAI_BERAKHLAK.map((n, i) => ({ nama: n.nama, panduan: n.panduan, ekspektasi: ekspektasi(i), ...(umpan ? { umpanBalik: umpan(i) } : {}) }));

const EKSPEKTASI = [
  "Menanggapi permintaan layanan aplikasi dari perangkat daerah paling lambat 2 hari kerja.",
  "Melaporkan penggunaan akun server dan lisensi setiap bulan.",
  "Mengikuti minimal satu pelatihan keamanan informasi tahun ini.",
  null,
  "Menjaga kerahasiaan data kependudukan yang diolah aplikasi.",
  "Mengusulkan satu perbaikan proses layanan berbasis data.",
  "Melibatkan operator perangkat daerah dalam uji coba aplikasi.",
];

/** RHK ke-4 contoh: teks 2.000 karakter, untuk uji pemecahan baris antarhalaman. */
export const TEKS_RHK_PANJANG = (() => {
  const dasarTeks =
    "Terlaksananya integrasi layanan data kependudukan, perizinan, dan pengaduan masyarakat ke dalam satu portal layanan publik Kabupaten Contoh yang aman, mudah diakses dari perangkat bergerak, dan terhubung dengan sistem informasi perangkat daerah, termasuk penyusunan kamus data bersama, penyelarasan kode wilayah, pengujian antarmuka pemrograman aplikasi, dan pendampingan operator di setiap kecamatan. ";
  let s = "";
  while (s.length < 2000) s += dasarTeks;
  return `${s.slice(0, 1999).trimEnd()}.`;
})();

const RHK_ATASAN = [
  "Meningkatnya kualitas layanan aplikasi pemerintahan berbasis elektronik di lingkungan Pemerintah Kabupaten Contoh",
  "Terwujudnya tata kelola data dan keamanan informasi yang andal",
  "Meningkatnya pemanfaatan aplikasi umum oleh perangkat daerah",
];

function rhkJf(n: number, opsi: { realisasi?: boolean; umpan?: boolean } = {}): RhkCetak[] {
  return Array.from({ length: n }, (_, i) => {
    const teks =
      i === 3
        ? TEKS_RHK_PANJANG
        : `Tersedianya modul aplikasi layanan ${["perizinan", "kepegawaian", "aset daerah", "pengaduan", "arsip dinamis", "keuangan desa"][i % 6]} tahap ${Math.floor(i / 6) + 1} yang siap digunakan perangkat daerah`;
    return {
      nomor: String(i + 1),
      rhkAtasan: RHK_ATASAN[i % RHK_ATASAN.length]!,
      teks,
      perspektif: null,
      penugasanDari: i === 7 ? "Penugasan dari Kepala Dinas" : null,
      iki: [
        { aspek: LABEL_ASPEK.KUANTITAS, indikator: "Jumlah modul aplikasi yang selesai dikembangkan dan diuji", target: `${(i % 4) + 1} modul`, ...(opsi.realisasi ? { realisasi: `${(i % 4) + 1} modul (berita acara uji terlampir)` } : {}) },
        { aspek: LABEL_ASPEK.KUALITAS, indikator: "Persentase hasil uji fungsi tanpa temuan kritis", target: "90–100 %", ...(opsi.realisasi ? { realisasi: "95 %" } : {}) },
        { aspek: LABEL_ASPEK.WAKTU, indikator: "Waktu penyelesaian pengembangan", target: "≤ 3 bulan", ...(opsi.realisasi ? { realisasi: i % 5 === 2 ? "3,5 bulan" : "3 bulan" } : {}) },
      ],
      ...(opsi.umpan
        ? { umpanBalik: i % 5 === 2 ? `${LABEL_PILIHAN_UMPAN.PERLU_PERBAIKAN}: jadwal uji coba bergeser dua minggu, percepat koordinasi dengan operator.` : `${LABEL_PILIHAN_UMPAN.BAIK}: dokumentasi uji dan berita acara lengkap.` }
        : {}),
    };
  });
}

const LAMPIRAN: LampiranCetak = {
  dukungan: ["Laptop dan akses server pengembangan", "Anggaran DPA Dinas Komunikasi dan Informatika Tahun 2026 untuk lisensi dan hosting", "Jaringan intra pemerintah (JIP) Kabupaten Contoh"],
  skema: ["Laporan kemajuan bulanan melalui portal SKP", "Laporan triwulan kepada Kepala Bidang disertai berita acara uji", "Bukti dukung berupa tautan repositori kode dan dokumen uji"],
  konsekuensi: ["Capaian di atas ekspektasi menjadi pertimbangan penghargaan dan pengembangan karier", "Capaian di bawah ekspektasi ditindaklanjuti dengan pembinaan dan rencana perbaikan kinerja"],
};

const JUDUL_JF = judulDokumen("SKP", "JA_JF", "KUANTITATIF", "FUNGSIONAL");

/** SKP JF kuantitatif, 30 RHK (RHK ke-4 2.000 karakter), belum ditandatangani. */
export const CONTOH_SKP_JF: DataSkp = {
  ...dasar(JUDUL_JF, "2026-01-01", "2026-12-31", "2026-01-20", [blok("PEGAWAI", PEGAWAI_JF, null), blok("PENILAI", PENILAI_JF, null)], null),
  jenis: "SKP",
  varian: "JA_JF",
  pendekatan: "KUANTITATIF",
  pegawai: PEGAWAI_JF,
  penilai: PENILAI_JF,
  utama: rhkJf(28),
  tambahan: [
    { nomor: "1", rhkAtasan: null, teks: "Terlaksananya pendampingan operator kecamatan dalam uji coba aplikasi Srikandi", perspektif: null, penugasanDari: "Penugasan dari Sekretaris Daerah", iki: [{ aspek: LABEL_ASPEK.KUANTITAS, indikator: "Jumlah kecamatan yang didampingi", target: "12 kecamatan" }] },
    { nomor: "2", rhkAtasan: null, teks: "Tersusunnya bahan ajar pelatihan keamanan informasi bagi ASN", perspektif: null, penugasanDari: null, iki: [{ aspek: LABEL_ASPEK.KUANTITAS, indikator: "Jumlah modul bahan ajar", target: "2 modul" }] },
  ],
  perilaku: perilaku((i) => EKSPEKTASI[i] ?? null),
  lampiran: LAMPIRAN,
};

const JUDUL_JPT = judulDokumen("SKP", "JPT", "KUALITATIF", "JPT");
const perspektif = (i: number) => PERSPEKTIF[i % PERSPEKTIF.length]!.nama;

const RHK_JPT: RhkCetak[] = [
  "Meningkatnya kualitas layanan publik berbasis elektronik di seluruh perangkat daerah",
  "Terwujudnya satu data Kabupaten Contoh yang mutakhir dan terbuka",
  "Meningkatnya kapasitas SDM pengelola teknologi informasi",
  "Terlaksananya belanja teknologi informasi yang efektif dan efisien",
].map((teks, i) => ({
  nomor: String(i + 1),
  rhkAtasan: null,
  teks,
  perspektif: perspektif(i),
  penugasanDari: i === 1 ? "Penugasan dari Bupati" : null,
  iki: [{ aspek: null, indikator: "Indeks SPBE Kabupaten Contoh meningkat dan seluruh layanan prioritas terintegrasi", target: i === 3 ? "Realisasi belanja TI sesuai rencana tanpa temuan pemeriksaan" : "Kategori Baik (indeks ≥ 3,0) dan 10 layanan prioritas terintegrasi" }],
}));

const KEPALA_DINAS: IdentitasCetak = { ...ATASAN_JF };

/** SKP JPT kualitatif (kepala dinas dinilai bupati), sudah ditandatangani dan disegel dengan sertifikat pengembangan. */
export const CONTOH_SKP_JPT: DataSkp = {
  ...dasar(
    JUDUL_JPT,
    "2026-01-01",
    "2026-12-31",
    "2026-01-27",
    [blok("PEGAWAI", KEPALA_DINAS, { waktu: new Date("2026-01-27T02:15:00Z"), metode: "SEGEL" }), blok("PENILAI", BUPATI, { waktu: new Date("2026-01-28T07:05:00Z"), metode: "BSRE" })],
    verifikasi("SKP-2026-7QH4-K2PX", 2, true),
  ),
  jenis: "SKP",
  varian: "JPT",
  pendekatan: "KUALITATIF",
  pegawai: KEPALA_DINAS,
  penilai: BUPATI,
  utama: RHK_JPT,
  tambahan: [],
  perilaku: perilaku((i) => (i < 2 ? "Menjadi teladan penerapan nilai dasar ASN di lingkungan dinas." : null)),
  lampiran: { dukungan: ["Anggaran Dinas Komunikasi dan Informatika Tahun 2026"], skema: ["Laporan kinerja triwulanan kepada Bupati"], konsekuensi: ["Sesuai ketentuan peraturan perundang-undangan"] },
};

const UMPAN_PERILAKU = (i: number) => (i === 2 ? LABEL_PILIHAN_UMPAN.SANGAT_BAIK : LABEL_PILIHAN_UMPAN.BAIK);

/** Umpan balik triwulan I, JF kuantitatif (6 RHK), sudah ditandatangani (segel instansi). */
export const CONTOH_UMPAN_BALIK: DataUmpanBalik = {
  ...dasar(
    judulDokumen("UMPAN_BALIK", "JA_JF", "KUANTITATIF", "FUNGSIONAL"),
    "2026-01-01",
    "2026-03-31",
    "2026-04-06",
    [blok("PEGAWAI", PEGAWAI_JF, { waktu: new Date("2026-04-06T03:00:00Z"), metode: "SEGEL" }), blok("PENILAI", PENILAI_JF, { waktu: new Date("2026-04-06T04:30:00Z"), metode: "SEGEL" })],
    verifikasi("UB-2026-TW1-93KD", 1, false),
  ),
  jenis: "UMPAN_BALIK",
  periode: "TRIWULAN I",
  varian: "JA_JF",
  pendekatan: "KUANTITATIF",
  pegawai: PEGAWAI_JF,
  penilai: PENILAI_JF,
  utama: rhkJf(6, { realisasi: true, umpan: true }),
  tambahan: [],
  perilaku: perilaku((i) => EKSPEKTASI[i] ?? null, UMPAN_PERILAKU),
};

const JUMLAH_UNIT: Record<Predikat, number> = { SANGAT_BAIK: 2, BAIK: 9, BUTUH_PERBAIKAN: 2, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 };

const pola = (jumlah: Record<Predikat, number>) => polaDistribusi({ capaianOrganisasi: "BAIK", jumlah });

/** Evaluasi triwulan I PPPK JF kuantitatif (zona WITA), ditandatangani; rating dan predikat dari kuadran. */
export const CONTOH_EVALUASI: DataEvaluasi = {
  ...dasar(
    judulDokumen("EVALUASI", "JA_JF", "KUANTITATIF", "FUNGSIONAL"),
    "2026-01-01",
    "2026-03-31",
    "2026-04-10",
    [blok("PEGAWAI", PEGAWAI_PPPK, { waktu: new Date("2026-04-10T01:20:00Z"), metode: "SEGEL" }), blok("PENILAI", PENILAI_JF, { waktu: new Date("2026-04-10T06:05:00Z"), metode: "BSRE" })],
    verifikasi("EV-2026-TW1-5M2A", 1, false),
    "Asia/Makassar",
  ),
  jenis: "EVALUASI",
  periode: "TRIWULAN I",
  varian: "JA_JF",
  pendekatan: "KUANTITATIF",
  pegawai: PEGAWAI_PPPK,
  penilai: PENILAI_JF,
  atasanPenilai: ATASAN_JF,
  utama: rhkJf(5, { realisasi: true, umpan: true }),
  tambahan: [],
  perilaku: perilaku((i) => EKSPEKTASI[i] ?? null, UMPAN_PERILAKU),
  capaianOrganisasi: LABEL_PREDIKAT_ORGANISASI.BAIK,
  unitCapaian: "Dinas Komunikasi dan Informatika",
  polaDistribusi: pola(JUMLAH_UNIT),
  ratingHasil: LABEL_RATING_CETAK.SESUAI,
  ratingPerilaku: LABEL_RATING_CETAK.DI_ATAS,
  predikat: LABEL_PREDIKAT_CETAK[predikatKinerja("SESUAI", "DI_ATAS")],
  catatan: "Pertahankan ketepatan waktu pengujian; ikuti pelatihan keamanan aplikasi pada triwulan II.",
};

/** Dokumen Evaluasi tahunan dengan keberatan yang telah diputuskan; ditandatangani pegawai dan penilai. */
export const CONTOH_DOKUMEN_EVALUASI: DataDokumenEvaluasi = {
  ...dasar(
    judulDokumen("DOKUMEN_EVALUASI", "JA_JF", "KUANTITATIF", "FUNGSIONAL"),
    "2026-01-01",
    "2026-12-31",
    "2027-01-15",
    [blok("PEGAWAI", PEGAWAI_JF, { waktu: new Date("2027-01-15T02:00:00Z"), metode: "SEGEL" }), blok("PENILAI", PENILAI_JF, { waktu: new Date("2027-01-15T03:10:00Z"), metode: "SEGEL" })],
    verifikasi("DE-2026-AKHIR-Q8WN", 3, true),
  ),
  jenis: "DOKUMEN_EVALUASI",
  periode: "AKHIR",
  pegawai: PEGAWAI_JF,
  penilai: PENILAI_JF,
  atasanPenilai: ATASAN_JF,
  capaianOrganisasi: LABEL_PREDIKAT_ORGANISASI.BAIK,
  predikat: LABEL_PREDIKAT_CETAK.BAIK,
  catatan: "Direkomendasikan mengikuti sertifikasi keamanan informasi dan menjadi mentor bagi pranata komputer baru.",
  keberatan: {
    alasan: "Realisasi modul aplikasi aset daerah tertunda karena server pusat data dipindahkan, bukan karena kelalaian pegawai; bukti berita acara pemindahan terlampir.",
    diajukanAt: d("2026-12-22"),
    keputusan: `Diterima: rating hasil kerja diubah menjadi ${LABEL_RATING.SESUAI}; predikat menjadi ${LABEL_PREDIKAT.BAIK}.`,
    pertimbangan: "Penundaan disebabkan pemindahan pusat data yang ditetapkan dinas; target lain tercapai.",
    diputuskanAt: d("2027-01-05"),
    pemutus: `${ATASAN_JF.nama} (Atasan Pejabat Penilai Kinerja)`,
  },
};

const PEGAWAI_UNIT: BarisPenetapan[] = [
  ["Dr. Ir. Wayan Gede Ārya, M.T.", "197805212003121002", "Kepala Bidang Aplikasi Informatika", "SANGAT_BAIK"],
  ["Ni Luh Putu Ayu Sukmawati, S.Kom.", "199203152015032004", "Pranata Komputer Ahli Muda", "BAIK"],
  ["Désy Ramadhani Pohan, A.Md.", "199507072023212010", "Pranata Komputer Terampil", "BAIK"],
  ["Made Suryadharma Wiguna, S.E., M.Si.", "198104082006041003", "Kepala Bidang Statistik", "SANGAT_BAIK"],
  ["Raden Mas Bagus Prasetyo, S.T.", "198811202011011001", "Pranata Komputer Ahli Pertama", "BAIK"],
  ["Siti Aisyah Nasution, S.Sos.", "199001012014022003", "Pranata Humas Ahli Muda", "BAIK"],
  ["Yohanes Kristianto Laoh, S.Kom.", "198907142012121002", "Analis Sistem Informasi", "BAIK"],
  ["Ṡalāḥuddīn Al-Ayyubi, S.Si.", "199312302019031005", "Statistisi Ahli Pertama", "BAIK"],
  ["Komang Ayu Prameswari, S.I.Kom.", "199406052020122008", "Pranata Humas Ahli Pertama", "BAIK"],
  ["Hendra Gunawan Siregar", "198512122009011004", "Pengelola Layanan Operasional", "BAIK"],
  ["Agustina Wulandari, A.Md.", "199108172015032007", "Pranata Komputer Terampil", "BAIK"],
  ["Bambang Sutrisno", "197503031999031006", "Pengadministrasi Perkantoran", "BUTUH_PERBAIKAN"],
  ["Rina Marlina, S.E.", "198602282010012009", "Analis Keuangan", "BUTUH_PERBAIKAN"],
].map(([nama, nip, jabatan, p]) => ({ nama: nama!, nip: nip!, labelNip: nip!.slice(12, 14) === "21" ? "NI PPPK" : "NIP", jabatan: jabatan!, predikat: LABEL_PREDIKAT_CETAK[p as Predikat] }));

/** Penetapan capaian organisasi "Baik" dan distribusinya, ditetapkan kepala dinas (tanpa verifikasi: belum diterbitkan). */
export const CONTOH_PENETAPAN: DataPenetapan = {
  ...dasar(
    judulDokumen("PENETAPAN", "JA_JF", "KUANTITATIF", "FUNGSIONAL"),
    "2026-01-01",
    "2026-03-31",
    "2026-04-08",
    [blok("PENETAP", ATASAN_JF, null)],
    null,
  ),
  jenis: "PENETAPAN",
  periode: "TRIWULAN I",
  unitKerja: "Dinas Komunikasi dan Informatika",
  capaianOrganisasi: LABEL_PREDIKAT_ORGANISASI.BAIK,
  dasarCapaian: "Progres rencana aksi triwulan I sesuai target yang disepakati pada Perjanjian Kinerja 2026 (rata-rata 96 %); hasil reviu Inspektorat tanpa temuan material.",
  penetap: ATASAN_JF,
  distribusi: pola(JUMLAH_UNIT),
  pengecualian: ["Tidak ada pegawai Kurang/Misconduct; syarat \"harus ada Butuh Perbaikan dan/atau Kurang/Misconduct\" terpenuhi oleh 2 pegawai Butuh Perbaikan."],
  pegawai: PEGAWAI_UNIT,
};

/** Semua contoh, dengan nama berkas keluaran (tanpa .pdf). */
export const DAFTAR_CONTOH: readonly { nama: string; data: DataDokumen }[] = [
  { nama: "skp-jf-30-rhk", data: CONTOH_SKP_JF },
  { nama: "skp-jpt-kualitatif-ttd", data: CONTOH_SKP_JPT },
  { nama: "umpan-balik-tw1", data: CONTOH_UMPAN_BALIK },
  { nama: "evaluasi-tw1", data: CONTOH_EVALUASI },
  { nama: "dokumen-evaluasi-keberatan", data: CONTOH_DOKUMEN_EVALUASI },
  { nama: "penetapan-tw1", data: CONTOH_PENETAPAN },
];
