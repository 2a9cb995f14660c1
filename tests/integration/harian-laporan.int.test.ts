// Laporan bulanan progres harian per OPD (lib/progres-harian/laporan.ts) pada PostgreSQL: pada data kecil yang disusun
// di sini (satu pegawai Dinkes, Mei), hari libur instansi tidak dihitung, entri akhir pekan/libur tidak mengisi hari
// wajib, hari kosong tepat, entri terlambat dan status dihitung; pegawai OPD lain tidak masuk; Excel sama dengan tabel
// halaman (NIP teks); jumlah kueri tetap bila data bertambah.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getLaporanHarian } from "@/lib/progres-harian/laporan";
import { hapusLibur, imporLibur, tambahLibur } from "@/lib/progres-harian/libur";
import { bukuRekapHarian } from "@/lib/progres-harian/rekap-excel";
import { catatanRekap, tabelRekap } from "@/lib/progres-harian/rekap";
import { aktorDemo, hitungKueri as hitung, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let dinkes = "";
let wahyu = "";
const MEI = { tahun: TAHUN, bulan: 5 };
const tgl = (hari: number) => new Date(Date.UTC(TAHUN, 4, hari));
/** Hari Kamis kedua bulan Mei (libur instansi) dan Sabtu pertama (entri akhir pekan). */
let kamis = 0;
let sabtu = 0;

async function entri(pegawaiId: string, hari: number, isi: { status: "DRAF" | "DIAJUKAN" | "DISETUJUI" | "DIKEMBALIKAN"; terlambat?: number; mulai?: number }) {
  const ra = await demo.prisma.rencanaAksi.findFirstOrThrow({ where: { rhk: { skp: { pegawaiId, status: "DISETUJUI" } } }, select: { id: true, rhk: { select: { skpId: true } } } });
  const mulai = isi.mulai ?? 480;
  await demo.prisma.progresHarian.create({
    data: {
      instansiId: demo.instansiId,
      pegawaiId,
      skpId: ra.rhk.skpId,
      rencanaAksiId: ra.id,
      tanggal: tgl(hari),
      jamMulai: mulai,
      jamSelesai: mulai + 60,
      kegiatan: `Kegiatan uji ${hari}`,
      realisasi: 1,
      satuan: "dokumen",
      status: isi.status,
      terlambatHari: isi.terlambat ?? 0,
      sidik: randomBytes(32).toString("hex"),
    },
  });
}

beforeAll(async () => {
  demo = await siapkanDemo();
  dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan", parentId: null }, select: { id: true } })).id;
  wahyu = demo.pegawaiId("wahyu");
  for (let h = 1; h <= 31 && (!kamis || !sabtu); h++) {
    const d = tgl(h).getUTCDay();
    if (d === 4 && h > 7 && !kamis) kamis = h;
    if (d === 6 && !sabtu) sabtu = h;
  }
  // Mei dikosongkan dari data demo apa pun, lalu disusun: satu libur instansi, lima entri Wahyu.
  await demo.prisma.progresHarian.deleteMany({ where: { instansiId: demo.instansiId, tanggal: { gte: tgl(1), lte: tgl(31) } } });
  await demo.prisma.hariLibur.deleteMany({ where: { instansiId: demo.instansiId, tanggal: { gte: tgl(1), lte: tgl(31) } } });
  await demo.prisma.hariLibur.create({ data: { instansiId: demo.instansiId, tanggal: tgl(kamis), nama: "Libur uji" } });
});

/** Hari kerja Mei tanpa libur: hitungan terpisah dari lib (Senin–Jumat, kecuali Kamis libur). */
function hariKerjaMei(): number[] {
  const h: number[] = [];
  for (let i = 1; i <= 31; i++) if (![0, 6].includes(tgl(i).getUTCDay()) && i !== kamis) h.push(i);
  return h;
}

describe("laporan progres harian per OPD", () => {
  it("angka satu pegawai: libur tidak dihitung, hari kosong tepat, terlambat dan status dijumlah", async () => {
    const kerja = hariKerjaMei();
    const [a, b] = [kerja[0]!, kerja[1]!];
    await entri(wahyu, a, { status: "DISETUJUI" });
    await entri(wahyu, a, { status: "DRAF", mulai: 600 });
    await entri(wahyu, b, { status: "DIAJUKAN", terlambat: 3 });
    await entri(wahyu, sabtu, { status: "DIKEMBALIKAN", terlambat: 2 });
    await entri(wahyu, kamis, { status: "DRAF" });
    const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: wahyu, status: "DISETUJUI" }, select: { mulai: true, selesai: true } });
    expect(skp.mulai.getTime()).toBeLessThanOrEqual(tgl(1).getTime());
    expect(skp.selesai.getTime()).toBeGreaterThanOrEqual(tgl(31).getTime());

    const l = await getLaporanHarian(demo.instansiId, dinkes, MEI);
    expect(l.libur).toBe(1);
    const w = l.baris.find((r) => r.pegawaiId === wahyu)!;
    expect(w).toBeDefined();
    expect(w.hariKerja).toBe(kerja.length);
    expect(w.hariTerisi).toBe(2);
    expect(w.hariKosong.map((d) => d.getUTCDate())).toEqual(kerja.slice(2));
    expect(w).toMatchObject({ entri: 5, terlambat: 2, hariTerlambat: 5, draf: 2, diajukan: 1, disetujui: 1, dikembalikan: 1 });
    // Pegawai Dinkes lain tanpa entri: semua hari kerja kosong.
    for (const r of l.baris.filter((x) => x.pegawaiId !== wahyu)) expect([r.hariTerisi, r.hariKosong.length, r.entri], r.nama).toEqual([0, r.hariKerja, 0]);
    // Hanya pegawai Dinkes: Hendri (BKPSDM) tidak masuk.
    expect(l.baris.some((r) => r.pegawaiId === demo.pegawaiId("hendri"))).toBe(false);
    const pegawaiDinkes = await demo.prisma.$queryRaw<{ n: number }[]>`
      WITH RECURSIVE u AS (SELECT id FROM unit_kerja WHERE id = ${dinkes}::uuid UNION ALL SELECT c.id FROM unit_kerja c JOIN u ON c.parent_id = u.id)
      SELECT COUNT(DISTINCT pj.pegawai_id)::int AS n FROM penugasan_jabatan pj JOIN jabatan j ON j.id = pj.jabatan_id JOIN pegawai p ON p.id = pj.pegawai_id
      WHERE j.unit_kerja_id IN (SELECT id FROM u) AND p.aktif AND pj.tmt_mulai <= ${tgl(31)} AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${tgl(31)})
        AND EXISTS (SELECT 1 FROM skp s WHERE s.pegawai_id = pj.pegawai_id AND s.status = 'DISETUJUI' AND s.mulai <= ${tgl(31)} AND s.selesai >= ${tgl(1)})`;
    expect(l.baris.length).toBe(pegawaiDinkes[0]!.n);
    expect(l.total).toMatchObject({ pegawai: l.baris.length, entri: 5, terlambat: 2, hariTerlambat: 5, hariTerisi: 2 });
    expect(l.total.hariKosong).toBe(l.baris.reduce((s, r) => s + r.hariKosong.length, 0));
  });

  it("Excel memuat tabel yang sama dengan halaman; NIP berformat teks", async () => {
    const l = await getLaporanHarian(demo.instansiId, dinkes, MEI);
    const tabel = tabelRekap("Judul", l.baris, l.total);
    const buf = await bukuRekapHarian({ instansi: "Instansi", opd: "Dinas Kesehatan", bulan: MEI, baris: l.baris, total: l.total, catatan: catatanRekap(l.libur) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as never);
    const ws = wb.getWorksheet("Progres harian")!;
    const baris: unknown[][] = [];
    ws.eachRow((r) => baris.push((r.values as unknown[]).slice(1).map((v) => v ?? "")));
    expect(baris[3]).toEqual(tabel.kolom); // eachRow melewati baris kosong sesudah kepala
    expect(baris.slice(4)).toEqual(tabel.baris);
    const i = l.baris.findIndex((r) => r.pegawaiId === wahyu);
    const sel = ws.getRow(6 + i).getCell(2);
    expect(sel.numFmt).toBe("@");
    expect(typeof sel.value).toBe("string");
  });

  it("masa pengecualian pegawai (cuti besar) tidak wajib diisi; keterangannya di baris dan total", async () => {
    const kerja = hariKerjaMei();
    const rizki = await aktorDemo(demo, "rizki");
    const sebelum = (await getLaporanHarian(demo.instansiId, dinkes, MEI)).baris.find((r) => r.pegawaiId === wahyu)!;
    // Cuti besar dari hari kerja ke-6 sampai ke-10 Mei (5 hari kerja).
    const x = await demo.prisma.pengecualianPegawai.create({
      data: { instansiId: demo.instansiId, pegawaiId: wahyu, jenis: "CUTI_BESAR", mulai: tgl(kerja[5]!), selesai: tgl(kerja[9]!), alasan: "Cuti besar uji", dibuatOleh: rizki.penggunaId },
      select: { id: true },
    });
    try {
      const l = await getLaporanHarian(demo.instansiId, dinkes, MEI);
      const w = l.baris.find((r) => r.pegawaiId === wahyu)!;
      expect(w.hariDikecualikan).toBe(5);
      expect(w.hariKerja).toBe(sebelum.hariKerja - 5);
      expect(w.hariKosong.length).toBe(sebelum.hariKosong.length - 5);
      expect(w.hariKosong.map((d) => d.getUTCDate())).not.toContain(kerja[7]);
      expect(w.keterangan).toContain("Cuti besar");
      expect(w.keterangan).toContain("Cuti besar uji");
      expect(l.total.hariDikecualikan).toBe(5);
      // Pegawai lain tidak terpengaruh.
      expect(l.baris.filter((r) => r.pegawaiId !== wahyu).every((r) => r.hariDikecualikan === 0 && r.keterangan === "")).toBe(true);
    } finally {
      await demo.prisma.pengecualianPegawai.delete({ where: { id: x.id } });
    }
  });

  it("jumlah kueri tetap bila entri dan pegawai berentri bertambah", async () => {
    const n1 = await hitung(() => getLaporanHarian(demo.instansiId, dinkes, MEI));
    const berRa = new Set((await demo.prisma.rencanaAksi.findMany({ where: { rhk: { skp: { status: "DISETUJUI" } } }, select: { rhk: { select: { skp: { select: { pegawaiId: true } } } } } })).map((r) => r.rhk.skp.pegawaiId));
    const lain = (await getLaporanHarian(demo.instansiId, dinkes, MEI)).baris.filter((r) => r.pegawaiId !== wahyu && berRa.has(r.pegawaiId)).map((r) => r.pegawaiId);
    expect(lain.length).toBeGreaterThan(0);
    for (const p of lain) for (const h of hariKerjaMei().slice(0, 10)) await entri(p, h, { status: "DIAJUKAN", terlambat: 1 });
    const n2 = await hitung(() => getLaporanHarian(demo.instansiId, dinkes, MEI));
    expect(n2).toBe(n1);
    expect(n1).toBeLessThanOrEqual(3);
    const l = await getLaporanHarian(demo.instansiId, dinkes, MEI);
    expect(l.total.entri).toBe(5 + lain.length * 10);
  });
});

