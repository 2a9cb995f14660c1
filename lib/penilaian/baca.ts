import "server-only";
// Pembacaan penilaian untuk halaman. Jumlah kueri tetap, berapa pun jumlah RHK, rencana aksi atau bawahan.
import { prisma } from "@/lib/db";
import { buktiPerRencanaAksi } from "@/lib/pelaksanaan/bukti-rencana";
import { adalahUuid } from "@/lib/id";
import type { Aktor } from "@/lib/auth/permissions";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { bawahanLangsung } from "@/lib/organisasi/hierarki";
import { getHierarki, getKartuPegawai } from "@/lib/organisasi/queries";
import { hitungKelengkapan, kodeRhk, type Kelengkapan } from "@/lib/pelaksanaan/aturan";
import { pastikanPeriodeEvaluasi } from "@/lib/pelaksanaan/layanan";
import { aksiEvaluasiTersedia, putuskanUntukPeran, statusKotak, type AksiEvaluasi, type PeranEvaluasi, type StatusEvaluasi, type StatusKotak } from "@/lib/penilaian/alur";
import type { HasilGerbang } from "@/lib/penilaian/gerbang";
import type { Predikat, Rating } from "@/lib/penilaian/kuadran";
import { gerbangEvaluasi, getPengaturanPenilaian, kelengkapanPeriode, muatKonteksEvaluasi, tenggatTerbuka, type Pengaturan } from "@/lib/penilaian/layanan";
import { KODE_AKHIR, kodePenilaianBawaan } from "@/lib/penilaian/umpan";
import { posisiKurva, posisiKurvaBanyak, tabelDistribusi } from "@/lib/penilaian/capaian";
import { batasOrang, LABEL_PREDIKAT_ORGANISASI, PESAN_CAPAIAN_BELUM, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { muatPopulasi, periksaKurva } from "@/lib/penilaian/kurva";
import { DAFTAR_PREDIKAT } from "@/lib/penilaian/kuadran";
import { NILAI_BERAKHLAK, type KodeBerakhlak } from "@/lib/skp/berakhlak";
import { bacaSnapshot, identitasSkp, type IdentitasSnapshot } from "@/lib/skp/identitas";
import { bagianSkp, type BagianSkp } from "@/lib/skp/rute";
import { konteksAksesSkp } from "@/lib/skp/akses";
import type { PeriodeTampil } from "@/lib/pelaksanaan/baca";

export type UmpanIsi = { pilihan: string | null; teks: string | null };

export type DataKeberatan = {
  status: "DIAJUKAN" | "DIPUTUSKAN";
  alasan: string;
  berkasNama: string | null;
  diajukanAt: Date;
  penjelasan: string | null;
  dijelaskanAt: Date | null;
  keputusan: "TETAP" | "DIUBAH" | null;
  catatanKeputusan: string | null;
  predikatSebelum: Predikat;
  ratingHasilSebelum: Rating;
  ratingPerilakuSebelum: Rating;
  predikatBaru: Predikat | null;
  diputuskanAt: Date | null;
  pemutus: { nama?: string; sebagai?: string } | null;
};

export type HalamanEvaluasi = {
  skp: { id: string; status: string; tahun: number; pendekatan: "KUANTITATIF" | "KUALITATIF"; mulai: Date; selesai: Date };
  bagian: BagianSkp;
  kode: string;
  tahunan: boolean;
  label: string;
  rentang: { mulai: Date; selesai: Date };
  periodeTutup: boolean;
  status: StatusEvaluasi;
  peran: PeranEvaluasi[];
  aksi: AksiEvaluasi[];
  bolehLihat: { ok: boolean; pesan?: string };
  tanpaPenilai: boolean;
  identitas: { pegawai: IdentitasSnapshot | null; penilai: IdentitasSnapshot | null; atasanPenilai: IdentitasSnapshot | null };
  evaluasi: {
    id: string;
    versi: number;
    ratingHasil: Rating | null;
    ratingPerilaku: Rating | null;
    predikat: Predikat | null;
    catatan: string | null;
    alasanDikecualikan: string | null;
    catatanKelengkapan: string | null;
    dicatatAdmin: boolean;
    pindaianNama: string | null;
    selesaiDinilaiAt: Date | null;
    finalAt: Date | null;
    tenggatKeberatan: Date | null;
    updatedAt: Date;
    umpanRhk: Record<string, UmpanIsi>;
    umpanPerilaku: Record<string, UmpanIsi>;
  } | null;
  keberatan: DataKeberatan | null;
  tenggat: { terbuka: boolean; tutupLabel: string };
  gerbang: HasilGerbang | null;
  kelengkapan: Kelengkapan | null;
  pengaturan: Pengaturan;
  rhk: {
    id: string;
    kode: string;
    jenis: "UTAMA" | "TAMBAHAN";
    teks: string;
    iki: { id: string; aspek: string | null; indikator: string; targetTeks: string; targetAngka: number | null; satuan: string | null; realisasi: { kode: string; nilai: number | null; teks: string | null; dasar: string | null }[] }[];
    rencanaAksi: { id: string; uraian: string; kodePeriode: string; targetAngka: number | null; satuan: string | null; bukti: { id: string; jenis: "BERKAS" | "TAUTAN"; nama: string; mime: string | null; url: string | null }[] }[];
  }[];
  perilaku: { kode: KodeBerakhlak; nama: string; panduan: readonly string[]; ekspektasi: string | null }[];
  /** Perubahan dari papan kalibrasi (sebelum → sesudah, siapa, kapan) dan finalisasinya (dengan alasan pengecualian kurva). */
  kalibrasi: { dari: Predikat | null; ke: Predikat; keHasil: Rating; kePerilaku: Rating; oleh: string; pada: Date }[];
  finalisasi: { alasanOverride: string | null; pelanggaran: string[] } | null;
  /** Pimpinan unit pembawa capaian: rating hasil kerja tetap, mengikuti capaian unit yang dipimpin. */
  hasilTetap: { rating: Rating | null; alasan: string } | null;
  /** Evaluasi tahunan: hasil setiap periode sebagai bahan. */
  periodeMasukan: { kode: string; label: string; status: StatusEvaluasi; ratingHasil: Rating | null; ratingPerilaku: Rating | null; predikat: Predikat | null; umpanRhk: Record<string, UmpanIsi>; umpanPerilaku: Record<string, UmpanIsi>; alasanDikecualikan: string | null }[];
};

/** Halaman evaluasi satu SKP untuk satu periode (kode) atau tahunan (AKHIR); null bila tidak ada/tidak berhak. */
export async function getHalamanEvaluasi(aktor: Aktor, skpId: string, kode: string): Promise<HalamanEvaluasi | null> {
  // Id dari URL: bukan UUID → tidak ditemukan (404), bukan galat kueri (500).
  if (!adalahUuid(skpId)) return null;
  const k = await muatKonteksEvaluasi(aktor, skpId, kode);
  if (!k) return null;
  const ev = k.evaluasi;
  const [skp, lengkap, rhk, perilaku, pengaturan, gerbang, kelengkapan, semuaEvaluasi] = await Promise.all([
    prisma.skp.findUniqueOrThrow({ where: { id: skpId }, select: { pegawaiId: true, penilaiPegawaiId: true, atasanPenilaiSnapshot: true, pegawai: { select: { instansiId: true } } } }),
    ev
      ? prisma.evaluasiKinerja.findUniqueOrThrow({
          where: { id: ev.id },
          select: {
            alasanDikecualikan: true,
            catatanKelengkapan: true,
            pindaianNama: true,
            selesaiDinilaiAt: true,
            pegawaiSnapshot: true,
            penilaiSnapshot: true,
            atasanPenilaiSnapshot: true,
            umpan: { select: { rhkId: true, nilai: true, pilihan: true, teks: true } },
            keberatan: {
              select: {
                status: true, alasan: true, berkasNama: true, diajukanAt: true, penjelasan: true, dijelaskanAt: true, keputusan: true, catatanKeputusan: true,
                predikatSebelum: true, ratingHasilSebelum: true, ratingPerilakuSebelum: true, predikatBaru: true, diputuskanAt: true, pemutusSnapshot: true,
              },
            },
          },
        })
      : null,
    prisma.rhk.findMany({
      where: { skpId },
      select: {
        id: true,
        jenis: true,
        teks: true,
        iki: {
          select: {
            id: true, aspek: true, indikator: true, targetTeks: true, targetMin: true, satuan: true,
            realisasi: { where: k.periode ? { periodeEvaluasiId: k.periode.id } : {}, select: { nilai: true, teks: true, dasar: true, periode: { select: { kode: true, urutan: true } } } },
          },
          orderBy: { urutan: "asc" },
        },
        rencanaAksi: {
          where: k.periode ? { periodeEvaluasiId: k.periode.id } : {},
          select: {
            id: true, uraian: true, targetAngka: true, satuan: true, periode: { select: { kode: true, urutan: true } },
            bukti: { where: { status: "SIAP" }, select: { id: true, jenis: true, nama: true, mime: true, url: true }, orderBy: { createdAt: "asc" } },
          },
          orderBy: [{ periode: { urutan: "asc" } }, { urutan: "asc" }],
        },
      },
      orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
    }),
    prisma.perilakuSkp.findMany({ where: { skpId }, select: { nilai: true, ekspektasi: true } }),
    getPengaturanPenilaian(k.instansiId),
    k.peran.includes("PENILAI") && (k.status === "BELUM" || k.status === "DRAF") ? gerbangEvaluasi(k) : Promise.resolve(null),
    k.periode ? kelengkapanPeriode(skpId, k.periode.id) : Promise.resolve(null),
    k.tahunan
      ? prisma.evaluasiKinerja.findMany({
          where: { skpId, kode: { not: KODE_AKHIR } },
          select: { kode: true, status: true, ratingHasil: true, ratingPerilaku: true, predikat: true, alasanDikecualikan: true, umpan: { select: { rhkId: true, nilai: true, pilihan: true, teks: true } } },
        })
      : Promise.resolve([]),
  ]);

  const kelompokUmpan = (umpan: { rhkId: string | null; nilai: string | null; pilihan: string | null; teks: string | null }[]) => {
    const umpanRhk: Record<string, UmpanIsi> = {};
    const umpanPerilaku: Record<string, UmpanIsi> = {};
    for (const u of umpan) {
      if (u.rhkId) umpanRhk[u.rhkId] = { pilihan: u.pilihan, teks: u.teks };
      else if (u.nilai) umpanPerilaku[u.nilai] = { pilihan: u.pilihan, teks: u.teks };
    }
    return { umpanRhk, umpanPerilaku };
  };

  // Identitas: snapshot tersimpan, atau dihitung pada tanggal acuan bila penilaian belum dimulai.
  let identitas: HalamanEvaluasi["identitas"];
  if (lengkap) {
    identitas = { pegawai: bacaSnapshot(lengkap.pegawaiSnapshot), penilai: bacaSnapshot(lengkap.penilaiSnapshot), atasanPenilai: bacaSnapshot(lengkap.atasanPenilaiSnapshot) };
  } else {
    const id = await identitasSkp(k.instansiId, k.skp.pegawaiId, k.skp.jabatanId, k.acuan);
    identitas = { pegawai: id?.pegawai ?? null, penilai: id?.penilai ?? null, atasanPenilai: id?.atasanPenilai ?? null };
  }

  const bolehLihat = putuskanUntukPeran(k.peran, { status: k.status, aksi: "LIHAT" });
  const tenggat = tenggatTerbuka(ev?.tenggatKeberatan ?? null);
  const aksi = aksiEvaluasiTersedia(k.peran, {
    status: k.status,
    tahunan: k.tahunan,
    keberatan: k.keberatan,
    ratingLengkap: Boolean(ev?.ratingHasil && ev?.ratingPerilaku),
    gerbang: gerbang ?? undefined,
    tenggat,
  }).filter((a) => k.skp.status === "DISETUJUI" || !["SIMPAN", "TANDAI_SELESAI", "KECUALIKAN"].includes(a));

  const kodeR = kodeRhk(rhk.map((r) => r.jenis));
  const ekspektasi = new Map(perilaku.map((p) => [p.nilai, p.ekspektasi]));
  const pk = await prisma.periodeEvaluasi.findMany({
    where: { periodeKinerjaId: k.skp.periode.id, mulai: { lte: k.skp.selesai }, selesai: { gte: k.skp.mulai } },
    select: { kode: true, label: true },
    orderBy: { urutan: "asc" },
  });
  const evPer = new Map(semuaEvaluasi.map((e) => [e.kode, e]));
  const kb = lengkap?.keberatan ?? null;
  const [kalibrasi, finalisasi] = ev
    ? await Promise.all([
        prisma.perubahanKalibrasi.findMany({ where: { evaluasiId: ev.id }, select: { dariPredikat: true, kePredikat: true, keHasil: true, kePerilaku: true, oleh: true, createdAt: true }, orderBy: { createdAt: "asc" }, take: 50 }),
        prisma.evaluasiKinerja.findUnique({ where: { id: ev.id }, select: { finalisasi: { select: { alasanOverride: true, pelanggaran: true } } } }),
      ])
    : [[], null];
  const olehKalibrasi = kalibrasi.length
    ? new Map((await prisma.pengguna.findMany({ where: { id: { in: kalibrasi.map((x) => x.oleh) } }, select: { id: true, pegawai: { select: { gelarDepan: true, nama: true, gelarBelakang: true } } } })).map((x) => [x.id, formatNamaGelar(x.pegawai)]))
    : new Map<string, string>();
  const posisi = k.status === "FINAL" ? null : await posisiKurva(k.instansiId, k.skp.jabatanId, k.skp.periode.tahun, kode, k.acuan.toISOString());
  const hasilTetap = posisi?.pimpinan
    ? {
        rating: posisi.pimpinan.rating,
        alasan: posisi.pimpinan.capaian
          ? `Mengikuti capaian kinerja organisasi ${posisi.pimpinan.unitNama}: ${LABEL_PREDIKAT_ORGANISASI[posisi.pimpinan.capaian]} (SE MenPANRB 3/2023: capaian unit yang dipimpin menjadi rating hasil kerja pimpinannya).`
          : `Mengikuti capaian kinerja organisasi ${posisi.pimpinan.unitNama}, yang belum ditetapkan admin BKD untuk periode ini.`,
      }
    : null;

  return {
    skp: { id: skpId, status: k.skp.status, tahun: k.skp.periode.tahun, pendekatan: k.skp.pendekatan, mulai: k.skp.mulai, selesai: k.skp.selesai },
    bagian: bagianSkp(aktor, konteksAksesSkp(skp)),
    kode,
    tahunan: k.tahunan,
    label: k.periode?.label ?? "Akhir (tahunan)",
    rentang: k.rentang,
    periodeTutup: k.periode?.status === "TUTUP",
    status: k.status,
    peran: k.peran,
    aksi,
    bolehLihat: bolehLihat.ok ? { ok: true } : { ok: false, pesan: bolehLihat.pesan },
    tanpaPenilai: k.tanpaPenilai,
    identitas,
    evaluasi: ev && lengkap
      ? {
          id: ev.id,
          versi: ev.versi,
          ratingHasil: ev.ratingHasil,
          ratingPerilaku: ev.ratingPerilaku,
          predikat: ev.predikat,
          catatan: ev.catatan,
          alasanDikecualikan: lengkap.alasanDikecualikan,
          catatanKelengkapan: lengkap.catatanKelengkapan,
          dicatatAdmin: ev.dicatatAdmin,
          pindaianNama: lengkap.pindaianNama,
          selesaiDinilaiAt: lengkap.selesaiDinilaiAt,
          finalAt: ev.finalAt,
          tenggatKeberatan: ev.tenggatKeberatan,
          updatedAt: ev.updatedAt,
          ...kelompokUmpan(lengkap.umpan),
        }
      : null,
    keberatan: kb ? { ...kb, pemutus: (kb.pemutusSnapshot as DataKeberatan["pemutus"]) ?? null } : null,
    tenggat,
    gerbang,
    kelengkapan,
    pengaturan,
    rhk: rhk.map((r, i) => ({
      id: r.id,
      kode: kodeR[i]!,
      jenis: r.jenis,
      teks: r.teks,
      iki: r.iki.map((x) => ({
        id: x.id,
        aspek: x.aspek,
        indikator: x.indikator,
        targetTeks: x.targetTeks,
        targetAngka: k.skp.pendekatan === "KUANTITATIF" ? (x.targetMin?.toNumber() ?? null) : null,
        satuan: x.satuan,
        realisasi: x.realisasi
          .sort((a, b) => a.periode.urutan - b.periode.urutan)
          .map((z) => ({ kode: z.periode.kode, nilai: z.nilai?.toNumber() ?? null, teks: z.teks, dasar: z.dasar })),
      })),
      rencanaAksi: r.rencanaAksi.map((a) => ({ id: a.id, uraian: a.uraian, kodePeriode: a.periode.kode, targetAngka: a.targetAngka?.toNumber() ?? null, satuan: a.satuan, bukti: a.bukti })),
    })),
    perilaku: NILAI_BERAKHLAK.map((n) => ({ kode: n.kode, nama: n.nama, panduan: n.panduan, ekspektasi: ekspektasi.get(n.kode) ?? null })),
    hasilTetap,
    kalibrasi: kalibrasi.map((x) => ({ dari: x.dariPredikat, ke: x.kePredikat, keHasil: x.keHasil, kePerilaku: x.kePerilaku, oleh: olehKalibrasi.get(x.oleh) ?? "", pada: x.createdAt })),
    finalisasi: finalisasi?.finalisasi ? { alasanOverride: finalisasi.finalisasi.alasanOverride, pelanggaran: Array.isArray(finalisasi.finalisasi.pelanggaran) ? (finalisasi.finalisasi.pelanggaran as string[]) : [] } : null,
    periodeMasukan: k.tahunan
      ? pk.map((p) => {
          const e = evPer.get(p.kode);
          return {
            kode: p.kode,
            label: p.label,
            status: (e?.status ?? "BELUM") as StatusEvaluasi,
            ratingHasil: e?.ratingHasil ?? null,
            ratingPerilaku: e?.ratingPerilaku ?? null,
            predikat: e?.predikat ?? null,
            alasanDikecualikan: e?.alasanDikecualikan ?? null,
            ...kelompokUmpan(e?.umpan ?? []),
          };
        })
      : [],
  };
}

// ─── Kotak masuk Penilaian Bawahan ────────────────────────────────────────────────────────────

export type BarisKotak = {
  pegawaiId: string;
  nama: string;
  nip: string;
  labelNip: string;
  jabatan: string;
  skpId: string | null;
  evaluasiId: string | null;
  status: StatusKotak | "TANPA_SKP";
  kelengkapan: Kelengkapan | null;
  predikat: Predikat | null;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
};

export type KotakPenilaian = {
  tahun: number;
  periode: PeriodeTampil[];
  kode: string;
  label: string;
  rentang: { mulai: Date; selesai: Date } | null;
  baris: BarisKotak[];
  pengaturan: Pengaturan;
};

/**
 * Bawahan langsung pada tanggal acuan periode (akhir periode; Plt/Plh dihitung) dengan status penilaian periode itu.
 * Kueri tetap: hierarki (2), unit/instansi (2), periode (1–2), SKP (1), rencana aksi + bukti (1), IKI (1), realisasi (1),
 * evaluasi (1), kartu pegawai (1), pengaturan (1).
 */
/**
 * SKP yang berlaku di periode itu milik bawahan langsung, ditambah SKP yang evaluasi kode ini dinilai aktor (bawahan
 * yang sudah pindah). Dua kueri berindeks (pegawai; evaluasi per penilai) alih-alih satu OR yang memeriksa setiap SKP
 * instansi; urutan: selesai lalu versi terbaru dulu.
 */
async function skpKotak(periodeId: string, rentang: { mulai: Date; selesai: Date }, pegawaiIds: string[], kode: string, penilaiPegawaiId: string) {
  const dasar = { periodeId, status: { in: ["DISETUJUI", "DIGANTI"] as ("DISETUJUI" | "DIGANTI")[] }, mulai: { lte: rentang.selesai }, selesai: { gte: rentang.mulai } };
  const select = { id: true, pegawaiId: true, status: true, selesai: true, versi: true, pegawaiSnapshot: true } as const;
  const dinilai = await prisma.evaluasiKinerja.findMany({ where: { penilaiPegawaiId, kode }, select: { skpId: true } });
  const [a, b] = await Promise.all([
    pegawaiIds.length ? prisma.skp.findMany({ where: { ...dasar, pegawaiId: { in: pegawaiIds } }, select }) : Promise.resolve([]),
    dinilai.length ? prisma.skp.findMany({ where: { ...dasar, id: { in: dinilai.map((d) => d.skpId) } }, select }) : Promise.resolve([]),
  ]);
  const per = new Map([...a, ...b].map((x) => [x.id, x]));
  return [...per.values()].sort((x, y) => y.selesai.getTime() - x.selesai.getTime() || y.versi - x.versi);
}

export async function getKotakPenilaian(aktor: Aktor, kodeDiminta: string | undefined): Promise<KotakPenilaian> {
  const hari = hariIni();
  const tahun = hari.getUTCFullYear();
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: aktor.instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } });
  const periode = pk ? ((await pastikanPeriodeEvaluasi(pk)) as PeriodeTampil[]) : [];
  const pengaturan = await getPengaturanPenilaian(aktor.instansiId);
  if (!pk || periode.length === 0) return { tahun, periode, kode: "", label: "", rentang: null, baris: [], pengaturan };
  // Bawaan: periode terakhir yang sudah berakhir (penilaian dilakukan setelah periode berakhir), selain itu yang pertama.
  const tahunan = kodeDiminta === KODE_AKHIR;
  const dipilih = tahunan ? null : periode.find((p) => p.kode === kodePenilaianBawaan(periode, hari, kodeDiminta))!;
  const rentang = dipilih ? { mulai: dipilih.mulai, selesai: dipilih.selesai } : { mulai: periode[0]!.mulai, selesai: periode.at(-1)!.selesai };
  const kode = dipilih?.kode ?? KODE_AKHIR;

  const data = await getHierarki(aktor.instansiId);
  const acuan = rentang.selesai;
  const bawahan = bawahanLangsung(data.hierarki, aktor.pegawaiId, acuan);
  const ids = bawahan.map((b) => b.pegawaiId);
  const [kartu, skp] = await Promise.all([
    getKartuPegawai(aktor.instansiId, data, bawahan.map((b) => ({ pegawaiId: b.pegawaiId, jabatanId: b.jabatanId, jenis: "DEFINITIF" as const }))),
    skpKotak(pk.id, rentang, ids, kode, aktor.pegawaiId),
  ]);
  // Per pegawai: SKP yang berlaku (DISETUJUI; yang DIGANTI hanya bila sudah punya evaluasi).
  const skpIds = skp.map((s) => s.id);
  const [evaluasi, ra, iki, realisasi] = await Promise.all([
    prisma.evaluasiKinerja.findMany({
      where: { skpId: { in: skpIds }, kode },
      select: { id: true, skpId: true, status: true, predikat: true, ratingHasil: true, ratingPerilaku: true, penilaiPegawaiId: true, keberatan: { select: { status: true } } },
    }),
    dipilih
      ? buktiPerRencanaAksi(skpIds, dipilih.id)
      : Promise.resolve([]),
    prisma.iki.groupBy({ by: ["rhkId"], where: { rhk: { skpId: { in: skpIds } } }, _count: { _all: true } }),
    dipilih ? prisma.realisasi.findMany({ where: { periodeEvaluasiId: dipilih.id, iki: { rhk: { skpId: { in: skpIds } } } }, select: { iki: { select: { rhk: { select: { skpId: true } } } } } }) : Promise.resolve([]),
  ]);
  const rhkSkp = iki.length > 0 ? await prisma.rhk.findMany({ where: { id: { in: iki.map((i) => i.rhkId) } }, select: { id: true, skpId: true } }) : [];
  const skpRhk = new Map(rhkSkp.map((r) => [r.id, r.skpId]));
  const ikiPer = new Map<string, number>();
  for (const g of iki) {
    const s = skpRhk.get(g.rhkId)!;
    ikiPer.set(s, (ikiPer.get(s) ?? 0) + g._count._all);
  }
  const buktiPer = new Map<string, number[]>();
  for (const x of ra) (buktiPer.get(x.skpId) ?? buktiPer.set(x.skpId, []).get(x.skpId)!).push(x.bukti);
  const realPer = new Map<string, number>();
  for (const x of realisasi) realPer.set(x.iki.rhk.skpId, (realPer.get(x.iki.rhk.skpId) ?? 0) + 1);
  const evPer = new Map(evaluasi.map((e) => [e.skpId, e]));
  const skpPer = new Map<string, (typeof skp)[number]>();
  for (const s of skp) {
    const ada = skpPer.get(s.pegawaiId);
    if (!ada || (!evPer.has(ada.id) && (evPer.has(s.id) || (ada.status !== "DISETUJUI" && s.status === "DISETUJUI")))) skpPer.set(s.pegawaiId, s);
  }

  const barisDari = (pegawaiId: string, nama: string, nip: string, labelNip: string, jabatan: string): BarisKotak => {
    const s = skpPer.get(pegawaiId);
    if (!s) return { pegawaiId, nama, nip, labelNip, jabatan, skpId: null, evaluasiId: null, status: "TANPA_SKP", kelengkapan: null, predikat: null, ratingHasil: null, ratingPerilaku: null };
    const e = evPer.get(s.id);
    const kel = dipilih ? hitungKelengkapan({ jumlahBuktiPerRencanaAksi: buktiPer.get(s.id) ?? [], indikator: ikiPer.get(s.id) ?? 0, indikatorTerealisasi: realPer.get(s.id) ?? 0 }) : null;
    return {
      pegawaiId,
      nama,
      nip,
      labelNip,
      jabatan,
      skpId: s.id,
      evaluasiId: e?.id ?? null,
      status: statusKotak({ status: e?.status ?? "BELUM", keberatan: e?.keberatan?.status ?? null, lengkap: kel ? kel.status === "LENGKAP" : true }),
      kelengkapan: kel,
      predikat: e?.predikat ?? null,
      ratingHasil: e?.ratingHasil ?? null,
      ratingPerilaku: e?.ratingPerilaku ?? null,
    };
  };
  const baris = kartu.map((k) => barisDari(k.pegawaiId, k.nama, k.nip, k.labelNip, k.jabatan));
  const dilihat = new Set(ids);
  for (const s of skp) {
    if (dilihat.has(s.pegawaiId) || skpPer.get(s.pegawaiId) !== s) continue;
    const snap = bacaSnapshot(s.pegawaiSnapshot);
    dilihat.add(s.pegawaiId);
    baris.push(barisDari(s.pegawaiId, snap?.nama ?? "", snap?.nip ?? "", snap?.labelNip ?? "NIP", snap?.jabatan ?? ""));
  }
  baris.sort((a, b) => a.jabatan.localeCompare(b.jabatan, "id") || a.nama.localeCompare(b.nama, "id"));
  return { tahun, periode, kode, label: dipilih?.label ?? "Akhir (tahunan)", rentang, baris, pengaturan };
}

