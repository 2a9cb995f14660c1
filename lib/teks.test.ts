import { describe, expect, it } from "vitest";
import { bersihkanTeks } from "@/lib/teks";

describe("bersihkanTeks", () => {
  it("membuang NUL, karakter kendali dan penimpa arah teks", () => {
    expect(bersihkanTeks("Rapat\u0000 koordinasi")).toBe("Rapat koordinasi");
    expect(bersihkanTeks("laporan\u202egnp.exe")).toBe("laporangnp.exe");
    expect(bersihkanTeks("a\u0007b\u001bc\u007fd\u0085e")).toBe("abcde");
    expect(bersihkanTeks("\u2066isi\u2069")).toBe("isi");
  });
  it("sebaris: baris baru dan tab menjadi spasi; multibaris: baris baru dan tab dipertahankan, CRLF jadi LF", () => {
    expect(bersihkanTeks("satu\r\ndua\tTiga")).toBe("satu dua Tiga");
    expect(bersihkanTeks("satu\r\ndua\rtiga\n\tempat", { multiBaris: true })).toBe("satu\ndua\ntiga\n\tempat");
  });
  it("teks Indonesia, emoji dan aksara lain tetap utuh", () => {
    const t = "Pelayanan publik prima ✅ — Rp 1.250.000,00 · naïve café 日本 👩‍💻";
    expect(bersihkanTeks(t)).toBe(t);
    expect(bersihkanTeks(t, { multiBaris: true })).toBe(t);
  });
});
