// Progres harian pegawai seperti dilakukan orang sungguhan: ASN mencatat kegiatan tiga hari dengan papan ketik
// (satu ditolak karena jamnya bertumpang tindih, isiannya tetap), menyalin satu entri ke hari lain, mengajukan
// minggunya, lalu melihat statusnya; di ponsel (390 px) menambah satu entri.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar, type Akun } from "./bantuan";

// Minggu dalam Triwulan IV yang sudah lewat (tanpa hari libur); jam malam agar tidak bertabrakan dengan entri demo.
const MINGGU = "2026-10-19";
const MINGGU_PONSEL = "2026-10-26";
// AKUN.asn (Hendri) belum punya SKP 2026 yang disetujui di data demo (halaman menunjukkan keadaan kosongnya);
// Joko Susilo punya. Ganti ke "asn" bila data demo memberi Hendri SKP disetujui.
const PEGAWAI: Akun = { key: "joko" };
const URAIAN_RA = "Mendampingi unit kerja mengisi progres harian (uji e2e)";

test.describe.configure({ mode: "serial" });

/** Pastikan Hendri punya rencana aksi di periode yang buka; bila belum, tambahkan lewat halaman pelaksanaan Triwulan IV. */
async function siapkanRencanaAksi(page: Page): Promise<string> {
  await page.goto("/harian");
  await expect(page.getByRole("heading", { level: 1, name: "Progres Harian" })).toBeVisible();
  if (await page.getByRole("heading", { name: "Belum ada SKP yang disetujui" }).isVisible()) {
    throw new Error("Data demo: pegawai uji belum punya SKP 2026 yang disetujui.");
  }
  const kosong = page.getByRole("heading", { name: "Belum ada rencana aksi di periode yang sedang dibuka" });
  if (await kosong.isVisible()) {
    await page.getByRole("link", { name: "halaman pelaksanaan SKP" }).click();
    await page.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan IV", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: /^Triwulan IV ·/ })).toBeVisible();
    const rhk = page.getByRole("region").filter({ has: page.getByRole("button", { name: "Tambah rencana aksi" }) }).first();
    await rhk.getByLabel(/Rencana aksi baru untuk/).fill(URAIAN_RA);
    await rhk.getByLabel("Target (opsional)").fill("20");
    await rhk.getByLabel("Satuan").last().fill("kegiatan");
    await rhk.getByRole("button", { name: "Tambah rencana aksi" }).click();
    await expect(rhk.getByRole("listitem").filter({ hasText: URAIAN_RA })).toBeVisible();
    await page.goto("/harian");
  }
  // Rencana aksi pertama yang ditawarkan formulir.
  const opsi = page.getByRole("combobox", { name: "Rencana aksi" }).locator("option:not([value=''])").first();
  return (await opsi.textContent())!.trim();
}

