import "server-only";
// Satu-satunya pintu identitas: sesi Auth.js → pengguna dari basis data (peran selalu dibaca ulang).
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function muatAktor(penggunaId: string): Promise<Aktor | null> {
  if (!UUID_RE.test(penggunaId)) return null;
  const p = await prisma.pengguna.findUnique({
    where: { id: penggunaId },
    select: {
      id: true,
      aktif: true,
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
  };
}

/** Aktor untuk permintaan ini, atau null bila belum masuk. Di-cache per permintaan. */
export const getAktor = cache(async (): Promise<Aktor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? muatAktor(id) : null;
});

/** Untuk halaman dan aksi: arahkan ke /login bila belum masuk. */
export async function requireAktor(): Promise<Aktor> {
  const aktor = await getAktor();
  if (!aktor) redirect("/login");
  return aktor;
}
