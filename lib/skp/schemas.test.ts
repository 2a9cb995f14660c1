import { describe, expect, it } from "vitest";
import { bentukObjek } from "@/lib/form";
import { ZBuatSkp, ZLampiran, ZMatriks, ZPeriode, ZRhk, ZSetujuiBanyak, ZStatusSkp } from "@/lib/skp/schemas";

const ID = "3f1c2a9e-8b7d-4c6e-9a5b-1d2e3f4a5b6c";
const pesan = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
const fd = (o: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) for (const x of [v].flat()) f.append(k, x);
  return bentukObjek(f);
};

describe("ZRhk dari formulir", () => {
  it("menerima RHK kuantitatif dengan angka gaya Indonesia dan rentang", () => {
    const r = ZRhk.safeParse(fd({ skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan", rhkAtasanId: "", "iki.0.aspek": "KUALITAS", "iki.0.indikator": "Laporan tanpa revisi", "iki.0.targetMin": "1.250,5", "iki.0.targetMaks": "1.300", "iki.0.satuan": "%" }));
    expect(r.success).toBe(true);
    expect(r.data?.rhkAtasanId).toBeUndefined();
    expect(r.data?.iki[0]).toMatchObject({ targetMin: 1250.5, targetMaks: 1300, satuan: "%" });
  });
  it("pesan jelas per kolom dalam Bahasa Indonesia", () => {
    const r = ZRhk.safeParse(fd({ skpId: "bukan-id", jenis: "LAIN", teks: "ab", "iki.0.indikator": "", "iki.0.targetMin": "abc", "iki.1.indikator": "Indikator", "iki.1.targetMin": "10", "iki.1.targetMaks": "5" }));
    expect(pesan(r)).toMatchObject({
      skpId: "SKP tidak sah.",
      jenis: "Pilih jenis RHK: utama atau tambahan.",
      teks: "Rencana hasil kerja minimal 5 karakter.",
      "iki.0.indikator": "Indikator minimal 3 karakter.",
      "iki.0.targetMin": expect.stringMatching(/^Target tidak dapat dibaca\. .*92,5/),
      "iki.1.targetMaks": "Batas atas target harus lebih besar atau sama dengan batas bawah.",
    });
  });
  it("tanpa indikator, target negatif, atau target kosong ditolak", () => {
    expect(pesan(ZRhk.safeParse(fd({ skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan" })))).toMatchObject({ iki: "Tambahkan minimal satu indikator kinerja." });
    expect(pesan(ZRhk.safeParse({ skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan", iki: [] }))).toMatchObject({ iki: "Tambahkan minimal satu indikator kinerja." });
    expect(pesan(ZRhk.safeParse(fd({ skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan", "iki.0.indikator": "Indikator", "iki.0.targetMin": "-1" })))).toMatchObject({ "iki.0.targetMin": "Target tidak boleh negatif." });
    expect(pesan(ZRhk.safeParse(fd({ skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan", "iki.0.indikator": "Indikator" })))).toMatchObject({ "iki.0.targetMin": "Target wajib diisi." });
  });
});

describe("skema lain", () => {
  it("ZBuatSkp: pendekatan dan tanggal", () => {
    expect(pesan(ZBuatSkp.safeParse(fd({ jabatanId: ID, mulai: "2026-02-30", pendekatan: "CAMPURAN" })))).toEqual({
      mulai: "Tanggal mulai tidak sah.",
      pendekatan: "Pilih pendekatan kuantitatif atau kualitatif.",
    });
    expect(ZBuatSkp.safeParse(fd({ jabatanId: ID, mulai: "2026-01-01", pendekatan: "KUALITATIF", salinDariId: "" })).data?.salinDariId).toBeUndefined();
  });
  it("ZLampiran: satu butir per baris, nomor dan tanda dibuang", () => {
    expect(ZLampiran.parse(fd({ skpId: ID, jenis: "KONSEKUENSI", butir: "1. Penghargaan\n- Teguran tertulis\n\n  •  Pembinaan  " })).butir).toEqual(["Penghargaan", "Teguran tertulis", "Pembinaan"]);
  });
  it("ZStatusSkp dan ZSetujuiBanyak", () => {
    expect(pesan(ZStatusSkp.safeParse(fd({ skpId: ID, aksi: "HAPUS_SEMUA" })))).toEqual({ aksi: "Aksi tidak dikenal." });
    expect(ZSetujuiBanyak.parse(fd({ skpId: ID })).skpId).toEqual([{ skpId: ID, diajukanPada: undefined }]);
    expect(ZSetujuiBanyak.parse(fd({ skpId: [`${ID}|2026-03-01T02:03:04.567Z`, `${ID}|`] })).skpId).toEqual([
      { skpId: ID, diajukanPada: "2026-03-01T02:03:04.567Z" },
      { skpId: ID, diajukanPada: undefined },
    ]);
    expect(ZSetujuiBanyak.safeParse(fd({ skpId: `${ID}|kemarin` })).success).toBe(false);
    expect(pesan(ZSetujuiBanyak.safeParse(fd({})))).toEqual({ skpId: "Pilih minimal satu SKP." });
  });
  it("ZMatriks hanya menerima id sah; ZPeriode membatasi tahun", () => {
    expect(ZMatriks.safeParse(fd({ [`sel.${ID}.${ID}`]: "Peran" })).success).toBe(true);
    expect(ZMatriks.safeParse(fd({ "sel.x.y": "Peran" })).success).toBe(false);
    expect(pesan(ZPeriode.safeParse(fd({ instansiId: ID, tahun: "2019", ritme: "TRIWULAN" })))).toEqual({ tahun: "Tahun minimal 2022 (PermenPANRB 6/2022)." });
  });
});

describe("angka dan teks dari formulir: batas kolom dan pembersihan", () => {
  const dasar = { skpId: ID, jenis: "UTAMA", teks: "Tersusunnya laporan", "iki.0.indikator": "Indikator" };
  it("92.5 dibaca 92,5; 1.250,5 dibaca 1250,5; angka ≥ 10^14 dan lebih dari 4 desimal ditolak dengan pesan", () => {
    const baca = (t: string) => ZRhk.safeParse(fd({ ...dasar, "iki.0.targetMin": t, "iki.0.satuan": "%" }));
    expect(baca("92.5")).toMatchObject({ success: true, data: { iki: [{ targetMin: 92.5 }] } });
    expect(baca("1.250,5")).toMatchObject({ success: true, data: { iki: [{ targetMin: 1250.5 }] } });
    expect(baca("99.999.999.999.999")).toMatchObject({ success: true });
    expect(pesan(baca("100000000000000"))).toMatchObject({ "iki.0.targetMin": "Target maksimal 99.999.999.999.999." });
    expect(pesan(baca("1,23456"))).toMatchObject({ "iki.0.targetMin": "Target paling banyak 4 angka di belakang koma." });
    expect(pesan(baca("0x10"))).toMatchObject({ "iki.0.targetMin": expect.stringMatching(/^Target tidak dapat dibaca/) });
    expect(pesan(baca("1e3"))).toMatchObject({ "iki.0.targetMin": expect.stringMatching(/^Target tidak dapat dibaca/) });
  });
  it("NUL dan penimpa arah teks dibuang sebelum panjang dihitung", () => {
    const r = ZRhk.safeParse(fd({ ...dasar, teks: "Tersusunnya\u0000 laporan\u202e", "iki.0.targetMin": "5", "iki.0.satuan": "dokumen" }));
    expect(r).toMatchObject({ success: true, data: { teks: "Tersusunnya laporan" } });
    expect(pesan(ZRhk.safeParse(fd({ ...dasar, teks: "\u0000\u0001\u0002\u0003\u0004\u0005", "iki.0.targetMin": "5" })))).toMatchObject({ teks: "Rencana hasil kerja minimal 5 karakter." });
  });
});