// ─── Hasil penilaian setahun (pegawai dan yang berhak melihat) ────────────────────────────────

export type SelHasil = { kode: string; label: string; status: StatusEvaluasi; predikat: Predikat | null; ratingHasil: Rating | null; ratingPerilaku: Rating | null; keberatan: "DIAJUKAN" | "DIPUTUSKAN" | null; terlihat: boolean };

export type SegmenHasil = { skpId: string; jabatan: string; mulai: Date; selesai: Date; status: string; sel: SelHasil[]; akhir: SelHasil };

/** Semua SKP pegawai pemilik `skpId` pada tahun yang sama (segmen mutasi), dengan hasil setiap periode dan tahunannya. */
export async function getHasilTahun(aktor: Aktor, skpId: string): Promise<{ pegawaiId: string; nama: string; tahun: number; bagian: BagianSkp; segmen: SegmenHasil[] } | null> {
  if (!adalahUuid(skpId)) return null;
  const induk = await prisma.skp.findUnique({
    where: { id: skpId },
    select: { pegawaiId: true, penilaiPegawaiId: true, atasanPenilaiSnapshot: true, pegawaiSnapshot: true, periodeId: true, periode: { select: { id: true, tahun: true, ritme: true } }, pegawai: { select: { instansiId: true } } },
  });
  if (!induk) return null;
  const k = konteksAksesSkp(induk);
  const admin = aktor.isSuperadmin || aktor.adminInstansiIds.includes(k.instansiId);
  const sendiri = aktor.pegawaiId === induk.pegawaiId;
  const [skp, periode] = await Promise.all([
    prisma.skp.findMany({
      where: { pegawaiId: induk.pegawaiId, periodeId: induk.periodeId, OR: [{ status: "DISETUJUI" }, { status: "DIGANTI", evaluasi: { some: {} } }] },
      select: {
        id: true, status: true, mulai: true, selesai: true, pegawaiSnapshot: true, penilaiPegawaiId: true,
        evaluasi: { select: { kode: true, status: true, predikat: true, ratingHasil: true, ratingPerilaku: true, penilaiPegawaiId: true, atasanPenilaiPegawaiId: true, keberatan: { select: { status: true } } } },
      },
      orderBy: [{ mulai: "asc" }, { versi: "asc" }],
    }),
    pastikanPeriodeEvaluasi(induk.periode),
  ]);
  // Yang berhak melihat ringkasan: pemilik, admin, atau penilai/atasan penilai salah satu SKP atau evaluasinya.
  const terkait = skp.some((s) => s.penilaiPegawaiId === aktor.pegawaiId || s.evaluasi.some((e) => e.penilaiPegawaiId === aktor.pegawaiId || e.atasanPenilaiPegawaiId === aktor.pegawaiId));
  if (!sendiri && !admin && !terkait && k.atasanPenilaiPegawaiId !== aktor.pegawaiId && k.penilaiPegawaiId !== aktor.pegawaiId) return null;
  const sel = (kode: string, label: string, e: (typeof skp)[number]["evaluasi"][number] | undefined): SelHasil => {
    const status = (e?.status ?? "BELUM") as StatusEvaluasi;
    const terlihat = !sendiri || status === "FINAL" || status === "DIKECUALIKAN";
    return {
      kode,
      label,
      status: terlihat ? status : "BELUM",
      predikat: terlihat ? (e?.predikat ?? null) : null,
      ratingHasil: terlihat ? (e?.ratingHasil ?? null) : null,
      ratingPerilaku: terlihat ? (e?.ratingPerilaku ?? null) : null,
      keberatan: terlihat ? (e?.keberatan?.status ?? null) : null,
      terlihat,
    };
  };
  const snap = bacaSnapshot(induk.pegawaiSnapshot);
  return {
    pegawaiId: induk.pegawaiId,
    nama: snap?.nama ?? "",
    tahun: induk.periode.tahun,
    bagian: bagianSkp(aktor, k),
    segmen: skp.map((s) => {
      const ev = new Map(s.evaluasi.map((e) => [e.kode, e]));
      return {
        skpId: s.id,
        jabatan: bacaSnapshot(s.pegawaiSnapshot)?.jabatan ?? "",
        mulai: s.mulai,
        selesai: s.selesai,
        status: s.status,
        sel: periode.filter((p) => p.mulai <= s.selesai && p.selesai >= s.mulai).map((p) => sel(p.kode, p.label, ev.get(p.kode))),
        akhir: sel(KODE_AKHIR, "Akhir (tahunan)", ev.get(KODE_AKHIR)),
      };
    }),
  };
}


