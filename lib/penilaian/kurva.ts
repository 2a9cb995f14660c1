import "server-only";
// Populasi kurva distribusi (skp-domain §5.2): semua pegawai yang dihitung di bawah satu capaian organisasi (unit
// pembawa), lintas pejabat penilai, tanpa yang dikecualikan. Kueri tetap: hierarki/unit (cache per permintaan),
// SKP (1), evaluasi (1), pengecualian (1), capaian (1), tabel (1).
import { prisma } from "@/lib/db";
import { getHierarki, getUnitKerja } from "@/lib/organisasi/queries";
import { capaianBerlaku, tabelDistribusi } from "@/lib/penilaian/capaian";
import { hitungJumlah, periksaPopulasi, type HasilPopulasi, type PredikatOrganisasi, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import type { Predikat } from "@/lib/penilaian/kuadran";
import { unitKurva } from "@/lib/penilaian/organisasi";
import { getPengaturanPenilaian } from "@/lib/penilaian/pengaturan";
import { bacaSnapshot } from "@/lib/skp/identitas";

export type AnggotaKurva = {
  skpId: string;
  pegawaiId: string;
  nama: string;
  jabatan: string;
  evaluasiId: string | null;
  status: "BELUM" | "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN";
  predikat: Predikat | null;
  ratingHasil: string | null;
  ratingPerilaku: string | null;
  penilaiPegawaiId: string | null;
  dikecualikan: boolean;
};

export type Populasi = { unitId: string; unitNama: string; capaian: PredikatOrganisasi | null; anggota: AnggotaKurva[] };

type Rentang = { mulai: Date; selesai: Date };

/** Populasi setiap unit pembawa yang diminta untuk (tahun, kode) pada rentang periode itu. */
export async function muatPopulasi(instansiId: string, periodeKinerjaId: string, tahun: number, kode: string, rentang: Rentang, unitIds: readonly string[]): Promise<Map<string, Populasi>> {
  const hasil = new Map<string, Populasi>();
  if (unitIds.length === 0) return hasil;
  const [pengaturan, units, data] = await Promise.all([getPengaturanPenilaian(instansiId), getUnitKerja(instansiId), getHierarki(instansiId)]);
  const simpul = new Map([...units.values()].map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }]));
  const diminta = new Set(unitIds);
  const unitJabatan = new Map<string, string>();
  for (const j of data.jabatan.values()) {
    const u = unitKurva(data.jabatan, simpul, j.id, pengaturan.cakupanCapaian);
    if (u && diminta.has(u)) unitJabatan.set(j.id, u);
  }
  for (const u of unitIds) hasil.set(u, { unitId: u, unitNama: units.get(u)?.nama ?? "", capaian: null, anggota: [] });
  if (unitJabatan.size === 0) return hasil;
  const [skp, capaian] = await Promise.all([
    // Semua SKP periode ini milik pegawai yang pernah memegang jabatan di unit-unit itu selama periode: pegawai yang
    // dimutasi di tengah periode dihitung di unit segmen yang dinilai (segmen terakhir, seperti kotak masuk
    // penilai), bukan tertinggal sebagai "belum final" di unit lamanya.
    prisma.skp.findMany({
      where: {
        periodeId: periodeKinerjaId,
        status: { in: ["DISETUJUI", "DIGANTI"] },
        mulai: { lte: rentang.selesai },
        selesai: { gte: rentang.mulai },
        pegawai: { skp: { some: { periodeId: periodeKinerjaId, status: { in: ["DISETUJUI", "DIGANTI"] }, jabatanId: { in: [...unitJabatan.keys()] }, mulai: { lte: rentang.selesai }, selesai: { gte: rentang.mulai } } } },
      },
      select: { id: true, status: true, pegawaiId: true, jabatanId: true, pegawaiSnapshot: true, versi: true },
      orderBy: [{ selesai: "desc" }, { versi: "desc" }],
    }),
    capaianBerlaku(instansiId, tahun, kode, unitIds),
  ]);
  const skpIds = skp.map((s) => s.id);
  const pegawaiIds = [...new Set(skp.map((s) => s.pegawaiId))];
  const [evaluasi, pengecualian] = await Promise.all([
    prisma.evaluasiKinerja.findMany({
      where: { skpId: { in: skpIds }, kode },
      select: { id: true, skpId: true, status: true, predikat: true, ratingHasil: true, ratingPerilaku: true, penilaiPegawaiId: true },
    }),
    prisma.pengecualianPegawai.findMany({
      where: { instansiId, pegawaiId: { in: pegawaiIds }, mulai: { lte: rentang.selesai }, OR: [{ selesai: null }, { selesai: { gte: rentang.mulai } }] },
      select: { pegawaiId: true },
    }),
  ]);
  const evPer = new Map(evaluasi.map((e) => [e.skpId, e]));
  const dikecualikan = new Set(pengecualian.map((p) => p.pegawaiId));
  // Satu SKP per pegawai, dengan aturan kotak masuk penilai: yang sudah punya evaluasi periode ini, atau segmen
  // terakhir yang berlaku (DISETUJUI; versi lama yang DIGANTI hanya bila sudah punya evaluasi).
  const dipilih = new Map<string, (typeof skp)[number]>();
  for (const s of skp) {
    const ada = dipilih.get(s.pegawaiId);
    if (!ada || (!evPer.has(ada.id) && (evPer.has(s.id) || (ada.status !== "DISETUJUI" && s.status === "DISETUJUI")))) dipilih.set(s.pegawaiId, s);
  }
  for (const s of dipilih.values()) {
    const u = unitJabatan.get(s.jabatanId);
    if (!u) continue;
    const e = evPer.get(s.id);
    const snap = bacaSnapshot(s.pegawaiSnapshot);
    hasil.get(u)!.anggota.push({
      skpId: s.id,
      pegawaiId: s.pegawaiId,
      nama: snap?.nama ?? "",
      jabatan: snap?.jabatan ?? "",
      evaluasiId: e?.id ?? null,
      status: e?.status ?? "BELUM",
      predikat: e?.predikat ?? null,
      ratingHasil: e?.ratingHasil ?? null,
      ratingPerilaku: e?.ratingPerilaku ?? null,
      penilaiPegawaiId: e?.penilaiPegawaiId ?? null,
      dikecualikan: dikecualikan.has(s.pegawaiId) || e?.status === "DIKECUALIKAN",
    });
  }
  for (const [u, c] of capaian) {
    const p = hasil.get(u);
    if (p) p.capaian = c.predikat;
  }
  for (const p of hasil.values()) p.anggota.sort((a, b) => a.nama.localeCompare(b.nama, "id"));
  return hasil;
}

