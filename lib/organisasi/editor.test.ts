import { describe, expect, it } from "vitest";
import {
  adalahStruktural,
  cekAkhiriPenugasan,
  cekIndukBaru,
  cekPenugasanBaru,
  cekTutupJabatan,
  cekTutupUnit,
  hariSebelum,
  rencanaBerhenti,
  rencanaMutasi,
  type PenugasanTerbuka,
  type SimpulPohon,
} from "./editor";

const t = (s: string) => new Date(`${s}T00:00:00Z`);
const peta = (s: SimpulPohon[]) => new Map(s.map((x) => [x.id, x]));
const n = (id: string, parentId: string | null, instansiId = "I1", aktif = true): SimpulPohon => ({ id, parentId, instansiId, aktif });

// A → B → C → D, E akar lain; X di instansi lain; Z ditutup.
const pohon = peta([n("A", null), n("B", "A"), n("C", "B"), n("D", "C"), n("E", null), n("X", null, "I2"), n("Z", "A", "I1", false)]);

describe("cekIndukBaru (tanpa siklus)", () => {
  it("menolak menjadi induk dirinya sendiri", () => {
    expect(cekIndukBaru(pohon, "B", "B", "jabatan")).toMatchObject({ ok: false, alasan: "DIRI_SENDIRI" });
  });
  it("menolak anak langsung dan turunan dalam sebagai induk", () => {
    expect(cekIndukBaru(pohon, "B", "C", "jabatan")).toMatchObject({ ok: false, alasan: "TURUNAN" });
    expect(cekIndukBaru(pohon, "A", "D", "unit")).toMatchObject({ ok: false, alasan: "TURUNAN" });
  });
  it("rantai panjang: 500 tingkat, akar dipindah ke daun ditolak, daun ke akar lain diterima", () => {
    const s: SimpulPohon[] = [n("j0", null)];
    for (let i = 1; i < 500; i++) s.push(n(`j${i}`, `j${i - 1}`));
    s.push(n("lain", null));
    const p = peta(s);
    expect(cekIndukBaru(p, "j0", "j499", "jabatan")).toMatchObject({ ok: false, alasan: "TURUNAN" });
    expect(cekIndukBaru(p, "j250", "j499", "jabatan")).toMatchObject({ ok: false, alasan: "TURUNAN" });
    expect(cekIndukBaru(p, "j499", "lain", "jabatan")).toEqual({ ok: true });
    expect(cekIndukBaru(p, "j250", "j100", "jabatan")).toEqual({ ok: true });
  });
  it("menolak induk di instansi lain", () => {
    expect(cekIndukBaru(pohon, "B", "X", "unit")).toMatchObject({ ok: false, alasan: "INSTANSI_LAIN" });
  });
  it("menolak induk yang tidak ada atau sudah ditutup, dan simpul yang tidak ada", () => {
    expect(cekIndukBaru(pohon, "B", "tidak-ada", "jabatan")).toMatchObject({ ok: false, alasan: "TIDAK_ADA" });
    expect(cekIndukBaru(pohon, "tidak-ada", "A", "jabatan")).toMatchObject({ ok: false, alasan: "TIDAK_ADA" });
    expect(cekIndukBaru(pohon, "C", "Z", "jabatan")).toMatchObject({ ok: false, alasan: "INDUK_TIDAK_AKTIF" });
  });
  it("menerima induk sah: saudara, akar lain, leluhur, dan menjadi akar", () => {
    expect(cekIndukBaru(pohon, "C", "A", "jabatan")).toEqual({ ok: true });
    expect(cekIndukBaru(pohon, "C", "E", "jabatan")).toEqual({ ok: true });
    expect(cekIndukBaru(pohon, "D", "B", "jabatan")).toEqual({ ok: true });
    expect(cekIndukBaru(pohon, "C", null, "unit")).toEqual({ ok: true });
  });
  it("aman terhadap siklus yang sudah ada di data (berhenti, tidak berputar)", () => {
    const rusak = peta([n("P", "Q"), n("Q", "P"), n("R", null)]);
    expect(cekIndukBaru(rusak, "R", "P", "jabatan")).toEqual({ ok: true });
    expect(cekIndukBaru(rusak, "P", "Q", "jabatan")).toMatchObject({ ok: false, alasan: "TURUNAN" });
  });
  it("pesan dalam Bahasa Indonesia menurut jenis pohon", () => {
    const r = cekIndukBaru(pohon, "A", "C", "unit");
    expect(!r.ok && r.pesan).toMatch(/Unit kerja tidak dapat dipindah ke bawah unit turunannya/);
  });
});

const p = (o: Partial<PenugasanTerbuka> & { tmtMulai: Date }): PenugasanTerbuka => ({ id: "p", pegawaiId: "g1", jenis: "DEFINITIF", tmtSelesai: null, ...o });

