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

export async function masuk(page: Page, peran: keyof typeof AKUN | { key: string }) {
  await page.goto("/login");
  await page.getByLabel("NIP / NI PPPK").fill(typeof peran === "string" ? AKUN[peran] : nipPegawai(peran.key));
  await page.getByLabel("Kata sandi").fill(SANDI);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
}

/** Pemindaian aksesibilitas (axe, WCAG 2.1 A/AA): tidak boleh ada pelanggaran serius atau kritis. */
export async function periksaAksesibilitas(page: Page, info: TestInfo, nama: string) {
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
  await page.screenshot({ path: `test-results/layar/${nama}.png`, fullPage: true });
}

export async function keluar(page: Page) {
  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
}
