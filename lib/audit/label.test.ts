import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LABEL_AKSI_AUDIT, labelAksiAudit, rentangTanggalWib } from "./label";

describe("labelAksiAudit", () => {
  it("kode yang dikenal → label Indonesia", () => {
    expect(labelAksiAudit("MASUK")).toBe("Masuk");
    expect(labelAksiAudit("AKUN_DIBUAT")).toBe("Akun dibuat (sandi awal)");
    expect(labelAksiAudit("SKP_DITOLAK")).toBe("SKP dikembalikan untuk diperbaiki");
  });
  it("kode tak dikenal → kalimat dari kodenya; kosong tetap kosong", () => {
    expect(labelAksiAudit("ASET_BARU_DIPINDAH")).toBe("Aset baru dipindah");
    expect(labelAksiAudit("X")).toBe("X");
    expect(labelAksiAudit("")).toBe("");
  });
  it("setiap label tidak kosong dan unik", () => {
    const v = Object.values(LABEL_AKSI_AUDIT);
    expect(v.every((x) => x.trim().length > 0)).toBe(true);
    expect(new Set(v).size).toBe(v.length);
  });
  it("semua aksi audit layanan akun dan instansi punya label", () => {
    const akar = path.resolve(import.meta.dirname, "../..");
    for (const f of ["lib/akun/layanan.ts", "lib/instansi/layanan.ts", "lib/auth/akun.ts", "lib/akun/superadmin.ts"]) {
      const kode = [...readFileSync(path.join(akar, f), "utf8").matchAll(/aksi: (?:[a-z]+ \? )?"([A-Z_]+)"(?: : "([A-Z_]+)")?/g)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]);
      expect(kode.length, f).toBeGreaterThan(0);
      for (const k of kode) expect(LABEL_AKSI_AUDIT[k], `${f}: ${k}`).toBeDefined();
    }
  });
});

describe("rentangTanggalWib", () => {
  it("tanggal WIB → awal hari WIB dalam UTC; sampai inklusif", () => {
    expect(rentangTanggalWib("2026-03-01", "2026-03-31")).toEqual({ dari: new Date("2026-02-28T17:00:00Z"), sampai: new Date("2026-03-31T17:00:00Z") });
  });
  it("tidak sah atau kosong → diabaikan", () => {
    expect(rentangTanggalWib("2026-02-30", "x")).toEqual({ dari: undefined, sampai: undefined });
    expect(rentangTanggalWib(undefined, "")).toEqual({ dari: undefined, sampai: undefined });
  });
});
