// Kontrak klien BSrE API v2 (lib/dokumen/penandatangan/bsre.ts) terhadap layanan palsu tests/support/bsre-palsu.ts:
// berhasil (PDF hasil lolos pdfsig), setiap galat berpesan Indonesia, Basic auth salah → KONFIGURASI,
// layanan tidak menjawab → LAYANAN_TIDAK_TERJANGKAU. Belum pernah diuji terhadap layanan BSrE sungguhan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bacaTandaTangan,
  GagalTandaTangan,
  PenandatanganBsre,
  penandatanganDariEnv,
  sha256Hex,
  type DataPenanda,
  type KodeGagalTtd,
} from "@/lib/dokumen/penandatangan";
import { mulaiBsrePalsu, NIK_LAMBAT, NIK_RUSAK, type BsrePalsu } from "../support/bsre-palsu";
import { pdfUji } from "../support/pdf-uji";
import { pdfsig } from "../support/pdfsig";

const WAKTU_UJI = 120_000;
const NIK_AKTIF = "3201010101010001";
const NIK_KEDUA = "3201010101010002";
const NIK_KEDALUWARSA = "3201010101010003";
const NIK_TAK_TERDAFTAR = "3201010101010009";

let palsu: BsrePalsu;
let asli: Buffer;

const env = (lain: Record<string, string> = {}) => ({
  SKP_TTE: "bsre",
  SKP_BSRE_URL: palsu.url,
  SKP_BSRE_USER: "aplikasi-skp",
  SKP_BSRE_PASSWORD: "sandi-aplikasi",
  ...lain,
});
const klien = (lain: Record<string, string> = {}) => penandatanganDariEnv(env(lain), "/tidak-dipakai");
const data = (nik: string, passphrase: string): DataPenanda => ({
  nama: "Budi Santoso",
  nip: "198701012010011001",
  alasan: "Menyetujui SKP",
  lokasi: "Kabupaten Contoh",
  waktu: new Date(),
  nik,
  passphrase,
});

async function gagal(p: Promise<unknown>, kode?: KodeGagalTtd, pesan?: RegExp): Promise<GagalTandaTangan> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(GagalTandaTangan);
  const g = e as GagalTandaTangan;
  if (kode) expect(g.kode).toBe(kode);
  if (pesan) expect(g.pesan).toMatch(pesan);
  return g;
}

beforeAll(async () => {
  asli = await pdfUji();
  palsu = await mulaiBsrePalsu({
    pengguna: "aplikasi-skp",
    sandi: "sandi-aplikasi",
    akun: [
      { nik: NIK_AKTIF, passphrase: "Rahasia#1", nama: "Budi Santoso" },
      { nik: NIK_KEDUA, passphrase: "Rahasia#2", nama: "Siti Aminah" },
      { nik: NIK_KEDALUWARSA, passphrase: "Rahasia#3", nama: "Joko Lama", status: "EXPIRED" },
    ],
  });
}, WAKTU_UJI);

afterAll(async () => {
  await palsu?.tutup();
});

