import "server-only";
// Capaian kinerja organisasi (skp-domain §5.1): ditetapkan pimpinan satu tingkat di atas, dicatat admin BKD dengan
// dasar (teks + dokumen). Setiap perubahan adalah baris baru; yang berlaku adalah yang terbaru.
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { can, type Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { getHierarki, getInstansi, getUnitKerja } from "@/lib/organisasi/queries";
import { pemangkuJabatan } from "@/lib/organisasi/hierarki";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { batasUnggahBytes, periksaBerkas } from "@/lib/penyimpanan/validasi";
import { DAFTAR_PREDIKAT_ORGANISASI, TABEL_SE_3_2023, type PredikatOrganisasi, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import { PEMETAAN_PIMPINAN_BAWAAN, pembawaCapaian, unitKurva, unitYangDipimpin, type CakupanCapaian, type PemetaanPimpinan } from "@/lib/penilaian/organisasi";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";
import { bacaTabel, periksaTabel, tabelSama } from "@/lib/penilaian/tabel-distribusi";
import { KODE_AKHIR } from "@/lib/penilaian/umpan";
import type { Rating } from "@/lib/penilaian/kuadran";

export type CapaianBerlaku = { id: string; predikat: PredikatOrganisasi; dasar: string; atasNama: string; dokumenNama: string | null; createdAt: Date; dicatatOleh: string };

/** Capaian yang berlaku (terbaru) per unit untuk (tahun, kode): satu kueri DISTINCT ON. */
export async function capaianBerlaku(instansiId: string, tahun: number, kode: string, unitIds?: readonly string[]): Promise<Map<string, CapaianBerlaku>> {
  const baris = await prisma.$queryRaw<(CapaianBerlaku & { unitKerjaId: string })[]>`
    SELECT DISTINCT ON (unit_kerja_id) id, unit_kerja_id AS "unitKerjaId", predikat::text AS predikat, dasar, atas_nama AS "atasNama",
           dokumen_nama AS "dokumenNama", created_at AS "createdAt", dicatat_oleh AS "dicatatOleh"
    FROM capaian_organisasi
    WHERE instansi_id = ${instansiId}::uuid AND tahun = ${tahun} AND kode = ${kode}
      ${unitIds ? (unitIds.length === 0 ? Prisma.sql`AND FALSE` : Prisma.sql`AND unit_kerja_id IN (${Prisma.join(unitIds.map((i) => Prisma.sql`${i}::uuid`))})`) : Prisma.empty}
    ORDER BY unit_kerja_id, created_at DESC, id DESC`;
  return new Map(baris.map((b) => [b.unitKerjaId, b]));
}

/** Tabel kurva distribusi instansi yang berlaku (terbaru) atau bawaan SE 3/2023. */
export async function tabelDistribusi(instansiId: string): Promise<TabelDistribusi> {
  const t = await prisma.tabelDistribusi.findFirst({ where: { instansiId }, select: { isi: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  return (t && bacaTabel(t.isi)) ?? TABEL_SE_3_2023;
}

export type VersiTabel = { id: string; tabel: TabelDistribusi | null; catatan: string; oleh: string; createdAt: Date };

/** Riwayat tabel kurva instansi (terbaru dulu, paling banyak 50) dengan nama pencatatnya. 2 kueri. */
export async function getRiwayatTabel(instansiId: string): Promise<VersiTabel[]> {
  const baris = await prisma.tabelDistribusi.findMany({
    where: { instansiId },
    select: { id: true, isi: true, catatan: true, dibuatOleh: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  const pengguna = await prisma.pengguna.findMany({ where: { id: { in: [...new Set(baris.map((b) => b.dibuatOleh))] } }, select: { id: true, pegawai: { select: { gelarDepan: true, nama: true, gelarBelakang: true } } } });
  const nama = new Map(pengguna.map((p) => [p.id, formatNamaGelar(p.pegawai)]));
  return baris.map((b) => ({ id: b.id, tabel: bacaTabel(b.isi), catatan: b.catatan, oleh: nama.get(b.dibuatOleh) ?? "", createdAt: b.createdAt }));
}

/**
 * Admin BKD mengganti tabel kurva instansinya (mis. aturan baru menggantikan SE 3/2023): baris baru dengan dasar
 * perubahan, riwayat tetap. Berlaku untuk pemeriksaan dan finalisasi berikutnya; finalisasi yang sudah ada tidak berubah.
 */
export async function simpanTabelDistribusi(aktor: Aktor, input: { instansiId: string; catatan: string; tabel: TabelDistribusi }): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId: input.instansiId })) return gagal("Hanya admin BKD instansi yang dapat mengubah tabel kurva distribusi.");
  const cek = periksaTabel(input.tabel);
  if (!cek.ok) return gagal("Tabel kurva tidak sah.", cek.galat);
  if (tabelSama(await tabelDistribusi(input.instansiId), input.tabel)) return gagal("Tabel tidak berubah dari yang berlaku.");
  const isi = Object.fromEntries(DAFTAR_PREDIKAT_ORGANISASI.map((p) => [p, input.tabel[p].map((a) => ({ jenis: a.jenis, kelompok: [...a.kelompok], ...(a.persen !== undefined ? { persen: a.persen } : {}) }))]));
  await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
    const t = await tx.tabelDistribusi.create({ data: { instansiId: input.instansiId, isi, catatan: input.catatan, dibuatOleh: aktor.penggunaId }, select: { id: true } });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "TABEL_DISTRIBUSI_DIUBAH", entitas: "TabelDistribusi", entitasId: t.id, data: { instansiId: input.instansiId, catatan: input.catatan, isi, samaDenganSe: tabelSama(input.tabel, TABEL_SE_3_2023) } });
  });
  return berhasil(undefined, "Tabel kurva distribusi disimpan. Berlaku untuk pemeriksaan dan finalisasi berikutnya; finalisasi yang sudah ada tidak berubah.");
}

