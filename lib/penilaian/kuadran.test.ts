import { describe, expect, it } from "vitest";
import {
  bacaPredikat,
  bacaRating,
  DAFTAR_PREDIKAT,
  DAFTAR_RATING,
  LABEL_PREDIKAT,
  LABEL_RATING,
  LABEL_RATING_CETAK,
  predikatBila,
  predikatKinerja,
  type Predikat,
  type Rating,
} from "@/lib/penilaian/kuadran";

describe("predikatKinerja: 9 sel kuadran (skp-domain §4)", () => {
  const tabel: [Rating, Rating, Predikat][] = [
    ["DI_ATAS", "DI_BAWAH", "KURANG_MISCONDUCT"],
    ["DI_ATAS", "SESUAI", "BAIK"],
    ["DI_ATAS", "DI_ATAS", "SANGAT_BAIK"],
    ["SESUAI", "DI_BAWAH", "KURANG_MISCONDUCT"],
    ["SESUAI", "SESUAI", "BAIK"],
    ["SESUAI", "DI_ATAS", "BAIK"],
    ["DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG"],
    ["DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN"],
    ["DI_BAWAH", "DI_ATAS", "BUTUH_PERBAIKAN"],
  ];
  it.each(tabel)("hasil %s × perilaku %s → %s", (h, p, hasil) => {
    expect(predikatKinerja(h, p)).toBe(hasil);
  });
  it("tabel mencakup setiap pasangan tepat sekali", () => {
    const pasangan = new Set(tabel.map(([h, p]) => `${h}|${p}`));
    expect(pasangan.size).toBe(DAFTAR_RATING.length ** 2);
  });
  it("Sangat Baik hanya bila keduanya Di Atas", () => {
    for (const h of DAFTAR_RATING) for (const p of DAFTAR_RATING) expect(predikatKinerja(h, p) === "SANGAT_BAIK").toBe(h === "DI_ATAS" && p === "DI_ATAS");
  });
  it("predikatBila: null bila salah satu rating kosong", () => {
    expect(predikatBila(null, "SESUAI")).toBeNull();
    expect(predikatBila("SESUAI", undefined)).toBeNull();
    expect(predikatBila("SESUAI", "SESUAI")).toBe("BAIK");
  });
});

describe("label dan alias", () => {
  it("label seperti formulir", () => {
    expect(LABEL_RATING.DI_ATAS).toBe("Di Atas Ekspektasi");
    expect(LABEL_RATING_CETAK.DI_BAWAH).toBe("DIBAWAH EKSPEKTASI");
    expect(LABEL_PREDIKAT.KURANG_MISCONDUCT).toBe("Kurang/Misconduct");
    expect(DAFTAR_PREDIKAT.map((p) => LABEL_PREDIKAT[p])).toEqual(["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]);
  });
  it.each([
    ["Cukup", "BUTUH_PERBAIKAN"],
    ["cukup / butuh perbaikan", "BUTUH_PERBAIKAN"],
    ["Butuh Perbaikan", "BUTUH_PERBAIKAN"],
    ["SANGAT_BAIK", "SANGAT_BAIK"],
    ["  sangat   baik ", "SANGAT_BAIK"],
    ["Kurang/Misconduct", "KURANG_MISCONDUCT"],
    ["Sangat Kurang", "SANGAT_KURANG"],
    ["Baik", "BAIK"],
  ])("bacaPredikat(%j) → %s", (teks, hasil) => {
    expect(bacaPredikat(teks)).toBe(hasil);
  });
  it("label sendiri terbaca kembali", () => {
    for (const p of DAFTAR_PREDIKAT) expect(bacaPredikat(LABEL_PREDIKAT[p])).toBe(p);
    for (const r of DAFTAR_RATING) {
      expect(bacaRating(LABEL_RATING[r])).toBe(r);
      expect(bacaRating(LABEL_RATING_CETAK[r])).toBe(r);
    }
  });
  it("teks lain ditolak", () => {
    for (const t of ["", "Amat baik", "A", "Baik sekali", "Cukup baik"]) expect(bacaPredikat(t)).toBeNull();
    expect(bacaRating("lumayan")).toBeNull();
  });
});

describe("pasanganUntuk (papan kalibrasi)", () => {
  it("setiap pasangan kembali ke predikatnya; jumlah per predikat sesuai tabel", async () => {
    const { pasanganUntuk } = await import("@/lib/penilaian/kuadran");
    const n = Object.fromEntries(DAFTAR_PREDIKAT.map((p) => [p, pasanganUntuk(p).length]));
    expect(n).toEqual({ SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 2, KURANG_MISCONDUCT: 2, SANGAT_KURANG: 1 });
    for (const p of DAFTAR_PREDIKAT) for (const x of pasanganUntuk(p)) expect(predikatKinerja(x.hasil, x.perilaku)).toBe(p);
  });
  it("rating hasil tetap (pimpinan): hanya pasangan dengan hasil itu", async () => {
    const { pasanganUntuk } = await import("@/lib/penilaian/kuadran");
    expect(pasanganUntuk("BAIK", "SESUAI")).toEqual([{ hasil: "SESUAI", perilaku: "DI_ATAS" }, { hasil: "SESUAI", perilaku: "SESUAI" }]);
    expect(pasanganUntuk("SANGAT_BAIK", "SESUAI")).toEqual([]);
  });
});

describe("kodePenilaianBawaan", () => {
  it("yang diminta bila ada; selain itu periode terakhir yang sudah berakhir; lalu yang pertama; tanpa periode AKHIR", async () => {
    const { kodePenilaianBawaan } = await import("@/lib/penilaian/umpan");
    const t = (s: string) => new Date(`${s}T00:00:00Z`);
    const p = [{ kode: "TW1", selesai: t("2026-03-31") }, { kode: "TW2", selesai: t("2026-06-30") }];
    expect(kodePenilaianBawaan(p, t("2026-07-05"), "TW1")).toBe("TW1");
    expect(kodePenilaianBawaan(p, t("2026-07-05"), "AKHIR")).toBe("AKHIR");
    expect(kodePenilaianBawaan(p, t("2026-07-05"), "TW9")).toBe("TW2");
    expect(kodePenilaianBawaan(p, t("2026-02-01"), undefined)).toBe("TW1");
    expect(kodePenilaianBawaan([], t("2026-02-01"), undefined)).toBe("AKHIR");
  });
});
