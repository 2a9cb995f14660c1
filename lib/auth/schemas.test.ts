import { describe, expect, it } from "vitest";
import { ZLogin, ZUbahSandi } from "@/lib/auth/schemas";

const pesan = (r: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("ZUbahSandi", () => {
  it("minimal 10 karakter, ulangan sama, berbeda dari yang lama", () => {
    expect(pesan(ZUbahSandi.safeParse({ sandiLama: "", sandiBaru: "pendek", ulangi: "lain" }))).toEqual({
      sandiLama: "Kata sandi saat ini wajib diisi.",
      sandiBaru: "Kata sandi baru minimal 10 karakter.",
      ulangi: "Konfirmasi kata sandi tidak cocok.",
    });
    expect(pesan(ZUbahSandi.safeParse({ sandiLama: "a", sandiBaru: "cukupPanjang1", ulangi: "cukupPanjang2" }))).toEqual({ ulangi: "Konfirmasi kata sandi tidak cocok." });
    expect(pesan(ZUbahSandi.safeParse({ sandiLama: "cukupPanjang1", sandiBaru: "cukupPanjang1", ulangi: "cukupPanjang1" }))).toEqual({
      sandiBaru: "Kata sandi baru harus berbeda dari yang sekarang.",
    });
    expect(ZUbahSandi.safeParse({ sandiLama: "a", sandiBaru: "cukupPanjang1", ulangi: "cukupPanjang1" }).success).toBe(true);
  });
});

describe("ZLogin", () => {
  it("NIP dengan spasi dinormalisasi; format salah dan sandi kosong diberi pesan", () => {
    expect(ZLogin.parse({ nip: "19930404 201903 1 014", password: "x" }).nip).toBe("199304042019031014");
    expect(pesan(ZLogin.safeParse({ nip: "123", password: "" }))).toEqual({ nip: "NIP harus 18 digit (tertulis 3 digit).", password: "Kata sandi wajib diisi." });
  });
});
