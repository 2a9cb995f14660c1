import "server-only";
// Templat ekspektasi khusus pimpinan (skp-domain §2): atasan menyimpan satu set ekspektasi BerAKHLAK lalu
// menerapkannya ke semua SKP bawahan yang ia nilai dan belum disetujui, sekaligus.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { hariIni } from "@/lib/organisasi/beranda";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import type { TTemplate, TTerapkanTemplate } from "@/lib/skp/schemas";

export type TemplatTampil = { id: string; nama: string; isi: Record<string, string>; updatedAt: Date };

const STATUS_TERBUKA = ["DRAFT", "DITOLAK", "DIAJUKAN"] as const;

function bacaIsi(v: unknown): Record<string, string> {
  if (!v || typeof v !== "object") return {};
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export async function getTemplat(aktor: Aktor): Promise<{ templat: TemplatTampil[]; sasaran: number }> {
  const [rows, sasaran] = await Promise.all([
    prisma.templateEkspektasi.findMany({ where: { pemilikPegawaiId: aktor.pegawaiId }, select: { id: true, nama: true, isi: true, updatedAt: true }, orderBy: { nama: "asc" } }),
    prisma.skp.count({ where: { penilaiPegawaiId: aktor.pegawaiId, status: { in: [...STATUS_TERBUKA] }, periode: { tahun: hariIni().getUTCFullYear() } } }),
  ]);
  return { templat: rows.map((r) => ({ ...r, isi: bacaIsi(r.isi) })), sasaran };
}

export async function simpanTemplat(aktor: Aktor, input: TTemplate): Promise<Hasil<{ id: string }>> {
  const isi = Object.fromEntries(NILAI_BERAKHLAK.map((n) => [n.kode, input.ekspektasi[n.kode]?.trim() ?? ""]).filter(([, t]) => t));
  if (Object.keys(isi).length === 0) return gagal("Isi minimal satu ekspektasi.", { ekspektasi: ["Isi minimal satu ekspektasi."] });
  const id = await prisma.$transaction(async (tx) => {
    const t = await tx.templateEkspektasi.upsert({
      where: { pemilikPegawaiId_nama: { pemilikPegawaiId: aktor.pegawaiId, nama: input.nama } },
      create: { pemilikPegawaiId: aktor.pegawaiId, nama: input.nama, isi },
      update: { isi },
      select: { id: true },
    });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "TEMPLAT_DISIMPAN", entitas: "TemplateEkspektasi", entitasId: t.id, data: { nama: input.nama, isi } });
    return t.id;
  });
  return berhasil({ id }, `Templat "${input.nama}" disimpan.`);
}

/** Menerapkan templat milik aktor ke setiap SKP tahun ini yang ia nilai dan belum disetujui. */
export async function terapkanTemplat(aktor: Aktor, input: TTerapkanTemplate): Promise<Hasil<{ jumlah: number }>> {
  const t = await prisma.templateEkspektasi.findFirst({ where: { id: input.templateId, pemilikPegawaiId: aktor.pegawaiId }, select: { id: true, nama: true, isi: true } });
  if (!t) return gagal("Templat tidak ditemukan.");
  const isi = bacaIsi(t.isi);
  const sasaran = await prisma.skp.findMany({
    where: { penilaiPegawaiId: aktor.pegawaiId, status: { in: [...STATUS_TERBUKA] }, periode: { tahun: hariIni().getUTCFullYear() } },
    select: { id: true },
  });
  if (sasaran.length === 0) return gagal("Tidak ada SKP bawahan yang belum disetujui untuk diberi ekspektasi.");
  await prisma.$transaction(async (tx) => {
    for (const n of NILAI_BERAKHLAK) {
      const teks = isi[n.kode];
      if (!teks) continue;
      await tx.perilakuSkp.updateMany({
        where: { skpId: { in: sasaran.map((s) => s.id) }, nilai: n.kode, skp: { status: { in: [...STATUS_TERBUKA] } } },
        data: { ekspektasi: teks },
      });
    }
    for (const s of sasaran) {
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "EKSPEKTASI_DIISI", entitas: "Skp", entitasId: s.id, data: { templat: t.nama } });
    }
  }, { timeout: 30_000 });
  return berhasil({ jumlah: sasaran.length }, `Templat "${t.nama}" diterapkan ke ${sasaran.length} SKP bawahan.`);
}
