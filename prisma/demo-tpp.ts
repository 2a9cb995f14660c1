// Set kolom ekspor TPP demo Kabupaten Lembah Sejahtera (halaman /admin/tpp, issue #16 butir 2): satu set bawaan dengan
// semua kolom katalog kecuali perangkat daerah, dan satu set ringkas seperti yang lazim diminta pengelola TPP
// (NIP, nama, predikat, kelengkapan progres harian, keterlambatan, pengecualian). Evaluasi dan progres harian yang
// dibaca ekspor sudah ada di data demo lain. Idempoten: set yang namanya sudah ada dilewati.
import type { Prisma } from "@/generated/prisma/client";
import { KOLOM_BAWAAN_TPP, type KunciKolomTpp } from "@/lib/tpp/kolom";

export const SET_KOLOM_DEMO: readonly { nama: string; kolom: readonly KunciKolomTpp[]; bawaan: boolean }[] = [
  { nama: "TPP bulanan (lengkap)", kolom: KOLOM_BAWAAN_TPP, bawaan: true },
  { nama: "TPP ringkas", kolom: ["nip", "nama", "predikat", "kelengkapan_harian", "hari_terlambat", "dikecualikan", "alasan"], bawaan: false },
];

export async function seedTppDemo(db: Prisma.TransactionClient, opts: { instansiId: string }): Promise<number> {
  const r = await db.setKolomTpp.createMany({
    data: SET_KOLOM_DEMO.map((s) => ({ instansiId: opts.instansiId, nama: s.nama, kolom: [...s.kolom], bawaan: s.bawaan })),
    skipDuplicates: true,
  });
  return r.count;
}
