import "server-only";
// Perubahan SKP. Setiap fungsi: muat SKP dari basis data → tentukan peran aktor dari basis data (bukan dari
// formulir) → putuskan lewat aturan murni (workflow, kelengkapan, intervensi) → tulis dalam satu transaksi
// bersama jejak auditnya. Masukan sudah diperiksa zod oleh server action (app/(portal)/skp/actions.ts).
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { getRiwayatJabatanTahun, hariIni } from "@/lib/organisasi/beranda";
import { formatNamaGelar, tanggalAcuan } from "@/lib/organisasi/format";
import { peranTerhadapSkp, konteksAksesSkp } from "@/lib/skp/akses";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import { identitasSkp } from "@/lib/skp/identitas";
import { periksaIntervensi, periksaKelengkapan } from "@/lib/skp/kelengkapan";
import { ringkasPerubahan } from "@/lib/skp/perubahan";
import { varianSkp } from "@/lib/skp/varian";
import { PESAN, putuskanAksi, type AksiSkp, type StatusSkp } from "@/lib/skp/workflow";
import { jenisBentrok, PESAN_BENTROK } from "@/lib/db/bentrok";
import { beriTahu } from "@/lib/notifikasi/tulis";
import type { TBuatSkp, TEkspektasi, THapusRhk, TLampiran, TRhk, TSetujuiBanyak, TStatusSkp } from "@/lib/skp/schemas";

const tgl = (iso: string) => new Date(`${iso}T00:00:00Z`);

const selectKonteks = {
  id: true,
  status: true,
  versi: true,
  pegawaiId: true,
  jabatanId: true,
  penilaiPegawaiId: true,
  atasanPenilaiSnapshot: true,
  varian: true,
  pendekatan: true,
  mulai: true,
  selesai: true,
  disetujuiAt: true,
  diajukanAt: true,
  revisiDariId: true,
  pegawai: { select: { instansiId: true } },
  revisi: { select: { id: true } },
} satisfies Prisma.SkpSelect;

type SkpKonteks = Prisma.SkpGetPayload<{ select: typeof selectKonteks }>;


const TIDAK_DITEMUKAN = "SKP tidak ditemukan atau Anda tidak berhak mengaksesnya.";

/** Memuat SKP dan memutuskan aksi untuk aktor; gagal dengan pesan bila tidak boleh. */
async function muatDanPutuskan(
  aktor: Aktor,
  skpId: string,
  aksi: AksiSkp,
  alasan?: string | null,
): Promise<{ ok: true; skp: SkpKonteks; statusBaru: StatusSkp } | { ok: false; pesan: string }> {
  const skp = await prisma.skp.findUnique({ where: { id: skpId }, select: selectKonteks });
  if (!skp) return { ok: false, pesan: TIDAK_DITEMUKAN };
  const peran = peranTerhadapSkp(aktor, konteksAksesSkp(skp));
  if (peran === "LAIN") return { ok: false, pesan: TIDAK_DITEMUKAN };
  const r = putuskanAksi({
    status: skp.status,
    peran,
    aksi,
    alasan,
    adaRevisiTerbuka: skp.revisi !== null,
    pernahDisetujui: skp.disetujuiAt !== null,
    segmenBerakhir: skp.selesai < hariIni(),
  });
  if (!r.ok) return r;
  return { ok: true, skp, statusBaru: r.statusBaru };
}

/** Ubah status hanya bila status belum berubah sejak dibaca (dua klik bersamaan tidak menggandakan). */
async function gantiStatus(tx: Prisma.TransactionClient, skp: SkpKonteks, data: Prisma.SkpUpdateManyMutationInput) {
  // Status dan waktu pengajuan sama dengan yang dibaca: pengajuan ulang di antaranya membatalkan keputusan ini.
  const r = await tx.skp.updateMany({ where: { id: skp.id, status: skp.status, diajukanAt: skp.diajukanAt }, data });
  if (r.count !== 1) throw new KonflikStatus();
}

async function auditSkp(tx: Prisma.TransactionClient, aktor: Aktor, aksi: string, skpId: string, data: Prisma.InputJsonValue) {
  await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi, entitas: "Skp", entitasId: skpId, data });
}

class KonflikStatus extends Error {
  constructor() {
    super("SKP ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");
  }
}

