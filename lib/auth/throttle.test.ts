import { describe, expect, it } from "vitest";
import { ATURAN_THROTTLE_BAWAAN, ATURAN_UBAH_SANDI, jendelaMulai, putuskanThrottle } from "./throttle";
import { hashPassword, verifyPassword } from "./password";

const now = new Date("2026-11-23T08:00:00Z");
const menitLalu = (m: number) => new Date(now.getTime() - m * 60_000);

describe("putuskanThrottle", () => {
  it("membolehkan di bawah batas", () => {
    expect(putuskanThrottle({ nip: 4, alamat: 29, tertuaNip: menitLalu(3), tertuaAlamat: menitLalu(3) }, now)).toEqual({
      boleh: true,
    });
  });
  it("memblokir per NIP pada kegagalan ke-5 dan memberi tahu sisa menit", () => {
    expect(putuskanThrottle({ nip: 5, alamat: 5, tertuaNip: menitLalu(4), tertuaAlamat: menitLalu(4) }, now)).toEqual({
      boleh: false,
      alasan: "NIP",
      cobaLagiMenit: 11,
    });
  });
  it("memblokir per alamat walau NIP berganti-ganti", () => {
    expect(putuskanThrottle({ nip: 0, alamat: 30, tertuaNip: null, tertuaAlamat: menitLalu(14.5) }, now)).toEqual({
      boleh: false,
      alasan: "ALAMAT",
      cobaLagiMenit: 1,
    });
  });
  it("ubah sandi: 5 salah per 15 menit per pengguna, tanpa batas per alamat", () => {
    expect(ATURAN_UBAH_SANDI).toMatchObject({ jendelaMenit: 15, maksPerNip: 5 });
    const h = (nip: number) => ({ nip, alamat: 10_000, tertuaNip: menitLalu(10), tertuaAlamat: menitLalu(10) });
    expect(putuskanThrottle(h(4), now, ATURAN_UBAH_SANDI)).toEqual({ boleh: true });
    expect(putuskanThrottle(h(5), now, ATURAN_UBAH_SANDI)).toEqual({ boleh: false, alasan: "NIP", cobaLagiMenit: 5 });
  });
  it("jendela dimulai 15 menit sebelumnya", () => {
    expect(jendelaMulai(now).toISOString()).toBe(menitLalu(ATURAN_THROTTLE_BAWAAN.jendelaMenit).toISOString());
  });
});

describe("password", () => {
  it("memverifikasi sandi yang benar dan menolak yang salah", async () => {
    const h = await hashPassword("Rahasia#2026");
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword("Rahasia#2026", h)).toBe(true);
    expect(await verifyPassword("rahasia#2026", h)).toBe(false);
  });
  it("garam acak: dua hash berbeda untuk sandi sama", async () => {
    expect(await hashPassword("x")).not.toBe(await hashPassword("x"));
  });
  it("menolak hash rusak tanpa melempar", async () => {
    expect(await verifyPassword("x", "bukan-hash")).toBe(false);
    expect(await verifyPassword("x", "scrypt$999999999$8$1$a$b")).toBe(false);
  });
});
