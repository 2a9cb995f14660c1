// Penilaian kinerja seperti dilakukan orang sungguhan: kepala bidang (Hj. Nurlaela) menilai Triwulan I dua bawahan,
// melihat predikat mengikuti kuadran, draf tersimpan sendiri; gerbang kelengkapan menahan "selesai dinilai" sampai
// admin BKD memilih mode Peringatan; tim difinalkan sekaligus; pegawai melihat hasil dan mengajukan keberatan; atasan
// pejabat penilai (Kepala Dinas) memutuskan. Terakhir: dua tab atasan yang sama mengubah satu penilaian (konflik versi).
// Perjalanan utama mengubah keadaan (final, keberatan) dan membutuhkan basis data uji baru, seperti atasan.spec.ts.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

const FOLDER_LAYAR = "test-results/layar";

/** Tangkapan layar penuh pada lebar desktop dan 390 px (ponsel), lalu kembali ke lebar semula. */
async function tangkapDuaLebar(page: Page, nama: string) {
  mkdirSync(FOLDER_LAYAR, { recursive: true });
  const semula = page.viewportSize()!;
  // Dari puncak halaman: baris status simpan otomatis (sticky) tergambar di tempatnya, bukan di tengah tangkapan.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${FOLDER_LAYAR}/${nama}-desktop.png`, fullPage: true, animations: "disabled", caret: "hide" });
  await periksaTanpaGulirHorizontal(page);
  await page.screenshot({ path: `${FOLDER_LAYAR}/${nama}-390.png`, fullPage: true, animations: "disabled", caret: "hide" });
  await page.setViewportSize(semula);
}

async function bukaKotakTw1(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await page.getByRole("link", { name: "Penilaian kinerja", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Penilaian kinerja bawahan \d{4}$/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Periode penilaian" }).getByRole("link", { name: "Triwulan I", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Triwulan I/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Periode penilaian" }).getByRole("link", { name: "Triwulan I", exact: true })).toHaveAttribute("aria-current", "page");
}

const barisPegawai = (page: Page, nama: string) => page.getByRole("row").filter({ hasText: nama });

