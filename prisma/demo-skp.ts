// Data demo SKP tahun berjalan untuk Kabupaten Lembah Sejahtera: periode kinerja, lalu SKP yang diturunkan
// (cascading) dari atas ke bawah pohon jabatan — Sekda, kepala OPD (JPT), administrator, pengawas,
// pelaksana/fungsional — lengkap dengan RHK, IKI, perilaku BerAKHLAK, lampiran dan jejak auditnya.
//
// Dipanggil oleh seedDemo() di dalam transaksinya. Hanya memakai modul murni (tanpa "server-only"), karena
// seed berjalan di bawah tsx biasa. Pejabat penilai dan atasannya dihitung dengan lib/organisasi/hierarki
// pada tanggal acuan yang sama dengan aplikasi (hari ini bila dalam segmen, selain itu ujung segmen).
//
// Sengaja TANPA SKP (bahan uji e2e): akun demo ASN dan atasan, pejabat penilai atasan itu (Kepala Badan),
// dan seluruh pegawai di bidang akun atasan; pegawai lain yang pejabat penilainya belum memiliki SKP yang
// disetujui juga belum dapat menyusun SKP yang disetujui. Beberapa pegawai sengaja berstatus DRAFT/DIAJUKAN.
// Pelaksanaan dan penilaian Triwulan I menyusul di prisma/demo-penilaian.ts (memakai IdentitasDemo dari sini).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { AspekIki, JenisLampiran, JenisRhk, Pendekatan, Perspektif, StatusSkp } from "@/generated/prisma/enums";
import { formatNamaGelar, namaJabatanDenganPenugasan, tanggalDiZona } from "@/lib/organisasi/format";
import {
  atasanPejabatPenilai,
  bangunHierarki,
  berlakuPada,
  pejabatPenilai,
  type Hierarki,
  type JenisPenugasan,
  type OpsiHierarki,
  type Penilai,
  type Penugasan,
} from "@/lib/organisasi/hierarki";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";
import { NILAI_BERAKHLAK, type KodeBerakhlak } from "@/lib/skp/berakhlak";
import type { IdentitasSnapshot } from "@/lib/skp/identitas";
import { beririsan } from "@/lib/skp/periode";
import { varianSkp } from "@/lib/skp/varian";
import { DEMO_JABATAN, DEMO_LOGIN, DEMO_PEGAWAI, DEMO_PLT } from "./demo-data";

// ─── Isi SKP per jabatan ──────────────────────────────────────────────────────────────────────

type IsiIki = { aspek: AspekIki | null; indikator: string; min?: number; maks?: number; satuan?: string; teks?: string };

type IsiRhk = {
  /** Kunci agar RHK bawahan dapat menunjuknya (unik di seluruh data demo). */
  kode?: string;
  /** Kode RHK pejabat penilai yang diintervensi, berurutan menurut prioritas (yang pertama ada dipakai). */
  ke?: string[];
  teks: string;
  perspektif?: Perspektif;
  /** Asal penugasan untuk RHK tambahan. */
  dari?: string;
  iki: IsiIki[];
};

type IsiSkp = {
  pendekatan?: Pendekatan;
  utama: IsiRhk[];
  tambahan?: IsiRhk[];
  dukungan?: string[];
  /** Ekspektasi khusus pimpinan, diisi pejabat penilai sebelum menyetujui. */
  ekspektasi?: Partial<Record<KodeBerakhlak, string>>;
};

// IKI JA/JF kuantitatif (dengan aspek), IKI JPT kuantitatif (tanpa aspek) dan IKI kualitatif (naratif).
const kuan = (indikator: string, min: number, satuan: string, maks?: number): IsiIki => ({ aspek: "KUANTITAS", indikator, min, maks, satuan });
const kual = (indikator: string, min: number, satuan: string, maks?: number): IsiIki => ({ aspek: "KUALITAS", indikator, min, maks, satuan });
const wkt = (indikator: string, min: number, satuan: string, maks?: number): IsiIki => ({ aspek: "WAKTU", indikator, min, maks, satuan });
const ind = (indikator: string, min: number, satuan: string, maks?: number): IsiIki => ({ aspek: null, indikator, min, maks, satuan });
const nar = (indikator: string, teks: string): IsiIki => ({ aspek: null, indikator, teks });

