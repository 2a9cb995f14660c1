import "server-only";
// Halaman Masalah Data (admin BKD): lima jenis masalah data organisasi, masing-masing dengan jumlah dan paling banyak
// BATAS_MASALAH baris. Kueri tetap berapa pun besar instansinya: pegawai tanpa jabatan (1, NOT EXISTS + count OVER),
// jabatan struktural berpejabat definitif ganda (1, GROUP BY), SKP disetujui yang sedang berlaku (1, kolom id saja),
// nama pegawai yang ditampilkan (1); pohon jabatan, penugasan dan unit dari cache organisasi.
import { prisma } from "@/lib/db";
import { hariIni } from "@/lib/organisasi/beranda";
import { formatNamaGelar, formatTanggal } from "@/lib/organisasi/format";
import { jabatanDefinitif, pejabatPenilai, type Hierarki, type Penilai } from "@/lib/organisasi/hierarki";
import { dariCacheOrganisasi } from "@/lib/organisasi/cache";
import { jabatanTanpaPenilai, LABEL_PLT_KEDALUWARSA, penilaiBerubah, pltKedaluwarsa, type PltKedaluwarsa } from "@/lib/organisasi/masalah";
import { formatNip } from "@/lib/organisasi/nip";
import { getHierarki, getUnitKerja, namaUnitLengkap } from "@/lib/organisasi/queries";

export const BATAS_MASALAH = 50;

export type JenisMasalah = "TANPA_JABATAN" | "TANPA_PENILAI" | "DEFINITIF_GANDA" | "PLT_KEDALUWARSA" | "PENILAI_BERUBAH";

export const LABEL_MASALAH: Record<JenisMasalah, { judul: string; penjelasan: string }> = {
  TANPA_JABATAN: { judul: "Pegawai aktif tanpa jabatan", penjelasan: "Tidak memangku jabatan definitif hari ini, sehingga tidak dapat menyusun SKP. Tugaskan pada jabatannya." },
  TANPA_PENILAI: {
    judul: "Jabatan tanpa pejabat penilai",
    penjelasan: "Tidak ada pemangku di seluruh rantai jabatan atasannya. Isi atau tunjuk Plt pada jabatan atasan, atau pindahkan jabatan ke atasan yang benar.",
  },
  DEFINITIF_GANDA: { judul: "Jabatan struktural dengan dua pejabat definitif", penjelasan: "Akhiri penugasan yang lama (atau catat mutasinya)." },
  PLT_KEDALUWARSA: { judul: "Plt/Plh kedaluwarsa", penjelasan: "Perpanjang, akhiri, atau isi jabatannya dengan pejabat definitif." },
  PENILAI_BERUBAH: {
    judul: "SKP disetujui dengan pejabat penilai yang kini berbeda",
    penjelasan: "Pejabat penilai hari ini tidak sama dengan yang tercatat saat SKP tahun ini disetujui. Periksa strukturnya, atau minta pegawai menyusun revisi SKP.",
  },
};

export type BarisMasalah = { kunci: string; judul: string; rincian: string; href: string };
export type MasalahData = Record<JenisMasalah, { jumlah: number; baris: BarisMasalah[] }>;

type MasalahOrganisasi = {
  tanpaPenilai: readonly string[];
  plt: readonly PltKedaluwarsa[];
  /** Per pegawai berjabatan definitif hari ini: jabatan itu dan pejabat penilainya menurut pohon hari ini. */
  harapan: ReadonlyMap<string, { jabatanId: string; penilai: Penilai | null }>;
};

/**
 * Bagian yang hanya bergantung pada data organisasi dan tanggal, disimpan di cache organisasi (versi basis data) per
 * instansi dan hari: pada 60.000 ASN menelusuri pejabat penilai setiap pegawai memakan ratusan ms CPU, yang tidak perlu
 * diulang setiap kali Admin dibuka. Per permintaan tinggal membandingkan SKP yang disetujui dengan peta ini.
 */
