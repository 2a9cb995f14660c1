// Login NIP + kata sandi terhadap PostgreSQL sungguhan: hasil, pencatatan percobaan, pembatasan per NIP
// dan per alamat, akun nonaktif, jejak audit, dan peran yang selalu dibaca dari basis data.
import { beforeAll, describe, expect, it } from "vitest";
import { periksaLogin } from "@/lib/auth/login";
import { muatAktor } from "@/lib/auth/aktor";
import { can } from "@/lib/auth/permissions";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
beforeAll(async () => {
  demo = await siapkanDemo();
});

describe("periksaLogin", () => {
  it("menerima NIP + kata sandi yang benar, mencatat percobaan dan jejak audit MASUK", async () => {
    const r = await periksaLogin(demo.nip("hendri"), DEMO_PASSWORD, "10.0.0.1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = await demo.prisma.pengguna.findUniqueOrThrow({ where: { id: r.penggunaId }, select: { lastLoginAt: true, pegawaiId: true } });
    expect(p.pegawaiId).toBe(demo.pegawaiId("hendri"));
    expect(p.lastLoginAt).not.toBeNull();
    const audit = await demo.prisma.jejakAudit.findMany({ where: { aksi: "MASUK", penggunaId: r.penggunaId }, select: { data: true } });
    expect(audit).toEqual([{ data: { alamat: "10.0.0.1" } }]);
    expect(await demo.prisma.percobaanMasuk.count({ where: { nip: demo.nip("hendri"), berhasil: true } })).toBe(1);
  });

  it("kata sandi salah dan NIP tak dikenal sama-sama SALAH, dicatat sebagai gagal, tanpa jejak MASUK", async () => {
    expect(await periksaLogin(demo.nip("bambang"), "salah", "10.0.0.2")).toEqual({ ok: false, kode: "SALAH" });
    expect(await periksaLogin("198001012005011001", DEMO_PASSWORD, "10.0.0.2")).toEqual({ ok: false, kode: "SALAH" });
    expect(await demo.prisma.percobaanMasuk.count({ where: { alamat: "10.0.0.2", berhasil: false } })).toBe(2);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "MASUK", data: { path: ["alamat"], equals: "10.0.0.2" } } })).toBe(0);
  });

  it("dibatasi per NIP setelah 5 kegagalan dalam 15 menit, walau kata sandi kemudian benar", async () => {
    const nip = demo.nip("eko");
    for (let i = 0; i < 5; i++) {
      expect(await periksaLogin(nip, `tebak-${i}`, `10.1.0.${i}`)).toEqual({ ok: false, kode: "SALAH" });
    }
    const r = await periksaLogin(nip, DEMO_PASSWORD, "10.1.0.99");
    expect(r).toMatchObject({ ok: false, kode: "DIBATASI" });
    if (!r.ok && r.kode === "DIBATASI") expect(r.cobaLagiMenit).toBeGreaterThanOrEqual(1);
    // Percobaan yang dibatasi tidak memeriksa sandi dan tidak mencatat keberhasilan.
    expect(await demo.prisma.percobaanMasuk.count({ where: { nip, berhasil: true } })).toBe(0);
    // Setelah jendela 15 menit lewat, boleh lagi.
    const nanti = new Date(Date.now() + 16 * 60_000);
    expect((await periksaLogin(nip, DEMO_PASSWORD, "10.1.0.99", nanti)).ok).toBe(true);
  });

  it("percobaan yang ditolak karena dibatasi tidak dihitung: satu permintaan tiap 3 menit tidak mengunci NIP selamanya", async () => {
    const nip = demo.nip("bambang");
    const t0 = new Date(Date.now() + 60 * 60_000);
    const menit = (m: number) => new Date(t0.getTime() + m * 60_000);
    for (let i = 0; i < 5; i++) expect(await periksaLogin(nip, `tebak-${i}`, "10.3.0.1", menit(0))).toEqual({ ok: false, kode: "SALAH" });
    // Penyerang terus mengirim (sandi benar pun) tiap 3 menit: ditolak, tercatat sebagai dibatasi.
    for (const m of [3, 6, 9, 12, 15]) expect(await periksaLogin(nip, DEMO_PASSWORD, "10.3.0.2", menit(m))).toMatchObject({ ok: false, kode: "DIBATASI" });
    expect(await demo.prisma.percobaanMasuk.count({ where: { nip, dibatasi: true } })).toBe(5);
    // Setelah jendela sejak kegagalan sungguhan lewat, sandi yang benar diterima.
    expect((await periksaLogin(nip, DEMO_PASSWORD, "10.3.0.1", menit(16))).ok).toBe(true);
  });

  it("dibatasi per alamat setelah 30 kegagalan dari alamat yang sama, untuk NIP mana pun", async () => {
    const alamat = "203.0.113.7";
    await demo.prisma.percobaanMasuk.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ nip: `19800101200501100${i % 10}`, alamat, berhasil: false })),
    });
    expect(await periksaLogin(demo.nip("rizki"), DEMO_PASSWORD, alamat)).toMatchObject({ ok: false, kode: "DIBATASI" });
    expect((await periksaLogin(demo.nip("rizki"), DEMO_PASSWORD, "198.51.100.1")).ok).toBe(true);
  });

  it("akun nonaktif mendapat NONAKTIF hanya bila sandinya benar, tanpa jejak MASUK", async () => {
    const nip = demo.nip("novi");
    await demo.prisma.pengguna.updateMany({ where: { pegawai: { nip } }, data: { aktif: false } });
    expect(await periksaLogin(nip, "salah", "10.2.0.1")).toEqual({ ok: false, kode: "SALAH" });
    expect(await periksaLogin(nip, DEMO_PASSWORD, "10.2.0.1")).toEqual({ ok: false, kode: "NONAKTIF" });
    expect(await demo.prisma.percobaanMasuk.count({ where: { nip, berhasil: true } })).toBe(0);
    const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawai: { nip } }, select: { id: true, lastLoginAt: true } });
    expect(p.lastLoginAt).toBeNull();
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "MASUK", penggunaId: p.id } })).toBe(0);
  });

  it("tebakan serentak untuk satu NIP tidak lolos dari pembatasan", async () => {
    const nip = demo.nip("agung");
    const tebakan = Array.from({ length: 40 }, (_, i) => (i === 39 ? DEMO_PASSWORD : `tebak-${i}`));
    const hasil = await Promise.all(tebakan.map((pw, i) => periksaLogin(nip, pw, `10.9.${i}.1`)));
    const dibatasi = hasil.filter((h) => !h.ok && h.kode === "DIBATASI").length;
    // Paling banyak beberapa tebakan pertama yang sempat diperiksa; sisanya dibatasi.
    expect(dibatasi).toBeGreaterThanOrEqual(30);
  });
});

