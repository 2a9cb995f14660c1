// Ekspor jejak audit (Excel) dengan saringan yang sama dengan halaman /admin/audit: dialirkan per batch keyset,
// paling banyak BATAS_EKSPOR_AUDIT baris (baris terakhir lembar menyebut bila terpotong). Hanya admin BKD instansi
// itu atau superadmin; sandi sementara ditolak (getAktor).
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { getAktor } from "@/lib/auth";
import { cakupanAudit, bacaSaringan } from "@/lib/audit/cakupan";
import { iterasiJejakAudit } from "@/lib/audit/baca";
import { BATAS_EKSPOR_AUDIT, labelAksiAudit } from "@/lib/audit/label";
import { formatWaktuZona } from "@/lib/organisasi/format";

export async function GET(request: Request): Promise<Response> {
  const aktor = await getAktor();
  if (!aktor) return new Response("Belum masuk.", { status: 401 });
  const sp = Object.fromEntries(new URL(request.url).searchParams);
  const c = await cakupanAudit(aktor, sp.instansi);
  // Instansi yang diminta tetapi tidak dikelola aktor: 404 (bukan diam-diam instansinya sendiri).
  if (!c || (sp.instansi && sp.instansi !== (c.instansiId ?? "semua"))) return new Response("Tidak ditemukan.", { status: 404 });
  const { saringan } = bacaSaringan(sp);
  const keluar = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: keluar, useStyles: true });
  const ws = wb.addWorksheet("Jejak audit");
  ws.columns = [
    { header: "Waktu (WIB)", key: "waktu", width: 20 },
    { header: "Aksi", key: "aksi", width: 36 },
    { header: "Kode aksi", key: "kode", width: 28 },
    { header: "Pelaku", key: "pelaku", width: 36 },
    { header: "NIP pelaku", key: "nip", width: 24 },
    { header: "Entitas", key: "entitas", width: 16 },
    { header: "Id entitas", key: "entitasId", width: 38 },
    { header: "Rincian", key: "data", width: 60 },
  ];
  (async () => {
    try {
      let n = 0;
      for await (const b of iterasiJejakAudit(c.instansiId, saringan, BATAS_EKSPOR_AUDIT + 1)) {
        if (++n > BATAS_EKSPOR_AUDIT) {
          ws.addRow({ waktu: `Terpotong: hanya ${BATAS_EKSPOR_AUDIT.toLocaleString("id-ID")} baris terbaru. Persempit saringan (tanggal, aksi) untuk sisanya.` }).commit();
          break;
        }
        ws.addRow({
          waktu: formatWaktuZona(b.waktu, "Asia/Jakarta"), aksi: labelAksiAudit(b.aksi), kode: b.aksi, pelaku: b.pelaku?.nama ?? "(sistem)", nip: b.pelaku?.nip ?? "",
          entitas: b.entitas, entitasId: b.entitasId ?? "", data: b.data === null || b.data === undefined ? "" : JSON.stringify(b.data).slice(0, 2000),
        }).commit();
      }
      ws.commit();
      await wb.commit();
    } catch (e) {
      console.error("[ekspor audit]", e);
      keluar.destroy(e as Error);
    }
  })();
  const tgl = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(keluar) as ReadableStream, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="jejak-audit-${tgl}.xlsx"`,
      "cache-control": "no-store",
    },
  });
}