/** RHK yang dirujuk bukan milik SKP ini: transaksi dibatalkan (termasuk penanda waktu ubah SKP), tanpa tulisan. */
class RhkTidakDitemukan extends Error {
  constructor() {
    super("RHK tidak ditemukan pada SKP ini.");
  }
}

async function jalankan<T>(f: () => Promise<Hasil<T>>, pesanUnik?: string): Promise<Hasil<T>> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof KonflikStatus || e instanceof RhkTidakDitemukan) return gagal(e.message);
    // Dua permintaan bersamaan (klik ganda, dua tab): yang kalah mendapat pesan, bukan galat server.
    const b = jenisBentrok(e);
    if (b) return gagal(b === "UNIK" && pesanUnik ? pesanUnik : PESAN_BENTROK[b]);
    throw e;
  }
}

// ─── Membuat SKP ──────────────────────────────────────────────────────────────────────────────

/**
 * Periode tahun kinerja instansi; dibuat dengan nilai bawaan (1 Jan–31 Des, triwulanan) bila belum ada. Dipanggil di
 * dalam transaksi yang ditulis jejak auditnya, agar periode tidak pernah tercipta tanpa jejak (mis. bila SKP batal dibuat).
 */
export async function pastikanPeriode(tx: Prisma.TransactionClient, instansiId: string, tahun: number) {
  return tx.periodeKinerja.upsert({
    where: { instansiId_tahun: { instansiId, tahun } },
    create: { instansiId, tahun, mulai: tgl(`${tahun}-01-01`), selesai: tgl(`${tahun}-12-31`) },
    update: {},
    select: { id: true, tahun: true, mulai: true, selesai: true },
  });
}

export async function buatSkp(aktor: Aktor, input: TBuatSkp): Promise<Hasil<{ skpId: string }>> {
  return jalankan(() => buatSkpSekali(aktor, input), "SKP untuk jabatan dan periode ini sudah dibuat (mungkin di tab lain). Muat ulang halaman.");
}

