import "server-only";
// Pengelolaan akun pegawai oleh admin BKD: aktivasi massal dengan kata sandi awal sekali tampil, menonaktifkan dan
// mengaktifkan kembali, memberi/mencabut peran admin BKD. Instansi dan peran sasaran selalu dibaca dari basis data.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { can, bolehAturUlangSandi, type Aktor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { buatSandiAwal } from "@/lib/auth/sandi-awal";
import { cabutSemuaSesi } from "@/lib/auth/sesi";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { BATAS_AKTIVASI, putuskanCabutAdmin } from "@/lib/akun/aturan";
import { saringanCari } from "@/lib/akun/baca";
import { buatLembarSandiAwal } from "@/lib/akun/excel";
import type { TAktivasiAkun, TPeranAdmin, TUbahAktifAkun } from "@/lib/akun/schemas";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";

const TIDAK_ADA = "Pegawai tidak ditemukan di instansi Anda.";

export type HasilAktivasi = {
  akun: { nip: string; nama: string; sandi: string }[];
  /** Lembar Excel (base64) dari hasil yang sama; dibuat sekali di aksi ini, tidak disimpan di server. */
  berkas: string;
  namaBerkas: string;
  /** Pegawai yang masih belum punya akun menurut pilihan yang sama (melebihi batas sekali aktivasi). */
  sisa: number;
};

/** Hash scrypt dijalankan beberapa sekaligus (kolam utas libuv), bukan satu per satu. */
async function hashSemua(sandi: string[], paralel = 4): Promise<string[]> {
  const hasil: string[] = new Array(sandi.length);
  let i = 0;
  await Promise.all(
    Array.from({ length: Math.min(paralel, sandi.length) }, async () => {
      while (i < sandi.length) {
        const n = i++;
        hasil[n] = await hashPassword(sandi[n]!);
      }
    }),
  );
  return hasil;
}

/**
 * Membuat akun untuk pegawai (aktif) instansi yang belum punya akun: yang dicentang, atau semua menurut pencarian.
 * Setiap akun mendapat kata sandi awal acak dan wajib menggantinya saat pertama masuk. Sandi hanya ada di hasil ini
 * (layar dan lembar Excel yang dibuat di sini); basis data hanya menyimpan hash-nya. Pegawai yang sementara itu sudah
 * dibuatkan akun oleh admin lain dilewati (tidak diberi sandi baru).
 */
export async function aktifkanAkunMassal(aktor: Aktor, input: TAktivasiAkun, sekarang = new Date()): Promise<Hasil<HasilAktivasi>> {
  if (!can(aktor, { aksi: "kelola-akun", instansiId: input.instansiId })) return gagal("Anda tidak berwenang mengelola akun instansi ini.");
  const instansi = await prisma.instansi.findUnique({ where: { id: input.instansiId }, select: { nama: true } });
  if (!instansi) return gagal("Instansi tidak ditemukan.");
  const where: Prisma.PegawaiWhereInput = {
    instansiId: input.instansiId,
    aktif: true,
    pengguna: { is: null },
    ...(input.semua === "1" ? saringanCari(input.q) : { id: { in: input.pegawaiId } }),
  };
  const [calon, total] = await Promise.all([
    prisma.pegawai.findMany({
      where,
      select: { id: true, nip: true, gelarDepan: true, nama: true, gelarBelakang: true },
      orderBy: [{ nama: "asc" }, { id: "asc" }],
      take: BATAS_AKTIVASI,
    }),
    prisma.pegawai.count({ where }),
  ]);
  if (calon.length === 0) {
    return gagal(
      input.semua === "1" ? "Tidak ada pegawai tanpa akun yang cocok dengan pencarian ini." : "Pegawai yang dipilih sudah punya akun atau tidak ada di instansi Anda.",
      { pegawaiId: ["Pilih pegawai yang belum punya akun."] },
    );
  }
  const sandi = calon.map(() => buatSandiAwal());
  const hash = await hashSemua(sandi);
  const dibuat = await prisma.$transaction(async (tx) => {
    const baru = await tx.pengguna.createManyAndReturn({
      data: calon.map((p, i) => ({ pegawaiId: p.id, passwordHash: hash[i]!, harusGantiSandi: true, aktif: true })),
      skipDuplicates: true,
      select: { id: true, pegawaiId: true },
    });
    for (const b of baru) {
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "AKUN_DIBUAT", entitas: "Pengguna", entitasId: b.id, data: { pegawaiId: b.pegawaiId }, instansiId: input.instansiId });
    }
    return new Set(baru.map((b) => b.pegawaiId));
  });
  const akun = calon.flatMap((p, i) => (dibuat.has(p.id) ? [{ nip: formatNip(p.nip), nama: formatNamaGelar(p), sandi: sandi[i]! }] : []));
  if (akun.length === 0) return gagal("Pegawai yang dipilih baru saja dibuatkan akun oleh admin lain.");
  const lembar = await buatLembarSandiAwal({ instansi: instansi.nama, dibuat: sekarang, baris: akun });
  const tgl = sekarang.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const sisa = Math.max(0, total - calon.length);
  return berhasil(
    { akun, berkas: Buffer.from(lembar).toString("base64"), namaBerkas: `sandi-awal-${tgl}.xlsx`, sisa },
    `${akun.length} akun dibuat.${sisa > 0 ? ` Masih ${sisa} pegawai tanpa akun (paling banyak ${BATAS_AKTIVASI} sekali aktivasi): ulangi untuk berikutnya.` : ""}`,
  );
}

