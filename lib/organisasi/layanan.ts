import "server-only";
// Editor organisasi: penulisan unit kerja, jabatan, penugasan dan peristiwa kepegawaian. Setiap fungsi: muat sasaran
// dari basis data di dalam transaksi (instansinya dari data, bukan dari formulir) → otorisasi can("kelola-organisasi")
// → putuskan dengan aturan murni lib/organisasi/editor.ts → tulis + jejak audit dalam transaksi yang sama.
// Penulisan struktur satu instansi diserialkan dengan kunci advisory transaksi, sehingga dua pemindahan serentak
// tidak dapat bersama-sama membentuk lingkaran. Cache organisasi (lib/organisasi/cache.ts) diganti oleh trigger.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { catatAudit } from "@/lib/audit";
import { can, type Aktor } from "@/lib/auth/permissions";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { hariIni } from "@/lib/organisasi/beranda";
import {
  adalahStruktural,
  cekAkhiriPenugasan,
  cekIndukBaru,
  cekPenugasanBaru,
  cekTutupJabatan,
  cekTutupUnit,
  rencanaBerhenti,
  rencanaMutasi,
  type SimpulPohon,
} from "@/lib/organisasi/editor";
import type {
  TAkhiriPenugasan,
  TBerhenti,
  TMutasi,
  TTambahJabatan,
  TTambahUnit,
  TTugaskan,
  TTutupJabatan,
  TTutupUnit,
  TUbahJabatan,
  TUbahPegawai,
  TUbahUnit,
} from "@/lib/organisasi/schemas";

type Tx = Prisma.TransactionClient;