function masalahOrganisasi(instansiId: string, hariSql: string, h: Hierarki, tanggal: Date, namaJabatan: (id: string) => string): Promise<MasalahOrganisasi> {
  return dariCacheOrganisasi(`masalah-organisasi:${instansiId}`, async () => {
    const harapan = new Map<string, { jabatanId: string; penilai: Penilai | null }>();
    for (const pegawaiId of h.penugasanPegawai.keys()) {
      const j = jabatanDefinitif(h, pegawaiId, tanggal);
      if (j) harapan.set(pegawaiId, { jabatanId: j.jabatanId, penilai: pejabatPenilai(h, pegawaiId, tanggal) });
    }
    const urut = new Intl.Collator("id");
    return { tanpaPenilai: jabatanTanpaPenilai(h, tanggal).sort((a, b) => urut.compare(namaJabatan(a), namaJabatan(b))), plt: pltKedaluwarsa(h, tanggal), harapan };
  }, hariSql);
}

export async function getMasalahData(instansiId: string, batas = BATAS_MASALAH): Promise<MasalahData> {
  const tanggal = hariIni();
  const [units, data] = await Promise.all([getUnitKerja(instansiId), getHierarki(instansiId)]);
  const h = data.hierarki;
  const hariSql = tanggal.toISOString().slice(0, 10);

  const [tanpaJabatan, ganda, skp] = await Promise.all([
    prisma.$queryRaw<{ id: string; nip: string; gelar_depan: string | null; nama: string; gelar_belakang: string | null; total: bigint }[]>`
      SELECT p.id, p.nip, p.gelar_depan, p.nama, p.gelar_belakang, count(*) OVER () AS total
      FROM pegawai p
      WHERE p.instansi_id = ${instansiId}::uuid AND p.aktif
        AND NOT EXISTS (
          SELECT 1 FROM penugasan_jabatan pj JOIN jabatan j ON j.id = pj.jabatan_id
          WHERE pj.pegawai_id = p.id AND pj.jenis = 'DEFINITIF' AND j.aktif
            AND pj.tmt_mulai <= ${hariSql}::date AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${hariSql}::date))
      ORDER BY p.nama, p.id
      LIMIT ${batas}`,
    prisma.$queryRaw<{ jabatan_id: string; jumlah: bigint; total: bigint }[]>`
      SELECT pj.jabatan_id, count(DISTINCT pj.pegawai_id) AS jumlah, count(*) OVER () AS total
      FROM penugasan_jabatan pj JOIN jabatan j ON j.id = pj.jabatan_id
      WHERE j.instansi_id = ${instansiId}::uuid AND j.aktif AND j.jenis IN ('JPT', 'ADMINISTRATOR', 'PENGAWAS') AND pj.jenis = 'DEFINITIF'
        AND pj.tmt_mulai <= ${hariSql}::date AND (pj.tmt_selesai IS NULL OR pj.tmt_selesai >= ${hariSql}::date)
      GROUP BY pj.jabatan_id
      HAVING count(DISTINCT pj.pegawai_id) > 1
      ORDER BY pj.jabatan_id
      LIMIT ${batas}`,
    // Hanya kolom id: pembandingnya pohon jabatan yang sudah dimuat.
    prisma.$queryRaw<{ id: string; pegawai_id: string; jabatan_id: string; penilai_pegawai_id: string | null }[]>`
      SELECT s.id, s.pegawai_id, s.jabatan_id, s.penilai_pegawai_id
      FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id
      WHERE pk.instansi_id = ${instansiId}::uuid AND pk.tahun = ${tanggal.getUTCFullYear()} AND s.status = 'DISETUJUI'
        AND s.mulai <= ${hariSql}::date AND s.selesai >= ${hariSql}::date`,
  ]);

  const namaJabatan = (id: string) => data.jabatan.get(id)?.nama ?? "(jabatan)";
  const unitJabatan = (id: string) => {
    const j = data.jabatan.get(id);
    return j ? namaUnitLengkap(units, j.unitKerjaId) : "";
  };

  const { tanpaPenilai, plt, harapan } = await masalahOrganisasi(instansiId, hariSql, h, tanggal, namaJabatan);
  const berubah = skp.filter((s) => {
    const x = harapan.get(s.pegawai_id);
    return x !== undefined && x.jabatanId === s.jabatan_id && penilaiBerubah(s.penilai_pegawai_id, x.penilai);
  });

  // Nama pegawai untuk baris yang ditampilkan (Plt/Plh, SKP dan penilainya): satu kueri.
  const tampilPlt = plt.slice(0, batas);
  const tampilSkp = berubah.slice(0, batas).map((s) => ({ ...s, penilai: harapan.get(s.pegawai_id)!.penilai }));
  const ids = new Set<string>([...tampilPlt.map((p) => p.pegawaiId), ...tampilSkp.flatMap((s) => [s.pegawai_id, s.penilai_pegawai_id ?? "", s.penilai?.tipe === "PEGAWAI" ? s.penilai.pegawaiId : ""].filter(Boolean))]);
  const pegawai = ids.size
    ? await prisma.pegawai.findMany({ where: { id: { in: [...ids] }, instansiId }, select: { id: true, gelarDepan: true, nama: true, gelarBelakang: true } })
    : [];
  const nama = new Map(pegawai.map((p) => [p.id, formatNamaGelar(p)]));
  const namaPenilai = (id: string | null) => (id === null ? "pimpinan instansi" : (nama.get(id) ?? "(pegawai)"));
  const rincianPlt = (p: PltKedaluwarsa) =>
    `${p.jenis === "PLT" ? "Plt." : "Plh."} ${nama.get(p.pegawaiId) ?? ""} sejak ${formatTanggal(p.tmtMulai)}${p.tmtSelesai ? ` s.d. ${formatTanggal(p.tmtSelesai)}` : ""}: ${LABEL_PLT_KEDALUWARSA[p.alasan]}`;

  return {
    TANPA_JABATAN: {
      jumlah: Number(tanpaJabatan[0]?.total ?? 0),
      baris: tanpaJabatan.map((p) => ({
        kunci: p.id,
        judul: formatNamaGelar({ gelarDepan: p.gelar_depan, nama: p.nama, gelarBelakang: p.gelar_belakang }),
        rincian: `NIP ${formatNip(p.nip)}`,
        href: `/admin/pegawai/${p.id}`,
      })),
    },
    TANPA_PENILAI: {
      jumlah: tanpaPenilai.length,
      baris: tanpaPenilai.slice(0, batas).map((id) => ({ kunci: id, judul: namaJabatan(id), rincian: unitJabatan(id), href: `/admin/jabatan/${id}` })),
    },
    DEFINITIF_GANDA: {
      jumlah: Number(ganda[0]?.total ?? 0),
      baris: ganda.map((g) => ({ kunci: g.jabatan_id, judul: namaJabatan(g.jabatan_id), rincian: `${g.jumlah} pejabat definitif · ${unitJabatan(g.jabatan_id)}`, href: `/admin/jabatan/${g.jabatan_id}` })),
    },
    PLT_KEDALUWARSA: {
      jumlah: plt.length,
      baris: tampilPlt.map((p) => ({ kunci: `${p.jabatanId}:${p.pegawaiId}`, judul: namaJabatan(p.jabatanId), rincian: rincianPlt(p), href: `/admin/jabatan/${p.jabatanId}` })),
    },
    PENILAI_BERUBAH: {
      jumlah: berubah.length,
      baris: tampilSkp.map((s) => ({
        kunci: s.id,
        judul: `SKP ${nama.get(s.pegawai_id) ?? ""} — ${namaJabatan(s.jabatan_id)}`,
        rincian: `Disetujui oleh ${namaPenilai(s.penilai_pegawai_id)}; pejabat penilai hari ini ${s.penilai === null ? "tidak ada" : namaPenilai(s.penilai.tipe === "PEGAWAI" ? s.penilai.pegawaiId : null)}`,
        href: `/admin/skp/${s.id}`,
      })),
    },
  };
}

/** Untuk Beranda admin: jumlah per jenis. */
export async function getJumlahMasalah(instansiId: string): Promise<Record<JenisMasalah, number>> {
  const m = await getMasalahData(instansiId, 1);
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v.jumlah])) as Record<JenisMasalah, number>;
}

