import { describe, expect, it } from "vitest";
import {
  periksaIntervensi,
  periksaKelengkapan,
  PESAN_INTERVENSI,
  type ArgsIntervensi,
  type IkiInput,
  type RhkAtasanCalon,
  type RhkInput,
  type SkpInput,
} from "./kelengkapan";
import type { StatusSkp } from "./workflow";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

const iki = (o: Partial<IkiInput> = {}): IkiInput => ({ aspek: "KUANTITAS", indikator: "Jumlah laporan", target: "12 dokumen", ...o });
const tigaIki = () => [iki(), iki({ aspek: "KUALITAS", target: "100%" }), iki({ aspek: "WAKTU", target: "12 bulan" })];
let urut = 0;
const rhk = (o: Partial<RhkInput> = {}): RhkInput => ({
  id: `rhk-${++urut}`,
  jenis: "UTAMA",
  teks: "Tersusunnya laporan kinerja bidang",
  rhkAtasanId: "atasan-1",
  perspektif: null,
  iki: tigaIki(),
  ...o,
});
const rhkJpt = (o: Partial<RhkInput> = {}): RhkInput =>
  rhk({ rhkAtasanId: null, perspektif: "PENERIMA_LAYANAN", iki: [iki({ aspek: null, target: "61,95%" })], ...o });
const jaJf = (rhkList: RhkInput[], pendekatan: SkpInput["pendekatan"] = "KUANTITATIF"): SkpInput => ({
  varian: "JA_JF",
  pendekatan,
  rhk: rhkList,
});
const jpt = (rhkList: RhkInput[], pendekatan: SkpInput["pendekatan"] = "KUANTITATIF"): SkpInput => ({
  varian: "JPT",
  pendekatan,
  rhk: rhkList,
});
const masalah = (skp: SkpInput) => {
  const h = periksaKelengkapan(skp);
  return h.ok ? [] : h.masalah;
};

describe("periksaKelengkapan: SKP lengkap", () => {
  it("JA/JF kuantitatif dengan RHK utama terhubung dan RHK tambahan tanpa tautan", () => {
    expect(periksaKelengkapan(jaJf([rhk(), rhk({ jenis: "TAMBAHAN", rhkAtasanId: null })]))).toEqual({ ok: true });
  });
  it("JA/JF kualitatif tidak memerlukan aspek", () => {
    expect(periksaKelengkapan(jaJf([rhk({ iki: [iki({ aspek: null })] })], "KUALITATIF"))).toEqual({ ok: true });
  });
  it.each(["KUANTITATIF", "KUALITATIF"] as const)("JPT %s dengan perspektif, tanpa aspek dan tanpa RHK atasan", (p) => {
    expect(periksaKelengkapan(jpt([rhkJpt(), rhkJpt({ jenis: "TAMBAHAN", perspektif: "ANGGARAN" })], p))).toEqual({
      ok: true,
    });
  });
  it("JPT boleh terhubung ke RHK atasan", () => {
    expect(periksaKelengkapan(jpt([rhkJpt({ rhkAtasanId: "x" })]))).toEqual({ ok: true });
  });
});

