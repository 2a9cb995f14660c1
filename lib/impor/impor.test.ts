import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bacaBerkasImpor, PESAN_BERKAS, tebakPemisah, type BarisMentah } from "./baca";
import { KOLOM, MAKS_BARIS, kenaliJudul, normalJudul, type KunciKolom } from "./kolom";
import { bacaGolongan, bacaTanggal, validasiBaris, validasiTabel, type BarisValid } from "./validasi";
import { jumlahTulisan, rencanakanImpor, type Potret, type PotretPegawai } from "./rencana";
import { CONTOH, templatCsv, templatXlsx, tulisCsv, tulisXlsx, type BarisTulis } from "./templat";

const HARI_INI = new Date(Date.UTC(2026, 5, 1));
const SEMUA = new Set(KOLOM.map((k) => k.kunci));
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const teks = (b: Uint8Array) => new TextDecoder().decode(b);
const enc = (s: string) => new TextEncoder().encode(s);

// NIP sah: lahir 1985-03-12, TMT 2010-01, pria, nomor urut n.
const nip = (n: number, kelamin: 1 | 2 = 1) => `19850312201001${kelamin}${String(n).padStart(3, "0")}`;
/** NIP sah ke-i (i < 999 × 3650): tanggal lahir bergeser tiap 999 pegawai. */
function nipUji(i: number): string {
  const lahir = new Date(Date.UTC(1980, 0, 1 + Math.floor(i / 999)));
  const t = `${lahir.getUTCFullYear()}${String(lahir.getUTCMonth() + 1).padStart(2, "0")}${String(lahir.getUTCDate()).padStart(2, "0")}`;
  return `${t}2010011${String((i % 999) + 1).padStart(3, "0")}`;
}
const NIP_PPPK = "199001012023211001";

function mentah(sel: Partial<Record<KunciKolom, string | number | Date | null>>, nomor = 2): BarisMentah {
  return { nomor, sel };
}
const v = (sel: Parameters<typeof mentah>[0], kolom: ReadonlySet<KunciKolom> = SEMUA) => validasiBaris(mentah(sel), { hariIni: HARI_INI, kolom });
const kolomGalat = (b: BarisValid) => b.galat.map((g) => g.kolom);

const DASAR: BarisTulis = {
  nip: nip(1),
  nama: "Hendra Wijaya",
  status: "PNS",
  golongan: "IV/b",
  tmtGolongan: "01-04-2022",
  kodeJabatan: "J1",
  jabatan: "Kepala Dinas Kesehatan",
  jenisJabatan: "JPT",
  eselon: "II.b",
  kodeUnit: "U1",
  unit: "Dinas Kesehatan",
  jenisUnit: "OPD",
  tmtJabatan: "02-01-2023",
};

// ─── kolom ──────────────────────────────────────────────────────────────────────────────────

describe("kolom", () => {
  it("mengenali judul templat dan nama lain ala SIASN tanpa peduli huruf/spasi/tanda baca", () => {
    expect(kenaliJudul("NIP")).toBe("nip");
    expect(kenaliJudul(" nip baru ")).toBe("nip");
    expect(kenaliJudul("Pangkat/Golongan")).toBe("golongan");
    expect(kenaliJudul("ID Unor")).toBe("kodeUnit");
    expect(kenaliJudul("kode_unit_induk")).toBe("kodeUnitInduk");
    expect(kenaliJudul("Kolom Lain")).toBeNull();
  });
  it("setiap judul dan nama lain menunjuk tepat satu kolom", () => {
    const peta = new Map<string, Set<string>>();
    for (const k of KOLOM) for (const a of [k.judul, ...k.alias]) peta.set(normalJudul(a), (peta.get(normalJudul(a)) ?? new Set()).add(k.kunci));
    expect([...peta].filter(([, s]) => s.size > 1)).toEqual([]);
    for (const k of KOLOM) expect(kenaliJudul(k.judul)).toBe(k.kunci);
  });
});

// ─── nilai sel ──────────────────────────────────────────────────────────────────────────────

describe("bacaTanggal", () => {
  it.each([
    ["02-01-2023", "2023-01-02"],
    ["2/1/2023", "2023-01-02"],
    ["02.01.2023", "2023-01-02"],
    ["2023-01-02", "2023-01-02"],
    ["2023-01-02 00:00:00", "2023-01-02"],
    ["44928", "2023-01-02"],
  ])("%s → %s", (s, iso) => expect((bacaTanggal(s) as Date).toISOString().slice(0, 10)).toBe(iso));
  it("tanggal Excel (sel tanggal dan nomor seri)", () => {
    expect((bacaTanggal(new Date(Date.UTC(2023, 0, 2, 0, 0))) as Date).toISOString().slice(0, 10)).toBe("2023-01-02");
    expect((bacaTanggal(44928) as Date).toISOString().slice(0, 10)).toBe("2023-01-02");
  });
  it.each<[string | number]>([["31-02-2023"], ["2023-13-01"], ["kemarin"], ["12/2023"], [1.5], [0], ["01-01-1800"], [1e9]])("%s tidak sah", (s) => {
    expect(bacaTanggal(s)).toBe("salah");
  });
  it("kosong → null", () => expect(bacaTanggal(null)).toBeNull());
});

