// Akun pegawai, superadmin dan jejak audit: admin BKD mengaktifkan dua pegawai tanpa akun sekaligus (sandi awal sekali
// tampil + Excel dari hasil yang sama), pegawai baru masuk dan terkunci di Akun sampai mengganti sandi, superadmin
// membuat instansi, admin instansi kedua hanya melihat instansinya, penampil jejak audit menyaring dan berhalaman.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, SANDI, tangkapLayar } from "./bantuan";
import { DEMO_ADMIN_KEDUA, DEMO_PEGAWAI_KEDUA, DEMO_TANPA_AKUN } from "@/prisma/demo-tambahan";

test.describe.configure({ mode: "serial" });

async function masukNip(page: Page, nip: string, sandi: string) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("NIP / NI PPPK").fill(nip);
  await page.getByLabel("Kata sandi").fill(sandi);
  await page.getByRole("button", { name: "Masuk" }).click();
}

test("admin mengaktifkan dua akun sekaligus; pegawai baru wajib mengganti sandi di setiap halaman", async ({ page, browser }, info) => {
  await masuk(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Akun pegawai" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun pegawai" })).toBeVisible();
  await page.getByLabel("Keadaan akun", { exact: true }).selectOption("BELUM_ADA");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/status=BELUM_ADA/);
  const [andi, sinta] = DEMO_TANPA_AKUN;
  await page.getByRole("checkbox", { name: `Pilih ${andi!.nama}, ${andi!.gelarBelakang}` }).check();
  await page.getByRole("checkbox", { name: `Pilih ${sinta!.nama}, ${sinta!.gelarBelakang}` }).check();
  await page.getByRole("button", { name: "Aktifkan akun yang dicentang" }).click();
  const hasil = page.getByRole("status").filter({ hasText: "akun dibuat" });
  await expect(hasil).toContainText("2 akun dibuat");
  await expect(hasil).toContainText("hanya ditampilkan sekali");
  const sandi = await page.locator("[data-sandi-awal]").allTextContents();
  expect(sandi).toHaveLength(2);
  for (const s of sandi) expect(s).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
  await periksaAksesibilitas(page, info, "admin-akun-hasil");
  await tangkapLayar(page, "admin-akun-sandi-awal");

  // Excel dari hasil yang sama.
  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh Excel kata sandi awal" }).click();
  const berkas = await (await unduh).path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(berkas)) as never);
  const baris: [string, string][] = [];
  wb.worksheets[0]!.eachRow((r, n) => n > 4 && baris.push([String(r.getCell(2).value).replace(/\s/g, ""), String(r.getCell(4).value)]));
  const sandiPer = new Map(baris);
  expect(new Set(baris.map((b) => b[1]))).toEqual(new Set(sandi));
  const sandiAndi = sandiPer.get(andi!.nip)!;
  expect(sandiAndi).toBeTruthy();

  // Setelah dimuat ulang, sandi tidak tampil lagi; keadaan berubah menjadi "Belum aktif".
  await page.goto(`/admin/akun?q=${encodeURIComponent(andi!.nama)}`);
  await expect(page.locator("[data-sandi-awal]")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: /Belum aktif/ }).first()).toBeVisible();
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-akun-390");

  // Pegawai baru masuk dengan sandi awal: setiap halaman dan unduhan terkunci sampai sandi diganti.
  const ctx = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const p = await ctx.newPage();
  await masukNip(p, andi!.nip, sandiAndi);
  await expect(p).toHaveURL(/\/akun\?wajib=1$/);
  for (const alamat of ["/beranda", "/skp", "/dokumen", "/bawahan", "/admin", "/admin/akun", "/admin/audit"]) {
    await p.goto(alamat);
    await expect(p, alamat).toHaveURL(/\/akun\?wajib=1$/);
  }
  expect((await p.request.get("/api/admin/audit/ekspor")).status()).toBe(401);
  await p.getByLabel("Kata sandi saat ini").fill(sandiAndi);
  await p.getByLabel(/^Kata sandi baru/).fill("SandiAndiBaru#2026");
  await p.getByLabel("Konfirmasi kata sandi baru").fill("SandiAndiBaru#2026");
  await p.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(p.getByRole("region", { name: "Ubah kata sandi" }).getByRole("status")).toContainText("Kata sandi diubah");
  await p.goto("/beranda");
  await expect(p.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
  await tangkapLayar(p, "pegawai-baru-beranda");
  await ctx.close();
});

