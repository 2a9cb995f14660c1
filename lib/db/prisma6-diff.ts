// Menjalankan `migrate diff` dari Prisma 6.19 (paket alias "prisma6") dengan engine "js": engine skema
// WASM yang bekerja lewat driver adapter, tanpa mengunduh biner. Dipakai untuk menyusun SQL migrasi
// (scripts/draft-migration.ts) dan untuk uji drift (tests/integration/drift.int.test.ts).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Prisma 6 masih meminta `url` di blok datasource; skema Prisma 7 tidak memilikinya. */
function asPrisma6Schema(schema: string): string {
  return schema.replace(/datasource\s+db\s*{([^}]*)}/, (_m, body: string) =>
    `datasource db {${body.trimEnd()}\n  url = "postgresql://unused"\n}`,
  );
}

/**
 * SQL yang membawa skema `from` (null = basis data kosong) ke skema `to`.
 * `connectionString`: basis data PostgreSQL yang dapat dihubungi (dipakai engine WASM, tidak diubah).
 */
export async function diffSchemas(from: string | null, to: string, connectionString: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "skp-prisma6-"));
  try {
    const cli = require.resolve("prisma6/build/index.js", { paths: [ROOT] });
    const configModule = require.resolve("prisma6/config", { paths: [ROOT] });
    const adapterModule = require.resolve("@prisma/adapter-pg", { paths: [ROOT] });
    await writeFile(path.join(dir, "to.prisma"), asPrisma6Schema(to));
    if (from !== null) await writeFile(path.join(dir, "from.prisma"), asPrisma6Schema(from));
    await writeFile(
      path.join(dir, "prisma.config.ts"),
      `import { defineConfig } from ${JSON.stringify(configModule)};
import { PrismaPg } from ${JSON.stringify(adapterModule)};
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "to.prisma",
  adapter: async () => new PrismaPg({ connectionString: ${JSON.stringify(connectionString)} }) as never,
});
`,
    );
    const args = [cli, "migrate", "diff", "--script", "--to-schema-datamodel", "to.prisma"];
    args.push(...(from === null ? ["--from-empty"] : ["--from-schema-datamodel", "from.prisma"]));
    const { stdout } = await run(process.execPath, args, {
      cwd: dir,
      maxBuffer: 32 * 1024 * 1024,
      env: {
        ...process.env,
        // Tidak dijalankan dengan engine "js", tetapi CLI memeriksa keberadaannya.
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function readSchema(): Promise<string> {
  return readFile(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
}
