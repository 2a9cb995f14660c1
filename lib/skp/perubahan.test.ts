import { describe, expect, it } from "vitest";
import { ringkasPerubahan, samaNilai } from "./perubahan";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("ringkasPerubahan", () => {
  it("rekaman sama: tidak ada perubahan", () => {
    expect(ringkasPerubahan({}, {})).toEqual([]);
    expect(ringkasPerubahan({ a: 1, b: "x", c: null }, { a: 1, b: "x", c: null })).toEqual([]);
  });
  it("nilai primitif yang berubah", () => {
    expect(ringkasPerubahan({ status: "DRAFT", versi: 1, aktif: true }, { status: "DIAJUKAN", versi: 1, aktif: false })).toEqual([
      { kolom: "status", dari: "DRAFT", ke: "DIAJUKAN" },
      { kolom: "aktif", dari: true, ke: false },
    ]);
  });
  it("null, undefined, 0, dan string kosong dibedakan", () => {
    expect(ringkasPerubahan({ a: null, b: 0, c: "" }, { a: undefined, b: "", c: null })).toEqual([
      { kolom: "a", dari: null, ke: undefined },
      { kolom: "b", dari: 0, ke: "" },
      { kolom: "c", dari: "", ke: null },
    ]);
  });
  it("kunci ditambah dan dihapus", () => {
    expect(ringkasPerubahan({ lama: "x", tetap: 1 }, { tetap: 1, baru: "y" })).toEqual([
      { kolom: "lama", dari: "x", ke: undefined },
      { kolom: "baru", dari: undefined, ke: "y" },
    ]);
  });
  it("kunci bernilai undefined setara dengan kunci yang tidak ada", () => {
    expect(ringkasPerubahan({ a: undefined }, {})).toEqual([]);
    expect(ringkasPerubahan({}, { a: undefined })).toEqual([]);
  });
  it("kunci baru bernilai null tetap dilaporkan", () => {
    expect(ringkasPerubahan({}, { catatan: null })).toEqual([{ kolom: "catatan", dari: undefined, ke: null }]);
  });
  it("Date dibandingkan menurut nilai", () => {
    expect(ringkasPerubahan({ t: d("2026-01-01") }, { t: d("2026-01-01") })).toEqual([]);
    expect(ringkasPerubahan({ t: d("2026-01-01") }, { t: d("2026-01-02") })).toEqual([
      { kolom: "t", dari: d("2026-01-01"), ke: d("2026-01-02") },
    ]);
    expect(ringkasPerubahan({ t: new Date("x") }, { t: new Date("y") })).toEqual([]);
  });
  it("Date tidak sama dengan string ISO atau angka", () => {
    const t = d("2026-01-01");
    expect(ringkasPerubahan({ t }, { t: t.toISOString() })).toHaveLength(1);
    expect(ringkasPerubahan({ t }, { t: t.getTime() })).toHaveLength(1);
    expect(ringkasPerubahan({ t: null }, { t })).toHaveLength(1);
  });
  it("larik dibandingkan menurut isi; urutan elemen berpengaruh", () => {
    expect(ringkasPerubahan({ x: [1, 2] }, { x: [1, 2] })).toEqual([]);
    expect(ringkasPerubahan({ x: [1, 2] }, { x: [2, 1] })).toEqual([{ kolom: "x", dari: [1, 2], ke: [2, 1] }]);
    expect(ringkasPerubahan({ x: [] }, { x: [""] })).toHaveLength(1);
  });
  it("objek dibandingkan menurut isi; urutan kunci tidak berpengaruh", () => {
    expect(ringkasPerubahan({ o: { a: 1, b: { c: [1] } } }, { o: { b: { c: [1] }, a: 1 } })).toEqual([]);
    expect(ringkasPerubahan({ o: { a: 1 } }, { o: { a: 2 } })).toEqual([{ kolom: "o", dari: { a: 1 }, ke: { a: 2 } }]);
  });
  it("objek berisi Date dibandingkan menurut nilai Date", () => {
    expect(ringkasPerubahan({ o: { t: d("2026-01-01") } }, { o: { t: d("2026-01-01") } })).toEqual([]);
    expect(ringkasPerubahan({ o: { t: d("2026-01-01") } }, { o: { t: d("2026-01-02") } })).toHaveLength(1);
  });
  it("larik kosong berbeda dengan objek kosong dan null", () => {
    expect(ringkasPerubahan({ x: [] }, { x: {} })).toHaveLength(1);
    expect(ringkasPerubahan({ x: [] }, { x: null })).toHaveLength(1);
    expect(ringkasPerubahan({ x: {} }, { x: null })).toHaveLength(1);
  });
  it("NaN sama dengan NaN; bigint dibandingkan menurut nilai", () => {
    expect(ringkasPerubahan({ n: Number.NaN }, { n: Number.NaN })).toEqual([]);
    expect(ringkasPerubahan({ n: 10n }, { n: 10n })).toEqual([]);
    expect(ringkasPerubahan({ o: { n: 10n } }, { o: { n: 10n } })).toEqual([]);
    expect(ringkasPerubahan({ o: { n: 10n } }, { o: { n: 11n } })).toHaveLength(1);
  });
  it("urutan hasil: kunci sebelum, lalu kunci baru", () => {
    const hasil = ringkasPerubahan({ b: 1, a: 1 }, { c: 1, a: 2, b: 2 });
    expect(hasil.map((p) => p.kolom)).toEqual(["b", "a", "c"]);
  });
  it("kolom yang diabaikan tidak dilaporkan", () => {
    expect(
      ringkasPerubahan({ teks: "a", diperbaruiPada: d("2026-01-01") }, { teks: "b", diperbaruiPada: d("2026-01-02") }, {
        abaikan: ["diperbaruiPada"],
      }),
    ).toEqual([{ kolom: "teks", dari: "a", ke: "b" }]);
  });
  it("tidak mengubah masukan", () => {
    const a = { x: [1], t: d("2026-01-01") };
    const b = { x: [2], t: d("2026-01-01") };
    const salinanA = structuredClone(a);
    const salinanB = structuredClone(b);
    ringkasPerubahan(a, b);
    expect(a).toEqual(salinanA);
    expect(b).toEqual(salinanB);
  });
  it("kunci warisan prototipe tidak ikut dibandingkan", () => {
    const proto = { warisan: 1 };
    const a = Object.create(proto) as Record<string, unknown>;
    a.sendiri = 1;
    expect(ringkasPerubahan(a, { sendiri: 1 })).toEqual([]);
  });
});

describe("samaNilai", () => {
  it("kasus dasar", () => {
    expect(samaNilai(1, 1)).toBe(true);
    expect(samaNilai(1, "1")).toBe(false);
    expect(samaNilai(null, undefined)).toBe(false);
    expect(samaNilai(d("2026-01-01"), d("2026-01-01"))).toBe(true);
    expect(samaNilai(d("2026-01-01"), {})).toBe(false);
    expect(samaNilai({}, d("2026-01-01"))).toBe(false);
    expect(samaNilai({ a: undefined }, {})).toBe(true);
  });
});
