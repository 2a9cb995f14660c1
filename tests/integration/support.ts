import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";
import { DEMO_PEGAWAI, nipDemo } from "@/prisma/demo-data";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";

/** Basis data kosong baru di klaster uji (belum dimigrasikan). */
export async function buatDatabaseKosong(): Promise<string> {
  const nama = `kosong_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE "${nama}"`);
  } finally {
    await c.end();
  }
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${nama}`;
  return url.toString();
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

/** Tahun kinerja berjalan (WIB), sama dengan yang dipakai aplikasi. */
export const TAHUN = tahunKinerjaSekarang();

/** Mengisi data demo ke basis data uji berkas ini; mengembalikan klien dan pencari id pegawai per kunci demo. */
export async function siapkanDemo(): Promise<{ prisma: PrismaClient; instansiId: string; pegawaiId: (key: string) => string; nip: (key: string) => string }> {
  const prisma = createPrismaClient(process.env.DATABASE_URL!, { max: 3 });
  const h = await seedDemo(prisma, { tahun: TAHUN });
  const rows = await prisma.pegawai.findMany({ where: { instansiId: h.instansiId }, select: { id: true, nip: true } });
  const idPerNip = new Map(rows.map((r) => [r.nip, r.id]));
  const nip = (key: string) => {
    const i = DEMO_PEGAWAI.findIndex((p) => p.key === key);
    if (i < 0) throw new Error(`pegawai demo ${key} tidak ada`);
    return nipDemo(DEMO_PEGAWAI[i]!, i + 1);
  };
  return {
    prisma,
    instansiId: h.instansiId,
    nip,
    pegawaiId: (key) => {
      const id = idPerNip.get(nip(key));
      if (!id) throw new Error(`pegawai demo ${key} tidak ada di basis data`);
      return id;
    },
  };
}

/** Aktor (seperti dimuat dari sesi) untuk pegawai demo dengan kunci tertentu. */
export async function aktorDemo(demo: { prisma: PrismaClient; pegawaiId: (key: string) => string }, key: string) {
  const { muatAktor } = await import("@/lib/auth/aktor");
  const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(key) }, select: { id: true } });
  const a = await muatAktor(p.id);
  if (!a) throw new Error(`aktor ${key} tidak dapat dimuat`);
  return a;
}

/** Templat Excel rencana aksi untuk SKP itu (seperti yang diunduh pegawai), diisi baris-baris mulai di bawah judul kolom. */
export async function isiTemplatRencanaAksi(skpId: string, baris: (string | number | null)[][], ubahHeader?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const { kodeRhkSkp } = await import("@/lib/pelaksanaan/layanan");
  const { buatTemplatRencanaAksi } = await import("@/lib/pelaksanaan/excel");
  const kode = await kodeRhkSkp(skpId);
  const t = await buatTemplatRencanaAksi({ namaPegawai: "Pegawai Uji", nip: "x", periodeLabel: "Triwulan II", tahun: TAHUN, rhk: kode.map((k) => ({ kode: k.kode, teks: k.teks, jenis: k.jenis })) });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(t) as never);
  const ws = wb.getWorksheet("Rencana Aksi")!;
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.values && JSON.stringify(row.values).includes("Uraian Rencana Aksi")) header = n;
  });
  baris.forEach((b, i) => (ws.getRow(header + 1 + i).values = b));
  ubahHeader?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Jumlah kueri SQL satu panggilan `f` sesudah satu panggilan pemanasan (cache per proses terisi). Berkas uji harus
 * memasang process.env.SKP_HITUNG_KUERI = "1" sebelum modul basis data dimuat.
 */
export async function hitungKueri(f: () => Promise<unknown>): Promise<number> {
  const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
  await f();
  resetKueri();
  await f();
  return jumlahKueri();
}