export type CekKurva = { populasi: Populasi; hasil: HasilPopulasi | null };

/**
 * Kurva populasi bila `akanFinal` (evaluasiId → predikat) difinalkan sekarang: yang sudah final ditambah kelompok ini
 * dihitung; sisanya (belum final, tidak dikecualikan) menjadi `sisa`. hasil null = capaian belum ditetapkan.
 */
export async function periksaKurva(instansiId: string, populasi: Populasi, akanFinal: ReadonlyMap<string, Predikat | null>, tabelDimuat?: TabelDistribusi): Promise<CekKurva> {
  if (!populasi.capaian) return { populasi, hasil: null };
  const dihitung = populasi.anggota.filter((a) => !a.dikecualikan);
  const final = dihitung.filter((a) => a.status === "FINAL" || (a.evaluasiId !== null && akanFinal.has(a.evaluasiId)));
  const predikat = final.map((a) => (a.evaluasiId !== null && akanFinal.has(a.evaluasiId) ? (akanFinal.get(a.evaluasiId) ?? null) : a.predikat));
  const tabel = tabelDimuat ?? (await tabelDistribusi(instansiId));
  return { populasi, hasil: periksaPopulasi(populasi.capaian, hitungJumlah(predikat), dihitung.length - final.length, tabel) };
}
