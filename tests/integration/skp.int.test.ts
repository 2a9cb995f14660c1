// Perencanaan SKP lewat layanan yang dipanggil server action, sebagai setiap peran, pada PostgreSQL sungguhan:
// alur JPT → kepala bidang (intervensi RHK) → tolak/perbaiki/setujui, otorisasi, id palsu, revisi, riwayat.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { getDetailSkp, getPilihanRhkAtasan, getRiwayatSkp, getSkpBawahan, getSkpSaya } from "@/lib/skp/baca";
import { buatRevisi, buatSkp, hapusRhk, hapusSkp, isiEkspektasi, perbaruiIdentitas, setujuiBanyak, simpanLampiran, simpanRhk, ubahStatusSkp } from "@/lib/skp/layanan";
import { getMatriks, simpanMatriks } from "@/lib/skp/matriks";
import { simpanTemplat, terapkanTemplat } from "@/lib/skp/template";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["hendra", "agus", "bambang", "hendri", "rizki", "eko", "ratna", "lestari"]) A[k] = await aktorDemo(demo, k);
});

async function skpBaru(key: string, pendekatan: "KUANTITATIF" | "KUALITATIF" = "KUANTITATIF") {
  const seg = (await getSkpSaya(A[key]!, TAHUN)).at(-1)!;
  const r = await buatSkp(A[key]!, { jabatanId: seg.kartu.jabatanId, mulai: seg.mulai.toISOString().slice(0, 10), pendekatan });
  if (!r.ok) throw new Error(r.pesan);
  return r.data.skpId;
}

const iki = (indikator: string, target = 12) => ({ aspek: "KUANTITAS" as const, indikator, targetMin: target, satuan: "dokumen" });

let skpAgus = "";
let rhkAgus = "";
let skpBambang = "";

describe("SKP JPT (kepala badan) disetujui Sekda", () => {
  it("membuat draf dengan snapshot penilai dan atasan penilai, 7 perilaku BerAKHLAK", async () => {
    skpAgus = await skpBaru("agus");
    const d = (await getDetailSkp(A.agus!, skpAgus))!;
    expect(d.status).toBe("DRAFT");
    expect(d.varian).toBe("JPT");
    expect(d.penilaiSnapshot?.nama).toBe("Dr. Ir. Hendra Wijaya, M.Si.");
    expect(d.atasanPenilaiSnapshot?.jabatan).toMatch(/Bupati/);
    expect(d.perilaku).toHaveLength(7);
    expect(d.aksi).toContain("AJUKAN");
    // SKP kedua untuk jabatan dan periode yang sama ditolak.
    const seg = (await getSkpSaya(A.agus!, TAHUN)).at(-1)!;
    expect((await buatSkp(A.agus!, { jabatanId: seg.kartu.jabatanId, mulai: seg.mulai.toISOString().slice(0, 10), pendekatan: "KUALITATIF" })).ok).toBe(false);
  });

  it("tidak dapat diajukan selagi belum lengkap (JPT butuh perspektif)", async () => {
    const r0 = await ubahStatusSkp(A.agus!, { skpId: skpAgus, aksi: "AJUKAN" });
    expect(r0.ok).toBe(false);
    const r = await simpanRhk(A.agus!, { skpId: skpAgus, jenis: "UTAMA", teks: "Meningkatnya kualitas pengelolaan kinerja ASN", iki: [iki("Persentase ASN dengan SKP tepat waktu", 95)] });
    expect(r.ok).toBe(true);
    rhkAgus = r.ok ? r.data.rhkId : "";
    const r1 = await ubahStatusSkp(A.agus!, { skpId: skpAgus, aksi: "AJUKAN" });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.pesan).toMatch(/erspektif/);
    expect((await simpanRhk(A.agus!, { skpId: skpAgus, rhkId: rhkAgus, jenis: "UTAMA", teks: "Meningkatnya kualitas pengelolaan kinerja ASN", perspektif: "PENERIMA_LAYANAN", iki: [iki("Persentase ASN dengan SKP tepat waktu", 95)] })).ok).toBe(true);
  });

  it("diajukan, lalu hanya Sekda (penilai) yang dapat menyetujui", async () => {
    expect((await ubahStatusSkp(A.agus!, { skpId: skpAgus, aksi: "AJUKAN" })).ok).toBe(true);
    // Pemilik tidak dapat mengubah selagi diajukan; orang lain tidak dapat menyetujui.
    expect((await simpanRhk(A.agus!, { skpId: skpAgus, jenis: "TAMBAHAN", teks: "Tambahan apa saja", iki: [iki("x")] })).ok).toBe(false);
    for (const k of ["agus", "bambang", "rizki", "hendri"]) {
      expect((await ubahStatusSkp(A[k]!, { skpId: skpAgus, aksi: "SETUJUI" })).ok, k).toBe(false);
    }
    const ok = await ubahStatusSkp(A.hendra!, { skpId: skpAgus, aksi: "SETUJUI" });
    expect(ok).toMatchObject({ ok: true, data: { status: "DISETUJUI" } });
    // Klik kedua tidak menggandakan.
    expect((await ubahStatusSkp(A.hendra!, { skpId: skpAgus, aksi: "SETUJUI" })).ok).toBe(false);
  });
});

