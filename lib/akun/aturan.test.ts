import { describe, expect, it } from "vitest";
import { LABEL_STATUS_AKUN, putuskanCabutAdmin, STATUS_AKUN, statusAkun } from "./aturan";

const t = new Date("2026-01-02T03:04:05Z");

describe("statusAkun", () => {
  it("setiap kombinasi tersimpan → satu keadaan, dengan urutan prioritas", () => {
    expect(statusAkun(null)).toBe("BELUM_ADA");
    for (const harusGantiSandi of [true, false]) for (const lastLoginAt of [null, t]) expect(statusAkun({ aktif: false, harusGantiSandi, lastLoginAt })).toBe("NONAKTIF");
    expect(statusAkun({ aktif: true, harusGantiSandi: true, lastLoginAt: null })).toBe("BELUM_AKTIF");
    expect(statusAkun({ aktif: true, harusGantiSandi: false, lastLoginAt: null })).toBe("BELUM_AKTIF");
    expect(statusAkun({ aktif: true, harusGantiSandi: true, lastLoginAt: t })).toBe("HARUS_GANTI_SANDI");
    expect(statusAkun({ aktif: true, harusGantiSandi: false, lastLoginAt: t })).toBe("AKTIF");
  });

  it("setiap keadaan punya label", () => {
    for (const s of STATUS_AKUN) expect(LABEL_STATUS_AKUN[s]).toMatch(/\S/);
  });
});

describe("putuskanCabutAdmin", () => {
  it("boleh bila masih ada admin aktif lain", () => {
    expect(putuskanCabutAdmin({ diriSendiri: true, adminAktifLain: 1 })).toEqual({ boleh: true });
    expect(putuskanCabutAdmin({ diriSendiri: false, adminAktifLain: 3 })).toEqual({ boleh: true });
  });
  it("admin terakhir: ditolak, dengan pesan khusus untuk diri sendiri", () => {
    const diri = putuskanCabutAdmin({ diriSendiri: true, adminAktifLain: 0 });
    expect(diri.boleh).toBe(false);
    expect(!diri.boleh && diri.pesan).toMatch(/Anda adalah admin BKD terakhir/);
    const lain = putuskanCabutAdmin({ diriSendiri: false, adminAktifLain: 0 });
    expect(!lain.boleh && lain.pesan).toMatch(/Pegawai ini admin BKD terakhir/);
  });
});
