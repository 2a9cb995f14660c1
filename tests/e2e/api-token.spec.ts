// Admin BKD, token API (issue #16): membuat token di peramban (ditampilkan sekali), memakainya dari klien lain
// (Playwright request: halaman predikat dengan next_cursor), mencabutnya (klien lalu ditolak 401), dokumentasi API
// publik; pemindaian axe kedua halaman, ponsel 390 px, tangkapan layar ke test-results/layar/.
import { expect, test } from "@playwright/test";
import { masuk, periksaAksesibilitas, periksaTanpaGulirHorizontal, tangkapLayar } from "./bantuan";

test("admin membuat token, klien membaca predikat, admin mencabutnya", async ({ page, request }, info) => {
  page.on("dialog", (d) => void d.accept());
  await masuk(page, "admin");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Token API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Token API" })).toBeVisible();
  // Demo: token aktif dan token yang sudah dicabut.
  await expect(page.getByRole("row", { name: /Demo: aplikasi kenaikan pangkat \(lama\)/ })).toContainText("Dicabut");
  await periksaAksesibilitas(page, info, "admin-token-api");

  const nama = `Aplikasi TPP e2e ${Date.now().toString(36)}`;
  const buat = page.getByRole("region", { name: "Buat token baru" });
  await buat.getByLabel("Nama klien").fill(nama);
  await buat.getByRole("checkbox", { name: /Predikat kinerja/ }).check();
  await buat.getByRole("checkbox", { name: /Organisasi/ }).check();
  await buat.getByRole("button", { name: "Buat token" }).click();
  const status = buat.getByRole("status");
  await expect(status).toContainText(`Token untuk ${nama}`);
  await expect(status).toContainText("tidak ditampilkan lagi");
  const token = (await buat.locator("[data-token-api]").innerText()).trim();
  expect(token).toMatch(/^skp_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  // Tombol Salin menaruh token yang sama di papan klip.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await buat.getByRole("button", { name: "Salin token" }).click();
  await expect(buat.getByText("Tersalin ke papan klip.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await tangkapLayar(page, "admin-token-api-dibuat");
  // Di daftar hanya prefiksnya.
  const baris = page.getByRole("row", { name: new RegExp(nama) });
  await expect(baris).toContainText(`${token.slice(0, 13)}…`);
  await expect(baris).toContainText("predikat, organisasi");
  await expect(baris).toContainText("belum pernah");
  await expect(page.getByText(token)).toHaveCount(1);

  // Klien lain: dua halaman predikat dengan kursor.
  const h = { Authorization: `Bearer ${token}` };
  const r1 = await request.get("/api/v1/predikat?limit=2", { headers: h });
  expect(r1.status()).toBe(200);
  const b1 = (await r1.json()) as { data: { pegawai: { nip: string }; predikat: { label: string } }[]; next_cursor: string | null };
  expect(b1.data).toHaveLength(2);
  expect(b1.next_cursor).not.toBeNull();
  const r2 = await request.get(`/api/v1/predikat?limit=2&cursor=${b1.next_cursor}`, { headers: h });
  const b2 = (await r2.json()) as typeof b1;
  expect(b2.data.length).toBeGreaterThan(0);
  expect(b2.data.map((x) => x.pegawai.nip)).not.toEqual(b1.data.map((x) => x.pegawai.nip));
  // Cakupan yang tidak dicentang.
  const skp = await request.get("/api/v1/skp", { headers: h });
  expect(skp.status()).toBe(403);
  expect(((await skp.json()) as { galat: { kode: string } }).galat.kode).toBe("CAKUPAN_DITOLAK");

  // Terakhir dipakai terisi; cabut dengan konfirmasi.
  await page.reload();
  await expect(baris).not.toContainText("belum pernah");
  await baris.getByRole("button", { name: `Cabut ${nama}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(nama) })).toContainText("Dicabut");
  const dicabut = await request.get("/api/v1/predikat?limit=2", { headers: h });
  expect(dicabut.status()).toBe(401);
  expect(((await dicabut.json()) as { galat: { pesan: string } }).galat.pesan).toContain("sudah dicabut");

  // Jejak audit memuat panggilan API dengan label Indonesia.
  await page.goto("/admin/audit");
  const catatan = page.getByRole("region", { name: "Catatan" }).getByRole("listitem").filter({ hasText: "API dipanggil sistem lain (token)" });
  await expect(catatan.filter({ hasText: `Token API: ${nama}` }).first()).toBeVisible();

  await page.goto("/admin/token-api");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "admin-token-api-ponsel");
});

test("dokumentasi API publik dari dokumen OpenAPI", async ({ page, request }, info) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
  await page.goto("/dokumentasi-api");
  await expect(page.getByRole("heading", { level: 1, name: /API Portal SKP/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /GET \/api\/v1\/predikat/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "data[].predikat.kode" })).toBeVisible();
  await expect(page.getByText(/cursor=\$CURSOR/).first()).toBeVisible();
  await periksaAksesibilitas(page, info, "dokumentasi-api");
  await periksaTanpaGulirHorizontal(page);
  await tangkapLayar(page, "dokumentasi-api-ponsel");
});