describe("SKP kepala bidang yang mengintervensi RHK kepala badan", () => {
  it("pilihan RHK pimpinan hanya dari SKP penilainya yang disetujui", async () => {
    skpBambang = await skpBaru("bambang");
    const d = (await getDetailSkp(A.bambang!, skpBambang))!;
    expect(d.varian).toBe("JA_JF");
    const pilihan = await getPilihanRhkAtasan(d);
    expect(pilihan.map((p) => p.id)).toEqual([rhkAgus]);
  });

  it("tidak boleh memilih RHK dari SKP orang lain (id palsu di formulir)", async () => {
    // Hendri (bawahan Bambang) membuat SKP; RHK-nya mencoba menunjuk RHK kepala badan (bukan penilainya).
    const skpHendri = await skpBaru("hendri");
    const r = await simpanRhk(A.hendri!, { skpId: skpHendri, jenis: "UTAMA", teks: "Tersedianya data kinerja", rhkAtasanId: rhkAgus, iki: [iki("Dokumen data kinerja")] });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.pesan).toMatch(/bukan milik pejabat penilai/);
    // RHK yang tidak ada sama sekali.
    const r2 = await simpanRhk(A.hendri!, { skpId: skpHendri, jenis: "UTAMA", teks: "Tersedianya data kinerja", rhkAtasanId: "00000000-0000-4000-8000-000000000000", iki: [iki("x")] });
    expect(r2.ok).toBe(false);
    expect(await demo.prisma.rhk.count({ where: { skpId: skpHendri } })).toBe(0);
  });

  it("orang lain tidak dapat membaca atau mengubah SKP ini; id RHK milik SKP lain ditolak", async () => {
    expect(await getDetailSkp(A.hendri!, skpAgus)).toBeNull();
    expect(await getDetailSkp(A.eko!, skpBambang)).toBeNull();
    expect(await getDetailSkp(A.rizki!, skpBambang)).not.toBeNull(); // admin BKD instansi boleh membaca
    const r = await simpanRhk(A.hendri!, { skpId: skpBambang, jenis: "UTAMA", teks: "Sisipan dari orang lain", iki: [iki("x")] });
    expect(r.ok).toBe(false);
    // Bambang memakai skpId miliknya tetapi rhkId milik SKP Agus: tidak mengubah RHK Agus.
    const r2 = await simpanRhk(A.bambang!, { skpId: skpBambang, rhkId: rhkAgus, jenis: "UTAMA", teks: "Pembajakan RHK", iki: [iki("x")] });
    expect(r2.ok).toBe(false);
    expect((await demo.prisma.rhk.findUniqueOrThrow({ where: { id: rhkAgus }, select: { teks: true } })).teks).toBe("Meningkatnya kualitas pengelolaan kinerja ASN");
    expect((await hapusRhk(A.bambang!, { skpId: skpBambang, rhkId: rhkAgus })).ok).toBe(false);
    expect(await demo.prisma.rhk.count({ where: { id: rhkAgus } })).toBe(1);
  });

  it("diajukan, ditolak dengan alasan, diperbaiki, diajukan ulang, disetujui; lalu hanya-baca", async () => {
    const simpan = await simpanRhk(A.bambang!, {
      skpId: skpBambang,
      jenis: "UTAMA",
      teks: "Terlaksananya penilaian kinerja ASN tepat waktu",
      rhkAtasanId: rhkAgus,
      iki: [iki("Jumlah laporan penilaian kinerja", 4), { aspek: "WAKTU", indikator: "Ketepatan waktu laporan", targetMin: 12, satuan: "bulan" }],
    });
    expect(simpan.ok).toBe(true);
    expect((await simpanLampiran(A.bambang!, { skpId: skpBambang, jenis: "DUKUNGAN_SUMBER_DAYA", butir: ["Laptop", "Akses e-Kinerja"] })).ok).toBe(true);
    expect((await ubahStatusSkp(A.bambang!, { skpId: skpBambang, aksi: "AJUKAN" })).ok).toBe(true);

    expect((await isiEkspektasi(A.agus!, { skpId: skpBambang, ekspektasi: { AKUNTABEL: "Laporan selalu tepat waktu" } })).ok).toBe(true);
    expect((await isiEkspektasi(A.bambang!, { skpId: skpBambang, ekspektasi: { AKUNTABEL: "Saya sendiri" } })).ok).toBe(false);

    const tanpaAlasan = await ubahStatusSkp(A.agus!, { skpId: skpBambang, aksi: "TOLAK", alasan: "kurang" });
    expect(tanpaAlasan.ok).toBe(false);
    expect((await ubahStatusSkp(A.agus!, { skpId: skpBambang, aksi: "TOLAK", alasan: "Tambahkan indikator kualitas laporan." })).ok).toBe(true);
    const ditolak = (await getDetailSkp(A.bambang!, skpBambang))!;
    expect(ditolak.status).toBe("DITOLAK");
    expect(ditolak.alasanDitolak).toBe("Tambahkan indikator kualitas laporan.");

    const rhkId = ditolak.rhk[0]!.id;
    expect(
      (await simpanRhk(A.bambang!, {
        skpId: skpBambang, rhkId, jenis: "UTAMA", teks: "Terlaksananya penilaian kinerja ASN tepat waktu", rhkAtasanId: rhkAgus,
        iki: [iki("Jumlah laporan penilaian kinerja", 4), { aspek: "KUALITAS", indikator: "Laporan diterima tanpa revisi", targetMin: 90, targetMaks: 100, satuan: "%" }],
      })).ok,
    ).toBe(true);
    expect((await ubahStatusSkp(A.bambang!, { skpId: skpBambang, aksi: "AJUKAN" })).ok).toBe(true);
    expect((await ubahStatusSkp(A.agus!, { skpId: skpBambang, aksi: "SETUJUI" })).ok).toBe(true);

    const d = (await getDetailSkp(A.bambang!, skpBambang))!;
    expect(d.status).toBe("DISETUJUI");
    expect(d.rhk[0]!.rhkAtasan?.id).toBe(rhkAgus);
    expect(d.rhk[0]!.iki[1]!.targetTeks).toBe("90–100 %");
    expect(d.perilaku.find((p) => p.kode === "AKUNTABEL")?.ekspektasi).toBe("Laporan selalu tepat waktu");
    expect(d.aksi).toEqual(["BUAT_REVISI"]);
    expect((await simpanRhk(A.bambang!, { skpId: skpBambang, rhkId, jenis: "UTAMA", teks: "Diubah setelah disetujui", iki: [iki("x")] })).ok).toBe(false);
    expect((await simpanLampiran(A.bambang!, { skpId: skpBambang, jenis: "KONSEKUENSI", butir: ["x"] })).ok).toBe(false);

    const riwayat = await getRiwayatSkp([skpBambang]);
    expect(riwayat.map((r) => r.aksi).reverse()).toEqual([
      "SKP_DIBUAT", "RHK_DITAMBAH", "LAMPIRAN_DIUBAH", "SKP_DIAJUKAN", "EKSPEKTASI_DIISI", "SKP_DITOLAK", "RHK_DIUBAH", "SKP_DIAJUKAN", "SKP_DISETUJUI",
    ]);
    expect(riwayat[0]!.oleh).toBe("Drs. Agus Setiawan, M.M.");
  });

  it("atasan melihat status SKP bawahannya", async () => {
    const { baris } = await getSkpBawahan(A.agus!, TAHUN);
    expect(baris.find((b) => b.pegawaiId === demo.pegawaiId("bambang"))?.skp[0]?.status).toBe("DISETUJUI");
  });
});