describe("muatAktor: peran dari basis data", () => {
  it("ASN biasa tidak punya akses admin; admin BKD hanya untuk instansinya", async () => {
    const asn = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hendri") }, select: { id: true } });
    const admin = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("rizki") }, select: { id: true } });
    const aAsn = await muatAktor(asn.id);
    const aAdmin = await muatAktor(admin.id);
    expect(aAsn).toMatchObject({ pegawaiId: demo.pegawaiId("hendri"), adminInstansiIds: [], isSuperadmin: false });
    expect(can(aAsn, { aksi: "buka-admin" })).toBe(false);
    expect(can(aAsn, { aksi: "lihat-struktur", instansiId: demo.instansiId })).toBe(false);
    expect(aAdmin?.adminInstansiIds).toEqual([demo.instansiId]);
    expect(can(aAdmin, { aksi: "lihat-struktur", instansiId: demo.instansiId })).toBe(true);
    expect(can(aAdmin, { aksi: "lihat-struktur", instansiId: "00000000-0000-0000-0000-000000000000" })).toBe(false);
  });

  it("pencabutan peran atau penonaktifan berlaku seketika (sesi tidak membawa peran)", async () => {
    const admin = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("rizki") }, select: { id: true } });
    await demo.prisma.peranPengguna.deleteMany({ where: { penggunaId: admin.id } });
    expect((await muatAktor(admin.id))?.adminInstansiIds).toEqual([]);
    await demo.prisma.pengguna.update({ where: { id: admin.id }, data: { aktif: false } });
    expect(await muatAktor(admin.id)).toBeNull();
    expect(await muatAktor("bukan-uuid")).toBeNull();
    expect(await muatAktor("00000000-0000-0000-0000-000000000000")).toBeNull();
  });
});

