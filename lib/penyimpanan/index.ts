// Penyimpanan berkas (bukti dukung): folder lokal atau S3 (AWS/MinIO/dll.), dengan antarmuka yang sama.
// Sengaja TANPA "server-only" dan tanpa Prisma: dipakai juga oleh skrip dan uji. Kunci dibuat aplikasi
// (mis. `bukti/<uuid>`) dan selalu divalidasi sehingga kunci rekaan tidak bisa keluar dari folder/bucket dasar.
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";

export interface Penyimpanan {
  readonly jenis: "lokal" | "s3";
  /** Menyimpan (atau menimpa) isi pada kunci. */
  simpan(kunci: string, isi: Uint8Array, mime: string): Promise<void>;
  /** Isi berkas, atau null bila tidak ada. */
  baca(kunci: string): Promise<Uint8Array | null>;
  /** Isi berkas sebagai stream (untuk unduhan besar tanpa memuat seluruhnya ke memori), atau null bila tidak ada. */
  bacaStream(kunci: string): Promise<{ stream: ReadableStream<Uint8Array>; ukuran: number | null } | null>;
  /** Menghapus berkas; kunci yang tidak ada bukan galat. */
  hapus(kunci: string): Promise<void>;
  ada(kunci: string): Promise<boolean>;
  /** Semua objek berkunci sah yang diawali `awalan` (untuk penyapu berkas yatim), dengan waktu ubah terakhir. */
  daftar(awalan?: string): AsyncIterable<InfoObjek>;
  /**
   * Menghapus sisa penulisan yang terputus (lokal: berkas `.tmp-*` dari crash di tengah simpan) yang lebih tua dari
   * `sebelum`; mengembalikan jumlahnya. S3: PutObject atomik, jadi tidak ada sisa (0).
   */
  sapuSementara(sebelum: Date): Promise<number>;
}

export type InfoObjek = { kunci: string; ukuran: number; diubah: Date };

// ─── Kunci ────────────────────────────────────────────────────────────────────────────────────

const POLA_KUNCI = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

/** true bila kunci sah: huruf kecil/angka/_-/, diawali huruf/angka, tanpa titik, tanpa segmen kosong ("//", "/" di akhir). */
export function kunciSah(kunci: unknown): kunci is string {
  return typeof kunci === "string" && POLA_KUNCI.test(kunci) && !kunci.includes("//") && !kunci.endsWith("/");
}

/** Melempar galat bila kunci tidak sah; dipanggil oleh setiap operasi penyimpanan. */
export function pastikanKunci(kunci: unknown): string {
  if (!kunciSah(kunci)) {
    const tampil = typeof kunci === "string" ? JSON.stringify(kunci.slice(0, 80)) : typeof kunci;
    throw new Error(`Kunci penyimpanan tidak sah: ${tampil}.`);
  }
  return kunci;
}

