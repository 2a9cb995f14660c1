// Angka kredit jabatan fungsional (#16, Peraturan BKN 3/2023) pada PostgreSQL dengan data demo: koefisien ditetapkan
// admin BKD dengan riwayat dan jejak audit; ditolak untuk bukan admin dan admin instansi lain (id dipalsukan); jenjang
// hanya untuk jabatan fungsional; angka kredit penilaian final seorang JF demo (Fitri, Pranata Komputer Ahli Pertama,
// Triwulan I Baik = 3/12 × 100% × 12,5 = 3,13); daftar konversi Diskominfo dan Excel-nya; jumlah kueri tetap.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatAk, koefisienBerlaku } from "@/lib/angka-kredit/aturan";
import { angkaKreditSegmen, daftarKonversi, konteksKonversi, riwayatKoefisien } from "@/lib/angka-kredit/baca";
import { bukuKonversi } from "@/lib/angka-kredit/excel";
import { KOLOM_KONVERSI } from "@/lib/angka-kredit/konversi";
import { tetapkanKoefisien, ubahJenjangJabatan } from "@/lib/angka-kredit/layanan";
import { ZTetapkanKoefisien } from "@/lib/angka-kredit/schemas";
import { aktorDemo, hitungKueri, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let admin: Awaited<ReturnType<typeof aktorDemo>>;
const t = (s: string) => new Date(`${s}T00:00:00Z`);
const isian = (o: Record<string, string>) => ZTetapkanKoefisien.parse(o);

beforeAll(async () => {
  demo = await siapkanDemo();
  admin = await aktorDemo(demo, "rizki");
});

async function skpFitri() {
  return demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("fitri"), status: "DISETUJUI" }, select: { id: true, mulai: true, jabatan: { select: { jenjang: true, jenis: true } } } });
}

describe("data demo", () => {
  it("jabatan fungsional demo berjenjang; koefisien acuan berlaku sejak 2023 dengan penetapan ulang admin", async () => {
    const s = await skpFitri();
    expect(s.jabatan).toEqual({ jenis: "FUNGSIONAL", jenjang: "AHLI_PERTAMA" });
    const r = await riwayatKoefisien(demo.instansiId);
    expect(new Set(r.map((x) => x.jenjang)).size).toBe(8);
    const ap = r.filter((x) => x.jenjang === "AHLI_PERTAMA");
    expect(ap.map((x) => [x.berlakuMulai.toISOString().slice(0, 10), x.mili, x.oleh !== null])).toEqual([[`${TAHUN}-01-01`, 12500, true], ["2023-01-01", 12500, false]]);
  });
});

