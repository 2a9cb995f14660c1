import { describe, expect, it } from "vitest";
import {
  aksiEvaluasiTersedia,
  DAFTAR_AKSI_EVALUASI,
  DAFTAR_PERAN_EVALUASI,
  DAFTAR_STATUS_EVALUASI,
  peranEvaluasi,
  putuskanEvaluasi,
  putuskanUntukPeran,
  statusKotak,
  type AksiEvaluasi,
  type KonteksEvaluasi,
  type PeranEvaluasi,
  type StatusEvaluasi,
  type StatusKeberatan,
} from "@/lib/penilaian/alur";

const ALASAN = "Alasan yang cukup panjang.";

/** Konteks yang memenuhi semua syarat selain status/peran/aksi, agar tabel hanya menguji status × peran × aksi. */
function penuh(status: StatusEvaluasi, peran: PeranEvaluasi, aksi: AksiEvaluasi, keberatan: StatusKeberatan | null = null): KonteksEvaluasi {
  return { status, peran, aksi, keberatan, ratingLengkap: true, gerbang: { boleh: true, peringatan: null }, tenggat: { terbuka: true, tutupLabel: "" }, alasan: ALASAN };
}

// Setiap kombinasi yang BOLEH (status, peran, aksi, keberatan) → status baru. Semua kombinasi lain harus ditolak.
const BOLEH: [StatusEvaluasi, PeranEvaluasi, AksiEvaluasi, StatusKeberatan | null, StatusEvaluasi][] = [];
for (const s of DAFTAR_STATUS_EVALUASI) {
  for (const k of [null, "DIAJUKAN", "DIPUTUSKAN"] as const) {
    BOLEH.push([s, "PENILAI", "LIHAT", k, s], [s, "ADMIN", "LIHAT", k, s]);
    if (s !== "BELUM") BOLEH.push([s, "ATASAN_PENILAI", "LIHAT", k, s]);
    if (s === "FINAL" || s === "DIKECUALIKAN") BOLEH.push([s, "PEGAWAI", "LIHAT", k, s]);
    if (s === "BELUM" || s === "DRAF") BOLEH.push([s, "PENILAI", "SIMPAN", k, "DRAF"], [s, "PENILAI", "TANDAI_SELESAI", k, "SELESAI_DINILAI"], [s, "PENILAI", "KECUALIKAN", k, "DIKECUALIKAN"]);
    if (s === "SELESAI_DINILAI") BOLEH.push([s, "PENILAI", "BATAL_SELESAI", k, "DRAF"], [s, "PENILAI", "FINALKAN", k, "FINAL"]);
    if (s === "DIKECUALIKAN") BOLEH.push([s, "PENILAI", "BATAL_KECUALIKAN", k, "DRAF"]);
    if (s === "FINAL" && k === null) BOLEH.push([s, "ADMIN", "BUKA_KEMBALI", k, "DRAF"], [s, "PEGAWAI", "AJUKAN_KEBERATAN", k, "FINAL"]);
    if (k === "DIAJUKAN") BOLEH.push([s, "PENILAI", "JELASKAN_KEBERATAN", k, s], [s, "ATASAN_PENILAI", "PUTUSKAN_KEBERATAN", k, "FINAL"]);
  }
}

describe("alur evaluasi: setiap status × peran × aksi × keberatan", () => {
  const boleh = new Map(BOLEH.map(([s, p, a, k, baru]) => [`${s}|${p}|${a}|${k}`, baru]));
  const kasus = DAFTAR_STATUS_EVALUASI.flatMap((s) =>
    DAFTAR_PERAN_EVALUASI.flatMap((p) => DAFTAR_AKSI_EVALUASI.flatMap((a) => ([null, "DIAJUKAN", "DIPUTUSKAN"] as const).map((k) => [s, p, a, k] as const))),
  );
  it(`mencakup ${kasus.length} kombinasi`, () => expect(kasus.length).toBe(5 * 5 * 11 * 3));
  it.each(kasus)("%s · %s · %s · keberatan %s", (s, p, a, k) => {
    const h = putuskanEvaluasi(penuh(s, p, a, k));
    const harap = boleh.get(`${s}|${p}|${a}|${k}`);
    if (harap) expect(h).toEqual({ ok: true, statusBaru: harap });
    else {
      expect(h.ok).toBe(false);
      if (!h.ok) expect(h.pesan.length).toBeGreaterThan(15);
    }
  });
});

