// Hari libur demo Kabupaten Lembah Sejahtera (halaman /admin/libur, hitungan hari kerja progres harian, laporan bulanan
// dan tenggat keberatan berhari kerja): libur nasional dan cuti bersama 2026 menurut SKB Menteri Agama, Menteri
// Ketenagakerjaan dan Menteri PANRB sebagaimana diingat saat data demo ini ditulis.
// PERHATIAN: daftar ini HARUS diperiksa admin BKD terhadap SKB resmi tahun 2026 (dan perubahannya) sebelum dipakai;
// tanggal hari besar keagamaan bergantung pada penetapan pemerintah. Hanya modul murni + Prisma yang diberikan.
import type { Prisma } from "@/generated/prisma/client";

type Libur = { tanggal: string; nama: string; jenis: "LIBUR_NASIONAL" | "CUTI_BERSAMA" };

export const DEMO_LIBUR_2026: readonly Libur[] = [
  { tanggal: "2026-01-01", nama: "Tahun Baru 2026 Masehi", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-01-16", nama: "Isra Mikraj Nabi Muhammad SAW", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-02-16", nama: "Cuti bersama Tahun Baru Imlek 2577 Kongzili", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-02-17", nama: "Tahun Baru Imlek 2577 Kongzili", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-03-18", nama: "Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-03-19", nama: "Hari Suci Nyepi Tahun Baru Saka 1948", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-03-20", nama: "Cuti bersama Idulfitri 1447 H", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-03-21", nama: "Idulfitri 1447 H", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-03-22", nama: "Idulfitri 1447 H", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-03-23", nama: "Cuti bersama Idulfitri 1447 H", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-03-24", nama: "Cuti bersama Idulfitri 1447 H", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-04-03", nama: "Wafat Yesus Kristus", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-04-05", nama: "Kebangkitan Yesus Kristus (Paskah)", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-05-01", nama: "Hari Buruh Internasional", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-05-14", nama: "Kenaikan Yesus Kristus", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-05-15", nama: "Cuti bersama Kenaikan Yesus Kristus", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-05-27", nama: "Iduladha 1447 H", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-05-28", nama: "Cuti bersama Iduladha 1447 H", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-05-31", nama: "Hari Raya Waisak 2570 BE", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-06-01", nama: "Hari Lahir Pancasila", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-06-16", nama: "1 Muharam Tahun Baru Islam 1448 H", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-08-17", nama: "Hari Proklamasi Kemerdekaan Republik Indonesia", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-08-25", nama: "Maulid Nabi Muhammad SAW", jenis: "LIBUR_NASIONAL" },
  { tanggal: "2026-12-24", nama: "Cuti bersama Kelahiran Yesus Kristus", jenis: "CUTI_BERSAMA" },
  { tanggal: "2026-12-25", nama: "Kelahiran Yesus Kristus", jenis: "LIBUR_NASIONAL" },
];

/**
 * Libur instansi demo untuk tahun kinerja itu. Hanya 2026 yang dikenal; tahun lain tanpa libur (admin menempelkan
 * daftarnya di /admin/libur). Idempoten: tanggal yang sudah ada dilewati.
 */
export async function seedLiburDemo(db: Prisma.TransactionClient, opts: { instansiId: string; tahun: number }): Promise<number> {
  const daftar = opts.tahun === 2026 ? DEMO_LIBUR_2026 : [];
  if (daftar.length === 0) return 0;
  const r = await db.hariLibur.createMany({
    data: daftar.map((l) => ({ instansiId: opts.instansiId, tanggal: new Date(`${l.tanggal}T00:00:00Z`), nama: l.nama, jenis: l.jenis })),
    skipDuplicates: true,
  });
  return r.count;
}
