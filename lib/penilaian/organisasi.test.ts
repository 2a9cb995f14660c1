import { describe, expect, it } from "vitest";
import { PEMETAAN_PIMPINAN_BAWAAN, ratingPimpinan, unitCapaian, unitKurva, unitYangDipimpin, type SimpulJabatanUnit, type SimpulUnit } from "@/lib/penilaian/organisasi";

const units = new Map<string, SimpulUnit>(
  [
    { id: "setda", parentId: null, jenis: "SEKRETARIAT_DAERAH" },
    { id: "dinkes", parentId: null, jenis: "OPD" },
    { id: "sek", parentId: "dinkes", jenis: "SUBBAGIAN" },
    { id: "kesmas", parentId: "dinkes", jenis: "BIDANG" },
    { id: "gizi", parentId: "kesmas", jenis: "SUBBIDANG" },
  ].map((u) => [u.id, u as SimpulUnit]),
);
const jabatan = new Map<string, SimpulJabatanUnit>(
  [
    { id: "kadinkes", parentId: null, unitKerjaId: "dinkes" },
    { id: "kabid", parentId: "kadinkes", unitKerjaId: "kesmas" },
    { id: "staf", parentId: "kabid", unitKerjaId: "kesmas" },
    { id: "kasubid", parentId: "kabid", unitKerjaId: "gizi" },
  ].map((j) => [j.id, j]),
);

describe("unit pembawa capaian", () => {
  it("OPD saja: semua pegawai Dinkes dikelompokkan ke Dinkes", () => {
    expect(unitCapaian(units, "gizi", "OPD")).toBe("dinkes");
    expect(unitCapaian(units, "kesmas", "OPD")).toBe("dinkes");
    expect(unitCapaian(units, "setda", "OPD")).toBe("setda");
  });
  it("OPD dan bidang: subbidang ikut bidangnya, subbagian sekretariat ikut OPD", () => {
    expect(unitCapaian(units, "gizi", "OPD_DAN_BIDANG")).toBe("kesmas");
    expect(unitCapaian(units, "sek", "OPD_DAN_BIDANG")).toBe("dinkes");
  });
  it("unit tidak dikenal → null", () => expect(unitCapaian(units, "x", "OPD")).toBeNull());
});

describe("pimpinan mengikuti organisasi (§5.3)", () => {
  it("pemetaan bawaan", () => {
    expect(ratingPimpinan("ISTIMEWA")).toBe("DI_ATAS");
    expect(ratingPimpinan("BAIK")).toBe("SESUAI");
    for (const p of ["BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const) expect(ratingPimpinan(p)).toBe("DI_BAWAH");
    expect(ratingPimpinan("BAIK", { ...PEMETAAN_PIMPINAN_BAWAAN, BAIK: "DI_ATAS" })).toBe("DI_ATAS");
  });
  it("kepala dinas memimpin OPD; kabid memimpin bidang hanya bila bidang membawa capaian; staf bukan pimpinan", () => {
    expect(unitYangDipimpin(jabatan, units, "kadinkes", "OPD")).toBe("dinkes");
    expect(unitYangDipimpin(jabatan, units, "kabid", "OPD")).toBeNull();
    expect(unitYangDipimpin(jabatan, units, "kabid", "OPD_DAN_BIDANG")).toBe("kesmas");
    expect(unitYangDipimpin(jabatan, units, "staf", "OPD_DAN_BIDANG")).toBeNull();
    expect(unitYangDipimpin(jabatan, units, "kasubid", "OPD_DAN_BIDANG")).toBeNull(); // subbidang bukan pembawa
  });
});

describe("unit kurva", () => {
  it("staf dihitung di unit pembawanya; pimpinan di unit pembawa di atasnya; pimpinan unit akar tidak dihitung", () => {
    expect(unitKurva(jabatan, units, "staf", "OPD")).toBe("dinkes");
    expect(unitKurva(jabatan, units, "staf", "OPD_DAN_BIDANG")).toBe("kesmas");
    expect(unitKurva(jabatan, units, "kabid", "OPD_DAN_BIDANG")).toBe("dinkes");
    expect(unitKurva(jabatan, units, "kabid", "OPD")).toBe("dinkes");
    expect(unitKurva(jabatan, units, "kadinkes", "OPD")).toBeNull();
    expect(unitKurva(jabatan, units, "x", "OPD")).toBeNull();
  });
});
