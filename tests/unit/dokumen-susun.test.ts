// Pemetaan data halaman → data dokumen (lib/dokumen/susun.ts), dengan masukan buatan tangan.
import { describe, expect, it } from "vitest";
import {
  blokTtd,
  judulDokumen,
  labelPeriodeCetak,
  polaDistribusi,
  susunDokumenEvaluasi,
  susunEvaluasi,
  susunSkp,
  susunUmpanBalik,
  teksKeputusanKeberatan,
  teksUmpan,
  type DasarSusun,
  type RincianSkp,
} from "@/lib/dokumen/susun";
import type { DetailSkp } from "@/lib/skp/baca";
import type { DataKeberatan, HalamanEvaluasi } from "@/lib/penilaian/baca";
import { LABEL_PERAN_TTD } from "@/lib/dokumen/jenis";
import { LABEL_PREDIKAT_ORGANISASI } from "@/lib/penilaian/distribusi";
import { LABEL_PREDIKAT, LABEL_PREDIKAT_CETAK, LABEL_RATING, LABEL_RATING_CETAK } from "@/lib/penilaian/kuadran";
import { LABEL_PILIHAN_UMPAN } from "@/lib/penilaian/umpan";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import { judulFormulir, LABEL_ASPEK, PERSPEKTIF } from "@/lib/skp/varian";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const PEGAWAI = { pegawaiId: "p1", nama: "Ni Luh Putu Ayu Sukmawati, S.Kom.", nip: "199203152015032004", labelNip: "NIP", pangkat: "Penata (III/c)", jabatan: "Pranata Komputer Ahli Muda", unitKerja: "Dinas Kominfo" };
const PENILAI = { pegawaiId: "p2", nama: "Dr. Ir. Wayan Gede Ārya, M.T.", nip: "197805212003121002", labelNip: "NIP", pangkat: "Pembina (IV/a)", jabatan: "Kepala Bidang", unitKerja: "Dinas Kominfo" };
const ATASAN = { pegawaiId: "p3", nama: "Raden Ayu Siti Nurhalizah, S.Ked.", nip: "197012101998032005", labelNip: "NIP", pangkat: "Pembina Utama Muda (IV/c)", jabatan: "Kepala Dinas", unitKerja: "Dinas Kominfo" };

const DASAR: DasarSusun = {
  namaInstansi: "PEMERINTAH KABUPATEN CONTOH",
  tempat: "Kabupaten Contoh",
  tanggal: d("2026-01-20"),
  zonaWaktu: "Asia/Jakarta",
  verifikasi: null,
  ttd: { PENILAI: { waktu: new Date("2026-01-20T07:05:00Z"), metode: "BSRE" } },
};

const perilakuSkp = NILAI_BERAKHLAK.map((n, i) => ({ kode: n.kode, nama: n.nama, panduan: n.panduan, ekspektasi: i === 0 ? "Tanggap 2 hari kerja" : null }));

type Iki = { aspek: "KUANTITAS" | "KUALITAS" | "WAKTU" | "BIAYA" | null; indikator: string; targetTeks: string };
function rhk(id: string, jenis: "UTAMA" | "TAMBAHAN", teks: string, iki: Iki[], lain: { perspektif?: string | null; rhkAtasan?: string | null; penugasanDari?: string | null } = {}) {
  return {
    id,
    jenis,
    urutan: 0,
    teks,
    perspektif: lain.perspektif ?? null,
    penugasanDari: lain.penugasanDari ?? null,
    dariMatriks: false,
    rhkAtasanId: lain.rhkAtasan ? `a-${id}` : null,
    rhkAtasan: lain.rhkAtasan ? { id: `a-${id}`, teks: lain.rhkAtasan } : null,
    iki: iki.map((x, i) => ({ id: `${id}-${i}`, urutan: i, aspek: x.aspek, indikator: x.indikator, targetMin: null, targetMaks: null, satuan: null, targetTeks: x.targetTeks })),
  };
}

