import "server-only";
// Penilaian kinerja (skp-domain §3.5, §4, §7). Setiap perubahan: muat SKP, periode dan evaluasi dari basis data →
// peran aktor dari hierarki pada tanggal acuan periode (tidak dari formulir) → aturan murni (lib/penilaian/alur.ts)
// → satu transaksi dengan baris evaluasi dikunci (FOR UPDATE) dan status/versinya diperiksa ulang + jejak audit.
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { buktiPerRencanaAksi } from "@/lib/pelaksanaan/bukti-rencana";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { env } from "@/lib/env";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { formatNamaGelar, formatTanggal } from "@/lib/organisasi/format";
import { getHierarki } from "@/lib/organisasi/queries";
import { hitungKelengkapan, type Kelengkapan } from "@/lib/pelaksanaan/aturan";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { batasUnggahBytes, periksaBerkas } from "@/lib/penyimpanan/validasi";
import { PESAN_ALUR, peranEvaluasi, putuskanUntukPeran, type AksiEvaluasi, type HasilAlur, type PeranEvaluasi, type StatusEvaluasi, type StatusKeberatan } from "@/lib/penilaian/alur";
import { periksaFinalisasi } from "@/lib/penilaian/finalisasi";
import { periksaGerbang, periksaSyaratTahunan, type HasilGerbang } from "@/lib/penilaian/gerbang";
import { LABEL_PREDIKAT, predikatBila, predikatKinerja, type Rating } from "@/lib/penilaian/kuadran";
import { pegawaiIdDari, penilaiPeriode, tanggalAcuanPenilaian } from "@/lib/penilaian/penilai";
import { hariTerakhirKeberatan, keberatanTerbuka, tanggalLokal, type AturanTenggat } from "@/lib/penilaian/tenggat";
import { liburInstansi } from "@/lib/progres-harian/layanan";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import { posisiKurva } from "@/lib/penilaian/capaian";
import { muatPopulasi, periksaKurva, type CekKurva } from "@/lib/penilaian/kurva";
import { JUMLAH_KOSONG, PESAN_CAPAIAN_BELUM, periksaDistribusi, type JumlahPredikat } from "@/lib/penilaian/distribusi";
import { identitasSkp } from "@/lib/skp/identitas";
import { beriTahu } from "@/lib/notifikasi/tulis";
import type { TAlasanEvaluasi, TDrafEvaluasi, TEvaluasiId, TFinalkan, TKecualikan, TKeputusan, TMulaiEvaluasi, TPengaturanPenilaian, TPenjelasan } from "@/lib/penilaian/schemas";

export const TIDAK_DITEMUKAN_EVALUASI = "Penilaian tidak ditemukan atau Anda tidak berhak mengaksesnya.";

// ─── Pengaturan instansi ──────────────────────────────────────────────────────────────────────

export { getPengaturanPenilaian, type Pengaturan } from "@/lib/penilaian/pengaturan";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";

export async function simpanPengaturanPenilaian(aktor: Aktor, { instansiId, pemetaan, ...isi }: TPengaturanPenilaian): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId })) return gagal("Hanya admin BKD instansi yang dapat mengatur penilaian.");
  const lama = await prisma.pengaturanPenilaian.findUnique({ where: { instansiId }, select: { gerbang: true, tenggatKeberatan: true, jenisHariKeberatan: true, cakupanCapaian: true, pemetaanPimpinan: true } });
  const data = { ...isi, ...(pemetaan ? { pemetaanPimpinan: pemetaan } : {}) };
  await prisma.$transaction(async (tx) => {
    await tx.pengaturanPenilaian.upsert({ where: { instansiId }, create: { instansiId, ...data }, update: data });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PENGATURAN_PENILAIAN_DIUBAH", entitas: "Instansi", entitasId: instansiId, data: { dari: (lama ?? null) as Prisma.InputJsonValue, ke: data } });
  });
  return berhasil(undefined, "Pengaturan penilaian disimpan.");
}

/** Hari libur instansi yang dapat jatuh di dalam tenggat keberatan berhari kerja (setahun ke depan; ±30 baris). */
async function liburKeberatan(instansiId: string, sekarang: Date, aturan: AturanTenggat): Promise<string[]> {
  if (aturan.jenis !== "KERJA") return [];
  const awal = tanggalLokal(sekarang, env().SKP_ZONA_WAKTU);
  return [...(await liburInstansi(instansiId, awal, new Date(awal.getTime() + 366 * 86_400_000)))];
}

// ─── Memuat konteks satu evaluasi ─────────────────────────────────────────────────────────────

const selectSkp = {
  id: true,
  status: true,
  pegawaiId: true,
  jabatanId: true,
  mulai: true,
  selesai: true,
  pendekatan: true,
  pegawai: { select: { instansiId: true } },
  periode: { select: { id: true, tahun: true } },
} satisfies Prisma.SkpSelect;

const selectEvaluasi = {
  id: true,
  status: true,
  versi: true,
  ratingHasil: true,
  ratingPerilaku: true,
  predikat: true,
  catatan: true,
  penilaiPegawaiId: true,
  atasanPenilaiPegawaiId: true,
  dicatatAdmin: true,
  pindaianKunci: true,
  finalAt: true,
  tenggatKeberatan: true,
  updatedAt: true,
  diubahOleh: true,
  keberatan: { select: { id: true, status: true } },
  unitCapaianId: true,
} satisfies Prisma.EvaluasiKinerjaSelect;

export type BarisEvaluasi = Prisma.EvaluasiKinerjaGetPayload<{ select: typeof selectEvaluasi }>;

export type KonteksEvaluasi = {
  skp: Prisma.SkpGetPayload<{ select: typeof selectSkp }>;
  instansiId: string;
  kode: string;
  tahunan: boolean;
  periode: { id: string; label: string; mulai: Date; selesai: Date; status: "BUKA" | "TUTUP" } | null;
  rentang: { mulai: Date; selesai: Date };
  acuan: Date;
  evaluasi: BarisEvaluasi | null;
  status: StatusEvaluasi;
  keberatan: StatusKeberatan | null;
  /** Penilai yang berwenang: tersimpan bila sudah final, selain itu dihitung dari hierarki pada tanggal acuan. */
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
  /** Tidak ada penilai sama sekali (pegawai tanpa jabatan definitif pada tanggal acuan). */
  tanpaPenilai: boolean;
  peran: PeranEvaluasi[];
};

const SENTINEL = "00000000-0000-0000-0000-000000000000";

