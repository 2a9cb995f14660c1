// Perencanaan SKP seperti dilakukan orang sungguhan: JPT menyusun dan disetujui Sekda; kepala bidang
// menyusun SKP yang mengintervensi RHK JPT, ditolak dengan alasan, diperbaiki, disetujui; lalu hanya-baca.
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, tangkapLayar } from "./bantuan";

test.describe.configure({ mode: "serial" });

async function bukaSkpSaya(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SKP Saya" })).toBeVisible();
}

async function isiRhk(page: Page, o: { teks: string; perspektif?: string; rhkAtasan?: string; indikator: [string, string, string, string][] }) {
  const form = page.getByRole("region", { name: "Tambah rencana hasil kerja" });
  if (o.perspektif) await form.getByLabel("Perspektif").selectOption({ label: o.perspektif });
  if (o.rhkAtasan) await form.getByLabel("RHK pimpinan yang diintervensi").selectOption({ label: o.rhkAtasan });
  await form.getByLabel("Rencana hasil kerja").fill(o.teks);
  for (const [i, [aspek, indikator, target, satuan]] of o.indikator.entries()) {
    if (i > 0 && (await form.getByRole("textbox", { name: `Indikator ${i + 1}`, exact: true }).count()) === 0) await form.getByRole("button", { name: "+ Tambah indikator" }).click();
    if (aspek) await form.getByLabel("Aspek").nth(i).selectOption({ label: aspek });
    await form.getByRole("textbox", { name: `Indikator ${i + 1}`, exact: true }).fill(indikator);
    await form.getByLabel("Target", { exact: true }).nth(i).fill(target);
    await form.getByLabel("Satuan").nth(i).fill(satuan);
  }
  await form.getByRole("button", { name: "Tambah RHK" }).click();
  await expect(form.getByRole("status")).toHaveText("RHK disimpan.");
}

// Pergantian pengguna lewat masuk() (sesi tersimpan); keluar lewat tombol diuji di peran.spec.ts.
async function ajukan(page: Page) {
  await page.getByRole("button", { name: "Ajukan ke pejabat penilai" }).click();
  await expect(page.getByText("Diajukan", { exact: true })).toBeVisible();
}

