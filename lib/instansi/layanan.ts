import "server-only";
// Instansi (hanya superadmin): daftar semua instansi dan membuat instansi baru beserta admin BKD pertamanya — pegawai
// baru dengan akun bersandi awal acak yang ditampilkan sekali dan wajib diganti saat pertama masuk.
import { prisma } from "@/lib/db";
import { can, type Aktor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { buatSandiAwal } from "@/lib/auth/sandi-awal";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip, uraiNip } from "@/lib/organisasi/nip";
import type { TInstansiBaru } from "@/lib/instansi/schemas";

export type BarisInstansi = { id: string; kode: string; nama: string; jenis: string; jabatanPimpinan: string; pegawai: number; admin: number };

/** Semua instansi dengan jumlah pegawai aktif dan admin BKD; satu pernyataan SQL. */
export async function getDaftarInstansi(): Promise<BarisInstansi[]> {
  const baris = await prisma.$queryRaw<(Omit<BarisInstansi, "pegawai" | "admin"> & { pegawai: bigint; admin: bigint })[]>`
    SELECT i.id, i.kode, i.nama, i.jenis::text AS jenis, i.jabatan_pimpinan AS "jabatanPimpinan",
           (SELECT COUNT(*) FROM pegawai p WHERE p.instansi_id = i.id AND p.aktif) AS pegawai,
           (SELECT COUNT(*) FROM peran_pengguna r WHERE r.instansi_id = i.id AND r.peran = 'ADMIN_INSTANSI') AS admin
    FROM instansi i ORDER BY i.nama LIMIT 500`;
  return baris.map((b) => ({ ...b, pegawai: Number(b.pegawai), admin: Number(b.admin) }));
}

export type HasilInstansiBaru = { instansiId: string; instansi: string; admin: { nip: string; nama: string; sandi: string } };

export async function buatInstansi(aktor: Aktor, input: TInstansiBaru): Promise<Hasil<HasilInstansiBaru>> {
  if (!can(aktor, { aksi: "kelola-instansi" })) return gagal("Hanya superadmin yang dapat membuat instansi.");
  const nip = uraiNip(input.adminNip);
  if (!nip.ok) return gagal(nip.pesan, { adminNip: [nip.pesan] });
  const [kodeAda, nipAda] = await Promise.all([
    prisma.instansi.findUnique({ where: { kode: input.kode }, select: { id: true } }),
    prisma.pegawai.findUnique({ where: { nip: input.adminNip }, select: { id: true } }),
  ]);
  const galat: Record<string, string[]> = {};
  if (kodeAda) galat.kode = ["Kode instansi ini sudah dipakai."];
  if (nipAda) galat.adminNip = ["NIP ini sudah terdaftar sebagai pegawai. Admin pertama instansi baru adalah pegawai baru."];
  if (Object.keys(galat).length) return gagal("Periksa kembali isian yang ditandai.", galat);
  const sandi = buatSandiAwal();
  const hash = await hashPassword(sandi);
  const h = await prisma.$transaction(async (tx) => {
    const ins = await tx.instansi.create({
      data: { kode: input.kode, nama: input.nama, jenis: input.jenis, jabatanPimpinan: input.jabatanPimpinan, namaPimpinan: input.namaPimpinan || null },
      select: { id: true, nama: true },
    });
    const p = await tx.pegawai.create({
      data: {
        instansiId: ins.id, nip: input.adminNip, status: nip.nip.jenis, gelarDepan: input.adminGelarDepan || null, nama: input.adminNama,
        gelarBelakang: input.adminGelarBelakang || null, tanggalLahir: nip.nip.tanggalLahir, jenisKelamin: nip.nip.jenisKelamin, golongan: input.adminGolongan,
        pengguna: { create: { passwordHash: hash, harusGantiSandi: true } },
      },
      select: { id: true, gelarDepan: true, nama: true, gelarBelakang: true, pengguna: { select: { id: true } } },
    });
    const penggunaId = p.pengguna!.id;
    await tx.peranPengguna.create({ data: { penggunaId, peran: "ADMIN_INSTANSI", instansiId: ins.id } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "INSTANSI_DIBUAT", entitas: "Instansi", entitasId: ins.id, data: { kode: input.kode, nama: input.nama }, instansiId: ins.id });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "AKUN_DIBUAT", entitas: "Pengguna", entitasId: penggunaId, data: { pegawaiId: p.id }, instansiId: ins.id });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PERAN_ADMIN_DIBERIKAN", entitas: "Pengguna", entitasId: penggunaId, data: { pegawaiId: p.id, instansiId: ins.id }, instansiId: ins.id });
    return { instansiId: ins.id, instansi: ins.nama, nama: formatNamaGelar(p) };
  });
  return berhasil(
    { instansiId: h.instansiId, instansi: h.instansi, admin: { nip: formatNip(input.adminNip), nama: h.nama, sandi } },
    `${h.instansi} dibuat dengan admin BKD ${h.nama}.`,
  );
}
