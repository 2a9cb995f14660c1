// Akun pegawai oleh admin BKD: aktivasi massal (sandi awal sekali tampil, Excel dari hasil yang sama, hanya hash
// di basis data), nonaktif/aktif kembali (sesi dicabut), peran admin (instansi sendiri; admin terakhir tidak dapat
// mencabut dirinya), daftar dengan keadaan akun dan halaman keyset. Instansi lain: id palsu ditolak tanpa tulisan.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { muatAktor, muatAktorSesi } from "@/lib/auth/aktor";
import { buatSesi } from "@/lib/auth/sesi";
import { periksaLogin } from "@/lib/auth/login";
import { verifyPassword } from "@/lib/auth/password";
import { POLA_SANDI_AWAL } from "@/lib/auth/sandi-awal";
import { aktifkanAkunMassal, aturPeranAdmin, ubahAktifAkun } from "@/lib/akun/layanan";
import { getDaftarAkun, UKURAN_HALAMAN_AKUN } from "@/lib/akun/baca";
import { ZAktivasiAkun } from "@/lib/akun/schemas";
import { BATAS_AKTIVASI } from "@/lib/akun/aturan";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let instansiB = "";
let adminB: Aktor;
let pegawaiB = "";

/** Pegawai tanpa akun (seperti hasil impor) di instansi demo; NIP 19990101 2023 01 1 NNN. */
async function buatTanpaAkun(n: number, awal = 100, nama = "Impor"): Promise<{ id: string; nip: string }[]> {
  const hasil: { id: string; nip: string }[] = [];
  for (let i = 0; i < n; i++) {
    const nip = `199901012023011${String(awal + i).padStart(3, "0")}`;
    const p = await demo.prisma.pegawai.create({
      data: { instansiId: demo.instansiId, nip, status: "PNS", nama: `${nama} ${String(i).padStart(3, "0")}`, tanggalLahir: new Date("1999-01-01"), jenisKelamin: "L", golongan: "III/a" },
      select: { id: true, nip: true },
    });
    hasil.push(p);
  }
  return hasil;
}

async function jumlahTulisan() {
  const [audit, pengguna, peran, aktif] = await Promise.all([
    demo.prisma.jejakAudit.count(),
    demo.prisma.pengguna.count(),
    demo.prisma.peranPengguna.count(),
    demo.prisma.pengguna.count({ where: { aktif: true } }),
  ]);
  return { audit, pengguna, peran, aktif };
}

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["rizki", "hendri", "joko", "dedi"]) A[k] = await aktorDemo(demo, k);
  // Instansi B dengan admin-nya sendiri.
  const b = await demo.prisma.instansi.create({ data: { kode: "UJIB", nama: "Pemerintah Kota Uji B", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota Uji B" }, select: { id: true } });
  instansiB = b.id;
  const pb = await demo.prisma.pegawai.create({
    data: { instansiId: b.id, nip: "198805052012031001", status: "PNS", nama: "Admin Kota B", tanggalLahir: new Date("1988-05-05"), jenisKelamin: "L", golongan: "III/b", pengguna: { create: { passwordHash: "x" } } },
    select: { id: true, pengguna: { select: { id: true } } },
  });
  pegawaiB = pb.id;
  await demo.prisma.peranPengguna.create({ data: { penggunaId: pb.pengguna!.id, peran: "ADMIN_INSTANSI", instansiId: b.id } });
  adminB = (await muatAktor(pb.pengguna!.id))!;
  const pDedi = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: A.dedi!.pegawaiId }, select: { id: true } });
  await demo.prisma.peranPengguna.create({ data: { penggunaId: pDedi.id, peran: "SUPERADMIN" } });
  A.dedi = (await muatAktor(pDedi.id))!;
});

