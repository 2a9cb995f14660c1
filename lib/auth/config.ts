import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { periksaLogin } from "@/lib/auth/login";
import { ZLogin } from "@/lib/auth/schemas";
import { buatSesi, UMUR_SESI_DETIK } from "@/lib/auth/sesi";

/** Kode galat yang dikirim ke formulir masuk (lihat app/login/actions.ts). */
export class GagalMasuk extends CredentialsSignin {
  constructor(kode: string) {
    super(kode);
    this.code = kode;
  }
}

/** Alamat klien: entri terakhir X-Forwarded-For (yang ditambahkan proksi/Next terdekat). */
export function alamatKlien(headers: Headers): string {
  const xff = headers.get("x-forwarded-for");
  const last = xff?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return (last ?? headers.get("x-real-ip") ?? "tidak-diketahui").slice(0, 64);
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: UMUR_SESI_DETIK },
  pages: { signIn: "/login", error: "/login" },
  // Login gagal adalah hal biasa (dicatat di percobaan_masuk dan jejak audit), bukan galat server.
  logger: {
    error(e) {
      if ((e as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", e);
    },
  },
  providers: [
    Credentials({
      credentials: { nip: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = ZLogin.safeParse(credentials);
        if (!parsed.success) throw new GagalMasuk("SALAH");
        const hasil = await periksaLogin(parsed.data.nip, parsed.data.password, alamatKlien(request.headers));
        if (!hasil.ok) throw new GagalMasuk(hasil.kode === "DIBATASI" ? `DIBATASI:${hasil.cobaLagiMenit}` : hasil.kode);
        // Sesi di basis data: cookie hanya berlaku selama sesi ini belum dicabut (lib/auth/sesi.ts).
        const sid = await buatSesi(hasil.penggunaId, alamatKlien(request.headers));
        return { id: hasil.penggunaId, sid };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.user.sid = token.sid;
      return session;
    },
  },
});
