import "server-only";
// Penanda tangan dokumen untuk aplikasi: dipilih dari process.env (lihat ./index.ts) dengan folder data proyek
// (DATA_DIR, bawaan <akar>/.data — aturan yang sama dengan lib/db/buka.ts folderData dan scripts/serve.ts).
// Disimpan di globalThis agar satu instans per proses (juga saat modul dimuat ulang di mode pengembangan).
import path from "node:path";
import { penandatanganDariEnv, type Penandatangan } from "./index";

const kunci = Symbol.for("skp.penandatangan");
type Wadah = { [kunci]?: Penandatangan };

/**
 * Penanda tangan aktif. `namaInstansi` hanya dipakai pada panggilan pertama (nama di sertifikat segel
 * pengembangan yang dibuat bila belum ada). Galat konfigurasi (GagalTandaTangan KONFIGURASI) tidak disimpan.
 */
export function getPenandatangan(opsi?: { namaInstansi?: string }): Penandatangan {
  const g = globalThis as Wadah;
  g[kunci] ??= penandatanganDariEnv(process.env, path.resolve(process.cwd(), process.env.DATA_DIR ?? ".data"), opsi);
  return g[kunci];
}
