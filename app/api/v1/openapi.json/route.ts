// Dokumen OpenAPI 3.1 API /api/v1, publik tanpa token: isinya hanya bentuk API (tanpa data instansi), dan klien
// memerlukannya sebelum punya token (membuat kode klien, memeriksa respons).
import { dokumenOpenApi } from "@/lib/api-v1/openapi";

export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(dokumenOpenApi(), null, 2), { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