/** Konteks satu evaluasi (ada atau belum). null bila SKP/periode tidak ada atau aktor sama sekali tidak terkait. */
export async function muatKonteksEvaluasi(aktor: Aktor, skpId: string, kode: string): Promise<KonteksEvaluasi | null> {
  const [skp, evaluasi] = await Promise.all([
    prisma.skp.findUnique({ where: { id: skpId }, select: selectSkp }),
    prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId, kode } }, select: selectEvaluasi }),
  ]);
  if (!skp) return null;
  if (!evaluasi && skp.status !== "DISETUJUI") return null;
  const tahunan = kode === KODE_AKHIR;
  let periode: KonteksEvaluasi["periode"] = null;
  if (!tahunan) {
    periode = await prisma.periodeEvaluasi.findFirst({
      where: { periodeKinerjaId: skp.periode.id, kode },
      select: { id: true, label: true, mulai: true, selesai: true, status: true },
    });
    if (!periode || periode.mulai > skp.selesai || periode.selesai < skp.mulai) return null;
  }
  const rentang = periode ?? { mulai: skp.mulai, selesai: skp.selesai };
  const instansiId = skp.pegawai.instansiId;
  let penilaiPegawaiId: string | null;
  let atasanPenilaiPegawaiId: string | null;
  let tanpaPenilai = false;
  let acuan: Date;
  if (evaluasi && evaluasi.status === "FINAL") {
    penilaiPegawaiId = evaluasi.penilaiPegawaiId;
    atasanPenilaiPegawaiId = evaluasi.atasanPenilaiPegawaiId;
    acuan = tanggalAcuanPenilaian(rentang, skp);
  } else {
    const { hierarki } = await getHierarki(instansiId);
    const p = penilaiPeriode(hierarki, skp.pegawaiId, rentang, skp);
    acuan = p.acuan;
    tanpaPenilai = p.penilai === null;
    penilaiPegawaiId = pegawaiIdDari(p.penilai);
    atasanPenilaiPegawaiId = pegawaiIdDari(p.atasanPenilai);
  }
  const aktorAdmin = aktor.isSuperadmin || aktor.adminInstansiIds.includes(instansiId);
  const peran = peranEvaluasi({
    aktorPegawaiId: aktor.pegawaiId,
    aktorAdmin,
    pegawaiId: skp.pegawaiId,
    penilaiPegawaiId: tanpaPenilai ? SENTINEL : penilaiPegawaiId,
    atasanPenilaiPegawaiId: tanpaPenilai ? SENTINEL : atasanPenilaiPegawaiId,
  });
  if (peran.length === 1 && peran[0] === "LAIN") return null;
  return {
    skp,
    instansiId,
    kode,
    tahunan,
    periode,
    rentang,
    acuan,
    evaluasi,
    status: evaluasi?.status ?? "BELUM",
    keberatan: evaluasi?.keberatan?.status ?? null,
    penilaiPegawaiId,
    atasanPenilaiPegawaiId,
    tanpaPenilai,
    peran,
  };
}

async function muatDariId(aktor: Aktor, evaluasiId: string): Promise<KonteksEvaluasi | null> {
  const e = await prisma.evaluasiKinerja.findUnique({ where: { id: evaluasiId }, select: { skpId: true, kode: true } });
  return e ? muatKonteksEvaluasi(aktor, e.skpId, e.kode) : null;
}

/** Kelengkapan pelaksanaan satu SKP pada satu periode (3 kueri). */
export async function kelengkapanPeriode(skpId: string, periodeId: string): Promise<Kelengkapan> {
  const [ra, iki, realisasi] = await Promise.all([
    buktiPerRencanaAksi([skpId], periodeId),
    prisma.iki.count({ where: { rhk: { skpId } } }),
    prisma.realisasi.count({ where: { periodeEvaluasiId: periodeId, iki: { rhk: { skpId } } } }),
  ]);
  return hitungKelengkapan({ jumlahBuktiPerRencanaAksi: ra.map((r) => r.bukti), indikator: iki, indikatorTerealisasi: realisasi });
}

/** Status evaluasi setiap periode pada segmen SKP (untuk syarat evaluasi tahunan). */
export async function periodeSegmen(skp: { id: string; mulai: Date; selesai: Date; periode: { id: string } }) {
  const [periode, evaluasi] = await Promise.all([
    prisma.periodeEvaluasi.findMany({
      where: { periodeKinerjaId: skp.periode.id, mulai: { lte: skp.selesai }, selesai: { gte: skp.mulai } },
      select: { id: true, kode: true, label: true },
      orderBy: { urutan: "asc" },
    }),
    prisma.evaluasiKinerja.findMany({ where: { skpId: skp.id, kode: { not: KODE_AKHIR } }, select: { kode: true, status: true } }),
  ]);
  const status = new Map(evaluasi.map((e) => [e.kode, e.status]));
  return periode.map((p) => ({ ...p, status: (status.get(p.kode) ?? "BELUM") as StatusEvaluasi }));
}

/** Gerbang untuk menandai selesai: kelengkapan pelaksanaan (periodik) atau syarat periode (tahunan). */
export async function gerbangEvaluasi(k: KonteksEvaluasi): Promise<HasilGerbang> {
  if (k.tahunan) return periksaSyaratTahunan(await periodeSegmen(k.skp));
  const pengaturan = await getPengaturanPenilaian(k.instansiId);
  return periksaGerbang(pengaturan.gerbang, await kelengkapanPeriode(k.skp.id, k.periode!.id));
}

function putuskan(k: KonteksEvaluasi, aksi: AksiEvaluasi, tambahan: Partial<Parameters<typeof putuskanUntukPeran>[1]> = {}): HasilAlur {
  if (k.skp.status !== "DISETUJUI" && ["SIMPAN", "TANDAI_SELESAI", "KECUALIKAN"].includes(aksi)) {
    return { ok: false, pesan: k.skp.status === "DIGANTI" ? "SKP ini sudah diganti revisi; nilai SKP yang berlaku." : "SKP ini belum disetujui sehingga belum dapat dinilai." };
  }
  return putuskanUntukPeran(k.peran, { status: k.status, aksi, tahunan: k.tahunan, keberatan: k.keberatan, perluPindaian: k.penilaiPegawaiId === null, adaPindaian: Boolean(k.evaluasi?.pindaianKunci), ...tambahan });
}

class Konflik extends Error {
  constructor(public pesan: string) {
    super(pesan);
  }
}

const PESAN_BARU_DIUBAH = "Penilaian ini baru saja diubah di tempat lain. Muat ulang halaman untuk melihat keadaan terbarunya.";

/** Baris evaluasi dikunci lalu status (dan versi) diperiksa ulang di dalam transaksi. */
async function kunciEvaluasi(tx: Prisma.TransactionClient, id: string, status: StatusEvaluasi, versi?: number) {
  const [r] = await tx.$queryRaw<{ status: string; versi: number }[]>`SELECT status::text AS status, versi FROM evaluasi_kinerja WHERE id = ${id}::uuid FOR UPDATE`;
  if (!r || r.status !== status || (versi !== undefined && r.versi !== versi)) throw new Konflik(PESAN_BARU_DIUBAH);
}

async function transaksi<T>(f: (tx: Prisma.TransactionClient) => Promise<T>): Promise<{ ok: true; nilai: T } | { ok: false; pesan: string }> {
  try {
    return { ok: true, nilai: await prisma.$transaction(f) };
  } catch (e) {
    if (e instanceof Konflik) return { ok: false, pesan: e.pesan };
    throw e;
  }
}

const audit = (tx: Prisma.TransactionClient, aktor: Aktor, aksi: string, evaluasiId: string, data: Prisma.InputJsonValue) =>
  catatAudit(tx, { penggunaId: aktor.penggunaId, aksi, entitas: "EvaluasiKinerja", entitasId: evaluasiId, data });

