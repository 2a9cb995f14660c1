// PDF kecil buatan @react-pdf/renderer untuk uji tanda tangan.
import { Document, Page, renderToBuffer, Text } from "@react-pdf/renderer";
import { createElement as h } from "react";

export async function pdfUji(judul = "Dokumen uji tanda tangan"): Promise<Buffer> {
  return renderToBuffer(h(Document, { title: judul }, h(Page, { size: "A4" }, h(Text, null, judul))));
}
