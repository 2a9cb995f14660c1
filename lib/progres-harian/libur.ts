import "server-only";
// Admin BKD (issue #15): daftar hari libur instansi per tahun dan aturan progres harian (tenggat N hari kerja, batas
// jam sehari). Otorisasi dari basis data (admin instansi itu atau superadmin, can "kelola-periode"), perubahan dan
// jejak auditnya dalam satu transaksi. Mengubah daftar libur atau tenggat menghitung ulang terlambatHari entri yang
// terpengaruh di transaksi yang sama (laporan dan ekspor TPP langsung mengikuti), dan jumlahnya dicatat di jejak audit.
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { hitungUlangTerlambat } from "@/lib/progres-harian/aturan";
import { aturanProgres, liburInstansi } from "@/lib/progres-harian/layanan";
import { isoTanggal } from "@/lib/progres-harian/kalender";
import { bacaTempelanLibur, peringatanAkhirPekan, pesanGalatBaris, tanggalBerhari, type JenisLibur } from "@/lib/progres-harian/libur-teks";
import type { TAturanProgres, THapusLibur, TImporLibur, TTambahLibur } from "@/lib/progres-harian/schemas";

const PESAN_TOLAK = "Hanya admin BKD instansi ini yang dapat mengatur hari libur dan aturan progres harian.";
const bolehKelola = (aktor: Aktor, instansiId: string) => can(aktor, { aksi: "kelola-periode", instansiId });

const HARI_MS = 86_400_000;

/**
 * Menghitung ulang keterlambatan entri instansi sesudah tenggat (`n`) atau libur berubah, di dalam transaksi perubahan
 * itu (libur yang baru ditulis ikut terbaca). Calon: entri yang kini terlambat, atau yang dicatat lebih dari n hari
 * kalender sesudah tanggalnya (selain itu pasti tepat waktu); bila `tanggalLibur` diberikan, hanya entri yang rentang
 * tanggal → hari pencatatannya memuat salah satu tanggal itu. Mengembalikan jumlah entri yang nilainya berubah.
 */
async function hitungUlangKeterlambatan(tx: Prisma.TransactionClient, instansiId: string, n: number, tanggalLibur: readonly Date[] | null): Promise<number> {
  const dicatat = Prisma.sql`COALESCE(e.dicatat_pada, (e.created_at AT TIME ZONE ${env().SKP_ZONA_WAKTU})::date)`;
  const waktu = tanggalLibur?.map((t) => t.getTime()) ?? [];
  const rentang =
    waktu.length > 0 ? Prisma.sql`AND e.tanggal < ${new Date(Math.max(...waktu))} AND ${dicatat} >= ${new Date(Math.min(...waktu))}` : Prisma.empty;
  const calon = await tx.$queryRaw<{ id: string; tanggal: Date; dicatat: Date; terlambatHari: number }[]>`
    SELECT e.id, e.tanggal, ${dicatat} AS dicatat, e.terlambat_hari AS "terlambatHari"
    FROM progres_harian e
    WHERE e.instansi_id = ${instansiId}::uuid AND (e.terlambat_hari > 0 OR ${dicatat} - e.tanggal > ${n}) ${rentang}`;
  if (calon.length === 0) return 0;
  // Tanpa spread: calon bisa ratusan ribu baris pada satu kabupaten (argumen Math.min terbatas).
  const dari = new Date(calon.reduce((m, c) => Math.min(m, c.tanggal.getTime()), Number.POSITIVE_INFINITY));
  // Tenggat dapat melewati hari pencatatan; libur sesudahnya hanya menggeser tenggat yang sudah lewat hari itu.
  const sampai = new Date(calon.reduce((m, c) => Math.max(m, c.dicatat.getTime()), 0) + 60 * HARI_MS);
  const libur = await liburInstansi(instansiId, dari, sampai, tx);
  const ubah = hitungUlangTerlambat(calon, n, libur);
  if (ubah.length === 0) return 0;
  for (let i = 0; i < ubah.length; i += 10_000) {
    const bagian = ubah.slice(i, i + 10_000);
    await tx.$executeRaw`
      UPDATE progres_harian p SET terlambat_hari = v.t, updated_at = now()
      FROM (SELECT unnest(${bagian.map((u) => u.id)}::uuid[]) AS id, unnest(${bagian.map((u) => u.terlambatHari)}::int[]) AS t) v
      WHERE p.id = v.id`;
  }
  return ubah.length;
}

