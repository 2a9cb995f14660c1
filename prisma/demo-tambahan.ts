// Data demo tambahan di atas seedDemo (prisma/seed.ts): superadmin (Dedi Kurniawan), tiga pegawai Kabupaten Lembah
// Sejahtera tanpa akun (seperti hasil impor, untuk aktivasi massal) dan instansi kedua kecil, Pemerintah Kota Bukit
// Harapan, dengan admin BKD-nya sendiri dan satu SKP — agar pemisahan antarinstansi terlihat. Tidak dipakai uji
// integrasi (dunia ujinya tetap satu instansi demo); dipakai `npm start`, db:seed dan e2e. Hanya modul murni.
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { uraiNip } from "@/lib/organisasi/nip";
import { DEMO_INSTANSI, DEMO_PASSWORD, DEMO_PEGAWAI, nipDemo } from "./demo-data";

const tgl = (s: string) => new Date(`${s}T00:00:00Z`);

export const DEMO_SUPERADMIN = "dedi";

/** Pegawai Lembah Sejahtera yang belum punya akun. */
export const DEMO_TANPA_AKUN = [
  { nip: "200002142024011001", nama: "Andika Saputra", gelarBelakang: "S.Kom.", jk: "L" as const, golongan: "III/a" },
  { nip: "200105182024012002", nama: "Sinta Maharani", gelarBelakang: "S.E.", jk: "P" as const, golongan: "III/a" },
  { nip: "199912252024011003", nama: "Rudi Hartanto", gelarBelakang: "A.Md.", jk: "L" as const, golongan: "II/c" },
];

export const DEMO_INSTANSI_KEDUA = {
  kode: "BKH",
  nama: "Pemerintah Kota Bukit Harapan",
  jenis: "PEMERINTAH_KOTA" as const,
  jabatanPimpinan: "Wali Kota Bukit Harapan",
  namaPimpinan: "Drs. H. Syamsul Bahri, M.M.",
  ibukota: "Bukit Harapan",
};

type PegawaiKedua = { key: string; nip: string; gelarDepan?: string; nama: string; gelarBelakang?: string; jk: "L" | "P"; golongan: string; jabatan: string; akun: boolean };

export const DEMO_PEGAWAI_KEDUA: PegawaiKedua[] = [
  { key: "hartono", nip: "197503102000031002", gelarDepan: "Ir.", nama: "Hartono Wibisono", gelarBelakang: "M.T.", jk: "L", golongan: "IV/c", jabatan: "sekda", akun: true },
  { key: "ratna", nip: "198001152005012003", gelarDepan: "Dra.", nama: "Ratna Kusumawati", gelarBelakang: "M.Si.", jk: "P", golongan: "IV/b", jabatan: "kepala-bkpsdm", akun: true },
  { key: "yoga", nip: "199205202015031004", nama: "Yoga Pratama", gelarBelakang: "S.Psi.", jk: "L", golongan: "III/c", jabatan: "analis-sdm", akun: true },
  { key: "fitri", nip: "199507072019022005", nama: "Fitri Handayani", gelarBelakang: "A.Md.", jk: "P", golongan: "II/d", jabatan: "pengelola-data", akun: true },
  { key: "bagus", nip: "199809092022031006", nama: "Bagus Setiadi", jk: "L", golongan: "II/b", jabatan: "pengadministrasi", akun: false },
];

/** Admin BKD Kota Bukit Harapan. */
export const DEMO_ADMIN_KEDUA = "yoga";

export type AkunTambahan = { peran: string; nama: string; nip: string; jabatan: string };

const namaLengkap = (p: { gelarDepan?: string; nama: string; gelarBelakang?: string }) => [p.gelarDepan, p.nama].filter(Boolean).join(" ") + (p.gelarBelakang ? `, ${p.gelarBelakang}` : "");

