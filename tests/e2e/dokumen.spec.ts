// Dokumen resmi seperti diklik orang: pegawai membuka Dokumen, menandatangani Evaluasi TW1 dengan kata sandinya
// (sandi salah ditolak), pejabat penilai menandatangani juga; siapa pun membuka halaman verifikasi dari kode di
// dokumen dan mencocokkan PDF yang diunduh (yang diubah satu bita tidak cocok); admin BKD mengunduh ZIP satu unit
// dengan bilah kemajuan. Aksesibilitas (axe) dan 390 px.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, SANDI } from "./bantuan";

const FOLDER = process.env.TANGKAPAN_DIR ?? "test-results/tangkapan";

test.describe.configure({ mode: "serial" });

let kode = "";
let berkasPdf = "";

test("pegawai menandatangani Evaluasi TW1 dari menu Dokumen; sandi salah ditolak", async ({ page }, info) => {
  await masuk(page, { key: "arief" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Dokumen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dokumen" })).toBeVisible();
  await periksaAksesibilitas(page, info, "dokumen-daftar");
  await page.getByRole("link", { name: /Tandatangani Evaluasi Kinerja Pegawai Triwulan I Arief/ }).click();
  await expect(page.getByRole("heading", { name: /Evaluasi Kinerja Pegawai · Triwulan I/ })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("sertifikat pengembangan");

  const form = page.locator("form", { has: page.getByRole("button", { name: "Tandatangani" }) });
  await form.getByLabel("Kata sandi portal").fill("bukan-sandi-saya");
  await form.getByRole("button", { name: "Tandatangani" }).click();
  await expect(form.getByText(/Kata sandi salah/).first()).toBeVisible();
  await form.getByLabel("Kata sandi portal").fill(SANDI);
  await form.getByRole("button", { name: "Tandatangani" }).click();
  await expect(page.getByText(/Ditandatangani \d+ \w+ \d{4} pukul/).first()).toBeVisible();
  await page.screenshot({ path: `${FOLDER}/dokumen-ditandatangani-desktop.png`, fullPage: true });
  await periksaAksesibilitas(page, info, "dokumen-rincian");
  await periksaTanpaGulirHorizontal(page);
  await page.screenshot({ path: `${FOLDER}/dokumen-ditandatangani-390.png`, fullPage: true });
});

test("pejabat penilai menandatangani; PDF berisi dua tanda tangan dan kode verifikasinya", async ({ page }) => {
  await masuk(page, { key: "yudi" });
  await page.goto("/dokumen");
  await page.getByRole("link", { name: /Tandatangani Evaluasi Kinerja Pegawai Triwulan I Arief/ }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Tandatangani" }) });
  await form.getByLabel("Kata sandi portal").fill(SANDI);
  await form.getByRole("button", { name: "Tandatangani" }).click();
  await expect(page.getByText(/Ditandatangani \d+ \w+ \d{4} pukul/)).toHaveCount(2);
  const teks = await page.getByRole("region", { name: /Evaluasi Kinerja Pegawai/ }).textContent();
  kode = /kode verifikasi ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(teks ?? "")?.[1] ?? "";
  expect(kode).not.toBe("");
  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Unduh PDF/ }).first().click();
  const d = await unduh;
  berkasPdf = test.info().outputPath("evaluasi.pdf");
  await d.saveAs(berkasPdf);
  expect(readFileSync(berkasPdf).subarray(0, 5).toString()).toBe("%PDF-");
});

test("siapa pun memverifikasi dari kode: berkas asli cocok, yang diubah satu bita tidak", async ({ browser }, info) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/verifikasi/${kode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" })).toBeVisible();
  await expect(page.getByText("Dokumen terdaftar dan berlaku")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "pegawai yang dinilai" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "pejabat penilai kinerja" })).toBeVisible();
  await periksaAksesibilitas(page, info, "verifikasi");
  await page.getByLabel("Berkas PDF yang Anda terima").setInputFiles(berkasPdf);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByText(/^Cocok: berkas ini terdaftar/)).toBeVisible();
  await page.screenshot({ path: `${FOLDER}/verifikasi-cocok.png`, fullPage: true });

  const rusak = readFileSync(berkasPdf);
  const i = rusak.indexOf("/Type /Page");
  rusak[i + 2] = rusak[i + 2] === 0x79 ? 0x59 : 0x79;
  const jalurRusak = info.outputPath("diubah.pdf");
  writeFileSync(jalurRusak, rusak);
  await page.getByLabel("Berkas PDF yang Anda terima").setInputFiles(jalurRusak);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByText(/^Tidak cocok/)).toBeVisible();
  await periksaTanpaGulirHorizontal(page);
  await page.screenshot({ path: `${FOLDER}/verifikasi-390.png`, fullPage: true });
});

test("admin BKD mengunduh ZIP dokumen satu unit dengan bilah kemajuan", async ({ page }, info) => {
  await masuk(page, "admin");
  await page.goto("/dokumen?periode=TW1");
  const unit = page.getByRole("listitem").filter({ hasText: "Dinas Komunikasi dan Informatika" });
  const unduh = page.waitForEvent("download", { timeout: 110_000 });
  await unit.getByRole("button", { name: /Unduh ZIP/ }).click();
  await expect(unit.getByRole("progressbar")).toBeVisible();
  const d = await unduh;
  const jalur = info.outputPath("unit.zip");
  await d.saveAs(jalur);
  expect(readFileSync(jalur).subarray(0, 2).toString()).toBe("PK");
  await expect(unit.getByRole("status")).toContainText(/Selesai: \d+ dokumen/);
  await page.screenshot({ path: `${FOLDER}/dokumen-unit.png`, fullPage: true });
});