/** Hitung ulang bisa menyentuh ratusan ribu entri setahun pada satu kabupaten: transaksi ini boleh lebih lama. */
const OPSI_HITUNG_ULANG = { timeout: 120_000 } as const;

const kalimatUlang = (n: number) => (n > 0 ? ` Keterlambatan ${n} entri progres harian dihitung ulang.` : "");

export type HariLiburAdmin = { tanggal: string; nama: string; jenis: JenisLibur; akhirPekan: boolean };

/** Hari libur instansi dalam satu tahun, urut tanggal. */
export async function daftarLiburTahun(instansiId: string, tahun: number): Promise<HariLiburAdmin[]> {
  const baris = await prisma.hariLibur.findMany({
    where: { instansiId, tanggal: { gte: new Date(Date.UTC(tahun, 0, 1)), lte: new Date(Date.UTC(tahun, 11, 31)) } },
    select: { tanggal: true, nama: true, jenis: true },
    orderBy: { tanggal: "asc" },
  });
  return baris.map((b) => ({ tanggal: isoTanggal(b.tanggal), nama: b.nama, jenis: b.jenis, akhirPekan: b.tanggal.getUTCDay() % 6 === 0 }));
}

export async function tambahLibur(aktor: Aktor, { instansiId, tanggal, nama, jenis }: TTambahLibur): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const ada = await prisma.hariLibur.findUnique({ where: { instansiId_tanggal: { instansiId, tanggal } }, select: { nama: true } });
  if (ada) return gagal(PESAN_PERIKSA, { tanggal: [`${tanggalBerhari(tanggal)} sudah ada di daftar libur (${ada.nama}). Hapus dahulu bila ingin mengganti.`] });
  const ulang = await prisma.$transaction(async (tx) => {
    await tx.hariLibur.create({ data: { instansiId, tanggal, nama, jenis } });
    const { tenggatHari } = await aturanProgres(instansiId, tx);
    const entriDihitungUlang = await hitungUlangKeterlambatan(tx, instansiId, tenggatHari, [tanggal]);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "HARI_LIBUR_DITAMBAH", entitas: "Instansi", entitasId: instansiId, instansiId, data: { tanggal: isoTanggal(tanggal), nama, jenis, entriDihitungUlang } });
    return entriDihitungUlang;
  }, OPSI_HITUNG_ULANG);
  const peringatan = peringatanAkhirPekan(tanggal);
  return berhasil(undefined, `${tanggalBerhari(tanggal)} ditambahkan ke daftar libur.${kalimatUlang(ulang)}${peringatan ? ` Perhatian: ${peringatan}` : ""}`);
}

export async function hapusLibur(aktor: Aktor, { instansiId, tanggal }: THapusLibur): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const hasil = await prisma.$transaction(async (tx) => {
    const lama = await tx.hariLibur.findUnique({ where: { instansiId_tanggal: { instansiId, tanggal } }, select: { nama: true, jenis: true } });
    if (!lama) return null;
    await tx.hariLibur.delete({ where: { instansiId_tanggal: { instansiId, tanggal } } });
    const { tenggatHari } = await aturanProgres(instansiId, tx);
    const entriDihitungUlang = await hitungUlangKeterlambatan(tx, instansiId, tenggatHari, [tanggal]);
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "HARI_LIBUR_DIHAPUS", entitas: "Instansi", entitasId: instansiId, instansiId, data: { tanggal: isoTanggal(tanggal), ...lama, entriDihitungUlang } });
    return { ...lama, entriDihitungUlang };
  }, OPSI_HITUNG_ULANG);
  if (!hasil) return gagal("Tanggal itu tidak ada di daftar libur instansi (mungkin sudah dihapus).");
  return berhasil(undefined, `${tanggalBerhari(tanggal)} (${hasil.nama}) dihapus dari daftar libur.${kalimatUlang(hasil.entriDihitungUlang)}`);
}

/**
 * Tempelan massal: semua baris sah atau tidak ada yang disimpan. Tanggal yang sudah ada diperbarui keterangan dan
 * jenisnya (tempel ulang daftar yang sama tidak menambah apa pun).
 */
