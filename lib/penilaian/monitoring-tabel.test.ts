import { describe, expect, it } from "vitest";
import { TABEL_SE_3_2023 } from "@/lib/penilaian/distribusi";
import { labelStatusKurva, persen, ringkasKurva, tabelKurva, tabelPengisian, tahapTertahan, type AgregatKurva, type UnitRingkas } from "@/lib/penilaian/monitoring-tabel";

const units: UnitRingkas[] = [
  { id: "opd", nama: "Dinas A", parentId: null, pembawa: true },
  { id: "bid", nama: "Bidang A1", parentId: "opd", pembawa: false },
  { id: "opd2", nama: "Dinas B", parentId: null, pembawa: true },
];
const g = (unitId: string, kurvaId: string, status: string, predikat: AgregatKurva["predikat"], jumlah: number, dikecualikan = false): AgregatKurva => ({ unitId, kurvaId, status, predikat, jumlah, dikecualikan });

describe("ringkasKurva", () => {
  const agregat = [g("opd", "opd", "FINAL", "BAIK", 2), g("bid", "opd", "FINAL", "BAIK", 6), g("bid", "opd", "FINAL", "BUTUH_PERBAIKAN", 2), g("bid", "opd", "DRAF", null, 1, true), g("opd2", "opd2", "DRAF", null, 3)];
  const dasar = { units, agregat, override: [], tabel: TABEL_SE_3_2023 };

  it("unit pembawa: Baik 8 dari 10 melampaui 70 % → dilanggar; yang dikecualikan tidak dihitung", () => {
    const [a] = ringkasKurva({ ...dasar, tampil: [units[0]!], capaian: new Map([["opd", "BAIK" as const]]) });
    expect(a).toMatchObject({ total: 10, final: 10, dikecualikan: 1, status: "DILANGGAR" });
    expect(a!.batas.BAIK.maks).toBe(7);
    expect(a!.pelanggaran).toHaveLength(1);
  });

  it("override mengubah status; capaian kosong; belum lengkap; sub-unit tidak diperiksa", () => {
    const r = ringkasKurva({ ...dasar, tampil: units, capaian: new Map([["opd", "BAIK" as const]]), override: [{ unitId: "opd", alasan: "Tim kecil", penilai: "Budi" }] });
    expect(r.map((x) => x.status)).toEqual(["DILANGGAR_OVERRIDE", "TIDAK_DIPERIKSA", "CAPAIAN_BELUM"]);
    expect(r[1]).toMatchObject({ total: 8, final: 8 });
    const b = ringkasKurva({ ...dasar, tampil: [units[2]!], capaian: new Map([["opd2", "ISTIMEWA" as const]]) })[0]!;
    expect(b.status).toBe("BELUM_LENGKAP");
    expect(labelStatusKurva(b)).toBe("Belum lengkap (0 dari 3 final)");
    const t = tabelKurva("x", r);
    expect(t.baris[0]!.at(-1)).toBe("Budi: Tim kecil");
    expect(t.baris[1]![1]).toBe("—");
    expect(t.kolom).toHaveLength(t.baris[0]!.length);
  });
});

describe("pengisian", () => {
  it("persen dibulatkan ke bawah; tahap tertahan = tahap pertama yang belum", () => {
    expect(persen(2, 3)).toBe(66);
    expect(persen(0, 0)).toBe(0);
    expect(tahapTertahan({ disusun: true, disetujui: true, rencanaAksi: false, realisasi: true, bukti: false, dinilai: false, final: false })).toBe("rencanaAksi");
    expect(tahapTertahan({ disusun: true, disetujui: true, rencanaAksi: true, realisasi: true, bukti: true, dinilai: true, final: true })).toBeNull();
    const t = tabelPengisian("x", [{ opdId: "a", nama: "Dinas A", pegawai: 4, disusun: 4, disetujui: 3, rencanaAksi: 2, realisasi: 2, bukti: 1, dinilai: 1, final: 0 }]);
    expect(t.baris[0]).toEqual(["Dinas A", 4, 4, 100, 3, 75, 2, 50, 2, 50, 1, 25, 1, 25, 0, 0]);
  });
});
