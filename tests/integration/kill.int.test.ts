// Uji bunuh: proses anak Node (tests/support/anak-kill.ts) memanggil fungsi layanan yang sama dengan server — impor
// Excel dengan simpan, setujui sekaligus, unggah bukti — terhadap basis data uji dan di-SIGKILL di tengah jalan.
// Agar "di tengah" pasti, induk menahan kunci (LOCK TABLE jejak_audit / SELECT … FOR UPDATE) sehingga transaksi anak
// berhenti setelah menulis sebagian, menunggu sampai anak benar-benar menunggu kunci itu (pg_stat_activity), lalu
// SIGKILL. Sesudahnya: tidak ada yang setengah jadi, dan semua yang dilaporkan tersimpan memang ada.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPelaksanaan } from "@/lib/pelaksanaan/baca";
import { kodeRhkSkp, simpanRencanaAksi } from "@/lib/pelaksanaan/layanan";
import { sapuSemua } from "@/lib/pelaksanaan/penyapu";
import { PenyimpananLokal } from "@/lib/penyimpanan";
import { aktorDemo, isiTemplatRencanaAksi, siapkanDemo } from "./support";

const APP = "skp-anak-kill";
const akar = path.resolve(import.meta.dirname, "..", "..");
let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let tmp = "";
let folder = "";
let joko = { penggunaId: "", skpId: "", tw1: "", tw2: "", raId: "" };

type Anak = { proses: ChildProcess; baris: Record<string, unknown>[]; selesai: Promise<number | null> };

function jalankanAnak(mode: string, arg: Record<string, unknown>): Anak {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", APP);
  const proses = spawn(
    process.execPath,
    // Satu proses (tsx sebagai loader, bukan CLI yang membuat proses cucu): SIGKILL mengenai proses yang bekerja.
    ["--conditions=react-server", "--import", "tsx", path.join(akar, "tests", "support", "anak-kill.ts"), mode, JSON.stringify(arg)],
    { cwd: akar, env: { ...process.env, DATABASE_URL: url.toString(), SKP_FOLDER_BERKAS: folder, SKP_SAPU_MENIT: "0" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const baris: Record<string, unknown>[] = [];
  let sisa = "";
  proses.stdout!.on("data", (b: Buffer) => {
    sisa += b.toString();
    const p = sisa.split("\n");
    sisa = p.pop()!;
    for (const l of p) if (l.startsWith("{")) baris.push(JSON.parse(l));
  });
  let err = "";
  proses.stderr!.on("data", (b: Buffer) => (err += b.toString()));
  const selesai = new Promise<number | null>((r) => proses.once("exit", (c) => {
    if (c) console.error(`[kill] anak ${mode} keluar ${c}: ${err.slice(-2000)}`);
    r(c);
  }));
  return { proses, baris, selesai };
}

async function tunggu(cek: () => Promise<boolean> | boolean, ms = 30_000, apa = "kondisi") {
  const batas = Date.now() + ms;
  while (Date.now() < batas) {
    if (await cek()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`menunggu ${apa} terlalu lama`);
}

async function klien(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  return c;
}

/** Anak sedang menunggu kunci yang ditahan induk (di dalam transaksinya, setelah menulis sebagian). */
async function anakMenungguKunci(c: pg.Client): Promise<boolean> {
  const r = await c.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`, [APP]);
  return (r.rowCount ?? 0) > 0;
}

/** SIGKILL anak saat menunggu kunci, lalu lepaskan kunci dan tunggu sampai koneksi anak hilang (transaksinya batal). */
async function bunuhSaatMenunggu(anak: Anak, c: pg.Client, penahan: pg.Client) {
  await tunggu(() => anakMenungguKunci(c), 30_000, "anak menunggu kunci");
  anak.proses.kill("SIGKILL");
  await anak.selesai;
  await penahan.query("ROLLBACK");
  await tunggu(async () => ((await c.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1`, [APP])).rowCount ?? 0) === 0, 30_000, "koneksi anak berakhir");
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "skp-kill-"));
  folder = path.join(tmp, "berkas");
  demo = await siapkanDemo();
  const a = await aktorDemo(demo, "joko");
  const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("joko"), status: "DISETUJUI" }, select: { id: true, rhk: { select: { id: true }, take: 1 } } });
  const d = (await getPelaksanaan(a, skp.id, "TW1"))!;
  const tw1 = d.periode.find((p) => p.kode === "TW1")!.id;
  const tw2 = d.periode.find((p) => p.kode === "TW2")!.id;
  const ra = await simpanRencanaAksi(a, { skpId: skp.id, periodeId: tw1, rhkId: skp.rhk[0]!.id, uraian: "Rencana aksi uji bunuh" });
  if (!ra.ok) throw new Error(ra.pesan);
  joko = { penggunaId: a.penggunaId, skpId: skp.id, tw1, tw2, raId: ra.data.id };
});

