import "server-only";
// Penyimpanan berkas bukti untuk aplikasi: lokal (bawaan) atau S3, dipilih lewat variabel lingkungan.
import { penyimpananDariEnv, type Penyimpanan } from "@/lib/penyimpanan";

let cache: Penyimpanan | null = null;

export function penyimpanan(): Penyimpanan {
  cache ??= penyimpananDariEnv(process.env, process.cwd());
  return cache;
}