async function buatSkpSekali(aktor: Aktor, input: TBuatSkp): Promise<Hasil<{ skpId: string }>> {
  const mulai = tgl(input.mulai);
  const tahun = mulai.getUTCFullYear();
  const segmen = (await getRiwayatJabatanTahun(aktor, tahun)).find(
    (s) => s.kartu.jabatanId === input.jabatanId && s.mulai.getTime() === mulai.getTime(),
  );
  if (!segmen) return gagal("Jabatan itu tidak tercatat sebagai jabatan definitif Anda pada periode tersebut.");
  if (segmen.selesai < hariIni()) return gagal("Jabatan itu sudah berakhir, sehingga SKP-nya tidak dapat disusun lagi.");
  const periodeAda = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: aktor.instansiId, tahun } }, select: { id: true } });
  const ada = periodeAda
    ? await prisma.skp.findFirst({ where: { pegawaiId: aktor.pegawaiId, periodeId: periodeAda.id, jabatanId: input.jabatanId, mulai }, select: { id: true } })
    : null;
  if (ada) return gagal("SKP untuk jabatan dan periode ini sudah ada.");
  const jabatan = await prisma.jabatan.findUniqueOrThrow({ where: { id: input.jabatanId }, select: { jenis: true } });
  const hari = hariIni();
  const acuan = tanggalAcuan(hari, segmen.mulai, segmen.selesai);
  const identitas = await identitasSkp(aktor.instansiId, aktor.pegawaiId, input.jabatanId, acuan);
  if (!identitas) return gagal("Data jabatan Anda pada periode itu tidak lengkap. Hubungi admin BKD.");

  const varian = varianSkp(jabatan.jenis);
  const sumber = input.salinDariId
    ? await prisma.skp.findFirst({
        where: { id: input.salinDariId, pegawaiId: aktor.pegawaiId },
        select: {
          id: true,
          rhk: {
            select: { jenis: true, teks: true, perspektif: true, penugasanDari: true, iki: { select: { urutan: true, aspek: true, indikator: true, targetMin: true, targetMaks: true, satuan: true, targetTeks: true } } },
            orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
          },
          lampiran: { select: { jenis: true, urutan: true, teks: true } },
        },
      })
    : null;
  if (input.salinDariId && !sumber) return gagal("SKP sumber tidak ditemukan di antara SKP Anda.");

  // Peran/hasil yang sudah diturunkan atasan lewat Matriks Peran Hasil menjadi RHK utama awal.
  const peranHasil = identitas.penilaiPegawaiId
    ? await prisma.peranHasil.findMany({
        where: {
          bawahanPegawaiId: aktor.pegawaiId,
          // Sel yang RHK-nya pernah dihapus pegawai tidak kembali diam-diam (sampai atasan mengubah isinya).
          dihapusBawahanAt: null,
          rhk: {
            skp: { pegawaiId: identitas.penilaiPegawaiId, status: "DISETUJUI", mulai: { lte: segmen.selesai }, selesai: { gte: segmen.mulai } },
          },
        },
        select: { rhkId: true, teks: true },
        orderBy: [{ rhk: { urutan: "asc" } }],
      })
    : [];

  const skpId = await prisma.$transaction(async (tx) => {
    const periode = await pastikanPeriode(tx, aktor.instansiId, tahun);
    const skp = await tx.skp.create({
      data: {
        periodeId: periode.id,
        pegawaiId: aktor.pegawaiId,
        jabatanId: input.jabatanId,
        mulai: segmen.mulai,
        selesai: segmen.selesai,
        pendekatan: input.pendekatan,
        varian,
        pegawaiSnapshot: identitas.pegawai,
        penilaiPegawaiId: identitas.penilaiPegawaiId,
        penilaiSnapshot: identitas.penilai ?? undefined,
        atasanPenilaiSnapshot: identitas.atasanPenilai ?? undefined,
        perilaku: { create: NILAI_BERAKHLAK.map((n) => ({ nilai: n.kode })) },
        rhk: {
          create: peranHasil.map((p, i) => ({ jenis: "UTAMA" as const, urutan: i + 1, teks: p.teks, rhkAtasanId: p.rhkId, dariMatriks: true })),
        },
        lampiran: sumber ? { create: sumber.lampiran } : undefined,
      },
      select: { id: true },
    });
    // Salinan: RHK lama tanpa tautan ke RHK pimpinan (tautan dipilih ulang dari SKP pimpinan tahun ini).
    const urutan = { UTAMA: peranHasil.length, TAMBAHAN: 0 };
    for (const r of sumber?.rhk ?? []) {
      urutan[r.jenis] += 1;
      await tx.rhk.create({
        data: {
          skpId: skp.id,
          jenis: r.jenis,
          urutan: urutan[r.jenis],
          teks: r.teks,
          perspektif: varian === "JPT" ? r.perspektif : null,
          penugasanDari: r.penugasanDari,
          iki: { create: r.iki },
        },
      });
    }
    await auditSkp(tx, aktor, "SKP_DIBUAT", skp.id, { pendekatan: input.pendekatan, dariMatriks: peranHasil.length, salinDari: sumber?.id ?? null, periodeDibuat: periodeAda ? null : periode.id });
    return skp.id;
  });
  return berhasil({ skpId }, "SKP dibuat sebagai draf.");
}

// ─── Isi SKP (pemilik, selama draf/ditolak) ───────────────────────────────────────────────────

function teksTarget(i: TRhk["iki"][number]): string {
  if (i.targetTeks) return i.targetTeks;
  const angka = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 4 });
  if (i.targetMin === undefined) return "";
  const nilai = i.targetMaks !== undefined && i.targetMaks !== i.targetMin ? `${angka(i.targetMin)}–${angka(i.targetMaks)}` : angka(i.targetMin);
  return [nilai, i.satuan].filter(Boolean).join(" ");
}

