// Data demo. `npm run db:seed` (DATABASE_URL wajib) atau otomatis oleh `npm start` pada PostgreSQL bawaan.
// Fungsi-fungsinya juga dipakai uji integrasi dan e2e (pada basis data uji yang baru, bukan data demo).
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/client";
import {
  DEMO_INSTANSI,
  DEMO_JABATAN,
  DEMO_LOGIN,
  DEMO_PASSWORD,
  DEMO_PEGAWAI,
  DEMO_PLT,
  DEMO_UNIT,
  nipDemo,
} from "./demo-data";
import { seedPenilaianDemo } from "./demo-penilaian";
import { seedKurvaDemo } from "./demo-kurva";
import { seedDemoTambahan } from "./demo-tambahan";
import { seedSkpDemo } from "./demo-skp";
import { seedHarianDemo } from "./demo-harian";
import { seedMasalahDemo } from "./demo-masalah";
import { seedTahunLaluDemo } from "./demo-tahun-lalu";
import { seedLiburDemo } from "./demo-libur";
import { seedAngkaKreditDemo } from "./demo-angka-kredit";
import { seedTppDemo } from "./demo-tpp";
import { seedTokenApiDemo, TOKEN_API_DEMO } from "./demo-token-api";
import { seedNotifikasiDemo } from "./demo-notifikasi";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";

export { nipDemo };

const tgl = (s: string) => new Date(`${s}T00:00:00Z`);


export type DemoAkun = { peran: string; nama: string; nip: string; jabatan: string };
export type HasilSeed = { dibuat: boolean; instansiId: string; akun: DemoAkun[]; password: string };

