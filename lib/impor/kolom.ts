// Format berkas impor organisasi (unit kerja, jabatan, pegawai): kolom, nama lain yang dikenali (mengikuti ekspor
// SIASN), batas panjang dan label. Murni. Dokumentasi pengguna: docs/impor.md.

export type KunciKolom =
  | "nip"
  | "nama"
  | "gelarDepan"
  | "gelarBelakang"
  | "status"
  | "golongan"
  | "tmtGolongan"
  | "tanggalLahir"
  | "jenisKelamin"
  | "kodeJabatan"
  | "jabatan"
  | "jenisJabatan"
  | "eselon"
  | "kodeAtasanJabatan"
  | "atasanJabatan"
  | "kodeUnit"
  | "unit"
  | "jenisUnit"
  | "kodeUnitInduk"
  | "unitInduk"
  | "tmtJabatan";

export type DefinisiKolom = {
  kunci: KunciKolom;
  /** Judul kolom pada templat (dan pada pesan galat). */
  judul: string;
  /** Judul wajib ada di baris judul berkas. */
  wajib: boolean;
  /** Nama lain yang dikenali (dibandingkan setelah dinormalkan: huruf kecil, tanpa spasi/tanda baca). */
  alias: string[];
  keterangan: string;
  contoh: string;
};

export const KOLOM: readonly DefinisiKolom[] = [
  { kunci: "nip", judul: "NIP", wajib: true, alias: ["NIP Baru", "NIP/NI PPPK", "NI PPPK"], keterangan: "NIP PNS atau NI PPPK, 18 digit (boleh ditulis dengan spasi). Simpan kolom sebagai Teks di Excel. Kosongkan untuk baris yang hanya mendefinisikan unit kerja/jabatan (jabatan kosong).", contoh: "198503122010011004" },
  { kunci: "nama", judul: "Nama", wajib: true, alias: ["Nama Pegawai", "Nama Lengkap"], keterangan: "Nama tanpa gelar, paling banyak 150 karakter.", contoh: "Hendra Wijaya" },
  { kunci: "gelarDepan", judul: "Gelar Depan", wajib: false, alias: [], keterangan: "Mis. Dr., dr., Ir. (paling banyak 50 karakter).", contoh: "dr." },
  { kunci: "gelarBelakang", judul: "Gelar Belakang", wajib: false, alias: [], keterangan: "Mis. M.Si., S.Kom. (paling banyak 80 karakter).", contoh: "M.Kes." },
  { kunci: "status", judul: "Status", wajib: true, alias: ["Status Kepegawaian", "Status Pegawai", "Jenis Pegawai", "Kedudukan Hukum"], keterangan: "PNS atau PPPK. CPNS ditulis PNS.", contoh: "PNS" },
  { kunci: "golongan", judul: "Golongan", wajib: true, alias: ["Pangkat/Golongan", "Pangkat Golongan", "Golongan Ruang", "Gol. Ruang", "Gol", "Golru", "Gol Akhir"], keterangan: "PNS: I/a sampai IV/e (nama pangkat boleh ikut, mis. \"Penata Muda / III/a\"). PPPK: I sampai XVII (angka 1–17 juga diterima).", contoh: "IV/b" },
  { kunci: "tmtGolongan", judul: "TMT Golongan", wajib: false, alias: ["TMT Pangkat", "TMT Gol", "TMT Golongan Akhir"], keterangan: "Tanggal: dd-mm-yyyy, yyyy-mm-dd atau tanggal Excel.", contoh: "01-04-2022" },
  { kunci: "tanggalLahir", judul: "Tanggal Lahir", wajib: false, alias: ["Tgl Lahir", "Tgl. Lahir"], keterangan: "Tidak wajib: diambil dari NIP. Bila diisi harus sama dengan digit 1–8 NIP.", contoh: "12-03-1985" },
  { kunci: "jenisKelamin", judul: "Jenis Kelamin", wajib: false, alias: ["JK", "Kelamin"], keterangan: "Tidak wajib: diambil dari NIP. Bila diisi (L/P, Laki-laki/Perempuan, Pria/Wanita) harus sama dengan digit ke-15 NIP.", contoh: "L" },
  { kunci: "kodeJabatan", judul: "Kode Jabatan", wajib: true, alias: ["ID Jabatan", "Jabatan ID", "Kode Jab"], keterangan: "Kunci jabatan yang tetap antar-impor (id jabatan SIASN), unik dalam instansi, paling banyak 64 karakter. Kosongkan untuk pegawai tanpa perubahan jabatan atau baris yang hanya mendefinisikan unit kerja.", contoh: "JPT-DINKES-01" },
  { kunci: "jabatan", judul: "Jabatan", wajib: true, alias: ["Nama Jabatan"], keterangan: "Nama jabatan, paling banyak 250 karakter.", contoh: "Kepala Dinas Kesehatan" },
  { kunci: "jenisJabatan", judul: "Jenis Jabatan", wajib: true, alias: [], keterangan: "JPT, Administrator, Pengawas, Pelaksana atau Fungsional (juga: Fungsional Tertentu, Fungsional Umum = Pelaksana).", contoh: "JPT" },
  { kunci: "eselon", judul: "Eselon", wajib: false, alias: [], keterangan: "Mis. II.b, III.a, IV.a; kosong untuk pelaksana/fungsional.", contoh: "II.b" },
  { kunci: "kodeAtasanJabatan", judul: "Kode Atasan Jabatan", wajib: false, alias: ["ID Atasan Jabatan", "Kode Jabatan Atasan", "ID Jabatan Atasan"], keterangan: "Kode jabatan atasan langsung (jabatan itu boleh tertulis di baris mana pun, juga sesudahnya). Kosong untuk jabatan tertinggi (penilainya pimpinan instansi).", contoh: "" },
  { kunci: "atasanJabatan", judul: "Atasan Jabatan", wajib: false, alias: ["Jabatan Atasan", "Nama Jabatan Atasan"], keterangan: "Nama jabatan atasan, hanya sebagai keterangan (tidak dibaca).", contoh: "" },
  { kunci: "kodeUnit", judul: "Kode Unit", wajib: true, alias: ["Kode Unor", "ID Unor", "Unor ID", "Kode Unit Kerja", "Kode Unit Organisasi"], keterangan: "Kode unit kerja tempat jabatan berada, unik dalam instansi, paling banyak 30 karakter. Wajib bila kode jabatan diisi.", contoh: "DINKES" },
  { kunci: "unit", judul: "Unit", wajib: true, alias: ["Unit Kerja", "Unor", "Nama Unor", "Nama Unit", "Nama Unit Kerja", "Unit Organisasi"], keterangan: "Nama unit kerja, paling banyak 200 karakter.", contoh: "Dinas Kesehatan" },
  { kunci: "jenisUnit", judul: "Jenis Unit", wajib: false, alias: ["Jenis Unor"], keterangan: "Sekretariat Daerah, OPD, Bagian, Bidang, Subbagian, Subbidang atau UPT. Kosong: unit baru tanpa induk = OPD, dengan induk = Bidang; unit yang sudah ada tidak diubah.", contoh: "OPD" },
  { kunci: "kodeUnitInduk", judul: "Kode Unit Induk", wajib: false, alias: ["Kode Unor Induk", "ID Unor Induk", "Kode Unor Atasan", "Kode Induk Unit"], keterangan: "Kode unit di atasnya (boleh tertulis sesudahnya). Kosong untuk OPD/unit tertinggi.", contoh: "" },
  { kunci: "unitInduk", judul: "Unit Induk", wajib: false, alias: ["Unor Induk", "Nama Unor Induk", "Unor Atasan"], keterangan: "Nama unit induk, hanya sebagai keterangan (tidak dibaca).", contoh: "" },
  { kunci: "tmtJabatan", judul: "TMT Jabatan", wajib: true, alias: ["TMT Jab"], keterangan: "Tanggal mulai menjabat. Wajib bila NIP dan kode jabatan diisi. Bila jabatan definitif pegawai berbeda, jabatan lama ditutup sehari sebelumnya.", contoh: "02-01-2023" },
];

