import { describe, expect, it } from "vitest";
import { bentukObjek, pesanValiditas, petakanGalat, type Validitas } from "@/lib/form";

const fd = (pairs: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of pairs) f.append(k, v);
  return f;
};

describe("bentukObjek", () => {
  it("kolom datar dan bersarang, larik dirapatkan", () => {
    expect(
      bentukObjek(
        fd([
          ["skpId", "a"],
          ["iki.0.indikator", "x"],
          ["iki.2.indikator", "z"],
          ["iki.2.targetMin", "5"],
          ["ekspektasi.LOYAL", "setia"],
          ["$ACTION_ID_abc", ""],
        ]),
      ),
    ).toEqual({ skpId: "a", iki: [{ indikator: "x" }, { indikator: "z", targetMin: "5" }], ekspektasi: { LOYAL: "setia" } });
  });

  it("mengabaikan nama berbahaya dan indeks raksasa", () => {
    const o = bentukObjek(fd([["__proto__.x", "1"], ["a.constructor.y", "2"], ["iki.99999.x", "3"], ["b..c", "4"]]));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // Indeks raksasa tidak membuat larik besar; menjadi kunci objek biasa yang ditolak zod.
    expect(o).toEqual({ iki: { "99999": { x: "3" } } });
  });

  it("nama yang berulang menjadi larik (kotak centang); berkas diabaikan", () => {
    const f = fd([["a", "1"], ["a", "2"], ["a", "3"], ["b", "x"]]);
    f.append("berkas", new Blob(["x"]), "x.txt");
    expect(bentukObjek(f)).toEqual({ a: ["1", "2", "3"], b: "x" });
  });
});

describe("petakanGalat", () => {
  it("kunci yang ada tetap; anak larik dipetakan ke kolomnya dengan nomor baris; yang tak dikenal tetap", () => {
    expect(
      petakanGalat({ teks: ["RHK wajib diisi."], "butir.3": ["Butir lampiran maksimal 1000 karakter."], "iki.0.targetMin": ["x"], lain: ["y"], kosong: [] }, [
        "teks",
        "butir",
        "iki.0.targetMin",
      ]),
    ).toEqual({ teks: ["RHK wajib diisi."], butir: ["Baris 4: Butir lampiran maksimal 1000 karakter."], "iki.0.targetMin": ["x"], lain: ["y"] });
  });
});

describe("pesanValiditas", () => {
  const v = (x: Partial<Validitas>): Validitas => ({ valueMissing: false, tooLong: false, tooShort: false, typeMismatch: false, patternMismatch: false, rangeOverflow: false, rangeUnderflow: false, badInput: false, ...x });
  it.each([
    ["NIP", v({ valueMissing: true }), {}, "NIP wajib diisi."],
    ["Berkas", v({ valueMissing: true }), { type: "file" }, "Pilih berkas untuk berkas."],
    ["Uraian", v({ tooLong: true }), { maxLength: 1000 }, "Uraian maksimal 1000 karakter."],
    ["Uraian", v({ tooShort: true }), { minLength: 5 }, "Uraian minimal 5 karakter."],
    ["Tautan", v({ typeMismatch: true }), { type: "url" }, "Tautan harus berupa tautan lengkap yang diawali https://."],
    ["Target", v({ badInput: true }), {}, "Target harus berupa angka yang sah."],
    ["Kolom", v({ patternMismatch: true }), {}, "Kolom tidak sah."],
  ] as const)("%s %#", (label, val, batas, pesan) => expect(pesanValiditas(label, val, batas)).toBe(pesan));
});