function detailSkp(lain: Partial<Record<string, unknown>>): DetailSkp {
  return {
    mulai: d("2026-01-01"),
    selesai: d("2026-12-31"),
    varian: "JA_JF",
    pendekatan: "KUANTITATIF",
    jabatan: { jenis: "FUNGSIONAL" },
    pegawaiSnapshot: PEGAWAI,
    penilaiSnapshot: PENILAI,
    atasanPenilaiSnapshot: ATASAN,
    perilaku: perilakuSkp,
    lampiran: [
      { jenis: "KONSEKUENSI", urutan: 1, teks: "Pembinaan" },
      { jenis: "DUKUNGAN_SUMBER_DAYA", urutan: 2, teks: "Internet" },
      { jenis: "DUKUNGAN_SUMBER_DAYA", urutan: 1, teks: "Laptop" },
      { jenis: "SKEMA_PERTANGGUNGJAWABAN", urutan: 1, teks: "Laporan bulanan" },
    ],
    rhk: [],
    ...lain,
  } as unknown as DetailSkp;
}

const SKP_JF = detailSkp({
  rhk: [
    rhk("r1", "UTAMA", "Tersedianya modul aplikasi", [
      { aspek: "KUANTITAS", indikator: "Jumlah modul", targetTeks: "3 modul" },
      { aspek: "WAKTU", indikator: "Waktu", targetTeks: "3 bulan" },
    ], { rhkAtasan: "Meningkatnya layanan SPBE" }),
    rhk("r2", "UTAMA", "Terlaksananya uji aplikasi", [{ aspek: "KUALITAS", indikator: "Hasil uji", targetTeks: "90–100 %" }], { rhkAtasan: "Meningkatnya layanan SPBE" }),
    rhk("r3", "TAMBAHAN", "Pendampingan operator", [{ aspek: "KUANTITAS", indikator: "Kecamatan", targetTeks: "12 kecamatan" }], { penugasanDari: "Penugasan dari Sekda" }),
  ],
});

