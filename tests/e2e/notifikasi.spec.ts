// Notifikasi seperti dialami orang sungguhan (issue #16 bagian 4): Wulan (staf Diskominfo, SKP masih draf) mengajukan
// SKP-nya; Sri Lestari, pejabat penilainya, melihat lonceng dan surelnya, lalu menolak dengan alasan; Wulan melihat
// angka di lonceng, membuka Notifikasi, mengikuti tautannya ke SKP yang dikembalikan, dan surel penolakan tiba di server
// SMTP uji (tests/support/smtp-uji.ts, dijalankan scripts/with-test-db.ts; berkasnya di E2E_FOLDER_SUREL).
// Wulan dan Sri Lestari tidak dipakai spesifikasi lain.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

type Surel = { kepada: string[]; teks: string; mentah: string };

const folderSurel = process.env.E2E_FOLDER_SUREL;

function surelUntuk(alamat: string): Surel[] {
  if (!folderSurel) return [];
  let nama: string[];
  try {
    nama = readdirSync(folderSurel).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  return nama.map((n) => JSON.parse(readFileSync(path.join(folderSurel, n), "utf8")) as Surel).filter((s) => s.kepada.includes(alamat));
}

/** Menunggu surel ke `alamat` yang subjeknya memuat `subjek` (pekerja notifikasi berputar setiap 2 detik di server uji). */
async function tungguSurel(alamat: string, subjek: string): Promise<Surel> {
  let ketemu: Surel | undefined;
  await expect
    .poll(
      () => {
        ketemu = surelUntuk(alamat).find((s) => s.teks.includes(subjek));
        return !!ketemu;
      },
      { message: `surel "${subjek}" ke ${alamat} tiba di server SMTP uji`, timeout: 60_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return ketemu!;
}

const lonceng = (page: Page) => page.getByRole("link", { name: /^Notifikasi, / });

test("atasan menolak SKP: pegawai melihat lonceng, membuka notifikasi dan tautannya; surel tiba di server SMTP", async ({ page }, info) => {
  expect(folderSurel, "E2E_FOLDER_SUREL diatur oleh scripts/with-test-db.ts --seed").toBeTruthy();
  const alasan = "Indikator kualitas belum terukur; tambahkan target persentase surat yang selesai tepat waktu.";

  // Wulan mengajukan SKP drafnya.
  await masuk(page, { key: "wulan" });
  await expect(lonceng(page)).toHaveAccessibleName("Notifikasi, tidak ada yang belum dibaca");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "SKP kuantitatif" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Wulan Sari/ })).toBeVisible();
  const urlSkp = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Ajukan ke pejabat penilai" }).click();
  await expect(page.getByText("Diajukan", { exact: true })).toBeVisible();

  // Sri Lestari, pejabat penilainya: lonceng menunjukkan pengajuan itu; surelnya tiba.
  await masuk(page, { key: "srilestari" });
  await expect(lonceng(page)).toHaveAccessibleName(/^Notifikasi, [1-9]\d* belum dibaca$/);
  await lonceng(page).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  const daftarPenilai = page.getByRole("list", { name: "Daftar notifikasi" });
  await expect(daftarPenilai.getByRole("listitem").first()).toContainText("Wulan Sari mengajukan SKP tahun");
  await daftarPenilai.getByRole("button", { name: /^(Baru )?SKP menunggu persetujuan Anda$/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^SKP Wulan Sari/ })).toBeVisible();
  const surelPenilai = await tungguSurel("srilestari@lembahsejahtera.go.id", "SKP menunggu persetujuan Anda");
  expect(surelPenilai.teks).toContain("Wulan Sari mengajukan SKP tahun");

  // Menolak dengan alasan.
  await page.getByLabel(/Alasan penolakan/).fill(alasan);
  await page.getByRole("button", { name: "Tolak dan kembalikan" }).click();
  await expect(page.getByText("Ditolak", { exact: true })).toBeVisible();

  // Wulan: angka di lonceng, daftar notifikasi, tautan ke SKP yang dikembalikan.
  await masuk(page, { key: "wulan" });
  await expect(lonceng(page)).toHaveAccessibleName("Notifikasi, 1 belum dibaca");
  await expect(lonceng(page)).toHaveText("1");
  await tangkapLayar(page, "notifikasi-lonceng");
  await lonceng(page).click();
  await expect(page).toHaveURL(/\/notifikasi$/);
  await expect(page.getByText("1 belum dibaca.")).toBeVisible();
  const butir = page.getByRole("list", { name: "Daftar notifikasi" }).getByRole("listitem").first();
  await expect(butir).toContainText("Baru");
  await expect(butir).toContainText("SKP Anda dikembalikan");
  await expect(butir).toContainText(`dengan alasan: “${alasan.replace(/\.$/, "")}”. Perbaiki`);
  await periksaAksesibilitas(page, info, "notifikasi");
  await tangkapLayar(page, "notifikasi");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "notifikasi-ponsel");
  await page.setViewportSize({ width: 1280, height: 720 });

  await butir.getByRole("button", { name: /^(Baru )?SKP Anda dikembalikan$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${urlSkp}$`));
  await expect(page.getByRole("note")).toContainText(alasan);
  await expect(lonceng(page)).toHaveAccessibleName("Notifikasi, tidak ada yang belum dibaca");

  // Surel penolakan tiba: subjek, alasan, dan tautan ke SKP yang sama.
  const surel = await tungguSurel("wulan@lembahsejahtera.go.id", "SKP Anda dikembalikan");
  expect(surel.mentah).toMatch(/^Subject: \[SKP\] SKP Anda dikembalikan/im);
  expect(surel.teks).toContain(`“${alasan.replace(/\.$/, "")}”`);
  expect(surel.teks).toMatch(new RegExp(`Buka: https?://[^\\s]+${urlSkp}\\b`));

  // Setelan surel di Akun: mematikannya tercatat dan tersimpan.
  await page.goto("/akun");
  const setelan = page.getByRole("checkbox", { name: "Kirim notifikasi ke surel saya" });
  await expect(setelan).toBeChecked();
  await setelan.uncheck();
  await page.getByRole("button", { name: "Simpan setelan surel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Notifikasi tidak lagi dikirim ke surel Anda." })).toBeVisible();
  await periksaAksesibilitas(page, info, "akun-setelan-surel");
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Kirim notifikasi ke surel saya" })).not.toBeChecked();
});
