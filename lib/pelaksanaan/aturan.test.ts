import { describe, expect, it } from "vitest";
import { capaianPersen, judulTautan, bolehBeriUmpanBalik, bolehIsiPelaksanaan, hitungKelengkapan, LABEL_KELENGKAPAN, hitungKunjungan, jumlahBaru, kodeRhk, periksaTautan } from "@/lib/pelaksanaan/aturan";
import { DAFTAR_PERAN, DAFTAR_STATUS } from "@/lib/skp/workflow";

describe("bolehIsiPelaksanaan", () => {
  it("hanya pemilik, SKP disetujui, periode dibuka", () => {
    for (const statusSkp of DAFTAR_STATUS) {
      for (const peran of DAFTAR_PERAN) {
        for (const statusPeriode of ["BUKA", "TUTUP"] as const) {
          const r = bolehIsiPelaksanaan({ statusSkp, peran, statusPeriode, labelPeriode: "Triwulan I" });
          expect(r.ok, `${statusSkp}/${peran}/${statusPeriode}`).toBe(statusSkp === "DISETUJUI" && peran === "PEMILIK" && statusPeriode === "BUKA");
        }
      }
    }
  });
  it("pesan yang jelas untuk setiap penolakan", () => {
    expect(bolehIsiPelaksanaan({ statusSkp: "DISETUJUI", peran: "PEMILIK", statusPeriode: "TUTUP", labelPeriode: "Triwulan I" })).toEqual({
      ok: false,
      pesan: "Periode Triwulan I sudah ditutup. Hubungi admin BKD bila perlu dibuka kembali.",
    });
    expect(bolehIsiPelaksanaan({ statusSkp: "DRAFT", peran: "PEMILIK", statusPeriode: "BUKA", labelPeriode: "x" })).toMatchObject({ pesan: /setelah SKP disetujui/ });
    expect(bolehIsiPelaksanaan({ statusSkp: "DIGANTI", peran: "PEMILIK", statusPeriode: "BUKA", labelPeriode: "x" })).toMatchObject({ pesan: /diganti revisi/ });
    expect(bolehIsiPelaksanaan({ statusSkp: "DISETUJUI", peran: "PENILAI", statusPeriode: "BUKA", labelPeriode: "x" })).toMatchObject({ pesan: /Hanya pemilik/ });
  });
});

describe("bolehBeriUmpanBalik", () => {
  it("penilai dan pemilik pada SKP yang disetujui", () => {
    expect(bolehBeriUmpanBalik({ statusSkp: "DISETUJUI", peran: "PENILAI" }).ok).toBe(true);
    expect(bolehBeriUmpanBalik({ statusSkp: "DISETUJUI", peran: "PEMILIK" }).ok).toBe(true);
    expect(bolehBeriUmpanBalik({ statusSkp: "DISETUJUI", peran: "LAIN" }).ok).toBe(false);
    for (const s of ["DRAFT", "DIAJUKAN", "DITOLAK", "DIGANTI"] as const) expect(bolehBeriUmpanBalik({ statusSkp: s, peran: "PENILAI" }).ok).toBe(false);
  });
});

describe("hitungKelengkapan", () => {
  it("belum mulai, sebagian, lengkap", () => {
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [], indikator: 3, indikatorTerealisasi: 0 })).toMatchObject({ persen: 0, status: "BELUM_MULAI" });
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [1, 0], indikator: 2, indikatorTerealisasi: 1 })).toMatchObject({ persen: 50, status: "SEBAGIAN", rencanaAksiBerbukti: 1 });
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [2, 1, 1], indikator: 3, indikatorTerealisasi: 3 })).toMatchObject({ persen: 100, status: "LENGKAP" });
  });
  it("realisasi tanpa rencana aksi: belum lengkap, persen sesuai yang sudah diisi tetapi tidak 100", () => {
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [], indikator: 2, indikatorTerealisasi: 2 })).toMatchObject({ persen: 99, status: "SEBAGIAN" });
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [], indikator: 4, indikatorTerealisasi: 1 })).toMatchObject({ persen: 25, status: "SEBAGIAN" });
  });
  it("label tanpa kata bentukan: belum diisi, belum lengkap, lengkap", () => {
    expect(LABEL_KELENGKAPAN).toEqual({ BELUM_MULAI: "Belum diisi", SEBAGIAN: "Belum lengkap", LENGKAP: "Lengkap" });
  });
  it("dibulatkan ke bawah; realisasi tidak melebihi jumlah indikator", () => {
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [1, 0, 0], indikator: 0, indikatorTerealisasi: 0 }).persen).toBe(33);
    expect(hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [1], indikator: 1, indikatorTerealisasi: 5 })).toMatchObject({ indikatorTerealisasi: 1, status: "LENGKAP" });
  });
});

