// Bentuk jawaban rute impor (POST /api/admin/impor), dipakai server dan halaman: NDJSON, satu objek per baris —
// kemajuan per tahap (angka nyata dari pemrosesan) lalu satu hasil. Modul biasa: aman diimpor komponen klien.
import { z } from "zod";
import type { BarisLaporan, Jumlah } from "./rencana";

export type FaseImpor = "membaca" | "memeriksa" | "membandingkan" | "menerapkan";

export const LABEL_FASE: Record<FaseImpor, string> = {
  membaca: "Membaca berkas",
  memeriksa: "Memeriksa baris",
  membandingkan: "Membandingkan dengan data portal",
  menerapkan: "Menulis perubahan",
};

export type LaporanImpor = {
  berkas: string;
  format: "xlsx" | "csv";
  lengkap: boolean;
  jumlahBaris: number;
  jumlah: Jumlah;
  adaGalat: boolean;
  /** Jumlah baris basis data yang ditulis (penerapan) atau akan ditulis (uji coba). */
  tulisan: number;
  baris: BarisLaporan[];
  tidakAdaDiBerkas: { nip: string; nama: string }[] | null;
};

export type HasilImpor =
  | { ok: true; data: { diterapkan: boolean; laporan: LaporanImpor }; pesan?: string }
  /** Ditolak; `laporan` ada bila berkasnya terbaca tetapi ada baris bergalat. */
  | { ok: false; pesan: string; laporan?: LaporanImpor };

export type PesanAlur = { jenis: "kemajuan"; fase: FaseImpor; selesai: number; total: number } | { jenis: "hasil"; hasil: HasilImpor };

export const ZMasukanImpor = z.object({
  instansiId: z.uuid({ error: "Instansi tidak sah." }),
  mode: z.enum(["periksa", "terapkan"], { error: "Mode impor tidak sah." }),
  lengkap: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()),
});
