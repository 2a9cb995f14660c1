// Halaman 404/403 di dalam dan di luar portal: tepat satu <main> (landmark utama tidak boleh ganda).
import { expect, test } from "@playwright/test";
import { masuk } from "./bantuan";

test("404 tanpa sesi: satu main", async ({ page }) => {
  expect((await page.goto("/tidak-ada-halaman-ini"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
});

test("404 dan 403 di dalam portal: satu main, menu portal tetap ada", async ({ page }) => {
  await masuk(page, "asn");
  // notFound() dari halaman portal: tampil di dalam tata letak portal.
  expect((await page.goto("/skp/00000000-0000-0000-0000-000000000000"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Menu utama" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);

  // Alamat yang tidak cocok dengan rute mana pun, dengan sesi.
  expect((await page.goto("/skp/00000000-0000-0000-0000-000000000000/tidak-ada"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);

  // forbidden() dari halaman portal.
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Anda tidak berhak membuka halaman ini" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
});

test("ikon portal: /favicon.ico dan ikon SVG di <head>, bukan 404", async ({ page }) => {
  await page.goto("/login");
  const ikon = await page.locator('head link[rel="icon"]').evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).getAttribute("href")));
  expect(ikon.some((h) => h?.startsWith("/favicon.ico"))).toBe(true);
  const svg = ikon.find((h) => h?.startsWith("/icon.svg"));
  expect(svg).toBeTruthy();
  const ico = await page.request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/");
  const r = await page.request.get(svg!);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("image/svg+xml");
});