const TOLAK = "Anda tidak berhak mengubah organisasi instansi ini.";
const bolehKelola = (aktor: Aktor, instansiId: string) => can(aktor, { aksi: "kelola-organisasi", instansiId });
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Menyerialkan penulisan struktur satu instansi sampai transaksi selesai. */
async function kunciInstansi(tx: Tx, instansiId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`organisasi:${instansiId}`}, 0))`;
}

/** Unit itu, calon induknya dan seluruh leluhur calon induk (dari basis data; UNION berhenti pada siklus). */
async function rantaiUnit(tx: Tx, id: string, indukId: string | null): Promise<Map<string, SimpulPohon>> {
  const baris = await tx.$queryRaw<{ id: string; parent_id: string | null; instansi_id: string; aktif: boolean }[]>`
    WITH RECURSIVE naik AS (
      SELECT id, parent_id, instansi_id, aktif FROM unit_kerja WHERE id IN (${id}::uuid, ${indukId ?? id}::uuid)
      UNION
      SELECT u.id, u.parent_id, u.instansi_id, u.aktif FROM unit_kerja u JOIN naik ON u.id = naik.parent_id
    ) SELECT id, parent_id, instansi_id, aktif FROM naik`;
  return new Map(baris.map((b) => [b.id, { id: b.id, parentId: b.parent_id, instansiId: b.instansi_id, aktif: b.aktif }]));
}

async function rantaiJabatan(tx: Tx, id: string, indukId: string | null): Promise<Map<string, SimpulPohon>> {
  const baris = await tx.$queryRaw<{ id: string; parent_id: string | null; instansi_id: string; aktif: boolean }[]>`
    WITH RECURSIVE naik AS (
      SELECT id, parent_id, instansi_id, aktif FROM jabatan WHERE id IN (${id}::uuid, ${indukId ?? id}::uuid)
      UNION
      SELECT j.id, j.parent_id, j.instansi_id, j.aktif FROM jabatan j JOIN naik ON j.id = naik.parent_id
    ) SELECT id, parent_id, instansi_id, aktif FROM naik`;
  return new Map(baris.map((b) => [b.id, { id: b.id, parentId: b.parent_id, instansiId: b.instansi_id, aktif: b.aktif }]));
}

/** Unit aktif milik instansi itu, atau null (id palsu / instansi lain / sudah ditutup). */
async function unitAktif(tx: Tx, unitId: string, instansiId: string) {
  return tx.unitKerja.findFirst({ where: { id: unitId, instansiId, aktif: true }, select: { id: true, nama: true } });
}

// ─── Unit kerja ─────────────────────────────────────────────────────────────────────────────

export async function tambahUnit(aktor: Aktor, input: TTambahUnit): Promise<Hasil<{ unitId: string }>> {
  if (!bolehKelola(aktor, input.instansiId)) return gagal(TOLAK);
  return prisma.$transaction(async (tx) => {
    await kunciInstansi(tx, input.instansiId);
    if (input.parentId && !(await unitAktif(tx, input.parentId, input.instansiId))) {
      return gagal("Unit induk tidak ditemukan pada instansi ini.", { parentId: ["Unit induk tidak ditemukan pada instansi ini."] });
    }
    const u = await tx.unitKerja.create({
      data: { instansiId: input.instansiId, parentId: input.parentId ?? null, nama: input.nama, singkatan: input.singkatan ?? null, jenis: input.jenis },
      select: { id: true },
    });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "UNIT_DITAMBAH", entitas: "UnitKerja", entitasId: u.id, data: { nama: input.nama, parentId: input.parentId ?? null } });
    return berhasil({ unitId: u.id }, `Unit ${input.nama} ditambahkan.`);
  });
}

export async function ubahUnit(aktor: Aktor, input: TUbahUnit): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const u = await tx.unitKerja.findUnique({ where: { id: input.unitId }, select: { id: true, instansiId: true, parentId: true, nama: true, singkatan: true, aktif: true } });
    if (!u || !bolehKelola(aktor, u.instansiId)) return gagal(TOLAK);
    if (!u.aktif) return gagal("Unit ini sudah ditutup dan tidak dapat diubah.");
    await kunciInstansi(tx, u.instansiId);
    const indukBaru = input.parentId ?? null;
    if (indukBaru !== u.parentId) {
      const cek = cekIndukBaru(await rantaiUnit(tx, u.id, indukBaru), u.id, indukBaru, "unit");
      if (!cek.ok) return gagal(cek.pesan, { parentId: [cek.pesan] });
    }
    await tx.unitKerja.update({ where: { id: u.id }, data: { nama: input.nama, singkatan: input.singkatan ?? null, parentId: indukBaru } });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "UNIT_DIUBAH",
      entitas: "UnitKerja",
      entitasId: u.id,
      data: { dari: { nama: u.nama, singkatan: u.singkatan, parentId: u.parentId }, ke: { nama: input.nama, singkatan: input.singkatan ?? null, parentId: indukBaru } },
    });
    return berhasil(undefined, "Unit kerja disimpan.");
  });
}

export async function tutupUnit(aktor: Aktor, input: TTutupUnit): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const u = await tx.unitKerja.findUnique({ where: { id: input.unitId }, select: { id: true, instansiId: true, aktif: true, nama: true } });
    if (!u || !bolehKelola(aktor, u.instansiId)) return gagal(TOLAK);
    if (!u.aktif) return gagal("Unit ini sudah ditutup.");
    await kunciInstansi(tx, u.instansiId);
    const [jabatanAktif, unitAnakAktif] = await Promise.all([
      tx.jabatan.count({ where: { unitKerjaId: u.id, aktif: true } }),
      tx.unitKerja.count({ where: { parentId: u.id, aktif: true } }),
    ]);
    const cek = cekTutupUnit({ tanggal: input.tanggal, hariIni: hariIni(), jabatanAktif, unitAnakAktif });
    if (!cek.ok) return gagal(cek.pesan, cek.alasan === "MASA_DEPAN" ? { tanggal: [cek.pesan] } : undefined);
    await tx.unitKerja.update({ where: { id: u.id }, data: { aktif: false, tmtTutup: input.tanggal } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "UNIT_DITUTUP", entitas: "UnitKerja", entitasId: u.id, data: { nama: u.nama, tanggal: iso(input.tanggal) } });
    return berhasil(undefined, `Unit ${u.nama} ditutup per ${iso(input.tanggal)}.`);
  });
}

// ─── Jabatan ────────────────────────────────────────────────────────────────────────────────

export async function tambahJabatan(aktor: Aktor, input: TTambahJabatan): Promise<Hasil<{ jabatanId: string }>> {
  return prisma.$transaction(async (tx) => {
    const unit = await tx.unitKerja.findUnique({ where: { id: input.unitKerjaId }, select: { id: true, instansiId: true, aktif: true } });
    if (!unit || !bolehKelola(aktor, unit.instansiId)) return gagal(TOLAK);
    if (!unit.aktif) return gagal("Unit ini sudah ditutup.", { unitKerjaId: ["Unit ini sudah ditutup."] });
    await kunciInstansi(tx, unit.instansiId);
    if (input.parentId) {
      const induk = await tx.jabatan.findFirst({ where: { id: input.parentId, instansiId: unit.instansiId, aktif: true }, select: { id: true } });
      if (!induk) return gagal("Jabatan atasan tidak ditemukan pada instansi ini.", { parentId: ["Jabatan atasan tidak ditemukan pada instansi ini."] });
    }
    const j = await tx.jabatan.create({
      data: { instansiId: unit.instansiId, unitKerjaId: unit.id, parentId: input.parentId ?? null, nama: input.nama, jenis: input.jenis, eselon: input.eselon ?? null },
      select: { id: true },
    });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "JABATAN_DITAMBAH", entitas: "Jabatan", entitasId: j.id, data: { nama: input.nama, unitKerjaId: unit.id, parentId: input.parentId ?? null } });
    return berhasil({ jabatanId: j.id }, `Jabatan ${input.nama} ditambahkan.`);
  });
}

export async function ubahJabatan(aktor: Aktor, input: TUbahJabatan): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.findUnique({ where: { id: input.jabatanId }, select: { id: true, instansiId: true, unitKerjaId: true, parentId: true, nama: true, aktif: true } });
    if (!j || !bolehKelola(aktor, j.instansiId)) return gagal(TOLAK);
    if (!j.aktif) return gagal("Jabatan ini sudah ditutup dan tidak dapat diubah.");
    await kunciInstansi(tx, j.instansiId);
    if (input.unitKerjaId !== j.unitKerjaId && !(await unitAktif(tx, input.unitKerjaId, j.instansiId))) {
      return gagal("Unit kerja tujuan tidak ditemukan pada instansi ini.", { unitKerjaId: ["Unit kerja tujuan tidak ditemukan pada instansi ini."] });
    }
    const indukBaru = input.parentId ?? null;
    if (indukBaru !== j.parentId) {
      const cek = cekIndukBaru(await rantaiJabatan(tx, j.id, indukBaru), j.id, indukBaru, "jabatan");
      if (!cek.ok) return gagal(cek.pesan, { parentId: [cek.pesan] });
    }
    await tx.jabatan.update({ where: { id: j.id }, data: { nama: input.nama, unitKerjaId: input.unitKerjaId, parentId: indukBaru } });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "JABATAN_DIUBAH",
      entitas: "Jabatan",
      entitasId: j.id,
      data: { dari: { nama: j.nama, unitKerjaId: j.unitKerjaId, parentId: j.parentId }, ke: { nama: input.nama, unitKerjaId: input.unitKerjaId, parentId: indukBaru } },
    });
    return berhasil(undefined, "Jabatan disimpan.");
  });
}

export async function tutupJabatan(aktor: Aktor, input: TTutupJabatan): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.findUnique({ where: { id: input.jabatanId }, select: { id: true, instansiId: true, nama: true, aktif: true } });
    if (!j || !bolehKelola(aktor, j.instansiId)) return gagal(TOLAK);
    if (!j.aktif) return gagal("Jabatan ini sudah ditutup.");
    await kunciInstansi(tx, j.instansiId);
    const [penugasan, jabatanBawahanAktif] = await Promise.all([
      tx.penugasanJabatan.findMany({ where: { jabatanId: j.id, OR: [{ tmtSelesai: null }, { tmtSelesai: { gte: input.tanggal } }] }, select: { id: true, pegawaiId: true, jenis: true, tmtMulai: true, tmtSelesai: true } }),
      tx.jabatan.count({ where: { parentId: j.id, aktif: true } }),
    ]);
    const cek = cekTutupJabatan({ tanggal: input.tanggal, hariIni: hariIni(), penugasan, jabatanBawahanAktif });
    if (!cek.ok) return gagal(cek.pesan, cek.alasan === "MASA_DEPAN" ? { tanggal: [cek.pesan] } : undefined);
    await tx.jabatan.update({ where: { id: j.id }, data: { aktif: false, tmtTutup: input.tanggal } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "JABATAN_DITUTUP", entitas: "Jabatan", entitasId: j.id, data: { nama: j.nama, tanggal: iso(input.tanggal) } });
    return berhasil(undefined, `Jabatan ${j.nama} ditutup per ${iso(input.tanggal)}.`);
  });
}

// ─── Penugasan ──────────────────────────────────────────────────────────────────────────────

const selectPenugasan = { id: true, pegawaiId: true, jabatanId: true, jenis: true, tmtMulai: true, tmtSelesai: true } satisfies Prisma.PenugasanJabatanSelect;

export async function tugaskan(aktor: Aktor, input: TTugaskan): Promise<Hasil<{ penugasanId: string }>> {
  return prisma.$transaction(async (tx) => {
    const j = await tx.jabatan.findUnique({ where: { id: input.jabatanId }, select: { id: true, instansiId: true, nama: true, jenis: true, aktif: true } });
    if (!j || !bolehKelola(aktor, j.instansiId)) return gagal(TOLAK);
    if (!j.aktif) return gagal("Jabatan ini sudah ditutup.");
    await kunciInstansi(tx, j.instansiId);
    const pg = await tx.pegawai.findFirst({ where: { nip: input.nip, instansiId: j.instansiId }, select: { id: true, aktif: true } });
    if (!pg) return gagal("Pegawai dengan NIP itu tidak ditemukan pada instansi ini.", { nip: ["Pegawai dengan NIP itu tidak ditemukan pada instansi ini."] });
    if (!pg.aktif) return gagal("Pegawai ini sudah tidak aktif (pensiun atau berhenti).", { nip: ["Pegawai ini sudah tidak aktif (pensiun atau berhenti)."] });
    const [penugasanJabatan, definitifPegawai] = await Promise.all([
      tx.penugasanJabatan.findMany({ where: { jabatanId: j.id }, select: selectPenugasan }),
      tx.penugasanJabatan.findMany({ where: { pegawaiId: pg.id, jenis: "DEFINITIF" }, select: selectPenugasan }),
    ]);
    const cek = cekPenugasanBaru({
      pegawaiId: pg.id,
      jenis: input.jenis,
      tmtMulai: input.tmtMulai,
      tmtSelesai: input.tmtSelesai ?? null,
      jabatanStruktural: adalahStruktural(j.jenis),
      penugasanJabatan,
      definitifPegawai,
    });
    if (!cek.ok) return gagal(cek.pesan, cek.alasan === "RENTANG" ? { tmtSelesai: [cek.pesan] } : undefined);
    const p = await tx.penugasanJabatan.create({
      data: { pegawaiId: pg.id, jabatanId: j.id, jenis: input.jenis, tmtMulai: input.tmtMulai, tmtSelesai: input.tmtSelesai ?? null, nomorSk: input.nomorSk ?? null },
      select: { id: true },
    });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "PENUGASAN_DITAMBAH",
      entitas: "PenugasanJabatan",
      entitasId: p.id,
      data: { pegawaiId: pg.id, jabatanId: j.id, jenis: input.jenis, tmtMulai: iso(input.tmtMulai), tmtSelesai: iso(input.tmtSelesai ?? null), nomorSk: input.nomorSk ?? null },
    });
    return berhasil({ penugasanId: p.id }, `Penugasan pada ${j.nama} disimpan.`);
  });
}

export async function akhiriPenugasan(aktor: Aktor, input: TAkhiriPenugasan): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.penugasanJabatan.findUnique({ where: { id: input.penugasanId }, select: { ...selectPenugasan, jabatan: { select: { instansiId: true } } } });
    if (!p || !bolehKelola(aktor, p.jabatan.instansiId)) return gagal(TOLAK);
    await kunciInstansi(tx, p.jabatan.instansiId);
    const cek = cekAkhiriPenugasan(p, input.tmtSelesai);
    if (!cek.ok) return gagal(cek.pesan, { tmtSelesai: [cek.pesan] });
    await tx.penugasanJabatan.update({ where: { id: p.id }, data: { tmtSelesai: input.tmtSelesai } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PENUGASAN_DIAKHIRI", entitas: "PenugasanJabatan", entitasId: p.id, data: { dari: iso(p.tmtSelesai), ke: iso(input.tmtSelesai) } });
    return berhasil(undefined, "Penugasan diakhiri.");
  });
}

// ─── Peristiwa kepegawaian ──────────────────────────────────────────────────────────────────

async function pegawaiDikelola(tx: Tx, aktor: Aktor, pegawaiId: string) {
  const pg = await tx.pegawai.findUnique({
    where: { id: pegawaiId },
    select: { id: true, instansiId: true, aktif: true, tmtBerhenti: true, status: true, golongan: true, tmtGolongan: true, gelarDepan: true, nama: true, gelarBelakang: true, email: true },
  });
  return pg && bolehKelola(aktor, pg.instansiId) ? pg : null;
}

export async function mutasi(aktor: Aktor, input: TMutasi): Promise<Hasil<{ penugasanId: string }>> {
  return prisma.$transaction(async (tx) => {
    const pg = await pegawaiDikelola(tx, aktor, input.pegawaiId);
    if (!pg) return gagal(TOLAK);
    if (!pg.aktif) return gagal("Pegawai ini sudah tidak aktif (pensiun atau berhenti).");
    await kunciInstansi(tx, pg.instansiId);
    const tujuan = await tx.jabatan.findFirst({ where: { id: input.jabatanId, instansiId: pg.instansiId, aktif: true }, select: { id: true, nama: true, jenis: true } });
    if (!tujuan) return gagal("Jabatan tujuan tidak ditemukan pada instansi ini.", { jabatanId: ["Jabatan tujuan tidak ditemukan pada instansi ini."] });
    const definitif = await tx.penugasanJabatan.findMany({ where: { pegawaiId: pg.id, jenis: "DEFINITIF" }, select: selectPenugasan });
    const rencana = rencanaMutasi({ tanggal: input.tanggal, jabatanTujuanId: tujuan.id, definitif });
    if (!rencana.ok) return gagal(rencana.pesan, { tanggal: [rencana.pesan] });
    const selesai = new Map(rencana.akhiri.map((a) => [a.id, a.tmtSelesai]));
    const penugasanJabatan = await tx.penugasanJabatan.findMany({ where: { jabatanId: tujuan.id }, select: selectPenugasan });
    const cek = cekPenugasanBaru({
      pegawaiId: pg.id,
      jenis: "DEFINITIF",
      tmtMulai: input.tanggal,
      tmtSelesai: null,
      jabatanStruktural: adalahStruktural(tujuan.jenis),
      penugasanJabatan,
      definitifPegawai: definitif.map((p) => ({ ...p, tmtSelesai: selesai.get(p.id) ?? p.tmtSelesai })),
    });
    if (!cek.ok) return gagal(cek.pesan, { jabatanId: [cek.pesan] });
    for (const a of rencana.akhiri) await tx.penugasanJabatan.update({ where: { id: a.id }, data: { tmtSelesai: a.tmtSelesai } });
    const baru = await tx.penugasanJabatan.create({
      data: { pegawaiId: pg.id, jabatanId: tujuan.id, jenis: "DEFINITIF", tmtMulai: input.tanggal, nomorSk: input.nomorSk ?? null },
      select: { id: true },
    });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "PEGAWAI_DIMUTASI",
      entitas: "Pegawai",
      entitasId: pg.id,
      data: { tanggal: iso(input.tanggal), diakhiri: rencana.akhiri.map((a) => a.id), penugasanBaru: baru.id, jabatanId: tujuan.id, nomorSk: input.nomorSk ?? null },
    });
    return berhasil({ penugasanId: baru.id }, `Mutasi ke ${tujuan.nama} per ${iso(input.tanggal)} disimpan.`);
  });
}

export async function berhenti(aktor: Aktor, input: TBerhenti): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const pg = await pegawaiDikelola(tx, aktor, input.pegawaiId);
    if (!pg) return gagal(TOLAK);
    await kunciInstansi(tx, pg.instansiId);
    const penugasan = await tx.penugasanJabatan.findMany({
      where: { pegawaiId: pg.id, OR: [{ tmtSelesai: null }, { tmtSelesai: { gte: input.tanggal } }] },
      select: selectPenugasan,
    });
    const rencana = rencanaBerhenti({ tanggal: input.tanggal, hariIni: hariIni(), sudahBerhenti: !pg.aktif || pg.tmtBerhenti !== null, penugasan });
    if (!rencana.ok) return gagal(rencana.pesan, { tanggal: [rencana.pesan] });
    for (const a of rencana.akhiri) await tx.penugasanJabatan.update({ where: { id: a.id }, data: { tmtSelesai: a.tmtSelesai } });
    await tx.pegawai.update({ where: { id: pg.id }, data: { aktif: false, tmtBerhenti: input.tanggal, alasanBerhenti: input.alasan } });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "PEGAWAI_BERHENTI",
      entitas: "Pegawai",
      entitasId: pg.id,
      data: { alasan: input.alasan, tanggal: iso(input.tanggal), diakhiri: rencana.akhiri.map((a) => a.id) },
    });
    return berhasil(undefined, `${input.alasan === "PENSIUN" ? "Pensiun" : "Berhenti"} per ${iso(input.tanggal)} dicatat; pegawai tidak aktif lagi.`);
  });
}

export async function ubahPegawai(aktor: Aktor, input: TUbahPegawai): Promise<Hasil> {
  return prisma.$transaction(async (tx) => {
    const pg = await pegawaiDikelola(tx, aktor, input.pegawaiId);
    if (!pg) return gagal(TOLAK);
    const baru = {
      gelarDepan: input.gelarDepan ?? null,
      nama: input.nama,
      gelarBelakang: input.gelarBelakang ?? null,
      status: input.status,
      golongan: input.golongan,
      tmtGolongan: input.tmtGolongan ?? null,
      email: input.email ?? null,
    };
    const pangkatBerubah = pg.status !== baru.status || pg.golongan !== baru.golongan || iso(pg.tmtGolongan) !== iso(baru.tmtGolongan);
    if (pangkatBerubah) {
      // Riwayat pertama: catat dulu pangkat yang berlaku sebelum perubahan ini.
      if ((await tx.riwayatPangkat.count({ where: { pegawaiId: pg.id } })) === 0) {
        await tx.riwayatPangkat.create({ data: { pegawaiId: pg.id, status: pg.status, golongan: pg.golongan, tmt: pg.tmtGolongan } });
      }
      await tx.riwayatPangkat.create({ data: { pegawaiId: pg.id, status: baru.status, golongan: baru.golongan, tmt: baru.tmtGolongan, dicatatOleh: aktor.penggunaId } });
    }
    await tx.pegawai.update({ where: { id: pg.id }, data: baru });
    await catatAudit(tx, {
      penggunaId: aktor.penggunaId,
      aksi: "PEGAWAI_DIUBAH",
      entitas: "Pegawai",
      entitasId: pg.id,
      data: {
        dari: { gelarDepan: pg.gelarDepan, nama: pg.nama, gelarBelakang: pg.gelarBelakang, status: pg.status, golongan: pg.golongan, tmtGolongan: iso(pg.tmtGolongan), email: pg.email },
        ke: { ...baru, tmtGolongan: iso(baru.tmtGolongan) },
      },
    });
    return berhasil(undefined, "Data pegawai disimpan.");
  });
}
