import { describe, expect, it } from "vitest";
import { hitungKelengkapan } from "@/lib/pelaksanaan/aturan";
import { periksaGerbang, periksaSyaratTahunan } from "@/lib/penilaian/gerbang";

const lengkap = hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [1, 2], indikator: 2, indikatorTerealisasi: 2 });
const kurang = hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [1, 0, 0], indikator: 3, indikatorTerealisasi: 2 });
const kosong = hitungKelengkapan({ jumlahBuktiPerRencanaAksi: [], indikator: 2, indikatorTerealisasi: 0 });

describe("gerbang kelengkapan, kedua arah", () => {
  it("lengkap: boleh tanpa peringatan pada kedua mode", () => {
    expect(periksaGerbang("BLOKIR", lengkap)).toEqual({ boleh: true, peringatan: null });
    expect(periksaGerbang("PERINGATAN", lengkap)).toEqual({ boleh: true, peringatan: null });
  });
  it("blokir: ditolak dengan kekurangannya", () => {
    const h = periksaGerbang("BLOKIR", kurang);
    expect(h.boleh).toBe(false);
    if (!h.boleh) expect(h.pesan).toContain("2 rencana aksi belum ada bukti dukung; 1 indikator belum diisi realisasinya");
  });
  it("peringatan: boleh, kekurangan dicatat", () => {
    expect(periksaGerbang("PERINGATAN", kurang)).toEqual({ boleh: true, peringatan: "Pelaksanaan belum lengkap saat dinilai: 2 rencana aksi belum ada bukti dukung; 1 indikator belum diisi realisasinya." });
    expect(periksaGerbang("PERINGATAN", kosong)).toEqual({ boleh: true, peringatan: "Pelaksanaan belum lengkap saat dinilai: belum ada rencana aksi; 2 indikator belum diisi realisasinya." });
  });
});

describe("syarat evaluasi tahunan", () => {
  it("semua final atau dikecualikan → boleh", () => {
    expect(periksaSyaratTahunan([{ label: "Triwulan I", status: "FINAL" }, { label: "Triwulan II", status: "DIKECUALIKAN" }]).boleh).toBe(true);
  });
  it("menyebut periode yang belum", () => {
    const h = periksaSyaratTahunan([{ label: "Triwulan I", status: "FINAL" }, { label: "Triwulan II", status: "SELESAI_DINILAI" }, { label: "Triwulan III", status: "BELUM" }]);
    expect(h).toEqual({ boleh: false, pesan: expect.stringContaining("Belum: Triwulan II, Triwulan III.") });
  });
  it("tanpa periode → ditolak", () => expect(periksaSyaratTahunan([]).boleh).toBe(false));
});
