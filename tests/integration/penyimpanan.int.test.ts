// Kontrak penyimpanan berkas: SATU rangkaian uji yang sama dijalankan terhadap PenyimpananLokal (folder sementara)
// dan PenyimpananS3 (s3rver lokal di 127.0.0.1). Tidak memerlukan basis data.
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  PenyimpananLokal,
  PenyimpananS3,
  penyimpananDariEnv,
  type Penyimpanan,
} from "@/lib/penyimpanan";

// ─── Kontrak ──────────────────────────────────────────────────────────────────────────────────

const KUNCI_TIDAK_SAH = [
  "../x",
  "/abs",
  "a/../../b",
  "bukti/../../../etc/passwd",
  "Bukti/X",
  "",
  "a//b",
  "a/",
  ".tmp-x",
  "a b",
  "a\\b",
  "a\u0000b",
  "bukti/x.pdf",
  `a${"b".repeat(201)}`,
];

async function kumpulkan(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const bagian: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bagian.push(value);
  }
  return new Uint8Array(Buffer.concat(bagian));
}

function ujiKontrak(ambil: () => Penyimpanan) {
  const kunciBaru = () => `bukti/${randomUUID()}`;

  it("simpan lalu baca mengembalikan byte biner yang sama persis", async () => {
    const p = ambil();
    const semuaByte = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
    const acak = new Uint8Array(randomBytes(300 * 1024));
    for (const isi of [semuaByte, acak]) {
      const k = kunciBaru();
      await p.simpan(k, isi, "application/pdf");
      const hasil = await p.baca(k);
      expect(hasil).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(hasil!).equals(Buffer.from(isi))).toBe(true);
    }
  });

  it("berkas kosong (0 byte) tetap dapat disimpan dan dibaca", async () => {
    const p = ambil();
    const k = kunciBaru();
    await p.simpan(k, new Uint8Array(0), "application/octet-stream");
    expect(await p.ada(k)).toBe(true);
    expect((await p.baca(k))?.byteLength).toBe(0);
  });

  it("kunci tanpa folder dan kunci bertingkat", async () => {
    const p = ambil();
    for (const k of [`x${randomUUID().slice(0, 8)}`, `bukti/2026/${randomUUID()}`, "a_b-c/d_e-f"]) {
      await p.simpan(k, new Uint8Array([1, 2, 3]), "image/png");
      expect(await p.baca(k)).toEqual(new Uint8Array([1, 2, 3]));
    }
  });

  it("menimpa isi lama (termasuk isi baru yang lebih pendek)", async () => {
    const p = ambil();
    const k = kunciBaru();
    await p.simpan(k, new Uint8Array(randomBytes(4096)), "application/pdf");
    const baru = new Uint8Array([9, 8, 7]);
    await p.simpan(k, baru, "application/pdf");
    expect(await p.baca(k)).toEqual(baru);
  });

  it("ada: false sebelum disimpan, true sesudahnya, false setelah dihapus", async () => {
    const p = ambil();
    const k = kunciBaru();
    expect(await p.ada(k)).toBe(false);
    await p.simpan(k, new Uint8Array([1]), "application/pdf");
    expect(await p.ada(k)).toBe(true);
    await p.hapus(k);
    expect(await p.ada(k)).toBe(false);
    expect(await p.baca(k)).toBeNull();
  });

  it("hapus kunci yang tidak ada bukan galat", async () => {
    const p = ambil();
    await expect(p.hapus(kunciBaru())).resolves.toBeUndefined();
    await expect(p.hapus(`tidak-ada/${randomUUID()}`)).resolves.toBeUndefined();
  });

  it("baca kunci yang tidak ada → null", async () => {
    const p = ambil();
    expect(await p.baca(kunciBaru())).toBeNull();
    expect(await p.bacaStream(kunciBaru())).toBeNull();
    expect(await p.ada(kunciBaru())).toBe(false);
  });

  it("bacaStream mengalirkan isi yang sama beserta ukurannya", async () => {
    const p = ambil();
    const k = kunciBaru();
    const isi = new Uint8Array(randomBytes(200 * 1024 + 17));
    await p.simpan(k, isi, "application/pdf");
    const r = await p.bacaStream(k);
    expect(r).not.toBeNull();
    expect(r!.ukuran).toBe(isi.byteLength);
    expect(Buffer.from(await kumpulkan(r!.stream)).equals(Buffer.from(isi))).toBe(true);
  });

  it.each(KUNCI_TIDAK_SAH.map((k) => [JSON.stringify(k).slice(0, 40), k]))("kunci tidak sah ditolak: %s", async (_label, k) => {
    const p = ambil();
    const pola = /Kunci penyimpanan tidak sah/;
    await expect(p.simpan(k, new Uint8Array([1]), "application/pdf")).rejects.toThrow(pola);
    await expect(p.baca(k)).rejects.toThrow(pola);
    await expect(p.bacaStream(k)).rejects.toThrow(pola);
    await expect(p.ada(k)).rejects.toThrow(pola);
    await expect(p.hapus(k)).rejects.toThrow(pola);
  });

  it("daftar: objek berawalan dengan ukuran dan waktu ubah; hapus menghilangkannya", async () => {
    const p = ambil();
    const awalan = `daftar-${randomUUID().slice(0, 8)}/`;
    await p.simpan(`${awalan}a`, new Uint8Array([1, 2, 3]), "application/pdf");
    await p.simpan(`${awalan}b/c`, new Uint8Array([4]), "application/pdf");
    const daftar = async () => {
      const out: { kunci: string; ukuran: number }[] = [];
      for await (const o of p.daftar(awalan)) {
        expect(o.diubah.getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
        out.push({ kunci: o.kunci, ukuran: o.ukuran });
      }
      return out.sort((x, y) => x.kunci.localeCompare(y.kunci));
    };
    expect(await daftar()).toEqual([{ kunci: `${awalan}a`, ukuran: 3 }, { kunci: `${awalan}b/c`, ukuran: 1 }]);
    await p.hapus(`${awalan}a`);
    expect((await daftar()).map((o) => o.kunci)).toEqual([`${awalan}b/c`]);
  });

  it("kunci bukan string ditolak", async () => {
    const p = ambil();
    await expect(p.baca(undefined as unknown as string)).rejects.toThrow(/Kunci penyimpanan tidak sah/);
  });
}

