import "server-only";
// Admin BKD (issue #15): daftar hari libur instansi per tahun dan aturan progres harian (tenggat N hari kerja, batas
// jam sehari). Otorisasi dari basis data (admin instansi itu atau superadmin, can "kelola-periode"), perubahan dan
// jejak auditnya dalam satu transaksi. Mengubah daftar libur tidak mengubah terlambatHari entri yang sudah ada
// (dihitung sekali saat entri dibuat, lib/progres-harian/layanan.ts).
import { prisma } from "@/lib/db";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { aturanProgres } from "@/lib/progres-harian/layanan";
import { isoTanggal } from "@/lib/progres-harian/kalender";
import { bacaTempelanLibur, peringatanAkhirPekan, pesanGalatBaris, tanggalBerhari, type JenisLibur } from "@/lib/progres-harian/libur-teks";
import type { TAturanProgres, THapusLibur, TImporLibur, TTambahLibur } from "@/lib/progres-harian/schemas";

const PESAN_TOLAK = "Hanya admin BKD instansi ini yang dapat mengatur hari libur dan aturan progres harian.";
const bolehKelola = (aktor: Aktor, instansiId: string) => can(aktor, { aksi: "kelola-periode", instansiId });

export type HariLiburAdmin = { tanggal: string; nama: string; jenis: JenisLibur; akhirPekan: boolean };

/** Hari libur instansi dalam satu tahun, urut tanggal. */
export async function daftarLiburTahun(instansiId: string, tahun: number): Promise<HariLiburAdmin[]> {
  const baris = await prisma.hariLibur.findMany({
    where: { instansiId, tanggal: { gte: new Date(Date.UTC(tahun, 0, 1)), lte: new Date(Date.UTC(tahun, 11, 31)) } },
    select: { tanggal: true, nama: true, jenis: true },
    orderBy: { tanggal: "asc" },
  });
  return baris.map((b) => ({ tanggal: isoTanggal(b.tanggal), nama: b.nama, jenis: b.jenis, akhirPekan: b.tanggal.getUTCDay() % 6 === 0 }));
}

export async function tambahLibur(aktor: Aktor, { instansiId, tanggal, nama, jenis }: TTambahLibur): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const ada = await prisma.hariLibur.findUnique({ where: { instansiId_tanggal: { instansiId, tanggal } }, select: { nama: true } });
  if (ada) return gagal(PESAN_PERIKSA, { tanggal: [`${tanggalBerhari(tanggal)} sudah ada di daftar libur (${ada.nama}). Hapus dahulu bila ingin mengganti.`] });
  await prisma.$transaction(async (tx) => {
    await tx.hariLibur.create({ data: { instansiId, tanggal, nama, jenis } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "HARI_LIBUR_DITAMBAH", entitas: "Instansi", entitasId: instansiId, instansiId, data: { tanggal: isoTanggal(tanggal), nama, jenis } });
  });
  const peringatan = peringatanAkhirPekan(tanggal);
  return berhasil(undefined, `${tanggalBerhari(tanggal)} ditambahkan ke daftar libur.${peringatan ? ` Perhatian: ${peringatan}` : ""}`);
}

export async function hapusLibur(aktor: Aktor, { instansiId, tanggal }: THapusLibur): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const hasil = await prisma.$transaction(async (tx) => {
    const lama = await tx.hariLibur.findUnique({ where: { instansiId_tanggal: { instansiId, tanggal } }, select: { nama: true, jenis: true } });
    if (!lama) return null;
    await tx.hariLibur.delete({ where: { instansiId_tanggal: { instansiId, tanggal } } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "HARI_LIBUR_DIHAPUS", entitas: "Instansi", entitasId: instansiId, instansiId, data: { tanggal: isoTanggal(tanggal), ...lama } });
    return lama;
  });
  if (!hasil) return gagal("Tanggal itu tidak ada di daftar libur instansi (mungkin sudah dihapus).");
  return berhasil(undefined, `${tanggalBerhari(tanggal)} (${hasil.nama}) dihapus dari daftar libur.`);
}

