// Impor organisasi oleh admin BKD: unduh templat, unggah ±200 pegawai dengan 3 baris salah, baca laporan uji coba,
// unggah berkas yang sudah diperbaiki, terapkan, periksa ulang (tanpa perubahan). Aksesibilitas, 390 px, tangkapan layar.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { tulisXlsx, type BarisTulis } from "@/lib/impor/templat";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

// Alur #14: templat, uji coba dengan galat, perbaikan, penerapan; lalu akun pegawai hasil impor diaktifkan, salah satunya
// masuk, wajib mengganti sandi, dan melihat Kepala Seksi dari berkas sebagai pejabat penilainya.
// Kode dan NIP unik per jalan (server yang sama dapat dipakai ulang).
const ACAK = Math.floor(Math.random() * 3000);
const AWAL = `E2E${ACAK}`;
const nip = (i: number) => {
  // Lahir 1970–1978, TMT CPNS 2008: usia pada TMT selalu ≥ 18 tahun (aturan NIP).
  const l = new Date(Date.UTC(1970, 0, 1 + ACAK + Math.floor(i / 999)));
  return `${l.toISOString().slice(0, 10).replace(/-/g, "")}2008011${String((i % 999) + 1).padStart(3, "0")}`;
};

function berkas(rusak: boolean): BarisTulis[] {
  const unit = { kodeUnit: `${AWAL}-SEK`, unit: "Seksi Uji Impor", jenisUnit: "Subbidang", kodeUnitInduk: "DINKES-YANKES" };
  const kasi = `${AWAL}-KASI`;
  const baris: BarisTulis[] = [];
  for (let i = 0; i < 200; i++) {
    baris.push({
      ...unit,
      nip: nip(i),
      nama: `Pegawai Uji ${i + 1}`,
      status: "PNS",
      golongan: i === 0 ? "III/d" : "II/c",
      tmtGolongan: "01-04-2021",
      kodeJabatan: i === 0 ? kasi : `${AWAL}-PEL${i % 4}`,
      jabatan: i === 0 ? "Kepala Seksi Uji Impor" : `Pelaksana Uji ${i % 4}`,
      jenisJabatan: i === 0 ? "Pengawas" : "Pelaksana",
      eselon: i === 0 ? "IV.a" : "",
      kodeAtasanJabatan: i === 0 ? "" : kasi,
      tmtJabatan: "02-01-2024",
    });
  }
  if (rusak) {
    baris[10]!.golongan = "IX";
    baris[50]!.nip = "12345";
    baris[120]!.tmtJabatan = "31-02-2024";
  }
  return baris;
}