export async function imporLibur(aktor: Aktor, { instansiId, teks }: TImporLibur): Promise<Hasil<{ baru: number; diperbarui: number; peringatan: string[] }>> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const r = bacaTempelanLibur(teks);
  if (!r.ok) return gagal(`Tidak ada yang disimpan: ${r.galat.length} baris perlu diperbaiki.`, { teks: [pesanGalatBaris(r.galat).join("\n")] });
  const hasil = await prisma.$transaction(async (tx) => {
    const ada = await tx.hariLibur.findMany({ where: { instansiId, tanggal: { in: r.daftar.map((d) => d.tanggal) } }, select: { tanggal: true, nama: true, jenis: true } });
    const lama = new Map(ada.map((a) => [isoTanggal(a.tanggal), a]));
    const baru = r.daftar.filter((d) => !lama.has(isoTanggal(d.tanggal)));
    const ubah = r.daftar.filter((d) => {
      const l = lama.get(isoTanggal(d.tanggal));
      return l && (l.nama !== d.nama || l.jenis !== d.jenis);
    });
    if (baru.length > 0) await tx.hariLibur.createMany({ data: baru.map((d) => ({ instansiId, ...d })) });
    for (const d of ubah) await tx.hariLibur.update({ where: { instansiId_tanggal: { instansiId, tanggal: d.tanggal } }, data: { nama: d.nama, jenis: d.jenis } });
    // Hanya tanggal baru yang mengubah hari kerja (yang diperbarui hanya berganti keterangan atau jenis).
    const entriDihitungUlang = baru.length > 0 ? await hitungUlangKeterlambatan(tx, instansiId, (await aturanProgres(instansiId, tx)).tenggatHari, baru.map((d) => d.tanggal)) : 0;
    if (baru.length + ubah.length > 0) {
      await catatAudit(tx, {
        penggunaId: aktor.penggunaId,
        aksi: "HARI_LIBUR_DIIMPOR",
        entitas: "Instansi",
        entitasId: instansiId,
        instansiId,
        data: {
          baru: baru.map((d) => ({ tanggal: isoTanggal(d.tanggal), nama: d.nama, jenis: d.jenis })),
          diperbarui: ubah.map((d) => {
            const l = lama.get(isoTanggal(d.tanggal))!;
            return { tanggal: isoTanggal(d.tanggal), nama: d.nama, jenis: d.jenis, dari: { nama: l.nama, jenis: l.jenis } };
          }),
          entriDihitungUlang,
        },
      });
    }
    return { baru: baru.length, diperbarui: ubah.length, entriDihitungUlang };
  }, OPSI_HITUNG_ULANG);
  const pesan =
    hasil.baru + hasil.diperbarui === 0
      ? `Semua ${r.daftar.length} tanggal sudah ada di daftar dengan isi yang sama; tidak ada yang berubah.`
      : `${hasil.baru} hari libur ditambahkan${hasil.diperbarui ? `, ${hasil.diperbarui} diperbarui` : ""}.${kalimatUlang(hasil.entriDihitungUlang)}${r.peringatan.length ? ` Perhatian: ${r.peringatan.length} tanggal jatuh pada akhir pekan.` : ""}`;
  return berhasil({ baru: hasil.baru, diperbarui: hasil.diperbarui, peringatan: r.peringatan }, pesan);
}

export async function simpanAturanProgres(aktor: Aktor, { instansiId, tenggatHari, maksJam }: TAturanProgres): Promise<Hasil> {
  if (!bolehKelola(aktor, instansiId)) return gagal(PESAN_TOLAK);
  const lama = await aturanProgres(instansiId);
  const data = { progresTenggatHari: tenggatHari, progresMaksJam: maksJam };
  const ulang = await prisma.$transaction(async (tx) => {
    await tx.pengaturanPenilaian.upsert({ where: { instansiId }, create: { instansiId, ...data }, update: data });
    const entriDihitungUlang = lama.tenggatHari !== tenggatHari ? await hitungUlangKeterlambatan(tx, instansiId, tenggatHari, null) : 0;
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PENGATURAN_PROGRES_DIUBAH", entitas: "Instansi", entitasId: instansiId, instansiId, data: { dari: lama, ke: { tenggatHari, maksJam }, entriDihitungUlang } });
    return entriDihitungUlang;
  }, OPSI_HITUNG_ULANG);
  return berhasil(undefined, `Aturan progres harian disimpan: tenggat ${tenggatHari} hari kerja, paling banyak ${maksJam} jam sehari.${kalimatUlang(ulang)}`);
}
