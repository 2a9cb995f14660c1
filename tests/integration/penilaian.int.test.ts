// Penilaian kinerja pada PostgreSQL sungguhan (lib/penilaian/layanan.ts): hanya pejabat penilai periode itu yang
// menilai (termasuk Plt), id palsu tidak mengubah apa pun, evaluasi final terkunci, versi optimistis (simpan
// bersamaan), gerbang kelengkapan BLOKIR/PERINGATAN, finalisasi tim semua-atau-tidak, keberatan (tenggat, tetap,
// diubah → predikat mengikuti kuadran), evaluasi tahunan menunggu semua periode, dan jejak audit setiap tulisan.
// Semua evaluasi dibuat di sini lewat layanan; tidak bergantung pada evaluasi di data demo.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { formatTanggal } from "@/lib/organisasi/format";
import {
  ajukanKeberatan,
  batalKecualikan,
  batalSelesai,
  bukaKembaliEvaluasi,
  finalkanTim,
  jelaskanKeberatan,
  kecualikanPeriode,
  kelengkapanPeriode,
  muatKonteksEvaluasi,
  putuskanKeberatan,
  simpanDrafEvaluasi,
  simpanPengaturanPenilaian,
  tandaiSelesai,
  unggahPindaian,
} from "@/lib/penilaian/layanan";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import type { TDrafEvaluasi } from "@/lib/penilaian/schemas";
import { posisiKurva, tetapkanCapaian } from "@/lib/penilaian/capaian";
import type { Rating } from "@/lib/penilaian/kuadran";
import { hariTerakhirKeberatan, tanggalLokal } from "@/lib/penilaian/tenggat";
import { aktorDemo, TAHUN } from "./support";
import { siapkanDunia, type Dunia } from "./aksi-bantuan";

let d: Dunia;
const A: Record<string, Aktor> = {};
const skp: Record<string, string> = {};

beforeAll(async () => {
  d = await siapkanDunia();
  Object.assign(A, { wahyu: d.aktor.pemilik, joko: d.aktor.rekan, nurlaela: d.aktor.penilai, sriwahyuni: d.aktor.atasanPenilai, arief: d.aktor.atasanLain, rizki: d.aktor.admin, adminLain: d.aktor.adminLain, dedi: d.aktor.superadmin });
  for (const k of ["eko", "novi", "lina"]) A[k] = await aktorDemo(d.demo, k);
  for (const k of ["wahyu", "joko", "novi"]) {
    skp[k] = (await d.prisma.skp.findFirstOrThrow({ where: { pegawaiId: A[k]!.pegawaiId, status: "DISETUJUI" }, select: { id: true } })).id;
  }
  // Capaian kinerja organisasi unit tim-tim uji untuk periode yang difinalkan di sini (kurva longgar: Istimewa), karena
  // finalisasi tanpa capaian adalah pengecualian kurva yang wajib beralasan (diuji di kurva.int).
  const jabatan = await d.prisma.skp.findMany({ where: { id: { in: Object.values(skp) } }, select: { jabatanId: true } });
  const unit = new Set<string>();
  for (const j of jabatan) {
    const p = await posisiKurva(d.sasaran.instansiId, j.jabatanId, TAHUN, "TW2", `${TAHUN}-06-30T00:00:00.000Z`);
    if (p.unitCapaianId) unit.add(p.unitCapaianId);
  }
  for (const unitKerjaId of unit) {
    for (const kode of ["TW2", "TW3", "TW4", "AKHIR"]) {
      const c = await tetapkanCapaian(A.rizki!, { instansiId: d.sasaran.instansiId, unitKerjaId, tahun: TAHUN, kode, predikat: "ISTIMEWA", dasar: "Capaian uji: rencana aksi unit melampaui target." });
      expect(c.ok, c.pesan).toBe(true);
    }
  }
  // Gerbang PERINGATAN sebagai dasar; uji gerbang mengubahnya sendiri lalu mengembalikannya.
  expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: d.sasaran.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
});

const draf = (a: Aktor, skpId: string, kode: string, versi: number, isi: Partial<TDrafEvaluasi> = {}) =>
  simpanDrafEvaluasi(a, { skpId, kode, versi, umpanRhk: {}, umpanPerilaku: {}, ...isi });

const baris = (skpId: string, kode: string) =>
  d.prisma.evaluasiKinerja.findUnique({
    where: { skpId_kode: { skpId, kode } },
    select: { id: true, status: true, versi: true, ratingHasil: true, ratingPerilaku: true, predikat: true, catatan: true, catatanKelengkapan: true, tenggatKeberatan: true, penilaiPegawaiId: true, _count: { select: { umpan: true } } },
  });

/** Jumlah baris jejak_audit dengan aksi itu (atas entitas tertentu bila diberikan). */
const jejak = (aksi: string, entitasId?: string) => d.prisma.jejakAudit.count({ where: { aksi, ...(entitasId ? { entitasId } : {}) } });

/** Draf (dengan rating) lalu ditandai selesai oleh penilai; mengembalikan id evaluasi. */
async function sampaiSelesai(penilai: Aktor, skpId: string, kode: string, hasil: Rating = "SESUAI", perilaku: Rating = "SESUAI"): Promise<string> {
  const e = await baris(skpId, kode);
  const r = await draf(penilai, skpId, kode, e?.versi ?? 0, { ratingHasil: hasil, ratingPerilaku: perilaku });
  if (!r.ok) throw new Error(`draf ${kode}: ${r.pesan}`);
  const s = await tandaiSelesai(penilai, { evaluasiId: r.evaluasiId });
  if (!s.ok) throw new Error(`selesai ${kode}: ${s.pesan}`);
  return r.evaluasiId;
}

