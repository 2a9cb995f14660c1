// Progres harian (issue #15) pada PostgreSQL sungguhan dengan data demo (Wahyu dan pejabat penilainya Nurlaela; di
// kode variabelnya hendri/bambang): hanya pemilik menulis, hanya pejabat penilai
// SKP-nya meninjau, entri yang disetujui menolak perubahan sampai dikembalikan, aturan tanggal/jam/batas jam di server,
// keterlambatan dengan libur instansi, usulan realisasi dari entri yang disetujui.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { aktorDemo, siapkanDemo } from "./support";

type Demo = Awaited<ReturnType<typeof siapkanDemo>>;
let demo: Demo;
let hendri: Aktor;
let bambang: Aktor;
let rekan: Aktor; // anggota tim Nurlaela yang lain
let lain: Aktor; // atasan lain (bukan pejabat penilai Hendri)
let ra: { id: string; skpId: string; mulai: Date; selesai: Date; satuan: string | null };

const iso = (t: Date) => t.toISOString().slice(0, 10);
const layanan = () => import("@/lib/progres-harian/layanan");

beforeAll(async () => {
  demo = await siapkanDemo();
  hendri = await aktorDemo(demo, "wahyu");
  bambang = await aktorDemo(demo, "nurlaela");
  const skpRekan = await demo.prisma.skp.findFirstOrThrow({ where: { penilaiPegawaiId: bambang.pegawaiId, pegawaiId: { not: hendri.pegawaiId }, status: "DISETUJUI" }, select: { pegawaiId: true } });
  const keyRekan = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: skpRekan.pegawaiId }, select: { id: true } });
  const { muatAktor } = await import("@/lib/auth/aktor");
  rekan = (await muatAktor(keyRekan.id))!;
  const skpLain = await demo.prisma.skp.findFirstOrThrow({
    where: { status: "DISETUJUI", penilaiPegawaiId: { notIn: [bambang.pegawaiId, hendri.pegawaiId] }, pegawaiId: { not: hendri.pegawaiId } },
    select: { penilaiPegawaiId: true },
  });
  const penggunaLain = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: skpLain.penilaiPegawaiId! }, select: { id: true } });
  lain = (await muatAktor(penggunaLain.id))!;
  const { pilihanRencanaAksi } = await import("@/lib/progres-harian/baca");
  const pilihan = await pilihanRencanaAksi(hendri);
  expect(pilihan.length).toBeGreaterThan(0);
  ra = pilihan.at(-1)!;
}, 120_000);

/** Entri Hendri pada hari pertama rentang rencana aksi, 17:00 ke atas (jam yang tidak dipakai data demo). */
const entri = (ubah: Record<string, unknown> = {}) => ({
  rencanaAksiId: ra.id,
  tanggal: ra.mulai,
  jamMulai: 17 * 60,
  jamSelesai: 18 * 60,
  kegiatan: "Menyusun rekap capaian untuk rapat pimpinan",
  realisasi: 2,
  satuan: ra.satuan ?? "kegiatan",
  ...ubah,
});

