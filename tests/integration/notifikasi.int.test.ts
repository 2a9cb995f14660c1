// Notifikasi dari layanan sungguhan (SKP, penilaian, keberatan) pada PostgreSQL: ditulis di transaksi layanannya,
// idempoten, hanya penerimanya yang membaca/menandai; surel lewat server SMTP sungguhan (smtp-server) yang dijalankan
// uji ini: pekerja mengirim, menghormati penolakan surel, dan mengulang dengan jeda berjenjang setelah gagal.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// SMTP "diatur" sebelum env() pertama kali dibaca (cache per berkas uji): layanan lalu mengantrekan surel.
vi.hoisted(() => {
  process.env.SKP_SMTP_URL = "smtp://127.0.0.1:9";
  process.env.SKP_URL_PUBLIK = "https://kinerja.uji.go.id";
});

import type { Aktor } from "@/lib/auth/permissions";
import { beriTahuDengan } from "@/lib/notifikasi/antre";
import { daftarNotifikasi, hitungBelumDibaca } from "@/lib/notifikasi/baca";
import { aturSurel, tandaiDibaca, tandaiSemuaDibaca } from "@/lib/notifikasi/layanan";
import { ingatkanPeriode, kirimAntrean, type OpsiPekerja } from "@/lib/notifikasi/pekerja";
import { pengirimSmtp } from "@/lib/notifikasi/smtp";
import { ajukanKeberatan, finalkanTim, putuskanKeberatan } from "@/lib/penilaian/layanan";
import { posisiKurva, tetapkanCapaian } from "@/lib/penilaian/capaian";
import { buatSkp, ubahStatusSkp } from "@/lib/skp/layanan";
import { mulaiSmtpUji } from "../support/smtp-uji";
import { TAHUN } from "./support";
import { evaluasiWahyu, siapkanDunia, type Dunia } from "./aksi-bantuan";

let d: Dunia;
let smtp: Awaited<ReturnType<typeof mulaiSmtpUji>>;
let wahyu: Aktor, nurlaela: Aktor, sriwahyuni: Aktor, joko: Aktor;
let skpDepan = "";

const milik = (a: Aktor, jenis?: string) => d.prisma.notifikasi.findMany({ where: { pegawaiId: a.pegawaiId, ...(jenis ? { jenis } : {}) }, orderBy: { createdAt: "desc" }, select: { id: true, jenis: true, judul: true, isi: true, tautan: true, dibacaPada: true } });

const opsi = (o: Partial<OpsiPekerja> = {}): OpsiPekerja => ({
  prisma: d.prisma,
  pengirim: pengirimSmtp(smtp.url),
  dari: "Portal SKP <no-reply@uji.go.id>",
  antre: { smtp: true, urlDasar: "https://kinerja.uji.go.id" },
  hariSebelumTutup: 7,
  zonaWaktu: "Asia/Jakarta",
  ...o,
});

beforeAll(async () => {
  d = await siapkanDunia();
  ({ pemilik: wahyu, penilai: nurlaela, atasanPenilai: sriwahyuni, rekan: joko } = d.aktor);
  smtp = await mulaiSmtpUji();
  await d.prisma.pegawai.update({ where: { id: wahyu.pegawaiId }, data: { email: "wahyu@uji.go.id" } });
  await d.prisma.pegawai.update({ where: { id: nurlaela.pegawaiId }, data: { email: "nurlaela@uji.go.id" } });
  // Notifikasi yang mungkin dibuat penyiapan dunia tidak dihitung.
  await d.prisma.antreanSurel.deleteMany({});
  await d.prisma.notifikasi.deleteMany({});
});

afterAll(async () => {
  await smtp?.tutup();
});

