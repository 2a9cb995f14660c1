// Impor progres harian dari Excel pada PostgreSQL sungguhan: pratinjau tidak menulis, simpan semua atau tidak sama
// sekali, unggah ulang tidak menambah apa pun (juga serentak), rencana aksi pegawai lain tidak dapat dituju,
// tumpang tindih dan batas jam terhadap entri yang sudah ada di basis data ditolak.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { hariIni } from "@/lib/organisasi/beranda";
import { hariTerlambat } from "@/lib/progres-harian/aturan";
import { pilihanRencanaAksi } from "@/lib/progres-harian/baca";
import { daftarPilihan, KOLOM_HARIAN, LEMBAR_HARIAN } from "@/lib/progres-harian/excel";
import { imporHarian, templatHarian } from "@/lib/progres-harian/impor";
import { simpanEntri } from "@/lib/progres-harian/layanan";
import { pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let labelWahyu = "";
let labelJoko = "";
let raWahyu = "";
let raJoko = "";

async function raTw1(pegawai: string, uraian: string): Promise<string> {
  const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(pegawai), status: "DISETUJUI" }, select: { id: true, periode: { select: { id: true, tahun: true, ritme: true } }, rhk: { select: { id: true }, take: 1, orderBy: { urutan: "asc" } } } });
  const periode = await pastikanPeriodeEvaluasi(skp.periode);
  const tw1 = periode.find((p) => p.kode === "TW1")!.id;
  await demo.prisma.periodeEvaluasi.update({ where: { id: tw1 }, data: { status: "BUKA" } });
  return (await demo.prisma.rencanaAksi.create({ data: { rhkId: skp.rhk[0]!.id, periodeEvaluasiId: tw1, urutan: 50, uraian, satuan: "dokumen" }, select: { id: true } })).id;
}

type Sel = ExcelJS.CellValue;
async function berkas(baris: Sel[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(LEMBAR_HARIAN);
  ws.addRow([...KOLOM_HARIAN]);
  for (const b of baris) ws.addRow(b);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const baris = (tanggal: string, mulai: string, selesai: string, kegiatan: string, label = labelWahyu): Sel[] => [label, tanggal, mulai, selesai, kegiatan, "1", "dokumen", ""];

const jumlahEntri = (pegawai: string) => demo.prisma.progresHarian.count({ where: { pegawaiId: demo.pegawaiId(pegawai) } });
const jumlahAuditImpor = () => demo.prisma.jejakAudit.count({ where: { aksi: "PROGRES_HARIAN_DIIMPOR" } });

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["wahyu", "joko"]) A[k] = await aktorDemo(demo, k);
  raWahyu = await raTw1("wahyu", "Menyusun bahan penyuluhan untuk impor harian");
  raJoko = await raTw1("joko", "Rencana aksi Joko yang tidak boleh dituju");
  labelWahyu = daftarPilihan(await pilihanRencanaAksi(A.wahyu!)).find((p) => p.id === raWahyu)!.label;
  labelJoko = daftarPilihan(await pilihanRencanaAksi(A.joko!)).find((p) => p.id === raJoko)!.label;
});

const minggu = () => [
  baris("2026-03-16", "08:00", "10:00", "Menyusun kerangka materi"),
  baris("2026-03-17", "08:00", "10:00", "Mengumpulkan data posyandu"),
  baris("2026-03-18", "13:00", "15:30", "Menulis draf materi"),
];

