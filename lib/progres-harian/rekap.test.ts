import { describe, expect, it } from "vitest";
import { bacaBulan, bulanSebelum, jendelaWajib, rekapPegawai, tabelRekap, teksBulan, totalRekap, type AgregatHarianPegawai } from "@/lib/progres-harian/rekap";
import { isoTanggal } from "@/lib/progres-harian/kalender";

const t = (s: string) => new Date(`${s}T00:00:00Z`);
const NOV = { tahun: 2026, bulan: 11 };

const agregat = (isi: Partial<AgregatHarianPegawai> = {}): AgregatHarianPegawai => ({
  pegawaiId: "p1",
  nama: "Hendri",
  nip: "198501012010011001",
  jabatan: "Analis",
  unit: "Bidang A",
  skpMulai: t("2026-01-01"),
  skpSelesai: t("2026-12-31"),
  tanggalTerisi: [],
  entri: 0,
  terlambat: 0,
  hariTerlambat: 0,
  draf: 0,
  diajukan: 0,
  disetujui: 0,
  dikembalikan: 0,
  ...isi,
});

describe("bulan", () => {
  it("bacaBulan menerima TTTT-BB yang sah saja", () => {
    expect(bacaBulan("2026-11")).toEqual(NOV);
    expect(bacaBulan(" 2026-01 ")).toEqual({ tahun: 2026, bulan: 1 });
    for (const s of ["2026-13", "2026-00", "2026-1", "26-11", "", null, undefined, "1999-12", "2026-11-01"]) expect(bacaBulan(s)).toBeNull();
  });
  it("teksBulan dan bulanSebelum (lintas tahun)", () => {
    expect(teksBulan({ tahun: 2026, bulan: 3 })).toBe("2026-03");
    expect(bulanSebelum({ tahun: 2026, bulan: 1 })).toEqual({ tahun: 2025, bulan: 12 });
    expect(bulanSebelum(NOV)).toEqual({ tahun: 2026, bulan: 10 });
  });
});

describe("jendelaWajib", () => {
  const skp = { mulai: t("2026-01-01"), selesai: t("2026-12-31") };
  it("bulan lampau: seluruh bulan", () => {
    const j = jendelaWajib(NOV, skp, t("2026-12-03"))!;
    expect([isoTanggal(j.mulai), isoTanggal(j.selesai)]).toEqual(["2026-11-01", "2026-11-30"]);
  });
  it("bulan berjalan: sampai kemarin", () => {
    const j = jendelaWajib({ tahun: 2026, bulan: 12 }, skp, t("2026-12-03"))!;
    expect([isoTanggal(j.mulai), isoTanggal(j.selesai)]).toEqual(["2026-12-01", "2026-12-02"]);
    expect(jendelaWajib({ tahun: 2026, bulan: 12 }, skp, t("2026-12-01"))).toBeNull();
  });
  it("bulan yang akan datang dan di luar masa SKP: kosong", () => {
    expect(jendelaWajib({ tahun: 2027, bulan: 1 }, skp, t("2026-12-03"))).toBeNull();
    expect(jendelaWajib(NOV, { mulai: t("2026-01-01"), selesai: t("2026-10-31") }, t("2026-12-03"))).toBeNull();
  });
  it("SKP mulai atau selesai di tengah bulan memotong jendela", () => {
    const j = jendelaWajib(NOV, { mulai: t("2026-11-16"), selesai: t("2026-11-20") }, t("2026-12-03"))!;
    expect([isoTanggal(j.mulai), isoTanggal(j.selesai)]).toEqual(["2026-11-16", "2026-11-20"]);
  });
});