// ─── Admin BKD: penilaian oleh pimpinan instansi (dicatat admin) ──────────────────────────────

export type BarisPimpinan = { skpId: string; nama: string; nip: string; jabatan: string; sel: { kode: string; label: string; status: StatusEvaluasi; predikat: Predikat | null }[] };

/** SKP yang pejabat penilainya pimpinan instansi (di luar sistem) pada tahun berjalan, dengan status setiap periode. 3 kueri. */
export async function getPenilaianPimpinan(instansiId: string): Promise<{ tahun: number; baris: BarisPimpinan[] }> {
  const tahun = hariIni().getUTCFullYear();
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId, tahun } }, select: { id: true, tahun: true, ritme: true } });
  if (!pk) return { tahun, baris: [] };
  const [periode, skp] = await Promise.all([
    pastikanPeriodeEvaluasi(pk),
    prisma.skp.findMany({
      where: { periodeId: pk.id, status: "DISETUJUI", penilaiPegawaiId: null, pegawai: { instansiId } },
      select: { id: true, mulai: true, selesai: true, pegawaiSnapshot: true, evaluasi: { select: { kode: true, status: true, predikat: true } } },
      orderBy: { pegawai: { nama: "asc" } },
      take: 500,
    }),
  ]);
  return {
    tahun,
    baris: skp.map((s) => {
      const snap = bacaSnapshot(s.pegawaiSnapshot);
      const ev = new Map(s.evaluasi.map((e) => [e.kode, e]));
      const sel = [...periode.filter((p) => p.mulai <= s.selesai && p.selesai >= s.mulai).map((p) => ({ kode: p.kode, label: p.label })), { kode: KODE_AKHIR, label: "Akhir" }].map((p) => ({
        ...p,
        status: (ev.get(p.kode)?.status ?? "BELUM") as StatusEvaluasi,
        predikat: ev.get(p.kode)?.predikat ?? null,
      }));
      return { skpId: s.id, nama: snap?.nama ?? "", nip: snap?.nip ?? "", jabatan: snap?.jabatan ?? "", sel };
    }),
  };
}