export function bacaPemetaan(v: unknown): PemetaanPimpinan {
  if (!v || typeof v !== "object") return PEMETAAN_PIMPINAN_BAWAAN;
  const o = v as Record<string, unknown>;
  const sah = (x: unknown): x is Rating => x === "DI_ATAS" || x === "SESUAI" || x === "DI_BAWAH";
  return Object.fromEntries(DAFTAR_PREDIKAT_ORGANISASI.map((p) => [p, sah(o[p]) ? o[p] : PEMETAAN_PIMPINAN_BAWAAN[p]])) as PemetaanPimpinan;
}

export type UnitPembawa = { id: string; nama: string; parentId: string | null; jenis: string; pimpinan: string; atasNama: string; capaian: CapaianBerlaku | null; riwayat: CapaianBerlaku[] };

/** Unit pembawa capaian instansi dengan capaian berlakunya dan riwayatnya untuk (tahun, kode). 5–6 kueri. */
export async function getCapaianInstansi(instansiId: string, tahun: number, kode: string): Promise<{ cakupan: CakupanCapaian; unit: UnitPembawa[] }> {
  const iso = new Date().toISOString();
  const [pengaturan, units, data, instansi, riwayat] = await Promise.all([
    getPengaturanPenilaian(instansiId),
    getUnitKerja(instansiId),
    getHierarki(instansiId),
    getInstansi(instansiId),
    prisma.capaianOrganisasi.findMany({
      where: { instansiId, tahun, kode },
      select: { id: true, unitKerjaId: true, predikat: true, dasar: true, atasNama: true, dokumenNama: true, createdAt: true, dicatatOleh: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 2000,
    }),
  ]);
  const cakupan = pengaturan.cakupanCapaian;
  const perUnit = new Map<string, CapaianBerlaku[]>();
  for (const r of riwayat) (perUnit.get(r.unitKerjaId) ?? perUnit.set(r.unitKerjaId, []).get(r.unitKerjaId)!).push(r);
  // Pimpinan unit: pemangku jabatan teratas di unit itu; "atas nama" = pimpinan satu tingkat di atas (jabatan induknya).
  const pimpinanUnit = new Map<string, { jabatanId: string; parentId: string | null }>();
  const simpulUnit = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  for (const j of data.jabatan.values()) {
    const u = unitYangDipimpin(data.jabatan, simpulUnit, j.id, cakupan);
    if (u && !pimpinanUnit.has(u)) pimpinanUnit.set(u, { jabatanId: j.id, parentId: j.parentId });
  }
  const idsPegawai = new Set<string>();
  const pemangku = (jabatanId: string | null) => (jabatanId ? pemangkuJabatan(data.hierarki, jabatanId, new Date(iso)) : null);
  for (const p of pimpinanUnit.values()) {
    const a = pemangku(p.jabatanId);
    const b = pemangku(p.parentId);
    if (a) idsPegawai.add(a.pegawaiId);
    if (b) idsPegawai.add(b.pegawaiId);
  }
  const pegawai = await prisma.pegawai.findMany({ where: { id: { in: [...idsPegawai] } }, select: { id: true, gelarDepan: true, nama: true, gelarBelakang: true } });
  const namaPeg = new Map(pegawai.map((p) => [p.id, formatNamaGelar(p)]));
  const unit = [...units.values()]
    .filter((u) => pembawaCapaian({ id: u.id, parentId: u.parentId, jenis: u.jenis }, cakupan))
    .map((u) => {
      const p = pimpinanUnit.get(u.id);
      const jab = p ? data.jabatan.get(p.jabatanId) : undefined;
      const induk = p?.parentId ? data.jabatan.get(p.parentId) : undefined;
      const a = p ? pemangku(p.jabatanId) : null;
      const b = p ? pemangku(p.parentId) : null;
      const r = perUnit.get(u.id) ?? [];
      return {
        id: u.id,
        nama: u.nama,
        parentId: u.parentId,
        jenis: u.jenis,
        pimpinan: jab ? `${jab.nama}${a ? ` (${namaPeg.get(a.pegawaiId) ?? ""})` : " (kosong)"}` : "—",
        atasNama: induk ? `${induk.nama}${b ? ` — ${namaPeg.get(b.pegawaiId) ?? ""}` : ""}` : `${instansi?.jabatanPimpinan ?? "Pimpinan Instansi"}${instansi?.namaPimpinan ? ` — ${instansi.namaPimpinan}` : ""}`,
        capaian: r[0] ?? null,
        riwayat: r,
      };
    });
  return { cakupan, unit };
}

export type TCapaian = { instansiId: string; unitKerjaId: string; tahun: number; kode: string; predikat: PredikatOrganisasi; dasar: string };

/** Admin BKD mencatat capaian unit atas nama pimpinan satu tingkat di atas, dengan dokumen dasar opsional. */
export async function tetapkanCapaian(aktor: Aktor, input: TCapaian, berkas?: { nama: string; bytes: Uint8Array }): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId: input.instansiId })) return gagal("Hanya admin BKD instansi yang dapat menetapkan capaian kinerja organisasi.");
  const pk = await prisma.periodeKinerja.findUnique({ where: { instansiId_tahun: { instansiId: input.instansiId, tahun: input.tahun } }, select: { id: true } });
  if (!pk) return gagal(`Tahun kinerja ${input.tahun} belum ada.`);
  if (input.kode !== KODE_AKHIR && !(await prisma.periodeEvaluasi.findFirst({ where: { periodeKinerjaId: pk.id, kode: input.kode }, select: { id: true } }))) {
    return gagal("Periode penilaian tidak dikenal.");
  }
  const daftar = await getCapaianInstansi(input.instansiId, input.tahun, input.kode);
  const unit = daftar.unit.find((u) => u.id === input.unitKerjaId);
  if (!unit) return gagal("Unit kerja ini tidak membawa capaian kinerja organisasi pada pengaturan instansi.", { unitKerjaId: ["Unit tidak membawa capaian."] });
  let dok: { kunci: string; nama: string; mime: string; sha256: string } | null = null;
  if (berkas) {
    const cek = await periksaBerkas({ nama: berkas.nama, bytes: berkas.bytes, batasBytes: batasUnggahBytes(process.env) });
    if (!cek.ok) return gagal(cek.pesan, { berkas: [cek.pesan] });
    dok = { kunci: `capaian/${randomUUID()}`, nama: cek.namaAman, mime: cek.mime, sha256: createHash("sha256").update(berkas.bytes).digest("hex") };
    await penyimpanan().simpan(dok.kunci, berkas.bytes, dok.mime);
  }
  try {
    await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
      const c = await tx.capaianOrganisasi.create({
        data: {
          instansiId: input.instansiId,
          unitKerjaId: unit.id,
          tahun: input.tahun,
          kode: input.kode,
          predikat: input.predikat,
          dasar: input.dasar,
          atasNama: unit.atasNama.slice(0, 250),
          dokumenKunci: dok?.kunci,
          dokumenNama: dok?.nama,
          dokumenMime: dok?.mime,
          dokumenSha256: dok?.sha256,
          dicatatOleh: aktor.penggunaId,
        },
        select: { id: true },
      });
      await catatAudit(tx, {
        penggunaId: aktor.penggunaId,
        aksi: "CAPAIAN_ORGANISASI_DITETAPKAN",
        entitas: "UnitKerja",
        entitasId: unit.id,
        data: { capaianId: c.id, tahun: input.tahun, kode: input.kode, dari: unit.capaian?.predikat ?? null, ke: input.predikat, dokumen: dok?.nama ?? null },
      });
    });
  } catch (e) {
    if (dok) await penyimpanan().hapus(dok.kunci).catch(() => {});
    throw e;
  }
  return berhasil(undefined, `Capaian ${unit.nama} ditetapkan.`);
}