/** Membuat instansi demo bila belum ada. `tahun`: tahun kinerja berjalan. */
export async function seedDemo(prisma: PrismaClient, opts: { tahun: number }): Promise<HasilSeed> {
  const { tahun } = opts;
  const ada = await prisma.instansi.findUnique({ where: { kode: DEMO_INSTANSI.kode }, select: { id: true } });
  const nipPer = new Map(DEMO_PEGAWAI.map((p, i) => [p.key, nipDemo(p, i + 1)]));
  const akun = (Object.entries(DEMO_LOGIN) as [string, string][]).map(([peran, key]) => {
    const p = DEMO_PEGAWAI.find((x) => x.key === key)!;
    const j = DEMO_JABATAN.find((x) => x.key === p.jabatan)!;
    const nama = [p.gelarDepan, p.nama].filter(Boolean).join(" ") + (p.gelarBelakang ? `, ${p.gelarBelakang}` : "");
    return { peran, nama, nip: nipPer.get(key)!, jabatan: j.nama };
  });
  if (ada) return { dibuat: false, instansiId: ada.id, akun, password: DEMO_PASSWORD };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const instansiId = await prisma.$transaction(async (tx) => {
    const instansi = await tx.instansi.create({ data: DEMO_INSTANSI, select: { id: true } });

    const unitId = new Map<string, string>();
    for (const [i, u] of DEMO_UNIT.entries()) {
      const row = await tx.unitKerja.create({
        data: {
          instansiId: instansi.id,
          parentId: u.parent ? unitId.get(u.parent)! : null,
          kode: u.key.toUpperCase(),
          nama: u.nama,
          singkatan: u.singkatan,
          jenis: u.jenis,
          urutan: i,
        },
        select: { id: true },
      });
      unitId.set(u.key, row.id);
    }

    const jabatanId = new Map<string, string>();
    for (const [i, j] of DEMO_JABATAN.entries()) {
      const row = await tx.jabatan.create({
        data: {
          instansiId: instansi.id,
          unitKerjaId: unitId.get(j.unit)!,
          parentId: j.parent ? jabatanId.get(j.parent)! : null,
          nama: j.nama,
          jenis: j.jenis,
          eselon: j.eselon,
          kelasJabatan: j.kelas,
          urutan: i,
        },
        select: { id: true },
      });
      jabatanId.set(j.key, row.id);
    }

    const pegawaiId = new Map<string, string>();
    for (const p of DEMO_PEGAWAI) {
      const row = await tx.pegawai.create({
        data: {
          instansiId: instansi.id,
          nip: nipPer.get(p.key)!,
          status: p.status ?? "PNS",
          gelarDepan: p.gelarDepan,
          nama: p.nama,
          gelarBelakang: p.gelarBelakang,
          tanggalLahir: tgl(p.lahir),
          jenisKelamin: p.jk,
          golongan: p.golongan,
          email: `${p.key}@lembahsejahtera.go.id`,
          pengguna: { create: { passwordHash } },
        },
        select: { id: true },
      });
      pegawaiId.set(p.key, row.id);
    }

    const penugasan: { pegawaiId: string; jabatanId: string; jenis: "DEFINITIF" | "PLT"; tmtMulai: Date; tmtSelesai: Date | null; nomorSk: string }[] = [];
    for (const [i, p] of DEMO_PEGAWAI.entries()) {
      let mulai = tgl(`${tahun - 2 - (i % 4)}-0${1 + (i % 9)}-01`);
      for (const r of p.riwayat ?? []) {
        const selesai = tgl(`${tahun}-${r.sampai}`);
        penugasan.push({ pegawaiId: pegawaiId.get(p.key)!, jabatanId: jabatanId.get(r.jabatan)!, jenis: "DEFINITIF", tmtMulai: mulai, tmtSelesai: selesai, nomorSk: `821.2/${100 + i}/BKPSDM/${mulai.getUTCFullYear()}` });
        mulai = new Date(selesai.getTime() + 86_400_000);
      }
      penugasan.push({ pegawaiId: pegawaiId.get(p.key)!, jabatanId: jabatanId.get(p.jabatan)!, jenis: "DEFINITIF", tmtMulai: mulai, tmtSelesai: null, nomorSk: `821.2/${200 + i}/BKPSDM/${mulai.getUTCFullYear()}` });
    }
    for (const plt of DEMO_PLT) {
      penugasan.push({ pegawaiId: pegawaiId.get(plt.pegawai)!, jabatanId: jabatanId.get(plt.jabatan)!, jenis: "PLT", tmtMulai: tgl(`${tahun}-${plt.mulai}`), tmtSelesai: null, nomorSk: `${plt.nomorSk}/${tahun}` });
    }
    await tx.penugasanJabatan.createMany({ data: penugasan });

    const admin = await tx.pengguna.findUniqueOrThrow({ where: { pegawaiId: pegawaiId.get(DEMO_LOGIN.admin)! }, select: { id: true } });
    await tx.peranPengguna.create({ data: { penggunaId: admin.id, peran: "ADMIN_INSTANSI", instansiId: instansi.id } });
    await tx.jejakAudit.create({
      data: { aksi: "SEED_DEMO", entitas: "Instansi", entitasId: instansi.id, data: { pegawai: DEMO_PEGAWAI.length, jabatan: DEMO_JABATAN.length } },
    });
    // SKP tahun berjalan yang diturunkan dari Sekda ke bawah (prisma/demo-skp.ts), lalu pelaksanaan dan
    // penilaian Triwulan I (prisma/demo-penilaian.ts), dengan "sekarang" yang sama.
    const penilaiJpt = process.env.SKP_PENILAI_JPT === "PIMPINAN_INSTANSI" ? "PIMPINAN_INSTANSI" : "HIERARKI";
    const sekarang = new Date();
    const skp = await seedSkpDemo(tx, { instansiId: instansi.id, tahun, pegawaiId, jabatanId, opsiHierarki: { penilaiJpt }, sekarang });
    await seedPenilaianDemo(tx, { tahun, sekarang: sekarang.getTime(), periodeKinerjaId: skp.periodeId, pegawaiId, identitas: skp.identitas });
    await seedKurvaDemo(tx, { instansiId: instansi.id, tahun, sekarang: sekarang.getTime(), adminPenggunaId: admin.id });
    // SKP tahun lalu (disetujui, dengan pejabat penilai yang tercatat saat itu) untuk riwayat.
    await seedTahunLaluDemo(tx, { instansiId: instansi.id, tahun, pegawaiId, identitas: skp.identitas });
    // Progres harian tim Nurlaela pada periode berjalan (prisma/demo-harian.ts).
    await seedHarianDemo(tx, { instansiId: instansi.id, tahun, sekarang: sekarang.getTime(), pegawaiId, penggunaId: (id) => skp.identitas.pengguna(id) ?? undefined });
    // Terakhir: masalah data untuk /admin/masalah-data (tidak mengubah SKP dan penilaian yang sudah dibuat).
    await seedMasalahDemo(tx, { instansiId: instansi.id, tahun, sekarang, passwordHash, unitId, jabatanId });
    // Jenjang jabatan fungsional dan koefisien angka kredit dengan riwayat (prisma/demo-angka-kredit.ts).
    await seedAngkaKreditDemo(tx, { instansiId: instansi.id, tahun, adminPenggunaId: admin.id });
    return instansi.id;
  }, { timeout: 60_000 });

  return { dibuat: true, instansiId, akun, password: DEMO_PASSWORD };
}

