import "server-only";
// Tahun kinerja instansi dan ritme evaluasi periodiknya (skp-domain §1.2), diatur admin BKD.
import { prisma } from "@/lib/db";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import type { TPeriode } from "@/lib/skp/schemas";

export async function getPeriodeInstansi(instansiId: string) {
  // Jumlah SKP per tahun dengan GROUP BY atas SKP instansi ini saja (_count Prisma menghitung seluruh tabel skp).
  const [periode, jumlah] = await Promise.all([
    prisma.periodeKinerja.findMany({ where: { instansiId }, select: { id: true, tahun: true, mulai: true, selesai: true, ritme: true }, orderBy: { tahun: "desc" } }),
    prisma.skp.groupBy({ by: ["periodeId"], where: { periode: { instansiId } }, _count: { _all: true } }),
  ]);
  const per = new Map(jumlah.map((j) => [j.periodeId, j._count._all]));
  return periode.map((p) => ({ ...p, _count: { skp: per.get(p.id) ?? 0 } }));
}

export async function aturPeriode(aktor: Aktor, input: TPeriode): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId: input.instansiId })) return gagal("Anda tidak berhak mengatur periode instansi ini.");
  const mulai = new Date(Date.UTC(input.tahun, 0, 1));
  const selesai = new Date(Date.UTC(input.tahun, 11, 31));
  const ada = await prisma.periodeKinerja.findUnique({
    where: { instansiId_tahun: { instansiId: input.instansiId, tahun: input.tahun } },
    select: { id: true, ritme: true, periodeEvaluasi: { select: { _count: { select: { rencanaAksi: true, realisasi: true } } } } },
  });
  const terisi = ada?.periodeEvaluasi.some((p) => p._count.rencanaAksi + p._count.realisasi > 0) ?? false;
  if (ada && ada.ritme !== input.ritme && terisi) {
    return gagal(`Ritme evaluasi ${input.tahun} tidak dapat diubah karena rencana aksi atau realisasi sudah diisi pada periode evaluasinya.`);
  }
  await prisma.$transaction(async (tx) => {
    const lama = await tx.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: input.instansiId, tahun: input.tahun } }, select: { ritme: true } });
    // Periode evaluasi yang masih kosong dibuat ulang dari ritme baru (lihat pastikanPeriodeEvaluasi).
    if (ada && lama && lama.ritme !== input.ritme) await tx.periodeEvaluasi.deleteMany({ where: { periodeKinerjaId: ada.id } });
    const p = await tx.periodeKinerja.upsert({
      where: { instansiId_tahun: { instansiId: input.instansiId, tahun: input.tahun } },
      create: { instansiId: input.instansiId, tahun: input.tahun, mulai, selesai, ritme: input.ritme },
      update: { ritme: input.ritme },
      select: { id: true },
    });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PERIODE_DIATUR", entitas: "PeriodeKinerja", entitasId: p.id, data: { tahun: input.tahun, dari: lama?.ritme ?? null, ke: input.ritme } });
  });
  return berhasil(undefined, `Periode ${input.tahun} disimpan.`);
}
