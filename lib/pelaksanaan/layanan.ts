import "server-only";
import { bagianSkp, type BagianSkp } from "@/lib/skp/rute";
// Pelaksanaan SKP (skp-domain §3): rencana aksi per periode, bukti dukung, realisasi, umpan balik.
// Setiap perubahan: muat SKP dan periode dari basis data → peran aktor → aturan murni → satu transaksi + audit.
import { randomUUID, createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { beriTahu } from "@/lib/notifikasi/tulis";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { bolehBeriUmpanBalik, bolehIsiPelaksanaan, hitungKunjungan, judulTautan, kodeRhk, periksaTautan } from "@/lib/pelaksanaan/aturan";
import { bacaImporRencanaAksi, type BarisImpor, type GalatImpor } from "@/lib/pelaksanaan/excel";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { sapuUnggahanMacet } from "@/lib/pelaksanaan/penyapu";
import { batasUnggahBytes, kuotaBuktiBytes, periksaBerkas, periksaKuotaBukti } from "@/lib/penyimpanan/validasi";
import { bolehBacaSkp, peranTerhadapSkp, konteksAksesSkp } from "@/lib/skp/akses";
import { periodeEvaluasi, type Ritme } from "@/lib/skp/periode";
import type { PeranTerhadapSkp } from "@/lib/skp/workflow";
import type {
  THapusBukti,
  THapusRencanaAksi,
  TRealisasi,
  TRencanaAksi,
  TSalinPeriode,
  TStatusPeriode,
  TTautan,
  TUmpanBalik,
} from "@/lib/pelaksanaan/schemas";

const TIDAK_DITEMUKAN = "SKP tidak ditemukan atau Anda tidak berhak mengaksesnya.";

const selectSkp = {
  id: true,
  status: true,
  pegawaiId: true,
  penilaiPegawaiId: true,
  atasanPenilaiSnapshot: true,
  mulai: true,
  selesai: true,
  pegawai: { select: { instansiId: true } },
  periode: { select: { id: true, tahun: true, ritme: true } },
} satisfies Prisma.SkpSelect;
type SkpPelaksanaan = Prisma.SkpGetPayload<{ select: typeof selectSkp }>;


/** SKP + peran aktor bila aktor boleh membacanya; null bila tidak ada/tidak berhak (tidak dibedakan). */
export async function muatSkpPelaksanaan(aktor: Aktor, skpId: string): Promise<{ skp: SkpPelaksanaan; peran: PeranTerhadapSkp; bagian: BagianSkp } | null> {
  const skp = await prisma.skp.findUnique({ where: { id: skpId }, select: selectSkp });
  if (!skp) return null;
  const k = konteksAksesSkp(skp);
  if (!bolehBacaSkp(aktor, k)) return null;
  return { skp, peran: peranTerhadapSkp(aktor, k), bagian: bagianSkp(aktor, k) };
}

/** Periode evaluasi tahun kinerja (dibuat dari ritme instansi bila belum ada). */
export async function pastikanPeriodeEvaluasi(periodeKinerja: { id: string; tahun: number; ritme: Ritme }) {
  const ada = await prisma.periodeEvaluasi.findMany({
    where: { periodeKinerjaId: periodeKinerja.id },
    select: { id: true, kode: true, label: true, urutan: true, mulai: true, selesai: true, status: true },
    orderBy: { urutan: "asc" },
  });
  if (ada.length > 0) return ada;
  await prisma.periodeEvaluasi.createMany({
    data: periodeEvaluasi(periodeKinerja.tahun, periodeKinerja.ritme).map((p, i) => ({
      periodeKinerjaId: periodeKinerja.id,
      kode: p.kode,
      label: p.label,
      urutan: i + 1,
      mulai: p.mulai,
      selesai: p.selesai,
    })),
    skipDuplicates: true,
  });
  return prisma.periodeEvaluasi.findMany({
    where: { periodeKinerjaId: periodeKinerja.id },
    select: { id: true, kode: true, label: true, urutan: true, mulai: true, selesai: true, status: true },
    orderBy: { urutan: "asc" },
  });
}

type Isian = { skp: SkpPelaksanaan; periode: { id: string; label: string; status: "BUKA" | "TUTUP" } };

/** Memastikan aktor (pemilik) boleh mengisi SKP ini pada periode itu. */
async function bolehIsi(aktor: Aktor, skpId: string, periodeId: string): Promise<{ ok: true; isi: Isian } | { ok: false; pesan: string }> {
  const m = await muatSkpPelaksanaan(aktor, skpId);
  if (!m) return { ok: false, pesan: TIDAK_DITEMUKAN };
  const periode = await prisma.periodeEvaluasi.findFirst({
    where: { id: periodeId, periodeKinerjaId: m.skp.periode.id },
    select: { id: true, label: true, status: true, mulai: true, selesai: true },
  });
  if (!periode) return { ok: false, pesan: "Periode evaluasi tidak dikenal untuk SKP ini." };
  if (periode.mulai > m.skp.selesai || periode.selesai < m.skp.mulai) {
    return { ok: false, pesan: `${periode.label} berada di luar masa berlaku SKP ini.` };
  }
  const r = bolehIsiPelaksanaan({ statusSkp: m.skp.status, peran: m.peran, statusPeriode: periode.status, labelPeriode: periode.label });
  if (!r.ok) return r;
  return { ok: true, isi: { skp: m.skp, periode } };
}

class KonflikIsian extends Error {}

/**
 * Transaksi pengisian: baris SKP dikunci (FOR UPDATE) dan periode dibagi (FOR SHARE), lalu status keduanya
 * diperiksa ulang. Persetujuan revisi atau penutupan periode yang terjadi bersamaan menunggu atau membatalkan ini.
 */
async function transaksiIsian<T>(skpId: string, periodeId: string, f: (tx: Prisma.TransactionClient) => Promise<T>): Promise<{ ok: true; nilai: T } | { ok: false; pesan: string }> {
  try {
    const nilai = await prisma.$transaction(async (tx) => {
      const [skp] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM skp WHERE id = ${skpId}::uuid FOR UPDATE`;
      const [periode] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM periode_evaluasi WHERE id = ${periodeId}::uuid FOR SHARE`;
      if (skp?.status !== "DISETUJUI" || periode?.status !== "BUKA") throw new KonflikIsian();
      return f(tx);
    });
    return { ok: true, nilai };
  } catch (e) {
    if (e instanceof KonflikIsian) return { ok: false, pesan: "SKP atau periodenya baru saja berubah (revisi disetujui atau periode ditutup). Muat ulang halaman." };
    throw e;
  }
}

async function audit(tx: Prisma.TransactionClient, aktor: Aktor, aksi: string, skpId: string, data: Prisma.InputJsonValue) {
  await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi, entitas: "Skp", entitasId: skpId, data });
}

