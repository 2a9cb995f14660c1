import { describe, expect, it } from "vitest";
import {
  bacaJam,
  bentrokDalam,
  bertumpang,
  bolehAjukanEntri,
  bolehKembalikanEntri,
  bolehSetujuiEntri,
  bolehUbahEntri,
  formatDurasi,
  formatJam,
  hariTerlambat,
  hitungUlangTerlambat,
  labelTerlambat,
  periksaEntri,
  teksSidik,
  tenggatEntri,
  usulanRealisasi,
  type KonteksEntri,
} from "@/lib/progres-harian/aturan";
import {
  awalMinggu,
  bacaIsoTanggal,
  daftarHariKerja,
  hariKerjaSesudah,
  hariSeminggu,
  isoTanggal,
  rentangBulan,
  tambahHariKerja,
  tanggalPendek,
} from "@/lib/progres-harian/kalender";

const t = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = isoTanggal;
const tanpaLibur = new Set<string>();

describe("jam", () => {
  it("membaca HH:MM dan H.MM, menolak yang tidak sah", () => {
    expect(bacaJam("08:30")).toBe(510);
    expect(bacaJam("8:30")).toBe(510);
    expect(bacaJam("08.30")).toBe(510);
    expect(bacaJam(" 00:00 ")).toBe(0);
    expect(bacaJam("23:59")).toBe(1439);
    expect(bacaJam("24:00")).toBeNull();
    expect(bacaJam("24:00", { selesai: true })).toBe(1440);
    expect(bacaJam("24:01", { selesai: true })).toBeNull();
    expect(bacaJam("12:60")).toBeNull();
    expect(bacaJam("25:00")).toBeNull();
    expect(bacaJam("0830")).toBeNull();
    expect(bacaJam("")).toBeNull();
    expect(bacaJam("8")).toBeNull();
  });
  it("memformat jam dan durasi", () => {
    expect(formatJam(510)).toBe("08:30");
    expect(formatJam(0)).toBe("00:00");
    expect(formatJam(1440)).toBe("24:00");
    expect(formatDurasi(90)).toBe("1 jam 30 menit");
    expect(formatDurasi(60)).toBe("1 jam");
    expect(formatDurasi(45)).toBe("45 menit");
  });
});

describe("tumpang tindih", () => {
  it("bersentuhan di ujung bukan tumpang tindih", () => {
    expect(bertumpang({ mulai: 480, selesai: 600 }, { mulai: 600, selesai: 660 })).toBe(false);
    expect(bertumpang({ mulai: 480, selesai: 600 }, { mulai: 599, selesai: 660 })).toBe(true);
    expect(bertumpang({ mulai: 480, selesai: 600 }, { mulai: 500, selesai: 550 })).toBe(true);
    expect(bertumpang({ mulai: 500, selesai: 550 }, { mulai: 480, selesai: 600 })).toBe(true);
    expect(bertumpang({ mulai: 480, selesai: 600 }, { mulai: 420, selesai: 480 })).toBe(false);
  });
  it("bentrok dalam satu berkas: hanya pada tanggal yang sama, menunjuk baris pertama", () => {
    const m = bentrokDalam([
      { tanggal: "2026-03-02", mulai: 480, selesai: 600 },
      { tanggal: "2026-03-03", mulai: 480, selesai: 600 },
      { tanggal: "2026-03-02", mulai: 540, selesai: 660 },
      { tanggal: "2026-03-02", mulai: 600, selesai: 700 },
    ]);
    expect([...m]).toEqual([
      [2, 0],
      [3, 2],
    ]);
  });
});