describe("menutup jabatan dan unit", () => {
  const hariIni = t("2026-06-30");
  it("jabatan dengan pemangku yang masih berlaku ditolak; yang sudah berakhir sebelum D boleh", () => {
    expect(cekTutupJabatan({ tanggal: t("2026-06-01"), hariIni, penugasan: [p({ tmtMulai: t("2020-01-01") })], jabatanBawahanAktif: 0 })).toMatchObject({ ok: false, alasan: "ADA_PEMANGKU" });
    expect(cekTutupJabatan({ tanggal: t("2026-06-01"), hariIni, penugasan: [p({ tmtMulai: t("2020-01-01"), tmtSelesai: t("2026-06-01") })], jabatanBawahanAktif: 0 })).toMatchObject({ ok: false });
    expect(cekTutupJabatan({ tanggal: t("2026-06-01"), hariIni, penugasan: [p({ tmtMulai: t("2020-01-01"), tmtSelesai: t("2026-05-31") })], jabatanBawahanAktif: 0 })).toEqual({ ok: true });
  });
  it("Plt yang masih berjalan juga menghalangi", () => {
    const r = cekTutupJabatan({ tanggal: t("2026-06-01"), hariIni, penugasan: [p({ jenis: "PLT", tmtMulai: t("2026-01-01") })], jabatanBawahanAktif: 0 });
    expect(r).toMatchObject({ ok: false, alasan: "ADA_PEMANGKU" });
    expect(!r.ok && r.pesan).toMatch(/Akhiri penugasannya/);
  });
  it("jabatan dengan jabatan bawahan aktif ditolak; tanggal masa depan ditolak", () => {
    expect(cekTutupJabatan({ tanggal: t("2026-06-01"), hariIni, penugasan: [], jabatanBawahanAktif: 2 })).toMatchObject({ ok: false, alasan: "ADA_BAWAHAN" });
    expect(cekTutupJabatan({ tanggal: t("2026-07-01"), hariIni, penugasan: [], jabatanBawahanAktif: 0 })).toMatchObject({ ok: false, alasan: "MASA_DEPAN" });
    expect(cekTutupJabatan({ tanggal: hariIni, hariIni, penugasan: [], jabatanBawahanAktif: 0 })).toEqual({ ok: true });
  });
  it("unit dengan jabatan atau sub-unit aktif ditolak", () => {
    expect(cekTutupUnit({ tanggal: hariIni, hariIni, jabatanAktif: 1, unitAnakAktif: 0 })).toMatchObject({ ok: false, alasan: "ADA_JABATAN" });
    expect(cekTutupUnit({ tanggal: hariIni, hariIni, jabatanAktif: 0, unitAnakAktif: 3 })).toMatchObject({ ok: false, alasan: "ADA_SUBUNIT" });
    expect(cekTutupUnit({ tanggal: t("2027-01-01"), hariIni, jabatanAktif: 0, unitAnakAktif: 0 })).toMatchObject({ ok: false, alasan: "MASA_DEPAN" });
    expect(cekTutupUnit({ tanggal: hariIni, hariIni, jabatanAktif: 0, unitAnakAktif: 0 })).toEqual({ ok: true });
  });
});

describe("penugasan", () => {
  it("mengakhiri: tidak sebelum TMT mulai, tidak yang sudah berakhir", () => {
    expect(cekAkhiriPenugasan({ tmtMulai: t("2026-03-01"), tmtSelesai: null }, t("2026-02-28"))).toMatchObject({ ok: false, alasan: "SEBELUM_MULAI" });
    expect(cekAkhiriPenugasan({ tmtMulai: t("2026-03-01"), tmtSelesai: t("2026-04-01") }, t("2026-05-01"))).toMatchObject({ ok: false, alasan: "SUDAH_BERAKHIR" });
    expect(cekAkhiriPenugasan({ tmtMulai: t("2026-03-01"), tmtSelesai: t("2026-12-31") }, t("2026-05-01"))).toEqual({ ok: true });
    expect(cekAkhiriPenugasan({ tmtMulai: t("2026-03-01"), tmtSelesai: null }, t("2026-03-01"))).toEqual({ ok: true });
  });
  const dasar = { pegawaiId: "g1", jenis: "PLT" as const, tmtMulai: t("2026-03-01"), tmtSelesai: null, jabatanStruktural: true, penugasanJabatan: [], definitifPegawai: [] };
  it("penugasan baru: rentang terbalik, ganda, definitif kedua ditolak", () => {
    expect(cekPenugasanBaru({ ...dasar, tmtSelesai: t("2026-02-01") })).toMatchObject({ ok: false, alasan: "RENTANG" });
    expect(cekPenugasanBaru({ ...dasar, penugasanJabatan: [p({ jenis: "PLH", tmtMulai: t("2026-01-01") })] })).toMatchObject({ ok: false, alasan: "GANDA" });
    expect(cekPenugasanBaru({ ...dasar, jenis: "DEFINITIF", definitifPegawai: [p({ pegawaiId: "g1", tmtMulai: t("2020-01-01") })] })).toMatchObject({ ok: false, alasan: "DEFINITIF_LAIN" });
    expect(cekPenugasanBaru({ ...dasar, jenis: "DEFINITIF", penugasanJabatan: [p({ pegawaiId: "g2", tmtMulai: t("2020-01-01") })] })).toMatchObject({ ok: false, alasan: "PEMANGKU_ADA" });
  });
  it("penugasan baru sah: Plt pada jabatan berpemangku, definitif setelah yang lama berakhir, pelaksana bersama", () => {
    expect(cekPenugasanBaru({ ...dasar, penugasanJabatan: [p({ pegawaiId: "g2", tmtMulai: t("2020-01-01") })] })).toEqual({ ok: true });
    expect(cekPenugasanBaru({ ...dasar, jenis: "DEFINITIF", penugasanJabatan: [p({ pegawaiId: "g2", tmtMulai: t("2020-01-01"), tmtSelesai: t("2026-02-28") })] })).toEqual({ ok: true });
    expect(cekPenugasanBaru({ ...dasar, jenis: "DEFINITIF", jabatanStruktural: false, penugasanJabatan: [p({ pegawaiId: "g2", tmtMulai: t("2020-01-01") })] })).toEqual({ ok: true });
    expect(cekPenugasanBaru({ ...dasar, penugasanJabatan: [p({ tmtMulai: t("2025-01-01"), tmtSelesai: t("2026-02-28") })] })).toEqual({ ok: true });
  });
  it("jabatan struktural: JPT, administrator, pengawas", () => {
    expect(["JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"].map(adalahStruktural)).toEqual([true, true, true, false, false]);
  });
});