describe("koefisien: penetapan dengan riwayat", () => {
  it("admin menetapkan nilai baru dari suatu tanggal: riwayat bertambah, nilai lama tetap untuk periode sebelumnya, diaudit", async () => {
    const a0 = await demo.prisma.jejakAudit.count({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" } });
    const h = await tetapkanKoefisien(admin, isian({ instansiId: demo.instansiId, jenjang: "AHLI_PERTAMA", koefisien: "13,25", berlakuMulai: `${TAHUN}-04-01` }));
    expect(h.ok, h.pesan).toBe(true);
    const r = await riwayatKoefisien(demo.instansiId);
    expect(koefisienBerlaku(r, "AHLI_PERTAMA", t(`${TAHUN}-03-31`))?.mili).toBe(12500);
    expect(koefisienBerlaku(r, "AHLI_PERTAMA", t(`${TAHUN}-06-30`))?.mili).toBe(13250);
    const baru = r.find((x) => x.jenjang === "AHLI_PERTAMA" && x.mili === 13250)!;
    expect(baru.oleh).toContain("Muhammad Rizki Pratama");
    const audit = await demo.prisma.jejakAudit.findMany({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" }, orderBy: { id: "desc" }, take: 1, select: { penggunaId: true, instansiId: true, data: true } });
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" } })).toBe(a0 + 1);
    expect(audit[0]).toMatchObject({ penggunaId: admin.penggunaId, instansiId: demo.instansiId, data: { jenjang: "AHLI_PERTAMA", koefisien: "13.250", dari: null } });

    // Tanggal yang sama: nilainya diganti, nilai lama di jejak audit; nilai yang sama tidak menulis apa pun.
    expect((await tetapkanKoefisien(admin, isian({ instansiId: demo.instansiId, jenjang: "AHLI_PERTAMA", koefisien: "13,5", berlakuMulai: `${TAHUN}-04-01` }))).ok).toBe(true);
    const ganti = await demo.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" }, orderBy: { id: "desc" }, select: { data: true } });
    expect(ganti.data).toMatchObject({ koefisien: "13.500", dari: "13.250" });
    const a1 = await demo.prisma.jejakAudit.count({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" } });
    const sama = await tetapkanKoefisien(admin, isian({ instansiId: demo.instansiId, jenjang: "AHLI_PERTAMA", koefisien: "13,5", berlakuMulai: `${TAHUN}-04-01` }));
    expect(sama).toMatchObject({ ok: true, pesan: expect.stringContaining("tidak ada yang berubah") });
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "KOEFISIEN_AK_DITETAPKAN" } })).toBe(a1);
    expect(await demo.prisma.koefisienAngkaKredit.count({ where: { instansiId: demo.instansiId, jenjang: "AHLI_PERTAMA" } })).toBe(3);
  });

  it("isian ditolak dengan pesan Indonesia: nol, negatif, lebih dari 3 desimal, bukan angka", () => {
    for (const koefisien of ["0", "-1", "12,3456", "dua belas", ""]) {
      const r = ZTetapkanKoefisien.safeParse({ instansiId: demo.instansiId, jenjang: "AHLI_MUDA", koefisien, berlakuMulai: `${TAHUN}-01-01` });
      expect(r.success, koefisien).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/Koefisien/);
    }
    expect(ZTetapkanKoefisien.safeParse({ instansiId: demo.instansiId, jenjang: "GURU", koefisien: "5", berlakuMulai: `${TAHUN}-01-01` }).success).toBe(false);
  });

  it("bukan admin dan admin instansi lain (id instansi dipalsukan) ditolak tanpa menulis apa pun", async () => {
    const sebelum = [await demo.prisma.koefisienAngkaKredit.count(), await demo.prisma.jejakAudit.count()];
    const fitri = await aktorDemo(demo, "fitri");
    const adminLain = { ...admin, adminInstansiIds: [randomUUID()] };
    for (const aktor of [fitri, adminLain]) {
      const h = await tetapkanKoefisien(aktor, isian({ instansiId: demo.instansiId, jenjang: "AHLI_MUDA", koefisien: "99", berlakuMulai: `${TAHUN}-01-01` }));
      expect(h).toMatchObject({ ok: false, pesan: expect.stringContaining("admin BKD") });
      const s = await skpFitri();
      const j = await ubahJenjangJabatan(aktor, { jabatanId: (await demo.prisma.skp.findUniqueOrThrow({ where: { id: s.id }, select: { jabatanId: true } })).jabatanId, jenjang: "AHLI_UTAMA" });
      expect(j.ok).toBe(false);
    }
    expect([await demo.prisma.koefisienAngkaKredit.count(), await demo.prisma.jejakAudit.count()]).toEqual(sebelum);
    expect((await skpFitri()).jabatan.jenjang).toBe("AHLI_PERTAMA");
  });

  it("jenjang hanya untuk jabatan fungsional; perubahan diaudit", async () => {
    const struktural = await demo.prisma.jabatan.findFirstOrThrow({ where: { instansiId: demo.instansiId, jenis: "PENGAWAS", aktif: true }, select: { id: true } });
    expect(await ubahJenjangJabatan(admin, { jabatanId: struktural.id, jenjang: "AHLI_MUDA" })).toMatchObject({ ok: false, galat: { jenjang: ["Jenjang hanya untuk jabatan fungsional."] } });
    const jf = await demo.prisma.jabatan.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Nutrisionis Ahli Pertama" }, select: { id: true } });
    expect((await ubahJenjangJabatan(admin, { jabatanId: jf.id, jenjang: undefined })).ok).toBe(true);
    expect((await demo.prisma.jabatan.findUniqueOrThrow({ where: { id: jf.id }, select: { jenjang: true } })).jenjang).toBeNull();
    expect((await ubahJenjangJabatan(admin, { jabatanId: jf.id, jenjang: "AHLI_PERTAMA" })).ok).toBe(true);
    const a = await demo.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "JENJANG_JABATAN_DIUBAH", entitasId: jf.id }, orderBy: { id: "desc" }, select: { data: true } });
    expect(a.data).toEqual({ dari: null, ke: "AHLI_PERTAMA" });
  });
});

describe("angka kredit penilaian final", () => {
  it("Fitri (Ahli Pertama, Triwulan I final Baik): 3/12 × 100% × 12,5 = 3,13; periode belum final tidak dihitung", async () => {
    const s = await skpFitri();
    expect(s.mulai.toISOString().slice(0, 10)).toBe(`${TAHUN}-01-01`);
    const ak = await angkaKreditSegmen([s.id]);
    const seg = ak.get(s.id)!;
    expect(seg.jenjang).toBe("AHLI_PERTAMA");
    expect(seg.perKode.get("TW1")).toEqual({ bulan: 3, persen: 100, koefisienMili: 12500, ak: 313 });
    expect(formatAk(seg.perKode.get("TW1")!.ak)).toBe("3,13");
    expect(seg.perKode.has("TW2")).toBe(false);
    expect(seg.perKode.has("AKHIR")).toBe(false);
  });

  it("SKP bukan jabatan fungsional tidak punya angka kredit", async () => {
    const hadi = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hadi"), status: "DISETUJUI", jabatan: { jenis: { not: "FUNGSIONAL" } } }, select: { id: true } });
    expect((await angkaKreditSegmen([hadi.id])).size).toBe(0);
  });
});

