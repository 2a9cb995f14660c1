// CMS SignedData terlepas (detached) untuk PAdES/CAdES (ETSI EN 319 142-1, B-B):
// atribut bertanda contentType, messageDigest dan signingCertificateV2 (ESS, RFC 5035). Atribut signing-time
// sengaja tidak dipasang: PAdES B-B melarangnya; waktu yang dinyatakan ada di entri /M kamus tanda tangan.
// node-forge hanya dipakai untuk membaca PKCS#12 dan menyusun ASN.1; penandatanganan RSA memakai node:crypto.
import { createHash, createPrivateKey, sign as tandatanganiKripto, X509Certificate, type KeyObject } from "node:crypto";
import forge from "node-forge";
import { Signer } from "@signpdf/utils";
import { GagalTandaTangan, type InfoSertifikat } from "./jenis";

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha256WithRSA: "1.2.840.113549.1.1.11",
} as const;

/** Kunci privat dan rantai sertifikat (sertifikat penanda tangan lebih dulu), DER. */
export type BahanSegel = { kunci: KeyObject; sertifikat: Buffer[] };

const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const seq = (isi: forge.asn1.Asn1[]) => asn1.create(U, T.SEQUENCE, true, isi);
const set = (isi: forge.asn1.Asn1[]) => asn1.create(U, T.SET, true, isi);
const oktet = (b: Buffer) => asn1.create(U, T.OCTETSTRING, false, b.toString("binary"));
const bilangan = (n: number) => asn1.create(U, T.INTEGER, false, asn1.integerToDer(n).getBytes());
const algoritma = (o: string) => seq([oid(o), asn1.create(U, T.NULL, false, "")]);
const keDer = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), "binary");
const dariDer = (b: Buffer) => asn1.fromDer(forge.util.createBuffer(b.toString("binary")));

/** Penerbit (Name) dan nomor seri dari sertifikat DER, sebagai ASN.1 siap pakai. */
function penerbitDanSeri(der: Buffer): { penerbit: forge.asn1.Asn1; seri: forge.asn1.Asn1 } {
  const tbs = (dariDer(der).value as forge.asn1.Asn1[])[0]!;
  const isi = tbs.value as forge.asn1.Asn1[];
  const i = isi[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0; // [0] version
  return { seri: isi[i]!, penerbit: isi[i + 2]! };
}

/** SET OF dalam DER: anggota diurutkan menurut penyandiannya (X.690 §11.6). */
function urutkanDer(isi: forge.asn1.Asn1[]): forge.asn1.Asn1[] {
  return isi
    .map((a) => ({ a, der: keDer(a) }))
    .sort((x, y) => Buffer.compare(x.der, y.der))
    .map((x) => x.a);
}

/** CMS SignedData terlepas atas `konten` (rentang byte PDF). */
export function buatCmsCades(konten: Buffer, bahan: BahanSegel): Buffer {
  const [sertPenanda] = bahan.sertifikat;
  if (!sertPenanda) throw new GagalTandaTangan("KONFIGURASI", "Sertifikat penanda tangan tidak ditemukan.");
  const { penerbit, seri } = penerbitDanSeri(sertPenanda);
  const ringkasan = createHash("sha256").update(konten).digest();
  const ringkasanSert = createHash("sha256").update(sertPenanda).digest();

  const atribut = urutkanDer([
    seq([oid(OID.contentType), set([oid(OID.data)])]),
    seq([oid(OID.messageDigest), set([oktet(ringkasan)])]),
    seq([
      oid(OID.signingCertificateV2),
      set([
        // SigningCertificateV2 { certs SEQUENCE OF ESSCertIDv2 }; hashAlgorithm bawaan sha256 dihilangkan (DER).
        seq([
          seq([
            seq([
              oktet(ringkasanSert),
              // IssuerSerial { issuer GeneralNames (directoryName [4]), serialNumber }
              seq([seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 4, true, [penerbit])]), seri]),
            ]),
          ]),
        ]),
      ]),
    ]),
  ]);
  // Yang ditandatangani: penyandian DER SET OF atribut (RFC 5652 §5.4).
  const tandaTangan = tandatanganiKripto("sha256", keDer(set(atribut)), bahan.kunci);

  const infoPenanda = seq([
    bilangan(1),
    seq([penerbit, seri]),
    algoritma(OID.sha256),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, atribut),
    algoritma(OID.sha256WithRSA),
    oktet(tandaTangan),
  ]);
  const dataBertanda = seq([
    bilangan(1),
    set([algoritma(OID.sha256)]),
    seq([oid(OID.data)]),
    asn1.create(
      asn1.Class.CONTEXT_SPECIFIC,
      0,
      true,
      bahan.sertifikat.map((d) => dariDer(d)),
    ),
    set([infoPenanda]),
  ]);
  return keDer(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [dataBertanda])]));
}

/** Signer @signpdf yang menghasilkan CMS CAdES di atas. */
export class SignerCades extends Signer {
  constructor(private readonly bahan: BahanSegel) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return buatCmsCades(pdfBuffer, this.bahan);
  }
}

/**
 * Membaca PKCS#12: kunci privat RSA dan sertifikat yang cocok (lalu sertifikat lain sebagai rantai).
 * Sandi salah atau berkas rusak → GagalTandaTangan KONFIGURASI.
 */
export function bacaP12(isi: Buffer, sandi: string, asal: string): BahanSegel {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(dariDer(isi), false, sandi);
  } catch (e) {
    const teks = e instanceof Error ? e.message : String(e);
    const sandiSalah = /MAC could not be verified|Invalid password|decrypt/i.test(teks);
    throw new GagalTandaTangan(
      "KONFIGURASI",
      sandiSalah
        ? `Sandi sertifikat segel tidak cocok dengan berkas ${asal}. Periksa SKP_SEGEL_P12_SANDI.`
        : `Berkas sertifikat segel ${asal} tidak dapat dibaca sebagai PKCS#12 (.p12/.pfx).`,
      teks,
      { cause: e },
    );
  }
  const kantongKunci = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const kunciForge = kantongKunci.find((k) => k.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  const sertForge = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => Boolean(c));
  if (!kunciForge) throw new GagalTandaTangan("KONFIGURASI", `Berkas sertifikat segel ${asal} tidak berisi kunci privat.`);
  const cocok = (c: forge.pki.Certificate) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return Boolean(pub.n) && pub.n.compareTo(kunciForge.n) === 0 && pub.e.compareTo(kunciForge.e) === 0;
  };
  const penanda = sertForge.find(cocok);
  if (!penanda) {
    throw new GagalTandaTangan("KONFIGURASI", `Berkas sertifikat segel ${asal} tidak berisi sertifikat yang cocok dengan kuncinya.`);
  }
  const derSert = (c: forge.pki.Certificate) => keDer(forge.pki.certificateToAsn1(c));
  return {
    kunci: createPrivateKey(forge.pki.privateKeyToPem(kunciForge)),
    sertifikat: [derSert(penanda), ...sertForge.filter((c) => c !== penanda).map(derSert)],
  };
}

const satuBaris = (dn: string) => dn.split("\n").filter(Boolean).join(", ");

export function infoSertifikat(der: Buffer, pengembangan: boolean): InfoSertifikat {
  const x = new X509Certificate(der);
  return { subjek: satuBaris(x.subject), penerbit: satuBaris(x.issuer), berlakuSampai: new Date(x.validTo), pengembangan };
}