describe("bacaGolongan", () => {
  it.each([
    ["III/a", "III/a"],
    ["III/A", "III/a"],
    ["III a", "III/a"],
    ["IIIa", "III/a"],
    ["III-b", "III/b"],
    ["Penata Muda / III/a", "III/a"],
    ["Pembina Tingkat I (IV/b)", "IV/b"],
    ["IV/e", "IV/e"],
  ])("PNS %s → %s", (s, g) => expect(bacaGolongan(s, "PNS")).toBe(g));
  it.each(["IV/f", "V/a", "IX", "3a1", ""])("PNS %s tidak sah", (s) => expect(bacaGolongan(s, "PNS")).toBeNull());
  it.each([
    ["IX", "IX"],
    ["ix", "IX"],
    ["9", "IX"],
    ["Golongan XVII", "XVII"],
    ["17", "XVII"],
  ])("PPPK %s → %s", (s, g) => expect(bacaGolongan(s, "PPPK")).toBe(g));
  it.each(["XVIII", "18", "0", "III/a"])("PPPK %s tidak sah", (s) => expect(bacaGolongan(s, "PPPK")).toBeNull());
});

// ─── validasi baris ─────────────────────────────────────────────────────────────────────────

describe("validasiBaris", () => {
  it("baris lengkap → unit, jabatan, pegawai; tanggal lahir dan kelamin dari NIP", () => {
    const b = v(DASAR);
    expect(b.galat).toEqual([]);
    expect(b.unit).toEqual({ baris: 2, kode: "U1", nama: "Dinas Kesehatan", jenis: "OPD", kodeInduk: null });
    expect(b.jabatan).toMatchObject({ kode: "J1", jenis: "JPT", eselon: "II.b", kodeUnit: "U1", kodeAtasan: null });
    expect(b.pegawai).toMatchObject({ nip: nip(1), golongan: "IV/b", jenisKelamin: "L", kodeJabatan: "J1" });
    expect(b.pegawai!.tanggalLahir.toISOString()).toBe("1985-03-12T00:00:00.000Z");
    expect(b.pegawai!.tmtJabatan!.toISOString()).toBe("2023-01-02T00:00:00.000Z");
  });
  it("NIP dengan spasi dinormalkan; NIP salah → galat di kolom NIP", () => {
    expect(v({ ...DASAR, nip: "19850312 201001 1 001" }).pegawai?.nip).toBe(nip(1));
    const b = v({ ...DASAR, nip: "1985031220100110" });
    expect(b.pegawai).toBeNull();
    expect(b.galat).toEqual([{ kolom: "NIP", pesan: "NIP harus 18 digit (tertulis 16 digit)." }]);
  });
  it("NIP tersimpan sebagai angka Excel → galat yang menjelaskan", () => {
    const b = v({ ...DASAR, nip: 198503122010011000 });
    expect(b.galat[0]).toMatchObject({ kolom: "NIP" });
    expect(b.galat[0]!.pesan).toMatch(/Teks/);
  });
  it("status dan golongan: golongan harus sah untuk statusnya", () => {
    expect(kolomGalat(v({ ...DASAR, golongan: "IX" }))).toEqual(["Golongan"]);
    expect(kolomGalat(v({ ...DASAR, status: "Honorer" }))).toEqual(["Status"]);
    const p = v({ ...DASAR, nip: NIP_PPPK, status: "PPPK", golongan: "9", eselon: "" });
    expect(p.galat).toEqual([]);
    expect(p.pegawai?.golongan).toBe("IX");
    // NIP PNS dengan status PPPK: digit 13–14 bukan 21.
    expect(kolomGalat(v({ ...DASAR, status: "PPPK", golongan: "IX" }))).toEqual(["NIP"]);
  });
  it("tanggal lahir dan jenis kelamin bila diisi harus sama dengan NIP", () => {
    expect(v({ ...DASAR, tanggalLahir: "12-03-1985", jenisKelamin: "Laki-laki" }).galat).toEqual([]);
    expect(kolomGalat(v({ ...DASAR, tanggalLahir: "13-03-1985" }))).toEqual(["Tanggal Lahir"]);
    expect(kolomGalat(v({ ...DASAR, jenisKelamin: "P" }))).toEqual(["Jenis Kelamin"]);
    expect(kolomGalat(v({ ...DASAR, jenisKelamin: "X" }))).toEqual(["Jenis Kelamin"]);
  });
  it("tanggal tidak sah dan TMT di luar akal → galat per kolom", () => {
    expect(v({ ...DASAR, tmtJabatan: "31-02-2023" }).galat).toEqual([{ kolom: "TMT Jabatan", pesan: expect.stringMatching(/dd-mm-yyyy/) }]);
    expect(kolomGalat(v({ ...DASAR, tmtJabatan: "" }))).toEqual(["TMT Jabatan"]);
    expect(kolomGalat(v({ ...DASAR, tmtGolongan: "01-01-2030" }))).toEqual(["TMT Golongan"]);
    expect(kolomGalat(v({ ...DASAR, tmtJabatan: "01-01-1980" }))).toEqual(["TMT Jabatan"]);
  });
  it("panjang dibatasi kolom basis data", () => {
    const b = v({ ...DASAR, nama: "a".repeat(151), unit: "u".repeat(201), kodeJabatan: "k".repeat(65) });
    expect(kolomGalat(b).sort()).toEqual(["Kode Jabatan", "Nama", "Unit"]);
    expect(b.galat.find((g) => g.kolom === "Nama")!.pesan).toBe("Paling banyak 150 karakter (tertulis 151).");
  });
  it("jenis jabatan/unit: nama lain diterima, yang tak dikenal ditolak", () => {
    expect(v({ ...DASAR, jenisJabatan: "Fungsional Tertentu" }).jabatan?.jenis).toBe("FUNGSIONAL");
    expect(v({ ...DASAR, jenisJabatan: "Fungsional Umum" }).jabatan?.jenis).toBe("PELAKSANA");
    expect(v({ ...DASAR, jenisUnit: "Sub Bidang" }).unit?.jenis).toBe("SUBBIDANG");
    expect(kolomGalat(v({ ...DASAR, jenisJabatan: "Struktural" }))).toEqual(["Jenis Jabatan"]);
    expect(kolomGalat(v({ ...DASAR, jenisUnit: "Kantor" }))).toEqual(["Jenis Unit"]);
  });
  it("kode jabatan tanpa unit/nama/jenis, induk diri sendiri → galat", () => {
    expect(kolomGalat(v({ ...DASAR, kodeUnit: "", unit: "" })).sort()).toEqual(["Kode Unit"]);
    expect(kolomGalat(v({ ...DASAR, jabatan: "", jenisJabatan: "" })).sort()).toEqual(["Jabatan", "Jenis Jabatan"]);
    expect(kolomGalat(v({ ...DASAR, kodeAtasanJabatan: "J1" }))).toEqual(["Kode Atasan Jabatan"]);
    expect(kolomGalat(v({ ...DASAR, kodeUnitInduk: "U1" }))).toEqual(["Kode Unit Induk"]);
  });
  it("baris tanpa NIP mendefinisikan unit/jabatan saja; baris tanpa apa pun → galat", () => {
    const b = v({ kodeUnit: "U2", unit: "Bidang P2P", kodeUnitInduk: "U1", kodeJabatan: "J2", jabatan: "Kepala Bidang", jenisJabatan: "Administrator" });
    expect(b.galat).toEqual([]);
    expect(b.pegawai).toBeNull();
    expect(b.jabatan?.jenis).toBe("ADMINISTRATOR");
    expect(v({ nama: "Tanpa NIP" }).galat).toEqual([{ kolom: null, pesan: expect.stringMatching(/tidak ada yang dapat diimpor/) }]);
  });
  it("kolom yang tidak ada di berkas → undefined (nilai portal dipertahankan); ada tetapi kosong → null", () => {
    const tanpa = new Set(SEMUA);
    for (const k of ["gelarDepan", "gelarBelakang", "tmtGolongan", "eselon", "kodeAtasanJabatan", "kodeUnitInduk", "jenisUnit"] as const) tanpa.delete(k);
    const b = v(DASAR, tanpa);
    expect(b.pegawai).toMatchObject({ gelarDepan: undefined, gelarBelakang: undefined, tmtGolongan: undefined });
    expect(b.jabatan).toMatchObject({ eselon: undefined, kodeAtasan: undefined });
    expect(b.unit).toMatchObject({ jenis: undefined, kodeInduk: undefined });
    expect(v({ ...DASAR, gelarDepan: "" }).pegawai?.gelarDepan).toBeNull();
  });
});

