import { describe, expect, it } from "vitest";
import {
  adalahJenjang,
  angkaAk,
  angkaKredit,
  bulanIrisan,
  bulanPenuh,
  bulatkanAk,
  DAFTAR_JENJANG,
  formatAk,
  formatKoefisien,
  hitungAk,
  jenjangDariNama,
  KATEGORI_JENJANG,
  keMili,
  KOEFISIEN_ACUAN,
  koefisienBerlaku,
  LABEL_JENJANG,
  miliDariTeks,
  PERSENTASE_PREDIKAT,
  rumusAk,
  teksDariMili,
  type BarisKoefisien,
} from "@/lib/angka-kredit/aturan";
import { DAFTAR_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";

const t = (s: string) => new Date(`${s}T00:00:00Z`);

describe("persentase predikat (Peraturan BKN 3/2023)", () => {
  it("Sangat Baik 150, Baik 100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25", () => {
    expect(PERSENTASE_PREDIKAT).toEqual({ SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG_MISCONDUCT: 50, SANGAT_KURANG: 25 });
    for (const p of DAFTAR_PREDIKAT) expect(PERSENTASE_PREDIKAT[p]).toBeGreaterThan(0);
  });
});

describe("jenjang", () => {
  it("delapan jenjang, empat keterampilan dan empat keahlian, semuanya berlabel dan berkoefisien acuan", () => {
    expect(DAFTAR_JENJANG).toHaveLength(8);
    expect(DAFTAR_JENJANG.filter((j) => KATEGORI_JENJANG[j] === "KETERAMPILAN")).toEqual(["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"]);
    expect(DAFTAR_JENJANG.filter((j) => KATEGORI_JENJANG[j] === "KEAHLIAN")).toEqual(["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"]);
    for (const j of DAFTAR_JENJANG) {
      expect(LABEL_JENJANG[j]).toMatch(/^[A-Z]/);
      expect(KOEFISIEN_ACUAN[j].mili).toBeGreaterThan(0);
    }
    expect(LABEL_JENJANG.AHLI_PERTAMA).toBe("Ahli Pertama");
  });
  it("acuan: Ahli Pertama 12,5 dan Ahli Madya 37,5 terverifikasi; yang lain ditandai belum", () => {
    expect(KOEFISIEN_ACUAN.AHLI_PERTAMA).toEqual({ mili: 12500, terverifikasi: true });
    expect(KOEFISIEN_ACUAN.AHLI_MADYA).toEqual({ mili: 37500, terverifikasi: true });
    expect(DAFTAR_JENJANG.filter((j) => !KOEFISIEN_ACUAN[j].terverifikasi)).toEqual(["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA", "AHLI_MUDA", "AHLI_UTAMA"]);
    expect(formatKoefisien(KOEFISIEN_ACUAN.PEMULA.mili)).toBe("3,75");
  });
  it("adalahJenjang", () => {
    expect(adalahJenjang("AHLI_MUDA")).toBe(true);
    expect(adalahJenjang("ahli_muda")).toBe(false);
    expect(adalahJenjang(null)).toBe(false);
  });
});

describe("bulatkanAk: dua desimal, setengah ke atas, eksak", () => {
  it("contoh §7: 2/12 × 100 % × 12,5 = 2,08", () => {
    expect(angkaKredit(2, "BAIK", 12500)).toBe(208);
    expect(formatAk(angkaKredit(2, "BAIK", 12500))).toBe("2,08");
  });
  it("setengah tepat dibulatkan ke atas", () => {
    expect(bulatkanAk(1005, 10)).toBe(101); // 100,5
    expect(bulatkanAk(1004, 10)).toBe(100);
    expect(bulatkanAk(1006, 10)).toBe(101);
    expect(bulatkanAk(0, 7)).toBe(0);
  });
  it("tanpa galat float: 12/12 × 100 % × 1,005 = 1,01 (float memberi 1,00)", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // galat float yang dihindari
    expect(angkaKredit(12, "BAIK", keMili(1.005))).toBe(101);
  });
  it("masukan tidak sah ditolak", () => {
    expect(() => bulatkanAk(-1, 2)).toThrow(RangeError);
    expect(() => bulatkanAk(1, 0)).toThrow(RangeError);
    expect(() => bulatkanAk(1.5, 2)).toThrow(RangeError);
    expect(() => angkaKredit(13, "BAIK", 12500)).toThrow(RangeError);
    expect(() => angkaKredit(-1, "BAIK", 12500)).toThrow(RangeError);
    expect(() => angkaKredit(2.5, "BAIK", 12500)).toThrow(RangeError);
    expect(() => angkaKredit(2, "BAIK", 12.5)).toThrow(RangeError);
  });
});

