// Tolok ukur dokumen: waktu per dokumen (buat + simpan, lalu unduh ulang) dan ZIP satu unit berisi ±500 dokumen,
// dengan puncak RSS proses server selama ZIP dibuat. Mencetak angka saja (tanpa asersi; bukan bagian `npm test`).
//
//   npm run bench:dokumen [-- --salinan 250] [--satuan 20] [--heap 192]
//
// Dijalankan lewat scripts/with-test-db.ts --seed --build: PostgreSQL bawaan yang baru dengan data demo dan build
// produksi. Skrip ini menyalin SKP Triwulan I Arief (Dinas Komunikasi dan Informatika, final) sebanyak --salinan
// kali dengan SQL (SKP, RHK, IKI, perilaku, lampiran, realisasi, evaluasi, umpan balik), menjalankan `next start`,
// masuk sebagai admin BKD lewat Auth.js, lalu:
//   1. --satuan dokumen Evaluasi pertama kali (dirender, disimpan, didaftarkan) dan sekali lagi (dari penyimpanan);
//   2. ZIP unit (2 dokumen per pegawai final + penetapan), dibaca sampai habis; RSS server dicuplik tiap 50 ms dari
//      /proc/<pid>/status.
//   3. Segel (tanda tangan di berkas) satu dokumen, dalam proses ini, --satuan kali.
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { nipAkunDemo } from "@/prisma/demo-data";
import { jalankanServer, masuk, rssKb } from "./bench-bersama";
import { tahunKinerjaSekarang } from "@/lib/organisasi/format";
import { renderDokumen } from "@/lib/dokumen/render";
import { CONTOH_EVALUASI } from "@/lib/dokumen/contoh";
import { penandatanganDariEnv } from "@/lib/dokumen/penandatangan";

function argumen(nama: string, bawaan: number): number {
  const i = process.argv.indexOf(`--${nama}`);
  const v = Number(i >= 0 ? process.argv[i + 1] : bawaan);
  if (!Number.isInteger(v) || v < 1 || v > 5000) throw new Error(`--${nama} tidak sah`);
  return v;
}
const SALINAN = argumen("salinan", 250);
const SATUAN = argumen("satuan", 20);
/** --heap MB: batas heap V8 server (--max-old-space-size), untuk membuktikan memori ZIP tidak tumbuh dengan ukuran unit. */
const HEAP = process.argv.includes("--heap") ? argumen("heap", 256) : null;
const root = path.resolve(import.meta.dirname, "..");
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
const tahun = tahunKinerjaSekarang();

const ms = (a: number[]) => {
  const u = [...a].sort((x, y) => x - y);
  const q = (p: number) => u[Math.min(u.length - 1, Math.floor(p * u.length))]!;
  return `p50 ${q(0.5).toFixed(0)} ms, p95 ${q(0.95).toFixed(0)} ms, rata-rata ${(a.reduce((s, x) => s + x, 0) / a.length).toFixed(0)} ms (n=${a.length})`;
};
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;


/** Salinan SKP Arief (versi 100+g) dan evaluasi TW1-nya yang final, kolom demi kolom lewat jsonb_populate_record. */
async function salinSkp(skpId: string, n: number) {
  const sel = (tabel: string, ganti: string, dari: string) =>
    `INSERT INTO ${tabel} SELECT (jsonb_populate_record(NULL::${tabel}, to_jsonb(t) || ${ganti})).* FROM ${dari}`;
  const baru = (kolom: string) => `md5(${kolom}::text || ':' || g)::uuid`;
  await db.query("BEGIN");
  await db.query(sel("skp", `jsonb_build_object('id', ${baru("t.id")}, 'versi', 100 + g)`, `skp t, generate_series(1, $2::int) g WHERE t.id = $1`), [skpId, n]);
  await db.query(sel("rhk", `jsonb_build_object('id', ${baru("t.id")}, 'skp_id', ${baru("t.skp_id")}, 'asal_rhk_id', NULL)`, `rhk t, generate_series(1, $2::int) g WHERE t.skp_id = $1`), [skpId, n]);
  await db.query(
    sel("iki", `jsonb_build_object('id', ${baru("t.id")}, 'rhk_id', ${baru("t.rhk_id")})`, `iki t JOIN rhk r ON r.id = t.rhk_id, generate_series(1, $2::int) g WHERE r.skp_id = $1`),
    [skpId, n],
  );
  await db.query(sel("perilaku_skp", `jsonb_build_object('id', ${baru("t.id")}, 'skp_id', ${baru("t.skp_id")})`, `perilaku_skp t, generate_series(1, $2::int) g WHERE t.skp_id = $1`), [skpId, n]);
  await db.query(sel("lampiran_skp", `jsonb_build_object('id', ${baru("t.id")}, 'skp_id', ${baru("t.skp_id")})`, `lampiran_skp t, generate_series(1, $2::int) g WHERE t.skp_id = $1`), [skpId, n]);
  await db.query(
    sel("realisasi", `jsonb_build_object('id', ${baru("t.id")}, 'iki_id', ${baru("t.iki_id")})`, `realisasi t JOIN iki i ON i.id = t.iki_id JOIN rhk r ON r.id = i.rhk_id, generate_series(1, $2::int) g WHERE r.skp_id = $1`),
    [skpId, n],
  );
  await db.query(
    sel("evaluasi_kinerja", `jsonb_build_object('id', ${baru("t.id")}, 'skp_id', ${baru("t.skp_id")}, 'pindaian_kunci', NULL)`, `evaluasi_kinerja t, generate_series(1, $2::int) g WHERE t.skp_id = $1 AND t.kode = 'TW1'`),
    [skpId, n],
  );
  await db.query(
    sel(
      "umpan_evaluasi",
      `jsonb_build_object('id', ${baru("t.id")}, 'evaluasi_id', ${baru("t.evaluasi_id")}, 'rhk_id', CASE WHEN t.rhk_id IS NULL THEN NULL ELSE ${baru("t.rhk_id")} END)`,
      `umpan_evaluasi t JOIN evaluasi_kinerja e ON e.id = t.evaluasi_id, generate_series(1, $2::int) g WHERE e.skp_id = $1 AND e.kode = 'TW1'`,
    ),
    [skpId, n],
  );
  await db.query("COMMIT");
  const { rows } = await db.query<{ id: string }>(`SELECT md5($1::text || ':' || g)::uuid AS id FROM generate_series(1, $2::int) g`, [skpId, n]);
  return rows.map((r) => r.id);
}