async function bukaEvaluasi(page: Page, nama: string) {
  await barisPegawai(page, nama).getByRole("link", { name: new RegExp(`penilaian ${nama}(,|$)`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Identitas" })).toContainText(nama);
}

const grupRating = (page: Page, nama: string) => page.getByRole("group", { name: nama, exact: true });
const predikat = (page: Page) => page.getByRole("region", { name: "Predikat kinerja pegawai" }).getByRole("status");
/** Baris keadaan di bawah judul: "Periode: … · Status: …". */
const keadaan = (page: Page) => page.getByText(/^Periode: .* · Status: /);
const statusDraf = (page: Page) => page.getByRole("status").filter({ hasText: /^Draf (terakhir )?(tersimpan|disimpan) pukul \d{2}[.:]\d{2}/ });

const UMPAN_RHK_WAHYU = "Penyuluhan di 12 desa lokus terlaksana dengan daftar hadir dan foto lengkap.";
const UMPAN_PELAYANAN_WAHYU = "Sigap menanggapi pertanyaan kader posyandu melalui grup WhatsApp.";
const UMPAN_RHK_JOKO = "Rekap data triwulan I terlambat dua minggu dari jadwal.";
const UMPAN_KOLABORATIF_JOKO = "Belum hadir pada tiga rapat koordinasi lintas program tanpa pemberitahuan.";
const ALASAN_KEBERATAN = "Selain penyuluhan, saya juga menggantikan rekan yang cuti untuk pendataan balita stunting di dua kecamatan; bukti surat tugas sudah diunggah.";
const PERTIMBANGAN = "Surat tugas pendataan balita stunting sah dan terverifikasi; hasil kerja Triwulan I melampaui ekspektasi.";

// Dipelajari di tengah perjalanan dari alamat halaman, dipakai uji berikutnya (serial, satu worker).
let alamatEvaluasiWahyu = "";

test.describe("perjalanan penilaian Triwulan I", () => {
  test.describe.configure({ mode: "serial" });

  test("atasan menulis draf penilaian Wahyu; predikat mengikuti kuadran dan draf tetap ada setelah dimuat ulang; gerbang Blokir menahan selesai dinilai", async ({ page }, info) => {
    await masuk(page, { key: "nurlaela" });
    await bukaKotakTw1(page);
    await expect(page.getByText(/^Aturan kelengkapan instansi: Blokir/)).toBeVisible();
    // Tim Hj. Nurlaela belum dinilai pada Triwulan I (data demo): pelaksanaan Wahyu lengkap, Joko belum diisi.
    await expect(barisPegawai(page, "Wahyu Setiadi")).toContainText("Siap dinilai");
    await expect(barisPegawai(page, "Joko Susilo")).toContainText("Belum lengkap");
    await expect(page.getByRole("button", { name: "Finalkan penilaian yang dipilih" })).toHaveCount(0);
    await periksaAksesibilitas(page, info, "penilaian-kotak");
    await tangkapDuaLebar(page, "penilaian-kotak-awal");

    // Gerbang Blokir: penilaian Joko yang belum lengkap belum dapat ditandai selesai, draf tetap dapat ditulis.
    await bukaEvaluasi(page, "Joko Susilo");
    await expect(page.getByRole("region", { name: "Kelengkapan pelaksanaan" }).getByRole("alert")).toContainText("Draf umpan balik tetap dapat ditulis");
    await expect(page.getByRole("button", { name: "Tandai selesai dinilai" })).toHaveCount(0);
    await page.goBack();

    await bukaEvaluasi(page, "Wahyu Setiadi");
    alamatEvaluasiWahyu = new URL(page.url()).pathname;
    expect(alamatEvaluasiWahyu).toMatch(/^\/bawahan\/skp\/[0-9a-f-]{36}\/penilaian\/TW1$/);
    await expect(page.getByRole("region", { name: "Kelengkapan pelaksanaan" })).toContainText("Kelengkapan pelaksanaan: 100%");
    await expect(predikat(page)).toHaveText("Isi kedua rating untuk melihat predikat.");

    await page.getByLabel(/^Umpan balik singkat untuk U1 /).selectOption({ label: "Sangat baik, melampaui ekspektasi" });
    await page.getByLabel(/^Umpan balik berdasarkan bukti dukung untuk U1 /).fill(UMPAN_RHK_WAHYU);
    await page.getByLabel("Umpan balik berdasarkan bukti dukung untuk Berorientasi Pelayanan").fill(UMPAN_PELAYANAN_WAHYU);

    await grupRating(page, "Rating hasil kerja").getByLabel("Di Atas Ekspektasi").check();
    await expect(predikat(page)).toHaveText("Isi kedua rating untuk melihat predikat.");
    await grupRating(page, "Rating perilaku kerja").getByLabel("Di Atas Ekspektasi").check();
    await expect(predikat(page)).toHaveText("Sangat Baik");
    const kuadran = page.getByRole("table", { name: /^Kuadran kinerja/ });
    await expect(kuadran.locator('[aria-current="true"]')).toHaveText("Sangat Baik");
    // Berubah pikiran: perilaku kerja sesuai ekspektasi → predikat Baik, seketika.
    await grupRating(page, "Rating perilaku kerja").getByLabel("Sesuai Ekspektasi").check();
    await expect(predikat(page)).toHaveText("Baik");
    await expect(kuadran.locator('[aria-current="true"]')).toHaveText("Baik");
    await expect(statusDraf(page)).toBeVisible();
    await periksaAksesibilitas(page, info, "penilaian-evaluasi");
    await tangkapDuaLebar(page, "penilaian-evaluasi-predikat-langsung");

    await page.reload();
    await expect(grupRating(page, "Rating hasil kerja").getByLabel("Di Atas Ekspektasi")).toBeChecked();
    await expect(grupRating(page, "Rating perilaku kerja").getByLabel("Sesuai Ekspektasi")).toBeChecked();
    await expect(page.getByLabel(/^Umpan balik singkat untuk U1 /)).toHaveValue("SANGAT_BAIK");
    await expect(page.getByLabel(/^Umpan balik berdasarkan bukti dukung untuk U1 /)).toHaveValue(UMPAN_RHK_WAHYU);
    await expect(page.getByLabel("Umpan balik berdasarkan bukti dukung untuk Berorientasi Pelayanan")).toHaveValue(UMPAN_PELAYANAN_WAHYU);
    await expect(predikat(page)).toHaveText("Baik");
    await expect(page.getByRole("status").filter({ hasText: /^Draf terakhir disimpan pukul/ })).toBeVisible();

    await page.getByRole("link", { name: "Daftar penilaian tim" }).click();
    await expect(barisPegawai(page, "Wahyu Setiadi")).toContainText("Draf penilaian");
  });

  test("admin BKD memilih mode Peringatan untuk gerbang kelengkapan", async ({ page }) => {
    page.on("dialog", (d) => void d.accept());
    await masuk(page, "admin");
    await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Admin", exact: true }).click();
    const panel = page.getByRole("region", { name: "Pengaturan penilaian kinerja" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("radio", { name: /^Blokir/ })).toBeChecked();
    await panel.getByRole("radio", { name: /^Peringatan/ }).check();
    await panel.getByRole("button", { name: "Simpan pengaturan penilaian" }).click();
    await expect(panel.getByRole("status")).toHaveText("Pengaturan penilaian disimpan.");
    await page.reload();
    await expect(page.getByRole("region", { name: "Pengaturan penilaian kinerja" }).getByRole("radio", { name: /^Peringatan/ })).toBeChecked();
  });

  test("atasan menandai selesai dinilai Wahyu dan Joko, lalu memfinalkan tim", async ({ page }) => {
    page.on("dialog", (d) => void d.accept());
    await masuk(page, { key: "nurlaela" });
    await bukaKotakTw1(page);
    await expect(page.getByText(/^Aturan kelengkapan instansi: Peringatan/)).toBeVisible();

    await bukaEvaluasi(page, "Wahyu Setiadi");
    await expect(page.getByRole("region", { name: "Kelengkapan pelaksanaan" })).toContainText("Kelengkapan pelaksanaan: 100%");
    await expect(predikat(page)).toHaveText("Baik");
    await page.getByRole("button", { name: "Tandai selesai dinilai" }).click();
    await expect(keadaan(page)).toContainText("Status: Selesai dinilai");
    // Nama bergelar diakhiri titik: kalimatnya tidak bertitik ganda.
    await expect(page.getByRole("region", { name: "Riwayat dan tindakan" }).getByRole("listitem").filter({ hasText: "Ditandai selesai dinilai" })).toHaveText(
      /^Ditandai selesai dinilai .* oleh Hj\. Nurlaela, S\.KM\., M\.PH\.$/,
    );
    await expect(page.getByRole("radio")).toHaveCount(0);

    await page.getByRole("link", { name: "Daftar penilaian tim" }).click();
    await bukaEvaluasi(page, "Joko Susilo");
    await page.getByLabel(/^Umpan balik singkat untuk U1 /).selectOption({ label: "Perlu perbaikan" });
    await page.getByLabel(/^Umpan balik berdasarkan bukti dukung untuk U1 /).fill(UMPAN_RHK_JOKO);
    await page.getByLabel("Umpan balik singkat untuk Kolaboratif").selectOption({ label: "Sangat kurang" });
    await page.getByLabel("Umpan balik berdasarkan bukti dukung untuk Kolaboratif").fill(UMPAN_KOLABORATIF_JOKO);
    await grupRating(page, "Rating hasil kerja").getByLabel("Sesuai Ekspektasi").check();
    await grupRating(page, "Rating perilaku kerja").getByLabel("Di Bawah Ekspektasi").check();
    await expect(predikat(page)).toHaveText("Kurang/Misconduct");
    await expect(statusDraf(page)).toBeVisible();
    // "Tandai selesai dinilai" menyimpan dulu isian terakhir, tanpa menunggu simpan otomatis.
    await page.getByRole("button", { name: "Tandai selesai dinilai" }).click();
    await expect(keadaan(page)).toContainText("Status: Selesai dinilai");
    // Berubah pikiran sebelum final: "Ubah lagi", tambah catatan (tersimpan tanpa konflik), lalu tandai lagi.
    await page.getByRole("button", { name: "Ubah lagi" }).click();
    await expect(keadaan(page)).toContainText("Status: Draf penilaian");
    await page.getByLabel("Catatan/rekomendasi").fill("Ikuti pelatihan manajemen waktu dan hadiri rapat koordinasi.");
    await expect(page.getByRole("status").filter({ hasText: /^Draf tersimpan pukul/ })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "sudah diubah di tempat lain" })).toHaveCount(0);
    await page.getByRole("button", { name: "Tandai selesai dinilai" }).click();
    await expect(keadaan(page)).toContainText("Status: Selesai dinilai");
    await expect(page.getByText("Ikuti pelatihan manajemen waktu dan hadiri rapat koordinasi.")).toBeVisible();

    await page.getByRole("link", { name: "Daftar penilaian tim" }).click();
    await expect(barisPegawai(page, "Wahyu Setiadi")).toContainText("Selesai dinilai");
    await expect(barisPegawai(page, "Joko Susilo")).toContainText("Kurang/Misconduct");
    await expect(page.getByText("2 penilaian selesai dinilai dan siap difinalkan.", { exact: false })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /^Pilih penilaian Wahyu Setiadi\b.* untuk difinalkan$/ })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: /^Pilih penilaian Joko Susilo\b.* untuk difinalkan$/ })).toBeChecked();
    await tangkapDuaLebar(page, "penilaian-kotak-siap-final");
    await page.getByRole("button", { name: "Finalkan penilaian yang dipilih" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^2 penilaian difinalkan\./ })).toBeVisible();
    await expect(barisPegawai(page, "Wahyu Setiadi")).toContainText("Final");
    await expect(barisPegawai(page, "Joko Susilo")).toContainText("Final");
    await expect(page.getByRole("button", { name: "Finalkan penilaian yang dipilih" })).toHaveCount(0);
  });

  test("pegawai melihat hasil, umpan balik dan penilainya, lalu mengajukan keberatan", async ({ page }, info) => {
    page.on("dialog", (d) => void d.accept());
    await masuk(page, { key: "wahyu" });
    await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
    await page.getByRole("link", { name: /^SKP (kuantitatif|kualitatif)/ }).first().click();
    await page.getByRole("link", { name: "Penilaian", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Hasil penilaian kinerja \d{4}$/ })).toBeVisible();
    const tw1 = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Lihat rincian penilaian Triwulan I", exact: true }) });
    await expect(tw1).toContainText("Baik");
    await expect(tw1).toContainText("Hasil kerja: Di Atas Ekspektasi");
    await expect(tw1).toContainText("Perilaku kerja: Sesuai Ekspektasi");
    await periksaAksesibilitas(page, info, "penilaian-hasil-tahun");
    await tangkapDuaLebar(page, "penilaian-hasil-tahun");

    await tw1.getByRole("link", { name: "Lihat rincian penilaian Triwulan I", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(alamatEvaluasiWahyu.replace(/^\/bawahan/, ""));
    await expect(page.getByRole("region", { name: "Identitas" })).toContainText("Nurlaela");
    await expect(page.getByText(UMPAN_RHK_WAHYU)).toBeVisible();
    await expect(page.getByText(UMPAN_PELAYANAN_WAHYU)).toBeVisible();
    await expect(page.getByRole("region", { name: "Predikat kinerja pegawai" })).toContainText("Baik");
    // Hanya-baca bagi pegawai: tanpa pilihan rating dan tanpa simpan otomatis.
    await expect(page.getByRole("radio")).toHaveCount(0);
    const keberatan = page.getByRole("region", { name: "Keberatan" });
    await expect(keberatan).toContainText("paling lambat");
    await periksaAksesibilitas(page, info, "penilaian-hasil-periode");

    // Alasan terlalu pendek ditolak dengan pesan di kolomnya.
    await keberatan.getByLabel("Alasan keberatan").fill("Tak adil");
    await keberatan.getByRole("button", { name: "Ajukan keberatan" }).click();
    await expect(keberatan.getByRole("alert")).toBeVisible();
    await keberatan.getByLabel("Alasan keberatan").fill(ALASAN_KEBERATAN);
    await keberatan.getByRole("button", { name: "Ajukan keberatan" }).click();
    await expect(keberatan.getByText("Menunggu keputusan atasan pejabat penilai kinerja.")).toBeVisible();
    await expect(keberatan).toContainText(ALASAN_KEBERATAN);
    await expect(keberatan.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
    await tangkapDuaLebar(page, "penilaian-hasil-keberatan-diajukan");
  });

  test("atasan pejabat penilai mengubah rating atas keberatan; pegawai melihat predikat baru dan pertimbangannya", async ({ page }, info) => {
    page.on("dialog", (d) => void d.accept());
    await masuk(page, { key: "sriwahyuni" });
    // Dari Tugas saya di Beranda, seperti yang akan dilakukan atasan pejabat penilai.
    await page.getByRole("link", { name: /^Keberatan Wahyu Setiadi, S\.KM\. atas penilaian Triwulan I menunggu keputusan Anda/ }).click();
    await expect(page).toHaveURL(new RegExp(`${alamatEvaluasiWahyu}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" })).toBeVisible();
    const keberatan = page.getByRole("region", { name: "Keberatan" });
    await expect(keberatan).toContainText(ALASAN_KEBERATAN);
    await expect(keberatan).toContainText("Rating saat ini: hasil kerja Di Atas Ekspektasi, perilaku kerja Sesuai Ekspektasi, predikat Baik.");
    await keberatan.getByLabel("Ubah rating").check();
    await grupRating(page, "Rating hasil kerja yang baru").getByLabel("Di Atas Ekspektasi").check();
    await grupRating(page, "Rating perilaku kerja yang baru").getByLabel("Di Atas Ekspektasi").check();
    await keberatan.getByLabel("Pertimbangan keputusan").fill(PERTIMBANGAN);
    await periksaAksesibilitas(page, info, "penilaian-keberatan-putuskan");
    await tangkapDuaLebar(page, "penilaian-keberatan-formulir");
    await keberatan.getByRole("button", { name: "Putuskan keberatan" }).click();
    await expect(keberatan.getByText(/: rating diubah$/)).toBeVisible();
    await expect(keberatan).toContainText("Predikat berubah dari Baik menjadi Sangat Baik.");
    await expect(keberatan.getByRole("button", { name: "Putuskan keberatan" })).toHaveCount(0);
    // Tanpa memuat ulang, bagian predikat dan rating di halaman yang sama ikut rating baru.
    await expect(predikat(page)).toHaveText("Sangat Baik");
    await expect(page.getByRole("table", { name: /^Kuadran kinerja/ }).locator('[aria-current="true"]')).toHaveText("Sangat Baik");
    await expect(grupRating(page, "Rating perilaku kerja")).toContainText("Di Atas Ekspektasi");
    await tangkapDuaLebar(page, "penilaian-keberatan-diputuskan");

    await masuk(page, { key: "wahyu" });
    await page.goto(alamatEvaluasiWahyu.replace(/^\/bawahan/, ""));
    const diputuskan = page.getByRole("region", { name: "Keberatan" });
    await expect(diputuskan).toContainText("Predikat berubah dari Baik menjadi Sangat Baik.");
    await expect(diputuskan).toContainText(PERTIMBANGAN);
    await expect(diputuskan).toContainText("Sri Wahyuni");
    await expect(page.getByRole("region", { name: "Predikat kinerja pegawai" })).toContainText("Sangat Baik");
    await periksaAksesibilitas(page, info, "penilaian-hasil-keputusan");
    await tangkapDuaLebar(page, "penilaian-hasil-keputusan");
    await page.getByRole("link", { name: /^Semua periode tahun/ }).click();
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Lihat rincian penilaian Triwulan I", exact: true }) })).toContainText("keberatan diputuskan");
  });
});

test("dua tab atasan mengubah penilaian yang sama: tab kedua melihat konflik dan tidak kehilangan isiannya", async ({ browser }) => {
  const unik = Date.now().toString(36);
  const teksA = `Catatan dari tab pertama ${unik}.`;
  const teksB = `Catatan dari tab kedua ${unik}.`;
  const teksA2 = `Tambahan tab pertama ${unik}.`;
  const [ka, kb] = [await browser.newContext(), await browser.newContext()];
  try {
    const [a, b] = [await ka.newPage(), await kb.newPage()];
    for (const p of [a, b]) {
      await masuk(p, { key: "nurlaela" });
      await bukaKotakTw1(p);
      await bukaEvaluasi(p, "Taufik Hidayat");
    }
    const umpanA = a.getByLabel(/^Umpan balik berdasarkan bukti dukung untuk U1 /);
    const umpanB = b.getByLabel(/^Umpan balik berdasarkan bukti dukung untuk U1 /);

    // Tab pertama menyimpan lebih dulu.
    await umpanA.fill(teksA);
    await grupRating(a, "Rating hasil kerja").getByLabel("Sesuai Ekspektasi").check();
    await expect(a.getByRole("status").filter({ hasText: /^Draf tersimpan pukul/ })).toBeVisible();

    // Tab kedua masih memegang versi lama: penyimpanannya ditolak, isiannya tetap di layar.
    await umpanB.fill(teksB);
    const konflik = b.getByRole("alert").filter({ hasText: "sudah diubah di tempat lain" });
    await expect(konflik).toBeVisible();
    await expect(konflik).toContainText("rating hasil kerja Sesuai Ekspektasi");
    await expect(b.getByRole("status").filter({ hasText: "Draf belum tersimpan: ada versi lebih baru." })).toBeVisible();
    await expect(umpanB).toHaveValue(teksB);
    await tangkapDuaLebar(b, "penilaian-konflik");
    await konflik.getByRole("button", { name: /^Simpan isian saya/ }).click();
    await expect(b.getByRole("status").filter({ hasText: /^Draf tersimpan pukul/ })).toBeVisible();
    await expect(konflik).toHaveCount(0);
    await expect(umpanB).toHaveValue(teksB);

    // Kini tab pertama yang tertinggal: ia memilih versi tersimpan (milik tab kedua) dan melihat isiannya.
    await umpanA.fill(teksA2);
    const konflikA = a.getByRole("alert").filter({ hasText: "sudah diubah di tempat lain" });
    await expect(konflikA).toBeVisible();
    await expect(umpanA).toHaveValue(teksA2);
    await konflikA.getByRole("button", { name: "Pakai versi tersimpan" }).click();
    await expect(konflikA).toHaveCount(0);
    await expect(umpanA).toHaveValue(teksB);

    await a.reload();
    await expect(umpanA).toHaveValue(teksB);
  } finally {
    await ka.close();
    await kb.close();
  }
});

// ─── Kurva distribusi Triwulan II (sesudah perjalanan Triwulan I, yang memilih gerbang Peringatan) ─────────────
// Admin menetapkan capaian Dinas Kesehatan "Butuh Perbaikan" (Sangat Baik paling banyak 10 %); atasan menilai Wahyu dan
// Taufik "Sangat Baik", tertahan kurva saat finalisasi, memindahkan Taufik ke kolom Baik di papan kalibrasi, lalu
// memfinalkan; admin melihat sebarannya di Monitoring kurva. Satu berkas dengan perjalanan Triwulan I karena keduanya
// memakai pengaturan gerbang instansi yang sama (berjalan berurutan dalam satu pekerja).


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

  test("admin BKD menetapkan capaian Dinas Kesehatan Triwulan II", async ({ page }, info) => {
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

  test("admin melihat sebaran final di Monitoring kurva", async ({ page }, info) => {
    await masuk(page, "admin");
    await page.goto("/admin");
    await page.getByRole("link", { name: "Monitoring kurva" }).first().click();
    await page.getByRole("navigation", { name: /Periode/ }).getByRole("link", { name: "Triwulan II", exact: true }).click();
    const baris = page.getByRole("row").filter({ hasText: "Dinas Kesehatan" }).first();
    await expect(baris).toContainText("Butuh Perbaikan");
    await periksaAksesibilitas(page, info, "monitoring-kurva-tw2");
    await tangkapLayar(page, "kurva-monitoring");
  });
});
