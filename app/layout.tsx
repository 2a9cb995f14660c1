import type { Metadata, Viewport } from "next";
// Hanya subset latin (cukup untuk bahasa Indonesia): 4 aturan @font-face, bukan 28 (7 subset × 4 ketebalan).
import "@fontsource/inter/latin-400.css";
import "@fontsource/inter/latin-500.css";
import "@fontsource/inter/latin-600.css";
import "@fontsource/inter/latin-700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Portal SKP", template: "%s · Portal SKP" },
  description: "Pengelolaan kinerja pegawai ASN: perencanaan, pelaksanaan dan penilaian SKP.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