describe("susunSkp", () => {
  const data = susunSkp(SKP_JF, DASAR);

  it("kepala: judul dari judulFormulir, periode penilaian dari rentang SKP", () => {
    expect(data.kepala.judul).toEqual(judulFormulir("JA_JF", "KUANTITATIF", "FUNGSIONAL"));
    expect(data.kepala.namaInstansi).toBe("PEMERINTAH KABUPATEN CONTOH");
    expect(data.kepala.periodePenilaian).toBe("1 JANUARI SD 31 DESEMBER TAHUN 2026");
  });

  it("RHK JA/JF: nomor per kelompok, RHK atasan, label aspek, target tercetak; tanpa perspektif", () => {
    expect(data.utama.map((r) => r.nomor)).toEqual(["1", "2"]);
    expect(data.tambahan.map((r) => r.nomor)).toEqual(["1"]);
    expect(data.utama[0]!.rhkAtasan).toBe("Meningkatnya layanan SPBE");
    expect(data.utama[0]!.perspektif).toBeNull();
    expect(data.utama[0]!.iki.map((i) => i.aspek)).toEqual([LABEL_ASPEK.KUANTITAS, LABEL_ASPEK.WAKTU]);
    expect(data.utama[1]!.iki[0]!.target).toBe("90–100 %");
    expect(data.tambahan[0]!.penugasanDari).toBe("Penugasan dari Sekda");
  });

  it("perilaku: tujuh nilai BerAKHLAK dengan panduan dan ekspektasi; lampiran per jenis menurut urutan", () => {
    expect(data.perilaku.map((p) => p.nama)).toEqual(NILAI_BERAKHLAK.map((n) => n.nama));
    expect(data.perilaku[0]!.panduan).toHaveLength(3);
    expect(data.perilaku[0]!.ekspektasi).toBe("Tanggap 2 hari kerja");
    expect(data.perilaku[1]!).not.toHaveProperty("umpanBalik");
    expect(data.lampiran).toEqual({ dukungan: ["Laptop", "Internet"], skema: ["Laporan bulanan"], konsekuensi: ["Pembinaan"] });
  });

  it("tanda tangan: pegawai (belum) dan pejabat penilai (sudah), judul dari LABEL_PERAN_TTD", () => {
    expect(data.ttd.map((b) => [b.peran, b.judul, b.nama, b.ttd?.metode ?? null])).toEqual([
      ["PEGAWAI", LABEL_PERAN_TTD.PEGAWAI, PEGAWAI.nama, null],
      ["PENILAI", LABEL_PERAN_TTD.PENILAI, PENILAI.nama, "BSRE"],
    ]);
    expect(data.pegawai).toEqual({ nama: PEGAWAI.nama, nip: PEGAWAI.nip, labelNip: "NIP", pangkat: PEGAWAI.pangkat, jabatan: PEGAWAI.jabatan, unitKerja: PEGAWAI.unitKerja });
  });

  it("SKP kualitatif: aspek null walau tersimpan", () => {
    const k = susunSkp(detailSkp({ pendekatan: "KUALITATIF", rhk: SKP_JF.rhk }), DASAR);
    expect(k.utama[0]!.iki.every((i) => i.aspek === null)).toBe(true);
    expect(k.kepala.judul[2]).toBe("PENDEKATAN HASIL KERJA KUALITATIF");
  });

  it("JPT: perspektif berlabel, tanpa RHK atasan, judul varian JPT", () => {
    const jpt = susunSkp(
      detailSkp({
        varian: "JPT",
        pendekatan: "KUALITATIF",
        jabatan: { jenis: "JPT" },
        penilaiSnapshot: { pegawaiId: null, nama: "Bupati Contoh", nip: null, labelNip: "NIP", pangkat: null, jabatan: "Bupati", unitKerja: null },
        rhk: [rhk("j1", "UTAMA", "Meningkatnya SPBE", [{ aspek: null, indikator: "Indeks SPBE", targetTeks: "Baik" }], { perspektif: "PENERIMA_LAYANAN", rhkAtasan: "tidak dicetak" })],
      }),
      DASAR,
    );
    expect(jpt.utama[0]!.perspektif).toBe(PERSPEKTIF.find((p) => p.kode === "PENERIMA_LAYANAN")!.nama);
    expect(jpt.utama[0]!.rhkAtasan).toBeNull();
    expect(jpt.kepala.judul).toEqual(judulFormulir("JPT", "KUALITATIF", "JPT"));
    expect(jpt.penilai?.nip).toBeNull();
    expect(jpt.ttd[1]!.nip).toBeNull();
  });
});

