import { describe, expect, it } from "vitest";
import {
  alasanPengecualian, DAFTAR_KOLOM_TPP, judulKolom, KATALOG_KOLOM_TPP, KOLOM_BAWAAN_TPP, kolomSah, LABEL_ALASAN_TPP, namaBerkasTpp, persen, susunBaris, teksPengecualian, urutkanKolom,
  type DataPegawaiTpp,
} from "@/lib/tpp/kolom";
import { ZSimpanSetKolom } from "@/lib/tpp/schemas";

const dasar: DataPegawaiTpp = {
  pegawaiId: "p1", nip: "198611052010031027", gelarDepan: "dr.", nama: "Wahyu Hidayat", gelarBelakang: "M.Kes.", status: "PNS", golongan: "III/c",
  jabatan: "Analis Kebijakan", unit: "Bidang Pelayanan", opd: "Dinas Kesehatan", adaPeriode: true, adaSkp: true,
  evaluasi: { status: "FINAL", ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", predikat: "BAIK", alasanDikecualikan: null },
  indikator: 8, realisasi: 6, capaianOrganisasi: "BAIK", pengecualian: null, berhentiSejak: null, keluarOpdSejak: null,
  harian: { hariKerja: 20, hariTerisi: 17, terlambat: 2, hariTerlambat: 5 },
};
const semua = [...DAFTAR_KOLOM_TPP];

describe("persen", () => {
  it("satu desimal, penyebut 0 → null, dibatasi 100", () => {
    expect(persen(17, 20)).toBe(85);
    expect(persen(2, 3)).toBe(66.7);
    expect(persen(1, 8)).toBe(12.5);
    expect(persen(0, 0)).toBeNull();
    expect(persen(5, 4)).toBe(100);
  });
});

describe("alasanPengecualian", () => {
  it("evaluasi final tanpa hal lain: tidak dikecualikan", () => {
    expect(alasanPengecualian(dasar)).toEqual([]);
  });
  it("urutan dan rincian alasan", () => {
    expect(alasanPengecualian({ ...dasar, adaPeriode: false }).map((x) => x.alasan)).toEqual(["PERIODE_TIDAK_ADA"]);
    expect(alasanPengecualian({ ...dasar, adaSkp: false, evaluasi: null }).map((x) => x.alasan)).toEqual(["TANPA_SKP"]);
    expect(alasanPengecualian({ ...dasar, evaluasi: null }).map((x) => x.alasan)).toEqual(["EVALUASI_BELUM_ADA"]);
    expect(alasanPengecualian({ ...dasar, evaluasi: { ...dasar.evaluasi!, status: "SELESAI_DINILAI" } }).map((x) => x.alasan)).toEqual(["EVALUASI_BELUM_FINAL"]);
    expect(alasanPengecualian({ ...dasar, evaluasi: { ...dasar.evaluasi!, status: "DIKECUALIKAN", alasanDikecualikan: "CLTN" } })).toEqual([{ alasan: "EVALUASI_DIKECUALIKAN", rincian: "CLTN" }]);
    const banyak = alasanPengecualian({ ...dasar, pengecualian: { jenis: "TUGAS_BELAJAR", alasan: "S2 UGM" }, berhentiSejak: new Date("2026-11-15T00:00:00Z"), keluarOpdSejak: new Date("2026-11-10T00:00:00Z") });
    expect(banyak.map((x) => x.alasan)).toEqual(["PENGECUALIAN_PEGAWAI", "BERHENTI", "KELUAR_OPD"]);
    expect(teksPengecualian(banyak)).toBe("Pengecualian pegawai (kurva) (Tugas belajar: S2 UGM); Pensiun/berhenti dalam bulan ini (sejak 15 November 2026); Pindah dari perangkat daerah ini dalam bulan ini (penugasan berakhir 10 November 2026)");
  });
  it("setiap alasan punya label", () => {
    for (const l of Object.values(LABEL_ALASAN_TPP)) expect(l.length).toBeGreaterThan(5);
  });
});

describe("susunBaris", () => {
  it("nilai semua kolom katalog; NIP berformat, nama bergelar, angka sebagai angka", () => {
    const b = susunBaris(dasar, semua);
    const nilai = Object.fromEntries(semua.map((k, i) => [k, b.sel[i]]));
    expect(b.dikecualikan).toBe(false);
    expect(nilai).toEqual({
      nip: "19861105 201003 1 027", nama: "dr. Wahyu Hidayat, M.Kes.", jabatan: "Analis Kebijakan", pangkat: "Penata / III/c", unit: "Bidang Pelayanan", opd: "Dinas Kesehatan",
      predikat: "Baik", rating_hasil: "Di Atas Ekspektasi", rating_perilaku: "Sesuai Ekspektasi", realisasi_persen: 75, capaian_organisasi: "Baik",
      hari_kerja: 20, hari_terisi: 17, kelengkapan_harian: 85, entri_terlambat: 2, hari_terlambat: 5, dikecualikan: "Tidak", alasan: null,
    });
  });
  it("evaluasi belum final: predikat dan rating kosong, dikecualikan dengan alasan", () => {
    const b = susunBaris({ ...dasar, evaluasi: { ...dasar.evaluasi!, status: "DRAF" } }, ["predikat", "rating_hasil", "dikecualikan", "alasan"]);
    expect(b).toEqual({ pegawaiId: "p1", dikecualikan: true, sel: [null, null, "Ya", "Evaluasi periode belum final"] });
  });
  it("tanpa SKP: angka harian dan realisasi kosong", () => {
    const b = susunBaris({ ...dasar, adaSkp: false, evaluasi: null, harian: null }, ["realisasi_persen", "hari_kerja", "kelengkapan_harian", "alasan"]);
    expect(b.sel).toEqual([null, null, null, "Tidak ada SKP disetujui untuk bulan ini"]);
  });
  it("urutan kolom mengikuti set", () => {
    expect(susunBaris(dasar, ["hari_terisi", "nip"]).sel).toEqual([17, "19861105 201003 1 027"]);
    expect(judulKolom(["hari_terisi", "nip"])).toEqual(["Hari terisi progres harian", "NIP"]);
  });
});

describe("katalog dan urutan", () => {
  it("judul unik, bawaan tanpa OPD", () => {
    expect(new Set(semua.map((k) => KATALOG_KOLOM_TPP[k].judul)).size).toBe(semua.length);
    expect(KOLOM_BAWAAN_TPP).not.toContain("opd");
    expect(KOLOM_BAWAAN_TPP[0]).toBe("nip");
  });
  it("urutkanKolom: nomor urut, seri menurut katalog", () => {
    expect(urutkanKolom({ nama: 2, nip: 1, predikat: 2, alasan: 9 })).toEqual(["nip", "nama", "predikat", "alasan"]);
    expect(urutkanKolom({})).toEqual([]);
  });
  it("kolomSah membuang kunci yang tidak dikenal", () => {
    expect(kolomSah(["nip", "gaji", "nama"])).toEqual(["nip", "nama"]);
  });
  it("nama berkas", () => {
    expect(namaBerkasTpp({ tahun: 2026, bulan: 3 }, "Dinas Kesehatan")).toBe("tpp-2026-03-dinas-kesehatan.xlsx");
    expect(namaBerkasTpp({ tahun: 2026, bulan: 11 }, null)).toBe("tpp-2026-11-semua-opd.xlsx");
  });
});

describe("ZSimpanSetKolom", () => {
  const instansiId = "7b0c5f7e-1d7e-4d1a-9f55-0d3c4c1b2a10";
  it("urutan dari isian nomor → kunci terurut; kosong diabaikan; centang bawaan", () => {
    const r = ZSimpanSetKolom.parse({ instansiId, nama: "  TPP Dinkes ", bawaan: "1", urutan: { nama: "2", nip: "1", alasan: "", predikat: "3" } });
    expect(r).toMatchObject({ nama: "TPP Dinkes", bawaan: true, urutan: ["nip", "nama", "predikat"] });
    expect(ZSimpanSetKolom.parse({ instansiId, nama: "A", urutan: { nip: "1" } }).bawaan).toBe(false);
  });
  it("menolak tanpa kolom, kunci asing dan nomor bukan bilangan bulat", () => {
    const galat = (v: unknown) => ZSimpanSetKolom.safeParse(v).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(galat({ instansiId, nama: "A", urutan: { nip: "" } })).toEqual(["urutan: Pilih paling sedikit satu kolom (isi nomor urutnya)."]);
    expect(galat({ instansiId, nama: "A", urutan: { gaji: "1", nip: "1" } })).toEqual(["urutan.gaji: Kolom tidak dikenal."]);
    expect(galat({ instansiId, nama: "A", urutan: { nip: "1,5" } })?.[0]).toMatch(/^urutan\.nip: /);
    expect(galat({ instansiId, nama: "", urutan: { nip: "1" } })).toEqual(["nama: Nama set kolom wajib diisi."]);
  });
});
