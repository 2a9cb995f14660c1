import { describe, expect, it } from "vitest";
import {
  beririsan,
  LABEL_RITME,
  NAMA_BULAN,
  periodeEvaluasi,
  periodePenilaianTeks,
  potongPeriode,
  tahunPenuh,
  type PeriodeEvaluasi,
} from "./periode";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (t: Date) => t.toISOString().slice(0, 10);
const ringkas = (ps: PeriodeEvaluasi[]) => ps.map((p) => `${p.kode}:${iso(p.mulai)}..${iso(p.selesai)}`);
const HARI = 86_400_000;

describe("tahunPenuh", () => {
  it("1 Januari s.d. 31 Desember, UTC tengah malam", () => {
    const t = tahunPenuh(2026);
    expect(t.mulai.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(t.selesai.toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });
  it("tahun di bawah 100 tidak dipetakan ke 19xx", () => {
    expect(tahunPenuh(50).mulai.getUTCFullYear()).toBe(50);
  });
  it.each([0, -1, 2026.5, Number.NaN, 10000])("menolak tahun tidak valid %s", (t) => {
    expect(() => tahunPenuh(t)).toThrow(RangeError);
  });
});

describe("periodeEvaluasi", () => {
  it("BULANAN: 12 periode B01..B12 berlabel nama bulan", () => {
    const ps = periodeEvaluasi(2026, "BULANAN");
    expect(ps.map((p) => p.kode)).toEqual([
      "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11", "B12",
    ]);
    expect(ps.map((p) => p.label)).toEqual([...NAMA_BULAN]);
    expect(ringkas(ps).slice(0, 2)).toEqual(["B01:2026-01-01..2026-01-31", "B02:2026-02-01..2026-02-28"]);
    expect(ringkas(ps)[3]).toBe("B04:2026-04-01..2026-04-30");
    expect(ringkas(ps)[11]).toBe("B12:2026-12-01..2026-12-31");
  });
  it("BULANAN pada tahun kabisat: Februari berakhir 29", () => {
    expect(iso(periodeEvaluasi(2024, "BULANAN")[1].selesai)).toBe("2024-02-29");
    expect(iso(periodeEvaluasi(2000, "BULANAN")[1].selesai)).toBe("2000-02-29");
    expect(iso(periodeEvaluasi(2100, "BULANAN")[1].selesai)).toBe("2100-02-28");
  });
  it("TRIWULAN: TW1..TW4", () => {
    const ps = periodeEvaluasi(2026, "TRIWULAN");
    expect(ringkas(ps)).toEqual([
      "TW1:2026-01-01..2026-03-31",
      "TW2:2026-04-01..2026-06-30",
      "TW3:2026-07-01..2026-09-30",
      "TW4:2026-10-01..2026-12-31",
    ]);
    expect(ps.map((p) => p.label)).toEqual(["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]);
  });
  it("SEMESTER: S1 dan S2", () => {
    const ps = periodeEvaluasi(2026, "SEMESTER");
    expect(ringkas(ps)).toEqual(["S1:2026-01-01..2026-06-30", "S2:2026-07-01..2026-12-31"]);
    expect(ps.map((p) => p.label)).toEqual(["Semester I", "Semester II"]);
  });
  it.each(["BULANAN", "TRIWULAN", "SEMESTER"] as const)(
    "%s: periode bersambung tanpa celah dan menutupi tahun penuh (termasuk kabisat)",
    (ritme) => {
      for (const tahun of [2023, 2024]) {
        const ps = periodeEvaluasi(tahun, ritme);
        const penuh = tahunPenuh(tahun);
        expect(ps[0].mulai).toEqual(penuh.mulai);
        expect(ps[ps.length - 1].selesai).toEqual(penuh.selesai);
        for (let i = 1; i < ps.length; i++) expect(ps[i].mulai.getTime() - ps[i - 1].selesai.getTime()).toBe(HARI);
        for (const p of ps) {
          expect(p.mulai.getUTCHours()).toBe(0);
          expect(p.selesai.getUTCHours()).toBe(0);
        }
        const jumlahHari = ps.reduce((n, p) => n + (p.selesai.getTime() - p.mulai.getTime()) / HARI + 1, 0);
        expect(jumlahHari).toBe(tahun === 2024 ? 366 : 365);
      }
    },
  );
  it("menolak tahun tidak valid dan ritme tidak dikenal", () => {
    expect(() => periodeEvaluasi(2026.1, "BULANAN")).toThrow(RangeError);
    expect(() => periodeEvaluasi(2026, "MINGGUAN" as never)).toThrow(RangeError);
  });
  it("label ritme", () => {
    expect(LABEL_RITME).toEqual({ BULANAN: "Bulanan", TRIWULAN: "Triwulanan", SEMESTER: "Semesteran" });
  });
});

describe("potongPeriode", () => {
  const tw = periodeEvaluasi(2026, "TRIWULAN");
  const bln = periodeEvaluasi(2024, "BULANAN");

  it("tahun penuh: semua periode utuh", () => {
    const t = tahunPenuh(2026);
    expect(potongPeriode(tw, t.mulai, t.selesai)).toEqual(tw);
  });
  it("mutasi di tengah tahun: periode dipotong pada kedua segmen SKP", () => {
    expect(ringkas(potongPeriode(tw, d("2026-01-01"), d("2026-05-14")))).toEqual([
      "TW1:2026-01-01..2026-03-31",
      "TW2:2026-04-01..2026-05-14",
    ]);
    expect(ringkas(potongPeriode(tw, d("2026-05-15"), d("2026-12-31")))).toEqual([
      "TW2:2026-05-15..2026-06-30",
      "TW3:2026-07-01..2026-09-30",
      "TW4:2026-10-01..2026-12-31",
    ]);
  });
  it("mempertahankan kode dan label", () => {
    const [p] = potongPeriode(tw, d("2026-05-15"), d("2026-05-20"));
    expect(p).toEqual({ kode: "TW2", label: "Triwulan II", mulai: d("2026-05-15"), selesai: d("2026-05-20") });
  });
  it("segmen satu hari", () => {
    expect(ringkas(potongPeriode(bln, d("2024-02-29"), d("2024-02-29")))).toEqual(["B02:2024-02-29..2024-02-29"]);
  });
  it("batas periode inklusif", () => {
    expect(ringkas(potongPeriode(tw, d("2026-03-31"), d("2026-04-01")))).toEqual([
      "TW1:2026-03-31..2026-03-31",
      "TW2:2026-04-01..2026-04-01",
    ]);
  });
  it("tahun kabisat: Februari dipotong sampai 29", () => {
    expect(ringkas(potongPeriode(bln, d("2024-02-10"), d("2024-03-05")))).toEqual([
      "B02:2024-02-10..2024-02-29",
      "B03:2024-03-01..2024-03-05",
    ]);
  });
  it("segmen melewati tahun: dipotong ke periode yang ada", () => {
    expect(ringkas(potongPeriode(tw, d("2025-06-01"), d("2026-02-15")))).toEqual(["TW1:2026-01-01..2026-02-15"]);
    expect(ringkas(potongPeriode(tw, d("2026-11-01"), d("2027-06-30")))).toEqual(["TW4:2026-11-01..2026-12-31"]);
  });
  it("tidak beririsan: daftar kosong", () => {
    expect(potongPeriode(tw, d("2025-01-01"), d("2025-12-31"))).toEqual([]);
    expect(potongPeriode(tw, d("2027-01-01"), d("2027-01-01"))).toEqual([]);
    expect(potongPeriode([], d("2026-01-01"), d("2026-12-31"))).toEqual([]);
  });
  it("selesai sebelum mulai: daftar kosong", () => {
    expect(potongPeriode(tw, d("2026-06-01"), d("2026-05-31"))).toEqual([]);
  });
  it("tanggal tidak sah: daftar kosong", () => {
    expect(potongPeriode(tw, new Date("x"), d("2026-12-31"))).toEqual([]);
    expect(potongPeriode(tw, d("2026-01-01"), new Date("x"))).toEqual([]);
    const rusak: PeriodeEvaluasi = { kode: "X", label: "X", mulai: new Date("x"), selesai: d("2026-01-31") };
    expect(potongPeriode([rusak, ...tw], d("2026-01-01"), d("2026-01-31")).map((p) => p.kode)).toEqual(["TW1"]);
  });
  it("mengabaikan jam pada batas segmen", () => {
    expect(ringkas(potongPeriode(tw, new Date("2026-03-31T23:59:59Z"), new Date("2026-04-01T08:00:00Z")))).toEqual([
      "TW1:2026-03-31..2026-03-31",
      "TW2:2026-04-01..2026-04-01",
    ]);
  });
  it("tidak mengubah periode masukan dan mengembalikan objek Date baru", () => {
    const salinan = structuredClone(tw);
    const hasil = potongPeriode(tw, d("2026-02-01"), d("2026-02-10"));
    hasil[0].mulai.setUTCFullYear(1999);
    expect(tw).toEqual(salinan);
  });
});

describe("beririsan", () => {
  const r = (a: string, b: string) => ({ mulai: d(a), selesai: d(b) });
  it("irisan, sentuhan satu hari, dan terpisah", () => {
    expect(beririsan(r("2026-01-01", "2026-06-30"), r("2026-06-01", "2026-12-31"))).toBe(true);
    expect(beririsan(r("2026-01-01", "2026-06-30"), r("2026-06-30", "2026-12-31"))).toBe(true);
    expect(beririsan(r("2026-01-01", "2026-06-30"), r("2026-07-01", "2026-12-31"))).toBe(false);
    expect(beririsan(r("2026-07-01", "2026-12-31"), r("2026-01-01", "2026-06-30"))).toBe(false);
    expect(beririsan(r("2026-01-01", "2026-12-31"), r("2026-05-01", "2026-05-01"))).toBe(true);
  });
  it("rentang terbalik atau tidak sah tidak pernah beririsan", () => {
    expect(beririsan(r("2026-06-30", "2026-01-01"), r("2026-01-01", "2026-12-31"))).toBe(false);
    expect(beririsan(r("2026-01-01", "2026-12-31"), r("2026-06-30", "2026-01-01"))).toBe(false);
    expect(beririsan({ mulai: new Date("x"), selesai: d("2026-12-31") }, r("2026-01-01", "2026-12-31"))).toBe(false);
  });
});

describe("periodePenilaianTeks", () => {
  it("1 JANUARI SD 31 MARET TAHUN 2026", () => expect(periodePenilaianTeks(d("2026-01-01"), d("2026-03-31"))).toBe("1 JANUARI SD 31 MARET TAHUN 2026"));
  it("tahun penuh", () => expect(periodePenilaianTeks(d("2026-01-01"), d("2026-12-31"))).toBe("1 JANUARI SD 31 DESEMBER TAHUN 2026"));
  it("segmen lintas tahun menyebut tahun awal", () => expect(periodePenilaianTeks(d("2025-07-01"), d("2026-06-30"))).toBe("1 JULI 2025 SD 30 JUNI TAHUN 2026"));
});
