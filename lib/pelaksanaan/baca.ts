import "server-only";
// Pembacaan pelaksanaan untuk halaman: jumlah kueri tetap, berapa pun jumlah RHK, rencana aksi atau bawahan.
import { prisma } from "@/lib/db";
import { buktiPerRencanaAksi } from "@/lib/pelaksanaan/bukti-rencana";
import type { Aktor } from "@/lib/auth/permissions";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { getBeranda, hariIni } from "@/lib/organisasi/beranda";
import { bolehBeriUmpanBalik, bolehIsiPelaksanaan, hitungKelengkapan, hitungKunjungan, jumlahBaru, kodeRhk, type Kelengkapan } from "@/lib/pelaksanaan/aturan";
import { muatSkpPelaksanaan, pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { bacaSnapshot } from "@/lib/skp/identitas";
import { jumlahHarianDisetujui } from "@/lib/progres-harian/baca";
import { usulanRealisasi } from "@/lib/progres-harian/aturan";
import type { PeranTerhadapSkp, StatusSkp } from "@/lib/skp/workflow";
import type { BagianSkp } from "@/lib/skp/rute";

export type PeriodeTampil = { id: string; kode: string; label: string; mulai: Date; selesai: Date; status: "BUKA" | "TUTUP" };

export type UmpanTampil = { id: string; teks: string; createdAt: Date; penulis: string; dariSaya: boolean; baru: boolean; rhkId: string | null; rencanaAksiId: string | null };

export type DataPelaksanaan = {
  skp: { id: string; status: StatusSkp; pendekatan: "KUANTITATIF" | "KUALITATIF"; tahun: number; pemilik: string; jabatan: string };
  peran: PeranTerhadapSkp;
  bagian: BagianSkp;
  periode: PeriodeTampil[];
  dipilih: PeriodeTampil;
  bolehIsi: { ok: boolean; pesan?: string };
  bolehUmpan: boolean;
  rhk: {
    id: string;
    kode: string;
    jenis: "UTAMA" | "TAMBAHAN";
    teks: string;
    iki: {
      id: string;
      aspek: string | null;
      indikator: string;
      targetTeks: string;
      targetAngka: number | null;
      angka: boolean;
      satuan: string | null;
      realisasi: { nilai: number | null; teks: string | null; dasar: string | null } | null;
      /** Jumlah realisasi progres harian yang disetujui pada RHK ini dengan satuan indikator ini (usulan, bukan nilai). */
      usulanHarian: number | null;
    }[];
    rencanaAksi: {
      id: string;
      uraian: string;
      targetAngka: number | null;
      satuan: string | null;
      bukti: { id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; mime: string | null; ukuran: number | null; url: string | null; createdAt: Date }[];
      /** Jumlah realisasi progres harian yang disetujui, per satuan. */
      harian: { satuan: string; total: number; entri: number }[];
    }[];
  }[];
  umpan: UmpanTampil[];
  baru: number;
  kelengkapan: Kelengkapan;
};

/** Halaman pelaksanaan satu SKP pada satu periode; null bila tidak ada atau tidak berhak. ±8 kueri. */
export async function getPelaksanaan(aktor: Aktor, skpId: string, kodePeriode: string | undefined): Promise<DataPelaksanaan | null> {
  const m = await muatSkpPelaksanaan(aktor, skpId);
  if (!m) return null;
  const { skp, peran, bagian } = m;
  // Hanya periode yang beririsan dengan masa berlaku SKP (jabatan yang dipangku sebagian tahun).
  const periode = ((await pastikanPeriodeEvaluasi(skp.periode)) as PeriodeTampil[]).filter((p) => p.mulai <= skp.selesai && p.selesai >= skp.mulai);
  if (periode.length === 0) return null;
  // Bawaan: periode yang sedang berjalan (atau yang terakhir bila tahun sudah lewat).
  const hari = hariIni();
  const dipilih =
    periode.find((p) => p.kode === kodePeriode) ??
    periode.find((p) => p.mulai <= hari && p.selesai >= hari) ??
    (hari > periode.at(-1)!.selesai ? periode.at(-1)! : periode[0]!);

  const [info, rhk, umpan, kunjungan, harian] = await Promise.all([
    prisma.skp.findUniqueOrThrow({ where: { id: skpId }, select: { pendekatan: true, pegawaiSnapshot: true } }),
    prisma.rhk.findMany({
      where: { skpId },
      select: {
        id: true,
        jenis: true,
        teks: true,
        iki: {
          select: {
            id: true,
            aspek: true,
            indikator: true,
            targetTeks: true,
            targetMin: true,
            satuan: true,
            realisasi: { where: { periodeEvaluasiId: dipilih.id }, select: { nilai: true, teks: true, dasar: true } },
          },
          orderBy: { urutan: "asc" },
        },
        rencanaAksi: {
          where: { periodeEvaluasiId: dipilih.id },
          select: {
            id: true,
            uraian: true,
            targetAngka: true,
            satuan: true,
            bukti: {
              where: { status: "SIAP" },
              select: { id: true, jenis: true, nama: true, mime: true, ukuran: true, url: true, createdAt: true },
              orderBy: { createdAt: "asc" },
            },
          },
          orderBy: { urutan: "asc" },
        },
      },
      orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
    }),
    prisma.umpanBalik.findMany({
      where: { skpId },
      select: {
        id: true,
        teks: true,
        createdAt: true,
        rhkId: true,
        rencanaAksiId: true,
        penulisPegawaiId: true,
        penulis: { select: { gelarDepan: true, nama: true, gelarBelakang: true } },
      },
      orderBy: { createdAt: "asc" },
      take: 500,
    }),
    prisma.kunjunganSkp.findUnique({ where: { pegawaiId_skpId: { pegawaiId: aktor.pegawaiId, skpId } }, select: { terakhirDilihat: true, acuanBaru: true } }),
    jumlahHarianDisetujui(skpId, dipilih.id),
  ]);
  // Usulan realisasi dari progres harian yang disetujui (ditawarkan, tidak pernah ditulis tanpa diminta pegawai).
  const usulan = usulanRealisasi(
    rhk.flatMap((r) => r.iki.map((i) => ({ id: i.id, rhkId: r.id, satuan: i.satuan }))),
    harian,
  );

  // Acuan "baru" sebagaimana kunjungan ini akan dicatat (lihat hitungKunjungan).
  const terakhir = hitungKunjungan(kunjungan, new Date()).acuanBaru;
  const kode = kodeRhk(rhk.map((r) => r.jenis));
  const rhkTampil = rhk.map((r, n) => ({
    id: r.id,
    kode: kode[n]!,
    jenis: r.jenis,
    teks: r.teks,
    iki: r.iki.map((i) => ({
      id: i.id,
      aspek: i.aspek,
      indikator: i.indikator,
      targetTeks: i.targetTeks,
      targetAngka: i.targetMin?.toNumber() ?? null,
      angka: info.pendekatan === "KUANTITATIF" && i.targetMin !== null,
      satuan: i.satuan,
      realisasi: i.realisasi[0] ? { nilai: i.realisasi[0].nilai?.toNumber() ?? null, teks: i.realisasi[0].teks, dasar: i.realisasi[0].dasar } : null,
      usulanHarian: info.pendekatan === "KUANTITATIF" && i.targetMin !== null ? (usulan.get(i.id) ?? null) : null,
    })),
    rencanaAksi: r.rencanaAksi.map((a) => ({
      ...a,
      targetAngka: a.targetAngka?.toNumber() ?? null,
      harian: harian.filter((h) => h.rencanaAksiId === a.id).map((h) => ({ satuan: h.satuan, total: h.total, entri: h.entri })),
    })),
  }));
  const semuaIki = rhkTampil.flatMap((r) => r.iki);
  const pemilik = bacaSnapshot(info.pegawaiSnapshot);
  return {
    skp: { id: skp.id, status: skp.status, pendekatan: info.pendekatan, tahun: skp.periode.tahun, pemilik: pemilik?.nama ?? "", jabatan: pemilik?.jabatan ?? "" },
    peran,
    bagian,
    periode,
    dipilih,
    bolehIsi: bolehIsiPelaksanaan({ statusSkp: skp.status, peran, statusPeriode: dipilih.status, labelPeriode: dipilih.label }),
    bolehUmpan: bolehBeriUmpanBalik({ statusSkp: skp.status, peran }).ok,
    rhk: rhkTampil,
    umpan: umpan.map((u) => ({
      id: u.id,
      teks: u.teks,
      createdAt: u.createdAt,
      penulis: formatNamaGelar(u.penulis),
      dariSaya: u.penulisPegawaiId === aktor.pegawaiId,
      baru: u.penulisPegawaiId !== aktor.pegawaiId && (terakhir === null || u.createdAt > terakhir),
      rhkId: u.rhkId,
      rencanaAksiId: u.rencanaAksiId,
    })),
    baru: jumlahBaru(umpan, aktor.pegawaiId, terakhir),
    kelengkapan: hitungKelengkapan({
      jumlahBuktiPerRencanaAksi: rhkTampil.flatMap((r) => r.rencanaAksi.map((a) => a.bukti.length)),
      indikator: semuaIki.length,
      indikatorTerealisasi: semuaIki.filter((i) => i.realisasi !== null).length,
    }),
  };
}

export type BarisMonitoring = {
  pegawaiId: string;
  nama: string;
  jabatan: string;
  skpId: string | null;
  baru: number;
  /** kelengkapan null: periode di luar masa berlaku SKP bawahan itu. */
  periode: { periodeId: string; kode: string; kelengkapan: Kelengkapan | null }[];
};

/**
 * Pemantauan atasan: bawahan × periode dengan kelengkapan (rencana aksi dengan bukti dukung, indikator dengan realisasi).
 * Kueri tetap: SKP bawahan (1), periode (1), rencana aksi + jumlah bukti (1), IKI (1), realisasi (1), umpan (1).
 */
export async function getMonitoring(aktor: Aktor, tahun: number): Promise<{ periode: PeriodeTampil[]; baris: BarisMonitoring[] }> {
  const b = await getBeranda(aktor);
  const ids = b.bawahan.map((k) => k.pegawaiId);
  const skp = await prisma.skp.findMany({
    where: { status: "DISETUJUI", periode: { tahun, instansiId: aktor.instansiId }, OR: [{ pegawaiId: { in: ids } }, { penilaiPegawaiId: aktor.pegawaiId }] },
    select: { id: true, pegawaiId: true, pegawaiSnapshot: true, mulai: true, selesai: true, periode: { select: { id: true, tahun: true, ritme: true } } },
    orderBy: { mulai: "desc" },
  });
  const pk = skp[0]?.periode ?? (await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: aktor.instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } }));
  const periode = pk ? ((await pastikanPeriodeEvaluasi(pk)) as PeriodeTampil[]) : [];
  const skpIds = skp.map((s) => s.id);
  const [ra, iki, realisasi, umpan, kunjungan] = await Promise.all([
    buktiPerRencanaAksi(skpIds),
    prisma.iki.findMany({ where: { rhk: { skpId: { in: skpIds } } }, select: { id: true, rhk: { select: { skpId: true } } } }),
    prisma.realisasi.findMany({ where: { iki: { rhk: { skpId: { in: skpIds } } } }, select: { ikiId: true, periodeEvaluasiId: true } }),
    prisma.umpanBalik.findMany({ where: { skpId: { in: skpIds } }, select: { skpId: true, penulisPegawaiId: true, createdAt: true } }),
    prisma.kunjunganSkp.findMany({ where: { pegawaiId: aktor.pegawaiId, skpId: { in: skpIds } }, select: { skpId: true, terakhirDilihat: true, acuanBaru: true } }),
  ]);
  // Dikelompokkan sekali (per SKP, per SKP × periode) agar waktu tetap linear terhadap jumlah bawahan.
  const ikiPerSkp = new Map<string, Set<string>>();
  for (const i of iki) (ikiPerSkp.get(i.rhk.skpId) ?? ikiPerSkp.set(i.rhk.skpId, new Set()).get(i.rhk.skpId)!).add(i.id);
  const skpPerIki = new Map(iki.map((i) => [i.id, i.rhk.skpId]));
  const buktiPer = new Map<string, number[]>();
  for (const x of ra) {
    const kunci = `${x.skpId}|${x.periodeEvaluasiId}`;
    (buktiPer.get(kunci) ?? buktiPer.set(kunci, []).get(kunci)!).push(x.bukti);
  }
  const realisasiPer = new Map<string, number>();
  for (const x of realisasi) {
    const kunci = `${skpPerIki.get(x.ikiId)}|${x.periodeEvaluasiId}`;
    realisasiPer.set(kunci, (realisasiPer.get(kunci) ?? 0) + 1);
  }
  const umpanPer = new Map<string, (typeof umpan)[number][]>();
  for (const u of umpan) (umpanPer.get(u.skpId) ?? umpanPer.set(u.skpId, []).get(u.skpId)!).push(u);
  const skpPerPegawai = new Map<string, (typeof skp)[number]>();
  for (const s of skp) if (!skpPerPegawai.has(s.pegawaiId)) skpPerPegawai.set(s.pegawaiId, s); // mulai terbaru dulu
  const sekarang = new Date();
  const lihat = new Map(kunjungan.map((k) => [k.skpId, hitungKunjungan(k, sekarang).acuanBaru]));

  const barisDari = (pegawaiId: string, nama: string, jabatan: string, s: (typeof skp)[number] | undefined): BarisMonitoring => ({
    pegawaiId,
    nama,
    jabatan,
    skpId: s?.id ?? null,
    baru: s ? jumlahBaru(umpanPer.get(s.id) ?? [], aktor.pegawaiId, lihat.get(s.id) ?? null) : 0,
    periode: periode.map((p) => {
      const ikiSkp = s ? (ikiPerSkp.get(s.id) ?? new Set<string>()) : new Set<string>();
      const berlaku = s !== undefined && p.mulai <= s.selesai && p.selesai >= s.mulai;
      return {
        periodeId: p.id,
        kode: p.kode,
        kelengkapan: !berlaku ? null : hitungKelengkapan({
          jumlahBuktiPerRencanaAksi: s ? (buktiPer.get(`${s.id}|${p.id}`) ?? []) : [],
          indikator: ikiSkp.size,
          indikatorTerealisasi: s ? (realisasiPer.get(`${s.id}|${p.id}`) ?? 0) : 0,
        }),
      };
    }),
  });
  const baris = b.bawahan.map((k) => barisDari(k.pegawaiId, k.nama, k.jabatan, skpPerPegawai.get(k.pegawaiId)));
  const idBawahan = new Set(ids);
  for (const s of skp.filter((x) => !idBawahan.has(x.pegawaiId))) {
    const snap = bacaSnapshot(s.pegawaiSnapshot);
    baris.push(barisDari(s.pegawaiId, snap?.nama ?? "", snap?.jabatan ?? "", s));
  }
  return { periode, baris };
}

/** Periode evaluasi instansi (admin), untuk membuka/menutup. */
export async function getPeriodeEvaluasiAdmin(instansiId: string) {
  const tahun = hariIni().getUTCFullYear();
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } });
  return pk ? { tahun, periode: (await pastikanPeriodeEvaluasi(pk)) as PeriodeTampil[] } : { tahun, periode: [] };
}
