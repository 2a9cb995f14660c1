// Bagian bersama skrip tolok ukur (bench:load, bench:dokumen, bench:surge) dan uji yang menjalankan server sendiri
// (with-test-db, e2e dua instans): port bebas, server produksi `next start` (opsional sebagai klaster pekerja seperti
// `npm start`) yang ditunggu sampai siap, masuk lewat formulir Auth.js seperti peramban, RSS proses (dan pohon
// prosesnya) dari /proc, dan persentil.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { DEMO_PASSWORD } from "@/prisma/demo-data";

const akar = path.resolve(import.meta.dirname, "..");

/** Port TCP bebas di 127.0.0.1 (dilepas lagi sebelum dikembalikan). */
export function portBebas(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const p = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(p));
    });
  });
}

export type ServerProduksi = { proses: ChildProcess; asal: string; pid: number; hentikan: () => Promise<void> };

/**
 * Menjalankan build produksi (`next start`, dengan pemuat alamat soket seperti `npm start`) di 127.0.0.1:`port` dan
 * menunggu /api/health menjawab 200. `klaster`: lewat scripts/klaster.cjs seperti `npm start` (pekerja sebanyak
 * SKP_PROSES di env, bawaan jumlah inti); pid yang dikembalikan adalah primernya. Bila server mati atau tidak siap dalam
 * `batasDetik`, proses dihentikan dan galat dilempar.
 */
export async function jalankanServer(opsi: {
  port: number;
  env?: Record<string, string | undefined>;
  argNode?: string[];
  stdio?: StdioOptions;
  batasDetik?: number;
  klaster?: boolean;
}): Promise<ServerProduksi> {
  const argumen = [
    ...(opsi.argNode ?? []),
    "--require", path.join(akar, "scripts/alamat-soket.cjs"),
    ...(opsi.klaster ? [path.join(akar, "scripts/klaster.cjs")] : []),
    path.join(akar, "node_modules/next/dist/bin/next"),
  ];
  const proses = spawn(process.execPath, [...argumen, "start", "-p", String(opsi.port), "-H", "127.0.0.1"], {
    cwd: akar,
    env: { ...(opsi.env ?? process.env), NODE_ENV: "production" },
    stdio: opsi.stdio ?? ["ignore", "ignore", "inherit"],
  });
  const asal = `http://127.0.0.1:${opsi.port}`;
  const hentikan = async () => {
    if (proses.exitCode !== null || proses.signalCode !== null) return;
    const selesai = new Promise((r) => proses.once("exit", r));
    proses.kill("SIGTERM");
    await selesai;
  };
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${asal}/api/health`)).ok) break;
    } catch {
      /* belum siap */
    }
    if (proses.exitCode !== null || i > (opsi.batasDetik ?? 60) * 10) {
      await hentikan();
      throw new Error(`server ${asal} tidak siap`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proses, asal, pid: proses.pid!, hentikan };
}

/** Masuk dengan NIP dan kata sandi; mengembalikan kuki sesi ("nama=nilai"). */
export async function masuk(asal: string, nip: string, password: string = DEMO_PASSWORD): Promise<string> {
  const c = await fetch(`${asal}/api/auth/csrf`);
  const { csrfToken } = (await c.json()) as { csrfToken: string };
  const kuki = c.headers.getSetCookie().map((k) => k.split(";")[0]).join("; ");
  const r = await fetch(`${asal}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: kuki },
    body: new URLSearchParams({ csrfToken, nip, password }),
  });
  const sesi = r.headers.getSetCookie().map((k) => k.split(";")[0]).find((k) => k.includes("session-token"));
  if (!sesi) throw new Error(`gagal masuk ${nip} (HTTP ${r.status})`);
  return sesi;
}

/** VmRSS proses dalam kB (0 bila proses sudah tidak ada). */
export function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** VmRSS proses dan semua turunannya (primer klaster + pekerja Next), dalam kB. */
export function rssPohonKb(pid: number): number {
  const anak = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // /proc/<pid>/stat: "pid (nama) status ppid ..."; nama dapat berisi spasi, jadi ambil setelah ")" terakhir.
      const st = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(st.slice(st.lastIndexOf(")") + 2).split(" ")[1]);
      anak.set(ppid, [...(anak.get(ppid) ?? []), Number(d)]);
    } catch {
      /* proses sudah selesai */
    }
  }
  let total = 0;
  const antre = [pid];
  while (antre.length) {
    const p = antre.pop()!;
    total += rssKb(p);
    antre.push(...(anak.get(p) ?? []));
  }
  return total;
}

/** Persentil dari larik yang sudah terurut naik. */
export function persentil(urut: readonly number[], p: number): number {
  return urut[Math.min(urut.length - 1, Math.floor(p * urut.length))] ?? NaN;
}
