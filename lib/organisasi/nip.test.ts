import { describe, expect, it } from "vitest";
import { formatNip, normalisasiNip, uraiNip } from "./nip";

const hariIni = new Date("2026-11-23T00:00:00Z");
const urai = (n: string, j?: "PNS" | "PPPK") => uraiNip(n, j, { hariIni });

describe("uraiNip", () => {
  it("mengurai NIP PNS: tanggal lahir, TMT CPNS, jenis kelamin, nomor urut", () => {
    const r = urai("198503122010011004");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.nip.jenis).toBe("PNS");
    expect(r.nip.tanggalLahir.toISOString().slice(0, 10)).toBe("1985-03-12");
    expect(r.nip.tmt.toISOString().slice(0, 10)).toBe("2010-01-01");
    expect(r.nip.jenisKelamin).toBe("L");
    expect(r.nip.nomorUrut).toBe(4);
  });
  it("mengenali wanita dari digit ke-15", () => {
    const r = urai("199007242015032001");
    expect(r.ok && r.nip.jenisKelamin).toBe("P");
  });
  it("mengurai NI PPPK (kode 21 pada digit 13–14)", () => {
    const r = urai("199203252022212006");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.nip.jenis).toBe("PPPK");
    expect(r.nip.tmt.toISOString().slice(0, 10)).toBe("2022-01-01");
    expect(r.nip.jenisKelamin).toBe("P");
  });
  it("menerima spasi, titik dan tanda hubung", () => {
    expect(urai("19850312 201001 1 004").ok).toBe(true);
    expect(normalisasiNip("19850312.201001-1 004")).toBe("198503122010011004");
  });
  it.each([
    ["", "NIP wajib diisi."],
    ["19850312201001100", "NIP harus 18 digit (tertulis 17 digit)."],
    ["1985031220100110045", "NIP harus 18 digit (tertulis 19 digit)."],
    ["19850312201001100A", "NIP hanya berisi angka."],
    ["198502302010011004", "Digit 1–8 NIP bukan tanggal lahir yang sah (TTTTBBHH)."],
    ["189903122010011004", "Digit 1–8 NIP bukan tanggal lahir yang sah (TTTTBBHH)."],
    ["198503122010131004", "Digit 9–14 NIP bukan TMT CPNS yang sah (TTTTBB)."],
    ["198503122010013004", "Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita)."],
    ["198503122010011000", "Nomor urut NIP (digit 16–18) tidak boleh 000."],
    ["202712012010011004", "Tanggal lahir pada NIP berada di masa depan."],
    ["198503122027011004", "TMT pada NIP berada di masa depan."],
    ["200503122010011004", "Usia pada TMT di NIP kurang dari 18 tahun; periksa kembali NIP."],
  ])("menolak %j: %s", (nip, pesan) => {
    expect(urai(nip)).toEqual({ ok: false, pesan });
  });
  it("menolak NI PPPK tanpa kode 21 bila jenis PPPK diminta", () => {
    expect(urai("198503122010011004", "PPPK")).toEqual({ ok: false, pesan: "Digit 13–14 NI PPPK harus 21." });
  });
  it("NIP PNS dengan digit 13–14 = 21 tidak sah sebagai PNS (bulan 21)", () => {
    expect(urai("199203252022212006", "PNS").ok).toBe(false);
  });
  it("29 Februari hanya sah pada tahun kabisat", () => {
    expect(urai("198802292010011004").ok).toBe(true);
    expect(urai("198702292010011004").ok).toBe(false);
  });
});

describe("formatNip", () => {
  it("mengelompokkan 8-6-1-3", () => {
    expect(formatNip("198503122010011004")).toBe("19850312 201001 1 004");
  });
  it("membiarkan masukan yang bukan NIP", () => {
    expect(formatNip("123")).toBe("123");
  });
});
