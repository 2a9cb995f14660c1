import { describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { bagianSkp, ruteSkp, semuaRuteSkp, rutePenilaian } from "@/lib/skp/rute";

const aktor = (pegawaiId: string, admin: string[] = []): Aktor =>
  ({ penggunaId: "u", pegawaiId, instansiId: "i", nip: "1", nama: { gelarDepan: null, nama: "x", gelarBelakang: null }, adminInstansiIds: admin, isSuperadmin: false, harusGantiSandi: false }) as unknown as Aktor;
const k = { instansiId: "i", pegawaiId: "p", penilaiPegawaiId: "atasan", atasanPenilaiPegawaiId: "atasan2" };

describe("bagianSkp", () => {
  it("pemilik → SKP Saya, penilai dan atasan penilai → Penilaian Bawahan, lainnya (admin) → Admin", () => {
    expect(bagianSkp(aktor("p"), k)).toBe("SAYA");
    expect(bagianSkp(aktor("atasan"), k)).toBe("BAWAHAN");
    expect(bagianSkp(aktor("atasan2"), k)).toBe("BAWAHAN");
    expect(bagianSkp(aktor("admin", ["i"]), k)).toBe("ADMIN");
    // Penilai pimpinan instansi (di luar sistem): admin yang mencatat persetujuan tetap di bagian Admin.
    expect(bagianSkp(aktor("admin", ["i"]), { ...k, penilaiPegawaiId: null, atasanPenilaiPegawaiId: null })).toBe("ADMIN");
    // Admin yang juga pemilik tetap melihatnya sebagai SKP sendiri.
    expect(bagianSkp(aktor("p", ["i"]), k)).toBe("SAYA");
  });
  it("alamat per bagian", () => {
    expect(ruteSkp("SAYA", "s")).toBe("/skp/s");
    expect(ruteSkp("BAWAHAN", "s", "pelaksanaan")).toBe("/bawahan/skp/s/pelaksanaan");
    expect(ruteSkp("ADMIN", "s")).toBe("/admin/skp/s");
    expect(semuaRuteSkp("s")).toHaveLength(9);
    expect(semuaRuteSkp("s", "penilaian")).toEqual(["/skp/s/penilaian", "/bawahan/skp/s/penilaian", "/admin/skp/s/penilaian"]);
    expect(rutePenilaian("BAWAHAN", "s", "TW1")).toBe("/bawahan/skp/s/penilaian/TW1");
  });
});
