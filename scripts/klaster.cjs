// Menjalankan `next start` sebagai N proses pekerja yang berbagi satu port (node:cluster; primer membagi koneksi
// bergiliran). Satu proses Node memakai satu inti CPU untuk merender; server aplikasi tidak menyimpan keadaan yang
// penting di memori (sesi JWT + basis data, berkas di penyimpanan, cache organisasi berversi di basis data), jadi
// pekerja dapat ditambah seperti instans di balik penyeimbang beban (docs/scaling.md).
//
//   node [--require scripts/alamat-soket.cjs] scripts/klaster.cjs node_modules/next/dist/bin/next start -p 3000
//
// SKP_PROSES   : jumlah pekerja (bawaan: jumlah inti, paling banyak 4; 1 = tanpa klaster, proses ini sendiri).
// SKP_HEAP_MB  : batas heap V8 tiap pekerja (bawaan 512): GC bekerja lebih awal sehingga RSS tetap terbatas. 384 terlalu
//                kecil pada 8.000 ASN: data hidup ±190 MB + alokasi 16 permintaan serentak → pekerja mati kehabisan heap
//                (docs/scaling.md, "Memory").
// Pekerja yang mati tak terduga diganti; penyapu berkas hanya di pekerja pertama; SIGTERM/SIGINT diteruskan ke semua pekerja, lalu primer keluar.
"use strict";
const cluster = require("node:cluster");
const os = require("node:os");

const [nextBin, ...args] = process.argv.slice(2);
if (!nextBin) {
  console.error("Pemakaian: node scripts/klaster.cjs <next-bin> start [opsi]");
  process.exit(2);
}
const inti = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
const n = Math.max(1, Math.min(16, Number(process.env.SKP_PROSES) || Math.min(inti, 4)));
const heap = Math.max(128, Number(process.env.SKP_HEAP_MB) || 512);

if (cluster.isPrimary && n > 1) {
  const execArgv = [...process.execArgv.filter((a) => !a.startsWith("--max-old-space-size")), `--max-old-space-size=${heap}`];
  cluster.setupPrimary({ exec: nextBin, args, execArgv });
  let berhenti = false;
  // Penyapu berkas (lib/pelaksanaan/penyapu) cukup berjalan di satu pekerja per mesin: pekerja ke-1.
  const tugas = new Map();
  const mulai = (ke) => tugas.set(cluster.fork(ke === 0 ? {} : { SKP_SAPU_MENIT: "0" }).id, ke);
  for (let i = 0; i < n; i++) mulai(i);
  console.log(`[klaster] ${n} pekerja Next (heap ${heap} MB per pekerja), pid primer ${process.pid}`);
  cluster.on("exit", (w, kode, sinyal) => {
    if (berhenti) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[klaster] pekerja ${w.process.pid} berhenti (${sinyal ?? kode}); diganti.`);
    setTimeout(() => mulai(tugas.get(w.id) ?? 1), 500);
  });
  const hentikan = (sig) => {
    if (berhenti) return;
    berhenti = true;
    const pekerja = Object.values(cluster.workers ?? {});
    if (pekerja.length === 0) process.exit(0);
    for (const w of pekerja) w?.process.kill(sig);
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => hentikan("SIGTERM"));
  process.on("SIGINT", () => hentikan("SIGTERM"));
} else {
  // Satu proses: Next berjalan di proses ini (batas heap hanya berlaku bila diberikan lewat NODE_OPTIONS/argumen).
  process.argv = [process.argv[0], nextBin, ...args];
  require(require("node:path").resolve(nextBin));
}
