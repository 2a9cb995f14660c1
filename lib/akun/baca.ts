import "server-only";
// Daftar akun pegawai satu instansi untuk admin BKD: cari nama/NIP, saring keadaan akun, halaman keyset (nama, id).
// Kueri tetap: jumlah per keadaan (1, FILTER), satu halaman baris (1).
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { statusAkun, type StatusAkun } from "@/lib/akun/aturan";
import { kodeKursorNama, uraiKursorNama } from "@/lib/kursor";

export const UKURAN_HALAMAN_AKUN = 50;

/** Saringan Prisma per keadaan, sama urutannya dengan statusAkun (lib/akun/aturan.ts). */
export const SARINGAN_STATUS: Record<StatusAkun, Prisma.PegawaiWhereInput> = {
  BELUM_ADA: { pengguna: { is: null } },
  NONAKTIF: { pengguna: { is: { aktif: false } } },
  BELUM_AKTIF: { pengguna: { is: { aktif: true, lastLoginAt: null } } },
  HARUS_GANTI_SANDI: { pengguna: { is: { aktif: true, lastLoginAt: { not: null }, harusGantiSandi: true } } },
  AKTIF: { pengguna: { is: { aktif: true, lastLoginAt: { not: null }, harusGantiSandi: false } } },
};

/** Pencarian nama (mengandung) atau awal NIP (3–18 digit, spasi diabaikan). */
export function saringanCari(q: string | undefined): Prisma.PegawaiWhereInput {
  const t = q?.replace(/\s+/g, " ").trim();
  if (!t) return {};
  const digit = t.replace(/\s/g, "");
  return { OR: [{ nama: { contains: t, mode: "insensitive" } }, ...(/^\d{3,18}$/.test(digit) ? [{ nip: { startsWith: digit } }] : [])] };
}

export type BarisAkun = {
  pegawaiId: string;
  nip: string;
  nama: { gelarDepan: string | null; nama: string; gelarBelakang: string | null };
  status: StatusAkun;
  admin: boolean;
  superadmin: boolean;
  terakhirMasuk: Date | null;
};

export type DaftarAkun = { perStatus: Record<StatusAkun, number>; baris: BarisAkun[]; berikut: string | null };

export async function getDaftarAkun(instansiId: string, s: { q?: string; status?: StatusAkun; kursor?: string }): Promise<DaftarAkun> {
  const cari = saringanCari(s.q);
  const dasar: Prisma.PegawaiWhereInput = { instansiId, aktif: true, ...cari };
  const k = uraiKursorNama(s.kursor);
  const where: Prisma.PegawaiWhereInput = {
    AND: [dasar, s.status ? SARINGAN_STATUS[s.status] : {}, k ? { OR: [{ nama: { gt: k.nama } }, { nama: k.nama, id: { gt: k.id } }] } : {}],
  };
  const [jumlah, baris] = await Promise.all([
    hitungPerStatus(instansiId, s.q),
    prisma.pegawai.findMany({
      where,
      select: {
        id: true,
        nip: true,
        gelarDepan: true,
        nama: true,
        gelarBelakang: true,
        pengguna: { select: { aktif: true, harusGantiSandi: true, lastLoginAt: true, peran: { select: { peran: true, instansiId: true } } } },
      },
      orderBy: [{ nama: "asc" }, { id: "asc" }],
      take: UKURAN_HALAMAN_AKUN + 1,
    }),
  ]);
  const tampil = baris.slice(0, UKURAN_HALAMAN_AKUN);
  const akhir = tampil.at(-1);
  return {
    perStatus: jumlah,
    berikut: baris.length > UKURAN_HALAMAN_AKUN && akhir ? kodeKursorNama({ nama: akhir.nama, id: akhir.id }) : null,
    baris: tampil.map((p) => ({
      pegawaiId: p.id,
      nip: p.nip,
      nama: { gelarDepan: p.gelarDepan, nama: p.nama, gelarBelakang: p.gelarBelakang },
      status: statusAkun(p.pengguna),
      admin: p.pengguna?.peran.some((r) => r.peran === "ADMIN_INSTANSI" && r.instansiId === instansiId) ?? false,
      superadmin: p.pengguna?.peran.some((r) => r.peran === "SUPERADMIN") ?? false,
      terakhirMasuk: p.pengguna?.lastLoginAt ?? null,
    })),
  };
}

/** Jumlah pegawai aktif per keadaan akun (menurut pencarian yang sama), satu pernyataan SQL. */
async function hitungPerStatus(instansiId: string, q: string | undefined): Promise<Record<StatusAkun, number>> {
  const t = q?.replace(/\s+/g, " ").trim() ?? "";
  const digit = t.replace(/\s/g, "");
  const pakaiNip = /^\d{3,18}$/.test(digit);
  const pola = `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [r] = await prisma.$queryRaw<Record<StatusAkun, bigint>[]>`
    SELECT COUNT(*) FILTER (WHERE u.id IS NULL) AS "BELUM_ADA",
           COUNT(*) FILTER (WHERE u.aktif = false) AS "NONAKTIF",
           COUNT(*) FILTER (WHERE u.aktif AND u.last_login_at IS NULL) AS "BELUM_AKTIF",
           COUNT(*) FILTER (WHERE u.aktif AND u.last_login_at IS NOT NULL AND u.harus_ganti_sandi) AS "HARUS_GANTI_SANDI",
           COUNT(*) FILTER (WHERE u.aktif AND u.last_login_at IS NOT NULL AND NOT u.harus_ganti_sandi) AS "AKTIF"
    FROM pegawai p LEFT JOIN pengguna u ON u.pegawai_id = p.id
    WHERE p.instansi_id = ${instansiId}::uuid AND p.aktif
      AND (${t} = '' OR p.nama ILIKE ${pola} OR (${pakaiNip} AND p.nip LIKE ${digit + "%"}))`;
  return {
    BELUM_ADA: Number(r?.BELUM_ADA ?? 0),
    NONAKTIF: Number(r?.NONAKTIF ?? 0),
    BELUM_AKTIF: Number(r?.BELUM_AKTIF ?? 0),
    HARUS_GANTI_SANDI: Number(r?.HARUS_GANTI_SANDI ?? 0),
    AKTIF: Number(r?.AKTIF ?? 0),
  };
}
