import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_PEGAWAI, nipAkunDemo, nipDemo } from "@/prisma/demo-data";

export const AKUN = {
  asn: nipAkunDemo("asn"),
  atasan: nipAkunDemo("atasan"),
  admin: nipAkunDemo("admin"),
} as const;
export const SANDI = DEMO_PASSWORD;

/** NIP pegawai demo mana pun, menurut kuncinya di prisma/demo-data.ts. */
export function nipPegawai(key: string): string {
  const i = DEMO_PEGAWAI.findIndex((p) => p.key === key);
  if (i < 0) throw new Error(`pegawai demo ${key} tidak ada`);
  return nipDemo(DEMO_PEGAWAI[i]!, i + 1);
}

export type Akun = keyof typeof AKUN | { key: string };

/** Akun yang sesinya disiapkan sekali oleh tests/e2e/sesi.setup.ts (proyek "sesi" di playwright.config.ts). */
export const AKUN_BERSESI: Akun[] = ["asn", "atasan", "admin", { key: "nurlaela" }, { key: "agus" }, { key: "hendra" }, { key: "joko" }];

const namaAkun = (peran: Akun) => (typeof peran === "string" ? peran : peran.key);

/** Berkas storageState satu akun (di luar outputDir, agar tidak dihapus saat proyek uji dimulai). */
export function berkasSesi(peran: Akun): string {
  return path.join("test-results", ".sesi", `${namaAkun(peran)}.json`);
}

/** Masuk lewat formulir /login seperti pengguna (scrypt, throttle, jejak audit). */
export async function masukLewatFormulir(page: Page, peran: Akun) {
  await page.goto("/login");
  await page.getByLabel("NIP / NI PPPK").fill(typeof peran === "string" ? AKUN[peran] : nipPegawai(peran.key));
  await page.getByLabel("Kata sandi").fill(SANDI);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
}

/**
 * Menjadi pengguna `peran` dan membuka Beranda. Uji yang tidak sedang menguji proses masuk memakai sesi yang
 * disimpan proyek "sesi" (pola storageState Playwright): cookie konteks diganti, tanpa formulir dan scrypt
 * di setiap uji. Tanpa berkas sesi yang berlaku (mis. `--no-deps`), masuk lewat formulir.
 */
export async function masuk(page: Page, peran: Akun) {
  const berkas = berkasSesi(peran);
  if (!existsSync(berkas)) {
    // Tanpa berkas sesi (akun di luar AKUN_BERSESI): sesi akun sebelumnya di konteks ini dilepas dulu, agar /login
    // tidak langsung mengalihkan ke Beranda akun itu.
    await page.context().clearCookies();
    return masukLewatFormulir(page, peran);
  }
  const sesi = JSON.parse(readFileSync(berkas, "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().clearCookies();
  await page.context().addCookies(sesi.cookies);
  await page.goto("/beranda");
  // Sesi tersimpan tidak berlaku lagi: dicabut karena uji lain menekan Keluar (sesi dicabut di basis data), atau
  // sisa jalan sebelumnya (AUTH_SECRET lain). Masuk lewat formulir, lalu simpan sesi baru untuk uji berikutnya.
  if (new URL(page.url()).pathname === "/login") {
    await masukLewatFormulir(page, peran);
    await page.context().storageState({ path: berkas });
    return;
  }
  await expect(page.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
}

/** Pemindaian aksesibilitas (axe, WCAG 2.1 A/AA): tidak boleh ada pelanggaran serius atau kritis. */
export async function periksaAksesibilitas(page: Page, info: TestInfo, nama: string) {
  // Setelah navigasi klien, Next memasang <title> halaman baru sesudah isinya tampil; tunggu, jangan pindai di antaranya.
  await expect(page).toHaveTitle(/\S/);
  const hasil = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const berat = hasil.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  await info.attach(`axe-${nama}.json`, { body: JSON.stringify(hasil.violations, null, 2), contentType: "application/json" });
  expect(
    berat.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `pelanggaran aksesibilitas di ${nama}`,
  ).toEqual([]);
}

/** Tangkapan layar untuk ditinjau manusia (test-results/layar/). */
export async function tangkapLayar(page: Page, nama: string) {
  // Animasi dihentikan dan kursor teks disembunyikan: gambar stabil, tanpa menunggu transisi selesai.
  await page.screenshot({ path: `test-results/layar/${nama}.png`, fullPage: true, animations: "disabled", caret: "hide" });
}

export async function keluar(page: Page) {
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/**
 * Di ponsel (390 × 844 CSS px, mis. iPhone 12–15) halaman tidak boleh bergulir ke samping: lebar dokumen
 * tidak melebihi lebar layar. Tabel lebar boleh bergulir di dalam wadahnya sendiri (overflow-x-auto).
 */
export async function periksaTanpaGulirHorizontal(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  // scrollWidth memaksa tata letak terkini; dibaca ulang sampai ukuran baru diterapkan (tanpa menunggu
  // requestAnimationFrame, yang bisa tidak pernah terpanggil pada mesin CI yang sibuk).
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `lebar halaman ${page.url()} pada layar 390 px (gulir horizontal)`,
      timeout: 5_000,
    })
    .toBeLessThanOrEqual(390);
}
