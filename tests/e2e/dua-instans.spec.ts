// Dua instans aplikasi pada satu basis data dan satu penyimpanan berkas (issue #13 butir 5, docs/scaling.md): server
// web tidak menyimpan keadaan yang berarti, jadi penyeimbang beban mana pun boleh mengirim permintaan ke instans
// mana pun. Instans A adalah server uji biasa (baseURL); instans B dijalankan di sini dari build yang sama dengan
// lingkungan yang sama (DATABASE_URL, AUTH_SECRET, DATA_DIR, SKP_FOLDER_BERKAS, …). Sesi yang dibuat di A dipakai di B,
// berkas yang diunggah lewat A diunduh utuh lewat B, tulisan di A langsung terlihat di B, perubahan pohon organisasi
// langsung terlihat di kedua instans walau pohonnya sudah di-cache di proses masing-masing (lib/organisasi/cache.ts:
// kunci cache = versi di basis data), dan keluar di A membuat cookie yang sama ditolak B.
//
// Lingkungan instans A: `npm run test:e2e` menjalankan Playwright di bawah scripts/with-test-db.ts, jadi variabelnya
// ada di process.env. Dengan E2E_BASE_URL (server dijalankan sendiri) lingkungannya dibaca dari proses yang
// mendengarkan port itu (/proc/<pid>/environ, Linux, pengguna yang sama).
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { jalankanServer, portBebas, type ServerProduksi } from "@/scripts/bench-bersama";
import { keluar, masukLewatFormulir } from "./bantuan";

test.describe.configure({ mode: "serial" });

/** Pegawai yang tidak dipakai spesifikasi lain (Kepala Bagian Organisasi, Setda): SKP disetujui, Triwulan I terbuka. */
const AKUN = { key: "rina" } as const;
const NAMA = "Rina Marlina";

/** pid proses yang mendengarkan `port` (TCP LISTEN), dari /proc/net/tcp{,6} dan tautan soket di /proc/<pid>/fd. */
function pidPendengar(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inode = new Set<string>();
  for (const berkas of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let isi = "";
    try {
      isi = readFileSync(berkas, "utf8");
    } catch {
      continue;
    }
    for (const baris of isi.split("\n").slice(1)) {
      const k = baris.trim().split(/\s+/);
      // k[1] = alamat:port lokal, k[3] = status (0A = LISTEN), k[9] = inode
      if (k[1]?.endsWith(`:${hex}`) && k[3] === "0A" && k[9]) inode.add(k[9]);
    }
  }
  if (inode.size === 0) return null;
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    let fd: string[];
    try {
      fd = readdirSync(`/proc/${d}/fd`);
    } catch {
      continue;
    }
    for (const f of fd) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${d}/fd/${f}`));
        if (m && inode.has(m[1]!)) return Number(d);
      } catch {
        /* fd sudah tertutup */
      }
    }
  }
  return null;
}

/** Lingkungan instans A: dari proses server (E2E_BASE_URL) atau dari process.env (npm run test:e2e). */
function lingkunganA(baseURL: string): Record<string, string | undefined> {
  if (process.env.E2E_BASE_URL) {
    const port = Number(new URL(baseURL).port || 80);
    const pid = pidPendengar(port);
    if (pid) {
      const env: Record<string, string | undefined> = {};
      for (const pasangan of readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")) {
        const i = pasangan.indexOf("=");
        if (i > 0) env[pasangan.slice(0, i)] = pasangan.slice(i + 1);
      }
      if (env.DATABASE_URL && env.AUTH_SECRET) return env;
    }
  }
  if (process.env.DATABASE_URL && process.env.AUTH_SECRET) return process.env;
  throw new Error(
    `Lingkungan server ${baseURL} tidak diketahui: jalankan lewat \`npm run test:e2e\`, atau dengan E2E_BASE_URL terhadap server ` +
      "milik pengguna yang sama di mesin ini, atau atur DATABASE_URL, AUTH_SECRET, DATA_DIR dan SKP_FOLDER_BERKAS seperti server itu.",
  );
}