export async function simpanRhk(aktor: Aktor, input: TRhk): Promise<Hasil<{ rhkId: string }>> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, input.skpId, "UBAH");
    if (!k.ok) return gagal(k.pesan);
    const { skp } = k;

    const rhkAtasanId = input.rhkAtasanId ?? null;
    if (rhkAtasanId) {
      const calon = await prisma.rhk.findUnique({
        where: { id: rhkAtasanId },
        select: { id: true, skpId: true, skp: { select: { pegawaiId: true, status: true, mulai: true, selesai: true } } },
      });
      const cek = periksaIntervensi({
        varian: skp.varian,
        jenisRhk: input.jenis,
        penilaiPegawaiId: skp.penilaiPegawaiId,
        skpMulai: skp.mulai,
        skpSelesai: skp.selesai,
        calon: calon
          ? { id: calon.id, skpId: calon.skpId, pemilikPegawaiId: calon.skp.pegawaiId, statusSkp: calon.skp.status, mulai: calon.skp.mulai, selesai: calon.skp.selesai }
          : { id: rhkAtasanId, skpId: "", pemilikPegawaiId: "", statusSkp: "DRAFT", mulai: skp.mulai, selesai: skp.selesai },
      });
      if (!cek.ok) return gagal(cek.pesan, { rhkAtasanId: [cek.pesan] });
    }
    if (skp.varian === "JA_JF" && input.perspektif) return gagal("Perspektif hanya untuk SKP JPT.", { perspektif: ["Perspektif hanya untuk SKP JPT."] });
    if (skp.pendekatan === "KUANTITATIF") {
      const tanpaAngka = input.iki.findIndex((i) => i.targetMin === undefined && !i.targetTeks);
      if (tanpaAngka >= 0) return gagal(`Indikator ${tanpaAngka + 1}: isi target berupa angka dan satuan.`);
    }

    const ikiData = input.iki.map((i, n) => ({
      urutan: n + 1,
      aspek: i.aspek ?? null,
      indikator: i.indikator,
      targetMin: i.targetMin ?? null,
      targetMaks: i.targetMaks ?? i.targetMin ?? null,
      satuan: i.satuan ?? null,
      targetTeks: teksTarget(i),
    }));
    const isi = {
      jenis: input.jenis,
      teks: input.teks,
      rhkAtasanId,
      perspektif: input.perspektif ?? null,
      penugasanDari: input.penugasanDari ?? null,
    };

    const rhkId = await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, skp, { updatedAt: new Date() });
      if (input.rhkId) {
        const lama = await tx.rhk.findFirst({
          where: { id: input.rhkId, skpId: skp.id },
          select: { jenis: true, teks: true, rhkAtasanId: true, perspektif: true, penugasanDari: true, iki: { select: { indikator: true, targetTeks: true, aspek: true }, orderBy: { urutan: "asc" } } },
        });
        if (!lama) throw new RhkTidakDitemukan();
        await tx.iki.deleteMany({ where: { rhkId: input.rhkId } });
        await tx.rhk.update({ where: { id: input.rhkId }, data: { ...isi, iki: { create: ikiData } } });
        await auditSkp(tx, aktor, "RHK_DIUBAH", skp.id, {
            rhkId: input.rhkId,
            perubahan: ringkasPerubahan(
              { ...lama, iki: lama.iki },
              { ...isi, iki: ikiData.map((i) => ({ indikator: i.indikator, targetTeks: i.targetTeks, aspek: i.aspek })) },
            ) as unknown as Prisma.InputJsonValue,
          });
        return input.rhkId;
      }
      const terakhir = await tx.rhk.aggregate({ where: { skpId: skp.id, jenis: input.jenis }, _max: { urutan: true } });
      const baru = await tx.rhk.create({
        data: { ...isi, skpId: skp.id, urutan: (terakhir._max.urutan ?? 0) + 1, iki: { create: ikiData } },
        select: { id: true },
      });
      await auditSkp(tx, aktor, "RHK_DITAMBAH", skp.id, { rhkId: baru.id, jenis: input.jenis, teks: input.teks });
      return baru.id;
    });
    return berhasil({ rhkId }, "RHK disimpan.");
  });
}

export async function hapusRhk(aktor: Aktor, input: THapusRhk): Promise<Hasil> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, input.skpId, "UBAH");
    if (!k.ok) return gagal(k.pesan);
    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, k.skp, { updatedAt: new Date() });
      const lama = await tx.rhk.findFirst({
        where: { id: input.rhkId, skpId: k.skp.id },
        select: { teks: true, jenis: true, dariMatriks: true, rhkAtasanId: true },
      });
      if (!lama) throw new RhkTidakDitemukan();
      await tx.rhk.delete({ where: { id: input.rhkId } });
      // RHK dari matriks peran hasil: tandai selnya agar tidak ditambahkan lagi ke draf berikutnya, dan
      // pejabat penilai melihat di matriksnya bahwa pegawai menghapusnya.
      if (lama.dariMatriks && lama.rhkAtasanId) {
        await tx.peranHasil.updateMany({
          where: { rhkId: lama.rhkAtasanId, bawahanPegawaiId: k.skp.pegawaiId },
          data: { dihapusBawahanAt: new Date() },
        });
      }
      await auditSkp(tx, aktor, "RHK_DIHAPUS", k.skp.id, { rhkId: input.rhkId, teks: lama.teks, jenis: lama.jenis, dariMatriks: lama.dariMatriks });
    });
    return berhasil(undefined, "RHK dihapus.");
  });
}

