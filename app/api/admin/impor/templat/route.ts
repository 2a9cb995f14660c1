// Templat impor organisasi (.xlsx dengan lembar Petunjuk, atau .csv): tanpa data instansi, untuk admin BKD/superadmin.
import { getAktor } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import { templatCsv, templatXlsx } from "@/lib/impor/templat";
import { headerUnduh } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(req: Request) {
  const aktor = await getAktor();
  if (!aktor) return new Response("Silakan masuk.", { status: 401 });
  if (!can(aktor, { aksi: "buka-admin" })) return new Response("Tidak ditemukan.", { status: 404 });
  const csv = new URL(req.url).searchParams.get("format") === "csv";
  const isi = csv ? templatCsv() : await templatXlsx();
  return new Response(Buffer.from(isi), { status: 200, headers: headerUnduh(csv ? "templat-impor-organisasi.csv" : "templat-impor-organisasi.xlsx", csv ? "text/csv; charset=utf-8" : XLSX) });
}