test("ASN mencatat tiga hari, satu ditolak karena bertumpang tindih, menyalin, mengajukan minggu", async ({ page }, info) => {
  await masuk(page, PEGAWAI);
  const ra = await siapkanRencanaAksi(page);

  await page.goto(`/harian?minggu=${MINGGU}`);
  await expect(page.getByText(/^Minggu 19 Oktober 2026 – 25 Oktober 2026\./)).toBeVisible();
  const senin = page.getByRole("region", { name: "Senin, 19 Oktober 2026" });
  await expect(senin.getByText("Hari kerja belum ada entri")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sabtu, 24 Oktober 2026" }).getByText("Akhir pekan")).toBeVisible();

  // Hari 1: dari tombol "Tambah entri" hari Senin; tanggal terisi, satuan mengikuti rencana aksi.
  await senin.getByRole("link", { name: /^Tambah entri/ }).click();
  const form = page.getByRole("region", { name: "Tambah entri" });
  await expect(form.getByLabel(/^Tanggal/)).toHaveValue("2026-10-19");
  await form.getByRole("combobox", { name: "Rencana aksi" }).selectOption({ label: ra });
  await expect(form.getByLabel(/^Satuan/)).not.toHaveValue("");
  await form.getByLabel(/^Jam mulai/).fill("19:00");
  await form.getByLabel(/^Jam selesai/).fill("20:30");
  await form.getByLabel(/^Kegiatan/).fill("Menyusun rekap kehadiran rapat koordinasi");
  await form.getByLabel(/^Realisasi/).fill("1");
  await form.getByLabel("Tautan bukti (opsional)").fill("https://drive.example.go.id/rekap-rapat");
  await form.getByLabel(/^Realisasi/).press("Enter");
  await expect(form.getByRole("status")).toHaveText("Entri 19 Oktober 2026 disimpan sebagai draf.");
  await expect(senin.getByText("Menyusun rekap kehadiran rapat koordinasi")).toBeVisible();
  await expect(senin.getByText("Draf", { exact: true })).toBeVisible();
  await expect(senin.getByText(/Terlambat \d+ hari kerja/)).toBeVisible();
  // Fokus kembali ke baris: jam mulai = jam selesai entri sebelumnya, rencana aksi tetap.
  await expect(form.getByLabel(/^Jam mulai/)).toBeFocused();
  await expect(form.getByLabel(/^Jam mulai/)).toHaveValue("20:30");
  await expect(form.getByRole("combobox", { name: "Rencana aksi" }).locator("option:checked")).toHaveText(ra);

  // Hari 2: Selasa, langsung dari papan ketik.
  await form.getByLabel(/^Tanggal/).fill("2026-10-20");
  await form.getByLabel(/^Jam mulai/).fill("19:00");
  await form.getByLabel(/^Jam selesai/).fill("20:00");
  await form.getByLabel(/^Kegiatan/).fill("Memeriksa kelengkapan bukti dukung unit kerja");
  await form.getByLabel(/^Realisasi/).fill("2");
  await form.getByLabel(/^Kegiatan/).press("Enter");
  await expect(form.getByRole("status")).toHaveText("Entri 20 Oktober 2026 disimpan sebagai draf.");
  const selasa = page.getByRole("region", { name: "Selasa, 20 Oktober 2026" });
  await expect(selasa.getByText("Memeriksa kelengkapan bukti dukung unit kerja")).toBeVisible();

  // Entri yang bertumpang tindih di Selasa ditolak: pesan di samping Jam mulai, isian tetap.
  await form.getByLabel(/^Tanggal/).fill("2026-10-20");
  await form.getByLabel(/^Jam mulai/).fill("19:30");
  await form.getByLabel(/^Jam selesai/).fill("21:00");
  await form.getByLabel(/^Kegiatan/).fill("Menyusun notula rapat evaluasi kinerja");
  await form.getByLabel(/^Realisasi/).fill("1");
  await form.getByLabel(/^Realisasi/).press("Enter");
  await expect(form.getByText("Jam 19:30–21:00 bertumpang tindih dengan entri lain pada 20 Oktober 2026 (19:00–20:00).")).toBeVisible();
  await expect(form.getByLabel(/^Jam mulai/)).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel(/^Kegiatan/)).toHaveValue("Menyusun notula rapat evaluasi kinerja");
  await expect(form.getByLabel(/^Jam selesai/)).toHaveValue("21:00");
  await tangkapLayar(page, "harian-tumpang-tindih");

  // Hari 3: pindah ke Rabu; isian lain tetap, cukup ganti tanggal.
  await form.getByLabel(/^Tanggal/).fill("2026-10-21");
  await form.getByLabel(/^Kegiatan/).press("Enter");
  await expect(form.getByRole("status")).toHaveText("Entri 21 Oktober 2026 disimpan sebagai draf.");
  const rabu = page.getByRole("region", { name: "Rabu, 21 Oktober 2026" });
  await expect(rabu.getByText("Menyusun notula rapat evaluasi kinerja")).toBeVisible();
  await expect(rabu.getByText("1 jam 30 menit · 1 draf")).toBeVisible();

  // Salin: entri Selasa ke Senin ditolak (bertumpang tindih) dengan alasannya per tanggal; entri Senin ke Kamis.
  const entriSelasa = selasa.getByRole("listitem").filter({ hasText: "Memeriksa kelengkapan bukti dukung unit kerja" });
  await entriSelasa.getByText("Salin ke hari lain").click();
  await entriSelasa.getByLabel("Sen, 19 Okt").check();
  await entriSelasa.getByRole("button", { name: "Salin", exact: true }).click();
  await expect(entriSelasa.getByRole("alert")).toContainText("Entri tidak disalin; tidak ada yang disimpan.");
  await expect(entriSelasa.getByRole("list", { name: "Tanggal yang ditolak" })).toContainText("19 Oktober 2026: Jam 19:00–20:00 bertumpang tindih");
  await expect(entriSelasa.getByLabel("Sen, 19 Okt")).toBeChecked();

  const entriSenin = senin.getByRole("listitem").filter({ hasText: "Menyusun rekap kehadiran rapat koordinasi" });
  await entriSenin.getByText("Salin ke hari lain").click();
  await entriSenin.getByLabel("Kam, 22 Okt").check();
  await entriSenin.getByRole("button", { name: "Salin", exact: true }).click();
  await expect(entriSenin.getByRole("status")).toHaveText("Entri disalin ke 1 hari (draf).");
  const kamis = page.getByRole("region", { name: "Kamis, 22 Oktober 2026" });
  await expect(kamis.getByText("Menyusun rekap kehadiran rapat koordinasi")).toBeVisible();

  // Ubah salinan di Kamis: formulir yang sama terisi nilainya; Enter menyimpan dan kembali ke minggu itu.
  const entriKamis = kamis.getByRole("listitem").filter({ hasText: "Menyusun rekap kehadiran rapat koordinasi" });
  await entriKamis.getByRole("link", { name: /^Ubah/ }).click();
  const ubah = page.getByRole("region", { name: "Ubah entri 22 Oktober 2026" });
  await expect(ubah.getByLabel(/^Kegiatan/)).toHaveValue("Menyusun rekap kehadiran rapat koordinasi");
  await expect(ubah.getByLabel(/^Jam mulai/)).toHaveValue("19:00");
  await ubah.getByLabel(/^Realisasi/).fill("0,5");
  await ubah.getByLabel(/^Realisasi/).press("Enter");
  await expect(page).not.toHaveURL(/ubah=/);
  await expect(entriKamis).toContainText("0,5");

  // Ringkasan minggu sebelum diajukan.
  const ringkas = page.getByRole("list", { name: "Jumlah entri per status" });
  await expect(ringkas).toContainText("Draf: 4");
  await expect(page.getByText("1 hari kerja belum ada entri.")).toBeVisible();
  await tangkapLayar(page, "harian-minggu-draf");

  // Ajukan minggu ini.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Ajukan minggu ini (4 entri)" }).click();
  await expect(page.getByText("4 entri 19 Oktober 2026 – 25 Oktober 2026 diajukan ke pejabat penilai.")).toBeVisible();
  await expect(ringkas).toContainText("Diajukan: 4");
  await expect(ringkas).toContainText("Draf: 0");
  await expect(page.getByRole("button", { name: /^Ajukan minggu ini/ })).toHaveCount(0);
  await expect(senin.getByText("Diajukan", { exact: true })).toBeVisible();
  await expect(entriSenin.getByText(/Sudah diajukan dan menunggu tinjauan pejabat penilai/)).toBeVisible();
  await expect(entriSenin.getByRole("link", { name: /^Ubah/ })).toHaveCount(0);
  await expect(entriSenin.getByRole("button", { name: "Hapus" })).toHaveCount(0);

  await periksaAksesibilitas(page, info, "harian");
  await tangkapLayar(page, "harian-desktop");
});

