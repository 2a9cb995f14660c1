import { describe, expect, it } from "vitest";
import { batasOrang, dapatDipenuhi, DAFTAR_PREDIKAT_ORGANISASI, hitungJumlah, JUMLAH_KOSONG, keteranganBatas, periksaDistribusi, TABEL_SE_3_2023, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import type { Predikat } from "@/lib/penilaian/kuadran";

const j = (x: Partial<Record<Predikat, number>>) => ({ ...JUMLAH_KOSONG, ...x });

describe("pembulatan batas", () => {
  it("maksimal dibulatkan ke bawah, minimal ke atas, 'ada' = 1", () => {
    expect(batasOrang({ jenis: "MAKS", kelompok: ["BAIK"], persen: 70 }, 10)).toBe(7);
    expect(batasOrang({ jenis: "MAKS", kelompok: ["BAIK"], persen: 70 }, 9)).toBe(6); // 6,3
    expect(batasOrang({ jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 60 }, 9)).toBe(6); // 5,4
    expect(batasOrang({ jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 60 }, 10)).toBe(6);
    expect(batasOrang({ jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 10 }, 3)).toBe(1);
    expect(batasOrang({ jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 10 }, 9)).toBe(0);
    expect(batasOrang({ jenis: "ADA", kelompok: ["BUTUH_PERBAIKAN"] }, 4)).toBe(1);
  });
});

describe("Istimewa", () => {
  it("Sangat Baik tepat 70 % boleh; satu orang lebih ditolak", () => {
    expect(periksaDistribusi("ISTIMEWA", j({ SANGAT_BAIK: 7, BAIK: 3 })).ok).toBe(true);
    const h = periksaDistribusi("ISTIMEWA", j({ SANGAT_BAIK: 8, BAIK: 2 }));
    expect(h.ok).toBe(false);
    expect(h.pelanggaran).toEqual([expect.objectContaining({ batas: 7, aktual: 8, pesan: "Sangat Baik paling banyak 70 % dari 10 orang = 7 orang; saat ini 8 orang (1 lebih)." })]);
  });
  it("Sangat Baik bukan kelompok terbanyak: peringatan, bukan pelanggaran", () => {
    const h = periksaDistribusi("ISTIMEWA", j({ SANGAT_BAIK: 2, BAIK: 8 }));
    expect(h.ok).toBe(true);
    expect(h.peringatan[0]!.pesan).toContain("Baik lebih banyak (8 vs 2)");
  });
  it("predikat lain bebas", () => expect(periksaDistribusi("ISTIMEWA", j({ SANGAT_BAIK: 5, BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 1, SANGAT_KURANG: 1 })).ok).toBe(true));
});

describe("Baik", () => {
  it("tepat 70 % Baik dengan satu Butuh Perbaikan: boleh", () => {
    expect(periksaDistribusi("BAIK", j({ BAIK: 7, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 }))).toMatchObject({ ok: true, pelanggaran: [] });
  });
  it("semua Baik (tim 10): melampaui 70 % dan tidak ada BP/K", () => {
    const h = periksaDistribusi("BAIK", j({ BAIK: 10 }));
    expect(h.ok).toBe(false);
    expect(h.pelanggaran.map((p) => p.pesan)).toEqual([
      "Baik paling banyak 70 % dari 10 orang = 7 orang; saat ini 10 orang (3 lebih).",
      "Harus ada pegawai Butuh Perbaikan dan/atau Kurang/Misconduct (minimal 1 orang); saat ini tidak ada.",
    ]);
  });
  it("Kurang/Misconduct saja memenuhi 'harus ada'", () => expect(periksaDistribusi("BAIK", j({ BAIK: 7, SANGAT_BAIK: 2, KURANG_MISCONDUCT: 1 })).ok).toBe(true));
  it("satu Baik lebih dari batas", () => expect(periksaDistribusi("BAIK", j({ BAIK: 8, BUTUH_PERBAIKAN: 2 })).pelanggaran).toHaveLength(1));
});

describe("Butuh Perbaikan", () => {
  it("tepat 60 % BP dan 10 % SB: boleh", () => expect(periksaDistribusi("BUTUH_PERBAIKAN", j({ BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 })).ok).toBe(true));
  it("BP kurang satu", () => expect(periksaDistribusi("BUTUH_PERBAIKAN", j({ BUTUH_PERBAIKAN: 5, BAIK: 5 })).pelanggaran[0]).toMatchObject({ batas: 6, aktual: 5 }));
  it("SB lebih satu", () => expect(periksaDistribusi("BUTUH_PERBAIKAN", j({ BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 2, BAIK: 2 })).pelanggaran[0]).toMatchObject({ batas: 1, aktual: 2 }));
});

describe("Kurang", () => {
  it("tepat di batas: 60 % K, 10 % BP, 10 % SB", () => expect(periksaDistribusi("KURANG", j({ KURANG_MISCONDUCT: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 })).ok).toBe(true));
  it("setiap batas dilanggar satu orang", () => {
    const h = periksaDistribusi("KURANG", j({ KURANG_MISCONDUCT: 5, BUTUH_PERBAIKAN: 0, SANGAT_BAIK: 2, BAIK: 3 }));
    expect(h.pelanggaran.map((p) => [p.batas, p.aktual])).toEqual([[1, 2], [1, 0], [6, 5]]);
  });
});

describe("Sangat Kurang", () => {
  it("tanpa SB, K+BP ≥ 10 %, SK ≥ 60 %: boleh", () => expect(periksaDistribusi("SANGAT_KURANG", j({ SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).ok).toBe(true));
  it("satu Sangat Baik pun ditolak", () => {
    const h = periksaDistribusi("SANGAT_KURANG", j({ SANGAT_KURANG: 6, KURANG_MISCONDUCT: 1, SANGAT_BAIK: 1, BAIK: 2 }));
    expect(h.pelanggaran).toEqual([expect.objectContaining({ batas: 0, aktual: 1, pesan: "Tidak boleh ada pegawai Sangat Baik (0 %); saat ini 1 orang." })]);
  });
  it("K dan BP dijumlahkan untuk batas 10 %", () => expect(periksaDistribusi("SANGAT_KURANG", j({ SANGAT_KURANG: 18, KURANG_MISCONDUCT: 1, BUTUH_PERBAIKAN: 1 })).ok).toBe(true));
});

describe("tim kecil 1–5: aturan yang tidak dapat dipenuhi", () => {
  const hasil: Record<PredikatOrganisasi, boolean[]> = { ISTIMEWA: [], BAIK: [], BUTUH_PERBAIKAN: [], KURANG: [], SANGAT_KURANG: [] };
  for (const o of DAFTAR_PREDIKAT_ORGANISASI) for (let n = 1; n <= 5; n++) hasil[o].push(dapatDipenuhi(o, n).ok);
  it("Istimewa, Baik, Butuh Perbaikan selalu dapat dipenuhi", () => {
    expect(hasil.ISTIMEWA).toEqual([true, true, true, true, true]);
    expect(hasil.BAIK).toEqual([true, true, true, true, true]);
    expect(hasil.BUTUH_PERBAIKAN).toEqual([true, true, true, true, true]);
  });
  it("Kurang dan Sangat Kurang tidak dapat dipenuhi oleh 1–2 orang (60 % dibulatkan ke atas + 10 % ≥ 1 orang), dapat mulai 3 orang", () => {
    expect(hasil.KURANG).toEqual([false, false, true, true, true]);
    expect(hasil.SANGAT_KURANG).toEqual([false, false, true, true, true]);
    const r = dapatDipenuhi("KURANG", 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toContain("minimal 2 orang diperlukan");
  });
  it("pemeriksaan nyata cocok dengan dapatDipenuhi: untuk setiap N ≤ 5 dan capaian, ada susunan yang lolos iff dapat dipenuhi", () => {
    const P: Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"];
    const susunan = (n: number, k = 0): number[][] => (k === P.length - 1 ? [[n]] : Array.from({ length: n + 1 }, (_, i) => susunan(n - i, k + 1).map((r) => [i, ...r])).flat());
    for (const o of DAFTAR_PREDIKAT_ORGANISASI) {
      for (let n = 1; n <= 5; n++) {
        const ada = susunan(n).some((s) => periksaDistribusi(o, Object.fromEntries(P.map((p, i) => [p, s[i]!])) as never).ok);
        expect([o, n, ada]).toEqual([o, n, dapatDipenuhi(o, n).ok]);
      }
    }
  });
});

describe("lain-lain", () => {
  it("tim kosong: tidak ada yang diperiksa", () => expect(periksaDistribusi("BAIK", JUMLAH_KOSONG)).toEqual({ ok: true, total: 0, pelanggaran: [], peringatan: [] }));
  it("jumlah tidak sah ditolak", () => expect(() => periksaDistribusi("BAIK", j({ BAIK: -1 }))).toThrow());
  it("hitungJumlah melewati yang belum berpredikat", () => expect(hitungJumlah(["BAIK", null, "BAIK", "SANGAT_KURANG"])).toEqual(j({ BAIK: 2, SANGAT_KURANG: 1 })));
  it("tabel lain dapat dipakai (aturan di data)", () => {
    const t = { ...TABEL_SE_3_2023, BAIK: [{ jenis: "MAKS" as const, kelompok: ["BAIK" as const], persen: 80 }] };
    expect(periksaDistribusi("BAIK", j({ BAIK: 8, SANGAT_BAIK: 2 }), t).ok).toBe(true);
  });
});

describe("periksaPopulasi: populasi lintas penilai, sebagian sudah final", () => {
  it("sisa 0 sama dengan periksaDistribusi", async () => {
    const { periksaPopulasi } = await import("@/lib/penilaian/distribusi");
    for (const o of DAFTAR_PREDIKAT_ORGANISASI) {
      const x = j({ BAIK: 6, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1, SANGAT_KURANG: 1 });
      expect(periksaPopulasi(o, x, 0).ok).toBe(periksaDistribusi(o, x).ok);
    }
  });
  it("batas maksimal atas seluruh populasi: 40 orang capaian Baik, kelompok pertama 10 Baik boleh (kuota 28)", async () => {
    const { periksaPopulasi } = await import("@/lib/penilaian/distribusi");
    const h = periksaPopulasi("BAIK", j({ BAIK: 10 }), 30);
    expect(h.ok).toBe(true);
    expect(h.ruang.map((r) => r.pesan)).toEqual(["Baik: tersisa 18 dari 28 tempat.", "Butuh Perbaikan dan/atau Kurang/Misconduct: masih diperlukan 1 orang dari 30 yang belum final."]);
  });
  it("kuota habis: satu orang lebih ditolak walau populasi belum lengkap", async () => {
    const { periksaPopulasi } = await import("@/lib/penilaian/distribusi");
    expect(periksaPopulasi("BAIK", j({ BAIK: 28 }), 12).ok).toBe(true);
    expect(periksaPopulasi("BAIK", j({ BAIK: 29 }), 11).pelanggaran[0]).toMatchObject({ batas: 28, aktual: 29 });
  });
  it("minimal tidak dapat lagi dicapai → pelanggaran; masih dapat → ruang", async () => {
    const { periksaPopulasi } = await import("@/lib/penilaian/distribusi");
    expect(periksaPopulasi("BUTUH_PERBAIKAN", j({ BAIK: 4 }), 6).ok).toBe(true); // 6 BP masih mungkin
    expect(periksaPopulasi("BUTUH_PERBAIKAN", j({ BAIK: 5 }), 5).pelanggaran[0]).toMatchObject({ batas: 6, aktual: 0 });
    expect(periksaPopulasi("BAIK", j({ BAIK: 7, SANGAT_BAIK: 2 }), 1).ok).toBe(true);
    expect(periksaPopulasi("BAIK", j({ BAIK: 7, SANGAT_BAIK: 3 }), 0).ok).toBe(false);
  });
  it("peringatan 'sebagian besar' hanya saat populasi lengkap", async () => {
    const { periksaPopulasi } = await import("@/lib/penilaian/distribusi");
    expect(periksaPopulasi("ISTIMEWA", j({ BAIK: 5, SANGAT_BAIK: 1 }), 4).peringatan).toEqual([]);
    expect(periksaPopulasi("ISTIMEWA", j({ BAIK: 5, SANGAT_BAIK: 1 }), 0).peringatan).toHaveLength(1);
  });
});

describe("keteranganBatas", () => {
  it("Baik, 10 orang: Baik maks. 70 % = 7 orang; BP dan K/M harus ada bersama; lainnya tanpa batas", () => {
    expect(keteranganBatas("BAIK", 10)).toEqual({
      SANGAT_BAIK: null,
      BAIK: "maks. 70 % = 7 orang",
      BUTUH_PERBAIKAN: "harus ada (bersama Kurang/Misconduct)",
      KURANG_MISCONDUCT: "harus ada (bersama Butuh Perbaikan)",
      SANGAT_KURANG: null,
    });
  });
  it("Sangat Kurang: Sangat Baik tidak boleh ada; minimal dibulatkan ke atas", () => {
    const k = keteranganBatas("SANGAT_KURANG", 7);
    expect(k.SANGAT_BAIK).toBe("tidak boleh ada");
    expect(k.SANGAT_KURANG).toBe("min. 60 % = 5 orang");
    expect(k.BUTUH_PERBAIKAN).toBe("min. 10 % = 1 orang (bersama Kurang/Misconduct)");
  });
  it("Kurang: dua aturan pada predikat berbeda", () => {
    const k = keteranganBatas("KURANG", 10);
    expect(k.SANGAT_BAIK).toBe("maks. 10 % = 1 orang");
    expect(k.KURANG_MISCONDUCT).toBe("min. 60 % = 6 orang");
  });
});
