import { describe, expect, it } from "vitest";
import {
  potongHalaman,
  bacaMinggu,
  formatRealisasi,
  hariTujuanSalin,
  isianRealisasi,
  keadaanHari,
  kelompokPeriode,
  ringkasStatus,
  tanggalDalamMinggu,
  teksRingkasStatus,
} from "@/lib/progres-harian/tampil";
import { hariSeminggu, isoTanggal } from "@/lib/progres-harian/kalender";

const t = (s: string) => new Date(`${s}T00:00:00Z`);

describe("bacaMinggu", () => {
  it("tanggal sah mana pun → Senin minggu itu", () => {
    expect(isoTanggal(bacaMinggu("2026-12-03")!)).toBe("2026-11-30");
    expect(isoTanggal(bacaMinggu("2026-12-06")!)).toBe("2026-11-30"); // Minggu masih minggu yang sama
    expect(isoTanggal(bacaMinggu("2026-11-30")!)).toBe("2026-11-30");
  });
  it("kosong, ganda atau tidak sah → null", () => {
    expect(bacaMinggu(undefined)).toBeNull();
    expect(bacaMinggu(["2026-12-03"])).toBeNull();
    expect(bacaMinggu("2026-02-30")).toBeNull();
    expect(bacaMinggu("minggu lalu")).toBeNull();
  });
});

describe("tanggalDalamMinggu", () => {
  const senin = t("2026-11-30");
  it("hanya tanggal Senin–Minggu minggu itu", () => {
    expect(tanggalDalamMinggu("2026-11-30", senin)).toBe("2026-11-30");
    expect(tanggalDalamMinggu("2026-12-06", senin)).toBe("2026-12-06");
    expect(tanggalDalamMinggu("2026-12-07", senin)).toBeNull();
    expect(tanggalDalamMinggu("2026-11-29", senin)).toBeNull();
    expect(tanggalDalamMinggu("x", senin)).toBeNull();
    expect(tanggalDalamMinggu(undefined, senin)).toBeNull();
  });
});

describe("keadaanHari", () => {
  const hariIni = t("2026-12-03");
  it("hari kerja tanpa entri yang sudah lewat atau hari ini = celah", () => {
    expect(keadaanHari({ tanggal: t("2026-12-01"), kerja: true, libur: null, jumlahEntri: 0 }, hariIni)).toBe("kosong");
    expect(keadaanHari({ tanggal: hariIni, kerja: true, libur: null, jumlahEntri: 0 }, hariIni)).toBe("kosong");
  });
  it("hari kerja mendatang bukan celah", () => {
    expect(keadaanHari({ tanggal: t("2026-12-04"), kerja: true, libur: null, jumlahEntri: 0 }, hariIni)).toBe("mendatang");
  });
  it("libur instansi dan akhir pekan ditandai, kecuali ada entri", () => {
    expect(keadaanHari({ tanggal: t("2026-12-25"), kerja: false, libur: "Hari Raya Natal", jumlahEntri: 0 }, hariIni)).toBe("libur");
    expect(keadaanHari({ tanggal: t("2026-11-29"), kerja: false, libur: null, jumlahEntri: 0 }, hariIni)).toBe("akhir-pekan");
    expect(keadaanHari({ tanggal: t("2026-11-29"), kerja: false, libur: null, jumlahEntri: 1 }, hariIni)).toBe("terisi");
    expect(keadaanHari({ tanggal: t("2026-12-01"), kerja: true, libur: null, jumlahEntri: 2 }, hariIni)).toBe("terisi");
  });
});

describe("ringkasStatus", () => {
  it("menghitung per status dan yang dapat diajukan (draf + dikembalikan)", () => {
    const r = ringkasStatus([{ status: "DRAF" }, { status: "DRAF" }, { status: "DIKEMBALIKAN" }, { status: "DIAJUKAN" }, { status: "DISETUJUI" }]);
    expect(r.perStatus).toEqual({ DRAF: 2, DIAJUKAN: 1, DISETUJUI: 1, DIKEMBALIKAN: 1 });
    expect(r.dapatDiajukan).toBe(3);
    expect(r.jumlah).toBe(5);
    expect(teksRingkasStatus(r)).toBe("2 draf · 1 dikembalikan · 1 diajukan · 1 disetujui");
  });
  it("kosong", () => {
    const r = ringkasStatus([]);
    expect(r.dapatDiajukan).toBe(0);
    expect(teksRingkasStatus(r)).toBe("Belum ada entri");
    expect(teksRingkasStatus(ringkasStatus([{ status: "DISETUJUI" }]))).toBe("1 disetujui");
  });
});