function halaman(lain: Partial<HalamanEvaluasi> = {}): HalamanEvaluasi {
  return {
    skp: { id: "s1", status: "DISETUJUI", tahun: 2026, pendekatan: "KUANTITATIF", mulai: d("2026-01-01"), selesai: d("2026-12-31") },
    kode: "TW1",
    tahunan: false,
    label: "Triwulan I",
    rentang: { mulai: d("2026-01-01"), selesai: d("2026-03-31") },
    identitas: { pegawai: PEGAWAI, penilai: PENILAI, atasanPenilai: ATASAN },
    evaluasi: {
      id: "e1",
      versi: 1,
      ratingHasil: "SESUAI",
      ratingPerilaku: "DI_ATAS",
      predikat: "BAIK",
      catatan: "Pertahankan",
      umpanRhk: { r1: { pilihan: "PERLU_PERBAIKAN", teks: "Percepat uji" }, r2: { pilihan: "BAIK", teks: null } },
      umpanPerilaku: { BERORIENTASI_PELAYANAN: { pilihan: null, teks: "Tanggap" } },
    },
    keberatan: null,
    rhk: [
      {
        id: "r1",
        kode: "U1",
        jenis: "UTAMA",
        teks: "Tersedianya modul aplikasi",
        iki: [
          { id: "r1-0", aspek: "KUANTITAS", indikator: "Jumlah modul", targetTeks: "3 modul", targetAngka: 3, satuan: "modul", realisasi: [{ kode: "TW1", nilai: 2.5, teks: null, dasar: "BA uji" }] },
          { id: "r1-1", aspek: "WAKTU", indikator: "Waktu", targetTeks: "3 bulan", targetAngka: 3, satuan: "bulan", realisasi: [] },
        ],
        rencanaAksi: [],
      },
      { id: "r2", kode: "U2", jenis: "UTAMA", teks: "Terlaksananya uji", iki: [{ id: "r2-0", aspek: "KUALITAS", indikator: "Hasil uji", targetTeks: "90–100 %", targetAngka: 90, satuan: "%", realisasi: [{ kode: "TW1", nilai: null, teks: "95 %", dasar: null }] }], rencanaAksi: [] },
    ],
    perilaku: perilakuSkp,
    periodeMasukan: [],
    ...lain,
  } as unknown as HalamanEvaluasi;
}

const RINCIAN: RincianSkp = { varian: SKP_JF.varian, pendekatan: SKP_JF.pendekatan, jabatan: SKP_JF.jabatan, rhk: SKP_JF.rhk };
const JUMLAH = { SANGAT_BAIK: 2, BAIK: 9, BUTUH_PERBAIKAN: 2, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 };

describe("susunUmpanBalik", () => {
  const ub = susunUmpanBalik(halaman(), DASAR, RINCIAN);
  it("periode dan judul", () => {
    expect(ub.periode).toBe("TRIWULAN I");
    expect(ub.kepala.judul).toEqual(judulDokumen("UMPAN_BALIK", "JA_JF", "KUANTITATIF", "FUNGSIONAL"));
    expect(ub.kepala.judul[0]).toBe("UMPAN BALIK KINERJA PEGAWAI");
    expect(ub.kepala.periodePenilaian).toBe("1 JANUARI SD 31 MARET TAHUN 2026");
  });
  it("realisasi per IKI (angka Indonesia + satuan + dasar), umpan balik per RHK dan per perilaku dari label pilihan", () => {
    expect(ub.utama[0]!.iki.map((i) => i.realisasi)).toEqual(["2,5 modul (BA uji)", null]);
    expect(ub.utama[1]!.iki[0]!.realisasi).toBe("95 %");
    expect(ub.utama[0]!.umpanBalik).toBe(`${LABEL_PILIHAN_UMPAN.PERLU_PERBAIKAN}: Percepat uji`);
    expect(ub.utama[1]!.umpanBalik).toBe(LABEL_PILIHAN_UMPAN.BAIK);
    expect(ub.utama[0]!.rhkAtasan).toBe("Meningkatnya layanan SPBE");
    expect(ub.perilaku[0]!.umpanBalik).toBe("Tanggap");
    expect(ub.perilaku[1]!.umpanBalik).toBeNull();
  });
});