/** Dokumen dasar capaian (admin instansi itu). */
export async function unduhDokumenCapaian(aktor: Aktor, capaianId: string) {
  const c = await prisma.capaianOrganisasi.findUnique({ where: { id: capaianId }, select: { instansiId: true, dokumenKunci: true, dokumenNama: true, dokumenMime: true } });
  if (!c?.dokumenKunci || !can(aktor, { aksi: "kelola-periode", instansiId: c.instansiId })) return null;
  const isi = await penyimpanan().baca(c.dokumenKunci);
  return isi ? { nama: c.dokumenNama ?? "dokumen", mime: c.dokumenMime ?? "application/octet-stream", isi } : null;
}

// ─── Pimpinan mengikuti organisasi; unit tempat pegawai dihitung ─────────────────────────────

export type PosisiKurva = {
  /** Unit pembawa tempat pegawai dihitung dalam kurva; null = tidak dihitung (mis. pimpinan OPD yang dinilai Sekda). */
  unitCapaianId: string | null;
  /** Pegawai memimpin unit pembawa: rating hasil kerjanya mengikuti capaian unit itu. */
  pimpinan: { unitId: string; unitNama: string; capaian: PredikatOrganisasi | null; rating: Rating | null } | null;
};

/** Posisi pegawai (jabatan SKP-nya) terhadap capaian organisasi untuk (tahun, kode). */
export async function posisiKurva(instansiId: string, jabatanId: string, tahun: number, kode: string, acuanIso: string): Promise<PosisiKurva> {
  return (await posisiKurvaBanyak(instansiId, [jabatanId], tahun, kode, acuanIso)).get(jabatanId) ?? { unitCapaianId: null, pimpinan: null };
}

