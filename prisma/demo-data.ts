// Data demo: Kabupaten Lembah Sejahtera (fiktif). Nama, NIP dan nomor SK rekaan.
import type { JenisJabatan, JenisUnitKerja } from "@/generated/prisma/enums";
import { uraiNip } from "@/lib/organisasi/nip";

export type DemoUnit = { key: string; parent: string | null; nama: string; singkatan?: string; jenis: JenisUnitKerja };
export type DemoJabatan = {
  key: string;
  parent: string | null;
  unit: string;
  nama: string;
  jenis: JenisJabatan;
  eselon?: string;
  kelas?: number;
};
export type DemoPegawai = {
  key: string;
  gelarDepan?: string;
  nama: string;
  gelarBelakang?: string;
  jk: "L" | "P";
  lahir: string; // YYYY-MM-DD
  /** PNS: TMT CPNS "YYYY-MM"; PPPK: tahun pengangkatan "YYYY". */
  tmt: string;
  golongan: string;
  status?: "PNS" | "PPPK";
  /** Jabatan definitif sejak awal tahun berjalan (atau riwayat bila `riwayat` diisi). */
  jabatan: string;
  riwayat?: { jabatan: string; sampai: string }[];
};

export const DEMO_INSTANSI = {
  kode: "LBS",
  nama: "Pemerintah Kabupaten Lembah Sejahtera",
  jenis: "PEMERINTAH_KABUPATEN" as const,
  jabatanPimpinan: "Bupati Lembah Sejahtera",
  namaPimpinan: "H. Darmawan Saputra, S.H., M.H.",
  ibukota: "Sukamakmur",
};

