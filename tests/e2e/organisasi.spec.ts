// Editor organisasi oleh admin BKD: masalah data di Admin, ganti nama jabatan, pindahkan ke unit lain (di bawah
// jabatan atasan lain), tunjuk Plt pada jabatan atasan yang kosong; pemangku jabatan itu melihat atasan barunya di
// Beranda, sedangkan SKP tahun lalunya tetap menunjukkan pejabat penilai lama. Setiap halaman baru: axe tanpa pelanggaran serius/kritis, tanpa gulir horizontal pada 390 px, tangkapan layar.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";
import { DEMO_MASALAH_PEGAWAI, DEMO_STAF_AHLI } from "@/prisma/demo-masalah";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";

const NAMA_BARU = "Analis SDM Aparatur Ahli Muda Bidang Mutasi";
const NIP_BAYU = DEMO_MASALAH_PEGAWAI.find((p) => p.key === "bayu")!.nip;

async function periksaHalaman(page: Page, info: TestInfo, nama: string) {
  await periksaAksesibilitas(page, info, nama);
  await tangkapLayar(page, `organisasi-${nama}`);
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, `organisasi-${nama}-ponsel`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("admin mengganti nama, memindahkan jabatan dan menunjuk Plt; pemangkunya melihat atasan baru", async ({ page }, info) => {
  await masuk(page, "admin");
  await page.goto("/admin");
  const panel = page.getByRole("region", { name: "Masalah data organisasi" });
  await expect(panel.getByText("Pegawai aktif tanpa jabatan")).toBeVisible();
  await panel.getByRole("link", { name: "Lihat dan perbaiki masalah data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Masalah data organisasi" })).toBeVisible();
  await expect(page.getByRole("link", { name: DEMO_STAF_AHLI.kasubbag }).first()).toBeVisible();
  await periksaHalaman(page, info, "masalah-data");

  // Struktur BKPSDM → jabatan Yuliana.
  await page.goto("/admin");
  await page.getByRole("link", { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" })).toBeVisible();
  await periksaHalaman(page, info, "struktur-opd");
  const kartu = page.locator("div.rounded-lg", { has: page.getByRole("link", { name: "Yuliana Putri, S.H." }) });
  await kartu.getByRole("link", { name: "Analis Sumber Daya Manusia Aparatur Ahli Muda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Analis Sumber Daya Manusia Aparatur Ahli Muda" })).toBeVisible();

  // Pindah ke OPD Setda: daftar unit dan calon atasan mengikuti OPD itu.
  await page.getByLabel("Pindah ke OPD").selectOption({ label: "Sekretariat Daerah" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/opd=/);
  const ubah = page.getByRole("region", { name: "Ubah nama atau pindahkan" });
  await ubah.getByLabel("Nama jabatan").fill(NAMA_BARU);
  await ubah.getByLabel("Unit kerja").selectOption({ label: `— ${DEMO_STAF_AHLI.unit}` });
  await ubah.getByLabel("Jabatan atasan langsung").selectOption({ label: `${DEMO_STAF_AHLI.puncak} — ${DEMO_STAF_AHLI.unit}, Sekretariat Daerah` });
  await ubah.getByRole("button", { name: "Simpan jabatan" }).click();
  await expect(page.getByText("Jabatan disimpan.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: NAMA_BARU })).toBeVisible();
  // Formulir menampilkan nilai yang baru tersimpan (bukan nilai awal), agar simpan berikutnya tidak memindah balik.
  await expect(ubah.getByLabel("Unit kerja").locator("option:checked")).toHaveText(`— ${DEMO_STAF_AHLI.unit}`);
  await expect(ubah.getByLabel("Jabatan atasan langsung").locator("option:checked")).toHaveText(new RegExp(`^${DEMO_STAF_AHLI.puncak}`));
  await periksaHalaman(page, info, "jabatan");

  // Jabatan atasan (kosong, Plh-nya sudah berakhir) → Plt.
  await page.getByRole("link", { name: DEMO_STAF_AHLI.puncak }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_STAF_AHLI.puncak })).toBeVisible();
  const tugas = page.getByRole("region", { name: "Tugaskan pegawai" });
  await tugas.getByLabel("NIP pegawai").fill(NIP_BAYU);
  await tugas.getByLabel("Jenis penugasan").selectOption("PLT");
  await tugas.getByLabel("Nomor SK (opsional)").fill("800.1.3.3/99/BKPSDM");
  await tugas.getByRole("button", { name: "Simpan penugasan" }).click();
  await expect(page.getByText(`Penugasan pada ${DEMO_STAF_AHLI.puncak} disimpan.`)).toBeVisible();
  const pemangku = page.getByRole("region", { name: "Pemangku saat ini" });
  await expect(pemangku.getByRole("link", { name: "Bayu Aji Nugraha, S.Sos." })).toBeVisible();

  // Halaman pegawai Bayu (riwayat, mutasi, data, pensiun).
  await pemangku.getByRole("link", { name: "Bayu Aji Nugraha, S.Sos." }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bayu Aji Nugraha, S.Sos." })).toBeVisible();
  await periksaHalaman(page, info, "pegawai");

  // Yuliana: Beranda memuat jabatan dengan nama baru dan pejabat penilai Plt yang baru.
  await masuk(page, { key: "yuliana" });
  const penilai = page.getByRole("region", { name: "Pejabat penilai kinerja" });
  await expect(penilai.getByText("Bayu Aji Nugraha, S.Sos.")).toBeVisible();
  await expect(penilai.getByText(`Plt. ${DEMO_STAF_AHLI.puncak}`)).toBeVisible();
  await expect(page.getByText(NAMA_BARU).first()).toBeVisible();
  await tangkapLayar(page, "organisasi-beranda-yuliana");

  // SKP tahun lalu tetap menunjukkan pejabat penilai yang tercatat saat disetujui (snapshot), bukan atasan baru.
  await page.goto(`/skp?tahun=${tahunKinerjaSekarang() - 1}`);
  await page.getByRole("link", { name: "SKP kuantitatif" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Ahmad Fauzi, S.Sos., M.Si.").first()).toBeVisible();
  await expect(page.getByText("Bayu Aji Nugraha")).toHaveCount(0);
  await tangkapLayar(page, "organisasi-skp-tahun-lalu");
});
