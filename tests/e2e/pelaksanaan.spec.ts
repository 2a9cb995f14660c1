// Pelaksanaan seperti dilakukan orang sungguhan: ASN menyusun rencana aksi Triwulan I, mengunggah PDF dan foto,
// mengisi realisasi; atasan melihat kelengkapan naik dan berkomentar; ASN melihat komentar baru.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test.describe.configure({ mode: "serial" });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const EXE = (() => {
  const b = Buffer.alloc(512);
  b.set([0x4d, 0x5a]);
  b.set([0x80], 0x3c);
  b.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return b;
})();
const URAIAN = "Menyusun rekap data capaian program kesehatan triwulan I";

async function bukaPelaksanaanJoko(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pelaksanaan SKP Joko Susilo/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan I", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Triwulan I ·/ })).toBeVisible();
}

test("ASN mengisi rencana aksi, bukti dan realisasi Triwulan I", async ({ page }, info) => {
  await masuk(page, { key: "joko" });
  await bukaPelaksanaanJoko(page);
  await expect(page.getByText(/^0% · Belum diisi/)).toBeVisible();

  const rhk = page.getByRole("region").filter({ has: page.getByRole("heading", { level: 2, name: /^U1/ }) });
  await rhk.getByLabel(/Rencana aksi baru untuk U1/).fill(URAIAN);
  await rhk.getByLabel("Target (opsional)").fill("3");
  await rhk.getByLabel("Satuan").last().fill("dokumen");
  await rhk.getByRole("button", { name: "Tambah rencana aksi" }).click();
  await expect(rhk.getByRole("listitem").filter({ hasText: URAIAN })).toBeVisible();

  const aksi = rhk.getByRole("listitem").filter({ hasText: URAIAN });
  const unggah = aksi.getByLabel(/Unggah berkas/);
  // Executable yang diberi nama .pdf ditolak dengan pesan jelas.
  await unggah.setInputFiles({ name: "laporan.pdf", mimeType: "application/pdf", buffer: EXE });
  await aksi.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(aksi.getByRole("alert")).toContainText("Isi berkas");

  await unggah.setInputFiles({ name: "rekap-triwulan-I.pdf", mimeType: "application/pdf", buffer: PDF });
  await aksi.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(aksi.getByRole("link", { name: "rekap-triwulan-I.pdf" })).toBeVisible();
  await unggah.setInputFiles({ name: "foto kegiatan.jpg", mimeType: "image/jpeg", buffer: JPEG });
  await aksi.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(aksi.getByRole("link", { name: "foto kegiatan.jpg" })).toBeVisible();
  await expect(aksi.getByText("2 bukti")).toBeVisible();

  // Unduhan bukti: lampiran dengan nama yang aman.
  const unduh = await page.request.get((await aksi.getByRole("link", { name: "rekap-triwulan-I.pdf" }).getAttribute("href"))!);
  expect(unduh.status()).toBe(200);
  expect(unduh.headers()["content-disposition"]).toContain("attachment");
  expect(unduh.headers()["content-type"]).toBe("application/pdf");

  const realisasi = rhk.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Simpan realisasi" }) }).first();
  await realisasi.getByLabel(/^Realisasi/).fill("2");
  await realisasi.getByLabel("Dasar realisasi").fill("Rekap Januari–Maret");
  await realisasi.getByRole("button", { name: "Simpan realisasi" }).click();
  await expect(realisasi.getByRole("status")).toHaveText("Realisasi disimpan.");
  await page.reload();
  await expect(page.getByText(/^\d+% · Belum lengkap|^100% · Lengkap/)).toBeVisible();
  await periksaAksesibilitas(page, info, "pelaksanaan-asn");
  await tangkapLayar(page, "pelaksanaan-asn");
});

test("atasan melihat kelengkapan naik dan berkomentar; ASN melihat komentar baru", async ({ page }, info) => {
  await masuk(page, { key: "nurlaela" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await page.getByRole("link", { name: "Pemantauan pelaksanaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pemantauan pelaksanaan/ })).toBeVisible();
  const baris = page.getByRole("row").filter({ hasText: "Joko Susilo" });
  const tw1 = baris.getByRole("link", { name: /% · .*buka pelaksanaan Joko Susilo/ }).first();
  await expect(tw1).not.toContainText("0% · Belum mulai");
  await periksaAksesibilitas(page, info, "pemantauan");
  await tangkapLayar(page, "pemantauan");
  await tw1.click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pelaksanaan SKP Joko Susilo/ })).toBeVisible();
  const aksi = page.getByRole("listitem").filter({ hasText: URAIAN });
  await aksi.getByText(/^Umpan balik \(0\)/).click();
  await aksi.getByLabel(/Tulis umpan balik untuk rencana aksi/).fill("Bagus. Lampirkan juga daftar hadir rapat koordinasinya.");
  await aksi.getByRole("button", { name: "Kirim umpan balik" }).click();
  await expect(aksi.getByRole("status")).toHaveText("Umpan balik terkirim.");
  await periksaAksesibilitas(page, info, "pelaksanaan-atasan");

  await masuk(page, { key: "joko" });
  await bukaPelaksanaanJoko(page);
  await expect(page.getByText("Ada 1 umpan balik baru sejak kunjungan terakhir Anda")).toBeVisible();
  await expect(page.getByText("Lampirkan juga daftar hadir rapat koordinasinya.")).toBeVisible();
  await tangkapLayar(page, "pelaksanaan-komentar");
});

test("ASN mengimpor rencana aksi Triwulan II dari templat Excel: pratinjau, galat per baris, lalu simpan", async ({ page }, info) => {
  const ExcelJS = (await import("exceljs")).default;
  await masuk(page, { key: "joko" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await page.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan II", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Triwulan II ·/ })).toBeVisible();

  // Unduh templat seperti pengguna, lalu isi dengan Excel (di sini: exceljs).
  const unduhan = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat Excel Triwulan II" }).click();
  const berkas = await (await unduhan).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(berkas);
  const ws = wb.getWorksheet("Rencana Aksi")!;
  ws.getRow(6).values = ["U1", "Memutakhirkan data sasaran imunisasi puskesmas", 4, "laporan"];
  ws.getRow(7).values = ["U9", "Kode yang tidak ada", null, null];
  const salah = Buffer.from(await wb.xlsx.writeBuffer());

  const pilih = page.getByLabel("Berkas Excel rencana aksi");
  await pilih.setInputFiles({ name: "rencana-aksi.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: salah });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByRole("list", { name: "Kesalahan impor" })).toContainText("Baris 7");
  await expect(page.getByRole("button", { name: /^Simpan \d+ rencana aksi/ })).toHaveCount(0);

  ws.getRow(7).values = ["U1", "Menyusun laporan cakupan imunisasi triwulan II", 1, "laporan"];
  const benar = Buffer.from(await wb.xlsx.writeBuffer());
  await pilih.setInputFiles({ name: "rencana-aksi.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: benar });
  await page.getByRole("button", { name: "Pratinjau" }).click();
  await expect(page.getByRole("table", { name: "Pratinjau rencana aksi yang akan dibuat" })).toContainText("Memutakhirkan data sasaran imunisasi puskesmas");
  await periksaAksesibilitas(page, info, "impor-pratinjau");
  await tangkapLayar(page, "impor-pratinjau");
  await page.getByRole("button", { name: "Simpan 2 rencana aksi" }).click();
  await expect(page.getByText("2 rencana aksi diimpor ke Triwulan II.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Menyusun laporan cakupan imunisasi triwulan II" }).first()).toBeVisible();
});
