import { describe, expect, it } from "vitest";
import { formatPangkatGolongan, GOLONGAN_PPPK, golonganSah, PANGKAT_PNS } from "./pangkat";
import { formatNamaGelar, formatTanggal, namaJabatanDenganPenugasan } from "./format";

describe("pangkat dan golongan", () => {
  it("menulis pangkat/golongan PNS seperti di formulir", () => {
    expect(formatPangkatGolongan("PNS", "III/a")).toBe("Penata Muda / III/a");
    expect(formatPangkatGolongan("PNS", "IV/b")).toBe("Pembina Tingkat I / IV/b");
  });
  it("PPPK tidak berpangkat", () => {
    expect(formatPangkatGolongan("PPPK", "IX")).toBe("Golongan IX (PPPK)");
  });
  it("17 golongan ruang PNS dan 17 golongan PPPK", () => {
    expect(Object.keys(PANGKAT_PNS)).toHaveLength(17);
    expect(GOLONGAN_PPPK).toHaveLength(17);
  });
  it("memeriksa golongan menurut status", () => {
    expect(golonganSah("PNS", "II/c")).toBe(true);
    expect(golonganSah("PNS", "IX")).toBe(false);
    expect(golonganSah("PPPK", "IX")).toBe(true);
    expect(golonganSah("PPPK", "III/a")).toBe(false);
    expect(golonganSah("PNS", "toString")).toBe(false);
  });
});

describe("format", () => {
  it("nama dengan gelar depan dan belakang", () => {
    expect(formatNamaGelar({ gelarDepan: "Dr.", nama: "Hendra Wijaya", gelarBelakang: "M.Si." })).toBe(
      "Dr. Hendra Wijaya, M.Si.",
    );
    expect(formatNamaGelar({ nama: "Siti Aminah", gelarBelakang: "S.E." })).toBe("Siti Aminah, S.E.");
    expect(formatNamaGelar({ gelarDepan: null, nama: "Budi", gelarBelakang: " " })).toBe("Budi");
  });
  it("tanggal dalam bahasa Indonesia", () => {
    expect(formatTanggal(new Date("2026-01-01T00:00:00Z"))).toBe("1 Januari 2026");
    expect(formatTanggal(new Date("2026-08-17T00:00:00Z"))).toBe("17 Agustus 2026");
  });
  it("awalan Plt./Plh.", () => {
    expect(namaJabatanDenganPenugasan("Kepala Bidang", "PLT")).toBe("Plt. Kepala Bidang");
    expect(namaJabatanDenganPenugasan("Kepala Bidang", "PLH")).toBe("Plh. Kepala Bidang");
    expect(namaJabatanDenganPenugasan("Kepala Bidang", "DEFINITIF")).toBe("Kepala Bidang");
  });
});

import { formatRentang, tanggalDiZona } from "./format";

describe("tanggal", () => {
  it("hari ini menurut WIB, bukan UTC", () => {
    // 17.30 UTC = 00.30 WIB keesokan harinya.
    expect(tanggalDiZona(new Date("2026-12-31T17:30:00Z"), "Asia/Jakarta").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(tanggalDiZona(new Date("2026-12-31T16:30:00Z"), "Asia/Jakarta").toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(tanggalDiZona(new Date("2026-12-31T15:30:00Z"), "Asia/Jayapura").toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
  it("rentang tanggal", () => {
    const t = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(formatRentang(t("2026-01-01"), t("2026-06-30"))).toBe("1 Januari – 30 Juni 2026");
    expect(formatRentang(t("2025-07-01"), t("2026-06-30"))).toBe("1 Juli 2025 – 30 Juni 2026");
  });
});

describe("tanggalAcuan dan tahunKinerjaSekarang", () => {
  it("hari ini dijepit ke dalam rentang", async () => {
    const { tanggalAcuan, tahunKinerjaSekarang } = await import("@/lib/organisasi/format");
    const t = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(tanggalAcuan(t("2026-05-01"), t("2026-01-01"), t("2026-06-30"))).toEqual(t("2026-05-01"));
    expect(tanggalAcuan(t("2026-11-23"), t("2026-01-01"), t("2026-06-30"))).toEqual(t("2026-06-30"));
    expect(tanggalAcuan(t("2026-03-01"), t("2026-07-01"), t("2026-12-31"))).toEqual(t("2026-07-01"));
    // 31 Desember 20.00 UTC sudah 1 Januari di WIB.
    expect(tahunKinerjaSekarang("Asia/Jakarta", new Date("2026-12-31T20:00:00Z"))).toBe(2027);
  });
});