describe("Revisi SKP yang disetujui", () => {
  it("versi disetujui tetap berlaku sampai revisi disetujui; tautan bawahan pindah ke RHK revisi", async () => {
    const r = await buatRevisi(A.agus!, skpAgus);
    expect(r.ok).toBe(true);
    const revisiId = r.ok ? r.data.skpId : "";
    expect((await buatRevisi(A.agus!, skpAgus)).ok).toBe(false); // satu revisi terbuka saja
    const lama = (await getDetailSkp(A.agus!, skpAgus))!;
    expect(lama.status).toBe("DISETUJUI");
    const rev = (await getDetailSkp(A.agus!, revisiId))!;
    expect(rev.versi).toBe(2);
    expect(rev.status).toBe("DRAFT");
    const rhkBaru = rev.rhk[0]!;
    expect((await simpanRhk(A.agus!, { skpId: revisiId, rhkId: rhkBaru.id, jenis: "UTAMA", teks: "Meningkatnya kualitas dan ketepatan pengelolaan kinerja ASN", perspektif: "PENERIMA_LAYANAN", iki: [iki("Persentase ASN dengan SKP tepat waktu", 98)] })).ok).toBe(true);
    expect((await ubahStatusSkp(A.agus!, { skpId: revisiId, aksi: "AJUKAN" })).ok).toBe(true);
    // Selama revisi diajukan, SKP Bambang masih menunjuk RHK versi 1.
    expect((await demo.prisma.rhk.findFirstOrThrow({ where: { skpId: skpBambang }, select: { rhkAtasanId: true } })).rhkAtasanId).toBe(rhkAgus);
    expect((await ubahStatusSkp(A.hendra!, { skpId: revisiId, aksi: "SETUJUI" })).ok).toBe(true);
    expect((await demo.prisma.skp.findUniqueOrThrow({ where: { id: skpAgus }, select: { status: true } })).status).toBe("DIGANTI");
    expect((await demo.prisma.rhk.findFirstOrThrow({ where: { skpId: skpBambang }, select: { rhkAtasanId: true } })).rhkAtasanId).toBe(rhkBaru.id);
  });
});

