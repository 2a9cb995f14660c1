import { describe, expect, it } from "vitest";
import { kodeKursorNama, kodeKursorNotifikasi, kodeKursorWaktu, uraiKursorNama, uraiKursorNotifikasi, uraiKursorWaktu } from "./kursor";

const ID = "0b6f1d8e-7c44-4c1e-9f3b-2a1d5e6f7a8b";

describe("kursor keyset", () => {
  it("nama: kode ⇄ urai, termasuk nama beraksen dan berspasi", () => {
    for (const nama of ["Hendri Gunawan", "Ñoño 'O\"Brien", "", "Dr. Ir. Hendra Wijaya, M.Si."]) {
      const s = kodeKursorNama({ nama, id: ID });
      expect(s).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(uraiKursorNama(s)).toEqual({ nama, id: ID });
    }
  });

  it("waktu: kode ⇄ urai, id BIGINT besar", () => {
    const waktu = new Date("2026-03-04T05:06:07.089Z");
    for (const id of [1n, 42n, 9_223_372_036_854_775_807n]) expect(uraiKursorWaktu(kodeKursorWaktu({ waktu, id }))).toEqual({ waktu, id });
  });

  it("kursor rusak, jenis lain atau dipalsukan → null", () => {
    const palsu = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const s of [undefined, null, "", "!!!", "a".repeat(700), palsu({}), palsu(["n", "x"]), palsu(["n", "x", "bukan-uuid"]), palsu(["n", 3, ID]), palsu(["n", "x".repeat(201), ID])]) {
      expect(uraiKursorNama(s as string)).toBeNull();
    }
    for (const s of [palsu(["w", 1, "0"]), palsu(["w", -1, "5"]), palsu(["w", 1.5, "5"]), palsu(["w", 1, "9223372036854775808"]), palsu(["w", 1, "1e3"]), palsu(["n", "x", ID]), "%%"]) {
      expect(uraiKursorWaktu(s)).toBeNull();
    }
    // Jenis kursor tidak tertukar.
    expect(uraiKursorNama(kodeKursorWaktu({ waktu: new Date(0), id: 1n }))).toBeNull();
  });

  it("notifikasi: kode ⇄ urai; rusak atau jenis lain → null", () => {
    const waktu = new Date("2026-03-04T05:06:07.089Z");
    expect(uraiKursorNotifikasi(kodeKursorNotifikasi({ waktu, id: ID }))).toEqual({ waktu, id: ID });
    const palsu = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const s of [palsu(["t", 1, "bukan"]), palsu(["t", -1, ID]), palsu(["t", 1.5, ID]), kodeKursorWaktu({ waktu, id: 1n }), "!!"]) expect(uraiKursorNotifikasi(s)).toBeNull();
  });
});

describe("kursor API v1", () => {
  it("kode ⇄ urai per jenis dan jumlah id; selain itu null", async () => {
    const { kodeKursorId, uraiKursorId } = await import("./kursor");
    const ID2 = "1c6f1d8e-7c44-4c1e-9f3b-2a1d5e6f7a8b";
    expect(uraiKursorId(kodeKursorId("p", [ID]), "p", 1)).toEqual([ID]);
    expect(uraiKursorId(kodeKursorId("k", [ID, ID2]), "k", 2)).toEqual([ID, ID2]);
    expect(uraiKursorId(kodeKursorId("p", [ID]), "s", 1)).toBeNull();
    expect(uraiKursorId(kodeKursorId("k", [ID, ID2]), "k", 1)).toBeNull();
    expect(uraiKursorId(kodeKursorId("p", ["x"]), "p", 1)).toBeNull();
    expect(uraiKursorId("rusak!", "p", 1)).toBeNull();
    expect(uraiKursorId(undefined, "p", 1)).toBeNull();
  });
});