test("Di ponsel (390 px) ASN menambah entri hari itu", async ({ page }, info) => {
  await masuk(page, PEGAWAI);
  await siapkanRencanaAksi(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/harian?minggu=${MINGGU_PONSEL}`);
  const senin = page.getByRole("region", { name: "Senin, 26 Oktober 2026" });
  await senin.getByRole("link", { name: /^Tambah entri/ }).click();
  const form = page.getByRole("region", { name: "Tambah entri" });
  await expect(form.getByLabel(/^Tanggal/)).toHaveValue("2026-10-26");
  await form.getByRole("combobox", { name: "Rencana aksi" }).selectOption({ index: 1 });
  await form.getByLabel(/^Jam mulai/).fill("19:00");
  await form.getByLabel(/^Jam selesai/).fill("19:45");
  await form.getByLabel(/^Kegiatan/).fill("Mengunggah foto kegiatan sosialisasi");
  await form.getByLabel(/^Realisasi/).fill("1");
  await form.getByRole("button", { name: "Simpan entri" }).click();
  await expect(form.getByRole("status")).toHaveText("Entri 26 Oktober 2026 disimpan sebagai draf.");
  await expect(senin.getByText("Mengunggah foto kegiatan sosialisasi")).toBeVisible();
  await expect(senin.getByText("45 menit · 1 draf")).toBeVisible();
  await periksaTanpaGulirHorizontal(page);
  await periksaAksesibilitas(page, info, "harian-ponsel");
  await tangkapLayar(page, "harian-ponsel");
});
