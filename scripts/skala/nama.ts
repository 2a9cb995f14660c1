// Daftar nama dan rumusan untuk data skala (fiktif): OPD, unit, jabatan, nama orang, RHK dan indikator.
import type { JenisJabatan } from "@/generated/prisma/enums";

export type Opd = { nama: string; singkatan: string; urusan: string; kepala?: string; bobot?: number };

/** Tiga yang pertama selalu ada (Dinas Pendidikan, Dinas Kesehatan, BKPSDM: admin BKD). */
export const OPD_KABUPATEN: readonly Opd[] = [
  { nama: "Dinas Pendidikan dan Kebudayaan", singkatan: "Disdikbud", urusan: "pendidikan" },
  { nama: "Dinas Kesehatan", singkatan: "Dinkes", urusan: "kesehatan" },
  { nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", singkatan: "BKPSDM", urusan: "manajemen aparatur" },
  { nama: "Rumah Sakit Umum Daerah", singkatan: "RSUD", urusan: "pelayanan rumah sakit", kepala: "Direktur Rumah Sakit Umum Daerah", bobot: 3 },
  { nama: "Badan Perencanaan Pembangunan Daerah", singkatan: "Bappeda", urusan: "perencanaan pembangunan" },
  { nama: "Badan Pengelolaan Keuangan dan Aset Daerah", singkatan: "BPKAD", urusan: "pengelolaan keuangan daerah" },
  { nama: "Badan Pendapatan Daerah", singkatan: "Bapenda", urusan: "pendapatan daerah" },
  { nama: "Inspektorat Daerah", singkatan: "Inspektorat", urusan: "pengawasan internal", kepala: "Inspektur Daerah" },
  { nama: "Dinas Pekerjaan Umum dan Penataan Ruang", singkatan: "DPUPR", urusan: "pekerjaan umum" },
  { nama: "Dinas Perumahan dan Kawasan Permukiman", singkatan: "Disperkim", urusan: "perumahan rakyat" },
  { nama: "Dinas Lingkungan Hidup", singkatan: "DLH", urusan: "lingkungan hidup" },
  { nama: "Dinas Kependudukan dan Pencatatan Sipil", singkatan: "Disdukcapil", urusan: "administrasi kependudukan" },
  { nama: "Dinas Pemberdayaan Masyarakat dan Desa", singkatan: "DPMD", urusan: "pemberdayaan masyarakat desa" },
  { nama: "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak", singkatan: "DP2KBP3A", urusan: "keluarga berencana" },
  { nama: "Dinas Perhubungan", singkatan: "Dishub", urusan: "perhubungan" },
  { nama: "Dinas Komunikasi dan Informatika", singkatan: "Diskominfo", urusan: "komunikasi dan informatika" },
  { nama: "Dinas Koperasi, Usaha Kecil dan Menengah", singkatan: "Diskop UKM", urusan: "koperasi dan UKM" },
  { nama: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", singkatan: "DPMPTSP", urusan: "penanaman modal" },
  { nama: "Dinas Pemuda, Olahraga dan Pariwisata", singkatan: "Disporapar", urusan: "kepemudaan dan pariwisata" },
  { nama: "Dinas Perpustakaan dan Kearsipan", singkatan: "Dispusip", urusan: "perpustakaan dan kearsipan" },
  { nama: "Dinas Pertanian", singkatan: "Distan", urusan: "pertanian" },
  { nama: "Dinas Perikanan", singkatan: "Diskan", urusan: "perikanan" },
  { nama: "Dinas Ketahanan Pangan", singkatan: "DKP", urusan: "ketahanan pangan" },
  { nama: "Dinas Perdagangan dan Perindustrian", singkatan: "Disperindag", urusan: "perdagangan dan perindustrian" },
  { nama: "Dinas Sosial", singkatan: "Dinsos", urusan: "sosial" },
  { nama: "Dinas Tenaga Kerja dan Transmigrasi", singkatan: "Disnakertrans", urusan: "ketenagakerjaan" },
  { nama: "Satuan Polisi Pamong Praja", singkatan: "Satpol PP", urusan: "ketenteraman dan ketertiban umum", kepala: "Kepala Satuan Polisi Pamong Praja" },
  { nama: "Badan Penanggulangan Bencana Daerah", singkatan: "BPBD", urusan: "penanggulangan bencana", kepala: "Kepala Pelaksana Badan Penanggulangan Bencana Daerah" },
  { nama: "Badan Kesatuan Bangsa dan Politik", singkatan: "Kesbangpol", urusan: "kesatuan bangsa dan politik" },
  { nama: "Sekretariat DPRD", singkatan: "Setwan", urusan: "fasilitasi DPRD", kepala: "Sekretaris DPRD" },
  ...["Sukamakmur", "Sukamaju", "Cibening", "Mekarsari", "Talangsari", "Sindangjaya", "Karangrejo", "Wanasari", "Tanjungsari", "Sumberjaya"].map(
    (k): Opd => ({ nama: `Kecamatan ${k}`, singkatan: `Kec. ${k}`, urusan: "pemerintahan kecamatan", kepala: `Camat ${k}`, bobot: 0.5 }),
  ),
];

/** Provinsi: tanpa kecamatan; BKD sebagai pengelola kepegawaian. */
export const OPD_PROVINSI: readonly Opd[] = [
  { nama: "Dinas Pendidikan", singkatan: "Disdik", urusan: "pendidikan menengah" },
  { nama: "Dinas Kesehatan", singkatan: "Dinkes", urusan: "kesehatan" },
  { nama: "Badan Kepegawaian Daerah", singkatan: "BKD", urusan: "manajemen aparatur" },
  ...OPD_KABUPATEN.slice(3).filter((o) => !o.nama.startsWith("Kecamatan") && o.singkatan !== "DPMD"),
  { nama: "Dinas Kelautan dan Perikanan", singkatan: "DKP", urusan: "kelautan dan perikanan" },
  { nama: "Dinas Energi dan Sumber Daya Mineral", singkatan: "Dinas ESDM", urusan: "energi dan sumber daya mineral" },
  { nama: "Dinas Kehutanan", singkatan: "Dishut", urusan: "kehutanan" },
  { nama: "Dinas Bina Marga", singkatan: "DBM", urusan: "jalan dan jembatan" },
  { nama: "Dinas Sumber Daya Air", singkatan: "DSDA", urusan: "sumber daya air" },
  { nama: "Badan Riset dan Inovasi Daerah", singkatan: "Brida", urusan: "riset dan inovasi" },
  { nama: "Badan Pengembangan Sumber Daya Manusia", singkatan: "BPSDM", urusan: "pengembangan kompetensi aparatur" },
  { nama: "Rumah Sakit Jiwa Daerah", singkatan: "RSJD", urusan: "pelayanan kesehatan jiwa", kepala: "Direktur Rumah Sakit Jiwa Daerah", bobot: 2 },
];

export const KECAMATAN = ["Sukamakmur", "Sukamaju", "Cibening", "Mekarsari", "Talangsari", "Sindangjaya", "Karangrejo", "Wanasari", "Tanjungsari", "Sumberjaya"];
export const WILAYAH_PROVINSI = ["Kota Lestari", "Kabupaten Bukit Asri", "Kabupaten Muara Jaya", "Kota Pantai Indah", "Kabupaten Lembah Hijau", "Kabupaten Sungai Emas", "Kabupaten Tanah Merah", "Kota Teluk Biru"];

export const ASISTEN: readonly { nama: string; bagian: readonly string[] }[] = [
  { nama: "Asisten Pemerintahan dan Kesejahteraan Rakyat", bagian: ["Tata Pemerintahan", "Kesejahteraan Rakyat"] },
  { nama: "Asisten Perekonomian dan Pembangunan", bagian: ["Perekonomian dan Sumber Daya Alam", "Administrasi Pembangunan"] },
  { nama: "Asisten Administrasi Umum", bagian: ["Umum", "Organisasi"] },
];

export const BIDANG = ["Program dan Evaluasi", "Pelayanan", "Pembinaan", "Pengembangan", "Pengendalian", "Data dan Informasi"];
export const SUB = ["Perencanaan", "Pelaksanaan", "Monitoring dan Evaluasi", "Umum dan Kepegawaian", "Keuangan", "Kerja Sama"];

/** Bidang khusus (setelah Sekretariat) menurut OPD, kabupaten/provinsi. */
export function bidangKhusus(singkatan: string, provinsi: boolean): string[] | null {
  if (singkatan === "Disdikbud" || singkatan === "Disdik") {
    return provinsi
      ? ["Bidang Pembinaan Sekolah Menengah Atas", "Bidang Pembinaan Sekolah Menengah Kejuruan", "Bidang Guru dan Tenaga Kependidikan"]
      : ["Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama", "Bidang Guru dan Tenaga Kependidikan"];
  }
  if (singkatan === "Dinkes") return ["Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat", "Bidang Pencegahan dan Pengendalian Penyakit"];
  return null;
}

export type JenisStaf = { nama: string; jenis: JenisJabatan; kelas: number };

/** Tabel teks: satu baris per butir, kolom dipisah "|". */
const tabelTeks = (tabel: string): string[][] =>
  tabel
    .trim()
    .split("\n")
    .map((b) => b.split("|").map((x) => x.trim()));

/** Satu jabatan per baris: "nama | jenis | kelas jabatan". */
const jabatanStaf = (tabel: string): readonly JenisStaf[] => tabelTeks(tabel).map(([nama, jenis, kelas]) => ({ nama: nama!, jenis: jenis as JenisJabatan, kelas: Number(kelas) }));

export const STAF = jabatanStaf(`
Pengadministrasi Perkantoran | PELAKSANA | 5
Pengolah Data dan Informasi | PELAKSANA | 7
Penata Layanan Operasional | PELAKSANA | 7
Pengelola Umum Operasional | PELAKSANA | 6
Analis Kebijakan Ahli Muda | FUNGSIONAL | 11
Perencana Ahli Pertama | FUNGSIONAL | 9
Pranata Komputer Ahli Pertama | FUNGSIONAL | 9
Arsiparis Ahli Pertama | FUNGSIONAL | 9
Analis Sumber Daya Manusia Aparatur Ahli Muda | FUNGSIONAL | 11
`);

export const STAF_RS = jabatanStaf(`
Perawat Ahli Pertama | FUNGSIONAL | 9
Perawat Terampil | FUNGSIONAL | 7
Bidan Terampil | FUNGSIONAL | 7
Dokter Ahli Pertama | FUNGSIONAL | 11
Apoteker Ahli Pertama | FUNGSIONAL | 9
Pranata Laboratorium Kesehatan Terampil | FUNGSIONAL | 7
Radiografer Terampil | FUNGSIONAL | 7
Pengadministrasi Perkantoran | PELAKSANA | 5
`);

export const GURU = jabatanStaf(`
Guru Ahli Pertama | FUNGSIONAL | 9
Guru Ahli Muda | FUNGSIONAL | 10
Guru Ahli Madya | FUNGSIONAL | 11
`);

export const MEDIS_PUSKESMAS = jabatanStaf(`
Dokter Ahli Pertama | FUNGSIONAL | 11
Perawat Terampil | FUNGSIONAL | 7
Bidan Terampil | FUNGSIONAL | 7
Sanitarian Terampil | FUNGSIONAL | 7
Nutrisionis Terampil | FUNGSIONAL | 7
`);

export const TU_PUSKESMAS = jabatanStaf(`
Pengadministrasi Perkantoran | PELAKSANA | 5
Pengelola Keuangan | PELAKSANA | 7
`);

export const NAMA_L = ["Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Joko", "Rudi", "Wahyu", "Yusuf", "Andi", "Bambang", "Rizki", "Taufik", "Arief", "Galih", "Hadi", "Rizal", "Dani", "Iwan", "Asep", "Dodi", "Irfan", "Muhammad", "Ahmad", "Yoga", "Bayu", "Teguh", "Slamet", "Imam"];
export const NAMA_P = ["Dewi", "Rina", "Siti", "Maya", "Intan", "Lina", "Novi", "Anisa", "Fitri", "Mega", "Ratna", "Lestari", "Yuliana", "Wulan", "Dian", "Nur", "Sri", "Ayu", "Putri", "Rahma", "Eka", "Tuti", "Yanti", "Nia", "Desi", "Indah", "Sari", "Reni", "Yuni", "Endah"];
export const NAMA_TENGAH_L = ["Adi", "Dwi", "Tri", "Nur", "Eka", "Budi", "Hari", "Agung", "Rahmat", "Surya", "Indra", "Putra"];
export const NAMA_TENGAH_P = ["Dwi", "Tri", "Nur", "Eka", "Ayu", "Sri", "Puspa", "Kartika", "Indah", "Wahyu", "Rahayu", "Dewi"];
export const NAMA_B = ["Saputra", "Wijaya", "Setiawan", "Hidayat", "Nugroho", "Pratama", "Kurniawan", "Santoso", "Permana", "Hermawan", "Lestari", "Anggraini", "Rahmawati", "Sari", "Utami", "Handayani", "Marlina", "Wulandari", "Gunawan", "Susilo", "Firmansyah", "Maulana", "Ramadhan", "Suryani", "Purnama", "Hakim", "Syahputra", "Novitasari", "Fauzi", "Prasetyo"];
export const GELAR = ["S.Sos.", "S.E.", "S.H.", "S.Kom.", "S.Pd.", "A.Md.", "S.KM.", "S.T.", "S.AP.", "S.IP.", null, null];
export const GELAR_S2 = ["M.Si.", "M.M.", "M.AP.", "M.Pd.", "M.T.", "M.H."];

// ─── Rumusan RHK dan indikator ───────────────────────────────────────────────────────────────

/** Rumusan RHK: teks (dengan {x} = unit/urusan), objek indikator, satuan hitungannya, dan uraian rencana aksinya. */
export type RumusRhk = { teks: string; objek: string; satuan: string; aksi: string };

/** Satu rumusan per baris: "teks RHK | objek | satuan | uraian rencana aksi". */
const rumus = (tabel: string): readonly RumusRhk[] => tabelTeks(tabel).map(([teks, objek, satuan, aksi]) => ({ teks: teks!, objek: objek!, satuan: satuan!, aksi: aksi! }));

export const RUMUS_RHK: Readonly<Record<"JPT" | "STRUKTURAL" | "STAF" | "KEPSEK" | "GURU" | "KESEHATAN", readonly RumusRhk[]>> = {
  JPT: rumus(`
Meningkatnya kualitas layanan {x} kepada masyarakat | layanan | jenis layanan | Mengarahkan perbaikan standar layanan {x}
Meningkatnya akuntabilitas kinerja dan keuangan {x} | laporan akuntabilitas | laporan | Memimpin penyusunan laporan kinerja dan keuangan {x}
Tercapainya target indikator kinerja utama urusan {x} | indikator kinerja utama | indikator | Memantau capaian indikator kinerja utama {x}
Meningkatnya indeks kepuasan masyarakat atas layanan {x} | survei kepuasan | survei | Menindaklanjuti hasil survei kepuasan masyarakat {x}
Terwujudnya tata kelola urusan {x} yang efektif dan efisien | proses bisnis | dokumen | Menetapkan peta proses bisnis {x}
Meningkatnya kapasitas sumber daya aparatur urusan {x} | aparatur terlatih | orang | Mengarahkan pengembangan kompetensi aparatur {x}
Terselenggaranya reformasi birokrasi dalam urusan {x} | rencana aksi reformasi birokrasi | kegiatan | Mengendalikan rencana aksi reformasi birokrasi {x}
Meningkatnya cakupan program prioritas daerah urusan {x} | program prioritas | program | Mengoordinasikan program prioritas daerah {x}
`),
  STRUKTURAL: rumus(`
Terlaksananya program dan kegiatan {x} sesuai rencana | kegiatan | kegiatan | Mengendalikan jadwal program dan kegiatan {x}
Tersusunnya dokumen perencanaan dan pelaporan {x} | dokumen perencanaan dan laporan | dokumen | Menyusun dokumen perencanaan dan laporan {x}
Terkendalinya pelaksanaan anggaran {x} | laporan realisasi anggaran | laporan | Memantau realisasi anggaran {x}
Meningkatnya kualitas layanan {x} | layanan yang distandarkan | layanan | Menyusun standar operasional layanan {x}
Terkoordinasinya pelaksanaan tugas lintas unit pada {x} | rapat koordinasi | kali | Menyelenggarakan rapat koordinasi {x}
Terbinanya kinerja pegawai {x} | dialog kinerja | kali | Melaksanakan dialog kinerja dengan pegawai {x}
Tersedianya data dan informasi {x} yang mutakhir | basis data | dokumen | Memutakhirkan basis data {x}
Terselesaikannya tindak lanjut hasil pemeriksaan pada {x} | rekomendasi | rekomendasi | Menindaklanjuti rekomendasi hasil pemeriksaan {x}
`),
  STAF: rumus(`
Tersusunnya laporan kegiatan {x} | laporan kegiatan | laporan | Menyusun laporan kegiatan {x}
Terkelolanya data dan arsip {x} | berkas | berkas | Mengelola data dan arsip {x}
Terlayaninya permohonan layanan {x} | permohonan | permohonan | Melayani permohonan layanan {x}
Tersedianya bahan rapat dan koordinasi {x} | bahan rapat | dokumen | Menyiapkan bahan rapat dan koordinasi {x}
Terverifikasinya dokumen administrasi {x} | dokumen terverifikasi | dokumen | Memverifikasi dokumen administrasi {x}
Tersajinya data capaian kinerja {x} | rekap data | dokumen | Merekap data capaian kinerja {x}
Terpeliharanya sarana dan prasarana kerja {x} | inventaris | unit | Memelihara sarana dan prasarana kerja {x}
Tersusunnya kajian dan telaahan staf {x} | telaahan staf | dokumen | Menyusun kajian dan telaahan staf {x}
`),
  KEPSEK: rumus(`
Meningkatnya mutu pembelajaran di {x} | supervisi akademik | kali | Melaksanakan supervisi akademik di {x}
Terkelolanya sumber daya dan anggaran {x} secara akuntabel | laporan BOS | laporan | Menyusun laporan penggunaan dana BOS {x}
Meningkatnya capaian rapor pendidikan {x} | indikator rapor pendidikan | indikator | Menyusun perencanaan berbasis data rapor pendidikan {x}
Terlaksananya pengembangan kompetensi guru di {x} | kegiatan komunitas belajar | kegiatan | Memfasilitasi komunitas belajar guru {x}
Terwujudnya lingkungan belajar yang aman dan inklusif di {x} | program sekolah ramah anak | program | Melaksanakan program sekolah ramah anak di {x}
Terjalinnya kemitraan {x} dengan orang tua dan masyarakat | pertemuan komite | kali | Menyelenggarakan pertemuan komite {x}
`),
  GURU: rumus(`
Terlaksananya pembelajaran yang berpusat pada peserta didik di {x} | pertemuan pembelajaran | jam pelajaran | Melaksanakan pembelajaran tatap muka di {x}
Tersusunnya perangkat ajar dan modul ajar {x} | modul ajar | modul | Menyusun modul ajar {x}
Terlaksananya asesmen dan penilaian hasil belajar peserta didik {x} | asesmen | asesmen | Melaksanakan asesmen formatif dan sumatif {x}
Terlaksananya bimbingan dan tindak lanjut hasil belajar peserta didik {x} | peserta didik terbimbing | orang | Membimbing peserta didik yang belum tuntas {x}
Meningkatnya kompetensi guru melalui pengembangan keprofesian berkelanjutan | pelatihan mandiri | pelatihan | Mengikuti pelatihan mandiri di Platform Merdeka Mengajar
Terlaksananya tugas tambahan sebagai wali kelas di {x} | laporan perwalian | laporan | Menyusun laporan perwalian kelas {x}
`),
  KESEHATAN: rumus(`
Terlayaninya pasien sesuai standar pelayanan di {x} | pasien terlayani | pasien | Memberikan pelayanan pasien sesuai standar di {x}
Terlaksananya asuhan dan tindakan sesuai standar prosedur di {x} | tindakan | tindakan | Melakukan asuhan dan tindakan sesuai SOP di {x}
Terlaksananya kegiatan promotif dan preventif wilayah {x} | kegiatan penyuluhan | kegiatan | Melaksanakan penyuluhan kesehatan wilayah {x}
Tercatatnya rekam medis dan pelaporan pelayanan {x} | laporan pelayanan | laporan | Mencatat rekam medis dan menyusun laporan pelayanan {x}
Terkendalinya mutu dan keselamatan pasien di {x} | indikator mutu | indikator | Memantau indikator mutu dan keselamatan pasien {x}
Terlaksananya pelayanan posyandu dan kunjungan rumah wilayah {x} | kunjungan | kunjungan | Melaksanakan posyandu dan kunjungan rumah wilayah {x}
`),
};

export const NAMA_BUKTI = ["Laporan kegiatan", "Rekap capaian", "Dokumentasi kegiatan", "Berita acara hasil kerja", "Daftar hadir dan notula", "Surat tugas dan laporan"];
export const DASAR_REALISASI = ["Rekap bulanan", "Laporan bulanan", "Data aplikasi akhir periode", "Laporan triwulan"];