describe("mutasi, pensiun, berhenti", () => {
  const lama = { ...p({ id: "lama", tmtMulai: t("2020-01-01") }), jabatanId: "J1" };
  it("mutasi per D mengakhiri definitif lama pada D − 1", () => {
    expect(rencanaMutasi({ tanggal: t("2026-07-01"), jabatanTujuanId: "J2", definitif: [lama] })).toEqual({ ok: true, akhiri: [{ id: "lama", tmtSelesai: t("2026-06-30") }] });
    expect(hariSebelum(t("2026-03-01"))).toEqual(t("2026-02-28"));
  });
  it("mutasi ditolak: tanpa jabatan, jabatan sama, tanggal = TMT lama, penugasan masa depan", () => {
    expect(rencanaMutasi({ tanggal: t("2026-07-01"), jabatanTujuanId: "J2", definitif: [] })).toMatchObject({ ok: false });
    expect(rencanaMutasi({ tanggal: t("2026-07-01"), jabatanTujuanId: "J1", definitif: [lama] })).toMatchObject({ ok: false, pesan: expect.stringMatching(/sama/) });
    expect(rencanaMutasi({ tanggal: t("2020-01-01"), jabatanTujuanId: "J2", definitif: [lama] })).toMatchObject({ ok: false, pesan: expect.stringMatching(/setelah TMT/) });
    const nanti = { ...p({ id: "nanti", tmtMulai: t("2026-09-01") }), jabatanId: "J3" };
    expect(rencanaMutasi({ tanggal: t("2026-07-01"), jabatanTujuanId: "J2", definitif: [{ ...lama, tmtSelesai: t("2026-08-31") }, nanti] })).toMatchObject({ ok: false });
  });
  it("pensiun/berhenti mengakhiri setiap penugasan yang masih berlaku pada D − 1, membiarkan yang sudah berakhir", () => {
    const r = rencanaBerhenti({
      tanggal: t("2026-06-01"),
      hariIni: t("2026-06-30"),
      sudahBerhenti: false,
      penugasan: [p({ id: "a", tmtMulai: t("2020-01-01") }), p({ id: "b", jenis: "PLT", tmtMulai: t("2026-01-01"), tmtSelesai: t("2026-12-31") }), p({ id: "c", tmtMulai: t("2010-01-01"), tmtSelesai: t("2019-12-31") })],
    });
    expect(r).toEqual({ ok: true, akhiri: [{ id: "a", tmtSelesai: t("2026-05-31") }, { id: "b", tmtSelesai: t("2026-05-31") }] });
  });
  it("pensiun/berhenti ditolak: sudah berhenti, masa depan, penugasan mulai pada/sesudah D", () => {
    const dasar = { tanggal: t("2026-06-01"), hariIni: t("2026-06-30"), sudahBerhenti: false, penugasan: [] };
    expect(rencanaBerhenti({ ...dasar, sudahBerhenti: true })).toMatchObject({ ok: false });
    expect(rencanaBerhenti({ ...dasar, tanggal: t("2026-07-01") })).toMatchObject({ ok: false });
    expect(rencanaBerhenti({ ...dasar, penugasan: [p({ tmtMulai: t("2026-06-01") })] })).toMatchObject({ ok: false });
    expect(rencanaBerhenti(dasar)).toEqual({ ok: true, akhiri: [] });
  });
});
