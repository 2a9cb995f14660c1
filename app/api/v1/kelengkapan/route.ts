// API baca: kelengkapan pelaksanaan per SKP per periode evaluasi (token berakses KELENGKAPAN; lib/api-v1).
import { layaniApi } from "@/lib/api-v1/autentikasi";
import { bacaKelengkapan } from "@/lib/api-v1/baca";
import { ZKueriKelengkapan } from "@/lib/api-v1/schemas";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => layaniApi(req, "KELENGKAPAN", ZKueriKelengkapan, bacaKelengkapan);