/** Rencana aksi milik SKP dan periode ini (menolak id dari SKP lain). */
async function rencanaAksiMilik(rencanaAksiId: string, skpId: string) {
  return prisma.rencanaAksi.findFirst({
    where: { id: rencanaAksiId, rhk: { skpId } },
    select: { id: true, uraian: true, periodeEvaluasiId: true, periode: { select: { status: true, label: true } } },
  });
}

// ─── Rencana aksi ─────────────────────────────────────────────────────────────────────────────

export async function simpanRencanaAksi(aktor: Aktor, input: TRencanaAksi): Promise<Hasil<{ id: string }>> {
  const b = await bolehIsi(aktor, input.skpId, input.periodeId);
  if (!b.ok) return gagal(b.pesan);
  const rhk = await prisma.rhk.findFirst({ where: { id: input.rhkId, skpId: input.skpId }, select: { id: true } });
  if (!rhk) return gagal("RHK tidak ditemukan pada SKP ini.");
  const data = { uraian: input.uraian, targetAngka: input.targetAngka ?? null, satuan: input.satuan ?? null };
  const t = await transaksiIsian(input.skpId, b.isi.periode.id, async (tx) => {
    if (input.rencanaAksiId) {
      const lama = await tx.rencanaAksi.findFirst({
        where: { id: input.rencanaAksiId, rhkId: rhk.id, periodeEvaluasiId: b.isi.periode.id },
        select: { id: true, uraian: true },
      });
      if (!lama) return null;
      await tx.rencanaAksi.update({ where: { id: lama.id }, data });
      await audit(tx, aktor, "RENCANA_AKSI_DIUBAH", input.skpId, { rencanaAksiId: lama.id, dari: lama.uraian, ke: input.uraian });
      return lama.id;
    }
    const terakhir = await tx.rencanaAksi.aggregate({ where: { rhkId: rhk.id, periodeEvaluasiId: b.isi.periode.id }, _max: { urutan: true } });
    const ra = await tx.rencanaAksi.create({
      data: { ...data, rhkId: rhk.id, periodeEvaluasiId: b.isi.periode.id, urutan: (terakhir._max.urutan ?? 0) + 1 },
      select: { id: true },
    });
    await audit(tx, aktor, "RENCANA_AKSI_DITAMBAH", input.skpId, { rencanaAksiId: ra.id, periode: b.isi.periode.label, uraian: input.uraian });
    return ra.id;
  });
  if (!t.ok) return gagal(t.pesan);
  const id = t.nilai;
  return id ? berhasil({ id }, "Rencana aksi disimpan.") : gagal("Rencana aksi tidak ditemukan pada RHK dan periode ini.");
}

