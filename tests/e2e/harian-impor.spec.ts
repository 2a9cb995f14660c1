// Impor progres harian dari Excel seperti dilakukan pengguna: unduh templat, isi seminggu (satu baris jamnya
// bertumpang tindih), unggah, lihat baris yang ditolak di pratinjau, perbaiki, simpan, unggah ulang → "Sudah ada".
// Akun demo ASN (Hendri) belum punya SKP disetujui; dipakai Joko, yang SKP-nya disetujui, dengan rencana aksi
// Triwulan IV yang dibuat lewat halaman pelaksanaan di uji ini.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

test.describe.configure({ mode: "serial" });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const URAIAN = `Mencatat rekap kunjungan posyandu harian ${Date.now().toString(36)}`;

async function rencanaAksiTw4(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await page.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan IV", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Triwulan IV ·/ })).toBeVisible();
  const rhk = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 2, name: /^U1/ }) });
  await rhk.getByLabel(/Rencana aksi baru untuk U1/).fill(URAIAN);
  await rhk.getByLabel("Target (opsional)").fill("20");
  await rhk.getByLabel("Satuan").last().fill("kunjungan");
  await rhk.getByRole("button", { name: "Tambah rencana aksi" }).click();
  await expect(rhk.getByRole("listitem").filter({ hasText: URAIAN })).toBeVisible();
}

test("ASN mengimpor seminggu progres harian: baris bertumpang tindih ditolak, diperbaiki, disimpan, unggah ulang tidak menambah", async ({ page }, info) => {
  const ExcelJS = (await import("exceljs")).default;
  await masuk(page, { key: "joko" });
  await rencanaAksiTw4(page);

  await page.goto("/harian/impor");
  await expect(page.getByRole("heading", { level: 1, name: "Impor progres harian dari Excel" })).toBeVisible();
  await expect(page.getByText(URAIAN)).toBeVisible();
  await periksaAksesibilitas(page, info, "harian-impor-awal");
  await tangkapLayar(page, "harian-impor-awal");

  const unduhan = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat Excel" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await unduhan).path());
  const daftar = wb.getWorksheet("Daftar Rencana Aksi")!;
  let label = "";
  daftar.eachRow((r) => void (String(r.getCell(3).value) === URAIAN && (label = String(r.getCell(1).value))));
  expect(label).toMatch(/^RA-\d{2} — .*\(Triwulan IV\)$/);

  const ws = wb.getWorksheet("Progres Harian")!;
  const hari = ["2026-11-26", "2026-11-27", "2026-11-30", "2026-12-01", "2026-12-02"];
  const tgl = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const jam = (h: number, m = 0) => (h * 60 + m) / 1440;
  hari.forEach((h, i) => {
    ws.getRow(6 + i).values = [label, tgl(h), jam(16), jam(17), `Merekap kunjungan posyandu ${h}`, 4, "kunjungan", null];
  });
  // Baris 11: 1 Desember 16.30–17.30, bertumpang tindih dengan baris 9 (16.00–17.00).
  ws.getRow(11).values = [label, "01/12/2026", "16.30", "17:30", "Mengirim rekap ke puskesmas", "1,5", "kunjungan", "https://drive.example.go.id/rekap"];
  const salah = Buffer.from(await wb.xlsx.writeBuffer());

  const pilih = page.getByLabel("Berkas Excel progres harian");
  await pilih.setInputFiles({ name: "progres-harian.xlsx", mimeType: XLSX, buffer: salah });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  const ditolak = page.getByRole("listitem", { name: "Baris 11: Ada kesalahan" });
  await expect(ditolak).toContainText("Kolom Jam Mulai: Jam 16:30–17:30 bertumpang tindih dengan baris 9 (16:00–17:00) pada 1 Desember 2026.");
  await expect(page.getByRole("listitem", { name: "Baris 6: Baru" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Simpan semua/ })).toHaveCount(0);
  await page.getByLabel("Tampilkan hanya baris dengan kesalahan (1)").check();
  await expect(page.getByRole("list", { name: "Pratinjau baris impor" }).getByRole("listitem", { name: /^Baris \d+:/ })).toHaveCount(1);
  await page.getByLabel("Tampilkan hanya baris dengan kesalahan (1)").uncheck();
  await periksaAksesibilitas(page, info, "harian-impor-galat");
  await tangkapLayar(page, "harian-impor-galat");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "harian-impor-galat-ponsel");
  await page.setViewportSize({ width: 1280, height: 900 });

  ws.getRow(11).getCell(3).value = "17:00";
  ws.getRow(11).getCell(4).value = "17:30";
  const benar = Buffer.from(await wb.xlsx.writeBuffer());
  await pilih.setInputFiles({ name: "progres-harian.xlsx", mimeType: XLSX, buffer: benar });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByRole("listitem", { name: "Baris 11: Baru" })).toBeVisible();
  await expect(page.getByText("Pratinjau: 6 entri baru. Periksa lalu simpan.")).toBeVisible();
  await tangkapLayar(page, "harian-impor-pratinjau");
  await page.getByRole("button", { name: "Simpan semua (6 entri baru)" }).click();
  await expect(page.getByText("6 entri progres harian diimpor sebagai draf.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Lihat progres harian" })).toBeVisible();

  // Unggah ulang berkas yang sama: semua baris "Sudah ada", tidak ada yang dapat disimpan lagi.
  await page.reload();
  await page.getByLabel("Berkas Excel progres harian").setInputFiles({ name: "progres-harian.xlsx", mimeType: XLSX, buffer: benar });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByRole("listitem", { name: "Baris 6: Sudah ada" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Baris 11: Sudah ada" })).toBeVisible();
  await expect(page.getByText("6 baris: 0 baru, 6 sudah ada, 0 dengan kesalahan.")).toBeVisible();
  await expect(page.getByText("Semua 6 baris sudah pernah diimpor; tidak ada entri baru untuk disimpan.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Simpan semua/ })).toHaveCount(0);
  await periksaAksesibilitas(page, info, "harian-impor-sudah-ada");
  await tangkapLayar(page, "harian-impor-sudah-ada");
});
