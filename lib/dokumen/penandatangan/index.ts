// Tanda tangan digital berkas PDF di balik satu antarmuka; implementasi dipilih dari lingkungan:
// - SKP_TTE kosong/"segel": segel elektronik instansi (PAdES ETSI.CAdES.detached) dengan SKP_SEGEL_P12 +
//   SKP_SEGEL_P12_SANDI; tanpa SKP_SEGEL_P12 memakai sertifikat pengembangan swa-tanda <akarData>/segel-pengembangan.p12.
// - SKP_TTE="bsre": klien layanan esign-client BSrE API v2 (SKP_BSRE_URL, SKP_BSRE_USER, SKP_BSRE_PASSWORD,
//   SKP_BSRE_BATAS_WAKTU_DETIK bawaan 30).
// Kode server murni (node:crypto, fs); tanpa Prisma, tanpa next/*. Pembungkus server: ./server.ts.
import path from "node:path";
import { PenandatanganBsre } from "./bsre";
import { GagalTandaTangan, type Penandatangan } from "./jenis";
import { PenandatanganSegel } from "./segel";

export { sha256Hex } from "../sha256";
export { bacaTandaTangan, sertifikatTandaTanganTerakhir } from "./pdf";
export { GagalTandaTangan } from "./jenis";
export type { DataPenanda, HasilPeriksaPengguna, HasilTtd, InfoSertifikat, KodeGagalTtd, MetodeTtd, Penandatangan } from "./jenis";
export { PenandatanganBsre } from "./bsre";
export { PenandatanganSegel } from "./segel";

/** Lingkungan: process.env atau objek polos (uji); sama dengan NodeJS.ProcessEnv tanpa NODE_ENV wajib. */
export type EnvTtd = Readonly<Record<string, string | undefined>>;

const isi = (env: EnvTtd, nama: string) => {
  const v = env[nama]?.trim();
  return v ? v : undefined;
};

export function penandatanganDariEnv(env: EnvTtd, akarData: string, opsi?: { namaInstansi?: string }): Penandatangan {
  const mode = (isi(env, "SKP_TTE") ?? "segel").toLowerCase();
  if (mode === "segel") {
    const berkas = isi(env, "SKP_SEGEL_P12");
    if (berkas) return new PenandatanganSegel({ jenis: "berkas", berkas: path.resolve(berkas), sandi: env.SKP_SEGEL_P12_SANDI ?? "" });
    return new PenandatanganSegel({ jenis: "pengembangan", akarData: path.resolve(akarData), namaInstansi: opsi?.namaInstansi?.trim() || "Instansi" });
  }
  if (mode === "bsre") {
    const kurang = ["SKP_BSRE_URL", "SKP_BSRE_USER", "SKP_BSRE_PASSWORD"].filter((n) => !isi(env, n));
    if (kurang.length) {
      throw new GagalTandaTangan("KONFIGURASI", `Tanda tangan BSrE (SKP_TTE=bsre) belum lengkap: variabel ${kurang.join(", ")} belum diisi.`);
    }
    const url = isi(env, "SKP_BSRE_URL")!;
    if (!/^https?:\/\/[^\s/]+/i.test(url)) {
      throw new GagalTandaTangan("KONFIGURASI", `SKP_BSRE_URL harus berupa URL http:// atau https:// (sekarang: ${JSON.stringify(url)}).`);
    }
    const batas = isi(env, "SKP_BSRE_BATAS_WAKTU_DETIK");
    const detik = batas === undefined ? 30 : Number(batas);
    if (!Number.isFinite(detik) || detik <= 0) {
      throw new GagalTandaTangan("KONFIGURASI", `SKP_BSRE_BATAS_WAKTU_DETIK harus angka detik lebih dari 0 (sekarang: ${JSON.stringify(batas)}).`);
    }
    return new PenandatanganBsre({ url, pengguna: isi(env, "SKP_BSRE_USER")!, sandi: env.SKP_BSRE_PASSWORD!, batasWaktuMs: Math.round(detik * 1000) });
  }
  throw new GagalTandaTangan("KONFIGURASI", `SKP_TTE tidak dikenal: ${JSON.stringify(mode)}. Gunakan "segel" (bawaan) atau "bsre".`);
}