/**
 * Tempelan massal: semua baris sah atau tidak ada yang disimpan. Tanggal yang sudah ada diperbarui keterangan dan
 * jenisnya (tempel ulang daftar yang sama tidak menambah apa pun).
 */
export async function imporLibur(aktor: Aktor, { instansiId, teks }: TImporLibur): Promise<Hasil<{ baru: number; diperbarui: number; peringatan: string[] }>> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const r = bacaTempelanLibur(teks);
  if (!r.ok) return gagal(`Tidak ada yang disimpan: ${r.galat.length} baris perlu diperbaiki.`, { teks: [pesanGalatBaris(r.galat).join("\n")] });
  const hasil = await prisma.$transaction(async (tx) => {
    const ada = await tx.hariLibur.findMany({ where: { instansiId, tanggal: { in: r.daftar.map((d) => d.tanggal) } }, select: { tanggal: true, nama: true, jenis: true } });
    const lama = new Map(ada.map((a) => [isoTanggal(a.tanggal), a]));
    const baru = r.daftar.filter((d) => !lama.has(isoTanggal(d.tanggal)));
    const ubah = r.daftar.filter((d) => {
      const l = lama.get(isoTanggal(d.tanggal));
      return l && (l.nama !== d.nama || l.jenis !== d.jenis);
    });
    if (baru.length > 0) await tx.hariLibur.createMany({ data: baru.map((d) => ({ instansiId, ...d })) });
    for (const d of ubah) await tx.hariLibur.update({ where: { instansiId_tanggal: { instansiId, tanggal: d.tanggal } }, data: { nama: d.nama, jenis: d.jenis } });
    if (baru.length + ubah.length > 0) {
      await catatAudit(tx, {
        penggunaId: aktor.penggunaId,
        aksi: "HARI_LIBUR_DIIMPOR",
        entitas: "Instansi",
        entitasId: instansiId,
        instansiId,
        data: {
          baru: baru.map((d) => ({ tanggal: isoTanggal(d.tanggal), nama: d.nama, jenis: d.jenis })),
          diperbarui: ubah.map((d) => {
            const l = lama.get(isoTanggal(d.tanggal))!;
            return { tanggal: isoTanggal(d.tanggal), nama: d.nama, jenis: d.jenis, dari: { nama: l.nama, jenis: l.jenis } };
          }),
        },
      });
    }
    return { baru: baru.length, diperbarui: ubah.length };
  });
  const pesan =
    hasil.baru + hasil.diperbarui === 0
      ? `Semua ${r.daftar.length} tanggal sudah ada di daftar dengan isi yang sama; tidak ada yang berubah.`
      : `${hasil.baru} hari libur ditambahkan${hasil.diperbarui ? `, ${hasil.diperbarui} diperbarui` : ""}.${r.peringatan.length ? ` Perhatian: ${r.peringatan.length} tanggal jatuh pada akhir pekan.` : ""}`;
  return berhasil({ ...hasil, peringatan: r.peringatan }, pesan);
}

export async function simpanAturanProgres(aktor: Aktor, { instansiId, tenggatHari, maksJam }: TAturanProgres): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const lama = await aturanProgres(instansiId);
  const data = { progresTenggatHari: tenggatHari, progresMaksJam: maksJam };
  await prisma.$transaction(async (tx) => {
    await tx.pengaturanPenilaian.upsert({ where: { instansiId }, create: { instansiId, ...data }, update: data });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PENGATURAN_PROGRES_DIUBAH", entitas: "Instansi", entitasId: instansiId, instansiId, data: { dari: lama, ke: { tenggatHari, maksJam } } });
  });
  return berhasil(undefined, `Aturan progres harian disimpan: tenggat ${tenggatHari} hari kerja, paling banyak ${maksJam} jam sehari.`);
}
