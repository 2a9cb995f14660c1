// Pekerja notifikasi di dalam proses server (instrumentation.ts → lib/notifikasi/pekerja-server.ts), tanpa
// "server-only": klien Prisma dan pengirim diberikan pemanggil (server, uji). Setiap putaran:
//   1. pengingat "periode evaluasi hampir ditutup" (idempoten per pegawai per periode, lewat kunci notifikasi);
//   2. mengirim surel yang jatuh tempo dari antrean_surel. Baris diklaim dengan FOR UPDATE SKIP LOCKED dalam satu
//      pernyataan singkat yang sekaligus menggeser jadwal_berikut (sewa): beberapa proses server (klaster Node,
//      beberapa instans) tidak pernah mengambil baris yang sama, dan baris milik proses yang mati diambil lagi
//      setelah sewanya habis. Pengiriman di luar transaksi; hasilnya ditulis per baris.
import type { PrismaClient } from "@/generated/prisma/client";
import { beriTahuDengan, type OpsiAntre } from "@/lib/notifikasi/antre";
import { MAKS_PERCOBAAN_SUREL, setelahGagal } from "@/lib/notifikasi/pesan";

export type SurelKeluar = { dari: string; kepada: string; subjek: string; teks: string; html: string | null };
export type Pengirim = (s: SurelKeluar) => Promise<void>;

export type OpsiPekerja = {
  prisma: PrismaClient;
  /** null = SMTP tidak diatur (antrean tidak dikirim). */
  pengirim: Pengirim | null;
  dari: string;
  antre: OpsiAntre;
  /** Pengingat dikirim bila periode berakhir dalam sekian hari (termasuk hari ini). */
  hariSebelumTutup: number;
  zonaWaktu: string;
  sekarang?: Date;
  batch?: number;
  maksPercobaan?: number;
};

/** Lama sewa baris yang sedang dikirim. */
const SEWA_MS = 5 * 60_000;

type BarisAntre = { id: string; kepada: string; subjek: string; teks: string; html: string | null; percobaan: number };

/** Mengirim surel yang jatuh tempo. */
export async function kirimAntrean(o: OpsiPekerja): Promise<{ terkirim: number; gagal: number }> {
  if (!o.pengirim) return { terkirim: 0, gagal: 0 };
  const sekarang = o.sekarang ?? new Date();
  const klaim = await o.prisma.$queryRaw<BarisAntre[]>`
    UPDATE antrean_surel SET jadwal_berikut = ${new Date(sekarang.getTime() + SEWA_MS)}
    WHERE id IN (
      SELECT id FROM antrean_surel WHERE status = 'MENUNGGU' AND jadwal_berikut <= ${sekarang}
      ORDER BY jadwal_berikut LIMIT ${o.batch ?? 20} FOR UPDATE SKIP LOCKED)
    RETURNING id, kepada, subjek, teks, html, percobaan`;
  let terkirim = 0;
  let gagal = 0;
  for (const b of klaim) {
    try {
      await o.pengirim({ dari: o.dari, kepada: b.kepada, subjek: b.subjek, teks: b.teks, html: b.html });
      await o.prisma.antreanSurel.update({ where: { id: b.id }, data: { status: "TERKIRIM", terkirimPada: new Date(), percobaan: b.percobaan + 1, galatTerakhir: null } });
      terkirim++;
    } catch (e) {
      const s = setelahGagal(b.percobaan, sekarang, o.maksPercobaan ?? MAKS_PERCOBAAN_SUREL);
      const pesan = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      await o.prisma.antreanSurel.update({ where: { id: b.id }, data: { status: s.status, percobaan: s.percobaan, jadwalBerikut: s.jadwalBerikut, galatTerakhir: pesan } });
      gagal++;
    }
  }
  return { terkirim, gagal };
}

/** Tanggal kalender hari ini di zona waktu instansi, sebagai tengah malam UTC (seperti kolom @db.Date). */
export function tanggalLokal(t: Date, zona: string): Date {
  return new Date(`${t.toLocaleDateString("en-CA", { timeZone: zona })}T00:00:00Z`);
}

type Calon = { pe_id: string; label: string; selesai: Date; tahun: number; sisa: number; skp_id: string; pegawai_id: string };

/**
 * Pengingat periode hampir ditutup: pegawai dengan SKP disetujui yang isiannya pada periode evaluasi yang masih BUKA
 * dan berakhir dalam `hariSebelumTutup` hari belum lengkap (belum ada rencana aksi, realisasi kurang dari jumlah
 * indikator, atau belum ada bukti dukung). Sekali per pegawai per periode.
 */
export async function ingatkanPeriode(o: OpsiPekerja): Promise<number> {
  const hari = tanggalLokal(o.sekarang ?? new Date(), o.zonaWaktu);
  const batas = new Date(hari.getTime() + o.hariSebelumTutup * 86_400_000);
  const calon = await o.prisma.$queryRaw<Calon[]>`
    SELECT DISTINCT ON (s.pegawai_id, pe.id) pe.id AS pe_id, pe.label, pe.selesai, pk.tahun, (pe.selesai - ${hari}::date)::int AS sisa,
           s.id AS skp_id, s.pegawai_id
    FROM periode_evaluasi pe
    JOIN periode_kinerja pk ON pk.id = pe.periode_kinerja_id
    JOIN skp s ON s.periode_id = pk.id AND s.status = 'DISETUJUI' AND pe.mulai <= s.selesai AND pe.selesai >= s.mulai
    LEFT JOIN progres_skp g ON g.skp_id = s.id AND g.periode_evaluasi_id = pe.id
    WHERE pe.status = 'BUKA' AND pe.selesai >= ${hari}::date AND pe.selesai <= ${batas}::date
      AND (coalesce(g.rencana_aksi, 0) = 0 OR coalesce(g.bukti_siap, 0) = 0
           OR coalesce(g.realisasi, 0) < (SELECT count(*) FROM iki i JOIN rhk r ON r.id = i.rhk_id WHERE r.skp_id = s.id))
      AND NOT EXISTS (SELECT 1 FROM notifikasi n WHERE n.kunci = 'PERIODE_HAMPIR_TUTUP:' || pe.id::text || ':' || s.pegawai_id::text)
    ORDER BY s.pegawai_id, pe.id, s.mulai
    LIMIT 1000`;
  let n = 0;
  for (const c of calon) {
    n += await beriTahuDengan(
      o.prisma,
      o.antre,
      { jenis: "PERIODE_HAMPIR_TUTUP", skpId: c.skp_id, labelPeriode: `${c.label} ${c.tahun}`, selesai: c.selesai, sisaHari: c.sisa },
      c.pe_id,
      [c.pegawai_id],
    );
  }
  return n;
}

/** Satu putaran pekerja: pengingat lalu pengiriman. Galat satu bagian tidak menghentikan bagian lain. */
export async function putaranNotifikasi(o: OpsiPekerja, log: (s: string) => void = () => {}): Promise<{ pengingat: number; terkirim: number; gagal: number }> {
  let pengingat = 0;
  try {
    pengingat = await ingatkanPeriode(o);
  } catch (e) {
    log(`[notifikasi] pengingat periode gagal: ${(e as Error).message}`);
  }
  let r = { terkirim: 0, gagal: 0 };
  try {
    r = await kirimAntrean(o);
  } catch (e) {
    log(`[notifikasi] antrean surel gagal: ${(e as Error).message}`);
  }
  if (pengingat || r.terkirim || r.gagal) log(`[notifikasi] pengingat ${pengingat}, surel terkirim ${r.terkirim}, gagal ${r.gagal}.`);
  return { pengingat, ...r };
}
