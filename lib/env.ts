// Variabel lingkungan aplikasi, diperiksa sekali (zod). Hanya modul ini yang membaca process.env
// untuk konfigurasi aplikasi. scripts/serve.ts mengisi DATABASE_URL dan AUTH_SECRET untuk mode bawaan.
import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL belum diatur." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL harus berupa URL postgresql://."),
  AUTH_SECRET: z.string({ error: "AUTH_SECRET belum diatur." }).min(32, "AUTH_SECRET minimal 32 karakter."),
  /** "HIERARKI" | "PIMPINAN_INSTANSI": siapa penilai JPT (lihat lib/organisasi/hierarki.ts). */
  SKP_PENILAI_JPT: z.enum(["HIERARKI", "PIMPINAN_INSTANSI"]).default("HIERARKI"),
  /** Zona waktu untuk "hari ini" (tanggal berlakunya jabatan). */
  SKP_ZONA_WAKTU: z.string().default("Asia/Jakarta"),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | null = null;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const pesan = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Konfigurasi tidak sah:\n${pesan}`);
  }
  cached = parsed.data;
  return cached;
}