describe("Sekda: penilainya bupati (di luar sistem)", () => {
  it("admin BKD instansi mencatat persetujuan atas nama pimpinan instansi", async () => {
    // Data demo mungkin sudah memuat SKP Sekda yang disetujui: maka revisinya yang diajukan.
    const ada = await demo.prisma.skp.findFirst({ where: { pegawaiId: demo.pegawaiId("hendra"), status: { not: "DIGANTI" }, revisi: null }, select: { id: true, status: true } });
    let skp = ada?.id ?? (await skpBaru("hendra", "KUALITATIF"));
    if (ada?.status === "DISETUJUI") {
      const r = await buatRevisi(A.hendra!, ada.id);
      skp = r.ok ? r.data.skpId : "";
    }
    expect((await simpanRhk(A.hendra!, { skpId: skp, jenis: "UTAMA", teks: "Terwujudnya tata kelola pemerintahan yang baik", perspektif: "PROSES_BISNIS_INTERNAL", iki: [{ indikator: "Indeks reformasi birokrasi", targetTeks: "Kategori BB" }] })).ok).toBe(true);
    expect((await ubahStatusSkp(A.hendra!, { skpId: skp, aksi: "AJUKAN" })).ok).toBe(true);
    expect((await ubahStatusSkp(A.agus!, { skpId: skp, aksi: "SETUJUI" })).ok).toBe(false);
    expect((await ubahStatusSkp(A.rizki!, { skpId: skp, aksi: "SETUJUI" })).ok).toBe(true);
  });
});

