// Segel elektronik instansi: tanda tangan PAdES (ETSI.CAdES.detached) dengan sertifikat instansi dari berkas
// PKCS#12. Tanpa berkas (pengembangan), sertifikat swa-tanda dibuat sekali di <akarData>/segel-pengembangan.p12.
import { generateKeyPairSync, randomBytes, X509Certificate } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import forge from "node-forge";
import { sha256Hex } from "../sha256";
import { bacaP12, infoSertifikat, SignerCades, type BahanSegel } from "./cms";
import { GagalTandaTangan, type DataPenanda, type HasilTtd, type Penandatangan } from "./jenis";
import { tambahTandaTangan } from "./pdf";

export const NAMA_BERKAS_PENGEMBANGAN = "segel-pengembangan.p12";
/** Sandi berkas sertifikat pengembangan (bukan rahasia: berkas dilindungi mode 0600). */
export const SANDI_PENGEMBANGAN = "segel-pengembangan";
const MASA_BERLAKU_TAHUN = 5;

export type OpsiSegel =
  | { jenis: "berkas"; berkas: string; sandi: string }
  | { jenis: "pengembangan"; akarData: string; namaInstansi: string };

/** Membuat PKCS#12 swa-tanda (RSA 2048, berlaku 5 tahun). Diekspor untuk uji. */
export function buatP12SwaTanda(o: { cn: string; organisasi: string; sandi: string; mulai?: Date; tahun?: number }): Buffer {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kunci = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs8", format: "pem" }).toString()) as forge.pki.rsa.PrivateKey;
  const sert = forge.pki.createCertificate();
  sert.publicKey = forge.pki.setRsaPublicKey(kunci.n, kunci.e);
  const seri = randomBytes(16);
  seri[0]! &= 0x7f; // bilangan positif
  sert.serialNumber = seri.toString("hex");
  const mulai = o.mulai ?? new Date(Date.now() - 60_000);
  sert.validity.notBefore = mulai;
  const akhir = new Date(mulai);
  akhir.setFullYear(akhir.getFullYear() + (o.tahun ?? MASA_BERLAKU_TAHUN));
  sert.validity.notAfter = akhir;
  const nama = [
    { name: "commonName", value: o.cn, valueTagClass: forge.asn1.Type.UTF8 },
    { name: "organizationName", value: o.organisasi, valueTagClass: forge.asn1.Type.UTF8 },
    { name: "countryName", value: "ID" },
  ] as forge.pki.CertificateField[];
  sert.setSubject(nama);
  sert.setIssuer(nama);
  sert.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  sert.sign(kunci, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(kunci, [sert], o.sandi, { algorithm: "aes256", friendlyName: o.cn });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary");
}

const kedaluwarsa = (der: Buffer, pada: Date) => new Date(new X509Certificate(der).validTo).getTime() < pada.getTime();

/**
 * Sertifikat pengembangan: dibaca bila ada, selain itu dibuat. Pembuatan atomik: tulis berkas sementara (0600),
 * lalu link() ke nama akhir — gagal EEXIST bila proses lain lebih dulu, maka berkas proses itu yang dipakai.
 * Sertifikat yang sudah kedaluwarsa diganti (rename menimpa).
 */
async function muatAtauBuatPengembangan(akarData: string, namaInstansi: string): Promise<BahanSegel> {
  const berkas = path.join(akarData, NAMA_BERKAS_PENGEMBANGAN);
  const baca = async () => bacaP12(await fs.readFile(berkas), SANDI_PENGEMBANGAN, berkas);
  try {
    const bahan = await baca();
    if (!kedaluwarsa(bahan.sertifikat[0]!, new Date())) return bahan;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  await fs.mkdir(akarData, { recursive: true });
  const sementara = `${berkas}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  const isi = buatP12SwaTanda({
    cn: `Segel Pengembangan ${namaInstansi} — BUKAN SERTIFIKAT RESMI`,
    organisasi: namaInstansi,
    sandi: SANDI_PENGEMBANGAN,
  });
  await fs.writeFile(sementara, isi, { mode: 0o600, flag: "wx" });
  try {
    const ada = await fs.stat(berkas).then(
      () => true,
      () => false,
    );
    if (ada) await fs.rename(sementara, berkas); // hanya bila yang lama kedaluwarsa
    else await fs.link(sementara, berkas).catch((e: NodeJS.ErrnoException) => (e.code === "EEXIST" ? undefined : Promise.reject(e)));
  } finally {
    await fs.rm(sementara, { force: true });
  }
  return baca();
}

export class PenandatanganSegel implements Penandatangan {
  readonly metode = "SEGEL" as const;
  private bahan: Promise<BahanSegel> | null = null;

  constructor(private readonly opsi: OpsiSegel) {}

  apakahSertifikatPengembangan(): boolean {
    return this.opsi.jenis === "pengembangan";
  }

  async periksaPengguna(): Promise<{ ok: true }> {
    return { ok: true };
  }

  /** Jalur berkas PKCS#12 yang dipakai. */
  get berkasSertifikat(): string {
    return this.opsi.jenis === "berkas" ? this.opsi.berkas : path.join(this.opsi.akarData, NAMA_BERKAS_PENGEMBANGAN);
  }

  private muat(): Promise<BahanSegel> {
    if (!this.bahan) {
      const o = this.opsi;
      this.bahan =
        o.jenis === "pengembangan"
          ? muatAtauBuatPengembangan(o.akarData, o.namaInstansi)
          : fs.readFile(o.berkas).then(
              (isi) => bacaP12(isi, o.sandi, o.berkas),
              (e: NodeJS.ErrnoException) => {
                throw new GagalTandaTangan("KONFIGURASI", `Berkas sertifikat segel (SKP_SEGEL_P12) tidak dapat dibaca: ${o.berkas}.`, e.code, { cause: e });
              },
            );
      // Kegagalan tidak disimpan: percobaan berikutnya membaca ulang (mis. setelah berkas diperbaiki).
      this.bahan.catch(() => {
        this.bahan = null;
      });
    }
    return this.bahan;
  }

  async tandatangani(pdf: Buffer, data: DataPenanda): Promise<HasilTtd> {
    const bahan = await this.muat();
    const sert = bahan.sertifikat[0]!;
    const info = infoSertifikat(sert, this.apakahSertifikatPengembangan());
    if (info.berlakuSampai.getTime() < data.waktu.getTime() || info.berlakuSampai.getTime() < Date.now()) {
      throw new GagalTandaTangan(
        "SERTIFIKAT_KEDALUWARSA",
        "Sertifikat segel instansi sudah kedaluwarsa. Hubungi admin untuk memperbarui sertifikat (SKP_SEGEL_P12).",
        `berlaku sampai ${info.berlakuSampai.toISOString()}`,
      );
    }
    const hasil = await tambahTandaTangan(pdf, new SignerCades(bahan), {
      nama: data.nama,
      alasan: data.alasan,
      lokasi: data.lokasi,
      kontak: data.nip ? `NIP ${data.nip}` : "",
      waktu: data.waktu,
      aplikasi: "Portal-SKP",
    });
    return { pdf: hasil, sha256: sha256Hex(hasil), metode: "SEGEL", sertifikat: info };
  }
}
