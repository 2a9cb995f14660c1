"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/config";
import { ZLogin } from "@/lib/auth/schemas";
import { getAktorSesi } from "@/lib/auth";
import { cabutSesi } from "@/lib/auth/sesi";
import { catatAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";

export type StateLogin = {
  /** Pesan umum (mis. NIP/kata sandi salah). */
  pesan?: string;
  galat?: { nip?: string[]; password?: string[] };
  /** NIP yang diketik, agar tidak perlu diketik ulang. */
  nip?: string;
};

function pesanKode(kode: string | undefined): string {
  if (kode?.startsWith("DIBATASI:")) {
    const menit = Number(kode.slice("DIBATASI:".length)) || 15;
    return `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${menit} menit.`;
  }
  if (kode === "NONAKTIF") return "Akun ini tidak aktif. Hubungi admin BKD instansi Anda.";
  return "NIP atau kata sandi salah.";
}

export async function loginAction(_prev: StateLogin, formData: FormData): Promise<StateLogin> {
  const mentah = { nip: String(formData.get("nip") ?? ""), password: String(formData.get("password") ?? "") };
  const parsed = ZLogin.safeParse(mentah);
  if (!parsed.success) {
    return { galat: z.flattenError(parsed.error).fieldErrors, nip: mentah.nip.slice(0, 40) };
  }
  try {
    await signIn("credentials", { nip: parsed.data.nip, password: parsed.data.password, redirectTo: "/beranda" });
  } catch (e) {
    unstable_rethrow(e);
    if (e instanceof CredentialsSignin) return { pesan: pesanKode(e.code), nip: mentah.nip };
    if (e instanceof AuthError) return { pesan: "Gagal masuk. Silakan coba lagi.", nip: mentah.nip };
    throw e;
  }
  return {};
}

/** Keluar: sesi yang dipakai dicabut di basis data, jadi cookie yang disimpan tidak dapat dipakai ulang. */
export async function logoutAction(): Promise<void> {
  const aktor = await getAktorSesi();
  if (aktor) {
    await prisma.$transaction(async (tx) => {
      await cabutSesi(aktor.penggunaId, aktor.sesiId, "KELUAR", tx);
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "KELUAR", entitas: "Pengguna", entitasId: aktor.penggunaId });
    });
  }
  await signOut({ redirectTo: "/login" });
}
