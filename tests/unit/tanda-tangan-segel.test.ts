// Segel elektronik instansi (lib/dokumen/penandatangan): tanda tangan PAdES ETSI.CAdES.detached yang
// diverifikasi pdfsig (poppler-utils) — satu tanda tangan, dua tanda tangan inkremental, berkas diubah;
// sertifikat pengembangan dibuat sekali dan dipakai ulang; sertifikat PKCS#12 terkonfigurasi; sandi salah.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bacaTandaTangan,
  GagalTandaTangan,
  penandatanganDariEnv,
  sha256Hex,
  type DataPenanda,
} from "@/lib/dokumen/penandatangan";
import { buatP12SwaTanda, NAMA_BERKAS_PENGEMBANGAN } from "@/lib/dokumen/penandatangan/segel";
import { pdfUji } from "../support/pdf-uji";
import { pdfsig } from "../support/pdfsig";

const WAKTU_UJI = 120_000;
let folder: string;
let asli: Buffer;

const penanda = (nama: string, nip: string | null = "198701012010011001"): DataPenanda => ({
  nama,
  nip,
  alasan: "Menyetujui Sasaran Kinerja Pegawai",
  lokasi: "Kabupaten Contoh",
  waktu: new Date(),
});

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ttd-segel-"));
  asli = await pdfUji();
}, WAKTU_UJI);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("segel instansi dengan sertifikat pengembangan", () => {
  it(
    "satu tanda tangan: pdfsig melaporkan satu tanda tangan ETSI.CAdES.detached yang sah atas seluruh dokumen",
    async () => {
      const akar = path.join(folder, "data-1");
      const p = penandatanganDariEnv({}, akar, { namaInstansi: "Pemerintah Kabupaten Contoh" });
      expect(p.metode).toBe("SEGEL");
      expect(p.apakahSertifikatPengembangan()).toBe(true);
      expect(await p.periksaPengguna?.("123")).toEqual({ ok: true });

      const h = await p.tandatangani(asli, penanda("Budi Santoso"));
      expect(h.metode).toBe("SEGEL");
      expect(h.sha256).toBe(sha256Hex(h.pdf));
      expect(h.pdf.subarray(0, asli.length - 1).equals(asli.subarray(0, asli.length - 1))).toBe(true); // inkremental
      expect(h.sertifikat.pengembangan).toBe(true);
      expect(h.sertifikat.subjek).toContain("Segel Pengembangan Pemerintah Kabupaten Contoh — BUKAN SERTIFIKAT RESMI");
      const tahun = (h.sertifikat.berlakuSampai.getTime() - Date.now()) / (365.25 * 24 * 3600 * 1000);
      expect(tahun).toBeGreaterThan(4.9);
      expect(tahun).toBeLessThan(5.1);

      const v = await pdfsig(h.pdf);
      expect(v.tandaTangan, v.keluaran).toHaveLength(1);
      expect(v.tandaTangan[0]).toMatchObject({ jenis: "ETSI.CAdES.detached", sah: true, seluruhDokumen: true });
      expect(v.tandaTangan[0]!.namaUmum).toContain("BUKAN SERTIFIKAT RESMI");
      expect(bacaTandaTangan(h.pdf)).toEqual({ jumlah: 1, subFilter: ["ETSI.CAdES.detached"], nama: ["Budi Santoso"] });
      expect(bacaTandaTangan(asli).jumlah).toBe(0);
    },
    WAKTU_UJI,
  );

  it(
    "dua penanda tangan pada satu berkas: keduanya sah (tanda tangan pertama tidak rusak oleh yang kedua)",
    async () => {
      const p = penandatanganDariEnv({ SKP_TTE: "segel" }, path.join(folder, "data-2"), { namaInstansi: "Kabupaten Contoh" });
      const satu = await p.tandatangani(asli, penanda("Budi Santoso"));
      const dua = await p.tandatangani(satu.pdf, penanda("Siti Ñurhaliza (Penilai)", null));
      expect(dua.pdf.subarray(0, satu.pdf.length - 1).equals(satu.pdf.subarray(0, satu.pdf.length - 1))).toBe(true);

      const v = await pdfsig(dua.pdf);
      expect(v.tandaTangan, v.keluaran).toHaveLength(2);
      expect(v.tandaTangan.map((t) => [t.jenis, t.sah])).toEqual([
        ["ETSI.CAdES.detached", true],
        ["ETSI.CAdES.detached", true],
      ]);
      expect(v.tandaTangan.map((t) => t.seluruhDokumen)).toEqual([false, true]);
      expect(v.tandaTangan.map((t) => t.namaBidang)).toEqual(["Signature1", "Signature2"]);
      expect(bacaTandaTangan(dua.pdf)).toEqual({
        jumlah: 2,
        subFilter: ["ETSI.CAdES.detached", "ETSI.CAdES.detached"],
        nama: ["Budi Santoso", "Siti Ñurhaliza (Penilai)"],
      });
    },
    WAKTU_UJI,
  );

  it(
    "satu byte diubah di dalam rentang bertanda: pdfsig menyatakan tanda tangan tidak sah",
    async () => {
      const p = penandatanganDariEnv({}, path.join(folder, "data-3"));
      const h = await p.tandatangani(asli, penanda("Budi Santoso"));
      const rusak = Buffer.from(h.pdf);
      const i = rusak.indexOf("Dokumen uji"); // judul di kamus /Info, di dalam rentang pertama
      expect(i).toBeGreaterThan(0);
      rusak[i] = "X".charCodeAt(0);
      const v = await pdfsig(rusak);
      expect(v.tandaTangan, v.keluaran).toHaveLength(1);
      expect(v.tandaTangan[0]!.sah).toBe(false);
      expect(v.tandaTangan[0]!.validasi).toMatch(/invalid|mismatch|not valid/i);
    },
    WAKTU_UJI,
  );

  it(
    "sertifikat pengembangan dibuat sekali (mode 0600) lalu dipakai ulang oleh penanda tangan berikutnya",
    async () => {
      const akar = path.join(folder, "data-4");
      const berkas = path.join(akar, NAMA_BERKAS_PENGEMBANGAN);
      // Dua instans (mis. dua proses) yang bersamaan pertama kali: satu berkas yang menang, keduanya memakainya.
      const a = penandatanganDariEnv({}, akar, { namaInstansi: "Kabupaten Contoh" });
      const a2 = penandatanganDariEnv({}, akar, { namaInstansi: "Kabupaten Contoh" });
      const [h1, h2] = await Promise.all([a.tandatangani(asli, penanda("A")), a2.tandatangani(asli, penanda("B"))]);
      expect(h1.sertifikat).toEqual(h2.sertifikat);
      const isi = await readFile(berkas);
      expect((await stat(berkas)).mode & 0o777).toBe(0o600);

      const b = penandatanganDariEnv({}, akar, { namaInstansi: "Kabupaten Contoh" });
      const h3 = await b.tandatangani(asli, penanda("C"));
      expect((await readFile(berkas)).equals(isi)).toBe(true);
      expect(h3.sertifikat).toEqual(h1.sertifikat);
      expect(b.apakahSertifikatPengembangan()).toBe(true);
      const v = await pdfsig(h3.pdf);
      expect(v.tandaTangan[0]?.sah, v.keluaran).toBe(true);
    },
    WAKTU_UJI,
  );
});