/**
 * Data demo lengkap untuk `npm start`, db:seed dan e2e: seedDemo ditambah superadmin, pegawai tanpa akun dan instansi
 * kedua (prisma/demo-tambahan.ts), dan hari libur 2026 instansi demo (prisma/demo-libur.ts). Uji integrasi memakai seedDemo saja.
 */
export async function seedDemoLengkap(prisma: PrismaClient, opts: { tahun: number }): Promise<HasilSeed> {
  const h = await seedDemo(prisma, opts);
  const t = await seedDemoTambahan(prisma, { tahun: opts.tahun, instansiId: h.instansiId });
  // Libur nasional dan cuti bersama tahun berjalan (prisma/demo-libur.ts; wajib diperiksa admin terhadap SKB resmi).
  // Tidak di seedDemo: uji integrasi menyusun hari liburnya sendiri.
  await seedLiburDemo(prisma, { instansiId: h.instansiId, tahun: opts.tahun });
  // Set kolom ekspor TPP (prisma/demo-tpp.ts).
  await seedTppDemo(prisma, { instansiId: h.instansiId });
  // Token API demo: satu aktif (rahasia tetap di README) dan satu dicabut (prisma/demo-token-api.ts).
  await seedTokenApiDemo(prisma, { instansiId: h.instansiId });
  // Notifikasi lonceng dari keadaan data demo (prisma/demo-notifikasi.ts).
  await seedNotifikasiDemo(prisma, { instansiId: h.instansiId, tahun: opts.tahun });
  return { ...h, akun: [...h.akun, ...t.akun] };
}

export function cetakAkunDemo(h: HasilSeed, log: (s: string) => void = console.log) {
  const label: Record<string, string> = { asn: "ASN", atasan: "Atasan (pejabat penilai)", admin: "Admin BKD", superadmin: "Superadmin", "admin-kedua": "Admin BKD Kota Bukit Harapan" };
  log("Akun demo (kata sandi sama untuk semua pegawai demo: " + h.password + "):");
  for (const a of h.akun) log(`  ${label[a.peran]?.padEnd(26) ?? a.peran}  NIP ${a.nip}  ${a.nama} — ${a.jabatan}`);
  log(`Token API demo (Lembah Sejahtera, semua cakupan; hanya untuk data demo): ${TOKEN_API_DEMO}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL belum diatur.");
    process.exit(2);
  }
  const prisma = createPrismaClient(url, { max: 2 });
  const tahun = tahunKinerjaSekarang();
  const h = await seedDemoLengkap(prisma, { tahun });
  console.log(h.dibuat ? "Data demo dibuat." : "Data demo sudah ada; tidak diubah.");
  cetakAkunDemo(h);
  await prisma.$disconnect();
}
