// Monitoring admin BKD pada PostgreSQL: angka kurva per unit pembawa sama dengan populasi muatPopulasi (hitungan
// terpisah di JS), angka pengisian per OPD sama dengan hitungan Prisma per pegawai, pegawai yang dikecualikan keluar
// dari hitungan dan didaftar terpisah, jumlah kueri tetap pada dua ukuran instansi, dan Excel sama dengan tabel halaman.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { muatPopulasi } from "@/lib/penilaian/kurva";
import { getMonitoringKurva, getMonitoringPengisian, periodeMonitoring, type PeriodeMonitoring } from "@/lib/penilaian/monitoring";
import { tabelKurva, tabelPengisian } from "@/lib/penilaian/monitoring-tabel";
import { bukuMonitoringKurva, bukuMonitoringPengisian } from "@/lib/penilaian/monitoring-excel";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let tw1: PeriodeMonitoring;
let dinkes = "";

async function hitung(f: () => Promise<unknown>): Promise<number> {
  const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
  await f();
  resetKueri();
  await f();
  return jumlahKueri();
}

async function barisBuku(buf: Uint8Array, lembar: string): Promise<(string | number)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  const ws = wb.getWorksheet(lembar)!;
  const hasil: (string | number)[][] = [];
  ws.eachRow((r) => hasil.push((r.values as unknown[]).slice(1).map((v) => (v ?? "") as string | number)));
  return hasil;
}

beforeAll(async () => {
  demo = await siapkanDemo();
  tw1 = (await periodeMonitoring(demo.instansiId, TAHUN, "TW1"))!;
  dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
  // Capaian TW1 Dinkes: Baik; satu pegawai Dinkes dikecualikan (tugas belajar) sepanjang tahun.
  const rizki = await aktorDemo(demo, "rizki");
  await demo.prisma.capaianOrganisasi.create({ data: { instansiId: demo.instansiId, unitKerjaId: dinkes, tahun: TAHUN, kode: "TW1", predikat: "BAIK", dasar: "Uji monitoring.", atasNama: "Sekda", dicatatOleh: rizki.penggunaId } });
  await demo.prisma.pengecualianPegawai.create({ data: { instansiId: demo.instansiId, pegawaiId: demo.pegawaiId("joko"), jenis: "TUGAS_BELAJAR", mulai: new Date(Date.UTC(TAHUN, 0, 1)), alasan: "Tugas belajar S2 (uji).", dibuatOleh: rizki.penggunaId } });
});

