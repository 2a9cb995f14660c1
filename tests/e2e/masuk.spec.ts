import { expect, test } from "@playwright/test";
import { AKUN, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test.describe("Halaman masuk", () => {
  test("tampil, dapat diakses, dan halaman portal mengarah ke sini tanpa sesi", async ({ page }, info) => {
    await page.goto("/beranda");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { name: "Masuk ke Sasaran Kinerja Pegawai" })).toBeVisible();
    await periksaAksesibilitas(page, info, "login");
    await tangkapLayar(page, "login");
  });

  test("kata sandi salah ditolak dengan pesan yang jelas", async ({ page }, info) => {
    await page.goto("/login");
    await page.getByLabel("NIP / NI PPPK").fill(AKUN.atasan);
    await page.getByLabel("Kata sandi").fill("bukan-sandinya");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("NIP atau kata sandi salah.");
    await expect(page).toHaveURL(/\/login$/);
    // NIP yang diketik tetap ada.
    await expect(page.getByLabel("NIP / NI PPPK")).toHaveValue(AKUN.atasan);
    await periksaAksesibilitas(page, info, "login-salah");
    await tangkapLayar(page, "login-salah");
  });

  test("NIP yang tidak terdaftar mendapat pesan yang sama (tidak membocorkan NIP)", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("NIP / NI PPPK").fill("198001012005011001");
    await page.getByLabel("Kata sandi").fill("apa saja");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("form [role=alert]")).toHaveText("NIP atau kata sandi salah.");
  });

  test("NIP salah format dan kata sandi kosong mendapat pesan per kolom", async ({ page }, info) => {
    await page.goto("/login");
    await page.getByLabel("NIP / NI PPPK").fill("12345");
    await page.getByRole("button", { name: "Masuk" }).click();
    const nip = page.getByLabel("NIP / NI PPPK");
    await expect(nip).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#nip-galat")).toContainText("18 digit");
    await expect(page.locator("#password-galat")).toHaveText("Kata sandi wajib diisi.");
    await periksaAksesibilitas(page, info, "login-galat");
    await tangkapLayar(page, "login-galat");

    // Tanggal lahir mustahil di dalam NIP.
    await nip.fill("199313402019031014");
    await page.getByLabel("Kata sandi").fill("x");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.locator("#nip-galat")).toContainText("lahir");
  });
});