describe("ubah kata sandi", () => {
  it("sandi lama wajib benar; NIP tidak boleh dipakai; setelah diubah hanya sandi baru yang diterima", async () => {
    const { ubahSandi } = await import("@/lib/auth/akun");
    const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("lestari") }, select: { id: true } });
    const aktor = (await muatAktor(p.id))!;
    expect((await ubahSandi(aktor, { sandiLama: "salah", sandiBaru: "SandiBaru#2026", ulangi: "SandiBaru#2026" })).ok).toBe(false);
    expect((await ubahSandi(aktor, { sandiLama: DEMO_PASSWORD, sandiBaru: `x${aktor.nip}`, ulangi: `x${aktor.nip}` })).ok).toBe(false);
    expect((await ubahSandi(aktor, { sandiLama: DEMO_PASSWORD, sandiBaru: "SandiBaru#2026", ulangi: "SandiBaru#2026" })).ok).toBe(true);
    expect((await periksaLogin(demo.nip("lestari"), DEMO_PASSWORD, "10.5.0.1")).ok).toBe(false);
    expect((await periksaLogin(demo.nip("lestari"), "SandiBaru#2026", "10.5.0.2")).ok).toBe(true);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "SANDI_DIUBAH", penggunaId: p.id } })).toBe(1);
  });
});

describe("ubah kata sandi: pembatasan sandi saat ini", () => {
  it("5 sandi saat ini yang salah dalam 15 menit → dibatasi walau sandi benar; tidak memengaruhi login; lewat jendela boleh lagi", async () => {
    const { ubahSandi } = await import("@/lib/auth/akun");
    const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hendri") }, select: { id: true } });
    const aktor = (await muatAktor(p.id))!;
    const coba = (sandiLama: string) => ubahSandi(aktor, { sandiLama, sandiBaru: "SandiBaru#2027", ulangi: "SandiBaru#2027" });
    for (let i = 0; i < 5; i++) expect(await coba(`tebak-${i}`)).toMatchObject({ ok: false, pesan: "Kata sandi saat ini salah." });
    const r = await coba(DEMO_PASSWORD);
    expect(r).toMatchObject({ ok: false, galat: { sandiLama: [expect.stringMatching(/^Terlalu banyak kata sandi saat ini yang salah\. Coba lagi dalam \d+ menit\.$/)] } });
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "SANDI_DIUBAH", penggunaId: p.id } })).toBe(0);
    // Kegagalan di halaman Akun tidak dihitung untuk login dengan NIP itu.
    expect((await periksaLogin(demo.nip("hendri"), DEMO_PASSWORD, "10.6.0.1")).ok).toBe(true);
    // Jendela lewat: kegagalan dipindah 16 menit ke belakang.
    await demo.prisma.percobaanMasuk.updateMany({ where: { nip: demo.nip("hendri"), jenis: "UBAH_SANDI" }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await coba(DEMO_PASSWORD)).ok).toBe(true);
  });
});

describe("atur ulang kata sandi oleh admin BKD", () => {
  it("hanya admin instansi itu; sandi sementara berlaku, sandi lama tidak; tercatat", async () => {
    const { aturUlangSandi } = await import("@/lib/auth/akun");
    // Admin demo dinonaktifkan oleh uji sebelumnya; jadikan pegawai lain admin BKD untuk uji ini.
    const idAdmin = (await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("ratna") }, select: { id: true } })).id;
    await demo.prisma.peranPengguna.create({ data: { penggunaId: idAdmin, peran: "ADMIN_INSTANSI", instansiId: demo.instansiId } });
    const adminSegar = (await muatAktor(idAdmin))!;
    const asn = (await muatAktor((await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hendri") }, select: { id: true } })).id))!;
    expect((await aturUlangSandi(asn, { nip: demo.nip("wulan") })).ok).toBe(false);
    expect((await aturUlangSandi(adminSegar, { nip: "198001012005011001" })).ok).toBe(false);
    const r = await aturUlangSandi(adminSegar, { nip: demo.nip("wulan") });
    expect(r.ok).toBe(true);
    const sandi = r.ok ? r.data.sandi : "";
    expect(sandi).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect((await periksaLogin(demo.nip("wulan"), DEMO_PASSWORD, "10.6.0.1")).ok).toBe(false);
    const masukSementara = await periksaLogin(demo.nip("wulan"), sandi, "10.6.0.2");
    expect(masukSementara).toMatchObject({ ok: true, harusGantiSandi: true });
    // Pegawai mengganti sandi sementara: tanda wajib-ganti hilang.
    const { ubahSandi } = await import("@/lib/auth/akun");
    const wulan = (await muatAktor(masukSementara.ok ? masukSementara.penggunaId : ""))!;
    expect(wulan.harusGantiSandi).toBe(true);
    expect((await ubahSandi(wulan, { sandiLama: sandi, sandiBaru: "SandiWulan#2026", ulangi: "SandiWulan#2026" })).ok).toBe(true);
    expect((await muatAktor(wulan.penggunaId))!.harusGantiSandi).toBe(false);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "SANDI_DIATUR_ULANG", penggunaId: adminSegar.penggunaId } })).toBe(1);
  });
});
