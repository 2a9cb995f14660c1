import { describe, expect, it } from "vitest";
import { formatHalaman, formatWaktuZona, namaPanggilan, singkatanZona } from "@/lib/organisasi/format";

describe("namaPanggilan", () => {
  it.each([
    ["Bambang Sutrisno, S.E., M.Si.", "Bambang"],
    ["Drs. Agus Setiawan", "Agus"],
    ["Dr. Ir. Hendra Wijaya, M.T.", "Hendra"],
    ["Hj. Nurlaela, S.K.M.", "Nurlaela"],
    ["Hendri Gunawan, S.Kom.", "Hendri"],
    ["Sutrisno", "Sutrisno"],
  ])("%s → %s", (nama, diharapkan) => expect(namaPanggilan(nama)).toBe(diharapkan));
});

describe("formatWaktuZona", () => {
  const t = new Date("2026-03-28T07:05:00Z");
  it.each([
    ["Asia/Jakarta", "28 Maret 2026 pukul 14.05 WIB"],
    ["Asia/Pontianak", "28 Maret 2026 pukul 14.05 WIB"],
    ["Asia/Makassar", "28 Maret 2026 pukul 15.05 WITA"],
    ["Asia/Jayapura", "28 Maret 2026 pukul 16.05 WIT"],
  ])("%s → %s", (zona, diharapkan) => expect(formatWaktuZona(t, zona)).toBe(diharapkan));
  it("tanggal mengikuti zona (lewat tengah malam di WIT)", () => {
    expect(formatWaktuZona(new Date("2026-12-31T16:30:00Z"), "Asia/Jayapura")).toBe("1 Januari 2027 pukul 01.30 WIT");
    expect(formatWaktuZona(new Date("2026-12-31T16:30:00Z"), "Asia/Jakarta")).toBe("31 Desember 2026 pukul 23.30 WIB");
  });
  it("jam 0 ditulis 00", () => expect(formatWaktuZona(new Date("2026-01-01T17:00:00Z"), "Asia/Jakarta")).toBe("2 Januari 2026 pukul 00.00 WIB"));
  it("singkatanZona: zona lain ditulis apa adanya", () => {
    expect(singkatanZona("Asia/Makassar")).toBe("WITA");
    expect(singkatanZona("UTC")).toBe("UTC");
  });
});

describe("formatHalaman", () => {
  it("Halaman 2 dari 5", () => expect(formatHalaman(2, 5)).toBe("Halaman 2 dari 5"));
});