export const DEMO_UNIT: DemoUnit[] = [
  { key: "setda", parent: null, nama: "Sekretariat Daerah", singkatan: "Setda", jenis: "SEKRETARIAT_DAERAH" },
  { key: "setda-org", parent: "setda", nama: "Bagian Organisasi", jenis: "BAGIAN" },

  { key: "bkpsdm", parent: null, nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", singkatan: "BKPSDM", jenis: "OPD" },
  { key: "bkpsdm-sek", parent: "bkpsdm", nama: "Sekretariat", jenis: "BAGIAN" },
  { key: "bkpsdm-umum", parent: "bkpsdm-sek", nama: "Subbagian Umum dan Kepegawaian", jenis: "SUBBAGIAN" },
  { key: "bkpsdm-pkap", parent: "bkpsdm", nama: "Bidang Penilaian Kinerja Aparatur dan Penghargaan", jenis: "BIDANG" },
  { key: "bkpsdm-mutasi", parent: "bkpsdm", nama: "Bidang Mutasi dan Promosi", jenis: "BIDANG" },

  { key: "dinkes", parent: null, nama: "Dinas Kesehatan", singkatan: "Dinkes", jenis: "OPD" },
  { key: "dinkes-sek", parent: "dinkes", nama: "Sekretariat", jenis: "BAGIAN" },
  { key: "dinkes-renkeu", parent: "dinkes-sek", nama: "Subbagian Perencanaan dan Keuangan", jenis: "SUBBAGIAN" },
  { key: "dinkes-yankes", parent: "dinkes", nama: "Bidang Pelayanan Kesehatan", jenis: "BIDANG" },
  { key: "dinkes-kesmas", parent: "dinkes", nama: "Bidang Kesehatan Masyarakat", jenis: "BIDANG" },

  { key: "kominfo", parent: null, nama: "Dinas Komunikasi dan Informatika", singkatan: "Diskominfo", jenis: "OPD" },
  { key: "kominfo-sek", parent: "kominfo", nama: "Sekretariat", jenis: "BAGIAN" },
  { key: "kominfo-umum", parent: "kominfo-sek", nama: "Subbagian Umum dan Kepegawaian", jenis: "SUBBAGIAN" },
  { key: "kominfo-aptika", parent: "kominfo", nama: "Bidang Aplikasi Informatika", jenis: "BIDANG" },
  { key: "kominfo-ikp", parent: "kominfo", nama: "Bidang Informasi dan Komunikasi Publik", jenis: "BIDANG" },
];

export const DEMO_JABATAN: DemoJabatan[] = [
  { key: "sekda", parent: null, unit: "setda", nama: "Sekretaris Daerah", jenis: "JPT", eselon: "II.a", kelas: 15 },
  { key: "kabag-org", parent: "sekda", unit: "setda-org", nama: "Kepala Bagian Organisasi", jenis: "ADMINISTRATOR", eselon: "III.a", kelas: 11 },
  { key: "analis-org", parent: "kabag-org", unit: "setda-org", nama: "Analis Kebijakan Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "penelaah-org", parent: "kabag-org", unit: "setda-org", nama: "Penelaah Teknis Kebijakan", jenis: "PELAKSANA", kelas: 7 },

  { key: "kaban", parent: "sekda", unit: "bkpsdm", nama: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", jenis: "JPT", eselon: "II.b", kelas: 14 },
  { key: "sekban", parent: "kaban", unit: "bkpsdm-sek", nama: "Sekretaris Badan", jenis: "ADMINISTRATOR", eselon: "III.a", kelas: 11 },
  { key: "kasubbag-bkpsdm", parent: "sekban", unit: "bkpsdm-umum", nama: "Kepala Subbagian Umum dan Kepegawaian", jenis: "PENGAWAS", eselon: "IV.a", kelas: 9 },
  { key: "admin-bkpsdm", parent: "kasubbag-bkpsdm", unit: "bkpsdm-umum", nama: "Pengadministrasi Perkantoran", jenis: "PELAKSANA", kelas: 5 },
  { key: "kabid-pkap", parent: "kaban", unit: "bkpsdm-pkap", nama: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "asdma-muda-pkap", parent: "kabid-pkap", unit: "bkpsdm-pkap", nama: "Analis Sumber Daya Manusia Aparatur Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "asdma-pertama-pkap", parent: "kabid-pkap", unit: "bkpsdm-pkap", nama: "Analis Sumber Daya Manusia Aparatur Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { key: "pengolah-kinerja", parent: "kabid-pkap", unit: "bkpsdm-pkap", nama: "Pengolah Data Kinerja", jenis: "PELAKSANA", kelas: 7 },
  { key: "kabid-mutasi", parent: "kaban", unit: "bkpsdm-mutasi", nama: "Kepala Bidang Mutasi dan Promosi", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "asdma-muda-mutasi", parent: "kabid-mutasi", unit: "bkpsdm-mutasi", nama: "Analis Sumber Daya Manusia Aparatur Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "pengelola-data-kepeg", parent: "kabid-mutasi", unit: "bkpsdm-mutasi", nama: "Pengelola Data Kepegawaian", jenis: "PELAKSANA", kelas: 6 },

  { key: "kadinkes", parent: "sekda", unit: "dinkes", nama: "Kepala Dinas Kesehatan", jenis: "JPT", eselon: "II.b", kelas: 14 },
  { key: "sekdinkes", parent: "kadinkes", unit: "dinkes-sek", nama: "Sekretaris Dinas Kesehatan", jenis: "ADMINISTRATOR", eselon: "III.a", kelas: 11 },
  { key: "kasubbag-renkeu", parent: "sekdinkes", unit: "dinkes-renkeu", nama: "Kepala Subbagian Perencanaan dan Keuangan", jenis: "PENGAWAS", eselon: "IV.a", kelas: 9 },
  { key: "pengelola-keuangan", parent: "kasubbag-renkeu", unit: "dinkes-renkeu", nama: "Pengelola Keuangan", jenis: "PELAKSANA", kelas: 6 },
  { key: "penyusun-program", parent: "kasubbag-renkeu", unit: "dinkes-renkeu", nama: "Penyusun Program Anggaran dan Pelaporan", jenis: "PELAKSANA", kelas: 7 },
  { key: "kabid-yankes", parent: "kadinkes", unit: "dinkes-yankes", nama: "Kepala Bidang Pelayanan Kesehatan", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "adminkes-muda", parent: "kabid-yankes", unit: "dinkes-yankes", nama: "Administrator Kesehatan Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "epidemiolog-pertama", parent: "kabid-yankes", unit: "dinkes-yankes", nama: "Epidemiolog Kesehatan Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { key: "pengadm-yankes", parent: "kabid-yankes", unit: "dinkes-yankes", nama: "Pengadministrasi Umum", jenis: "PELAKSANA", kelas: 5 },
  { key: "kabid-kesmas", parent: "kadinkes", unit: "dinkes-kesmas", nama: "Kepala Bidang Kesehatan Masyarakat", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "penyuluh-muda", parent: "kabid-kesmas", unit: "dinkes-kesmas", nama: "Penyuluh Kesehatan Masyarakat Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "nutrisionis-pertama", parent: "kabid-kesmas", unit: "dinkes-kesmas", nama: "Nutrisionis Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { key: "pengelola-program-kes", parent: "kabid-kesmas", unit: "dinkes-kesmas", nama: "Pengelola Program Kesehatan", jenis: "PELAKSANA", kelas: 6 },

  { key: "kadiskominfo", parent: "sekda", unit: "kominfo", nama: "Kepala Dinas Komunikasi dan Informatika", jenis: "JPT", eselon: "II.b", kelas: 14 },
  { key: "sekdiskominfo", parent: "kadiskominfo", unit: "kominfo-sek", nama: "Sekretaris Dinas Komunikasi dan Informatika", jenis: "ADMINISTRATOR", eselon: "III.a", kelas: 11 },
  { key: "kasubbag-kominfo", parent: "sekdiskominfo", unit: "kominfo-umum", nama: "Kepala Subbagian Umum dan Kepegawaian", jenis: "PENGAWAS", eselon: "IV.a", kelas: 9 },
  { key: "admin-kominfo", parent: "kasubbag-kominfo", unit: "kominfo-umum", nama: "Pengadministrasi Perkantoran", jenis: "PELAKSANA", kelas: 5 },
  { key: "kabid-aptika", parent: "kadiskominfo", unit: "kominfo-aptika", nama: "Kepala Bidang Aplikasi Informatika", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "prakom-muda", parent: "kabid-aptika", unit: "kominfo-aptika", nama: "Pranata Komputer Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "prakom-pertama", parent: "kabid-aptika", unit: "kominfo-aptika", nama: "Pranata Komputer Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { key: "kabid-ikp", parent: "kadiskominfo", unit: "kominfo-ikp", nama: "Kepala Bidang Informasi dan Komunikasi Publik", jenis: "ADMINISTRATOR", eselon: "III.b", kelas: 11 },
  { key: "humas-muda", parent: "kabid-ikp", unit: "kominfo-ikp", nama: "Pranata Hubungan Masyarakat Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { key: "pengelola-informasi", parent: "kabid-ikp", unit: "kominfo-ikp", nama: "Pengelola Layanan Informasi Publik", jenis: "PELAKSANA", kelas: 6 },
];

export const DEMO_PEGAWAI: DemoPegawai[] = [
  { key: "hendra", gelarDepan: "Dr. Ir.", nama: "Hendra Wijaya", gelarBelakang: "M.Si.", jk: "L", lahir: "1970-04-12", tmt: "1996-03", golongan: "IV/d", jabatan: "sekda" },
  { key: "rina", nama: "Rina Marlina", gelarBelakang: "S.Sos., M.AP.", jk: "P", lahir: "1979-08-21", tmt: "2003-12", golongan: "IV/a", jabatan: "kabag-org" },
  { key: "yusuf", nama: "Yusuf Hamdani", gelarBelakang: "S.IP.", jk: "L", lahir: "1985-02-03", tmt: "2009-01", golongan: "III/d", jabatan: "analis-org" },
  { key: "dewi", nama: "Dewi Anggraini", gelarBelakang: "A.Md.", jk: "P", lahir: "1992-11-30", tmt: "2017-03", golongan: "II/d", jabatan: "penelaah-org" },

  { key: "agus", gelarDepan: "Drs.", nama: "Agus Setiawan", gelarBelakang: "M.M.", jk: "L", lahir: "1972-06-15", tmt: "1998-03", golongan: "IV/c", jabatan: "kaban" },
  { key: "nurhidayah", nama: "Nur Hidayah", gelarBelakang: "S.H., M.H.", jk: "P", lahir: "1978-01-09", tmt: "2002-12", golongan: "IV/a", jabatan: "sekban" },
  { key: "fajar", nama: "Fajar Nugroho", gelarBelakang: "S.Kom.", jk: "L", lahir: "1986-09-17", tmt: "2010-03", golongan: "III/c", jabatan: "kasubbag-bkpsdm" },
  { key: "siti", nama: "Siti Rahmawati", jk: "P", lahir: "1995-05-02", tmt: "2019-03", golongan: "II/c", jabatan: "admin-bkpsdm" },
  { key: "andi", nama: "Andi Saputra", jk: "L", lahir: "1994-12-12", tmt: "2019-03", golongan: "II/b", jabatan: "admin-bkpsdm" },
  { key: "bambang", nama: "Bambang Sutrisno", gelarBelakang: "S.E., M.Si.", jk: "L", lahir: "1976-03-28", tmt: "2001-01", golongan: "IV/a", jabatan: "kabid-pkap" },
  { key: "ratna", nama: "Ratna Sari Dewi", gelarBelakang: "S.Psi.", jk: "P", lahir: "1984-07-07", tmt: "2008-12", golongan: "III/d", jabatan: "asdma-muda-pkap" },
  { key: "rizki", nama: "Muhammad Rizki Pratama", gelarBelakang: "S.Tr.IP.", jk: "L", lahir: "1996-10-10", tmt: "2019-08", golongan: "III/b", jabatan: "asdma-pertama-pkap" },
  { key: "lestari", nama: "Lestari Wulandari", gelarBelakang: "S.Psi.", jk: "P", lahir: "1997-02-14", tmt: "2020-03", golongan: "III/a", jabatan: "asdma-pertama-pkap" },
  { key: "hendri", nama: "Hendri Gunawan", gelarBelakang: "S.Kom.", jk: "L", lahir: "1993-04-04", tmt: "2019-03", golongan: "III/a", jabatan: "pengolah-kinerja" },
  { key: "fauzi", nama: "Ahmad Fauzi", gelarBelakang: "S.Sos., M.Si.", jk: "L", lahir: "1977-11-11", tmt: "2002-03", golongan: "IV/a", jabatan: "kabid-mutasi" },
  { key: "yuliana", nama: "Yuliana Putri", gelarBelakang: "S.H.", jk: "P", lahir: "1987-05-25", tmt: "2011-03", golongan: "III/c", jabatan: "asdma-muda-mutasi" },
  { key: "dedi", nama: "Dedi Kurniawan", jk: "L", lahir: "1990-08-08", tmt: "2014-03", golongan: "II/d", jabatan: "pengelola-data-kepeg" },

  { key: "sriwahyuni", gelarDepan: "dr.", nama: "Sri Wahyuni", gelarBelakang: "M.Kes.", jk: "P", lahir: "1973-09-19", tmt: "2000-04", golongan: "IV/c", jabatan: "kadinkes" },
  { key: "eko", nama: "Eko Prasetyo", gelarBelakang: "S.KM., M.Kes.", jk: "L", lahir: "1978-12-01", tmt: "2003-03", golongan: "IV/a", jabatan: "sekdinkes" },
  { key: "maya", nama: "Maya Sofiana", gelarBelakang: "S.E.", jk: "P", lahir: "1985-06-30", tmt: "2009-03", golongan: "III/d", jabatan: "kasubbag-renkeu" },
  { key: "rudi", nama: "Rudi Hartono", jk: "L", lahir: "1991-03-15", tmt: "2015-03", golongan: "II/d", jabatan: "pengelola-keuangan" },
  { key: "intan", nama: "Intan Permatasari", gelarBelakang: "S.E.", jk: "P", lahir: "1994-09-09", tmt: "2019-03", golongan: "III/a", jabatan: "penyusun-program" },
  { key: "lina", gelarDepan: "drg.", nama: "Lina Marlina", gelarBelakang: "M.Kes.", jk: "P", lahir: "1982-04-22", tmt: "2006-03", golongan: "III/d", jabatan: "adminkes-muda" },
  {
    key: "taufik", nama: "Taufik Hidayat", gelarBelakang: "S.KM.", jk: "L", lahir: "1993-07-19", tmt: "2019-03", golongan: "III/b",
    jabatan: "epidemiolog-pertama",
    // Mutasi di tengah tahun: sampai 30 Juni di Bidang Kesehatan Masyarakat.
    riwayat: [{ jabatan: "pengelola-program-kes", sampai: "06-30" }],
  },
  { key: "novi", nama: "Novi Andriani", jk: "P", lahir: "1996-01-26", tmt: "2020-03", golongan: "II/a", jabatan: "pengadm-yankes" },
  { key: "nurlaela", gelarDepan: "Hj.", nama: "Nurlaela", gelarBelakang: "S.KM., M.PH.", jk: "P", lahir: "1977-02-17", tmt: "2001-03", golongan: "IV/a", jabatan: "kabid-kesmas" },
  { key: "wahyu", nama: "Wahyu Setiadi", gelarBelakang: "S.KM.", jk: "L", lahir: "1986-11-05", tmt: "2010-03", golongan: "III/c", jabatan: "penyuluh-muda" },
  { key: "anisa", nama: "Anisa Rahmah", gelarBelakang: "S.Gz.", jk: "P", lahir: "1995-08-18", tmt: "2020-03", golongan: "III/a", jabatan: "nutrisionis-pertama" },
  { key: "joko", nama: "Joko Susilo", jk: "L", lahir: "1989-10-02", tmt: "2014-03", golongan: "II/c", jabatan: "pengelola-program-kes" },

  { key: "yudi", gelarDepan: "Ir.", nama: "Yudi Hermawan", gelarBelakang: "M.T.", jk: "L", lahir: "1974-05-05", tmt: "1999-03", golongan: "IV/c", jabatan: "kadiskominfo" },
  { key: "srilestari", nama: "Sri Lestari", gelarBelakang: "S.Sos.", jk: "P", lahir: "1980-10-10", tmt: "2005-03", golongan: "III/d", jabatan: "sekdiskominfo" },
  { key: "agung", nama: "Agung Wibowo", jk: "L", lahir: "1992-06-06", tmt: "2017-03", golongan: "II/c", jabatan: "admin-kominfo" },
  { key: "wulan", nama: "Wulan Sari", jk: "P", lahir: "1998-05-19", tmt: "2022-03", golongan: "II/a", jabatan: "admin-kominfo" },
  { key: "arief", nama: "Arief Rahman Hakim", gelarBelakang: "S.Kom., M.Kom.", jk: "L", lahir: "1981-01-20", tmt: "2006-03", golongan: "IV/a", jabatan: "kabid-aptika" },
  { key: "dian", nama: "Dian Puspitasari", gelarBelakang: "S.T.", jk: "P", lahir: "1986-03-03", tmt: "2010-03", golongan: "III/c", jabatan: "prakom-muda" },
  { key: "galih", nama: "Galih Pamungkas", gelarBelakang: "S.Kom.", jk: "L", lahir: "1995-04-25", tmt: "2023", golongan: "IX", status: "PPPK", jabatan: "prakom-pertama" },
  { key: "fitri", nama: "Fitri Handayani", gelarBelakang: "S.Kom.", jk: "P", lahir: "1997-12-08", tmt: "2021-03", golongan: "III/a", jabatan: "prakom-pertama" },
  { key: "hadi", nama: "Hadi Santoso", gelarBelakang: "S.Sos., M.I.Kom.", jk: "L", lahir: "1979-07-14", tmt: "2004-03", golongan: "IV/a", jabatan: "kabid-ikp" },
  { key: "mega", nama: "Mega Utami", gelarBelakang: "S.I.Kom.", jk: "P", lahir: "1988-09-27", tmt: "2012-03", golongan: "III/c", jabatan: "humas-muda" },
  { key: "rizal", nama: "Rizal Fahmi", gelarBelakang: "A.Md.", jk: "L", lahir: "1994-02-11", tmt: "2018-03", golongan: "II/d", jabatan: "pengelola-informasi" },
];

/** Jabatan kosong yang diisi Plt (pegawai, jabatan, TMT "MM-DD" tahun berjalan, nomor SK). */
export const DEMO_PLT = [{ pegawai: "eko", jabatan: "kabid-yankes", mulai: "03-02", nomorSk: "800.1.3.3/112/BKPSDM" }];

/** Akun demo yang dicetak saat start dan dipakai uji e2e. */
export const DEMO_LOGIN = {
  asn: "hendri",
  atasan: "bambang",
  admin: "rizki",
} as const;

export const DEMO_PASSWORD = "Kinerja#2026";

/** NIP rekaan yang sah menurut lib/organisasi/nip.ts. */
export function nipDemo(p: DemoPegawai, urut: number): string {
  const lahir = p.lahir.replace(/-/g, "");
  const jk = p.jk === "L" ? "1" : "2";
  const no = String(urut).padStart(3, "0");
  const nip = p.status === "PPPK" ? `${lahir}${p.tmt}21${jk}${no}` : `${lahir}${p.tmt.replace("-", "")}${jk}${no}`;
  const r = uraiNip(nip, p.status ?? "PNS");
  if (!r.ok) throw new Error(`NIP demo ${p.key} tidak sah: ${r.pesan}`);
  return nip;
}

/** NIP akun demo per peran (asn, atasan, admin), sama dengan yang dibuat seedDemo. */
export function nipAkunDemo(peran: keyof typeof DEMO_LOGIN): string {
  const i = DEMO_PEGAWAI.findIndex((p) => p.key === DEMO_LOGIN[peran]);
  return nipDemo(DEMO_PEGAWAI[i]!, i + 1);
}