/** Tampilan Uint8Array biasa (bukan Buffer) atas memori yang sama, agar kedua implementasi mengembalikan tipe yang sama. */
function sebagaiUint8Array(b: Uint8Array): Uint8Array {
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function kodeGalat(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
}

// ─── Lokal ────────────────────────────────────────────────────────────────────────────────────

/** Berkas di bawah satu folder (dibuat bila belum ada). Penulisan atomik: berkas sementara di folder yang sama lalu rename. */
/** Membuka berkas untuk dibaca; null bila tidak ada (atau jalurnya melewati sesuatu yang bukan folder). */
async function bukaAtauNull(p: string) {
  try {
    return await open(p, "r");
  } catch (e) {
    if (kodeGalat(e) === "ENOENT" || kodeGalat(e) === "ENOTDIR") return null;
    throw e;
  }
}

export class PenyimpananLokal implements Penyimpanan {
  readonly jenis = "lokal" as const;
  readonly folder: string;

  constructor(folder: string) {
    if (!folder) throw new Error("Folder penyimpanan lokal belum ditentukan.");
    this.folder = path.resolve(folder);
  }

  /** Jalur absolut untuk kunci; diperiksa ulang agar tetap di dalam folder dasar. */
  private jalur(kunci: string): string {
    const k = pastikanKunci(kunci);
    const p = path.resolve(this.folder, ...k.split("/"));
    if (!p.startsWith(this.folder + path.sep)) throw new Error(`Kunci penyimpanan tidak sah: ${JSON.stringify(k)}.`);
    return p;
  }

  async simpan(kunci: string, isi: Uint8Array, _mime: string): Promise<void> {
    const tujuan = this.jalur(kunci);
    const dir = path.dirname(tujuan);
    await mkdir(dir, { recursive: true });
    // Nama sementara diawali titik: tidak mungkin bentrok dengan kunci sah (kunci tidak boleh memuat titik).
    const sementara = path.join(dir, `.tmp-${randomUUID()}`);
    try {
      const fh = await open(sementara, "wx", 0o600);
      try {
        await fh.writeFile(isi);
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(sementara, tujuan);
    } catch (e) {
      await rm(sementara, { force: true }).catch(() => {});
      throw e;
    }
  }

  async baca(kunci: string): Promise<Uint8Array | null> {
    const fh = await bukaAtauNull(this.jalur(kunci));
    if (!fh) return null;
    try {
      if (!(await fh.stat()).isFile()) return null;
      return sebagaiUint8Array(await fh.readFile());
    } finally {
      await fh.close();
    }
  }

  async bacaStream(kunci: string): Promise<{ stream: ReadableStream<Uint8Array>; ukuran: number | null } | null> {
    const fh = await bukaAtauNull(this.jalur(kunci));
    if (!fh) return null;
    const st = await fh.stat().catch(async (e: unknown) => {
      await fh.close();
      throw e;
    });
    if (!st.isFile()) {
      await fh.close();
      return null;
    }
    // createReadStream milik FileHandle menutup handle saat selesai/dibatalkan.
    const stream = Readable.toWeb(fh.createReadStream()) as unknown as ReadableStream<Uint8Array>;
    return { stream, ukuran: st.size };
  }

  async hapus(kunci: string): Promise<void> {
    const p = this.jalur(kunci);
    try {
      const st = await stat(p);
      if (!st.isFile()) return;
      await rm(p, { force: true });
    } catch (e) {
      if (kodeGalat(e) === "ENOENT" || kodeGalat(e) === "ENOTDIR") return;
      throw e;
    }
  }

  async ada(kunci: string): Promise<boolean> {
    const p = this.jalur(kunci);
    try {
      return (await stat(p)).isFile();
    } catch (e) {
      if (kodeGalat(e) === "ENOENT" || kodeGalat(e) === "ENOTDIR") return false;
      throw e;
    }
  }

  /** Berkas di bawah folder dasar (rekursif), relatif dengan "/"; nama yang bukan kunci sah (mis. `.tmp-*`) dilewati. */
  private async *jelajah(dir: string, relatif: string): AsyncGenerator<{ p: string; rel: string; nama: string }> {
    let isi;
    try {
      isi = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (kodeGalat(e) === "ENOENT" || kodeGalat(e) === "ENOTDIR") return;
      throw e;
    }
    for (const d of isi.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, d.name);
      const rel = relatif ? `${relatif}/${d.name}` : d.name;
      if (d.isDirectory()) yield* this.jelajah(p, rel);
      else if (d.isFile()) yield { p, rel, nama: d.name };
    }
  }

  async *daftar(awalan = ""): AsyncIterable<InfoObjek> {
    for await (const f of this.jelajah(this.folder, "")) {
      if (!kunciSah(f.rel) || !f.rel.startsWith(awalan)) continue;
      const st = await stat(f.p).catch(() => null);
      if (st?.isFile()) yield { kunci: f.rel, ukuran: st.size, diubah: st.mtime };
    }
  }

  async sapuSementara(sebelum: Date): Promise<number> {
    let n = 0;
    for await (const f of this.jelajah(this.folder, "")) {
      if (!f.nama.startsWith(".tmp-")) continue;
      const st = await stat(f.p).catch(() => null);
      if (st && st.mtime < sebelum) {
        await rm(f.p, { force: true });
        n++;
      }
    }
    return n;
  }
}

// ─── S3 ───────────────────────────────────────────────────────────────────────────────────────

export interface OpsiS3 {
  /** Endpoint S3-kompatibel (MinIO, dll.); kosong = AWS. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** Objek tidak ada (bukan bucket tidak ada, yang merupakan salah konfigurasi dan tetap dilempar). */
function objekTidakAda(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const x = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  if (x.name === "NoSuchBucket" || x.Code === "NoSuchBucket") return false;
  return x.name === "NoSuchKey" || x.name === "NotFound" || x.$metadata?.httpStatusCode === 404;
}

export class PenyimpananS3 implements Penyimpanan {
  readonly jenis = "s3" as const;
  readonly bucket: string;
  private readonly klien: S3Client;

  constructor(opsi: OpsiS3) {
    this.bucket = opsi.bucket;
    this.klien = new S3Client({
      region: opsi.region,
      endpoint: opsi.endpoint || undefined,
      forcePathStyle: opsi.forcePathStyle,
      credentials: { accessKeyId: opsi.accessKeyId, secretAccessKey: opsi.secretAccessKey },
      // Layanan S3-kompatibel sering belum mendukung checksum "flexible" (CRC32 di trailer) bawaan SDK terbaru.
      ...(opsi.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
    });
  }

  async simpan(kunci: string, isi: Uint8Array, mime: string): Promise<void> {
    await this.klien.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: pastikanKunci(kunci),
        Body: isi,
        ContentLength: isi.byteLength,
        ContentType: mime || "application/octet-stream",
      }),
    );
  }

  async baca(kunci: string): Promise<Uint8Array | null> {
    const k = pastikanKunci(kunci);
    try {
      const r = await this.klien.send(new GetObjectCommand({ Bucket: this.bucket, Key: k }));
      if (!r.Body) return new Uint8Array(0);
      return sebagaiUint8Array(await r.Body.transformToByteArray());
    } catch (e) {
      if (objekTidakAda(e)) return null;
      throw e;
    }
  }

  async bacaStream(kunci: string): Promise<{ stream: ReadableStream<Uint8Array>; ukuran: number | null } | null> {
    const k = pastikanKunci(kunci);
    try {
      const r = await this.klien.send(new GetObjectCommand({ Bucket: this.bucket, Key: k }));
      const stream = r.Body
        ? (r.Body.transformToWebStream() as ReadableStream<Uint8Array>)
        : new ReadableStream<Uint8Array>({ start: (c) => c.close() });
      return { stream, ukuran: r.ContentLength ?? null };
    } catch (e) {
      if (objekTidakAda(e)) return null;
      throw e;
    }
  }

  async hapus(kunci: string): Promise<void> {
    // DeleteObject pada S3 sudah idempoten (204 walau objek tidak ada); 404 dari layanan lain juga diabaikan.
    try {
      await this.klien.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: pastikanKunci(kunci) }));
    } catch (e) {
      if (objekTidakAda(e)) return;
      throw e;
    }
  }

  async ada(kunci: string): Promise<boolean> {
    const k = pastikanKunci(kunci);
    try {
      await this.klien.send(new HeadObjectCommand({ Bucket: this.bucket, Key: k }));
      return true;
    } catch (e) {
      if (objekTidakAda(e)) return false;
      throw e;
    }
  }

  async *daftar(awalan = ""): AsyncIterable<InfoObjek> {
    let token: string | undefined;
    do {
      const r = await this.klien.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: awalan || undefined, ContinuationToken: token }),
      );
      for (const o of r.Contents ?? []) {
        if (o.Key && kunciSah(o.Key)) yield { kunci: o.Key, ukuran: o.Size ?? 0, diubah: o.LastModified ?? new Date(0) };
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
  }

  async sapuSementara(_sebelum: Date): Promise<number> {
    return 0;
  }

  /** Menutup koneksi HTTP klien (untuk skrip/uji). */
  tutup(): void {
    this.klien.destroy();
  }
}

