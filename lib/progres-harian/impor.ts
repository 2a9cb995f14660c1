import "server-only";
// Impor progres harian dari Excel (issue #15 butir 4): templat pegawai, pratinjau, simpan semua atau tidak sama sekali,
// idempoten. Rencana aksi selalu dari basis data (milik aktor, SKP disetujui, periode buka), tidak dari isi berkas;
// setiap baris juga diperiksa terhadap entri aktor yang sudah ada (tumpang tindih, batas jam per hari).
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatJam, hariTerlambat, type Rentang } from "@/lib/progres-harian/aturan";
import { pilihanRencanaAksi } from "@/lib/progres-harian/baca";
import { bacaImporHarian, barisSah, buatTemplatHarian, KOLOM_HARIAN, periksaTerhadapEntriAda, teksGalat, type BarisHarian, type BarisHarianSah, type GalatImpor } from "@/lib/progres-harian/excel";
import { isoTanggal } from "@/lib/progres-harian/kalender";
import type { StatusBarisImpor } from "@/lib/progres-harian/label-impor";
import { aturanProgres, kunciPegawai, liburInstansi, sidikEntri } from "@/lib/progres-harian/layanan";

export type { StatusBarisImpor };

export type BarisPratinjauHarian = {
  baris: number;
  rencanaAksi: string;
  /** "YYYY-MM-DD" atau null bila tidak terbaca. */
  tanggal: string | null;
  jamMulai: string | null;
  jamSelesai: string | null;
  kegiatan: string;
  realisasi: number | null;
  satuan: string;
  tautan: string | null;
  status: StatusBarisImpor;
  galat: { kolom: string | null; pesan: string }[];
};

export type PratinjauHarian = {
  baris: BarisPratinjauHarian[];
  /** Galat yang tidak terikat satu baris (berkas, judul kolom, jumlah baris). */
  galatBerkas: string[];
  jumlah: Record<StatusBarisImpor, number>;
  /** Jumlah entri yang ditambahkan; null = baru pratinjau. */
  disimpan: number | null;
};

/** Templat Excel progres harian aktor: rencana aksinya yang dapat diisi sebagai daftar pilihan. */
export async function templatHarian(aktor: Aktor): Promise<Uint8Array> {
  const [rencanaAksi, aturan] = await Promise.all([pilihanRencanaAksi(aktor), aturanProgres(aktor.instansiId)]);
  return buatTemplatHarian({ namaPegawai: formatNamaGelar(aktor.nama), nip: aktor.nip, rencanaAksi, hariIni: hariIni(), maksJam: aturan.maksJam });
}

const urutGalat = (a: GalatImpor, b: GalatImpor) =>
  (a.baris ?? 0) - (b.baris ?? 0) || KOLOM_HARIAN.indexOf(a.kolom as (typeof KOLOM_HARIAN)[number]) - KOLOM_HARIAN.indexOf(b.kolom as (typeof KOLOM_HARIAN)[number]);

const sidikBaris = (b: BarisHarianSah) => sidikEntri({ rencanaAksiId: b.rencanaAksiId, tanggal: b.tanggal, jamMulai: b.jamMulai, jamSelesai: b.jamSelesai, kegiatan: b.kegiatan });

