import { describe, expect, it } from "vitest";
import { bacaJenisLibur, bacaTempelanLibur, peringatanAkhirPekan, tanggalBerhari } from "@/lib/progres-harian/libur-teks";
import { isoTanggal } from "@/lib/progres-harian/kalender";

const t = (s: string) => new Date(`${s}T00:00:00Z`);

describe("bacaJenisLibur", () => {
  it("mengenali penulisan umum, kosong = libur nasional", () => {
    expect(bacaJenisLibur("")).toBe("LIBUR_NASIONAL");
    expect(bacaJenisLibur("Libur Nasional")).toBe("LIBUR_NASIONAL");
    expect(bacaJenisLibur("CUTI_BERSAMA")).toBe("CUTI_BERSAMA");
    expect(bacaJenisLibur("cuti")).toBe("CUTI_BERSAMA");
    expect(bacaJenisLibur(" daerah ")).toBe("LIBUR_DAERAH");
    expect(bacaJenisLibur("libur-daerah")).toBe("LIBUR_DAERAH");
    expect(bacaJenisLibur("bebas")).toBeNull();
  });
});

describe("tanggal dan akhir pekan", () => {
  it("nama hari Indonesia", () => {
    expect(tanggalBerhari(t("2026-08-17"))).toBe("Senin, 17 Agustus 2026");
  });
  it("memperingatkan Sabtu/Minggu, tidak untuk hari kerja", () => {
    expect(peringatanAkhirPekan(t("2026-03-21"))).toMatch(/^Sabtu, 21 Maret 2026 jatuh pada akhir pekan/);
    expect(peringatanAkhirPekan(t("2026-03-22"))).toMatch(/^Minggu/);
    expect(peringatanAkhirPekan(t("2026-03-20"))).toBeNull();
  });
});

describe("bacaTempelanLibur", () => {
  it("membaca baris sah, melewati baris kosong dan komentar, jenis kosong = nasional", () => {
    const r = bacaTempelanLibur("# libur 2026\n2026-01-01;Tahun Baru 2026 Masehi;nasional\n\n2026-03-20;Cuti bersama Idulfitri;cuti bersama\n2026-05-01;Hari Buruh\n");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.daftar.map((d) => [isoTanggal(d.tanggal), d.nama, d.jenis])).toEqual([
      ["2026-01-01", "Tahun Baru 2026 Masehi", "LIBUR_NASIONAL"],
      ["2026-03-20", "Cuti bersama Idulfitri", "CUTI_BERSAMA"],
      ["2026-05-01", "Hari Buruh", "LIBUR_NASIONAL"],
    ]);
    expect(r.peringatan).toEqual([]);
  });

  it("menerima tab atau koma sebagai pemisah dan keterangan berkutip", () => {
    const tab = bacaTempelanLibur("2026-08-17\tHari Kemerdekaan\tnasional");
    expect(tab.ok && tab.daftar[0]!.nama).toBe("Hari Kemerdekaan");
    const koma = bacaTempelanLibur('2026-12-25,"Kelahiran Yesus Kristus, Natal",nasional');
    expect(koma.ok && koma.daftar[0]!.nama).toBe("Kelahiran Yesus Kristus, Natal");
  });

  it("akhir pekan boleh, dengan peringatan bernomor baris", () => {
    const r = bacaTempelanLibur("2026-03-20;Cuti bersama;cuti\n2026-03-21;Hari Suci Nyepi;nasional");
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.peringatan).toEqual([expect.stringMatching(/^Baris 2: Sabtu, 21 Maret 2026/)]);
  });

  it("semua atau tidak sama sekali: setiap baris salah dilaporkan dengan nomor barisnya", () => {
    const r = bacaTempelanLibur(
      ["2026-01-01;Tahun Baru;nasional", "2026-02-30;Tanggal mustahil;nasional", "", "17-08-2026;Format salah;nasional", "2026-05-01;Hari Buruh;libur bebas", "2026-06-01;X;nasional", "2026-01-01;Tahun Baru lagi;nasional", "2026-06-02;a;b;c;d"].join("\n"),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.galat.map((g) => g.baris)).toEqual([2, 4, 5, 6, 7, 8]);
    expect(r.galat[0]!.pesan).toMatch(/Tanggal tidak sah/);
    expect(r.galat[2]!.pesan).toMatch(/Jenis "libur bebas" tidak dikenal/);
    expect(r.galat[3]!.pesan).toMatch(/Keterangan minimal 3 karakter/);
    expect(r.galat[4]!.pesan).toBe("Tanggal 2026-01-01 sudah ada di baris 1.");
    expect(r.galat[5]!.pesan).toMatch(/Terlalu banyak kolom/);
  });

  it("kosong dan terlalu banyak baris ditolak", () => {
    expect(bacaTempelanLibur("  \n\n").ok).toBe(false);
    const banyak = Array.from({ length: 101 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, "0")};Libur ${i};nasional`).join("\n");
    const r = bacaTempelanLibur(banyak);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.galat).toEqual([{ baris: 101, pesan: "Paling banyak 100 baris sekaligus." }]);
  });
});
