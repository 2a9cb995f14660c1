// Admin BKD, progres harian (issue #15): daftar hari libur (tambah, tempel massal dengan galat per baris, hapus), aturan
// progres harian, laporan bulanan per OPD dan unduhan Excelnya; pemindaian axe kedua halaman, ponsel 390 px, tangkapan
// layar ke test-results/layar/.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

test("hari libur dan aturan progres harian", async ({ page }, info) => {
  page.on("dialog", (d) => void d.accept());
  await masuk(page, "admin");
  await page.goto("/admin/libur?tahun=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Hari libur 2026" })).toBeVisible();
  // Libur demo 2026 (SKB) tampil dengan nama hari.
  await expect(page.getByRole("rowheader", { name: /Senin, 17 Agustus 2026/ })).toBeVisible();
  await periksaAksesibilitas(page, info, "admin-libur");

  // Tambah satu: libur daerah pada hari kerja.
  const tambah = page.getByRole("region", { name: "Tambah satu hari libur" });
  await tambah.getByLabel("Tanggal").fill("2026-12-28");
  await tambah.getByLabel("Keterangan").fill("Hari Jadi Kabupaten Lembah Sejahtera");
  await tambah.getByLabel("Jenis").selectOption("LIBUR_DAERAH");
  await tambah.getByRole("button", { name: "Tambah hari libur" }).click();
  await expect(tambah.getByRole("status")).toContainText("Senin, 28 Desember 2026 ditambahkan ke daftar libur.");
  const baris = page.getByRole("row", { name: /28 Desember 2026/ });
  await expect(baris).toContainText("Hari Jadi Kabupaten Lembah Sejahtera");
  await expect(baris).toContainText("Libur daerah");

  // Tempel massal: baris salah disebut nomornya dan tidak ada yang disimpan; lalu tempelan sah (dengan akhir pekan).
  const tempel = page.getByRole("region", { name: "Tempel banyak hari libur sekaligus" });
  await tempel.getByLabel(/Satu hari libur per baris/).fill("2027-01-01;Tahun Baru 2027 Masehi;nasional\n2027-02-30;Tanggal mustahil;nasional\n2027-01-02;Uji;libur bebas");
  await tempel.getByRole("button", { name: "Simpan semua baris" }).click();
  await expect(tempel.getByRole("alert")).toContainText("Tidak ada yang disimpan: 2 baris perlu diperbaiki.");
  await expect(tempel.getByText(/Baris 2: Tanggal tidak sah/)).toBeVisible();
  await expect(tempel.getByText(/Baris 3: .*Jenis "libur bebas" tidak dikenal/)).toBeVisible();
  await tangkapLayar(page, "admin-libur-galat-tempel");
  await tempel.getByLabel(/Satu hari libur per baris/).fill("2027-01-01;Tahun Baru 2027 Masehi;nasional\n2027-01-02;Uji libur akhir pekan;daerah");
  await tempel.getByRole("button", { name: "Simpan semua baris" }).click();
  await expect(tempel.getByRole("status")).toContainText(/2 hari libur ditambahkan\. Perhatian: 1 tanggal jatuh pada akhir pekan\.|tidak ada yang berubah/);
  await page.getByRole("link", { name: "2027" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hari libur 2027" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Sabtu, 2 Januari 2027/ })).toContainText("akhir pekan");
  await page.getByRole("link", { name: "2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hari libur 2026" })).toBeVisible();

  // Aturan progres harian.
  const aturan = page.getByRole("region", { name: "Aturan progres harian" });
  await expect(aturan).toContainText("Peraturan BKN Nomor 2 Tahun 2026 belum kami lihat");
  await aturan.getByLabel(/Tenggat pengisian/).fill("6");
  await aturan.getByLabel(/Jam kegiatan paling banyak/).fill("10");
  await aturan.getByRole("button", { name: "Simpan aturan progres harian" }).click();
  await expect(aturan.getByRole("status")).toContainText("tenggat 6 hari kerja, paling banyak 10 jam sehari");
  await expect(aturan.getByLabel(/Tenggat pengisian/)).toHaveValue("6");
  await tangkapLayar(page, "admin-libur-desktop");

  // Hapus yang ditambahkan tadi; aturan kembali ke bawaan (agar uji lain melihat data demo yang sama).
  await baris.getByRole("button", { name: "Hapus" }).click();
  await expect(page.getByRole("row", { name: /28 Desember 2026/ })).toHaveCount(0);
  await aturan.getByLabel(/Tenggat pengisian/).fill("5");
  await aturan.getByLabel(/Jam kegiatan paling banyak/).fill("12");
  await aturan.getByRole("button", { name: "Simpan aturan progres harian" }).click();
  await expect(aturan.getByRole("status")).toContainText("tenggat 5 hari kerja");

  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-libur-ponsel");
  await page.screenshot({ path: "test-results/layar/admin-libur-ponsel-atas.png" });
});

