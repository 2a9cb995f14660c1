import { describe, expect, it } from "vitest";
import { periksaFinalisasi, type ButirFinalisasi } from "@/lib/penilaian/finalisasi";

const ok = (id: string, nama: string): ButirFinalisasi => ({ id, nama, predikat: "BAIK", hasil: { ok: true, statusBaru: "FINAL" } });

describe("periksaFinalisasi", () => {
  it("semua boleh → ok", () => expect(periksaFinalisasi([ok("1", "Ani"), ok("2", "Budi")])).toEqual({ ok: true, peringatan: [] }));
  it("satu ditolak → tidak ada yang difinalkan, menyebut namanya", () => {
    const h = periksaFinalisasi([ok("1", "Ani"), { ...ok("2", "Budi"), hasil: { ok: false, pesan: "Belum selesai." } }]);
    expect(h).toEqual({ ok: false, pesan: "1 dari 2 penilaian belum dapat difinalkan.", rincian: ["Budi: Belum selesai."] });
  });
  it("kosong ditolak", () => expect(periksaFinalisasi([]).ok).toBe(false));
  it("pemeriksa kelompok (mis. kurva distribusi) dapat menolak seluruh kelompok", () => {
    const h = periksaFinalisasi([ok("1", "Ani")], [(b) => (b.filter((x) => x.predikat === "BAIK").length > 0 ? ["Terlalu banyak Baik."] : [])]);
    expect(h).toEqual({ ok: false, pesan: "Terlalu banyak Baik.", rincian: ["Terlalu banyak Baik."] });
  });
});