describe("rekapPegawai", () => {
  it("hari kerja tanpa akhir pekan dan libur; hari kosong tepat; entri akhir pekan tidak mengisi hari wajib", () => {
    // November 2026: 21 hari kerja Senin–Jumat; libur instansi 2 Nov (Senin) → 20.
    const r = rekapPegawai(agregat({ tanggalTerisi: ["2026-11-03", "2026-11-04", "2026-11-07", "2026-11-02"], entri: 5, terlambat: 2, hariTerlambat: 7, draf: 1, disetujui: 4 }), NOV, t("2026-12-03"), new Set(["2026-11-02"]));
    expect(r.hariKerja).toBe(20);
    expect(r.hariTerisi).toBe(2);
    expect(r.hariKosong.length).toBe(18);
    expect(r.hariKosong.map(isoTanggal).slice(0, 3)).toEqual(["2026-11-05", "2026-11-06", "2026-11-09"]);
    expect(r.hariKosong.map(isoTanggal)).not.toContain("2026-11-02");
    expect(r).toMatchObject({ entri: 5, terlambat: 2, hariTerlambat: 7, draf: 1, disetujui: 4 });
  });
  it("masa pengecualian (cuti besar, terbuka) tidak wajib diisi; keterangannya di tabel; tanggal dari JSON SQL dibaca", () => {
    // Cuti besar 16–20 Nov (5 hari kerja) dari json_agg (teks), lalu tugas belajar mulai 30 Nov tanpa akhir (1 hari kerja).
    const r = rekapPegawai(
      agregat({
        tanggalTerisi: ["2026-11-03"],
        pengecualian: [
          { mulai: "2026-11-16", selesai: "2026-11-20", jenis: "CUTI_BESAR", alasan: "Cuti besar ibadah haji" },
          { mulai: t("2026-11-30"), selesai: null, jenis: "TUGAS_BELAJAR", alasan: "S2 di luar negeri" },
        ],
      }),
      NOV,
      t("2026-12-03"),
      new Set(),
    );
    expect(r.hariDikecualikan).toBe(6);
    expect(r.hariKerja).toBe(21 - 6);
    expect(r.hariKosong.map(isoTanggal)).not.toContain("2026-11-18");
    expect(r.hariKosong.map(isoTanggal)).not.toContain("2026-11-30");
    expect(r.hariKosong.length).toBe(21 - 6 - 1);
    expect(r.keterangan).toMatch(/^Dikecualikan 6 hari kerja \(Cuti besar 16 Nov–20 Nov: Cuti besar ibadah haji; Tugas belajar 30 Nov–…: S2 di luar negeri\)$/);
    const tab = tabelRekap("J", [r], totalRekap([r]));
    expect(tab.kolom.at(-1)).toBe("Keterangan");
    expect(tab.baris[0]!.at(-1)).toBe(r.keterangan);
    expect(tab.baris[1]!.at(-1)).toBe("6 hari kerja dikecualikan");
    // Tanpa pengecualian: "—".
    expect(tabelRekap("J", [rekapPegawai(agregat(), NOV, t("2026-12-03"), new Set())], totalRekap([])).baris[0]!.at(-1)).toBe("—");
  });
  it("tanpa jendela: nol hari wajib", () => {
    const r = rekapPegawai(agregat({ tanggalTerisi: ["2027-01-04"] }), { tahun: 2027, bulan: 1 }, t("2026-12-03"), new Set());
    expect([r.hariKerja, r.hariTerisi, r.hariKosong.length]).toEqual([0, 0, 0]);
  });
});

describe("total dan tabel", () => {
  it("menjumlahkan per OPD, tabel halaman = Excel dengan NIP berformat dan baris total", () => {
    const libur = new Set<string>();
    const a = rekapPegawai(agregat({ tanggalTerisi: ["2026-11-02"], entri: 1, terlambat: 1, hariTerlambat: 3, diajukan: 1 }), { tahun: 2026, bulan: 12 }, t("2026-12-03"), libur);
    const b = rekapPegawai(agregat({ pegawaiId: "p2", nama: "Bambang", tanggalTerisi: ["2026-12-01", "2026-12-02"], entri: 2, disetujui: 2 }), { tahun: 2026, bulan: 12 }, t("2026-12-03"), libur);
    const total = totalRekap([a, b]);
    expect(total).toMatchObject({ pegawai: 2, hariKerja: 4, hariTerisi: 2, hariKosong: 2, entri: 3, terlambat: 1, hariTerlambat: 3, diajukan: 1, disetujui: 2 });
    const tab = tabelRekap("Judul", [a, b], total);
    expect(tab.kolom.length).toBe(tab.baris[0]!.length);
    expect(tab.baris[0]!.slice(0, 8)).toEqual(["Hendri", "19850101 201001 1 001", "Analis", "Bidang A", 2, 0, 2, "Sel, 1 Des; Rab, 2 Des"]);
    expect(tab.baris[1]![7]).toBe("—");
    expect(tab.baris[2]![0]).toBe("Total (2 pegawai)");
    expect(tabelRekap("Kosong", [], totalRekap([])).baris).toEqual([]);
  });
});