// ─── Lokal ────────────────────────────────────────────────────────────────────────────────────

describe("PenyimpananLokal", () => {
  let akar: string;
  let folder: string;
  let lokal: PenyimpananLokal;

  beforeAll(async () => {
    akar = await mkdtemp(path.join(os.tmpdir(), "skp-penyimpanan-"));
    folder = path.join(akar, "berkas"); // belum ada: dibuat saat dibutuhkan
    lokal = new PenyimpananLokal(folder);
  });
  afterAll(async () => {
    await rm(akar, { recursive: true, force: true });
  });

  it("jenis = lokal; folder belum ada tidak menjadi galat saat dibaca", async () => {
    expect(lokal.jenis).toBe("lokal");
    expect(await new PenyimpananLokal(path.join(akar, "belum-ada")).baca("bukti/x")).toBeNull();
  });

  ujiKontrak(() => lokal);

  it("berkas ditulis di bawah folder dasar tanpa berkas sementara tersisa; kunci rekaan tidak menulis di luar", async () => {
    const k = `bukti/${randomUUID()}`;
    await lokal.simpan(k, new Uint8Array([1, 2, 3]), "application/pdf");
    expect(existsSync(path.join(folder, "bukti", k.slice("bukti/".length)))).toBe(true);
    const isiFolder = await readdir(path.join(folder, "bukti"));
    expect(isiFolder.filter((n) => n.startsWith(".tmp-"))).toEqual([]);
    await expect(lokal.simpan("../keluar", new Uint8Array([1]), "application/pdf")).rejects.toThrow();
    expect(existsSync(path.join(akar, "keluar"))).toBe(false);
  });

  it("penulisan serentak ke kunci yang sama: hasil akhir selalu salah satu isi secara utuh", async () => {
    const k = `bukti/${randomUUID()}`;
    const versi = Array.from({ length: 8 }, (_, i) => new Uint8Array(64 * 1024).fill(i + 1));
    await Promise.all(versi.map((v) => lokal.simpan(k, v, "application/pdf")));
    const hasil = await lokal.baca(k);
    expect(hasil?.byteLength).toBe(64 * 1024);
    expect(new Set(hasil).size).toBe(1);
    expect(await readdir(path.join(folder, "bukti"))).not.toContainEqual(expect.stringMatching(/^\.tmp-/));
  });

  it("kunci yang menunjuk folder (bukan berkas) dianggap tidak ada", async () => {
    await lokal.simpan("induk/anak", new Uint8Array([1]), "application/pdf");
    expect(await lokal.ada("induk")).toBe(false);
    expect(await lokal.baca("induk")).toBeNull();
    await expect(lokal.hapus("induk")).resolves.toBeUndefined();
    expect(await lokal.ada("induk/anak")).toBe(true);
  });
});