describe("Matriks peran hasil dan persetujuan sekaligus", () => {
  it("atasan menurunkan RHK-nya: draf bawahan yang ada mendapat RHK, SKP baru bawahan terisi dari matriks", async () => {
    const m = await getMatriks(A.bambang!);
    expect(m.skp?.id).toBe(skpBambang);
    expect(m.bawahan.map((b) => b.nama)).toEqual(expect.arrayContaining(["Hendri Gunawan, S.Kom.", "Ratna Sari Dewi, S.Psi."]));
    const rhk = m.rhk[0]!.id;
    const skpHendri = (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hendri") }, select: { id: true } })).id;
    const r = await simpanMatriks(A.bambang!, {
      sel: { [rhk]: { [demo.pegawaiId("hendri")]: "Tersedianya rekap data kinerja bulanan seluruh OPD", [demo.pegawaiId("ratna")]: "Terlaksananya analisis hasil penilaian kinerja" } },
    });
    expect(r).toMatchObject({ ok: true, data: { diteruskan: 1 } });
    const rhkHendri = await demo.prisma.rhk.findMany({ where: { skpId: skpHendri }, select: { teks: true, rhkAtasanId: true, jenis: true } });
    expect(rhkHendri).toEqual([{ teks: "Tersedianya rekap data kinerja bulanan seluruh OPD", rhkAtasanId: rhk, jenis: "UTAMA" }]);
    // Menyimpan lagi tanpa perubahan tidak menggandakan RHK.
    await simpanMatriks(A.bambang!, { sel: { [rhk]: { [demo.pegawaiId("hendri")]: "Tersedianya rekap data kinerja bulanan seluruh OPD" } } });
    expect(await demo.prisma.rhk.count({ where: { skpId: skpHendri } })).toBe(1);

    const skpRatna = await skpBaru("ratna");
    const d = (await getDetailSkp(A.ratna!, skpRatna))!;
    expect(d.rhk.map((x) => [x.teks, x.rhkAtasan?.id])).toEqual([["Terlaksananya analisis hasil penilaian kinerja", rhk]]);
  });

  it("baris atau kolom palsu ditolak tanpa mengubah apa pun", async () => {
    const rhkLain = (await demo.prisma.rhk.findFirstOrThrow({ where: { skp: { pegawaiId: demo.pegawaiId("hendra") } }, select: { id: true } })).id;
    const sebelum = await demo.prisma.peranHasil.count();
    expect((await simpanMatriks(A.bambang!, { sel: { [rhkLain]: { [demo.pegawaiId("hendri")]: "x" } } })).ok).toBe(false);
    const rhkSaya = (await getMatriks(A.bambang!)).rhk[0]!.id;
    expect((await simpanMatriks(A.bambang!, { sel: { [rhkSaya]: { [demo.pegawaiId("eko")]: "bukan bawahan" } } })).ok).toBe(false);
    // ASN tanpa SKP disetujui tidak punya matriks.
    expect((await simpanMatriks(A.hendri!, { sel: {} })).ok).toBe(false);
    expect(await demo.prisma.peranHasil.count()).toBe(sebelum);
  });

  it("persetujuan sekaligus: hanya SKP bawahan yang diajukan yang disetujui, sisanya dilaporkan", async () => {
    const skpRatna = (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("ratna") }, select: { id: true } })).id;
    const rhkR = (await getDetailSkp(A.ratna!, skpRatna))!.rhk[0]!;
    await simpanRhk(A.ratna!, { skpId: skpRatna, rhkId: rhkR.id, jenis: "UTAMA", teks: rhkR.teks, rhkAtasanId: rhkR.rhkAtasan!.id, iki: [iki("Dokumen analisis", 4)] });
    expect((await ubahStatusSkp(A.ratna!, { skpId: skpRatna, aksi: "AJUKAN" })).ok).toBe(true);
    // Versi yang ditinjau sudah usang (Ratna mengajukan ulang setelahnya): tidak disetujui.
    const usang = await setujuiBanyak(A.bambang!, { skpId: [{ skpId: skpRatna, diajukanPada: "2020-01-01T00:00:00.000Z" }] });
    expect(usang.ok).toBe(false);
    if (!usang.ok) expect(usang.pesan).toMatch(/diajukan ulang sejak Anda membukanya/);
    const diajukan = (await demo.prisma.skp.findUniqueOrThrow({ where: { id: skpRatna }, select: { diajukanAt: true } })).diajukanAt!.toISOString();
    const r = await setujuiBanyak(A.bambang!, {
      skpId: [{ skpId: skpRatna, diajukanPada: diajukan }, { skpId: skpAgus, diajukanPada: undefined }, { skpId: "00000000-0000-4000-8000-000000000000", diajukanPada: undefined }],
    });
    expect(r).toMatchObject({ ok: true, data: { disetujui: 1 } });
    if (r.ok) expect(r.data.gagal).toHaveLength(2);
    expect((await demo.prisma.skp.findUniqueOrThrow({ where: { id: skpRatna }, select: { status: true } })).status).toBe("DISETUJUI");
    // Bukan penilai: tidak ada yang disetujui.
    expect((await setujuiBanyak(A.lestari!, { skpId: [{ skpId: skpRatna, diajukanPada: undefined }] })).ok).toBe(false);
  });
});

