// Variabel lingkungan aplikasi, diperiksa sekali (zod). Hanya modul ini yang membaca process.env
// untuk konfigurasi aplikasi. scripts/serve.ts mengisi DATABASE_URL dan AUTH_SECRET untuk mode bawaan.
import { z } from "zod";
import { uraiDaftarProksi, type Cidr } from "@/lib/auth/alamat";

const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL belum diatur." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL harus berupa URL postgresql://."),
  AUTH_SECRET: z.string({ error: "AUTH_SECRET belum diatur." }).min(32, "AUTH_SECRET minimal 32 karakter."),
  /** "HIERARKI" | "PIMPINAN_INSTANSI": siapa penilai JPT (lihat lib/organisasi/hierarki.ts). */
  SKP_PENILAI_JPT: z.enum(["HIERARKI", "PIMPINAN_INSTANSI"]).default("HIERARKI"),
  /** Zona waktu untuk "hari ini" (tanggal berlakunya jabatan). */
  SKP_ZONA_WAKTU: z.string().default("Asia/Jakarta"),
  /** Alamat publik portal untuk QR verifikasi dokumen (mis. https://kinerja.contohkab.go.id); kosong = asal permintaan. */
  SKP_URL_PUBLIK: z.url({ error: "SKP_URL_PUBLIK harus berupa URL lengkap (https://…)." }).optional(),
  /**
   * Proksi balik tepercaya (IP/CIDR dipisah koma). Hanya bila lawan soket ada di daftar ini X-Forwarded-For dibaca
   * (lib/auth/alamat.ts); kosong = alamat soket selalu dipakai.
   */
  SKP_PROXY_TEPERCAYA: z
    .string()
    .default("")
    .transform((teks, ctx): Cidr[] => {
      const r = uraiDaftarProksi(teks);
      if (r.ok) return r.daftar;
      ctx.addIssue({ code: "custom", message: `SKP_PROXY_TEPERCAYA: ${r.pesan}` });
      return z.NEVER;
    }),
  /** Batas permintaan API /api/v1 per token per menit (lib/api-v1/token.ts). */
  SKP_API_BATAS_PER_MENIT: z.coerce
    .number({ error: "SKP_API_BATAS_PER_MENIT harus berupa bilangan." })
    .int("SKP_API_BATAS_PER_MENIT harus bilangan bulat.")
    .min(1, "SKP_API_BATAS_PER_MENIT minimal 1.")
    .max(100_000, "SKP_API_BATAS_PER_MENIT paling banyak 100000.")
    .default(120),
  /** Server SMTP untuk surel notifikasi: smtp://user:pass@host:587 atau smtps://…:465. Kosong = surel tidak dikirim. */
  SKP_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SKP_SMTP_URL harus berupa URL smtp:// atau smtps://.")
    .optional(),
  /** Alamat pengirim surel notifikasi, mis. "Portal SKP <no-reply@contohkab.go.id>". */
  SKP_SMTP_DARI: z.string().min(3).default("Portal SKP <no-reply@localhost>"),
  /** Selang pekerja notifikasi (kirim antrean surel, pengingat periode) dalam detik. */
  SKP_NOTIFIKASI_INTERVAL_DETIK: z.coerce.number({ error: "SKP_NOTIFIKASI_INTERVAL_DETIK harus berupa angka." }).int().min(1).max(86_400).default(60),
  /** Pengingat "periode evaluasi hampir ditutup" dikirim sekian hari sebelum periode berakhir. */
  SKP_NOTIFIKASI_HARI_TUTUP: z.coerce.number({ error: "SKP_NOTIFIKASI_HARI_TUTUP harus berupa angka." }).int().min(0).max(60).default(7),
});

export type Env = z.output<typeof ZEnv>;

let cached: Env | null = null;

/** Memeriksa sekumpulan variabel lingkungan; melempar galat berbahasa Indonesia yang menyebut setiap variabel salah. */
export function bacaEnv(sumber: Record<string, string | undefined>): Env {
  const parsed = ZEnv.safeParse(sumber);
  if (!parsed.success) {
    const pesan = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Konfigurasi tidak sah:\n${pesan}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= bacaEnv(process.env);
  return cached;
}
