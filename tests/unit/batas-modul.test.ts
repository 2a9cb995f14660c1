// Batas modul klien/server yang tidak dijaga oleh TypeScript:
// - berkas "use client" hanya mengekspor komponen (nama berhuruf besar) dan tipe. Nilai lain (konstanta kelas,
//   fungsi bantu) yang diimpor komponen server menjadi referensi klien, bukan nilainya — mis. atribut class
//   berisi "Attempted to call kelasInput() from the server…" dan isian tanpa bingkai.
// - berkas "use server" hanya mengekspor fungsi async (setiap ekspornya menjadi endpoint POST publik).
import { readFileSync } from "node:fs";
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

  it("setiap halaman portal memeriksa sesi sendiri (requireAktor); hanya Akun yang menerima sandi sementara", () => {
    const halaman = semua.filter((b) => b.rel.startsWith(path.join("app", "(portal)")) && b.rel.endsWith("page.tsx"));
    expect(halaman.length).toBeGreaterThan(10);
    const teksDari = (rel: string) => readFileSync(path.join(akar, rel), "utf8");
    const salah: string[] = [];
    for (const b of halaman) {
      let teks = teksDari(b.rel);
      if (!teks.includes("requireAktor(")) {
        // Halaman tipis yang merender komponen halaman bersama (halaman-*.tsx): periksa komponen itu.
        const impor = [...teks.matchAll(/from "(@\/app\/[^"]+|\.\/[^"]+)"/g)].map((m) => m[1]!).filter((x) => /halaman-/.test(x));
        teks = impor
          .map((i) => (i.startsWith("@/") ? i.slice(2) : path.join(path.dirname(b.rel), i)) + ".tsx")
          .map(teksDari)
          .join("\n");
      }
      if (!teks.includes("requireAktor(")) salah.push(`${b.rel}: tidak memanggil requireAktor()`);
      const longgar = teks.includes("izinkanSandiSementara");
      if (longgar && !b.rel.endsWith(path.join("akun", "page.tsx"))) salah.push(`${b.rel}: menerima sandi sementara`);
    }
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