describe("periksaKelengkapan: masalah", () => {
  it("tanpa RHK sama sekali", () => {
    expect(masalah(jaJf([]))).toEqual([
      "SKP belum memiliki rencana hasil kerja (RHK) utama. Tambahkan minimal satu RHK utama.",
    ]);
  });
  it("hanya RHK tambahan", () => {
    expect(masalah(jpt([rhkJpt({ jenis: "TAMBAHAN" })]))).toEqual([
      "SKP belum memiliki rencana hasil kerja (RHK) utama. Tambahkan minimal satu RHK utama.",
    ]);
  });
  it("uraian RHK kosong atau hanya spasi", () => {
    expect(masalah(jaJf([rhk({ teks: "" }), rhk({ teks: "   \n " })]))).toEqual([
      "RHK utama 1: uraian rencana hasil kerja belum diisi.",
      "RHK utama 2: uraian rencana hasil kerja belum diisi.",
    ]);
  });
  it("RHK tanpa indikator kinerja", () => {
    expect(masalah(jaJf([rhk(), rhk({ iki: [] })]))).toEqual(["RHK utama 2: belum ada indikator kinerja."]);
  });
  it("indikator dan target kosong", () => {
    expect(masalah(jaJf([rhk({ iki: [iki(), iki({ indikator: " ", target: "" })] })]))).toEqual([
      "RHK utama 1, indikator 2: uraian indikator kinerja belum diisi.",
      "RHK utama 1, indikator 2: target belum diisi.",
    ]);
  });
  it("indikator dan target tetap wajib pada pendekatan kualitatif dan varian JPT", () => {
    expect(masalah(jaJf([rhk({ iki: [iki({ aspek: null, target: "" })] })], "KUALITATIF"))).toEqual([
      "RHK utama 1, indikator 1: target belum diisi.",
    ]);
    expect(masalah(jpt([rhkJpt({ iki: [iki({ aspek: null, indikator: "" })] })], "KUALITATIF"))).toEqual([
      "RHK utama 1, indikator 1: uraian indikator kinerja belum diisi.",
    ]);
  });
  it("JA/JF kuantitatif: setiap indikator wajib beraspek yang dikenal", () => {
    expect(masalah(jaJf([rhk({ iki: [iki({ aspek: null }), iki({ aspek: "  " }), iki({ aspek: "MUTU" })] })]))).toEqual([
      "RHK utama 1, indikator 1: aspek belum dipilih.",
      "RHK utama 1, indikator 2: aspek belum dipilih.",
      "RHK utama 1, indikator 3: aspek yang dipilih tidak dikenal.",
    ]);
  });
  it("aspek juga wajib pada RHK tambahan JA/JF kuantitatif", () => {
    expect(masalah(jaJf([rhk(), rhk({ jenis: "TAMBAHAN", rhkAtasanId: null, iki: [iki({ aspek: null })] })]))).toEqual([
      "RHK tambahan 1, indikator 1: aspek belum dipilih.",
    ]);
  });
  it("JPT: aspek tidak diperiksa", () => {
    expect(masalah(jpt([rhkJpt({ iki: [iki({ aspek: "SEMBARANG" })] })]))).toEqual([]);
  });
  it("JA/JF: RHK utama wajib terhubung ke RHK pimpinan; RHK tambahan tidak", () => {
    expect(
      masalah(jaJf([rhk({ rhkAtasanId: null }), rhk({ rhkAtasanId: " " }), rhk({ jenis: "TAMBAHAN", rhkAtasanId: null })])),
    ).toEqual([
      "RHK utama 1: belum terhubung ke RHK pimpinan yang diintervensi.",
      "RHK utama 2: belum terhubung ke RHK pimpinan yang diintervensi.",
    ]);
  });
  it("JA/JF kualitatif: RHK utama tetap wajib terhubung", () => {
    expect(masalah(jaJf([rhk({ rhkAtasanId: null, iki: [iki({ aspek: null })] })], "KUALITATIF"))).toEqual([
      "RHK utama 1: belum terhubung ke RHK pimpinan yang diintervensi.",
    ]);
  });
  it("JPT: setiap RHK (utama dan tambahan) wajib berperspektif yang dikenal", () => {
    expect(
      masalah(
        jpt([rhkJpt({ perspektif: null }), rhkJpt({ perspektif: "KEUANGAN" }), rhkJpt({ jenis: "TAMBAHAN", perspektif: "" })]),
      ),
    ).toEqual([
      "RHK utama 1: perspektif belum dipilih.",
      "RHK utama 2: perspektif yang dipilih tidak dikenal.",
      "RHK tambahan 1: perspektif belum dipilih.",
    ]);
  });
  it("JA/JF: perspektif tidak diperiksa", () => {
    expect(masalah(jaJf([rhk({ perspektif: "APA_SAJA" })]))).toEqual([]);
  });
  it("penomoran terpisah untuk RHK utama dan tambahan, mengikuti urutan masukan", () => {
    const skp = jaJf([
      rhk({ jenis: "TAMBAHAN", rhkAtasanId: null, teks: "" }),
      rhk(),
      rhk({ jenis: "TAMBAHAN", rhkAtasanId: null, iki: [] }),
      rhk({ iki: [] }),
    ]);
    expect(masalah(skp)).toEqual([
      "RHK tambahan 1: uraian rencana hasil kerja belum diisi.",
      "RHK tambahan 2: belum ada indikator kinerja.",
      "RHK utama 2: belum ada indikator kinerja.",
    ]);
  });
  it("mengumpulkan semua masalah sekaligus, berurutan per RHK", () => {
    const skp = jaJf([
      rhk({ teks: "", rhkAtasanId: null, iki: [iki({ aspek: null, indikator: "", target: "" })] }),
      rhk({ jenis: "TAMBAHAN", rhkAtasanId: null, iki: [] }),
    ]);
    expect(masalah(skp)).toEqual([
      "RHK utama 1: uraian rencana hasil kerja belum diisi.",
      "RHK utama 1: belum terhubung ke RHK pimpinan yang diintervensi.",
      "RHK utama 1, indikator 1: aspek belum dipilih.",
      "RHK utama 1, indikator 1: uraian indikator kinerja belum diisi.",
      "RHK utama 1, indikator 1: target belum diisi.",
      "RHK tambahan 1: belum ada indikator kinerja.",
    ]);
  });
  it("tanpa RHK utama dan RHK tambahan bermasalah: keduanya dilaporkan", () => {
    expect(masalah(jpt([rhkJpt({ jenis: "TAMBAHAN", perspektif: null })]))).toEqual([
      "SKP belum memiliki rencana hasil kerja (RHK) utama. Tambahkan minimal satu RHK utama.",
      "RHK tambahan 1: perspektif belum dipilih.",
    ]);
  });
  it("semua pesan diakhiri titik", () => {
    const skp = jaJf([rhk({ teks: "", rhkAtasanId: null, iki: [iki({ aspek: "X", indikator: "", target: "" })] })]);
    for (const m of masalah(skp)) expect(m).toMatch(/\.$/);
  });
});

