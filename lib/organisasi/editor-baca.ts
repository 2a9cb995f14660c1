import "server-only";
// Data halaman editor organisasi (jabatan, pegawai, unit satu OPD). Pohon unit dan jabatan dari cache organisasi
// (lib/organisasi/queries.ts); selebihnya kueri dengan select eksplisit dan batas baris.
import { prisma } from "@/lib/db";
import { adalahUuid } from "@/lib/id";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { getHierarki, getUnitKerja, namaUnitLengkap, type UnitRingkas } from "@/lib/organisasi/queries";
import { unitDanTurunan } from "@/lib/organisasi/unit";
import { akarUnit } from "@/lib/organisasi/struktur";

/** Baris riwayat penugasan yang ditampilkan per jabatan/pegawai (terbaru dulu). */
export const BATAS_RIWAYAT = 100;

export type Opsi = { id: string; label: string };

/** Daftar OPD instansi (akar pohon unit yang aktif). */
export async function getDaftarOpd(instansiId: string): Promise<Opsi[]> {
  const units = await getUnitKerja(instansiId);
  return [...units.values()].filter((u) => !u.parentId).map((u) => ({ id: u.id, label: u.nama }));
}

/**
 * Pilihan untuk formulir di satu OPD: unit kerjanya (berindentasi menurut kedalaman) dan calon jabatan atasan
 * (jabatan aktif di OPD itu, ditambah JPT seluruh instansi). Dari cache, tanpa kueri bila versi belum berubah.
 */
export async function getOpsiOpd(instansiId: string, opdId: string): Promise<{ unit: Opsi[]; atasan: Opsi[] }> {
  const [units, data] = await Promise.all([getUnitKerja(instansiId), getHierarki(instansiId)]);
  if (!units.has(opdId)) return { unit: [], atasan: [] };
  const dalam = new Set(unitDanTurunan(units, opdId));
  const kedalaman = (id: string) => {
    let n = 0;
    for (let u = units.get(id); u?.parentId && n < 20; u = units.get(u.parentId)) n++;
    return n;
  };
  const unit = [...dalam].map((id) => ({ id, label: `${"— ".repeat(kedalaman(id))}${units.get(id)!.nama}` }));
  const atasan = [...data.jabatan.values()]
    .filter((j) => dalam.has(j.unitKerjaId) || j.jenis === "JPT")
    .sort((a, b) => Number(b.jenis === "JPT") - Number(a.jenis === "JPT") || a.urutan - b.urutan || a.nama.localeCompare(b.nama, "id"))
    .map((j) => ({ id: j.id, label: `${j.nama} — ${namaUnitLengkap(units, j.unitKerjaId)}` }));
  return { unit, atasan };
}

export type BarisPenugasan = {
  id: string;
  jenis: "DEFINITIF" | "PLT" | "PLH";
  tmtMulai: Date;
  tmtSelesai: Date | null;
  nomorSk: string | null;
  pegawaiId: string;
  pegawai: string;
  nip: string;
  jabatanId: string;
  jabatan: string;
  unitKerja: string;
  /** Masih berlaku hari ini atau nanti. */
  berjalan: boolean;
};

const selectBarisPenugasan = {
  id: true,
  jenis: true,
  tmtMulai: true,
  tmtSelesai: true,
  nomorSk: true,
  pegawai: { select: { id: true, nip: true, gelarDepan: true, nama: true, gelarBelakang: true } },
  jabatan: { select: { id: true, nama: true, unitKerja: { select: { nama: true } } } },
} as const;

function keBaris(p: {
  id: string;
  jenis: BarisPenugasan["jenis"];
  tmtMulai: Date;
  tmtSelesai: Date | null;
  nomorSk: string | null;
  pegawai: { id: string; nip: string; gelarDepan: string | null; nama: string; gelarBelakang: string | null };
  jabatan: { id: string; nama: string; unitKerja: { nama: string } };
}, hariIni: Date): BarisPenugasan {
  return {
    id: p.id,
    jenis: p.jenis,
    tmtMulai: p.tmtMulai,
    tmtSelesai: p.tmtSelesai,
    nomorSk: p.nomorSk,
    pegawaiId: p.pegawai.id,
    pegawai: formatNamaGelar(p.pegawai),
    nip: formatNip(p.pegawai.nip),
    jabatanId: p.jabatan.id,
    jabatan: p.jabatan.nama,
    unitKerja: p.jabatan.unitKerja.nama,
    berjalan: p.tmtSelesai === null || p.tmtSelesai >= hariIni,
  };
}

