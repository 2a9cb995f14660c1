import "server-only";
// Penulis notifikasi untuk layanan: dipanggil DI DALAM transaksi layanan, sehingga notifikasi ada bila dan hanya bila
// perubahan yang menyebabkannya di-commit. Kunci idempotensi (jenis + id peristiwa + penerima) membuat peristiwa yang
// sama tidak memberi tahu dua kali. Surel hanya diantrekan bila SMTP diatur, penerima tidak menolak surel dan punya
// alamat surel; pengirimannya oleh pekerja (lib/notifikasi/pekerja.ts), tidak pernah di dalam aksi.
import type { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";
import { beriTahuDengan, type OpsiAntre } from "@/lib/notifikasi/antre";
import type { Peristiwa } from "@/lib/notifikasi/pesan";

/** Opsi antrean dari lingkungan aplikasi. */
export function opsiAntre(): OpsiAntre {
  return { smtp: !!env().SKP_SMTP_URL, urlDasar: env().SKP_URL_PUBLIK ?? `http://localhost:${process.env.PORT ?? "3000"}` };
}

/** Memberi tahu penerima (id pegawai; kosong/ganda diabaikan) tentang satu peristiwa. Jumlah notifikasi baru. */
export function beriTahu(tx: Prisma.TransactionClient, peristiwa: Peristiwa, idPeristiwa: string, penerima: readonly (string | null | undefined)[]): Promise<number> {
  return beriTahuDengan(tx, opsiAntre(), peristiwa, idPeristiwa, penerima);
}