describe("periksaEntri", () => {
  const dasar: KonteksEntri = {
    tanggal: t("2026-03-03"),
    jamMulai: 480,
    jamSelesai: 600,
    hariIni: t("2026-03-05"),
    berlaku: { mulai: t("2026-01-01"), selesai: t("2026-03-31"), label: "Triwulan I" },
    lainHariItu: [],
    maksJam: 12,
  };
  it("entri sah tidak bergalat", () => expect(periksaEntri(dasar)).toEqual({}));
  it("tanggal masa depan ditolak; hari ini boleh", () => {
    expect(periksaEntri({ ...dasar, tanggal: t("2026-03-06") }).tanggal).toMatch(/masa depan/);
    expect(periksaEntri({ ...dasar, tanggal: t("2026-03-05") })).toEqual({});
  });
  it("tanggal di luar periode rencana aksi ditolak, batasnya inklusif", () => {
    const g = periksaEntri({ ...dasar, hariIni: t("2026-04-10"), tanggal: t("2026-04-01") });
    expect(g.tanggal).toBe("Tanggal di luar periode rencana aksi ini (Triwulan I: 1 Januari 2026 – 31 Maret 2026).");
    expect(periksaEntri({ ...dasar, hariIni: t("2026-04-10"), tanggal: t("2026-03-31") })).toEqual({});
    expect(periksaEntri({ ...dasar, tanggal: t("2026-01-01") })).toEqual({});
    expect(periksaEntri({ ...dasar, tanggal: t("2025-12-31") }).tanggal).toMatch(/di luar periode/);
  });
  it("jam selesai harus sesudah jam mulai", () => {
    expect(periksaEntri({ ...dasar, jamSelesai: 480 }).jamSelesai).toBe("Jam selesai harus sesudah jam mulai.");
    expect(periksaEntri({ ...dasar, jamSelesai: 470 }).jamSelesai).toBeDefined();
  });
  it("tumpang tindih dengan entri lain ditolak; dengan dirinya sendiri tidak", () => {
    const lain = [{ id: "a", mulai: 540, selesai: 660 }];
    expect(periksaEntri({ ...dasar, lainHariItu: lain }).jamMulai).toBe("Jam 08:00–10:00 bertumpang tindih dengan entri lain pada 3 Maret 2026 (09:00–11:00).");
    expect(periksaEntri({ ...dasar, id: "a", lainHariItu: lain })).toEqual({});
    expect(periksaEntri({ ...dasar, lainHariItu: [{ id: "b", mulai: 600, selesai: 660 }] })).toEqual({});
  });
  it("jumlah jam sehari dibatasi, tepat di batas boleh", () => {
    const lain = [{ id: "a", mulai: 0, selesai: 600 }]; // 10 jam
    expect(periksaEntri({ ...dasar, jamMulai: 600, jamSelesai: 720, lainHariItu: lain })).toEqual({}); // 12 jam
    expect(periksaEntri({ ...dasar, jamMulai: 600, jamSelesai: 721, lainHariItu: lain }).jamSelesai).toBe(
      "Jumlah jam kegiatan pada 3 Maret 2026 menjadi 12 jam 1 menit, melebihi batas 12 jam per hari.",
    );
    // Entri yang diubah tidak dihitung dua kali.
    expect(periksaEntri({ ...dasar, id: "a", jamMulai: 0, jamSelesai: 720, lainHariItu: lain })).toEqual({});
  });
});

