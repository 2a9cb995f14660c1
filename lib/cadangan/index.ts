// Cadangan dan pemulihan: SATU arsip tar (boleh .tar.gz) berisi basis data (COPY per tabel dari satu snapshot),
// berkas bukti dukung (dibaca/ditulis lewat antarmuka Penyimpanan, jadi lokal maupun S3), manifest.json dan SHA256SUMS.
// Tanpa "server-only" dan tanpa Prisma: dipakai oleh scripts/cadangan.ts dan uji integrasi.
//
// Isi arsip (urutan):
//   db/001-<tabel>.copy …   COPY … TO STDOUT (format teks), urutan dependensi kunci asing
//   berkas/<kunci> …         isi berkas bukti dukung berstatus SIAP yang dirujuk snapshot
//   manifest.json            lihat tipe Manifest
//   SHA256SUMS               format `sha256sum -c` untuk semua entri di atas (termasuk manifest.json)
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import tar from "tar-stream";
import { kunciSah, type Penyimpanan } from "../penyimpanan";

export const FORMAT = "skp-cadangan";
export const VERSI_FORMAT = 1;

export type EntriTabel = { nama: string; kolom: string[]; baris: number; entri: string; ukuran: number; sha256: string };
export type EntriBerkas = { kunci: string; mime: string | null; entri: string; ukuran: number; sha256: string };

export type Manifest = {
  format: typeof FORMAT;
  versiFormat: number;
  dibuat: string;
  aplikasi: { nama: string; versi: string };
  postgres: string;
  /** Migrasi yang sudah diterapkan (tabel _prisma_migrations), urut nama; basis data tujuan harus sama persis. */
  migrasi: { terakhir: string | null; daftar: string[] };
  penyimpanan: string;
  tabel: EntriTabel[];
  berkas: EntriBerkas[];
  /** Berkas yang dirujuk basis data tetapi tidak ada di penyimpanan saat dicadangkan (mis. dihapus bersamaan). */
  berkasHilang: string[];
  jumlah: { tabel: number; baris: number; berkas: number; byteBerkas: number };
};

export class GalatCadangan extends Error {}

type Log = (s: string) => void;

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

function versiAplikasi(): { nama: string; versi: string } {
  try {
    // package.json di akar proyek (dua tingkat di atas lib/cadangan).
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "package.json"), "utf8")) as { name?: string; version?: string };
    return { nama: pkg.name ?? "skp-portal", versi: pkg.version ?? "0.0.0" };
  } catch {
    return { nama: "skp-portal", versi: "tidak diketahui" };
  }
}

/** Transform yang menghitung sha256, ukuran dan jumlah baris (akhir baris) dari aliran yang lewat. */
class Penghitung extends Transform {
  readonly hash = createHash("sha256");
  ukuran = 0;
  baris = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: () => void) {
    this.hash.update(chunk);
    this.ukuran += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) this.baris++;
    this.push(chunk);
    cb();
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

// ─── Katalog basis data ───────────────────────────────────────────────────────────────────────

async function migrasiTerapan(c: pg.Client): Promise<string[]> {
  const ada = await c.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS ada`);
  if (!ada.rows[0].ada) return [];
  const r = await c.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return r.rows.map((x) => x.migration_name);
}

/**
 * Tabel aplikasi (skema saat ini) dalam urutan dependensi: yang dirujuk lebih dulu. Tanpa _prisma_migrations dan
 * versi_cache (versi cache organisasi: dibuat oleh migrasi dan diganti trigger saat data dipulihkan).
 */
async function tabelUrutDependensi(c: pg.Client): Promise<string[]> {
  const t = await c.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND c.relname NOT IN ('_prisma_migrations', 'versi_cache') ORDER BY c.relname`,
  );
  const fk = await c.query<{ anak: string; induk: string }>(
    `SELECT ca.relname AS anak, ci.relname AS induk FROM pg_constraint k
     JOIN pg_class ca ON ca.oid = k.conrelid JOIN pg_class ci ON ci.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = ca.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const nama = t.rows.map((r) => r.relname);
  const induk = new Map(nama.map((n) => [n, new Set<string>()]));
  for (const r of fk.rows) if (r.anak !== r.induk && induk.has(r.induk)) induk.get(r.anak)?.add(r.induk);
  const urut: string[] = [];
  const sisa = new Set(nama);
  while (sisa.size) {
    const siap = [...sisa].filter((n) => [...induk.get(n)!].every((p) => !sisa.has(p)));
    // Siklus (tidak ada di skema ini): sisanya menurut nama; pemulihan tetap aman karena kunci asing dipasang di akhir.
    const ambil = siap.length ? siap : [...sisa];
    for (const n of ambil.sort()) {
      urut.push(n);
      sisa.delete(n);
    }
  }
  return urut;
}

async function kolomTabel(c: pg.Client, tabel: string): Promise<string[]> {
  const r = await c.query<{ attname: string }>(
    `SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname = $1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [tabel],
  );
  return r.rows.map((x) => x.attname);
}

