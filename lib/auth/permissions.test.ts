import { describe, expect, it } from "vitest";
import { can, daftarPeran, navigasi, type Aktor } from "./permissions";

const asn: Aktor = {
  penggunaId: "u1", pegawaiId: "p1", instansiId: "i1", nip: "x", nama: { nama: "A" },
  adminInstansiIds: [], isSuperadmin: false,
};
const admin: Aktor = { ...asn, adminInstansiIds: ["i1"] };
const superadmin: Aktor = { ...asn, isSuperadmin: true };

describe("can", () => {
  it("menolak bila belum masuk", () => {
    expect(can(null, { aksi: "buka-admin" })).toBe(false);
    expect(can(null, { aksi: "lihat-struktur", instansiId: "i1" })).toBe(false);
  });
  it("ASN biasa tidak membuka admin", () => {
    expect(can(asn, { aksi: "buka-admin" })).toBe(false);
    expect(can(asn, { aksi: "lihat-struktur", instansiId: "i1" })).toBe(false);
  });
  it("admin instansi hanya untuk instansinya", () => {
    expect(can(admin, { aksi: "buka-admin" })).toBe(true);
    expect(can(admin, { aksi: "lihat-struktur", instansiId: "i1" })).toBe(true);
    expect(can(admin, { aksi: "lihat-struktur", instansiId: "i2" })).toBe(false);
  });
  it("kelola periode: admin instansi itu dan superadmin saja", () => {
    expect(can(asn, { aksi: "kelola-periode", instansiId: "i1" })).toBe(false);
    expect(can(admin, { aksi: "kelola-periode", instansiId: "i1" })).toBe(true);
    expect(can(admin, { aksi: "kelola-periode", instansiId: "i2" })).toBe(false);
    expect(can(superadmin, { aksi: "kelola-periode", instansiId: "i2" })).toBe(true);
  });
  it("kelola akun: admin instansi itu dan superadmin saja", () => {
    expect(can(asn, { aksi: "kelola-akun", instansiId: "i1" })).toBe(false);
    expect(can(admin, { aksi: "kelola-akun", instansiId: "i1" })).toBe(true);
    expect(can(admin, { aksi: "kelola-akun", instansiId: "i2" })).toBe(false);
    expect(can(superadmin, { aksi: "kelola-akun", instansiId: "i2" })).toBe(true);
    expect(can(asn, { aksi: "kelola-organisasi", instansiId: "i1" })).toBe(false);
    expect(can(admin, { aksi: "kelola-organisasi", instansiId: "i1" })).toBe(true);
    expect(can(admin, { aksi: "kelola-organisasi", instansiId: "i2" })).toBe(false);
    expect(can(superadmin, { aksi: "kelola-organisasi", instansiId: "i2" })).toBe(true);
    expect(can(asn, { aksi: "impor-organisasi", instansiId: "i1" })).toBe(false);
    expect(can(admin, { aksi: "impor-organisasi", instansiId: "i1" })).toBe(true);
    expect(can(admin, { aksi: "impor-organisasi", instansiId: "i2" })).toBe(false);
    expect(can(superadmin, { aksi: "impor-organisasi", instansiId: "i2" })).toBe(true);
    expect(can(asn, { aksi: "kelola-instansi" })).toBe(false);
    expect(can(admin, { aksi: "kelola-instansi" })).toBe(false);
    expect(can(superadmin, { aksi: "kelola-instansi" })).toBe(true);
    expect(can(null, { aksi: "kelola-instansi" })).toBe(false);
  });
  it("superadmin untuk semua instansi", () => {
    expect(can(superadmin, { aksi: "lihat-struktur", instansiId: "i2" })).toBe(true);
  });
  it("aksi tak dikenal ditolak", () => {
    expect(can(superadmin, { aksi: "hapus-semua" } as never)).toBe(false);
  });
});

describe("navigasi", () => {
  it("ASN: Beranda dan SKP Saya", () => {
    expect(navigasi(daftarPeran(asn, false)).map((n) => n.label)).toEqual(["Beranda", "SKP Saya", "Progres Harian", "Dokumen"]);
  });
  it("atasan: ditambah Penilaian Bawahan", () => {
    expect(navigasi(daftarPeran(asn, true)).map((n) => n.label)).toEqual(["Beranda", "SKP Saya", "Progres Harian", "Penilaian Bawahan", "Dokumen"]);
  });
  it("admin: ditambah Admin", () => {
    expect(navigasi(daftarPeran(admin, false)).map((n) => n.label)).toEqual(["Beranda", "SKP Saya", "Progres Harian", "Dokumen", "Admin"]);
    expect(navigasi(daftarPeran(superadmin, true)).map((n) => n.label)).toEqual([
      "Beranda", "SKP Saya", "Progres Harian", "Penilaian Bawahan", "Dokumen", "Admin",
    ]);
  });
});

describe("bolehAturUlangSandi", () => {
  it("admin instansi hanya untuk pegawai biasa; superadmin untuk semua", async () => {
    const { bolehAturUlangSandi } = await import("@/lib/auth/permissions");
    expect(bolehAturUlangSandi({ isSuperadmin: false }, [])).toBe(true);
    expect(bolehAturUlangSandi({ isSuperadmin: false }, ["ADMIN_INSTANSI"])).toBe(false);
    expect(bolehAturUlangSandi({ isSuperadmin: false }, ["SUPERADMIN"])).toBe(false);
    expect(bolehAturUlangSandi({ isSuperadmin: true }, ["ADMIN_INSTANSI"])).toBe(true);
    expect(bolehAturUlangSandi({ isSuperadmin: true }, ["SUPERADMIN"])).toBe(true);
  });
});
