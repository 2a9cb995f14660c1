import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as KlienPrisma } from "@/generated/prisma/client";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { catatKueri, hitungKueriAktif } from "@/lib/db/hitung-kueri";
import { env } from "@/lib/env";

// Satu klien per proses; di mode pengembangan disimpan di globalThis agar HMR tidak membuka pool baru.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function buatKlien(url: string): PrismaClient {
  if (!hitungKueriAktif()) return createPrismaClient(url);
  // Hanya untuk `npm run bench` (SKP_HITUNG_KUERI=1): sama dengan createPrismaClient, ditambah event kueri.
  const klien = new KlienPrisma({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  klien.$on("query", catatKueri);
  return klien;
}

export const prisma: PrismaClient = globalForPrisma.prisma ?? buatKlien(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
