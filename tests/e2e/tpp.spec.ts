// Admin BKD, ekspor TPP (issue #16 butir 2): dari menu Admin membuka Ekspor TPP, membuat set kolom sendiri (nomor urut),
// memilihnya, melihat pratinjau Dinas Kesehatan Maret (TW1), mengunduh Excel dan membukanya (kepala, judul kolom, baris
// pegawai dengan predikat final, NIP teks), lalu menghapus set itu; pemindaian axe, ponsel 390 px, tangkapan layar.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { masuk, nipPegawai, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

const NAMA_SET = "TPP uji e2e";

test("ekspor TPP dengan set kolom sendiri", async ({ page }, info) => {
  page.on("dialog", (d) => void d.accept());
  await masuk(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Ekspor TPP" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Ekspor TPP / })).toBeVisible();
  // Set bawaan demo terpilih.
  await expect(page.getByRole("combobox", { name: /^Set kolom/ })).toHaveValue(/.+/);
  await expect(page.getByRole("combobox", { name: /^Set kolom/ }).locator("option:checked")).toHaveText("TPP bulanan (lengkap) (bawaan)");

  // Set kolom baru: NIP, Nama, Predikat, Alasan (kolom lain dikosongkan).
  const set = page.getByRole("region", { name: /^Set kolom/ });
  await set.getByText("Set kolom baru").click();
  const baru = set.locator("details").filter({ hasText: "Set kolom baru" });
  await baru.getByLabel("Nama set kolom").fill(NAMA_SET);
  for (const input of await baru.getByLabel(/^Nomor urut kolom /).all()) await input.fill("");
  await baru.getByLabel("Nomor urut kolom NIP").fill("1");
  await baru.getByLabel("Nomor urut kolom Nama").fill("2");
  await baru.getByLabel("Nomor urut kolom Predikat kinerja").fill("3");
  await baru.getByLabel("Nomor urut kolom Alasan dikecualikan").fill("4");
  await baru.getByRole("button", { name: "Buat set kolom" }).click();
  await expect(baru.getByRole("status")).toContainText(`Set kolom "${NAMA_SET}" dibuat.`);

  // Pilih OPD, bulan dan set itu.
  await page.getByRole("combobox", { name: /^Perangkat daerah/ }).selectOption({ label: "Dinas Kesehatan" });
  await page.getByLabel("Bulan", { exact: true }).fill("2026-03");
  await page.getByRole("combobox", { name: /^Set kolom/ }).selectOption({ label: NAMA_SET });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ekspor TPP Maret 2026" })).toBeVisible();
  const pratinjau = page.getByRole("region", { name: /^Pratinjau/ });
  await expect(pratinjau).toContainText("Triwulan I");
  const tabel = pratinjau.getByRole("table");
  await expect(tabel.getByRole("columnheader")).toHaveText(["NIP", "Nama", "Predikat kinerja", "Alasan dikecualikan"]);
  // Pratinjau = 50 baris pertama menurut nama; impor.spec.ts dapat menambah ±200 "Pegawai Uji …" ke Dinas Kesehatan
  // lebih dulu, jadi yang diperiksa di sini pegawai yang namanya di depan (Intan); Rudi diperiksa di berkas Excel.
  await expect(tabel.getByRole("row", { name: /Intan Permatasari/ })).toContainText("Baik");
  // Ada pegawai yang dikecualikan dengan alasannya.
  await expect(tabel.getByRole("cell", { name: /Evaluasi periode belum final|Tidak ada SKP disetujui|Evaluasi periode belum dibuat/ }).first()).toBeVisible();
  await periksaAksesibilitas(page, info, "admin-tpp");
  await tangkapLayar(page, "admin-tpp-desktop");

  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel" }).click();
  const berkas = await unduh;
  expect(berkas.suggestedFilename()).toBe("tpp-2026-03-dinas-kesehatan.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await berkas.path())!);
  const ws = wb.getWorksheet("TPP")!;
  expect(String(ws.getRow(1).getCell(1).value)).toBe("Data kinerja untuk TPP — Maret 2026");
  expect(String(ws.getRow(3).getCell(1).value)).toBe("Perangkat daerah: Dinas Kesehatan");
  expect(String(ws.getRow(5).getCell(1).value)).toBe(`Set kolom: ${NAMA_SET}`);
  expect((ws.getRow(9).values as unknown[]).slice(1)).toEqual(["NIP", "Nama", "Predikat kinerja", "Alasan dikecualikan"]);
  const nip = nipPegawai("rudi");
  let ditemukan = false;
  for (let r = 10; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(2).value !== "Rudi Hartono") continue;
    ditemukan = true;
    expect(row.getCell(1).value).toBe(`${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`);
    expect(row.getCell(1).numFmt).toBe("@");
    expect(row.getCell(3).value).toBe("Baik");
  }
  expect(ditemukan).toBe(true);

  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-tpp-ponsel");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Hapus set uji (data demo kembali seperti semula).
  const milik = set.locator("details").filter({ hasText: NAMA_SET }).first();
  await milik.locator("summary").click();
  await milik.getByRole("button", { name: "Hapus set kolom" }).click();
  await expect(page.getByRole("combobox", { name: /^Set kolom/ }).locator("option", { hasText: NAMA_SET })).toHaveCount(0);
});
