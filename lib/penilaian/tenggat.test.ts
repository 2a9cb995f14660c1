import { describe, expect, it } from "vitest";
import { hariTerakhirKeberatan, keberatanTerbuka, tanggalLokal } from "@/lib/penilaian/tenggat";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("tenggat keberatan", () => {
  it("14 hari kalender sejak tanggal final (WIB)", () => {
    // 2 April 2026 10:00 WIB = 03:00 UTC.
    expect(iso(hariTerakhirKeberatan(new Date("2026-04-02T03:00:00Z"), { hari: 14, jenis: "KALENDER" }))).toBe("2026-04-16");
  });
  it("tanggal final mengikuti WIB, bukan UTC (23:30 WIB = 16:30 UTC hari yang sama; 00:30 WIB = hari berikutnya)", () => {
    expect(iso(tanggalLokal(new Date("2026-04-02T16:30:00Z"), "Asia/Jakarta"))).toBe("2026-04-02");
    expect(iso(tanggalLokal(new Date("2026-04-02T17:30:00Z"), "Asia/Jakarta"))).toBe("2026-04-03");
    expect(iso(hariTerakhirKeberatan(new Date("2026-04-02T17:30:00Z"), { hari: 14, jenis: "KALENDER" }))).toBe("2026-04-17");
  });
  it("batas: terbuka sampai 23:59 WIB hari terakhir, tertutup 00:00 WIB hari berikutnya", () => {
    const akhir = hariTerakhirKeberatan(new Date("2026-04-02T03:00:00Z"), { hari: 14, jenis: "KALENDER" });
    expect(keberatanTerbuka(new Date("2026-04-16T16:59:59Z"), akhir)).toBe(true); // 23:59:59 WIB 16 April
    expect(keberatanTerbuka(new Date("2026-04-16T17:00:00Z"), akhir)).toBe(false); // 00:00 WIB 17 April
    expect(keberatanTerbuka(new Date("2026-04-02T03:00:01Z"), akhir)).toBe(true);
  });
  it("hari kerja: melewati Sabtu, Minggu dan libur", () => {
    // Kamis 2 April 2026; 5 hari kerja: Jum 3, Sen 6, Sel 7, Rab 8, Kam 9.
    expect(iso(hariTerakhirKeberatan(new Date("2026-04-02T03:00:00Z"), { hari: 5, jenis: "KERJA" }))).toBe("2026-04-09");
    // Jumat 3 April libur (Wafat Yesus Kristus 2026): bergeser ke Jumat 10.
    expect(iso(hariTerakhirKeberatan(new Date("2026-04-02T03:00:00Z"), { hari: 5, jenis: "KERJA" }, "Asia/Jakarta", ["2026-04-03"]))).toBe("2026-04-10");
    // 14 hari kerja dari Jumat 27 Maret 2026: tanpa libur → Kamis 16 April.
    expect(iso(hariTerakhirKeberatan(new Date("2026-03-27T03:00:00Z"), { hari: 14, jenis: "KERJA" }))).toBe("2026-04-16");
  });
  it("final pada hari Sabtu, hari kerja: hitungan mulai Senin", () => {
    expect(iso(hariTerakhirKeberatan(new Date("2026-04-04T03:00:00Z"), { hari: 1, jenis: "KERJA" }))).toBe("2026-04-06");
  });
  it("menolak tenggat 0 atau pecahan", () => {
    expect(() => hariTerakhirKeberatan(new Date(), { hari: 0, jenis: "KALENDER" })).toThrow();
    expect(() => hariTerakhirKeberatan(new Date(), { hari: 1.5, jenis: "KALENDER" })).toThrow();
  });
});
