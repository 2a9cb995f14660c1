// Data demo tahun kinerja lalu: tahun kinerja (tahun − 1) instansi demo dan SKP yang sudah disetujui untuk satu
// pegawai dan pejabat penilainya (RHK-nya diintervensi), dengan identitas pegawai, pejabat penilai dan atasannya seperti tercatat saat itu (snapshot dari pohon
// jabatan pada pertengahan tahun lalu). Memperlihatkan bahwa riwayat tetap: bila admin BKD kemudian memindahkan
// jabatannya ke unit atau atasan lain, Beranda menunjukkan atasan baru, SKP tahun lalu tetap menunjukkan pejabat
// penilai yang lama.
import type { Prisma } from "@/generated/prisma/client";
import { atasanPejabatPenilai, jabatanDefinitif, pejabatPenilai } from "@/lib/organisasi/hierarki";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import type { IdentitasDemo } from "./demo-skp";

/** SKP tahun lalu pejabat penilainya (Kepala Bidang Mutasi dan Promosi), yang RHK-nya diintervensi RHK Yuliana. */
const ATASAN_TAHUN_LALU = {
  key: "fauzi",
  /** Tahun lalu Kepala BKPSDM belum memakai portal: RHK ini dicatat sebagai penugasan langsung darinya. */
  penugasanDari: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
  rhk: [
    {
      teks: "Terwujudnya mutasi dan promosi ASN yang tepat waktu dan sesuai kebutuhan organisasi",
      iki: [
        { aspek: "WAKTU", indikator: "Persentase usulan mutasi dan promosi yang diselesaikan sesuai standar waktu layanan", targetMin: 90, satuan: "%", targetTeks: "90 %" },
        { aspek: "KUALITAS", indikator: "Persentase jabatan struktural yang terisi pejabat definitif", targetMin: 85, satuan: "%", targetTeks: "85 %" },
      ],
    },
  ],
} as const;

/** Pegawai demo yang mendapat SKP tahun lalu, dan isinya (JF analis SDM di Bidang Mutasi dan Promosi). */
export const DEMO_TAHUN_LALU = {
  key: "yuliana",
  rhk: [
    {
      teks: "Terlaksananya analisis kebutuhan mutasi dan promosi jabatan yang tepat waktu",
      iki: [
        { aspek: "KUANTITAS", indikator: "Jumlah dokumen analisis kebutuhan mutasi per triwulan", targetMin: 4, satuan: "dokumen", targetTeks: "4 dokumen" },
        { aspek: "WAKTU", indikator: "Persentase usulan mutasi yang dianalisis paling lama 10 hari kerja", targetMin: 90, satuan: "%", targetTeks: "90 %" },
      ],
    },
    {
      teks: "Tersusunnya rekomendasi pertimbangan teknis mutasi dan kenaikan pangkat pegawai",
      iki: [
        { aspek: "KUANTITAS", indikator: "Jumlah rekomendasi pertimbangan teknis yang disusun", targetMin: 120, satuan: "rekomendasi", targetTeks: "120 rekomendasi" },
        { aspek: "KUALITAS", indikator: "Persentase rekomendasi yang diterima tanpa perbaikan", targetMin: 85, satuan: "%", targetTeks: "85 %" },
      ],
    },
  ],
} as const;

export async function seedTahunLaluDemo(
  tx: Prisma.TransactionClient,
  o: { instansiId: string; tahun: number; pegawaiId: ReadonlyMap<string, string>; identitas: IdentitasDemo },
): Promise<void> {
  const lalu = o.tahun - 1;
  const periode = await tx.periodeKinerja.create({
    data: { instansiId: o.instansiId, tahun: lalu, mulai: new Date(Date.UTC(lalu, 0, 1)), selesai: new Date(Date.UTC(lalu, 11, 31)), ritme: "TRIWULAN" },
    select: { id: true },
  });
  const acuan = new Date(Date.UTC(lalu, 5, 30));
  const atasan = await buatSkpTahunLalu(tx, o, periode.id, acuan, ATASAN_TAHUN_LALU, []);
  // RHK Yuliana mengintervensi RHK utama atasannya tahun itu.
  await buatSkpTahunLalu(tx, o, periode.id, acuan, DEMO_TAHUN_LALU, DEMO_TAHUN_LALU.rhk.map(() => atasan[0]!));
}

type IsiTahunLalu = { key: string; penugasanDari?: string; rhk: readonly { teks: string; iki: readonly { aspek: "KUANTITAS" | "KUALITAS" | "WAKTU"; indikator: string; targetMin: number; satuan: string; targetTeks: string }[] }[] };

/** Satu SKP disetujui tahun lalu dengan identitas dari pohon jabatan pada `acuan`; mengembalikan id RHK-nya. */
async function buatSkpTahunLalu(
  tx: Prisma.TransactionClient,
  o: { tahun: number; pegawaiId: ReadonlyMap<string, string>; identitas: IdentitasDemo },
  periodeId: string,
  acuan: Date,
  isi: IsiTahunLalu,
  rhkAtasan: readonly string[],
): Promise<string[]> {
  const lalu = o.tahun - 1;
  const pegawaiId = o.pegawaiId.get(isi.key);
  if (!pegawaiId) throw new Error(`Pegawai demo ${isi.key} tidak ada.`);
  const { h, kartu, tampil } = o.identitas;
  const jabatan = jabatanDefinitif(h, pegawaiId, acuan);
  if (!jabatan) throw new Error(`Pegawai demo ${isi.key} tidak memangku jabatan definitif pada ${lalu}.`);
  const sPenilai = tampil(pejabatPenilai(h, pegawaiId, acuan));
  const skp = await tx.skp.create({
    data: {
      periodeId,
      pegawaiId,
      jabatanId: jabatan.jabatanId,
      mulai: new Date(Date.UTC(lalu, 0, 1)),
      selesai: new Date(Date.UTC(lalu, 11, 31)),
      pendekatan: "KUANTITATIF",
      varian: "JA_JF",
      status: "DISETUJUI",
      pegawaiSnapshot: kartu({ pegawaiId, jabatanId: jabatan.jabatanId, jenis: "DEFINITIF" }),
      penilaiPegawaiId: sPenilai?.pegawaiId ?? null,
      penilaiSnapshot: sPenilai ?? undefined,
      atasanPenilaiSnapshot: tampil(atasanPejabatPenilai(h, pegawaiId, acuan)) ?? undefined,
      diajukanAt: new Date(Date.UTC(lalu, 0, 10, 2)),
      disetujuiAt: new Date(Date.UTC(lalu, 0, 14, 3)),
      perilaku: { create: NILAI_BERAKHLAK.map((n) => ({ nilai: n.kode })) },
    },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const [i, r] of isi.rhk.entries()) {
    const rhk = await tx.rhk.create({
      data: {
        skpId: skp.id,
        jenis: "UTAMA",
        urutan: i + 1,
        teks: r.teks,
        rhkAtasanId: rhkAtasan[i] ?? null,
        penugasanDari: rhkAtasan[i] ? null : (isi.penugasanDari ?? null),
        iki: { create: r.iki.map((k, j) => ({ urutan: j + 1, aspek: k.aspek, indikator: k.indikator, targetMin: k.targetMin, satuan: k.satuan, targetTeks: k.targetTeks })) },
      },
      select: { id: true },
    });
    ids.push(rhk.id);
  }
  return ids;
}