// ─── membaca berkas ─────────────────────────────────────────────────────────────────────────

describe("bacaBerkasImpor", () => {
  it("templat CSV dan XLSX terbaca kembali dengan baris contohnya (sel teks, kontrol karakter dibuang)", async () => {
    for (const [nama, bytes] of [["templat.csv", templatCsv()], ["templat.xlsx", await templatXlsx()]] as const) {
      const r = await bacaBerkasImpor(nama, bytes);
      expect(r.ok, nama).toBe(true);
      if (!r.ok) continue;
      expect(r.tabel.kolom).toHaveLength(KOLOM.length);
      expect(r.tabel.baris).toHaveLength(1);
      expect(r.tabel.baris[0]!.nomor).toBe(2);
      expect(r.tabel.baris[0]!.sel.nip).toBe(CONTOH.nip);
      const b = validasiBaris(r.tabel.baris[0]!, { hariIni: HARI_INI, kolom: new Set(r.tabel.kolom) });
      expect(b.galat).toEqual([]);
    }
  });
  it("templat XLSX punya lembar Data dan Petunjuk", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templatXlsx()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Petunjuk"]);
    expect(wb.getWorksheet("Petunjuk")!.rowCount).toBeGreaterThan(KOLOM.length);
  });
  it("CSV titik koma / tab, BOM, Windows-1252, kutip, karakter kendali", async () => {
    const judul = KOLOM.map((k) => k.judul);
    const isi = KOLOM.map((k) => (k.kunci === "nama" ? '"Siti; Aminah\u0007"' : (DASAR[k.kunci] ?? "")));
    for (const pemisah of [";", "\t"]) {
      const r = await bacaBerkasImpor("a.csv", enc(`\uFEFF${judul.join(pemisah)}\n${isi.join(pemisah)}\n`));
      expect(r.ok && r.tabel.baris[0]!.sel.nama).toBe("Siti; Aminah");
    }
    const latin = new Uint8Array([...enc("NIP,Nama,Status,Golongan,Kode Jabatan,Jabatan,Jenis Jabatan,Kode Unit,Unit,TMT Jabatan\n"), ...enc(`${nip(1)},Andr`), 0xe9, ...enc(",PNS,III/a,,,,U1,Unit,\n")]);
    const r = await bacaBerkasImpor("a.csv", latin);
    expect(r.ok && r.tabel.baris[0]!.sel.nama).toBe("André");
    expect(tebakPemisah("a;b;c")).toBe(";");
    expect(tebakPemisah("a,b")).toBe(",");
    expect(tebakPemisah("abc")).toBe(",");
  });
  it("baris kosong dilewati; nomor baris mengikuti berkas", async () => {
    const r = await bacaBerkasImpor("a.csv", enc(teks(tulisCsv([DASAR, {}, { ...DASAR, nip: nip(2) }])).replace(/^\uFEFF/, "")));
    expect(r.ok && r.tabel.baris.map((b) => b.nomor)).toEqual([2, 4]);
  });
  it("galat berkas: kosong, terlalu besar, jenis salah, .xls lama, rusak", async () => {
    expect(await bacaBerkasImpor("a.csv", new Uint8Array())).toEqual({ ok: false, pesan: PESAN_BERKAS.kosong });
    expect(await bacaBerkasImpor("a.csv", new Uint8Array(10 * 1024 * 1024 + 1))).toEqual({ ok: false, pesan: PESAN_BERKAS.terlaluBesar });
    expect(await bacaBerkasImpor("a.pdf", enc("%PDF-1.4"))).toEqual({ ok: false, pesan: PESAN_BERKAS.jenis });
    expect(await bacaBerkasImpor("a.csv", new Uint8Array([0x41, 0, 0x42]))).toEqual({ ok: false, pesan: PESAN_BERKAS.jenis });
    expect(await bacaBerkasImpor("a.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual({ ok: false, pesan: PESAN_BERKAS.xlsLama });
    expect(await bacaBerkasImpor("a.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, pesan: PESAN_BERKAS.xlsxRusak });
    expect(await bacaBerkasImpor("a.xlsx", enc("NIP,Nama"))).toEqual({ ok: false, pesan: PESAN_BERKAS.jenis });
    expect(await bacaBerkasImpor("a.csv", enc('NIP,Nama,Status\n"abc,1,2\n'))).toEqual({ ok: false, pesan: PESAN_BERKAS.csvRusak });
  });
  it("galat judul: tanpa judul, kolom wajib hilang, judul ganda, tanpa data", async () => {
    expect(await bacaBerkasImpor("a.csv", enc("a,b,c\n1,2,3\n"))).toEqual({ ok: false, pesan: PESAN_BERKAS.tanpaJudul });
    const r = await bacaBerkasImpor("a.csv", enc("NIP,Nama,Status\n1,2,3\n"));
    expect(!r.ok && r.pesan).toMatch(/^Kolom wajib tidak ada di baris judul: Golongan, Kode Jabatan, Jabatan, Jenis Jabatan, Kode Unit, Unit, TMT Jabatan\./);
    const g = await bacaBerkasImpor("a.csv", enc(`${KOLOM.map((k) => k.judul).join(",")},NIP Baru\n`));
    expect(!g.ok && g.pesan).toMatch(/Judul kolom ganda: "NIP Baru"/);
    expect(await bacaBerkasImpor("a.csv", enc(`${KOLOM.map((k) => k.judul).join(",")}\n`))).toEqual({ ok: false, pesan: PESAN_BERKAS.tanpaData });
  });
  it("terlalu banyak baris", async () => {
    const judul = KOLOM.map((k) => k.judul).join(",");
    const r = await bacaBerkasImpor("a.csv", enc(`${judul}\n${"x\n".repeat(MAKS_BARIS + 1)}`));
    expect(r).toEqual({ ok: false, pesan: PESAN_BERKAS.terlaluBanyak });
  });
  it("XLSX: baris judul di bawah judul lembar, lembar lain lebih dulu, sel tanggal/angka, NIP angka", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").addRow(["bukan data"]);
    const ws = wb.addWorksheet("Ekspor SIASN");
    ws.addRow(["DAFTAR PEGAWAI"]);
    ws.addRow(KOLOM.map((k) => k.judul));
    ws.addRow(KOLOM.map((k) => (k.kunci === "tmtJabatan" ? new Date(Date.UTC(2023, 0, 2)) : k.kunci === "tmtGolongan" ? 44652 : (DASAR[k.kunci] ?? null))));
    ws.addRow(KOLOM.map((k) => (k.kunci === "nip" ? 198503122010011000 : (DASAR[k.kunci] ?? null))));
    const r = await bacaBerkasImpor("siasn.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tabel.baris.map((b) => b.nomor)).toEqual([3, 4]);
    const [a, b] = validasiTabel(r.tabel, HARI_INI);
    expect(a!.galat).toEqual([]);
    expect(a!.pegawai!.tmtJabatan!.toISOString().slice(0, 10)).toBe("2023-01-02");
    expect(a!.pegawai!.tmtGolongan!.toISOString().slice(0, 10)).toBe("2022-04-01");
    expect(kolomGalat(b!)).toEqual(["NIP"]);
  });
  it("XLSX: sel galat Excel → pesan berkas dengan baris dan kolomnya", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addRow(KOLOM.map((k) => k.judul));
    ws.addRow(KOLOM.map((k) => (k.kunci === "nama" ? { error: "#REF!" } : (DASAR[k.kunci] ?? null))) as never);
    const r = await bacaBerkasImpor("a.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(!r.ok && r.pesan).toMatch(/baris 2, kolom Nama: sel berisi galat Excel #REF!/);
  });
});

// ─── rencana ────────────────────────────────────────────────────────────────────────────────

const INSTANSI = "inst-1";
function pembuatId() {
  let n = 0;
  return () => `baru-${++n}`;
}
const kosong = (): Potret => ({ instansiId: INSTANSI, unit: [], jabatan: [], pegawai: [] });

async function rencanaDari(baris: BarisTulis[], potret: Potret = kosong(), lengkap = false) {
  const r = await bacaBerkasImpor("a.csv", tulisCsv(baris));
  if (!r.ok) throw new Error(r.pesan);
  return rencanakanImpor(validasiTabel(r.tabel, HARI_INI), potret, { lengkap, buatId: pembuatId() });
}

/** Potret setelah rencana diterapkan (simulasi penerapan yang setia): untuk menguji idempoten. */
function terapkan(p: Potret, r: ReturnType<typeof rencanakanImpor>): Potret {
  const t = r.tulisan;
  const unit = new Map(p.unit.map((u) => [u.id, u]));
  for (const u of [...t.unitBaru, ...t.unitUbah]) unit.set(u.id, u);
  const jab = new Map(p.jabatan.map((j) => [j.id, j]));
  for (const j of [...t.jabatanBaru, ...t.jabatanUbah]) jab.set(j.id, j);
  const peg = new Map(p.pegawai.map((x) => [x.id, x]));
  for (const x of [...t.pegawaiBaru, ...t.pegawaiUbah]) peg.set(x.id, { ...(peg.get(x.id) ?? { instansiId: p.instansiId, aktif: true, definitif: null }), ...x } as PotretPegawai);
  for (const s of t.penugasanTutup) for (const x of peg.values()) if (x.definitif?.id === s.id) x.definitif = null;
  for (const s of t.penugasanBaru) peg.get(s.pegawaiId)!.definitif = { id: s.id, jabatanId: s.jabatanId, tmtMulai: s.tmtMulai };
  return { instansiId: p.instansiId, unit: [...unit.values()], jabatan: [...jab.values()], pegawai: [...peg.values()] };
}

const BIDANG: BarisTulis = { nip: nip(2), nama: "Nurlaela", status: "PNS", golongan: "III/d", kodeJabatan: "J2", jabatan: "Kepala Bidang P2P", jenisJabatan: "Administrator", eselon: "III.b", kodeAtasanJabatan: "J1", kodeUnit: "U2", unit: "Bidang P2P", kodeUnitInduk: "U1", tmtJabatan: "01-02-2024" };
const STAF: BarisTulis = { nip: nip(3, 2), nama: "Siti", status: "PPPK", golongan: "IX", kodeJabatan: "J3", jabatan: "Pengelola Data", jenisJabatan: "Pelaksana", kodeAtasanJabatan: "J2", kodeUnit: "U2", unit: "Bidang P2P", kodeUnitInduk: "U1", tmtJabatan: "01-03-2024" };
const STAF_OK: BarisTulis = { ...STAF, nip: "199001012023212003" };

describe("contoh di docs/impor.md", () => {
  it("terbaca dan direncanakan tanpa galat (DINKES sudah ada di portal)", async () => {
    const md = readFileSync(path.resolve(import.meta.dirname, "../../docs/impor.md"), "utf8");
    const csv = md.match(/```csv\n([\s\S]*?)```/)![1]!;
    const potret: Potret = { ...kosong(), unit: [{ id: "u-dinkes", kode: "DINKES", nama: "Dinas Kesehatan", jenis: "OPD", parentId: null }] };
    const r = await bacaBerkasImpor("contoh.csv", enc(csv));
    if (!r.ok) throw new Error(r.pesan);
    const rr = rencanakanImpor(validasiTabel(r.tabel, HARI_INI), potret, { lengkap: false, buatId: pembuatId() });
    expect(rr.laporan.flatMap((l) => l.galat)).toEqual([]);
    expect(rr.jumlah).toMatchObject({ unitDibuat: 2, jabatanDibuat: 4, pegawaiDibuat: 3 });
  });
});

describe("rencanakanImpor", () => {
  it("instansi kosong: semua dibuat, induk lebih dulu walau di berkas tertulis sesudah anaknya", async () => {
    const r = await rencanaDari([STAF_OK, BIDANG, DASAR]);
    expect(r.adaGalat).toBe(false);
    expect(r.laporan.map((l) => l.status)).toEqual(["DIBUAT", "DIBUAT", "DIBUAT"]);
    expect(r.tulisan.unitBaru.map((u) => u.kode)).toEqual(["U1", "U2"]);
    expect(r.tulisan.unitBaru[1]!.parentId).toBe(r.tulisan.unitBaru[0]!.id);
    expect(r.tulisan.unitBaru[1]!.jenis).toBe("BIDANG");
    expect(r.tulisan.jabatanBaru.map((j) => j.kode)).toEqual(["J1", "J2", "J3"]);
    const [j1, j2, j3] = r.tulisan.jabatanBaru;
    expect(j2!.parentId).toBe(j1!.id);
    expect(j3!.parentId).toBe(j2!.id);
    expect(j3!.unitKerjaId).toBe(r.tulisan.unitBaru[1]!.id);
    expect(r.tulisan.pegawaiBaru).toHaveLength(3);
    expect(r.tulisan.penugasanBaru).toHaveLength(3);
    expect(r.jumlah).toMatchObject({ unitDibuat: 2, jabatanDibuat: 3, pegawaiDibuat: 3, penugasanDibuka: 3, penugasanDitutup: 0, baris: { DIBUAT: 3, GALAT: 0 } });
    expect(r.tidakAdaDiBerkas).toBeNull();
  });

  it("impor ulang berkas yang sama: semua TIDAK BERUBAH dan tidak ada tulisan", async () => {
    const berkas = [STAF_OK, BIDANG, DASAR, { kodeUnit: "U3", unit: "UPT Puskesmas", kodeUnitInduk: "U1", jenisUnit: "UPT", kodeJabatan: "J4", jabatan: "Kepala UPT", jenisJabatan: "Pengawas", kodeAtasanJabatan: "J1" }];
    const r1 = await rencanaDari(berkas);
    expect(r1.laporan.map((l) => l.status)).toEqual(["DIBUAT", "DIBUAT", "DIBUAT", "DIBUAT"]);
    const r2 = await rencanaDari(berkas, terapkan(kosong(), r1), true);
    expect(r2.laporan.map((l) => l.status)).toEqual(["TIDAK_BERUBAH", "TIDAK_BERUBAH", "TIDAK_BERUBAH", "TIDAK_BERUBAH"]);
    expect(jumlahTulisan(r2.tulisan)).toBe(0);
    expect(r2.tidakAdaDiBerkas).toEqual([]);
  });

  it("perubahan data pegawai, unit dan jabatan → DIPERBARUI dengan rinciannya", async () => {
    const p0 = terapkan(kosong(), await rencanaDari([DASAR, BIDANG]));
    const r = await rencanaDari([{ ...DASAR, golongan: "IV/c", gelarDepan: "dr.", unit: "Dinas Kesehatan Kab." }, { ...BIDANG, jabatan: "Kepala Bidang Pencegahan", eselon: "" }], p0);
    expect(r.adaGalat).toBe(false);
    expect(r.laporan.map((l) => l.status)).toEqual(["DIPERBARUI", "DIPERBARUI"]);
    expect(r.laporan[0]!.perubahan).toEqual(["unit U1: nama «Dinas Kesehatan» → «Dinas Kesehatan Kab.»", "gelar depan (kosong) → «dr.», golongan IV/b → IV/c"]);
    expect(r.laporan[1]!.perubahan).toEqual(["jabatan J2: nama «Kepala Bidang P2P» → «Kepala Bidang Pencegahan», eselon «III.b» → (kosong)"]);
    expect(r.tulisan).toMatchObject({ unitUbah: [{ kode: "U1" }], jabatanUbah: [{ kode: "J2", eselon: null }], pegawaiUbah: [{ golongan: "IV/c", gelarDepan: "dr." }] });
    expect(r.tulisan.unitBaru).toEqual([]);
  });

  it("mutasi: jabatan definitif lama ditutup sehari sebelum TMT jabatan baru, yang baru dibuka", async () => {
    const p0 = terapkan(kosong(), await rencanaDari([DASAR, BIDANG, STAF_OK]));
    const lama = p0.pegawai.find((p) => p.nip === STAF_OK.nip)!.definitif!;
    const r = await rencanaDari([DASAR, BIDANG, { ...STAF_OK, kodeJabatan: "J2B", jabatan: "Analis Data", tmtJabatan: "01-07-2025" }], p0);
    expect(r.adaGalat).toBe(false);
    expect(r.tulisan.penugasanTutup).toEqual([{ id: lama.id, tmtSelesai: d("2025-06-30") }]);
    expect(r.tulisan.penugasanBaru).toEqual([{ id: expect.any(String), pegawaiId: p0.pegawai.find((p) => p.nip === STAF_OK.nip)!.id, jabatanId: r.tulisan.jabatanBaru[0]!.id, tmtMulai: d("2025-07-01") }]);
    expect(r.laporan[2]!.perubahan).toEqual(["jabatan baru J2B «Analis Data»", "jabatan «J3» ditutup 30-06-2025", "menjabat J2B mulai 01-07-2025"]);
    expect(r.laporan[2]!.status).toBe("DIPERBARUI");
  });

  it("mutasi dengan TMT tidak setelah TMT jabatan saat ini → GALAT di kolom TMT Jabatan", async () => {
    const p0 = terapkan(kosong(), await rencanaDari([DASAR, BIDANG]));
    const r = await rencanaDari([DASAR, { ...BIDANG, kodeJabatan: "J9", jabatan: "Lain", tmtJabatan: "01-02-2024" }], p0);
    expect(r.laporan[1]!.galat).toEqual([{ kolom: "TMT Jabatan", pesan: expect.stringMatching(/harus setelah TMT jabatan definitif saat ini \(«Kepala Bidang P2P», sejak 01-02-2024\)/) }]);
    expect(r.adaGalat).toBe(true);
  });

  it("lingkaran induk unit dan atasan jabatan → GALAT pada setiap baris di lingkaran", async () => {
    const r = await rencanaDari([
      { kodeUnit: "A", unit: "A", kodeUnitInduk: "B" },
      { kodeUnit: "B", unit: "B", kodeUnitInduk: "A" },
      { kodeUnit: "C", unit: "C", kodeUnitInduk: "A" },
      { kodeUnit: "C", unit: "C", kodeUnitInduk: "A", kodeJabatan: "X", jabatan: "X", jenisJabatan: "Pelaksana", kodeAtasanJabatan: "Y" },
      { kodeUnit: "C", unit: "C", kodeUnitInduk: "A", kodeJabatan: "Y", jabatan: "Y", jenisJabatan: "Pelaksana", kodeAtasanJabatan: "X" },
    ]);
    expect(r.laporan.map((l) => l.status)).toEqual(["GALAT", "GALAT", "DIBUAT", "GALAT", "GALAT"]);
    expect(r.laporan[0]!.galat).toEqual([{ kolom: "Kode Unit Induk", pesan: "Induk unit membentuk lingkaran: A → B → A." }]);
    expect(r.laporan[3]!.galat).toEqual([{ kolom: "Kode Atasan Jabatan", pesan: "Atasan jabatan membentuk lingkaran: X → Y → X." }]);
  });

  it("lingkaran lewat data portal (induk lama) juga ditolak", async () => {
    const potret: Potret = { ...kosong(), unit: [{ id: "u-a", kode: "A", nama: "A", jenis: "OPD", parentId: null }, { id: "u-b", kode: "B", nama: "B", jenis: "BIDANG", parentId: "u-a" }] };
    const r = await rencanaDari([{ kodeUnit: "A", unit: "A", kodeUnitInduk: "B" }], potret);
    expect(r.laporan[0]!.galat[0]!.pesan).toBe("Induk unit membentuk lingkaran: A → B → A.");
  });

  it("kode induk/atasan yang tidak ada di berkas maupun portal → GALAT", async () => {
    const r = await rencanaDari([{ ...DASAR, kodeUnitInduk: "ZZ", kodeAtasanJabatan: "QQ" }]);
    expect(r.laporan[0]!.galat.map((g) => g.kolom)).toEqual(["Kode Unit Induk", "Kode Atasan Jabatan"]);
  });

  it("induk/atasan yang sudah ada di portal (tidak di berkas) dipakai", async () => {
    const potret: Potret = { ...kosong(), unit: [{ id: "u-1", kode: "U1", nama: "Dinas Kesehatan", jenis: "OPD", parentId: null }], jabatan: [{ id: "j-1", kode: "J1", nama: "Kepala Dinas", jenis: "JPT", eselon: "II.b", unitKerjaId: "u-1", parentId: null }] };
    const r = await rencanaDari([BIDANG], potret);
    expect(r.adaGalat).toBe(false);
    expect(r.tulisan.unitBaru[0]!.parentId).toBe("u-1");
    expect(r.tulisan.jabatanBaru[0]!.parentId).toBe("j-1");
  });

  it("definisi yang tidak konsisten antarbaris dan NIP ganda → GALAT di baris berikutnya", async () => {
    const r = await rencanaDari([DASAR, { ...BIDANG, kodeUnit: "U1", unit: "Dinkes", kodeUnitInduk: "" }, { ...DASAR, nip: nip(9), jabatan: "Lain" }, { ...DASAR }]);
    expect(r.laporan[1]!.galat[0]).toMatchObject({ kolom: "Unit", pesan: "Kode unit U1 sudah tertulis di baris 2 dengan nama «Dinas Kesehatan»; tulis nama yang sama." });
    expect(r.laporan[2]!.galat[0]).toMatchObject({ kolom: "Jabatan" });
    expect(r.laporan[3]!.galat[0]).toMatchObject({ kolom: "NIP", pesan: "NIP ini sudah tertulis di baris 2; satu pegawai satu baris." });
  });

  it("beberapa pegawai memangku jabatan yang sama (jabatan pelaksana bersama) boleh", async () => {
    const r = await rencanaDari([DASAR, BIDANG, STAF_OK, { ...STAF_OK, nip: "199001012023212004", nama: "Rina" }]);
    expect(r.adaGalat).toBe(false);
    expect(r.tulisan.jabatanBaru).toHaveLength(3);
    expect(r.tulisan.penugasanBaru).toHaveLength(4);
  });

  it("NIP terdaftar di instansi lain → GALAT, bukan dipindah", async () => {
    const lain = { id: "p-x", instansiId: "inst-2", nip: nip(1), nama: "X", gelarDepan: null, gelarBelakang: null, status: "PNS" as const, golongan: "III/a", tmtGolongan: null, tanggalLahir: d("1985-03-12"), jenisKelamin: "L" as const, aktif: true, definitif: null };
    const r = await rencanaDari([DASAR], { ...kosong(), pegawai: [lain] });
    expect(r.laporan[0]!.galat).toEqual([{ kolom: "NIP", pesan: expect.stringMatching(/instansi lain/) }]);
    expect(r.tulisan.pegawaiBaru).toEqual([]);
  });

  it("impor lengkap: pegawai aktif yang tidak ada di berkas dilaporkan, tidak ada tulisan untuknya", async () => {
    const p0 = terapkan(kosong(), await rencanaDari([DASAR, BIDANG, STAF_OK]));
    p0.pegawai.push({ ...p0.pegawai[0]!, id: "p-nonaktif", nip: nip(50), nama: "Sudah Pensiun", aktif: false });
    const r = await rencanaDari([DASAR, BIDANG], p0, true);
    expect(r.tidakAdaDiBerkas).toEqual([{ nip: STAF_OK.nip, nama: "Siti" }]);
    expect(jumlahTulisan(r.tulisan)).toBe(0);
    expect((await rencanaDari([DASAR, BIDANG], p0, false)).tidakAdaDiBerkas).toBeNull();
  });

  it("jabatan lama tanpa kode diadopsi (kode ditetapkan) bila satu-satunya yang bernama sama di unitnya", async () => {
    const potret: Potret = {
      ...kosong(),
      unit: [{ id: "u-1", kode: "U1", nama: "Dinas Kesehatan", jenis: "OPD", parentId: null }],
      jabatan: [{ id: "j-lama", kode: null, nama: "Kepala Dinas Kesehatan", jenis: "JPT", eselon: "II.b", unitKerjaId: "u-1", parentId: null }],
    };
    const r = await rencanaDari([{ ...DASAR, nip: "" }], potret);
    expect(r.tulisan.jabatanBaru).toEqual([]);
    expect(r.tulisan.jabatanUbah).toEqual([expect.objectContaining({ id: "j-lama", kode: "J1" })]);
    expect(r.laporan[0]!.perubahan).toEqual(["jabatan J1: kode ditetapkan J1"]);
  });

  it("kolom opsional yang tidak ada di berkas mempertahankan nilai di portal", async () => {
    const p0 = terapkan(kosong(), await rencanaDari([{ ...DASAR, gelarBelakang: "M.Kes.", tmtGolongan: "01-04-2022" }]));
    const r = await bacaBerkasImpor("a.csv", enc(`NIP,Nama,Status,Golongan,Kode Jabatan,Jabatan,Jenis Jabatan,Kode Unit,Unit,TMT Jabatan\n${nip(1)},Hendra Wijaya,PNS,IV/b,J1,Kepala Dinas Kesehatan,JPT,U1,Dinas Kesehatan,02-01-2023\n`));
    if (!r.ok) throw new Error(r.pesan);
    const rr = rencanakanImpor(validasiTabel(r.tabel, HARI_INI), p0, { lengkap: false, buatId: pembuatId() });
    expect(rr.laporan[0]!.status).toBe("TIDAK_BERUBAH");
  });

  it("10.000 baris divalidasi dan direncanakan dalam beberapa detik (tanpa kerja kuadrat)", async () => {
    const baris: BarisMentah[] = [];
    for (let i = 0; i < 10_000; i++) {
      const u = `U${i % 100}`;
      baris.push(mentah({ ...DASAR, nip: nipUji(i), kodeUnit: u, unit: `Unit ${u}`, kodeJabatan: `J${i}`, jabatan: `Jabatan ${i}`, kodeAtasanJabatan: i === 0 ? "" : `J${Math.floor(i / 2)}` }, i + 2));
    }
    const t0 = performance.now();
    const valid = validasiTabel({ kolom: [...SEMUA], baris }, HARI_INI);
    const r = rencanakanImpor(valid, kosong(), { lengkap: true, buatId: pembuatId() });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.tulisan.jabatanBaru).toHaveLength(10_000);
  });
});