// ─── Dari variabel lingkungan ─────────────────────────────────────────────────────────────────

function isiEnv(env: Record<string, string | undefined>, nama: string): string | undefined {
  const v = env[nama]?.trim();
  return v ? v : undefined;
}

function benarSalah(nilai: string, nama: string): boolean {
  if (/^(1|true|ya|yes)$/i.test(nilai)) return true;
  if (/^(0|false|tidak|no)$/i.test(nilai)) return false;
  throw new Error(`${nama} harus "1" atau "0" (sekarang: ${JSON.stringify(nilai)}).`);
}

/**
 * Penyimpanan sesuai lingkungan:
 * - SKP_PENYIMPANAN=s3 → S3 dengan SKP_S3_BUCKET, SKP_S3_ACCESS_KEY_ID, SKP_S3_SECRET_ACCESS_KEY (wajib),
 *   SKP_S3_REGION (bawaan us-east-1), SKP_S3_ENDPOINT (opsional, mis. MinIO), SKP_S3_FORCE_PATH_STYLE
 *   (bawaan "1" bila endpoint diisi, selain itu "0").
 * - kosong/"lokal" → folder SKP_FOLDER_BERKAS, atau <DATA_DIR atau .data>/berkas; jalur relatif terhadap akarProyek.
 */
