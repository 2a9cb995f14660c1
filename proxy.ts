import { NextResponse, type NextRequest } from "next/server";
import { kebijakanKonten } from "@/lib/tajuk";

// Setiap halaman: Content-Security-Policy dengan nonce per permintaan (Next memasang nonce itu pada skripnya). Pengunjung tanpa cookie sesi di halaman portal diarahkan ke /login
// (hanya kenyamanan: pemeriksaan sebenarnya ada di lib/auth — requireAktor — pada setiap halaman dan aksi).
const COOKIE_SESI = ["authjs.session-token", "__Secure-authjs.session-token"];
const PORTAL = ["/beranda", "/skp", "/bawahan", "/admin", "/akun", "/dokumen"];

export function proxy(request: NextRequest) {
  const jalur = request.nextUrl.pathname;
  const halamanPortal = PORTAL.some((p) => jalur === p || jalur.startsWith(p + "/"));
  if (halamanPortal && !COOKIE_SESI.some((c) => request.cookies.has(c))) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = kebijakanKonten(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  // Tajuk dari klien dengan nama yang sama ditimpa di sini.
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("Content-Security-Policy", csp);
  return res;
}

export const config = {
  matcher: [
    {
      // Semua halaman; bukan API (tajuknya sendiri), berkas statis Next, ikon, atau prefetch.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|apple-icon).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