afterAll(async () => {
  await demo?.prisma.$disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("SIGKILL di tengah penyimpanan", () => {
  it("impor Excel (simpan): semua baris atau tidak sama sekali", async () => {
    const kode = await kodeRhkSkp(joko.skpId);
    const N = 60;
    const xlsx = path.join(tmp, "impor.xlsx");
    await writeFile(xlsx, await isiTemplatRencanaAksi(joko.skpId, Array.from({ length: N }, (_, i) => [kode[0]!.kode, `Rencana aksi impor nomor ${i + 1}`, 1, "dokumen"])));
    const hitung = () => demo.prisma.rencanaAksi.count({ where: { periodeEvaluasiId: joko.tw2 } });
    const auditImpor = () => demo.prisma.jejakAudit.count({ where: { aksi: "RENCANA_AKSI_DIIMPOR" } });
    const sebelum = await hitung();
    const auditSebelum = await auditImpor();

    const c = await klien();
    const penahan = await klien();
    try {
      await penahan.query("BEGIN");
      await penahan.query("LOCK TABLE jejak_audit IN EXCLUSIVE MODE");
      const anak = jalankanAnak("impor", { penggunaId: joko.penggunaId, skpId: joko.skpId, periodeId: joko.tw2, xlsx });
      await bunuhSaatMenunggu(anak, c, penahan);
      expect(anak.baris.some((b) => "ok" in b)).toBe(false);
      expect(await hitung()).toBe(sebelum);
      expect(await auditImpor()).toBe(auditSebelum);

      // Tanpa gangguan: seluruh batch tersimpan dengan satu baris audit.
      const ulang = jalankanAnak("impor", { penggunaId: joko.penggunaId, skpId: joko.skpId, periodeId: joko.tw2, xlsx });
      expect(await ulang.selesai).toBe(0);
      expect(ulang.baris.at(-1)).toMatchObject({ ok: true });
      expect(await hitung()).toBe(sebelum + N);
      expect(await auditImpor()).toBe(auditSebelum + 1);
      console.log(`[kill] impor: dibunuh di tengah → 0 dari ${N} baris; diulang → ${N} baris`);
    } finally {
      await c.end();
      await penahan.end();
    }
  });

  it("setujui sekaligus: tiap SKP disetujui lengkap dengan auditnya atau tidak tersentuh", async () => {
    // Tiga SKP bawahan satu pejabat penilai dikembalikan ke DIAJUKAN.
    // (SKP Joko tidak ikut: uji unggah di bawah memerlukannya tetap disetujui.)
    const bukanJoko = { status: "DISETUJUI" as const, revisiDariId: null, id: { not: joko.skpId } };
    const g = await demo.prisma.skp.groupBy({ by: ["penilaiPegawaiId"], where: { ...bukanJoko, penilaiPegawaiId: { not: null } }, _count: { _all: true } });
    const penilai = g.find((x) => x._count._all >= 3)!.penilaiPegawaiId!;
    const skp = (await demo.prisma.skp.findMany({ where: { ...bukanJoko, penilaiPegawaiId: penilai }, select: { id: true }, orderBy: { id: "asc" }, take: 3 })).map((s) => s.id);
    await demo.prisma.skp.updateMany({ where: { id: { in: skp } }, data: { status: "DIAJUKAN", diajukanAt: new Date(), disetujuiAt: null } });
    const pengguna = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: penilai }, select: { id: true } });
    const maksAudit = (await demo.prisma.jejakAudit.aggregate({ _max: { id: true } }))._max.id ?? 0n;

    const c = await klien();
    const penahan = await klien();
    try {
      await penahan.query("BEGIN");
      await penahan.query("SELECT 1 FROM skp WHERE id = $1 FOR UPDATE", [skp[1]]);
      const anak = jalankanAnak("setuju", { penggunaId: pengguna.id, skpId: skp });
      await bunuhSaatMenunggu(anak, c, penahan);
      const status = await demo.prisma.skp.findMany({ where: { id: { in: skp } }, select: { id: true, status: true, disetujuiAt: true } });
      const audit = await demo.prisma.jejakAudit.findMany({ where: { id: { gt: maksAudit }, entitas: "Skp" }, select: { entitasId: true, aksi: true } });
      for (const s of status) {
        const a = audit.filter((x) => x.entitasId === s.id);
        if (s.status === "DISETUJUI") {
          expect(s.disetujuiAt).not.toBeNull();
          expect(a.map((x) => x.aksi)).toEqual(["SKP_DISETUJUI"]);
        } else {
          expect(s.status).toBe("DIAJUKAN");
          expect(s.disetujuiAt).toBeNull();
          expect(a).toEqual([]);
        }
      }
      const byId = new Map(status.map((s) => [s.id, s.status]));
      // Yang pertama selesai sebelum kunci; yang kedua (terkunci) dan ketiga tidak tersentuh.
      expect([byId.get(skp[0]!), byId.get(skp[1]!), byId.get(skp[2]!)]).toEqual(["DISETUJUI", "DIAJUKAN", "DIAJUKAN"]);
      console.log(`[kill] setujui sekaligus: 1 dari 3 SKP disetujui dengan audit, 2 tidak tersentuh`);
    } finally {
      await c.end();
      await penahan.end();
    }
  });

  it("unggah bukti: yang dilaporkan tersimpan ada lengkap; sisa hanya MENGUNGGAH + berkas, dibersihkan penyapu", async () => {
    const simpan = new PenyimpananLokal(folder);
    const c = await klien();
    const penahan = await klien();
    let dilaporkan: string[] = [];
    try {
      const anak = jalankanAnak("unggah", { penggunaId: joko.penggunaId, skpId: joko.skpId, rencanaAksiId: joko.raId });
      await tunggu(() => {
        const gagal = anak.baris.find((b) => b.ok === false);
        if (gagal) throw new Error(`unggahan ditolak: ${String(gagal.pesan)}`);
        return anak.baris.filter((b) => b.ok === true).length >= 2;
      }, 30_000, "dua unggahan berhasil");
      await penahan.query("BEGIN");
      await penahan.query("LOCK TABLE jejak_audit IN EXCLUSIVE MODE");
      await bunuhSaatMenunggu(anak, c, penahan);
      dilaporkan = anak.baris.filter((b) => b.ok === true).map((b) => b.id as string);
      expect(anak.baris.some((b) => b.ok === false)).toBe(false);
    } finally {
      await c.end();
      await penahan.end();
    }
    const periksaSiap = async () => {
      const siap = await demo.prisma.buktiDukung.findMany({ where: { rencanaAksiId: joko.raId, status: "SIAP" }, select: { id: true, kunci: true, sha256: true } });
      for (const b of siap) {
        const isi = await simpan.baca(b.kunci!);
        expect(isi, `berkas ${b.kunci} untuk baris SIAP`).not.toBeNull();
        expect(createHash("sha256").update(isi!).digest("hex")).toBe(b.sha256);
      }
      return siap.map((b) => b.id);
    };
    const siap = await periksaSiap();
    expect(dilaporkan.length).toBeGreaterThanOrEqual(2);
    for (const id of dilaporkan) expect(siap).toContain(id);
    const macet = await demo.prisma.buktiDukung.findMany({ where: { rencanaAksiId: joko.raId, status: "MENGUNGGAH" }, select: { kunci: true } });
    expect(macet.length).toBe(1);

    // Penyapu (seolah dua jam kemudian) menghapus sisa; yang SIAP tetap ada.
    const h = await sapuSemua({ prisma: demo.prisma, penyimpanan: simpan, sekarang: new Date(Date.now() + 2 * 60 * 60 * 1000) });
    expect(h.unggahanMacet).toBe(1);
    expect(await demo.prisma.buktiDukung.count({ where: { status: "MENGUNGGAH" } })).toBe(0);
    expect((await periksaSiap()).sort()).toEqual(siap.sort());
    const dirujuk = new Set((await demo.prisma.buktiDukung.findMany({ where: { kunci: { not: null } }, select: { kunci: true } })).map((b) => b.kunci));
    for await (const o of simpan.daftar("bukti/")) expect(dirujuk.has(o.kunci), `berkas ${o.kunci} tanpa baris`).toBe(true);
    console.log(`[kill] unggah: ${dilaporkan.length} dilaporkan tersimpan dan ada; 1 unggahan setengah jalan dibersihkan penyapu`);
  });
});