/** Posisi sejumlah jabatan sekaligus: pengaturan, unit, hierarki dan capaian pimpinan masing-masing dimuat sekali. */
export async function posisiKurvaBanyak(instansiId: string, jabatanIds: readonly string[], tahun: number, kode: string, acuanIso: string): Promise<Map<string, PosisiKurva>> {
  const [pengaturan, units, data] = await Promise.all([getPengaturanPenilaian(instansiId), getUnitKerja(instansiId), getHierarki(instansiId)]);
  const simpul = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  const cakupan = pengaturan.cakupanCapaian;
  const dipimpin = new Map(jabatanIds.map((j) => [j, data.jabatan.has(j) ? unitYangDipimpin(data.jabatan, simpul, j, cakupan) : null]));
  const unitPimpinan = [...new Set([...dipimpin.values()].filter((u): u is string => !!u))];
  // Selalu satu kueri (juga tanpa pimpinan), agar jumlah kueri halaman tidak bergantung pada susunan tim.
  const capaian = await capaianBerlaku(instansiId, tahun, kode, unitPimpinan);
  const pemetaan = bacaPemetaan(pengaturan.pemetaanPimpinan);
  const hasil = new Map<string, PosisiKurva>();
  for (const j of jabatanIds) {
    if (!data.jabatan.has(j)) {
      hasil.set(j, { unitCapaianId: null, pimpinan: null });
      continue;
    }
    const unitCapaianId = unitKurva(data.jabatan, simpul, j, cakupan);
    const u = dipimpin.get(j);
    if (!u) {
      hasil.set(j, { unitCapaianId, pimpinan: null });
      continue;
    }
    const c = capaian.get(u);
    hasil.set(j, { unitCapaianId, pimpinan: { unitId: u, unitNama: units.get(u)?.nama ?? "", capaian: c?.predikat ?? null, rating: c ? pemetaan[c.predikat] : null } });
  }
  return hasil;
}

// ─── Pengecualian kurva (override) dan pengecualian pegawai ───────────────────────────────────

export type BarisOverride = { id: string; unit: string; kode: string; capaian: PredikatOrganisasi | null; penilai: string; alasan: string; pelanggaran: string[]; createdAt: Date };

