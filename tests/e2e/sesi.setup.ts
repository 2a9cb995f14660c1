// Proyek "sesi": setiap akun uji masuk sekali lewat formulir, sesinya disimpan (storageState) dan dipakai
// ulang oleh `masuk()` di bantuan.ts. Sekaligus setiap rute di menu akun itu dibuka sekali, agar uji tidak
// menanggung render pertama rute di `next start`.
import { expect, test as setup } from "@playwright/test";
import { AKUN_BERSESI, berkasSesi, masukLewatFormulir } from "./bantuan";

for (const akun of AKUN_BERSESI) {
  const nama = typeof akun === "string" ? akun : akun.key;
  setup(`sesi ${nama}`, async ({ page }) => {
    await masukLewatFormulir(page, akun);
    await page.context().storageState({ path: berkasSesi(akun) });

    const menu = page.getByRole("navigation", { name: "Menu utama" }).getByRole("link");
    const alamat = [...(await menu.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))), "/akun"];
    for (const a of alamat) {
      const r = await page.goto(a);
      expect(r?.status(), a).toBe(200);
    }
  });
}
