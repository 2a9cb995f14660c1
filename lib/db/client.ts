// Pembuat PrismaClient (Prisma 7 + @prisma/adapter-pg). Tanpa "server-only" agar skrip (seed, uji) juga
// dapat memakainya; aplikasi Next memakai singleton di lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

type Opsi = {
  max?: number;
  /** Dipanggil untuk setiap pernyataan SQL (hanya untuk `npm run bench`). */
  padaKueri?: (e: { query: string; duration?: number; params?: string }) => void;
};

export function createPrismaClient(connectionString: string, opts: Opsi = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10 });
  if (!opts.padaKueri) return new PrismaClient({ adapter });
  const klien = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  klien.$on("query", opts.padaKueri);
  return klien as unknown as PrismaClient;
}

export type { PrismaClient };
