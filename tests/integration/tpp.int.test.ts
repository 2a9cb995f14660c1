// Ekspor TPP (issue #16 butir 2) pada PostgreSQL dengan data demo: set kolom (buat, ubah, hapus; diaudit) oleh admin
// BKD, ditolak untuk pegawai biasa dan untuk admin instansi lain dengan id palsu; baris ekspor Dinas Kesehatan bulan
// Maret (TW1): predikat evaluasi final, pegawai dikecualikan dengan alasannya (tanpa SKP, evaluasi belum final,
// pengecualian kurva, pensiun dalam bulan itu), angka progres harian sama dengan laporan bulanan; Excel (NIP teks,
// angka sebagai angka); jumlah kueri tetap per batch berapa pun banyak pegawai dan entri.
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { muatAktor } from "@/lib/auth/aktor";
import { formatNip } from "@/lib/organisasi/nip";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { LABEL_PREDIKAT } from "@/lib/penilaian/kuadran";
import { getLaporanHarian } from "@/lib/progres-harian/laporan";
import { iterasiTpp, konteksTpp, pratinjauTpp, sumberTpp } from "@/lib/tpp/data";
import { tulisBukuTpp } from "@/lib/tpp/excel";
import { alasanPengecualian, judulKolom, KOLOM_BAWAAN_TPP, type DataPegawaiTpp } from "@/lib/tpp/kolom";
import { hapusSetKolom, simpanSetKolom } from "@/lib/tpp/layanan";
import { ZSimpanSetKolom } from "@/lib/tpp/schemas";
import { seedDemoTambahan } from "../../prisma/demo-tambahan";
import { aktorDemo, hitungKueri, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let dinkes = "";
let instansiB = "";
const MARET = { tahun: TAHUN, bulan: 3 };
const tgl = (bulan: number, hari: number) => new Date(Date.UTC(TAHUN, bulan - 1, hari));

async function semua(opdId: string | null, ukuranBatch?: number): Promise<DataPegawaiTpp[]> {
  const periode = await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerja: { instansiId: demo.instansiId, tahun: TAHUN }, kode: "TW1" }, select: { id: true, kode: true, label: true, mulai: true, selesai: true } });
  const hasil: DataPegawaiTpp[] = [];
  for await (const d of iterasiTpp({ instansiId: demo.instansiId, opdId, bulan: MARET, periode }, Number.POSITIVE_INFINITY, ukuranBatch)) hasil.push(d);
  return hasil;
}

const isian = (v: Record<string, unknown>) => ZSimpanSetKolom.parse(v);

beforeAll(async () => {
  demo = await siapkanDemo();
  await seedDemoTambahan(demo.prisma, { tahun: TAHUN, instansiId: demo.instansiId });
  dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan", parentId: null }, select: { id: true } })).id;
  instansiB = (await demo.prisma.pegawai.findUniqueOrThrow({ where: { nip: "199205202015031004" }, select: { instansiId: true } })).instansiId;
});

async function aktorYoga() {
  const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawai: { nip: "199205202015031004" } }, select: { id: true } });
  return (await muatAktor(p.id))!;
}