export async function simpanLampiran(aktor: Aktor, input: TLampiran): Promise<Hasil> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, input.skpId, "UBAH");
    if (!k.ok) return gagal(k.pesan);
    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, k.skp, { updatedAt: new Date() });
      const lama = await tx.lampiranSkp.findMany({ where: { skpId: k.skp.id, jenis: input.jenis }, select: { teks: true }, orderBy: { urutan: "asc" } });
      await tx.lampiranSkp.deleteMany({ where: { skpId: k.skp.id, jenis: input.jenis } });
      await tx.lampiranSkp.createMany({ data: input.butir.map((teks, i) => ({ skpId: k.skp.id, jenis: input.jenis, urutan: i + 1, teks })) });
      await auditSkp(tx, aktor, "LAMPIRAN_DIUBAH", k.skp.id, { jenis: input.jenis, dari: lama.map((l) => l.teks), ke: input.butir });
    });
    return berhasil(undefined, "Lampiran disimpan.");
  });
}

/** Memperbarui snapshot identitas (mis. setelah pejabat penilai berganti) selama SKP masih draf. */
export async function perbaruiIdentitas(aktor: Aktor, skpId: string): Promise<Hasil> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, skpId, "UBAH");
    if (!k.ok) return gagal(k.pesan);
    const r = await segarkanIdentitas(k.skp);
    if (!r.ok) return r;
    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, k.skp, r.data);
      await auditSkp(tx, aktor, "IDENTITAS_DIPERBARUI", k.skp.id, { penilai: r.data.penilaiPegawaiId ?? null });
    });
    return berhasil(undefined, "Data pegawai dan pejabat penilai diperbarui.");
  });
}

async function segarkanIdentitas(skp: SkpKonteks): Promise<Hasil<Prisma.SkpUpdateManyMutationInput & { penilaiPegawaiId: string | null }>> {
  const hari = hariIni();
  const acuan = tanggalAcuan(hari, skp.mulai, skp.selesai);
  const id = await identitasSkp(skp.pegawai.instansiId, skp.pegawaiId, skp.jabatanId, acuan);
  if (!id) return gagal("Data jabatan pada periode SKP ini tidak lengkap. Hubungi admin BKD.");
  return berhasil({
    pegawaiSnapshot: id.pegawai,
    penilaiPegawaiId: id.penilaiPegawaiId,
    penilaiSnapshot: id.penilai ?? undefined,
    atasanPenilaiSnapshot: id.atasanPenilai ?? undefined,
  });
}

// ─── Alur persetujuan ─────────────────────────────────────────────────────────────────────────

const AUDIT_STATUS: Record<TStatusSkp["aksi"], string> = {
  AJUKAN: "SKP_DIAJUKAN",
  TARIK: "SKP_DITARIK",
  SETUJUI: "SKP_DISETUJUI",
  TOLAK: "SKP_DITOLAK",
};

