// Kebijakan keamanan konten (CSP) portal, dipasang oleh proxy.ts pada setiap halaman. Murni.

/** CSP dengan nonce per permintaan: hanya skrip Next yang diberi nonce ini (dan yang dimuatnya) yang berjalan. */
export function kebijakanKonten(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Atribut style dari React (mis. lebar progres) tidak dapat diberi nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Pratinjau bukti dukung PDF di halaman penilaian: berkas diambil lalu ditampilkan dari blob: (bukan dari URL luar).
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