// ─── Cadangkan ────────────────────────────────────────────────────────────────────────────────

export type OpsiCadangan = { url: string; penyimpanan: Penyimpanan; keluar: string; log?: Log; sekarang?: Date };
export type HasilCadangan = { berkas: string; ukuran: number; manifest: Manifest; ms: number };

/** Menulis satu entri tar dari aliran dengan ukuran diketahui. */
async function tulisEntri(pack: tar.Pack, nama: string, ukuran: number, sumber: Readable, mtime: Date): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const w = pack.entry({ name: nama, size: ukuran, mode: 0o600, mtime }, (e) => (e ? reject(e) : resolve()));
    sumber.on("error", (e) => {
      w.destroy(e);
      reject(e);
    });
    sumber.pipe(w);
  });
}

export async function buatCadangan(o: OpsiCadangan): Promise<HasilCadangan> {
  const t0 = Date.now();
  const log = o.log ?? (() => {});
  const sekarang = o.sekarang ?? new Date();
  const keluar = path.resolve(o.keluar);
  const sementara = `${keluar}.sebagian-${randomUUID().slice(0, 8)}`;
  const gzip = /\.(tgz|gz)$/i.test(keluar);
  const spool = path.join(os.tmpdir(), `skp-cadangan-${randomUUID()}`);

  const pack = tar.pack();
  const keBerkas = gzip
    ? pipeline(pack, createGzip({ level: 6 }), createWriteStream(sementara, { mode: 0o600 }))
    : pipeline(pack, createWriteStream(sementara, { mode: 0o600 }));
  keBerkas.catch(() => {});
  const sums: string[] = [];

  const c = new pg.Client({ connectionString: o.url });
  await c.connect();
  try {
    // Satu snapshot untuk semua tabel dan daftar berkas.
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const migrasi = await migrasiTerapan(c);
    if (migrasi.length === 0) throw new GalatCadangan("Basis data belum dimigrasikan (tabel _prisma_migrations kosong); tidak ada yang dicadangkan.");
    const versiPg = (await c.query<{ v: string }>("SHOW server_version")).rows[0]!.v;
    const tabel = await tabelUrutDependensi(c);
    const entriTabel: EntriTabel[] = [];
    let i = 0;
    for (const nama of tabel) {
      i++;
      const kolom = await kolomTabel(c, nama);
      const jumlah = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(nama)}`)).rows[0]!.n);
      const hitung = new Penghitung();
      const copy = c.query(copyTo(`COPY ${q(nama)} (${kolom.map(q).join(", ")}) TO STDOUT`));
      await pipeline(copy, hitung, createWriteStream(spool, { mode: 0o600 }));
      if (hitung.baris !== jumlah) throw new GalatCadangan(`Tabel ${nama}: COPY menghasilkan ${hitung.baris} baris, count(*) ${jumlah}.`);
      const entri = `db/${String(i).padStart(3, "0")}-${nama}.copy`;
      const sha256 = hitung.hex();
      await tulisEntri(pack, entri, hitung.ukuran, createReadStream(spool), sekarang);
      entriTabel.push({ nama, kolom, baris: jumlah, entri, ukuran: hitung.ukuran, sha256 });
      sums.push(`${sha256}  ${entri}`);
    }

    // Berkas: yang dirujuk baris bukti SIAP pada snapshot yang sama, dibaca lewat antarmuka penyimpanan.
    const bukti = await c.query<{ kunci: string; mime: string | null; sha256: string | null }>(
      `SELECT kunci, mime, sha256 FROM bukti_dukung WHERE jenis = 'BERKAS' AND status = 'SIAP' AND kunci IS NOT NULL ORDER BY kunci`,
    );
    const entriBerkas: EntriBerkas[] = [];
    const hilang: string[] = [];
    for (const b of bukti.rows) {
      if (!kunciSah(b.kunci)) throw new GalatCadangan(`Kunci berkas tidak sah di basis data: ${JSON.stringify(b.kunci)}.`);
      const s = await o.penyimpanan.bacaStream(b.kunci);
      if (!s) {
        hilang.push(b.kunci);
        log(`PERINGATAN: berkas ${b.kunci} dirujuk basis data tetapi tidak ada di penyimpanan.`);
        continue;
      }
      const hitung = new Penghitung();
      const node = Readable.fromWeb(s.stream as import("node:stream/web").ReadableStream<Uint8Array>);
      // Ukuran dari penyimpanan bisa tidak ada (S3 tanpa Content-Length): tampung dulu di berkas sementara.
      await pipeline(node, hitung, createWriteStream(spool, { mode: 0o600 }));
      const sha256 = hitung.hex();
      if (b.sha256 && b.sha256.trim() !== sha256) {
        log(`PERINGATAN: isi berkas ${b.kunci} tidak sama dengan sha256 yang tercatat saat diunggah (berkas rusak di penyimpanan?).`);
      }
      const entri = `berkas/${b.kunci}`;
      await tulisEntri(pack, entri, hitung.ukuran, createReadStream(spool), sekarang);
      entriBerkas.push({ kunci: b.kunci, mime: b.mime, entri, ukuran: hitung.ukuran, sha256 });
      sums.push(`${sha256}  ${entri}`);
    }
    await c.query("ROLLBACK");

    const manifest: Manifest = {
      format: FORMAT,
      versiFormat: VERSI_FORMAT,
      dibuat: sekarang.toISOString(),
      aplikasi: versiAplikasi(),
      postgres: versiPg,
      migrasi: { terakhir: migrasi.at(-1) ?? null, daftar: migrasi },
      penyimpanan: o.penyimpanan.jenis,
      tabel: entriTabel,
      berkas: entriBerkas,
      berkasHilang: hilang,
      jumlah: {
        tabel: entriTabel.length,
        baris: entriTabel.reduce((a, t) => a + t.baris, 0),
        berkas: entriBerkas.length,
        byteBerkas: entriBerkas.reduce((a, b) => a + b.ukuran, 0),
      },
    };
    const isiManifest = Buffer.from(JSON.stringify(manifest, null, 2) + "\n");
    sums.push(`${createHash("sha256").update(isiManifest).digest("hex")}  manifest.json`);
    await tulisEntri(pack, "manifest.json", isiManifest.length, Readable.from([isiManifest]), sekarang);
    const isiSums = Buffer.from(sums.join("\n") + "\n");
    await tulisEntri(pack, "SHA256SUMS", isiSums.length, Readable.from([isiSums]), sekarang);
    pack.finalize();
    await keBerkas;
    const fh = await open(sementara, "r");
    await fh.sync().catch(() => {});
    await fh.close();
    await rename(sementara, keluar);
    const ukuran = (await stat(keluar)).size;
    return { berkas: keluar, ukuran, manifest, ms: Date.now() - t0 };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    pack.destroy();
    await keBerkas.catch(() => {});
    await rm(sementara, { force: true });
    throw e;
  } finally {
    await c.end().catch(() => {});
    await rm(spool, { force: true });
  }
}

// ─── Membaca arsip ────────────────────────────────────────────────────────────────────────────

async function bukaArsip(berkas: string): Promise<tar.Extract> {
  const fh = await open(berkas, "r");
  const awal = Buffer.alloc(2);
  await fh.read(awal, 0, 2, 0);
  await fh.close();
  const ex = tar.extract();
  const src = createReadStream(berkas);
  const jalan = awal[0] === 0x1f && awal[1] === 0x8b ? pipeline(src, createGunzip(), ex) : pipeline(src, ex);
  jalan.catch((e: unknown) => ex.destroy(e as Error));
  return ex;
}

function galatArsip(e: unknown): GalatCadangan {
  if (e instanceof GalatCadangan) return e;
  const m = e instanceof Error ? e.message : String(e);
  return new GalatCadangan(`Arsip cadangan rusak atau bukan arsip tar/tar.gz yang sah (${m}).`);
}

const BATAS_META = 64 * 1024 * 1024;

/** Lintasan pertama: hitung sha256 setiap entri, baca manifest dan SHA256SUMS, cocokkan semuanya. Tidak mengubah apa pun. */
export async function periksaArsip(berkas: string): Promise<Manifest> {
  const terlihat = new Map<string, { sha256: string; ukuran: number }>();
  let isiManifest: Buffer | null = null;
  let isiSums: Buffer | null = null;
  try {
    const ex = await bukaArsip(berkas);
    for await (const entri of ex) {
      const nama = entri.header.name;
      if (entri.header.type !== "file") throw new GalatCadangan(`Entri ${nama} bukan berkas biasa.`);
      if (terlihat.has(nama)) throw new GalatCadangan(`Entri ${nama} muncul dua kali di arsip.`);
      const h = createHash("sha256");
      let ukuran = 0;
      const simpan = nama === "manifest.json" || nama === "SHA256SUMS";
      const potong: Buffer[] = [];
      for await (const b of entri as AsyncIterable<Buffer>) {
        h.update(b);
        ukuran += b.length;
        if (simpan) {
          if (ukuran > BATAS_META) throw new GalatCadangan(`${nama} terlalu besar.`);
          potong.push(b);
        }
      }
      terlihat.set(nama, { sha256: h.digest("hex"), ukuran });
      if (nama === "manifest.json") isiManifest = Buffer.concat(potong);
      if (nama === "SHA256SUMS") isiSums = Buffer.concat(potong);
    }
  } catch (e) {
    throw galatArsip(e);
  }
  if (!isiManifest || !isiSums) throw new GalatCadangan("Arsip tidak memuat manifest.json dan SHA256SUMS; bukan cadangan Portal SKP.");
  const sums = new Map<string, string>();
  for (const baris of String(isiSums).split("\n").filter(Boolean)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(baris);
    if (!m) throw new GalatCadangan("SHA256SUMS rusak.");
    sums.set(m[2]!, m[1]!);
  }
  const cocok = (nama: string, sha256: string, ukuran?: number) => {
    const t = terlihat.get(nama);
    if (!t) throw new GalatCadangan(`Entri ${nama} yang tercantum di manifest tidak ada di arsip.`);
    if (t.sha256 !== sha256 || (ukuran !== undefined && t.ukuran !== ukuran)) {
      throw new GalatCadangan(`Checksum ${nama} tidak cocok: arsip telah berubah atau rusak. Pemulihan dibatalkan; tidak ada yang diubah.`);
    }
  };
  cocok("manifest.json", sums.get("manifest.json") ?? "");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(String(isiManifest)) as Manifest;
  } catch {
    throw new GalatCadangan("manifest.json bukan JSON yang sah.");
  }
  if (manifest.format !== FORMAT) throw new GalatCadangan("Arsip ini bukan cadangan Portal SKP (format manifest tidak dikenal).");
  if (manifest.versiFormat !== VERSI_FORMAT) {
    throw new GalatCadangan(`Versi format cadangan ${manifest.versiFormat} tidak didukung (yang didukung: ${VERSI_FORMAT}).`);
  }
  const diharapkan = new Set(["manifest.json", "SHA256SUMS"]);
  for (const e of [...manifest.tabel, ...manifest.berkas]) {
    if (sums.get(e.entri) !== e.sha256) throw new GalatCadangan(`Checksum ${e.entri} di SHA256SUMS berbeda dengan manifest.`);
    cocok(e.entri, e.sha256, e.ukuran);
    diharapkan.add(e.entri);
  }
  for (const b of manifest.berkas) {
    if (!kunciSah(b.kunci) || b.entri !== `berkas/${b.kunci}`) throw new GalatCadangan(`Kunci berkas tidak sah di manifest: ${JSON.stringify(b.kunci)}.`);
  }
  for (const nama of terlihat.keys()) {
    if (!diharapkan.has(nama)) throw new GalatCadangan(`Arsip memuat entri ${nama} yang tidak tercantum di manifest.`);
  }
  return manifest;
}

// ─── Pulihkan ─────────────────────────────────────────────────────────────────────────────────

export type OpsiPulihkan = { url: string; penyimpanan: Penyimpanan; berkas: string; log?: Log };
export type HasilPulihkan = { manifest: Manifest; ms: number };

async function pastikanKosongDanSeversi(c: pg.Client, m: Manifest) {
  const migrasi = await migrasiTerapan(c);
  const sama = migrasi.length === m.migrasi.daftar.length && migrasi.every((x, i) => x === m.migrasi.daftar[i]);
  if (!sama) {
    throw new GalatCadangan(
      `Versi migrasi berbeda: cadangan pada ${m.migrasi.terakhir ?? "(kosong)"} (${m.migrasi.daftar.length} migrasi), ` +
        `basis data tujuan pada ${migrasi.at(-1) ?? "(belum dimigrasikan)"} (${migrasi.length} migrasi). ` +
        `Pulihkan dengan versi aplikasi yang sama dengan saat cadangan dibuat (${m.aplikasi.versi}), lalu jalankan aplikasi baru untuk bermigrasi.`,
    );
  }
  const tabel = await tabelUrutDependensi(c);
  const diManifest = new Set(m.tabel.map((t) => t.nama));
  const beda = [...tabel.filter((t) => !diManifest.has(t)), ...[...diManifest].filter((t) => !tabel.includes(t))];
  if (beda.length) throw new GalatCadangan(`Daftar tabel basis data tujuan berbeda dengan cadangan (${beda.join(", ")}).`);
  const isi: string[] = [];
  for (const t of tabel) {
    const ada = await c.query(`SELECT 1 FROM ${q(t)} LIMIT 1`);
    if (ada.rowCount) isi.push(t);
  }
  if (isi.length) {
    throw new GalatCadangan(
      `Basis data tujuan tidak kosong (berisi data di tabel ${isi.slice(0, 5).join(", ")}${isi.length > 5 ? ", …" : ""}). ` +
        `Pulihkan hanya ke basis data baru yang kosong dan sudah dimigrasikan (mis. DATA_DIR baru, atau CREATE DATABASE baru untuk DATABASE_URL).`,
    );
  }
  for (const t of m.tabel) {
    const kolom = await kolomTabel(c, t.nama);
    if (kolom.join(",") !== t.kolom.join(",")) throw new GalatCadangan(`Kolom tabel ${t.nama} berbeda dengan cadangan.`);
  }
}

export async function pulihkanCadangan(o: OpsiPulihkan): Promise<HasilPulihkan> {
  const t0 = Date.now();
  const log = o.log ?? (() => {});
  const m = await periksaArsip(o.berkas);
  log(`Arsip diperiksa: ${m.jumlah.tabel} tabel, ${m.jumlah.baris} baris, ${m.jumlah.berkas} berkas; semua checksum cocok.`);

  const c = new pg.Client({ connectionString: o.url });
  await c.connect();
  const ditulis: string[] = [];
  try {
    await pastikanKosongDanSeversi(c, m);
    for (const b of m.berkas) {
      if (await o.penyimpanan.ada(b.kunci)) {
        throw new GalatCadangan(`Berkas ${b.kunci} sudah ada di penyimpanan tujuan; pulihkan ke penyimpanan (folder/bucket) yang kosong.`);
      }
    }

    await c.query("BEGIN");
    const semua = m.tabel.map((t) => q(t.nama)).join(", ");
    await c.query(`LOCK TABLE ${semua} IN ACCESS EXCLUSIVE MODE`);
    // Diperiksa ulang di bawah kunci: tidak ada yang menulis di antara pemeriksaan dan pemuatan.
    await pastikanKosongDanSeversi(c, m);

    // Kunci asing dilepas selama pemuatan (baris yang merujuk tabelnya sendiri, mis. unit_kerja induk) lalu dipasang
    // kembali sebelum COMMIT, yang memeriksa ulang seluruh rujukan. Pemicu yang berjalan saat INSERT dimatikan sementara;
    // pemicu append-only jejak_audit (BEFORE UPDATE OR DELETE) tetap aktif karena pemulihan hanya menambah baris.
    const fk = await c.query<{ conname: string; tabel: string; def: string }>(
      `SELECT k.conname, c.relname AS tabel, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = current_schema() ORDER BY k.conname`,
    );
    for (const f of fk.rows) await c.query(`ALTER TABLE ${q(f.tabel)} DROP CONSTRAINT ${q(f.conname)}`);
    const pemicu = await c.query<{ tgname: string; tabel: string }>(
      `SELECT t.tgname, c.relname AS tabel FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE NOT t.tgisinternal AND n.nspname = current_schema() AND (t.tgtype & 4) <> 0 AND t.tgenabled <> 'D'`,
    );
    for (const p of pemicu.rows) await c.query(`ALTER TABLE ${q(p.tabel)} DISABLE TRIGGER ${q(p.tgname)}`);

    const perEntri = new Map<string, { jenis: "tabel"; t: EntriTabel } | { jenis: "berkas"; b: EntriBerkas }>();
    for (const t of m.tabel) perEntri.set(t.entri, { jenis: "tabel", t });
    for (const b of m.berkas) perEntri.set(b.entri, { jenis: "berkas", b });

    const ex = await bukaArsip(o.berkas);
    try {
      for await (const entri of ex) {
        const x = perEntri.get(entri.header.name);
        if (!x) {
          entri.resume();
          await new Promise<void>((r) => entri.once("end", () => r()));
          continue;
        }
        const hitung = new Penghitung();
        if (x.jenis === "tabel") {
          const copy = c.query(copyFrom(`COPY ${q(x.t.nama)} (${x.t.kolom.map(q).join(", ")}) FROM STDIN`));
          await pipeline(entri, hitung, copy);
          if (hitung.hex() !== x.t.sha256) throw new GalatCadangan(`Checksum ${x.t.entri} berubah saat dipulihkan. Pemulihan dibatalkan.`);
        } else {
          const potong: Buffer[] = [];
          const tampung = new PassThrough();
          tampung.on("data", (b: Buffer) => potong.push(b));
          await pipeline(entri, hitung, tampung);
          if (hitung.hex() !== x.b.sha256) throw new GalatCadangan(`Checksum ${x.b.entri} berubah saat dipulihkan. Pemulihan dibatalkan.`);
          ditulis.push(x.b.kunci);
          await o.penyimpanan.simpan(x.b.kunci, new Uint8Array(Buffer.concat(potong)), x.b.mime ?? "application/octet-stream");
        }
      }
    } catch (e) {
      throw galatArsip(e);
    }

    for (const t of m.tabel) {
      const n = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(t.nama)}`)).rows[0]!.n);
      if (n !== t.baris) throw new GalatCadangan(`Tabel ${t.nama}: ${n} baris dimuat, manifest ${t.baris}.`);
    }
    for (const f of fk.rows) await c.query(`ALTER TABLE ${q(f.tabel)} ADD CONSTRAINT ${q(f.conname)} ${f.def}`);
    for (const p of pemicu.rows) await c.query(`ALTER TABLE ${q(p.tabel)} ENABLE TRIGGER ${q(p.tgname)}`);
    // Urutan (BIGSERIAL/identity, mis. percobaan_masuk, jejak_audit) dilanjutkan setelah id terbesar yang dimuat.
    const urutan = await c.query<{ tabel: string; kolom: string; seq: string }>(
      `SELECT c.relname AS tabel, a.attname AS kolom, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS seq
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
    );
    for (const u of urutan.rows) {
      await c.query(`SELECT setval($1, COALESCE((SELECT max(${q(u.kolom)}) FROM ${q(u.tabel)}), 0) + 1, false)`, [u.seq]);
    }
    await c.query("COMMIT");
    log(`Dipulihkan: ${m.jumlah.tabel} tabel, ${m.jumlah.baris} baris, ${m.jumlah.berkas} berkas, ${urutan.rows.length} urutan id disetel.`);
    return { manifest: m, ms: Date.now() - t0 };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    for (const k of ditulis) await o.penyimpanan.hapus(k).catch(() => {});
    throw e;
  } finally {
    await c.end().catch(() => {});
  }
}