describe("entri oleh pemilik", () => {
  let id = "";
  it("pemilik menyimpan draf; tercatat di jejak audit; tanggal lampau lewat tenggat ditandai terlambat", async () => {
    const { simpanEntri } = await layanan();
    const r = await simpanEntri(hendri, entri());
    expect(r.ok, JSON.stringify(r)).toBe(true);
    id = (r as { data: { id: string } }).data.id;
    const e = await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true, pegawaiId: true, skpId: true, instansiId: true, terlambatHari: true, sidik: true } });
    expect(e).toMatchObject({ status: "DRAF", pegawaiId: hendri.pegawaiId, skpId: ra.skpId, instansiId: demo.instansiId });
    expect(e.sidik).toMatch(/^[0-9a-f]{64}$/);
    const { hariTerlambat } = await import("@/lib/progres-harian/aturan");
    const { hariIni } = await import("@/lib/organisasi/beranda");
    expect(e.terlambatHari).toBe(hariTerlambat(ra.mulai, hariIni(), 5, new Set()));
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "PROGRES_HARIAN_DITAMBAH", entitasId: id } })).toBe(1);
  });

  it("tumpang tindih, masa depan, di luar periode dan batas jam ditolak dengan pesan per kolom; tidak ada yang tertulis", async () => {
    const { simpanEntri } = await layanan();
    const sebelum = await demo.prisma.progresHarian.count();
    const a = await simpanEntri(hendri, entri({ jamMulai: 17 * 60 + 30, jamSelesai: 19 * 60, kegiatan: "Entri yang bertumpang tindih" }));
    expect(a.ok === false && a.galat?.jamMulai?.[0]).toMatch(/bertumpang tindih dengan entri lain .*\(17:00–18:00\)/);
    const besok = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 5));
    const b = await simpanEntri(hendri, entri({ tanggal: besok }));
    expect(b.ok === false && b.galat?.tanggal?.[0]).toMatch(/masa depan/);
    const sebelumRentang = new Date(ra.mulai.getTime() - 86_400_000);
    const c = await simpanEntri(hendri, entri({ tanggal: sebelumRentang, kegiatan: "Di luar periode" }));
    expect(c.ok === false && c.galat?.tanggal?.[0]).toMatch(/di luar periode rencana aksi/);
    await demo.prisma.pengaturanPenilaian.upsert({ where: { instansiId: demo.instansiId }, create: { instansiId: demo.instansiId, progresMaksJam: 8 }, update: { progresMaksJam: 8 } });
    const d = await simpanEntri(hendri, entri({ jamMulai: 6 * 60, jamSelesai: 14 * 60, kegiatan: "Terlalu panjang" }));
    expect(d.ok === false && d.galat?.jamSelesai?.[0]).toMatch(/menjadi 9 jam, melebihi batas 8 jam per hari/);
    await demo.prisma.pengaturanPenilaian.update({ where: { instansiId: demo.instansiId }, data: { progresMaksJam: 12 } });
    expect(await demo.prisma.progresHarian.count()).toBe(sebelum);
  });

  it("entri yang sama persis kedua kalinya ditolak (sidik unik), tidak menjadi dua", async () => {
    const { simpanEntri } = await layanan();
    const r = await simpanEntri(hendri, entri({ jamMulai: 20 * 60, jamSelesai: 21 * 60 }));
    expect(r.ok).toBe(true);
    const lagi = await simpanEntri(hendri, entri({ jamMulai: 20 * 60, jamSelesai: 21 * 60 }));
    expect(lagi.ok).toBe(false);
    expect(await demo.prisma.progresHarian.count({ where: { pegawaiId: hendri.pegawaiId, tanggal: ra.mulai, jamMulai: 20 * 60 } })).toBe(1);
    await (await layanan()).hapusEntri(hendri, { entriId: (r as { data: { id: string } }).data.id });
  });

  it("hanya pemilik yang menulis: rekan dan atasan tidak dapat menambah, mengubah, menghapus atau menyalin entri Hendri", async () => {
    const { simpanEntri, hapusEntri, salinEntri, ajukanEntri } = await layanan();
    const auditHarian = () => demo.prisma.jejakAudit.count({ where: { aksi: { startsWith: "PROGRES_HARIAN" } } });
    const sebelum = await auditHarian();
    for (const x of [rekan, bambang, lain]) {
      expect((await simpanEntri(x, entri({ jamMulai: 19 * 60, jamSelesai: 20 * 60 }))).ok).toBe(false);
      expect((await simpanEntri(x, { ...entri(), entriId: id, kegiatan: "Diubah orang lain" })).ok).toBe(false);
      expect((await hapusEntri(x, { entriId: id })).ok).toBe(false);
      expect((await salinEntri(x, { entriId: id, tanggal: [ra.selesai] })).ok).toBe(false);
      // Ajukan bekerja atas entri aktor sendiri saja: entri Hendri tetap draf.
      await ajukanEntri(x, { dari: ra.mulai, sampai: ra.mulai });
    }
    const e = await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true, kegiatan: true } });
    expect(e).toEqual({ status: "DRAF", kegiatan: entri().kegiatan });
    expect(await auditHarian()).toBe(sebelum);
  });

  it("salin ke hari lain: semua atau tidak sama sekali", async () => {
    const { salinEntri } = await layanan();
    const kedua = new Date(ra.mulai.getTime() + 86_400_000);
    const masaDepan = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 6));
    const gagal = await salinEntri(hendri, { entriId: id, tanggal: [kedua, masaDepan] });
    expect(gagal.ok).toBe(false);
    expect(await demo.prisma.progresHarian.count({ where: { pegawaiId: hendri.pegawaiId, tanggal: kedua, jamMulai: 17 * 60 } })).toBe(0);
    const ok = await salinEntri(hendri, { entriId: id, tanggal: [kedua] });
    expect(ok.ok).toBe(true);
    expect(await demo.prisma.progresHarian.count({ where: { pegawaiId: hendri.pegawaiId, tanggal: kedua, jamMulai: 17 * 60, status: "DRAF" } })).toBe(1);
  });

  describe("pengajuan dan tinjauan", () => {
    it("diajukan: pemilik tidak dapat mengubahnya lagi", async () => {
      const { ajukanEntri, simpanEntri } = await layanan();
      const r = await ajukanEntri(hendri, { dari: ra.mulai, sampai: new Date(ra.mulai.getTime() + 86_400_000) });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      expect((await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIAJUKAN");
      const u = await simpanEntri(hendri, { ...entri(), entriId: id, kegiatan: "Diubah setelah diajukan" });
      expect(u.ok === false && u.pesan).toMatch(/menunggu tinjauan/);
    });

    it("hanya pejabat penilai SKP-nya yang menyetujui; satu entri di luar wewenang menggagalkan seluruh persetujuan", async () => {
      const { setujuiEntri } = await layanan();
      for (const x of [hendri, rekan, lain]) expect((await setujuiEntri(x, { entriId: [id] })).ok).toBe(false);
      // Entri diajukan milik pegawai yang penilainya orang lain (dibuat langsung untuk uji ini).
      const skpLain = await demo.prisma.skp.findFirstOrThrow({
        where: { status: "DISETUJUI", penilaiPegawaiId: { notIn: [bambang.pegawaiId] }, pegawaiId: { not: bambang.pegawaiId }, rhk: { some: { rencanaAksi: { some: {} } } } },
        select: { id: true, pegawaiId: true, rhk: { select: { rencanaAksi: { select: { id: true }, take: 1 } }, where: { rencanaAksi: { some: {} } }, take: 1 } },
      });
      const entriLain = await demo.prisma.progresHarian.create({
        data: {
          instansiId: demo.instansiId,
          pegawaiId: skpLain.pegawaiId,
          skpId: skpLain.id,
          rencanaAksiId: skpLain.rhk[0]!.rencanaAksi[0]!.id,
          tanggal: ra.mulai,
          jamMulai: 480,
          jamSelesai: 540,
          kegiatan: "Entri tim lain",
          realisasi: 1,
          satuan: "kegiatan",
          status: "DIAJUKAN",
          sidik: "c".repeat(64),
        },
        select: { id: true },
      });
      const campur = await setujuiEntri(bambang, { entriId: [id, entriLain.id] });
      expect(campur.ok === false && campur.pesan).toMatch(/tidak ada yang disetujui/);
      expect((await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIAJUKAN");
      expect((await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id: entriLain.id }, select: { status: true } })).status).toBe("DIAJUKAN");
      const r = await setujuiEntri(bambang, { entriId: [id] });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      const e = await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true, ditinjauOleh: true } });
      expect(e).toEqual({ status: "DISETUJUI", ditinjauOleh: bambang.pegawaiId });
    });

    it("yang disetujui menolak perubahan dan penghapusan sampai pejabat penilai mengembalikannya", async () => {
      const { simpanEntri, hapusEntri, kembalikanEntri, ajukanEntri } = await layanan();
      const u = await simpanEntri(hendri, { ...entri(), entriId: id, kegiatan: "Diubah setelah disetujui" });
      expect(u.ok === false && u.pesan).toMatch(/sudah disetujui.*mengembalikannya/);
      expect((await hapusEntri(hendri, { entriId: id })).ok).toBe(false);
      expect((await kembalikanEntri(rekan, { entriId: id, catatan: "bukan wewenang" })).ok).toBe(false);
      const k = await kembalikanEntri(bambang, { entriId: id, catatan: "Tambahkan tautan rekapnya." });
      expect(k.ok, JSON.stringify(k)).toBe(true);
      expect(await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true, catatan: true } })).toEqual({ status: "DIKEMBALIKAN", catatan: "Tambahkan tautan rekapnya." });
      const p = await simpanEntri(hendri, { ...entri(), entriId: id, tautan: "https://drive.example.go.id/rekap" });
      expect(p.ok, JSON.stringify(p)).toBe(true);
      expect((await ajukanEntri(hendri, { dari: ra.mulai, sampai: ra.mulai })).ok).toBe(true);
      expect((await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("DIAJUKAN");
    });

    it("daftar tinjauan Bambang memuat entri Hendri yang diajukan; rekan tidak melihatnya", async () => {
      const { getTinjauanHarian } = await import("@/lib/progres-harian/baca");
      const t = await getTinjauanHarian(bambang);
      expect(t.entri.some((e) => e.id === id && e.nama.startsWith("Wahyu"))).toBe(true);
      expect((await getTinjauanHarian(rekan)).entri.some((e) => e.id === id)).toBe(false);
    });

    it("jumlah realisasi harian yang disetujui menjadi usulan di pelaksanaan", async () => {
      const { setujuiEntri } = await layanan();
      await setujuiEntri(bambang, { entriId: [id] });
      const periode = await demo.prisma.rencanaAksi.findUniqueOrThrow({ where: { id: ra.id }, select: { periodeEvaluasiId: true, periode: { select: { kode: true } } } });
      const { jumlahHarianDisetujui } = await import("@/lib/progres-harian/baca");
      const j = await jumlahHarianDisetujui(ra.skpId, periode.periodeEvaluasiId);
      const harap = await demo.prisma.progresHarian.aggregate({ where: { rencanaAksiId: ra.id, status: "DISETUJUI" }, _sum: { realisasi: true } });
      expect(j.filter((x) => x.rencanaAksiId === ra.id).reduce((s, x) => s + x.total, 0)).toBe(harap._sum.realisasi!.toNumber());
      const { getPelaksanaan } = await import("@/lib/pelaksanaan/baca");
      const d = (await getPelaksanaan(hendri, ra.skpId, periode.periode.kode))!;
      const raTampil = d.rhk.flatMap((r) => r.rencanaAksi).find((a) => a.id === ra.id)!;
      expect(raTampil.harian.reduce((s, h) => s + h.total, 0)).toBe(harap._sum.realisasi!.toNumber());
      // Realisasi periode tidak pernah diubah diam-diam oleh progres harian.
      expect(await demo.prisma.jejakAudit.count({ where: { aksi: "REALISASI_DISIMPAN", penggunaId: null } })).toBe(0);
    });
  });
});

