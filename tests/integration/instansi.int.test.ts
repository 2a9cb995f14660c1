// Superadmin dan multi-instansi: `npm run admin:super` (lib/akun/superadmin.ts), instansi baru beserta admin
// pertamanya (sandi awal sekali tampil, wajib diganti), data demo tambahan (instansi kedua, pegawai tanpa akun),
// dan kolom instansi_id jejak audit yang diisi trigger basis data.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { muatAktor } from "@/lib/auth/aktor";
import { periksaLogin } from "@/lib/auth/login";
import { jadikanSuperadmin, pesanSuperadmin } from "@/lib/akun/superadmin";
import { buatInstansi, getDaftarInstansi } from "@/lib/instansi/layanan";
import { ZInstansiBaru } from "@/lib/instansi/schemas";
import { getInstansiDikelola } from "@/lib/organisasi/struktur";
import { seedDemoTambahan, DEMO_INSTANSI_KEDUA, DEMO_TANPA_AKUN, DEMO_ADMIN_KEDUA, DEMO_PEGAWAI_KEDUA } from "@/prisma/demo-tambahan";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["rizki", "hendri", "dedi"]) A[k] = await aktorDemo(demo, k);
});

const isian = (ubah: Record<string, string> = {}) =>
  ZInstansiBaru.parse({ kode: "tsb", nama: "Pemerintah Kabupaten Tanah Subur", jenis: "PEMERINTAH_KABUPATEN", jabatanPimpinan: "Bupati Tanah Subur", adminNip: "1990 0303 2015 03 1 002", adminNama: "Wulan Sari", adminGelarBelakang: "S.Sos.", adminGolongan: "III/c", ...ubah });

describe("npm run admin:super", () => {
  it("NIP tidak sah, tidak ada, belum punya akun, diberikan, sudah", async () => {
    expect(await jadikanSuperadmin(demo.prisma, "123")).toMatchObject({ kode: "NIP_TIDAK_SAH" });
    const tidakAda = await jadikanSuperadmin(demo.prisma, "199901012023011099");
    expect(tidakAda.kode).toBe("TIDAK_ADA");
    expect(pesanSuperadmin(tidakAda)).toMatch(/Tidak ada pegawai dengan NIP 199901012023011099/);
    await demo.prisma.pegawai.create({ data: { instansiId: demo.instansiId, nip: "199901012023011098", status: "PNS", nama: "Tanpa Akun", tanggalLahir: new Date("1999-01-01"), jenisKelamin: "L", golongan: "III/a" } });
    const tanpa = await jadikanSuperadmin(demo.prisma, "199901012023011098");
    expect(tanpa.kode).toBe("TANPA_AKUN");
    expect(pesanSuperadmin(tanpa)).toMatch(/belum punya akun/);
    const r = await jadikanSuperadmin(demo.prisma, A.dedi!.nip.replace(/(\d{8})(\d{6})/, "$1 $2 "));
    expect(r.kode).toBe("DIBERIKAN");
    expect((await muatAktor(A.dedi!.penggunaId))?.isSuperadmin).toBe(true);
    expect((await jadikanSuperadmin(demo.prisma, A.dedi!.nip)).kode).toBe("SUDAH");
    A.dedi = (await muatAktor(A.dedi!.penggunaId))!;
  });
});