test("superadmin membuat instansi dengan admin pertamanya", async ({ page }, info) => {
  await masuk(page, { key: "dedi" });
  await page.goto("/admin");
  await page.getByRole("link", { name: "Instansi (superadmin)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instansi" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pemerintah Kota Bukit Harapan" })).toBeVisible();
  await page.getByLabel("Kode").fill("TSB");
  await page.getByLabel("Nama instansi").fill("Pemerintah Kabupaten Tanah Subur");
  await page.getByLabel("Jenis").selectOption("PEMERINTAH_KABUPATEN");
  await page.getByLabel("Jabatan pimpinan instansi").fill("Bupati Tanah Subur");
  await page.getByLabel("NIP / NI PPPK").fill("199003032015031002");
  await page.getByLabel("Nama (tanpa gelar)").fill("Wulan Sari");
  await page.getByLabel("Golongan").fill("III/c");
  await page.getByRole("button", { name: "Buat instansi dan admin pertamanya" }).click();
  const st = page.getByRole("status").filter({ hasText: "dibuat" });
  await expect(st).toContainText("Pemerintah Kabupaten Tanah Subur dibuat");
  await expect(page.locator("[data-sandi-awal]")).toHaveText(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
  await periksaAksesibilitas(page, info, "admin-instansi");
  await tangkapLayar(page, "admin-instansi-baru");
  await page.reload();
  await expect(page.getByRole("link", { name: "Pemerintah Kabupaten Tanah Subur" })).toBeVisible();
  await periksaTanpaGulirHorizontal(page);
});

test("admin instansi kedua hanya melihat instansinya", async ({ page }) => {
  const yoga = DEMO_PEGAWAI_KEDUA.find((p) => p.key === DEMO_ADMIN_KEDUA)!;
  await masukNip(page, yoga.nip, SANDI);
  await expect(page).toHaveURL(/\/beranda$/);
  await page.goto("/admin/akun");
  await expect(page.getByText("Pemerintah Kota Bukit Harapan").first()).toBeVisible();
  await expect(page.getByText("Muhammad Rizki Pratama")).toHaveCount(0);
  await page.goto("/admin/audit");
  await expect(page.getByText("Hendri Gunawan")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Instansi (superadmin)" })).toHaveCount(0);
});

test("jejak audit: saring menurut aksi dan pelaku, halaman keyset, ekspor Excel", async ({ page }, info) => {
  await masuk(page, "admin");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Jejak audit" })).toBeVisible();
  // Data demo memuat lebih dari satu halaman: halaman berikutnya lewat kursor.
  await page.getByRole("link", { name: "Lebih lama ›" }).click();
  await expect(page).toHaveURL(/setelah=/);
  await expect(page.getByRole("link", { name: "« Terbaru" })).toBeVisible();
  await page.goto("/admin/audit");
  await page.getByLabel("Aksi").selectOption("AKUN_DIBUAT");
  await page.getByLabel("Pelaku (nama/NIP)").fill("Rizki");
  await page.getByRole("button", { name: "Saring" }).click();
  await expect(page).toHaveURL(/aksi=AKUN_DIBUAT/);
  const catatan = page.getByRole("region", { name: "Catatan" });
  await expect(catatan.getByText("Akun dibuat (sandi awal)").first()).toBeVisible();
  await expect(catatan.getByText("Muhammad Rizki Pratama").first()).toBeVisible();
  await periksaAksesibilitas(page, info, "admin-audit");
  await tangkapLayar(page, "admin-audit");
  const r = await page.request.get(`/api/admin/audit/ekspor?aksi=AKUN_DIBUAT`);
  expect(r.status()).toBe(200);
  expect(r.headers()["content-type"]).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await r.body()) as never);
  expect(wb.worksheets[0]!.getCell("B2").value).toBe("Akun dibuat (sandi awal)");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-audit-390");
});
