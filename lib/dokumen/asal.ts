import "server-only";
// Asal permintaan (skema://host) untuk alamat verifikasi pada QR bila SKP_URL_PUBLIK tidak diatur (di balik proksi
// balik, atur SKP_URL_PUBLIK). Route handler: dari URL permintaannya; server action: dari tajuk permintaan.
import { headers } from "next/headers";

export async function asalPermintaan(req?: Request): Promise<string> {
  if (req) return new URL(req.url).origin;
  try {
    const h = await headers();
    const host = h.get("host") ?? "localhost";
    const proto = h.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
    return `${proto}://${host}`;
  } catch {
    // Di luar permintaan (uji, skrip): alamat lokal.
    return "http://localhost:3000";
  }
}
