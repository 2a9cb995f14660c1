import "server-only";
// Memuat aktor (pengguna + pegawai + peran) dari basis data. Peran tidak pernah diambil dari sesi/formulir.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { adalahUuid } from "@/lib/id";


export async function muatAktor(penggunaId: string): Promise<Aktor | null> {
  if (!adalahUuid(penggunaId)) return null;
  const p = await prisma.pengguna.findUnique({
    where: { id: penggunaId },
    select: {
      id: true,
      aktif: true,
      harusGantiSandi: true,
      peran: { select: { peran: true, instansiId: true } },
      pegawai: {
        select: { id: true, nip: true, instansiId: true, gelarDepan: true, nama: true, gelarBelakang: true, aktif: true },
      },
    },
  });
  if (!p || !p.aktif || !p.pegawai.aktif) return null;
  return {
    penggunaId: p.id,
    pegawaiId: p.pegawai.id,
    instansiId: p.pegawai.instansiId,
    nip: p.pegawai.nip,
    nama: { gelarDepan: p.pegawai.gelarDepan, nama: p.pegawai.nama, gelarBelakang: p.pegawai.gelarBelakang },
    adminInstansiIds: p.peran.filter((r) => r.peran === "ADMIN_INSTANSI" && r.instansiId).map((r) => r.instansiId!),
    isSuperadmin: p.peran.some((r) => r.peran === "SUPERADMIN"),
    harusGantiSandi: p.harusGantiSandi,
  };
}
