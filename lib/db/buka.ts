// Menemukan basis data untuk skrip (npm start, db:backup, db:restore) dengan aturan yang sama:
// DATABASE_URL bila diatur; selain itu PostgreSQL bawaan di DATA_DIR/pg (port PORT_DB) — dipakai langsung bila
// sedang berjalan (mis. `npm start` di terminal lain), dijalankan bila belum. Tanpa "server-only" (skrip Node).
import { existsSync } from "node:fs";
import path from "node:path";
import { dapatTersambung, startEmbeddedPostgres, urlBawaan } from "./embedded";

export type BasisDataTerbuka = {
  url: string;
  /** "luar" = DATABASE_URL; "bawaan" = dijalankan oleh proses ini; "bawaan-berjalan" = milik proses lain. */
  sumber: "luar" | "bawaan" | "bawaan-berjalan";
  /** Menghentikan PostgreSQL bawaan bila proses ini yang menjalankannya; selain itu tidak melakukan apa-apa. */
  stop: () => Promise<void>;
};

export type OpsiBuka = {
  env: Record<string, string | undefined>;
  /** Akar proyek; DATA_DIR relatif terhadapnya. */
  akar: string;
  database?: string;
  log?: (s: string) => void;
};

export function folderData(env: Record<string, string | undefined>, akar: string): string {
  return path.resolve(akar, env.DATA_DIR ?? ".data");
}

export async function bukaBasisData(o: OpsiBuka): Promise<BasisDataTerbuka> {
  const log = o.log ?? (() => {});
  if (o.env.DATABASE_URL) return { url: o.env.DATABASE_URL, sumber: "luar", stop: async () => {} };
  const dataDir = folderData(o.env, o.akar);
  const portDb = Number(o.env.PORT_DB ?? 5433);
  const database = o.database ?? "skp";
  const pgDir = path.join(dataDir, "pg");
  if (existsSync(path.join(pgDir, "postmaster.pid"))) {
    const url = await urlBawaan({ dataDir, port: portDb, database });
    if (url && (await dapatTersambung(url))) {
      log(`Memakai PostgreSQL bawaan yang sedang berjalan (127.0.0.1:${portDb}).`);
      return { url, sumber: "bawaan-berjalan", stop: async () => {} };
    }
  }
  log(`PostgreSQL bawaan: ${pgDir} (127.0.0.1:${portDb})`);
  const db = await startEmbeddedPostgres({ dataDir: pgDir, port: portDb, database, persistent: true, passwordFile: path.join(dataDir, "pg-password") });
  return { url: db.url, sumber: "bawaan", stop: () => db.stop() };
}
