// Daftar SKP admin BKD (lib/skp/daftar-admin.ts) pada data demo: jumlah per status, total, urutan nama, halaman,
// pencarian nama/NIP dan saringan OPD/status sama dengan hitungan langsung dari tabel skp.
import { beforeAll, describe, expect, it } from "vitest";
import { getDaftarSkpAdmin, STATUS_DAFTAR, UKURAN_HALAMAN_SKP } from "@/lib/skp/daftar-admin";
import { siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
type Skp = { id: string; status: string; nama: string; nip: string; unit: string; mulai: Date; versi: number };
let semua: Skp[] = [];

beforeAll(async () => {
  demo = await siapkanDemo();
  semua = await demo.prisma.$queryRaw<Skp[]>`
    SELECT s.id::text, s.status::text, p.nama, p.nip, j.unit_kerja_id::text AS unit, s.mulai, s.versi FROM skp s
    JOIN pegawai p ON p.id = s.pegawai_id JOIN jabatan j ON j.id = s.jabatan_id JOIN periode_kinerja pk ON pk.id = s.periode_id
    WHERE pk.instansi_id = ${demo.instansiId}::uuid AND pk.tahun = ${TAHUN} AND s.status <> 'DIGANTI'
    ORDER BY p.nama, s.mulai, s.versi DESC`;
});

describe("daftar SKP admin", () => {
  it("jumlah per status dan total sama dengan hitungan langsung; baris urut nama", async () => {
    const d = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: 1 });
    expect(semua.length).toBeGreaterThan(10);
    expect(d.total).toBe(semua.length);
    for (const st of STATUS_DAFTAR) expect(d.perStatus[st], st).toBe(semua.filter((x) => x.status === st).length);
    expect(d.baris.map((b) => b.id)).toEqual(semua.slice(0, UKURAN_HALAMAN_SKP).map((x) => x.id));
    expect(d.baris.every((b) => b.nama.length > 0 && b.nip)).toBe(true);
  });

  it("saringan status, pencarian nama dan awalan NIP, saringan OPD", async () => {
    const disetujui = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: 1, status: "DISETUJUI" });
    expect(disetujui.total).toBe(semua.filter((x) => x.status === "DISETUJUI").length);
    expect(disetujui.baris.every((b) => b.status === "DISETUJUI")).toBe(true);
    const contoh = semua[0]!;
    const kata = contoh.nama.split(" ")[0]!.toLowerCase();
    const cari = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: 1, q: kata });
    expect(cari.total).toBe(semua.filter((x) => x.nama.toLowerCase().includes(kata)).length);
    const nip = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: 1, q: contoh.nip.slice(0, 8) });
    expect(nip.baris.map((b) => b.id)).toContain(contoh.id);
    const dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
    const unitDinkes = new Set((await demo.prisma.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE t AS (SELECT id FROM unit_kerja WHERE id = ${dinkes}::uuid UNION ALL SELECT u.id FROM unit_kerja u JOIN t ON u.parent_id = t.id) SELECT id::text FROM t`).map((r) => r.id));
    const opd = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: 1, opdId: dinkes });
    expect(opd.total).toBe(semua.filter((x) => unitDinkes.has(x.unit)).length);
    expect(opd.total).toBeGreaterThan(0);
  });

  it("SKP pegawai yang pindah ke instansi lain tetap terhitung dan tampil di akhir daftar", async () => {
    const lain = await demo.prisma.instansi.create({ data: { kode: "UJI-PINDAH", nama: "Pemerintah Kota Uji", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota Uji" }, select: { id: true } });
    const pindah = semua[0]!;
    const peg = await demo.prisma.skp.findUniqueOrThrow({ where: { id: pindah.id }, select: { pegawaiId: true } });
    await demo.prisma.pegawai.update({ where: { id: peg.pegawaiId }, data: { instansiId: lain.id } });
    try {
      const halamanAkhir = Math.ceil(semua.length / UKURAN_HALAMAN_SKP);
      const d = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN, halaman: halamanAkhir });
      expect(d.total).toBe(semua.length);
      const diPindah = semua.filter((x) => x.nip === pindah.nip).map((x) => x.id);
      const sisa = semua.filter((x) => x.nip !== pindah.nip).map((x) => x.id);
      expect(d.baris.map((b) => b.id)).toEqual([...sisa, ...diPindah].slice((halamanAkhir - 1) * UKURAN_HALAMAN_SKP));
    } finally {
      await demo.prisma.pegawai.update({ where: { id: peg.pegawaiId }, data: { instansiId: demo.instansiId } });
    }
  });

  it("tahun tanpa periode kinerja: kosong, bukan galat", async () => {
    const d = await getDaftarSkpAdmin(demo.instansiId, { tahun: TAHUN - 5, halaman: 1 });
    expect(d).toMatchObject({ total: 0, baris: [] });
    expect(d.opd.length).toBeGreaterThan(0);
  });
});
