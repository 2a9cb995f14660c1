import { describe, expect, it } from "vitest";
import { bangunHierarki, type Penugasan, type SimpulJabatan } from "./hierarki";
import { jabatanTanpaPenilai, penilaiBerubah, pltKedaluwarsa } from "./masalah";

const t = (s: string) => new Date(`${s}T00:00:00Z`);
const j = (id: string, parentId: string | null, jenis: SimpulJabatan["jenis"] = "PELAKSANA"): SimpulJabatan => ({ id, parentId, jenis });
const p = (pegawaiId: string, jabatanId: string, jenis: Penugasan["jenis"], mulai: string, selesai: string | null = null): Penugasan => ({ pegawaiId, jabatanId, jenis, tmtMulai: t(mulai), tmtSelesai: selesai ? t(selesai) : null });
const HARI = t("2026-06-15");

describe("jabatanTanpaPenilai", () => {
  // top (Sekda, terisi) → kadis (kosong) → kabid (kosong) → staf; akar2 (kosong) → anak2; yatim → induk yang tidak ada.
  const jabatan = [j("top", null, "JPT"), j("kadis", "top", "JPT"), j("kabid", "kadis", "ADMINISTRATOR"), j("staf", "kabid"), j("akar2", null, "PENGAWAS"), j("anak2", "akar2"), j("cucu2", "anak2"), j("yatim", "hilang")];
  it("rantai dengan pemangku di atasnya (melewati jabatan kosong) tidak termasuk; puncak tidak termasuk", () => {
    const h = bangunHierarki(jabatan, [p("sekda", "top", "DEFINITIF", "2020-01-01")]);
    expect(jabatanTanpaPenilai(h, HARI).sort()).toEqual(["anak2", "cucu2", "yatim"]);
  });
  it("semua kosong: setiap jabatan bukan puncak termasuk; Plt di atasnya menyelesaikan", () => {
    expect(jabatanTanpaPenilai(bangunHierarki(jabatan, []), HARI).sort()).toEqual(["anak2", "cucu2", "kabid", "kadis", "staf", "yatim"]);
    const h = bangunHierarki(jabatan, [p("x", "akar2", "PLT", "2026-01-01")]);
    expect(jabatanTanpaPenilai(h, HARI)).not.toContain("anak2");
  });
  it("opsi PIMPINAN_INSTANSI: JPT tidak dianggap bermasalah", () => {
    const h = bangunHierarki(jabatan, [], { penilaiJpt: "PIMPINAN_INSTANSI" });
    expect(jabatanTanpaPenilai(h, HARI)).not.toContain("kadis");
  });
  it("aman terhadap siklus di data", () => {
    const h = bangunHierarki([j("a", "b"), j("b", "a")], []);
    expect(jabatanTanpaPenilai(h, HARI).sort()).toEqual(["a", "b"]);
  });
});

describe("pltKedaluwarsa", () => {
  const jab = [j("k", null, "PENGAWAS"), j("m", null, "PENGAWAS"), j("n", null, "PENGAWAS"), j("o", null, "PENGAWAS")];
  it("Plh berakhir dan jabatan masih kosong", () => {
    const h = bangunHierarki(jab, [p("a", "k", "DEFINITIF", "2020-01-01", "2025-12-31"), p("b", "k", "PLH", "2026-01-02", "2026-03-31")]);
    expect(pltKedaluwarsa(h, HARI)).toMatchObject([{ jabatanId: "k", pegawaiId: "b", jenis: "PLH", alasan: "BERAKHIR" }]);
  });
  it("jabatan kosong yang penugasan terakhirnya definitif tidak termasuk", () => {
    const h = bangunHierarki(jab, [p("b", "k", "PLH", "2025-01-02", "2025-03-31"), p("a", "k", "DEFINITIF", "2025-04-01", "2026-05-31")]);
    expect(pltKedaluwarsa(h, HARI)).toEqual([]);
  });
  it("Plt masih berjalan sesudah definitif dilantik; Plh di samping definitif biasa", () => {
    const h = bangunHierarki(jab, [p("plt", "m", "PLT", "2026-01-02"), p("def", "m", "DEFINITIF", "2026-05-01"), p("def2", "n", "DEFINITIF", "2020-01-01"), p("plh", "n", "PLH", "2026-06-01", "2026-06-30")]);
    expect(pltKedaluwarsa(h, HARI)).toMatchObject([{ jabatanId: "m", pegawaiId: "plt", alasan: "ADA_DEFINITIF" }]);
  });
  it("Plt tanpa tanggal selesai lebih dari 6 bulan; 5 bulan belum", () => {
    const h = bangunHierarki(jab, [p("x", "o", "PLT", "2025-12-01"), p("y", "m", "PLT", "2026-01-20")]);
    expect(pltKedaluwarsa(h, HARI)).toMatchObject([{ jabatanId: "o", alasan: "MELEWATI_BATAS" }]);
  });
});

describe("penilaiBerubah", () => {
  it("membandingkan id pegawai; null = pimpinan instansi; tanpa penilai sekarang = berubah", () => {
    expect(penilaiBerubah("a", { tipe: "PEGAWAI", pegawaiId: "a", jabatanId: "j", jenis: "DEFINITIF" })).toBe(false);
    expect(penilaiBerubah("a", { tipe: "PEGAWAI", pegawaiId: "b", jabatanId: "j", jenis: "PLT" })).toBe(true);
    expect(penilaiBerubah(null, { tipe: "PIMPINAN_INSTANSI" })).toBe(false);
    expect(penilaiBerubah("a", { tipe: "PIMPINAN_INSTANSI" })).toBe(true);
    expect(penilaiBerubah(null, { tipe: "PEGAWAI", pegawaiId: "b", jabatanId: "j", jenis: "DEFINITIF" })).toBe(true);
    expect(penilaiBerubah("a", null)).toBe(true);
  });
});
