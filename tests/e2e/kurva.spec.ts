// Capaian kinerja organisasi dan papan kalibrasi, seperti yang diklik admin BKD dan atasan: admin menetapkan capaian
// Dinas Kesehatan untuk Triwulan II dengan dasarnya; atasan membuka papan kalibrasi Triwulan II dan melihat kurva
// populasinya (capaian Baik, batas maksimal Baik). Pindaian aksesibilitas pada kedua halaman.
import { expect, test } from "@playwright/test";
import { masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test.describe("capaian organisasi dan papan kalibrasi", () => {
  test.describe.configure({ mode: "serial" });

  test("admin BKD menetapkan capaian Dinas Kesehatan Triwulan II", async ({ page }, info) => {
    await masuk(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Capaian kinerja organisasi" }).click();
    await page.getByRole("navigation", { name: "Periode" }).getByRole("link", { name: "Triwulan II", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Capaian kinerja organisasi \d{4}$/ })).toBeVisible();
    const baris = page.getByRole("listitem").filter({ has: page.getByText("Dinas Kesehatan", { exact: true }) }).first();
    await baris.getByLabel("Capaian Dinas Kesehatan").selectOption({ label: "Baik" });
    await baris.getByLabel("Dasar penetapan").fill("Laporan capaian rencana aksi Triwulan II Dinas Kesehatan.");
    await baris.getByRole("button", { name: /^(Tetapkan|Ubah) capaian$/ }).click();
    await expect(page.getByText("Capaian Dinas Kesehatan ditetapkan.")).toBeVisible();
    await expect(baris).toContainText("Capaian berlaku: Baik");
    await periksaAksesibilitas(page, info, "capaian-organisasi");
    await tangkapLayar(page, "kurva-capaian");
  });

  test("atasan melihat kurva populasinya di papan kalibrasi", async ({ page }, info) => {
    await masuk(page, { key: "nurlaela" });
    await page.goto("/bawahan/penilaian?periode=TW2");
    await expect(page.getByText(/^Kurva distribusi Dinas Kesehatan/).locator("..")).toContainText("capaian Baik");
    await page.getByRole("link", { name: "Buka papan kalibrasi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Papan kalibrasi · Triwulan II/ })).toBeVisible();
    const panel = page.getByRole("region", { name: /^Dinas Kesehatan: capaian Baik/ });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { level: 3, name: /^Baik · \d+$/ })).toBeVisible();
    await expect(panel.getByText(/^Maksimal \d+$/).first()).toBeVisible();
    await periksaAksesibilitas(page, info, "papan-kalibrasi");
    await tangkapLayar(page, "kurva-papan");
  });
});
