import "server-only";
// Kerangka setiap handler /api/v1 (issue #16): token Bearer → baris token (dicari dengan prefix, hash dibandingkan
// dalam waktu tetap) → belum dicabut → cakupan sumber → batas laju (satu UPDATE atomik yang juga mengisi
// terakhir_dipakai_at) → parameter kueri (skema zod yang sama dengan dokumen OpenAPI) → bacaan instansi token →
// jejak audit dengan nama token. Galat selalu badan JSON { galat: { kode, pesan, rincian? } } berbahasa Indonesia.
// Kueri per permintaan tetap: 1 cari token, 1 UPDATE batas laju, (1 cek unit bila disaring), 1 bacaan, 1 audit.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { catatAudit } from "@/lib/audit";
import { hashCocok, JENDELA_DETIK, putusanBatas, tokenDariTajuk, uraiToken, type CakupanApi } from "@/lib/api-v1/token";
import type { Galat, KodeGalat } from "@/lib/api-v1/schemas";

const STATUS: Record<KodeGalat, number> = {
  TOKEN_TIDAK_ADA: 401,
  TOKEN_TIDAK_SAH: 401,
  CAKUPAN_DITOLAK: 403,
  UNIT_DI_LUAR_INSTANSI: 403,
  PARAMETER_TIDAK_SAH: 400,
  BATAS_LAJU: 429,
  GALAT_SERVER: 500,
};

const TAJUK_DASAR = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };

export function responsGalat(kode: KodeGalat, pesan: string, opsi: { rincian?: Record<string, string[]>; tajuk?: Record<string, string> } = {}): Response {
  const badan: Galat = { galat: { kode, pesan, ...(opsi.rincian ? { rincian: opsi.rincian } : {}) } };
  const tajuk: Record<string, string> = { ...TAJUK_DASAR, ...opsi.tajuk };
  if (STATUS[kode] === 401) tajuk["WWW-Authenticate"] = 'Bearer realm="api-v1"';
  return new Response(JSON.stringify(badan), { status: STATUS[kode], headers: tajuk });
}

export type TokenTerverifikasi = { id: string; instansiId: string; nama: string; cakupan: CakupanApi[] };

/** Token dari tajuk Authorization yang sah dan belum dicabut; selain itu respons galat 401. */
export async function verifikasiToken(req: Request): Promise<TokenTerverifikasi | Response> {
  const tajuk = req.headers.get("authorization");
  if (!tajuk) return responsGalat("TOKEN_TIDAK_ADA", "Sertakan token API pada tajuk Authorization: Bearer <token>.");
  const token = tokenDariTajuk(tajuk);
  const u = uraiToken(token);
  const tidakSah = () => responsGalat("TOKEN_TIDAK_SAH", "Token API tidak dikenal atau sudah dicabut. Minta token baru kepada admin BKD instansi Anda.");
  if (!token || !u) return tidakSah();
  const t = await prisma.tokenApi.findUnique({ where: { prefix: u.prefix }, select: { id: true, instansiId: true, nama: true, cakupan: true, hashRahasia: true, dicabutAt: true } });
  if (!t || !hashCocok(t.hashRahasia, token) || t.dicabutAt) return tidakSah();
  return { id: t.id, instansiId: t.instansiId, nama: t.nama, cakupan: t.cakupan };
}

/**
 * Menaikkan penghitung jendela tetap token secara atomik (satu UPDATE, baris terkunci selama pernyataan) dan
 * mengisi terakhir_dipakai_at; null bila token dicabut di antara kedua kueri.
 */
async function naikkanPenghitung(tokenId: string): Promise<{ mulai: Date; jumlah: number; sekarang: Date } | null> {
  const r = await prisma.$queryRaw<{ mulai: Date; jumlah: number; sekarang: Date }[]>`
    UPDATE token_api SET
      jendela_mulai  = CASE WHEN jendela_mulai > now() - make_interval(secs => ${JENDELA_DETIK}) THEN jendela_mulai ELSE now() END,
      jendela_jumlah = CASE WHEN jendela_mulai > now() - make_interval(secs => ${JENDELA_DETIK}) THEN jendela_jumlah + 1 ELSE 1 END,
      terakhir_dipakai_at = now()
    WHERE id = ${tokenId}::uuid AND dicabut_at IS NULL
    RETURNING jendela_mulai AS mulai, jendela_jumlah AS jumlah, now() AS sekarang`;
  return r[0] ?? null;
}

