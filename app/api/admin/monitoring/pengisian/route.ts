// Unduh Excel Monitoring Pengisian (admin BKD instansi itu): tabel yang sama dengan halaman /admin/monitoring/pengisian.
import { unduhMonitoring } from "@/lib/penilaian/monitoring-unduh";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return unduhMonitoring(req, "pengisian");
}