describe("syarat tambahan", () => {
  it("tandai selesai perlu kedua rating", () => {
    const h = putuskanEvaluasi({ ...penuh("DRAF", "PENILAI", "TANDAI_SELESAI"), ratingLengkap: false });
    expect(h).toEqual({ ok: false, pesan: expect.stringContaining("rating hasil kerja") });
  });
  it("gerbang blokir menolak tandai selesai dengan pesannya; peringatan membolehkan", () => {
    expect(putuskanEvaluasi({ ...penuh("DRAF", "PENILAI", "TANDAI_SELESAI"), gerbang: { boleh: false, pesan: "Belum lengkap X." } })).toEqual({ ok: false, pesan: "Belum lengkap X." });
    expect(putuskanEvaluasi({ ...penuh("DRAF", "PENILAI", "TANDAI_SELESAI"), gerbang: { boleh: true, peringatan: "kurang" } }).ok).toBe(true);
    // Draf tetap boleh disimpan walau diblokir: penilai menulis umpan balik sambil menunggu.
    expect(putuskanEvaluasi({ ...penuh("DRAF", "PENILAI", "SIMPAN"), gerbang: { boleh: false, pesan: "x" } }).ok).toBe(true);
  });
  it("finalisasi keputusan pimpinan instansi perlu pindaian", () => {
    expect(putuskanEvaluasi({ ...penuh("SELESAI_DINILAI", "PENILAI", "FINALKAN"), perluPindaian: true, adaPindaian: false }).ok).toBe(false);
    expect(putuskanEvaluasi({ ...penuh("SELESAI_DINILAI", "PENILAI", "FINALKAN"), perluPindaian: true, adaPindaian: true }).ok).toBe(true);
  });
  it("finalisasi memeriksa ulang syarat bila diberikan (AKHIR: periode kembali draf setelah ditandai selesai)", () => {
    expect(putuskanEvaluasi({ ...penuh("SELESAI_DINILAI", "PENILAI", "FINALKAN"), tahunan: true, gerbang: { boleh: false, pesan: "Belum: Triwulan IV." } })).toEqual({ ok: false, pesan: "Belum: Triwulan IV." });
    expect(putuskanEvaluasi({ ...penuh("SELESAI_DINILAI", "PENILAI", "FINALKAN"), tahunan: true }).ok).toBe(true);
  });
  it("keberatan setelah tenggat ditolak dengan tanggal tutupnya", () => {
    const h = putuskanEvaluasi({ ...penuh("FINAL", "PEGAWAI", "AJUKAN_KEBERATAN"), tenggat: { terbuka: false, tutupLabel: "16 April 2026" } });
    expect(h).toEqual({ ok: false, pesan: "Tenggat keberatan sudah lewat: keberatan dapat diajukan paling lambat 16 April 2026." });
  });
  it.each(["KECUALIKAN", "BUKA_KEMBALI", "AJUKAN_KEBERATAN", "JELASKAN_KEBERATAN", "PUTUSKAN_KEBERATAN"] as const)("%s perlu alasan ≥ 10 karakter", (aksi) => {
    const c = { KECUALIKAN: penuh("DRAF", "PENILAI", aksi), BUKA_KEMBALI: penuh("FINAL", "ADMIN", aksi), AJUKAN_KEBERATAN: penuh("FINAL", "PEGAWAI", aksi), JELASKAN_KEBERATAN: penuh("FINAL", "PENILAI", aksi, "DIAJUKAN"), PUTUSKAN_KEBERATAN: penuh("FINAL", "ATASAN_PENILAI", aksi, "DIAJUKAN") }[aksi];
    expect(putuskanEvaluasi({ ...c, alasan: " singkat  " }).ok).toBe(false);
    expect(putuskanEvaluasi(c).ok).toBe(true);
  });
  it("evaluasi tahunan tidak dapat dikecualikan", () => {
    expect(putuskanEvaluasi({ ...penuh("DRAF", "PENILAI", "KECUALIKAN"), tahunan: true }).ok).toBe(false);
  });
  it("tombol tampil sebelum alasan ditulis, tidak sebelum status memungkinkan", () => {
    expect(aksiEvaluasiTersedia(["PENILAI"], { status: "DRAF", ratingLengkap: false })).toEqual(["LIHAT", "SIMPAN", "TANDAI_SELESAI", "KECUALIKAN"]);
    expect(aksiEvaluasiTersedia(["PEGAWAI"], { status: "FINAL", keberatan: null, tenggat: { terbuka: true, tutupLabel: "" } })).toEqual(["LIHAT", "AJUKAN_KEBERATAN"]);
    expect(aksiEvaluasiTersedia(["PEGAWAI"], { status: "FINAL", keberatan: null, tenggat: { terbuka: false, tutupLabel: "x" } })).toEqual(["LIHAT"]);
    expect(aksiEvaluasiTersedia(["PENILAI", "ADMIN"], { status: "FINAL", keberatan: null })).toEqual(["LIHAT", "BUKA_KEMBALI"]);
  });
  it("putuskanUntukPeran: boleh bila salah satu peran boleh", () => {
    expect(putuskanUntukPeran(["ADMIN", "PENILAI"], { status: "DRAF", aksi: "SIMPAN" }).ok).toBe(true);
    const h = putuskanUntukPeran(["LAIN"], { status: "DRAF", aksi: "SIMPAN" });
    expect(h.ok).toBe(false);
    expect(putuskanUntukPeran([], { status: "DRAF", aksi: "LIHAT" }).ok).toBe(false);
  });
});