/** Kunci: kunci jabatan demo, atau "pegawai@jabatan" untuk isi khusus seorang pegawai. */
function isiSkpDemo(tahun: number): Record<string, IsiSkp> {
  return {
    // ── Sekretariat Daerah ──
    sekda: {
      pendekatan: "KUALITATIF",
      utama: [
        {
          kode: "sekda-rb",
          perspektif: "PROSES_BISNIS_INTERNAL",
          teks: "Meningkatnya kualitas tata kelola pemerintahan daerah melalui reformasi birokrasi dan akuntabilitas kinerja",
          iki: [
            nar("Indeks Reformasi Birokrasi Pemerintah Kabupaten Lembah Sejahtera", "Kategori BB (nilai ≥ 70,00) dan seluruh rekomendasi evaluasi tahun sebelumnya ditindaklanjuti"),
            nar("Hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "Predikat BB; seluruh perangkat daerah menyampaikan laporan kinerja tepat waktu"),
          ],
        },
        {
          kode: "sekda-asn",
          perspektif: "PENGUATAN_INTERNAL",
          teks: "Meningkatnya profesionalitas dan kinerja aparatur sipil negara di lingkungan Pemerintah Kabupaten",
          iki: [
            nar("Indeks Profesionalitas ASN", "Kategori tinggi; tidak ada perangkat daerah berkategori sangat rendah"),
            nar("Penerapan sistem merit dalam manajemen ASN", "Kategori baik berdasarkan hasil penilaian yang diverifikasi BKN"),
          ],
        },
        {
          kode: "sekda-layanan",
          perspektif: "PENERIMA_LAYANAN",
          teks: "Meningkatnya kualitas pelayanan publik dan keterbukaan informasi penyelenggaraan pemerintahan daerah",
          iki: [
            nar("Indeks pelayanan publik unit penyelenggara layanan perangkat daerah", "Kategori baik (B) pada seluruh unit layanan yang dievaluasi"),
            nar("Kualifikasi keterbukaan informasi publik dari Komisi Informasi Provinsi", "Menuju informatif"),
          ],
        },
      ],
      dukungan: [
        `Dokumen RPJMD dan RKPD Kabupaten Lembah Sejahtera Tahun ${tahun}`,
        "Dukungan para Asisten, Staf Ahli dan Kepala Bagian pada Sekretariat Daerah",
        `Anggaran Sekretariat Daerah pada APBD Tahun ${tahun}`,
      ],
    },
    "kabag-org": {
      utama: [
        {
          kode: "org-kelembagaan",
          ke: ["sekda-rb"],
          teks: "Tersusunnya rekomendasi penataan kelembagaan dan tata laksana perangkat daerah berdasarkan hasil evaluasi",
          iki: [
            kuan("Jumlah perangkat daerah yang dievaluasi kelembagaan dan tata laksananya", 12, "perangkat daerah"),
            kual("Persentase rekomendasi evaluasi kelembagaan yang ditindaklanjuti perangkat daerah", 80, "%", 100),
            wkt("Waktu penyampaian laporan evaluasi kelembagaan kepada Sekretaris Daerah", 10, "bulan"),
          ],
        },
        {
          kode: "org-rb",
          ke: ["sekda-rb"],
          teks: "Terkoordinasinya penyusunan Lembar Kerja Evaluasi reformasi birokrasi dan SAKIP Pemerintah Kabupaten",
          iki: [
            kuan("Jumlah dokumen Lembar Kerja Evaluasi (LKE) beserta data dukung yang diunggah", 2, "dokumen"),
            kual("Persentase komponen LKE yang dilengkapi data dukung yang sah", 90, "%", 100),
            wkt("Waktu penyelesaian penilaian mandiri sebelum batas waktu KemenPANRB", 3, "bulan"),
          ],
        },
        {
          kode: "org-layanan",
          ke: ["sekda-layanan"],
          teks: "Terlaksananya pembinaan standar pelayanan dan survei kepuasan masyarakat pada unit penyelenggara pelayanan publik",
          iki: [
            kuan("Jumlah unit penyelenggara pelayanan publik yang dibina", 15, "unit layanan"),
            kual("Persentase unit layanan yang mempublikasikan standar pelayanan dan hasil survei kepuasan masyarakat", 100, "%"),
          ],
        },
      ],
      tambahan: [
        {
          teks: "Menjadi narasumber internalisasi budaya kerja BerAKHLAK pada perangkat daerah",
          dari: "Sekretaris Daerah",
          iki: [kuan("Jumlah kegiatan internalisasi yang diisi sebagai narasumber", 4, "kegiatan")],
        },
      ],
      dukungan: [
        `Anggaran Sub Kegiatan Penataan Organisasi pada DPA Sekretariat Daerah Tahun ${tahun}`,
        "Data kelembagaan, peta jabatan dan peta proses bisnis perangkat daerah",
        "Pendampingan teknis Biro Organisasi Sekretariat Daerah Provinsi",
      ],
      ekspektasi: {
        AKUNTABEL: "Menyampaikan laporan kemajuan evaluasi kelembagaan setiap bulan tanpa menunggu diminta",
        KOLABORATIF: "Melibatkan Bappeda, BKPSDM dan Inspektorat sejak awal penyusunan LKE reformasi birokrasi",
        ADAPTIF: "Menyesuaikan rancangan kelembagaan dengan kebijakan penyederhanaan birokrasi terbaru",
      },
    },
    "analis-org": {
      utama: [
        {
          ke: ["org-kelembagaan"],
          teks: "Tersusunnya kajian kebijakan penataan kelembagaan perangkat daerah berbasis analisis beban kerja",
          iki: [
            kuan("Jumlah naskah kajian kebijakan kelembagaan", 2, "naskah kajian"),
            kual("Persentase rekomendasi kajian yang diterima pimpinan sebagai bahan kebijakan", 75, "%", 100),
            wkt("Waktu penyelesaian naskah kajian", 6, "bulan"),
          ],
        },
        {
          ke: ["org-rb"],
          teks: "Tersedianya analisis area perubahan penataan tata laksana sebagai bahan evaluasi reformasi birokrasi",
          iki: [
            kuan("Jumlah laporan analisis area penataan tata laksana", 2, "laporan"),
            kual("Persentase data dukung area tata laksana yang terverifikasi", 100, "%"),
          ],
        },
        {
          ke: ["org-layanan"],
          teks: "Tersusunnya rekomendasi kebijakan penyederhanaan proses bisnis layanan publik",
          iki: [kuan("Jumlah policy brief yang disampaikan kepada pimpinan", 2, "policy brief"), wkt("Waktu penyampaian policy brief", 11, "bulan")],
        },
      ],
    },
    "penelaah-org": {
      utama: [
        {
          ke: ["org-kelembagaan"],
          teks: "Tersedianya bahan telaahan peta jabatan dan uraian tugas jabatan perangkat daerah",
          iki: [
            kuan("Jumlah bahan telaahan peta jabatan yang tersusun", 12, "dokumen"),
            kual("Persentase bahan telaahan yang diterima tanpa perbaikan", 80, "%", 100),
            wkt("Waktu penyelesaian bahan telaahan", 12, "bulan"),
          ],
        },
        {
          ke: ["org-layanan"],
          teks: "Terhimpunnya rekapitulasi hasil survei kepuasan masyarakat unit penyelenggara pelayanan publik",
          iki: [kuan("Jumlah laporan rekapitulasi survei kepuasan masyarakat", 4, "laporan"), wkt("Penyampaian rekapitulasi setiap triwulan", 4, "triwulan")],
        },
      ],
    },

    // ── BKPSDM (draf: SKP Kepala Badan belum disetujui sehingga RHK belum dapat dihubungkan) ──
    sekban: {
      utama: [
        {
          teks: "Tersusunnya dokumen perencanaan, penganggaran dan pelaporan kinerja BKPSDM yang akuntabel",
          iki: [
            kuan("Jumlah dokumen perencanaan dan pelaporan kinerja (Renja, RKA, Perjanjian Kinerja, LKjIP)", 4, "dokumen"),
            wkt("Ketepatan waktu penyampaian dokumen sesuai jadwal", 12, "bulan"),
          ],
        },
        {
          teks: "Terselenggaranya layanan administrasi umum, kepegawaian internal dan barang milik daerah BKPSDM",
          iki: [
            kual("Persentase layanan administrasi kepegawaian internal yang selesai sesuai SOP", 95, "%", 100),
            kuan("Jumlah laporan pengelolaan barang milik daerah", 2, "laporan"),
          ],
        },
      ],
    },
    "kabid-mutasi": {
      utama: [
        {
          teks: "Terlaksananya mutasi, rotasi dan promosi ASN berbasis sistem merit",
          iki: [
            kuan("Jumlah usulan mutasi dan promosi ASN yang diproses", 250, "usulan"),
            kual("Persentase penempatan jabatan yang sesuai hasil uji kompetensi dan formasi", 90, "%", 100),
            wkt("Rata-rata waktu penyelesaian usulan mutasi", 14, "hari"),
          ],
        },
        {
          teks: "Tersusunnya talent pool dan rencana suksesi jabatan administrator dan pengawas",
          iki: [kuan("Jumlah dokumen talent pool yang ditetapkan", 1, "dokumen"), wkt("Waktu penetapan talent pool", 9, "bulan")],
        },
      ],
    },

    // ── Dinas Kesehatan ──
    kadinkes: {
      utama: [
        {
          kode: "kes-yankes",
          perspektif: "PENERIMA_LAYANAN",
          teks: "Meningkatnya akses dan mutu pelayanan kesehatan primer dan rujukan",
          iki: [
            ind("Persentase puskesmas terakreditasi minimal utama", 80, "%"),
            ind("Persentase fasilitas pelayanan kesehatan yang memenuhi standar pelayanan minimal bidang kesehatan", 100, "%"),
          ],
        },
        {
          kode: "kes-kesmas",
          perspektif: "PENERIMA_LAYANAN",
          teks: "Meningkatnya derajat kesehatan masyarakat melalui upaya promotif dan preventif",
          iki: [ind("Prevalensi balita stunting", 14.5, "%"), ind("Cakupan imunisasi dasar lengkap pada bayi", 95, "%")],
        },
        {
          kode: "kes-akun",
          perspektif: "ANGGARAN",
          teks: "Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan Dinas Kesehatan",
          iki: [ind("Persentase realisasi anggaran Dinas Kesehatan", 95, "%"), ind("Nilai evaluasi SAKIP Dinas Kesehatan", 75, "nilai")],
        },
      ],
      dukungan: [
        `APBD, DAK Nonfisik dan Dana BOK bidang kesehatan Tahun ${tahun}`,
        "Tenaga kesehatan pada 18 puskesmas dan RSUD Sukamakmur",
        "Sistem Informasi Kesehatan Daerah yang terhubung dengan SATUSEHAT",
      ],
      ekspektasi: {
        KOLABORATIF: "Memimpin koordinasi lintas perangkat daerah dalam Tim Percepatan Penurunan Stunting kabupaten",
        BERORIENTASI_PELAYANAN: "Memastikan keluhan masyarakat atas layanan puskesmas ditindaklanjuti paling lambat 3 hari kerja",
      },
    },
    sekdinkes: {
      utama: [
        {
          kode: "dk-rencana",
          ke: ["kes-akun"],
          teks: "Tersusunnya dokumen perencanaan, penganggaran dan pelaporan kinerja Dinas Kesehatan yang akuntabel",
          iki: [
            kuan("Jumlah dokumen perencanaan dan pelaporan (Renja, RKA, DPA, Perjanjian Kinerja, LKjIP)", 5, "dokumen"),
            kual("Nilai evaluasi SAKIP Dinas Kesehatan", 75, "nilai", 80),
            wkt("Ketepatan waktu penyampaian dokumen sesuai jadwal", 12, "bulan"),
          ],
        },
        {
          kode: "dk-umum",
          ke: ["kes-akun"],
          teks: "Terselenggaranya layanan administrasi keuangan, kepegawaian dan barang milik daerah Dinas Kesehatan yang tertib",
          iki: [
            kuan("Jumlah laporan keuangan dan laporan barang milik daerah", 16, "laporan"),
            kual("Persentase rekomendasi hasil pemeriksaan keuangan yang ditindaklanjuti", 100, "%"),
          ],
        },
      ],
      ekspektasi: {
        AKUNTABEL: "Memastikan laporan realisasi anggaran bulanan tersaji paling lambat tanggal 10 bulan berikutnya",
        HARMONIS: "Menjaga koordinasi yang baik antara sekretariat dan bidang teknis",
      },
    },
    "kasubbag-renkeu": {
      utama: [
        {
          kode: "renkeu-rencana",
          ke: ["dk-rencana"],
          teks: "Tersusunnya Rencana Kerja, RKA dan DPA Dinas Kesehatan yang selaras dengan Renstra",
          iki: [
            kuan("Jumlah dokumen perencanaan dan anggaran yang tersusun", 3, "dokumen"),
            kual("Persentase program dan kegiatan yang selaras dengan Renstra Dinas Kesehatan", 100, "%"),
            wkt("Waktu penyelesaian dokumen RKA", 3, "bulan"),
          ],
        },
        {
          kode: "renkeu-keuangan",
          ke: ["dk-umum"],
          teks: "Tersajinya laporan keuangan dan laporan realisasi anggaran Dinas Kesehatan yang andal",
          iki: [
            kuan("Jumlah laporan keuangan dan realisasi anggaran", 14, "laporan"),
            kual("Persentase laporan yang diterima BPKAD tanpa koreksi", 90, "%", 100),
            wkt("Penyampaian laporan realisasi anggaran paling lambat tanggal 10 bulan berikutnya", 12, "bulan"),
          ],
        },
        {
          kode: "renkeu-kinerja",
          ke: ["dk-rencana"],
          teks: "Tersusunnya laporan capaian kinerja triwulanan dan LKjIP Dinas Kesehatan",
          iki: [kuan("Jumlah laporan capaian kinerja", 5, "laporan"), wkt("Waktu penyampaian laporan setelah triwulan berakhir", 10, "hari")],
        },
      ],
      ekspektasi: {
        AKUNTABEL: "Menatausahakan setiap dokumen pertanggungjawaban keuangan dengan bukti yang lengkap dan sah",
        KOMPETEN: "Menguasai modul penganggaran dan penatausahaan pada SIPD-RI serta membimbing staf subbagian",
      },
    },
    "pengelola-keuangan": {
      utama: [
        {
          ke: ["renkeu-keuangan"],
          teks: "Terlaksananya verifikasi dokumen SPP, SPM dan SPJ belanja Dinas Kesehatan",
          iki: [
            kuan("Jumlah berkas SPP/SPM yang diverifikasi", 480, "berkas"),
            kual("Persentase berkas SPJ yang lengkap dan sah saat diverifikasi", 95, "%", 100),
            wkt("Waktu verifikasi setiap berkas", 2, "hari kerja"),
          ],
        },
        {
          ke: ["renkeu-keuangan"],
          teks: "Tersusunnya buku kas umum dan rekonsiliasi bank setiap bulan",
          iki: [kuan("Jumlah laporan rekonsiliasi bank", 12, "laporan"), wkt("Rekonsiliasi selesai paling lambat tanggal 5 bulan berikutnya", 12, "bulan")],
        },
      ],
    },
    "penyusun-program": {
      utama: [
        {
          ke: ["renkeu-rencana"],
          teks: "Tersusunnya bahan Rencana Kerja dan RKA Dinas Kesehatan",
          iki: [
            kuan("Jumlah bahan dokumen perencanaan yang tersusun", 2, "dokumen"),
            kual("Persentase kesesuaian kode rekening dan nomenklatur dengan ketentuan", 100, "%"),
            wkt("Waktu penyelesaian bahan RKA", 3, "bulan"),
          ],
        },
        {
          ke: ["renkeu-kinerja"],
          teks: "Tersedianya data capaian indikator kinerja Dinas Kesehatan setiap triwulan",
          iki: [
            kuan("Jumlah laporan capaian indikator kinerja", 4, "laporan"),
            kual("Persentase indikator yang dilengkapi bukti dukung", 100, "%"),
            wkt("Penyampaian laporan setiap triwulan", 4, "triwulan"),
          ],
        },
      ],
      tambahan: [
        {
          teks: "Menjadi operator Sistem Informasi Pemerintahan Daerah (SIPD) Dinas Kesehatan",
          dari: "Sekretaris Dinas Kesehatan",
          iki: [kuan("Jumlah dokumen perencanaan yang diinput pada SIPD", 3, "dokumen")],
        },
      ],
    },
    // Bidang Pelayanan Kesehatan: dinilai Plt. Kepala Bidang (RHK tambahan Plt. pada SKP Sekretaris Dinas);
    // bila Plt. belum berlaku, dinilai Kepala Dinas (RHK kes-yankes).
    "adminkes-muda": {
      utama: [
        {
          ke: ["plt-yankes-mutu", "kes-yankes"],
          teks: "Terlaksananya pendampingan mutu dan persiapan akreditasi puskesmas",
          iki: [
            kuan("Jumlah puskesmas yang didampingi persiapan survei akreditasi", 6, "puskesmas"),
            kual("Persentase puskesmas dampingan yang menyusun rencana tindak lanjut rekomendasi surveior", 90, "%", 100),
            wkt("Waktu pendampingan", 10, "bulan"),
          ],
        },
        {
          ke: ["plt-yankes-rujukan", "kes-yankes"],
          teks: "Tersusunnya analisis dan rekomendasi perbaikan sistem rujukan pelayanan kesehatan daerah",
          iki: [kuan("Jumlah dokumen analisis sistem rujukan", 2, "dokumen"), kual("Persentase rekomendasi yang disetujui pimpinan", 80, "%", 100)],
        },
      ],
    },
    "epidemiolog-pertama": {
      utama: [
        {
          ke: ["plt-yankes-rujukan", "kes-yankes"],
          teks: "Terlaksananya respons cepat dan penyelidikan epidemiologi atas sinyal kewaspadaan dini penyakit",
          iki: [
            kuan("Persentase sinyal Sistem Kewaspadaan Dini dan Respons (SKDR) yang direspons", 100, "%"),
            kual("Persentase laporan penyelidikan epidemiologi yang memenuhi format standar", 90, "%", 100),
            wkt("Waktu respons penyelidikan epidemiologi sejak sinyal diterima", 24, "jam"),
          ],
        },
        {
          ke: ["plt-yankes-mutu", "kes-yankes"],
          teks: "Tersedianya analisis data surveilans penyakit dari fasilitas pelayanan kesehatan",
          iki: [kuan("Jumlah laporan analisis surveilans mingguan", 26, "laporan"), kual("Persentase kelengkapan laporan mingguan puskesmas", 90, "%", 100)],
        },
      ],
    },
    "pengadm-yankes": {
      utama: [
        {
          ke: ["plt-yankes-mutu", "kes-yankes"],
          teks: "Terselenggaranya administrasi persuratan dan kearsipan Bidang Pelayanan Kesehatan",
          iki: [
            kuan("Jumlah naskah dinas yang diagendakan", 600, "naskah"),
            kual("Persentase arsip yang tertata sesuai klasifikasi arsip", 100, "%"),
            wkt("Waktu pengagendaan surat masuk", 1, "hari kerja"),
          ],
        },
        {
          ke: ["plt-yankes-rujukan", "kes-yankes"],
          teks: "Tersedianya rekapitulasi data rujukan pasien dari puskesmas",
          iki: [kuan("Jumlah laporan rekapitulasi rujukan", 10, "laporan"), wkt("Penyampaian rekapitulasi paling lambat tanggal 5 bulan berikutnya", 10, "bulan")],
        },
      ],
      ekspektasi: {
        BERORIENTASI_PELAYANAN: "Melayani puskesmas dan tamu yang berkonsultasi ke bidang dengan ramah dan cepat",
        AKUNTABEL: "Mengarsipkan setiap surat masuk dan keluar pada aplikasi Srikandi di hari yang sama",
      },
    },
    "kabid-kesmas": {
      utama: [
        {
          kode: "kesmas-gizi",
          ke: ["kes-kesmas"],
          teks: "Terlaksananya intervensi gizi spesifik percepatan penurunan stunting di desa lokus",
          iki: [
            kuan("Jumlah desa lokus stunting yang mendapat intervensi gizi spesifik", 25, "desa"),
            kual("Persentase balita gizi kurang di desa lokus yang mendapat makanan tambahan sesuai standar", 90, "%", 100),
            wkt("Waktu pelaksanaan intervensi", 12, "bulan"),
          ],
        },
        {
          kode: "kesmas-promkes",
          ke: ["kes-kesmas"],
          teks: "Meningkatnya perilaku hidup bersih dan sehat melalui promosi kesehatan dan pemberdayaan masyarakat",
          iki: [kuan("Jumlah posyandu aktif yang dibina", 120, "posyandu"), kual("Persentase rumah tangga ber-PHBS", 70, "%")],
        },
        {
          kode: "kesmas-imunisasi",
          ke: ["kes-kesmas"],
          teks: "Tercapainya cakupan imunisasi rutin dan pelayanan kesehatan ibu dan anak sesuai SPM",
          iki: [
            kuan("Cakupan imunisasi dasar lengkap pada bayi", 95, "%"),
            kual("Persentase ibu hamil yang mendapat pelayanan antenatal sesuai standar", 95, "%", 100),
          ],
        },
      ],
      ekspektasi: {
        KOLABORATIF: "Menggerakkan puskesmas, kader dan pemerintah desa dalam aksi konvergensi stunting",
        ADAPTIF: "Memanfaatkan data e-PPGBM untuk menentukan sasaran intervensi setiap bulan",
        LOYAL: "Menjaga kerahasiaan data pribadi ibu dan balita sasaran program",
      },
    },
    "penyuluh-muda": {
      utama: [
        {
          ke: ["kesmas-promkes"],
          teks: "Terlaksananya advokasi dan penyuluhan perilaku hidup bersih dan sehat di desa dan sekolah",
          iki: [
            kuan("Jumlah kegiatan penyuluhan kelompok", 24, "kegiatan"),
            kual("Persentase peserta yang nilai pascatesnya meningkat", 80, "%", 100),
            wkt("Waktu pelaksanaan penyuluhan", 12, "bulan"),
          ],
        },
        {
          ke: ["kesmas-gizi"],
          teks: "Tersusunnya media komunikasi perubahan perilaku untuk pencegahan stunting",
          iki: [kuan("Jumlah media komunikasi yang diproduksi", 6, "media"), kual("Persentase media yang lulus uji keterbacaan sasaran", 100, "%")],
        },
      ],
      tambahan: [
        {
          teks: "Menjadi fasilitator pelatihan kader posyandu tingkat kecamatan",
          dari: "Kepala Bidang Kesehatan Masyarakat",
          iki: [kuan("Jumlah angkatan pelatihan kader yang difasilitasi", 3, "angkatan")],
        },
      ],
      ekspektasi: {
        KOMPETEN: "Berbagi teknik penyuluhan yang efektif kepada tenaga promosi kesehatan puskesmas",
        HARMONIS: "Menghargai kearifan lokal dan melibatkan tokoh masyarakat saat penyuluhan",
      },
    },
    "nutrisionis-pertama": {
      utama: [
        {
          ke: ["kesmas-gizi"],
          teks: "Terlaksananya pemantauan status gizi balita di desa lokus stunting",
          iki: [
            kuan("Jumlah desa lokus yang dipantau status gizinya", 10, "desa"),
            kual("Persentase data penimbangan balita yang tervalidasi pada e-PPGBM", 95, "%", 100),
            wkt("Waktu pemantauan", 12, "bulan"),
          ],
        },
        {
          ke: ["kesmas-gizi"],
          teks: "Tersusunnya analisis situasi gizi masyarakat sebagai dasar intervensi",
          iki: [kuan("Jumlah laporan analisis situasi gizi", 4, "laporan"), wkt("Penyampaian laporan setiap triwulan", 4, "triwulan")],
        },
      ],
    },
    "pengelola-program-kes": {
      utama: [
        {
          ke: ["kesmas-imunisasi"],
          teks: "Terkelolanya data dan logistik program imunisasi puskesmas",
          iki: [
            kuan("Jumlah laporan cakupan imunisasi yang direkap", 12, "laporan"),
            kual("Persentase puskesmas yang melapor lengkap dan tepat waktu", 90, "%", 100),
            wkt("Rekap disampaikan paling lambat tanggal 10 bulan berikutnya", 12, "bulan"),
          ],
        },
        {
          ke: ["kesmas-promkes"],
          teks: "Tersedianya data posyandu aktif dan upaya kesehatan bersumberdaya masyarakat",
          iki: [kuan("Jumlah laporan pemutakhiran data posyandu", 4, "laporan"), kual("Persentase data posyandu yang terverifikasi puskesmas", 100, "%")],
        },
      ],
    },
    // Taufik memangku jabatan ini sampai mutasi 30 Juni: target setengah tahun.
    "taufik@pengelola-program-kes": {
      utama: [
        {
          ke: ["kesmas-gizi"],
          teks: "Terkelolanya data program gizi dan kesehatan keluarga semester pertama",
          iki: [
            kuan("Jumlah laporan bulanan program gizi dan KIA yang direkap", 6, "laporan"),
            kual("Persentase kelengkapan laporan bulanan puskesmas", 90, "%", 100),
            wkt("Waktu perekapan laporan", 6, "bulan"),
          ],
        },
        {
          ke: ["kesmas-imunisasi"],
          teks: "Tervalidasinya data sasaran imunisasi dan ibu hamil tahun berjalan",
          iki: [kuan("Jumlah puskesmas yang data sasarannya divalidasi", 18, "puskesmas"), wkt("Waktu penyelesaian validasi data sasaran", 3, "bulan")],
        },
      ],
    },

    // ── Dinas Komunikasi dan Informatika ──
    kadiskominfo: {
      utama: [
        {
          kode: "kmf-spbe",
          perspektif: "PROSES_BISNIS_INTERNAL",
          teks: "Meningkatnya kualitas penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
          iki: [
            ind("Indeks SPBE Pemerintah Kabupaten Lembah Sejahtera", 3.1, "poin"),
            ind("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", 100, "%"),
          ],
        },
        {
          kode: "kmf-ikp",
          perspektif: "PENERIMA_LAYANAN",
          teks: "Meningkatnya keterbukaan informasi dan kualitas komunikasi publik pemerintah daerah",
          iki: [
            ind("Nilai monitoring dan evaluasi keterbukaan informasi publik", 80, "poin"),
            ind("Persentase pengaduan masyarakat pada SP4N-LAPOR! yang selesai ditindaklanjuti", 90, "%"),
          ],
        },
        {
          kode: "kmf-akun",
          perspektif: "ANGGARAN",
          teks: "Meningkatnya akuntabilitas kinerja dan efektivitas penggunaan anggaran Dinas Komunikasi dan Informatika",
          iki: [ind("Persentase realisasi anggaran", 95, "%")],
        },
      ],
      dukungan: [
        `Anggaran Dinas Komunikasi dan Informatika pada APBD Tahun ${tahun}`,
        "Pusat data dan jaringan intra pemerintah daerah",
        "Pranata komputer dan pranata hubungan masyarakat pada Diskominfo",
      ],
      ekspektasi: {
        ADAPTIF: "Mendorong integrasi aplikasi perangkat daerah sesuai arsitektur SPBE kabupaten",
        KOLABORATIF: "Membangun kerja sama dengan operator seluler dan perguruan tinggi untuk perluasan akses internet desa",
      },
    },
    sekdiskominfo: {
      utama: [
        {
          kode: "kmf-sek-rencana",
          ke: ["kmf-akun"],
          teks: "Tersusunnya dokumen perencanaan dan laporan kinerja Dinas Komunikasi dan Informatika tepat waktu",
          iki: [
            kuan("Jumlah dokumen perencanaan dan laporan kinerja", 5, "dokumen"),
            kual("Nilai evaluasi SAKIP Diskominfo", 70, "nilai", 75),
            wkt("Ketepatan waktu penyampaian dokumen", 12, "bulan"),
          ],
        },
        {
          kode: "kmf-sek-admin",
          ke: ["kmf-akun"],
          teks: "Terkelolanya administrasi keuangan, kepegawaian dan aset Dinas Komunikasi dan Informatika secara tertib",
          iki: [
            kuan("Jumlah laporan keuangan dan aset", 14, "laporan"),
            kual("Persentase rekomendasi pemeriksaan BPK yang ditindaklanjuti", 100, "%"),
          ],
        },
      ],
    },
    "admin-kominfo": {
      utama: [
        {
          ke: ["kmf-sek-admin"],
          teks: "Terlaksananya administrasi persuratan dan kearsipan Dinas Komunikasi dan Informatika secara tertib",
          iki: [
            kuan("Jumlah naskah dinas yang diagendakan dan didistribusikan", 900, "naskah"),
            kual("Persentase naskah dinas yang terarsip pada aplikasi Srikandi", 100, "%"),
            wkt("Waktu distribusi naskah dinas masuk", 1, "hari kerja"),
          ],
        },
        {
          ke: ["kmf-sek-admin"],
          teks: "Tersedianya data kepegawaian dinas yang mutakhir pada SIASN",
          iki: [kuan("Jumlah laporan pemutakhiran data pegawai", 12, "laporan"), kual("Persentase data pegawai yang valid", 100, "%")],
        },
      ],
    },
    "wulan@admin-kominfo": {
      utama: [
        {
          ke: ["kmf-sek-admin"],
          teks: "Terkelolanya barang persediaan dan kebutuhan rumah tangga kantor",
          iki: [kuan("Jumlah laporan stok opname barang persediaan", 4, "laporan"), kual("Persentase permintaan barang yang terpenuhi", 95, "%", 100)],
        },
        {
          ke: ["kmf-sek-rencana"],
          teks: "Tersedianya dokumen administrasi perjalanan dinas yang lengkap",
          iki: [kuan("Jumlah berkas perjalanan dinas yang diproses", 150, "berkas"), wkt("Waktu penyelesaian berkas", 3, "hari kerja")],
        },
      ],
    },
    "kabid-aptika": {
      utama: [
        {
          kode: "aptika-aplikasi",
          ke: ["kmf-spbe"],
          teks: "Terbangunnya aplikasi layanan publik dan administrasi pemerintahan yang terintegrasi",
          iki: [
            kuan("Jumlah aplikasi yang dikembangkan atau diintegrasikan", 5, "aplikasi"),
            kual("Persentase aplikasi yang lulus uji keamanan sebelum diluncurkan", 100, "%"),
            wkt("Waktu penyelesaian pengembangan", 10, "bulan"),
          ],
        },
        {
          kode: "aptika-infra",
          ke: ["kmf-spbe"],
          teks: "Terkelolanya pusat data dan jaringan intra pemerintah daerah yang andal",
          iki: [
            kuan("Jumlah perangkat daerah yang terhubung jaringan intra pemerintah", 32, "perangkat daerah"),
            kual("Tingkat ketersediaan layanan pusat data", 99.5, "%", 100),
          ],
        },
        {
          kode: "aptika-keamanan",
          ke: ["kmf-spbe"],
          teks: "Meningkatnya keamanan informasi dan kesiapan penanganan insiden siber",
          iki: [kuan("Jumlah sistem elektronik yang dinilai dengan Indeks KAMI", 4, "sistem"), wkt("Waktu penanganan insiden siber", 24, "jam")],
        },
      ],
      ekspektasi: {
        KOMPETEN: "Menuntaskan sertifikasi manajemen keamanan informasi dan membimbing pranata komputer di bidangnya",
        LOYAL: "Menjaga kerahasiaan data pribadi dan kredensial sistem pemerintah daerah",
      },
    },
    "prakom-muda": {
      utama: [
        {
          ke: ["aptika-aplikasi"],
          teks: "Tersedianya aplikasi perizinan dan layanan administrasi kependudukan yang terintegrasi",
          iki: [
            kuan("Jumlah modul aplikasi yang selesai dikembangkan", 8, "modul"),
            kual("Persentase skenario uji penerimaan pengguna (UAT) yang lulus", 90, "%", 100),
            wkt("Waktu pengembangan", 9, "bulan"),
          ],
        },
        {
          ke: ["aptika-keamanan"],
          teks: "Terlaksananya uji penetrasi dan perbaikan celah keamanan aplikasi",
          iki: [
            kuan("Jumlah laporan uji penetrasi aplikasi", 5, "laporan"),
            kual("Persentase celah keamanan kritis yang ditutup", 100, "%"),
            wkt("Waktu perbaikan celah keamanan kritis", 7, "hari"),
          ],
        },
      ],
      ekspektasi: {
        KOMPETEN: "Melakukan tinjauan kode bersama pranata komputer ahli pertama pada setiap rilis",
        ADAPTIF: "Menerapkan standar interoperabilitas dan API bersama yang ditetapkan pemerintah pusat",
      },
    },
    "prakom-pertama": {
      utama: [
        {
          ke: ["aptika-aplikasi"],
          teks: "Tersedianya dataset perangkat daerah yang terbit di portal Satu Data Lembah Sejahtera",
          iki: [
            kuan("Jumlah dataset yang dipublikasikan", 150, "dataset"),
            kual("Persentase dataset yang memenuhi standar data dan metadata", 90, "%", 100),
            wkt("Waktu pemutakhiran dataset", 12, "bulan"),
          ],
        },
        {
          ke: ["aptika-infra"],
          teks: "Terlaksananya pencadangan dan uji pemulihan data aplikasi secara berkala",
          iki: [kuan("Jumlah pencadangan data mingguan", 52, "kali"), kual("Persentase uji pemulihan data yang berhasil", 100, "%")],
        },
      ],
    },
    "galih@prakom-pertama": {
      utama: [
        {
          ke: ["aptika-infra"],
          teks: "Terpeliharanya perangkat jaringan dan server pusat data",
          iki: [
            kuan("Jumlah laporan pemeliharaan perangkat", 12, "laporan"),
            kual("Tingkat ketersediaan jaringan intra pemerintah", 99, "%", 100),
            wkt("Waktu pemulihan gangguan jaringan", 4, "jam"),
          ],
        },
        {
          ke: ["aptika-aplikasi"],
          teks: "Terselesaikannya permintaan layanan helpdesk aplikasi perangkat daerah",
          iki: [kuan("Jumlah tiket layanan yang diselesaikan", 300, "tiket"), wkt("Rata-rata waktu penyelesaian tiket", 2, "hari kerja")],
        },
      ],
    },
    "kabid-ikp": {
      utama: [
        {
          kode: "ikp-ppid",
          ke: ["kmf-ikp"],
          teks: "Terkelolanya layanan informasi publik oleh PPID Utama dan PPID Pelaksana",
          iki: [
            kuan("Jumlah PPID Pelaksana yang dibina", 32, "PPID"),
            kual("Persentase permohonan informasi yang diselesaikan dalam jangka waktu sesuai UU 14/2008", 100, "%"),
            wkt("Waktu pemutakhiran Daftar Informasi Publik", 6, "bulan"),
          ],
        },
        {
          kode: "ikp-diseminasi",
          ke: ["kmf-ikp"],
          teks: "Tersebarnya informasi kebijakan dan program prioritas pemerintah daerah kepada masyarakat",
          iki: [
            kuan("Jumlah konten informasi publik di kanal resmi pemerintah daerah", 480, "konten"),
            kual("Rata-rata tingkat keterlibatan (engagement rate) media sosial resmi", 3, "%", 5),
          ],
        },
        {
          kode: "ikp-aduan",
          ke: ["kmf-ikp"],
          teks: "Terkelolanya pengaduan masyarakat melalui SP4N-LAPOR!",
          iki: [
            kuan("Persentase aduan yang diteruskan ke perangkat daerah paling lambat 3 hari kerja", 100, "%"),
            kual("Persentase aduan yang selesai ditindaklanjuti", 90, "%", 100),
          ],
        },
      ],
      ekspektasi: {
        BERORIENTASI_PELAYANAN: "Memastikan setiap permohonan informasi dijawab sebelum batas waktu",
        HARMONIS: "Menjaga hubungan baik dengan insan pers dan komunitas warganet",
      },
    },
    "humas-muda": {
      utama: [
        {
          ke: ["ikp-diseminasi"],
          teks: "Tersusunnya strategi dan konten komunikasi publik program prioritas daerah",
          iki: [
            kuan("Jumlah siaran pers yang diterbitkan", 96, "siaran pers"),
            kual("Persentase siaran pers yang dimuat media massa", 70, "%", 100),
            wkt("Waktu terbit siaran pers setelah kegiatan", 1, "hari"),
          ],
        },
        {
          ke: ["ikp-diseminasi", "ikp-aduan"],
          teks: "Terlaksananya pemantauan isu publik dan analisis opini media",
          iki: [kuan("Jumlah laporan analisis isu publik", 12, "laporan"), wkt("Penyampaian laporan setiap bulan", 12, "bulan")],
        },
      ],
      tambahan: [
        {
          teks: "Menjadi pembawa acara pada kegiatan resmi Pemerintah Kabupaten",
          dari: "Kepala Dinas Komunikasi dan Informatika",
          iki: [kuan("Jumlah kegiatan resmi yang dipandu", 10, "kegiatan")],
        },
      ],
    },
    "pengelola-informasi": {
      utama: [
        {
          ke: ["ikp-ppid"],
          teks: "Terlayaninya permohonan informasi publik di meja layanan PPID Utama",
          iki: [
            kuan("Jumlah permohonan informasi yang dilayani", 120, "permohonan"),
            kual("Persentase permohonan yang dijawab dalam 10 hari kerja", 100, "%"),
            wkt("Waktu pencatatan permohonan pada register", 1, "hari kerja"),
          ],
        },
        {
          ke: ["ikp-aduan"],
          teks: "Terverifikasinya aduan masyarakat pada aplikasi SP4N-LAPOR!",
          iki: [kuan("Jumlah aduan yang diverifikasi dan didisposisikan", 360, "aduan"), wkt("Waktu verifikasi aduan", 3, "hari kerja")],
        },
      ],
      ekspektasi: {
        BERORIENTASI_PELAYANAN: "Menjawab pemohon informasi dengan bahasa yang mudah dipahami dan sopan",
        LOYAL: "Tidak memberikan informasi yang dikecualikan tanpa keputusan PPID",
      },
    },
  };
}

/** RHK tambahan bagi pemangku Plt. (per kunci jabatan yang di-Plt-kan), ditambahkan lewat revisi SKP. */
const RHK_PLT: Record<string, IsiRhk[]> = {
  "kabid-yankes": [
    {
      kode: "plt-yankes-mutu",
      ke: ["kes-yankes"],
      teks: "Terkendalinya pembinaan mutu dan akreditasi fasilitas pelayanan kesehatan selama menjabat Plt. Kepala Bidang Pelayanan Kesehatan",
      iki: [
        kuan("Jumlah puskesmas yang dibina mutu dan akreditasinya", 18, "puskesmas"),
        kual("Persentase puskesmas yang melaporkan indikator nasional mutu setiap bulan", 90, "%", 100),
        wkt("Laporan pelaksanaan tugas Plt. disampaikan setiap bulan", 10, "bulan"),
      ],
    },
    {
      kode: "plt-yankes-rujukan",
      ke: ["kes-yankes"],
      teks: "Terselenggaranya sistem rujukan dan penanganan kegawatdaruratan kesehatan yang responsif",
      iki: [
        kuan("Jumlah laporan evaluasi rujukan dan layanan Public Safety Center 119", 10, "laporan"),
        kual("Persentase rujukan yang diterima fasilitas tujuan melalui SISRUTE", 95, "%", 100),
      ],
    },
  ],
};

/** Dukungan sumber daya bawaan per unit kerja (kunci unit demo). */
function dukunganUnit(tahun: number): Record<string, string[]> {
  return {
    "setda-org": [
      "Data kelembagaan dan peta jabatan perangkat daerah",
      `Anggaran Bagian Organisasi pada DPA Sekretariat Daerah Tahun ${tahun}`,
      "Aplikasi e-Kinerja dan akses internet kantor",
    ],
    "bkpsdm-sek": ["Aplikasi SIASN BKN dan Sistem Informasi Kepegawaian Daerah", `Anggaran BKPSDM pada DPA Tahun ${tahun}`, "Komputer, pemindai dan akses internet kantor"],
    "bkpsdm-mutasi": ["Aplikasi SIASN BKN dan data jabatan perangkat daerah", "Hasil uji kompetensi dan penilaian potensi ASN", "Ruang rapat Badan Pertimbangan Jabatan dan Kepangkatan"],
    "dinkes-sek": [
      "Aplikasi SIPD-RI dan Sistem Informasi Pengelolaan Keuangan Daerah",
      `Dokumen Renstra Dinas Kesehatan dan RKPD Tahun ${tahun}`,
      "Komputer dan printer pada Sekretariat Dinas Kesehatan",
    ],
    "dinkes-yankes": [
      "Data profil dan hasil survei akreditasi puskesmas",
      "Aplikasi SISRUTE dan Sistem Kewaspadaan Dini dan Respons (SKDR)",
      "Kendaraan operasional bidang untuk kunjungan pembinaan",
    ],
    "dinkes-kesmas": [
      "Aplikasi e-PPGBM dan ASIK Kementerian Kesehatan",
      `Dana Bantuan Operasional Kesehatan (BOK) Tahun ${tahun}`,
      "Dukungan kader posyandu dan tenaga promosi kesehatan puskesmas",
    ],
    "kominfo-sek": ["Aplikasi Srikandi, SIPD dan SIASN", `Anggaran Sekretariat Diskominfo pada DPA Tahun ${tahun}`, "Komputer dan printer kantor"],
    "kominfo-aptika": [
      "Server, ruang pusat data dan jaringan intra pemerintah daerah",
      "Lisensi perangkat lunak pengembangan dan alat uji keamanan",
      `Anggaran Sub Kegiatan Pengelolaan Pusat Data Pemerintah Daerah Tahun ${tahun}`,
    ],
    "kominfo-ikp": [
      "Kanal media sosial resmi dan portal berita pemerintah daerah",
      "Kamera, perangkat penyuntingan video dan ruang media center",
      "Aplikasi SP4N-LAPOR! dan e-PPID",
    ],
  };
}

// ─── Rencana status ───────────────────────────────────────────────────────────────────────────

/**
 * Status selain DISETUJUI. `baruSaja`: disusun beberapa hari sebelum hari ini (bukan Januari), agar halaman
 * atasan menampilkan pengajuan yang masih segar.
 */
const STATUS_KHUSUS: Record<string, { status: "DRAFT" | "DIAJUKAN"; baruSaja?: boolean }> = {
  // BKPSDM: menunggu SKP Kepala Badan disetujui sebelum RHK dapat dihubungkan.
  nurhidayah: { status: "DRAFT" },
  fauzi: { status: "DRAFT" },
  wulan: { status: "DRAFT", baruSaja: true },
  // Menunggu persetujuan kepala bidangnya.
  anisa: { status: "DIAJUKAN", baruSaja: true },
  galih: { status: "DIAJUKAN", baruSaja: true },
};

// ─── Tanggal dan jam ──────────────────────────────────────────────────────────────────────────

// Diekspor untuk prisma/demo-penilaian.ts (jadwal pelaksanaan dan penilaian memakai kalender yang sama).
export const HARI = 86_400_000;
export const MENIT = 60_000;
export const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
const hariDari = (ms: number) => {
  const t = new Date(ms);
  return utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
};
/** Tanggal kalender WIB dari sebuah instan. */
export const tanggalWib = (ms: number) => hariDari(ms + 7 * 3_600_000);
/** Hari itu bila hari kerja, selain itu Senin berikutnya. */
export function hariKerja(hari: number): number {
  let h = hari;
  while ([0, 6].includes(new Date(h).getUTCDay())) h += HARI;
  return h;
}
export function tambahHariKerja(hari: number, n: number): number {
  let h = hariKerja(hari);
  for (let i = 0; i < n; i++) h = hariKerja(h + HARI);
  return h;
}
/** Pukul jam:menit WIB pada tanggal itu, sebagai instan UTC. */
export const pukul = (hari: number, jam: number, menit: number) => hari + (jam - 7) * 3_600_000 + menit * MENIT;

/** Sama dengan aplikasi: hari ini bila dalam segmen, bila segmen sudah lewat hari terakhirnya, bila belum hari pertamanya. */
function acuanSegmen(hari: number, mulai: number, selesai: number): number {
  return hari >= mulai && hari <= selesai ? hari : selesai < hari ? selesai : mulai;
}

/** Format target seperti layanan SKP: "12 dokumen", "90–100 %", "99,5 %". */
function teksTarget(i: IsiIki): string {
  if (i.teks) return i.teks;
  const angka = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 4 });
  const nilai = i.maks !== undefined && i.maks !== i.min ? `${angka(i.min!)}–${angka(i.maks)}` : angka(i.min!);
  return [nilai, i.satuan].filter(Boolean).join(" ");
}

