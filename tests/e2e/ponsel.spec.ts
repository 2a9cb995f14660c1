// Tampilan ponsel (lebar 390 px): halaman utama setiap peran tidak boleh bergulir ke samping.
import { test, type Page } from "@playwright/test";
import { masuk, periksaTanpaGulirHorizontal, type Akun } from "./bantuan";

type Halaman = { peran: Akun | null; alamat: string; buka?: (page: Page) => Promise<void> };

const HALAMAN: Halaman[] = [
  { peran: null, alamat: "/login" },
  { peran: "asn", alamat: "/beranda" },
  { peran: "asn", alamat: "/skp" },
  { peran: "asn", alamat: "/akun" },
  { peran: "atasan", alamat: "/beranda" },
  { peran: "atasan", alamat: "/bawahan" },
  // Demo atasan (Bambang) baru punya SKP setelah perencanaan.spec.ts; Hj. Nurlaela (kepala bidang di Dinas
  // Kesehatan) punya SKP disetujui di data demo, jadi matriksnya berisi apa pun urutan ujinya.
  { peran: { key: "nurlaela" }, alamat: "/bawahan/matriks" },
  { peran: { key: "nurlaela" }, alamat: "/bawahan/pemantauan" },
  { peran: "atasan", alamat: "/bawahan/pemantauan" },
  { peran: "atasan", alamat: "/bawahan/ekspektasi" },
  { peran: "admin", alamat: "/beranda" },
  { peran: "admin", alamat: "/admin/skp" },
  { peran: "admin", alamat: "/admin/monitoring/kurva?periode=TW1" },
  { peran: "admin", alamat: "/admin/monitoring/pengisian?periode=TW1" },
  {
    peran: { key: "nurlaela" },
    alamat: "/skp/… (formulir SKP resmi)",
    buka: async (page) => {
      await page.goto("/skp");
      await page.getByRole("link", { name: /^SKP (kuantitatif|kualitatif)/ }).first().click();
      await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    },
  },
  {
    peran: { key: "nurlaela" },
    alamat: "/skp/…/pelaksanaan",
    buka: async (page) => {
      await page.goto("/skp");
      await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
      await page.waitForURL(/\/pelaksanaan/);
    },
  },
  {
    peran: { key: "nurlaela" },
    alamat: "/bawahan/skp/… (SKP bawahan)",
    buka: async (page) => {
      await page.goto("/bawahan");
      await page.getByRole("link", { name: /Lihat SKP|Tinjau SKP/ }).first().click();
      await page.waitForURL(/\/bawahan\/skp\//);
    },
  },
  // Penilaian kinerja: kotak masuk tim Triwulan I dan halaman Evaluasi Kinerja Pegawai yang dapat diisi (Taufik tidak
  // difinalkan oleh penilaian.spec.ts; halaman tetap terbuka berapa pun keadaan penilaiannya).
  { peran: { key: "nurlaela" }, alamat: "/bawahan/penilaian?periode=TW1" },
  { peran: { key: "nurlaela" }, alamat: "/bawahan/penilaian/kalibrasi?periode=TW1" },
  { peran: "admin", alamat: "/admin/capaian?periode=TW1" },
  { peran: "admin", alamat: "/admin/capaian/tabel" },
  { peran: "admin", alamat: "/admin/penilaian" },
  {
    peran: { key: "nurlaela" },
    alamat: "/bawahan/skp/…/penilaian/TW1 (Evaluasi Kinerja Pegawai)",
    buka: async (page) => {
      await page.goto("/bawahan/penilaian?periode=TW1");
      await page.getByRole("row").filter({ hasText: "Taufik Hidayat" }).getByRole("link", { name: /penilaian Taufik Hidayat/ }).click();
      await page.waitForURL(/\/bawahan\/skp\/[0-9a-f-]{36}\/penilaian\/TW1$/);
      await page.getByRole("heading", { level: 1, name: "Evaluasi Kinerja Pegawai" }).waitFor();
    },
  },
  { peran: "admin", alamat: "/admin" },
  {
    peran: "admin",
    alamat: "/admin/opd/… (Dinas Kesehatan)",
    buka: async (page) => {
      await page.goto("/admin");
      await page.getByRole("region", { name: "Perangkat daerah (OPD)" }).getByRole("link", { name: "Dinas Kesehatan" }).click();
      await page.waitForURL(/\/admin\/opd\//);
    },
  },
];


for (const h of HALAMAN) {
  const nama = `${h.peran === null ? "tanpa sesi" : typeof h.peran === "string" ? h.peran : h.peran.key} ${h.alamat}`;
  test(`390 px tanpa gulir horizontal: ${nama}`, async ({ page }) => {
    if (h.peran !== null) await masuk(page, h.peran);
    if (h.buka) await h.buka(page);
    else await page.goto(h.alamat);
    await periksaTanpaGulirHorizontal(page);
  });
}