/** Snapshot identitas pada tanggal acuan (pegawai, penilai, atasan penilai). */
async function snapshot(k: KonteksEvaluasi) {
  const id = await identitasSkp(k.instansiId, k.skp.pegawaiId, k.skp.jabatanId, k.acuan);
  return {
    pegawaiSnapshot: (id?.pegawai ?? {}) as Prisma.InputJsonValue,
    penilaiSnapshot: (id?.penilai ?? undefined) as Prisma.InputJsonValue | undefined,
    atasanPenilaiSnapshot: (id?.atasanPenilai ?? undefined) as Prisma.InputJsonValue | undefined,
  };
}

// ─── Draf (simpan otomatis) ───────────────────────────────────────────────────────────────────

export type TerbaruEvaluasi = {
  versi: number;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  catatan: string | null;
  umpanRhk: Record<string, { pilihan: string | null; teks: string | null }>;
  umpanPerilaku: Record<string, { pilihan: string | null; teks: string | null }>;
  diubahPada: string;
};

export type HasilDraf =
  | { ok: true; versi: number; evaluasiId: string; disimpanPada: string; predikat: string | null }
  | { ok: false; pesan: string; galat?: Record<string, string[] | undefined>; konflik?: TerbaruEvaluasi };

async function terbaru(evaluasiId: string): Promise<TerbaruEvaluasi> {
  const e = await prisma.evaluasiKinerja.findUniqueOrThrow({
    where: { id: evaluasiId },
    select: { versi: true, ratingHasil: true, ratingPerilaku: true, catatan: true, updatedAt: true, umpan: { select: { rhkId: true, nilai: true, pilihan: true, teks: true } } },
  });
  const umpanRhk: TerbaruEvaluasi["umpanRhk"] = {};
  const umpanPerilaku: TerbaruEvaluasi["umpanPerilaku"] = {};
  for (const u of e.umpan) {
    if (u.rhkId) umpanRhk[u.rhkId] = { pilihan: u.pilihan, teks: u.teks };
    else if (u.nilai) umpanPerilaku[u.nilai] = { pilihan: u.pilihan, teks: u.teks };
  }
  return { versi: e.versi, ratingHasil: e.ratingHasil, ratingPerilaku: e.ratingPerilaku, catatan: e.catatan, umpanRhk, umpanPerilaku, diubahPada: e.updatedAt.toISOString() };
}

const PESAN_KONFLIK = "Penilaian ini sudah diubah di tempat lain (mungkin di tab atau perangkat lain) sejak Anda membukanya. Isian Anda belum disimpan dan tetap ada di layar: bandingkan, lalu pilih versi yang disimpan.";

export async function simpanDrafEvaluasi(aktor: Aktor, input: TDrafEvaluasi): Promise<HasilDraf> {
  const k = await muatKonteksEvaluasi(aktor, input.skpId, input.kode);
  if (!k) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "SIMPAN");
  if (!r.ok) return gagal(r.pesan);
  const rhkIds = Object.keys(input.umpanRhk);
  if (rhkIds.length > 0) {
    const milik = await prisma.rhk.count({ where: { id: { in: rhkIds }, skpId: k.skp.id } });
    if (milik !== rhkIds.length) return gagal("Umpan balik ditujukan pada RHK yang bukan milik SKP ini.");
  }
  if (k.evaluasi && k.evaluasi.versi !== input.versi) return { ok: false, pesan: PESAN_KONFLIK, konflik: await terbaru(k.evaluasi.id) };
  if (!k.evaluasi && input.versi !== 0) return gagal("Penilaian ini tidak ditemukan lagi. Muat ulang halaman.");

  // Pimpinan unit pembawa capaian: rating hasil kerja mengikuti capaian unit yang dipimpin (bukan isian penilai).
  const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
  const ratingHasil = posisi.pimpinan ? posisi.pimpinan.rating : (input.ratingHasil ?? null);
  const ratingPerilaku = input.ratingPerilaku ?? null;
  const predikat = predikatBila(ratingHasil, ratingPerilaku);
  const umpan = [
    ...Object.entries(input.umpanRhk).map(([rhkId, u]) => ({ rhkId, nilai: null, pilihan: u.pilihan ?? null, teks: u.teks || null })),
    ...Object.entries(input.umpanPerilaku).map(([nilai, u]) => ({ rhkId: null, nilai: nilai as NonNullable<keyof TDrafEvaluasi["umpanPerilaku"]>, pilihan: u!.pilihan ?? null, teks: u!.teks || null })),
  ].filter((u) => u.pilihan || u.teks);
  const snap = await snapshot(k);
  const data = {
    ratingHasil,
    ratingPerilaku,
    predikat,
    catatan: input.catatan || null,
    penilaiPegawaiId: k.penilaiPegawaiId,
    atasanPenilaiPegawaiId: k.atasanPenilaiPegawaiId,
    dicatatAdmin: k.penilaiPegawaiId === null,
    unitCapaianId: posisi.unitCapaianId,
    ratingHasilDariCapaian: posisi.pimpinan !== null,
    diubahOleh: aktor.penggunaId,
    ...snap,
  };
  try {
    const t = await transaksi(async (tx) => {
      let id: string;
      let versi: number;
      if (k.evaluasi) {
        await kunciEvaluasi(tx, k.evaluasi.id, k.evaluasi.status, input.versi);
        const u = await tx.evaluasiKinerja.update({ where: { id: k.evaluasi.id }, data: { ...data, status: "DRAF", versi: { increment: 1 } }, select: { id: true, versi: true, updatedAt: true } });
        id = u.id;
        versi = u.versi;
        await tx.umpanEvaluasi.deleteMany({ where: { evaluasiId: id } });
      } else {
        const c = await tx.evaluasiKinerja.create({ data: { ...data, skpId: k.skp.id, kode: k.kode, periodeEvaluasiId: k.periode?.id ?? null, pegawaiSnapshot: snap.pegawaiSnapshot }, select: { id: true, versi: true } });
        id = c.id;
        versi = c.versi;
      }
      if (umpan.length > 0) await tx.umpanEvaluasi.createMany({ data: umpan.map((u) => ({ ...u, evaluasiId: id })) });
      await audit(tx, aktor, "EVALUASI_DRAF_DISIMPAN", id, { kode: k.kode, versi, ratingHasil, ratingPerilaku, predikat, umpan: umpan.length });
      return { id, versi };
    });
    if (!t.ok) {
      const e = k.evaluasi ? await terbaru(k.evaluasi.id) : undefined;
      return { ok: false, pesan: PESAN_KONFLIK, konflik: e };
    }
    return { ok: true, versi: t.nilai.versi, evaluasiId: t.nilai.id, disimpanPada: new Date().toISOString(), predikat };
  } catch (e) {
    // Dua penyimpanan pertama bersamaan: yang kedua melanggar unik (skpId, kode) → konflik, bukan timpa diam-diam.
    if ((e as { code?: string }).code === "P2002" && !k.evaluasi) {
      const ada = await prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId: k.skp.id, kode: k.kode } }, select: { id: true } });
      return { ok: false, pesan: PESAN_KONFLIK, konflik: ada ? await terbaru(ada.id) : undefined };
    }
    throw e;
  }
}

// ─── Selesai dinilai, finalisasi per tim, pengecualian ────────────────────────────────────────