export async function ubahStatusSkp(aktor: Aktor, input: TStatusSkp): Promise<Hasil<{ status: StatusSkp }>> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, input.skpId, input.aksi, input.alasan);
    // Alasan penolakan kurang: ditandai di kolom alasan, isian lain tetap.
    if (!k.ok) return k.pesan === PESAN.alasanKurang ? gagal(PESAN_PERIKSA, { alasan: [k.pesan] }) : gagal(k.pesan);
    const { skp, statusBaru } = k;
    if ((input.aksi === "SETUJUI" || input.aksi === "TOLAK") && input.diajukanPada && skp.diajukanAt?.toISOString() !== input.diajukanPada) {
      return gagal("SKP ini diubah dan diajukan ulang sejak Anda membukanya. Muat ulang halaman dan tinjau kembali isinya.");
    }
    const sekarang = new Date();
    let data: Prisma.SkpUpdateManyMutationInput & { penilaiPegawaiId?: string | null } = { status: statusBaru };

    if (input.aksi === "AJUKAN") {
      const isi = await prisma.rhk.findMany({
        where: { skpId: skp.id },
        select: { id: true, jenis: true, teks: true, rhkAtasanId: true, perspektif: true, iki: { select: { aspek: true, indikator: true, targetTeks: true } } },
        orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
      });
      const cek = periksaKelengkapan({
        varian: skp.varian,
        pendekatan: skp.pendekatan,
        rhk: isi.map((r) => ({ ...r, iki: r.iki.map((i) => ({ aspek: i.aspek, indikator: i.indikator, target: i.targetTeks })) })),
      });
      if (!cek.ok) return gagal(`SKP belum lengkap: ${cek.masalah.join(" ")}`, { kelengkapan: cek.masalah });
      // Pejabat penilai ditetapkan ulang saat pengajuan: yang berwenang hari ini yang menerima.
      const id = await segarkanIdentitas(skp);
      if (!id.ok) return id;
      if (id.data.penilaiPegawaiId === null && skp.varian === "JA_JF") {
        return gagal("Pejabat penilai Anda belum dapat ditentukan (jabatan atasan kosong tanpa Plt). Hubungi admin BKD.");
      }
      data = { ...data, ...id.data, diajukanAt: sekarang, alasanDitolak: null };
    } else if (input.aksi === "TOLAK") {
      data = { ...data, alasanDitolak: input.alasan?.trim() ?? null };
    } else if (input.aksi === "SETUJUI") {
      data = { ...data, disetujuiAt: sekarang, alasanDitolak: null };
    }

    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, skp, data);
      if (input.aksi === "SETUJUI" && skp.revisiDariId) {
        // Revisi disetujui: versi lama diganti; tautan RHK bawahan dan sel matriks pindah ke RHK revisi.
        await tx.skp.update({ where: { id: skp.revisiDariId }, data: { status: "DIGANTI" } });
        await auditSkp(tx, aktor, "SKP_DIGANTI", skp.revisiDariId, { revisi: skp.id, versi: skp.versi });
        const salinan = await tx.rhk.findMany({ where: { skpId: skp.id, asalRhkId: { not: null } }, select: { id: true, asalRhkId: true } });
        for (const r of salinan) {
          await tx.rhk.updateMany({ where: { rhkAtasanId: r.asalRhkId! }, data: { rhkAtasanId: r.id } });
          await tx.peranHasil.updateMany({ where: { rhkId: r.asalRhkId! }, data: { rhkId: r.id } });
          // Pelaksanaan yang sudah berjalan ikut pindah ke versi yang berlaku.
          await tx.rencanaAksi.updateMany({ where: { rhkId: r.asalRhkId! }, data: { rhkId: r.id } });
          await tx.umpanBalik.updateMany({ where: { rhkId: r.asalRhkId! }, data: { rhkId: r.id } });
          await tx.umpanEvaluasi.updateMany({ where: { rhkId: r.asalRhkId! }, data: { rhkId: r.id } });
        }
        // Realisasi per indikator: indikator lama dan salinannya dipasangkan lewat RHK asal + urutan.
        const asalKe = new Map(salinan.map((r) => [r.asalRhkId!, r.id]));
        const [ikiLama, ikiBaru] = await Promise.all([
          tx.iki.findMany({ where: { rhkId: { in: [...asalKe.keys()] } }, select: { id: true, rhkId: true, urutan: true } }),
          tx.iki.findMany({ where: { rhkId: { in: [...asalKe.values()] } }, select: { id: true, rhkId: true, urutan: true } }),
        ]);
        for (const l of ikiLama) {
          const b = ikiBaru.find((x) => x.rhkId === asalKe.get(l.rhkId) && x.urutan === l.urutan);
          if (b) await tx.realisasi.updateMany({ where: { ikiId: l.id }, data: { ikiId: b.id } });
        }
        await tx.umpanBalik.updateMany({ where: { skpId: skp.revisiDariId }, data: { skpId: skp.id } });
        // Progres harian menunjuk rencana aksi (yang sudah pindah di atas) dan SKP-nya: ikut ke versi yang berlaku.
        await tx.progresHarian.updateMany({ where: { skpId: skp.revisiDariId }, data: { skpId: skp.id } });
        // Penilaian periode yang sudah berjalan ikut pindah (revisi belum pernah dinilai, jadi (skp, kode) tetap unik).
        await tx.evaluasiKinerja.updateMany({ where: { skpId: skp.revisiDariId }, data: { skpId: skp.id } });
      }
      await auditSkp(tx, aktor, AUDIT_STATUS[input.aksi], skp.id, { dari: skp.status, ke: statusBaru, alasan: input.aksi === "TOLAK" ? (input.alasan?.trim() ?? null) : null, versi: skp.versi });
      await beriTahuStatus(tx, aktor, input, skp, data, sekarang);
    });
    const pesan = { AJUKAN: "SKP diajukan ke pejabat penilai.", TARIK: "Pengajuan ditarik; SKP kembali menjadi draf.", SETUJUI: "SKP disetujui.", TOLAK: "SKP dikembalikan dengan alasan penolakan." }[input.aksi];
    return berhasil({ status: statusBaru }, pesan);
  });
}