describe("angkaKredit: tahunan dan periodik", () => {
  const tabel: [number, Predikat, number, string][] = [
    [12, "BAIK", 12500, "12,50"],
    [12, "SANGAT_BAIK", 12500, "18,75"],
    [12, "BUTUH_PERBAIKAN", 12500, "9,38"], // 9,375 → 9,38
    [12, "KURANG_MISCONDUCT", 12500, "6,25"],
    [12, "SANGAT_KURANG", 12500, "3,13"], // 3,125 → 3,13
    [12, "BAIK", 37500, "37,50"],
    [12, "SANGAT_BAIK", 37500, "56,25"],
    [3, "BAIK", 12500, "3,13"], // 3,125
    [3, "SANGAT_BAIK", 37500, "14,06"], // 14,0625
    [1, "SANGAT_BAIK", 12500, "1,56"], // 1,5625
    [1, "BAIK", 3750, "0,31"], // 0,3125
    [6, "BUTUH_PERBAIKAN", 25000, "9,38"], // 9,375
    [0, "SANGAT_BAIK", 50000, "0,00"],
    [12, "SANGAT_BAIK", 3750, "5,63"], // 5,625 → 5,63
  ];
  it.each(tabel)("%i bulan × %s × koefisien %i‰ = %s", (bulan, predikat, mili, hasil) => {
    expect(formatAk(angkaKredit(bulan, predikat, mili))).toBe(hasil);
  });
  it("setiap predikat dan jenjang acuan: 12 bulan = persen × koefisien (dibulatkan), empat triwulan ≈ setahun (selisih pembulatan ≤ 0,02)", () => {
    for (const p of DAFTAR_PREDIKAT) {
      for (const j of DAFTAR_JENJANG) {
        const mili = KOEFISIEN_ACUAN[j].mili;
        const tahun = angkaKredit(12, p, mili);
        expect(tahun).toBe(bulatkanAk(PERSENTASE_PREDIKAT[p] * mili, 1000)); // persen × koefisien, dibulatkan
        const tw = angkaKredit(3, p, mili) * 4;
        expect(Math.abs(tw - tahun)).toBeLessThanOrEqual(2);
      }
    }
  });
});

describe("bulanPenuh: bulan kalender penuh dalam rentang", () => {
  const tabel: [string, string, number][] = [
    ["2026-01-01", "2026-03-31", 3], // triwulan I
    ["2026-01-01", "2026-12-31", 12],
    ["2026-01-01", "2026-01-31", 1],
    ["2026-02-01", "2026-02-28", 1], // Februari bukan kabisat
    ["2028-02-01", "2028-02-29", 1], // kabisat
    ["2028-02-01", "2028-02-28", 0], // belum sampai akhir Februari kabisat
    ["2026-02-15", "2026-03-31", 1], // mulai pertengahan bulan: Februari tidak dihitung
    ["2026-04-01", "2026-06-20", 2], // berakhir pertengahan bulan: Juni tidak dihitung
    ["2026-01-15", "2026-01-31", 0],
    ["2026-01-02", "2026-02-27", 0],
    ["2026-03-31", "2026-03-31", 0],
    ["2026-11-01", "2027-01-31", 3], // lintas tahun
    ["2026-05-01", "2026-04-30", 0], // terbalik
  ];
  it.each(tabel)("%s s.d. %s = %i bulan", (a, b, n) => {
    expect(bulanPenuh(t(a), t(b))).toBe(n);
  });
  it("irisan SKP dan periode: SKP 1 Feb–31 Des dalam triwulan I = 2 bulan; di luar periode = 0", () => {
    const tw1 = { mulai: t("2026-01-01"), selesai: t("2026-03-31") };
    expect(bulanIrisan({ mulai: t("2026-02-01"), selesai: t("2026-12-31") }, tw1)).toBe(2);
    expect(bulanIrisan({ mulai: t("2026-01-01"), selesai: t("2026-12-31") }, tw1)).toBe(3);
    expect(bulanIrisan({ mulai: t("2026-07-01"), selesai: t("2026-12-31") }, tw1)).toBe(0);
    expect(bulanIrisan(tw1, { mulai: t("2026-03-01"), selesai: t("2026-05-31") })).toBe(1);
  });
});