let instansB: ServerProduksi | null = null;
let asalB = "";
let logB = "";
let urlDb = "";

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(90_000);
  const envA = lingkunganA(baseURL!);
  urlDb = envA.DATABASE_URL!;
  // Variabel yang khas satu proses (port, penanda internal Next) tidak disalin; selebihnya sama persis dengan A.
  const env = Object.fromEntries(Object.entries(envA).filter(([k]) => k !== "PORT" && !k.startsWith("__NEXT") && k !== "NODE_OPTIONS"));
  instansB = await jalankanServer({ port: await portBebas(), env, stdio: ["ignore", "pipe", "pipe"], batasDetik: 60 });
  instansB.proses.stdout!.on("data", (d: Buffer) => (logB += d.toString()));
  instansB.proses.stderr!.on("data", (d: Buffer) => (logB += d.toString()));
  asalB = instansB.asal;
});

test.afterAll(async () => {
  await instansB?.hentikan();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) await info.attach("log-instans-b.txt", { body: logB, contentType: "text/plain" });
});

/** Konteks peramban terhadap instans B yang membawa cookie dari konteks A (seperti penyeimbang beban berganti instans). */
async function konteksB(browser: Browser, pageA: Page) {
  const ctx = await browser.newContext({ baseURL: asalB, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const kuki = await pageA.context().cookies();
  await ctx.addCookies(kuki.map((k) => ({ name: k.name, value: k.value, url: asalB, httpOnly: k.httpOnly, sameSite: k.sameSite })));
  return ctx;
}

async function bukaPelaksanaanTw1(page: Page) {
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "SKP Saya" }).click();
  await page.getByRole("link", { name: "Rencana aksi, bukti dan realisasi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Pelaksanaan SKP ${NAMA}`) })).toBeVisible();
  await page.getByRole("navigation", { name: "Periode evaluasi" }).getByRole("link", { name: "Triwulan I", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Triwulan I ·/ })).toBeVisible();
}

test("sesi dari instans A berlaku di B; unggahan lewat A diunduh utuh lewat B; tulisan A dan perubahan organisasi langsung terlihat di B; keluar di A ditolak B", async ({ page, browser, baseURL }) => {
  expect(new URL(baseURL!).origin).not.toBe(asalB);
  // Masuk di A lewat formulir.
  await masukLewatFormulir(page, AKUN);
  const ctxB = await konteksB(browser, page);
  const pageB = await ctxB.newPage();

  // Cookie yang sama membuka halaman terlindung di B dengan nama pengguna.
  await pageB.goto("/beranda");
  await expect(pageB).toHaveURL(/\/beranda$/);
  await expect(pageB.getByRole("heading", { level: 1, name: "Beranda" })).toBeVisible();
  await expect(pageB.getByText(NAMA).first()).toBeVisible();

  // Unggah bukti dukung lewat A (berkas acak ~200 kB yang dikenali sebagai PDF dari isinya).
  await bukaPelaksanaanTw1(page);
  const isi = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(200 * 1024), Buffer.from("\n%%EOF\n")]);
  const nama = `dua-instans-${randomBytes(4).toString("hex")}.pdf`;
  const aksi = page.getByRole("listitem").filter({ has: page.getByLabel(/Unggah berkas/) }).first();
  await aksi.getByLabel(/Unggah berkas/).setInputFiles({ name: nama, mimeType: "application/pdf", buffer: isi });
  await aksi.getByRole("button", { name: "Unggah", exact: true }).click();
  await expect(aksi.getByRole("link", { name: nama })).toBeVisible();

  // Realisasi disimpan lewat A (angka atau uraian, menurut pendekatan SKP), dengan dasar yang unik.
  const dasar = `Dicatat lewat instans A ${randomBytes(3).toString("hex")}`;
  const realisasi = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Simpan realisasi" }) }).first();
  const angka = realisasi.locator('input[name="nilai"]');
  if (await angka.count()) await angka.fill("7");
  else await realisasi.locator('textarea[name="teks"]').fill("Tujuh dokumen kajian kelembagaan selesai");
  await realisasi.getByLabel("Dasar realisasi").fill(dasar);
  await realisasi.getByRole("button", { name: "Simpan realisasi" }).click();
  await expect(realisasi.getByRole("status")).toHaveText("Realisasi disimpan.");

  // B langsung melihat keduanya: halaman yang sama dibuka di B tanpa menunggu apa pun.
  await pageB.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(pageB.getByRole("heading", { level: 2, name: /^Triwulan I ·/ })).toBeVisible();
  const tautan = pageB.getByRole("link", { name: nama });
  await expect(tautan).toBeVisible();
  await expect(pageB.locator(`input[name="dasar"][value="${dasar}"]`)).toHaveCount(1);

  // Unduhan lewat B: byte-identik dengan yang diunggah lewat A.
  const href = (await tautan.getAttribute("href"))!;
  const unduh = await pageB.request.get(href);
  expect(unduh.status()).toBe(200);
  const diunduh = await unduh.body();
  expect(diunduh.length).toBe(isi.length);
  expect(createHash("sha256").update(diunduh).digest("hex")).toBe(createHash("sha256").update(isi).digest("hex"));

  // Pohon organisasi di-cache per proses (lib/organisasi/cache.ts). Kedua instans sudah memuatnya (Beranda di atas,
  // halaman pelaksanaan); nama jabatan diubah di basis data (seperti impor atau penulis lain): keduanya langsung
  // menampilkan nama baru, karena kunci cache adalah versi di basis data yang diganti trigger penulisnya.
  const db = new pg.Client({ connectionString: urlDb });
  await db.connect();
  const tanda = `Uji Dua Instans ${randomBytes(3).toString("hex")}`;
  const jabatan = await db.query<{ id: string; nama: string }>(
    `SELECT j.id, j.nama FROM jabatan j JOIN penugasan_jabatan t ON t.jabatan_id = j.id JOIN pegawai p ON p.id = t.pegawai_id
     WHERE p.nama = $1 AND t.tmt_selesai IS NULL LIMIT 1`,
    [NAMA],
  );
  expect(jabatan.rows).toHaveLength(1);
  const { id: jabatanId, nama: namaJabatan } = jabatan.rows[0]!;
  try {
    for (const p of [page, pageB]) {
      await p.goto("/beranda");
      await expect(p.getByText(namaJabatan).first()).toBeVisible();
    }
    await db.query(`UPDATE jabatan SET nama = $2 WHERE id = $1`, [jabatanId, tanda]);
    for (const p of [pageB, page]) {
      await p.goto("/beranda");
      await expect(p.getByText(tanda).first()).toBeVisible();
    }
  } finally {
    await db.query(`UPDATE jabatan SET nama = $2 WHERE id = $1`, [jabatanId, namaJabatan]);
    await db.end();
  }

  // Keluar di A mencabut sesi di basis data: cookie yang sama ditolak B (halaman dan unduhan).
  await keluar(page);
  await pageB.goto("/beranda");
  await expect(pageB).toHaveURL(/\/login$/);
  expect((await pageB.request.get(href)).status()).toBe(401);
  await ctxB.close();
});

test("sesi dari instans B berlaku di A, dan keluar di B ditolak A", async ({ page, browser, baseURL }) => {
  // Arah sebaliknya: masuk di B, pakai di A (konteks `page` milik A diberi cookie dari B).
  const ctxB = await browser.newContext({ baseURL: asalB, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const pageB = await ctxB.newPage();
  await masukLewatFormulir(pageB, AKUN);
  await page.context().clearCookies();
  const kuki = await ctxB.cookies();
  await page.context().addCookies(kuki.map((k) => ({ name: k.name, value: k.value, url: new URL(baseURL!).origin })));
  await page.goto("/beranda");
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByText(NAMA).first()).toBeVisible();
  await keluar(pageB);
  await page.goto("/beranda");
  await expect(page).toHaveURL(/\/login$/);
  await ctxB.close();
});
