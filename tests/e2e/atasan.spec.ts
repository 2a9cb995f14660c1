// Atasan di Dinas Kesehatan: menyetujui beberapa SKP sekaligus, menyusun matriks peran hasil dan templat ekspektasi.
import { expect, test } from "@playwright/test";
import { masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test("kepala bidang menyetujui SKP bawahan sekaligus, mengisi matriks peran hasil dan templat ekspektasi", async ({ page }, info) => {
  page.on("dialog", (d) => void d.accept());
  await masuk(page, { key: "nurlaela" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await expect(page.getByText("1 SKP menunggu persetujuan Anda.")).toBeVisible();
  await periksaAksesibilitas(page, info, "bawahan-menunggu");

  // Meninjau dulu, lalu kembali dan menyetujui lewat kotak centang.
  await page.getByRole("row").filter({ hasText: "Anisa Rahmah" }).getByRole("link", { name: /Tinjau SKP/ }).click();
  await expect(page.getByRole("region", { name: "Hasil kerja", exact: true })).toBeVisible();
  await page.goBack();
  await page.getByRole("checkbox", { name: /Pilih SKP Anisa Rahmah/ }).check();
  await page.getByRole("button", { name: "Setujui SKP yang dipilih" }).click();
  await expect(page.getByRole("status")).toHaveText("1 SKP disetujui.");
  await expect(page.getByRole("row").filter({ hasText: "Anisa Rahmah" })).toContainText("Disetujui");

  await page.getByRole("link", { name: "Matriks peran hasil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Matriks Peran Hasil" })).toBeVisible();
  await periksaAksesibilitas(page, info, "matriks");
  const sel = page.getByLabel(/Peran hasil Joko Susilo untuk RHK: Terlaksananya intervensi gizi/);
  await sel.fill("Tersedianya data sasaran intervensi gizi per desa lokus");
  await page.getByRole("button", { name: "Simpan matriks" }).click();
  await expect(page.getByRole("status")).toHaveText("Matriks peran hasil disimpan.");
  await page.reload();
  await expect(sel).toHaveValue("Tersedianya data sasaran intervensi gizi per desa lokus");
  await tangkapLayar(page, "matriks");

  await page.goto("/bawahan/ekspektasi");
  await expect(page.getByRole("heading", { level: 1, name: "Templat ekspektasi khusus pimpinan" })).toBeVisible();
  await page.getByLabel("Nama templat").fill("Bidang Kesmas");
  await page.getByLabel("2. Akuntabel").fill("Laporan kegiatan disampaikan paling lambat tanggal 5 bulan berikutnya.");
  await page.getByRole("button", { name: "Simpan templat" }).click();
  await expect(page.getByRole("status")).toHaveText('Templat "Bidang Kesmas" disimpan.');
  await expect(page.getByRole("region", { name: "Templat saya" })).toContainText("1 dari 7 nilai berisi ekspektasi");
  await periksaAksesibilitas(page, info, "templat");
  await tangkapLayar(page, "templat");
});