export async function hapusRencanaAksi(aktor: Aktor, input: THapusRencanaAksi): Promise<Hasil> {
  const ra = await rencanaAksiMilik(input.rencanaAksiId, input.skpId);
  if (!ra) return gagal("Rencana aksi tidak ditemukan pada SKP ini.");
  const b = await bolehIsi(aktor, input.skpId, ra.periodeEvaluasiId);
  if (!b.ok) return gagal(b.pesan);
  const harian = await prisma.progresHarian.count({ where: { rencanaAksiId: ra.id } });
  if (harian > 0) return gagal(`Rencana aksi ini sudah dipakai ${harian} entri progres harian. Hapus atau pindahkan entri itu terlebih dahulu.`);
  const t = await transaksiIsian(input.skpId, ra.periodeEvaluasiId, async (tx) => {
    const bukti = await tx.buktiDukung.findMany({ where: { rencanaAksiId: ra.id }, select: { kunci: true } });
    await tx.buktiDukung.deleteMany({ where: { rencanaAksiId: ra.id } });
    await tx.rencanaAksi.delete({ where: { id: ra.id } });
    await audit(tx, aktor, "RENCANA_AKSI_DIHAPUS", input.skpId, { rencanaAksiId: ra.id, uraian: ra.uraian, bukti: bukti.length });
    return bukti.flatMap((x) => (x.kunci ? [x.kunci] : []));
  });
  if (!t.ok) return gagal(t.pesan);
  const kunci = t.nilai;
  // Berkas dihapus setelah transaksi berhasil; yang gagal dihapus tidak lagi dirujuk basis data.
  await Promise.allSettled(kunci.map((k) => penyimpanan().hapus(k)));
  return berhasil(undefined, "Rencana aksi dihapus.");
}

