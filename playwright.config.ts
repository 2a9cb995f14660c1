import os from "node:os";
import { defineConfig, devices } from "@playwright/test";

// Dijalankan oleh `npm run test:e2e` (scripts/with-test-db.ts menyiapkan DATABASE_URL, AUTH_SECRET, E2E_PORT
// dan build produksi). E2E_BASE_URL: uji terhadap server yang sudah berjalan (tanpa webServer).
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Di mesin 2 inti, dua worker (dua Chromium) berebut CPU dengan server Next dan PostgreSQL: setiap uji
// melambat dan perjalanan panjang melewati batas waktunya. Satu worker per dua inti, paling banyak dua.
const workers = Math.max(1, Math.min(2, Math.floor(os.availableParallelism() / 2)));

// Chromium sendiri menghubungi Google (isian otomatis formulir, accounts.google.com) walau tanpa internet.
// Semua nama host selain server uji langsung gagal, tanpa menunggu DNS.
const hostUji = new URL(baseURL).hostname;
const aturanHost = ["MAP * ~NOTFOUND", "EXCLUDE 127.0.0.1", "EXCLUDE localhost", `EXCLUDE ${hostUji}`].join(", ");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  // Batas uji menjaga dari macet, bukan mengukur kecepatan: perjalanan panjang di mesin CI yang sibuk
  // butuh lebih dari 30 detik.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Satu langkah yang macet gagal di langkah itu dengan pesan yang jelas, bukan menghabiskan batas uji.
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromium,
      // Playwright sudah memberi --disable-background-networking, --disable-component-update, --disable-sync,
      // --no-first-run dan lainnya.
      args: ["--no-sandbox", "--disable-gpu", `--host-resolver-rules=${aturanHost}`],
    },
  },
  projects: [
    // Masuk sekali per akun (storageState) dan membuka rute menu sekali; lihat tests/e2e/sesi.setup.ts.
    { name: "sesi", testMatch: /sesi\.setup\.ts$/ },
    { name: "chromium", dependencies: ["sesi"] },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node --require ./scripts/alamat-soket.cjs node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: "ignore",
        stderr: "pipe",
      },
});