describe("peristiwa SKP", () => {
  it("diajukan → pejabat penilai; ditolak dengan alasan → pegawai; disetujui → pegawai; surel diantrekan", async () => {
    const r = await buatSkp(wahyu, { jabatanId: d.sasaran.jabatanId, mulai: `${TAHUN + 1}-01-01`, pendekatan: "KUANTITATIF" });
    expect(r.ok, r.pesan).toBe(true);
    skpDepan = r.ok ? r.data.skpId : "";
    await d.prisma.rhk.create({
      data: {
        skpId: skpDepan, jenis: "UTAMA", urutan: 1, teks: "Meningkatnya cakupan penyuluhan kesehatan masyarakat", rhkAtasanId: d.sasaran.rhkPenilai,
        iki: { create: [{ urutan: 1, aspek: "KUANTITAS", indikator: "Jumlah kegiatan penyuluhan", targetMin: 12, targetMaks: 12, satuan: "kegiatan", targetTeks: "12 kegiatan" }] },
      },
    });
    const aj = await ubahStatusSkp(wahyu, { skpId: skpDepan, aksi: "AJUKAN" });
    expect(aj.ok, aj.pesan).toBe(true);
    const [n1] = await milik(nurlaela, "SKP_DIAJUKAN");
    expect(n1?.tautan).toBe(`/bawahan/skp/${skpDepan}`);
    expect(n1?.isi).toContain("Wahyu");

    const tolak = await ubahStatusSkp(nurlaela, { skpId: skpDepan, aksi: "TOLAK", alasan: "Tambahkan indikator kualitas penyuluhan." });
    expect(tolak.ok, tolak.pesan).toBe(true);
    const [n2] = await milik(wahyu, "SKP_DITOLAK");
    expect(n2?.tautan).toBe(`/skp/${skpDepan}`);
    expect(n2?.isi).toContain("“Tambahkan indikator kualitas penyuluhan”. Perbaiki");
    expect(await d.prisma.antreanSurel.count({ where: { notifikasiId: n2!.id, kepada: "wahyu@uji.go.id", status: "MENUNGGU" } })).toBe(1);

    expect((await ubahStatusSkp(wahyu, { skpId: skpDepan, aksi: "AJUKAN" })).ok).toBe(true);
    expect(await milik(nurlaela, "SKP_DIAJUKAN")).toHaveLength(2);
    expect((await ubahStatusSkp(nurlaela, { skpId: skpDepan, aksi: "SETUJUI" })).ok).toBe(true);
    expect(await milik(wahyu, "SKP_DISETUJUI")).toHaveLength(1);
  });

  it("aksi yang ditolak tidak menulis notifikasi (satu transaksi)", async () => {
    const sebelum = await d.prisma.notifikasi.count();
    expect((await ubahStatusSkp(joko, { skpId: skpDepan, aksi: "TOLAK", alasan: "Bukan penilai yang sah di sini." })).ok).toBe(false);
    expect((await ubahStatusSkp(nurlaela, { skpId: skpDepan, aksi: "SETUJUI" })).ok).toBe(false);
    expect(await d.prisma.notifikasi.count()).toBe(sebelum);
  });

  it("idempoten: peristiwa yang sama tidak memberi tahu dua kali", async () => {
    const p = { jenis: "SKP_DISETUJUI", skpId: skpDepan, tahun: TAHUN + 1 } as const;
    expect(await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://x" }, p, "uji-sekali", [wahyu.pegawaiId, wahyu.pegawaiId])).toBe(1);
    expect(await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://x" }, p, "uji-sekali", [wahyu.pegawaiId])).toBe(0);
    expect(await d.prisma.notifikasi.count({ where: { kunci: { contains: "uji-sekali" } } })).toBe(1);
    expect(await d.prisma.antreanSurel.count({ where: { notifikasi: { kunci: { contains: "uji-sekali" } } } })).toBe(1);
    // SMTP tidak diatur: notifikasi portal saja.
    expect(await beriTahuDengan(d.prisma, { smtp: false, urlDasar: "https://x" }, p, "uji-tanpa-smtp", [wahyu.pegawaiId])).toBe(1);
    expect(await d.prisma.antreanSurel.count({ where: { notifikasi: { kunci: { contains: "uji-tanpa-smtp" } } } })).toBe(0);
  });
});

describe("peristiwa penilaian", () => {
  let evTw2 = "";
  it("evaluasi final → pegawai, dengan predikat dan tautan halaman penilaiannya", async () => {
    const jabatan = await d.prisma.skp.findUniqueOrThrow({ where: { id: d.sasaran.skpId }, select: { jabatanId: true } });
    const pos = await posisiKurva(d.sasaran.instansiId, jabatan.jabatanId, TAHUN, "TW2", `${TAHUN}-06-30T00:00:00.000Z`);
    if (pos.unitCapaianId) {
      const c = await tetapkanCapaian(d.aktor.admin, { instansiId: d.sasaran.instansiId, unitKerjaId: pos.unitCapaianId, tahun: TAHUN, kode: "TW2", predikat: "ISTIMEWA", dasar: "Capaian uji: rencana aksi unit melampaui target." });
      expect(c.ok, c.pesan).toBe(true);
    }
    evTw2 = await evaluasiWahyu(d, "TW2", "SELESAI_DINILAI");
    const f = await finalkanTim(nurlaela, { evaluasiId: [evTw2] });
    expect(f.ok, f.pesan).toBe(true);
    const [n] = await milik(wahyu, "EVALUASI_FINAL");
    expect(n?.tautan).toBe(`/skp/${d.sasaran.skpId}/penilaian/TW2`);
    expect(n?.isi).toContain("Baik");
  });

  it("keberatan diajukan → atasan pejabat penilai; diputuskan → pegawai dan pejabat penilai", async () => {
    const a = await ajukanKeberatan(wahyu, { evaluasiId: evTw2, alasan: "Capaian saya melampaui target triwulan." });
    expect(a.ok, a.pesan).toBe(true);
    const [k] = await milik(sriwahyuni, "KEBERATAN_DIAJUKAN");
    expect(k?.tautan).toBe(`/bawahan/skp/${d.sasaran.skpId}/penilaian/TW2`);
    const p = await putuskanKeberatan(sriwahyuni, { evaluasiId: evTw2, keputusan: "TETAP", catatan: "Penilaian sudah sesuai bukti kinerja." });
    expect(p.ok, p.pesan).toBe(true);
    const [kp] = await milik(wahyu, "KEBERATAN_DIPUTUSKAN");
    expect(kp?.isi).toContain("penilaian tetap");
    const [kn] = await milik(nurlaela, "KEBERATAN_DIPUTUSKAN");
    expect(kn?.tautan).toBe(`/bawahan/skp/${d.sasaran.skpId}/penilaian/TW2`);
  });
});

describe("membaca dan menandai", () => {
  it("hanya penerima: id notifikasi orang lain ditolak tanpa perubahan", async () => {
    const [n] = await milik(wahyu);
    expect(n?.dibacaPada).toBeNull();
    const r = await tandaiDibaca(joko, { notifikasiId: n!.id });
    expect(r.ok).toBe(false);
    expect((await d.prisma.notifikasi.findUniqueOrThrow({ where: { id: n!.id } })).dibacaPada).toBeNull();
    expect((await daftarNotifikasi(joko)).butir.some((b) => b.id === n!.id)).toBe(false);
    const s = await tandaiSemuaDibaca(joko);
    expect(s.ok).toBe(true);
    expect((await d.prisma.notifikasi.findUniqueOrThrow({ where: { id: n!.id } })).dibacaPada).toBeNull();

    const ok = await tandaiDibaca(wahyu, { notifikasiId: n!.id });
    expect(ok.ok && ok.data.tautan).toBe(n!.tautan);
    expect((await d.prisma.notifikasi.findUniqueOrThrow({ where: { id: n!.id } })).dibacaPada).not.toBeNull();
  });

  it("hitungan belum dibaca berhenti di batas, daftar berhalaman keyset terbaru dulu", async () => {
    const belum = await hitungBelumDibaca(wahyu.pegawaiId);
    expect(belum).toBeGreaterThan(0);
    await d.prisma.notifikasi.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({ instansiId: d.sasaran.instansiId, pegawaiId: joko.pegawaiId, jenis: "UMPAN_BALIK", judul: `Uji ${i}`, isi: "x", tautan: "/beranda", kunci: `uji-banyak:${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    expect(await hitungBelumDibaca(joko.pegawaiId)).toBe(100);
    const h1 = await daftarNotifikasi(joko);
    expect(h1.butir[0]?.judul).toBe("Uji 129");
    const h2 = await daftarNotifikasi(joko, h1.berikut);
    expect(h2.butir[0]?.judul).toBe(`Uji ${129 - h1.butir.length}`);
    expect(new Set([...h1.butir, ...h2.butir].map((b) => b.id)).size).toBe(h1.butir.length + h2.butir.length);
    const rencana = await d.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT count(*) FROM (SELECT 1 FROM notifikasi WHERE pegawai_id = '${joko.pegawaiId}'::uuid AND dibaca_pada IS NULL LIMIT 100) x`,
    );
    expect(rencana.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Limit/);
    expect((await tandaiSemuaDibaca(joko)).ok).toBe(true);
    expect(await hitungBelumDibaca(joko.pegawaiId)).toBe(0);
  });
});

describe("surel lewat SMTP sungguhan", () => {
  it("pekerja mengirim antrean: penerima, subjek, tautan lengkap; baris TERKIRIM; putaran kedua tidak mengirim ulang", async () => {
    const r = await kirimAntrean(opsi({ batch: 100 }));
    expect(r.gagal).toBe(0);
    expect(r.terkirim).toBeGreaterThan(0);
    const tolak = smtp.diterima.find((s) => s.kepada.includes("wahyu@uji.go.id") && s.teks.includes("SKP Anda dikembalikan"));
    expect(tolak).toBeDefined();
    expect(tolak!.teks).toContain(`https://kinerja.uji.go.id/skp/${skpDepan}`);
    expect(tolak!.teks).toContain("“Tambahkan indikator kualitas penyuluhan”.");
    expect(tolak!.teks).toMatch(/From: .*no-reply@uji\.go\.id/);
    expect(await d.prisma.antreanSurel.count({ where: { status: "MENUNGGU" } })).toBe(0);
    const n = smtp.diterima.length;
    expect((await kirimAntrean(opsi())).terkirim).toBe(0);
    expect(smtp.diterima.length).toBe(n);
  });

  it("penolakan surel di /akun dihormati (dan dicatat di jejak audit)", async () => {
    expect((await aturSurel(wahyu, { aktif: false })).ok).toBe(true);
    expect(await d.prisma.jejakAudit.count({ where: { aksi: "NOTIFIKASI_SUREL_DIUBAH", entitasId: wahyu.penggunaId } })).toBe(1);
    await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://x" }, { jenis: "UMPAN_BALIK", skpId: d.sasaran.skpId, namaPengirim: "Nurlaela" }, "uji-tolak-surel", [wahyu.pegawaiId, nurlaela.pegawaiId]);
    const antre = await d.prisma.antreanSurel.findMany({ where: { notifikasi: { kunci: { contains: "uji-tolak-surel" } } }, select: { kepada: true } });
    expect(antre.map((a) => a.kepada)).toEqual(["nurlaela@uji.go.id"]);
    expect((await aturSurel(wahyu, { aktif: true })).ok).toBe(true);
  });

  it("gagal → dijadwalkan ulang dengan jeda berjenjang, lalu terkirim; setelah batas percobaan GAGAL", async () => {
    await d.prisma.antreanSurel.deleteMany({});
    await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://kinerja.uji.go.id" }, { jenis: "UMPAN_BALIK", skpId: d.sasaran.skpId, namaPengirim: "Nurlaela" }, "uji-ulang", [wahyu.pegawaiId]);
    const t0 = new Date();
    const mati = pengirimSmtp("smtp://127.0.0.1:9");
    expect(await kirimAntrean(opsi({ pengirim: mati, sekarang: t0 }))).toEqual({ terkirim: 0, gagal: 1 });
    let b = await d.prisma.antreanSurel.findFirstOrThrow({ select: { status: true, percobaan: true, jadwalBerikut: true, galatTerakhir: true } });
    expect(b).toMatchObject({ status: "MENUNGGU", percobaan: 1 });
    expect(b.jadwalBerikut.getTime() - t0.getTime()).toBe(60_000);
    expect(b.galatTerakhir).toBeTruthy();
    // Belum jatuh tempo: tidak dicoba.
    expect(await kirimAntrean(opsi({ sekarang: new Date(t0.getTime() + 30_000) }))).toEqual({ terkirim: 0, gagal: 0 });
    expect(await kirimAntrean(opsi({ pengirim: mati, sekarang: new Date(t0.getTime() + 60_000) }))).toEqual({ terkirim: 0, gagal: 1 });
    b = await d.prisma.antreanSurel.findFirstOrThrow({ select: { status: true, percobaan: true, jadwalBerikut: true, galatTerakhir: true } });
    expect(b.percobaan).toBe(2);
    expect(b.jadwalBerikut.getTime() - (t0.getTime() + 60_000)).toBe(120_000);
    const n = smtp.diterima.length;
    expect(await kirimAntrean(opsi({ sekarang: new Date(t0.getTime() + 180_000) }))).toEqual({ terkirim: 1, gagal: 0 });
    expect(smtp.diterima.length).toBe(n + 1);
    expect((await d.prisma.antreanSurel.findFirstOrThrow({ select: { status: true, terkirimPada: true } })).status).toBe("TERKIRIM");

    await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://x" }, { jenis: "UMPAN_BALIK", skpId: d.sasaran.skpId, namaPengirim: "Nurlaela" }, "uji-gagal-tetap", [wahyu.pegawaiId]);
    const r = await kirimAntrean(opsi({ pengirim: mati, sekarang: new Date(t0.getTime() + 200_000), maksPercobaan: 1 }));
    expect(r.gagal).toBe(1);
    expect(await d.prisma.antreanSurel.count({ where: { status: "GAGAL", notifikasi: { kunci: { contains: "uji-gagal-tetap" } } } })).toBe(1);
  });

  it("dua pekerja bersamaan tidak mengirim surel yang sama dua kali (SKIP LOCKED + sewa)", async () => {
    await d.prisma.antreanSurel.deleteMany({});
    await beriTahuDengan(d.prisma, { smtp: true, urlDasar: "https://x" }, { jenis: "UMPAN_BALIK", skpId: d.sasaran.skpId, namaPengirim: "Joko" }, "uji-paralel", [wahyu.pegawaiId, nurlaela.pegawaiId]);
    const n = smtp.diterima.length;
    const [a, b] = await Promise.all([kirimAntrean(opsi({ batch: 1 })), kirimAntrean(opsi({ batch: 1 })), kirimAntrean(opsi({ batch: 1 }))]).then((h) => [h.reduce((s, x) => s + x.terkirim, 0), h.reduce((s, x) => s + x.gagal, 0)]);
    expect(a).toBe(2);
    expect(b).toBe(0);
    expect(smtp.diterima.length).toBe(n + 2);
  });
});

describe("pengingat periode hampir ditutup", () => {
  it("sekali per pegawai per periode, hanya untuk isian yang belum lengkap", async () => {
    const tw = await d.prisma.periodeEvaluasi.findUniqueOrThrow({ where: { id: d.sasaran.tw2 }, select: { id: true, selesai: true, status: true } });
    // Hari ini = 3 hari sebelum akhir TW2.
    const sekarang = new Date(tw.selesai.getTime() - 3 * 86_400_000 + 5 * 3_600_000);
    await d.prisma.periodeEvaluasi.update({ where: { id: tw.id }, data: { status: "BUKA" } });
    try {
      const n = await ingatkanPeriode(opsi({ sekarang }));
      expect(n).toBeGreaterThan(0);
      const ingat = await d.prisma.notifikasi.findMany({ where: { jenis: "PERIODE_HAMPIR_TUTUP" }, select: { pegawaiId: true, isi: true, kunci: true } });
      expect(new Set(ingat.map((i) => i.kunci)).size).toBe(ingat.length);
      expect(ingat.every((i) => i.isi.includes("dalam 3 hari"))).toBe(true);
      expect(await ingatkanPeriode(opsi({ sekarang }))).toBe(0);
      // Terlalu jauh dari akhir periode: tidak ada pengingat.
      expect(await ingatkanPeriode(opsi({ sekarang: new Date(tw.selesai.getTime() - 30 * 86_400_000) }))).toBe(0);
    } finally {
      await d.prisma.periodeEvaluasi.update({ where: { id: tw.id }, data: { status: tw.status } });
    }
  });
});
