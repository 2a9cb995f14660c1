import "server-only";
// Satu-satunya pintu identitas: sesi Auth.js → pengguna dari basis data (peran selalu dibaca ulang).
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { muatAktor } from "@/lib/auth/aktor";
import type { Aktor } from "@/lib/auth/permissions";

export { muatAktor };

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