describe("aktivasi massal", () => {
  it("membuat akun bersandi awal acak yang wajib diganti; sandi hanya di hasil dan lembar Excel yang sama", async () => {
    const calon = await buatTanpaAkun(2);
    const sebelum = await demo.prisma.jejakAudit.count({ where: { aksi: "AKUN_DIBUAT" } });
    const r = await aktifkanAkunMassal(A.rizki!, { instansiId: demo.instansiId, pegawaiId: calon.map((c) => c.id) });
    expect(r.ok, !r.ok ? r.pesan : "").toBe(true);
    if (!r.ok) return;
    expect(r.data.akun).toHaveLength(2);
    expect(r.data.sisa).toBe(0);
    for (const a of r.data.akun) expect(a.sandi).toMatch(POLA_SANDI_AWAL);
    expect(new Set(r.data.akun.map((a) => a.sandi)).size).toBe(2);
    // Basis data: hash scrypt (bukan sandinya), wajib ganti sandi.
    const akun = await demo.prisma.pengguna.findMany({ where: { pegawaiId: { in: calon.map((c) => c.id) } }, select: { id: true, pegawaiId: true, passwordHash: true, harusGantiSandi: true, aktif: true } });
    expect(akun).toHaveLength(2);
    for (const u of akun) {
      const nip = calon.find((c) => c.id === u.pegawaiId)!.nip;
      const a = r.data.akun.find((x) => x.nip.replace(/\s/g, "") === nip)!;
      expect(u.passwordHash).toMatch(/^scrypt\$/);
      expect(u.passwordHash).not.toContain(a.sandi);
      expect(await verifyPassword(a.sandi, u.passwordHash)).toBe(true);
      expect(u).toMatchObject({ harusGantiSandi: true, aktif: true });
    }
    const teksAudit = JSON.stringify(await demo.prisma.jejakAudit.findMany({ where: { aksi: "AKUN_DIBUAT" }, select: { data: true, entitasId: true, penggunaId: true } }));
    for (const a of r.data.akun) expect(teksAudit).not.toContain(a.sandi);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "AKUN_DIBUAT" } })).toBe(sebelum + 2);
    // Lembar Excel: sandi yang sama dengan yang ditampilkan.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data.berkas, "base64") as never);
    const ws = wb.worksheets[0]!;
    const isi: string[][] = [];
    ws.eachRow((row, n) => n > 4 && isi.push([String(row.getCell(2).value), String(row.getCell(4).value)]));
    expect(isi).toEqual(r.data.akun.map((a) => [a.nip, a.sandi]));
    expect(r.data.namaBerkas).toMatch(/^sandi-awal-\d{8}-\d{4}\.xlsx$/);

    // Masuk dengan sandi awal: berhasil, tetapi aktor bersandi sementara (hanya halaman Akun, lihat sandi-sementara.int.test.ts).
    const masuk = await periksaLogin(calon[0]!.nip, r.data.akun.find((x) => x.nip.replace(/\s/g, "") === calon[0]!.nip)!.sandi, "10.9.9.9");
    expect(masuk).toMatchObject({ ok: true, harusGantiSandi: true });
  });

  it("pegawai yang sudah punya akun dilewati (tidak diberi sandi baru); aktivasi ulang tidak menulis apa pun", async () => {
    const [c] = await buatTanpaAkun(1, 200);
    expect((await aktifkanAkunMassal(A.rizki!, { instansiId: demo.instansiId, pegawaiId: [c!.id] })).ok).toBe(true);
    const hash = (await demo.prisma.pengguna.findUniqueOrThrow({ where: { pegawaiId: c!.id }, select: { passwordHash: true } })).passwordHash;
    const t0 = await jumlahTulisan();
    const r = await aktifkanAkunMassal(A.rizki!, { instansiId: demo.instansiId, pegawaiId: [c!.id, A.hendri!.pegawaiId] });
    expect(r.ok).toBe(false);
    expect(await jumlahTulisan()).toEqual(t0);
    expect((await demo.prisma.pengguna.findUniqueOrThrow({ where: { pegawaiId: c!.id }, select: { passwordHash: true } })).passwordHash).toBe(hash);
  });

  it("'semua yang belum punya akun' mengikuti pencarian dan dibatasi BATAS_AKTIVASI; sisanya dilaporkan", async () => {
    await buatTanpaAkun(BATAS_AKTIVASI + 3, 300, "Massal");
    const r = await aktifkanAkunMassal(A.rizki!, { instansiId: demo.instansiId, pegawaiId: [], semua: "1", q: "Massal" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.akun).toHaveLength(BATAS_AKTIVASI);
    expect(r.data.sisa).toBe(3);
    expect(r.pesan).toMatch(/Masih 3 pegawai tanpa akun/);
    expect(r.data.akun.every((a) => a.nama.startsWith("Massal"))).toBe(true);
    const r2 = await aktifkanAkunMassal(A.rizki!, { instansiId: demo.instansiId, pegawaiId: [], semua: "1", q: "Massal" });
    expect(r2.ok && r2.data.akun.length).toBe(3);
    expect(r2.ok && r2.data.sisa).toBe(0);
  }, 120_000);

  it("admin instansi lain: instansi A dari formulir ditolak; pegawai A di formulir instansinya sendiri tidak dibuatkan akun", async () => {
    const [c] = await buatTanpaAkun(1, 500);
    const t0 = await jumlahTulisan();
    expect(await aktifkanAkunMassal(adminB, { instansiId: demo.instansiId, pegawaiId: [c!.id] })).toMatchObject({ ok: false });
    expect(await aktifkanAkunMassal(adminB, { instansiId: instansiB, pegawaiId: [c!.id] })).toMatchObject({ ok: false });
    expect(await aktifkanAkunMassal(adminB, { instansiId: demo.instansiId, pegawaiId: [], semua: "1" })).toMatchObject({ ok: false });
    // Pegawai biasa dan atasan: ditolak.
    expect(await aktifkanAkunMassal(A.hendri!, { instansiId: demo.instansiId, pegawaiId: [c!.id] })).toMatchObject({ ok: false });
    expect(await jumlahTulisan()).toEqual(t0);
    // Superadmin boleh.
    expect((await aktifkanAkunMassal(A.dedi!, { instansiId: demo.instansiId, pegawaiId: [c!.id] })).ok).toBe(true);
  });

  it("skema: minimal satu pegawai atau 'semua'; id tidak sah; lebih dari batas", () => {
    const g = (x: unknown) => (ZAktivasiAkun.safeParse(x).success ? null : ZAktivasiAkun.safeParse(x).error!.issues.map((i) => i.message).join(" | "));
    expect(g({ instansiId: demo.instansiId })).toMatch(/Pilih minimal satu pegawai/);
    expect(g({ instansiId: demo.instansiId, pegawaiId: "x" })).toMatch(/Pegawai tidak sah/);
    expect(g({ instansiId: "x", semua: "1" })).toMatch(/Instansi tidak sah/);
    expect(g({ instansiId: demo.instansiId, pegawaiId: Array.from({ length: BATAS_AKTIVASI + 1 }, () => demo.instansiId) })).toMatch(/Paling banyak/);
    expect(g({ instansiId: demo.instansiId, semua: "1", q: "" })).toBeNull();
  });
});

