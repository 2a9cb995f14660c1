// Data demo pelaksanaan Triwulan I dan penilaian kinerjanya untuk Kabupaten Lembah Sejahtera.
//
// Dipanggil oleh seedDemo() di dalam transaksinya, setelah SKP demo (prisma/demo-skp.ts). Hanya memakai modul murni.
// - Periode evaluasi tahun berjalan (TW1–TW4, dibuka) dibuat dari ritme instansi.
// - Triwulan I: setiap SKP yang disetujui berisi rencana aksi dengan bukti dukung berupa tautan dan realisasi untuk
//   setiap indikator, kecuali pegawai TANPA_PELAKSANAAN_DEMO (uji e2e dan integrasi pelaksanaan mengisinya sendiri).
// - Penilaian Triwulan I (RENCANA_PENILAIAN_DEMO): hampir seluruh Diskominfo dinilai dan difinalkan awal April;
//   Sekretariat Dinas Kesehatan difinalkan beberapa hari lalu, satu pegawainya mengajukan keberatan yang menunggu
//   atasan pejabat penilai (masih dalam tenggat); beberapa penilaian lain masih draf atau selesai dinilai.
// - Sengaja TIDAK dinilai: akun demo (ASN, atasan, Kepala Badan: belum ber-SKP, lihat demo-skp.ts) dan Bidang
//   Kesehatan Masyarakat (Hj. Nurlaela dan bawahannya): Triwulan I Wahyu dan Taufik lengkap tetapi belum dinilai,
//   agar atasan demo dapat mencoba menilai dan memfinalkan.
// Semua stempel waktu sebelum "sekarang". Bila Triwulan I belum lama berakhir (sebelum 20 April), hanya periode
// evaluasi yang dibuat.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { tanggalDiZona } from "@/lib/organisasi/format";
import { predikatBila, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import { pegawaiIdDari, penilaiPeriode } from "@/lib/penilaian/penilai";
import { ATURAN_TENGGAT_BAWAAN, hariTerakhirKeberatan } from "@/lib/penilaian/tenggat";
import type { PilihanUmpan } from "@/lib/penilaian/umpan";
import { NILAI_BERAKHLAK, type KodeBerakhlak } from "@/lib/skp/berakhlak";
import { periodeEvaluasi } from "@/lib/skp/periode";
import { HARI, MENIT, hariKerja, pukul, tambahHariKerja, tanggalWib, utc, type IdentitasDemo } from "./demo-skp";

// ─── Rencana ──────────────────────────────────────────────────────────────────────────────────

type RencanaPenilaian = {
  status: "DRAF" | "SELESAI_DINILAI" | "FINAL";
  hasil: Rating | null;
  perilaku: Rating | null;
  /** Difinalkan beberapa hari sebelum hari ini (bukan awal April). */
  baru?: boolean;
  /** Faktor realisasi terhadap target triwulan (bawaan dari rating hasil). */
  faktor?: number;
  keberatan?: boolean;
};

/** Penilaian Triwulan I per pegawai demo (kunci demo-data.ts). */
export const RENCANA_PENILAIAN_DEMO: Record<string, RencanaPenilaian> = {
  // Diskominfo: dinilai dan difinalkan awal April (Kepala Dinas dinilai Sekda).
  yudi: { status: "FINAL", hasil: "SESUAI", perilaku: "DI_ATAS" },
  srilestari: { status: "FINAL", hasil: "SESUAI", perilaku: "SESUAI" },
  agung: { status: "FINAL", hasil: "DI_BAWAH", perilaku: "SESUAI" },
  arief: { status: "FINAL", hasil: "DI_ATAS", perilaku: "DI_ATAS" },
  dian: { status: "FINAL", hasil: "DI_ATAS", perilaku: "DI_ATAS" },
  fitri: { status: "FINAL", hasil: "SESUAI", perilaku: "SESUAI" },
  hadi: { status: "FINAL", hasil: "DI_ATAS", perilaku: "SESUAI" },
  mega: { status: "FINAL", hasil: "SESUAI", perilaku: "SESUAI" },
  rizal: { status: "FINAL", hasil: "SESUAI", perilaku: "DI_ATAS" },
  // Subbagian Perencanaan dan Keuangan Dinkes: difinalkan baru-baru ini; Rudi berkeberatan atas rating hasilnya.
  rudi: { status: "FINAL", hasil: "SESUAI", perilaku: "SESUAI", baru: true, faktor: 1.1, keberatan: true },
  intan: { status: "FINAL", hasil: "DI_ATAS", perilaku: "SESUAI", baru: true },
  // Belum final.
  maya: { status: "DRAF", hasil: "DI_ATAS", perilaku: "SESUAI" },
  yusuf: { status: "SELESAI_DINILAI", hasil: "SESUAI", perilaku: "SESUAI" },
  dewi: { status: "DRAF", hasil: "SESUAI", perilaku: null },
};

/** Pelaksanaan Triwulan I sengaja kosong (diisi uji e2e dan uji integrasi pelaksanaan). */
export const TANPA_PELAKSANAAN_DEMO: readonly string[] = ["joko"];

export type KonteksPenilaianDemo = {
  tahun: number;
  sekarang: number;
  periodeKinerjaId: string;
  /** Kunci pegawai demo → id. */
  pegawaiId: ReadonlyMap<string, string>;
  identitas: IdentitasDemo;
};

export type HasilPenilaianDemo = {
  rencanaAksi: number;
  bukti: number;
  realisasi: number;
  evaluasi: Record<"DRAF" | "SELESAI_DINILAI" | "FINAL", number>;
  keberatan: number;
  catatan: string[];
};

// ─── Teks ─────────────────────────────────────────────────────────────────────────────────────

/** "Terlaksananya X" → "Melaksanakan X": uraian rencana aksi dari rumusan RHK. */
const KATA_KERJA: readonly [string, string][] = [
  ["Terlaksananya ", "Melaksanakan "],
  ["Tersusunnya ", "Menyusun "],
  ["Tersedianya ", "Menyediakan "],
  ["Terkelolanya ", "Mengelola "],
  ["Terselenggaranya ", "Menyelenggarakan "],
  ["Terkoordinasinya ", "Mengoordinasikan "],
  ["Terhimpunnya ", "Menghimpun "],
  ["Tersajinya ", "Menyajikan "],
  ["Tervalidasinya ", "Memvalidasi "],
  ["Terbangunnya ", "Membangun "],
  ["Terpeliharanya ", "Memelihara "],
  ["Terselesaikannya ", "Menyelesaikan "],
  ["Tersebarnya ", "Menyebarluaskan "],
  ["Terlayaninya ", "Melayani "],
  ["Terverifikasinya ", "Memverifikasi "],
  ["Terkendalinya ", "Mengendalikan "],
  ["Tercapainya ", "Mengupayakan tercapainya "],
  ["Meningkatnya ", "Mengarahkan peningkatan "],
];

function uraianDariRhk(teks: string): string {
  const k = KATA_KERJA.find(([awal]) => teks.startsWith(awal));
  return k ? k[1] + teks.slice(k[0].length) : teks;
}

const AKSI_PENDUKUNG = [
  { uraian: "Menyusun jadwal kerja dan pembagian tugas triwulan I bersama tim", bukti: "Jadwal kerja triwulan I" },
  { uraian: "Menyampaikan laporan kemajuan bulanan kepada pejabat penilai", bukti: "Laporan kemajuan Januari–Maret" },
  { uraian: "Mengikuti rapat koordinasi evaluasi capaian Januari–Maret", bukti: "Notula rapat koordinasi" },
  { uraian: "Mendokumentasikan hasil kerja dan mengarsipkan bukti pada folder bersama bidang", bukti: "Folder dokumentasi kegiatan" },
];
const NAMA_BUKTI = ["Laporan kegiatan triwulan I", "Rekap capaian Januari–Maret", "Dokumentasi kegiatan", "Berita acara hasil kerja", "Daftar hadir dan notula"];
const DASAR = ["Rekap Januari–Maret", "Laporan bulanan Januari–Maret", "Data aplikasi per 31 Maret", "Laporan triwulan I"];
const REALISASI_NARATIF = [
  "Langkah triwulan I terlaksana sesuai rencana aksi; kemajuan dibahas dalam rapat pimpinan bulanan.",
  "Data dukung triwulan I sudah dihimpun dari seluruh perangkat daerah dan diverifikasi tim.",
];

const UMPAN_RHK: Record<"SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN", ((cap: string) => string)[]> = {
  SANGAT_BAIK: [
    (c) => `Melampaui rencana triwulan I: ${c}. Bukti dukung lengkap dan mudah ditelusuri.`,
    (c) => `${kapital(c)}, di atas target triwulan. Inisiatif Saudara mempercepat pekerjaan tim; pertahankan.`,
  ],
  BAIK: [
    (c) => `Sesuai rencana: ${c}. Bukti dukung sudah memadai.`,
    (c) => `${kapital(c)}. Pekerjaan berjalan sesuai jadwal; lanjutkan dengan ritme yang sama pada triwulan II.`,
    (c) => `Capaian sesuai ekspektasi (${c}). Ke depan, lengkapi bukti dengan ringkasan hasil, bukan hanya dokumentasi.`,
  ],
  PERLU_PERBAIKAN: [
    (c) => `Belum sesuai rencana: ${c}. Susun langkah percepatan dan laporkan kemajuannya setiap dua minggu.`,
    (c) => `${kapital(c)}, masih di bawah target triwulan. Mari kita bahas kendalanya; beberapa pekerjaan tertunda tanpa pemberitahuan.`,
  ],
};

const UMPAN_PERILAKU: Record<KodeBerakhlak, Record<"SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN", string>> = {
  BERORIENTASI_PELAYANAN: {
    SANGAT_BAIK: "Sigap melayani permintaan perangkat daerah dan masyarakat, bahkan di luar jam layanan bila mendesak.",
    BAIK: "Melayani dengan ramah dan menindaklanjuti permintaan sesuai standar waktu.",
    PERLU_PERBAIKAN: "Beberapa permintaan layanan terlambat dijawab; biasakan memberi kabar bila belum dapat diselesaikan.",
  },
  AKUNTABEL: {
    SANGAT_BAIK: "Laporan selalu tepat waktu dan disertai bukti yang lengkap; dapat dijadikan contoh bagi rekan.",
    BAIK: "Bertanggung jawab atas tugasnya dan melaporkan hasil kerja dengan jujur.",
    PERLU_PERBAIKAN: "Laporan bulanan dua kali terlambat; perhatikan tenggat dan kelengkapan bukti.",
  },
  KOMPETEN: {
    SANGAT_BAIK: "Cepat menguasai aplikasi dan ketentuan baru, serta aktif membagikannya kepada tim.",
    BAIK: "Menguasai tugas jabatannya dan terus belajar dari pelatihan yang diikuti.",
    PERLU_PERBAIKAN: "Perlu memperdalam penguasaan aplikasi kerja; ikuti bimbingan teknis triwulan II.",
  },
  HARMONIS: {
    SANGAT_BAIK: "Menjadi perekat tim dan membantu menyelesaikan perbedaan pendapat dengan baik.",
    BAIK: "Menghargai rekan kerja dan menjaga suasana kerja yang kondusif.",
    PERLU_PERBAIKAN: "Sesekali kurang sabar saat berkoordinasi; jaga komunikasi tetap santun.",
  },
  LOYAL: {
    SANGAT_BAIK: "Menjaga nama baik instansi dan kerahasiaan data dengan sangat baik.",
    BAIK: "Setia pada tugas dan menjaga kerahasiaan informasi jabatan.",
    PERLU_PERBAIKAN: "Ingat untuk tidak membagikan dokumen internal lewat grup percakapan umum.",
  },
  ADAPTIF: {
    SANGAT_BAIK: "Cepat menyesuaikan diri dengan perubahan prioritas dan mengusulkan cara kerja yang lebih efisien.",
    BAIK: "Terbuka terhadap perubahan dan mau mencoba cara kerja baru.",
    PERLU_PERBAIKAN: "Masih ragu memakai cara kerja baru; manfaatkan pendampingan dari rekan senior.",
  },
  KOLABORATIF: {
    SANGAT_BAIK: "Aktif menggerakkan kerja sama lintas bidang sehingga pekerjaan bersama selesai lebih cepat.",
    BAIK: "Mau bekerja sama dan berbagi informasi dengan rekan satu tim.",
    PERLU_PERBAIKAN: "Libatkan rekan lebih awal agar pekerjaan bersama tidak menumpuk di akhir triwulan.",
  },
};

function catatanPenilai(hasil: Rating, perilaku: Rating, predikat: Predikat): string {
  if (predikat === "SANGAT_BAIK") return "Kinerja triwulan I sangat baik, baik hasil kerja maupun perilakunya. Bagikan cara kerja Saudara kepada rekan satu tim.";
  if (predikat === "BUTUH_PERBAIKAN") return "Hasil kerja triwulan I belum mencapai target. Kita sepakati rencana perbaikan: laporan kemajuan setiap dua minggu dan pendampingan langsung dari saya.";
  if (hasil === "DI_ATAS") return "Hasil kerja melampaui target triwulan I; perilaku kerja sesuai ekspektasi. Tingkatkan lagi koordinasi dengan tim.";
  if (perilaku === "DI_ATAS") return "Hasil kerja sesuai target dan perilaku kerja menjadi teladan bagi rekan. Pertahankan pada triwulan berikutnya.";
  return "Kinerja triwulan I sesuai ekspektasi. Pertahankan ketepatan waktu pelaporan pada triwulan berikutnya.";
}

const kapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const kecil = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const angkaId = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// ─── Angka ────────────────────────────────────────────────────────────────────────────────────

/** Satuan laju/persentase (realisasi triwulan mendekati target tahunan) dan satuan waktu tempuh (makin kecil makin baik). */
const SATUAN_LAJU = new Set(["%", "nilai", "poin"]);
const SATUAN_TEMPUH = new Set(["hari", "hari kerja", "jam"]);
const SATUAN_PERIODE = new Set(["bulan", "triwulan"]);

type IkiDb = { id: string; indikator: string; targetMin: Prisma.Decimal | null; targetMaks: Prisma.Decimal | null; satuan: string | null };

/** Target triwulan I dari target tahunan (untuk rencana aksi dan umpan balik). */
function targetTriwulan(i: IkiDb): number | null {
  if (i.targetMin === null) return null;
  const min = Number(i.targetMin);
  const s = i.satuan ?? "";
  if (SATUAN_LAJU.has(s) || SATUAN_TEMPUH.has(s)) return min;
  return Math.max(1, Math.round(min / 4));
}

/** Realisasi triwulan I: `faktor` > 1 melampaui, < 1 di bawah target. */
function realisasiTriwulan(i: IkiDb, faktor: number): number | null {
  if (i.targetMin === null) return null;
  const min = Number(i.targetMin);
  const maks = i.targetMaks === null ? min : Number(i.targetMaks);
  const s = i.satuan ?? "";
  const bulat = (n: number) => Math.round(n * 100) / 100;
  if (SATUAN_TEMPUH.has(s)) return bulat(faktor > 1.05 ? Math.max(1, min * 0.75) : faktor < 0.95 ? min * 1.4 : min);
  if (SATUAN_LAJU.has(s)) {
    const atas = s === "%" ? 100 : Number.POSITIVE_INFINITY;
    if (faktor > 1.05) return bulat(Math.min(atas, maks > min ? maks : min * 1.04));
    return bulat(Math.min(atas, min * (faktor < 0.95 ? 0.85 : 1)));
  }
  if (SATUAN_PERIODE.has(s)) return Math.max(1, Math.round(min / 4));
  return Math.round((min / 4) * faktor);
}

const FAKTOR: Record<Rating, number> = { DI_ATAS: 1.15, SESUAI: 1, DI_BAWAH: 0.6 };

// ─── Seed ─────────────────────────────────────────────────────────────────────────────────────

type Audit = { t: number; penggunaId: string | null; aksi: string; entitas: "Skp" | "EvaluasiKinerja"; entitasId: string; data: Prisma.InputJsonValue };

const mundurHariKerja = (hari: number, n: number) => {
  let h = hari;
  for (let i = 0; i < n; i++) {
    h -= HARI;
    while ([0, 6].includes(new Date(h).getUTCDay())) h -= HARI;
  }
  return h;
};

export async function seedPenilaianDemo(tx: Prisma.TransactionClient, k: KonteksPenilaianDemo): Promise<HasilPenilaianDemo> {
  const { tahun, sekarang, identitas: idn } = k;
  const hariIni = tanggalDiZona(new Date(sekarang), "Asia/Jakarta").getTime();
  const catatan: string[] = [];
  const hasil: HasilPenilaianDemo = { rencanaAksi: 0, bukti: 0, realisasi: 0, evaluasi: { DRAF: 0, SELESAI_DINILAI: 0, FINAL: 0 }, keberatan: 0, catatan };

  const periode = periodeEvaluasi(tahun, "TRIWULAN").map((p, i) => ({ ...p, id: randomUUID(), urutan: i + 1 }));
  await tx.periodeEvaluasi.createMany({
    data: periode.map((p) => ({ id: p.id, periodeKinerjaId: k.periodeKinerjaId, kode: p.kode, label: p.label, urutan: p.urutan, mulai: p.mulai, selesai: p.selesai, createdAt: new Date(Math.min(sekarang, pukul(utc(tahun, 0, 2), 8, 0))) })),
  });
  const tw1 = periode[0]!;
  if (hariIni < utc(tahun, 3, 20)) {
    catatan.push("Triwulan I belum lama berakhir: pelaksanaan dan penilaian demo tidak dibuat.");
    return hasil;
  }

  const kunciPer = new Map([...k.pegawaiId].map(([key, id]) => [id, key]));
  const skpRows = await tx.skp.findMany({
    where: { periodeId: k.periodeKinerjaId, status: "DISETUJUI", mulai: { lte: tw1.selesai }, selesai: { gte: tw1.mulai } },
    select: {
      id: true,
      pegawaiId: true,
      jabatanId: true,
      mulai: true,
      selesai: true,
      pendekatan: true,
      disetujuiAt: true,
      rhk: {
        select: { id: true, jenis: true, urutan: true, teks: true, iki: { select: { id: true, indikator: true, targetMin: true, targetMaks: true, satuan: true }, orderBy: { urutan: "asc" } } },
        orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
      },
    },
    orderBy: { createdAt: "asc" },
  });

  const audit: Audit[] = [];
  const rencanaAksi: Prisma.RencanaAksiCreateManyInput[] = [];
  const bukti: Prisma.BuktiDukungCreateManyInput[] = [];
  const realisasi: Prisma.RealisasiCreateManyInput[] = [];
  /** Realisasi IKI pertama per RHK (untuk umpan balik penilai). */
  const capaianRhk = new Map<string, string>();
  const akhirTw1 = tw1.selesai.getTime();
  const lengkapPer = new Set<string>();

  skpRows.forEach((s, n) => {
    const key = kunciPer.get(s.pegawaiId) ?? "";
    if (TANPA_PELAKSANAAN_DEMO.includes(key)) return;
    const pemilik = idn.pengguna(s.pegawaiId);
    if (!pemilik) return;
    const rencana = RENCANA_PENILAIAN_DEMO[key];
    const faktor = rencana?.faktor ?? (rencana?.hasil ? FAKTOR[rencana.hasil] : 1) * (1 + ((n % 3) - 1) * 0.03);
    const disetujui = s.disetujuiAt ? tanggalWib(s.disetujuiAt.getTime()) : utc(tahun, 0, 5);
    const dasar = hariKerja(Math.max(utc(tahun, 0, 12) + (n % 6) * HARI, disetujui + HARI));
    const batasBukti = utc(tahun, 2, 27);
    let urutRa = 0;
    s.rhk.forEach((r, j) => {
      const iki0 = r.iki[0];
      const target = iki0 ? targetTriwulan(iki0) : null;
      // Target rencana aksi hanya untuk indikator jumlah (bukan persentase, nilai atau waktu).
      const hitungan = iki0 && target !== null && !SATUAN_LAJU.has(iki0.satuan ?? "") && !SATUAN_TEMPUH.has(iki0.satuan ?? "") && !SATUAN_PERIODE.has(iki0.satuan ?? "");
      const daftar = [{ uraian: `${uraianDariRhk(r.teks)} selama Januari–Maret`, target: hitungan ? target : null, satuan: hitungan ? iki0.satuan : null, bukti: [NAMA_BUKTI[(n + j) % NAMA_BUKTI.length]!, ...(j === 0 ? [NAMA_BUKTI[(n + j + 2) % NAMA_BUKTI.length]!] : [])] }];
      if (j === 0 || (j === 1 && n % 2 === 0)) {
        const p = AKSI_PENDUKUNG[(n + j) % AKSI_PENDUKUNG.length]!;
        daftar.push({ uraian: p.uraian, target: null, satuan: null, bukti: [p.bukti] });
      }
      daftar.forEach((a, x) => {
        urutRa += 1;
        const id = randomUUID();
        const tRa = pukul(tambahHariKerja(dasar, urutRa - 1), 9, (n * 7 + urutRa * 11) % 50);
        rencanaAksi.push({ id, rhkId: r.id, periodeEvaluasiId: tw1.id, urutan: x + 1, uraian: a.uraian, targetAngka: a.target, satuan: a.satuan, createdAt: new Date(tRa), updatedAt: new Date(tRa) });
        audit.push({ t: tRa, penggunaId: pemilik, aksi: "RENCANA_AKSI_DITAMBAH", entitas: "Skp", entitasId: s.id, data: { rencanaAksiId: id, periode: tw1.label, uraian: a.uraian } });
        a.bukti.forEach((nama, b) => {
          const hari = Math.max(Math.min(tambahHariKerja(dasar, 12 + urutRa * 3 + b * 4 + (n % 5)), batasBukti), tanggalWib(tRa) + HARI);
          const tB = pukul(hariKerja(hari), 14, (n * 13 + b * 17 + urutRa) % 55);
          const buktiId = randomUUID();
          const url = `https://arsip.lembahsejahtera.go.id/kinerja/${tahun}/tw1/${s.id.slice(0, 8)}/${slug(nama)}-${urutRa}`;
          bukti.push({ id: buktiId, rencanaAksiId: id, jenis: "TAUTAN", status: "SIAP", nama, url, diunggahOleh: pemilik, createdAt: new Date(tB) });
          audit.push({ t: tB, penggunaId: pemilik, aksi: "BUKTI_TAUTAN_DITAMBAH", entitas: "Skp", entitasId: s.id, data: { buktiId, url } });
        });
      });
      r.iki.forEach((i, x) => {
        const angka = s.pendekatan === "KUANTITATIF" && i.targetMin !== null;
        const nilai = angka ? realisasiTriwulan(i, faktor) : null;
        const teks = angka ? null : REALISASI_NARATIF[(n + x) % REALISASI_NARATIF.length]!;
        const tR = pukul(tambahHariKerja(hariKerja(akhirTw1 - 4 * HARI), (n + j) % 4), 10 + x, (n * 3 + j * 19) % 55);
        realisasi.push({ ikiId: i.id, periodeEvaluasiId: tw1.id, nilai, teks, dasar: `${DASAR[(n + j + x) % DASAR.length]} ${tahun}`, createdAt: new Date(tR), updatedAt: new Date(tR) });
        audit.push({ t: tR, penggunaId: pemilik, aksi: "REALISASI_DISIMPAN", entitas: "Skp", entitasId: s.id, data: { ikiId: i.id, periode: tw1.label, dari: null, ke: nilai === null ? teks : String(nilai) } });
        if (x === 0) capaianRhk.set(r.id, nilai === null ? "langkah triwulan I terlaksana" : `${kecil(i.indikator)} ${angkaId(nilai)}${i.satuan === "%" ? "%" : ` ${i.satuan ?? ""}`.trimEnd()}${hitungan ? ` dari rencana ${angkaId(target!)}` : ""}`);
      });
    });
    lengkapPer.add(s.id);
  });

  // ── Penilaian Triwulan I ──
  type Evaluasi = Prisma.EvaluasiKinerjaCreateManyInput & { id: string };
  const evaluasi: Evaluasi[] = [];
  const umpan: Prisma.UmpanEvaluasiCreateManyInput[] = [];
  const keberatan: Prisma.KeberatanCreateManyInput[] = [];
  const rentangTw1 = { mulai: tw1.mulai, selesai: tw1.selesai };
  const urutPenilai = new Map<string, number>();
  const jumlahTim = new Map<string, number>();
  const rencanaList = Object.entries(RENCANA_PENILAIAN_DEMO).flatMap(([key, r]) => {
    const s = skpRows.find((x) => x.pegawaiId === k.pegawaiId.get(key));
    if (!s || !lengkapPer.has(s.id)) {
      catatan.push(`${key}: tidak ada SKP disetujui dengan pelaksanaan Triwulan I; tidak dinilai.`);
      return [];
    }
    const p = penilaiPeriode(idn.h, s.pegawaiId, rentangTw1, s);
    const penilaiId = pegawaiIdDari(p.penilai);
    const penilaiPengguna = penilaiId ? idn.pengguna(penilaiId) : null;
    if (!penilaiId || !penilaiPengguna) {
      catatan.push(`${key}: pejabat penilai Triwulan I bukan pegawai; tidak dinilai.`);
      return [];
    }
    if (r.status === "FINAL") jumlahTim.set(`${penilaiId}|${r.baru ? 1 : 0}`, (jumlahTim.get(`${penilaiId}|${r.baru ? 1 : 0}`) ?? 0) + 1);
    return [{ key, r, s, p, penilaiId, penilaiPengguna }];
  });

  rencanaList.forEach(({ r, s, p, penilaiId, penilaiPengguna }, n) => {
    const id = randomUUID();
    if (!urutPenilai.has(penilaiId)) urutPenilai.set(penilaiId, urutPenilai.size);
    const ke = urutPenilai.get(penilaiId)!;
    // Jadwal: final awal April (6–8 April, per penilai) atau beberapa hari lalu (baru); draf dan selesai sebelumnya.
    const hariFinal = r.baru ? mundurHariKerja(hariIni, 2) : tambahHariKerja(utc(tahun, 3, 6), ke % 3);
    const hariSelesai = r.status === "FINAL" ? mundurHariKerja(hariFinal, 1) : tambahHariKerja(utc(tahun, 3, 13), ke % 3);
    const tDraf1 = pukul(mundurHariKerja(hariSelesai, 2), 9, (n * 7) % 50);
    const tDraf2 = pukul(mundurHariKerja(hariSelesai, 1), 13, (n * 11) % 50);
    const tSelesai = pukul(hariSelesai, 15, (n * 13) % 50);
    const tFinal = pukul(hariFinal, 10, ke * 3);
    const lengkap = r.status !== "DRAF" || r.perilaku !== null;
    const predikat = predikatBila(r.hasil, r.perilaku);

    // Umpan balik per RHK dan per nilai BerAKHLAK.
    const pilihRhk = (j: number, jumlah: number): "SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN" =>
      r.hasil === "DI_ATAS" ? (j < Math.max(1, jumlah - 1) ? "SANGAT_BAIK" : "BAIK") : r.hasil === "DI_BAWAH" ? (j < jumlah - 1 ? "PERLU_PERBAIKAN" : "BAIK") : j === 0 && n % 3 === 0 ? "SANGAT_BAIK" : "BAIK";
    s.rhk.forEach((rhk, j) => {
      const pilihan = pilihRhk(j, s.rhk.length);
      const pola = UMPAN_RHK[pilihan];
      umpan.push({ evaluasiId: id, rhkId: rhk.id, nilai: null, pilihan: pilihan satisfies PilihanUmpan, teks: pola[(n + j) % pola.length]!(capaianRhk.get(rhk.id) ?? "rencana aksi terlaksana") });
    });
    if (r.perilaku) {
      NILAI_BERAKHLAK.forEach((v, j) => {
        const geser = (j + n) % 7;
        const pilihan: "SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN" =
          r.perilaku === "DI_ATAS" ? (geser < 5 ? "SANGAT_BAIK" : "BAIK") : r.perilaku === "DI_BAWAH" ? (geser < 3 ? "PERLU_PERBAIKAN" : "BAIK") : geser === 0 ? "SANGAT_BAIK" : "BAIK";
        umpan.push({ evaluasiId: id, rhkId: null, nilai: v.kode, pilihan, teks: UMPAN_PERILAKU[v.kode][pilihan] });
      });
    }
    const jumlahUmpan = s.rhk.length + (r.perilaku ? NILAI_BERAKHLAK.length : 0);

    const pegawaiSnapshot = idn.kartu({ pegawaiId: s.pegawaiId, jabatanId: s.jabatanId, jenis: "DEFINITIF" });
    const penilaiSnapshot = idn.tampil(p.penilai);
    const atasanPenilaiSnapshot = idn.tampil(p.atasanPenilai);
    const versiAkhir = r.status === "FINAL" ? 4 : r.status === "SELESAI_DINILAI" ? 3 : lengkap ? 2 : 1;
    const final = r.status === "FINAL";
    const tenggat = final ? hariTerakhirKeberatan(new Date(tFinal), ATURAN_TENGGAT_BAWAAN, "Asia/Jakarta") : null;
    const tAkhir = final ? tFinal : r.status === "SELESAI_DINILAI" ? tSelesai : lengkap ? tDraf2 : tDraf1;
    evaluasi.push({
      id,
      skpId: s.id,
      periodeEvaluasiId: tw1.id,
      kode: tw1.kode,
      status: r.status,
      versi: versiAkhir,
      ratingHasil: r.hasil,
      ratingPerilaku: r.perilaku,
      predikat,
      catatan: lengkap && r.hasil && r.perilaku && predikat ? catatanPenilai(r.hasil, r.perilaku, predikat) : null,
      penilaiPegawaiId: penilaiId,
      atasanPenilaiPegawaiId: pegawaiIdDari(p.atasanPenilai),
      pegawaiSnapshot,
      penilaiSnapshot: penilaiSnapshot ?? undefined,
      atasanPenilaiSnapshot: atasanPenilaiSnapshot ?? undefined,
      diubahOleh: penilaiPengguna,
      selesaiDinilaiAt: r.status === "DRAF" ? null : new Date(tSelesai),
      finalAt: final ? new Date(tFinal) : null,
      finalOleh: final ? penilaiPengguna : null,
      tenggatKeberatan: tenggat,
      createdAt: new Date(tDraf1),
      updatedAt: new Date(tAkhir),
    });
    hasil.evaluasi[r.status] += 1;

    const jejak = (t: number, aksi: string, data: Prisma.InputJsonValue, oleh: string | null = penilaiPengguna) => audit.push({ t, penggunaId: oleh, aksi, entitas: "EvaluasiKinerja", entitasId: id, data });
    jejak(tDraf1, "EVALUASI_DRAF_DISIMPAN", { kode: tw1.kode, versi: 1, ratingHasil: lengkap ? null : r.hasil, ratingPerilaku: null, predikat: null, umpan: s.rhk.length });
    if (lengkap) jejak(tDraf2, "EVALUASI_DRAF_DISIMPAN", { kode: tw1.kode, versi: 2, ratingHasil: r.hasil, ratingPerilaku: r.perilaku, predikat, umpan: jumlahUmpan });
    if (r.status !== "DRAF") jejak(tSelesai, "EVALUASI_SELESAI_DINILAI", { kode: tw1.kode, predikat, catatanKelengkapan: null });
    if (final) {
      jejak(tFinal, "EVALUASI_DIFINALKAN", { kode: tw1.kode, predikat, tenggatKeberatan: tenggat!.toISOString().slice(0, 10), jumlahTim: jumlahTim.get(`${penilaiId}|${r.baru ? 1 : 0}`) ?? 1 });
    }

    if (r.keberatan && final && r.hasil && r.perilaku && predikat) {
      const pemilik = idn.pengguna(s.pegawaiId);
      const tAju = Math.min(pukul(mundurHariKerja(hariIni, 1), 10, 15), sekarang - 60 * MENIT);
      const iki0 = s.rhk[0]?.iki[0];
      const cap = capaianRhk.get(s.rhk[0]?.id ?? "");
      const alasan = [
        `Pada triwulan I, ${cap ?? "seluruh rencana aksi terlaksana"}${iki0 ? ", melampaui rencana triwulan," : ""} dan seluruh bukti dukung telah diunggah tepat waktu.`,
        "Menurut saya capaian tersebut di atas ekspektasi, sedangkan umpan balik penilai hanya menyebutnya sesuai rencana.",
        "Mohon rating hasil kerja Triwulan I ditinjau kembali menjadi Di Atas Ekspektasi.",
      ].join(" ");
      const kid = randomUUID();
      keberatan.push({ id: kid, evaluasiId: id, status: "DIAJUKAN", alasan: kapital(alasan), diajukanAt: new Date(tAju), ratingHasilSebelum: r.hasil, ratingPerilakuSebelum: r.perilaku, predikatSebelum: predikat });
      jejak(tAju, "KEBERATAN_DIAJUKAN", { keberatanId: kid, kode: tw1.kode, berkas: null }, pemilik);
      hasil.keberatan += 1;
    }
  });

  // Tidak ada stempel waktu di masa depan (dijaga di sini, bukan digeser: rencana di atas selalu di masa lalu).
  const masaDepan = audit.filter((a) => a.t > sekarang);
  if (masaDepan.length > 0) throw new Error(`Data demo penilaian: ${masaDepan.length} stempel waktu melewati sekarang (${masaDepan[0]!.aksi}).`);

  await tx.rencanaAksi.createMany({ data: rencanaAksi });
  await tx.buktiDukung.createMany({ data: bukti });
  await tx.realisasi.createMany({ data: realisasi });
  await tx.evaluasiKinerja.createMany({ data: evaluasi });
  await tx.umpanEvaluasi.createMany({ data: umpan });
  await tx.keberatan.createMany({ data: keberatan });
  // Urutan id jejak audit = urutan waktu.
  const urut = audit.map((a, i) => ({ a, i })).sort((x, y) => x.a.t - y.a.t || x.i - y.i);
  await tx.jejakAudit.createMany({ data: urut.map(({ a }) => ({ penggunaId: a.penggunaId, aksi: a.aksi, entitas: a.entitas, entitasId: a.entitasId, data: a.data, createdAt: new Date(a.t) })) });

  hasil.rencanaAksi = rencanaAksi.length;
  hasil.bukti = bukti.length;
  hasil.realisasi = realisasi.length;
  return hasil;
}
