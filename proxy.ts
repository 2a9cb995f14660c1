import { NextResponse, type NextRequest } from "next/server";

// Hanya kenyamanan: pengunjung tanpa cookie sesi diarahkan ke /login. Pemeriksaan sebenarnya ada di
// lib/auth (requireAktor) pada setiap halaman dan aksi.
const COOKIE_SESI = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const punyaSesi = COOKIE_SESI.some((c) => request.cookies.has(c));
  if (!punyaSesi) {
    const url = new URL("/login", request.url);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/beranda/:path*", "/skp/:path*", "/bawahan/:path*", "/admin/:path*", "/akun/:path*"],
};
