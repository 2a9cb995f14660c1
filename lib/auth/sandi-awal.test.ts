import { describe, expect, it } from "vitest";
import { buatSandiAwal, HURUF_SANDI, POLA_SANDI_AWAL } from "./sandi-awal";

describe("buatSandiAwal", () => {
  it("tiga kelompok empat karakter, tanpa huruf/angka yang mirip", () => {
    for (let i = 0; i < 500; i++) {
      const s = buatSandiAwal();
      expect(s).toMatch(POLA_SANDI_AWAL);
      expect(s).not.toMatch(/[0O1lIo]/);
    }
  });

  it("memakai sumber acak yang diberikan (seragam atas seluruh abjad)", () => {
    let i = 0;
    const s = buatSandiAwal(() => i++ % HURUF_SANDI.length);
    expect(s).toBe("ABCD-EFGH-JKLM");
    expect(buatSandiAwal((n) => n - 1)).toBe("9999-9999-9999");
  });

  it("tidak berulang dan memakai seluruh abjad", () => {
    const banyak = new Set(Array.from({ length: 2000 }, () => buatSandiAwal()));
    expect(banyak.size).toBe(2000);
    const huruf = new Set([...banyak].join("").replace(/-/g, ""));
    expect(huruf.size).toBe(HURUF_SANDI.length);
  });

  it("abjad 56 karakter unik (entropi ≥ 69 bit)", () => {
    expect(new Set(HURUF_SANDI).size).toBe(HURUF_SANDI.length);
    expect(12 * Math.log2(HURUF_SANDI.length)).toBeGreaterThan(69);
  });
});
