import { describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { bolehBacaSkp, peranTerhadapSkp, type KonteksAksesSkp } from "@/lib/skp/akses";

const aktor = (pegawaiId: string, o: Partial<Aktor> = {}): Aktor => ({
  penggunaId: `u-${pegawaiId}`,
  pegawaiId,
  instansiId: "ins-1",
  nip: "199304042019031014",
  nama: { nama: pegawaiId },
  adminInstansiIds: [],
  isSuperadmin: false,
  ...o,
});
const skp: KonteksAksesSkp = { instansiId: "ins-1", pegawaiId: "asn", penilaiPegawaiId: "kabid", atasanPenilaiPegawaiId: "kaban" };

describe("peranTerhadapSkp", () => {
  it("pemilik, penilai, dan selain itu LAIN (termasuk atasan penilai dan admin bila ada penilai)", () => {
    expect(peranTerhadapSkp(aktor("asn"), skp)).toBe("PEMILIK");
    expect(peranTerhadapSkp(aktor("kabid"), skp)).toBe("PENILAI");
    expect(peranTerhadapSkp(aktor("kaban"), skp)).toBe("LAIN");
    expect(peranTerhadapSkp(aktor("rizki", { adminInstansiIds: ["ins-1"] }), skp)).toBe("LAIN");
    expect(peranTerhadapSkp(aktor("lain"), skp)).toBe("LAIN");
  });

  it("penilai pimpinan instansi (di luar sistem): admin BKD instansi itu yang mencatat persetujuan", () => {
    const sekda = { ...skp, pegawaiId: "sekda", penilaiPegawaiId: null, atasanPenilaiPegawaiId: null };
    expect(peranTerhadapSkp(aktor("rizki", { adminInstansiIds: ["ins-1"] }), sekda)).toBe("PENILAI");
    expect(peranTerhadapSkp(aktor("super", { isSuperadmin: true }), sekda)).toBe("PENILAI");
    expect(peranTerhadapSkp(aktor("admin-lain", { adminInstansiIds: ["ins-2"] }), sekda)).toBe("LAIN");
    expect(peranTerhadapSkp(aktor("sekda", { adminInstansiIds: ["ins-1"] }), sekda)).toBe("PEMILIK");
  });
});

describe("bolehBacaSkp", () => {
  it("pemilik, penilai, atasan penilai, admin instansi, superadmin", () => {
    for (const id of ["asn", "kabid", "kaban"]) expect(bolehBacaSkp(aktor(id), skp)).toBe(true);
    expect(bolehBacaSkp(aktor("rizki", { adminInstansiIds: ["ins-1"] }), skp)).toBe(true);
    expect(bolehBacaSkp(aktor("super", { isSuperadmin: true }), skp)).toBe(true);
  });
  it("rekan kerja, bawahan, admin instansi lain: tidak", () => {
    expect(bolehBacaSkp(aktor("rekan"), skp)).toBe(false);
    expect(bolehBacaSkp(aktor("rizki", { adminInstansiIds: ["ins-2"] }), skp)).toBe(false);
    expect(bolehBacaSkp(aktor("x"), { ...skp, penilaiPegawaiId: null, atasanPenilaiPegawaiId: null })).toBe(false);
  });
});

describe("konteksAksesSkp", () => {
  it("membaca atasan penilai dari snapshot; pimpinan instansi (pegawaiId null) dan snapshot kosong menjadi null", async () => {
    const { konteksAksesSkp } = await import("@/lib/skp/akses");
    const baris = { pegawaiId: "asn", penilaiPegawaiId: "kabid", pegawai: { instansiId: "ins-1" } };
    expect(konteksAksesSkp({ ...baris, atasanPenilaiSnapshot: { pegawaiId: "kaban", nama: "X", jabatan: "Y" } })).toEqual(skp);
    expect(konteksAksesSkp({ ...baris, atasanPenilaiSnapshot: { pegawaiId: null, nama: "", jabatan: "Bupati" } }).atasanPenilaiPegawaiId).toBeNull();
    expect(konteksAksesSkp({ ...baris, atasanPenilaiSnapshot: null }).atasanPenilaiPegawaiId).toBeNull();
  });
});
