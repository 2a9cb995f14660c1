// Mutu formulir dan navigasi seperti dialami pengguna baru: isian tidak hilang setelah ditolak, kolom yang salah
// ditandai, angka ditulis cara Indonesia maupun dengan titik desimal, angka raksasa ditolak dengan pesan (bukan
// halaman galat), menu dan remah roti mengikuti SKP bawahan, konfirmasi hanya setelah isian diperiksa, Tugas saya.
import { expect, test, type Page } from "@playwright/test";
import { keluar, masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test.describe.configure({ mode: "serial" });

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu utama" });
/** Setiap dialog konfirmasi peramban dicatat (dan diterima) agar uji dapat memastikan tidak ada yang muncul. */
function catatDialog(page: Page): string[] {
  const dialog: string[] = [];
  page.on("dialog", (d) => {
    dialog.push(d.message());
    void d.accept();
  });
  return dialog;
}

test("RHK yang ditolak tetap berisi apa yang diketik; kolom yang salah ditandai; panjang dibatasi", async ({ page }, info) => {
  await masuk(page, { key: "fauzi" });
  await menu(page).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: /^SKP (kuantitatif|kualitatif)/ }).first().click();
  const form = page.getByRole("region", { name: "Tambah rencana hasil kerja" });
  await expect(form).toBeVisible();

  const panjang = "Terlaksananya penataan mutasi dan promosi jabatan secara transparan berbasis sistem merit. ".repeat(21).trim();
  expect(panjang.length).toBeGreaterThan(1900);
  await form.getByLabel("Rencana hasil kerja").fill(panjang);
  await form.getByRole("textbox", { name: "Indikator 1", exact: true }).fill("Persentase usulan mutasi yang diproses tepat waktu");
  await form.getByLabel("Target", { exact: true }).first().fill("-5");
  await form.getByLabel("Satuan").first().fill("%");
  await form.getByRole("button", { name: "Tambah RHK" }).click();

  // Ringkasan singkat menyebut kolomnya; pesan di samping kolom; semua isian tetap ada.
  await expect(form.getByRole("alert")).toContainText("Target indikator 1");
  const target = form.getByLabel("Target", { exact: true }).first();
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expect(target).toHaveValue("-5");
  await expect(form.getByText("Target tidak boleh negatif.")).toBeVisible();
  await expect(form.getByLabel("Rencana hasil kerja")).toHaveValue(panjang);
  await expect(form.getByRole("textbox", { name: "Indikator 1", exact: true })).toHaveValue("Persentase usulan mutasi yang diproses tepat waktu");
  await tangkapLayar(page, "rhk-ditolak-isian-tetap");

  // Peramban berhenti di batas panjang kolom (maxLength), bukan server yang menolak belakangan.
  await form.getByLabel("Rencana hasil kerja").fill("x".repeat(2100));
  await expect(form.getByLabel("Rencana hasil kerja")).toHaveValue("x".repeat(2000));
  await periksaAksesibilitas(page, info, "rhk-ditolak");
  await keluar(page);
});

