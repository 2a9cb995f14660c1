// Batas modul klien/server yang tidak dijaga oleh TypeScript:
// - berkas "use client" hanya mengekspor komponen (nama berhuruf besar) dan tipe. Nilai lain (konstanta kelas,
//   fungsi bantu) yang diimpor komponen server menjadi referensi klien, bukan nilainya — mis. atribut class
//   berisi "Attempted to call kelasInput() from the server…" dan isian tanpa bingkai.
// - berkas "use server" hanya mengekspor fungsi async (setiap ekspornya menjadi endpoint POST publik).
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AKAR as akar, bacaSumber, berkasSumber, direktif, ekspor } from "../support/modul-sumber";

const semua = [...berkasSumber(path.join(akar, "app")), ...berkasSumber(path.join(akar, "components")), ...berkasSumber(path.join(akar, "lib"))].map((p) => {
  const sf = bacaSumber(p);
  return { rel: path.relative(akar, p), direktif: direktif(sf), ekspor: ekspor(sf), sf };
});

describe("batas modul klien dan server", () => {
  it("ada berkas yang diperiksa", () => {
    expect(semua.filter((b) => b.direktif === "use client").length).toBeGreaterThan(3);
    expect(semua.filter((b) => b.direktif === "use server").length).toBeGreaterThan(3);
  });

  it('berkas "use client" hanya mengekspor komponen (fungsi bernama huruf besar) dan tipe', () => {
    const salah = semua
      .filter((b) => b.direktif === "use client")
      .flatMap((b) =>
        b.ekspor
          .filter((e) => e.jenis !== "tipe")
          .filter((e) => !(e.jenis === "fungsi" && (/^[A-Z]/.test(e.nama) || e.nama === "default")))
          .map((e) => `${b.rel}: ${e.nama} (${e.jenis})`),
      );
    expect(salah, "pindahkan konstanta/fungsi bantu ke modul biasa (mis. components/gaya.ts)").toEqual([]);
  });

  it('berkas "use server" hanya mengekspor fungsi async', () => {
    const salah = semua
      .filter((b) => b.direktif === "use server")
      .flatMap((b) => b.ekspor.filter((e) => e.jenis !== "tipe" && e.jenis !== "fungsi-async").map((e) => `${b.rel}: ${e.nama} (${e.jenis})`));
    expect(salah).toEqual([]);
  });

  it("pemeriksa ini menangkap pelanggaran (kelasInput dari berkas klien)", () => {
    const sf = ts.createSourceFile("x.tsx", '"use client";\nexport function A() { return null; }\nexport const kelasInput = "border";\nexport type T = 1;', ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    expect(ekspor(sf)).toEqual([
      { nama: "A", jenis: "fungsi" },
      { nama: "kelasInput", jenis: "nilai" },
      { nama: "T", jenis: "tipe" },
    ]);
  });
});
