import "server-only";
// Set kolom ekspor TPP per instansi (issue #16 butir 2): buat, ubah, hapus. Otorisasi dari basis data (admin BKD
// instansi itu atau superadmin, can "kelola-periode"; set milik instansi lain = tidak ditemukan), perubahan dan
// jejak auditnya dalam satu transaksi. Paling banyak satu set bawaan per instansi.
import { prisma } from "@/lib/db";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import type { THapusSetKolom, TSimpanSetKolom } from "@/lib/tpp/schemas";

const PESAN_TOLAK = "Hanya admin BKD instansi ini yang dapat mengatur set kolom ekspor TPP.";
const PESAN_TIDAK_ADA = "Set kolom tidak ditemukan (mungkin sudah dihapus).";
export const BATAS_SET_KOLOM = 50;

export async function simpanSetKolom(aktor: Aktor, { instansiId, setId, nama, bawaan, urutan: kolom }: TSimpanSetKolom): Promise<Hasil<{ id: string }>> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId })) return gagal(PESAN_TOLAK);
  const [sama, jumlah] = await Promise.all([
    prisma.setKolomTpp.findUnique({ where: { instansiId_nama: { instansiId, nama } }, select: { id: true } }),
    setId ? Promise.resolve(0) : prisma.setKolomTpp.count({ where: { instansiId } }),
  ]);
  if (sama && sama.id !== setId) return gagal(PESAN_PERIKSA, { nama: [`Set kolom "${nama}" sudah ada. Pilih nama lain.`] });
  if (jumlah >= BATAS_SET_KOLOM) return gagal(`Paling banyak ${BATAS_SET_KOLOM} set kolom per instansi; hapus yang tidak dipakai.`);
  const id = await prisma.$transaction(async (tx) => {
    if (setId) {
      const lama = await tx.setKolomTpp.findFirst({ where: { id: setId, instansiId }, select: { nama: true, kolom: true, bawaan: true } });
      if (!lama) return null;
      if (bawaan) await tx.setKolomTpp.updateMany({ where: { instansiId, bawaan: true, id: { not: setId } }, data: { bawaan: false } });
      await tx.setKolomTpp.update({ where: { id: setId }, data: { nama, kolom, bawaan } });
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SET_KOLOM_TPP_DIUBAH", entitas: "SetKolomTpp", entitasId: setId, instansiId, data: { sebelum: lama, sesudah: { nama, kolom, bawaan } } });
      return setId;
    }
    if (bawaan) await tx.setKolomTpp.updateMany({ where: { instansiId, bawaan: true }, data: { bawaan: false } });
    const baru = await tx.setKolomTpp.create({ data: { instansiId, nama, kolom, bawaan }, select: { id: true } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SET_KOLOM_TPP_DIBUAT", entitas: "SetKolomTpp", entitasId: baru.id, instansiId, data: { nama, kolom, bawaan } });
    return baru.id;
  });
  if (!id) return gagal(PESAN_TIDAK_ADA);
  return berhasil({ id }, setId ? `Set kolom "${nama}" disimpan.` : `Set kolom "${nama}" dibuat.`);
}

export async function hapusSetKolom(aktor: Aktor, { instansiId, setId }: THapusSetKolom): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId })) return gagal(PESAN_TOLAK);
  const lama = await prisma.$transaction(async (tx) => {
    const ada = await tx.setKolomTpp.findFirst({ where: { id: setId, instansiId }, select: { nama: true, kolom: true, bawaan: true } });
    if (!ada) return null;
    await tx.setKolomTpp.delete({ where: { id: setId } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "SET_KOLOM_TPP_DIHAPUS", entitas: "SetKolomTpp", entitasId: setId, instansiId, data: ada });
    return ada;
  });
  if (!lama) return gagal(PESAN_TIDAK_ADA);
  return berhasil(undefined, `Set kolom "${lama.nama}" dihapus.`);
}