describe("keterlambatan dengan libur instansi", () => {
  it("entri dihitung terlambat dalam hari kerja, libur instansi tidak dihitung", async () => {
    const { simpanEntri } = await layanan();
    const { hariTerlambat } = await import("@/lib/progres-harian/aturan");
    const { daftarHariKerja } = await import("@/lib/progres-harian/kalender");
    const { hariIni } = await import("@/lib/organisasi/beranda");
    const hari = hariIni();
    const tanggal = ra.selesai < hari ? ra.selesai : hari;
    // Tiga hari kerja sesudah tanggal itu dijadikan libur instansi.
    const libur = daftarHariKerja(new Date(tanggal.getTime() + 86_400_000), hari, new Set()).slice(0, 3);
    for (const l of libur) await demo.prisma.hariLibur.create({ data: { instansiId: demo.instansiId, tanggal: l, nama: "Libur uji", jenis: "CUTI_BERSAMA" } });
    await demo.prisma.pengaturanPenilaian.update({ where: { instansiId: demo.instansiId }, data: { progresTenggatHari: 0 } });
    const r = await simpanEntri(hendri, entri({ tanggal, jamMulai: 21 * 60, jamSelesai: 22 * 60, kegiatan: "Entri untuk uji libur" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const e = await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id: (r as { data: { id: string } }).data.id }, select: { terlambatHari: true } });
    expect(e.terlambatHari).toBe(hariTerlambat(tanggal, hari, 0, new Set(libur.map(iso))));
    if (hari > tanggal && libur.length > 0) expect(e.terlambatHari).toBe(hariTerlambat(tanggal, hari, 0, new Set()) - libur.length);
    await demo.prisma.pengaturanPenilaian.update({ where: { instansiId: demo.instansiId }, data: { progresTenggatHari: 5 } });
  });
});