describe("daftar libur (layanan admin)", () => {
  const des = (h: number) => new Date(Date.UTC(TAHUN, 11, h));
  const jejak = (aksi: string) => demo.prisma.jejakAudit.count({ where: { aksi, entitasId: demo.instansiId } });

  it("tambah: tanggal ganda ditolak di kolomnya; hapus yang tidak ada ditolak; keduanya tanpa tulisan", async () => {
    const rizki = await aktorDemo(demo, "rizki");
    await demo.prisma.hariLibur.deleteMany({ where: { instansiId: demo.instansiId, tanggal: des(28) } });
    expect((await tambahLibur(rizki, { instansiId: demo.instansiId, tanggal: des(28), nama: "Hari jadi", jenis: "LIBUR_DAERAH" })).ok).toBe(true);
    const a0 = await jejak("HARI_LIBUR_DITAMBAH");
    const r = await tambahLibur(rizki, { instansiId: demo.instansiId, tanggal: des(28), nama: "Lagi", jenis: "LIBUR_DAERAH" });
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.galat?.tanggal?.[0]).toMatch(/sudah ada di daftar libur \(Hari jadi\)/);
    expect(await jejak("HARI_LIBUR_DITAMBAH")).toBe(a0);
    expect((await hapusLibur(rizki, { instansiId: demo.instansiId, tanggal: des(28) })).ok).toBe(true);
    const h0 = await jejak("HARI_LIBUR_DIHAPUS");
    expect((await hapusLibur(rizki, { instansiId: demo.instansiId, tanggal: des(28) })).ok).toBe(false);
    expect(await jejak("HARI_LIBUR_DIHAPUS")).toBe(h0);
  });

  it("tempel: satu baris salah → tidak ada yang disimpan; tempel ulang tidak menambah; keterangan berubah diperbarui", async () => {
    const rizki = await aktorDemo(demo, "rizki");
    await demo.prisma.hariLibur.deleteMany({ where: { instansiId: demo.instansiId, tanggal: { in: [des(29), des(30)] } } });
    const sah = `${TAHUN}-12-29;Libur A;daerah\n${TAHUN}-12-30;Libur B;cuti bersama`;
    const salah = await imporLibur(rizki, { instansiId: demo.instansiId, teks: `${sah}\n${TAHUN}-12-31;X;nasional` });
    expect(salah.ok).toBe(false);
    expect(salah.ok ? "" : salah.galat?.teks?.[0]).toBe("Baris 3: Keterangan minimal 3 karakter.");
    expect(await demo.prisma.hariLibur.count({ where: { instansiId: demo.instansiId, tanggal: { in: [des(29), des(30)] } } })).toBe(0);
    const i0 = await jejak("HARI_LIBUR_DIIMPOR");
    const ok = await imporLibur(rizki, { instansiId: demo.instansiId, teks: sah });
    expect(ok.ok && ok.data).toMatchObject({ baru: 2, diperbarui: 0 });
    expect(await jejak("HARI_LIBUR_DIIMPOR")).toBe(i0 + 1);
    const ulang = await imporLibur(rizki, { instansiId: demo.instansiId, teks: sah });
    expect(ulang.ok && ulang.data).toMatchObject({ baru: 0, diperbarui: 0 });
    expect(await jejak("HARI_LIBUR_DIIMPOR")).toBe(i0 + 1);
    const ubah = await imporLibur(rizki, { instansiId: demo.instansiId, teks: `${TAHUN}-12-29;Libur A (diganti);daerah` });
    expect(ubah.ok && ubah.data).toMatchObject({ baru: 0, diperbarui: 1 });
    expect((await demo.prisma.hariLibur.findUniqueOrThrow({ where: { instansiId_tanggal: { instansiId: demo.instansiId, tanggal: des(29) } } })).nama).toBe("Libur A (diganti)");
  });
});