describe("instansi baru", () => {
  it("hanya superadmin; admin pertama: pegawai baru, akun bersandi awal yang wajib diganti, admin instansi itu saja", async () => {
    expect(await buatInstansi(A.rizki!, isian())).toMatchObject({ ok: false });
    expect(await buatInstansi(A.hendri!, isian())).toMatchObject({ ok: false });
    expect(await demo.prisma.instansi.count({ where: { kode: "TSB" } })).toBe(0);
    const r = await buatInstansi(A.dedi!, isian());
    expect(r.ok, !r.ok ? r.pesan : "").toBe(true);
    if (!r.ok) return;
    const ins = await demo.prisma.instansi.findUniqueOrThrow({ where: { kode: "TSB" }, select: { id: true, jenis: true, jabatanPimpinan: true } });
    expect(ins).toMatchObject({ id: r.data.instansiId, jenis: "PEMERINTAH_KABUPATEN", jabatanPimpinan: "Bupati Tanah Subur" });
    const masuk = await periksaLogin("199003032015031002", r.data.admin.sandi, "10.1.1.1");
    expect(masuk).toMatchObject({ ok: true, harusGantiSandi: true });
    const admin = await muatAktor(masuk.ok ? masuk.penggunaId : "");
    expect(admin).toMatchObject({ instansiId: ins.id, adminInstansiIds: [ins.id], isSuperadmin: false });
    expect((await getInstansiDikelola(admin!)).map((i) => i.id)).toEqual([ins.id]);
    const p = await demo.prisma.pegawai.findUniqueOrThrow({ where: { nip: "199003032015031002" }, select: { tanggalLahir: true, jenisKelamin: true, status: true, gelarBelakang: true } });
    expect(p).toMatchObject({ jenisKelamin: "L", status: "PNS", gelarBelakang: "S.Sos." });
    const audit = await demo.prisma.jejakAudit.findMany({ where: { instansiId: ins.id }, select: { aksi: true, penggunaId: true }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.aksi)).toEqual(["INSTANSI_DIBUAT", "AKUN_DIBUAT", "PERAN_ADMIN_DIBERIKAN", "MASUK"]);
    expect(JSON.stringify(await demo.prisma.jejakAudit.findMany({ where: { instansiId: ins.id }, select: { data: true } }))).not.toContain(r.data.admin.sandi);
    expect((await getDaftarInstansi()).find((i) => i.id === ins.id)).toMatchObject({ pegawai: 1, admin: 1 });
  });

  it("kode atau NIP yang sudah ada: galat per kolom, tidak menulis", async () => {
    const n = await demo.prisma.instansi.count();
    const r = await buatInstansi(A.dedi!, isian());
    expect(r).toMatchObject({ ok: false, galat: { kode: [expect.stringMatching(/sudah dipakai/)], adminNip: [expect.stringMatching(/sudah terdaftar/)] } });
    expect(await demo.prisma.instansi.count()).toBe(n);
  });

  it("skema: kode, jenis, golongan menurut jenis NIP", () => {
    const g = (u: Record<string, string>) => {
      const r = ZInstansiBaru.safeParse({ ...isian(), adminNip: "199003032015031002", ...u });
      return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(g({})).toBeNull();
    expect(g({ kode: "a" })).toHaveProperty("kode");
    expect(g({ jenis: "DESA" })).toHaveProperty("jenis");
    expect(g({ adminGolongan: "IX" })).toHaveProperty("adminGolongan");
    expect(g({ adminNip: "123" })).toHaveProperty("adminNip");
  });
});

describe("data demo tambahan", () => {
  it("instansi kedua dengan admin sendiri, pegawai tanpa akun, superadmin; idempoten", async () => {
    await seedDemoTambahan(demo.prisma, { tahun: TAHUN, instansiId: demo.instansiId });
    await seedDemoTambahan(demo.prisma, { tahun: TAHUN, instansiId: demo.instansiId });
    const b = await demo.prisma.instansi.findUniqueOrThrow({ where: { kode: DEMO_INSTANSI_KEDUA.kode }, select: { id: true } });
    expect(await demo.prisma.pegawai.count({ where: { instansiId: b.id } })).toBe(DEMO_PEGAWAI_KEDUA.length);
    expect(await demo.prisma.skp.count({ where: { pegawai: { instansiId: b.id } } })).toBe(1);
    expect(await demo.prisma.pengguna.count({ where: { pegawai: { nip: { in: DEMO_TANPA_AKUN.map((p) => p.nip) } } } })).toBe(0);
    const adminB = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawai: { nip: DEMO_PEGAWAI_KEDUA.find((p) => p.key === DEMO_ADMIN_KEDUA)!.nip } }, select: { id: true } });
    expect((await muatAktor(adminB.id))?.adminInstansiIds).toEqual([b.id]);
    expect(await demo.prisma.peranPengguna.count({ where: { peran: "SUPERADMIN", penggunaId: A.dedi!.penggunaId } })).toBe(1);
  });
});

describe("jejak_audit.instansi_id", () => {
  it("trigger mengisi dari instansi pegawai pelaku, atau dari entitas Instansi; yang diberikan tidak ditimpa; tetap hanya-tambah", async () => {
    const a = await demo.prisma.jejakAudit.create({ data: { penggunaId: A.hendri!.penggunaId, aksi: "UJI_TRIGGER", entitas: "Uji", entitasId: "1" }, select: { instansiId: true } });
    expect(a.instansiId).toBe(demo.instansiId);
    const b = await demo.prisma.jejakAudit.create({ data: { penggunaId: null, aksi: "UJI_TRIGGER", entitas: "Instansi", entitasId: demo.instansiId }, select: { instansiId: true } });
    expect(b.instansiId).toBe(demo.instansiId);
    const c = await demo.prisma.jejakAudit.create({ data: { penggunaId: null, aksi: "UJI_TRIGGER", entitas: "Sistem", entitasId: "x" }, select: { instansiId: true } });
    expect(c.instansiId).toBeNull();
    const lain = (await demo.prisma.instansi.findUniqueOrThrow({ where: { kode: "TSB" }, select: { id: true } })).id;
    const d = await demo.prisma.jejakAudit.create({ data: { penggunaId: A.dedi!.penggunaId, aksi: "UJI_TRIGGER", entitas: "Uji", entitasId: "2", instansiId: lain }, select: { id: true, instansiId: true } });
    expect(d.instansiId).toBe(lain);
    await expect(demo.prisma.$executeRawUnsafe(`UPDATE jejak_audit SET instansi_id = NULL WHERE id = ${d.id}`)).rejects.toThrow(/hanya boleh ditambah/);
    // Data demo (seedDemo) sebelum migrasi ini tidak ada; baris demo baru terisi oleh trigger.
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "SEED_DEMO", instansiId: demo.instansiId } })).toBe(1);
  });
});
