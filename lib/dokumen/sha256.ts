// Sidik jari SHA-256 berkas dokumen (heksadesimal huruf kecil), dipakai pencatatan dan halaman verifikasi.
import { createHash } from "node:crypto";

export function sha256Hex(b: Uint8Array): string {
  return createHash("sha256").update(b).digest("hex");
}
