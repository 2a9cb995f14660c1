// Sesi yang dapat dicabut (ASVS V3): keluar, ganti sandi, atur ulang oleh admin, keluar dari semua perangkat,
// kedaluwarsa. Admin instansi tidak dapat mengatur ulang sandi admin lain atau superadmin.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { muatAktorSesi } from "@/lib/auth/aktor";
import { aturUlangSandi, keluarSemuaPerangkat, ubahSandi } from "@/lib/auth/akun";
import { buatSesi, cabutSesi, UMUR_SESI_DETIK } from "@/lib/auth/sesi";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["lina", "novi", "rizki", "hendri", "joko"]) A[k] = await aktorDemo(demo, k);
});

describe("sesi masuk", () => {
  it("berlaku sampai dicabut atau kedaluwarsa; sesi orang lain tidak dapat dicabut", async () => {
    const sid = await buatSesi(A.lina!.penggunaId, "127.0.0.1");
    expect(await muatAktorSesi(A.lina!.penggunaId, sid)).toMatchObject({ pegawaiId: A.lina!.pegawaiId, sesiId: sid });
    // Id sesi milik orang lain tidak memuat aktor lain.
    expect(await muatAktorSesi(A.novi!.penggunaId, sid)).toBeNull();
    expect(await cabutSesi(A.novi!.penggunaId, sid, "KELUAR")).toBe(0);
    expect(await muatAktorSesi(A.lina!.penggunaId, sid)).not.toBeNull();
    expect(await cabutSesi(A.lina!.penggunaId, sid, "KELUAR")).toBe(1);
    expect(await muatAktorSesi(A.lina!.penggunaId, sid)).toBeNull();
    const lama = await buatSesi(A.lina!.penggunaId, "127.0.0.1", new Date(Date.now() - (UMUR_SESI_DETIK + 60) * 1000));
    expect(await muatAktorSesi(A.lina!.penggunaId, lama)).toBeNull();
    expect(await muatAktorSesi(A.lina!.penggunaId, "bukan-uuid")).toBeNull();
  });

  it("ganti sandi mencabut sesi di perangkat lain, sesi yang dipakai tetap", async () => {
    const dipakai = await buatSesi(A.lina!.penggunaId, "10.0.0.1");
    const lain = await buatSesi(A.lina!.penggunaId, "10.0.0.2");
    const r = await ubahSandi({ ...A.lina!, sesiId: dipakai }, { sandiLama: DEMO_PASSWORD, sandiBaru: "SandiLinaBaru#2026", ulangi: "SandiLinaBaru#2026" });
    expect(r.ok).toBe(true);
    expect(await muatAktorSesi(A.lina!.penggunaId, dipakai)).not.toBeNull();
    expect(await muatAktorSesi(A.lina!.penggunaId, lain)).toBeNull();
    const audit = await demo.prisma.jejakAudit.findFirst({ where: { aksi: "SANDI_DIUBAH", entitasId: A.lina!.penggunaId }, select: { data: true } });
    expect(audit?.data).toMatchObject({ sesiLainDicabut: 1 });
  });

  it("keluar dari semua perangkat mencabut semua sesi, termasuk yang dipakai", async () => {
    const a = await buatSesi(A.joko!.penggunaId, "10.0.0.1");
    const b = await buatSesi(A.joko!.penggunaId, "10.0.0.2");
    expect(await keluarSemuaPerangkat(A.joko!)).toMatchObject({ ok: true, data: { dicabut: 2 } });
    expect(await muatAktorSesi(A.joko!.penggunaId, a)).toBeNull();
    expect(await muatAktorSesi(A.joko!.penggunaId, b)).toBeNull();
  });

  it("atur ulang oleh admin mengakhiri semua sesi pegawai itu dan tercatat", async () => {
    const s = await buatSesi(A.novi!.penggunaId, "10.0.0.3");
    const r = await aturUlangSandi(A.rizki!, { nip: demo.nip("novi") });
    expect(r.ok).toBe(true);
    expect(await muatAktorSesi(A.novi!.penggunaId, s)).toBeNull();
    const p = await demo.prisma.pengguna.findUniqueOrThrow({ where: { id: A.novi!.penggunaId }, select: { harusGantiSandi: true } });
    expect(p.harusGantiSandi).toBe(true);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "SANDI_DIATUR_ULANG", entitasId: A.novi!.penggunaId, penggunaId: A.rizki!.penggunaId } })).toBe(1);
  });

  it("admin instansi tidak dapat mengatur ulang sandi admin lain atau superadmin; superadmin dapat", async () => {
    // Hendri dijadikan admin instansi kedua, Joko superadmin (hanya di basis data uji ini).
    await demo.prisma.peranPengguna.create({ data: { penggunaId: A.hendri!.penggunaId, peran: "ADMIN_INSTANSI", instansiId: demo.instansiId } });
    await demo.prisma.peranPengguna.create({ data: { penggunaId: A.joko!.penggunaId, peran: "SUPERADMIN" } });
    const sebelum = await demo.prisma.pengguna.findUniqueOrThrow({ where: { id: A.hendri!.penggunaId }, select: { passwordHash: true } });
    const r = await aturUlangSandi(A.rizki!, { nip: demo.nip("hendri") });
    expect(r).toMatchObject({ ok: false, pesan: expect.stringContaining("hanya dapat diatur ulang oleh superadmin") });
    expect((await aturUlangSandi(A.rizki!, { nip: demo.nip("joko") })).ok).toBe(false);
    const sesudah = await demo.prisma.pengguna.findUniqueOrThrow({ where: { id: A.hendri!.penggunaId }, select: { passwordHash: true, harusGantiSandi: true } });
    expect(sesudah).toEqual({ passwordHash: sebelum.passwordHash, harusGantiSandi: false });
    const superadmin = await aktorDemo(demo, "joko");
    expect((await aturUlangSandi(superadmin, { nip: demo.nip("hendri") })).ok).toBe(true);
  });
});
