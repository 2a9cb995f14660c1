import "server-only";
// Satu-satunya pintu identitas: sesi Auth.js → sesi di basis data → pengguna dari basis data (peran selalu
// dibaca ulang). Sesi yang dicabut atau kedaluwarsa berarti belum masuk. Kata sandi sementara dari admin BKD
// hanya boleh dipakai untuk menggantinya: halaman dan aksi lain mengarah ke Akun, route handler menolak.
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { muatAktor, muatAktorSesi } from "@/lib/auth/aktor";
import type { Aktor } from "@/lib/auth/permissions";

export { muatAktor };

export type AktorSesi = Aktor & { sesiId: string };

/** Aktor dan sesinya untuk permintaan ini (termasuk yang masih bersandi sementara), atau null. Di-cache per permintaan. */
export const getAktorSesi = cache(async (): Promise<AktorSesi | null> => {
  const session = await auth();
  const id = session?.user?.id;
  const sid = session?.user?.sid;
  return id && sid ? muatAktorSesi(id, sid) : null;
});

/** Untuk route handler: aktor yang boleh bertindak, atau null (belum masuk, sesi dicabut, atau sandi sementara). */
export async function getAktor(): Promise<AktorSesi | null> {
  const a = await getAktorSesi();
  return a && !a.harusGantiSandi ? a : null;
}

/**
 * Untuk halaman dan aksi: ke /login bila belum masuk; ke Akun bila masih memakai sandi sementara, kecuali
 * `izinkanSandiSementara` (halaman Akun, ganti sandi, keluar).
 */
export async function requireAktor(opsi: { izinkanSandiSementara?: boolean } = {}): Promise<AktorSesi> {
  const aktor = await getAktorSesi();
  if (!aktor) redirect("/login");
  if (aktor.harusGantiSandi && !opsi.izinkanSandiSementara) redirect("/akun?wajib=1");
  return aktor;
}
