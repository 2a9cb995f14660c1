import { describe, expect, it } from "vitest";
import {
  ASPEK,
  isAspek,
  isKodePerspektif,
  judulFormulir,
  judulKelompokRhk,
  LABEL_ASPEK,
  LABEL_PENDEKATAN,
  LABEL_VARIAN,
  PERSPEKTIF,
  varianSkp,
  type JenisJabatan,
} from "./varian";

const SEMUA_JABATAN: JenisJabatan[] = ["JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"];

describe("varianSkp", () => {
  it("JPT memakai varian JPT", () => {
    expect(varianSkp("JPT")).toBe("JPT");
  });
  it.each(["ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"] as const)("%s memakai varian JA_JF", (j) => {
    expect(varianSkp(j)).toBe("JA_JF");
  });
});

describe("PERSPEKTIF", () => {
  it("berisi 4 perspektif berurutan dengan kode unik", () => {
    expect(PERSPEKTIF.map((p) => p.kode)).toEqual([
      "PENERIMA_LAYANAN",
      "PROSES_BISNIS_INTERNAL",
      "PENGUATAN_INTERNAL",
      "ANGGARAN",
    ]);
    expect(PERSPEKTIF.map((p) => p.nama)).toEqual([
      "Penerima Layanan",
      "Proses Bisnis Internal",
      "Penguatan Internal",
      "Anggaran",
    ]);
  });
  it("setiap perspektif memiliki teks bantuan berbahasa Indonesia yang berbeda", () => {
    for (const p of PERSPEKTIF) expect(p.bantuan).toMatch(/^Pilih bila hasil kerja .+\.$/);
    expect(new Set(PERSPEKTIF.map((p) => p.bantuan)).size).toBe(4);
    expect(PERSPEKTIF[0].bantuan).toContain("jangka pendek");
    expect(PERSPEKTIF[1].bantuan).toContain("strategi");
    expect(PERSPEKTIF[2].bantuan).toContain("aset tidak berwujud");
    expect(PERSPEKTIF[3].bantuan).toContain("efisiensi penggunaan anggaran");
  });
  it("isKodePerspektif", () => {
    expect(isKodePerspektif("ANGGARAN")).toBe(true);
    expect(isKodePerspektif("Anggaran")).toBe(false);
    expect(isKodePerspektif("")).toBe(false);
  });
});

describe("ASPEK", () => {
  it("berurutan kuantitas, kualitas, waktu, biaya dan semuanya berlabel", () => {
    expect(ASPEK).toEqual(["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"]);
    expect(ASPEK.map((a) => LABEL_ASPEK[a])).toEqual(["Kuantitas", "Kualitas", "Waktu", "Biaya"]);
    expect(Object.keys(LABEL_ASPEK).sort()).toEqual([...ASPEK].sort());
  });
  it("isAspek", () => {
    expect(isAspek("WAKTU")).toBe(true);
    expect(isAspek("waktu")).toBe(false);
    expect(isAspek("MUTU")).toBe(false);
  });
});

describe("label", () => {
  it("varian dan pendekatan", () => {
    expect(LABEL_VARIAN.JPT).toBe("JPT dan Pimpinan Unit Kerja Mandiri");
    expect(LABEL_VARIAN.JA_JF).toBe("Jabatan Administrasi dan Jabatan Fungsional");
    expect(LABEL_PENDEKATAN).toEqual({ KUANTITATIF: "Kuantitatif", KUALITATIF: "Kualitatif" });
  });
});

describe("judulFormulir", () => {
  it("JPT kuantitatif", () => {
    expect(judulFormulir("JPT", "KUANTITATIF", "JPT")).toEqual([
      "SASARAN KINERJA PEGAWAI",
      "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
      "PENDEKATAN HASIL KERJA KUANTITATIF",
    ]);
  });
  it("pimpinan unit kerja mandiri non-JPT yang memakai varian JPT tetap berjudul JPT", () => {
    expect(judulFormulir("JPT", "KUALITATIF", "ADMINISTRATOR")).toEqual([
      "SASARAN KINERJA PEGAWAI",
      "PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
      "PENDEKATAN HASIL KERJA KUALITATIF",
    ]);
  });
  it.each([
    ["ADMINISTRATOR", "JABATAN ADMINISTRASI"],
    ["PENGAWAS", "JABATAN ADMINISTRASI"],
    ["PELAKSANA", "JABATAN ADMINISTRASI"],
    ["FUNGSIONAL", "JABATAN FUNGSIONAL"],
    ["JPT", "JABATAN ADMINISTRASI DAN JABATAN FUNGSIONAL"],
  ] as const)("JA_JF untuk %s: %s", (jenis, baris) => {
    expect(judulFormulir("JA_JF", "KUALITATIF", jenis)).toEqual([
      "SASARAN KINERJA PEGAWAI",
      baris,
      "PENDEKATAN HASIL KERJA KUALITATIF",
    ]);
  });
  it("selalu tiga baris berhuruf kapital untuk setiap kombinasi", () => {
    for (const j of SEMUA_JABATAN) {
      for (const p of ["KUANTITATIF", "KUALITATIF"] as const) {
        const judul = judulFormulir(varianSkp(j), p, j);
        expect(judul).toHaveLength(3);
        for (const baris of judul) expect(baris).toBe(baris.toUpperCase());
      }
    }
  });
});

describe("judulKelompokRhk", () => {
  it("JPT: A. UTAMA; JA/JF: A. KINERJA UTAMA; keduanya B. TAMBAHAN", () => {
    expect(judulKelompokRhk("JPT", "UTAMA")).toBe("A. UTAMA");
    expect(judulKelompokRhk("JA_JF", "UTAMA")).toBe("A. KINERJA UTAMA");
    expect(judulKelompokRhk("JPT", "TAMBAHAN")).toBe("B. TAMBAHAN");
    expect(judulKelompokRhk("JA_JF", "TAMBAHAN")).toBe("B. TAMBAHAN");
  });
});