describe("klien BSrE", () => {
  it(
    "berhasil: PDF bertanda tangan dari layanan diperiksa, sha256 dihitung, dan lolos pdfsig; dua penanda tangan berurutan",
    async () => {
      const p = klien();
      expect(p.metode).toBe("BSRE");
      expect(p.apakahSertifikatPengembangan()).toBe(false);
      expect(await p.periksaPengguna?.(NIK_AKTIF)).toEqual({ ok: true });

      const h1 = await p.tandatangani(asli, data(NIK_AKTIF, "Rahasia#1"));
      expect(h1.metode).toBe("BSRE");
      expect(h1.pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(h1.sha256).toBe(sha256Hex(h1.pdf));
      expect(h1.sertifikat).toMatchObject({ subjek: expect.stringContaining("CN=Budi Santoso"), pengembangan: false });

      const h2 = await p.tandatangani(h1.pdf, data(NIK_KEDUA, "Rahasia#2"));
      expect(bacaTandaTangan(h2.pdf)).toMatchObject({ jumlah: 2, nama: ["Budi Santoso", "Siti Aminah"] });
      expect(h2.sertifikat.subjek).toContain("CN=Siti Aminah");
      const v = await pdfsig(h2.pdf);
      expect(v.tandaTangan.map((t) => [t.namaUmum, t.jenis, t.sah]), v.keluaran).toEqual([
        ["Budi Santoso", "ETSI.CAdES.detached", true],
        ["Siti Aminah", "ETSI.CAdES.detached", true],
      ]);

      const hasilVerifikasi = await (p as PenandatanganBsre).verifikasi(h2.pdf);
      expect(hasilVerifikasi.kesimpulan).toBe("VALID");
    },
    WAKTU_UJI,
  );

  it(
    "galat layanan dipetakan ke kode dan pesan berbahasa Indonesia",
    async () => {
      const p = klien();
      const kasus: [string, string, KodeGagalTtd, RegExp][] = [
        [NIK_TAK_TERDAFTAR, "PP-tak-terdaftar-91", "PENGGUNA_TIDAK_TERDAFTAR", /^NIK Anda belum terdaftar sebagai pemilik sertifikat elektronik BSrE/],
        [NIK_AKTIF, "PP-keliru-42", "PASSPHRASE_SALAH", /^Passphrase salah/],
        [NIK_KEDALUWARSA, "Rahasia#3", "SERTIFIKAT_KEDALUWARSA", /kedaluwarsa/],
        [NIK_RUSAK, "PP-rusak-77", "LAINNYA", /gagal/i],
      ];
      for (const [nik, pp, kode, pesan] of kasus) {
        const g = await gagal(p.tandatangani(asli, data(nik, pp)), kode, pesan);
        expect(`${g.message} ${g.rincian ?? ""} ${JSON.stringify(g)}`).not.toContain(pp); // passphrase tidak bocor
      }
      expect((await gagal(p.tandatangani(asli, { ...data(NIK_AKTIF, ""), passphrase: undefined }))).kode).toBe("PASSPHRASE_SALAH");
      expect((await gagal(p.tandatangani(asli, { ...data(NIK_AKTIF, "x"), nik: undefined }))).kode).toBe("PENGGUNA_TIDAK_TERDAFTAR");
      expect((await gagal(p.tandatangani(Buffer.from("bukan pdf"), data(NIK_AKTIF, "Rahasia#1")))).kode).toBe("BERKAS_TIDAK_SAH");
    },
    WAKTU_UJI,
  );

  it("periksaPengguna: terdaftar aktif, belum terdaftar, kedaluwarsa (pesan Indonesia)", async () => {
    const p = klien();
    expect(await p.periksaPengguna!(NIK_AKTIF)).toEqual({ ok: true });
    expect(await p.periksaPengguna!(NIK_TAK_TERDAFTAR)).toEqual({ ok: false, pesan: expect.stringMatching(/^NIK Anda belum terdaftar/) });
    expect(await p.periksaPengguna!(NIK_KEDALUWARSA)).toEqual({ ok: false, pesan: expect.stringContaining("kedaluwarsa") });
    // Passphrase belum diminta: tidak ada permintaan tanda tangan untuk NIK yang diperiksa saja.
    expect(palsu.permintaan.filter((r) => r.jalur === "/api/v2/user/check/status").length).toBeGreaterThanOrEqual(3);
  });

  it(
    "Basic auth aplikasi salah → KONFIGURASI",
    async () => {
      const p = klien({ SKP_BSRE_PASSWORD: "keliru" });
      const g = await gagal(p.tandatangani(asli, data(NIK_AKTIF, "Rahasia#1")), "KONFIGURASI", /SKP_BSRE_USER\/SKP_BSRE_PASSWORD/);
      expect(g.rincian).toContain("HTTP 401");
      expect((await gagal(p.periksaPengguna!(NIK_AKTIF))).kode).toBe("KONFIGURASI");
    },
    WAKTU_UJI,
  );

  it(
    "layanan tidak menjawab dalam batas waktu → LAYANAN_TIDAK_TERJANGKAU; layanan mati → LAYANAN_TIDAK_TERJANGKAU",
    async () => {
      const lambat = klien({ SKP_BSRE_BATAS_WAKTU_DETIK: "0.5" });
      await gagal(lambat.tandatangani(asli, data(NIK_LAMBAT, "x")), "LAYANAN_TIDAK_TERJANGKAU", /tidak menjawab dalam 0\.5 detik/);

      const mati = await mulaiBsrePalsu({ pengguna: "u", sandi: "p", akun: [] });
      const url = mati.url;
      await mati.tutup();
      const p = penandatanganDariEnv({ ...env(), SKP_BSRE_URL: url }, "/tidak-dipakai");
      await gagal(p.tandatangani(asli, data(NIK_AKTIF, "Rahasia#1")), "LAYANAN_TIDAK_TERJANGKAU", /tidak dapat dihubungi/);
    },
    WAKTU_UJI,
  );
});