describe("nonaktif dan aktif kembali", () => {
  it("menonaktifkan mencabut semua sesi dan menolak masuk; mengaktifkan kembali membolehkan lagi", async () => {
    const s1 = await buatSesi(A.joko!.penggunaId, "10.0.0.1");
    const s2 = await buatSesi(A.joko!.penggunaId, "10.0.0.2");
    const r = await ubahAktifAkun(A.rizki!, { pegawaiId: A.joko!.pegawaiId, aktif: "0" });
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.pesan).toMatch(/2 sesi/);
    expect(await muatAktorSesi(A.joko!.penggunaId, s1)).toBeNull();
    expect(await muatAktorSesi(A.joko!.penggunaId, s2)).toBeNull();
    expect(await periksaLogin(A.joko!.nip, DEMO_PASSWORD, "10.7.7.7")).toMatchObject({ ok: false, kode: "NONAKTIF" });
    // Dua kali: ditolak tanpa tulisan.
    const t0 = await jumlahTulisan();
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: A.joko!.pegawaiId, aktif: "0" })).toMatchObject({ ok: false });
    expect(await jumlahTulisan()).toEqual(t0);
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: A.joko!.pegawaiId, aktif: "1" })).toMatchObject({ ok: true });
    expect(await periksaLogin(A.joko!.nip, DEMO_PASSWORD, "10.7.7.8")).toMatchObject({ ok: true });
    const audit = await demo.prisma.jejakAudit.findMany({ where: { entitasId: A.joko!.penggunaId, aksi: { in: ["AKUN_DINONAKTIFKAN", "AKUN_DIAKTIFKAN"] } }, select: { aksi: true, penggunaId: true }, orderBy: { id: "asc" } });
    expect(audit).toEqual([
      { aksi: "AKUN_DINONAKTIFKAN", penggunaId: A.rizki!.penggunaId },
      { aksi: "AKUN_DIAKTIFKAN", penggunaId: A.rizki!.penggunaId },
    ]);
  });

  it("ditolak tanpa tulisan: akun sendiri, akun admin oleh admin, pegawai instansi lain, pegawai biasa, pegawai tanpa akun", async () => {
    const [tanpa] = await buatTanpaAkun(1, 600);
    const t0 = await jumlahTulisan();
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: A.rizki!.pegawaiId, aktif: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/sendiri/) });
    expect(await ubahAktifAkun(adminB, { pegawaiId: A.joko!.pegawaiId, aktif: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/tidak ditemukan/) });
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: pegawaiB, aktif: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/tidak ditemukan/) });
    expect(await ubahAktifAkun(A.hendri!, { pegawaiId: A.joko!.pegawaiId, aktif: "0" })).toMatchObject({ ok: false });
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: tanpa!.id, aktif: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/belum punya akun/) });
    expect(await ubahAktifAkun(A.rizki!, { pegawaiId: A.dedi!.pegawaiId, aktif: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/superadmin/) });
    expect(await jumlahTulisan()).toEqual(t0);
    // Superadmin boleh menonaktifkan admin instansi B, lalu mengaktifkannya kembali.
    expect(await ubahAktifAkun(A.dedi!, { pegawaiId: pegawaiB, aktif: "0" })).toMatchObject({ ok: true });
    expect(await ubahAktifAkun(A.dedi!, { pegawaiId: pegawaiB, aktif: "1" })).toMatchObject({ ok: true });
  });
});