/** Sasaran pengelolaan: pegawai beserta akun dan perannya, bila aktor boleh mengelola akun instansinya. */
async function muatSasaran(aktor: Aktor, pegawaiId: string) {
  const p = await prisma.pegawai.findUnique({
    where: { id: pegawaiId },
    select: {
      id: true,
      instansiId: true,
      gelarDepan: true,
      nama: true,
      gelarBelakang: true,
      pengguna: { select: { id: true, aktif: true, peran: { select: { id: true, peran: true, instansiId: true } } } },
    },
  });
  // Pegawai instansi lain tidak dibedakan dari id yang tidak ada.
  if (!p || !can(aktor, { aksi: "kelola-akun", instansiId: p.instansiId })) return null;
  return p;
}

/** Menonaktifkan akun (semua sesinya dicabut; tidak dapat masuk) atau mengaktifkannya kembali. */
export async function ubahAktifAkun(aktor: Aktor, input: TUbahAktifAkun): Promise<Hasil> {
  const p = await muatSasaran(aktor, input.pegawaiId);
  if (!p) return gagal(TIDAK_ADA);
  if (!p.pengguna) return gagal("Pegawai ini belum punya akun.");
  if (p.pengguna.id === aktor.penggunaId) return gagal("Akun Anda sendiri tidak dapat dinonaktifkan atau diaktifkan di sini.");
  if (!bolehAturUlangSandi(aktor, p.pengguna.peran.map((r) => r.peran))) return gagal("Akun admin BKD atau superadmin hanya dapat dinonaktifkan oleh superadmin.");
  const aktif = input.aktif === "1";
  const penggunaId = p.pengguna.id;
  const hasil = await prisma.$transaction(async (tx) => {
    const r = await tx.pengguna.updateMany({ where: { id: penggunaId, aktif: !aktif }, data: { aktif } });
    if (r.count === 0) return null;
    const dicabut = aktif ? 0 : await cabutSemuaSesi(penggunaId, "NONAKTIF", tx);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: aktif ? "AKUN_DIAKTIFKAN" : "AKUN_DINONAKTIFKAN", entitas: "Pengguna", entitasId: penggunaId, data: { pegawaiId: p.id, sesiDicabut: dicabut }, instansiId: p.instansiId });
    return dicabut;
  });
  const nama = formatNamaGelar(p);
  if (hasil === null) return gagal(aktif ? `Akun ${nama} sudah aktif.` : `Akun ${nama} sudah nonaktif.`);
  return berhasil(undefined, aktif ? `Akun ${nama} diaktifkan kembali.` : `Akun ${nama} dinonaktifkan; ${hasil} sesi masuknya diakhiri.`);
}

/**
 * Memberi atau mencabut peran admin BKD (ADMIN_INSTANSI) atas instansi pegawai itu sendiri — hanya oleh admin
 * instansi itu atau superadmin. Instansi tidak pernah ditinggal tanpa admin aktif (dikunci per instansi agar dua
 * pencabutan serentak tidak sama-sama lolos).
 */
export async function aturPeranAdmin(aktor: Aktor, input: TPeranAdmin): Promise<Hasil> {
  const p = await muatSasaran(aktor, input.pegawaiId);
  if (!p) return gagal(TIDAK_ADA);
  if (!p.pengguna) return gagal("Pegawai ini belum punya akun. Aktifkan akunnya lebih dulu.");
  const pengguna = p.pengguna;
  const nama = formatNamaGelar(p);
  if (input.beri === "1") {
    if (!pengguna.aktif) return gagal("Akun ini nonaktif. Aktifkan kembali lebih dulu.");
    return prisma.$transaction(async (tx) => {
      const r = await tx.peranPengguna.createMany({ data: [{ penggunaId: pengguna.id, peran: "ADMIN_INSTANSI", instansiId: p.instansiId }], skipDuplicates: true });
      if (r.count === 0) return gagal(`${nama} sudah admin BKD.`);
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PERAN_ADMIN_DIBERIKAN", entitas: "Pengguna", entitasId: pengguna.id, data: { pegawaiId: p.id, instansiId: p.instansiId }, instansiId: p.instansiId });
      return berhasil(undefined, `${nama} sekarang admin BKD.`);
    });
  }
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM instansi WHERE id = ${p.instansiId}::uuid FOR UPDATE`;
    const lain = await tx.peranPengguna.count({
      where: { peran: "ADMIN_INSTANSI", instansiId: p.instansiId, penggunaId: { not: pengguna.id }, pengguna: { aktif: true, pegawai: { aktif: true } } },
    });
    const putusan = putuskanCabutAdmin({ diriSendiri: pengguna.id === aktor.penggunaId, adminAktifLain: lain });
    if (!putusan.boleh) return gagal(putusan.pesan);
    const r = await tx.peranPengguna.deleteMany({ where: { penggunaId: pengguna.id, peran: "ADMIN_INSTANSI", instansiId: p.instansiId } });
    if (r.count === 0) return gagal(`${nama} bukan admin BKD.`);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PERAN_ADMIN_DICABUT", entitas: "Pengguna", entitasId: pengguna.id, data: { pegawaiId: p.id, instansiId: p.instansiId }, instansiId: p.instansiId });
    return berhasil(undefined, pengguna.id === aktor.penggunaId ? "Peran admin BKD Anda dicabut." : `Peran admin BKD ${nama} dicabut.`);
  });
}