describe("set kolom TPP", () => {
  const jejak = (aksi: string, id: string) => demo.prisma.jejakAudit.count({ where: { aksi, entitasId: id } });

  it("admin membuat, mengubah (urutan, bawaan) dan menghapus; setiap langkah diaudit; nama ganda ditolak", async () => {
    const rizki = await aktorDemo(demo, "rizki");
    const a = await simpanSetKolom(rizki, isian({ instansiId: demo.instansiId, nama: "Uji TPP A", bawaan: "1", urutan: { nama: "2", nip: "1", predikat: "3" } }));
    expect(a.ok).toBe(true);
    const idA = a.ok ? a.data.id : "";
    expect(await demo.prisma.setKolomTpp.findUniqueOrThrow({ where: { id: idA }, select: { kolom: true, bawaan: true, instansiId: true } })).toEqual({ kolom: ["nip", "nama", "predikat"], bawaan: true, instansiId: demo.instansiId });
    expect(await jejak("SET_KOLOM_TPP_DIBUAT", idA)).toBe(1);

    const b = await simpanSetKolom(rizki, isian({ instansiId: demo.instansiId, nama: "Uji TPP B", bawaan: "1", urutan: { alasan: "1", nip: "2" } }));
    expect(b.ok).toBe(true);
    const idB = b.ok ? b.data.id : "";
    // Hanya satu bawaan per instansi.
    expect((await demo.prisma.setKolomTpp.findMany({ where: { instansiId: demo.instansiId, bawaan: true }, select: { id: true } })).map((x) => x.id)).toEqual([idB]);

    const ganda = await simpanSetKolom(rizki, isian({ instansiId: demo.instansiId, setId: idA, nama: "Uji TPP B", urutan: { nip: "1" } }));
    expect(ganda.ok).toBe(false);
    expect(!ganda.ok && ganda.galat?.nama?.[0]).toMatch(/sudah ada/);

    const ubah = await simpanSetKolom(rizki, isian({ instansiId: demo.instansiId, setId: idA, nama: "Uji TPP A2", urutan: { predikat: "1", nip: "2" } }));
    expect(ubah.ok).toBe(true);
    expect(await demo.prisma.setKolomTpp.findUniqueOrThrow({ where: { id: idA }, select: { nama: true, kolom: true, bawaan: true } })).toEqual({ nama: "Uji TPP A2", kolom: ["predikat", "nip"], bawaan: false });
    expect(await jejak("SET_KOLOM_TPP_DIUBAH", idA)).toBe(1);

    // Konteks halaman: bawaan dulu, lalu set yang diminta; id set yang tidak ada → null.
    const k = (await konteksTpp(rizki, { unit: dinkes, bulan: "2026-03" }))!;
    expect(k.set?.id).toBe(idB);
    expect(k.kolom).toEqual(["alasan", "nip"]);
    expect((await konteksTpp(rizki, { unit: dinkes, bulan: "2026-03", set: idA }))!.kolom).toEqual(["predikat", "nip"]);
    expect(await konteksTpp(rizki, { unit: dinkes, bulan: "2026-03", set: "00000000-0000-4000-8000-000000000000" })).toBeNull();

    for (const id of [idA, idB]) {
      expect((await hapusSetKolom(rizki, { instansiId: demo.instansiId, setId: id })).ok).toBe(true);
      expect(await jejak("SET_KOLOM_TPP_DIHAPUS", id)).toBe(1);
    }
    expect(await demo.prisma.setKolomTpp.count({ where: { id: { in: [idA, idB] } } })).toBe(0);
    expect((await hapusSetKolom(rizki, { instansiId: demo.instansiId, setId: idA })).ok).toBe(false);
  });

  it("pegawai biasa dan admin instansi lain (id palsu) ditolak tanpa tulisan", async () => {
    const rizki = await aktorDemo(demo, "rizki");
    const r = await simpanSetKolom(rizki, isian({ instansiId: demo.instansiId, nama: "Uji TPP sasaran", urutan: { nip: "1" } }));
    const idA = r.ok ? r.data.id : "";
    const wahyu = await aktorDemo(demo, "wahyu");
    const yoga = await aktorYoga();
    const audit0 = await demo.prisma.jejakAudit.count();
    const sebelum = await demo.prisma.setKolomTpp.findMany({ orderBy: { id: "asc" } });

    for (const aktor of [wahyu, yoga]) {
      expect((await simpanSetKolom(aktor, isian({ instansiId: demo.instansiId, nama: "Palsu", urutan: { nip: "1" } }))).ok).toBe(false);
      expect((await simpanSetKolom(aktor, isian({ instansiId: demo.instansiId, setId: idA, nama: "Palsu", urutan: { nip: "1" } }))).ok).toBe(false);
      expect((await hapusSetKolom(aktor, { instansiId: demo.instansiId, setId: idA })).ok).toBe(false);
      expect(await konteksTpp(aktor, { instansi: demo.instansiId, unit: dinkes, bulan: "2026-03" })).toBeNull();
    }
    // Admin B dengan instansinya sendiri tetapi id set milik A: tidak ditemukan.
    expect((await simpanSetKolom(yoga, isian({ instansiId: instansiB, setId: idA, nama: "Palsu", urutan: { nip: "1" } }))).ok).toBe(false);
    expect((await hapusSetKolom(yoga, { instansiId: instansiB, setId: idA })).ok).toBe(false);
    // Admin B dengan set milik A pada instansinya sendiri, atau OPD milik A: null (404).
    expect(await konteksTpp(yoga, { unit: dinkes, bulan: "2026-03" })).toBeNull();
    expect(await konteksTpp(yoga, { bulan: "2026-03", set: idA })).toBeNull();

    expect(await demo.prisma.jejakAudit.count()).toBe(audit0);
    expect(await demo.prisma.setKolomTpp.findMany({ orderBy: { id: "asc" } })).toEqual(sebelum);
    expect((await hapusSetKolom(rizki, { instansiId: demo.instansiId, setId: idA })).ok).toBe(true);
  });
});