describe("daftar Konversi Predikat Kinerja ke Angka Kredit", () => {
  it("Diskominfo TW1: pejabat fungsional final dengan angka kreditnya; Excel sama; konteks instansi lain ditolak", async () => {
    const k = await konteksKonversi(admin, { instansi: demo.instansiId, tahun: String(TAHUN), periode: "TW1", unit: (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Komunikasi dan Informatika" }, select: { id: true } })).id });
    expect(k?.periode?.kode).toBe("TW1");
    const baris = await daftarKonversi(k!.instansi.id, k!.opd!.id, k!.periodeKinerjaId!, k!.periode!);
    const nama = baris.map((b) => b.nama);
    expect(nama).toEqual(expect.arrayContaining([expect.stringContaining("Fitri Handayani"), expect.stringContaining("Dian Puspitasari"), expect.stringContaining("Mega Utami")]));
    const fitri = baris.find((b) => b.nama.includes("Fitri"))!;
    expect(fitri).toMatchObject({ jenjang: "AHLI_PERTAMA", predikat: "BAIK", hitung: { bulan: 3, persen: 100, koefisienMili: 12500, ak: 313 } });
    const dian = baris.find((b) => b.nama.includes("Dian"))!;
    expect(dian).toMatchObject({ jenjang: "AHLI_MUDA", predikat: "SANGAT_BAIK", hitung: { bulan: 3, persen: 150, koefisienMili: 25000, ak: 938 } }); // 9,375 → 9,38
    // Hanya jabatan fungsional berjenjang dengan evaluasi final.
    const statusSemua = await demo.prisma.evaluasiKinerja.findMany({ where: { kode: "TW1", skp: { jabatan: { jenis: "FUNGSIONAL", unitKerja: { OR: [{ id: k!.opd!.id }, { parentId: k!.opd!.id }] } } } }, select: { status: true } });
    expect(baris.length).toBe(statusSemua.filter((s) => s.status === "FINAL").length);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bukuKonversi({ judul: "Uji", instansi: "Lembah Sejahtera", baris })) as never);
    const ws = wb.getWorksheet("Angka kredit")!;
    const kepala = ws.getRow(5).values as unknown[];
    expect(kepala.slice(1)).toEqual([...KOLOM_KONVERSI]);
    const rows: unknown[][] = [];
    ws.eachRow((r, i) => { if (i > 5) rows.push((r.values as unknown[]).slice(1)); });
    const rf = rows.find((r) => String(r[2]).includes("Fitri"))!;
    expect(rf.slice(1)).toEqual([fitri.nip, fitri.nama, fitri.jabatan, "Ahli Pertama", "Baik", "100%", "12,5", 3, 3.13]);
    expect(ws.getRow(6).getCell(2).numFmt).toBe("@");

    const adminLain = { ...admin, adminInstansiIds: [randomUUID()] };
    expect(await konteksKonversi(adminLain, { instansi: demo.instansiId, tahun: String(TAHUN), periode: "TW1" })).toBeNull();
    expect(await konteksKonversi(await aktorDemo(demo, "fitri"), { instansi: demo.instansiId })).toBeNull();
  });

  it("jumlah kueri tetap walau pejabat fungsional final bertambah", async () => {
    const k = (await konteksKonversi(admin, { instansi: demo.instansiId, tahun: String(TAHUN), periode: "TW1", unit: (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id }))!;
    const jalan = () => daftarKonversi(k.instansi.id, k.opd!.id, k.periodeKinerjaId!, k.periode!);
    const n0 = await hitungKueri(jalan);
    const sebelum = (await jalan()).length;
    // Finalkan satu evaluasi TW1 pejabat fungsional Dinkes lagi (mis. Wahyu).
    const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("wahyu"), status: "DISETUJUI" }, select: { id: true, pegawaiSnapshot: true, periodeId: true } });
    const pe = await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: skp.periodeId, kode: "TW1" }, select: { id: true } });
    await demo.prisma.evaluasiKinerja.upsert({
      where: { skpId_kode: { skpId: skp.id, kode: "TW1" } },
      create: { skpId: skp.id, periodeEvaluasiId: pe.id, kode: "TW1", status: "FINAL", ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", predikat: "BAIK", pegawaiSnapshot: skp.pegawaiSnapshot as never, finalAt: new Date() },
      update: { status: "FINAL", ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", predikat: "BAIK", finalAt: new Date() },
    });
    expect((await jalan()).length).toBe(sebelum + 1);
    expect(await hitungKueri(jalan)).toBe(n0);
  });
});
