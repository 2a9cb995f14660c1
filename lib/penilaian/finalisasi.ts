// Pemeriksaan satu kelompok finalisasi (satu tim, satu periode). Murni. Semua-atau-tidak: bila satu butir ditolak,
// tidak ada yang difinalkan. Pemeriksaan kurva distribusi (issue organisasi, skp-domain §5) bergabung di sini
// sebagai pemeriksaan tingkat kelompok atas `predikat` setiap butir, tanpa mengubah bentuk pemanggilnya.
import type { HasilAlur } from "@/lib/penilaian/alur";
import type { Predikat } from "@/lib/penilaian/kuadran";

export type ButirFinalisasi = { id: string; nama: string; predikat: Predikat | null; hasil: HasilAlur };

export type PemeriksaKelompok = (butir: readonly ButirFinalisasi[]) => string[];

export type HasilFinalisasi = { ok: true; peringatan: string[] } | { ok: false; pesan: string; rincian: string[] };

export function periksaFinalisasi(butir: readonly ButirFinalisasi[], pemeriksaKelompok: readonly PemeriksaKelompok[] = []): HasilFinalisasi {
  if (butir.length === 0) return { ok: false, pesan: "pilih minimal satu penilaian.", rincian: [] };
  const ditolak = butir.flatMap((b) => (b.hasil.ok ? [] : [`${b.nama || "Penilaian"}: ${b.hasil.pesan}`]));
  if (ditolak.length > 0) return { ok: false, pesan: `${ditolak.length} dari ${butir.length} penilaian belum dapat difinalkan.`, rincian: ditolak };
  const kelompok = pemeriksaKelompok.flatMap((f) => f(butir));
  if (kelompok.length > 0) return { ok: false, pesan: kelompok[0]!, rincian: kelompok };
  return { ok: true, peringatan: [] };
}
