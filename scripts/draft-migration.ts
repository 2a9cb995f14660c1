// Menyusun migrasi baru: `npm run db:draft -- <nama>`.
// Membandingkan skema pada commit terakhir (HEAD) dengan prisma/schema.prisma di folder kerja,
// lalu menulis prisma/migrations/<waktu>_<nama>/migration.sql untuk ditinjau sebelum commit.
// Butuh PostgreSQL yang dapat dihubungi (engine WASM Prisma 6): DATABASE_URL, atau PostgreSQL bawaan.
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { MIGRATIONS_DIR, readMigrations } from "../lib/db/migrator";
import { diffSchemas, readSchema } from "../lib/db/prisma6-diff";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Pakai: npm run db:draft -- <nama_migrasi>");
  process.exit(2);
}

const existing = await readMigrations();
let from: string | null = null;
if (existing.length > 0) {
  try {
    from = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  } catch {
    console.error("Skema pada HEAD tidak terbaca; commit skema sebelumnya terlebih dahulu.");
    process.exit(2);
  }
}

let db: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  db = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `skp-draft-${process.pid}`),
    port: 55000 + (process.pid % 5000),
    database: "draft",
    persistent: false,
  });
  url = db.url;
}
try {
  const sql = await diffSchemas(from, await readSchema(), url);
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.log("Tidak ada perubahan skema.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Ditulis: ${path.relative(process.cwd(), dir)}/migration.sql — tinjau sebelum commit.`);
  }
} finally {
  await db?.stop();
}