describe("segel instansi dengan sertifikat terkonfigurasi (SKP_SEGEL_P12)", () => {
  it(
    "berkas PKCS#12 dipakai (bukan sertifikat pengembangan) dan tanda tangannya sah",
    async () => {
      const berkas = path.join(folder, "instansi.p12");
      await writeFile(berkas, buatP12SwaTanda({ cn: "Segel Elektronik BKPSDM Kabupaten Contoh", organisasi: "Pemerintah Kabupaten Contoh", sandi: "rahasia-uji" }));
      const akar = path.join(folder, "data-5");
      const p = penandatanganDariEnv({ SKP_SEGEL_P12: berkas, SKP_SEGEL_P12_SANDI: "rahasia-uji" }, akar);
      expect(p.apakahSertifikatPengembangan()).toBe(false);
      const h = await p.tandatangani(asli, penanda("Budi Santoso"));
      expect(h.sertifikat).toMatchObject({ pengembangan: false });
      expect(h.sertifikat.subjek).toContain("CN=Segel Elektronik BKPSDM Kabupaten Contoh");
      await expect(stat(path.join(akar, NAMA_BERKAS_PENGEMBANGAN))).rejects.toThrow();
      const v = await pdfsig(h.pdf);
      expect(v.tandaTangan[0], v.keluaran).toMatchObject({ namaUmum: "Segel Elektronik BKPSDM Kabupaten Contoh", jenis: "ETSI.CAdES.detached", sah: true });
    },
    WAKTU_UJI,
  );

  it.skipIf(!existsSync("/usr/bin/openssl"))(
    "PKCS#12 buatan OpenSSL 3 (AES-256/PBKDF2, MAC SHA-256) terbaca",
    async () => {
      const jalan = promisify(execFile);
      const [kunci, sert, p12] = ["k.pem", "c.pem", "openssl.p12"].map((n) => path.join(folder, n));
      await jalan("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", kunci!, "-out", sert!, "-days", "30", "-subj", "/CN=Segel OpenSSL/O=Uji"]);
      await jalan("openssl", ["pkcs12", "-export", "-inkey", kunci!, "-in", sert!, "-out", p12!, "-passout", "pass:sandi-openssl"]);
      const p = penandatanganDariEnv({ SKP_SEGEL_P12: p12!, SKP_SEGEL_P12_SANDI: "sandi-openssl" }, folder);
      const h = await p.tandatangani(asli, penanda("Budi"));
      const v = await pdfsig(h.pdf);
      expect(v.tandaTangan[0], v.keluaran).toMatchObject({ namaUmum: "Segel OpenSSL", sah: true });
    },
    WAKTU_UJI,
  );

  it(
    "sandi PKCS#12 salah → GagalTandaTangan KONFIGURASI berpesan Indonesia",
    async () => {
      const berkas = path.join(folder, "instansi-2.p12");
      await writeFile(berkas, buatP12SwaTanda({ cn: "Segel Uji", organisasi: "Uji", sandi: "benar" }));
      const p = penandatanganDariEnv({ SKP_SEGEL_P12: berkas, SKP_SEGEL_P12_SANDI: "salah" }, path.join(folder, "data-6"));
      const g = await p.tandatangani(asli, penanda("Budi")).catch((e: unknown) => e);
      expect(g).toBeInstanceOf(GagalTandaTangan);
      expect((g as GagalTandaTangan).kode).toBe("KONFIGURASI");
      expect((g as GagalTandaTangan).pesan).toMatch(/Sandi sertifikat segel tidak cocok.*SKP_SEGEL_P12_SANDI/);
    },
    WAKTU_UJI,
  );

  it(
    "berkas tidak ada → KONFIGURASI; sertifikat kedaluwarsa → SERTIFIKAT_KEDALUWARSA; bukan PDF → BERKAS_TIDAK_SAH",
    async () => {
      const hilang = penandatanganDariEnv({ SKP_SEGEL_P12: path.join(folder, "tidak-ada.p12") }, folder);
      await expect(hilang.tandatangani(asli, penanda("Budi"))).rejects.toMatchObject({ kode: "KONFIGURASI" });

      const lama = path.join(folder, "lama.p12");
      await writeFile(lama, buatP12SwaTanda({ cn: "Segel Lama", organisasi: "Uji", sandi: "x", mulai: new Date("2015-01-01"), tahun: 2 }));
      const kedaluwarsa = penandatanganDariEnv({ SKP_SEGEL_P12: lama, SKP_SEGEL_P12_SANDI: "x" }, folder);
      await expect(kedaluwarsa.tandatangani(asli, penanda("Budi"))).rejects.toMatchObject({
        kode: "SERTIFIKAT_KEDALUWARSA",
        pesan: expect.stringContaining("kedaluwarsa"),
      });

      const p = penandatanganDariEnv({}, path.join(folder, "data-7"));
      await expect(p.tandatangani(Buffer.from("bukan pdf"), penanda("Budi"))).rejects.toMatchObject({ kode: "BERKAS_TIDAK_SAH" });
    },
    WAKTU_UJI,
  );

  it("SKP_TTE tidak dikenal atau BSrE tanpa variabel wajib → KONFIGURASI", () => {
    expect(() => penandatanganDariEnv({ SKP_TTE: "lain" }, folder)).toThrow(GagalTandaTangan);
    expect(() => penandatanganDariEnv({ SKP_TTE: "bsre", SKP_BSRE_URL: "http://x" }, folder)).toThrow(/SKP_BSRE_USER, SKP_BSRE_PASSWORD/);
    expect(() => penandatanganDariEnv({ SKP_TTE: "bsre", SKP_BSRE_URL: "ftp://x", SKP_BSRE_USER: "u", SKP_BSRE_PASSWORD: "p" }, folder)).toThrow(/SKP_BSRE_URL/);
    expect(penandatanganDariEnv({ SKP_TTE: "BSRE", SKP_BSRE_URL: "http://x", SKP_BSRE_USER: "u", SKP_BSRE_PASSWORD: "p" }, folder).metode).toBe("BSRE");
  });
});