describe("Salin SKP dari tahun lalu", () => {
  it("menyalin RHK, indikator dan lampiran SKP sendiri tanpa tautan RHK pimpinan; SKP orang lain ditolak", async () => {
    // SKP tahun lalu (riwayat): jabatan itu sudah berakhir, jadi dibuat langsung di basis data.
    expect((await buatSkp(A.lestari!, { jabatanId: (await getSkpSaya(A.lestari!, TAHUN - 1))[0]!.kartu.jabatanId, mulai: `${TAHUN - 1}-01-01`, pendekatan: "KUANTITATIF" })).ok).toBe(false);
    // Tahun kinerja lalu sudah ada di data demo (prisma/demo-tahun-lalu.ts).
    const periodeLalu = await demo.prisma.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: demo.instansiId, tahun: TAHUN - 1 } }, select: { id: true } });
    const seg0 = (await getSkpSaya(A.lestari!, TAHUN))[0]!;
    const idLalu = (
      await demo.prisma.skp.create({
        data: {
          periodeId: periodeLalu.id, pegawaiId: demo.pegawaiId("lestari"), jabatanId: seg0.kartu.jabatanId,
          mulai: new Date(`${TAHUN - 1}-01-01`), selesai: new Date(`${TAHUN - 1}-12-31`), pendekatan: "KUANTITATIF", varian: "JA_JF", status: "DISETUJUI",
          pegawaiSnapshot: { pegawaiId: demo.pegawaiId("lestari"), nama: "Lestari Wulandari, S.Psi.", nip: "", labelNip: "NIP", pangkat: "", jabatan: seg0.kartu.jabatan, unitKerja: "" },
          rhk: {
            create: [
              { jenis: "UTAMA", urutan: 1, teks: "Tersusunnya bahan analisis kinerja pegawai", iki: { create: [{ urutan: 1, aspek: "KUANTITAS", indikator: "Dokumen analisis", targetMin: 6, targetMaks: 6, satuan: "dokumen", targetTeks: "6 dokumen" }] } },
              { jenis: "TAMBAHAN", urutan: 1, teks: "Menjadi narasumber sosialisasi SKP", iki: { create: [{ urutan: 1, aspek: "KUANTITAS", indikator: "Kegiatan sosialisasi", targetMin: 2, targetMaks: 2, satuan: "dokumen", targetTeks: "2 dokumen" }] } },
            ],
          },
          lampiran: { create: [{ jenis: "KONSEKUENSI", urutan: 1, teks: "Teguran bila terlambat" }] },
        },
        select: { id: true },
      })
    ).id;
    // Hanya-baca bagi pemiliknya karena tahunnya sudah lewat.
    expect((await simpanRhk(A.lestari!, { skpId: idLalu, jenis: "UTAMA", teks: "Ubah riwayat", iki: [iki("x")] })).ok).toBe(false);

    const seg = (await getSkpSaya(A.lestari!, TAHUN)).at(-1)!;
    const masukan = { jabatanId: seg.kartu.jabatanId, mulai: seg.mulai.toISOString().slice(0, 10), pendekatan: "KUANTITATIF" as const };
    expect((await buatSkp(A.lestari!, { ...masukan, salinDariId: skpBambang })).ok).toBe(false);
    const r = await buatSkp(A.lestari!, { ...masukan, salinDariId: idLalu });
    expect(r.ok).toBe(true);
    const d = (await getDetailSkp(A.lestari!, r.ok ? r.data.skpId : ""))!;
    const salinan = d.rhk.filter((x) => x.rhkAtasan === null).map((x) => [x.jenis, x.teks, x.iki.map((i) => i.targetTeks)]);
    expect(salinan).toEqual([
      ["UTAMA", "Tersusunnya bahan analisis kinerja pegawai", ["6 dokumen"]],
      ["TAMBAHAN", "Menjadi narasumber sosialisasi SKP", ["2 dokumen"]],
    ]);
    expect(d.lampiran.map((l) => l.teks)).toEqual(["Teguran bila terlambat"]);
    expect(d.status).toBe("DRAFT");
  });
});

