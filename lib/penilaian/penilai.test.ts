import { describe, expect, it } from "vitest";
import { bangunHierarki, type Penugasan, type SimpulJabatan } from "@/lib/organisasi/hierarki";
import { bolehMenilai, penilaiPeriode, tanggalAcuanPenilaian } from "@/lib/penilaian/penilai";

const t = (s: string) => new Date(`${s}T00:00:00Z`);
const jabatan: SimpulJabatan[] = [
  { id: "kadis", parentId: null, jenis: "JPT" },
  { id: "kabid", parentId: "kadis", jenis: "ADMINISTRATOR" },
  { id: "kasi", parentId: "kabid", jenis: "PENGAWAS" },
  { id: "staf", parentId: "kasi", jenis: "PELAKSANA" },
];
const p = (pegawaiId: string, jabatanId: string, jenis: Penugasan["jenis"], mulai: string, selesai: string | null = null): Penugasan => ({
  pegawaiId,
  jabatanId,
  jenis,
  tmtMulai: t(mulai),
  tmtSelesai: selesai ? t(selesai) : null,
});
const TW1 = { mulai: t("2026-01-01"), selesai: t("2026-03-31") };
const SKP = { mulai: t("2026-01-01"), selesai: t("2026-12-31") };

describe("penilai pada tanggal acuan periode", () => {
  it("tanggal acuan = akhir periode, dibatasi akhir segmen SKP", () => {
    expect(tanggalAcuanPenilaian(TW1, SKP)).toEqual(t("2026-03-31"));
    expect(tanggalAcuanPenilaian(TW1, { mulai: t("2026-01-01"), selesai: t("2026-02-15") })).toEqual(t("2026-02-15"));
  });
  it("kasi definitif menilai staf", () => {
    const h = bangunHierarki(jabatan, [p("ani", "staf", "DEFINITIF", "2020-01-01"), p("budi", "kasi", "DEFINITIF", "2020-01-01"), p("cici", "kabid", "DEFINITIF", "2020-01-01")]);
    const r = penilaiPeriode(h, "ani", TW1, SKP);
    expect(r.penilai).toMatchObject({ tipe: "PEGAWAI", pegawaiId: "budi" });
    expect(r.atasanPenilai).toMatchObject({ tipe: "PEGAWAI", pegawaiId: "cici" });
    expect(bolehMenilai(h, "budi", "ani", TW1, SKP)).toBe(true);
    expect(bolehMenilai(h, "cici", "ani", TW1, SKP)).toBe(false);
  });
  it("kasi kosong pada akhir periode: Plt yang menjabat saat itu menilai, bukan pejabat lama", () => {
    const h = bangunHierarki(jabatan, [
      p("ani", "staf", "DEFINITIF", "2020-01-01"),
      p("budi", "kasi", "DEFINITIF", "2020-01-01", "2026-03-15"),
      p("dodi", "kasi", "PLT", "2026-03-16"),
      p("cici", "kabid", "DEFINITIF", "2020-01-01"),
    ]);
    expect(bolehMenilai(h, "dodi", "ani", TW1, SKP)).toBe(true);
    expect(bolehMenilai(h, "budi", "ani", TW1, SKP)).toBe(false);
  });
  it("Plh dihitung bila tidak ada definitif maupun Plt", () => {
    const h = bangunHierarki(jabatan, [p("ani", "staf", "DEFINITIF", "2020-01-01"), p("eka", "kasi", "PLH", "2026-03-01", "2026-04-30"), p("cici", "kabid", "DEFINITIF", "2020-01-01")]);
    expect(bolehMenilai(h, "eka", "ani", TW1, SKP)).toBe(true);
  });
  it("jabatan penilai kosong (tanpa Plt/Plh): naik ke kabid", () => {
    const h = bangunHierarki(jabatan, [p("ani", "staf", "DEFINITIF", "2020-01-01"), p("cici", "kabid", "DEFINITIF", "2020-01-01"), p("fajar", "kadis", "DEFINITIF", "2020-01-01")]);
    expect(penilaiPeriode(h, "ani", TW1, SKP).penilai).toMatchObject({ pegawaiId: "cici" });
    expect(penilaiPeriode(h, "ani", TW1, SKP).atasanPenilai).toMatchObject({ pegawaiId: "fajar" });
  });
  it("tidak pernah menilai diri sendiri: staf yang menjadi Plt kasi dinilai kabid", () => {
    const h = bangunHierarki(jabatan, [p("ani", "staf", "DEFINITIF", "2020-01-01"), p("ani", "kasi", "PLT", "2026-01-01"), p("cici", "kabid", "DEFINITIF", "2020-01-01")]);
    expect(bolehMenilai(h, "ani", "ani", TW1, SKP)).toBe(false);
    expect(penilaiPeriode(h, "ani", TW1, SKP).penilai).toMatchObject({ pegawaiId: "cici" });
  });
  it("pegawai tanpa jabatan definitif pada tanggal acuan: tidak ada penilai", () => {
    const h = bangunHierarki(jabatan, [p("ani", "staf", "DEFINITIF", "2026-05-01"), p("budi", "kasi", "DEFINITIF", "2020-01-01")]);
    expect(penilaiPeriode(h, "ani", TW1, SKP).penilai).toBeNull();
    expect(bolehMenilai(h, "budi", "ani", TW1, SKP)).toBe(false);
  });
});