describe("peranEvaluasi", () => {
  const dasar = { aktorAdmin: false, pegawaiId: "peg", penilaiPegawaiId: "pen", atasanPenilaiPegawaiId: "ata" };
  it("pegawai sendiri hanya PEGAWAI, juga bila admin atau tercatat sebagai penilai", () => {
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "peg" })).toEqual(["PEGAWAI"]);
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "peg", aktorAdmin: true, penilaiPegawaiId: "peg" })).toEqual(["PEGAWAI"]);
  });
  it("penilai, atasan penilai, admin, lain", () => {
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "pen" })).toEqual(["PENILAI"]);
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "ata" })).toEqual(["ATASAN_PENILAI"]);
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "adm", aktorAdmin: true })).toEqual(["ADMIN"]);
    expect(peranEvaluasi({ ...dasar, aktorPegawaiId: "rekan" })).toEqual(["LAIN"]);
  });
  it("penilai di luar sistem: admin BKD mencatat sebagai PENILAI; atasan di luar sistem: admin memutuskan keberatan", () => {
    expect(peranEvaluasi({ ...dasar, penilaiPegawaiId: null, atasanPenilaiPegawaiId: null, aktorPegawaiId: "adm", aktorAdmin: true })).toEqual(["PENILAI", "ATASAN_PENILAI", "ADMIN"]);
    // Pejabat penilai di sistem yang juga admin: tidak memutuskan keberatan atas penilaiannya sendiri.
    expect(peranEvaluasi({ ...dasar, atasanPenilaiPegawaiId: null, aktorPegawaiId: "pen", aktorAdmin: true })).toEqual(["PENILAI", "ADMIN"]);
    expect(peranEvaluasi({ ...dasar, atasanPenilaiPegawaiId: null, aktorPegawaiId: "adm", aktorAdmin: true })).toEqual(["ATASAN_PENILAI", "ADMIN"]);
    expect(peranEvaluasi({ ...dasar, penilaiPegawaiId: null, atasanPenilaiPegawaiId: null, aktorPegawaiId: "rekan" })).toEqual(["LAIN"]);
  });
});

describe("statusKotak", () => {
  it.each([
    ["BELUM", null, false, "BELUM_LENGKAP"],
    ["BELUM", null, true, "SIAP_DINILAI"],
    ["DRAF", null, false, "DRAF"],
    ["SELESAI_DINILAI", null, true, "SELESAI_DINILAI"],
    ["FINAL", null, true, "FINAL"],
    ["FINAL", "DIAJUKAN", true, "KEBERATAN"],
    ["FINAL", "DIPUTUSKAN", true, "FINAL"],
    ["DIKECUALIKAN", null, false, "DIKECUALIKAN"],
  ] as const)("%s, keberatan %s, lengkap %s → %s", (status, keberatan, lengkap, hasil) => {
    expect(statusKotak({ status, keberatan, lengkap })).toBe(hasil);
  });
});
