import "server-only";
// Memuat aktor (pengguna + pegawai + peran) dari basis data. Peran tidak pernah diambil dari sesi/formulir.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { adalahUuid } from "@/lib/id";
import type { Prisma } from "@/generated/prisma/client";


/**
 * Aktor dari sesi cookie: hanya bila sesi itu (id di dalam JWT) masih tercatat, belum dicabut dan belum
 * kedaluwarsa. Satu kueri, sama seperti muatAktor.
 */
export async function muatAktorSesi(penggunaId: string, sesiId: string, sekarang = new Date()): Promise<(Aktor & { sesiId: string }) | null> {
  if (!adalahUuid(penggunaId) || !adalahUuid(sesiId)) return null;
  const a = await bacaAktor(penggunaId, { id: sesiId, dicabutAt: null, kedaluwarsaAt: { gt: sekarang } });
  return a && a.sesiBerlaku ? { ...a.aktor, sesiId } : null;
}

/** Aktor tanpa memeriksa sesi (uji, skrip, layanan internal). */
export async function muatAktor(penggunaId: string): Promise<Aktor | null> {
  if (!adalahUuid(penggunaId)) return null;
  return (await bacaAktor(penggunaId, null))?.aktor ?? null;
}

async function bacaAktor(penggunaId: string, sesi: Prisma.SesiMasukWhereInput | null): Promise<{ aktor: Aktor; sesiBerlaku: boolean } | null> {
  const p = await prisma.pengguna.findUnique({
    where: { id: penggunaId },
    select: {
      id: true,
      ...(sesi ? { sesi: { where: sesi, select: { id: true }, take: 1 } } : {}),
      aktif: true,
      harusGantiSandi: true,
      peran: { select: { peran: true, instansiId: true } },
      pegawai: {
        select: { id: true, nip: true, instansiId: true, gelarDepan: true, nama: true, gelarBelakang: true, aktif: true },
      },
    },
  });
  if (!p || !p.aktif || !p.pegawai.aktif) return null;
  const sesiBerlaku = sesi !== null && "sesi" in p && Array.isArray(p.sesi) && p.sesi.length === 1;
  const aktor: Aktor = {
    penggunaId: p.id,
    pegawaiId: p.pegawai.id,
    instansiId: p.pegawai.instansiId,
    nip: p.pegawai.nip,
    nama: { gelarDepan: p.pegawai.gelarDepan, nama: p.pegawai.nama, gelarBelakang: p.pegawai.gelarBelakang },
    adminInstansiIds: p.peran.filter((r) => r.peran === "ADMIN_INSTANSI" && r.instansiId).map((r) => r.instansiId!),
    isSuperadmin: p.peran.some((r) => r.peran === "SUPERADMIN"),
    harusGantiSandi: p.harusGantiSandi,
  };
  return { aktor, sesiBerlaku };
}
