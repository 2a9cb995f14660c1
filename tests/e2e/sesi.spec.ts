// Sesi yang dapat dicabut dan sandi sementara yang hanya untuk diganti, seperti dialami di peramban: cookie yang
// disimpan tidak berlaku lagi setelah keluar; atur ulang oleh admin mengeluarkan pegawai dari semua perangkat;
// dengan sandi sementara tidak ada halaman, aksi atau unduhan lain yang terbuka sampai sandi diganti.
import { expect, test, type Browser } from "@playwright/test";
import { AKUN, keluar, masuk, nipPegawai, SANDI } from "./bantuan";

test.describe.configure({ mode: "serial" });

async function konteksBaru(browser: Browser, cookies?: Awaited<ReturnType<import("@playwright/test").BrowserContext["cookies"]>>) {
  const ctx = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  if (cookies) await ctx.addCookies(cookies);
  return ctx;
}

test("cookie yang disimpan tidak dapat dipakai ulang setelah keluar", async ({ page, browser }) => {
  await masuk(page, { key: "lina" });
  const simpanan = await page.context().cookies();
  await keluar(page);
  const ctx = await konteksBaru(browser, simpanan);
  const p2 = await ctx.newPage();
  await p2.goto("/beranda");
  await expect(p2).toHaveURL(/\/login$/);
  await ctx.close();
});

test("atur ulang sandi oleh admin mengeluarkan pegawai; sandi sementara hanya membuka halaman Akun", async ({ page, browser }) => {
  // Lina masuk di "perangkat lain".
  const ctxLina = await konteksBaru(browser);
  const lina = await ctxLina.newPage();
  await masuk(lina, { key: "lina" });

  page.on("dialog", (d) => void d.accept());
  await masuk(page, "admin");
  await page.goto("/admin");
  const sandi = page.getByRole("region", { name: "Atur ulang kata sandi pegawai" });
  await sandi.getByLabel("NIP / NI PPPK pegawai").fill(nipPegawai("lina"));
  await sandi.getByRole("button", { name: "Buat kata sandi sementara" }).click();
  await expect(sandi.getByRole("status")).toContainText("Kata sandi sementara untuk drg. Lina Marlina");
  const sementara = (await sandi.locator("p.font-mono").textContent())!.trim();
  // Admin tidak dapat mengatur ulang sandinya sendiri lewat formulir ini.
  await sandi.getByLabel("NIP / NI PPPK pegawai").fill(AKUN.admin);
  await sandi.getByRole("button", { name: "Buat kata sandi sementara" }).click();
  await expect(sandi.getByRole("alert")).toContainText("gunakan halaman Akun");
  await keluar(page);

  // Sesi Lina yang lama sudah berakhir.
  await lina.goto("/beranda");
  await expect(lina).toHaveURL(/\/login$/);

  // Masuk dengan sandi sementara: semua halaman lain mengarah ke Akun; unduhan ditolak.
  await lina.getByLabel("NIP / NI PPPK").fill(nipPegawai("lina"));
  await lina.getByLabel("Kata sandi").fill(sementara);
  await lina.getByRole("button", { name: "Masuk" }).click();
  await expect(lina).toHaveURL(/\/akun\?wajib=1$/);
  for (const alamat of ["/beranda", "/skp", "/bawahan", "/skp/00000000-0000-4000-8000-000000000000"]) {
    await lina.goto(alamat);
    await expect(lina, alamat).toHaveURL(/\/akun\?wajib=1$/);
  }
  const unduh = await lina.request.get("/api/skp/00000000-0000-4000-8000-000000000000/templat");
  expect(unduh.status()).toBe(401);

  await lina.getByLabel("Kata sandi saat ini").fill(sementara);
  await lina.getByLabel(/^Kata sandi baru/).fill("SandiLinaBaru#2026");
  await lina.getByLabel("Konfirmasi kata sandi baru").fill("SandiLinaBaru#2026");
  await lina.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(lina.getByRole("region", { name: "Ubah kata sandi" }).getByRole("status")).toContainText("Kata sandi diubah");
  await lina.goto("/beranda");
  await expect(lina.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
  // Pegawai diberi tahu bahwa sandinya pernah diatur ulang.
  await expect(lina.getByRole("region", { name: /^Tugas saya/ })).toContainText("Kata sandi Anda diatur ulang oleh admin BKD");
  await ctxLina.close();
});

test("keluar dari semua perangkat mengakhiri sesi di perangkat lain juga", async ({ page, browser }) => {
  const ctxLain = await konteksBaru(browser);
  const lain = await ctxLain.newPage();
  await masuk(lain, { key: "novi" });
  page.on("dialog", (d) => void d.accept());
  await masuk(page, { key: "novi" });
  await page.getByRole("link", { name: "Akun" }).click();
  await page.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await lain.goto("/skp");
  await expect(lain).toHaveURL(/\/login$/);
  await ctxLain.close();
  // Masuk lagi tetap dapat.
  await page.getByLabel("NIP / NI PPPK").fill(nipPegawai("novi"));
  await page.getByLabel("Kata sandi").fill(SANDI);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/beranda$/);
});

test("tajuk keamanan: CSP ber-nonce pada setiap halaman; unggah dari asal lain ditolak", async ({ page }) => {
  const r = await page.goto("/login");
  const csp = r!.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(r!.headers()["permissions-policy"]).toContain("camera=()");
  // Nonce berbeda pada setiap permintaan.
  const r2 = await page.goto("/login");
  expect(r2!.headers()["content-security-policy"]).not.toBe(csp);
  // Halaman tetap berfungsi di bawah CSP (skrip Next berjalan: formulir masuk interaktif).
  await masuk(page, { key: "joko" });
  const lintas = await page.request.post("/api/bukti", {
    headers: { Origin: "http://127.0.0.1:1", "Sec-Fetch-Site": "same-site" },
    multipart: { skpId: "00000000-0000-4000-8000-000000000000", rencanaAksiId: "00000000-0000-4000-8000-000000000000", berkas: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") } },
  });
  expect(lintas.status()).toBe(403);
  expect(await lintas.json()).toMatchObject({ ok: false, pesan: "Permintaan dari halaman lain ditolak." });
});
