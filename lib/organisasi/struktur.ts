import "server-only";
// Data halaman Admin: ringkasan per OPD dan pohon jabatan satu OPD beserta pemangkunya.
// Kueri tetap: unit (1), pohon jabatan + penugasan (2, dibagi dengan lib/organisasi/queries), pegawai (1).
import { prisma } from "@/lib/db";
import { hariIni } from "@/lib/organisasi/beranda";
import { berlakuPada, pemangkuJabatan, type JenisJabatan, type JenisPenugasan } from "@/lib/organisasi/hierarki";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";
import { getHierarki, getUnitKerja, type UnitRingkas } from "@/lib/organisasi/queries";
import { dariCacheOrganisasi } from "@/lib/organisasi/cache";
import { adalahUuid } from "@/lib/id";
import { can, type Aktor } from "@/lib/auth/permissions";

export type RingkasanOpd = { unitId: string; nama: string; jabatan: number; pegawai: number; kosong: number; plt: number };

/** OPD (akar pohon unit) tempat unit itu berada. */
export function akarUnit(units: ReadonlyMap<string, UnitRingkas>, unitId: string): string {
  let u = units.get(unitId);
  const dilihat = new Set<string>();
  while (u?.parentId && !dilihat.has(u.id)) {
    dilihat.add(u.id);
    u = units.get(u.parentId);
  }
  return u?.id ?? unitId;
}

/**
 * Jumlah jabatan, pegawai definitif, jabatan kosong dan Plt/Plh per OPD hari ini. Hanya bergantung pada data
 * organisasi dan tanggal, jadi disimpan di cache organisasi (versi basis data) per instansi dan tanggal: pada 60.000 ASN
 * perhitungannya ~70 ms CPU, yang tidak perlu diulang di setiap pembukaan Admin.
 */
export async function getRingkasanOpd(instansiId: string): Promise<readonly Readonly<RingkasanOpd>[]> {
  const tanggal = hariIni();
  return dariCacheOrganisasi(`ringkasan-opd:${instansiId}`, () => hitungRingkasanOpd(instansiId, tanggal), tanggal.toISOString().slice(0, 10));
}

async function hitungRingkasanOpd(instansiId: string, tanggal: Date): Promise<RingkasanOpd[]> {
  const [units, data] = await Promise.all([getUnitKerja(instansiId), getHierarki(instansiId)]);
  const hasil = new Map<string, RingkasanOpd>();
  for (const u of units.values()) {
    if (!u.parentId) hasil.set(u.id, { unitId: u.id, nama: u.nama, jabatan: 0, pegawai: 0, kosong: 0, plt: 0 });
  }
  for (const j of data.jabatan.values()) {
    const r = hasil.get(akarUnit(units, j.unitKerjaId));
    if (!r) continue;
    r.jabatan += 1;
    const aktif = (data.hierarki.penugasanJabatan.get(j.id) ?? []).filter((p) => berlakuPada(p, tanggal));
    r.pegawai += aktif.filter((p) => p.jenis === "DEFINITIF").length;
    const pemangku = pemangkuJabatan(data.hierarki, j.id, tanggal);
    if (!pemangku) r.kosong += 1;
    else if (pemangku.jenis !== "DEFINITIF") r.plt += 1;
  }
  return [...hasil.values()];
}

export type PemangkuTampil = { pegawaiId: string; nama: string; nip: string; pangkat: string; jenis: JenisPenugasan };
export type SimpulStruktur = {
  jabatanId: string;
  nama: string;
  jenis: JenisJabatan;
  eselon: string | null;
  unit: string;
  pemangku: PemangkuTampil[];
  /** Tidak ada pemangku definitif maupun Plt/Plh. */
  kosong: boolean;
  anak: SimpulStruktur[];
};

export type StrukturOpd = { unit: UnitRingkas; akar: SimpulStruktur[]; jumlahJabatan: number };

