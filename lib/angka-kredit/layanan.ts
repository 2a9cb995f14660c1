import "server-only";
// Admin BKD: tabel koefisien angka kredit per jenjang (dengan riwayat) dan jenjang jabatan fungsional. Otorisasi dari
// basis data (instansi jabatan dibaca dari barisnya, bukan dari formulir), perubahan dan jejak auditnya dalam satu
// transaksi.
import { prisma } from "@/lib/db";
import { catatAudit } from "@/lib/audit";
import { can, type Aktor } from "@/lib/auth/permissions";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { formatTanggal } from "@/lib/organisasi/format";
import { formatKoefisien, LABEL_JENJANG, miliDariTeks, teksDariMili } from "@/lib/angka-kredit/aturan";
import type { TTetapkanKoefisien, TUbahJenjang } from "@/lib/angka-kredit/schemas";

const TOLAK_KOEFISIEN = "Hanya admin BKD instansi ini yang dapat menetapkan koefisien angka kredit.";
const TOLAK_JABATAN = "Anda tidak berhak mengubah organisasi instansi ini.";
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Nilai baru dari suatu tanggal. Tanggal yang sudah punya nilai untuk jenjang itu diganti nilainya (jejak audit
 * menyimpan nilai lama); riwayat tanggal lain tidak berubah.
 */
export async function tetapkanKoefisien(aktor: Aktor, { instansiId, jenjang, koefisien, berlakuMulai }: TTetapkanKoefisien): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId })) return gagal(TOLAK_KOEFISIEN);
  const ada = await prisma.instansi.findUnique({ where: { id: instansiId }, select: { id: true } });
  if (!ada) return gagal(TOLAK_KOEFISIEN);
  const hasil = await prisma.$transaction(async (tx) => {
    const lama = await tx.koefisienAngkaKredit.findUnique({
      where: { instansiId_jenjang_berlakuMulai: { instansiId, jenjang, berlakuMulai } },
      select: { id: true, koefisien: true },
    });
    const lamaMili = lama ? miliDariTeks(lama.koefisien.toFixed(3)) : null;
    if (lama && lamaMili === koefisien) return { sama: true };
    const baris = lama
      ? await tx.koefisienAngkaKredit.update({ where: { id: lama.id }, data: { koefisien: teksDariMili(koefisien), dibuatOleh: aktor.penggunaId, createdAt: new Date() }, select: { id: true } })
      : await tx.koefisienAngkaKredit.create({ data: { instansiId, jenjang, koefisien: teksDariMili(koefisien), berlakuMulai, dibuatOleh: aktor.penggunaId }, select: { id: true } });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "KOEFISIEN_AK_DITETAPKAN",
      entitas: "KoefisienAngkaKredit",
      entitasId: baris.id,
      instansiId,
      data: { jenjang, berlakuMulai: iso(berlakuMulai), koefisien: teksDariMili(koefisien), dari: lamaMili === null ? null : teksDariMili(lamaMili) },
    });
    return { sama: false, ganti: lama !== null };
  });
  const teks = `${LABEL_JENJANG[jenjang]}: ${formatKoefisien(koefisien)} berlaku mulai ${formatTanggal(berlakuMulai)}`;
  if (hasil.sama) return berhasil(undefined, `${teks} sudah tercatat; tidak ada yang berubah.`);
  return berhasil(undefined, hasil.ganti ? `${teks} (menggantikan nilai pada tanggal yang sama).` : `${teks} disimpan.`);
}

/** Jenjang jabatan fungsional (hanya jabatan berjenis Fungsional yang masih aktif). */
export async function ubahJenjangJabatan(aktor: Aktor, { jabatanId, jenjang }: TUbahJenjang): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.findUnique({ where: { id: jabatanId }, select: { id: true, instansiId: true, jenis: true, jenjang: true, aktif: true, nama: true } });
    if (!j || !can(aktor, { aksi: "kelola-organisasi", instansiId: j.instansiId })) return gagal(TOLAK_JABATAN);
    if (!j.aktif) return gagal("Jabatan ini sudah ditutup dan tidak dapat diubah.");
    if (j.jenis !== "FUNGSIONAL" && jenjang) return gagal(PESAN_PERIKSA, { jenjang: ["Jenjang hanya untuk jabatan fungsional."] });
    const baru = jenjang ?? null;
    if (baru === j.jenjang) return berhasil(undefined, "Jenjang tidak berubah.");
    await tx.jabatan.update({ where: { id: j.id }, data: { jenjang: baru } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "JENJANG_JABATAN_DIUBAH", entitas: "Jabatan", entitasId: j.id, instansiId: j.instansiId, data: { dari: j.jenjang, ke: baru } });
    return berhasil(undefined, baru ? `Jenjang ${j.nama}: ${LABEL_JENJANG[baru]}.` : `Jenjang ${j.nama} dikosongkan.`);
  });
}