function parameter(req: Request): Record<string, string> {
  const q = new URL(req.url).searchParams;
  const hasil: Record<string, string> = {};
  for (const [k, v] of q) hasil[k] = v;
  return hasil;
}

/** Melayani satu permintaan GET sumber `cakupan`. */
export async function layaniApi<S extends z.ZodType, T>(
  req: Request,
  cakupan: CakupanApi,
  skema: S,
  baca: (instansiId: string, kueri: z.output<S>) => Promise<T & { data: unknown[] }>,
): Promise<Response> {
  try {
    const token = await verifikasiToken(req);
    if (token instanceof Response) return token;
    const sumber = cakupan.toLowerCase();
    if (!token.cakupan.includes(cakupan)) {
      await catatPanggilan(token, sumber, { status: 403 });
      return responsGalat("CAKUPAN_DITOLAK", `Token "${token.nama}" tidak mencakup data ${sumber}. Admin BKD dapat membuat token dengan cakupan itu.`);
    }
    const batas = env().SKP_API_BATAS_PER_MENIT;
    const hitung = await naikkanPenghitung(token.id);
    if (!hitung) return responsGalat("TOKEN_TIDAK_SAH", "Token API tidak dikenal atau sudah dicabut. Minta token baru kepada admin BKD instansi Anda.");
    const putusan = putusanBatas({ ...hitung, batas });
    const tajukBatas = { "X-RateLimit-Limit": String(batas) };
    // Penolakan batas laju tidak dicatat per permintaan (banjir permintaan tidak boleh membanjiri jejak audit).
    if (!putusan.boleh) {
      return responsGalat("BATAS_LAJU", `Terlalu banyak permintaan: paling banyak ${batas} per ${JENDELA_DETIK} detik untuk satu token. Coba lagi dalam ${putusan.cobaLagiDetik} detik.`, {
        tajuk: { ...tajukBatas, "Retry-After": String(putusan.cobaLagiDetik), "X-RateLimit-Remaining": "0" },
      });
    }
    const mentah = parameter(req);
    const parsed = skema.safeParse(mentah);
    if (!parsed.success) {
      const rincian: Record<string, string[]> = {};
      for (const i of parsed.error.issues) (rincian[i.path.join(".") || "kueri"] ??= []).push(i.message);
      await catatPanggilan(token, sumber, { status: 400, kueri: mentah });
      return responsGalat("PARAMETER_TIDAK_SAH", "Parameter kueri tidak sah.", { rincian, tajuk: tajukBatas });
    }
    const unit = (parsed.data as { unit?: string }).unit;
    if (unit && !(await prisma.unitKerja.findFirst({ where: { id: unit, instansiId: token.instansiId }, select: { id: true } }))) {
      await catatPanggilan(token, sumber, { status: 403, kueri: mentah });
      return responsGalat("UNIT_DI_LUAR_INSTANSI", "Unit kerja itu bukan milik instansi token ini. Token hanya membaca data instansinya sendiri.", { tajuk: tajukBatas });
    }
    const hasil = await baca(token.instansiId, parsed.data);
    await catatPanggilan(token, sumber, { status: 200, kueri: mentah, baris: hasil.data.length });
    return new Response(JSON.stringify(hasil), { status: 200, headers: { ...TAJUK_DASAR, ...tajukBatas, "X-RateLimit-Remaining": String(putusan.sisa) } });
  } catch (e) {
    const rujukan = randomBytes(4).toString("hex").toUpperCase();
    console.error(`[api-v1 ${cakupan}] galat tak terduga, rujukan ${rujukan}:`, e);
    return responsGalat("GALAT_SERVER", `Terjadi kesalahan pada server. Coba lagi, atau laporkan kode rujukan ${rujukan} kepada admin BKD.`);
  }
}

/** Satu baris jejak audit per panggilan yang tokennya dikenal (nama token, sumber, kueri, status, jumlah baris). */
async function catatPanggilan(token: TokenTerverifikasi, sumber: string, data: { status: number; kueri?: Record<string, string>; baris?: number }) {
  const kueri = data.kueri ? Object.fromEntries(Object.entries(data.kueri).map(([k, v]) => [k.slice(0, 40), v.slice(0, 120)]).slice(0, 10)) : undefined;
  await catatAudit(prisma, {
    penggunaId: null,
    aksi: "API_DIPANGGIL",
    entitas: "TokenApi",
    entitasId: token.id,
    instansiId: token.instansiId,
    data: { token: token.nama, sumber, status: data.status, ...(kueri ? { kueri } : {}), ...(data.baris !== undefined ? { baris: data.baris } : {}) },
  });
}
