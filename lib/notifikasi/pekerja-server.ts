// Pekerja notifikasi di dalam proses server Next (dipanggil dari instrumentation.ts, runtime nodejs saja), seperti
// penyapu bukti (lib/pelaksanaan/penyapu-server.ts): klien Prisma kecil sendiri (1 koneksi), putaran berkala yang
// tidak pernah tumpang tindih dalam satu proses; antar proses aman karena klaim baris memakai SKIP LOCKED.
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { putaranNotifikasi, type OpsiPekerja } from "@/lib/notifikasi/pekerja";
import { pengirimSmtp } from "@/lib/notifikasi/smtp";

const g = globalThis as unknown as { __pekerjaNotifikasi?: boolean };

export function mulaiPekerjaNotifikasi(): void {
  if (g.__pekerjaNotifikasi) return;
  g.__pekerjaNotifikasi = true;
  let e;
  try {
    e = env();
  } catch (err) {
    console.warn(`[notifikasi] mati: ${(err as Error).message}`);
    return;
  }
  const prisma = createPrismaClient(e.DATABASE_URL, { max: 1 });
  const pengirim = e.SKP_SMTP_URL ? pengirimSmtp(e.SKP_SMTP_URL) : null;
  const opsi = (): OpsiPekerja => ({
    prisma,
    pengirim,
    dari: e.SKP_SMTP_DARI,
    antre: { smtp: !!e.SKP_SMTP_URL, urlDasar: e.SKP_URL_PUBLIK ?? `http://localhost:${process.env.PORT ?? "3000"}` },
    hariSebelumTutup: e.SKP_NOTIFIKASI_HARI_TUTUP,
    zonaWaktu: e.SKP_ZONA_WAKTU,
  });
  const detik = e.SKP_NOTIFIKASI_INTERVAL_DETIK;
  let berjalan = false;
  const putar = async () => {
    if (berjalan) return;
    berjalan = true;
    try {
      await putaranNotifikasi(opsi(), (s) => console.log(s));
    } finally {
      berjalan = false;
    }
  };
  const t = setInterval(() => void putar(), detik * 1000);
  t.unref();
  setTimeout(() => void putar(), Math.min(detik, 5) * 1000).unref();
  console.log(`[notifikasi] berjalan setiap ${detik} detik (${e.SKP_SMTP_URL ? "surel aktif" : "SMTP tidak diatur: hanya notifikasi portal"}).`);
}