/** Notifikasi alur persetujuan: pengajuan ke pejabat penilai, keputusan ke pegawai (sekali per pengajuan). */
async function beriTahuStatus(tx: Prisma.TransactionClient, aktor: Aktor, input: TStatusSkp, skp: SkpKonteks, data: { penilaiPegawaiId?: string | null }, sekarang: Date) {
  const tahun = skp.mulai.getUTCFullYear();
  if (input.aksi === "AJUKAN") {
    await beriTahu(tx, { jenis: "SKP_DIAJUKAN", skpId: skp.id, namaPegawai: formatNamaGelar(aktor.nama), tahun }, `${skp.id}:${sekarang.toISOString()}`, [data.penilaiPegawaiId ?? skp.penilaiPegawaiId]);
  } else if (input.aksi === "SETUJUI") {
    await beriTahu(tx, { jenis: "SKP_DISETUJUI", skpId: skp.id, tahun }, `${skp.id}:${skp.diajukanAt?.toISOString() ?? ""}`, [skp.pegawaiId]);
  } else if (input.aksi === "TOLAK") {
    await beriTahu(tx, { jenis: "SKP_DITOLAK", skpId: skp.id, tahun, alasan: input.alasan?.trim() ?? "" }, `${skp.id}:${skp.diajukanAt?.toISOString() ?? ""}`, [skp.pegawaiId]);
  }
}

/** Pejabat penilai menulis ekspektasi khusus pimpinan per nilai BerAKHLAK. */
export async function isiEkspektasi(aktor: Aktor, input: TEkspektasi): Promise<Hasil> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, input.skpId, "ISI_EKSPEKTASI");
    if (!k.ok) return gagal(k.pesan);
    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, k.skp, { updatedAt: new Date() });
      const lama = await tx.perilakuSkp.findMany({ where: { skpId: k.skp.id }, select: { nilai: true, ekspektasi: true } });
      for (const n of NILAI_BERAKHLAK) {
        const teks = input.ekspektasi[n.kode]?.trim() || null;
        await tx.perilakuSkp.upsert({
          where: { skpId_nilai: { skpId: k.skp.id, nilai: n.kode } },
          create: { skpId: k.skp.id, nilai: n.kode, ekspektasi: teks },
          update: { ekspektasi: teks },
        });
      }
      await auditSkp(tx, aktor, "EKSPEKTASI_DIISI", k.skp.id, {
          perubahan: ringkasPerubahan(
            Object.fromEntries(lama.map((l) => [l.nilai, l.ekspektasi])),
            Object.fromEntries(NILAI_BERAKHLAK.map((n) => [n.kode, input.ekspektasi[n.kode]?.trim() || null])),
          ) as unknown as Prisma.InputJsonValue,
        });
    });
    return berhasil(undefined, "Ekspektasi khusus pimpinan disimpan.");
  });
}