describe("susunEvaluasi", () => {
  it("rating, predikat, capaian organisasi dan pola distribusi berlabel; atasan penilai dicantumkan", () => {
    const ev = susunEvaluasi(halaman(), { capaianOrganisasi: "BAIK", unitCapaian: "Dinas Kominfo", jumlah: JUMLAH, skp: RINCIAN }, DASAR);
    expect(ev.ratingHasil).toBe(LABEL_RATING_CETAK.SESUAI);
    expect(ev.ratingPerilaku).toBe(LABEL_RATING_CETAK.DI_ATAS);
    expect(ev.predikat).toBe(LABEL_PREDIKAT_CETAK.BAIK);
    expect(ev.capaianOrganisasi).toBe(LABEL_PREDIKAT_ORGANISASI.BAIK);
    expect(ev.atasanPenilai?.nama).toBe(ATASAN.nama);
    expect(ev.kepala.judul[0]).toBe("EVALUASI KINERJA PEGAWAI");
    expect(ev.polaDistribusi.map((k) => [k.predikat, k.jumlah])).toEqual([
      [LABEL_PREDIKAT.SANGAT_BAIK, 2],
      [LABEL_PREDIKAT.BAIK, 9],
      [LABEL_PREDIKAT.BUTUH_PERBAIKAN, 2],
      [LABEL_PREDIKAT.KURANG_MISCONDUCT, 0],
      [LABEL_PREDIKAT.SANGAT_KURANG, 0],
    ]);
    expect(ev.polaDistribusi[1]!.batas).toBe("maks. 70 % = 9 orang");
    expect(ev.ttd.map((b) => b.peran)).toEqual(["PEGAWAI", "PENILAI"]);
  });
  it("belum dinilai dan capaian belum ditetapkan: null, batas tidak dihitung", () => {
    const ev = susunEvaluasi(halaman({ evaluasi: null }), { capaianOrganisasi: null, unitCapaian: null, jumlah: JUMLAH, skp: RINCIAN }, DASAR);
    expect([ev.ratingHasil, ev.ratingPerilaku, ev.predikat, ev.capaianOrganisasi, ev.catatan]).toEqual([null, null, null, null, null]);
    expect(ev.polaDistribusi.every((k) => k.batas === null)).toBe(true);
    expect(ev.utama[0]!.umpanBalik).toBeNull();
  });
  it("tahunan: periode AKHIR, realisasi setiap periode berlabel", () => {
    const h = halaman({
      kode: "AKHIR",
      tahunan: true,
      label: "Akhir (tahunan)",
      rentang: { mulai: d("2026-01-01"), selesai: d("2026-12-31") },
      periodeMasukan: [
        { kode: "TW1", label: "Triwulan I" },
        { kode: "TW2", label: "Triwulan II" },
      ] as HalamanEvaluasi["periodeMasukan"],
    });
    h.rhk[0]!.iki[0]!.realisasi = [
      { kode: "TW1", nilai: 1, teks: null, dasar: null },
      { kode: "TW2", nilai: 2, teks: null, dasar: null },
    ];
    const ev = susunEvaluasi(h, { capaianOrganisasi: "ISTIMEWA", unitCapaian: null, jumlah: JUMLAH, skp: RINCIAN }, DASAR);
    expect(ev.periode).toBe("AKHIR");
    expect(ev.utama[0]!.iki[0]!.realisasi).toBe("Triwulan I: 1 modul; Triwulan II: 2 modul");
    expect(ev.kepala.periodePenilaian).toBe("1 JANUARI SD 31 DESEMBER TAHUN 2026");
  });
  it("batas dari pemanggil menang atas hitungan tabel", () => {
    expect(polaDistribusi({ capaianOrganisasi: "BAIK", jumlah: JUMLAH, batas: { BAIK: "maks. 6 orang" } })[1]!.batas).toBe("maks. 6 orang");
  });
});

const KEBERATAN: DataKeberatan = {
  status: "DIPUTUSKAN",
  alasan: "Server dipindahkan",
  berkasNama: null,
  diajukanAt: d("2026-04-12"),
  penjelasan: "Benar",
  dijelaskanAt: d("2026-04-14"),
  keputusan: "DIUBAH",
  catatanKeputusan: "Penundaan bukan kelalaian",
  predikatSebelum: "BUTUH_PERBAIKAN",
  ratingHasilSebelum: "DI_BAWAH",
  ratingPerilakuSebelum: "DI_ATAS",
  predikatBaru: "BAIK",
  diputuskanAt: d("2026-04-20"),
  pemutus: { nama: ATASAN.nama, sebagai: "Atasan Pejabat Penilai Kinerja" },
};