describe("Templat ekspektasi", () => {
  it("disimpan per atasan dan diterapkan ke semua SKP bawahan yang belum disetujui saja", async () => {
    const r = await simpanTemplat(A.bambang!, { nama: "Standar bidang PKAP", ekspektasi: { AKUNTABEL: "Data kinerja diverifikasi sebelum dikirim", KOLABORATIF: "Aktif berbagi data dengan bidang lain" } });
    expect(r.ok).toBe(true);
    const id = r.ok ? r.data.id : "";
    expect((await simpanTemplat(A.bambang!, { nama: "Kosong", ekspektasi: {} })).ok).toBe(false);
    // Orang lain tidak dapat menerapkan templat Bambang.
    expect((await terapkanTemplat(A.agus!, { templateId: id })).ok).toBe(false);
    const t = await terapkanTemplat(A.bambang!, { templateId: id });
    expect(t.ok).toBe(true);
    const skpHendri = (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("hendri") }, select: { id: true } })).id;
    const d = (await getDetailSkp(A.bambang!, skpHendri))!;
    expect(d.perilaku.find((p) => p.kode === "AKUNTABEL")?.ekspektasi).toBe("Data kinerja diverifikasi sebelum dikirim");
    expect(d.perilaku.find((p) => p.kode === "LOYAL")?.ekspektasi).toBeNull();
    // SKP Ratna yang sudah disetujui tidak berubah.
    const skpRatna = (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("ratna"), status: "DISETUJUI" }, select: { id: true } })).id;
    expect((await getDetailSkp(A.bambang!, skpRatna))!.perilaku.find((p) => p.kode === "AKUNTABEL")?.ekspektasi).toBeNull();
  });
});

