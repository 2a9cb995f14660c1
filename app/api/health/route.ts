import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { hitungKueriAktif, jumlahKueri } from "@/lib/db/hitung-kueri";

export const dynamic = "force-dynamic";

/** Untuk operator: 200 bila basis data menjawab, 503 bila tidak. */
export async function GET() {
  const mulai = performance.now();
  try {
    const rows = await prisma.$queryRaw<{ migrasi: bigint }[]>`SELECT count(*) AS migrasi FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    return NextResponse.json(
      {
        status: "ok",
        database: { status: "ok", latencyMs: Math.round(performance.now() - mulai), migrations: Number(rows[0]?.migrasi ?? 0) },
        // Hanya untuk tolok ukur (npm run bench:load menjalankan server dengan SKP_HITUNG_KUERI=1): pernyataan SQL sejak start.
        ...(hitungKueriAktif() ? { kueriTotal: jumlahKueri(), pid: process.pid } : {}),
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return NextResponse.json(
      { status: "error", database: { status: "unreachable" } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
