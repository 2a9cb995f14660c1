// Data demo capaian kinerja organisasi dan kurva distribusi Triwulan I (skp-domain.md §5), dijalankan sesudah
// seedPenilaianDemo di dalam transaksi seedDemo. Hanya modul murni (tanpa "server-only").
// - Dinas Kesehatan: capaian Baik; penilaian masih berjalan (tim Hj. Nurlaela belum dinilai, untuk dicoba).
// - Dinas Komunikasi dan Informatika: capaian Butuh Perbaikan; kelompok yang difinalkan sesudahnya melanggar kurva
//   sehingga difinalkan dengan alasan pengecualian (tampil di daftar admin BKD), dan karena seluruh populasinya final,
//   capaian dan distribusinya dibekukan (penetapan).
// - Sekretariat Daerah dan BKPSDM: capaian belum ditetapkan.
import type { Prisma } from "@/generated/prisma/client";
import { hitungJumlah, periksaPopulasi, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import type { Predikat } from "@/lib/penilaian/kuadran";
import { unitKurva } from "@/lib/penilaian/organisasi";

export type KonteksKurvaDemo = { instansiId: string; tahun: number; sekarang: number; adminPenggunaId: string };

const CAPAIAN: { unit: string; predikat: PredikatOrganisasi; dasar: string; atasNama: string; hariSetelahTriwulan: number }[] = [
  {
    unit: "Dinas Kesehatan",
    predikat: "BAIK",
    dasar: "Laporan capaian rencana aksi Triwulan I Dinas Kesehatan: 92 % rencana aksi terlaksana sesuai target; nota dinas Sekretaris Daerah.",
    atasNama: "Sekretaris Daerah",
    hariSetelahTriwulan: 3,
  },
  {
    unit: "Dinas Komunikasi dan Informatika",
    predikat: "BUTUH_PERBAIKAN",
    dasar: "Evaluasi rencana aksi Triwulan I: pembangunan pusat data dan integrasi layanan terlambat dari jadwal; nota dinas Sekretaris Daerah.",
    atasNama: "Sekretaris Daerah",
    hariSetelahTriwulan: 3,
  },
];

const ALASAN_OVERRIDE =
  "Capaian individu tim melampaui target walau capaian dinas Butuh Perbaikan karena keterlambatan proyek pusat data di luar kendali tim. Kalibrasi terhadap kurva dilakukan mulai Triwulan II, sesuai rapat pimpinan 5 April.";

export async function seedKurvaDemo(tx: Prisma.TransactionClient, k: KonteksKurvaDemo): Promise<{ capaian: number; finalisasi: number; override: number }> {
  const akhirTw1 = Date.UTC(k.tahun, 2, 31, 2);
  if (k.sekarang < akhirTw1 + 12 * 86_400_000) return { capaian: 0, finalisasi: 0, override: 0 };
  const [units, jabatan, pk] = await Promise.all([
    tx.unitKerja.findMany({ where: { instansiId: k.instansiId }, select: { id: true, parentId: true, jenis: true, nama: true } }),
    tx.jabatan.findMany({ where: { instansiId: k.instansiId }, select: { id: true, parentId: true, unitKerjaId: true } }),
    tx.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: k.instansiId, tahun: k.tahun } }, select: { id: true } }),
  ]);
  const simpulUnit = new Map(units.map((u) => [u.id, u]));
  const simpulJabatan = new Map(jabatan.map((j) => [j.id, j]));
  const unitNama = new Map(units.map((u) => [u.nama, u.id]));
  const evaluasi = await tx.evaluasiKinerja.findMany({
    where: { kode: "TW1", skp: { periodeId: pk.id } },
    select: { id: true, status: true, predikat: true, finalAt: true, penilaiPegawaiId: true, finalOleh: true, skp: { select: { jabatanId: true } } },
  });
  const skpTw1 = await tx.skp.findMany({
    where: { periodeId: pk.id, status: "DISETUJUI", mulai: { lte: new Date(Date.UTC(k.tahun, 2, 31)) } },
    select: { id: true, jabatanId: true },
  });
  // Unit kurva setiap evaluasi (cakupan bawaan: OPD).
  for (const e of evaluasi) {
    const u = unitKurva(simpulJabatan, simpulUnit, e.skp.jabatanId, "OPD");
    if (u) await tx.evaluasiKinerja.update({ where: { id: e.id }, data: { unitCapaianId: u } });
  }

  const audit: Prisma.JejakAuditCreateManyInput[] = [];
  let finalisasi = 0;
  let override = 0;
  for (const c of CAPAIAN) {
    const unitId = unitNama.get(c.unit);
    if (!unitId) continue;
    const t = new Date(akhirTw1 + c.hariSetelahTriwulan * 86_400_000);
    const row = await tx.capaianOrganisasi.create({
      data: { instansiId: k.instansiId, unitKerjaId: unitId, tahun: k.tahun, kode: "TW1", predikat: c.predikat, dasar: c.dasar, atasNama: c.atasNama, dicatatOleh: k.adminPenggunaId, createdAt: t },
      select: { id: true },
    });
    audit.push({ penggunaId: k.adminPenggunaId, aksi: "CAPAIAN_ORGANISASI_DITETAPKAN", entitas: "UnitKerja", entitasId: unitId, data: { capaianId: row.id, tahun: k.tahun, kode: "TW1", dari: null, ke: c.predikat, dokumen: null }, createdAt: t });

    // Kelompok finalisasi yang sudah terjadi di unit ini: per penilai × waktu final, berurutan, dengan pemeriksaan kurva
    // atas populasi (SKP disetujui yang dihitung di unit ini) seperti pada aplikasi.
    const populasi = skpTw1.filter((s) => unitKurva(simpulJabatan, simpulUnit, s.jabatanId, "OPD") === unitId).length;
    const final = evaluasi
      .filter((e) => e.status === "FINAL" && e.finalAt && unitKurva(simpulJabatan, simpulUnit, e.skp.jabatanId, "OPD") === unitId)
      .sort((a, b) => a.finalAt!.getTime() - b.finalAt!.getTime());
    const kelompok = new Map<string, typeof final>();
    for (const e of final) {
      const kunci = `${e.penilaiPegawaiId}|${e.finalAt!.getTime()}`;
      (kelompok.get(kunci) ?? kelompok.set(kunci, []).get(kunci)!).push(e);
    }
    const sudah: (Predikat | null)[] = [];
    for (const g of kelompok.values()) {
      sudah.push(...g.map((e) => e.predikat));
      const h = periksaPopulasi(c.predikat, hitungJumlah(sudah), Math.max(0, populasi - sudah.length));
      const dilanggar = !h.ok;
      const f = await tx.finalisasiPenilaian.create({
        data: {
          instansiId: k.instansiId,
          unitCapaianId: unitId,
          tahun: k.tahun,
          kode: "TW1",
          penilaiPegawaiId: g[0]!.penilaiPegawaiId,
          capaian: c.predikat,
          jumlah: hitungJumlah(sudah) as unknown as Prisma.InputJsonValue,
          pelanggaran: h.pelanggaran.map((p) => p.pesan),
          alasanOverride: dilanggar ? ALASAN_OVERRIDE : null,
          dibuatOleh: g[0]!.finalOleh ?? k.adminPenggunaId,
          createdAt: g[0]!.finalAt!,
        },
        select: { id: true },
      });
      await tx.evaluasiKinerja.updateMany({ where: { id: { in: g.map((e) => e.id) } }, data: { finalisasiId: f.id } });
      finalisasi += 1;
      if (dilanggar) override += 1;
      if (h.sisa === 0) {
        const p = periksaPopulasi(c.predikat, hitungJumlah(sudah), 0);
        await tx.penetapanDistribusi.create({
          data: { instansiId: k.instansiId, unitKerjaId: unitId, tahun: k.tahun, kode: "TW1", capaian: c.predikat, jumlah: hitungJumlah(sudah) as unknown as Prisma.InputJsonValue, pelanggaran: p.pelanggaran.map((x) => x.pesan), ditetapkanAt: g[0]!.finalAt! },
        });
        audit.push({ penggunaId: g[0]!.finalOleh, aksi: "DISTRIBUSI_DITETAPKAN", entitas: "UnitKerja", entitasId: unitId, data: { tahun: k.tahun, kode: "TW1", capaian: c.predikat, jumlah: hitungJumlah(sudah) as unknown as Prisma.InputJsonValue }, createdAt: g[0]!.finalAt! });
      }
    }
  }
  await tx.jejakAudit.createMany({ data: audit });
  return { capaian: CAPAIAN.length, finalisasi, override };
}