describe("monitoring kurva", () => {
  it("jumlah per predikat tiap unit pembawa sama dengan populasi muatPopulasi; yang dikecualikan tidak dihitung", async () => {
    const m = (await getMonitoringKurva(demo.instansiId, tw1))!;
    expect(m.ringkas.length).toBeGreaterThan(2);
    const pop = await muatPopulasi(demo.instansiId, tw1.periodeKinerjaId, TAHUN, "TW1", tw1, m.ringkas.map((r) => r.unitId));
    for (const r of m.ringkas) {
      const p = pop.get(r.unitId)!;
      const dihitung = p.anggota.filter((a) => !a.dikecualikan);
      expect(r.total, r.nama).toBe(dihitung.length);
      expect(r.dikecualikan, r.nama).toBe(p.anggota.length - dihitung.length);
      expect(r.final, r.nama).toBe(dihitung.filter((a) => a.status === "FINAL").length);
      for (const pr of ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG"] as const) {
        expect(r.jumlah[pr], `${r.nama} ${pr}`).toBe(dihitung.filter((a) => a.status === "FINAL" && a.predikat === pr).length);
      }
    }
    const d = m.ringkas.find((r) => r.unitId === dinkes)!;
    expect(d.capaian).toBe("BAIK");
    expect(d.dikecualikan).toBeGreaterThanOrEqual(1);
    expect(["SESUAI", "DILANGGAR", "DILANGGAR_OVERRIDE", "BELUM_LENGKAP"]).toContain(d.status);
    // Data demo: Diskominfo capaian Butuh Perbaikan, kelompoknya difinalkan dengan pengecualian kurva; unit lain belum.
    const kominfo = m.ringkas.find((r) => r.nama === "Dinas Komunikasi dan Informatika");
    if (kominfo && kominfo.total > 0) expect(kominfo.status).toBe("DILANGGAR_OVERRIDE");
    expect(m.ringkas.filter((r) => r.unitId !== dinkes && r.unitId !== kominfo?.unitId && r.total > 0).every((r) => r.status === "CAPAIAN_BELUM")).toBe(true);
  });

  it("drill-down: sub-unit Dinkes menjumlah ke populasinya; daftar pegawai memuat yang dikecualikan bertanda", async () => {
    const atas = (await getMonitoringKurva(demo.instansiId, tw1))!.ringkas.find((r) => r.unitId === dinkes)!;
    const m = (await getMonitoringKurva(demo.instansiId, tw1, dinkes))!;
    expect(m.ringkasUnit?.total).toBe(atas.total);
    expect(m.ringkas.every((r) => r.status === "TIDAK_DIPERIKSA")).toBe(true);
    expect(m.ringkas.reduce((s, r) => s + r.total, 0)).toBeLessThanOrEqual(atas.total);
    expect(m.pegawai.filter((p) => !p.dikecualikan).length).toBeGreaterThanOrEqual(atas.total);
    expect(m.pegawai.find((p) => p.nip === demo.nip("joko"))?.dikecualikan).toBe(true);
  });

  it("Excel memuat baris yang sama dengan tabel halaman", async () => {
    const m = (await getMonitoringKurva(demo.instansiId, tw1))!;
    const t = tabelKurva("Kurva", m.ringkas);
    const buf = await bukuMonitoringKurva(m, "Pemkab Uji");
    const baris = await barisBuku(buf, "Kurva");
    const i = baris.findIndex((b) => b[0] === t.kolom[0]);
    expect(baris[i]).toEqual(t.kolom);
    expect(baris.slice(i + 1, i + 1 + t.baris.length)).toEqual(t.baris);
  });
});

describe("monitoring pengisian", () => {
  it("angka per OPD sama dengan hitungan per pegawai; yang dikecualikan keluar dari hitungan dan didaftar", async () => {
    const m = (await getMonitoringPengisian(demo.instansiId, tw1))!;
    const d = m.ringkas.find((r) => r.opdId === dinkes)!;
    // Hitungan tangan lewat Prisma: pegawai aktif yang memangku jabatan di subpohon Dinkes pada akhir TW1.
    const units = await demo.prisma.unitKerja.findMany({ where: { instansiId: demo.instansiId }, select: { id: true, parentId: true } });
    const sub = new Set([dinkes]);
    for (let n = 0; n !== sub.size; ) {
      n = sub.size;
      for (const u of units) if (u.parentId && sub.has(u.parentId)) sub.add(u.id);
    }
    const tugas = await demo.prisma.penugasanJabatan.findMany({
      where: { jabatan: { unitKerjaId: { in: [...sub] } }, pegawai: { aktif: true }, tmtMulai: { lte: tw1.selesai }, OR: [{ tmtSelesai: null }, { tmtSelesai: { gte: tw1.selesai } }] },
      select: { pegawaiId: true },
    });
    const pegawai = new Set(tugas.map((t) => t.pegawaiId));
    pegawai.delete(demo.pegawaiId("joko"));
    expect(d.pegawai).toBe(pegawai.size);
    const skp = await demo.prisma.skp.findMany({ where: { pegawaiId: { in: [...pegawai] }, periodeId: tw1.periodeKinerjaId, mulai: { lte: tw1.selesai }, selesai: { gte: tw1.mulai } }, select: { pegawaiId: true, status: true, evaluasi: { where: { kode: "TW1" }, select: { status: true, ratingHasil: true, ratingPerilaku: true } } } });
    expect(d.disusun).toBe(new Set(skp.map((s) => s.pegawaiId)).size);
    expect(d.disetujui).toBe(new Set(skp.filter((s) => s.status === "DISETUJUI" || s.status === "DIGANTI").map((s) => s.pegawaiId)).size);
    expect(d.final).toBe(new Set(skp.filter((s) => s.evaluasi.some((e) => e.status === "FINAL")).map((s) => s.pegawaiId)).size);
    expect(d.dinilai).toBeGreaterThanOrEqual(d.final);
    expect(d.rencanaAksi).toBeGreaterThan(0);

    const o = (await getMonitoringPengisian(demo.instansiId, tw1, dinkes))!;
    expect(o.ringkas).toEqual([d]);
    expect(o.tertahan.length).toBe(d.pegawai - d.final);
    expect(o.tertahan.some((t) => t.nip === demo.nip("joko"))).toBe(false);
    expect(o.dikecualikan.map((x) => x.nip)).toEqual([demo.nip("joko")]);
    expect(o.dikecualikan[0]!.jenis).toBe("TUGAS_BELAJAR");
  });

  it("Excel memuat baris yang sama dengan tabel halaman", async () => {
    const m = (await getMonitoringPengisian(demo.instansiId, tw1))!;
    const t = tabelPengisian("Pengisian", m.ringkas);
    const baris = await barisBuku(await bukuMonitoringPengisian(m, "Pemkab Uji"), "Pengisian");
    const i = baris.findIndex((b) => b[0] === t.kolom[0]);
    expect(baris[i]).toEqual(t.kolom);
    expect(baris.slice(i + 1, i + 1 + t.baris.length)).toEqual(t.baris);
  });
});