async function sampaiFinal(penilai: Aktor, skpId: string, kode: string, hasil: Rating = "SESUAI", perilaku: Rating = "SESUAI"): Promise<string> {
  const id = await sampaiSelesai(penilai, skpId, kode, hasil, perilaku);
  const f = await finalkanTim(penilai, { evaluasiId: [id] });
  if (!f.ok) throw new Error(`final ${kode}: ${f.pesan}`);
  return id;
}

describe("siapa yang menilai", () => {
  it("hanya pejabat penilai periode itu: rekan, pegawai sendiri, atasan unit lain, atasan penilai, admin dan admin instansi lain ditolak tanpa tulisan", async () => {
    const audit0 = await jejak("EVALUASI_DRAF_DISIMPAN");
    for (const k of ["joko", "wahyu", "arief", "sriwahyuni", "rizki", "adminLain", "dedi"]) {
      const r = await draf(A[k]!, skp.wahyu!, "TW1", 0, { ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS" });
      expect(r.ok, k).toBe(false);
      expect((await kecualikanPeriode(A[k]!, { skpId: skp.wahyu!, kode: "TW1", alasan: "Tugas belajar sepanjang triwulan" })).ok, k).toBe(false);
    }
    expect(await baris(skp.wahyu!, "TW1")).toBeNull();
    expect(await jejak("EVALUASI_DRAF_DISIMPAN")).toBe(audit0);

    const r = await draf(A.nurlaela!, skp.wahyu!, "TW1", 0, { ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS", catatan: "Pertahankan" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.predikat).toBe("BAIK");
    const e = (await baris(skp.wahyu!, "TW1"))!;
    expect(e).toMatchObject({ status: "DRAF", versi: 1, penilaiPegawaiId: A.nurlaela!.pegawaiId });
    expect(await jejak("EVALUASI_DRAF_DISIMPAN", e.id)).toBe(1);

    // Pada evaluasi yang sudah ada pun (versi benar) selain penilai tetap ditolak, juga tandai selesai dan kecualikan.
    for (const k of ["joko", "wahyu", "arief", "sriwahyuni", "rizki", "adminLain"]) {
      expect((await draf(A[k]!, skp.wahyu!, "TW1", 1, { ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_BAWAH" })).ok, k).toBe(false);
      expect((await tandaiSelesai(A[k]!, { evaluasiId: e.id })).ok, k).toBe(false);
      expect((await finalkanTim(A[k]!, { evaluasiId: [e.id] })).ok, k).toBe(false);
    }
    expect(await baris(skp.wahyu!, "TW1")).toMatchObject({ status: "DRAF", versi: 1, ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS" });
    expect(await jejak("EVALUASI_DRAF_DISIMPAN", e.id)).toBe(1);
  });

  it("Plt kepala bidang (Eko, Plt Kabid Yankes sejak 2 Maret) menilai staf bidang itu; Kepala Dinas tidak", async () => {
    const k = await muatKonteksEvaluasi(A.eko!, skp.novi!, "TW1");
    expect(k?.penilaiPegawaiId).toBe(A.eko!.pegawaiId);
    expect(k?.peran).toContain("PENILAI");
    expect((await draf(A.sriwahyuni!, skp.novi!, "TW1", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" })).ok).toBe(false);
    expect((await draf(A.nurlaela!, skp.novi!, "TW1", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" })).ok).toBe(false);
    expect((await draf(A.lina!, skp.novi!, "TW1", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" })).ok).toBe(false);
    const id = await sampaiSelesai(A.eko!, skp.novi!, "TW1", "DI_ATAS", "DI_ATAS");
    expect(await baris(skp.novi!, "TW1")).toMatchObject({ status: "SELESAI_DINILAI", predikat: "SANGAT_BAIK", penilaiPegawaiId: A.eko!.pegawaiId });
    expect(await jejak("EVALUASI_SELESAI_DINILAI", id)).toBe(1);
    // Atasan pejabat penilai Novi (Kepala Dinas, atasan jabatan yang di-Plt-kan) berperan ATASAN_PENILAI.
    expect((await muatKonteksEvaluasi(A.sriwahyuni!, skp.novi!, "TW1"))?.peran).toEqual(["ATASAN_PENILAI"]);
  });
});

describe("id palsu tidak mengubah apa pun", () => {
  it("umpan balik untuk RHK SKP lain ditolak; versi dan umpan tetap", async () => {
    const e0 = (await baris(skp.wahyu!, "TW1"))!;
    const rhkJoko = (await d.prisma.rhk.findFirstOrThrow({ where: { skpId: skp.joko! }, select: { id: true } })).id;
    const r = await draf(A.nurlaela!, skp.wahyu!, "TW1", e0.versi, { ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_BAWAH", umpanRhk: { [d.sasaran.rhkId]: { pilihan: "BAIK" }, [rhkJoko]: { pilihan: "KURANG", teks: "Disusupkan" } } });
    expect(r.ok).toBe(false);
    expect(await baris(skp.wahyu!, "TW1")).toEqual(e0);
    expect(await d.prisma.umpanEvaluasi.count({ where: { rhkId: rhkJoko } })).toBe(0);
    // RHK milik SKP ini diterima.
    const ok = await draf(A.nurlaela!, skp.wahyu!, "TW1", e0.versi, { ratingHasil: "SESUAI", ratingPerilaku: "DI_ATAS", umpanRhk: { [d.sasaran.rhkId]: { pilihan: "BAIK", teks: "Rutin" } } });
    expect(ok.ok).toBe(true);
    expect((await baris(skp.wahyu!, "TW1"))!._count.umpan).toBe(1);
  });

  it("finalkanTim dengan evaluasi tim lain (atau id acak) di dalamnya: tidak satu pun difinalkan", async () => {
    const milik = await sampaiSelesai(A.nurlaela!, skp.wahyu!, "TW1");
    const timLain = (await baris(skp.novi!, "TW1"))!.id; // tim Eko, sudah selesai dinilai
    const audit0 = await jejak("EVALUASI_DIFINALKAN");
    for (const ids of [[milik, timLain], [timLain], [milik, "11111111-2222-4333-8444-555555555555"]]) {
      const r = await finalkanTim(A.nurlaela!, { evaluasiId: ids });
      expect(r.ok, ids.join()).toBe(false);
    }
    expect((await baris(skp.wahyu!, "TW1"))!.status).toBe("SELESAI_DINILAI");
    expect((await baris(skp.novi!, "TW1"))!.status).toBe("SELESAI_DINILAI");
    expect(await jejak("EVALUASI_DIFINALKAN")).toBe(audit0);
    // Penilai lain atas evaluasi Wahyu (id sah, bukan timnya) juga ditolak.
    expect((await finalkanTim(A.eko!, { evaluasiId: [milik] })).ok).toBe(false);
    expect((await batalSelesai(A.eko!, { evaluasiId: milik })).ok).toBe(false);
    expect((await baris(skp.wahyu!, "TW1"))!.status).toBe("SELESAI_DINILAI");
  });
});

describe("versi optimistis", () => {
  it("dua penyimpanan dengan versi yang sama: yang kedua konflik dengan isi terbaru, tidak menimpa", async () => {
    const r0 = await draf(A.nurlaela!, skp.wahyu!, "TW2", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" });
    expect(r0.ok).toBe(true);
    if (!r0.ok) return;
    const a = await draf(A.nurlaela!, skp.wahyu!, "TW2", r0.versi, { ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", catatan: "Dari tab pertama", umpanRhk: { [d.sasaran.rhkId]: { pilihan: "SANGAT_BAIK" } } });
    expect(a.ok).toBe(true);
    const b = await draf(A.nurlaela!, skp.wahyu!, "TW2", r0.versi, { ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_BAWAH", catatan: "Dari tab kedua" });
    expect(b.ok).toBe(false);
    if (b.ok || !a.ok) return;
    expect(b.konflik).toMatchObject({ versi: a.versi, ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", catatan: "Dari tab pertama", umpanRhk: { [d.sasaran.rhkId]: { pilihan: "SANGAT_BAIK", teks: null } } });
    expect(await baris(skp.wahyu!, "TW2")).toMatchObject({ versi: a.versi, ratingHasil: "DI_ATAS", catatan: "Dari tab pertama" });
    expect(await jejak("EVALUASI_DRAF_DISIMPAN", r0.evaluasiId)).toBe(2);
  });

  it("dua penyimpanan pertama bersamaan (versi 0): satu menang, yang lain konflik; satu baris", async () => {
    const [x, y] = await Promise.all([
      draf(A.nurlaela!, skp.wahyu!, "TW3", 0, { ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", catatan: "Perangkat A" }),
      draf(A.nurlaela!, skp.wahyu!, "TW3", 0, { ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI", catatan: "Perangkat B" }),
    ]);
    expect([x.ok, y.ok].sort()).toEqual([false, true]);
    const [menang, kalah] = x.ok ? [x, y] : [y, x];
    if (!menang.ok || kalah.ok) return;
    expect(kalah.konflik?.versi).toBe(menang.versi);
    const e = (await baris(skp.wahyu!, "TW3"))!;
    expect(await d.prisma.evaluasiKinerja.count({ where: { skpId: skp.wahyu!, kode: "TW3" } })).toBe(1);
    expect(e.catatan).toBe(kalah.konflik?.catatan);
    expect(e.versi).toBe(menang.versi);
    expect(await jejak("EVALUASI_DRAF_DISIMPAN", e.id)).toBe(1);
  });
});

describe("gerbang kelengkapan", () => {
  it("BLOKIR menolak tandai selesai pada pelaksanaan belum lengkap; PERINGATAN membolehkan dengan catatan kelengkapan", async () => {
    const e = (await baris(skp.wahyu!, "TW3"))!;
    const tw3 = (await d.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: d.sasaran.periodeKinerjaId, kode: "TW3" }, select: { id: true } })).id;
    expect((await kelengkapanPeriode(skp.wahyu!, tw3)).status).not.toBe("LENGKAP");
    expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: d.sasaran.instansiId, gerbang: "BLOKIR", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
    const t = await tandaiSelesai(A.nurlaela!, { evaluasiId: e.id });
    expect(t.ok).toBe(false);
    expect(t.pesan).toMatch(/belum lengkap/);
    expect((await baris(skp.wahyu!, "TW3"))!.status).toBe("DRAF");
    expect(await jejak("EVALUASI_SELESAI_DINILAI", e.id)).toBe(0);

    expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: d.sasaran.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
    expect(await jejak("PENGATURAN_PENILAIAN_DIUBAH", d.sasaran.instansiId)).toBe(3);
    const ok = await tandaiSelesai(A.nurlaela!, { evaluasiId: e.id });
    expect(ok.ok, ok.pesan).toBe(true);
    const sesudah = (await baris(skp.wahyu!, "TW3"))!;
    expect(sesudah.status).toBe("SELESAI_DINILAI");
    expect(sesudah.catatanKelengkapan).toMatch(/^Pelaksanaan belum lengkap saat dinilai: /);
    expect(await jejak("EVALUASI_SELESAI_DINILAI", e.id)).toBe(1);
    // Dibuka lagi oleh penilai: draf, dapat diubah.
    expect((await batalSelesai(A.nurlaela!, { evaluasiId: e.id })).ok).toBe(true);
    expect((await baris(skp.wahyu!, "TW3"))!.status).toBe("DRAF");
    expect(await jejak("EVALUASI_DIBUKA_PENILAI", e.id)).toBe(1);
  });

  it("admin instansi lain dan pegawai biasa tidak dapat mengubah pengaturan instansi ini", async () => {
    const sebelum = await d.prisma.pengaturanPenilaian.findUniqueOrThrow({ where: { instansiId: d.sasaran.instansiId } });
    const isi = { instansiId: d.sasaran.instansiId, gerbang: "BLOKIR" as const, tenggatKeberatan: 3, jenisHariKeberatan: "KERJA" as const };
    for (const k of ["wahyu", "nurlaela", "sriwahyuni", "adminLain"]) expect((await simpanPengaturanPenilaian(A[k]!, isi)).ok, k).toBe(false);
    // Admin instansi lain hanya mengubah pengaturan instansinya sendiri.
    expect((await simpanPengaturanPenilaian(A.adminLain!, { ...isi, instansiId: d.sasaran.instansiLainId })).ok).toBe(true);
    expect(await d.prisma.pengaturanPenilaian.findUniqueOrThrow({ where: { instansiId: d.sasaran.instansiId } })).toEqual(sebelum);
  });
});

describe("finalisasi", () => {
  it("finalkanTim semua-atau-tidak: satu belum selesai → tidak ada yang final; lalu semuanya final dengan tenggat keberatan", async () => {
    const w = (await baris(skp.wahyu!, "TW1"))!.id; // SELESAI_DINILAI
    const rj = await draf(A.nurlaela!, skp.joko!, "TW1", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" });
    expect(rj.ok).toBe(true);
    if (!rj.ok) return;
    const audit0 = await jejak("EVALUASI_DIFINALKAN");
    const r = await finalkanTim(A.nurlaela!, { evaluasiId: [w, rj.evaluasiId] });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.galat?.evaluasiId?.join(" ")).toMatch(/Joko/);
    expect((await baris(skp.wahyu!, "TW1"))!.status).toBe("SELESAI_DINILAI");
    expect(await jejak("EVALUASI_DIFINALKAN")).toBe(audit0);

    expect((await tandaiSelesai(A.nurlaela!, { evaluasiId: rj.evaluasiId })).ok).toBe(true);
    const ok = await finalkanTim(A.nurlaela!, { evaluasiId: [w, rj.evaluasiId] });
    expect(ok.ok, ok.pesan).toBe(true);
    for (const [s, id] of [[skp.wahyu!, w], [skp.joko!, rj.evaluasiId]] as const) {
      const e = (await baris(s, "TW1"))!;
      expect(e.status).toBe("FINAL");
      expect(e.tenggatKeberatan!.getTime()).toBeGreaterThan(Date.now());
      expect(await jejak("EVALUASI_DIFINALKAN", id)).toBe(1);
    }
  });

  it("evaluasi final menolak perubahan penilai (simpan, selesai, batal, kecualikan)", async () => {
    const e = (await baris(skp.wahyu!, "TW1"))!;
    const r = await draf(A.nurlaela!, skp.wahyu!, "TW1", e.versi, { ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_BAWAH" });
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.pesan).toMatch(/sudah final/);
    expect((await tandaiSelesai(A.nurlaela!, { evaluasiId: e.id })).ok).toBe(false);
    expect((await batalSelesai(A.nurlaela!, { evaluasiId: e.id })).ok).toBe(false);
    expect((await kecualikanPeriode(A.nurlaela!, { skpId: skp.wahyu!, kode: "TW1", alasan: "Tugas belajar sepanjang triwulan" })).ok).toBe(false);
    expect((await finalkanTim(A.nurlaela!, { evaluasiId: [e.id] })).ok).toBe(false);
    expect(await baris(skp.wahyu!, "TW1")).toEqual(e);
  });

  it("buka kembali: hanya admin BKD instansi itu, dengan alasan; lalu penilai dapat mengubah", async () => {
    const e = (await baris(skp.joko!, "TW1"))!;
    for (const k of ["nurlaela", "joko", "sriwahyuni", "adminLain"]) expect((await bukaKembaliEvaluasi(A[k]!, { evaluasiId: e.id, alasan: "Salah memilih rating perilaku" })).ok, k).toBe(false);
    expect((await baris(skp.joko!, "TW1"))!.status).toBe("FINAL");
    expect((await bukaKembaliEvaluasi(A.rizki!, { evaluasiId: e.id, alasan: "Salah memilih rating perilaku" })).ok).toBe(true);
    expect(await baris(skp.joko!, "TW1")).toMatchObject({ status: "DRAF", tenggatKeberatan: null });
    expect(await jejak("EVALUASI_DIBUKA_KEMBALI", e.id)).toBe(1);
    // Final lagi (untuk keberatan TETAP di bawah).
    await sampaiFinal(A.nurlaela!, skp.joko!, "TW1");
  });

  it("tenggat keberatan berhari kerja melompati hari libur instansi (daftar /admin/libur)", async () => {
    const e = (await baris(skp.joko!, "TW1"))!;
    expect((await bukaKembaliEvaluasi(A.rizki!, { evaluasiId: e.id, alasan: "Uji tenggat berhari kerja" })).ok).toBe(true);
    expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: d.sasaran.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 3, jenisHariKeberatan: "KERJA" })).ok).toBe(true);
    // Dua hari kerja berikutnya menjadi libur instansi; libur instansi lain tidak berpengaruh.
    const hari = tanggalLokal(new Date(), "Asia/Jakarta");
    const libur: string[] = [];
    for (let t = hari.getTime() + 86_400_000; libur.length < 2; t += 86_400_000) if (![0, 6].includes(new Date(t).getUTCDay())) libur.push(new Date(t).toISOString().slice(0, 10));
    await d.prisma.hariLibur.createMany({ data: libur.map((l) => ({ instansiId: d.sasaran.instansiId, tanggal: new Date(l), nama: "Libur uji tenggat" })), skipDuplicates: true });
    const lain = new Date(hari.getTime() + 5 * 86_400_000);
    await d.prisma.hariLibur.createMany({ data: [{ instansiId: d.sasaran.instansiLainId, tanggal: lain, nama: "Libur instansi lain" }], skipDuplicates: true });
    try {
      await sampaiFinal(A.nurlaela!, skp.joko!, "TW1");
      const f = await d.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: e.id }, select: { finalAt: true, tenggatKeberatan: true } });
      const semua = (await d.prisma.hariLibur.findMany({ where: { instansiId: d.sasaran.instansiId }, select: { tanggal: true } })).map((x) => x.tanggal.toISOString().slice(0, 10));
      expect(f.tenggatKeberatan).toEqual(hariTerakhirKeberatan(f.finalAt!, { hari: 3, jenis: "KERJA" }, "Asia/Jakarta", semua));
      expect(f.tenggatKeberatan!.getTime()).toBeGreaterThan(hariTerakhirKeberatan(f.finalAt!, { hari: 3, jenis: "KERJA" }, "Asia/Jakarta").getTime());
    } finally {
      await d.prisma.hariLibur.deleteMany({ where: { nama: { in: ["Libur uji tenggat", "Libur instansi lain"] } } });
      expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: d.sasaran.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
    }
  });
});

describe("keberatan", () => {
  it("lewat tenggat: ditolak dengan tanggal terakhirnya, tanpa baris keberatan", async () => {
    const e = (await baris(skp.wahyu!, "TW1"))!;
    // Kemarin menurut zona waktu instansi (WIB), bukan menurut UTC.
    const lewat = new Date(tanggalLokal(new Date(), "Asia/Jakarta").getTime() - 86_400_000);
    await d.prisma.evaluasiKinerja.update({ where: { id: e.id }, data: { tenggatKeberatan: lewat } });
    const r = await ajukanKeberatan(A.wahyu!, { evaluasiId: e.id, alasan: "Capaian saya melampaui target triwulan." });
    expect(r.ok).toBe(false);
    expect(r.pesan).toContain("Tenggat keberatan sudah lewat");
    expect(r.pesan).toContain(formatTanggal(lewat));
    expect(await d.prisma.keberatan.count({ where: { evaluasiId: e.id } })).toBe(0);
    expect(await jejak("KEBERATAN_DIAJUKAN", e.id)).toBe(0);
    await d.prisma.evaluasiKinerja.update({ where: { id: e.id }, data: { tenggatKeberatan: e.tenggatKeberatan } });
  });

  it("diputuskan DIUBAH: rating berubah dan predikat mengikuti kuadran; hanya atasan pejabat penilai yang memutuskan", async () => {
    const e = (await baris(skp.wahyu!, "TW1"))!;
    expect(e.predikat).toBe("BAIK");
    for (const k of ["joko", "nurlaela", "sriwahyuni", "rizki"]) expect((await ajukanKeberatan(A[k]!, { evaluasiId: e.id, alasan: "Capaian saya melampaui target." })).ok, k).toBe(false);
    // Hari terakhir (hari ini di zona instansi) masih terbuka.
    await d.prisma.evaluasiKinerja.update({ where: { id: e.id }, data: { tenggatKeberatan: tanggalLokal(new Date(), "Asia/Jakarta") } });
    expect((await ajukanKeberatan(A.wahyu!, { evaluasiId: e.id, alasan: "Capaian saya melampaui target triwulan." })).ok).toBe(true);
    expect((await ajukanKeberatan(A.wahyu!, { evaluasiId: e.id, alasan: "Keberatan kedua atas hal yang sama." })).ok).toBe(false);
    expect(await jejak("KEBERATAN_DIAJUKAN", e.id)).toBe(1);
    // Selama keberatan berjalan admin tidak dapat membuka kembali.
    expect((await bukaKembaliEvaluasi(A.rizki!, { evaluasiId: e.id, alasan: "Salah memilih rating perilaku" })).ok).toBe(false);

    for (const k of ["wahyu", "sriwahyuni", "rizki"]) expect((await jelaskanKeberatan(A[k]!, { evaluasiId: e.id, penjelasan: "Dua kegiatan tidak didukung bukti." })).ok, k).toBe(false);
    expect((await jelaskanKeberatan(A.nurlaela!, { evaluasiId: e.id, penjelasan: "Dua kegiatan tidak didukung bukti." })).ok).toBe(true);
    expect(await jejak("KEBERATAN_DIJELASKAN", e.id)).toBe(1);

    const putusan = { evaluasiId: e.id, keputusan: "DIUBAH" as const, ratingHasil: "DI_BAWAH" as const, ratingPerilaku: "DI_ATAS" as const, catatan: "Bukti tidak lengkap, hasil kerja di bawah ekspektasi." };
    for (const k of ["wahyu", "nurlaela", "rizki", "arief", "dedi"]) expect((await putuskanKeberatan(A[k]!, putusan)).ok, k).toBe(false);
    expect(await baris(skp.wahyu!, "TW1")).toMatchObject({ ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", predikat: "BAIK" });
    const r = await putuskanKeberatan(A.sriwahyuni!, putusan);
    expect(r.ok, r.pesan).toBe(true);
    expect(await baris(skp.wahyu!, "TW1")).toMatchObject({ status: "FINAL", ratingHasil: "DI_BAWAH", ratingPerilaku: "DI_ATAS", predikat: "BUTUH_PERBAIKAN" });
    expect(await d.prisma.keberatan.findUniqueOrThrow({ where: { evaluasiId: e.id } })).toMatchObject({ status: "DIPUTUSKAN", keputusan: "DIUBAH", predikatSebelum: "BAIK", predikatBaru: "BUTUH_PERBAIKAN" });
    expect(await jejak("KEBERATAN_DIPUTUSKAN", e.id)).toBe(1);
    // Keputusan final: tidak dapat diputuskan ulang, dan tidak dibuka kembali admin.
    expect((await putuskanKeberatan(A.sriwahyuni!, { ...putusan, ratingHasil: "DI_ATAS" })).ok).toBe(false);
    expect((await bukaKembaliEvaluasi(A.rizki!, { evaluasiId: e.id, alasan: "Salah memilih rating perilaku" })).ok).toBe(false);
    expect(await jejak("KEBERATAN_DIPUTUSKAN", e.id)).toBe(1);
  });

  it("diputuskan TETAP: rating dan predikat tidak berubah", async () => {
    const e = (await baris(skp.joko!, "TW1"))!;
    expect((await ajukanKeberatan(A.joko!, { evaluasiId: e.id, alasan: "Beban kerja saya bertambah triwulan ini." })).ok).toBe(true);
    const r = await putuskanKeberatan(A.sriwahyuni!, { evaluasiId: e.id, keputusan: "TETAP", catatan: "Penilaian sudah sesuai bukti kinerja." });
    expect(r.ok, r.pesan).toBe(true);
    const sesudah = (await baris(skp.joko!, "TW1"))!;
    expect(sesudah).toMatchObject({ ratingHasil: e.ratingHasil, ratingPerilaku: e.ratingPerilaku, predikat: e.predikat, versi: e.versi });
    expect(await d.prisma.keberatan.findUniqueOrThrow({ where: { evaluasiId: e.id } })).toMatchObject({ status: "DIPUTUSKAN", keputusan: "TETAP", predikatBaru: null });
    expect(await jejak("KEBERATAN_DIAJUKAN", e.id)).toBe(1);
    expect(await jejak("KEBERATAN_DIPUTUSKAN", e.id)).toBe(1);
  });
});

describe("evaluasi tahunan", () => {
  it("AKHIR ditolak sampai setiap periode segmen final atau dikecualikan; tidak dapat dikecualikan", async () => {
    const r = await draf(A.nurlaela!, skp.wahyu!, "AKHIR", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" });
    expect(r.ok, r.ok ? "" : r.pesan).toBe(true);
    if (!r.ok) return;
    expect((await kecualikanPeriode(A.nurlaela!, { skpId: skp.wahyu!, kode: "AKHIR", alasan: "Tugas belajar sepanjang tahun" })).ok).toBe(false);
    // TW1 final, TW2 draf, TW3 draf, TW4 belum.
    const t = await tandaiSelesai(A.nurlaela!, { evaluasiId: r.evaluasiId });
    expect(t.ok).toBe(false);
    expect(t.pesan).toMatch(/Belum: .*Triwulan II.*Triwulan III.*Triwulan IV/i);

    await sampaiFinal(A.nurlaela!, skp.wahyu!, "TW2");
    expect((await kecualikanPeriode(A.nurlaela!, { skpId: skp.wahyu!, kode: "TW3", alasan: "Tugas belajar sepanjang triwulan III" })).ok).toBe(true);
    const tw3 = (await baris(skp.wahyu!, "TW3"))!;
    expect(tw3.status).toBe("DIKECUALIKAN");
    expect(await jejak("EVALUASI_DIKECUALIKAN", tw3.id)).toBe(1);
    // Batal lalu kecualikan lagi (jejak keduanya).
    expect((await batalKecualikan(A.nurlaela!, { evaluasiId: tw3.id })).ok).toBe(true);
    expect(await jejak("EVALUASI_PENGECUALIAN_DIBATALKAN", tw3.id)).toBe(1);
    expect((await kecualikanPeriode(A.nurlaela!, { skpId: skp.wahyu!, kode: "TW3", alasan: "Tugas belajar sepanjang triwulan III" })).ok).toBe(true);
    const masih = await tandaiSelesai(A.nurlaela!, { evaluasiId: r.evaluasiId });
    expect(masih.ok).toBe(false);
    expect(masih.pesan).toMatch(/Belum: Triwulan IV\.?$/i);
    // TW4 dikecualikan sebelum pernah dinilai (baris baru).
    expect((await kecualikanPeriode(A.nurlaela!, { skpId: skp.wahyu!, kode: "TW4", alasan: "Cuti di luar tanggungan negara" })).ok).toBe(true);
    const ok = await tandaiSelesai(A.nurlaela!, { evaluasiId: r.evaluasiId });
    expect(ok.ok, ok.pesan).toBe(true);
    expect((await finalkanTim(A.nurlaela!, { evaluasiId: [r.evaluasiId] })).ok).toBe(true);
    expect((await baris(skp.wahyu!, "AKHIR"))!.status).toBe("FINAL");
  });
});

describe("perubahan bersamaan di dalam transaksi", () => {
  it("keberatan yang masuk saat admin membuka kembali: pembukaan ditolak, keberatan tidak tertinggal pada draf", async () => {
    const id = await sampaiFinal(A.nurlaela!, skp.joko!, "TW2");
    // Koneksi lain memegang kunci baris evaluasi (seperti ajukanKeberatan di tengah transaksinya).
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      await c.query("BEGIN");
      await c.query("SELECT id FROM evaluasi_kinerja WHERE id = $1 FOR UPDATE", [id]);
      const buka = bukaKembaliEvaluasi(A.rizki!, { evaluasiId: id, alasan: "Salah memilih rating perilaku" });
      // Tunggu sampai pembukaan kembali tertahan pada kunci baris itu (konteksnya sudah dimuat: belum ada keberatan).
      // (pg_stat_activity di dalam transaksi adalah potret: dibersihkan tiap kali.)
      for (let i = 0; i < 60; i++) {
        await c.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%evaluasi_kinerja%FOR UPDATE%'");
        if (rows[0].n > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(
        "INSERT INTO keberatan (id, evaluasi_id, alasan, rating_hasil_sebelum, rating_perilaku_sebelum, predikat_sebelum) VALUES (gen_random_uuid(), $1, 'Beban kerja bertambah triwulan ini.', 'SESUAI', 'SESUAI', 'BAIK')",
        [id],
      );
      await c.query("COMMIT");
      const r = await buka;
      expect(r.ok, r.pesan).toBe(false);
    } finally {
      await c.end();
    }
    expect((await baris(skp.joko!, "TW2"))!.status).toBe("FINAL");
    expect(await jejak("EVALUASI_DIBUKA_KEMBALI", id)).toBe(0);
  });
});

describe("permintaan bersamaan tidak berakhir galat server", () => {
  it("dua finalisasi tim yang sama dengan urutan berbeda: satu berhasil, yang lain ditolak rapi (tanpa kebuntuan)", async () => {
    const a = await sampaiSelesai(A.nurlaela!, skp.joko!, "TW3");
    const b = await sampaiSelesai(A.nurlaela!, skp.joko!, "TW4");
    for (let i = 0; i < 8; i++) {
      await d.prisma.evaluasiKinerja.updateMany({ where: { id: { in: [a, b] } }, data: { status: "SELESAI_DINILAI", finalAt: null, tenggatKeberatan: null } });
      const hasil = await Promise.allSettled([finalkanTim(A.nurlaela!, { evaluasiId: [a, b] }), finalkanTim(A.nurlaela!, { evaluasiId: [b, a] })]);
      const galat = hasil.flatMap((h) => (h.status === "rejected" ? [String(h.reason).slice(0, 200)] : []));
      expect(galat, `putaran ${i}`).toEqual([]);
      const ok = hasil.map((h) => (h.status === "fulfilled" ? h.value.ok : null));
      expect(ok.filter(Boolean).length, `putaran ${i}`).toBe(1);
      expect(await d.prisma.evaluasiKinerja.count({ where: { id: { in: [a, b] }, status: "FINAL" } })).toBe(2);
    }
  });

  it("kecualikan dan simpan draf pertama bersamaan: satu baris, yang kalah ditolak rapi", async () => {
    for (const kode of ["TW2", "TW3", "TW4"]) {
      const hasil = await Promise.allSettled([
        kecualikanPeriode(A.eko!, { skpId: skp.novi!, kode, alasan: "Cuti melahirkan sepanjang triwulan" }),
        draf(A.eko!, skp.novi!, kode, 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" }),
      ]);
      const galat = hasil.flatMap((h) => (h.status === "rejected" ? [String(h.reason).slice(0, 200)] : []));
      expect(galat, kode).toEqual([]);
      expect(hasil.some((h) => h.status === "fulfilled" && h.value.ok), kode).toBe(true);
      expect(await d.prisma.evaluasiKinerja.count({ where: { skpId: skp.novi!, kode } })).toBe(1);
    }
  });
});

describe("berkas penilaian", () => {
  const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const jumlahBerkas = async () => {
    let n = 0;
    for await (const _ of penyimpanan().daftar("penilaian/")) n++;
    return n;
  };

  it("pindaian keputusan pimpinan: hanya admin BKD; bila transaksinya gagal, berkasnya tidak tertinggal di penyimpanan", async () => {
    const skpSekda = (await d.prisma.skp.findFirstOrThrow({ where: { pegawaiId: d.demo.pegawaiId("hendra"), status: "DISETUJUI" }, select: { id: true } })).id;
    const r = await draf(A.rizki!, skpSekda, "TW2", 0, { ratingHasil: "SESUAI", ratingPerilaku: "SESUAI" });
    expect(r.ok, r.ok ? "" : r.pesan).toBe(true);
    if (!r.ok) return;
    for (const k of ["nurlaela", "sriwahyuni", "adminLain"]) expect((await unggahPindaian(A[k]!, { evaluasiId: r.evaluasiId, nama: "keputusan.pdf", bytes: PDF })).ok, k).toBe(false);
    const n0 = await jumlahBerkas();
    await d.prisma.$executeRawUnsafe(`CREATE FUNCTION uji_tolak_audit_nilai() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'uji: audit ditolak'; END $$`);
    await d.prisma.$executeRawUnsafe(`CREATE TRIGGER uji_tolak_audit_nilai BEFORE INSERT ON jejak_audit FOR EACH ROW EXECUTE FUNCTION uji_tolak_audit_nilai()`);
    try {
      await expect(unggahPindaian(A.rizki!, { evaluasiId: r.evaluasiId, nama: "keputusan.pdf", bytes: PDF })).rejects.toThrow(/audit ditolak/);
    } finally {
      await d.prisma.$executeRawUnsafe(`DROP TRIGGER uji_tolak_audit_nilai ON jejak_audit`);
      await d.prisma.$executeRawUnsafe(`DROP FUNCTION uji_tolak_audit_nilai()`);
    }
    expect(await jumlahBerkas(), "berkas yatim").toBe(n0);
    expect((await d.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: r.evaluasiId }, select: { pindaianKunci: true } })).pindaianKunci).toBeNull();
    // Berhasil: berkas tersimpan, satu jejak; finalisasi kini boleh (pindaian terlampir).
    expect((await unggahPindaian(A.rizki!, { evaluasiId: r.evaluasiId, nama: "keputusan.pdf", bytes: PDF })).ok).toBe(true);
    expect(await jumlahBerkas()).toBe(n0 + 1);
    expect(await jejak("EVALUASI_PINDAIAN_DIUNGGAH", r.evaluasiId)).toBe(1);
    // Sekda memimpin Sekretariat Daerah: rating hasil kerjanya mengikuti capaian Setda, yang belum ditetapkan.
    const belum = await tandaiSelesai(A.rizki!, { evaluasiId: r.evaluasiId });
    expect(belum.ok).toBe(false);
    if (!belum.ok) expect(belum.pesan).toContain("mengikuti capaian kinerja organisasinya");
    const setda = await d.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, jenis: "SEKRETARIAT_DAERAH" }, select: { id: true } });
    expect((await tetapkanCapaian(A.rizki!, { instansiId: d.sasaran.instansiId, unitKerjaId: setda.id, tahun: TAHUN, kode: "TW2", predikat: "ISTIMEWA", dasar: "Seluruh rencana aksi Setda melampaui target." })).ok).toBe(true);
    expect((await tandaiSelesai(A.rizki!, { evaluasiId: r.evaluasiId })).ok).toBe(true);
    // Istimewa → Di Atas Ekspektasi (pemetaan bawaan §5.3); perilaku tetap dari penilai: Sesuai → Baik.
    expect(await d.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: r.evaluasiId }, select: { ratingHasil: true, ratingHasilDariCapaian: true, predikat: true } })).toEqual({ ratingHasil: "DI_ATAS", ratingHasilDariCapaian: true, predikat: "BAIK" });
    expect((await finalkanTim(A.rizki!, { evaluasiId: [r.evaluasiId] })).ok).toBe(true);
  });
});

describe("jejak audit penilaian", () => {
  it("setiap nama aksi penilaian tercatat dalam uji ini, atas nama penggunanya dan pada evaluasi yang ada", async () => {
    const NAMA = [
      "EVALUASI_DRAF_DISIMPAN", "EVALUASI_SELESAI_DINILAI", "EVALUASI_DIBUKA_PENILAI", "EVALUASI_DIFINALKAN", "EVALUASI_DIKECUALIKAN", "EVALUASI_PENGECUALIAN_DIBATALKAN",
      "EVALUASI_DIBUKA_KEMBALI", "EVALUASI_PINDAIAN_DIUNGGAH", "KEBERATAN_DIAJUKAN", "KEBERATAN_DIJELASKAN", "KEBERATAN_DIPUTUSKAN", "PENGATURAN_PENILAIAN_DIUBAH",
    ];
    for (const n of NAMA) expect(await jejak(n), n).toBeGreaterThan(0);
    const baris = await d.prisma.jejakAudit.findMany({ where: { entitas: "EvaluasiKinerja" }, select: { aksi: true, entitasId: true, penggunaId: true } });
    const ada = new Set((await d.prisma.evaluasiKinerja.findMany({ select: { id: true } })).map((e) => e.id));
    expect(baris.filter((b) => !b.penggunaId || !ada.has(b.entitasId ?? "")), "jejak tanpa pelaku atau tanpa evaluasinya").toEqual([]);
    // Jumlah evaluasi yang pernah final = jumlah jejak final (tidak ada final tanpa jejak).
    const final = await d.prisma.evaluasiKinerja.count({ where: { status: "FINAL" } });
    expect(new Set(baris.filter((b) => b.aksi === "EVALUASI_DIFINALKAN").map((b) => b.entitasId)).size).toBeGreaterThanOrEqual(final);
  });
});