describe("peran admin BKD", () => {
  it("admin memberi dan mencabut peran admin di instansinya; instansi peran = instansi pegawai", async () => {
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: A.hendri!.pegawaiId, beri: "1" })).toMatchObject({ ok: true });
    const hendri = await muatAktor(A.hendri!.penggunaId);
    expect(hendri?.adminInstansiIds).toEqual([demo.instansiId]);
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: A.hendri!.pegawaiId, beri: "1" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/sudah admin/) });
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: A.hendri!.pegawaiId, beri: "0" })).toMatchObject({ ok: true });
    expect((await muatAktor(A.hendri!.penggunaId))?.adminInstansiIds).toEqual([]);
  });

  it("admin terakhir tidak dapat mencabut perannya sendiri (pesan jelas); dengan admin lain boleh", async () => {
    const t0 = await jumlahTulisan();
    const r = await aturPeranAdmin(A.rizki!, { pegawaiId: A.rizki!.pegawaiId, beri: "0" });
    expect(r).toMatchObject({ ok: false, pesan: expect.stringMatching(/Anda adalah admin BKD terakhir/) });
    // Superadmin pun tidak meninggalkan instansi tanpa admin.
    expect(await aturPeranAdmin(A.dedi!, { pegawaiId: A.rizki!.pegawaiId, beri: "0" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/terakhir/) });
    expect(await jumlahTulisan()).toEqual(t0);
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: A.joko!.pegawaiId, beri: "1" })).toMatchObject({ ok: true });
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: A.rizki!.pegawaiId, beri: "0" })).toMatchObject({ ok: true, pesan: "Peran admin BKD Anda dicabut." });
    // Kembalikan: Joko (admin sekarang) mengangkat Rizki lagi dan melepas dirinya.
    const joko = (await muatAktor(A.joko!.penggunaId))!;
    expect(await aturPeranAdmin(joko, { pegawaiId: A.rizki!.pegawaiId, beri: "1" })).toMatchObject({ ok: true });
    expect(await aturPeranAdmin(joko, { pegawaiId: A.joko!.pegawaiId, beri: "0" })).toMatchObject({ ok: true });
    A.rizki = (await muatAktor(A.rizki!.penggunaId))!;
    expect(A.rizki.adminInstansiIds).toEqual([demo.instansiId]);
  });

  it("admin instansi lain dan pegawai biasa ditolak tanpa tulisan; superadmin boleh di instansi mana pun", async () => {
    const t0 = await jumlahTulisan();
    expect(await aturPeranAdmin(adminB, { pegawaiId: A.hendri!.pegawaiId, beri: "1" })).toMatchObject({ ok: false, pesan: expect.stringMatching(/tidak ditemukan/) });
    expect(await aturPeranAdmin(adminB, { pegawaiId: A.rizki!.pegawaiId, beri: "0" })).toMatchObject({ ok: false });
    expect(await aturPeranAdmin(A.rizki!, { pegawaiId: pegawaiB, beri: "0" })).toMatchObject({ ok: false });
    expect(await aturPeranAdmin(A.hendri!, { pegawaiId: A.hendri!.pegawaiId, beri: "1" })).toMatchObject({ ok: false });
    expect(await jumlahTulisan()).toEqual(t0);
    expect(await aturPeranAdmin(A.dedi!, { pegawaiId: A.hendri!.pegawaiId, beri: "1" })).toMatchObject({ ok: true });
    expect(await aturPeranAdmin(A.dedi!, { pegawaiId: A.hendri!.pegawaiId, beri: "0" })).toMatchObject({ ok: true });
  });

  it("dua pencabutan serentak atas dua admin terakhir: paling banyak satu lolos", async () => {
    await aturPeranAdmin(A.rizki!, { pegawaiId: A.joko!.pegawaiId, beri: "1" });
    const joko = (await muatAktor(A.joko!.penggunaId))!;
    const [a, b] = await Promise.all([
      aturPeranAdmin(A.rizki!, { pegawaiId: A.rizki!.pegawaiId, beri: "0" }),
      aturPeranAdmin(joko, { pegawaiId: A.joko!.pegawaiId, beri: "0" }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    expect(await demo.prisma.peranPengguna.count({ where: { peran: "ADMIN_INSTANSI", instansiId: demo.instansiId } })).toBe(1);
    // Kembalikan Rizki sebagai admin bila dialah yang lepas.
    if (a.ok) await aturPeranAdmin(joko, { pegawaiId: A.rizki!.pegawaiId, beri: "1" }).then(() => aturPeranAdmin(joko, { pegawaiId: A.joko!.pegawaiId, beri: "0" }));
    else await aturPeranAdmin(A.rizki!, { pegawaiId: A.joko!.pegawaiId, beri: "0" }).catch(() => undefined);
  });
});

describe("daftar akun", () => {
  it("keadaan per pegawai, jumlah per keadaan, halaman keyset tanpa ganda atau terlewat", async () => {
    const semua = await demo.prisma.pegawai.count({ where: { instansiId: demo.instansiId, aktif: true } });
    const d0 = await getDaftarAkun(demo.instansiId, {});
    expect(Object.values(d0.perStatus).reduce((a, b) => a + b, 0)).toBe(semua);
    const dilihat: string[] = [];
    let kursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const d = await getDaftarAkun(demo.instansiId, { kursor });
      expect(d.baris.length).toBeLessThanOrEqual(UKURAN_HALAMAN_AKUN);
      dilihat.push(...d.baris.map((b) => b.pegawaiId));
      if (!d.berikut) break;
      kursor = d.berikut;
    }
    expect(dilihat.length).toBe(semua);
    expect(new Set(dilihat).size).toBe(semua);
    // Saringan keadaan dan pencarian.
    const belum = await getDaftarAkun(demo.instansiId, { status: "BELUM_ADA" });
    expect(belum.baris.every((b) => b.status === "BELUM_ADA")).toBe(true);
    const rizki = await getDaftarAkun(demo.instansiId, { q: "Rizki" });
    expect(rizki.baris.map((b) => b.pegawaiId)).toEqual([A.rizki!.pegawaiId]);
    expect(rizki.baris[0]).toMatchObject({ admin: true });
    const nip = await getDaftarAkun(demo.instansiId, { q: A.rizki!.nip.slice(0, 14) });
    expect(nip.baris.map((b) => b.pegawaiId)).toContain(A.rizki!.pegawaiId);
    // Instansi B tidak memuat pegawai A.
    const b = await getDaftarAkun(instansiB, { q: "Rizki" });
    expect(b.baris).toEqual([]);
    // Kursor palsu: halaman pertama, bukan galat.
    expect((await getDaftarAkun(demo.instansiId, { kursor: "bukan-kursor" })).baris.length).toBeGreaterThan(0);
  });
});
