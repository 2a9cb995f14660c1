import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { alamatKlien, HEADER_ALAMAT_SOKET, PENANDA_ALAMAT_SOKET } from "@/lib/auth/alamat";
import { periksaLogin } from "@/lib/auth/login";
import { env } from "@/lib/env";
import { ZLogin } from "@/lib/auth/schemas";
import { buatSesi, UMUR_SESI_DETIK } from "@/lib/auth/sesi";

/** Kode galat yang dikirim ke formulir masuk (lihat app/login/actions.ts). */
export class GagalMasuk extends CredentialsSignin {
  constructor(kode: string) {
    super(kode);
    this.code = kode;
  }
}

let peringatanSoket = false;

/**
 * Alamat klien permintaan masuk: alamat soket (header dari scripts/alamat-soket.cjs), X-Forwarded-For hanya bila
 * soket berasal dari proksi di SKP_PROXY_TEPERCAYA. Tanpa pemuat soket (mis. `next start` dijalankan langsung)
 * alamat tidak diketahui: semua permintaan berbagi satu hitungan per alamat (tertutup, bukan terbuka).
 */
export function alamatPermintaan(headers: Headers): string {
  const aktif = (globalThis as Record<symbol, unknown>)[Symbol.for(PENANDA_ALAMAT_SOKET)] === true;
  if (!aktif && !peringatanSoket) {
    peringatanSoket = true;
    console.warn("[auth] scripts/alamat-soket.cjs tidak dimuat: alamat klien tidak diketahui. Jalankan lewat `npm start`.");
  }
  return alamatKlien({
    peer: aktif ? headers.get(HEADER_ALAMAT_SOKET) : null,
    xForwardedFor: headers.get("x-forwarded-for"),
    tepercaya: env().SKP_PROXY_TEPERCAYA,
  });
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
        const hasil = await periksaLogin(parsed.data.nip, parsed.data.password, alamatPermintaan(request.headers));
        if (!hasil.ok) throw new GagalMasuk(hasil.kode === "DIBATASI" ? `DIBATASI:${hasil.cobaLagiMenit}` : hasil.kode);
        // Sesi di basis data: cookie hanya berlaku selama sesi ini belum dicabut (lib/auth/sesi.ts).
        const sid = await buatSesi(hasil.penggunaId, alamatPermintaan(request.headers));
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
