// `npm start` (produksi) dan `npm run dev` (pengembangan).
// - Tanpa DATABASE_URL: menjalankan PostgreSQL bawaan di DATA_DIR/pg (hanya 127.0.0.1, port PORT_DB),
//   menerapkan migrasi, mengisi data demo sekali, lalu menjalankan server Next.
// - Dengan DATABASE_URL: memakai server itu; migrasi tetap diterapkan, data demo hanya bila SEED_DEMO=1.
// Ctrl-C menghentikan Next lalu PostgreSQL dengan rapi; start berikutnya memakai data yang sama.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { bukaBasisData, type BasisDataTerbuka } from "../lib/db/buka";
import { migrate } from "../lib/db/migrator";
import { createPrismaClient } from "../lib/db/client";
import { seedDemoLengkap, cetakAkunDemo } from "../prisma/seed";
import { tahunKinerjaSekarang } from "../lib/organisasi/format";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

const t0 = Date.now();
const log = (s: string) => console.log(`[skp] ${s}`);

function detik(ms: number) {
  return `${(ms / 1000).toFixed(1)} d`;
}

/** AUTH_SECRET dari lingkungan, atau dibuat sekali dan disimpan di DATA_DIR (agar sesi bertahan restart). */
async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  await mkdir(dataDir, { recursive: true });
  const s = randomBytes(32).toString("base64url");
  await writeFile(file, s + "\n", { mode: 0o600 });
  return s;
}

/** Build produksi perlu diulang bila belum ada atau ada sumber yang lebih baru daripada build itu. */
function perluBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const waktuBuild = statSync(buildId).mtimeMs;
  const lebihBaru = (p: string): boolean => {
    if (!existsSync(p)) return false;
    const st = statSync(p);
    if (!st.isDirectory()) return st.mtimeMs > waktuBuild;
    return readdirSync(p).some((n) => !n.endsWith(".test.ts") && lebihBaru(path.join(p, n)));
  };
  return ["app", "components", "lib", "types", "generated", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json", "postcss.config.mjs"]
    .some((p) => lebihBaru(path.join(root, p)));
}

/** Alamat soket untuk pembatasan masuk (lib/auth/alamat.ts): dimuat ke proses Next sebelum server dibuat. */
const pemuatAlamatSoket = path.join(root, "scripts", "alamat-soket.cjs");

/** `next start` berjalan sebagai beberapa pekerja yang berbagi port (scripts/klaster.cjs, SKP_PROSES/SKP_HEAP_MB). */
const klaster = path.join(root, "scripts", "klaster.cjs");

function jalankan(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const lewatKlaster = args[0] === "start" ? [klaster] : [];
  return spawn(process.execPath, ["--require", pemuatAlamatSoket, ...lewatKlaster, nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

let db: BasisDataTerbuka | null = null;
let next: ChildProcess | null = null;
let berhenti = false;

async function hentikan(kode: number) {
  if (berhenti) return;
  berhenti = true;
  if (next && next.exitCode === null) {
    log("Menghentikan server web…");
    const keluar = new Promise((r) => next!.once("exit", r));
    next.kill("SIGTERM");
    await Promise.race([keluar, new Promise((r) => setTimeout(r, 10_000))]);
    if (next.exitCode === null) next.kill("SIGKILL");
  }
  if (db?.sumber === "bawaan") {
    log("Menghentikan PostgreSQL bawaan…");
    await db.stop().catch((e) => console.error(e));
  }
  process.exit(kode);
}

process.on("SIGINT", () => void hentikan(0));
process.on("SIGTERM", () => void hentikan(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  let seed = process.env.SEED_DEMO === "1";
  if (!databaseUrl) {
    // Sandi superuser acak di DATA_DIR/pg-password (0600); folder data lama bersandi "postgres" dipindahkan.
    db = await bukaBasisData({ env: process.env, akar: root, log });
    databaseUrl = db.url;
    seed = process.env.SEED_DEMO !== "0";
  }
  const hasil = await migrate(databaseUrl, (s) => log(s));
  log(`Migrasi: ${hasil.applied.length} baru, ${hasil.alreadyApplied} sudah diterapkan.`);

  let akunDemo: (() => void) | null = null;
  if (seed) {
    const prisma = createPrismaClient(databaseUrl, { max: 2 });
    const tahun = tahunKinerjaSekarang();
    const h = await seedDemoLengkap(prisma, { tahun });
    await prisma.$disconnect();
    log(h.dibuat ? `Data demo dibuat (tahun kinerja ${tahun}).` : "Data demo sudah ada; tidak diubah.");
    akunDemo = () => cetakAkunDemo(h, log);
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: await authSecret(),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (!dev && perluBuild()) {
    log("Membangun aplikasi (next build), sekali setelah kode berubah…");
    const tb = Date.now();
    const build = jalankan(["build"], { ...env, NODE_ENV: "production" });
    const kode = await new Promise<number>((r) => build.once("exit", (c) => r(c ?? 1)));
    if (kode !== 0) throw new Error(`next build gagal (kode ${kode}).`);
    log(`Build selesai dalam ${detik(Date.now() - tb)}.`);
  }

  next = jalankan([dev ? "dev" : "start", "-p", String(port), "-H", host], {
    ...env,
    NODE_ENV: dev ? "development" : "production",
  });
  next.once("exit", (c) => {
    if (!berhenti) {
      console.error(`[skp] Server web berhenti (kode ${c}).`);
      void hentikan(c ?? 1);
    }
  });

  // Tunggu server menjawab sebelum mencetak alamatnya.
  const alamat = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  for (let i = 0; i < 600 && !berhenti; i++) {
    try {
      const r = await fetch(`${alamat}/api/health`);
      if (r.ok) break;
    } catch {
      /* belum siap */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!berhenti) {
    log(`Portal SKP siap di ${alamat}  (siap dalam ${detik(Date.now() - t0)}; Ctrl-C untuk berhenti)`);
    akunDemo?.();
  }
} catch (e) {
  console.error(`[skp] ${e instanceof Error ? e.message : String(e)}`);
  await hentikan(1);
}