/** Menyalin rencana aksi periode sebelumnya (uraian, target, satuan) ke periode ini. */
export async function salinDariPeriodeSebelumnya(aktor: Aktor, input: TSalinPeriode): Promise<Hasil<{ jumlah: number }>> {
  const b = await bolehIsi(aktor, input.skpId, input.periodeId);
  if (!b.ok) return gagal(b.pesan);
  const periode = await prisma.periodeEvaluasi.findMany({
    where: { periodeKinerjaId: b.isi.skp.periode.id },
    select: { id: true, urutan: true, label: true },
    orderBy: { urutan: "asc" },
  });
  const i = periode.findIndex((p) => p.id === input.periodeId);
  const sebelum = i > 0 ? periode[i - 1]! : null;
  if (!sebelum) return gagal("Ini periode pertama; tidak ada periode sebelumnya untuk disalin.");
  const sumber = await prisma.rencanaAksi.findMany({
    where: { periodeEvaluasiId: sebelum.id, rhk: { skpId: input.skpId } },
    select: { rhkId: true, uraian: true, targetAngka: true, satuan: true },
    orderBy: [{ rhkId: "asc" }, { urutan: "asc" }],
  });
  if (sumber.length === 0) return gagal(`Belum ada rencana aksi pada ${sebelum.label} untuk disalin.`);
  const t = await transaksiIsian(input.skpId, input.periodeId, async (tx) => {
    const maks = await tx.rencanaAksi.groupBy({
      by: ["rhkId"],
      where: { periodeEvaluasiId: input.periodeId, rhk: { skpId: input.skpId } },
      _max: { urutan: true },
    });
    const urutan = new Map(maks.map((m) => [m.rhkId, m._max.urutan ?? 0]));
    await tx.rencanaAksi.createMany({
      data: sumber.map((s) => {
        const u = (urutan.get(s.rhkId) ?? 0) + 1;
        urutan.set(s.rhkId, u);
        return { rhkId: s.rhkId, periodeEvaluasiId: input.periodeId, urutan: u, uraian: s.uraian, targetAngka: s.targetAngka, satuan: s.satuan };
      }),
    });
    await audit(tx, aktor, "RENCANA_AKSI_DISALIN", input.skpId, { dari: sebelum.label, ke: b.isi.periode.label, jumlah: sumber.length });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil({ jumlah: sumber.length }, `${sumber.length} rencana aksi disalin dari ${sebelum.label}.`);
}

export type PratinjauImpor = { baris: (BarisImpor & { rhkTeks: string })[]; galat: GalatImpor[]; disimpan: boolean };

/** Kode RHK untuk templat dan impor: U1, U2, … untuk utama; T1, … untuk tambahan. */
export async function kodeRhkSkp(skpId: string) {
  const rhk = await prisma.rhk.findMany({ where: { skpId }, select: { id: true, jenis: true, teks: true }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }] });
  const kode = kodeRhk(rhk.map((r) => r.jenis));
  return rhk.map((r, i) => ({ id: r.id, jenis: r.jenis, teks: r.teks, kode: kode[i]! }));
}

/**
 * Impor rencana aksi dari Excel. `simpan=false`: hanya pratinjau. `simpan=true`: menulis semua baris dalam satu
 * transaksi, hanya bila tidak ada galat sama sekali.
 */
