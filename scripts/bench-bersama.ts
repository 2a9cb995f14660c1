// Bagian bersama skrip tolok ukur (bench:load, bench:dokumen, bench:surge): masuk lewat formulir Auth.js seperti
// peramban, RSS proses dari /proc, dan persentil.
import { readdirSync, readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "@/prisma/demo-data";

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
