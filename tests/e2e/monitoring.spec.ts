// Monitoring admin BKD: kedua halaman terbuka dengan tabelnya, drill-down ke OPD, unduhan Excel; tangkapan layar
// desktop dan 390 px (untuk ditinjau).
import { expect, test } from "@playwright/test";
import { masuk } from "./bantuan";

const FOLDER = process.env.TANGKAPAN_DIR ?? "test-results/tangkapan";

for (const [lebar, nama] of [[1280, "desktop"], [390, "ponsel"]] as const) {
  test(`monitoring kurva dan pengisian (${nama})`, async ({ page }) => {
    await page.setViewportSize({ width: lebar, height: 900 });
    await masuk(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Monitoring kurva" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Monitoring kurva/ })).toBeVisible();
    await page.getByRole("link", { name: "Triwulan I", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Triwulan I \d/ })).toBeVisible();
    await page.screenshot({ path: `${FOLDER}/kurva-${nama}.png`, fullPage: true });
    await page.getByRole("table").getByRole("link", { name: "Dinas Kesehatan" }).click();
    await expect(page.getByRole("heading", { name: /Pegawai Dinas Kesehatan/ })).toBeVisible();
    await page.screenshot({ path: `${FOLDER}/kurva-dinkes-${nama}.png`, fullPage: true });
    await page.goto("/admin/monitoring/pengisian?periode=TW1");
    await expect(page.getByRole("heading", { level: 1, name: /Monitoring pengisian/ })).toBeVisible();
    await page.screenshot({ path: `${FOLDER}/pengisian-${nama}.png`, fullPage: true });
    await page.getByRole("table").getByRole("link", { name: "Dinas Kesehatan" }).click();
    await expect(page.getByRole("heading", { name: /Pegawai yang tertahan/ })).toBeVisible();
    await page.screenshot({ path: `${FOLDER}/pengisian-dinkes-${nama}.png`, fullPage: true });
    const unduh = page.waitForEvent("download");
    await page.getByRole("link", { name: "Unduh Excel" }).click();
    expect((await unduh).suggestedFilename()).toMatch(/^monitoring-pengisian-TW1-\d{4}-dinas-kesehatan\.xlsx$/);
  });
}
