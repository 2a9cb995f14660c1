import "server-only";
// Progres harian (issue #15): entri pegawai, pengajuan, tinjauan pejabat penilai. Setiap perubahan: muat dari basis
// data → otorisasi dari basis data (pemilik SKP / pejabat penilainya) → aturan murni → satu transaksi + audit.
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { beriTahu } from "@/lib/notifikasi/tulis";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { hariIni } from "@/lib/organisasi/beranda";
import { bolehIsiPelaksanaan, periksaTautan } from "@/lib/pelaksanaan/aturan";
import { konteksAksesSkp, peranTerhadapSkp } from "@/lib/skp/akses";
import {
  ATURAN_PROGRES_BAWAAN,
  bolehAjukanEntri,
  bolehKembalikanEntri,
  bolehSetujuiEntri,
  bolehUbahEntri,
  hariTerlambat,
  periksaEntri,
  teksSidik,
  type AturanProgres,
  type GalatEntri,
  type StatusProgres,
} from "@/lib/progres-harian/aturan";
import { isoTanggal, tanggalPanjang } from "@/lib/progres-harian/kalender";
import type { TAjukan, TEntri, TSalinEntri } from "@/lib/progres-harian/schemas";

export const PESAN_TIDAK_DITEMUKAN = "Entri progres harian tidak ditemukan atau Anda tidak berhak mengubahnya.";
const PESAN_RA_TIDAK_DITEMUKAN = "Rencana aksi tidak ditemukan pada SKP Anda.";

export const sidikEntri = (e: Parameters<typeof teksSidik>[0]): string => createHash("sha256").update(teksSidik(e)).digest("hex");

/** Tenggat dan batas jam progres harian instansi (tanpa baris pengaturan = bawaan). */
export async function aturanProgres(instansiId: string, db: Prisma.TransactionClient = prisma): Promise<AturanProgres> {
  const p = await db.pengaturanPenilaian.findUnique({ where: { instansiId }, select: { progresTenggatHari: true, progresMaksJam: true } });
  return p ? { tenggatHari: p.progresTenggatHari, maksJam: p.progresMaksJam } : ATURAN_PROGRES_BAWAAN;
}

/** Tanggal libur instansi dalam rentang ("YYYY-MM-DD"). */
export async function liburInstansi(instansiId: string, dari: Date, sampai: Date, db: Prisma.TransactionClient = prisma): Promise<Set<string>> {
  const baris = await db.hariLibur.findMany({ where: { instansiId, tanggal: { gte: dari, lte: sampai } }, select: { tanggal: true } });
  return new Set(baris.map((b) => isoTanggal(b.tanggal)));
}

const selectRencanaAksi = {
  id: true,
  uraian: true,
  periode: { select: { id: true, label: true, status: true, mulai: true, selesai: true } },
  rhk: {
    select: {
      skp: {
        select: {
          id: true,
          status: true,
          mulai: true,
          selesai: true,
          pegawaiId: true,
          penilaiPegawaiId: true,
          atasanPenilaiSnapshot: true,
          pegawai: { select: { instansiId: true } },
        },
      },
    },
  },
} satisfies Prisma.RencanaAksiSelect;
type RencanaAksiMuat = Prisma.RencanaAksiGetPayload<{ select: typeof selectRencanaAksi }>;

/** Rencana aksi milik aktor yang masih boleh diisi (SKP disetujui, periode buka), dengan rentang tanggalnya. */
async function rencanaAksiSaya(aktor: Aktor, rencanaAksiId: string): Promise<{ ok: true; ra: RencanaAksiMuat; berlaku: { mulai: Date; selesai: Date; label: string } } | { ok: false; pesan: string }> {
  const ra = await prisma.rencanaAksi.findUnique({ where: { id: rencanaAksiId }, select: selectRencanaAksi });
  if (!ra || ra.rhk.skp.pegawaiId !== aktor.pegawaiId) return { ok: false, pesan: PESAN_RA_TIDAK_DITEMUKAN };
  const skp = ra.rhk.skp;
  const r = bolehIsiPelaksanaan({ statusSkp: skp.status, peran: "PEMILIK", statusPeriode: ra.periode.status, labelPeriode: ra.periode.label });
  if (!r.ok) return r;
  const mulai = ra.periode.mulai > skp.mulai ? ra.periode.mulai : skp.mulai;
  const selesai = ra.periode.selesai < skp.selesai ? ra.periode.selesai : skp.selesai;
  return { ok: true, ra, berlaku: { mulai, selesai, label: ra.periode.label } };
}