describe("kelompokPeriode", () => {
  it("mengelompokkan per periode dengan rentang berlakunya, urutan dipertahankan", () => {
    const k = kelompokPeriode([
      { id: "a", periode: "Triwulan III", mulai: t("2026-07-01"), selesai: t("2026-09-30") },
      { id: "b", periode: "Triwulan IV", mulai: t("2026-10-01"), selesai: t("2026-12-31") },
      { id: "c", periode: "Triwulan III", mulai: t("2026-07-01"), selesai: t("2026-09-30") },
    ]);
    expect(k.map((g) => [g.label, g.item.map((i) => i.id)])).toEqual([
      ["Triwulan III (1 Jul 2026 – 30 Sep 2026)", ["a", "c"]],
      ["Triwulan IV (1 Okt 2026 – 31 Des 2026)", ["b"]],
    ]);
  });
  it("periode sama dengan rentang berbeda (dua SKP dalam setahun) tetap terpisah", () => {
    const k = kelompokPeriode([
      { periode: "Triwulan IV", mulai: t("2026-10-01"), selesai: t("2026-11-15") },
      { periode: "Triwulan IV", mulai: t("2026-11-16"), selesai: t("2026-12-31") },
    ]);
    expect(k).toHaveLength(2);
  });
  it("kosong", () => expect(kelompokPeriode([])).toEqual([]));
});

describe("hariTujuanSalin", () => {
  const libur = new Set(["2026-12-02"]);
  const hari = hariSeminggu(t("2026-11-30")).map((d) => ({ tanggal: d, iso: isoTanggal(d), kerja: d.getUTCDay() % 6 !== 0 && !libur.has(isoTanggal(d)) }));
  it("hari kerja lain minggu itu, tanpa masa depan, tanpa libur, tanpa asal", () => {
    expect(hariTujuanSalin(hari, "2026-11-30", t("2026-12-03")).map((h) => h.iso)).toEqual(["2026-12-01", "2026-12-03"]);
    expect(hariTujuanSalin(hari, "2026-11-30", t("2026-12-03"))[0]!.label).toBe("Sel, 1 Des");
  });
  it("minggu lampau: semua hari kerja selain asal", () => {
    expect(hariTujuanSalin(hari, "2026-12-04", t("2026-12-10"))).toHaveLength(3);
  });
});

describe("angka realisasi", () => {
  it("format Indonesia", () => {
    expect(formatRealisasi(2.5)).toBe("2,5");
    expect(formatRealisasi(1250)).toBe("1.250");
    expect(formatRealisasi(1 / 3)).toBe("0,33");
    expect(isianRealisasi(2.5)).toBe("2,5");
    expect(isianRealisasi(3)).toBe("3");
  });
});

describe("potongHalaman", () => {
  const daftar = Array.from({ length: 250 }, (_, i) => i + 1);
  it("halaman pertama bawaan, tengah, terakhir tidak penuh", () => {
    expect(potongHalaman(daftar, undefined, 100)).toMatchObject({ hal: 1, jumlahHal: 3, dari: 1, sampai: 100 });
    expect(potongHalaman(daftar, "2", 100).isi[0]).toBe(101);
    expect(potongHalaman(daftar, "3", 100)).toMatchObject({ hal: 3, dari: 201, sampai: 250 });
    expect(potongHalaman(daftar, "3", 100).isi).toHaveLength(50);
  });
  it("nomor di luar rentang atau bukan angka: dijepit ke 1 atau halaman terakhir", () => {
    expect(potongHalaman(daftar, "99", 100).hal).toBe(3);
    expect(potongHalaman(daftar, "0", 100).hal).toBe(1);
    for (const x of ["-1", "2.5", "abc", "", "1e3", "9999999"]) expect(potongHalaman(daftar, x, 100).hal, x).toBe(1);
  });
  it("daftar kosong: satu halaman kosong", () => {
    expect(potongHalaman([], "5", 100)).toEqual({ hal: 1, jumlahHal: 1, isi: [], dari: 0, sampai: 0 });
  });
});
