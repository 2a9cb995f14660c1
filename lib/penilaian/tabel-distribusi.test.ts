import { describe, expect, it } from "vitest";
import { DAFTAR_PREDIKAT_ORGANISASI, TABEL_SE_3_2023, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import { barisDapatDipenuhi, bacaTabel, type BarisFormTabel, periksaTabel, tabelDariFormulir, tabelSama, uraikanAturan } from "@/lib/penilaian/tabel-distribusi";

const salin = (t: TabelDistribusi): Record<string, unknown[]> => JSON.parse(JSON.stringify(t));

describe("uraikanAturan", () => {
  it("setiap jenis sebagai kalimat", () => {
    expect(uraikanAturan({ jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 70 })).toBe("Sangat Baik paling banyak 70 %");
    expect(uraikanAturan({ jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 0 })).toBe("Tidak boleh ada Sangat Baik");
    expect(uraikanAturan({ jenis: "MIN", kelompok: ["KURANG_MISCONDUCT", "BUTUH_PERBAIKAN"], persen: 10 })).toMatch(/^Kurang.* dan\/atau Butuh Perbaikan paling sedikit 10 %$/);
    expect(uraikanAturan({ jenis: "ADA", kelompok: ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"] })).toMatch(/^Harus ada Butuh Perbaikan dan\/atau Kurang/);
    expect(uraikanAturan({ jenis: "TERBANYAK", kelompok: ["BAIK"] })).toMatch(/^Baik sebagai kelompok terbanyak \(peringatan/);
  });
});

describe("periksaTabel", () => {
  it("tabel SE 3/2023 sah dan setiap barisnya dapat dipenuhi", () => {
    expect(periksaTabel(TABEL_SE_3_2023)).toEqual({ ok: true });
    for (const p of DAFTAR_PREDIKAT_ORGANISASI) expect(barisDapatDipenuhi(TABEL_SE_3_2023[p]), p).toBe(true);
  });

  it("aturan yang saling bertentangan ditolak pada barisnya", () => {
    const t = salin(TABEL_SE_3_2023);
    t.BUTUH_PERBAIKAN = [
      { jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 60 },
      { jenis: "MIN", kelompok: ["BAIK"], persen: 50 },
    ];
    const r = periksaTabel(t as unknown as TabelDistribusi);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat["aturan.BUTUH_PERBAIKAN"]?.[0]).toMatch(/saling bertentangan/);
  });

  it("maksimal di bawah minimal kelompok yang sama ditolak", () => {
    const t = salin(TABEL_SE_3_2023);
    t.KURANG = [
      { jenis: "MAKS", kelompok: ["KURANG_MISCONDUCT"], persen: 40 },
      { jenis: "MIN", kelompok: ["KURANG_MISCONDUCT"], persen: 60 },
    ];
    expect(periksaTabel(t as unknown as TabelDistribusi).ok).toBe(false);
  });

  it.each([
    [{ jenis: "MAKS", kelompok: ["BAIK"], persen: 101 }, "persen", /0–100/],
    [{ jenis: "MAKS", kelompok: ["BAIK"], persen: 2.5 }, "persen", /bulat/],
    [{ jenis: "MIN", kelompok: ["BAIK"], persen: 0 }, "persen", /hapus/],
    [{ jenis: "ADA", kelompok: ["BAIK"], persen: 5 }, "persen", /tanpa persentase/],
    [{ jenis: "ADA", kelompok: [] }, "kelompok", /minimal satu/],
    [{ jenis: "ADA", kelompok: ["BAIK", "BAIK"] }, "kelompok", /dua kali/],
    [{ jenis: "TERBANYAK", kelompok: ["BAIK", "SANGAT_BAIK"] }, "kelompok", /satu predikat/],
    [{ jenis: "LEBIH", kelompok: ["BAIK"] }, "jenis", /tidak dikenal/],
    [{ jenis: "ADA", kelompok: ["SEDANG"] }, "kelompok", /minimal satu/],
  ])("aturan tidak sah %j → galat pada kolom %s", (aturan, kolom, pesan) => {
    const t = salin(TABEL_SE_3_2023);
    t.ISTIMEWA = [aturan];
    const r = periksaTabel(t as unknown as TabelDistribusi);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat[`aturan.ISTIMEWA.0.${kolom}`]?.[0]).toMatch(pesan);
  });

  it("aturan kembar dan baris yang hilang ditolak; baris tanpa aturan boleh", () => {
    const t = salin(TABEL_SE_3_2023);
    t.ISTIMEWA = [t.ISTIMEWA![0], t.ISTIMEWA![0]];
    const r = periksaTabel(t as unknown as TabelDistribusi);
    expect(!r.ok && r.galat["aturan.ISTIMEWA.1.jenis"]?.[0]).toMatch(/sudah ada/);
    const u = salin(TABEL_SE_3_2023);
    delete u.KURANG;
    expect(periksaTabel(u as unknown as TabelDistribusi).ok).toBe(false);
    const v = salin(TABEL_SE_3_2023);
    v.ISTIMEWA = [];
    expect(periksaTabel(v as unknown as TabelDistribusi).ok).toBe(true);
  });
});

describe("bacaTabel", () => {
  it("tabel tersimpan yang sah dibaca, yang rusak menjadi null", () => {
    expect(tabelSama(bacaTabel(salin(TABEL_SE_3_2023))!, TABEL_SE_3_2023)).toBe(true);
    expect(bacaTabel(null)).toBeNull();
    expect(bacaTabel({ ISTIMEWA: [] })).toBeNull();
    const t = salin(TABEL_SE_3_2023);
    t.BAIK = [{ jenis: "MAKS", kelompok: "BAIK", persen: 70 }];
    expect(bacaTabel(t)).toBeNull();
  });
});

describe("tabelSama", () => {
  it("mengabaikan urutan aturan dan kelompok", () => {
    const t = salin(TABEL_SE_3_2023);
    t.SANGAT_KURANG = [...t.SANGAT_KURANG!].reverse();
    (t.SANGAT_KURANG[1] as { kelompok: string[] }).kelompok = ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"];
    expect(tabelSama(t as unknown as TabelDistribusi, TABEL_SE_3_2023)).toBe(true);
    t.ISTIMEWA = [{ jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 60 }];
    expect(tabelSama(t as unknown as TabelDistribusi, TABEL_SE_3_2023)).toBe(false);
  });
});

describe("tabelDariFormulir", () => {
  const formSe = (): Record<string, BarisFormTabel[]> =>
    Object.fromEntries(DAFTAR_PREDIKAT_ORGANISASI.map((p) => [p, TABEL_SE_3_2023[p].map((a) => ({ jenis: a.jenis, kelompok: [...a.kelompok], persen: a.persen === undefined ? "" : String(a.persen) }))]));

  it("formulir tabel SE menghasilkan tabel yang sama; baris kosong dilewati; satu centang menjadi larik", () => {
    const f = formSe();
    f.ISTIMEWA!.push({ jenis: "", kelompok: [], persen: "" });
    (f.BAIK![0] as { kelompok: string | string[] }).kelompok = "BAIK";
    const r = tabelDariFormulir(f);
    expect(r.ok).toBe(true);
    if (r.ok) expect(tabelSama(r.tabel, TABEL_SE_3_2023)).toBe(true);
  });

  it("persentase diurai ketat; galat memakai indeks baris formulir", () => {
    for (const persen of ["", "7a", "-5", "1e2", "0x10", "50.5"]) {
      const f = formSe();
      f.BAIK = [{ jenis: "", kelompok: [], persen: "" }, { jenis: "MAKS", kelompok: ["BAIK"], persen }];
      const r = tabelDariFormulir(f);
      expect(r.ok, persen).toBe(false);
      if (!r.ok) expect(Object.keys(r.galat), persen).toEqual(["aturan.BAIK.1.persen"]);
    }
  });

  it("galat pemeriksaan tabel dikembalikan ke indeks baris formulir", () => {
    const f = formSe();
    f.BAIK = [{ jenis: "", kelompok: [], persen: "" }, { jenis: "", kelompok: [], persen: "" }, { jenis: "ADA", kelompok: [], persen: "" }];
    const r = tabelDariFormulir(f);
    expect(!r.ok && Object.keys(r.galat)).toEqual(["aturan.BAIK.2.kelompok"]);
  });

  it("jenis tidak dikenal dan formulir tanpa aturan", () => {
    const f = formSe();
    f.KURANG = [{ jenis: "BEBAS", kelompok: ["BAIK"], persen: "" }];
    expect(tabelDariFormulir(f).ok).toBe(false);
    // Bentuk isian yang aneh (nama berulang → larik, nama bersarang → objek) menjadi galat, bukan pengecualian.
    const aneh = { BAIK: [{ jenis: ["MAKS", "MIN"], kelompok: ["BAIK"], persen: "5" }, { jenis: "MAKS", kelompok: [{ x: 1 }], persen: ["5", "6"] }, "teks", null] } as never;
    const r = tabelDariFormulir(aneh);
    expect(!r.ok && Object.keys(r.galat).sort()).toEqual(["aturan.BAIK.0.jenis", "aturan.BAIK.1.persen"]);
    const kosong = tabelDariFormulir(undefined);
    expect(kosong.ok).toBe(true);
  });
});
