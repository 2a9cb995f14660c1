// Unduh Excel Monitoring Kurva (admin BKD instansi itu): tabel yang sama dengan halaman /admin/monitoring/kurva.
import { unduhMonitoring } from "@/lib/penilaian/monitoring-unduh";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return unduhMonitoring(req, "kurva");
}