await db.connect();
const arief = await db.query<{ id: string; unit: string }>(
  `SELECT s.id, e.unit_capaian_id AS unit FROM skp s JOIN evaluasi_kinerja e ON e.skp_id = s.id AND e.kode = 'TW1' AND e.status = 'FINAL'
   JOIN pegawai p ON p.id = s.pegawai_id WHERE p.nama = 'Arief Rahman Hakim' AND s.status = 'DISETUJUI' LIMIT 1`,
);
const { id: skpArief, unit } = arief.rows[0]!;
let t = performance.now();
const salinan = await salinSkp(skpArief, SALINAN);
console.log(`Data: ${SALINAN} salinan SKP + evaluasi TW1 final di unit yang sama dibuat dalam ${(performance.now() - t).toFixed(0)} ms`);

const port = Number(process.env.E2E_PORT ?? 3400);
const server = await jalankanServer({ port, argNode: HEAP ? [`--max-old-space-size=${HEAP}`] : [] });
const asal = server.asal;
try {
  const kuki = await masuk(asal, nipAkunDemo("admin"));
  const pid = server.pid;
  console.log(`Server: pid ${pid}, RSS setelah siap ${mb(rssKb(pid))}${HEAP ? `, heap V8 dibatasi ${HEAP} MB` : ""}`);

  const pertama: number[] = [];
  const ulang: number[] = [];
  for (const id of salinan.slice(0, SATUAN)) {
    for (const larik of [pertama, ulang]) {
      t = performance.now();
      const r = await fetch(`${asal}/api/dokumen/skp/${id}/evaluasi?periode=TW1`, { headers: { cookie: kuki } });
      const b = Buffer.from(await r.arrayBuffer());
      if (!r.ok || b.subarray(0, 5).toString() !== "%PDF-") throw new Error(`unduh gagal: HTTP ${r.status} ${b.subarray(0, 200).toString()}`);
      larik.push(performance.now() - t);
    }
  }
  console.log(`Evaluasi, pertama kali (render + simpan + daftar): ${ms(pertama)}`);
  console.log(`Evaluasi, unduh ulang (versi sama, dari penyimpanan): ${ms(ulang)}`);

  let puncak = rssKb(pid);
  const awal = puncak;
  const cuplik = setInterval(() => (puncak = Math.max(puncak, rssKb(pid))), 50);
  t = performance.now();
  const r = await fetch(`${asal}/api/dokumen/unit/${unit}/zip?tahun=${tahun}&periode=TW1`, { headers: { cookie: kuki } });
  const jumlah = Number(r.headers.get("X-Jumlah-Dokumen"));
  let bita = 0;
  let pertamaMs = 0;
  for await (const p of r.body as unknown as AsyncIterable<Uint8Array>) {
    if (!pertamaMs) pertamaMs = performance.now() - t;
    bita += p.length;
  }
  const total = performance.now() - t;
  clearInterval(cuplik);
  console.log(
    `ZIP unit: ${jumlah} dokumen, ${(bita / 1024 / 1024).toFixed(1)} MB dalam ${(total / 1000).toFixed(1)} s ` +
      `(${(total / jumlah).toFixed(0)} ms/dokumen; bita pertama setelah ${pertamaMs.toFixed(0)} ms); RSS server ${mb(awal)} → puncak ${mb(puncak)}`,
  );
} finally {
  await server.hentikan();
  await db.end();
}

// Segel dalam proses ini: render satu contoh lalu tanda tangan, --satuan kali.
const segel = penandatanganDariEnv(process.env, path.join(process.env.DATA_DIR ?? path.join(root, ".data")));
const contoh = CONTOH_EVALUASI;
const render: number[] = [];
const ttd: number[] = [];
for (let i = 0; i < SATUAN; i++) {
  t = performance.now();
  const pdf = await renderDokumen(contoh);
  render.push(performance.now() - t);
  t = performance.now();
  await segel.tandatangani(pdf, { nama: "Pegawai Uji", nip: null, alasan: "Tolok ukur", lokasi: "Uji", waktu: new Date() });
  ttd.push(performance.now() - t);
}
console.log(`Render Evaluasi contoh (dalam proses): ${ms(render)}`);
console.log(`Segel satu tanda tangan (dalam proses): ${ms(ttd)}`);
process.exit(0);
