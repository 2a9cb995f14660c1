// Perjalanan progres harian lengkap (issue #15, "Done when"), seperti orang sungguhan: Wahyu (ASN) mencatat tiga hari
// dengan tangan dan seminggu dari Excel (satu baris bertumpang tindih ditolak di pratinjau), mengajukan; Hj. Nurlaela
// (pejabat penilainya) mengembalikan satu entri dengan catatan dan menyetujui sisanya sekaligus; Wahyu memperbaiki dan
// mengajukan kembali; halaman pelaksanaan menunjukkan jumlahnya dan usulannya dipakai dengan satu klik.
// Minggu 5 dan 12 Oktober 2026 (Triwulan IV, sebelum entri demo), jam kerja pagi.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

test.describe.configure({ mode: "serial" });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const WAHYU = { key: "wahyu" } as const;
const NURLAELA = { key: "nurlaela" } as const;
const RA = /^RA-\d{2} — Menyelesaikan terlaksananya advokasi/;
const TANGAN = [
  { iso: "2026-10-05", hari: "Senin, 5 Oktober 2026", kegiatan: "Penyuluhan PHBS di SD Negeri 3 Lembah" },
  { iso: "2026-10-06", hari: "Selasa, 6 Oktober 2026", kegiatan: "Penyuluhan cuci tangan di pasar Kecamatan Utara" },
  { iso: "2026-10-07", hari: "Rabu, 7 Oktober 2026", kegiatan: "Advokasi kawasan tanpa rokok kepada camat" },
];
const EXCEL = ["2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"];

async function isiEntri(page: Page, e: (typeof TANGAN)[number]) {
  await page.getByRole("region", { name: e.hari }).getByRole("link", { name: /^Tambah entri/ }).click();
  const form = page.getByRole("region", { name: "Tambah entri" });
  await expect(form.getByLabel(/^Tanggal/)).toHaveValue(e.iso);
  const pilihan = form.getByRole("combobox", { name: "Rencana aksi" });
  const label = await pilihan.locator("option", { hasText: "Menyelesaikan terlaksananya advokasi" }).first().textContent();
  await pilihan.selectOption({ label: label!.trim() });
  await form.getByLabel(/^Jam mulai/).fill("08:00");
  await form.getByLabel(/^Jam selesai/).fill("10:00");
  await form.getByLabel(/^Kegiatan/).fill(e.kegiatan);
  await form.getByLabel(/^Realisasi/).fill("1");
  await form.getByLabel(/^Realisasi/).press("Enter");
  await expect(form.getByRole("status")).toHaveText(`Entri ${e.hari.split(", ")[1]} disimpan sebagai draf.`);
}