// ─── Seed ─────────────────────────────────────────────────────────────────────────────────────

export type ArgsSkpDemo = {
  instansiId: string;
  tahun: number;
  /** Kunci pegawai demo → id. */
  pegawaiId: ReadonlyMap<string, string>;
  /** Kunci jabatan demo → id. */
  jabatanId: ReadonlyMap<string, string>;
  opsiHierarki?: OpsiHierarki;
  /** Waktu sekarang (untuk uji); bawaan new Date(). Tidak ada stempel waktu yang melewatinya. */
  sekarang?: Date;
};

/** Bahan snapshot identitas yang sama dengan SKP demo, untuk data demo penilaian (prisma/demo-penilaian.ts). */
export type IdentitasDemo = {
  h: Hierarki;
  kartu: (p: { pegawaiId: string; jabatanId: string; jenis: JenisPenugasan }) => IdentitasSnapshot;
  tampil: (p: Penilai | null) => IdentitasSnapshot | null;
  /** Id pengguna seorang pegawai (pelaku jejak audit). */
  pengguna: (pegawaiId: string) => string | null;
};

export type HasilSkpDemo = {
  periodeId: string;
  identitas: IdentitasDemo;
  jumlah: Record<StatusSkp, number>;
  /** Penyimpangan dari rencana (mis. pegawai dilewati), untuk diperiksa pengembang. */
  catatan: string[];
};