export async function tandaiSelesai(aktor: Aktor, input: TEvaluasiId): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k || !k.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const g = await gerbangEvaluasi(k);
  // Pimpinan unit: rating hasil kerja diambil dari capaian yang berlaku saat ini (mungkin berubah sejak draf).
  const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
  if (posisi.pimpinan && !posisi.pimpinan.rating) {
    return gagal(`Rating hasil kerja pimpinan ${posisi.pimpinan.unitNama} mengikuti capaian kinerja organisasinya, yang belum ditetapkan admin BKD untuk periode ini.`);
  }
  const ratingHasil = posisi.pimpinan ? posisi.pimpinan.rating : k.evaluasi.ratingHasil;
  const r = putuskan(k, "TANDAI_SELESAI", { ratingLengkap: Boolean(ratingHasil && k.evaluasi.ratingPerilaku), gerbang: g });
  if (!r.ok) return gagal(r.pesan);
  const ev = { ...k.evaluasi, ratingHasil, predikat: predikatBila(ratingHasil, k.evaluasi.ratingPerilaku) };
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, ev.status, ev.versi);
    await tx.evaluasiKinerja.update({
      where: { id: ev.id },
      data: {
        status: "SELESAI_DINILAI",
        selesaiDinilaiAt: new Date(),
        versi: { increment: 1 },
        diubahOleh: aktor.penggunaId,
        catatanKelengkapan: g.boleh ? g.peringatan : null,
        ratingHasil: ev.ratingHasil,
        predikat: ev.predikat,
        unitCapaianId: posisi.unitCapaianId,
        ratingHasilDariCapaian: posisi.pimpinan !== null,
      },
    });
    await audit(tx, aktor, "EVALUASI_SELESAI_DINILAI", ev.id, { kode: k.kode, predikat: ev.predikat, catatanKelengkapan: g.boleh ? g.peringatan : null });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Penilaian ditandai selesai dinilai. Finalkan bersama tim Anda di daftar Penilaian Bawahan.");
}

export async function batalSelesai(aktor: Aktor, input: TEvaluasiId): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k || !k.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "BATAL_SELESAI");
  if (!r.ok) return gagal(r.pesan);
  const ev = k.evaluasi;
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, ev.status);
    await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { status: "DRAF", selesaiDinilaiAt: null, versi: { increment: 1 }, diubahOleh: aktor.penggunaId } });
    await audit(tx, aktor, "EVALUASI_DIBUKA_PENILAI", ev.id, { kode: k.kode });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Penilaian dapat diubah lagi.");
}

/**
 * Finalisasi satu tim (semua atau yang dipilih) dalam satu aksi, semua-atau-tidak-sama-sekali. Setiap butir diperiksa
 * alurnya lalu seluruh kelompok diperiksa periksaFinalisasi() — titik tempat pemeriksaan kurva distribusi bergabung.
 */