test("ASN mencatat, mengimpor dan mengajukan; atasan mengembalikan satu dan menyetujui sisanya; ASN memperbaiki; pelaksanaan menjumlahkan", async ({ browser }, info) => {
  const ExcelJS = (await import("exceljs")).default;
  // Dua orang, dua konteks peramban (sesi terpisah).
  const asn = await (await browser.newContext()).newPage();
  await masuk(asn, WAHYU);

  // ── Tiga hari dengan tangan ──
  await asn.goto("/harian?minggu=2026-10-05");
  for (const e of TANGAN) await isiEntri(asn, e);
  await expect(asn.getByRole("list", { name: "Jumlah entri per status" })).toContainText("Draf: 3");
  await tangkapLayar(asn, "perjalanan-harian-tiga-hari");
  asn.once("dialog", (d) => d.accept());
  await asn.getByRole("button", { name: "Ajukan minggu ini (3 entri)" }).click();
  await expect(asn.getByText("3 entri 5 Oktober 2026 – 11 Oktober 2026 diajukan ke pejabat penilai.")).toBeVisible();

  // ── Seminggu dari Excel: satu baris bertumpang tindih ditolak di pratinjau ──
  await asn.goto("/harian");
  await asn.getByRole("link", { name: "Impor entri dari Excel" }).click();
  await expect(asn.getByRole("heading", { level: 1, name: "Impor progres harian dari Excel" })).toBeVisible();
  const unduhan = asn.waitForEvent("download");
  await asn.getByRole("link", { name: "Unduh templat Excel" }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await (await unduhan).path());
  let label = "";
  wb.getWorksheet("Daftar Rencana Aksi")!.eachRow((r) => {
    const v = String(r.getCell(1).value ?? "");
    if (!label && RA.test(v)) label = v;
  });
  expect(label).toMatch(RA);
  const ws = wb.getWorksheet("Progres Harian")!;
  const jam = (h: number, m = 0) => (h * 60 + m) / 1440;
  EXCEL.forEach((h, i) => (ws.getRow(6 + i).values = [label, new Date(`${h}T00:00:00Z`), jam(8), jam(11), `Pendampingan posyandu remaja ${h}`, 2, "kegiatan", null]));
  ws.getRow(11).values = [label, "13/10/2026", "10:30", "12:00", "Rapat evaluasi penyuluhan", 1, "kegiatan", null];
  const pilih = asn.getByLabel("Berkas Excel progres harian");
  await pilih.setInputFiles({ name: "minggu.xlsx", mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await asn.getByRole("button", { name: "Pratinjau" }).click();
  await expect(asn.getByRole("listitem", { name: "Baris 11: Ada kesalahan" })).toContainText("bertumpang tindih dengan baris 7 (08:00–11:00) pada 13 Oktober 2026");
  await expect(asn.getByRole("button", { name: /^Simpan semua/ })).toHaveCount(0);
  await tangkapLayar(asn, "perjalanan-harian-impor-galat");
  ws.getRow(11).getCell(3).value = "11:00";
  await pilih.setInputFiles({ name: "minggu.xlsx", mimeType: XLSX, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await asn.getByRole("button", { name: "Pratinjau" }).click();
  await asn.getByRole("button", { name: "Simpan semua (6 entri baru)" }).click();
  await expect(asn.getByText("6 entri progres harian diimpor sebagai draf.")).toBeVisible();
  await asn.getByRole("link", { name: "Lihat progres harian" }).click();
  await asn.goto("/harian?minggu=2026-10-12");
  await expect(asn.getByRole("region", { name: "Selasa, 13 Oktober 2026" }).getByText("Rapat evaluasi penyuluhan")).toBeVisible();
  asn.once("dialog", (d) => d.accept());
  await asn.getByRole("button", { name: "Ajukan minggu ini (6 entri)" }).click();
  await expect(asn.getByText("6 entri 12 Oktober 2026 – 18 Oktober 2026 diajukan ke pejabat penilai.")).toBeVisible();

  // ── Atasan: kembalikan satu dengan catatan, setujui sisanya sekaligus ──
  const atasan = await (await browser.newContext()).newPage();
  await masuk(atasan, NURLAELA);
  await expect(atasan.getByRole("link", { name: /entri progres harian bawahan menunggu tinjauan Anda/ })).toBeVisible();
  await atasan.getByRole("link", { name: /entri progres harian bawahan menunggu tinjauan Anda/ }).click();
  await expect(atasan.getByRole("heading", { level: 1, name: "Tinjauan Progres Harian" })).toBeVisible();
  await periksaAksesibilitas(atasan, info, "tinjauan-harian");
  const bagian = atasan.getByRole("region", { name: /^Wahyu Setiadi/ });
  const kembali = bagian.getByRole("listitem").filter({ hasText: TANGAN[1]!.kegiatan });
  await kembali.getByRole("link", { name: /^Kembalikan/ }).click();
  await kembali.getByLabel(/^Catatan untuk/).fill("Sebutkan jumlah peserta penyuluhan dan lampirkan daftar hadirnya.");
  await kembali.getByRole("button", { name: "Kembalikan dengan catatan" }).click();
  await expect(atasan.getByRole("status").filter({ hasText: "Entri dikembalikan ke pegawai dengan catatan Anda." })).toBeVisible();
  // Entri pindah dari "Menunggu tinjauan" ke "Dikembalikan" beserta catatannya.
  await expect(bagian.getByText(TANGAN[1]!.kegiatan)).toHaveCount(0);
  await bagian.getByLabel(/^Pilih semua entri Wahyu/).check();
  atasan.once("dialog", (d) => d.accept());
  await atasan.getByRole("button", { name: "Setujui entri yang dipilih" }).click();
  await expect(atasan.getByText(/^\d+ entri disetujui\.$/)).toBeVisible();
  await expect(atasan.getByRole("region", { name: /^Wahyu Setiadi/ })).toHaveCount(0);
  await tangkapLayar(atasan, "perjalanan-harian-tinjauan");
  await atasan.getByRole("navigation", { name: "Status entri" }).getByRole("link", { name: "Dikembalikan" }).click();
  await expect(atasan.getByRole("region", { name: /^Wahyu Setiadi/ })).toContainText("Catatan Anda: Sebutkan jumlah peserta penyuluhan");
  await atasan.setViewportSize({ width: 390, height: 844 });
  await atasan.goto("/bawahan/harian?status=DISETUJUI");
  await periksaTanpaGulirHorizontal(atasan);
  await tangkapLayar(atasan, "perjalanan-harian-tinjauan-ponsel");

  // ── ASN memperbaiki entri yang dikembalikan dan mengajukannya kembali ──
  await asn.goto("/beranda");
  await asn.getByRole("link", { name: /entri progres harian Anda dikembalikan/ }).click();
  const dikembalikan = asn.locator("#dikembalikan");
  await expect(dikembalikan).toContainText("Sebutkan jumlah peserta penyuluhan");
  await dikembalikan.getByRole("listitem").filter({ hasText: TANGAN[1]!.kegiatan }).getByRole("link", { name: "Perbaiki entri ini" }).click();
  const ubah = asn.getByRole("region", { name: "Ubah entri 6 Oktober 2026" });
  await ubah.getByLabel(/^Kegiatan/).fill(`${TANGAN[1]!.kegiatan} (32 peserta, daftar hadir terlampir)`);
  await ubah.getByLabel(/^Tautan bukti/).fill("https://drive.example.go.id/daftar-hadir-pasar-utara");
  await ubah.getByLabel(/^Realisasi/).press("Enter");
  await expect(asn).not.toHaveURL(/ubah=/);
  asn.once("dialog", (d) => d.accept());
  await asn.getByRole("button", { name: "Ajukan minggu ini (1 entri)" }).click();
  await expect(asn.getByText("1 entri 5 Oktober 2026 – 11 Oktober 2026 diajukan ke pejabat penilai.")).toBeVisible();
  await atasan.setViewportSize({ width: 1280, height: 900 });
  await atasan.goto("/bawahan/harian");
  await atasan.getByRole("region", { name: /^Wahyu Setiadi/ }).getByLabel(/^Pilih entri Wahyu/).first().check();
  atasan.once("dialog", (d) => d.accept());
  await atasan.getByRole("button", { name: "Setujui entri yang dipilih" }).click();
  await expect(atasan.getByText("1 entri disetujui.")).toBeVisible();

  // ── Pelaksanaan: jumlah harian yang disetujui di samping realisasi; dipakai dengan satu klik ──
  await asn.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await asn.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await asn.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan IV", exact: true }).click();
  const rhk = asn.getByRole("region").filter({ has: asn.getByRole("heading", { level: 2, name: /^U1/ }) });
  await expect(rhk.getByText(/Progres harian disetujui: \d+ kegiatan \(\d+ entri\)/).first()).toBeVisible();
  const pakai = rhk.getByRole("button", { name: /^Pakai \d+ kegiatan$/ });
  const nilai = (await pakai.textContent())!.match(/\d+/)![0];
  await tangkapLayar(asn, "perjalanan-harian-pelaksanaan");
  await pakai.click();
  await expect(rhk.getByLabel(/^Realisasi Triwulan IV \(kegiatan\)/)).toHaveValue(nilai);
  await expect(rhk.getByRole("button", { name: /^Pakai \d+ kegiatan$/ })).toHaveCount(0);

  // ── Evaluasi: pejabat penilai melihat log harian periode itu ──
  await atasan.goto("/bawahan/penilaian?periode=TW4");
  await atasan.getByRole("link", { name: /Wahyu Setiadi/ }).first().click();
  await expect(atasan.getByRole("heading", { level: 2, name: "Progres harian Triwulan IV" })).toBeVisible();
  await expect(atasan.getByText(TANGAN[0]!.kegiatan)).toBeVisible();
  await tangkapLayar(atasan, "perjalanan-harian-evaluasi");
  await asn.context().close();
  await atasan.context().close();
});
