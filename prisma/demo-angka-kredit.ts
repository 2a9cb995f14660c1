// Data demo angka kredit (#16, Peraturan BKN 3/2023) untuk Kabupaten Lembah Sejahtera: jenjang setiap jabatan
// fungsional demo (dibaca dari namanya, mis. "Pranata Komputer Ahli Pertama"), dan tabel koefisien dengan riwayat:
// nilai acuan berlaku sejak 1 Januari 2023 sebagai data awal, lalu Ahli Pertama dan Ahli Madya ditetapkan ulang admin
// BKD per 1 Januari tahun berjalan setelah dicocokkan dengan sumbernya. Penilaian Triwulan I yang sudah final
// (prisma/demo-penilaian.ts: Dian, Fitri, Mega di Diskominfo) langsung menampilkan angka kreditnya.
// Dipanggil oleh seedDemo() di dalam transaksinya. Hanya modul murni + Prisma.
import type { Prisma } from "@/generated/prisma/client";
import { DAFTAR_JENJANG, jenjangDariNama, KOEFISIEN_ACUAN, teksDariMili, type Jenjang } from "@/lib/angka-kredit/aturan";

export async function seedAngkaKreditDemo(tx: Prisma.TransactionClient, o: { instansiId: string; tahun: number; adminPenggunaId: string }): Promise<void> {
  const jf = await tx.jabatan.findMany({ where: { instansiId: o.instansiId, jenis: "FUNGSIONAL" }, select: { id: true, nama: true } });
  const perJenjang = new Map<Jenjang, string[]>();
  for (const j of jf) {
    const jenjang = jenjangDariNama(j.nama);
    if (jenjang) perJenjang.set(jenjang, [...(perJenjang.get(jenjang) ?? []), j.id]);
  }
  for (const [jenjang, ids] of perJenjang) await tx.jabatan.updateMany({ where: { id: { in: ids } }, data: { jenjang } });
  const awal = new Date(Date.UTC(2023, 0, 1));
  const tetapUlang = new Date(Date.UTC(o.tahun, 0, 1));
  await tx.koefisienAngkaKredit.createMany({
    data: [
      ...DAFTAR_JENJANG.map((jenjang) => ({ instansiId: o.instansiId, jenjang, koefisien: teksDariMili(KOEFISIEN_ACUAN[jenjang].mili), berlakuMulai: awal, createdAt: new Date(Date.UTC(2023, 0, 2, 2)) })),
      ...DAFTAR_JENJANG.filter((j) => KOEFISIEN_ACUAN[j].terverifikasi && tetapUlang > awal).map((jenjang) => ({
        instansiId: o.instansiId,
        jenjang,
        koefisien: teksDariMili(KOEFISIEN_ACUAN[jenjang].mili),
        berlakuMulai: tetapUlang,
        dibuatOleh: o.adminPenggunaId,
        createdAt: new Date(Date.UTC(o.tahun, 0, 5, 3)),
      })),
    ],
  });
}
