// SEMENTARA: apakah heap pekerja Next tumbuh terus di bawah beban (kebocoran) atau hanya tinggi saat serentak?
import { readFileSync, readdirSync, statSync } from "node:fs";
import autocannon from "autocannon";
import pg from "pg";
import { jalankanServer, masuk } from "../scripts/bench-bersama";
import { isiSkala } from "../scripts/skala/isi";
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const a = await isiSkala(db, { pegawai: Number(process.env.N ?? 8000) });
await db.end();
const server = await jalankanServer({ port: 3299, env: { ...process.env, SKP_HITUNG_KUERI: "1" }, argNode: ["--heapsnapshot-signal=SIGUSR2", "--max-old-space-size=3000"], klaster: false, stdio: ["ignore", "inherit", "inherit"] });
const kuki = await Promise.all([...a.pegawai.slice(0, 8).map((p) => masuk(server.asal, p.nip)), masuk(server.asal, a.atasan30.nip), masuk(server.asal, a.jpt300.nip), masuk(server.asal, a.admin[0]!.nip)]);
const jalur = (process.env.JALUR ?? "/beranda,/bawahan/pemantauan,/dokumen").split(",");
const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]) / 1024;
async function putaran(i: number) {
  const reqs = kuki.flatMap((k) => jalur.map((j) => ({ method: "GET" as const, path: j, headers: { cookie: k } })));
  const r = await autocannon({ url: server.asal, connections: 16, duration: Number(process.env.DETIK ?? 15), requests: reqs });
  console.log(`putaran ${i}: ${r.requests.total} permintaan, non2xx ${r.non2xx}, p50 ${r.latency.p50} ms, RSS ${rss().toFixed(0)} MB`);
}
async function potret(label: string) {
  const sebelum = new Set(readdirSync(".").filter((f) => f.endsWith(".heapsnapshot")));
  process.kill(server.pid, "SIGUSR2");
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const baru = readdirSync(".").filter((f) => f.endsWith(".heapsnapshot") && !sebelum.has(f));
    if (baru.length && statSync(baru[0]!).size > 0) {
      await new Promise((r) => setTimeout(r, 3000));
      console.log(`potret ${label}: ${baru[0]} ${(statSync(baru[0]!).size / 1048576).toFixed(0)} MB, RSS ${rss().toFixed(0)} MB`);
      return;
    }
  }
}
await putaran(1);
await potret("setelah-1");
for (let i = 2; i <= Number(process.env.PUTARAN ?? 5); i++) await putaran(i);
await potret("setelah-akhir");
await server.hentikan();