test("atasan: Tugas saya, Penilaian Bawahan tanpa konfirmasi kosong, SKP bawahan di bawah Penilaian Bawahan", async ({ page }, info) => {
  const dialog = catatDialog(page);
  await masuk(page, { key: "arief" });
  const tugas = page.getByRole("region", { name: /^Tugas saya/ });
  await expect(tugas.getByRole("link", { name: "1 SKP bawahan menunggu persetujuan Anda" })).toBeVisible();
  await periksaAksesibilitas(page, info, "beranda-tugas");
  await tangkapLayar(page, "beranda-tugas");
  await tugas.getByRole("link", { name: "1 SKP bawahan menunggu persetujuan Anda" }).click();
  await expect(page).toHaveURL(/\/bawahan$/);

  // Tanpa centang: pesan langsung, tanpa dialog konfirmasi.
  await page.getByRole("button", { name: "Setujui SKP yang dipilih" }).click();
  await expect(page.getByRole("region", { name: /Bawahan langsung/ }).getByRole("alert")).toHaveText("Pilih minimal satu SKP yang akan disetujui.");
  expect(dialog).toEqual([]);

  await page.getByRole("row").filter({ hasText: "Galih Pamungkas" }).getByRole("link", { name: /Tinjau SKP/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Galih Pamungkas/ })).toBeVisible();
  await expect(page).toHaveURL(/\/bawahan\/skp\/[0-9a-f-]{36}$/);
  await expect(menu(page).getByRole("link", { name: "Penilaian Bawahan" })).toHaveAttribute("aria-current", "page");
  await expect(menu(page).getByRole("link", { name: "SKP Saya" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Remah roti" })).toContainText("Penilaian Bawahan");
  await expect(page.getByRole("navigation", { name: "Remah roti" })).toContainText("Galih Pamungkas");

  // Alamat lama /skp/<id> untuk SKP bawahan dialihkan ke bagiannya.
  const id = page.url().split("/").at(-1)!;
  await page.goto(`/skp/${id}`);
  await expect(page).toHaveURL(new RegExp(`/bawahan/skp/${id}$`));
  await periksaAksesibilitas(page, info, "skp-bawahan");
  await keluar(page);
});

test("ASN tanpa bawahan tidak ditawari Penilaian Bawahan", async ({ page }) => {
  await masuk(page, "asn");
  await expect(menu(page).getByRole("link")).toHaveText(["Beranda", "SKP Saya", "Progres Harian", "Dokumen"]);
  await expect(page.getByRole("region", { name: /^Tugas saya/ })).toContainText("Susun SKP tahun");
  await keluar(page);
});

test("realisasi 92.5 tersimpan 92,5 dan terlihat demikian oleh atasan; angka raksasa ditolak dengan pesan", async ({ page }, info) => {
  await masuk(page, { key: "arief" });
  await menu(page).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pelaksanaan SKP Arief Rahman Hakim/ })).toBeVisible();
  const baris = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Simpan realisasi" }) });
  const pertama = baris.filter({ has: page.getByRole("textbox", { name: /^Realisasi/ }) }).first();
  const indikator = (await pertama.locator("div").first().innerText()).split("\n").at(-1)!;

  await pertama.getByRole("textbox", { name: /^Realisasi/ }).fill("100000000000000");
  await pertama.getByLabel("Dasar realisasi").fill("Laporan capaian layanan aplikasi");
  await pertama.getByRole("button", { name: "Simpan realisasi" }).click();
  await expect(pertama.getByText(/Realisasi maksimal/)).toBeVisible();
  await expect(pertama.getByRole("textbox", { name: /^Realisasi/ })).toHaveValue("100000000000000");
  await expect(pertama.getByLabel("Dasar realisasi")).toHaveValue("Laporan capaian layanan aplikasi");
  await expect(page.getByRole("heading", { level: 1, name: /^Pelaksanaan SKP/ })).toBeVisible();

  await pertama.getByRole("textbox", { name: /^Realisasi/ }).fill("92.5");
  await pertama.getByRole("button", { name: "Simpan realisasi" }).click();
  await expect(pertama.getByRole("status")).toHaveText("Realisasi disimpan.");
  await page.reload();
  await expect(baris.filter({ hasText: indikator }).first().getByRole("textbox", { name: /^Realisasi/ })).toHaveValue("92,5");
  await keluar(page);

  await masuk(page, { key: "yudi" });
  await menu(page).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await page.getByRole("link", { name: "Pemantauan pelaksanaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pemantauan pelaksanaan/ })).toBeVisible();
  await page.getByRole("row").filter({ hasText: "Arief Rahman Hakim" }).getByRole("link").last().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Pelaksanaan SKP Arief Rahman Hakim/ })).toBeVisible();
  await expect(menu(page).getByRole("link", { name: "Penilaian Bawahan" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("listitem").filter({ hasText: indikator }).first()).toContainText("92,5");
  await expect(page.getByRole("listitem").filter({ hasText: indikator }).first()).not.toContainText("925");
  await periksaAksesibilitas(page, info, "pelaksanaan-atasan-92-5");
  await tangkapLayar(page, "pelaksanaan-atasan-92-5");
  await keluar(page);
});

test("admin: daftar SKP instansi dapat dicari; atur ulang sandi tanpa NIP ditolak sebelum konfirmasi", async ({ page }, info) => {
  const dialog = catatDialog(page);
  await masuk(page, "admin");
  await menu(page).getByRole("link", { name: "Admin" }).click();
  await page.getByRole("button", { name: "Buat kata sandi sementara" }).click();
  await expect(page.getByText("NIP wajib diisi.")).toBeVisible();
  expect(dialog).toEqual([]);

  await page.getByRole("link", { name: "Daftar SKP pegawai" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Daftar SKP/ })).toBeVisible();
  await page.getByLabel("Nama atau NIP").fill("Galih");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("region", { name: /SKP ditemukan/ })).toContainText("Galih Pamungkas");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Disetujui" });
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("region", { name: /SKP ditemukan/ })).not.toContainText("Galih Pamungkas");
  await page.getByLabel("Nama atau NIP").fill("");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Diajukan" });
  await page.getByRole("button", { name: "Cari" }).click();
  await page.getByRole("link", { name: "Galih Pamungkas, S.Kom." }).click();
  await expect(page).toHaveURL(/\/admin\/skp\/[0-9a-f-]{36}$/);
  await expect(menu(page).getByRole("link", { name: "Admin" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("navigation", { name: "Remah roti" })).toContainText("Daftar SKP");
  await periksaAksesibilitas(page, info, "admin-skp");
  await keluar(page);
});