export async function imporRencanaAksi(
  aktor: Aktor,
  input: { skpId: string; periodeId: string; bytes: Uint8Array; simpan: boolean },
): Promise<Hasil<PratinjauImpor>> {
  const b = await bolehIsi(aktor, input.skpId, input.periodeId);
  if (!b.ok) return gagal(b.pesan);
  const kode = await kodeRhkSkp(input.skpId);
  const perKode = new Map(kode.map((k) => [k.kode, k]));
  const r = await bacaImporRencanaAksi(input.bytes, { kodeRhk: kode.map((k) => k.kode) });
  const baris = r.baris.map((x) => ({ ...x, rhkTeks: perKode.get(x.kodeRhk)?.teks ?? "" }));
  if (!r.ok) return { ok: false, pesan: `Berkas tidak dapat diimpor: ${r.galat.length} kesalahan. Tidak ada yang disimpan.`, galat: { impor: r.galat.map((g) => (g.baris ? `Baris ${g.baris}${g.kolom ? `, kolom ${g.kolom}` : ""}: ${g.pesan}` : g.pesan)) } };
  if (!input.simpan) return berhasil({ baris, galat: [], disimpan: false }, `${baris.length} rencana aksi siap diimpor. Periksa pratinjau lalu simpan.`);
  const t = await transaksiIsian(input.skpId, input.periodeId, async (tx) => {
    const maks = await tx.rencanaAksi.groupBy({ by: ["rhkId"], where: { periodeEvaluasiId: input.periodeId, rhk: { skpId: input.skpId } }, _max: { urutan: true } });
    const urutan = new Map(maks.map((m) => [m.rhkId, m._max.urutan ?? 0]));
    await tx.rencanaAksi.createMany({
      data: baris.map((x) => {
        const rhkId = perKode.get(x.kodeRhk)!.id;
        const u = (urutan.get(rhkId) ?? 0) + 1;
        urutan.set(rhkId, u);
        return { rhkId, periodeEvaluasiId: input.periodeId, urutan: u, uraian: x.uraian, targetAngka: x.target, satuan: x.satuan };
      }),
    });
    await audit(tx, aktor, "RENCANA_AKSI_DIIMPOR", input.skpId, { periode: b.isi.periode.label, jumlah: baris.length });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil({ baris, galat: [], disimpan: true }, `${baris.length} rencana aksi diimpor ke ${b.isi.periode.label}.`);
}

// ─── Bukti dukung ─────────────────────────────────────────────────────────────────────────────

/**
 * Unggah bukti: baris MENGUNGGAH dulu (kunci tercatat), lalu berkas disimpan, lalu SIAP. Bila penyimpanan gagal,
 * baris dan berkas dihapus; bila proses mati di tengah, penyapu (sapuUnggahanGagal) membersihkannya.
 */
export async function unggahBukti(
  aktor: Aktor,
  input: { skpId: string; rencanaAksiId: string; nama: string; bytes: Uint8Array },
): Promise<Hasil<{ id: string }>> {
  const ra = await rencanaAksiMilik(input.rencanaAksiId, input.skpId);
  if (!ra) return gagal("Rencana aksi tidak ditemukan pada SKP ini.");
  const b = await bolehIsi(aktor, input.skpId, ra.periodeEvaluasiId);
  if (!b.ok) return gagal(b.pesan);
  const cek = await periksaBerkas({ nama: input.nama, bytes: input.bytes, batasBytes: batasUnggahBytes(process.env) });
  if (!cek.ok) return gagal(cek.pesan, { berkas: [cek.pesan] });

  const kunci = `bukti/${randomUUID()}`;
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const baris = await prisma.buktiDukung.create({
    data: {
      rencanaAksiId: ra.id,
      jenis: "BERKAS",
      status: "MENGUNGGAH",
      nama: cek.namaAman,
      mime: cek.mime,
      ukuran: cek.ukuran,
      sha256,
      kunci,
      diunggahOleh: aktor.penggunaId,
    },
    select: { id: true },
  });
  // Kuota per pegawai per tahun kinerja, dihitung SESUDAH baris ini dicatat (unggahan serentak saling terlihat) dan
  // SEBELUM berkas disimpan. Baris MENGUNGGAH milik unggahan lain yang sedang berjalan ikut dihitung.
  const { pegawaiId, periode } = b.isi.skp;
  const terpakai = await prisma.buktiDukung.aggregate({
    where: { jenis: "BERKAS", status: { in: ["MENGUNGGAH", "SIAP"] }, rencanaAksi: { rhk: { skp: { pegawaiId, periodeId: periode.id } } } },
    _sum: { ukuran: true },
  });
  const kuota = periksaKuotaBukti({ terpakaiBytes: terpakai._sum.ukuran ?? 0, ukuranBaru: cek.ukuran, kuotaBytes: kuotaBuktiBytes(process.env), tahun: periode.tahun });
  if (!kuota.ok) {
    await prisma.buktiDukung.delete({ where: { id: baris.id } }).catch(() => {});
    return gagal(kuota.pesan, { berkas: [kuota.pesan] });
  }
  try {
    await penyimpanan().simpan(kunci, input.bytes, cek.mime);
    const t = await transaksiIsian(input.skpId, ra.periodeEvaluasiId, async (tx) => {
      await tx.buktiDukung.update({ where: { id: baris.id }, data: { status: "SIAP" } });
      await audit(tx, aktor, "BUKTI_DIUNGGAH", input.skpId, { buktiId: baris.id, rencanaAksiId: ra.id, nama: cek.namaAman, mime: cek.mime, ukuran: cek.ukuran, sha256 });
    });
    if (!t.ok) {
      await penyimpanan().hapus(kunci).catch(() => {});
      await prisma.buktiDukung.delete({ where: { id: baris.id } }).catch(() => {});
      return gagal(t.pesan);
    }
  } catch (e) {
    await penyimpanan().hapus(kunci).catch(() => {});
    await prisma.buktiDukung.delete({ where: { id: baris.id } }).catch(() => {});
    console.error("[bukti] unggahan gagal:", e);
    return gagal("Berkas gagal disimpan. Silakan coba lagi.");
  }
  void sapuUnggahanGagal().catch(() => {});
  return berhasil({ id: baris.id }, `Bukti "${cek.namaAman}" diunggah.`);
}

/**
 * Membersihkan unggahan yang tertinggal (baris MENGUNGGAH lebih dari satu jam) beserta berkasnya. Penyapu berkala di
 * server (lib/pelaksanaan/penyapu.ts, instrumentation.ts) juga melakukannya, ditambah berkas yatim dan `.tmp-*`.
 */
export async function sapuUnggahanGagal(sekarang = new Date()): Promise<number> {
  return sapuUnggahanMacet({ prisma, penyimpanan: penyimpanan(), sekarang, macetMenit: 60 });
}

export async function tambahTautan(aktor: Aktor, input: TTautan): Promise<Hasil<{ id: string }>> {
  const ra = await rencanaAksiMilik(input.rencanaAksiId, input.skpId);
  if (!ra) return gagal("Rencana aksi tidak ditemukan pada SKP ini.");
  const b = await bolehIsi(aktor, input.skpId, ra.periodeEvaluasiId);
  if (!b.ok) return gagal(b.pesan);
  const t = periksaTautan(input.url);
  if (!t.ok) return gagal(t.pesan, { url: [t.pesan] });
  const t2 = await transaksiIsian(input.skpId, ra.periodeEvaluasiId, async (tx) => {
    const x = await tx.buktiDukung.create({
      data: { rencanaAksiId: ra.id, jenis: "TAUTAN", nama: input.nama ?? judulTautan(t.url), url: t.url, diunggahOleh: aktor.penggunaId },
      select: { id: true },
    });
    await audit(tx, aktor, "BUKTI_TAUTAN_DITAMBAH", input.skpId, { buktiId: x.id, url: t.url });
    return x.id;
  });
  if (!t2.ok) return gagal(t2.pesan);
  return berhasil({ id: t2.nilai }, "Tautan bukti ditambahkan.");
}

export async function hapusBukti(aktor: Aktor, input: THapusBukti): Promise<Hasil> {
  const bukti = await prisma.buktiDukung.findFirst({
    where: { id: input.buktiId, rencanaAksi: { rhk: { skpId: input.skpId } } },
    select: { id: true, nama: true, kunci: true, rencanaAksi: { select: { periodeEvaluasiId: true } } },
  });
  if (!bukti) return gagal("Bukti dukung tidak ditemukan pada SKP ini.");
  const b = await bolehIsi(aktor, input.skpId, bukti.rencanaAksi.periodeEvaluasiId);
  if (!b.ok) return gagal(b.pesan);
  const t = await transaksiIsian(input.skpId, bukti.rencanaAksi.periodeEvaluasiId, async (tx) => {
    await tx.buktiDukung.delete({ where: { id: bukti.id } });
    await audit(tx, aktor, "BUKTI_DIHAPUS", input.skpId, { buktiId: bukti.id, nama: bukti.nama });
  });
  if (!t.ok) return gagal(t.pesan);
  // Setelah COMMIT, sebaik mungkin; bila gagal (atau proses mati), penyapu berkala menghapus berkas yatimnya.
  if (bukti.kunci) await penyimpanan().hapus(bukti.kunci).catch(() => {});
  return berhasil(undefined, "Bukti dukung dihapus.");
}

/** Berkas bukti untuk diunduh, hanya bagi yang boleh membaca SKP-nya. */
export async function unduhBukti(aktor: Aktor, buktiId: string): Promise<{ nama: string; mime: string; isi: Uint8Array } | null> {
  const bukti = await prisma.buktiDukung.findFirst({
    where: { id: buktiId, jenis: "BERKAS", status: "SIAP" },
    select: { nama: true, mime: true, kunci: true, rencanaAksi: { select: { rhk: { select: { skpId: true } }, periode: { select: { kode: true } } } } },
  });
  if (!bukti?.kunci) return null;
  const skpId = bukti.rencanaAksi.rhk.skpId;
  // Selain yang boleh membaca SKP: pejabat penilai periode itu (mis. Plt yang menjabat sesudah SKP disetujui).
  if (!(await muatSkpPelaksanaan(aktor, skpId))) {
    const { muatKonteksEvaluasi } = await import("@/lib/penilaian/layanan");
    const k = await muatKonteksEvaluasi(aktor, skpId, bukti.rencanaAksi.periode.kode);
    if (!k || !k.peran.some((p) => p === "PENILAI" || p === "ATASAN_PENILAI" || p === "ADMIN")) return null;
  }
  const isi = await penyimpanan().baca(bukti.kunci);
  if (!isi) return null;
  return { nama: bukti.nama, mime: bukti.mime ?? "application/octet-stream", isi };
}

// ─── Realisasi ────────────────────────────────────────────────────────────────────────────────

export async function simpanRealisasi(aktor: Aktor, input: TRealisasi): Promise<Hasil> {
  const b = await bolehIsi(aktor, input.skpId, input.periodeId);
  if (!b.ok) return gagal(b.pesan);
  const iki = await prisma.iki.findFirst({
    where: { id: input.ikiId, rhk: { skpId: input.skpId } },
    select: { id: true, targetMin: true, rhk: { select: { skp: { select: { pendekatan: true } } } } },
  });
  if (!iki) return gagal("Indikator tidak ditemukan pada SKP ini.");
  const angka = iki.rhk.skp.pendekatan === "KUANTITATIF" && iki.targetMin !== null;
  if (angka && input.nilai === undefined) return gagal("Isi realisasi berupa angka sesuai satuan target.", { nilai: ["Isi realisasi berupa angka."] });
  if (!angka && !input.teks) return gagal("Isi realisasi berupa uraian.", { teks: ["Isi realisasi berupa uraian."] });
  const data = { nilai: angka ? (input.nilai ?? null) : null, teks: input.teks ?? null, dasar: input.dasar ?? null };
  const t = await transaksiIsian(input.skpId, b.isi.periode.id, async (tx) => {
    const lama = await tx.realisasi.findUnique({ where: { ikiId_periodeEvaluasiId: { ikiId: iki.id, periodeEvaluasiId: b.isi.periode.id } }, select: { nilai: true, teks: true } });
    await tx.realisasi.upsert({
      where: { ikiId_periodeEvaluasiId: { ikiId: iki.id, periodeEvaluasiId: b.isi.periode.id } },
      create: { ...data, ikiId: iki.id, periodeEvaluasiId: b.isi.periode.id },
      update: data,
    });
    await audit(tx, aktor, "REALISASI_DISIMPAN", input.skpId, {
      ikiId: iki.id,
      periode: b.isi.periode.label,
      dari: lama ? (lama.nilai?.toString() ?? lama.teks) : null,
      ke: data.nilai?.toString() ?? data.teks,
    });
  });
  if (!t.ok) return gagal(t.pesan);
  return berhasil(undefined, "Realisasi disimpan.");
}

// ─── Umpan balik berkelanjutan ────────────────────────────────────────────────────────────────

export async function tulisUmpanBalik(aktor: Aktor, input: TUmpanBalik): Promise<Hasil> {
  const m = await muatSkpPelaksanaan(aktor, input.skpId);
  if (!m) return gagal(TIDAK_DITEMUKAN);
  const r = bolehBeriUmpanBalik({ statusSkp: m.skp.status, peran: m.peran });
  if (!r.ok) return gagal(r.pesan);
  if (input.rhkId && !(await prisma.rhk.findFirst({ where: { id: input.rhkId, skpId: input.skpId }, select: { id: true } }))) {
    return gagal("RHK tidak ditemukan pada SKP ini.");
  }
  if (input.rencanaAksiId && !(await rencanaAksiMilik(input.rencanaAksiId, input.skpId))) return gagal("Rencana aksi tidak ditemukan pada SKP ini.");
  await prisma.$transaction(async (tx) => {
    const u = await tx.umpanBalik.create({
      data: { skpId: input.skpId, rhkId: input.rhkId ?? null, rencanaAksiId: input.rencanaAksiId ?? null, penulisPegawaiId: aktor.pegawaiId, teks: input.teks },
      select: { id: true },
    });
    await audit(tx, aktor, "UMPAN_BALIK_DITULIS", input.skpId, { umpanBalikId: u.id, rhkId: input.rhkId ?? null, rencanaAksiId: input.rencanaAksiId ?? null });
    if (m.skp.pegawaiId !== aktor.pegawaiId) {
      await beriTahu(tx, { jenis: "UMPAN_BALIK", skpId: input.skpId, namaPengirim: formatNamaGelar(aktor.nama) }, u.id, [m.skp.pegawaiId]);
    }
  });
  return berhasil(undefined, "Umpan balik terkirim.");
}

/** Mencatat kunjungan; dipanggil setelah halaman pelaksanaan dirender (menandai umpan balik sebagai dibaca). */
export async function tandaiDilihat(aktor: Aktor, skpId: string, waktu = new Date()): Promise<void> {
  const where = { pegawaiId_skpId: { pegawaiId: aktor.pegawaiId, skpId } };
  const ada = await prisma.kunjunganSkp.findUnique({ where, select: { terakhirDilihat: true, acuanBaru: true } });
  const k = hitungKunjungan(ada, waktu);
  await prisma.kunjunganSkp.upsert({ where, create: { pegawaiId: aktor.pegawaiId, skpId, ...k }, update: k });
}

// ─── Siklus periode (admin BKD) ───────────────────────────────────────────────────────────────

/** Admin membuka atau menutup periode evaluasi; pembukaan kembali dicatat dengan alasannya. */
export async function ubahStatusPeriode(aktor: Aktor, input: TStatusPeriode): Promise<Hasil> {
  const p = await prisma.periodeEvaluasi.findUnique({
    where: { id: input.periodeId },
    select: { id: true, label: true, status: true, periodeKinerja: { select: { instansiId: true, tahun: true } } },
  });
  if (!p || !can(aktor, { aksi: "kelola-periode", instansiId: p.periodeKinerja.instansiId })) return gagal("Periode tidak ditemukan atau Anda tidak berhak mengaturnya.");
  if (p.status === input.status) return gagal(`Periode ${p.label} sudah ${input.status === "BUKA" ? "dibuka" : "ditutup"}.`);
  if (input.status === "BUKA" && (!input.alasan || input.alasan.trim().length < 10)) {
    return gagal("Tuliskan alasan membuka kembali periode (minimal 10 karakter).", { alasan: ["Alasan wajib diisi, minimal 10 karakter."] });
  }
  await prisma.$transaction(async (tx) => {
    const r = await tx.periodeEvaluasi.updateMany({ where: { id: p.id, status: p.status }, data: { status: input.status } });
    if (r.count !== 1) throw new Error("Status periode berubah bersamaan; muat ulang.");
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: input.status === "TUTUP" ? "PERIODE_DITUTUP" : "PERIODE_DIBUKA_KEMBALI",
      entitas: "PeriodeEvaluasi",
      entitasId: p.id,
      data: { label: p.label, tahun: p.periodeKinerja.tahun, alasan: input.alasan?.trim() ?? null },
    });
  });
  return berhasil(undefined, `Periode ${p.label} ${p.periodeKinerja.tahun} ${input.status === "TUTUP" ? "ditutup" : "dibuka kembali"}.`);
}
