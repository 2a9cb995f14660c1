import { describe, expect, it } from "vitest";
import { bacaAngka, jumlahDesimal } from "@/lib/angka";

describe("bacaAngka: diterima", () => {
  it.each([
    ["0", 0],
    ["5", 5],
    ["007", 7],
    ["92,5", 92.5],
    ["92.5", 92.5],
    ["0,25", 0.25],
    ["0.25", 0.25],
    ["1.250", 1250],
    ["1,250", 1.25],
    ["1.250,5", 1250.5],
    ["1.250.000", 1250000],
    ["1.250.000,75", 1250000.75],
    ["12.345.678,9012", 12345678.9012],
    ["1250", 1250],
    ["1250,5", 1250.5],
    ["1.2345", 1.2345],
    ["3.14159", 3.14159],
    ["100.5", 100.5],
    ["  92,5  ", 92.5],
    ["\u00a01.000\u00a0", 1000],
    ["-5", -5],
    ["\u22125", -5],
    ["-1.250,5", -1250.5],
    ["100000000000000", 100000000000000],
  ])("%j → %s", (s, n) => expect(bacaAngka(s)).toEqual({ ok: true, nilai: n }));
});

describe("bacaAngka: ditolak dengan alasan", () => {
  it.each([
    "",
    "   ",
    "abc",
    "5%",
    "0x10",
    "1e3",
    "Infinity",
    "NaN",
    "+5",
    ",5",
    ".5",
    "5,",
    "5.",
    "1,250.5",
    "1.2,5",
    "1,2.5",
    "1.25.0",
    "1.250.5",
    "1250.500",
    "0.500",
    "1 250",
    "1,2,3",
    "٣",
    "--5",
    "5-",
    "１２",
  ])("%j", (s) => {
    const r = bacaAngka(s);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.alasan.length).toBeGreaterThan(3);
  });

  it("pesan yang menjelaskan", () => {
    expect(bacaAngka("1,250.5")).toEqual({ ok: false, alasan: expect.stringContaining("koma untuk desimal") });
    expect(bacaAngka("0.500")).toEqual({ ok: false, alasan: expect.stringContaining("ribuan") });
    expect(bacaAngka("1 250")).toEqual({ ok: false, alasan: expect.stringContaining("spasi") });
  });
});

describe("jumlahDesimal", () => {
  it.each([
    [5, 0],
    [92.5, 1],
    [1.2345, 4],
    [0.00001, 5],
    [1e-7, 7],
    [-3.25, 2],
  ])("%s → %s", (n, d) => expect(jumlahDesimal(n)).toBe(d));
});
