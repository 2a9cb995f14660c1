import "server-only";
// Impor organisasi: berkas → baca → validasi → potret data instansi (kueri tetap, bukan per baris) → rencana (murni)
// → uji coba (laporan, tanpa tulisan) atau penerapan: potret dimuat ulang dan direncanakan ulang DI DALAM satu
// transaksi (dikunci per instansi), ditulis dengan tulisan massal (createMany / UPDATE … FROM unnest), dengan satu
// baris audit ringkasan. Galat apa pun → tidak ada yang tertulis. Tidak membuat akun masuk.
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { catatAudit } from "@/lib/audit";
import { can, type Aktor } from "@/lib/auth/permissions";
import { adalahUuid } from "@/lib/id";
import { gagal } from "@/lib/hasil";
import { hariIni } from "@/lib/organisasi/beranda";
import { bacaBerkasImpor } from "./baca";
import { AKSI_AUDIT_IMPOR } from "./kolom";
import { validasiTabel, type BarisValid } from "./validasi";
import { jumlahTulisan, rencanakanImpor, type Potret, type Rencana, type Tulisan } from "./rencana";
import type { FaseImpor, HasilImpor, LaporanImpor } from "./protokol";

type Tx = Prisma.TransactionClient;

export type Kemajuan = (e: { fase: FaseImpor; selesai: number; total: number }) => void;
export type { HasilImpor, LaporanImpor };

export type MasukanImpor = { instansiId: string; lengkap: boolean; terapkan: boolean; nama: string; bytes: Uint8Array };

const PESAN_TIDAK_BERWENANG = "Instansi tidak ditemukan atau bukan wewenang Anda.";
/** Ukuran potongan tulisan massal (juga satuan kemajuan tahap "menerapkan"). */
const POTONGAN = 2000;
/** Penerapan 20.000 baris memerlukan beberapa detik; batas transaksi longgar agar beban server tidak menggagalkannya. */
const OPSI_TRANSAKSI = { timeout: 180_000, maxWait: 30_000 } as const;

/** Aktor boleh mengimpor ke instansi ini (instansi harus ada). Dipakai rute sebelum badan permintaan diproses. */
export async function bolehImpor(aktor: Aktor, instansiId: string): Promise<boolean> {
  if (!adalahUuid(instansiId) || !can(aktor, { aksi: "impor-organisasi", instansiId })) return false;
  return (await prisma.instansi.count({ where: { id: instansiId } })) === 1;
}

