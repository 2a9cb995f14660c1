// Data demo halaman Masalah Data (/admin/masalah-data): setiap jenis masalah muncul sekali pada start pertama, di
// tempat yang tidak dipakai uji lain (unit baru Staf Ahli Bupati di Setda, dan satu jabatan pelaksana Diskominfo).
// - pegawai aktif tanpa jabatan: Putri (CPNS yang belum ditugaskan);
// - jabatan tanpa pejabat penilai: Kepala Subbagian Tata Usaha Staf Ahli (seluruh rantai atasnya kosong);
// - dua pejabat definitif: Bayu dan Citra pada Kepala Subbagian Tata Usaha Staf Ahli (penugasan lama tidak diakhiri);
// - Plh kedaluwarsa: Plh Staf Ahli Bupati (Bayu) berakhir 20 hari lalu, jabatan masih kosong;
// - SKP disetujui yang pejabat penilainya kini berbeda: jabatan Pengelola Layanan Informasi Publik (Rizal) dipindah
//   dari Kepala Bidang IKP ke Sekretaris Dinas setelah SKP-nya disetujui.
import type { Prisma } from "@/generated/prisma/client";
import { tanggalDiZona } from "@/lib/organisasi/format";
import { uraiNip } from "@/lib/organisasi/nip";

export const DEMO_MASALAH_PEGAWAI = [
  { key: "putri", nama: "Putri Ayu Lestari", gelarBelakang: "S.AP.", nip: "199907212025032901", jk: "P" as const, lahir: "1999-07-21", golongan: "III/a" },
  { key: "bayu", nama: "Bayu Aji Nugraha", gelarBelakang: "S.Sos.", nip: "198402142008031902", jk: "L" as const, lahir: "1984-02-14", golongan: "III/d" },
  { key: "citra", nama: "Citra Kirana", gelarBelakang: "S.IP.", nip: "198709092011032903", jk: "P" as const, lahir: "1987-09-09", golongan: "III/c" },
];

export const DEMO_STAF_AHLI = { unit: "Staf Ahli Bupati", puncak: "Staf Ahli Bupati Bidang Pemerintahan", kasubbag: "Kepala Subbagian Tata Usaha Staf Ahli" } as const;

export async function seedMasalahDemo(
  tx: Prisma.TransactionClient,
  o: { instansiId: string; tahun: number; sekarang: Date; passwordHash: string; unitId: ReadonlyMap<string, string>; jabatanId: ReadonlyMap<string, string> },
): Promise<void> {
  const hari = tanggalDiZona(o.sekarang, "Asia/Jakarta").getTime();
  const geser = (n: number) => new Date(hari + n * 86_400_000);
  const unit = await tx.unitKerja.create({
    data: { instansiId: o.instansiId, parentId: o.unitId.get("setda")!, kode: "STAF-AHLI", nama: DEMO_STAF_AHLI.unit, jenis: "BAGIAN", urutan: 99 },
    select: { id: true },
  });
  const puncak = await tx.jabatan.create({
    data: { instansiId: o.instansiId, unitKerjaId: unit.id, parentId: null, nama: DEMO_STAF_AHLI.puncak, jenis: "JPT", eselon: "II.b", kelasJabatan: 14, urutan: 99 },
    select: { id: true },
  });
  const kasubbag = await tx.jabatan.create({
    data: { instansiId: o.instansiId, unitKerjaId: unit.id, parentId: puncak.id, nama: DEMO_STAF_AHLI.kasubbag, jenis: "PENGAWAS", eselon: "IV.a", kelasJabatan: 9, urutan: 100 },
    select: { id: true },
  });
  const id = new Map<string, string>();
  for (const p of DEMO_MASALAH_PEGAWAI) {
    const r = uraiNip(p.nip);
    if (!r.ok) throw new Error(`NIP demo ${p.key} tidak sah: ${r.pesan}`);
    const row = await tx.pegawai.create({
      data: {
        instansiId: o.instansiId, nip: p.nip, status: "PNS", nama: p.nama, gelarBelakang: p.gelarBelakang, tanggalLahir: new Date(`${p.lahir}T00:00:00Z`),
        jenisKelamin: p.jk, golongan: p.golongan, email: `${p.key}@lembahsejahtera.go.id`, pengguna: { create: { passwordHash: o.passwordHash } },
      },
      select: { id: true },
    });
    id.set(p.key, row.id);
  }
  await tx.penugasanJabatan.createMany({
    data: [
      { pegawaiId: id.get("bayu")!, jabatanId: kasubbag.id, jenis: "DEFINITIF", tmtMulai: new Date(Date.UTC(o.tahun - 4, 0, 2)), nomorSk: `821.2/310/BKPSDM/${o.tahun - 4}` },
      { pegawaiId: id.get("citra")!, jabatanId: kasubbag.id, jenis: "DEFINITIF", tmtMulai: new Date(Date.UTC(o.tahun - 1, 2, 1)), nomorSk: `821.2/311/BKPSDM/${o.tahun - 1}` },
      { pegawaiId: id.get("bayu")!, jabatanId: puncak.id, jenis: "PLH", tmtMulai: geser(-80), tmtSelesai: geser(-20), nomorSk: `800.1.3.3/45/BKPSDM/${o.tahun}` },
    ],
  });
  // Reorganisasi setelah SKP Rizal disetujui oleh Kepala Bidang IKP.
  await tx.jabatan.update({ where: { id: o.jabatanId.get("pengelola-informasi")! }, data: { parentId: o.jabatanId.get("sekdiskominfo")! } });
}
