// Token API demo Kabupaten Lembah Sejahtera (issue #16, Admin → Token API dan /api/v1): satu token aktif dengan
// rahasia TETAP yang diterbitkan di README (seperti kata sandi demo, hanya untuk mencoba API pada data demo) dan satu
// token yang sudah dicabut. Token yang dibuat admin sendiri tidak pernah dapat ditampilkan lagi; yang ini bisa karena
// rahasianya sengaja dibuat tetap. Idempoten (upsert menurut prefix). Hanya modul murni + Prisma.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashToken } from "@/lib/api-v1/token";

/** Token demo aktif (semua cakupan). Jangan pernah dipakai di luar data demo. */
export const TOKEN_API_DEMO = "skp_d3e0a001_LembahSejahtera-demo-API-hanya-untuk-coba01";

export async function seedTokenApiDemo(prisma: PrismaClient, opts: { instansiId: string }) {
  const aktif = { nama: "Demo: aplikasi TPP BPKAD", prefix: "d3e0a001", cakupan: ["PREDIKAT", "KELENGKAPAN", "SKP", "ORGANISASI"] as const };
  await prisma.tokenApi.upsert({
    where: { prefix: aktif.prefix },
    create: { instansiId: opts.instansiId, nama: aktif.nama, prefix: aktif.prefix, hashRahasia: hashToken(TOKEN_API_DEMO), cakupan: [...aktif.cakupan] },
    update: {},
  });
  // Token lama yang sudah dicabut (rahasianya acak dan tidak disimpan di mana pun).
  await prisma.tokenApi.upsert({
    where: { prefix: "d3e0a000" },
    create: {
      instansiId: opts.instansiId,
      nama: "Demo: aplikasi kenaikan pangkat (lama)",
      prefix: "d3e0a000",
      hashRahasia: hashToken(`skp_d3e0a000_${crypto.randomUUID()}`),
      cakupan: ["PREDIKAT"],
      createdAt: new Date(Date.now() - 40 * 86_400_000),
      terakhirDipakaiAt: new Date(Date.now() - 12 * 86_400_000),
      dicabutAt: new Date(Date.now() - 10 * 86_400_000),
    },
    update: {},
  });
}