/** Baris sah dibandingkan dengan entri aktor yang sudah ada pada tanggal-tanggal berkas (satu kueri). */
async function bandingkanDenganAda(db: Prisma.TransactionClient, pegawaiId: string, baris: BarisHarian[], galatBerkas: GalatImpor[], maksJam: number) {
  const sah = barisSah(baris, galatBerkas);
  const sidik = new Map(sah.map((b) => [b.baris, sidikBaris(b)]));
  const tanggal = [...new Map(sah.map((b) => [b.tanggal.getTime(), b.tanggal])).values()];
  const ada = tanggal.length > 0 ? await db.progresHarian.findMany({ where: { pegawaiId, tanggal: { in: tanggal } }, select: { id: true, tanggal: true, jamMulai: true, jamSelesai: true, sidik: true } }) : [];
  const sidikAda = new Set(ada.map((a) => a.sidik));
  const sudahAda = new Set(sah.filter((b) => sidikAda.has(sidik.get(b.baris)!)).map((b) => b.baris));
  const perHari = new Map<string, Rentang[]>();
  for (const a of ada) perHari.set(isoTanggal(a.tanggal), [...(perHari.get(isoTanggal(a.tanggal)) ?? []), { id: a.id, mulai: a.jamMulai, selesai: a.jamSelesai }]);
  const galat = [...galatBerkas, ...periksaTerhadapEntriAda(sah, perHari, sudahAda, maksJam)].sort(urutGalat);
  const salah = new Set(galat.map((g) => g.baris));
  const baru = sah.filter((b) => !sudahAda.has(b.baris) && !salah.has(b.baris));
  return { galat, sudahAda, baru, sidik };
}

function susunPratinjau(baris: BarisHarian[], galat: GalatImpor[], sudahAda: ReadonlySet<number>, disimpan: number | null): PratinjauHarian {
  const perBaris = new Map<number, { kolom: string | null; pesan: string }[]>();
  for (const g of galat) if (g.baris !== null) perBaris.set(g.baris, [...(perBaris.get(g.baris) ?? []), { kolom: g.kolom, pesan: g.pesan }]);
  const jumlah: Record<StatusBarisImpor, number> = { BARU: 0, SUDAH_ADA: 0, GALAT: 0 };
  const hasil = baris.map((b): BarisPratinjauHarian => {
    const g = perBaris.get(b.baris) ?? [];
    const status: StatusBarisImpor = g.length > 0 ? "GALAT" : sudahAda.has(b.baris) ? "SUDAH_ADA" : "BARU";
    jumlah[status]++;
    return {
      baris: b.baris,
      rencanaAksi: b.rencanaAksi,
      tanggal: b.tanggal ? isoTanggal(b.tanggal) : null,
      jamMulai: b.jamMulai === null ? null : formatJam(b.jamMulai),
      jamSelesai: b.jamSelesai === null ? null : formatJam(b.jamSelesai),
      kegiatan: b.kegiatan,
      realisasi: b.realisasi,
      satuan: b.satuan,
      tautan: b.tautan,
      status,
      galat: g,
    };
  });
  // Galat baris tanpa baris terbaca (mis. baris judul kolom) tetap ditampilkan sebagai galat berkas.
  const dikenal = new Set(baris.map((b) => b.baris));
  const galatBerkas = galat.filter((g) => g.baris === null || !dikenal.has(g.baris)).map(teksGalat);
  return { baris: hasil, galatBerkas, jumlah, disimpan };
}

/**
 * Pratinjau (simpan = false: tidak menulis apa pun) atau simpan (semua baris baru dalam satu transaksi bersama satu
 * baris audit PROGRES_HARIAN_DIIMPOR, hanya bila tidak ada galat). Baris yang sidiknya sudah tersimpan untuk pegawai
 * ini "sudah ada" dan dilewati; unggahan ganda serentak diurutkan kunci per pegawai dan indeks unik (pegawai, sidik).
 */