describe("periksaTautan", () => {
  it("menerima http(s)", () => {
    expect(periksaTautan(" https://drive.google.com/file/d/abc/view ")).toEqual({ ok: true, url: "https://drive.google.com/file/d/abc/view" });
  });
  it("menolak skema lain, kredensial, teks bebas", () => {
    for (const t of ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://x.id/a", "laporan saya", "https://u:p@x.id/"]) {
      expect(periksaTautan(t).ok, t).toBe(false);
    }
  });
});

describe("jumlahBaru", () => {
  const t = (iso: string) => new Date(iso);
  const umpan = [
    { penulisPegawaiId: "atasan", createdAt: t("2026-03-01T10:00:00Z") },
    { penulisPegawaiId: "saya", createdAt: t("2026-03-02T10:00:00Z") },
    { penulisPegawaiId: "atasan", createdAt: t("2026-03-03T10:00:00Z") },
  ];
  it("komentar orang lain setelah kunjungan terakhir; semua bila belum pernah berkunjung", () => {
    expect(jumlahBaru(umpan, "saya", t("2026-03-02T00:00:00Z"))).toBe(1);
    expect(jumlahBaru(umpan, "saya", null)).toBe(2);
    expect(jumlahBaru(umpan, "atasan", null)).toBe(1);
    expect(jumlahBaru(umpan, "saya", t("2026-04-01T00:00:00Z"))).toBe(0);
  });
});

describe("hitungKunjungan", () => {
  const t = (iso: string) => new Date(iso);
  it("kunjungan pertama: semua baru selama kunjungan itu", () => {
    expect(hitungKunjungan(null, t("2026-03-01T08:00:00Z"))).toEqual({ acuanBaru: null, terakhirDilihat: t("2026-03-01T08:00:00Z") });
    expect(hitungKunjungan({ terakhirDilihat: t("2026-03-01T08:00:00Z"), acuanBaru: null }, t("2026-03-01T08:10:00Z")).acuanBaru).toBeNull();
  });
  it("dalam kunjungan yang sama acuan tetap; setelah jeda > 30 menit acuan maju ke kunjungan sebelumnya", () => {
    const ada = { terakhirDilihat: t("2026-03-01T08:00:00Z"), acuanBaru: t("2026-02-20T00:00:00Z") };
    expect(hitungKunjungan(ada, t("2026-03-01T08:29:00Z")).acuanBaru).toEqual(t("2026-02-20T00:00:00Z"));
    expect(hitungKunjungan(ada, t("2026-03-01T08:31:00Z")).acuanBaru).toEqual(t("2026-03-01T08:00:00Z"));
  });
});

describe("kodeRhk", () => {
  it("utama dan tambahan dinomori sendiri-sendiri", () => {
    expect(kodeRhk(["UTAMA", "UTAMA", "TAMBAHAN", "UTAMA", "TAMBAHAN"])).toEqual(["U1", "U2", "T1", "U3", "T2"]);
    expect(kodeRhk([])).toEqual([]);
  });
});

describe("capaianPersen", () => {
  it.each([
    [92.5, 100, 92.5],
    [3, 4, 75],
    [1, 3, 33.3],
    [12, 10, 120],
    [0, 5, 0],
    [5, 0, null],
    [null, 10, null],
    [5, null, null],
  ] as const)("%s dari %s → %s", (r, t, c) => expect(capaianPersen(r, t)).toBe(c));
});

describe("periksaTautan: batas panjang", () => {
  it("panjang dihitung pada bentuk yang dienkode; nama situs raksasa ditolak; judul bawaan dipotong", () => {
    const dekat = "https://x.id/" + "é".repeat(700); // 713 karakter diketik, > 2000 setelah dienkode (%C3%A9)
    expect(dekat.length).toBeLessThan(2000);
    expect(periksaTautan(dekat)).toMatchObject({ ok: false, pesan: expect.stringContaining("setelah dienkode") });
    expect(periksaTautan("https://x.id/" + "é".repeat(100)).ok).toBe(true);
    const host = `https://${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.id/`;
    expect(periksaTautan(host)).toMatchObject({ ok: false });
    const panjang = `https://${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(50)}.id/x`;
    expect(periksaTautan(panjang).ok).toBe(true);
    expect(judulTautan(panjang).length).toBe(160);
  });
});