/** Pohon jabatan satu OPD (unit akar) pada hari ini; null bila unit bukan milik instansi atau bukan akar. */
export async function getStrukturOpd(instansiId: string, unitId: string): Promise<StrukturOpd | null> {
  const tanggal = hariIni();
  const [units, data] = await Promise.all([getUnitKerja(instansiId), getHierarki(instansiId)]);
  const unit = units.get(unitId);
  if (!unit || unit.parentId) return null;

  const dalamOpd = [...data.jabatan.values()].filter((j) => akarUnit(units, j.unitKerjaId) === unitId);
  const idDalam = new Set(dalamOpd.map((j) => j.id));
  const penugasan = dalamOpd.flatMap((j) =>
    (data.hierarki.penugasanJabatan.get(j.id) ?? []).filter((p) => berlakuPada(p, tanggal)),
  );
  const pegawai = await prisma.pegawai.findMany({
    where: { id: { in: [...new Set(penugasan.map((p) => p.pegawaiId))] }, instansiId },
    select: { id: true, nip: true, status: true, gelarDepan: true, nama: true, gelarBelakang: true, golongan: true },
  });
  const perPegawai = new Map(pegawai.map((p) => [p.id, p]));
  const URUT: Record<JenisPenugasan, number> = { DEFINITIF: 0, PLT: 1, PLH: 2 };

  const bangun = (j: (typeof dalamOpd)[number]): SimpulStruktur => {
    const pemangku = penugasan
      .filter((p) => p.jabatanId === j.id)
      .sort((a, b) => URUT[a.jenis] - URUT[b.jenis])
      .flatMap((p) => {
        const pg = perPegawai.get(p.pegawaiId);
        return pg
          ? [{ pegawaiId: pg.id, nama: formatNamaGelar(pg), nip: formatNip(pg.nip), pangkat: formatPangkatGolongan(pg.status, pg.golongan), jenis: p.jenis }]
          : [];
      });
    const anak = (data.hierarki.anak.get(j.id) ?? [])
      .filter((id) => idDalam.has(id))
      .map((id) => data.jabatan.get(id)!)
      .sort((a, b) => a.urutan - b.urutan)
      .map(bangun);
    return {
      jabatanId: j.id,
      nama: j.nama,
      jenis: j.jenis,
      eselon: j.eselon,
      unit: units.get(j.unitKerjaId)?.nama ?? "",
      pemangku,
      kosong: pemangku.length === 0,
      anak,
    };
  };
  const akar = dalamOpd
    .filter((j) => !j.parentId || !idDalam.has(j.parentId))
    .sort((a, b) => a.urutan - b.urutan)
    .map(bangun);
  return { unit, akar, jumlahJabatan: dalamOpd.length };
}



/** Instansi pemilik unit kerja (untuk otorisasi halaman unit); null bila id tidak sah/tidak ada. */
export async function getInstansiUnit(unitId: string): Promise<string | null> {
  if (!adalahUuid(unitId)) return null;
  const u = await prisma.unitKerja.findUnique({ where: { id: unitId }, select: { instansiId: true } });
  return u?.instansiId ?? null;
}

/**
 * Instansi yang dipilih di halaman admin (`?instansi=`, bawaan yang pertama) bila aktor boleh `aksi` atasnya; null bila
 * tidak (halaman memanggil forbidden()). `daftar` untuk pemilih instansi.
 */
export async function pilihInstansiDikelola(
  aktor: Aktor,
  diminta: string | string[] | undefined,
  aksi: "lihat-struktur" | "kelola-periode" | "impor-organisasi" | "kelola-akun",
): Promise<{ daftar: { id: string; nama: string; kode: string }[]; pilihan: { id: string; nama: string; kode: string } } | null> {
  if (!can(aktor, { aksi: "buka-admin" })) return null;
  const daftar = await getInstansiDikelola(aktor);
  const pilihan = daftar.find((i) => i.id === diminta) ?? daftar[0];
  return pilihan && can(aktor, { aksi, instansiId: pilihan.id }) ? { daftar, pilihan } : null;
}

/** Instansi yang boleh dikelola aktor: semua untuk superadmin, selain itu tempat ia menjadi admin. */
export async function getInstansiDikelola(aktor: { isSuperadmin: boolean; adminInstansiIds: string[] }) {
  return prisma.instansi.findMany({
    where: aktor.isSuperadmin ? {} : { id: { in: aktor.adminInstansiIds } },
    select: { id: true, nama: true, kode: true },
    orderBy: { nama: "asc" },
  });
}

export type PilihanOpd = { instansi: { id: string; nama: string }; banyakInstansi: boolean; daftarOpd: { id: string; nama: string }[]; opd: { id: string; nama: string } | null };

/**
 * Instansi yang dikelola aktor (admin instansi itu atau superadmin, `kelola-periode`) dan salah satu OPD-nya (unit
 * teratas; bawaan: yang pertama) untuk laporan admin per OPD. null = tidak berhak, atau OPD yang diminta bukan unit
 * teratas instansi itu.
 */
export async function pilihOpdDikelola(aktor: Aktor, diminta: { instansi?: string; unit?: string }): Promise<PilihanOpd | null> {
  if (!can(aktor, { aksi: "buka-admin" })) return null;
  const daftar = await getInstansiDikelola(aktor);
  const pilihan = diminta.instansi ? daftar.find((i) => i.id === diminta.instansi) : daftar[0];
  if (!pilihan || !can(aktor, { aksi: "kelola-periode", instansiId: pilihan.id })) return null;
  const units = await getUnitKerja(pilihan.id);
  const daftarOpd = [...units.values()].filter((u) => u.parentId === null).map((u) => ({ id: u.id, nama: u.nama }));
  const opd = diminta.unit ? daftarOpd.find((o) => o.id === diminta.unit) : daftarOpd[0];
  if (diminta.unit && !opd) return null;
  return { instansi: { id: pilihan.id, nama: pilihan.nama }, banyakInstansi: daftar.length > 1, daftarOpd, opd: opd ?? null };
}