// ─── Papan kalibrasi dan kurva tim ────────────────────────────────────────────────────────────

export type KolomPapan = {
  predikat: Predikat;
  /** Batas dalam orang atas seluruh populasi (null = tidak dibatasi). */
  maks: number | null;
  min: number | null;
  /** Jumlah bila kelompok penilai ini difinalkan sekarang (final + draf/selesai penilai ini). */
  jumlah: number;
  anggota: { evaluasiId: string | null; skpId: string; nama: string; jabatan: string; status: string; ratingHasil: Rating | null; ratingPerilaku: Rating | null; milikSaya: boolean; hasilTetap: Rating | null }[];
};

export type PapanPopulasi = {
  unitId: string;
  unitNama: string;
  capaian: string | null;
  total: number;
  sisa: number;
  kolom: KolomPapan[];
  pelanggaran: string[];
  peringatan: string[];
  ruang: string[];
  /** Anggota populasi yang dinilai penilai lain (hanya jumlahnya yang ditampilkan). */
  lainFinal: number;
  lainBelum: number;
  belumDinilaiSaya: number;
};

/** Kurva populasi tempat tim aktor dihitung, bila penilaian tim yang sudah dirating difinalkan sekarang. */
export async function getPapanKalibrasi(aktor: Aktor, kodeDiminta: string | undefined): Promise<{ kotak: KotakPenilaian; populasi: PapanPopulasi[] }> {
  const kotak = await getKotakPenilaian(aktor, kodeDiminta);
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: aktor.instansiId, tahun: kotak.tahun } }, select: { id: true } });
  if (!pk || !kotak.rentang) return { kotak, populasi: [] };
  const tim = kotak.baris.filter((b) => b.skpId);
  const skp = await prisma.skp.findMany({ where: { id: { in: tim.map((b) => b.skpId!) } }, select: { id: true, jabatanId: true } });
  const acuan = kotak.rentang.selesai.toISOString();
  const unitPer = new Map<string, string | null>();
  const tetap = new Map<string, Rating | null>();
  const posisi = await posisiKurvaBanyak(aktor.instansiId, [...new Set(skp.map((s) => s.jabatanId))], kotak.tahun, kotak.kode, acuan);
  for (const s of skp) {
    const p = posisi.get(s.jabatanId)!;
    unitPer.set(s.id, p.unitCapaianId);
    if (p.pimpinan) tetap.set(s.id, p.pimpinan.rating);
  }
  const unitIds = [...new Set([...unitPer.values()].filter((u): u is string => !!u))];
  const timIds = new Set(tim.map((b) => b.skpId!));
  // Hanya tim sendiri yang dirinci; anggota populasi lain (bisa puluhan ribu) datang sebagai hitungan dari SQL.
  const pop = await muatPopulasi(aktor.instansiId, pk.id, kotak.tahun, kotak.kode, kotak.rentang, unitIds, { rinci: [...timIds] });
  const tabel = await tabelDistribusi(aktor.instansiId);
  const populasi: PapanPopulasi[] = [];
  for (const p of pop.values()) {
    const dihitung = p.anggota.filter((a) => !a.dikecualikan);
    const lain = p.lain.filter((g) => !g.dikecualikan);
    const lainFinal = lain.filter((g) => g.status === "FINAL");
    const lainBelum = lain.filter((g) => g.status !== "FINAL").reduce((a, g) => a + g.jumlah, 0);
    const nLainFinal = lainFinal.reduce((a, g) => a + g.jumlah, 0);
    const milikSaya = (a: (typeof dihitung)[number]) => timIds.has(a.skpId) && a.status !== "FINAL";
    const akan = new Map(dihitung.filter((a) => milikSaya(a) && a.predikat && a.evaluasiId).map((a) => [a.evaluasiId!, a.predikat] as const));
    const cek = await periksaKurva(aktor.instansiId, p, akan, tabel);
    const total = dihitung.length + nLainFinal + lainBelum;
    const aturan = p.capaian ? tabel[p.capaian as PredikatOrganisasi] : [];
    const batas = (pr: Predikat, jenis: "MAKS" | "MIN") => {
      const a = aturan.filter((x) => x.jenis === jenis && x.kelompok.length === 1 && x.kelompok[0] === pr);
      return a.length === 0 ? null : jenis === "MAKS" ? Math.min(...a.map((x) => batasOrang(x, total))) : Math.max(...a.map((x) => batasOrang(x, total)));
    };
    const masuk = dihitung.filter((a) => a.status === "FINAL" || (a.evaluasiId && akan.has(a.evaluasiId)));
    populasi.push({
      unitId: p.unitId,
      unitNama: p.unitNama,
      capaian: p.capaian,
      total,
      sisa: cek.hasil?.sisa ?? total - masuk.length - nLainFinal,
      kolom: DAFTAR_PREDIKAT.map((pr) => ({
        predikat: pr,
        maks: batas(pr, "MAKS"),
        min: batas(pr, "MIN"),
        jumlah: masuk.filter((a) => a.predikat === pr).length + lainFinal.filter((g) => g.predikat === pr).reduce((a, g) => a + g.jumlah, 0),
        anggota: dihitung
          .filter((a) => a.predikat === pr && (timIds.has(a.skpId) || a.status === "FINAL") && timIds.has(a.skpId))
          .map((a) => ({ evaluasiId: a.evaluasiId, skpId: a.skpId, nama: a.nama, jabatan: a.jabatan, status: a.status, ratingHasil: a.ratingHasil as Rating | null, ratingPerilaku: a.ratingPerilaku as Rating | null, milikSaya: milikSaya(a), hasilTetap: tetap.get(a.skpId) ?? null })),
      })),
      pelanggaran: cek.hasil ? cek.hasil.pelanggaran.map((x) => x.pesan) : [PESAN_CAPAIAN_BELUM],
      peringatan: cek.hasil?.peringatan.map((x) => x.pesan) ?? [],
      ruang: cek.hasil?.ruang.map((x) => x.pesan) ?? [],
      lainFinal: nLainFinal,
      lainBelum,
      belumDinilaiSaya: dihitung.filter((a) => timIds.has(a.skpId) && !a.predikat).length,
    });
  }
  return { kotak, populasi };
}
