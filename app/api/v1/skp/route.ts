// API baca: status SKP per pegawai (token berakses SKP; lib/api-v1).
import { layaniApi } from "@/lib/api-v1/autentikasi";
import { bacaSkp } from "@/lib/api-v1/baca";
import { ZKueriSkp } from "@/lib/api-v1/schemas";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => layaniApi(req, "SKP", ZKueriSkp, bacaSkp);
