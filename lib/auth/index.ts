import "server-only";
// Satu-satunya pintu identitas: sesi Auth.js → sesi di basis data → pengguna dari basis data (peran selalu
// dibaca ulang). Sesi yang dicabut atau kedaluwarsa berarti belum masuk. Kata sandi sementara dari admin BKD
// hanya boleh dipakai untuk menggantinya: halaman dan aksi lain mengarah ke Akun, route handler menolak.
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { muatAktor, muatAktorSesi } from "@/lib/auth/aktor";
import type { Aktor } from "@/lib/auth/permissions";

export { muatAktor };

export type AktorSesi = Aktor & { sesiId: string };

/** Aktor dan sesinya untuk permintaan ini (termasuk yang masih bersandi sementara), atau null. Di-cache per permintaan. */
export const getAktorSesi = cache(async (): Promise<AktorSesi | null> => {
  const token = await bacaTokenSesi();
  const id = token?.sub;
  const sid = token?.sid;
  return typeof id === "string" && typeof sid === "string" ? muatAktorSesi(id, sid) : null;
});

/** Nama cookie sesi Auth.js (lib/auth/config.ts); yang berawalan __Secure- dipakai di balik HTTPS. Nama = garam kunci. */
const COOKIE_SESI = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Isi JWT sesi dari cookie, didekripsi langsung (`decode` dari next-auth/jwt, kunci dan garam sama dengan Auth.js),
 * atau null bila tidak ada/tidak sah/kedaluwarsa. Bukan `auth()`: itu menjalankan seluruh inisialisasi Auth.js per
 * panggilan (token CSRF baru, dekripsi lalu enkripsi ulang JWT untuk cookie yang di halaman tidak dapat dipasang) —
 * beberapa milidetik CPU per permintaan tanpa manfaat. Keabsahan sebenarnya tetap sesi di basis data (muatAktorSesi).
 */
async function bacaTokenSesi(): Promise<{ sub?: unknown; sid?: unknown } | null> {
  const jar = await cookies();
  for (const nama of COOKIE_SESI) {
    const nilai = jar.get(nama)?.value;
    if (!nilai) continue;
    try {
      return await decode({ token: nilai, secret: env().AUTH_SECRET, salt: nama });
    } catch {
      return null;
    }
  }
  return null;
}

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
