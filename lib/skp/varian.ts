// Varian formulir SKP menurut jenis jabatan (skp-domain.md §1.3–§1.4):
// - JPT dan pimpinan unit kerja mandiri: kolom PERSPEKTIF, RHK bersumber dari Perjanjian Kinerja.
// - Jabatan administrasi (administrator, pengawas, pelaksana) dan jabatan fungsional: kolom
//   RHK PIMPINAN YANG DIINTERVENSI dan ASPEK (pada pendekatan kuantitatif).

export type JenisJabatan = "JPT" | "ADMINISTRATOR" | "PENGAWAS" | "PELAKSANA" | "FUNGSIONAL";
export type VarianSkp = "JPT" | "JA_JF";
export type Pendekatan = "KUANTITATIF" | "KUALITATIF";

export function varianSkp(jenisJabatan: JenisJabatan): VarianSkp {
  return jenisJabatan === "JPT" ? "JPT" : "JA_JF";
}

export const LABEL_VARIAN: Readonly<Record<VarianSkp, string>> = {
  JPT: "JPT dan Pimpinan Unit Kerja Mandiri",
  JA_JF: "Jabatan Administrasi dan Jabatan Fungsional",
};

export const LABEL_PENDEKATAN: Readonly<Record<Pendekatan, string>> = {
  KUANTITATIF: "Kuantitatif",
  KUALITATIF: "Kualitatif",
};

export type KodePerspektif = "PENERIMA_LAYANAN" | "PROSES_BISNIS_INTERNAL" | "PENGUATAN_INTERNAL" | "ANGGARAN";

export type Perspektif = { readonly kode: KodePerspektif; readonly nama: string; readonly bantuan: string };

/** Perspektif RHK pada SKP JPT (adaptasi balanced scorecard), dengan teks bantuan untuk pengguna. */
export const PERSPEKTIF: readonly Perspektif[] = [
  {
    kode: "PENERIMA_LAYANAN",
    nama: "Penerima Layanan",
    bantuan:
      "Pilih bila hasil kerja memberi manfaat bagi pihak internal maupun eksternal, mendukung tujuan jangka pendek, dan berfokus pada output dan outcome.",
  },
  {
    kode: "PROSES_BISNIS_INTERNAL",
    nama: "Proses Bisnis Internal",
    bantuan:
      "Pilih bila hasil kerja memberi manfaat bagi internal organisasi, mendukung tujuan jangka panjang, dan berfokus pada strategi.",
  },
  {
    kode: "PENGUATAN_INTERNAL",
    nama: "Penguatan Internal",
    bantuan:
      "Pilih bila hasil kerja memberi manfaat bagi internal organisasi, mendukung tujuan jangka panjang, dan berfokus pada aset tidak berwujud (misalnya kompetensi pegawai, sistem informasi, dan budaya kerja).",
  },
  {
    kode: "ANGGARAN",
    nama: "Anggaran",
    bantuan: "Pilih bila hasil kerja menggambarkan efektivitas dan efisiensi penggunaan anggaran.",
  },
];

export function isKodePerspektif(kode: string): kode is KodePerspektif {
  return PERSPEKTIF.some((p) => p.kode === kode);
}

export const ASPEK = ["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"] as const;
export type Aspek = (typeof ASPEK)[number];

export const LABEL_ASPEK: Readonly<Record<Aspek, string>> = {
  KUANTITAS: "Kuantitas",
  KUALITAS: "Kualitas",
  WAKTU: "Waktu",
  BIAYA: "Biaya",
};

export function isAspek(aspek: string): aspek is Aspek {
  return (ASPEK as readonly string[]).includes(aspek);
}

/**
 * Baris judul formulir SKP: "SASARAN KINERJA PEGAWAI" / <jenis jabatan> / "PENDEKATAN HASIL KERJA …".
 *
 * - Varian JPT dipakai JPT dan pimpinan unit kerja mandiri (mis. kepala UPT berjabatan administrator),
 *   sehingga judulnya selalu menyebut keduanya.
 * - Varian JA/JF: judul menyebut jabatan pegawai — "JABATAN ADMINISTRASI" (administrator, pengawas,
 *   pelaksana) atau "JABATAN FUNGSIONAL"; bila tidak cocok (JPT yang memakai formulir JA/JF) dipakai
 *   judul gabungan "JABATAN ADMINISTRASI DAN JABATAN FUNGSIONAL".
 */
export function judulFormulir(varian: VarianSkp, pendekatan: Pendekatan, jenisJabatan: JenisJabatan): string[] {
  return ["SASARAN KINERJA PEGAWAI", barisJabatan(varian, jenisJabatan), `PENDEKATAN HASIL KERJA ${pendekatan}`];
}

function barisJabatan(varian: VarianSkp, jenisJabatan: JenisJabatan): string {
  if (varian === "JPT") return "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI";
  switch (jenisJabatan) {
    case "ADMINISTRATOR":
    case "PENGAWAS":
    case "PELAKSANA":
      return "JABATAN ADMINISTRASI";
    case "FUNGSIONAL":
      return "JABATAN FUNGSIONAL";
    default:
      return "JABATAN ADMINISTRASI DAN JABATAN FUNGSIONAL";
  }
}

/** Judul kelompok RHK pada tabel HASIL KERJA (skp-domain §1.4): JPT "A. UTAMA", JA/JF "A. KINERJA UTAMA"; "B. TAMBAHAN". */
export function judulKelompokRhk(varian: VarianSkp, jenis: "UTAMA" | "TAMBAHAN"): string {
  if (jenis === "TAMBAHAN") return "B. TAMBAHAN";
  return varian === "JPT" ? "A. UTAMA" : "A. KINERJA UTAMA";
}