describe("susunDokumenEvaluasi dan keberatan", () => {
  it("teks keputusan: diubah (dengan rating baru), tetap, belum diputuskan", () => {
    expect(teksKeputusanKeberatan(KEBERATAN, { ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS" })).toBe(
      `Rating diubah menjadi hasil kerja ${LABEL_RATING.SESUAI} dan perilaku kerja ${LABEL_RATING.DI_ATAS}: predikat ${LABEL_PREDIKAT.BUTUH_PERBAIKAN} menjadi ${LABEL_PREDIKAT.BAIK}.`,
    );
    expect(teksKeputusanKeberatan({ ...KEBERATAN, keputusan: "TETAP", predikatBaru: null })).toBe(`Penilaian tetap: predikat ${LABEL_PREDIKAT.BUTUH_PERBAIKAN}.`);
    expect(teksKeputusanKeberatan({ ...KEBERATAN, keputusan: null })).toBeNull();
  });

  it("dokumen: identitas tiga pihak, capaian dan predikat berlabel, keberatan tercatat, tanda tangan hanya pegawai dan penilai", () => {
    const de = susunDokumenEvaluasi(halaman({ keberatan: KEBERATAN }), { capaianOrganisasi: "BAIK" }, { ...DASAR, ttd: { PEGAWAI: { waktu: new Date(), metode: "SEGEL" }, PENETAP: { waktu: new Date(), metode: "SEGEL" } } });
    expect(de.kepala.judul).toEqual(["DOKUMEN EVALUASI KINERJA PEGAWAI"]);
    expect(de.periode).toBe("TRIWULAN I");
    expect(de.atasanPenilai?.nama).toBe(ATASAN.nama);
    expect(de.capaianOrganisasi).toBe(LABEL_PREDIKAT_ORGANISASI.BAIK);
    expect(de.predikat).toBe(LABEL_PREDIKAT_CETAK.BAIK);
    expect(de.ttd.map((b) => b.peran)).toEqual(["PEGAWAI", "PENILAI"]);
    expect(de.ttd.map((b) => b.nama)).not.toContain(ATASAN.nama);
    expect(de.keberatan).toEqual({
      alasan: "Server dipindahkan",
      diajukanAt: d("2026-04-12"),
      keputusan: `Rating diubah menjadi hasil kerja ${LABEL_RATING.SESUAI} dan perilaku kerja ${LABEL_RATING.DI_ATAS}: predikat ${LABEL_PREDIKAT.BUTUH_PERBAIKAN} menjadi ${LABEL_PREDIKAT.BAIK}.`,
      pertimbangan: "Penundaan bukan kelalaian",
      diputuskanAt: d("2026-04-20"),
      pemutus: `${ATASAN.nama} (Atasan Pejabat Penilai Kinerja)`,
    });
  });
});

describe("bantuan", () => {
  it("teksUmpan: pilihan, teks, keduanya, kosong", () => {
    expect(teksUmpan({ pilihan: "KURANG", teks: null })).toBe(LABEL_PILIHAN_UMPAN.KURANG);
    expect(teksUmpan({ pilihan: null, teks: "  Bagus " })).toBe("Bagus");
    expect(teksUmpan({ pilihan: null, teks: "  " })).toBeNull();
    expect(teksUmpan(undefined)).toBeNull();
  });
  it("labelPeriodeCetak", () => {
    expect(labelPeriodeCetak({ kode: "B03", tahunan: false, label: "Maret" })).toBe("MARET");
    expect(labelPeriodeCetak({ kode: "AKHIR", tahunan: true, label: "Akhir (tahunan)" })).toBe("AKHIR");
  });
  it("blokTtd tanpa identitas: nama '-' dan NIP null", () => {
    expect(blokTtd("PENILAI", null, null)).toEqual({ peran: "PENILAI", judul: LABEL_PERAN_TTD.PENILAI, nama: "-", nip: null, labelNip: "NIP", ttd: null });
  });
});
