// Kurva distribusi seperti yang dialami admin BKD dan atasan (Triwulan II, agar perjalanan penilaian Triwulan I tetap
// milik penilaian.spec.ts): admin menetapkan capaian Dinas Kesehatan "Butuh Perbaikan" (Sangat Baik paling banyak
// 10 %) dan memilih gerbang Peringatan; atasan menilai Wahyu dan Taufik "Sangat Baik", tertahan saat finalisasi karena
// kurva dilanggar, memindahkan Taufik ke kolom Baik di papan kalibrasi, lalu memfinalkan; admin melihat sebarannya di
// Monitoring kurva dan mengembalikan gerbang ke Blokir. Pindaian aksesibilitas pada setiap halaman baru.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

const barisPegawai = (page: Page, nama: string) => page.getByRole("row").filter({ hasText: nama });
const grupRating = (page: Page, nama: string) => page.getByRole("group", { name: nama, exact: true });

async function gerbang(page: Page, mode: "Blokir" | "Peringatan") {
  await page.goto("/admin");
  const panel = page.getByRole("region", { name: "Pengaturan penilaian kinerja" });
  await panel.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await panel.getByRole("button", { name: "Simpan pengaturan penilaian" }).click();
  await expect(panel.getByText("Pengaturan penilaian disimpan.")).toBeVisible();
}

async function nilaiSangatBaik(page: Page, nama: string) {
  await barisPegawai(page, nama).getByRole("link", { name: new RegExp(`penilaian ${nama}(,|$)`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" })).toBeVisible();
  await grupRating(page, "Rating hasil kerja").getByLabel("Di Atas Ekspektasi").check();
  await grupRating(page, "Rating perilaku kerja").getByLabel("Di Atas Ekspektasi").check();
  await expect(page.getByRole("region", { name: "Predikat kinerja pegawai" }).getByRole("status")).toHaveText("Sangat Baik");
  await page.getByRole("button", { name: "Tandai selesai dinilai" }).click();
  await expect(page.getByText(/^Periode: .* · Status: /)).toContainText("Status: Selesai dinilai");
  await page.getByRole("link", { name: "Daftar penilaian tim" }).click();
}

test.describe("kurva distribusi Triwulan II", () => {
  test.describe.configure({ mode: "serial" });

  test("admin BKD menetapkan capaian Dinas Kesehatan dan memilih gerbang Peringatan", async ({ page }, info) => {
    await masuk(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Capaian kinerja organisasi" }).click();
    await page.getByRole("navigation", { name: "Periode" }).getByRole("link", { name: "Triwulan II", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Capaian kinerja organisasi \d{4}$/ })).toBeVisible();
    const baris = page.getByRole("listitem").filter({ has: page.getByText("Dinas Kesehatan", { exact: true }) }).first();
    await baris.getByLabel("Capaian Dinas Kesehatan").selectOption({ label: "Butuh Perbaikan" });
    await baris.getByLabel("Dasar penetapan").fill("Laporan capaian rencana aksi Triwulan II: sebagian besar belum sesuai target.");
    await baris.getByRole("button", { name: /^(Tetapkan|Ubah) capaian$/ }).click();
    await expect(page.getByText("Capaian Dinas Kesehatan ditetapkan.")).toBeVisible();
    await expect(baris).toContainText("Capaian berlaku: Butuh Perbaikan");
    await periksaAksesibilitas(page, info, "capaian-organisasi");
    await tangkapLayar(page, "kurva-capaian");
    await gerbang(page, "Peringatan");
  });

  test("atasan tertahan kurva saat finalisasi, memindahkan satu pegawai di papan kalibrasi, lalu memfinalkan", async ({ page }, info) => {
    page.on("dialog", (d) => void d.accept());
    await masuk(page, { key: "nurlaela" });
    await page.goto("/bawahan/penilaian?periode=TW2");
    await expect(page.getByRole("heading", { level: 2, name: /^Triwulan II/ })).toBeVisible();
    await nilaiSangatBaik(page, "Wahyu Setiadi");
    await nilaiSangatBaik(page, "Taufik Hidayat");

    // Kurva Butuh Perbaikan: Sangat Baik paling banyak 10 % dari populasi; dua orang melampauinya.
    await expect(page.getByText(/^Kurva distribusi Dinas Kesehatan/).locator("..")).toContainText("aturan dilanggar bila difinalkan sekarang");
    await page.getByRole("button", { name: "Finalkan penilaian yang dipilih" }).click();
    await expect(page.getByText(/^Dinas Kesehatan: Sangat Baik paling banyak 10 % dari \d+ orang = \d+ orang; sudah 2 orang/)).toBeVisible();
    await expect(barisPegawai(page, "Wahyu Setiadi")).toContainText("Selesai dinilai");

    await page.getByRole("link", { name: "Buka papan kalibrasi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Papan kalibrasi · Triwulan II/ })).toBeVisible();
    const panel = page.getByRole("region", { name: /^Dinas Kesehatan: capaian Butuh Perbaikan/ });
    await expect(panel.getByRole("alert")).toContainText("Sangat Baik paling banyak 10 %");
    await expect(panel.getByRole("heading", { level: 3, name: "Sangat Baik · 2" })).toBeVisible();
    await periksaAksesibilitas(page, info, "papan-kalibrasi");
    await tangkapLayar(page, "kurva-papan-dilanggar");
    const kartu = panel.getByRole("listitem").filter({ hasText: "Taufik Hidayat" });
    await kartu.getByLabel("Pindahkan Taufik Hidayat, S.KM. ke").selectOption({ label: "Baik: hasil Di Atas, perilaku Sesuai" });
    await kartu.getByRole("button", { name: "Pindahkan" }).click();
    await expect(panel.getByRole("heading", { level: 3, name: "Sangat Baik · 1" })).toBeVisible();
    await expect(panel.getByRole("heading", { level: 3, name: /^Baik · \d+$/ })).toBeVisible();
    await expect(panel.getByRole("alert")).toHaveCount(0);
    await tangkapLayar(page, "kurva-papan-sesuai");

    await page.goto("/bawahan/penilaian?periode=TW2");
    await expect(page.getByText(/^Kurva distribusi Dinas Kesehatan/).locator("..")).toContainText("sesuai bila difinalkan sekarang");
    const finalkan = page.getByRole("button", { name: "Finalkan penilaian yang dipilih" });
    await expect(finalkan).toBeEnabled();
    await finalkan.click();
    await expect(page.getByRole("status").filter({ hasText: /^2 penilaian difinalkan\./ })).toBeVisible();
    await expect(barisPegawai(page, "Taufik Hidayat")).toContainText("Baik");

    // Catatan penilaian Taufik menyimpan perubahan dari papan kalibrasi.
    await barisPegawai(page, "Taufik Hidayat").getByRole("link", { name: /penilaian Taufik Hidayat/ }).click();
    await expect(page.getByRole("region", { name: "Riwayat dan tindakan" })).toContainText("Sangat Baik → Baik");
  });

  test("admin melihat sebaran final di Monitoring kurva, lalu mengembalikan gerbang ke Blokir", async ({ page }, info) => {
    await masuk(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Monitoring kurva" }).first().click();
    await page.getByRole("navigation", { name: /Periode/ }).getByRole("link", { name: "Triwulan II", exact: true }).click();
    const baris = page.getByRole("row").filter({ hasText: "Dinas Kesehatan" }).first();
    await expect(baris).toContainText("Butuh Perbaikan");
    await periksaAksesibilitas(page, info, "monitoring-kurva-tw2");
    await tangkapLayar(page, "kurva-monitoring");
    await gerbang(page, "Blokir");
  });
});
