// Cadangan → hapus → pulihkan pada PostgreSQL sungguhan: setiap tabel sama baris demi baris (md5 atas seluruh baris
// terurut), setiap berkas sama (sha256), urutan id berlanjut; arsip yang diubah satu byte ditolak tanpa mengubah apa pun.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buatCadangan, pulihkanCadangan, type Manifest } from "@/lib/cadangan";
import { migrate } from "@/lib/db/migrator";
import { getPelaksanaan } from "@/lib/pelaksanaan/baca";
import { simpanRencanaAksi, unggahBukti } from "@/lib/pelaksanaan/layanan";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { PenyimpananLokal } from "@/lib/penyimpanan";
import { aktorDemo, buatDatabaseKosong, siapkanDemo, sql } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let tmp = "";
const PDF = (n: number) => new TextEncoder().encode(`%PDF-1.4\n% bukti ${n}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

// versi_cache tidak dicadangkan (lib/cadangan: dibuat migrasi, diganti trigger saat data dipulihkan).
async function tabelApp(url: string): Promise<string[]> {
  const r = await sql<{ relname: string }>(url, `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT IN ('_prisma_migrations', 'versi_cache') ORDER BY 1`);
  return r.map((x) => x.relname);
}

/** Sidik setiap tabel: jumlah baris dan md5 atas semua baris (sebagai teks) yang diurutkan. */
async function sidik(url: string): Promise<Record<string, { n: number; md5: string | null }>> {
  const out: Record<string, { n: number; md5: string | null }> = {};
  for (const t of await tabelApp(url)) {
    const [r] = await sql<{ n: string; md5: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS md5 FROM "${t}" t`);
    out[t] = { n: Number(r!.n), md5: r!.md5 };
  }
  return out;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "skp-cadangan-uji-"));
  demo = await siapkanDemo();
  // Beberapa bukti lewat jalur unggah sungguhan (antarmuka penyimpanan) agar ada baris dan berkas yang saling merujuk.
  const joko = await aktorDemo(demo, "joko");
  const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("joko"), status: "DISETUJUI" }, select: { id: true, rhk: { select: { id: true }, take: 1 } } });
  const d = (await getPelaksanaan(joko, skp.id, "TW1"))!;
  const tw1 = d.periode.find((p) => p.kode === "TW1")!.id;
  const ra = await simpanRencanaAksi(joko, { skpId: skp.id, periodeId: tw1, rhkId: skp.rhk[0]!.id, uraian: "Rencana aksi untuk uji cadangan" });
  if (!ra.ok) throw new Error(ra.pesan);
  for (let i = 0; i < 5; i++) {
    const u = await unggahBukti(joko, { skpId: skp.id, rencanaAksiId: ra.data.id, nama: `bukti-${i}.pdf`, bytes: PDF(i) });
    if (!u.ok) throw new Error(u.pesan);
  }
});

