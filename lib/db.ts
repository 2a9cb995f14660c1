import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { catatKueri, hitungKueriAktif } from "@/lib/db/hitung-kueri";
import { env } from "@/lib/env";

// Satu klien per proses; di mode pengembangan disimpan di globalThis agar HMR tidak membuka pool baru.
// `npm run bench` (SKP_HITUNG_KUERI=1) menghitung setiap pernyataan SQL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, { padaKueri: hitungKueriAktif() ? catatKueri : undefined });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