/** Revisi SKP yang disetujui: salinan lengkap sebagai draf versi berikutnya; versi lama tetap berlaku. */
export async function buatRevisi(aktor: Aktor, skpId: string): Promise<Hasil<{ skpId: string }>> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, skpId, "BUAT_REVISI");
    if (!k.ok) return gagal(k.pesan);
    const asal = await prisma.skp.findUniqueOrThrow({
      where: { id: skpId },
      select: {
        periodeId: true, pegawaiId: true, jabatanId: true, mulai: true, selesai: true, pendekatan: true, varian: true, versi: true,
        pegawaiSnapshot: true, penilaiPegawaiId: true, penilaiSnapshot: true, atasanPenilaiSnapshot: true,
        rhk: { select: { id: true, jenis: true, urutan: true, teks: true, rhkAtasanId: true, perspektif: true, penugasanDari: true, dariMatriks: true, iki: { select: { urutan: true, aspek: true, indikator: true, targetMin: true, targetMaks: true, satuan: true, targetTeks: true } } } },
        perilaku: { select: { nilai: true, ekspektasi: true } },
        lampiran: { select: { jenis: true, urutan: true, teks: true } },
      },
    });
    const baruId = await prisma.$transaction(async (tx) => {
      const baru = await tx.skp.create({
        data: {
          periodeId: asal.periodeId, pegawaiId: asal.pegawaiId, jabatanId: asal.jabatanId, mulai: asal.mulai, selesai: asal.selesai,
          pendekatan: asal.pendekatan, varian: asal.varian, versi: asal.versi + 1, revisiDariId: skpId,
          pegawaiSnapshot: asal.pegawaiSnapshot as Prisma.InputJsonValue,
          penilaiPegawaiId: asal.penilaiPegawaiId,
          penilaiSnapshot: (asal.penilaiSnapshot ?? undefined) as Prisma.InputJsonValue | undefined,
          atasanPenilaiSnapshot: (asal.atasanPenilaiSnapshot ?? undefined) as Prisma.InputJsonValue | undefined,
          perilaku: { create: asal.perilaku },
          lampiran: { create: asal.lampiran },
        },
        select: { id: true },
      });
      for (const r of asal.rhk) {
        await tx.rhk.create({
          data: {
            skpId: baru.id, jenis: r.jenis, urutan: r.urutan, teks: r.teks, rhkAtasanId: r.rhkAtasanId, perspektif: r.perspektif,
            penugasanDari: r.penugasanDari, dariMatriks: r.dariMatriks, asalRhkId: r.id, iki: { create: r.iki },
          },
        });
      }
      await auditSkp(tx, aktor, "REVISI_DIBUAT", baru.id, { dari: skpId, versi: asal.versi + 1 });
      await auditSkp(tx, aktor, "REVISI_DIBUAT", skpId, { revisi: baru.id, versi: asal.versi + 1 });
      return baru.id;
    });
    return berhasil({ skpId: baruId }, "Revisi dibuat sebagai draf. SKP yang disetujui tetap berlaku sampai revisi disetujui.");
  }, "Revisi SKP ini sudah dibuat (mungkin di tab lain). Muat ulang halaman.");
}

/** Menghapus draf yang belum pernah disetujui (mis. salah pilih pendekatan). */
export async function hapusSkp(aktor: Aktor, skpId: string): Promise<Hasil> {
  return jalankan(async () => {
    const k = await muatDanPutuskan(aktor, skpId, "HAPUS");
    if (!k.ok) return gagal(k.pesan);
    await prisma.$transaction(async (tx) => {
      await gantiStatus(tx, k.skp, { updatedAt: new Date() });
      await tx.skp.delete({ where: { id: skpId } });
      await auditSkp(tx, aktor, "SKP_DIHAPUS", skpId, { versi: k.skp.versi });
    });
    return berhasil(undefined, "Draf SKP dihapus.");
  });
}

/**
 * Menyetujui beberapa SKP sekaligus dari halaman SKP Bawahan. Setiap SKP diperiksa dan dicatat sendiri-sendiri;
 * yang tidak boleh (bukan bawahan, bukan berstatus diajukan) dilaporkan, yang lain tetap disetujui.
 */
export async function setujuiBanyak(aktor: Aktor, input: TSetujuiBanyak): Promise<Hasil<{ disetujui: number; gagal: string[] }>> {
  let disetujui = 0;
  const gagalList: string[] = [];
  const dilihat = new Set<string>();
  for (const { skpId, diajukanPada } of input.skpId) {
    if (dilihat.has(skpId)) continue;
    dilihat.add(skpId);
    const r = await ubahStatusSkp(aktor, { skpId, aksi: "SETUJUI", diajukanPada });
    if (r.ok) disetujui += 1;
    else gagalList.push(r.pesan);
  }
  if (disetujui === 0) return gagal(gagalList[0] ?? "Tidak ada SKP yang disetujui.");
  const pesan = gagalList.length ? `${disetujui} SKP disetujui; ${gagalList.length} tidak dapat disetujui.` : `${disetujui} SKP disetujui.`;
  return berhasil({ disetujui, gagal: gagalList }, pesan);
}