describe("baris ekspor TPP Dinas Kesehatan, Maret (TW1)", () => {
  it("predikat evaluasi final, pengecualian dengan alasan, angka harian sama dengan laporan bulanan", async () => {
    const rudi = demo.pegawaiId("rudi");
    const wahyu = demo.pegawaiId("wahyu");
    // Entri progres harian Maret (satu pegawai berSKP), pengecualian kurva Wahyu, dan satu pegawai Dinkes pensiun 16 Maret.
    const ra = await demo.prisma.rencanaAksi.findFirstOrThrow({ where: { rhk: { skp: { pegawaiId: rudi, status: "DISETUJUI" } } }, select: { id: true, rhk: { select: { skpId: true } } } });
    for (const [hari, terlambat] of [[2, 0], [3, 2], [4, 0]] as const)
      await demo.prisma.progresHarian.create({
        data: { instansiId: demo.instansiId, pegawaiId: rudi, skpId: ra.rhk.skpId, rencanaAksiId: ra.id, tanggal: tgl(3, hari), jamMulai: 480, jamSelesai: 540, kegiatan: `Uji TPP ${hari}`, realisasi: 1, satuan: "dokumen", status: "DIAJUKAN", terlambatHari: terlambat, sidik: randomBytes(32).toString("hex") },
      });
    const admin = demo.pegawaiId("rizki");
    const pengguna = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: admin }, select: { id: true } });
    await demo.prisma.pengecualianPegawai.create({ data: { instansiId: demo.instansiId, pegawaiId: wahyu, jenis: "CUTI_BESAR", mulai: tgl(3, 1), selesai: tgl(3, 31), alasan: "Cuti besar uji", dibuatOleh: pengguna.id } });

    const awal = await semua(dinkes);
    const pensiun = awal.find((d) => d.pegawaiId !== rudi && d.pegawaiId !== wahyu && d.berhentiSejak === null)!;
    await demo.prisma.pegawai.update({ where: { id: pensiun.pegawaiId }, data: { aktif: false, tmtBerhenti: tgl(3, 16), alasanBerhenti: "PENSIUN" } });

    const baris = await semua(dinkes);
    expect(baris.length).toBe(awal.length);
    const per = new Map(baris.map((d) => [d.pegawaiId, d]));
    // Hanya pegawai Dinkes; urut nama.
    expect(per.has(demo.pegawaiId("hendri"))).toBe(false);
    expect(baris.every((d) => d.opd === "Dinas Kesehatan")).toBe(true);
    expect(baris.map((d) => d.nama)).toEqual([...baris.map((d) => d.nama)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // Rudi: evaluasi TW1 final (Sesuai/Sesuai → Baik), tidak dikecualikan.
    const r = per.get(rudi)!;
    const ev = await demo.prisma.evaluasiKinerja.findFirstOrThrow({ where: { skp: { pegawaiId: rudi }, kode: "TW1" }, select: { status: true, predikat: true } });
    expect(ev.status).toBe("FINAL");
    expect(r.evaluasi).toMatchObject({ status: "FINAL", predikat: ev.predikat, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" });
    expect(alasanPengecualian(r)).toEqual([]);

    // Angka harian sama dengan laporan bulanan progres harian (lib/progres-harian/laporan.ts) untuk setiap pegawai di keduanya.
    const laporan = await getLaporanHarian(demo.instansiId, dinkes, MARET);
    expect(laporan.baris.length).toBeGreaterThan(3);
    for (const l of laporan.baris) {
      const t = per.get(l.pegawaiId);
      if (!t) continue;
      expect(t.harian, l.nama).toEqual({ hariKerja: l.hariKerja, hariTerisi: l.hariTerisi, terlambat: l.terlambat, hariTerlambat: l.hariTerlambat });
    }
    expect(r.harian).toMatchObject({ hariTerisi: 3, terlambat: 1, hariTerlambat: 2 });

    // Wahyu: pengecualian kurva dengan jenis dan alasannya.
    expect(alasanPengecualian(per.get(wahyu)!).find((x) => x.alasan === "PENGECUALIAN_PEGAWAI")).toEqual({ alasan: "PENGECUALIAN_PEGAWAI", rincian: "Cuti besar: Cuti besar uji" });
    // Pensiun 16 Maret: tetap ada di Maret, dengan alasan.
    expect(per.get(pensiun.pegawaiId)!.berhentiSejak).toEqual(tgl(3, 16));
    expect(alasanPengecualian(per.get(pensiun.pegawaiId)!).map((x) => x.alasan)).toContain("BERHENTI");

    // Pegawai tanpa SKP disetujui dan pegawai dengan evaluasi belum final: cocok dengan basis data.
    const skpDisetujui = new Set((await demo.prisma.skp.findMany({ where: { status: "DISETUJUI", mulai: { lte: tgl(3, 31) }, selesai: { gte: tgl(3, 1) } }, select: { pegawaiId: true } })).map((s) => s.pegawaiId));
    for (const d of baris) expect(d.adaSkp, d.nama).toBe(skpDisetujui.has(d.pegawaiId));
    expect(baris.some((d) => !d.adaSkp) || baris.some((d) => d.evaluasi?.status !== "FINAL")).toBe(true);
    const final = new Set((await demo.prisma.evaluasiKinerja.findMany({ where: { kode: "TW1", status: "FINAL", skp: { pegawaiId: { in: baris.map((d) => d.pegawaiId) } } }, select: { skp: { select: { pegawaiId: true } } } })).map((e) => e.skp.pegawaiId));
    for (const d of baris) {
      const alasan = alasanPengecualian(d).map((x) => x.alasan);
      if (!d.adaSkp) expect(alasan, d.nama).toContain("TANPA_SKP");
      else if (!final.has(d.pegawaiId)) expect(alasan.some((a) => a === "EVALUASI_BELUM_FINAL" || a === "EVALUASI_BELUM_ADA" || a === "EVALUASI_DIKECUALIKAN"), d.nama).toBe(true);
      else expect(d.evaluasi?.status).toBe("FINAL");
    }

    // Semua OPD memuat Dinkes ditambah OPD lain.
    const seluruh = await semua(null);
    expect(seluruh.length).toBeGreaterThan(baris.length);
    for (const d of baris) expect(seluruh.some((x) => x.pegawaiId === d.pegawaiId)).toBe(true);
  });

  it("pratinjau terbatas dengan jumlah; Excel: kepala, judul kolom, NIP teks, angka sebagai angka", async () => {
    const rizki = await aktorDemo(demo, "rizki");
    const k = (await konteksTpp(rizki, { unit: dinkes, bulan: `${TAHUN}-03` }))!;
    expect(k.periode?.kode).toBe("TW1");
    const p = await pratinjauTpp(sumberTpp(k));
    const baris = await semua(dinkes);
    expect(p.jumlah).toBe(baris.length);
    expect(p.baris.map((d) => d.pegawaiId)).toEqual(baris.slice(0, 50).map((d) => d.pegawaiId));

    const keluar = new PassThrough();
    const potongan: Buffer[] = [];
    keluar.on("data", (c: Buffer) => potongan.push(c));
    const selesai = new Promise((r) => keluar.on("end", r));
    const n = await tulisBukuTpp(keluar, { instansi: k.instansi.nama, opd: k.opd!.nama, bulan: k.bulan, periode: k.periode!.label, set: null, dibuat: new Date() }, KOLOM_BAWAAN_TPP, iterasiTpp(sumberTpp(k)));
    await selesai;
    expect(n).toBe(baris.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(potongan) as never);
    const ws = wb.getWorksheet("TPP")!;
    expect(String(ws.getRow(2).getCell(1).value)).toContain(k.instansi.nama);
    expect(String(ws.getRow(3).getCell(1).value)).toContain("Dinas Kesehatan");
    expect(String(ws.getRow(6).getCell(1).value)).toMatch(/^Dibuat: .*WIB/);
    expect((ws.getRow(9).values as unknown[]).slice(1)).toEqual(judulKolom(KOLOM_BAWAAN_TPP));
    const rudi = baris.findIndex((d) => d.pegawaiId === demo.pegawaiId("rudi"));
    const row = ws.getRow(10 + rudi);
    const kol = (k: (typeof KOLOM_BAWAAN_TPP)[number]) => row.getCell(KOLOM_BAWAAN_TPP.indexOf(k) + 1);
    expect(kol("nip").value).toBe(formatNip(demo.nip("rudi")));
    expect(kol("nip").numFmt).toBe("@");
    const data = baris[rudi]!;
    expect(kol("nama").value).toBe(formatNamaGelar(data));
    expect(kol("predikat").value).toBe(LABEL_PREDIKAT[data.evaluasi!.predikat!]);
    expect(kol("hari_terisi").value).toBe(3);
    expect(typeof kol("kelengkapan_harian").value).toBe("number");
    expect(kol("dikecualikan").value).toBe("Tidak");
    expect(ws.rowCount).toBe(9 + baris.length);
  });

  it("jumlah kueri tetap bila pegawai berentri bertambah; satu kueri per batch", async () => {
    const n1 = await hitungKueri(() => semua(dinkes));
    const lain = (await semua(dinkes)).filter((d) => d.adaSkp && d.pegawaiId !== demo.pegawaiId("rudi")).slice(0, 4);
    expect(lain.length).toBeGreaterThan(1);
    for (const d of lain) {
      const ra = await demo.prisma.rencanaAksi.findFirst({ where: { rhk: { skp: { pegawaiId: d.pegawaiId, status: "DISETUJUI" } } }, select: { id: true, rhk: { select: { skpId: true } } } });
      if (!ra) continue;
      for (const hari of [9, 10, 11])
        await demo.prisma.progresHarian.create({
          data: { instansiId: demo.instansiId, pegawaiId: d.pegawaiId, skpId: ra.rhk.skpId, rencanaAksiId: ra.id, tanggal: tgl(3, hari), jamMulai: 480, jamSelesai: 540, kegiatan: `Uji kueri ${hari}`, realisasi: 1, satuan: "dokumen", status: "DRAF", sidik: randomBytes(32).toString("hex") },
        });
    }
    const n2 = await hitungKueri(() => semua(dinkes));
    expect(n2).toBe(n1);
    // periode (1) + libur (1) + satu kueri batch (unit dari cache).
    expect(n1).toBeLessThanOrEqual(3);
    // Batch kecil: satu kueri tambahan per batch, hasil sama.
    const total = (await semua(dinkes)).length;
    const kecil = await hitungKueri(() => semua(dinkes, 5));
    expect(kecil).toBeLessThanOrEqual(n1 + Math.ceil(total / 5));
    expect((await semua(dinkes, 5)).map((d) => d.pegawaiId)).toEqual((await semua(dinkes)).map((d) => d.pegawaiId));
  });
});
