import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";

// Satu klien per proses; di mode pengembangan disimpan di globalThis agar HMR tidak membuka pool baru.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
