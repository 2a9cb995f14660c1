import { describe, expect, it } from "vitest";
import { isKodeBerakhlak, KODE_BERAKHLAK, NILAI_BERAKHLAK, nilaiBerakhlak } from "./berakhlak";

describe("NILAI_BERAKHLAK", () => {
  it("berisi 7 nilai dasar dengan urutan B-e-r-A-K-H-L-A-K", () => {
    expect(NILAI_BERAKHLAK.map((n) => n.nama)).toEqual([
      "Berorientasi Pelayanan",
      "Akuntabel",
      "Kompeten",
      "Harmonis",
      "Loyal",
      "Adaptif",
      "Kolaboratif",
    ]);
  });
  it("setiap nilai memiliki tepat 3 panduan perilaku yang terisi dan berbeda", () => {
    for (const n of NILAI_BERAKHLAK) {
      expect(n.panduan).toHaveLength(3);
      expect(new Set(n.panduan).size).toBe(3);
      for (const p of n.panduan) expect(p.trim()).toBe(p);
      for (const p of n.panduan) expect(p.length).toBeGreaterThan(5);
    }
  });
  it("kode unik dan sama dengan KODE_BERAKHLAK", () => {
    expect(new Set(NILAI_BERAKHLAK.map((n) => n.kode)).size).toBe(7);
    expect(KODE_BERAKHLAK).toEqual(NILAI_BERAKHLAK.map((n) => n.kode));
  });
  it("redaksi panduan sesuai formulir resmi (pemeriksaan acak)", () => {
    expect(nilaiBerakhlak("BERORIENTASI_PELAYANAN")?.panduan[1]).toBe("Ramah, cekatan, solutif, dan dapat diandalkan");
    expect(nilaiBerakhlak("AKUNTABEL")?.panduan[2]).toBe("Tidak menyalahgunakan kewenangan jabatan");
    expect(nilaiBerakhlak("LOYAL")?.panduan[0]).toBe(
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
    );
    expect(nilaiBerakhlak("ADAPTIF")?.panduan).toEqual([
      "Cepat menyesuaikan diri menghadapi perubahan",
      "Terus berinovasi dan mengembangkan kreativitas",
      "Bertindak proaktif",
    ]);
    expect(nilaiBerakhlak("KOLABORATIF")?.panduan[2]).toBe(
      "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    );
  });
  it("isKodeBerakhlak dan nilaiBerakhlak menolak kode yang tidak dikenal", () => {
    expect(isKodeBerakhlak("HARMONIS")).toBe(true);
    expect(isKodeBerakhlak("harmonis")).toBe(false);
    expect(isKodeBerakhlak("KOMITMEN")).toBe(false);
    expect(nilaiBerakhlak("KOMITMEN")).toBeUndefined();
  });
});
