// Monitoring admin BKD: kedua halaman terbuka dengan tabelnya, drill-down ke OPD, unduhan Excel; tangkapan layar
// desktop dan 390 px (untuk ditinjau).
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
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
    const berkas = await unduh;
    expect(berkas.suggestedFilename()).toMatch(/^monitoring-pengisian-TW1-\d{4}-dinas-kesehatan\.xlsx$/);
    // Excel terbuka; setiap tabel di halaman ada sebagai lembar dengan judul kolom dan kolom pertama yang sama (urutan sama).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await berkas.path())!);
    const lembar = wb.worksheets.map((ws) => {
      const baris: string[][] = [];
      ws.eachRow((r) => baris.push((r.values as unknown[]).slice(1).map((v) => String(v ?? "").trim())));
      return baris;
    });
    const tabel = await page.getByRole("table").evaluateAll((ts) =>
      ts.map((t) => ({
        judul: [...t.querySelectorAll("thead th")].map((th) => (th.textContent ?? "").trim()),
        pertama: [...t.querySelectorAll("tbody tr")].map((r) => (r.firstElementChild?.textContent ?? "").trim()),
      })),
    );
    expect(tabel.length).toBeGreaterThanOrEqual(2);
    tabel.forEach((t, i) => {
      expect(t.pertama.length, `baris tabel ${i + 1}`).toBeGreaterThan(0);
      const cocok = lembar.some((baris) => {
        const iJudul = baris.findIndex((r) => JSON.stringify(r) === JSON.stringify(t.judul));
        return iJudul >= 0 && JSON.stringify(baris.slice(iJudul + 1).map((r) => r[0])) === JSON.stringify(t.pertama);
      });
      expect(cocok, `tabel ${i + 1} (${t.judul.join(" | ")}) ada di Excel dengan baris yang sama`).toBe(true);
    });
  });
}
