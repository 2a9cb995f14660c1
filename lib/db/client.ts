// Pembuat PrismaClient (Prisma 7 + @prisma/adapter-pg). Tanpa "server-only" agar skrip (seed, uji) juga
// dapat memakainya; aplikasi Next memakai singleton di lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

type Opsi = {
  max?: number;
  /** Dipanggil untuk setiap pernyataan SQL (hanya untuk `npm run bench`). */
  padaKueri?: (e: { query: string }) => void;
};

// Di bawah beban (tenggat akhir bulan) transaksi dapat menunggu koneksi pool lebih dari 2 s bawaan Prisma; menunggu
// hingga 10 s lebih baik daripada menolak isian pegawai (bench:surge: "Unable to start a transaction in the given time").
const OPSI_TRANSAKSI = { maxWait: 10_000, timeout: 15_000 } as const;

export function createPrismaClient(connectionString: string, opts: Opsi = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10 });
  if (!opts.padaKueri) return new PrismaClient({ adapter, transactionOptions: OPSI_TRANSAKSI });
  const klien = new PrismaClient({ adapter, transactionOptions: OPSI_TRANSAKSI, log: [{ emit: "event", level: "query" }] });
  klien.$on("query", opts.padaKueri);
  return klien as unknown as PrismaClient;
}

export type { PrismaClient };