type RhkBaru = {
  id: string;
  skpId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  rhkAtasanId: string | null;
  perspektif: Perspektif | null;
  penugasanDari: string | null;
  asalRhkId: string | null;
  kode: string | null;
  createdAt: number;
  /** Sejak kapan RHK ini dapat diintervensi bawahan (waktu persetujuan versi yang memuatnya). */
  tersedia: number;
  iki: IsiIki[];
};

type SkpBaru = {
  id: string;
  pegawaiId: string;
  jabatanId: string;
  mulai: number;
  selesai: number;
  pendekatan: Pendekatan;
  varian: "JPT" | "JA_JF";
  status: StatusSkp;
  versi: number;
  revisiDariId: string | null;
  pegawaiSnapshot: IdentitasSnapshot;
  penilaiPegawaiId: string | null;
  penilaiSnapshot: IdentitasSnapshot | null;
  atasanPenilaiSnapshot: IdentitasSnapshot | null;
  diajukanAt: number | null;
  disetujuiAt: number | null;
  createdAt: number;
  updatedAt: number;
  rhk: RhkBaru[];
  perilaku: Partial<Record<KodeBerakhlak, string>>;
  lampiran: { jenis: JenisLampiran; butir: string[] }[];
};

type Audit = { t: number; penggunaId: string | null; aksi: string; entitasId: string; data: Prisma.InputJsonValue };

