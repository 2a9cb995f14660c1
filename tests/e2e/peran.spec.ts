import { expect, test } from "@playwright/test";
import { keluar, masuk, nipPegawai, periksaAksesibilitas, tangkapLayar } from "./bantuan";

const menu = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Menu utama" });

test("ASN: Beranda menunjukkan jabatan, pejabat penilai dan atasannya; menu tanpa Admin; /admin ditolak", async ({ page }, info) => {
  await masuk(page, "asn");
  const nav = menu(page);
  await expect(nav.getByRole("link")).toHaveText(["Beranda", "SKP Saya", "Progres Harian", "Dokumen"]);

  const saya = page.getByRole("region", { name: "Identitas saya" });
  await expect(saya).toContainText("Hendri Gunawan, S.Kom.");
  await expect(saya).toContainText("Pengolah Data Kinerja");
  await expect(saya).toContainText("Penata Muda / III/a");
  await expect(page.getByRole("region", { name: "Pejabat penilai kinerja", exact: true })).toContainText("Bambang Sutrisno");
  await expect(page.getByRole("region", { name: "Atasan pejabat penilai kinerja" })).toContainText("Kepala Badan Kepegawaian");
  // Tanpa bawahan: tidak ada panel bawahan maupun menu Penilaian Bawahan.
  await expect(page.getByRole("region", { name: /Bawahan langsung/ })).toHaveCount(0);
  await periksaAksesibilitas(page, info, "beranda-asn");
  await tangkapLayar(page, "beranda-asn");

  await nav.getByRole("link", { name: "SKP Saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SKP Saya" })).toBeVisible();
  await expect(page.getByText("Pejabat penilai:")).toBeVisible();
  await periksaAksesibilitas(page, info, "skp-asn");
  await tangkapLayar(page, "skp-asn");

  const r = await page.goto("/admin");
  expect(r?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Anda tidak berhak membuka halaman ini" })).toBeVisible();
  await periksaAksesibilitas(page, info, "admin-403");

  // Halaman struktur juga tertutup walau ASN menebak alamatnya.
  const r2 = await page.goto("/admin/opd/00000000-0000-0000-0000-000000000000");
  expect(r2?.status()).toBe(403);

  // Halaman akun: sandi lama yang salah ditolak dengan pesan per kolom.
  await page.goto("/beranda");
  await page.getByRole("link", { name: "Akun" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Akun" })).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill("bukan-sandinya");
  await page.getByLabel(/^Kata sandi baru/).fill("SandiBaruSekali#1");
  await page.getByLabel("Konfirmasi kata sandi baru").fill("SandiBaruSekali#1");
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("region", { name: "Ubah kata sandi" }).getByRole("alert")).toContainText("Kata sandi saat ini salah.");
  await periksaAksesibilitas(page, info, "akun");

  await page.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/beranda");
  await expect(page).toHaveURL(/\/login$/);
});

test("Atasan: menu Penilaian Bawahan dan daftar bawahan langsung", async ({ page }, info) => {
  await masuk(page, "atasan");
  const nav = menu(page);
  await expect(nav.getByRole("link")).toHaveText(["Beranda", "SKP Saya", "Progres Harian", "Penilaian Bawahan", "Dokumen"]);
  const bawahan = page.getByRole("region", { name: /Bawahan langsung \(\d+\)/ });
  await expect(bawahan).toContainText("Hendri Gunawan, S.Kom.");
  await periksaAksesibilitas(page, info, "beranda-atasan");
  await tangkapLayar(page, "beranda-atasan");

  await nav.getByRole("link", { name: "Penilaian Bawahan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Penilaian Bawahan" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Hendri Gunawan" })).toBeVisible();
  await periksaAksesibilitas(page, info, "bawahan");
  await tangkapLayar(page, "bawahan");

  expect((await page.goto("/admin"))?.status()).toBe(403);
});

test("Admin BKD: ringkasan OPD dan pohon jabatan dengan pemangku, Plt dan jabatan kosong", async ({ page }, info) => {
  await masuk(page, "admin");
  const nav = menu(page);
  await expect(nav.getByRole("link", { name: "Admin" })).toBeVisible();
  await nav.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin BKD" })).toBeVisible();
  const opd = page.getByRole("region", { name: "Perangkat daerah (OPD)" });
  await expect(opd.getByRole("link")).toHaveCount(4);
  await periksaAksesibilitas(page, info, "admin");

  // Pegawai lupa kata sandi: admin membuat sandi sementara.
  page.on("dialog", (d) => void d.accept());
  const sandi = page.getByRole("region", { name: "Atur ulang kata sandi pegawai" });
  await sandi.getByLabel("NIP / NI PPPK pegawai").fill("12345");
  await sandi.getByRole("button", { name: "Buat kata sandi sementara" }).click();
  await expect(sandi.getByRole("alert")).toContainText("NIP");
  await expect(sandi.getByText(/18 digit/)).toBeVisible();
  await sandi.getByLabel("NIP / NI PPPK pegawai").fill(nipPegawai("wulan"));
  await sandi.getByRole("button", { name: "Buat kata sandi sementara" }).click();
  await expect(sandi.getByRole("status")).toContainText("Kata sandi sementara untuk Wulan Sari");
  const sementara = (await sandi.locator("p.font-mono").textContent())!.trim();

  // Wulan masuk dengan sandi sementara → langsung diminta menggantinya.
  await keluar(page);
  await page.getByLabel("NIP / NI PPPK").fill(nipPegawai("wulan"));
  await page.getByLabel("Kata sandi").fill(sementara);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/akun\?wajib=1$/);
  await expect(page.getByText("Anda masuk dengan kata sandi sementara dari admin BKD.")).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill(sementara);
  await page.getByLabel(/^Kata sandi baru/).fill("SandiWulanBaru#2026");
  await page.getByLabel("Konfirmasi kata sandi baru").fill("SandiWulanBaru#2026");
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("region", { name: "Ubah kata sandi" }).getByRole("status")).toContainText("Kata sandi diubah");
  await expect(page.getByText("Anda masuk dengan kata sandi sementara dari admin BKD.")).toHaveCount(0);
  await masuk(page, "admin");
  await page.goto("/admin");
  await tangkapLayar(page, "admin");

  await opd.getByRole("link", { name: "Dinas Kesehatan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dinas Kesehatan" })).toBeVisible();
  const yankes = page.getByRole("listitem").filter({ hasText: /^Kepala Bidang Pelayanan Kesehatan/ }).first();
  await expect(yankes).toContainText("Plt.");
  await periksaAksesibilitas(page, info, "struktur-dinkes");
  await tangkapLayar(page, "struktur-dinkes");

  await page.goto("/admin");
  await opd.getByRole("link", { name: /Komunikasi/ }).click();
  await expect(page.getByText("Kosong — belum ada pemangku atau Plt/Plh")).toBeVisible();
  await tangkapLayar(page, "struktur-diskominfo");

  // Id unit yang tidak ada: 404, bukan 500.
  expect((await page.goto("/admin/opd/bukan-uuid"))?.status()).toBe(404);
});
