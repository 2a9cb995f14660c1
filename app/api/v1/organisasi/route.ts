// API baca: unit kerja, jabatan aktif dan pemangkunya hari ini (token berakses ORGANISASI; lib/api-v1).
import { layaniApi } from "@/lib/api-v1/autentikasi";
import { bacaOrganisasi } from "@/lib/api-v1/baca";
import { ZKueriOrganisasi } from "@/lib/api-v1/schemas";

export const dynamic = "force-dynamic";

export const GET = (req: Request) => layaniApi(req, "ORGANISASI", ZKueriOrganisasi, bacaOrganisasi);