describe("impor progres harian", () => {
  it("templat aktor memuat rencana aksinya sebagai pilihan", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templatHarian(A.wahyu!)) as unknown as ArrayBuffer);
    const daftar: string[] = [];
    wb.getWorksheet("Daftar Rencana Aksi")!.getColumn(1).eachCell((c) => void daftar.push(String(c.value)));
    expect(daftar).toContain(labelWahyu);
    expect(daftar).not.toContain(labelJoko);
  });

  it("pratinjau tidak menulis apa pun dan menandai setiap baris baru", async () => {
    const [n0, a0] = [await jumlahEntri("wahyu"), await demo.prisma.jejakAudit.count()];
    const r = await imporHarian(A.wahyu!, { bytes: await berkas(minggu()), simpan: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.disimpan).toBeNull();
    expect(r.data.baris.map((b) => [b.baris, b.status])).toEqual([
      [2, "BARU"],
      [3, "BARU"],
      [4, "BARU"],
    ]);
    expect([await jumlahEntri("wahyu"), await demo.prisma.jejakAudit.count()]).toEqual([n0, a0]);
  });

  it("semua atau tidak sama sekali: satu baris bertumpang tindih → tidak ada yang disimpan", async () => {
    const [n0, a0] = [await jumlahEntri("wahyu"), await jumlahAuditImpor()];
    const bytes = await berkas([...minggu(), baris("2026-03-18", "15:00", "16:00", "Rapat yang bertumpang tindih")]);
    const p = await imporHarian(A.wahyu!, { bytes, simpan: false });
    expect(p.ok && p.data.baris[3]).toMatchObject({ status: "GALAT", galat: [{ kolom: "Jam Mulai", pesan: expect.stringContaining("bertumpang tindih dengan baris 4") }] });
    const r = await imporHarian(A.wahyu!, { bytes, simpan: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.galat?.impor?.[0]).toContain("Baris 5, kolom Jam Mulai");
    expect([await jumlahEntri("wahyu"), await jumlahAuditImpor()]).toEqual([n0, a0]);
  });

  it("simpan menambah semua baris sebagai draf dengan keterlambatan dan satu baris audit; unggah ulang menambah 0", async () => {
    const n0 = await jumlahEntri("wahyu");
    const a0 = await jumlahAuditImpor();
    const r = await imporHarian(A.wahyu!, { bytes: await berkas(minggu()), simpan: true });
    expect(r.ok && r.data.disimpan).toBe(3);
    expect(await jumlahEntri("wahyu")).toBe(n0 + 3);
    expect(await jumlahAuditImpor()).toBe(a0 + 1);
    const audit = await demo.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "PROGRES_HARIAN_DIIMPOR" }, orderBy: { id: "desc" }, select: { penggunaId: true, entitas: true, data: true } });
    expect(audit).toMatchObject({ penggunaId: A.wahyu!.penggunaId, entitas: "ProgresHarian", data: { jumlah: 3, dari: "2026-03-16", sampai: "2026-03-18" } });
    const e = await demo.prisma.progresHarian.findFirstOrThrow({ where: { pegawaiId: A.wahyu!.pegawaiId, kegiatan: "Menyusun kerangka materi" }, select: { status: true, terlambatHari: true, rencanaAksiId: true, jamMulai: true, jamSelesai: true, tanggal: true } });
    const libur = new Set((await demo.prisma.hariLibur.findMany({ where: { instansiId: A.wahyu!.instansiId }, select: { tanggal: true } })).map((l) => l.tanggal.toISOString().slice(0, 10)));
    expect(e).toMatchObject({ status: "DRAF", rencanaAksiId: raWahyu, jamMulai: 480, jamSelesai: 600, terlambatHari: hariTerlambat(e.tanggal, hariIni(), 5, libur) });
    expect(e.terlambatHari).toBeGreaterThan(0);

    const lagi = await imporHarian(A.wahyu!, { bytes: await berkas(minggu()), simpan: false });
    expect(lagi.ok && lagi.data.baris.map((b) => b.status)).toEqual(["SUDAH_ADA", "SUDAH_ADA", "SUDAH_ADA"]);
    const simpanLagi = await imporHarian(A.wahyu!, { bytes: await berkas(minggu()), simpan: true });
    expect(simpanLagi.ok && simpanLagi.data.disimpan).toBe(0);
    expect(await jumlahEntri("wahyu")).toBe(n0 + 3);
    expect(await jumlahAuditImpor()).toBe(a0 + 1);
  });

  it("sebagian sudah ada: hanya baris baru yang ditambahkan", async () => {
    const n0 = await jumlahEntri("wahyu");
    const r = await imporHarian(A.wahyu!, { bytes: await berkas([...minggu(), baris("2026-03-19", "08:00", "09:00", "Uji coba materi")]), simpan: true });
    expect(r.ok && r.data.disimpan).toBe(1);
    expect(r.ok && r.data.baris.map((b) => b.status)).toEqual(["SUDAH_ADA", "SUDAH_ADA", "SUDAH_ADA", "BARU"]);
    expect(await jumlahEntri("wahyu")).toBe(n0 + 1);
  });

  it("unggahan ganda serentak: baris yang sama tidak ditambahkan dua kali", async () => {
    const n0 = await jumlahEntri("wahyu");
    const bytes = await berkas([baris("2026-03-23", "08:00", "09:00", "Serentak satu"), baris("2026-03-23", "09:00", "10:00", "Serentak dua")]);
    const hasil = await Promise.all([imporHarian(A.wahyu!, { bytes, simpan: true }), imporHarian(A.wahyu!, { bytes, simpan: true }), imporHarian(A.wahyu!, { bytes, simpan: true })]);
    expect(hasil.every((h) => h.ok)).toBe(true);
    expect(hasil.map((h) => (h.ok ? h.data.disimpan : -1)).sort()).toEqual([0, 0, 2]);
    expect(await jumlahEntri("wahyu")).toBe(n0 + 2);
  });

  it("rencana aksi pegawai lain tidak dapat dituju (label maupun kodenya tidak dikenali pada daftar aktor)", async () => {
    const [w0, j0] = [await jumlahEntri("wahyu"), await jumlahEntri("joko")];
    const r = await imporHarian(A.wahyu!, { bytes: await berkas([baris("2026-03-24", "08:00", "09:00", "Mencoba rencana aksi orang lain", labelJoko), baris("2026-03-24", "10:00", "11:00", "Menebak id", raJoko)]), simpan: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.galat?.impor).toEqual([expect.stringMatching(/^Baris 2, kolom Rencana Aksi: /), expect.stringMatching(/^Baris 3, kolom Rencana Aksi: .*tidak ada di daftar/)]);
    expect([await jumlahEntri("wahyu"), await jumlahEntri("joko")]).toEqual([w0, j0]);
    // Berkas Wahyu yang diunggah Joko: rencana aksi Wahyu tidak ada di daftar Joko.
    const olehJoko = await imporHarian(A.joko!, { bytes: await berkas([baris("2026-03-24", "08:00", "09:00", "Mengisi atas nama Wahyu")]), simpan: true });
    expect(olehJoko.ok).toBe(false);
    expect([await jumlahEntri("wahyu"), await jumlahEntri("joko")]).toEqual([w0, j0]);
  });

  it("tumpang tindih dengan entri yang sudah ada di basis data dan batas jam harian (termasuk menit yang ada) ditolak", async () => {
    const s = await simpanEntri(A.wahyu!, { rencanaAksiId: raWahyu, tanggal: new Date("2026-03-25T00:00:00Z"), jamMulai: 420, jamSelesai: 900, kegiatan: "Entri manual delapan jam", realisasi: 1, satuan: "dokumen" } as never);
    expect(s.ok).toBe(true);
    const n0 = await jumlahEntri("wahyu");
    const bytes = await berkas([baris("2026-03-25", "14:00", "15:00", "Bertumpang dengan entri manual"), baris("2026-03-25", "15:00", "19:30", "Melewati batas dua belas jam"), baris("2026-03-26", "08:00", "09:00", "Hari lain tidak terpengaruh")]);
    const p = await imporHarian(A.wahyu!, { bytes, simpan: false });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.data.baris.map((b) => b.status)).toEqual(["GALAT", "GALAT", "BARU"]);
    expect(p.data.baris[0]!.galat).toEqual([{ kolom: "Jam Mulai", pesan: "Jam 14:00–15:00 bertumpang tindih dengan entri yang sudah ada pada 25 Maret 2026 (07:00–15:00)." }]);
    expect(p.data.baris[1]!.galat[0]!.pesan).toContain("bersama entri yang sudah ada menjadi 12 jam 30 menit, melebihi batas 12 jam");
    const r = await imporHarian(A.wahyu!, { bytes, simpan: true });
    expect(r.ok).toBe(false);
    expect(await jumlahEntri("wahyu")).toBe(n0);
  });

  it("berkas yang bukan Excel: pratinjau dengan galat berkas, simpan ditolak", async () => {
    const p = await imporHarian(A.wahyu!, { bytes: new TextEncoder().encode("bukan excel"), simpan: false });
    expect(p.ok && p.data.galatBerkas[0]).toContain("bukan file Excel");
    const r = await imporHarian(A.wahyu!, { bytes: new TextEncoder().encode("bukan excel"), simpan: true });
    expect(r.ok).toBe(false);
  });
});