/** Potret data instansi untuk perencanaan: 4 kueri, berapa pun jumlah baris berkas. */
export async function muatPotret(db: Tx, instansiId: string, nipBerkas: string[]): Promise<Potret> {
  const [unit, jabatan, pegawai, definitif] = await Promise.all([
    db.unitKerja.findMany({ where: { instansiId }, select: { id: true, kode: true, nama: true, jenis: true, parentId: true } }),
    db.jabatan.findMany({ where: { instansiId }, select: { id: true, kode: true, nama: true, jenis: true, eselon: true, unitKerjaId: true, parentId: true } }),
    db.pegawai.findMany({
      where: { OR: [{ instansiId }, { nip: { in: nipBerkas } }] },
      select: { id: true, instansiId: true, nip: true, nama: true, gelarDepan: true, gelarBelakang: true, status: true, golongan: true, tmtGolongan: true, tanggalLahir: true, jenisKelamin: true, aktif: true },
    }),
    db.penugasanJabatan.findMany({
      where: { jenis: "DEFINITIF", tmtSelesai: null, pegawai: { instansiId } },
      select: { id: true, pegawaiId: true, jabatanId: true, tmtMulai: true },
      orderBy: [{ tmtMulai: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  // Yang TMT-nya paling akhir menang (urutan naik: yang terakhir menimpa).
  const kini = new Map(definitif.map((p) => [p.pegawaiId, { id: p.id, jabatanId: p.jabatanId, tmtMulai: p.tmtMulai }]));
  return { instansiId, unit, jabatan, pegawai: pegawai.map((p) => ({ ...p, definitif: kini.get(p.id) ?? null })) };
}

const uuidArr = (xs: (string | null)[]) => Prisma.sql`${xs}::uuid[]`;
const teksArr = (xs: (string | null)[]) => Prisma.sql`${xs}::text[]`;
const tglArr = (xs: (Date | null)[]) => Prisma.sql`${xs.map((d) => (d ? d.toISOString().slice(0, 10) : null))}::date[]`;

function potong<T>(xs: T[]): T[][] {
  const hasil: T[][] = [];
  for (let i = 0; i < xs.length; i += POTONGAN) hasil.push(xs.slice(i, i + POTONGAN));
  return hasil;
}

/** Menulis seluruh rencana dengan tulisan massal; induk lebih dulu (urutan dari rencana). */
async function tulisRencana(tx: Tx, instansiId: string, t: Tulisan, kemajuan: Kemajuan) {
  const total = jumlahTulisan(t);
  let selesai = 0;
  const maju = (n: number) => {
    selesai += n;
    kemajuan({ fase: "menerapkan", selesai, total });
  };
  for (const p of potong(t.unitBaru)) {
    await tx.unitKerja.createMany({ data: p.map((u) => ({ id: u.id, instansiId, kode: u.kode, nama: u.nama, jenis: u.jenis, parentId: u.parentId })) });
    maju(p.length);
  }
  for (const p of potong(t.jabatanBaru)) {
    await tx.jabatan.createMany({ data: p.map((j) => ({ id: j.id, instansiId, kode: j.kode, nama: j.nama, jenis: j.jenis, eselon: j.eselon, unitKerjaId: j.unitKerjaId, parentId: j.parentId })) });
    maju(p.length);
  }
  for (const p of potong(t.unitUbah)) {
    await tx.$executeRaw`
      UPDATE unit_kerja u SET nama = v.nama, jenis = v.jenis::"JenisUnitKerja", parent_id = v.parent_id
      FROM unnest(${uuidArr(p.map((u) => u.id))}, ${teksArr(p.map((u) => u.nama))}, ${teksArr(p.map((u) => u.jenis))}, ${uuidArr(p.map((u) => u.parentId))}) AS v(id, nama, jenis, parent_id)
      WHERE u.id = v.id AND u.instansi_id = ${instansiId}::uuid`;
    maju(p.length);
  }
  for (const p of potong(t.jabatanUbah)) {
    await tx.$executeRaw`
      UPDATE jabatan j SET kode = v.kode, nama = v.nama, jenis = v.jenis::"JenisJabatan", eselon = v.eselon, unit_kerja_id = v.unit_kerja_id, parent_id = v.parent_id
      FROM unnest(${uuidArr(p.map((j) => j.id))}, ${teksArr(p.map((j) => j.kode))}, ${teksArr(p.map((j) => j.nama))}, ${teksArr(p.map((j) => j.jenis))},
                  ${teksArr(p.map((j) => j.eselon))}, ${uuidArr(p.map((j) => j.unitKerjaId))}, ${uuidArr(p.map((j) => j.parentId))})
           AS v(id, kode, nama, jenis, eselon, unit_kerja_id, parent_id)
      WHERE j.id = v.id AND j.instansi_id = ${instansiId}::uuid`;
    maju(p.length);
  }
  for (const p of potong(t.pegawaiBaru)) {
    await tx.pegawai.createMany({ data: p.map((x) => ({ ...x, instansiId })) });
    maju(p.length);
  }
  for (const p of potong(t.pegawaiUbah)) {
    await tx.$executeRaw`
      UPDATE pegawai g SET nama = v.nama, gelar_depan = v.gelar_depan, gelar_belakang = v.gelar_belakang, status = v.status::"StatusKepegawaian",
             golongan = v.golongan, tmt_golongan = v.tmt_golongan, tanggal_lahir = v.tanggal_lahir, jenis_kelamin = v.jenis_kelamin::"JenisKelamin", updated_at = now()
      FROM unnest(${uuidArr(p.map((x) => x.id))}, ${teksArr(p.map((x) => x.nama))}, ${teksArr(p.map((x) => x.gelarDepan))}, ${teksArr(p.map((x) => x.gelarBelakang))},
                  ${teksArr(p.map((x) => x.status))}, ${teksArr(p.map((x) => x.golongan))}, ${tglArr(p.map((x) => x.tmtGolongan))}, ${tglArr(p.map((x) => x.tanggalLahir))},
                  ${teksArr(p.map((x) => x.jenisKelamin))})
           AS v(id, nama, gelar_depan, gelar_belakang, status, golongan, tmt_golongan, tanggal_lahir, jenis_kelamin)
      WHERE g.id = v.id AND g.instansi_id = ${instansiId}::uuid`;
    maju(p.length);
  }
  for (const p of potong(t.penugasanTutup)) {
    await tx.$executeRaw`
      UPDATE penugasan_jabatan s SET tmt_selesai = v.tmt_selesai
      FROM unnest(${uuidArr(p.map((x) => x.id))}, ${tglArr(p.map((x) => x.tmtSelesai))}) AS v(id, tmt_selesai)
      WHERE s.id = v.id AND s.tmt_selesai IS NULL`;
    maju(p.length);
  }
  for (const p of potong(t.penugasanBaru)) {
    await tx.penugasanJabatan.createMany({ data: p.map((x) => ({ ...x, jenis: "DEFINITIF" as const })) });
    maju(p.length);
  }
}

function laporanDari(nama: string, format: "xlsx" | "csv", lengkap: boolean, r: Rencana): LaporanImpor {
  return { berkas: nama, format, lengkap, jumlahBaris: r.laporan.length, jumlah: r.jumlah, adaGalat: r.adaGalat, tulisan: jumlahTulisan(r.tulisan), baris: r.laporan, tidakAdaDiBerkas: r.tidakAdaDiBerkas };
}

/** Galat di dalam transaksi penerapan yang membatalkan semuanya dengan laporan (bukan galat tak terduga). */
class ImporDitolak extends Error {
  constructor(readonly laporan: LaporanImpor) {
    super("impor ditolak");
  }
}

/**
 * Uji coba (`terapkan: false`): laporan per baris, tanpa menulis apa pun. Penerapan: hanya bila tidak ada baris
 * bergalat, semuanya dalam satu transaksi bersama baris audit; tanpa perubahan → tidak ada tulisan (juga tanpa audit).
 * `opsi.sebelumAudit` hanya untuk uji (galat di tengah penerapan → semuanya batal).
 */
export async function prosesImpor(aktor: Aktor, m: MasukanImpor, kemajuan: Kemajuan = () => undefined, opsi: { sebelumAudit?: () => Promise<void> } = {}): Promise<HasilImpor> {
  if (!(await bolehImpor(aktor, m.instansiId))) return gagal(PESAN_TIDAK_BERWENANG);
  kemajuan({ fase: "membaca", selesai: 0, total: m.bytes.byteLength });
  const baca = await bacaBerkasImpor(m.nama, m.bytes);
  if (!baca.ok) return gagal(baca.pesan);
  kemajuan({ fase: "membaca", selesai: m.bytes.byteLength, total: m.bytes.byteLength });
  const hari = hariIni();
  // Per 1.000 baris, memberi giliran ke event loop agar kemajuan benar-benar terkirim selama pemeriksaan.
  const valid: BarisValid[] = [];
  const n = baca.tabel.baris.length;
  for (let i = 0; i < n; i += 1000) {
    valid.push(...validasiTabel({ kolom: baca.tabel.kolom, baris: baca.tabel.baris.slice(i, i + 1000) }, hari));
    kemajuan({ fase: "memeriksa", selesai: Math.min(i + 1000, n), total: n });
    await new Promise((r) => setImmediate(r));
  }
  const nip = [...new Set(valid.flatMap((b) => (b.nip && /^\d{18}$/.test(b.nip) ? [b.nip] : [])))];
  const rencanakan = (potret: Potret) => rencanakanImpor(valid, potret, { lengkap: m.lengkap, buatId: randomUUID });

  if (!m.terapkan) {
    kemajuan({ fase: "membandingkan", selesai: 0, total: 1 });
    const r = rencanakan(await muatPotret(prisma, m.instansiId, nip));
    kemajuan({ fase: "membandingkan", selesai: 1, total: 1 });
    return { ok: true, data: { diterapkan: false, laporan: laporanDari(m.nama, baca.tabel.format, m.lengkap, r) } };
  }

  try {
    const laporan = await prisma.$transaction(async (tx) => {
      // Satu impor per instansi pada satu waktu; potret dibaca di dalam transaksi yang sama dengan tulisannya.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`impor-organisasi:${m.instansiId}`}))`;
      kemajuan({ fase: "membandingkan", selesai: 0, total: 1 });
      const r = rencanakan(await muatPotret(tx, m.instansiId, nip));
      kemajuan({ fase: "membandingkan", selesai: 1, total: 1 });
      const lap = laporanDari(m.nama, baca.tabel.format, m.lengkap, r);
      if (r.adaGalat) throw new ImporDitolak(lap);
      if (lap.tulisan === 0) return lap;
      await tulisRencana(tx, m.instansiId, r.tulisan, kemajuan);
      await opsi.sebelumAudit?.();
      await catatAudit(tx, {
        penggunaId: aktor.penggunaId,
        aksi: AKSI_AUDIT_IMPOR,
        entitas: "Instansi",
        entitasId: m.instansiId,
        data: {
          berkas: m.nama.slice(0, 200),
          sha256: createHash("sha256").update(m.bytes).digest("hex"),
          format: baca.tabel.format,
          lengkap: m.lengkap,
          jumlahBaris: lap.jumlahBaris,
          tulisan: lap.tulisan,
          jumlah: r.jumlah,
          tidakAdaDiBerkas: r.tidakAdaDiBerkas?.length ?? null,
        } as Prisma.InputJsonValue,
      });
      return lap;
    }, OPSI_TRANSAKSI);
    return { ok: true, data: { diterapkan: laporan.tulisan > 0, laporan }, pesan: laporan.tulisan > 0 ? "Impor diterapkan." : "Tidak ada perubahan: data portal sudah sama dengan berkas." };
  } catch (e) {
    if (e instanceof ImporDitolak) {
      return { ok: false, pesan: `Impor tidak diterapkan: ${e.laporan.jumlah.baris.GALAT} baris bergalat. Perbaiki berkas lalu periksa ulang; tidak ada yang diubah.`, laporan: e.laporan };
    }
    throw e;
  }
}
