// Pembuat PrismaClient (Prisma 7 + @prisma/adapter-pg). Tanpa "server-only" agar skrip (seed, uji) juga
// dapat memakainya; aplikasi Next memakai singleton di lib/db.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, opts: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.max ?? 10 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