describe("jumlah kueri monitoring tidak bergantung pada besar instansi", () => {
  it("tiga pegawai ber-SKP disetujui ditambahkan ke Dinkes: jumlah kueri sama", async () => {
    const f = [
      () => getMonitoringKurva(demo.instansiId, tw1),
      () => getMonitoringKurva(demo.instansiId, tw1, dinkes),
      () => getMonitoringPengisian(demo.instansiId, tw1),
      () => getMonitoringPengisian(demo.instansiId, tw1, dinkes),
    ];
    const n1 = [];
    for (const x of f) n1.push(await hitung(x));
    const sebelum = (await getMonitoringPengisian(demo.instansiId, tw1, dinkes))!.ringkas[0]!.pegawai;
    const p = demo.prisma;
    const induk = await p.jabatan.findFirstOrThrow({ where: { nama: "Kepala Bidang Kesehatan Masyarakat" }, select: { id: true, unitKerjaId: true, instansiId: true } });
    const semua = await p.unitKerja.findMany({ where: { instansiId: demo.instansiId }, select: { id: true, parentId: true } });
    const sub = new Set([dinkes]);
    for (let n = 0; n !== sub.size; ) {
      n = sub.size;
      for (const u of semua) if (u.parentId && sub.has(u.parentId)) sub.add(u.id);
    }
    const calon = await p.skp.findMany({
      where: { status: "DISETUJUI", periode: { tahun: TAHUN }, jabatan: { unitKerjaId: { notIn: [...sub] }, jenis: { in: ["PELAKSANA", "FUNGSIONAL"] } } },
      select: { pegawaiId: true, id: true },
      distinct: ["pegawaiId"],
      take: 3,
    });
    expect(calon).toHaveLength(3);
    for (const [i, c] of calon.entries()) {
      const j = await p.jabatan.create({ data: { instansiId: induk.instansiId, unitKerjaId: induk.unitKerjaId, parentId: induk.id, nama: `Staf monitoring ${i + 1}`, jenis: "PELAKSANA" }, select: { id: true } });
      await p.penugasanJabatan.updateMany({ where: { pegawaiId: c.pegawaiId, tmtSelesai: null }, data: { tmtSelesai: new Date(Date.UTC(TAHUN - 1, 11, 31)) } });
      await p.penugasanJabatan.create({ data: { pegawaiId: c.pegawaiId, jabatanId: j.id, jenis: "DEFINITIF", tmtMulai: new Date(Date.UTC(TAHUN, 0, 1)) } });
      await p.skp.update({ where: { id: c.id }, data: { jabatanId: j.id } });
    }
    expect((await getMonitoringPengisian(demo.instansiId, tw1, dinkes))!.ringkas[0]!.pegawai).toBe(sebelum + 3);
    const n2 = [];
    for (const x of f) n2.push(await hitung(x));
    expect(n2).toEqual(n1);
    expect(Math.max(...n1)).toBeLessThanOrEqual(10);
  });
});
