// `npx tsx scripts/cetak-contoh.ts [folder]`: merender setiap dokumen contoh (lib/dokumen/contoh.ts) ke
// <folder>/*.pdf (bawaan /tmp/dokumen-contoh) dan, bila pdftoppm (poppler-utils) ada, ke PNG 60 dpi untuk diperiksa.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DAFTAR_CONTOH } from "../lib/dokumen/contoh";
import { renderDokumen } from "../lib/dokumen/render";

const folder = path.resolve(process.argv[2] ?? "/tmp/dokumen-contoh");
mkdirSync(folder, { recursive: true });
const pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find(existsSync);

for (const { nama, data } of DAFTAR_CONTOH) {
  const mulai = Date.now();
  const pdf = await renderDokumen(data);
  const berkas = path.join(folder, `${nama}.pdf`);
  writeFileSync(berkas, pdf);
  // PNG lama (mis. halaman ke-5 dari cetakan sebelumnya yang lebih panjang) dibuang dulu.
  for (const f of readdirSync(folder)) if (f.startsWith(`${nama}-`) && f.endsWith(".png")) rmSync(path.join(folder, f));
  if (pdftoppm) execFileSync(pdftoppm, ["-r", "60", "-png", berkas, path.join(folder, nama)]);
  console.log(`[cetak-contoh] ${berkas}: ${(pdf.length / 1024).toFixed(0)} KB, ${Date.now() - mulai} ms`);
}
if (!pdftoppm) console.log("[cetak-contoh] pdftoppm tidak ada (apt-get install -y poppler-utils): PNG tidak dibuat.");