/** Finalisasi yang melanggar kurva dan difinalkan dengan alasan, untuk admin BKD (terbaru dulu). 3 kueri. */
export async function getDaftarOverride(instansiId: string, tahun: number): Promise<BarisOverride[]> {
  const [baris, units] = await Promise.all([
    prisma.finalisasiPenilaian.findMany({
      where: { instansiId, tahun, alasanOverride: { not: null } },
      select: { id: true, unitCapaianId: true, kode: true, capaian: true, penilaiPegawaiId: true, alasanOverride: true, pelanggaran: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 200,
    }),
    getUnitKerja(instansiId),
  ]);
  const pegawai = await prisma.pegawai.findMany({ where: { id: { in: baris.flatMap((b) => (b.penilaiPegawaiId ? [b.penilaiPegawaiId] : [])) } }, select: { id: true, gelarDepan: true, nama: true, gelarBelakang: true } });
  const nama = new Map(pegawai.map((p) => [p.id, formatNamaGelar(p)]));
  return baris.map((b) => ({
    id: b.id,
    unit: b.unitCapaianId ? (units.get(b.unitCapaianId)?.nama ?? "") : "",
    kode: b.kode,
    capaian: b.capaian,
    penilai: b.penilaiPegawaiId ? (nama.get(b.penilaiPegawaiId) ?? "") : "",
    alasan: b.alasanOverride ?? "",
    pelanggaran: Array.isArray(b.pelanggaran) ? (b.pelanggaran as string[]) : [],
    createdAt: b.createdAt,
  }));
}

export type TPengecualian = { instansiId: string; nip: string; jenis: "CUTI_BESAR" | "CLTN" | "TUGAS_BELAJAR" | "PENSIUN" | "MUTASI_KELUAR" | "HUKUMAN_DISIPLIN" | "LAINNYA"; mulai: Date; selesai?: Date; alasan: string };

/** Admin BKD mencatat pegawai yang dikeluarkan dari hitungan dan kurva selama rentang tanggal. */
export async function catatPengecualianPegawai(aktor: Aktor, input: TPengecualian): Promise<Hasil> {
  if (!can(aktor, { aksi: "kelola-periode", instansiId: input.instansiId })) return gagal("Hanya admin BKD instansi yang dapat mencatat pengecualian pegawai.");
  if (input.selesai && input.selesai < input.mulai) return gagal("Tanggal selesai tidak boleh sebelum tanggal mulai.", { selesai: ["Tanggal selesai sebelum tanggal mulai."] });
  const p = await prisma.pegawai.findFirst({ where: { nip: input.nip, instansiId: input.instansiId }, select: { id: true } });
  if (!p) return gagal("Pegawai dengan NIP ini tidak ditemukan pada instansi ini.", { nip: ["NIP tidak ditemukan pada instansi ini."] });
  await prisma.$transaction(async (tx) => {
    const x = await tx.pengecualianPegawai.create({
      data: { instansiId: input.instansiId, pegawaiId: p.id, jenis: input.jenis, mulai: input.mulai, selesai: input.selesai ?? null, alasan: input.alasan, dibuatOleh: aktor.penggunaId },
      select: { id: true },
    });
    await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "PENGECUALIAN_PEGAWAI_DICATAT", entitas: "Pegawai", entitasId: p.id, data: { id: x.id, jenis: input.jenis, mulai: input.mulai.toISOString().slice(0, 10), selesai: input.selesai?.toISOString().slice(0, 10) ?? null } });
  });
  return berhasil(undefined, "Pengecualian pegawai dicatat; pegawai ini tidak dihitung dalam kurva selama rentang tersebut.");
}

export async function getDaftarPengecualian(instansiId: string) {
  const baris = await prisma.pengecualianPegawai.findMany({
    where: { instansiId },
    select: { id: true, jenis: true, mulai: true, selesai: true, alasan: true, pegawaiId: true },
    orderBy: { mulai: "desc" },
    take: 200,
  });
  const pegawai = await prisma.pegawai.findMany({ where: { id: { in: baris.map((b) => b.pegawaiId) } }, select: { id: true, nip: true, gelarDepan: true, nama: true, gelarBelakang: true } });
  const per = new Map(pegawai.map((p) => [p.id, p]));
  return baris.map((b) => ({ ...b, nama: per.get(b.pegawaiId) ? formatNamaGelar(per.get(b.pegawaiId)!) : "", nip: per.get(b.pegawaiId)?.nip ?? "" }));
}