describe("Mutasi di tengah tahun", () => {
  it("SKP jabatan lama tinggal hanya-baca; SKP jabatan baru dibuat terpisah", async () => {
    const taufik = await aktorDemo(demo, "taufik");
    const segmen = await getSkpSaya(taufik, TAHUN);
    expect(segmen).toHaveLength(2);
    // Data demo mungkin sudah memuat SKP; bila belum, buat draf untuk jabatan lama lewat basis data.
    const lama = segmen[0]!.skp[0] ?? null;
    const idLama = lama?.id ?? (await (async () => {
      const r = await buatSkp(taufik, { jabatanId: segmen[0]!.kartu.jabatanId, mulai: segmen[0]!.mulai.toISOString().slice(0, 10), pendekatan: "KUANTITATIF" });
      return r.ok ? r.data.skpId : "";
    })());
    const d = (await getDetailSkp(taufik, idLama))!;
    expect(d.aksi).toEqual([]);
    const r = await simpanRhk(taufik, { skpId: idLama, jenis: "TAMBAHAN", teks: "Menambah setelah mutasi", iki: [iki("x")] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.pesan).toMatch(/sudah berakhir/);
    expect(segmen[1]!.kartu.jabatanId).not.toBe(segmen[0]!.kartu.jabatanId);
  });
});

describe("Setiap aksi oleh orang yang tidak berhak", () => {
  it("rekan kerja, atasan penilai dan admin tidak dapat mengubah SKP orang lain; tidak ada yang berubah", async () => {
    const ratna = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("ratna") }, select: { id: true, updatedAt: true } });
    const jejakSebelum = await demo.prisma.jejakAudit.count({ where: { entitasId: ratna.id } });
    const rhk = (await demo.prisma.rhk.findFirstOrThrow({ where: { skpId: ratna.id }, select: { id: true } })).id;
    for (const k of ["lestari", "hendri", "agus", "rizki"]) {
      const a = A[k]!;
      const hasil = [
        await simpanRhk(a, { skpId: ratna.id, jenis: "UTAMA", teks: "Sisipan tidak sah", iki: [iki("x")] }),
        await hapusRhk(a, { skpId: ratna.id, rhkId: rhk }),
        await simpanLampiran(a, { skpId: ratna.id, jenis: "KONSEKUENSI", butir: ["x"] }),
        await ubahStatusSkp(a, { skpId: ratna.id, aksi: "TARIK" }),
        await ubahStatusSkp(a, { skpId: ratna.id, aksi: "TOLAK", alasan: "Alasan yang cukup panjang" }),
        await isiEkspektasi(a, { skpId: ratna.id, ekspektasi: { LOYAL: "x" } }),
        await buatRevisi(a, ratna.id),
        await perbaruiIdentitas(a, ratna.id),
        await hapusSkp(a, ratna.id),
      ];
      expect(hasil.map((h) => h.ok), k).toEqual(hasil.map(() => false));
    }
    const sesudah = await demo.prisma.skp.findUniqueOrThrow({ where: { id: ratna.id }, select: { updatedAt: true } });
    expect(sesudah.updatedAt).toEqual(ratna.updatedAt);
    expect(await demo.prisma.jejakAudit.count({ where: { entitasId: ratna.id } })).toBe(jejakSebelum);
    // Atasan penilai (Agus) dan admin BKD boleh membaca, rekan kerja tidak.
    expect(await getDetailSkp(A.agus!, ratna.id)).not.toBeNull();
    expect(await getDetailSkp(A.rizki!, ratna.id)).not.toBeNull();
    expect(await getDetailSkp(A.lestari!, ratna.id)).toBeNull();
  });
});