test("admin mengimpor pegawai: templat, uji coba dengan galat, perbaikan, penerapan", async ({ page }, info) => {
  test.setTimeout(120_000);
  await masuk(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Impor pegawai dan struktur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Impor pegawai dan struktur organisasi" })).toBeVisible();
  await periksaAksesibilitas(page, info, "impor");

  // Templat .xlsx: lembar Data (judul + contoh) dan Petunjuk.
  const unduh = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat Excel (.xlsx)" }).click();
  const t = await unduh;
  expect(t.suggestedFilename()).toBe("templat-impor-organisasi.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await t.path())!);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Petunjuk"]);
  expect(wb.getWorksheet("Data")!.getRow(1).getCell(1).value).toBe("NIP");
  expect(wb.getWorksheet("Data")!.rowCount).toBe(2);
  const unduhCsv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat CSV" }).click();
  expect((await unduhCsv).suggestedFilename()).toBe("templat-impor-organisasi.csv");

  // Berkas dengan 3 baris salah: laporan menyebut baris dan kolomnya; tombol Terapkan tidak muncul.
  const masukan = page.locator('input[type="file"]');
  await masukan.setInputFiles({ name: "pegawai-salah.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await tulisXlsx(berkas(true))) });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByRole("heading", { name: /Hasil pemeriksaan \(uji coba/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("3 baris bergalat. Perbaiki berkas")).toBeVisible();
  await expect(page.getByRole("button", { name: /Terapkan impor/ })).toHaveCount(0);
  const tabel = page.getByRole("table", { name: "Laporan per baris berkas" });
  await expect(tabel.getByRole("row")).toHaveCount(4);
  await expect(tabel.getByRole("row", { name: /^Baris 12\b/ })).toContainText("Kolom Golongan:");
  await expect(tabel.getByRole("row", { name: /^Baris 52\b/ })).toContainText("Kolom NIP: NIP harus 18 digit");
  await expect(tabel.getByRole("row", { name: /^Baris 122\b/ })).toContainText("Kolom TMT Jabatan: Tanggal tidak sah");
  await tangkapLayar(page, "impor-uji-galat");
  await periksaAksesibilitas(page, info, "impor-uji-galat");

  // Berkas diperbaiki: tanpa galat, lalu diterapkan.
  await masukan.setInputFiles({ name: "pegawai.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await tulisXlsx(berkas(false))) });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByText("Tidak ada galat. Periksa ringkasan")).toBeVisible({ timeout: 30_000 });
  await expect(tabel.getByRole("row")).toHaveCount(201);
  await page.getByRole("button", { name: /Terapkan impor \(\d+ perubahan\)/ }).click();
  await expect(page.getByRole("heading", { name: "Hasil penerapan" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Impor diterapkan.")).toBeVisible();
  await tangkapLayar(page, "impor-diterapkan");

  // Periksa ulang berkas yang sama: tidak ada perubahan.
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(page.getByText("Tidak ada perubahan: data portal sudah sama dengan berkas.")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: /Tidak berubah \(200\)/ }).click();
  await expect(tabel.getByRole("row")).toHaveCount(201);

  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "impor-ponsel-laporan");
  await page.getByRole("button", { name: /Galat \(0\)/ }).click();
  await tangkapLayar(page, "impor-ponsel");
  await periksaAksesibilitas(page, info, "impor-ponsel");
  await page.setViewportSize({ width: 1280, height: 900 });

  // Pegawai hasil impor belum punya akun: admin mengaktifkan dua sekaligus, sandi awal tampil sekali.
  // Cari dengan awalan NIP jalan ini (tanggal lahir); baris dikenali dari NIP yang diformat.
  const tampilNip = (n: string) => `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
  await page.goto(`/admin/akun?q=${nip(0).slice(0, 8)}`);
  for (const i of [0, 9]) await page.locator("tr", { hasText: tampilNip(nip(i)) }).getByRole("checkbox").check();
  await page.getByRole("button", { name: "Aktifkan akun yang dicentang" }).click();
  await expect(page.getByRole("status").filter({ hasText: "akun dibuat" })).toContainText("2 akun dibuat");
  const baris2 = page.getByRole("table", { name: "Kata sandi awal akun yang baru dibuat" }).locator("tr", { hasText: tampilNip(nip(9)) });
  const sandiAwal = (await baris2.locator("[data-sandi-awal]").textContent())!.trim();
  expect(sandiAwal).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);

  // Pegawai baru masuk, wajib mengganti sandi, lalu Beranda menunjukkan Kepala Seksi dari berkas sebagai pejabat penilai.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("NIP / NI PPPK").fill(nip(9));
  await page.getByLabel("Kata sandi").fill(sandiAwal);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun\?wajib=1$/);
  await page.goto("/beranda");
  await expect(page).toHaveURL(/\/akun\?wajib=1$/);
  await page.getByLabel("Kata sandi saat ini").fill(sandiAwal);
  await page.getByLabel(/^Kata sandi baru/).fill("PegawaiUjiBaru#2026");
  await page.getByLabel("Konfirmasi kata sandi baru").fill("PegawaiUjiBaru#2026");
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("region", { name: "Ubah kata sandi" }).getByRole("status")).toContainText("Kata sandi diubah");
  await page.goto("/beranda");
  const penilai = page.getByRole("region", { name: "Pejabat penilai kinerja" });
  await expect(penilai.getByText("Pegawai Uji 1")).toBeVisible();
  await expect(penilai.getByText("Kepala Seksi Uji Impor")).toBeVisible();
  await tangkapLayar(page, "impor-pegawai-baru-beranda");
});