describe("hari kerja dan libur", () => {
  // 2026-03-02 Senin; 2026-03-19 Kamis (Nyepi) dan 2026-03-20 Jumat (cuti bersama) dalam contoh ini.
  const libur = new Set(["2026-03-19", "2026-03-20"]);
  it("akhir pekan dan libur dilewati", () => {
    expect(iso(tambahHariKerja(t("2026-03-02"), 0, tanpaLibur))).toBe("2026-03-02");
    expect(iso(tambahHariKerja(t("2026-03-02"), 4, tanpaLibur))).toBe("2026-03-06");
    expect(iso(tambahHariKerja(t("2026-03-02"), 5, tanpaLibur))).toBe("2026-03-09");
    expect(iso(tambahHariKerja(t("2026-03-18"), 1, libur))).toBe("2026-03-23");
    expect(iso(tambahHariKerja(t("2026-03-06"), 1, tanpaLibur))).toBe("2026-03-09");
    // Dari hari Sabtu (entri lembur): hari kerja pertama sesudahnya Senin.
    expect(iso(tambahHariKerja(t("2026-03-07"), 1, tanpaLibur))).toBe("2026-03-09");
    expect(() => tambahHariKerja(t("2026-03-02"), -1, tanpaLibur)).toThrow(RangeError);
  });
  it("menghitung hari kerja dalam rentang", () => {
    expect(hariKerjaSesudah(t("2026-03-02"), t("2026-03-09"), tanpaLibur)).toBe(5);
    expect(hariKerjaSesudah(t("2026-03-09"), t("2026-03-02"), tanpaLibur)).toBe(0);
    expect(hariKerjaSesudah(t("2026-03-16"), t("2026-03-23"), libur)).toBe(3);
    expect(daftarHariKerja(t("2026-03-16"), t("2026-03-22"), libur).map(iso)).toEqual(["2026-03-16", "2026-03-17", "2026-03-18"]);
    const { mulai, selesai } = rentangBulan(2026, 2);
    expect([iso(mulai), iso(selesai)]).toEqual(["2026-02-01", "2026-02-28"]);
    expect(daftarHariKerja(mulai, selesai, tanpaLibur)).toHaveLength(20);
  });
  it("minggu Senin–Minggu", () => {
    expect(iso(awalMinggu(t("2026-03-04")))).toBe("2026-03-02");
    expect(iso(awalMinggu(t("2026-03-02")))).toBe("2026-03-02");
    expect(iso(awalMinggu(t("2026-03-08")))).toBe("2026-03-02"); // Minggu ikut minggu sebelumnya
    expect(hariSeminggu(t("2026-03-02")).map(iso)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
    expect(tanggalPendek(t("2026-03-03"))).toBe("Sel, 3 Mar");
  });
  it("membaca tanggal ISO secara ketat", () => {
    expect(iso(bacaIsoTanggal("2026-02-28")!)).toBe("2026-02-28");
    expect(bacaIsoTanggal("2026-02-30")).toBeNull();
    expect(bacaIsoTanggal("2026-2-3")).toBeNull();
    expect(bacaIsoTanggal("03/02/2026")).toBeNull();
  });
});

describe("aturan terlambat (D + N hari kerja)", () => {
  const libur = new Set(["2026-03-19", "2026-03-20"]);
  it("tepat di batas masih tepat waktu; sehari kerja sesudahnya terlambat 1", () => {
    // D = Senin 2 Maret, N = 5 → tenggat Senin 9 Maret.
    expect(iso(tenggatEntri(t("2026-03-02"), 5, tanpaLibur))).toBe("2026-03-09");
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-02"), 5, tanpaLibur)).toBe(0);
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-09"), 5, tanpaLibur)).toBe(0);
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-10"), 5, tanpaLibur)).toBe(1);
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-16"), 5, tanpaLibur)).toBe(5);
  });
  it("dibuat pada akhir pekan sesudah tenggat: terlambat paling sedikit 1 hari", () => {
    // D = Senin 2 Maret, N = 4 → tenggat Jumat 6 Maret; dibuat Sabtu 7 Maret.
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-07"), 4, tanpaLibur)).toBe(1);
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-09"), 4, tanpaLibur)).toBe(1);
  });
  it("libur memperpanjang tenggat", () => {
    // D = Senin 16 Maret, N = 5: 17, 18, 23, 24, 25 → tenggat Rabu 25 Maret.
    expect(iso(tenggatEntri(t("2026-03-16"), 5, libur))).toBe("2026-03-25");
    expect(hariTerlambat(t("2026-03-16"), t("2026-03-25"), 5, libur)).toBe(0);
    expect(hariTerlambat(t("2026-03-16"), t("2026-03-26"), 5, libur)).toBe(1);
    expect(hariTerlambat(t("2026-03-16"), t("2026-03-25"), 5, tanpaLibur)).toBe(2);
  });
  it("N = 0: hanya pada hari itu", () => {
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-02"), 0, tanpaLibur)).toBe(0);
    expect(hariTerlambat(t("2026-03-02"), t("2026-03-03"), 0, tanpaLibur)).toBe(1);
  });
  it("hitung ulang sesudah libur atau tenggat diubah: hanya entri yang nilainya berubah", () => {
    const entri = [
      // Senin 16 Maret dicatat Kamis 26 Maret: tanpa libur 3 hari terlambat (tenggat 23 Maret), dengan libur 19–20 Maret 1.
      { id: "a", tanggal: t("2026-03-16"), dicatat: t("2026-03-26"), terlambatHari: 3 },
      // Tepat waktu apa pun liburnya.
      { id: "b", tanggal: t("2026-03-16"), dicatat: t("2026-03-16"), terlambatHari: 0 },
      // Sudah benar dengan libur (0): tidak diubah.
      { id: "c", tanggal: t("2026-03-16"), dicatat: t("2026-03-25"), terlambatHari: 0 },
    ];
    expect(hitungUlangTerlambat(entri, 5, libur)).toEqual([{ id: "a", terlambatHari: 1 }]);
    // Libur dihapus lagi: kembali 3; c menjadi terlambat 2.
    expect(hitungUlangTerlambat([{ ...entri[0]!, terlambatHari: 1 }, entri[1]!, entri[2]!], 5, tanpaLibur)).toEqual([
      { id: "a", terlambatHari: 3 },
      { id: "c", terlambatHari: 2 },
    ]);
    // Tenggat dilonggarkan menjadi 10 hari kerja: tidak ada yang terlambat; yang 0 tetap tidak disentuh.
    expect(hitungUlangTerlambat(entri, 10, tanpaLibur)).toEqual([{ id: "a", terlambatHari: 0 }]);
    expect(hitungUlangTerlambat([], 5, libur)).toEqual([]);
  });
  it("label", () => {
    expect(labelTerlambat(0)).toBe("Tepat waktu");
    expect(labelTerlambat(3)).toBe("Terlambat 3 hari kerja");
  });
});

describe("status", () => {
  it("pemilik hanya mengubah draf dan yang dikembalikan", () => {
    expect(bolehUbahEntri("DRAF").ok).toBe(true);
    expect(bolehUbahEntri("DIKEMBALIKAN").ok).toBe(true);
    const a = bolehUbahEntri("DIAJUKAN");
    expect(a.ok === false && a.pesan).toMatch(/menunggu tinjauan/);
    const b = bolehUbahEntri("DISETUJUI");
    expect(b.ok === false && b.pesan).toMatch(/mengembalikannya/);
  });
  it("transisi", () => {
    expect(["DRAF", "DIAJUKAN", "DISETUJUI", "DIKEMBALIKAN"].filter((s) => bolehAjukanEntri(s as never))).toEqual(["DRAF", "DIKEMBALIKAN"]);
    expect(["DRAF", "DIAJUKAN", "DISETUJUI", "DIKEMBALIKAN"].filter((s) => bolehSetujuiEntri(s as never))).toEqual(["DIAJUKAN"]);
    expect(["DRAF", "DIAJUKAN", "DISETUJUI", "DIKEMBALIKAN"].filter((s) => bolehKembalikanEntri(s as never))).toEqual(["DIAJUKAN", "DISETUJUI"]);
  });
});

describe("sidik dan usulan", () => {
  it("sidik mengabaikan spasi dan huruf besar kegiatan", () => {
    const a = teksSidik({ rencanaAksiId: "r", tanggal: t("2026-03-02"), jamMulai: 480, jamSelesai: 600, kegiatan: "Menyusun  Laporan " });
    const b = teksSidik({ rencanaAksiId: "r", tanggal: t("2026-03-02"), jamMulai: 480, jamSelesai: 600, kegiatan: "menyusun laporan" });
    expect(a).toBe(b);
    expect(teksSidik({ rencanaAksiId: "r", tanggal: t("2026-03-02"), jamMulai: 481, jamSelesai: 600, kegiatan: "menyusun laporan" })).not.toBe(a);
  });
  it("usulan realisasi: jumlah per RHK dan satuan yang sama, tanpa tebakan", () => {
    const u = usulanRealisasi(
      [
        { id: "i1", rhkId: "r1", satuan: "Dokumen" },
        { id: "i2", rhkId: "r1", satuan: "persen" },
        { id: "i3", rhkId: "r2", satuan: null },
        { id: "i4", rhkId: "r2", satuan: "dokumen" },
      ],
      [
        { rhkId: "r1", satuan: "dokumen ", total: 3 },
        { rhkId: "r1", satuan: "DOKUMEN", total: 2.5 },
        { rhkId: "r1", satuan: "kegiatan", total: 9 },
        { rhkId: "r2", satuan: "dokumen", total: 0.1 },
        { rhkId: "r2", satuan: "dokumen", total: 0.2 },
      ],
    );
    expect(Object.fromEntries(u)).toEqual({ i1: 5.5, i4: 0.3 });
  });
});