export async function getJabatanEditor(jabatanId: string, hariIni: Date) {
  if (!adalahUuid(jabatanId)) return null;
  const j = await prisma.jabatan.findUnique({
    where: { id: jabatanId },
    select: { id: true, instansiId: true, unitKerjaId: true, parentId: true, nama: true, jenis: true, eselon: true, aktif: true, tmtTutup: true },
  });
  if (!j) return null;
  const [units, penugasan, bawahanAktif, induk] = await Promise.all([
    getUnitKerja(j.instansiId),
    prisma.penugasanJabatan.findMany({ where: { jabatanId: j.id }, select: selectBarisPenugasan, orderBy: [{ tmtMulai: "desc" }, { id: "asc" }], take: BATAS_RIWAYAT }),
    prisma.jabatan.count({ where: { parentId: j.id, aktif: true } }),
    j.parentId ? prisma.jabatan.findUnique({ where: { id: j.parentId }, select: { id: true, nama: true } }) : null,
  ]);
  return {
    ...j,
    opdId: akarUnit(units, j.unitKerjaId),
    unitKerja: namaUnitLengkap(units, j.unitKerjaId),
    induk,
    bawahanAktif,
    penugasan: penugasan.map((p) => keBaris(p, hariIni)),
  };
}

export async function getPegawaiEditor(pegawaiId: string, hariIni: Date) {
  if (!adalahUuid(pegawaiId)) return null;
  const p = await prisma.pegawai.findUnique({
    where: { id: pegawaiId },
    select: {
      id: true, instansiId: true, nip: true, status: true, gelarDepan: true, nama: true, gelarBelakang: true, golongan: true, tmtGolongan: true,
      email: true, aktif: true, tmtBerhenti: true, alasanBerhenti: true,
    },
  });
  if (!p) return null;
  const [riwayatPangkat, penugasan] = await Promise.all([
    prisma.riwayatPangkat.findMany({ where: { pegawaiId: p.id }, select: { id: true, status: true, golongan: true, tmt: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: BATAS_RIWAYAT }),
    prisma.penugasanJabatan.findMany({ where: { pegawaiId: p.id }, select: selectBarisPenugasan, orderBy: [{ tmtMulai: "desc" }, { id: "asc" }], take: BATAS_RIWAYAT }),
  ]);
  const baris = penugasan.map((x) => keBaris(x, hariIni));
  const definitif = baris.find((b) => b.jenis === "DEFINITIF" && b.berjalan && b.tmtMulai <= hariIni);
  const units = await getUnitKerja(p.instansiId);
  const jabatanSekarang = definitif ? await prisma.jabatan.findUnique({ where: { id: definitif.jabatanId }, select: { unitKerjaId: true } }) : null;
  return {
    ...p,
    riwayatPangkat,
    penugasan: baris,
    opdSekarang: jabatanSekarang && units.has(jabatanSekarang.unitKerjaId) ? akarUnit(units, jabatanSekarang.unitKerjaId) : null,
  };
}

/** Pohon unit satu OPD dengan jumlah jabatan aktif langsung di tiap unit (untuk halaman Struktur). */
export async function getUnitOpd(instansiId: string, opdId: string) {
  const [units, data] = await Promise.all([getUnitKerja(instansiId), getHierarki(instansiId)]);
  if (!units.has(opdId)) return [];
  const jumlah = new Map<string, number>();
  for (const j of data.jabatan.values()) jumlah.set(j.unitKerjaId, (jumlah.get(j.unitKerjaId) ?? 0) + 1);
  const hasil: { id: string; nama: string; singkatan: string | null; jenis: UnitRingkas["jenis"]; parentId: string | null; kedalaman: number; jabatan: number }[] = [];
  const jalan = (id: string, k: number) => {
    const u = units.get(id)!;
    hasil.push({ id, nama: u.nama, singkatan: u.singkatan, jenis: u.jenis, parentId: u.parentId, kedalaman: k, jabatan: jumlah.get(id) ?? 0 });
    for (const a of [...units.values()].filter((x) => x.parentId === id).sort((a, b) => a.urutan - b.urutan)) if (k < 20) jalan(a.id, k + 1);
  };
  jalan(opdId, 0);
  return hasil;
}