export async function finalkanTim(aktor: Aktor, input: TFinalkan): Promise<Hasil<{ jumlah: number }>> {
  const ids = [...new Set(input.evaluasiId)];
  const konteks = await Promise.all(ids.map((id) => muatDariId(aktor, id)));
  // Evaluasi tahunan: syarat periode segmen diperiksa ulang (periode dapat batal dikecualikan atau dibuka kembali
  // setelah AKHIR ditandai selesai dinilai).
  const syarat = await Promise.all(konteks.map((k) => (k?.evaluasi && k.tahunan ? gerbangEvaluasi(k) : Promise.resolve(undefined))));
  const butir = konteks.map((k, i) => {
    if (!k?.evaluasi) return { id: ids[i]!, nama: "", predikat: null, hasil: { ok: false, pesan: TIDAK_DITEMUKAN_EVALUASI } as HasilAlur, k: null };
    return { id: k.evaluasi.id, nama: "", predikat: k.evaluasi.predikat, hasil: putuskan(k, "FINALKAN", { gerbang: syarat[i] }), k };
  });
  const nama = new Map(
    (await prisma.evaluasiKinerja.findMany({ where: { id: { in: ids } }, select: { id: true, pegawaiSnapshot: true } })).map((e) => [e.id, (e.pegawaiSnapshot as { nama?: string } | null)?.nama ?? ""]),
  );
  for (const b of butir) b.nama = nama.get(b.id) ?? "";
  const cek = periksaFinalisasi(butir.map((b) => ({ id: b.id, nama: b.nama, predikat: b.predikat, hasil: b.hasil })));
  if (!cek.ok) return gagal(`Tidak ada penilaian yang difinalkan: ${cek.pesan}`, { evaluasiId: cek.rincian });
  // Kurva distribusi per populasi (unit pembawa capaian), atas yang sudah final ditambah kelompok ini.
  const kurva = await cekKurvaKelompok(butir.map((b) => b.k!));
  const pelanggaran = kurva.flatMap((g) => pesanPelanggaran(g).map((p) => `${g.populasi.unitNama}: ${p}`));
  const alasan = input.alasanOverride?.trim() ?? "";
  if (pelanggaran.length > 0 && alasan.length < MIN_ALASAN_OVERRIDE) {
    return gagal(
      `Tidak ada penilaian yang difinalkan: kurva distribusi predikat dilanggar. Sesuaikan rating di papan kalibrasi, atau finalkan dengan alasan pengecualian (minimal ${MIN_ALASAN_OVERRIDE} karakter) yang tercatat dan dilihat admin BKD.`,
      { evaluasiId: pelanggaran, alasanOverride: alasan ? [`Alasan pengecualian minimal ${MIN_ALASAN_OVERRIDE} karakter.`] : undefined },
    );
  }
  const pengaturan = await getPengaturanPenilaian(aktor.instansiId);
  const sekarang = new Date();
  const aturanTenggat = { hari: pengaturan.tenggatKeberatan, jenis: pengaturan.jenisHariKeberatan };
  const tenggat = hariTerakhirKeberatan(sekarang, aturanTenggat, env().SKP_ZONA_WAKTU, await liburKeberatan(aktor.instansiId, sekarang, aturanTenggat));
  const t = await transaksi(async (tx) => {
    // Finalisasi serentak dalam satu populasi berurutan (kunci advisori per unit × periode), lalu kurva diperiksa ulang
    // atas data yang sudah di-commit kelompok lain: dua penilai tidak dapat bersama-sama melampaui batas.
    const kunciKurva = [...new Set(kurva.map((g) => `${g.populasi.unitId}|${g.kode}`))].sort();
    for (const kk of kunciKurva) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"kurva:" + kk}))`;
    if (kunciKurva.length > 0 && pelanggaran.length === 0) {
      const ulang = await cekKurvaKelompok(butir.map((b) => b.k!));
      if (ulang.some((g) => g.hasil && !g.hasil.ok)) throw new Konflik("Penilai lain baru saja memfinalkan sebagian populasi yang sama sehingga kurva kini dilanggar. Muat ulang dan periksa papan kalibrasi.");
    }
    const finalisasi = new Map<string, string>();
    for (const g of kurva) {
      const f = await tx.finalisasiPenilaian.create({
        data: {
          instansiId: g.instansiId,
          unitCapaianId: g.populasi.unitId,
          tahun: g.tahun,
          kode: g.kode,
          penilaiPegawaiId: aktor.pegawaiId,
          capaian: g.populasi.capaian,
          jumlah: (g.jumlah ?? {}) as Prisma.InputJsonValue,
          pelanggaran: pesanPelanggaran(g) as Prisma.InputJsonValue,
          alasanOverride: pesanPelanggaran(g).length > 0 ? alasan : null,
          dibuatOleh: aktor.penggunaId,
        },
        select: { id: true },
      });
      for (const id of g.evaluasiIds) finalisasi.set(id, f.id);
    }
    // Urutan kunci tetap (menurut id): dua finalisasi bersamaan atas butir yang sama tidak saling menunggu (kebuntuan).
    for (const b of [...butir].sort((x, y) => (x.id < y.id ? -1 : 1))) {
      const ev = b.k!.evaluasi!;
      await kunciEvaluasi(tx, ev.id, "SELESAI_DINILAI", ev.versi);
      await tx.evaluasiKinerja.update({
        where: { id: ev.id },
        data: { status: "FINAL", finalAt: sekarang, finalOleh: aktor.penggunaId, tenggatKeberatan: tenggat, versi: { increment: 1 }, penilaiPegawaiId: b.k!.penilaiPegawaiId, atasanPenilaiPegawaiId: b.k!.atasanPenilaiPegawaiId, finalisasiId: finalisasi.get(ev.id) ?? null },
      });
      await audit(tx, aktor, "EVALUASI_DIFINALKAN", ev.id, { kode: b.k!.kode, predikat: ev.predikat, tenggatKeberatan: tenggat.toISOString().slice(0, 10), jumlahTim: butir.length, finalisasiId: finalisasi.get(ev.id) ?? null, override: pelanggaran.length > 0 ? alasan : null });
      if (ev.predikat) {
        const k = b.k!;
        await beriTahu(tx, { jenis: "EVALUASI_FINAL", skpId: k.skp.id, kode: k.kode, labelPeriode: labelNotifikasi(k), predikat: LABEL_PREDIKAT[ev.predikat], tenggatKeberatan: tenggat }, `${ev.id}:${sekarang.toISOString()}`, [k.skp.pegawaiId]);
      }
    }
    // Populasi yang kini seluruhnya final: capaian dan distribusinya dibekukan (penetapan, untuk dokumen).
    for (const g of kurva) {
      if (!g.hasil || g.hasil.sisa > 0 || !g.populasi.capaian) continue;
      const data = { capaian: g.populasi.capaian, jumlah: g.jumlah as Prisma.InputJsonValue, pelanggaran: g.hasil.pelanggaran.map((p) => p.pesan) as Prisma.InputJsonValue, ditetapkanAt: sekarang };
      await tx.penetapanDistribusi.upsert({
        where: { unitKerjaId_tahun_kode: { unitKerjaId: g.populasi.unitId, tahun: g.tahun, kode: g.kode } },
        create: { instansiId: g.instansiId, unitKerjaId: g.populasi.unitId, tahun: g.tahun, kode: g.kode, ...data },
        update: data,
      });
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "DISTRIBUSI_DITETAPKAN", entitas: "UnitKerja", entitasId: g.populasi.unitId, data: { tahun: g.tahun, kode: g.kode, capaian: g.populasi.capaian, jumlah: g.jumlah as Prisma.InputJsonValue } });
    }
  });
  if (!t.ok) return gagal(t.pesan);
  const catatan = pelanggaran.length > 0 ? " Kurva dilanggar dan difinalkan dengan alasan pengecualian; admin BKD melihatnya di daftar pengecualian kurva." : "";
  return berhasil({ jumlah: butir.length }, `${butir.length} penilaian difinalkan. Pegawai dapat melihat hasilnya dan mengajukan keberatan sampai ${formatTanggal(tenggat)}.${catatan}`);
}

/** Nama periode penilaian dalam teks notifikasi. */
function labelNotifikasi(k: KonteksEvaluasi): string {
  return k.tahunan ? `penilaian tahunan ${k.skp.periode.tahun}` : `${k.periode?.label ?? k.kode} ${k.skp.periode.tahun}`;
}

/** Pelanggaran satu populasi; capaian yang belum ditetapkan juga pelanggaran (kurva tak dapat diperiksa). */
function pesanPelanggaran(g: CekKurva): string[] {
  if (!g.hasil) return [PESAN_CAPAIAN_BELUM];
  return g.hasil.ok ? [] : g.hasil.pelanggaran.map((p) => p.pesan);
}

/** Panjang minimal alasan finalisasi yang melanggar kurva. */
export const MIN_ALASAN_OVERRIDE = 20;

type KelompokKurva = CekKurva & { instansiId: string; tahun: number; kode: string; evaluasiIds: string[]; jumlah: Record<string, number> | null };

/** Kurva setiap populasi yang disentuh kelompok finalisasi ini. */
async function cekKurvaKelompok(konteks: readonly KonteksEvaluasi[]): Promise<KelompokKurva[]> {
  const kelompok = new Map<string, { k: KonteksEvaluasi; unitId: string; ids: string[] }>();
  for (const k of konteks) {
    const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
    if (!posisi.unitCapaianId) continue;
    const kunci = `${posisi.unitCapaianId}|${k.kode}`;
    const g = kelompok.get(kunci) ?? kelompok.set(kunci, { k, unitId: posisi.unitCapaianId, ids: [] }).get(kunci)!;
    g.ids.push(k.evaluasi!.id);
  }
  const hasil: KelompokKurva[] = [];
  for (const g of kelompok.values()) {
    // Evaluasi tahunan: populasi sepanjang tahun (bukan segmen SKP anggota pertama kelompok).
    const rentang = g.k.tahunan ? { mulai: new Date(Date.UTC(g.k.skp.periode.tahun, 0, 1)), selesai: new Date(Date.UTC(g.k.skp.periode.tahun, 11, 31)) } : g.k.rentang;
    const pop = (await muatPopulasi(g.k.instansiId, g.k.skp.periode.id, g.k.skp.periode.tahun, g.k.kode, rentang, [g.unitId])).get(g.unitId)!;
    const akan = new Map(konteks.filter((k) => g.ids.includes(k.evaluasi!.id)).map((k) => [k.evaluasi!.id, k.evaluasi!.predikat] as const));
    const c = await periksaKurva(g.k.instansiId, pop, akan);
    const dihitung = pop.anggota.filter((a) => !a.dikecualikan && (a.status === "FINAL" || (a.evaluasiId !== null && akan.has(a.evaluasiId))));
    const jumlah: Record<string, number> = {};
    for (const a of dihitung) {
      const p = a.evaluasiId && akan.has(a.evaluasiId) ? akan.get(a.evaluasiId) : a.predikat;
      if (p) jumlah[p] = (jumlah[p] ?? 0) + 1;
    }
    hasil.push({ ...c, instansiId: g.k.instansiId, tahun: g.k.skp.periode.tahun, kode: g.k.kode, evaluasiIds: g.ids, jumlah });
  }
  return hasil;
}

/**
 * Pengecualian periode oleh penilai mengeluarkan pegawai dari populasi kurva tanpa finalisasi. Bila itu menimbulkan
 * pelanggaran kurva baru atas yang sudah final (mis. anggota terakhir yang belum final, satu-satunya yang masih dapat
 * memenuhi "harus ada Butuh Perbaikan/Kurang"), kurva dapat dihindari tanpa alasan tercatat: ditolak dengan pesannya.
 */
async function dampakPengecualianKurva(k: KonteksEvaluasi): Promise<string | null> {
  if (k.tahunan) return null;
  const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
  if (!posisi.unitCapaianId) return null;
  const pop = (await muatPopulasi(k.instansiId, k.skp.periode.id, k.skp.periode.tahun, k.kode, k.rentang, [posisi.unitCapaianId])).get(posisi.unitCapaianId);
  if (!pop?.capaian || !pop.anggota.some((a) => a.skpId === k.skp.id && !a.dikecualikan)) return null;
  const tanpa = new Map<string, null>();
  const sebelum = await periksaKurva(k.instansiId, pop, tanpa);
  const sesudah = await periksaKurva(k.instansiId, { ...pop, anggota: pop.anggota.map((a) => (a.skpId === k.skp.id ? { ...a, dikecualikan: true } : a)) }, tanpa);
  const kunci = (p: { aturan: { jenis: string; kelompok: readonly string[] } }) => `${p.aturan.jenis}|${p.aturan.kelompok.join(",")}`;
  const lama = new Set((sebelum.hasil?.pelanggaran ?? []).map(kunci));
  const baru = (sesudah.hasil?.pelanggaran ?? []).filter((p) => !lama.has(kunci(p)));
  if (baru.length === 0) return null;
  return `Pengecualian ini membuat kurva distribusi ${pop.unitNama} dilanggar: ${baru.map((p) => p.pesan).join(" ")} Nilai pegawai ini lalu finalkan (dengan alasan pengecualian kurva bila perlu), atau minta admin BKD mencatat pengecualian pegawai.`;
}

export async function kecualikanPeriode(aktor: Aktor, input: TKecualikan): Promise<Hasil> {
  const k = await muatKonteksEvaluasi(aktor, input.skpId, input.kode);
  if (!k) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "KECUALIKAN", { alasan: input.alasan });
  if (!r.ok) return gagal(r.pesan, { alasan: [r.pesan] });
  const dampak = await dampakPengecualianKurva(k);
  if (dampak) return gagal(dampak, { alasan: [dampak] });
  const snap = await snapshot(k);
  const t = await transaksi(async (tx) => {
    let id: string;
    if (k.evaluasi) {
      await kunciEvaluasi(tx, k.evaluasi.id, k.evaluasi.status);
      id = (await tx.evaluasiKinerja.update({ where: { id: k.evaluasi.id }, data: { status: "DIKECUALIKAN", alasanDikecualikan: input.alasan, versi: { increment: 1 }, diubahOleh: aktor.penggunaId }, select: { id: true } })).id;
    } else {
      id = (
        await tx.evaluasiKinerja.create({
          data: { skpId: k.skp.id, kode: k.kode, periodeEvaluasiId: k.periode?.id ?? null, status: "DIKECUALIKAN", alasanDikecualikan: input.alasan, penilaiPegawaiId: k.penilaiPegawaiId, atasanPenilaiPegawaiId: k.atasanPenilaiPegawaiId, diubahOleh: aktor.penggunaId, ...snap },
          select: { id: true },
        })
      ).id;
    }
    await audit(tx, aktor, "EVALUASI_DIKECUALIKAN", id, { kode: k.kode, alasan: input.alasan });
  }).catch((e: unknown) => {
    // Baris pertama dibuat lebih dulu oleh permintaan lain (mis. simpan draf bersamaan): ditolak, bukan galat server.
    if ((e as { code?: string }).code === "P2002" && !k.evaluasi) return { ok: false as const, pesan: PESAN_BARU_DIUBAH };
    throw e;
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, `${k.periode?.label ?? k.kode} dikecualikan dari penilaian.`);
}

export async function batalKecualikan(aktor: Aktor, input: TEvaluasiId): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "BATAL_KECUALIKAN");
  if (!r.ok) return gagal(r.pesan);
  const ev = k.evaluasi;
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, "DIKECUALIKAN");
    await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { status: "DRAF", alasanDikecualikan: null, versi: { increment: 1 }, diubahOleh: aktor.penggunaId } });
    await audit(tx, aktor, "EVALUASI_PENGECUALIAN_DIBATALKAN", ev.id, { kode: k.kode });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Pengecualian dibatalkan; periode ini dapat dinilai.");
}

/** Admin BKD membuka kembali evaluasi final dengan alasan tercatat. */
export async function bukaKembaliEvaluasi(aktor: Aktor, input: TAlasanEvaluasi): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "BUKA_KEMBALI", { alasan: input.alasan });
  if (!r.ok) return gagal(r.pesan);
  const ev = k.evaluasi;
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, "FINAL");
    // Keberatan yang masuk sejak konteks dimuat (ajukanKeberatan mengunci baris yang sama): jangan tinggalkan
    // keberatan berjalan pada evaluasi yang kembali menjadi draf.
    if ((await tx.keberatan.count({ where: { evaluasiId: ev.id } })) > 0) throw new Konflik(PESAN_ALUR.bukaSaatKeberatan);
    await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { status: "DRAF", finalAt: null, finalOleh: null, selesaiDinilaiAt: null, tenggatKeberatan: null, versi: { increment: 1 }, diubahOleh: aktor.penggunaId } });
    // Populasi tidak lagi seluruhnya final: penetapan distribusinya dibatalkan (dibekukan lagi saat final kembali).
    const batal = ev.unitCapaianId
      ? await tx.penetapanDistribusi.deleteMany({ where: { unitKerjaId: ev.unitCapaianId, tahun: k.skp.periode.tahun, kode: k.kode } })
      : { count: 0 };
    await audit(tx, aktor, "EVALUASI_DIBUKA_KEMBALI", ev.id, { kode: k.kode, alasan: input.alasan, predikatSebelum: ev.predikat, penetapanDibatalkan: batal.count > 0 });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Penilaian dibuka kembali; pejabat penilai dapat mengubah lalu memfinalkannya lagi.");
}

// ─── Berkas: pindaian keputusan pimpinan, lampiran keberatan ──────────────────────────────────

async function simpanBerkas(awalan: string, nama: string, bytes: Uint8Array) {
  const cek = await periksaBerkas({ nama, bytes, batasBytes: batasUnggahBytes(process.env) });
  if (!cek.ok) return cek;
  const kunci = `${awalan}/${randomUUID()}`;
  await penyimpanan().simpan(kunci, bytes, cek.mime);
  return { ok: true as const, kunci, nama: cek.namaAman, mime: cek.mime, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** Admin BKD melampirkan pindaian keputusan penilaian dari pimpinan instansi (penilai di luar sistem). */
export async function unggahPindaian(aktor: Aktor, input: { evaluasiId: string; nama: string; bytes: Uint8Array }): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  if (k.penilaiPegawaiId !== null || !k.peran.includes("PENILAI")) return gagal("Pindaian keputusan hanya dilampirkan admin BKD untuk pegawai yang penilainya pimpinan instansi.");
  if (k.status === "FINAL") return gagal("Penilaian ini sudah final.");
  const b = await simpanBerkas("penilaian", input.nama, input.bytes);
  if (!b.ok) return gagal(b.pesan, { berkas: [b.pesan] });
  const ev = k.evaluasi;
  const lama = ev.pindaianKunci;
  const hapusBaru = () => penyimpanan().hapus(b.kunci).catch(() => {});
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, ev.status);
    await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { pindaianKunci: b.kunci, pindaianNama: b.nama, pindaianMime: b.mime, pindaianSha256: b.sha256, versi: { increment: 1 } } });
    await audit(tx, aktor, "EVALUASI_PINDAIAN_DIUNGGAH", ev.id, { nama: b.nama, sha256: b.sha256 });
  }).catch(async (e: unknown) => {
    // Galat basis data apa pun (bukan hanya konflik): berkas yang baru disimpan tidak boleh tertinggal tanpa baris.
    await hapusBaru();
    throw e;
  });
  if (!t.ok) {
    await hapusBaru();
    return gagal(t.pesan);
  }
  if (lama) await penyimpanan().hapus(lama).catch(() => {});
  return berhasil(undefined, `Pindaian "${b.nama}" dilampirkan.`);
}

// ─── Keberatan ────────────────────────────────────────────────────────────────────────────────

export function tenggatTerbuka(tenggat: Date | null, sekarang = new Date()): { terbuka: boolean; tutupLabel: string } {
  if (!tenggat) return { terbuka: false, tutupLabel: "-" };
  return { terbuka: keberatanTerbuka(sekarang, tenggat, env().SKP_ZONA_WAKTU), tutupLabel: formatTanggal(tenggat) };
}

export async function ajukanKeberatan(aktor: Aktor, input: { evaluasiId: string; alasan: string; berkas?: { nama: string; bytes: Uint8Array } }): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const ev = k.evaluasi;
  const r = putuskan(k, "AJUKAN_KEBERATAN", { alasan: input.alasan, tenggat: tenggatTerbuka(ev.tenggatKeberatan) });
  if (!r.ok) return gagal(r.pesan);
  if (!ev.ratingHasil || !ev.ratingPerilaku || !ev.predikat) return gagal("Penilaian ini tidak memiliki rating sehingga tidak dapat diajukan keberatan.");
  let berkas: { kunci: string; nama: string; mime: string; sha256: string } | null = null;
  if (input.berkas) {
    const b = await simpanBerkas("penilaian", input.berkas.nama, input.berkas.bytes);
    if (!b.ok) return gagal(b.pesan, { berkas: [b.pesan] });
    berkas = b;
  }
  try {
    const t = await transaksi(async (tx) => {
      await kunciEvaluasi(tx, ev.id, "FINAL", ev.versi);
      const kb = await tx.keberatan.create({
        data: {
          evaluasiId: ev.id,
          alasan: input.alasan,
          berkasKunci: berkas?.kunci,
          berkasNama: berkas?.nama,
          berkasMime: berkas?.mime,
          berkasSha256: berkas?.sha256,
          ratingHasilSebelum: ev.ratingHasil!,
          ratingPerilakuSebelum: ev.ratingPerilaku!,
          predikatSebelum: ev.predikat!,
        },
        select: { id: true },
      });
      await audit(tx, aktor, "KEBERATAN_DIAJUKAN", ev.id, { keberatanId: kb.id, kode: k.kode, berkas: berkas?.nama ?? null });
      await beriTahu(tx, { jenis: "KEBERATAN_DIAJUKAN", skpId: k.skp.id, kode: k.kode, labelPeriode: labelNotifikasi(k), namaPegawai: formatNamaGelar(aktor.nama) }, kb.id, [k.atasanPenilaiPegawaiId]);
    });
    if (!t.ok) throw new Konflik(t.pesan);
  } catch (e) {
    if (berkas) await penyimpanan().hapus(berkas.kunci).catch(() => {});
    if (e instanceof Konflik) return gagal(e.pesan);
    if ((e as { code?: string }).code === "P2002") return gagal("Keberatan atas penilaian ini sudah diajukan.");
    throw e;
  }
  return berhasil(undefined, "Keberatan diajukan ke atasan pejabat penilai kinerja. Keputusannya akan tampil di halaman ini.");
}

async function kunciKeberatan(tx: Prisma.TransactionClient, evaluasiId: string) {
  const [r] = await tx.$queryRaw<{ id: string; status: string }[]>`SELECT id, status::text AS status FROM keberatan WHERE evaluasi_id = ${evaluasiId}::uuid FOR UPDATE`;
  if (!r || r.status !== "DIAJUKAN") throw new Konflik("Keberatan ini baru saja diputuskan. Muat ulang halaman.");
  return r.id;
}

export async function jelaskanKeberatan(aktor: Aktor, input: TPenjelasan): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "JELASKAN_KEBERATAN", { alasan: input.penjelasan });
  if (!r.ok) return gagal(r.pesan);
  const t = await transaksi(async (tx) => {
    const id = await kunciKeberatan(tx, input.evaluasiId);
    await tx.keberatan.update({ where: { id }, data: { penjelasan: input.penjelasan, dijelaskanAt: new Date() } });
    await audit(tx, aktor, "KEBERATAN_DIJELASKAN", input.evaluasiId, { keberatanId: id });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Penjelasan disimpan dan terlihat oleh atasan pejabat penilai.");
}

export async function putuskanKeberatan(aktor: Aktor, input: TKeputusan): Promise<Hasil> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  const r = putuskan(k, "PUTUSKAN_KEBERATAN", { alasan: input.catatan });
  if (!r.ok) return gagal(r.pesan);
  const ev = k.evaluasi;
  const diubah = input.keputusan === "DIUBAH";
  const hasil = diubah ? input.ratingHasil! : ev.ratingHasil!;
  const perilaku = diubah ? input.ratingPerilaku! : ev.ratingPerilaku!;
  if (diubah && hasil === ev.ratingHasil && perilaku === ev.ratingPerilaku) {
    return gagal("Rating baru sama dengan rating semula. Pilih “Tetap” bila penilaian tidak diubah.", { ratingHasil: ["Rating baru sama dengan semula."] });
  }
  // Pimpinan unit: rating hasil kerjanya mengikuti capaian organisasi; keputusan keberatan hanya mengubah rating perilaku.
  if (diubah && ev.ratingHasil !== hasil) {
    const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
    if (posisi.pimpinan) {
      return gagal(`Rating hasil kerja pimpinan ${posisi.pimpinan.unitNama} mengikuti capaian kinerja organisasinya dan tidak diubah lewat keberatan; ubah rating perilaku kerja, atau tinjau capaian unitnya.`, { ratingHasil: ["Mengikuti capaian organisasi."] });
    }
  }
  const predikat = predikatKinerja(hasil, perilaku);
  const pemutus = { nama: formatNamaGelar(aktor.nama), sebagai: k.peran.includes("ATASAN_PENILAI") && k.atasanPenilaiPegawaiId === null ? "Admin BKD atas nama atasan pejabat penilai" : "Atasan pejabat penilai kinerja" };
  const t = await transaksi(async (tx) => {
    const kid = await kunciKeberatan(tx, ev.id);
    await kunciEvaluasi(tx, ev.id, "FINAL");
    await tx.keberatan.update({
      where: { id: kid },
      data: {
        status: "DIPUTUSKAN",
        keputusan: input.keputusan,
        catatanKeputusan: input.catatan,
        ratingHasilBaru: diubah ? hasil : null,
        ratingPerilakuBaru: diubah ? perilaku : null,
        predikatBaru: diubah ? predikat : null,
        diputuskanAt: new Date(),
        diputuskanOleh: aktor.penggunaId,
        pemutusSnapshot: pemutus,
      },
    });
    if (diubah) {
      await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { ratingHasil: hasil, ratingPerilaku: perilaku, predikat, versi: { increment: 1 } } });
      if (ev.unitCapaianId) await perbaruiPenetapan(tx, ev.unitCapaianId, k.skp.periode.tahun, k.kode, ev.predikat, predikat);
    }
    await audit(tx, aktor, "KEBERATAN_DIPUTUSKAN", ev.id, { keberatanId: kid, keputusan: input.keputusan, predikatSebelum: ev.predikat, predikatBaru: predikat });
    const orang = await tx.pegawai.findUnique({ where: { id: k.skp.pegawaiId }, select: { nama: true, gelarDepan: true, gelarBelakang: true } });
    const dasar = { jenis: "KEBERATAN_DIPUTUSKAN", skpId: k.skp.id, kode: k.kode, labelPeriode: labelNotifikasi(k), keputusan: input.keputusan, namaPegawai: orang ? formatNamaGelar(orang) : "Pegawai" } as const;
    await beriTahu(tx, { ...dasar, untuk: "PEGAWAI" }, kid, [k.skp.pegawaiId]);
    await beriTahu(tx, { ...dasar, untuk: "PENILAI" }, kid, [k.penilaiPegawaiId]);
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, diubah ? "Keberatan diputuskan: rating diubah dan predikat mengikuti kuadran." : "Keberatan diputuskan: penilaian tetap.");
}

/** Berkas penilaian (pindaian atau lampiran keberatan) untuk diunduh oleh yang boleh melihat evaluasinya. */
export async function unduhBerkasEvaluasi(aktor: Aktor, evaluasiId: string, jenis: "pindaian" | "keberatan"): Promise<{ nama: string; mime: string; isi: Uint8Array } | null> {
  const e = await prisma.evaluasiKinerja.findUnique({
    where: { id: evaluasiId },
    select: { skpId: true, kode: true, pindaianKunci: true, pindaianNama: true, pindaianMime: true, keberatan: { select: { berkasKunci: true, berkasNama: true, berkasMime: true } } },
  });
  if (!e) return null;
  const k = await muatKonteksEvaluasi(aktor, e.skpId, e.kode);
  if (!k || !putuskanUntukPeran(k.peran, { status: k.status, aksi: "LIHAT" }).ok) return null;
  const [kunci, nama, mime] = jenis === "pindaian" ? [e.pindaianKunci, e.pindaianNama, e.pindaianMime] : [e.keberatan?.berkasKunci, e.keberatan?.berkasNama, e.keberatan?.berkasMime];
  if (!kunci) return null;
  const isi = await penyimpanan().baca(kunci);
  return isi ? { nama: nama ?? "berkas", mime: mime ?? "application/octet-stream", isi } : null;
}

export async function mulaiEvaluasi(aktor: Aktor, input: TMulaiEvaluasi): Promise<HasilDraf> {
  return simpanDrafEvaluasi(aktor, { ...input, versi: 0, umpanRhk: {}, umpanPerilaku: {} });
}

// ─── Papan kalibrasi ──────────────────────────────────────────────────────────────────────────

export type TKalibrasi = { evaluasiId: string; ratingHasil: Rating; ratingPerilaku: Rating };

/** Memindahkan pegawai ke kolom predikat lain di papan kalibrasi: pasangan rating diganti, perubahan dicatat. */
export async function kalibrasiEvaluasi(aktor: Aktor, input: TKalibrasi): Promise<Hasil<{ predikat: string }>> {
  const k = await muatDariId(aktor, input.evaluasiId);
  if (!k?.evaluasi) return gagal(TIDAK_DITEMUKAN_EVALUASI);
  if (!k.peran.includes("PENILAI")) return gagal("Hanya pejabat penilai pegawai ini yang dapat mengubah ratingnya.");
  if (k.skp.status !== "DISETUJUI") return gagal("SKP ini tidak lagi berlaku.");
  if (k.status !== "DRAF" && k.status !== "SELESAI_DINILAI") return gagal(k.status === "FINAL" ? "Penilaian ini sudah final." : "Penilaian ini belum dapat dikalibrasi.");
  const posisi = await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, k.kode, k.acuan.toISOString());
  if (posisi.pimpinan && input.ratingHasil !== posisi.pimpinan.rating) {
    return gagal(`Rating hasil kerja pimpinan ${posisi.pimpinan.unitNama} mengikuti capaian organisasinya dan tidak dapat diubah di papan kalibrasi.`);
  }
  const ev = k.evaluasi;
  const predikat = predikatKinerja(input.ratingHasil, input.ratingPerilaku);
  if (ev.ratingHasil === input.ratingHasil && ev.ratingPerilaku === input.ratingPerilaku) return gagal("Rating tidak berubah.");
  const t = await transaksi(async (tx) => {
    await kunciEvaluasi(tx, ev.id, ev.status, ev.versi);
    await tx.evaluasiKinerja.update({ where: { id: ev.id }, data: { ratingHasil: input.ratingHasil, ratingPerilaku: input.ratingPerilaku, predikat, versi: { increment: 1 }, diubahOleh: aktor.penggunaId } });
    await tx.perubahanKalibrasi.create({
      data: { evaluasiId: ev.id, dariHasil: ev.ratingHasil, dariPerilaku: ev.ratingPerilaku, dariPredikat: ev.predikat, keHasil: input.ratingHasil, kePerilaku: input.ratingPerilaku, kePredikat: predikat, oleh: aktor.penggunaId },
    });
    await audit(tx, aktor, "EVALUASI_DIKALIBRASI", ev.id, { kode: k.kode, dari: ev.predikat, ke: predikat, ratingHasil: input.ratingHasil, ratingPerilaku: input.ratingPerilaku });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil({ predikat }, `Predikat diubah menjadi ${LABEL_PREDIKAT[predikat]}.`);
}

/** Penetapan distribusi yang sudah dibekukan mengikuti perubahan predikat satu pegawai (mis. keputusan keberatan). */
async function perbaruiPenetapan(tx: Prisma.TransactionClient, unitKerjaId: string, tahun: number, kode: string, dari: string | null, ke: string): Promise<void> {
  const p = await tx.penetapanDistribusi.findUnique({ where: { unitKerjaId_tahun_kode: { unitKerjaId, tahun, kode } }, select: { id: true, capaian: true, jumlah: true } });
  if (!p || dari === ke) return;
  const jumlah = { ...JUMLAH_KOSONG, ...((p.jumlah as Record<string, number> | null) ?? {}) } as Record<string, number>;
  if (dari && (jumlah[dari] ?? 0) > 0) jumlah[dari] -= 1;
  jumlah[ke] = (jumlah[ke] ?? 0) + 1;
  const h = periksaDistribusi(p.capaian, jumlah as JumlahPredikat);
  await tx.penetapanDistribusi.update({ where: { id: p.id }, data: { jumlah, pelanggaran: h.pelanggaran.map((x) => x.pesan) } });
}
