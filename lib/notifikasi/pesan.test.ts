import { describe, expect, it } from "vitest";
import { jedaPercobaanMs, JENIS_NOTIFIKASI, labelLonceng, MAKS_PERCOBAAN_SUREL, setelahGagal, susunPesan, susunSurel, tautanAman, type Peristiwa } from "./pesan";

const SKP = "11111111-1111-4111-8111-111111111111";
const contoh: Record<(typeof JENIS_NOTIFIKASI)[number], Peristiwa> = {
  SKP_DIAJUKAN: { jenis: "SKP_DIAJUKAN", skpId: SKP, namaPegawai: "Budi", tahun: 2026 },
  SKP_DISETUJUI: { jenis: "SKP_DISETUJUI", skpId: SKP, tahun: 2026 },
  SKP_DITOLAK: { jenis: "SKP_DITOLAK", skpId: SKP, tahun: 2026, alasan: "Indikator belum terukur" },
  EVALUASI_FINAL: { jenis: "EVALUASI_FINAL", skpId: SKP, kode: "TW1", labelPeriode: "Triwulan I", predikat: "Baik", tenggatKeberatan: new Date("2026-04-20T00:00:00Z") },
  KEBERATAN_DIAJUKAN: { jenis: "KEBERATAN_DIAJUKAN", skpId: SKP, kode: "AKHIR", labelPeriode: "Tahunan", namaPegawai: "Budi" },
  KEBERATAN_DIPUTUSKAN: { jenis: "KEBERATAN_DIPUTUSKAN", skpId: SKP, kode: "TW1", labelPeriode: "Triwulan I", keputusan: "DIUBAH", untuk: "PEGAWAI", namaPegawai: "Budi" },
  DOKUMEN_TTD: { jenis: "DOKUMEN_TTD", tautan: "/dokumen", judulDokumen: "Dokumen SKP 2026 Budi" },
  PERIODE_HAMPIR_TUTUP: { jenis: "PERIODE_HAMPIR_TUTUP", skpId: SKP, labelPeriode: "Triwulan I", selesai: new Date("2026-03-31T00:00:00Z"), sisaHari: 5 },
  PROGRES_DIAJUKAN: { jenis: "PROGRES_DIAJUKAN", namaPegawai: "Budi", jumlah: 3 },
  PROGRES_DIKEMBALIKAN: { jenis: "PROGRES_DIKEMBALIKAN", tanggal: new Date("2026-03-02T00:00:00Z"), catatan: "Lampirkan bukti" },
  UMPAN_BALIK: { jenis: "UMPAN_BALIK", skpId: SKP, namaPengirim: "Sari" },
};

describe("susunPesan", () => {
  it("setiap jenis punya judul, isi dan tautan internal", () => {
    for (const j of JENIS_NOTIFIKASI) {
      const p = susunPesan(contoh[j]);
      expect(p.jenis).toBe(j);
      expect(p.judul.length).toBeGreaterThan(5);
      expect(p.judul.length).toBeLessThanOrEqual(200);
      expect(p.isi.length).toBeLessThanOrEqual(1000);
      expect(tautanAman(p.tautan)).toBe(p.tautan);
    }
  });
  it("tautan menurut penerima", () => {
    expect(susunPesan(contoh.SKP_DIAJUKAN).tautan).toBe(`/bawahan/skp/${SKP}`);
    expect(susunPesan(contoh.SKP_DITOLAK).tautan).toBe(`/skp/${SKP}`);
    expect(susunPesan(contoh.EVALUASI_FINAL).tautan).toBe(`/skp/${SKP}/penilaian/TW1`);
    expect(susunPesan(contoh.KEBERATAN_DIAJUKAN).tautan).toBe(`/bawahan/skp/${SKP}/penilaian/AKHIR`);
    expect(susunPesan({ ...contoh.KEBERATAN_DIPUTUSKAN, untuk: "PENILAI" } as Peristiwa).tautan).toBe(`/bawahan/skp/${SKP}/penilaian/TW1`);
    expect(susunPesan(contoh.PERIODE_HAMPIR_TUTUP).tautan).toBe(`/skp/${SKP}/pelaksanaan`);
    expect(susunPesan(contoh.PROGRES_DIKEMBALIKAN).tautan).toBe("/harian");
  });
  it("memuat alasan penolakan, predikat, tenggat dan sisa hari", () => {
    expect(susunPesan(contoh.SKP_DITOLAK).isi).toContain("“Indikator belum terukur”");
    const f = susunPesan(contoh.EVALUASI_FINAL);
    expect(f.isi).toContain("Baik");
    expect(f.isi).toContain("20 April 2026");
    expect(susunPesan(contoh.PERIODE_HAMPIR_TUTUP).isi).toContain("dalam 5 hari (31 Maret 2026)");
    expect(susunPesan({ ...contoh.PERIODE_HAMPIR_TUTUP, sisaHari: 0 } as Peristiwa).isi).toContain("hari ini");
    expect(susunPesan(contoh.KEBERATAN_DIPUTUSKAN).isi).toContain("rating diubah");
    expect(susunPesan({ ...contoh.KEBERATAN_DIPUTUSKAN, keputusan: "TETAP" } as Peristiwa).isi).toContain("penilaian tetap");
  });
  it("alasan yang diakhiri titik tidak menjadi dua titik sesudah tanda kutip", () => {
    const p = susunPesan({ ...contoh.SKP_DITOLAK, alasan: "  Indikator belum terukur.  " } as Peristiwa);
    expect(p.isi).toContain("dengan alasan: “Indikator belum terukur”. Perbaiki");
    const c = susunPesan({ ...contoh.PROGRES_DIKEMBALIKAN, catatan: "Lampirkan bukti..." } as Peristiwa);
    expect(c.isi).toMatch(/catatan: “Lampirkan bukti”\.$/);
  });
  it("alasan yang sangat panjang dipotong sehingga isi tetap muat kolomnya", () => {
    const p = susunPesan({ ...contoh.SKP_DITOLAK, alasan: "x".repeat(3000) } as Peristiwa);
    expect(p.isi.length).toBeLessThanOrEqual(1000);
    expect(p.isi).toContain("…");
  });
});

