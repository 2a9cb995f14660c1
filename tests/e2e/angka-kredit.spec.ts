// Angka kredit jabatan fungsional (#16, Peraturan BKN 3/2023): admin BKD menetapkan koefisien (riwayat tampil),
// menampilkan dan mengunduh daftar Konversi Predikat Kinerja ke Angka Kredit Diskominfo Triwulan I lalu membuka
// Excel-nya; Fitri (Pranata Komputer Ahli Pertama, Triwulan I final Baik di data demo) melihat angka kreditnya pada
// hasil penilaiannya. Pemindaian axe, ponsel 390 px, tangkapan layar ke test-results/layar/.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { masuk, nipPegawai, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

const TAHUN = new Date().getUTCFullYear();

test("admin: koefisien dengan riwayat dan daftar konversi angka kredit (Excel)", async ({ page }, info) => {
  await masuk(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Angka kredit jabatan fungsional" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Angka kredit jabatan fungsional" })).toBeVisible();
  const tabelKoef = page.getByRole("region", { name: "Koefisien tahunan per jenjang" });
  await expect(tabelKoef.getByRole("row", { name: /Ahli Pertama/ })).toContainText("12,5");
  await expect(tabelKoef.getByRole("row", { name: /Ahli Pertama/ })).toContainText("terverifikasi");
  await expect(tabelKoef.getByRole("row", { name: /Ahli Utama/ })).toContainText("belum terverifikasi");
  await expect(tabelKoef).toContainText("hari terakhir periode");
  await periksaAksesibilitas(page, info, "admin-angka-kredit");

  // Nilai baru Ahli Utama (tidak dipakai jabatan demo) dari 1 Juli: riwayat bertambah, nilai lama tetap.
  const tetapkan = page.getByRole("region", { name: "Tetapkan koefisien" });
  await tetapkan.getByLabel("Jenjang").selectOption({ label: "Ahli Utama" });
  await tetapkan.getByLabel("Koefisien tahunan").fill("52,5");
  await tetapkan.getByLabel("Berlaku mulai").fill(`${TAHUN}-07-01`);
  await tetapkan.getByRole("button", { name: "Simpan koefisien" }).click();
  await expect(tetapkan.getByRole("status")).toContainText(new RegExp(`Ahli Utama: 52,5 berlaku mulai 1 Juli ${TAHUN}`));
  const riwayat = page.getByRole("region", { name: /Riwayat koefisien/ });
  await expect(riwayat.getByRole("row", { name: /Ahli Utama/ }).filter({ hasText: "52,5" })).toContainText("Muhammad Rizki Pratama");
  await expect(riwayat.getByRole("row", { name: /Ahli Utama/ }).filter({ hasText: "1 Januari 2023" })).toContainText("50");
  // Isian salah ditandai di kolomnya.
  await tetapkan.getByLabel("Koefisien tahunan").fill("12,3456");
  await tetapkan.getByRole("button", { name: "Simpan koefisien" }).click();
  await expect(tetapkan.getByText(/paling banyak 3 angka di belakang koma/).first()).toBeVisible();

  // Daftar konversi Diskominfo, Triwulan I.
  const konversi = page.getByRole("region", { name: "Konversi Predikat Kinerja ke Angka Kredit" });
  await konversi.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Komunikasi dan Informatika" });
  await konversi.locator('select[name="tahun"]').selectOption(String(TAHUN));
  await konversi.getByRole("button", { name: "Tampilkan" }).click();
  await konversi.locator('select[name="periode"]').selectOption({ label: "Triwulan I" });
  await konversi.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/periode=TW1/);
  const barisFitri = page.getByRole("row", { name: /Fitri Handayani/ });
  await expect(barisFitri).toContainText("Ahli Pertama");
  await expect(barisFitri).toContainText("Baik");
  await expect(barisFitri).toContainText("3,13");
  await expect(page.getByRole("row", { name: /Dian Puspitasari/ })).toContainText("9,38");
  await periksaAksesibilitas(page, info, "admin-angka-kredit-konversi");
  await tangkapLayar(page, "admin-angka-kredit-desktop");

  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const berkas = await unduh;
  expect(berkas.suggestedFilename()).toBe(`angka-kredit-${TAHUN}-tw1-dinas-komunikasi-dan-informatika.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await berkas.path())!);
  const ws = wb.getWorksheet("Angka kredit")!;
  expect(String(ws.getRow(1).getCell(1).value)).toBe(`Konversi Predikat Kinerja ke Angka Kredit, Dinas Komunikasi dan Informatika, Triwulan I ${TAHUN}`);
  expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(["No", "NIP", "Nama", "Jabatan", "Jenjang", "Predikat", "Persentase", "Koefisien", "Bulan", "Angka kredit"]);
  let fitri: unknown[] | null = null;
  for (let r = 6; r <= ws.rowCount; r++) if (String(ws.getRow(r).getCell(3).value).includes("Fitri Handayani")) fitri = (ws.getRow(r).values as unknown[]).slice(2);
  expect(fitri).toEqual([nipPegawai("fitri"), "Fitri Handayani, S.Kom.", "Pranata Komputer Ahli Pertama", "Ahli Pertama", "Baik", "100%", "12,5", 3, 3.13]);

  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-angka-kredit-ponsel");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Jenjang pada halaman jabatan (Struktur OPD → jabatan): tampil dan dapat diubah; dikembalikan sesudahnya.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Dinas Komunikasi dan Informatika" }).first().click();
  await page.getByRole("link", { name: "Pranata Hubungan Masyarakat Ahli Muda" }).first().click();
  const panel = page.getByRole("region", { name: "Jenjang jabatan fungsional" });
  await expect(panel).toContainText("Jenjang: Ahli Muda");
  await panel.getByLabel("Jenjang").selectOption({ label: "Ahli Madya" });
  await panel.getByRole("button", { name: "Simpan jenjang" }).click();
  await expect(panel.getByRole("status")).toContainText("Jenjang Pranata Hubungan Masyarakat Ahli Muda: Ahli Madya.");
  await expect(panel).toContainText("Jenjang: Ahli Madya");
  await periksaAksesibilitas(page, info, "admin-jabatan-jenjang");
  await tangkapLayar(page, "admin-jabatan-jenjang");
  await panel.getByLabel("Jenjang").selectOption({ label: "Ahli Muda" });
  await panel.getByRole("button", { name: "Simpan jenjang" }).click();
  await expect(panel).toContainText("Jenjang: Ahli Muda");
});

test("pejabat fungsional melihat angka kredit pada hasil penilaiannya", async ({ page }, info) => {
  await masuk(page, { key: "fitri" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await expect(page).toHaveURL(/\/skp$/);
  await page.getByRole("main").getByRole("link", { name: /^SKP (kuantitatif|kualitatif)/ }).first().click();
  await page.getByRole("link", { name: "Penilaian", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hasil penilaian kinerja ${TAHUN}` })).toBeVisible();
  await expect(page.getByText("Jabatan fungsional jenjang Ahli Pertama")).toBeVisible();
  const tw1 = page.getByRole("listitem").filter({ hasText: "Triwulan I" }).filter({ hasNotText: "Triwulan II" }).first();
  await expect(tw1).toContainText("Angka kredit: 3,13");
  await expect(tw1).toContainText("3/12 × 100% × 12,5 = 3,13");
  // Periode yang belum final tidak menampilkan angka kredit.
  await expect(page.getByRole("listitem").filter({ hasText: "Triwulan II" }).first()).not.toContainText("Angka kredit");
  await periksaAksesibilitas(page, info, "hasil-angka-kredit");
  await tangkapLayar(page, "hasil-angka-kredit-desktop");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "hasil-angka-kredit-ponsel");
});
