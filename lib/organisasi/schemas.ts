// Skema zod editor organisasi (unit kerja, jabatan, penugasan, pegawai). Pesan dalam Bahasa Indonesia.
import { z } from "zod";
import { id, opsional, tanggal, teks } from "@/lib/zod-formulir";
import { golonganSah } from "@/lib/organisasi/pangkat";

export const BATAS_ORGANISASI = { nama: 200, namaJabatan: 250, singkatan: 30, eselon: 10, nomorSk: 100, gelar: 50, gelarBelakang: 80, namaPegawai: 150, email: 200 } as const;

const B = BATAS_ORGANISASI;
const JENIS_UNIT = ["SEKRETARIAT_DAERAH", "OPD", "BAGIAN", "BIDANG", "SUBBAGIAN", "SUBBIDANG", "UPT"] as const;
const JENIS_JABATAN = ["JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"] as const;

export const ZTambahUnit = z.object({
  instansiId: id("Instansi"),
  parentId: opsional(id("Unit induk")),
  nama: teks("Nama unit", 3, B.nama),
  singkatan: opsional(teks("Singkatan", 1, B.singkatan)),
  jenis: z.enum(JENIS_UNIT, { error: "Pilih jenis unit." }),
});
export type TTambahUnit = z.infer<typeof ZTambahUnit>;

export const ZUbahUnit = z.object({
  unitId: id("Unit kerja"),
  parentId: opsional(id("Unit induk")),
  nama: teks("Nama unit", 3, B.nama),
  singkatan: opsional(teks("Singkatan", 1, B.singkatan)),
});
export type TUbahUnit = z.infer<typeof ZUbahUnit>;

export const ZTutupUnit = z.object({ unitId: id("Unit kerja"), tanggal: tanggal("Tanggal penutupan") });
export type TTutupUnit = z.infer<typeof ZTutupUnit>;

export const ZTambahJabatan = z.object({
  unitKerjaId: id("Unit kerja"),
  parentId: opsional(id("Jabatan atasan")),
  nama: teks("Nama jabatan", 3, B.namaJabatan),
  jenis: z.enum(JENIS_JABATAN, { error: "Pilih jenis jabatan." }),
  eselon: opsional(teks("Eselon", 1, B.eselon)),
});
export type TTambahJabatan = z.infer<typeof ZTambahJabatan>;

export const ZUbahJabatan = z.object({
  jabatanId: id("Jabatan"),
  unitKerjaId: id("Unit kerja"),
  parentId: opsional(id("Jabatan atasan")),
  nama: teks("Nama jabatan", 3, B.namaJabatan),
});
export type TUbahJabatan = z.infer<typeof ZUbahJabatan>;

export const ZTutupJabatan = z.object({ jabatanId: id("Jabatan"), tanggal: tanggal("Tanggal penutupan") });
export type TTutupJabatan = z.infer<typeof ZTutupJabatan>;

const ZNipPegawai = z
  .string({ error: "NIP wajib diisi." })
  .transform((t) => t.replace(/[\s.]+/g, ""))
  .pipe(z.string().regex(/^\d{18}$/, "NIP terdiri atas 18 angka."));

export const ZTugaskan = z.object({
  jabatanId: id("Jabatan"),
  nip: ZNipPegawai,
  jenis: z.enum(["DEFINITIF", "PLT", "PLH"], { error: "Pilih jenis penugasan: definitif, Plt atau Plh." }),
  tmtMulai: tanggal("TMT mulai"),
  tmtSelesai: opsional(tanggal("TMT selesai")),
  nomorSk: opsional(teks("Nomor SK", 1, B.nomorSk)),
});
export type TTugaskan = z.infer<typeof ZTugaskan>;

export const ZAkhiriPenugasan = z.object({ penugasanId: id("Penugasan"), tmtSelesai: tanggal("Tanggal selesai") });
export type TAkhiriPenugasan = z.infer<typeof ZAkhiriPenugasan>;

export const ZMutasi = z.object({
  pegawaiId: id("Pegawai"),
  jabatanId: id("Jabatan tujuan"),
  tanggal: tanggal("TMT mutasi"),
  nomorSk: opsional(teks("Nomor SK", 1, B.nomorSk)),
});
export type TMutasi = z.infer<typeof ZMutasi>;

export const ZBerhenti = z.object({
  pegawaiId: id("Pegawai"),
  alasan: z.enum(["PENSIUN", "BERHENTI"], { error: "Pilih pensiun atau berhenti." }),
  tanggal: tanggal("TMT"),
});
export type TBerhenti = z.infer<typeof ZBerhenti>;

export const ZUbahPegawai = z
  .object({
    pegawaiId: id("Pegawai"),
    gelarDepan: opsional(teks("Gelar depan", 1, B.gelar)),
    nama: teks("Nama", 2, B.namaPegawai),
    gelarBelakang: opsional(teks("Gelar belakang", 1, B.gelarBelakang)),
    status: z.enum(["PNS", "PPPK"], { error: "Pilih status PNS atau PPPK." }),
    golongan: teks("Pangkat/golongan", 1, 5),
    tmtGolongan: opsional(tanggal("TMT pangkat/golongan")),
    email: opsional(z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.email({ error: "Alamat email tidak sah." }).max(B.email, `Email maksimal ${B.email} karakter.`))),
  })
  .refine((d) => golonganSah(d.status, d.golongan), { message: "Golongan tidak sesuai dengan status kepegawaian.", path: ["golongan"] });
export type TUbahPegawai = z.infer<typeof ZUbahPegawai>;

export const LABEL_JENIS_UNIT: Record<(typeof JENIS_UNIT)[number], string> = {
  SEKRETARIAT_DAERAH: "Sekretariat Daerah",
  OPD: "Perangkat daerah (OPD)",
  BAGIAN: "Bagian",
  BIDANG: "Bidang",
  SUBBAGIAN: "Subbagian",
  SUBBIDANG: "Subbidang",
  UPT: "UPT",
};
export const DAFTAR_JENIS_UNIT = JENIS_UNIT;
export const DAFTAR_JENIS_JABATAN = JENIS_JABATAN;
export const LABEL_ALASAN_BERHENTI = { PENSIUN: "Pensiun", BERHENTI: "Berhenti" } as const;