export function penyimpananDariEnv(env: Record<string, string | undefined>, akarProyek: string): Penyimpanan {
  const mode = (isiEnv(env, "SKP_PENYIMPANAN") ?? "lokal").toLowerCase();

  if (mode === "s3") {
    const wajib = ["SKP_S3_BUCKET", "SKP_S3_ACCESS_KEY_ID", "SKP_S3_SECRET_ACCESS_KEY"] as const;
    const kurang = wajib.filter((n) => !isiEnv(env, n));
    if (kurang.length) {
      throw new Error(`Penyimpanan S3 (SKP_PENYIMPANAN=s3) belum lengkap: variabel ${kurang.join(", ")} belum diisi.`);
    }
    const endpoint = isiEnv(env, "SKP_S3_ENDPOINT");
    if (endpoint) {
      let url: URL | null = null;
      try {
        url = new URL(endpoint);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
        throw new Error(`SKP_S3_ENDPOINT harus berupa URL http:// atau https:// (sekarang: ${JSON.stringify(endpoint)}).`);
      }
    }
    const pathStyle = isiEnv(env, "SKP_S3_FORCE_PATH_STYLE");
    return new PenyimpananS3({
      endpoint,
      region: isiEnv(env, "SKP_S3_REGION") ?? "us-east-1",
      bucket: isiEnv(env, "SKP_S3_BUCKET")!,
      accessKeyId: isiEnv(env, "SKP_S3_ACCESS_KEY_ID")!,
      secretAccessKey: isiEnv(env, "SKP_S3_SECRET_ACCESS_KEY")!,
      forcePathStyle: pathStyle ? benarSalah(pathStyle, "SKP_S3_FORCE_PATH_STYLE") : Boolean(endpoint),
    });
  }

  if (mode !== "lokal" && mode !== "local") {
    throw new Error(`SKP_PENYIMPANAN tidak dikenal: ${JSON.stringify(mode)}. Gunakan "lokal" (bawaan) atau "s3".`);
  }
  const folder = isiEnv(env, "SKP_FOLDER_BERKAS");
  const dasar = folder
    ? path.resolve(akarProyek, folder)
    : path.resolve(akarProyek, isiEnv(env, "DATA_DIR") ?? ".data", "berkas");
  return new PenyimpananLokal(dasar);
}