export async function imporHarian(aktor: Aktor, input: { bytes: Uint8Array; simpan: boolean }): Promise<Hasil<PratinjauHarian>> {
  const [pilihan, aturan] = await Promise.all([pilihanRencanaAksi(aktor), aturanProgres(aktor.instansiId)]);
  const hari = hariIni();
  const r = await bacaImporHarian(input.bytes, { rencanaAksi: pilihan, hariIni: hari, maksJam: aturan.maksJam });
  const awal = await bandingkanDenganAda(prisma, aktor.pegawaiId, r.baris, r.galat, aturan.maksJam);
  const pratinjau = susunPratinjau(r.baris, awal.galat, awal.sudahAda, null);
  const { BARU: baru, SUDAH_ADA: sudahAda, GALAT: salah } = pratinjau.jumlah;

  if (!input.simpan) {
    if (awal.galat.length > 0) {
      const rinci = salah > 0 ? `${salah} baris bermasalah` : "berkas bermasalah";
      return berhasil(pratinjau, `Pratinjau: ${rinci}. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.`);
    }
    if (baru === 0) return berhasil(pratinjau, `Semua ${sudahAda} baris sudah pernah diimpor; tidak ada entri baru untuk disimpan.`);
    return berhasil(pratinjau, `Pratinjau: ${baru} entri baru${sudahAda > 0 ? `, ${sudahAda} sudah ada (dilewati)` : ""}. Periksa lalu simpan.`);
  }
  if (awal.galat.length > 0) {
    return gagal(`Berkas masih memuat ${awal.galat.length} kesalahan; tidak ada yang disimpan.`, { impor: awal.galat.map(teksGalat) });
  }
  if (awal.baru.length === 0) return berhasil({ ...pratinjau, disimpan: 0 }, `Tidak ada entri baru: ${sudahAda} baris sudah pernah diimpor.`);

  const perRa = new Map(pilihan.map((p) => [p.id, p]));
  const tanggalAwal = awal.baru.reduce((m, b) => (b.tanggal < m ? b.tanggal : m), hari);
  const libur = await liburInstansi(aktor.instansiId, tanggalAwal, hari);
  const hasil = await prisma.$transaction(async (tx) => {
    await kunciPegawai(tx, aktor.pegawaiId);
    // Diperiksa ulang di dalam kunci: unggahan lain atau entri manual bisa masuk sesudah pratinjau.
    const p = await bandingkanDenganAda(tx, aktor.pegawaiId, r.baris, r.galat, aturan.maksJam);
    if (p.galat.length > 0) return { ok: false as const, p };
    if (p.baru.length === 0) return { ok: true as const, p, jumlah: 0 };
    const dibuat = await tx.progresHarian.createMany({
      data: p.baru.map((b) => ({
        instansiId: aktor.instansiId,
        pegawaiId: aktor.pegawaiId,
        skpId: perRa.get(b.rencanaAksiId)!.skpId,
        rencanaAksiId: b.rencanaAksiId,
        tanggal: b.tanggal,
        jamMulai: b.jamMulai,
        jamSelesai: b.jamSelesai,
        kegiatan: b.kegiatan,
        realisasi: b.realisasi,
        satuan: b.satuan,
        tautan: b.tautan,
        sidik: p.sidik.get(b.baris)!,
        terlambatHari: hariTerlambat(b.tanggal, hari, aturan.tenggatHari, libur),
        dicatatPada: hari,
      })),
      skipDuplicates: true,
    });
    if (dibuat.count > 0) {
      const tgl = p.baru.map((b) => isoTanggal(b.tanggal)).sort();
      await catatAudit(tx, {
        penggunaId: aktor.penggunaId,
        aksi: "PROGRES_HARIAN_DIIMPOR",
        entitas: "ProgresHarian",
        entitasId: aktor.pegawaiId,
        data: { jumlah: dibuat.count, sudahAda: p.sudahAda.size, dari: tgl[0]!, sampai: tgl[tgl.length - 1]! },
      });
    }
    return { ok: true as const, p, jumlah: dibuat.count };
  });
  if (!hasil.ok) return gagal(`Berkas masih memuat ${hasil.p.galat.length} kesalahan; tidak ada yang disimpan.`, { impor: hasil.p.galat.map(teksGalat) });
  const akhir = susunPratinjau(r.baris, [], new Set([...hasil.p.sudahAda]), hasil.jumlah);
  const lewat = r.baris.length - hasil.jumlah;
  return berhasil(akhir, `${hasil.jumlah} entri progres harian diimpor sebagai draf${lewat > 0 ? `; ${lewat} baris sudah ada dan dilewati` : ""}.`);
}