describe("tautanAman", () => {
  it("hanya jalur internal", () => {
    expect(tautanAman("/skp/1")).toBe("/skp/1");
    expect(tautanAman("//evil.example")).toBe("/notifikasi");
    expect(tautanAman("/\\evil")).toBe("/notifikasi");
    expect(tautanAman("https://evil.example")).toBe("/notifikasi");
    expect(tautanAman("javascript:alert(1)")).toBe("/notifikasi");
  });
});

describe("susunSurel", () => {
  it("subjek, teks dengan URL lengkap, HTML ter-escape", () => {
    const s = susunSurel({ judul: "SKP Anda dikembalikan", isi: "Alasan: <b>kurang</b>", tautan: `/skp/${SKP}` }, "https://kinerja.contoh.go.id/");
    expect(s.subjek).toBe("[SKP] SKP Anda dikembalikan");
    expect(s.teks).toContain(`Buka: https://kinerja.contoh.go.id/skp/${SKP}`);
    expect(s.html).toContain("&lt;b&gt;kurang&lt;/b&gt;");
    expect(s.html).toContain(`href="https://kinerja.contoh.go.id/skp/${SKP}"`);
  });
});

describe("jadwal percobaan ulang", () => {
  it("jeda berlipat dua dari 1 menit, maksimal 6 jam", () => {
    expect([1, 2, 3, 4, 5].map(jedaPercobaanMs)).toEqual([1, 2, 4, 8, 16].map((m) => m * 60_000));
    expect(jedaPercobaanMs(20)).toBe(360 * 60_000);
  });
  it("dijadwalkan ulang sampai batas, lalu GAGAL", () => {
    const t = new Date("2026-01-01T00:00:00Z");
    expect(setelahGagal(0, t)).toEqual({ status: "MENUNGGU", percobaan: 1, jadwalBerikut: new Date("2026-01-01T00:01:00Z") });
    expect(setelahGagal(2, t)).toEqual({ status: "MENUNGGU", percobaan: 3, jadwalBerikut: new Date("2026-01-01T00:04:00Z") });
    expect(setelahGagal(MAKS_PERCOBAAN_SUREL - 1, t).status).toBe("GAGAL");
    expect(setelahGagal(0, t, 1).status).toBe("GAGAL");
  });
});

describe("labelLonceng", () => {
  it("aria-label dan angka", () => {
    expect(labelLonceng(0)).toEqual({ aria: "Notifikasi, tidak ada yang belum dibaca", angka: null });
    expect(labelLonceng(3)).toEqual({ aria: "Notifikasi, 3 belum dibaca", angka: "3" });
    expect(labelLonceng(100).angka).toBe("99+");
  });
});