describe("keterlambatan dihitung ulang saat libur atau tenggat diubah admin", () => {
  it("tambah libur, hapus libur, tempel daftar libur, ubah tenggat: entri yang terpengaruh mengikuti, di jejak audit; pindah tanggal menghitung ulang", async () => {
    const { simpanEntri } = await layanan();
    const { tambahLibur, hapusLibur, imporLibur, simpanAturanProgres } = await import("@/lib/progres-harian/libur");
    const { hariTerlambat } = await import("@/lib/progres-harian/aturan");
    const { daftarHariKerja } = await import("@/lib/progres-harian/kalender");
    const { hariIni } = await import("@/lib/organisasi/beranda");
    const admin = await aktorDemo(demo, "rizki");
    const hari = hariIni();
    const tanggal = ra.mulai;
    // Hari kerja sesudah tanggal entri sampai hari ini yang belum menjadi libur instansi.
    const ada = new Set((await demo.prisma.hariLibur.findMany({ where: { instansiId: demo.instansiId }, select: { tanggal: true } })).map((h) => iso(h.tanggal)));
    const kerja = daftarHariKerja(new Date(tanggal.getTime() + 86_400_000), hari, ada);
    expect(kerja.length, "rencana aksi demo dimulai beberapa minggu sebelum hari ini").toBeGreaterThan(12);
    const r = await simpanEntri(hendri, entri({ tanggal, jamMulai: 22 * 60, jamSelesai: 23 * 60, kegiatan: "Entri untuk uji hitung ulang" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const id = (r as { data: { id: string } }).data.id;
    const nilai = async () => (await demo.prisma.progresHarian.findUniqueOrThrow({ where: { id }, select: { terlambatHari: true } })).terlambatHari;
    const libur = async () => new Set((await demo.prisma.hariLibur.findMany({ where: { instansiId: demo.instansiId }, select: { tanggal: true } })).map((h) => iso(h.tanggal)));
    const n = (await demo.prisma.pengaturanPenilaian.findUniqueOrThrow({ where: { instansiId: demo.instansiId }, select: { progresTenggatHari: true } })).progresTenggatHari;
    const awal = await nilai();
    expect(awal).toBe(hariTerlambat(tanggal, hari, n, await libur()));
    expect(awal).toBeGreaterThan(1);

    // Satu hari kerja sesudah tenggat menjadi libur: terlambat berkurang satu hari; pesan dan jejak audit menyebutnya.
    const hariLibur = kerja[n + 1]!;
    const t = await tambahLibur(admin, { instansiId: demo.instansiId, tanggal: hariLibur, nama: "Cuti bersama uji", jenis: "CUTI_BERSAMA" });
    expect(t.ok, JSON.stringify(t)).toBe(true);
    expect(t.ok && t.pesan).toMatch(/Keterlambatan \d+ entri progres harian dihitung ulang\./);
    expect(await nilai()).toBe(awal - 1);
    const jejak = await demo.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "HARI_LIBUR_DITAMBAH", entitasId: demo.instansiId }, orderBy: { createdAt: "desc" }, select: { data: true } });
    expect((jejak.data as { entriDihitungUlang: number }).entriDihitungUlang).toBeGreaterThanOrEqual(1);

    // Dihapus lagi: kembali.
    const h = await hapusLibur(admin, { instansiId: demo.instansiId, tanggal: hariLibur });
    expect(h.ok, JSON.stringify(h)).toBe(true);
    expect(await nilai()).toBe(awal);

    // Tempel daftar: dua hari kerja sesudah tenggat menjadi libur.
    const dua = [kerja[n + 1]!, kerja[n + 2]!];
    const teks = dua.map((d) => `${iso(d)};Cuti bersama uji;CUTI_BERSAMA`).join("\n");
    const imp = await imporLibur(admin, { instansiId: demo.instansiId, teks });
    expect(imp.ok, JSON.stringify(imp)).toBe(true);
    expect(await nilai()).toBe(Math.max(1, awal - 2));
    for (const d of dua) await hapusLibur(admin, { instansiId: demo.instansiId, tanggal: d });
    expect(await nilai()).toBe(awal);

    // Tenggat dilonggarkan sampai entri ini tepat waktu, lalu dikembalikan.
    const lama = await demo.prisma.pengaturanPenilaian.findUniqueOrThrow({ where: { instansiId: demo.instansiId }, select: { progresTenggatHari: true, progresMaksJam: true } });
    const longgar = Math.min(30, kerja.length + 1);
    const a = await simpanAturanProgres(admin, { instansiId: demo.instansiId, tenggatHari: longgar, maksJam: lama.progresMaksJam });
    expect(a.ok, JSON.stringify(a)).toBe(true);
    expect(await nilai()).toBe(hariTerlambat(tanggal, hari, longgar, await libur()));
    await simpanAturanProgres(admin, { instansiId: demo.instansiId, tenggatHari: lama.progresTenggatHari, maksJam: lama.progresMaksJam });
    expect(await nilai()).toBe(awal);

    // Pemilik memindahkan tanggal entri draf ke hari ini: dicatat hari ini untuk tanggal itu, tepat waktu.
    if (ra.selesai >= hari) {
      const u = await simpanEntri(hendri, { ...entri({ tanggal: hari, jamMulai: 22 * 60, jamSelesai: 23 * 60, kegiatan: "Entri untuk uji hitung ulang" }), entriId: id });
      expect(u.ok, JSON.stringify(u)).toBe(true);
      expect(await nilai()).toBe(0);
    }
  });
});