/** Kunci per pegawai selama transaksi: dua simpanan serentak pada hari yang sama tidak dapat sama-sama lolos. */
export async function kunciPegawai(tx: Prisma.TransactionClient, pegawaiId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`progres-harian:${pegawaiId}`}, 0))`;
}

async function rentangHari(tx: Prisma.TransactionClient, pegawaiId: string, tanggal: Date) {
  return tx.progresHarian.findMany({ where: { pegawaiId, tanggal }, select: { id: true, jamMulai: true, jamSelesai: true } }).then((r) => r.map((x) => ({ id: x.id, mulai: x.jamMulai, selesai: x.jamSelesai })));
}

const galatKolom = (g: GalatEntri): Record<string, string[]> => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, [v!]]));

class Tolak extends Error {
  constructor(
    pesan: string,
    readonly galat?: Record<string, string[]>,
  ) {
    super(pesan);
  }
}

async function jalankan<T>(f: () => Promise<Hasil<T>>): Promise<Hasil<T>> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof Tolak) return gagal(e.message, e.galat);
    if ((e as { code?: string }).code === "P2002") return gagal("Entri yang sama persis (rencana aksi, tanggal, jam dan kegiatan) sudah ada.", { kegiatan: ["Entri yang sama persis sudah ada."] });
    throw e;
  }
}

async function audit(tx: Prisma.TransactionClient, aktor: Aktor, aksi: string, entitasId: string, data: Prisma.InputJsonValue, instansiId?: string) {
  await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi, entitas: "ProgresHarian", entitasId, data, instansiId });
}

// ─── Entri oleh pemilik ──────────────────────────────────────────────────────────────────────

/** Menambah atau mengubah satu entri. Galat aturan (tanggal, jam, tumpang tindih, batas jam) per kolom. */
export async function simpanEntri(aktor: Aktor, input: TEntri): Promise<Hasil<{ id: string }>> {
  return jalankan(async () => {
    const m = await rencanaAksiSaya(aktor, input.rencanaAksiId);
    if (!m.ok) return gagal(m.pesan, { rencanaAksiId: [m.pesan] });
    const instansiId = m.ra.rhk.skp.pegawai.instansiId;
    let tautan: string | null = null;
    if (input.tautan) {
      const t = periksaTautan(input.tautan);
      if (!t.ok) return gagal(PESAN_PERIKSA, { tautan: [t.pesan] });
      tautan = t.url;
    }
    if (input.buktiId) {
      const b = await prisma.buktiDukung.findFirst({ where: { id: input.buktiId, rencanaAksiId: m.ra.id, status: "SIAP" }, select: { id: true } });
      if (!b) return gagal(PESAN_PERIKSA, { buktiId: ["Bukti dukung tidak ditemukan pada rencana aksi ini."] });
    }
    const hari = hariIni();
    const [aturan, libur] = await Promise.all([aturanProgres(instansiId), liburInstansi(instansiId, input.tanggal, hari)]);
    const sidik = sidikEntri({ rencanaAksiId: m.ra.id, tanggal: input.tanggal, jamMulai: input.jamMulai, jamSelesai: input.jamSelesai, kegiatan: input.kegiatan });
    const isi = {
      rencanaAksiId: m.ra.id,
      skpId: m.ra.rhk.skp.id,
      tanggal: input.tanggal,
      jamMulai: input.jamMulai,
      jamSelesai: input.jamSelesai,
      kegiatan: input.kegiatan,
      realisasi: input.realisasi!,
      satuan: input.satuan,
      buktiId: input.buktiId ?? null,
      tautan,
      sidik,
    };
    const id = await prisma.$transaction(async (tx) => {
      await kunciPegawai(tx, aktor.pegawaiId);
      let lama: { id: string; status: StatusProgres; tanggal: Date } | null = null;
      if (input.entriId) {
        lama = await tx.progresHarian.findFirst({ where: { id: input.entriId, pegawaiId: aktor.pegawaiId }, select: { id: true, status: true, tanggal: true } });
        if (!lama) throw new Tolak(PESAN_TIDAK_DITEMUKAN);
        const b = bolehUbahEntri(lama.status);
        if (!b.ok) throw new Tolak(b.pesan);
      }
      const g = periksaEntri({
        tanggal: input.tanggal,
        jamMulai: input.jamMulai,
        jamSelesai: input.jamSelesai,
        id: lama?.id,
        hariIni: hari,
        berlaku: m.berlaku,
        lainHariItu: await rentangHari(tx, aktor.pegawaiId, input.tanggal),
        maksJam: aturan.maksJam,
      });
      if (Object.keys(g).length > 0) throw new Tolak(PESAN_PERIKSA, galatKolom(g));
      if (lama) {
        // Tanggal dipindah: entri itu dicatat hari ini untuk tanggal barunya, dan keterlambatannya mengikuti.
        const pindah = lama.tanggal.getTime() !== input.tanggal.getTime() ? { dicatatPada: hari, terlambatHari: hariTerlambat(input.tanggal, hari, aturan.tenggatHari, libur) } : null;
        await tx.progresHarian.update({ where: { id: lama.id }, data: { ...isi, ...pindah } });
        await audit(tx, aktor, "PROGRES_HARIAN_DIUBAH", lama.id, { tanggal: isoTanggal(input.tanggal), jam: [input.jamMulai, input.jamSelesai], kegiatan: input.kegiatan, ...(pindah && { terlambatHari: pindah.terlambatHari }) });
        return lama.id;
      }
      const terlambatHari = hariTerlambat(input.tanggal, hari, aturan.tenggatHari, libur);
      const baru = await tx.progresHarian.create({ data: { ...isi, instansiId, pegawaiId: aktor.pegawaiId, terlambatHari, dicatatPada: hari }, select: { id: true } });
      await audit(tx, aktor, "PROGRES_HARIAN_DITAMBAH", baru.id, { tanggal: isoTanggal(input.tanggal), jam: [input.jamMulai, input.jamSelesai], kegiatan: input.kegiatan, terlambatHari });
      return baru.id;
    });
    return berhasil({ id }, input.entriId ? "Entri diperbarui." : `Entri ${tanggalPanjang(input.tanggal)} disimpan sebagai draf.`);
  });
}

export async function hapusEntri(aktor: Aktor, input: { entriId: string }): Promise<Hasil> {
  return jalankan(async () => {
    await prisma.$transaction(async (tx) => {
      const e = await tx.progresHarian.findFirst({ where: { id: input.entriId, pegawaiId: aktor.pegawaiId }, select: { id: true, status: true, tanggal: true, kegiatan: true } });
      if (!e) throw new Tolak(PESAN_TIDAK_DITEMUKAN);
      const b = bolehUbahEntri(e.status);
      if (!b.ok) throw new Tolak(b.pesan);
      await tx.progresHarian.delete({ where: { id: e.id } });
      await audit(tx, aktor, "PROGRES_HARIAN_DIHAPUS", e.id, { tanggal: isoTanggal(e.tanggal), kegiatan: e.kegiatan });
    });
    return berhasil(undefined, "Entri dihapus.");
  });
}

/** Menyalin satu entri (rencana aksi, jam, kegiatan, realisasi, bukti) ke hari lain; semua atau tidak sama sekali. */
export async function salinEntri(aktor: Aktor, input: TSalinEntri): Promise<Hasil<{ jumlah: number }>> {
  return jalankan(async () => {
    const asal = await prisma.progresHarian.findFirst({
      where: { id: input.entriId, pegawaiId: aktor.pegawaiId },
      select: { rencanaAksiId: true, tanggal: true, jamMulai: true, jamSelesai: true, kegiatan: true, realisasi: true, satuan: true, buktiId: true, tautan: true },
    });
    if (!asal) return gagal(PESAN_TIDAK_DITEMUKAN);
    const m = await rencanaAksiSaya(aktor, asal.rencanaAksiId);
    if (!m.ok) return gagal(m.pesan);
    const tujuan = [...new Map(input.tanggal.filter((t) => t.getTime() !== asal.tanggal.getTime()).map((t) => [t.getTime(), t])).values()].sort((a, b) => a.getTime() - b.getTime());
    if (tujuan.length === 0) return gagal("Pilih tanggal tujuan selain tanggal entri asal.", { tanggal: ["Pilih tanggal tujuan selain tanggal entri asal."] });
    const instansiId = m.ra.rhk.skp.pegawai.instansiId;
    const hari = hariIni();
    const [aturan, libur] = await Promise.all([aturanProgres(instansiId), liburInstansi(instansiId, tujuan[0]!, hari)]);
    await prisma.$transaction(async (tx) => {
      await kunciPegawai(tx, aktor.pegawaiId);
      const lain = await tx.progresHarian.findMany({ where: { pegawaiId: aktor.pegawaiId, tanggal: { in: tujuan } }, select: { id: true, tanggal: true, jamMulai: true, jamSelesai: true } });
      const pesan: string[] = [];
      for (const t of tujuan) {
        const g = periksaEntri({
          tanggal: t,
          jamMulai: asal.jamMulai,
          jamSelesai: asal.jamSelesai,
          hariIni: hari,
          berlaku: m.berlaku,
          lainHariItu: lain.filter((x) => x.tanggal.getTime() === t.getTime()).map((x) => ({ id: x.id, mulai: x.jamMulai, selesai: x.jamSelesai })),
          maksJam: aturan.maksJam,
        });
        for (const v of Object.values(g)) pesan.push(`${tanggalPanjang(t)}: ${v}`);
      }
      if (pesan.length > 0) throw new Tolak("Entri tidak disalin; tidak ada yang disimpan.", { tanggal: pesan });
      await tx.progresHarian.createMany({
        data: tujuan.map((t) => ({
          instansiId,
          pegawaiId: aktor.pegawaiId,
          skpId: m.ra.rhk.skp.id,
          rencanaAksiId: asal.rencanaAksiId,
          tanggal: t,
          jamMulai: asal.jamMulai,
          jamSelesai: asal.jamSelesai,
          kegiatan: asal.kegiatan,
          realisasi: asal.realisasi,
          satuan: asal.satuan,
          buktiId: asal.buktiId,
          tautan: asal.tautan,
          sidik: sidikEntri({ rencanaAksiId: asal.rencanaAksiId, tanggal: t, jamMulai: asal.jamMulai, jamSelesai: asal.jamSelesai, kegiatan: asal.kegiatan }),
          terlambatHari: hariTerlambat(t, hari, aturan.tenggatHari, libur),
          dicatatPada: hari,
        })),
      });
      await audit(tx, aktor, "PROGRES_HARIAN_DISALIN", input.entriId, { ke: tujuan.map(isoTanggal) });
    });
    return berhasil({ jumlah: tujuan.length }, `Entri disalin ke ${tujuan.length} hari (draf).`);
  });
}

/** Mengajukan semua draf dan entri yang dikembalikan dalam rentang tanggal (satu hari atau satu minggu). */
export async function ajukanEntri(aktor: Aktor, input: TAjukan): Promise<Hasil<{ jumlah: number }>> {
  return jalankan(async () => {
    const jumlah = await prisma.$transaction(async (tx) => {
      const baris = await tx.progresHarian.findMany({
        where: { pegawaiId: aktor.pegawaiId, tanggal: { gte: input.dari, lte: input.sampai }, status: { in: ["DRAF", "DIKEMBALIKAN"] }, skp: { status: "DISETUJUI" } },
        select: { id: true, status: true, skp: { select: { penilaiPegawaiId: true } } },
      });
      const dipilih = baris.filter((b) => bolehAjukanEntri(b.status));
      const ids = dipilih.map((b) => b.id);
      if (ids.length === 0) return 0;
      const waktu = new Date();
      await tx.progresHarian.updateMany({ where: { id: { in: ids }, status: { in: ["DRAF", "DIKEMBALIKAN"] } }, data: { status: "DIAJUKAN", diajukanAt: waktu } });
      await audit(tx, aktor, "PROGRES_HARIAN_DIAJUKAN", ids[0]!, { dari: isoTanggal(input.dari), sampai: isoTanggal(input.sampai), jumlah: ids.length, entri: ids });
      // Satu notifikasi per pejabat penilai per pengajuan, dengan jumlah entrinya.
      const perPenilai = new Map<string, number>();
      for (const b of dipilih) if (b.skp.penilaiPegawaiId) perPenilai.set(b.skp.penilaiPegawaiId, (perPenilai.get(b.skp.penilaiPegawaiId) ?? 0) + 1);
      for (const [penilai, jumlah] of perPenilai) {
        await beriTahu(tx, { jenis: "PROGRES_DIAJUKAN", namaPegawai: formatNamaGelar(aktor.nama), jumlah }, `${aktor.pegawaiId}:${waktu.toISOString()}`, [penilai]);
      }
      return ids.length;
    });
    if (jumlah === 0) return gagal("Tidak ada entri draf atau yang dikembalikan pada rentang tanggal itu.");
    const rentang = input.dari.getTime() === input.sampai.getTime() ? tanggalPanjang(input.dari) : `${tanggalPanjang(input.dari)} – ${tanggalPanjang(input.sampai)}`;
    return berhasil({ jumlah }, `${jumlah} entri ${rentang} diajukan ke pejabat penilai.`);
  });
}

// ─── Tinjauan pejabat penilai ────────────────────────────────────────────────────────────────

const selectTinjau = {
  id: true,
  status: true,
  pegawaiId: true,
  instansiId: true,
  tanggal: true,
  skp: { select: { pegawaiId: true, penilaiPegawaiId: true, atasanPenilaiSnapshot: true, pegawai: { select: { instansiId: true } } } },
} satisfies Prisma.ProgresHarianSelect;

/** Entri yang boleh ditinjau aktor: ia pejabat penilai SKP-nya (dari basis data), bukan pemiliknya. */
function bolehTinjau(aktor: Aktor, e: Prisma.ProgresHarianGetPayload<{ select: typeof selectTinjau }>): boolean {
  return e.pegawaiId !== aktor.pegawaiId && peranTerhadapSkp(aktor, konteksAksesSkp(e.skp)) === "PENILAI";
}

/** Menyetujui entri yang diajukan, sekaligus banyak. Satu saja yang bukan wewenang aktor: tidak ada yang disetujui. */
export async function setujuiEntri(aktor: Aktor, input: { entriId: string[] }): Promise<Hasil<{ jumlah: number }>> {
  return jalankan(async () => {
    const ids = [...new Set(input.entriId)];
    const jumlah = await prisma.$transaction(async (tx) => {
      const baris = await tx.progresHarian.findMany({ where: { id: { in: ids } }, select: selectTinjau });
      if (baris.length !== ids.length || baris.some((b) => !bolehTinjau(aktor, b))) throw new Tolak("Sebagian entri tidak ditemukan atau bukan bawahan yang Anda nilai; tidak ada yang disetujui.");
      const siap = baris.filter((b) => bolehSetujuiEntri(b.status)).map((b) => b.id);
      if (siap.length === 0) throw new Tolak("Entri yang dipilih tidak sedang menunggu tinjauan (mungkin sudah ditinjau).");
      const n = await tx.progresHarian.updateMany({ where: { id: { in: siap }, status: "DIAJUKAN" }, data: { status: "DISETUJUI", catatan: null, ditinjauAt: new Date(), ditinjauOleh: aktor.pegawaiId } });
      await audit(tx, aktor, "PROGRES_HARIAN_DISETUJUI", siap[0]!, { jumlah: n.count, entri: siap }, baris[0]!.instansiId);
      return n.count;
    });
    return berhasil({ jumlah }, `${jumlah} entri disetujui.`);
  });
}

/** Mengembalikan satu entri (yang diajukan, atau yang sudah disetujui) dengan catatan untuk pegawai. */
export async function kembalikanEntri(aktor: Aktor, input: { entriId: string; catatan: string }): Promise<Hasil> {
  return jalankan(async () => {
    await prisma.$transaction(async (tx) => {
      const e = await tx.progresHarian.findUnique({ where: { id: input.entriId }, select: selectTinjau });
      if (!e || !bolehTinjau(aktor, e)) throw new Tolak("Entri tidak ditemukan atau bukan bawahan yang Anda nilai.");
      if (!bolehKembalikanEntri(e.status)) throw new Tolak(e.status === "DIKEMBALIKAN" ? "Entri ini sudah dikembalikan." : "Entri ini belum diajukan.");
      const waktu = new Date();
      const n = await tx.progresHarian.updateMany({ where: { id: e.id, status: e.status }, data: { status: "DIKEMBALIKAN", catatan: input.catatan, ditinjauAt: waktu, ditinjauOleh: aktor.pegawaiId } });
      if (n.count === 0) throw new Tolak("Entri baru saja berubah. Muat ulang halaman.");
      await audit(tx, aktor, "PROGRES_HARIAN_DIKEMBALIKAN", e.id, { dari: e.status, catatan: input.catatan }, e.instansiId);
      await beriTahu(tx, { jenis: "PROGRES_DIKEMBALIKAN", tanggal: e.tanggal, catatan: input.catatan }, `${e.id}:${waktu.toISOString()}`, [e.pegawaiId]);
    });
    return berhasil(undefined, "Entri dikembalikan ke pegawai dengan catatan.");
  });
}