describe("koefisienBerlaku: nilai yang berlaku pada akhir periode", () => {
  const riwayat: BarisKoefisien[] = [
    { jenjang: "AHLI_PERTAMA", berlakuMulai: t("2023-01-01"), mili: 12500 },
    { jenjang: "AHLI_PERTAMA", berlakuMulai: t("2026-07-01"), mili: 13000 },
    { jenjang: "AHLI_MADYA", berlakuMulai: t("2023-01-01"), mili: 37500 },
  ];
  it("baris paling akhir yang sudah berlaku, urutan masukan tidak berpengaruh", () => {
    expect(koefisienBerlaku(riwayat, "AHLI_PERTAMA", t("2026-06-30"))?.mili).toBe(12500);
    expect(koefisienBerlaku(riwayat, "AHLI_PERTAMA", t("2026-07-01"))?.mili).toBe(13000);
    expect(koefisienBerlaku([...riwayat].reverse(), "AHLI_PERTAMA", t("2026-12-31"))?.mili).toBe(13000);
    expect(koefisienBerlaku(riwayat, "AHLI_MADYA", t("2026-12-31"))?.mili).toBe(37500);
  });
  it("belum ada yang berlaku → null", () => {
    expect(koefisienBerlaku(riwayat, "AHLI_PERTAMA", t("2022-12-31"))).toBeNull();
    expect(koefisienBerlaku(riwayat, "AHLI_MUDA", t("2026-12-31"))).toBeNull();
  });
  it("hitungAk: triwulan I dan tahunan memakai koefisien akhir periodenya; SKP mulai Februari = 2 bulan", () => {
    const skp = { mulai: t("2026-02-01"), selesai: t("2026-12-31") };
    const tw1 = hitungAk({ predikat: "BAIK", jenjang: "AHLI_PERTAMA", skp, periode: { mulai: t("2026-01-01"), selesai: t("2026-03-31") }, riwayat });
    expect(tw1).toEqual({ bulan: 2, persen: 100, koefisienMili: 12500, ak: 208 });
    expect(rumusAk(tw1!)).toBe("2/12 × 100% × 12,5 = 2,08");
    const tahun = hitungAk({ predikat: "SANGAT_BAIK", jenjang: "AHLI_PERTAMA", skp, periode: { mulai: t("2026-01-01"), selesai: t("2026-12-31") }, riwayat });
    expect(tahun).toEqual({ bulan: 11, persen: 150, koefisienMili: 13000, ak: 1788 }); // 11/12 × 1,5 × 13 = 17,875 → 17,88
    expect(hitungAk({ predikat: "BAIK", jenjang: "AHLI_MUDA", skp, periode: { mulai: t("2026-01-01"), selesai: t("2026-03-31") }, riwayat })).toBeNull();
  });
});

describe("format dan konversi koefisien", () => {
  it("formatAk: dua desimal, koma, titik ribuan", () => {
    expect(formatAk(208)).toBe("2,08");
    expect(formatAk(5)).toBe("0,05");
    expect(formatAk(0)).toBe("0,00");
    expect(formatAk(123456)).toBe("1.234,56");
    expect(angkaAk(208)).toBe(2.08);
  });
  it("formatKoefisien tanpa nol di belakang", () => {
    expect(formatKoefisien(12500)).toBe("12,5");
    expect(formatKoefisien(37500)).toBe("37,5");
    expect(formatKoefisien(25000)).toBe("25");
    expect(formatKoefisien(3750)).toBe("3,75");
    expect(formatKoefisien(1005)).toBe("1,005");
  });
  it("miliDariTeks / teksDariMili bolak-balik, tanpa float", () => {
    expect(miliDariTeks("12.500")).toBe(12500);
    expect(miliDariTeks("37.5")).toBe(37500);
    expect(miliDariTeks("25")).toBe(25000);
    expect(miliDariTeks("1.005")).toBe(1005);
    expect(miliDariTeks("0.060")).toBe(60);
    expect(miliDariTeks("-1")).toBeNull();
    expect(miliDariTeks("1.2345")).toBeNull();
    expect(miliDariTeks("abc")).toBeNull();
    for (const m of [1, 60, 1005, 3750, 12500, 999_999]) expect(miliDariTeks(teksDariMili(m))).toBe(m);
    expect(teksDariMili(12500)).toBe("12.500");
    expect(keMili(12.5)).toBe(12500);
    expect(keMili(0.007)).toBe(7);
  });
});

describe("jenjangDariNama", () => {
  it("membaca jenjang dari nama jabatan fungsional", () => {
    expect(jenjangDariNama("Pranata Komputer Ahli Pertama")).toBe("AHLI_PERTAMA");
    expect(jenjangDariNama("Analis SDM Aparatur Ahli Muda")).toBe("AHLI_MUDA");
    expect(jenjangDariNama("Guru  ahli madya")).toBe("AHLI_MADYA");
    expect(jenjangDariNama("Widyaiswara Ahli Utama")).toBe("AHLI_UTAMA");
    expect(jenjangDariNama("Pranata Komputer Penyelia")).toBe("PENYELIA");
    expect(jenjangDariNama("Pranata Komputer Mahir")).toBe("MAHIR");
    expect(jenjangDariNama("Arsiparis Terampil")).toBe("TERAMPIL");
    expect(jenjangDariNama("Pengawas Benih Pemula")).toBe("PEMULA");
    expect(jenjangDariNama("Pengolah Data Kinerja")).toBeNull();
    expect(jenjangDariNama("Kepala Subbagian Umum")).toBeNull();
  });
});
