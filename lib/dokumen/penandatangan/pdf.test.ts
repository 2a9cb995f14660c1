import { describe, expect, it } from "vitest";
import { bacaTandaTangan } from "./pdf";

const pdf = (isi: string) => Buffer.from(`%PDF-1.7\n${isi}\n%%EOF\n`, "latin1");

describe("bacaTandaTangan", () => {
  it("string literal dengan lolos (\\( \\) oktal) dan heksadesimal UTF-16BE; /SigFlags dan widget bukan tanda tangan", () => {
    const b = pdf(
      [
        "1 0 obj\n<< /Type /AcroForm /SigFlags 3 /Fields [2 0 R] >>\nendobj",
        "2 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /V 3 0 R >>\nendobj",
        "3 0 obj\n<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached/ByteRange[0 1 2 3]/Name(Budi \\(Kepala\\) Jos\\351)>>\nendobj",
        "4 0 obj\n<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 1 2 3] /Name <FEFF00530069007400690020004E0075007200200D1> >>\nendobj",
      ].join("\n"),
    );
    expect(bacaTandaTangan(b)).toEqual({
      jumlah: 2,
      subFilter: ["adbe.pkcs7.detached", "ETSI.CAdES.detached"],
      nama: ["Budi (Kepala) José", "Siti Nur \u0D10"],
    });
  });

  it("objek yang ditulis ulang pada pembaruan inkremental dihitung sekali (versi terakhir)", () => {
    const b = pdf(
      "5 0 obj\n<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 1 2 3] /Name (Lama) >>\nendobj\n" +
        "5 0 obj\n<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 1 2 3] /Name (Baru) >>\nendobj",
    );
    expect(bacaTandaTangan(b)).toEqual({ jumlah: 1, subFilter: ["ETSI.CAdES.detached"], nama: ["Baru"] });
    expect(bacaTandaTangan(pdf("")).jumlah).toBe(0);
  });
});