// ─── S3 (s3rver) ──────────────────────────────────────────────────────────────────────────────

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverCtor = new (opsi: Record<string, unknown>) => S3rverInstance;

const BUCKET = "bukti-uji";
const KREDENSIAL = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

describe("PenyimpananS3 (s3rver)", () => {
  let server: S3rverInstance | null = null;
  let dirS3 = "";
  let endpoint = "";
  let s3: PenyimpananS3;
  let alasanLewati = "";

  beforeAll(async () => {
    try {
      dirS3 = await mkdtemp(path.join(os.tmpdir(), "skp-s3rver-"));
      const S3rver = createRequire(import.meta.url)("s3rver") as S3rverCtor;
      server = new S3rver({
        address: "127.0.0.1",
        port: 0, // port bebas
        silent: true,
        directory: dirS3,
        configureBuckets: [{ name: BUCKET }],
      });
      const alamat = await server.run();
      endpoint = `http://127.0.0.1:${alamat.port}`;
      s3 = new PenyimpananS3({ endpoint, region: "us-east-1", bucket: BUCKET, forcePathStyle: true, ...KREDENSIAL });
      // Uji asap: bila server tidak dapat dipakai, seluruh rangkaian S3 dilewati dengan alasan yang jelas.
      await s3.ada("uji-asap");
    } catch (e) {
      alasanLewati = e instanceof Error ? e.message : String(e);
      console.warn(`[penyimpanan.int] s3rver tidak dapat dijalankan; uji S3 dilewati: ${alasanLewati}`);
      await server?.close().catch(() => {});
      server = null;
    }
  });

  beforeEach((ctx) => {
    if (!server) ctx.skip(`s3rver tidak tersedia: ${alasanLewati}`);
  });

  afterAll(async () => {
    s3?.tutup();
    await server?.close().catch(() => {});
    if (dirS3) await rm(dirS3, { recursive: true, force: true });
  });

  it("jenis = s3", () => {
    expect(s3.jenis).toBe("s3");
  });

  ujiKontrak(() => s3);

  it("ContentType objek = MIME yang diberikan", async () => {
    const k = `bukti/${randomUUID()}`;
    await s3.simpan(k, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png");
    const klien = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: KREDENSIAL });
    try {
      const h = await klien.send(new HeadObjectCommand({ Bucket: BUCKET, Key: k }));
      expect(h.ContentType).toBe("image/png");
      expect(h.ContentLength).toBe(4);
    } finally {
      klien.destroy();
    }
  });

  it("penyimpananDariEnv dengan SKP_S3_ENDPOINT (path-style bawaan) bekerja terhadap server yang sama", async () => {
    const p = penyimpananDariEnv(
      {
        SKP_PENYIMPANAN: "s3",
        SKP_S3_BUCKET: BUCKET,
        SKP_S3_ENDPOINT: endpoint,
        SKP_S3_ACCESS_KEY_ID: KREDENSIAL.accessKeyId,
        SKP_S3_SECRET_ACCESS_KEY: KREDENSIAL.secretAccessKey,
      },
      "/tidak-dipakai",
    );
    expect(p).toBeInstanceOf(PenyimpananS3);
    const k = `bukti/${randomUUID()}`;
    await p.simpan(k, new Uint8Array([4, 2]), "application/pdf");
    expect(await s3.baca(k)).toEqual(new Uint8Array([4, 2]));
    (p as PenyimpananS3).tutup();
  });

  it("bucket yang tidak ada adalah galat konfigurasi, bukan 'berkas tidak ada'", async () => {
    const salah = new PenyimpananS3({ endpoint, region: "us-east-1", bucket: "bucket-tidak-ada", forcePathStyle: true, ...KREDENSIAL });
    try {
      await expect(salah.baca("bukti/x")).rejects.toThrow();
    } finally {
      salah.tutup();
    }
  });
});