afterAll(async () => {
  await demo?.prisma.$disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("cadangan dan pemulihan", () => {
  let arsip = "";
  let arsipTar = "";
  let manifest: Manifest;

  it("mencadangkan, lalu memulihkan ke basis data dan folder kosong: semua tabel dan berkas sama", async () => {
    const url = process.env.DATABASE_URL!;
    arsip = path.join(tmp, "cadangan.tar.gz");
    const b = await buatCadangan({ url, penyimpanan: penyimpanan(), keluar: arsip });
    manifest = b.manifest;
    expect(manifest.migrasi.daftar.length).toBeGreaterThan(0);
    expect(manifest.berkas.length).toBe(5);
    expect(manifest.berkasHilang).toEqual([]);
    expect(manifest.tabel.map((t) => t.nama)).toContain("jejak_audit");
    // Urutan dependensi: yang dirujuk lebih dulu.
    const urut = manifest.tabel.map((t) => t.nama);
    expect(urut.indexOf("instansi")).toBeLessThan(urut.indexOf("pegawai"));
    expect(urut.indexOf("rencana_aksi")).toBeLessThan(urut.indexOf("bukti_dukung"));

    const sebelum = await sidik(url);
    const urlBaru = await buatDatabaseKosong();
    await migrate(urlBaru);
    const folderBaru = new PenyimpananLokal(path.join(tmp, "berkas-baru"));
    const p = await pulihkanCadangan({ url: urlBaru, penyimpanan: folderBaru, berkas: arsip });
    const sesudah = await sidik(urlBaru);
    expect(sesudah).toEqual(sebelum);
    for (const f of manifest.berkas) {
      const isi = await folderBaru.baca(f.kunci);
      expect(isi, f.kunci).not.toBeNull();
      expect(createHash("sha256").update(isi!).digest("hex")).toBe(f.sha256);
    }
    // Urutan id dilanjutkan: baris audit baru mendapat id di atas yang dipulihkan; append-only tetap berlaku.
    const [maks] = await sql<{ m: string }>(urlBaru, `SELECT max(id)::text AS m FROM jejak_audit`);
    const [baru] = await sql<{ id: string }>(urlBaru, `INSERT INTO jejak_audit (aksi, entitas) VALUES ('UJI', 'uji') RETURNING id::text`);
    expect(BigInt(baru!.id)).toBeGreaterThan(BigInt(maks!.m));
    await expect(sql(urlBaru, `DELETE FROM jejak_audit WHERE id = $1`, [baru!.id])).rejects.toThrow();
    // Kunci asing terpasang kembali.
    const [fk] = await sql<{ n: string }>(urlBaru, `SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`);
    const [fkAsal] = await sql<{ n: string }>(url, `SELECT count(*) AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`);
    expect(fk!.n).toBe(fkAsal!.n);

    const baris = Object.values(sebelum).reduce((a, t) => a + t.n, 0);
    console.log(
      `[cadangan] pulang-pergi: ${Object.keys(sebelum).length} tabel, ${baris} baris, ${manifest.berkas.length} berkas; ` +
        `cadangan ${b.ms} ms (${b.ukuran} byte .tar.gz), pulihkan ${p.ms} ms`,
    );

    // Basis data tujuan yang tidak kosong ditolak.
    await expect(pulihkanCadangan({ url: urlBaru, penyimpanan: new PenyimpananLokal(path.join(tmp, "lain")), berkas: arsip })).rejects.toThrow(/tidak kosong/);
  });

  it("menolak versi migrasi yang berbeda", async () => {
    const urlBaru = await buatDatabaseKosong();
    await migrate(urlBaru);
    await sql(urlBaru, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`);
    await expect(pulihkanCadangan({ url: urlBaru, penyimpanan: new PenyimpananLokal(path.join(tmp, "versi")), berkas: arsip })).rejects.toThrow(/Versi migrasi berbeda/);
  });

  it("menolak arsip yang diubah satu byte; basis data dan folder tujuan tetap kosong", async () => {
    arsipTar = path.join(tmp, "cadangan.tar");
    await buatCadangan({ url: process.env.DATABASE_URL!, penyimpanan: penyimpanan(), keluar: arsipTar });
    const isi = await readFile(arsipTar);
    // Satu byte di tengah data tabel pegawai (bukan di header tar).
    const awal = isi.indexOf(Buffer.from("Kabupaten Lembah Sejahtera"));
    expect(awal).toBeGreaterThan(0);
    isi[awal + 3] = isi[awal + 3]! ^ 0x01;
    const rusak = path.join(tmp, "rusak.tar");
    await writeFile(rusak, isi);
    const urlBaru = await buatDatabaseKosong();
    await migrate(urlBaru);
    const folder = new PenyimpananLokal(path.join(tmp, "berkas-rusak"));
    await expect(pulihkanCadangan({ url: urlBaru, penyimpanan: folder, berkas: rusak })).rejects.toThrow(/Checksum .* tidak cocok/);
    const s = await sidik(urlBaru);
    expect(Object.values(s).every((t) => t.n === 0)).toBe(true);
    for (const f of manifest.berkas) expect(await folder.ada(f.kunci)).toBe(false);

    // Satu byte di berkas bukti pada .tar.gz: gzip/CRC atau checksum menolak.
    const gz = await readFile(arsip);
    gz[Math.floor(gz.length / 2)] = gz[Math.floor(gz.length / 2)]! ^ 0x01;
    const rusakGz = path.join(tmp, "rusak.tar.gz");
    await writeFile(rusakGz, gz);
    await expect(pulihkanCadangan({ url: urlBaru, penyimpanan: folder, berkas: rusakGz })).rejects.toThrow(/rusak|tidak cocok/);
  });
});
