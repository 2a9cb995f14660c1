// API baca: predikat kinerja final per pegawai per periode dan per tahun (token berakses PREDIKAT; lib/api-v1).
import { layaniApi } from "@/lib/api-v1/autentikasi";
import { bacaPredikat } from "@/lib/api-v1/baca";
import { ZKueriPredikat } from "@/lib/api-v1/schemas";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => layaniApi(req, "PREDIKAT", ZKueriPredikat, bacaPredikat);