describe("periksaIntervensi", () => {
  const calon = (o: Partial<RhkAtasanCalon> = {}): RhkAtasanCalon => ({
    id: "rhk-kabid-1",
    skpId: "skp-kabid",
    pemilikPegawaiId: "kabid",
    statusSkp: "DISETUJUI",
    mulai: d("2026-01-01"),
    selesai: d("2026-12-31"),
    ...o,
  });
  const args = (o: Partial<ArgsIntervensi> = {}): ArgsIntervensi => ({
    varian: "JA_JF",
    jenisRhk: "UTAMA",
    penilaiPegawaiId: "kabid",
    skpMulai: d("2026-01-01"),
    skpSelesai: d("2026-12-31"),
    calon: calon(),
    ...o,
  });
  const VARIAN_JENIS = [
    ["JA_JF", "UTAMA"],
    ["JA_JF", "TAMBAHAN"],
    ["JPT", "UTAMA"],
    ["JPT", "TAMBAHAN"],
  ] as const;

  describe.each(VARIAN_JENIS)("%s / %s", (varian, jenisRhk) => {
    const a = (o: Partial<ArgsIntervensi> = {}) => periksaIntervensi(args({ varian, jenisRhk, ...o }));

    it("tanpa tautan: boleh (RHK utama JA/JF ditangkap saat pengajuan)", () => {
      expect(a({ calon: null })).toEqual({ ok: true });
      expect(a({ calon: null, penilaiPegawaiId: null })).toEqual({ ok: true });
    });
    it("tautan sah: RHK milik penilai, SKP disetujui, periode beririsan", () => {
      expect(a()).toEqual({ ok: true });
    });
    it("penilai belum tercatat (null): ditolak", () => {
      expect(a({ penilaiPegawaiId: null })).toEqual({ ok: false, pesan: PESAN_INTERVENSI.tanpaPenilai });
    });
    it("RHK bukan milik pejabat penilai: ditolak", () => {
      expect(a({ calon: calon({ pemilikPegawaiId: "kabid-lain" }) })).toEqual({
        ok: false,
        pesan: "RHK yang dipilih bukan milik pejabat penilai Anda. Pilih RHK dari SKP pejabat penilai Anda.",
      });
    });
    it.each(["DRAFT", "DIAJUKAN", "DITOLAK"] as StatusSkp[])("SKP penilai berstatus %s: ditolak", (statusSkp) => {
      expect(a({ calon: calon({ statusSkp }) })).toEqual({ ok: false, pesan: PESAN_INTERVENSI.belumDisetujui });
    });
    it("SKP penilai sudah diganti revisi: ditolak dengan pesan khusus", () => {
      expect(a({ calon: calon({ statusSkp: "DIGANTI" }) })).toEqual({ ok: false, pesan: PESAN_INTERVENSI.sudahDiganti });
    });
    it("periode tidak beririsan: ditolak", () => {
      expect(a({ calon: calon({ mulai: d("2026-01-01"), selesai: d("2026-05-31") }), skpMulai: d("2026-06-01") })).toEqual({
        ok: false,
        pesan: "Periode SKP pejabat penilai tidak beririsan dengan periode SKP Anda.",
      });
    });
  });

  it("pesan belum disetujui diawali redaksi baku", () => {
    expect(PESAN_INTERVENSI.belumDisetujui.startsWith("SKP pejabat penilai belum disetujui.")).toBe(true);
  });

  describe("periode", () => {
    const p = (skpMulai: string, skpSelesai: string, mulai: string, selesai: string) =>
      periksaIntervensi(args({ skpMulai: d(skpMulai), skpSelesai: d(skpSelesai), calon: calon({ mulai: d(mulai), selesai: d(selesai) }) })).ok;
    it("irisan sebagian (atasan berganti jabatan di tengah tahun)", () => {
      expect(p("2026-01-01", "2026-12-31", "2026-06-01", "2026-12-31")).toBe(true);
      expect(p("2026-06-01", "2026-12-31", "2026-01-01", "2026-06-30")).toBe(true);
    });
    it("irisan satu hari pada batas (inklusif)", () => {
      expect(p("2026-06-30", "2026-12-31", "2026-01-01", "2026-06-30")).toBe(true);
      expect(p("2026-01-01", "2026-06-01", "2026-06-01", "2026-12-31")).toBe(true);
    });
    it("bersebelahan tanpa irisan", () => {
      expect(p("2026-07-01", "2026-12-31", "2026-01-01", "2026-06-30")).toBe(false);
      expect(p("2026-01-01", "2026-06-30", "2026-07-01", "2026-12-31")).toBe(false);
    });
    it("tahun berbeda", () => {
      expect(p("2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")).toBe(false);
    });
    it("periode SKP pegawai terbalik: tidak beririsan", () => {
      expect(p("2026-12-31", "2026-01-01", "2026-01-01", "2026-12-31")).toBe(false);
    });
  });

  it("urutan pemeriksaan: penilai, kepemilikan, status, lalu periode", () => {
    const semuaSalah = calon({ pemilikPegawaiId: "x", statusSkp: "DRAFT", mulai: d("2020-01-01"), selesai: d("2020-12-31") });
    expect(periksaIntervensi(args({ penilaiPegawaiId: null, calon: semuaSalah }))).toEqual({
      ok: false,
      pesan: PESAN_INTERVENSI.tanpaPenilai,
    });
    expect(periksaIntervensi(args({ calon: semuaSalah }))).toEqual({ ok: false, pesan: PESAN_INTERVENSI.bukanMilikPenilai });
    expect(periksaIntervensi(args({ calon: { ...semuaSalah, pemilikPegawaiId: "kabid" } }))).toEqual({
      ok: false,
      pesan: PESAN_INTERVENSI.belumDisetujui,
    });
    expect(
      periksaIntervensi(args({ calon: { ...semuaSalah, pemilikPegawaiId: "kabid", statusSkp: "DISETUJUI" } })),
    ).toEqual({ ok: false, pesan: PESAN_INTERVENSI.tidakBeririsan });
  });
});