export const JUDUL_KOLOM: Record<KunciKolom, string> = Object.fromEntries(KOLOM.map((k) => [k.kunci, k.judul])) as Record<KunciKolom, string>;

/** "Kode Unit Induk" → "kodeunitinduk" (huruf kecil; spasi, garis miring, titik dan tanda hubung dibuang). */
export function normalJudul(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

const PETA_JUDUL = new Map<string, KunciKolom>();
for (const k of KOLOM) for (const a of [k.judul, ...k.alias]) PETA_JUDUL.set(normalJudul(a), k.kunci);

/** Kunci kolom untuk satu judul berkas, atau null bila tidak dikenal (kolom lain diabaikan). */
export function kenaliJudul(judul: string): KunciKolom | null {
  return PETA_JUDUL.get(normalJudul(judul)) ?? null;
}

/** Batas panjang, sama dengan kolom basis data (prisma/schema.prisma). */
export const BATAS = {
  nama: 150,
  gelarDepan: 50,
  gelarBelakang: 80,
  kodeJabatan: 64,
  jabatan: 250,
  eselon: 10,
  kodeUnit: 30,
  unit: 200,
} as const;

/** Ukuran berkas unggahan paling besar (byte). */
export const MAKS_BYTES = 10 * 1024 * 1024;
/** Baris data paling banyak per berkas. */
export const MAKS_BARIS = 20_000;
/** Isi .xlsx terurai paling besar (bom zip). */
export const MAKS_TERURAI = 200 * 1024 * 1024;

export const STATUS_BARIS = ["DIBUAT", "DIPERBARUI", "TIDAK_BERUBAH", "GALAT"] as const;
export type StatusBaris = (typeof STATUS_BARIS)[number];
export const LABEL_STATUS_BARIS: Record<StatusBaris, string> = {
  DIBUAT: "DIBUAT",
  DIPERBARUI: "DIPERBARUI",
  TIDAK_BERUBAH: "TIDAK BERUBAH",
  GALAT: "GALAT",
};

/** Nama aksi jejak audit penerapan impor (satu baris ringkasan per penerapan). */
export const AKSI_AUDIT_IMPOR = "ORGANISASI_DIIMPOR";
