import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { catatKueri, hitungKueriAktif } from "@/lib/db/hitung-kueri";
import { env } from "@/lib/env";

// Satu klien per proses, dibuat saat pertama dipakai (saat permintaan), bukan saat modul diimpor: `next build`
// memuat modul rute tanpa DATABASE_URL. Di mode pengembangan klien disimpan di globalThis agar HMR tidak
// membuka pool baru. `npm run bench` (SKP_HITUNG_KUERI=1) menghitung setiap pernyataan SQL.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

let klien: PrismaClient | undefined;

function klienPrisma(): PrismaClient {
  if (klien) return klien;
  klien = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL, { padaKueri: hitungKueriAktif() ? catatKueri : undefined });
  if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = klien;
  return klien;
}

/** Klien Prisma aplikasi. Proxy malas: setiap akses properti diteruskan ke klien yang dibuat sekali. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_sasaran, kunci) {
    const k = klienPrisma();
    const nilai: unknown = Reflect.get(k, kunci, k);
    return typeof nilai === "function" ? nilai.bind(k) : nilai;
  },
  has: (_sasaran, kunci) => Reflect.has(klienPrisma(), kunci),
});