export function akunTambahan(): AkunTambahan[] {
  const i = DEMO_PEGAWAI.findIndex((p) => p.key === DEMO_SUPERADMIN);
  const dedi = DEMO_PEGAWAI[i]!;
  const yoga = DEMO_PEGAWAI_KEDUA.find((p) => p.key === DEMO_ADMIN_KEDUA)!;
  return [
    { peran: "superadmin", nama: namaLengkap(dedi), nip: nipDemo(dedi, i + 1), jabatan: `Pengelola Data Kepegawaian, ${DEMO_INSTANSI.nama}` },
    { peran: "admin-kedua", nama: namaLengkap(yoga), nip: yoga.nip, jabatan: `Analis SDM Aparatur, ${DEMO_INSTANSI_KEDUA.nama}` },
  ];
}

/** Idempoten: setiap bagian dibuat hanya bila belum ada. */
export async function seedDemoTambahan(prisma: PrismaClient, opts: { tahun: number; instansiId: string }): Promise<{ akun: AkunTambahan[] }> {
  for (const p of [...DEMO_TANPA_AKUN, ...DEMO_PEGAWAI_KEDUA]) {
    const r = uraiNip(p.nip);
    if (!r.ok) throw new Error(`NIP demo ${p.nip} tidak sah: ${r.pesan}`);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    // Superadmin.
    const i = DEMO_PEGAWAI.findIndex((p) => p.key === DEMO_SUPERADMIN);
    const dedi = await tx.pengguna.findFirstOrThrow({ where: { pegawai: { nip: nipDemo(DEMO_PEGAWAI[i]!, i + 1) } }, select: { id: true } });
    if (!(await tx.peranPengguna.findFirst({ where: { penggunaId: dedi.id, peran: "SUPERADMIN" }, select: { id: true } }))) {
      await tx.peranPengguna.create({ data: { penggunaId: dedi.id, peran: "SUPERADMIN", instansiId: null } });
    }
    // Pegawai tanpa akun di instansi demo.
    for (const p of DEMO_TANPA_AKUN) {
      const r = uraiNip(p.nip);
      if (!r.ok) continue;
      await tx.pegawai.upsert({
        where: { nip: p.nip },
        create: { instansiId: opts.instansiId, nip: p.nip, status: "PNS", nama: p.nama, gelarBelakang: p.gelarBelakang, tanggalLahir: r.nip.tanggalLahir, jenisKelamin: p.jk, golongan: p.golongan },
        update: {},
      });
    }
    // Instansi kedua.
    if (await tx.instansi.findUnique({ where: { kode: DEMO_INSTANSI_KEDUA.kode }, select: { id: true } })) return;
    const ins = await tx.instansi.create({ data: DEMO_INSTANSI_KEDUA, select: { id: true } });
    const setda = await tx.unitKerja.create({ data: { instansiId: ins.id, kode: "SETDA", nama: "Sekretariat Daerah", singkatan: "Setda", jenis: "SEKRETARIAT_DAERAH", urutan: 0 }, select: { id: true } });
    const bkpsdm = await tx.unitKerja.create({ data: { instansiId: ins.id, kode: "BKPSDM", nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", singkatan: "BKPSDM", jenis: "OPD", urutan: 1 }, select: { id: true } });
    const jab = new Map<string, string>();
    const buatJabatan = async (key: string, unit: string, parent: string | null, nama: string, jenis: "JPT" | "FUNGSIONAL" | "PELAKSANA", eselon?: string) => {
      const j = await tx.jabatan.create({ data: { instansiId: ins.id, unitKerjaId: unit, parentId: parent ? jab.get(parent)! : null, nama, jenis, eselon, urutan: jab.size }, select: { id: true } });
      jab.set(key, j.id);
    };
    await buatJabatan("sekda", setda.id, null, "Sekretaris Daerah", "JPT", "II.a");
    await buatJabatan("kepala-bkpsdm", bkpsdm.id, "sekda", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "JPT", "II.b");
    await buatJabatan("analis-sdm", bkpsdm.id, "kepala-bkpsdm", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "FUNGSIONAL");
    await buatJabatan("pengelola-data", bkpsdm.id, "kepala-bkpsdm", "Pengelola Data Kepegawaian", "PELAKSANA");
    await buatJabatan("pengadministrasi", bkpsdm.id, "kepala-bkpsdm", "Pengadministrasi Umum", "PELAKSANA");
    const peg = new Map<string, { id: string; penggunaId: string | null }>();
    for (const p of DEMO_PEGAWAI_KEDUA) {
      const r = uraiNip(p.nip);
      if (!r.ok) continue;
      const row = await tx.pegawai.create({
        data: {
          instansiId: ins.id, nip: p.nip, status: "PNS", gelarDepan: p.gelarDepan, nama: p.nama, gelarBelakang: p.gelarBelakang,
          tanggalLahir: r.nip.tanggalLahir, jenisKelamin: p.jk, golongan: p.golongan, email: `${p.key}@bukitharapankota.go.id`,
          ...(p.akun ? { pengguna: { create: { passwordHash } } } : {}),
        },
        select: { id: true, pengguna: { select: { id: true } } },
      });
      peg.set(p.key, { id: row.id, penggunaId: row.pengguna?.id ?? null });
      await tx.penugasanJabatan.create({ data: { pegawaiId: row.id, jabatanId: jab.get(p.jabatan)!, jenis: "DEFINITIF", tmtMulai: tgl(`${opts.tahun - 2}-01-01`), nomorSk: `800/${10 + peg.size}/BKPSDM-BKH/${opts.tahun - 2}` } });
    }
    const admin = peg.get(DEMO_ADMIN_KEDUA)!;
    await tx.peranPengguna.create({ data: { penggunaId: admin.penggunaId!, peran: "ADMIN_INSTANSI", instansiId: ins.id } });
    // SKP minimal: satu draf SKP Yoga (pejabat penilai Ratna, atasannya Hartono) dengan satu RHK.
    const periode = await tx.periodeKinerja.create({ data: { instansiId: ins.id, tahun: opts.tahun, mulai: tgl(`${opts.tahun}-01-01`), selesai: tgl(`${opts.tahun}-12-31`), ritme: "TRIWULAN" }, select: { id: true } });
    const kartu = (key: string, jabatan: string, unit: string) => {
      const p = DEMO_PEGAWAI_KEDUA.find((x) => x.key === key)!;
      return { pegawaiId: peg.get(key)!.id, nama: namaLengkap(p), nip: p.nip, labelNip: "NIP", pangkat: p.golongan, jabatan, unitKerja: unit };
    };
    const unitBkpsdm = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
    await tx.skp.create({
      data: {
        periodeId: periode.id, pegawaiId: peg.get("yoga")!.id, jabatanId: jab.get("analis-sdm")!, mulai: tgl(`${opts.tahun}-01-01`), selesai: tgl(`${opts.tahun}-12-31`),
        pendekatan: "KUANTITATIF", varian: "JA_JF", status: "DRAFT",
        pegawaiSnapshot: kartu("yoga", "Analis Sumber Daya Manusia Aparatur Ahli Muda", unitBkpsdm),
        penilaiPegawaiId: peg.get("ratna")!.id,
        penilaiSnapshot: kartu("ratna", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", unitBkpsdm),
        atasanPenilaiSnapshot: kartu("hartono", "Sekretaris Daerah", "Sekretariat Daerah"),
        rhk: {
          create: [{
            jenis: "UTAMA", urutan: 1, teks: "Tersusunnya analisis kebutuhan pengembangan kompetensi ASN Kota Bukit Harapan",
            iki: { create: [{ urutan: 1, aspek: "KUANTITAS", indikator: "Jumlah dokumen analisis kebutuhan", targetMin: 2, targetMaks: 2, satuan: "dokumen", targetTeks: "2 dokumen" }] },
          }],
        },
      },
    });
    await tx.jejakAudit.create({ data: { aksi: "SEED_DEMO", entitas: "Instansi", entitasId: ins.id, data: { pegawai: DEMO_PEGAWAI_KEDUA.length } } });
  });
  return { akun: akunTambahan() };
}