/** Penilai masuk dan membuka SKP bawahan yang menunggu dari halaman Penilaian Bawahan. */
async function tinjauSebagai(page: Page, penilai: string, namaBawahan: string) {
  await masuk(page, { key: penilai });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await page.getByRole("row").filter({ hasText: namaBawahan }).getByRole("link", { name: /Tinjau SKP/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^SKP ${namaBawahan}`) })).toBeVisible();
}

const RHK_JPT = "Meningkatnya kualitas pengelolaan kinerja ASN Kabupaten Lembah Sejahtera";

test("JPT menyusun SKP dan disetujui Sekda", async ({ page }, info) => {
  await masuk(page, { key: "agus" });
  await bukaSkpSaya(page);
  await page.getByRole("button", { name: "Buat SKP" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Drs\. Agus Setiawan/ })).toBeVisible();
  await expect(page.getByText("Draf", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Identitas" })).toContainText("Hendra Wijaya");

  // Mengajukan SKP kosong ditolak dengan pesan yang jelas.
  await page.getByRole("button", { name: "Ajukan ke pejabat penilai" }).click();
  await expect(page.getByRole("region", { name: "Tindakan" }).getByRole("alert")).toContainText("SKP belum lengkap");

  await isiRhk(page, {
    teks: RHK_JPT,
    perspektif: "Penerima Layanan",
    indikator: [["", "Persentase ASN yang SKP-nya ditetapkan tepat waktu", "95", "%"]],
  });
  await expect(page.getByRole("region", { name: "Hasil kerja", exact: true })).toContainText(RHK_JPT);
  await periksaAksesibilitas(page, info, "skp-draf-jpt");
  await tangkapLayar(page, "skp-draf-jpt");
  await ajukan(page);

  await masuk(page, { key: "hendra" });
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian Bawahan" }).click();
  await expect(page.getByText("1 SKP menunggu persetujuan Anda.")).toBeVisible();
  await periksaAksesibilitas(page, info, "skp-bawahan");
  await page.getByRole("row").filter({ hasText: "Agus Setiawan" }).getByRole("link", { name: /Tinjau SKP/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Drs\. Agus Setiawan/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Hasil kerja", exact: true })).toContainText(RHK_JPT);
  await page.getByRole("button", { name: "Setujui SKP", exact: true }).click();
  await expect(page.getByText("Disetujui", { exact: true })).toBeVisible();
});

test("kepala bidang mengintervensi RHK JPT, ditolak, memperbaiki, lalu disetujui", async ({ page }, info) => {
  await masuk(page, "atasan");
  await bukaSkpSaya(page);
  await page.getByRole("button", { name: "Buat SKP" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Bambang Sutrisno/ })).toBeVisible();
  await isiRhk(page, {
    teks: "Terlaksananya penilaian kinerja ASN di seluruh perangkat daerah tepat waktu",
    rhkAtasan: RHK_JPT,
    indikator: [
      ["Kuantitas", "Jumlah perangkat daerah yang dinilai", "24", "OPD"],
      ["Kualitas", "Laporan penilaian yang diterima tanpa revisi", "90", "%"],
      ["Waktu", "Ketepatan waktu penyampaian laporan", "12", "bulan"],
    ],
  });
  const tabel = page.getByRole("region", { name: "Hasil kerja", exact: true });
  await expect(tabel).toContainText(RHK_JPT);
  await expect(tabel).toContainText("24 OPD");
  await page.getByLabel("Dukungan sumber daya, satu butir per baris").fill("Laptop\nAkses aplikasi e-Kinerja");
  await page.getByRole("region", { name: "Lampiran SKP" }).getByRole("button", { name: "Simpan" }).first().click();
  await expect(page.getByRole("region", { name: "Lampiran SKP" }).getByRole("status")).toHaveText("Lampiran disimpan.");
  await ajukan(page);

  // Kepala badan menolak: tanpa alasan ditolak, dengan alasan berhasil.
  await tinjauSebagai(page, "agus", "Bambang Sutrisno");
  await page.getByLabel("Ekspektasi khusus pimpinan").nth(1).fill("Laporan penilaian kinerja selalu disampaikan sebelum tanggal 5.");
  await page.getByRole("button", { name: "Simpan ekspektasi khusus pimpinan" }).click();
  await expect(page.getByRole("region", { name: "Perilaku kerja (BerAKHLAK)" }).getByRole("status")).toHaveText("Ekspektasi khusus pimpinan disimpan.");
  await page.getByRole("button", { name: "Tolak dan kembalikan" }).click();
  await expect(page.getByRole("region", { name: "Tindakan" }).getByRole("alert")).toContainText(/alasan/i);
  await page.getByLabel(/Alasan penolakan/).fill("Target kualitas terlalu rendah; naikkan menjadi 95 %.");
  await page.getByRole("button", { name: "Tolak dan kembalikan" }).click();
  await expect(page.getByText("Ditolak", { exact: true })).toBeVisible();
  await periksaAksesibilitas(page, info, "skp-ditolak-penilai");

  // Bambang melihat alasan, memperbaiki, mengajukan ulang.
  await masuk(page, "atasan");
  await bukaSkpSaya(page);
  await page.getByRole("link", { name: /SKP kuantitatif/ }).click();
  await expect(page.getByRole("note")).toContainText("Target kualitas terlalu rendah");
  await page.getByText("Ubah atau hapus RHK ini").click();
  const ubah = page.locator("details", { hasText: "Ubah atau hapus RHK ini" });
  await ubah.getByLabel("Target", { exact: true }).nth(1).fill("95");
  await ubah.getByRole("button", { name: "Simpan perubahan RHK" }).click();
  await expect(ubah.getByRole("status")).toHaveText("RHK disimpan.");
  await expect(page.getByRole("region", { name: "Hasil kerja", exact: true })).toContainText("95 %");
  await tangkapLayar(page, "skp-diperbaiki");
  await ajukan(page);

  await tinjauSebagai(page, "agus", "Bambang Sutrisno");
  await page.getByRole("button", { name: "Setujui SKP", exact: true }).click();
  await expect(page.getByText("Disetujui", { exact: true })).toBeVisible();

  // Yang disetujui hanya-baca, riwayat memuat setiap langkah.
  await masuk(page, "atasan");
  await bukaSkpSaya(page);
  await page.getByRole("link", { name: /SKP kuantitatif/ }).click();
  await expect(page.getByText("Ubah atau hapus RHK ini")).toHaveCount(0);
  await expect(page.getByText("Tambah rencana hasil kerja")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Buat revisi SKP" })).toBeVisible();
  const riwayat = page.getByRole("region", { name: "Riwayat" });
  for (const langkah of ["Membuat SKP", "Menambah RHK", "Mengajukan SKP", "Menolak SKP", "Mengubah RHK", "Menyetujui SKP"]) {
    await expect(riwayat.getByText(langkah).first()).toBeVisible();
  }
  await expect(riwayat).toContainText("Alasan: Target kualitas terlalu rendah");
  await expect(page.getByRole("region", { name: "Perilaku kerja (BerAKHLAK)" })).toContainText("sebelum tanggal 5");
  await periksaAksesibilitas(page, info, "skp-disetujui");
  await tangkapLayar(page, "skp-disetujui");
});