export async function seedSkpDemo(tx: Prisma.TransactionClient, args: ArgsSkpDemo): Promise<HasilSkpDemo> {
  const { instansiId, tahun } = args;
  const sekarang = (args.sekarang ?? new Date()).getTime();
  const hariIni = tanggalDiZona(new Date(sekarang), "Asia/Jakarta").getTime();
  const awalTahun = utc(tahun, 0, 1);
  const akhirTahun = utc(tahun, 11, 31);
  const catatan: string[] = [];

  const periode = await tx.periodeKinerja.create({
    data: { instansiId, tahun, mulai: new Date(awalTahun), selesai: new Date(akhirTahun), ritme: "TRIWULAN" },
    select: { id: true },
  });

  // Potongan data organisasi (beberapa kueri ringkas) untuk hierarki dan snapshot identitas.
  const instansi = await tx.instansi.findUniqueOrThrow({ where: { id: instansiId }, select: { nama: true, jabatanPimpinan: true, namaPimpinan: true } });
  const units = await tx.unitKerja.findMany({ where: { instansiId }, select: { id: true, parentId: true, nama: true } });
  const jabatanRows = await tx.jabatan.findMany({ where: { instansiId }, select: { id: true, parentId: true, jenis: true, nama: true, unitKerjaId: true } });
  const penugasan: Penugasan[] = await tx.penugasanJabatan.findMany({
    where: { jabatan: { instansiId } },
    select: { pegawaiId: true, jabatanId: true, jenis: true, tmtMulai: true, tmtSelesai: true },
  });
  const pegawaiRows = await tx.pegawai.findMany({
    where: { instansiId },
    select: { id: true, nip: true, status: true, gelarDepan: true, nama: true, gelarBelakang: true, golongan: true, pengguna: { select: { id: true } } },
  });

  const unitPer = new Map(units.map((u) => [u.id, u]));
  const jabatanPer = new Map(jabatanRows.map((j) => [j.id, j]));
  const pegawaiPer = new Map(pegawaiRows.map((p) => [p.id, p]));
  const kunciJabatan = new Map([...args.jabatanId].map(([k, id]) => [id, k]));
  const unitJabatan = new Map(DEMO_JABATAN.map((j) => [j.key, j.unit]));
  const pengguna = (pegawaiId: string) => pegawaiPer.get(pegawaiId)?.pengguna?.id ?? null;
  const idPegawai = (key: string) => {
    const id = args.pegawaiId.get(key);
    if (!id) throw new Error(`Pegawai demo ${key} tidak ada.`);
    return id;
  };
  const penggunaAdmin = pengguna(idPegawai(DEMO_LOGIN.admin));

  const h = bangunHierarki(jabatanRows, penugasan, args.opsiHierarki);

  /** "Bidang X, Dinas Y" (sama dengan namaUnitLengkap di lib/organisasi/queries). */
  const namaUnit = (unitId: string): string => {
    const rantai: string[] = [];
    const dilihat = new Set<string>();
    let akar = "";
    for (let u = unitPer.get(unitId); u && !dilihat.has(u.id); u = u.parentId ? unitPer.get(u.parentId) : undefined) {
      dilihat.add(u.id);
      rantai.push(u.nama);
      akar = u.nama;
    }
    return rantai.length <= 1 ? akar : `${rantai[0]}, ${akar}`;
  };
  const kartu = (p: { pegawaiId: string; jabatanId: string; jenis: JenisPenugasan }): IdentitasSnapshot => {
    const pg = pegawaiPer.get(p.pegawaiId)!;
    const j = jabatanPer.get(p.jabatanId)!;
    return {
      pegawaiId: pg.id,
      nama: formatNamaGelar(pg),
      nip: formatNip(pg.nip),
      labelNip: pg.status === "PPPK" ? "NI PPPK" : "NIP",
      pangkat: formatPangkatGolongan(pg.status, pg.golongan),
      jabatan: namaJabatanDenganPenugasan(j.nama, p.jenis),
      unitKerja: namaUnit(j.unitKerjaId),
    };
  };
  const pimpinan: IdentitasSnapshot = {
    pegawaiId: null,
    nama: instansi.namaPimpinan ?? "",
    nip: null,
    labelNip: "NIP",
    pangkat: null,
    jabatan: instansi.jabatanPimpinan,
    unitKerja: instansi.nama,
  };
  const tampil = (p: Penilai | null): IdentitasSnapshot | null => (!p ? null : p.tipe === "PIMPINAN_INSTANSI" ? pimpinan : kartu(p));
  const samaPenilai = (a: Penilai | null, b: Penilai | null) =>
    a?.tipe === b?.tipe && (a?.tipe !== "PEGAWAI" || (b?.tipe === "PEGAWAI" && a.pegawaiId === b.pegawaiId && a.jabatanId === b.jabatanId && a.jenis === b.jenis));

  // Yang sengaja tanpa SKP: akun ASN dan atasan demo, pejabat penilai akun atasan, dan bidang akun atasan.
  const idAtasanDemo = idPegawai(DEMO_LOGIN.atasan);
  const penilaiAtasanDemo = pejabatPenilai(h, idAtasanDemo, new Date(acuanSegmen(hariIni, awalTahun, akhirTahun)));
  const unitAtasanDemo = unitJabatan.get(DEMO_PEGAWAI.find((p) => p.key === DEMO_LOGIN.atasan)!.jabatan);
  const tanpaSkp = new Set<string>([idPegawai(DEMO_LOGIN.asn), idAtasanDemo]);
  if (penilaiAtasanDemo?.tipe === "PEGAWAI") tanpaSkp.add(penilaiAtasanDemo.pegawaiId);
  for (const p of DEMO_PEGAWAI) if (unitJabatan.get(p.jabatan) === unitAtasanDemo) tanpaSkp.add(idPegawai(p.key));

  // Segmen jabatan definitif dalam tahun (satu SKP per segmen), seperti getRiwayatJabatanTahun.
  type Segmen = { kunci: string; pegawaiId: string; jabatanId: string; kunciJabatan: string; mulai: number; selesai: number; penilai: Penilai | null; acuan: number };
  const antre: Segmen[] = [];
  for (const p of DEMO_PEGAWAI) {
    const pegawaiId = idPegawai(p.key);
    if (tanpaSkp.has(pegawaiId)) continue;
    const milik = (h.penugasanPegawai.get(pegawaiId) ?? []).filter((x) => x.jenis === "DEFINITIF");
    for (const x of [...milik].sort((a, b) => a.tmtMulai.getTime() - b.tmtMulai.getTime())) {
      const mulai = Math.max(hariDari(x.tmtMulai.getTime()), awalTahun);
      const selesai = Math.min(x.tmtSelesai ? hariDari(x.tmtSelesai.getTime()) : akhirTahun, akhirTahun);
      if (mulai > selesai) continue;
      const acuan = acuanSegmen(hariIni, mulai, selesai);
      const penilai = pejabatPenilai(h, pegawaiId, new Date(acuan));
      antre.push({ kunci: p.key, pegawaiId, jabatanId: x.jabatanId, kunciJabatan: kunciJabatan.get(x.jabatanId) ?? "", mulai, selesai, penilai, acuan });
    }
  }

  const isiPer = isiSkpDemo(tahun);
  const dukunganPer = dukunganUnit(tahun);
  const daftarSkp: SkpBaru[] = [];
  const disetujuiPer = new Map<string, SkpBaru[]>(); // pegawaiId → SKP DISETUJUI (versi berlaku)
  const audit: Audit[] = [];
  const awalKerja = hariKerja(utc(tahun, 0, 5));
  let n = 0;

  const buatRhk = (skpId: string, r: IsiRhk, jenis: JenisRhk, urutan: number, t: number, rhkAtasanId: string | null): RhkBaru => ({
    id: randomUUID(),
    skpId,
    jenis,
    urutan,
    teks: r.teks,
    rhkAtasanId,
    perspektif: r.perspektif ?? null,
    penugasanDari: r.dari ?? null,
    asalRhkId: null,
    kode: r.kode ?? null,
    createdAt: t,
    tersedia: Number.POSITIVE_INFINITY,
    iki: r.iki,
  });
  const cariRhkAtasan = (skpPenilai: SkpBaru | undefined, ke: string[] | undefined): RhkBaru | null => {
    if (!skpPenilai || !ke) return null;
    for (const kode of ke) {
      const r = skpPenilai.rhk.find((x) => x.kode === kode);
      if (r) return r;
    }
    return null;
  };

  const lampiran = (s: Segmen, jenisJabatan: string, penilai: IdentitasSnapshot | null, isi: IsiSkp, status: StatusSkp): SkpBaru["lampiran"] => {
    const unitKey = unitJabatan.get(s.kunciJabatan) ?? "";
    const induk = unitKey.split("-")[0];
    const dukungan = isi.dukungan ?? dukunganPer[unitKey] ?? dukunganPer[`${induk}-sek`] ?? ["Komputer dan akses internet kantor", "Aplikasi e-Kinerja"];
    const ambil = (xs: string[], k: number) => Array.from({ length: Math.min(k, xs.length) }, (_, i) => xs[(i + n) % xs.length]!);
    const hasil: SkpBaru["lampiran"] = [{ jenis: "DUKUNGAN_SUMBER_DAYA", butir: ambil(dukungan, 2 + (n % 2)) }];
    if (status === "DRAFT") return hasil; // draf: lampiran lain belum diisi
    const kepada = penilai?.jabatan ?? "pejabat penilai";
    const skema =
      jenisJabatan === "JPT"
        ? [
            `Capaian Perjanjian Kinerja dilaporkan setiap triwulan kepada ${kepada}`,
            `Laporan Kinerja Instansi Pemerintah Tahun ${tahun} disampaikan paling lambat akhir Februari tahun berikutnya`,
            "Evaluasi capaian kinerja dibahas dalam rapat pimpinan setiap triwulan",
          ]
        : [
            `Capaian kinerja dilaporkan setiap triwulan kepada ${kepada} melalui aplikasi e-Kinerja`,
            "Bukti dukung hasil kerja diunggah paling lambat tanggal 5 bulan berikutnya",
            `Evaluasi kinerja bulanan dalam rapat staf ${namaUnit(jabatanPer.get(s.jabatanId)!.unitKerjaId).split(",")[0]}`,
          ];
    const pg = pegawaiPer.get(s.pegawaiId)!;
    const konsekuensi = [
      "Capaian kinerja menjadi dasar pembayaran Tambahan Penghasilan Pegawai (TPP) sesuai Peraturan Bupati Lembah Sejahtera",
      jenisJabatan === "JPT"
        ? "Capaian kinerja menjadi bahan evaluasi kinerja Pejabat Pimpinan Tinggi dan pertimbangan rotasi jabatan"
        : pg.status === "PPPK"
          ? "Capaian kinerja menjadi dasar pertimbangan perpanjangan perjanjian kerja PPPK"
          : jenisJabatan === "FUNGSIONAL"
            ? "Predikat kinerja dikonversi menjadi angka kredit jabatan fungsional"
            : "Predikat kinerja menjadi pertimbangan pengembangan karier, mutasi dan promosi",
      "Predikat kinerja di bawah ekspektasi ditindaklanjuti dengan pembinaan dan rencana pengembangan kompetensi",
    ];
    hasil.push({ jenis: "SKEMA_PERTANGGUNGJAWABAN", butir: skema.slice(0, 2 + ((n + 1) % 2)) });
    hasil.push({ jenis: "KONSEKUENSI", butir: konsekuensi.slice(0, 1 + (n % 3)) });
    return hasil;
  };

  const identitas = (s: Segmen, acuanHari: number) => {
    const acuan = new Date(acuanSegmen(acuanHari, s.mulai, s.selesai));
    let penilai = pejabatPenilai(h, s.pegawaiId, acuan);
    let atasan = atasanPejabatPenilai(h, s.pegawaiId, acuan);
    if (!samaPenilai(penilai, s.penilai)) {
      catatan.push(`${s.kunci}: pejabat penilai pada ${acuan.toISOString().slice(0, 10)} berbeda; snapshot memakai tanggal acuan segmen.`);
      penilai = s.penilai;
      atasan = atasanPejabatPenilai(h, s.pegawaiId, new Date(s.acuan));
    }
    return {
      pegawaiSnapshot: kartu({ pegawaiId: s.pegawaiId, jabatanId: s.jabatanId, jenis: "DEFINITIF" }),
      penilaiSnapshot: tampil(penilai),
      penilaiPegawaiId: penilai?.tipe === "PEGAWAI" ? penilai.pegawaiId : null,
      atasanPenilaiSnapshot: tampil(atasan),
    };
  };

  const proses = (s: Segmen) => {
    n += 1;
    const jab = jabatanPer.get(s.jabatanId)!;
    const varian = varianSkp(jab.jenis);
    const khusus = STATUS_KHUSUS[s.kunci];
    const status = (khusus?.status ?? "DISETUJUI") as StatusSkp;
    const pn = s.penilai;
    const skpPenilai =
      pn?.tipe === "PEGAWAI"
        ? (disetujuiPer.get(pn.pegawaiId) ?? []).find((k) => k.mulai <= s.acuan && k.selesai >= s.acuan) ??
          (disetujuiPer.get(pn.pegawaiId) ?? []).find((k) => beririsan({ mulai: new Date(k.mulai), selesai: new Date(k.selesai) }, { mulai: new Date(s.mulai), selesai: new Date(s.selesai) }))
        : undefined;
    if (varian === "JA_JF" && status !== "DRAFT" && !skpPenilai) {
      catatan.push(`${s.kunci}: SKP pejabat penilai belum disetujui; belum ada SKP.`);
      return;
    }
    const isi = isiPer[`${s.kunci}@${s.kunciJabatan}`] ?? isiPer[s.kunciJabatan];
    if (!isi) {
      catatan.push(`${s.kunci}: tidak ada isi SKP demo untuk jabatan ${s.kunciJabatan}; dilewati.`);
      return;
    }
    const skpId = randomUUID();

    // Tautan intervensi (tidak bergantung pada waktu), lalu jadwal: setelah RHK atasan yang ditautkan tersedia.
    const tautan = (r: IsiRhk, jenis: JenisRhk): RhkBaru | null => {
      if (varian !== "JA_JF") return null;
      const t = cariRhkAtasan(skpPenilai, r.ke);
      if (t || jenis !== "UTAMA" || status === "DRAFT" || !skpPenilai) return t;
      catatan.push(`${s.kunci}: RHK "${r.teks}" tidak menemukan RHK atasan ${r.ke?.join("/")}; memakai RHK utama pertama.`);
      return skpPenilai.rhk.find((x) => x.jenis === "UTAMA") ?? null;
    };
    const rencanaRhk = [
      ...isi.utama.map((r) => ({ r, jenis: "UTAMA" as const, atasan: tautan(r, "UTAMA") })),
      ...(isi.tambahan ?? []).map((r) => ({ r, jenis: "TAMBAHAN" as const, atasan: tautan(r, "TAMBAHAN") })),
    ];
    const siap = rencanaRhk.some((x) => x.atasan)
      ? Math.max(...rencanaRhk.map((x) => (x.atasan ? x.atasan.tersedia : 0)))
      : (skpPenilai?.rhk[0]?.tersedia ?? 0);
    const masaPenilai = pn?.tipe === "PEGAWAI"
      ? (h.penugasanJabatan.get(pn.jabatanId) ?? []).find((x) => x.pegawaiId === pn.pegawaiId && x.jenis === pn.jenis && berlakuPada(x, new Date(s.acuan)))
      : undefined;
    let dasar = Math.max(awalKerja, s.mulai, masaPenilai ? hariDari(masaPenilai.tmtMulai.getTime()) : 0, siap ? tanggalWib(siap) + HARI : 0);
    if (khusus?.baruSaja && hariIni >= awalTahun && hariIni <= akhirTahun) dasar = Math.max(dasar, hariIni - 8 * HARI);
    dasar = hariKerja(dasar);

    const tDibuat = pukul(dasar, 8, 5 + ((n * 7) % 45));
    const tDiajukan = status === "DRAFT" ? null : pukul(tambahHariKerja(dasar, 1), 9, (n * 11) % 50);
    const ekspektasi = status === "DISETUJUI" ? (isi.ekspektasi ?? {}) : {};
    const tEkspektasi = pukul(tambahHariKerja(dasar, 2), 10, (n * 13) % 50);
    const tDisetujui = status === "DISETUJUI" ? pukul(tambahHariKerja(dasar, 2), 13, (n * 17) % 50) : null;

    const id = identitas(s, tanggalWib(tDiajukan ?? tDibuat));
    const urut: Record<JenisRhk, number> = { UTAMA: 0, TAMBAHAN: 0 };
    const rhk = rencanaRhk.map((x, k) => {
      urut[x.jenis] += 1;
      return buatRhk(skpId, x.r, x.jenis, urut[x.jenis], tDibuat + (k + 1) * 6 * MENIT, x.atasan?.id ?? null);
    });
    if (tDisetujui) for (const r of rhk) r.tersedia = tDisetujui;
    const skp: SkpBaru = {
      id: skpId,
      pegawaiId: s.pegawaiId,
      jabatanId: s.jabatanId,
      mulai: s.mulai,
      selesai: s.selesai,
      pendekatan: isi.pendekatan ?? "KUANTITATIF",
      varian,
      status,
      versi: 1,
      revisiDariId: null,
      ...id,
      diajukanAt: tDiajukan,
      disetujuiAt: tDisetujui,
      createdAt: tDibuat,
      updatedAt: tDisetujui ?? tDiajukan ?? tDibuat + (rhk.length + 4) * 6 * MENIT,
      rhk,
      perilaku: ekspektasi,
      lampiran: lampiran(s, jab.jenis, id.penilaiSnapshot, isi, status),
    };
    daftarSkp.push(skp);

    // Jejak audit seperti yang ditulis layanan SKP.
    const pemilik = pengguna(s.pegawaiId);
    const penyetuju = id.penilaiPegawaiId ? pengguna(id.penilaiPegawaiId) : penggunaAdmin;
    audit.push({ t: tDibuat, penggunaId: pemilik, aksi: "SKP_DIBUAT", entitasId: skpId, data: { pendekatan: skp.pendekatan, dariMatriks: 0 } });
    for (const r of rhk) audit.push({ t: r.createdAt, penggunaId: pemilik, aksi: "RHK_DITAMBAH", entitasId: skpId, data: { rhkId: r.id, jenis: r.jenis, teks: r.teks } });
    skp.lampiran.forEach((l, i) =>
      audit.push({ t: tDibuat + (rhk.length + 1 + i) * 6 * MENIT, penggunaId: pemilik, aksi: "LAMPIRAN_DIUBAH", entitasId: skpId, data: { jenis: l.jenis, dari: [], ke: l.butir } }),
    );
    if (tDiajukan) audit.push({ t: tDiajukan, penggunaId: pemilik, aksi: "SKP_DIAJUKAN", entitasId: skpId, data: { dari: "DRAFT", ke: "DIAJUKAN", alasan: null, versi: 1 } });
    if (Object.keys(ekspektasi).length > 0) {
      const perubahan = NILAI_BERAKHLAK.flatMap((v) => (ekspektasi[v.kode] ? [{ kolom: v.kode, dari: null, ke: ekspektasi[v.kode]! }] : []));
      audit.push({ t: tEkspektasi, penggunaId: penyetuju, aksi: "EKSPEKTASI_DIISI", entitasId: skpId, data: { perubahan } });
    }
    if (tDisetujui) {
      audit.push({ t: tDisetujui, penggunaId: penyetuju, aksi: "SKP_DISETUJUI", entitasId: skpId, data: { dari: "DIAJUKAN", ke: "DISETUJUI", alasan: null, versi: 1 } });
      disetujuiPer.set(s.pegawaiId, [...(disetujuiPer.get(s.pegawaiId) ?? []), skp]);
      for (const plt of DEMO_PLT.filter((x) => x.pegawai === s.kunci)) revisiPlt(s, skp, plt, skpPenilai, penyetuju);
    }
  };

  /** Pemangku Plt. menambah RHK tambahan lewat revisi SKP yang disetujui; versi lama menjadi DIGANTI. */
  const revisiPlt = (s: Segmen, lama: SkpBaru, plt: (typeof DEMO_PLT)[number], skpPenilai: SkpBaru | undefined, penyetuju: string | null) => {
    const tambahan = RHK_PLT[plt.jabatan];
    const mulaiPlt = Date.parse(`${tahun}-${plt.mulai}T00:00:00Z`);
    if (!tambahan || mulaiPlt < s.mulai || mulaiPlt > s.selesai || mulaiPlt > hariIni) return;
    const jabatanPlt = jabatanPer.get(args.jabatanId.get(plt.jabatan)!)!;
    const dasar = hariKerja(Math.max(mulaiPlt + HARI, tanggalWib(lama.disetujuiAt!) + HARI));
    const tRevisi = pukul(dasar, 8, 40);
    const tDiajukan = pukul(tambahHariKerja(dasar, 1), 9, 20);
    const tDisetujui = pukul(tambahHariKerja(dasar, 2), 11, 5);
    const baruId = randomUUID();
    const salinan = lama.rhk.map((r) => ({ ...r, id: randomUUID(), skpId: baruId, asalRhkId: r.id, createdAt: tRevisi }));
    const tambah = tambahan.map((r, k) => {
      const atasan = cariRhkAtasan(skpPenilai, r.ke);
      const x = buatRhk(baruId, { ...r, dari: `Plt. ${jabatanPlt.nama} (${plt.nomorSk}/${tahun})` }, "TAMBAHAN", lama.rhk.filter((y) => y.jenis === "TAMBAHAN").length + k + 1, tRevisi + (k + 1) * 6 * MENIT, atasan?.id ?? null);
      x.tersedia = tDisetujui;
      return x;
    });
    const baru: SkpBaru = {
      ...lama,
      id: baruId,
      versi: lama.versi + 1,
      revisiDariId: lama.id,
      ...identitas(s, tanggalWib(tDiajukan)),
      diajukanAt: tDiajukan,
      disetujuiAt: tDisetujui,
      createdAt: tRevisi,
      updatedAt: tDisetujui,
      rhk: [...salinan, ...tambah],
    };
    lama.status = "DIGANTI";
    lama.updatedAt = tDisetujui;
    daftarSkp.push(baru);
    disetujuiPer.set(s.pegawaiId, (disetujuiPer.get(s.pegawaiId) ?? []).map((k) => (k === lama ? baru : k)));

    const pemilik = pengguna(s.pegawaiId);
    audit.push({ t: tRevisi, penggunaId: pemilik, aksi: "REVISI_DIBUAT", entitasId: baruId, data: { dari: lama.id, versi: baru.versi } });
    audit.push({ t: tRevisi, penggunaId: pemilik, aksi: "REVISI_DIBUAT", entitasId: lama.id, data: { revisi: baruId, versi: baru.versi } });
    for (const r of tambah) audit.push({ t: r.createdAt, penggunaId: pemilik, aksi: "RHK_DITAMBAH", entitasId: baruId, data: { rhkId: r.id, jenis: r.jenis, teks: r.teks } });
    audit.push({ t: tDiajukan, penggunaId: pemilik, aksi: "SKP_DIAJUKAN", entitasId: baruId, data: { dari: "DRAFT", ke: "DIAJUKAN", alasan: null, versi: baru.versi } });
    audit.push({ t: tDisetujui, penggunaId: penyetuju, aksi: "SKP_DISETUJUI", entitasId: baruId, data: { dari: "DIAJUKAN", ke: "DISETUJUI", alasan: null, versi: baru.versi } });
  };

  // Dari atas ke bawah: segmen diproses setelah semua segmen pejabat penilainya.
  while (antre.length > 0) {
    const i = antre.findIndex((s) => s.penilai?.tipe !== "PEGAWAI" || !antre.some((o) => o.pegawaiId === (s.penilai as { pegawaiId: string }).pegawaiId));
    if (i < 0) throw new Error("Siklus pejabat penilai pada data demo.");
    proses(antre.splice(i, 1)[0]!);
  }

  // Tidak ada stempel waktu di masa depan: yang melewati sekarang dirapatkan (urutan tetap) ke sebelum sekarang.
  const semua = [
    ...daftarSkp.flatMap((k) => [k.createdAt, k.updatedAt, k.diajukanAt ?? 0, k.disetujuiAt ?? 0, ...k.rhk.map((r) => r.createdAt)]),
    ...audit.map((a) => a.t),
  ];
  const lampau = Math.max(0, ...semua.filter((t) => t <= sekarang));
  const depan = [...new Set(semua.filter((t) => t > sekarang))].sort((a, b) => a - b);
  const geserPer = new Map(depan.map((t, i) => [t, lampau + ((sekarang - lampau) * (i + 1)) / (depan.length + 1)]));
  const waktu = (t: number) => new Date(Math.floor(geserPer.get(t) ?? t));
  const waktuOpsional = (t: number | null) => (t === null ? null : waktu(t));

  await tx.skp.createMany({
    data: daftarSkp.map((k) => ({
      id: k.id,
      periodeId: periode.id,
      pegawaiId: k.pegawaiId,
      jabatanId: k.jabatanId,
      mulai: new Date(k.mulai),
      selesai: new Date(k.selesai),
      pendekatan: k.pendekatan,
      varian: k.varian,
      status: k.status,
      versi: k.versi,
      revisiDariId: k.revisiDariId,
      pegawaiSnapshot: k.pegawaiSnapshot,
      penilaiPegawaiId: k.penilaiPegawaiId,
      penilaiSnapshot: k.penilaiSnapshot ?? undefined,
      atasanPenilaiSnapshot: k.atasanPenilaiSnapshot ?? undefined,
      diajukanAt: waktuOpsional(k.diajukanAt),
      disetujuiAt: waktuOpsional(k.disetujuiAt),
      createdAt: waktu(k.createdAt),
      updatedAt: waktu(k.updatedAt),
    })),
  });
  const semuaRhk = daftarSkp.flatMap((k) => k.rhk);
  await tx.rhk.createMany({
    data: semuaRhk.map((r) => ({
      id: r.id,
      skpId: r.skpId,
      jenis: r.jenis,
      urutan: r.urutan,
      teks: r.teks,
      rhkAtasanId: r.rhkAtasanId,
      perspektif: r.perspektif,
      penugasanDari: r.penugasanDari,
      asalRhkId: r.asalRhkId,
      createdAt: waktu(r.createdAt),
    })),
  });
  await tx.iki.createMany({
    data: semuaRhk.flatMap((r) =>
      r.iki.map((i, k) => ({
        rhkId: r.id,
        urutan: k + 1,
        aspek: i.aspek,
        indikator: i.indikator,
        targetMin: i.min ?? null,
        targetMaks: i.maks ?? i.min ?? null,
        satuan: i.satuan ?? null,
        targetTeks: teksTarget(i),
      })),
    ),
  });
  await tx.perilakuSkp.createMany({
    data: daftarSkp.flatMap((k) => NILAI_BERAKHLAK.map((v) => ({ skpId: k.id, nilai: v.kode, ekspektasi: k.perilaku[v.kode] ?? null }))),
  });
  await tx.lampiranSkp.createMany({
    data: daftarSkp.flatMap((k) => k.lampiran.flatMap((l) => l.butir.map((teks, i) => ({ skpId: k.id, jenis: l.jenis, urutan: i + 1, teks })))),
  });
  // Urutan id jejak audit = urutan waktu (riwayat SKP diurutkan menurut id).
  const urutAudit = audit.map((a, i) => ({ a, i })).sort((x, y) => x.a.t - y.a.t || x.i - y.i);
  await tx.jejakAudit.createMany({
    data: urutAudit.map(({ a }) => ({ penggunaId: a.penggunaId, aksi: a.aksi, entitas: "Skp", entitasId: a.entitasId, data: a.data, createdAt: waktu(a.t) })),
  });

  const jumlah: Record<StatusSkp, number> = { DRAFT: 0, DIAJUKAN: 0, DITOLAK: 0, DISETUJUI: 0, DIGANTI: 0 };
  for (const k of daftarSkp) jumlah[k.status] += 1;
  return { periodeId: periode.id, jumlah, catatan, identitas: { h, kartu, tampil, pengguna } };
}