test("laporan bulanan progres harian per OPD dan Excel", async ({ page }, info) => {
  await masuk(page, "admin");
  await page.goto("/admin/harian");
  await expect(page.getByRole("heading", { level: 1, name: /^Progres harian .+, (Desember|November) 2026$/ })).toBeVisible();
  await page.getByLabel("Perangkat daerah").selectOption({ label: "Dinas Kesehatan" });
  await page.getByLabel("Bulan").fill("2026-11");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progres harian Dinas Kesehatan, November 2026" })).toBeVisible();
  const tabel = page.getByRole("table");
  await expect(tabel.getByRole("columnheader", { name: "Hari kerja wajib" })).toBeVisible();
  await expect(tabel.getByRole("rowheader", { name: /^Total \(\d+ pegawai\)$/ })).toBeVisible();
  // November 2026 tanpa libur instansi: 21 hari kerja bagi pegawai yang SKP-nya meliputi sebulan penuh.
  await expect(page.getByText(/di luar 0 hari libur instansi bulan ini/)).toBeVisible();
  await expect(tabel.getByRole("cell", { name: "21", exact: true }).first()).toBeVisible();
  // Rincian tanggal tanpa entri.
  const rincian = tabel.locator("details").first();
  await rincian.locator("summary").click();
  await expect(rincian).toContainText(/Sen, 2 Nov/);
  await periksaAksesibilitas(page, info, "admin-harian");
  await tangkapLayar(page, "admin-harian-desktop");

  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const berkas = await unduh;
  expect(berkas.suggestedFilename()).toBe("progres-harian-2026-11-dinas-kesehatan.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await berkas.path())!);
  const ws = wb.getWorksheet("Progres harian")!;
  expect(String(ws.getRow(1).getCell(1).value)).toBe("Progres harian Dinas Kesehatan, November 2026");
  const kepala = (ws.getRow(5).values as unknown[]).slice(1);
  expect(kepala.slice(0, 8)).toEqual(["Nama", "NIP", "Jabatan", "Unit", "Hari kerja wajib", "Hari terisi", "Hari tanpa entri", "Tanggal tanpa entri"]);
  // Baris Excel = baris tabel halaman (nama, urutan), NIP teks.
  const namaHalaman = await tabel.locator("tbody tr th").allTextContents();
  const namaExcel: string[] = [];
  for (let r = 6; r <= ws.rowCount; r++) namaExcel.push(String(ws.getRow(r).getCell(1).value ?? ""));
  expect(namaExcel).toEqual(namaHalaman.map((s) => s.trim()));
  expect(ws.getRow(6).getCell(2).numFmt).toBe("@");
  expect(typeof ws.getRow(6).getCell(2).value).toBe("string");

  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-harian-ponsel");
  await page.screenshot({ path: "test-results/layar/admin-harian-ponsel-atas.png" });
});
