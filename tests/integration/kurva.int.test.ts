// Capaian organisasi, kurva distribusi dan papan kalibrasi pada PostgreSQL: capaian hanya oleh admin BKD dengan
// riwayat; populasi lintas pejabat penilai; batas maksimal atas seluruh populasi; finalisasi dengan alasan pengecualian
// tercatat dan terdaftar; pengecualian pegawai keluar dari hitungan; kalibrasi mengganti pasangan rating dan tercatat;
// penetapan dibekukan saat populasi lengkap; jumlah kueri papan kalibrasi tidak bergantung pada besar populasi.
import { beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { catatPengecualianPegawai, getDaftarOverride, tetapkanCapaian } from "@/lib/penilaian/capaian";
import { muatPopulasi } from "@/lib/penilaian/kurva";
import { PESAN_CAPAIAN_BELUM } from "@/lib/penilaian/distribusi";
import { finalkanTim, kalibrasiEvaluasi, simpanDrafEvaluasi, simpanPengaturanPenilaian, tandaiSelesai } from "@/lib/penilaian/layanan";
import { getPapanKalibrasi } from "@/lib/penilaian/baca";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
const A: Record<string, Aktor> = {};
let dinkes = "";
let pk = "";
let tw2 = { id: "", mulai: new Date(), selesai: new Date() };

/** SKP pegawai yang berlaku pada TW2 (Taufik dimutasi 30 Juni: SKP pertamanya). */
const skpDari = async (key: string) =>
  (await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(key), status: "DISETUJUI", mulai: { lte: tw2.selesai }, selesai: { gte: tw2.mulai } }, select: { id: true } })).id;

async function nilai(aktor: Aktor, key: string, kode: string, hasil: "DI_ATAS" | "SESUAI" | "DI_BAWAH", perilaku: "DI_ATAS" | "SESUAI" | "DI_BAWAH") {
  const r = await simpanDrafEvaluasi(aktor, { skpId: await skpDari(key), kode, versi: 0, ratingHasil: hasil, ratingPerilaku: perilaku, umpanRhk: {}, umpanPerilaku: {} });
  if (!r.ok) throw new Error(`${key}: ${r.pesan}`);
  const t = await tandaiSelesai(aktor, { evaluasiId: r.evaluasiId });
  if (!t.ok) throw new Error(`${key} selesai: ${t.pesan}`);
  return r.evaluasiId;
}

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["rizki", "nurlaela", "wahyu", "sriwahyuni"]) A[k] = await aktorDemo(demo, k);
  dinkes = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
  pk = (await demo.prisma.periodeKinerja.findUniqueOrThrow({ where: { instansiId_tahun: { instansiId: demo.instansiId, tahun: TAHUN } }, select: { id: true } })).id;
  tw2 = await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: pk, kode: "TW2" }, select: { id: true, mulai: true, selesai: true } });
  expect((await simpanPengaturanPenilaian(A.rizki!, { instansiId: demo.instansiId, gerbang: "PERINGATAN", tenggatKeberatan: 14, jenisHariKeberatan: "KALENDER" })).ok).toBe(true);
});

describe("capaian kinerja organisasi", () => {
  it("hanya admin BKD instansi; setiap perubahan baris baru, yang terbaru berlaku", async () => {
    const isi = { instansiId: demo.instansiId, unitKerjaId: dinkes, tahun: TAHUN, kode: "TW2", predikat: "ISTIMEWA" as const, dasar: "Semua rencana aksi melampaui target." };
    for (const k of ["nurlaela", "wahyu", "sriwahyuni"]) expect((await tetapkanCapaian(A[k]!, isi)).ok, k).toBe(false);
    expect((await tetapkanCapaian(A.rizki!, isi)).ok).toBe(true);
    expect((await tetapkanCapaian(A.rizki!, { ...isi, predikat: "BAIK", dasar: "Koreksi: sebagian rencana aksi sesuai target." })).ok).toBe(true);
    const riwayat = await demo.prisma.capaianOrganisasi.findMany({ where: { unitKerjaId: dinkes, kode: "TW2" }, orderBy: { createdAt: "asc" }, select: { predikat: true } });
    expect(riwayat.map((r) => r.predikat)).toEqual(["ISTIMEWA", "BAIK"]);
    const pop = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW2", tw2, [dinkes])).get(dinkes)!;
    expect(pop.capaian).toBe("BAIK");
    // Bukan unit pembawa (bidang, bila cakupan OPD saja): ditolak.
    const bidang = await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, jenis: "BIDANG" }, select: { id: true } });
    expect((await tetapkanCapaian(A.rizki!, { ...isi, unitKerjaId: bidang.id })).ok).toBe(false);
  });
});

describe("kurva pada finalisasi", () => {
  it("populasi lintas penilai; batas maksimal atas seluruh populasi; pelanggaran ditolak lalu difinalkan dengan alasan yang terdaftar", async () => {
    const pop = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW2", tw2, [dinkes])).get(dinkes)!;
    const penilai = new Set(pop.anggota.map((a) => a.skpId));
    expect(pop.anggota.length).toBeGreaterThanOrEqual(6);
    // Staf pimpinan lain di Dinkes (bukan tim Nurlaela) sudah final "Baik" sampai kuota Baik tersisa 1.
    const tim = new Set(["wahyu", "joko", "taufik"].map((k) => demo.pegawaiId(k)));
    const lain = pop.anggota.filter((a) => !tim.has(a.pegawaiId));
    const maksBaik = Math.floor((pop.anggota.length * 70) / 100 + 1e-9);
    const diisi = lain.slice(0, Math.min(lain.length, maksBaik - 1));
    for (const a of diisi) await demo.prisma.evaluasiKinerja.create({ data: { skpId: a.skpId, kode: "TW2", periodeEvaluasiId: tw2.id, status: "FINAL", ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", predikat: "BAIK", pegawaiSnapshot: {}, finalAt: new Date() } });
    expect(penilai.size).toBe(pop.anggota.length);

    const w = await nilai(A.nurlaela!, "wahyu", "TW2", "SESUAI", "SESUAI");
    const j = await nilai(A.nurlaela!, "joko", "TW2", "SESUAI", "SESUAI");
    const ditolak = await finalkanTim(A.nurlaela!, { evaluasiId: [w, j] });
    expect(ditolak.ok).toBe(false);
    if (!ditolak.ok) {
      expect(ditolak.pesan).toContain("kurva distribusi predikat dilanggar");
      expect(ditolak.galat?.evaluasiId?.[0]).toContain(`Dinas Kesehatan: Baik paling banyak 70 % dari ${pop.anggota.length} orang = ${maksBaik} orang`);
    }
    expect(await demo.prisma.evaluasiKinerja.count({ where: { id: { in: [w, j] }, status: "FINAL" } })).toBe(0);

    // Papan kalibrasi menunjukkan pelanggaran yang sama; memindahkan Joko ke Butuh Perbaikan menyelesaikannya.
    const papan = await getPapanKalibrasi(A.nurlaela!, "TW2");
    const p = papan.populasi.find((x) => x.unitId === dinkes)!;
    expect(p.pelanggaran.join(" ")).toContain("Baik paling banyak 70 %");
    expect(p.kolom.find((k) => k.predikat === "BAIK")!.maks).toBe(maksBaik);
    expect((await kalibrasiEvaluasi(A.sriwahyuni!, { evaluasiId: j, ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI" })).ok).toBe(false);
    const k = await kalibrasiEvaluasi(A.nurlaela!, { evaluasiId: j, ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI" });
    expect(k).toMatchObject({ ok: true, data: { predikat: "BUTUH_PERBAIKAN" } });
    expect(await demo.prisma.perubahanKalibrasi.findMany({ where: { evaluasiId: j }, select: { dariPredikat: true, kePredikat: true } })).toEqual([{ dariPredikat: "BAIK", kePredikat: "BUTUH_PERBAIKAN" }]);
    expect(await demo.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: j }, select: { status: true } })).toEqual({ status: "SELESAI_DINILAI" });
    const ok = await finalkanTim(A.nurlaela!, { evaluasiId: [w, j] });
    expect(ok.ok, ok.ok ? "" : ok.pesan).toBe(true);

    // Taufik "Baik" melampaui kuota: ditolak; dengan alasan pendek tetap ditolak; dengan alasan cukup difinalkan dan terdaftar.
    const t = await nilai(A.nurlaela!, "taufik", "TW2", "DI_ATAS", "SESUAI");
    expect((await finalkanTim(A.nurlaela!, { evaluasiId: [t] })).ok).toBe(false);
    expect((await finalkanTim(A.nurlaela!, { evaluasiId: [t], alasanOverride: "terlalu singkat" })).ok).toBe(false);
    expect((await finalkanTim(A.nurlaela!, { evaluasiId: [t], alasanOverride: "Taufik memimpin tiga kegiatan lintas bidang triwulan ini." })).ok).toBe(true);
    const daftar = (await getDaftarOverride(demo.instansiId, TAHUN)).filter((x) => x.kode === "TW2");
    expect(daftar).toHaveLength(1);
    expect(daftar[0]).toMatchObject({ unit: "Dinas Kesehatan", kode: "TW2", capaian: "BAIK", alasan: "Taufik memimpin tiga kegiatan lintas bidang triwulan ini." });
    expect(daftar[0]!.pelanggaran[0]).toContain("Baik paling banyak");
    expect(daftar[0]!.penilai).toContain("Nurlaela");
  });

  it("papan kalibrasi (tim dirinci, sisanya hitungan SQL) sama dengan hitungan dari populasi lengkap", async () => {
    for (const kode of ["TW1", "TW2"]) {
      const papan = await getPapanKalibrasi(A.nurlaela!, kode);
      const rentang = (await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: pk, kode }, select: { mulai: true, selesai: true } }));
      const lengkap = await muatPopulasi(demo.instansiId, pk, TAHUN, kode, rentang, papan.populasi.map((p) => p.unitId));
      const tim = new Set(papan.kotak.baris.filter((b) => b.skpId).map((b) => b.skpId!));
      expect(papan.populasi.length).toBeGreaterThan(0);
      for (const p of papan.populasi) {
        const semua = lengkap.get(p.unitId)!;
        expect(semua.lain).toEqual([]);
        const dihitung = semua.anggota.filter((a) => !a.dikecualikan);
        expect(p.total, `${kode} ${p.unitNama}`).toBe(dihitung.length);
        expect(p.lainFinal).toBe(dihitung.filter((a) => !tim.has(a.skpId) && a.status === "FINAL").length);
        expect(p.lainBelum).toBe(dihitung.filter((a) => !tim.has(a.skpId) && a.status !== "FINAL").length);
        expect(p.lainFinal + p.lainBelum).toBeGreaterThan(0);
        for (const k of p.kolom) {
          const masuk = dihitung.filter((a) => a.predikat === k.predikat && (a.status === "FINAL" || (tim.has(a.skpId) && a.evaluasiId)));
          expect(k.jumlah, `${kode} ${p.unitNama} ${k.predikat}`).toBe(masuk.length);
        }
      }
    }
  });

  it("capaian belum ditetapkan: finalisasi ditolak tanpa alasan; dengan alasan tercatat sebagai pengecualian kurva", async () => {
    const id = await nilai(A.nurlaela!, "wahyu", "TW3", "SESUAI", "SESUAI");
    const papan = await getPapanKalibrasi(A.nurlaela!, "TW3");
    const dk = papan.populasi.find((p) => p.unitId === dinkes)!;
    expect(dk.capaian).toBeNull();
    expect(dk.pelanggaran).toEqual([PESAN_CAPAIAN_BELUM]);
    const tolak = await finalkanTim(A.nurlaela!, { evaluasiId: [id] });
    expect(tolak.ok).toBe(false);
    expect(tolak.pesan).toMatch(/alasan pengecualian/);
    expect(!tolak.ok && tolak.galat?.evaluasiId?.[0]).toContain("belum ditetapkan admin BKD");
    expect((await demo.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe("SELESAI_DINILAI");
    const ok = await finalkanTim(A.nurlaela!, { evaluasiId: [id], alasanOverride: "Penetapan capaian TW3 tertunda; rapat evaluasi sudah sepakat." });
    expect(ok.ok, ok.pesan).toBe(true);
    const daftar = await getDaftarOverride(demo.instansiId, TAHUN);
    const baris = daftar.find((b) => b.kode === "TW3")!;
    expect(baris).toMatchObject({ unit: "Dinas Kesehatan", capaian: null, alasan: "Penetapan capaian TW3 tertunda; rapat evaluasi sudah sepakat." });
    expect(baris.pelanggaran).toEqual([PESAN_CAPAIAN_BELUM]);
    expect(await demo.prisma.penetapanDistribusi.count({ where: { unitKerjaId: dinkes, kode: "TW3" } })).toBe(0);
  });

  it("mutasi di tengah periode: dihitung di unit segmen yang dinilai, tidak tertinggal di unit lama", async () => {
    const tw3 = { mulai: new Date(Date.UTC(TAHUN, 6, 1)), selesai: new Date(Date.UTC(TAHUN, 8, 30)) };
    const kominfo = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, nama: "Dinas Komunikasi dan Informatika" }, select: { id: true } })).id;
    const jabatanBaru = (await demo.prisma.jabatan.findFirstOrThrow({ where: { instansiId: demo.instansiId, unitKerja: { parentId: kominfo }, jenis: "PELAKSANA" }, select: { id: true } })).id;
    const rudi = demo.pegawaiId("rudi");
    const lama = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: rudi, status: "DISETUJUI" }, select: { id: true, selesai: true, periodeId: true, pendekatan: true, varian: true, pegawaiSnapshot: true } });
    const anggota = async (units: string[]) => {
      const pop = await muatPopulasi(demo.instansiId, pk, TAHUN, "TW3", tw3, units);
      return new Map(units.map((u) => [u, pop.get(u)!.anggota.filter((a) => a.pegawaiId === rudi).map((a) => a.skpId)]));
    };
    await demo.prisma.skp.update({ where: { id: lama.id }, data: { selesai: new Date(Date.UTC(TAHUN, 7, 15)) } });
    const baru = await demo.prisma.skp.create({
      data: { periodeId: lama.periodeId, pegawaiId: rudi, jabatanId: jabatanBaru, mulai: new Date(Date.UTC(TAHUN, 7, 16)), selesai: lama.selesai, pendekatan: lama.pendekatan, varian: lama.varian, status: "DISETUJUI", pegawaiSnapshot: lama.pegawaiSnapshot ?? {} },
      select: { id: true },
    });
    try {
      // Segmen terakhir (Diskominfo) yang dinilai triwulan III: Rudi tidak menjadi "sisa" abadi di Dinas Kesehatan.
      expect((await anggota([dinkes])).get(dinkes)).toEqual([]);
      expect((await anggota([kominfo])).get(kominfo)).toEqual([baru.id]);
      const keduanya = await anggota([dinkes, kominfo]);
      expect([keduanya.get(dinkes), keduanya.get(kominfo)]).toEqual([[], [baru.id]]);
      // Bila segmen lama yang sudah dinilai untuk periode ini (penilai lama), ia dihitung di unit lama.
      const tw3Id = (await demo.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: pk, kode: "TW3" }, select: { id: true } })).id;
      const ev = await demo.prisma.evaluasiKinerja.create({ data: { skpId: lama.id, kode: "TW3", periodeEvaluasiId: tw3Id, status: "DRAF", pegawaiSnapshot: {} }, select: { id: true } });
      expect((await anggota([dinkes, kominfo])).get(dinkes)).toEqual([lama.id]);
      expect((await anggota([kominfo])).get(kominfo)).toEqual([]);
      await demo.prisma.evaluasiKinerja.delete({ where: { id: ev.id } });
    } finally {
      await demo.prisma.skp.delete({ where: { id: baru.id } });
      await demo.prisma.skp.update({ where: { id: lama.id }, data: { selesai: lama.selesai } });
    }
  });

  it("pengecualian pegawai keluar dari populasi yang dihitung", async () => {
    const sebelum = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW3", { mulai: new Date(Date.UTC(TAHUN, 6, 1)), selesai: new Date(Date.UTC(TAHUN, 8, 30)) }, [dinkes])).get(dinkes)!;
    const nipWahyu = demo.nip("wahyu");
    expect((await catatPengecualianPegawai(A.nurlaela!, { instansiId: demo.instansiId, nip: nipWahyu, jenis: "TUGAS_BELAJAR", mulai: new Date(Date.UTC(TAHUN, 6, 1)), alasan: "Tugas belajar S2 sesuai SK." })).ok).toBe(false);
    expect((await catatPengecualianPegawai(A.rizki!, { instansiId: demo.instansiId, nip: nipWahyu, jenis: "TUGAS_BELAJAR", mulai: new Date(Date.UTC(TAHUN, 6, 1)), alasan: "Tugas belajar S2 sesuai SK." })).ok).toBe(true);
    const sesudah = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW3", { mulai: new Date(Date.UTC(TAHUN, 6, 1)), selesai: new Date(Date.UTC(TAHUN, 8, 30)) }, [dinkes])).get(dinkes)!;
    expect(sesudah.anggota.filter((a) => a.dikecualikan).map((a) => a.pegawaiId)).toEqual([demo.pegawaiId("wahyu")]);
    expect(sebelum.anggota.filter((a) => a.dikecualikan)).toHaveLength(0);
    // Rentang yang tidak beririsan (TW1): tidak dikecualikan.
    const tw1 = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW1", { mulai: new Date(Date.UTC(TAHUN, 0, 1)), selesai: new Date(Date.UTC(TAHUN, 2, 31)) }, [dinkes])).get(dinkes)!;
    expect(tw1.anggota.filter((a) => a.dikecualikan)).toHaveLength(0);
  });

  it("populasi lengkap → penetapan distribusi dibekukan pada finalisasi terakhir", async () => {
    const pop = (await muatPopulasi(demo.instansiId, pk, TAHUN, "TW2", tw2, [dinkes])).get(dinkes)!;
    const sisa = pop.anggota.filter((a) => a.status !== "FINAL" && !a.dikecualikan);
    expect(sisa.length).toBeGreaterThan(0);
    const terakhir = sisa.at(-1)!;
    for (const a of sisa.slice(0, -1)) {
      const data = { status: "FINAL" as const, ratingHasil: "DI_BAWAH" as const, ratingPerilaku: "SESUAI" as const, predikat: "BUTUH_PERBAIKAN" as const, finalAt: new Date() };
      if (a.evaluasiId) await demo.prisma.evaluasiKinerja.update({ where: { id: a.evaluasiId }, data });
      else await demo.prisma.evaluasiKinerja.create({ data: { ...data, skpId: a.skpId, kode: "TW2", periodeEvaluasiId: tw2.id, pegawaiSnapshot: {} } });
    }
    // Anggota terakhir dinilai pejabat penilainya sendiri lewat layanan, lalu difinalkan: populasi kini lengkap.
    const skp = await demo.prisma.skp.findUniqueOrThrow({ where: { id: terakhir.skpId }, select: { penilaiPegawaiId: true, pegawaiId: true } });
    const pengguna = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: skp.penilaiPegawaiId! }, select: { id: true } });
    const { muatAktor } = await import("@/lib/auth/aktor");
    const penilai = (await muatAktor(pengguna.id))!;
    if (terakhir.evaluasiId) await demo.prisma.evaluasiKinerja.delete({ where: { id: terakhir.evaluasiId } });
    const r = await simpanDrafEvaluasi(penilai, { skpId: terakhir.skpId, kode: "TW2", versi: 0, ratingHasil: "DI_BAWAH", ratingPerilaku: "SESUAI", umpanRhk: {}, umpanPerilaku: {} });
    expect(r.ok, r.ok ? "" : r.pesan).toBe(true);
    if (!r.ok) return;
    expect((await tandaiSelesai(penilai, { evaluasiId: r.evaluasiId })).ok).toBe(true);
    expect(await demo.prisma.penetapanDistribusi.count({ where: { unitKerjaId: dinkes, kode: "TW2" } })).toBe(0);
    const f = await finalkanTim(penilai, { evaluasiId: [r.evaluasiId], alasanOverride: "Sebaran akhir populasi dicatat apa adanya untuk uji." });
    expect(f.ok, f.ok ? "" : f.pesan).toBe(true);
    const t = await demo.prisma.penetapanDistribusi.findUniqueOrThrow({ where: { unitKerjaId_tahun_kode: { unitKerjaId: dinkes, tahun: TAHUN, kode: "TW2" } }, select: { capaian: true, jumlah: true } });
    expect(t.capaian).toBe("BAIK");
    const jumlah = t.jumlah as Record<string, number>;
    expect(Object.values(jumlah).reduce((x, y) => x + y, 0)).toBe(pop.anggota.filter((a) => !a.dikecualikan).length);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "DISTRIBUSI_DITETAPKAN", entitasId: dinkes } })).toBe(1);

    // Keputusan keberatan yang mengubah predikat memperbarui penetapan yang sudah dibekukan.
    const { ajukanKeberatan, putuskanKeberatan, bukaKembaliEvaluasi } = await import("@/lib/penilaian/layanan");
    const pemilikPengguna = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: skp.pegawaiId }, select: { id: true } });
    const pemilik = (await muatAktor(pemilikPengguna.id))!;
    expect((await ajukanKeberatan(pemilik, { evaluasiId: r.evaluasiId, alasan: "Capaian saya melampaui target triwulan ini." })).ok).toBe(true);
    const ev = await demo.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { id: r.evaluasiId }, select: { atasanPenilaiPegawaiId: true } });
    const atasanPengguna = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: ev.atasanPenilaiPegawaiId! }, select: { id: true } });
    const atasan = (await muatAktor(atasanPengguna.id))!;
    const sebelum = { ...(t.jumlah as Record<string, number>) };
    const kp = await putuskanKeberatan(atasan, { evaluasiId: r.evaluasiId, keputusan: "DIUBAH", ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", catatan: "Bukti tambahan menunjukkan capaian sesuai ekspektasi." });
    expect(kp.ok, kp.ok ? "" : kp.pesan).toBe(true);
    const sesudah = (await demo.prisma.penetapanDistribusi.findUniqueOrThrow({ where: { unitKerjaId_tahun_kode: { unitKerjaId: dinkes, tahun: TAHUN, kode: "TW2" } }, select: { jumlah: true } })).jumlah as Record<string, number>;
    expect(sesudah.BAIK).toBe((sebelum.BAIK ?? 0) + 1);
    expect(sesudah.BUTUH_PERBAIKAN).toBe((sebelum.BUTUH_PERBAIKAN ?? 0) - 1);

    // Membuka kembali penilaian final lain dalam populasi membatalkan penetapan (populasi tidak lagi lengkap).
    const lain = await demo.prisma.evaluasiKinerja.findFirstOrThrow({ where: { unitCapaianId: dinkes, kode: "TW2", status: "FINAL", keberatan: null, id: { not: r.evaluasiId }, skp: { status: "DISETUJUI" } }, select: { id: true } });
    const buka = await bukaKembaliEvaluasi(A.rizki!, { evaluasiId: lain.id, alasan: "Salah input rating oleh penilai, dibuka untuk koreksi." });
    expect(buka.ok, buka.ok ? "" : buka.pesan).toBe(true);
    expect(await demo.prisma.penetapanDistribusi.count({ where: { unitKerjaId: dinkes, kode: "TW2" } })).toBe(0);
  });
});

describe("jumlah kueri papan kalibrasi", () => {
  it("tidak bergantung pada besar populasi (sebelum dan sesudah 3 pegawai bertambah)", async () => {
    const { resetKueri, jumlahKueri, sqlTercatat } = await import("@/lib/db/hitung-kueri");
    const hitung = async () => {
      await getPapanKalibrasi(A.nurlaela!, "TW1");
      resetKueri({ simpanSql: true });
      await getPapanKalibrasi(A.nurlaela!, "TW1");
      if (process.env.DEBUG_KUERI) console.log("=====\n" + sqlTercatat().map((q) => q.replace(/\$\d+(,\s*\$\d+)*/g, "$").slice(0, 160)).join("\n"));
      return jumlahKueri();
    };
    const n1 = await hitung();
    const induk = await demo.prisma.jabatan.findFirstOrThrow({ where: { nama: "Kepala Bidang Kesehatan Masyarakat" }, select: { id: true, unitKerjaId: true, instansiId: true } });
    const calon = await demo.prisma.skp.findMany({ where: { status: "DISETUJUI", periode: { tahun: TAHUN }, jabatan: { jenis: { in: ["PELAKSANA", "FUNGSIONAL"] }, unitKerja: { nama: { not: "Dinas Kesehatan" } }, parentId: { not: induk.id } }, pegawai: { penugasan: { every: { tmtMulai: { lt: new Date(Date.UTC(TAHUN, 0, 1)) } } } } }, select: { pegawaiId: true }, distinct: ["pegawaiId"], orderBy: { pegawaiId: "asc" }, take: 3 });
    for (const [i, c] of calon.entries()) {
      const j = await demo.prisma.jabatan.create({ data: { instansiId: induk.instansiId, unitKerjaId: induk.unitKerjaId, parentId: induk.id, nama: `Staf kalibrasi ${i + 1}`, jenis: "PELAKSANA" }, select: { id: true } });
      await demo.prisma.penugasanJabatan.updateMany({ where: { pegawaiId: c.pegawaiId, tmtSelesai: null }, data: { tmtSelesai: new Date(Date.UTC(TAHUN - 1, 11, 31)) } });
      await demo.prisma.penugasanJabatan.create({ data: { pegawaiId: c.pegawaiId, jabatanId: j.id, jenis: "DEFINITIF", tmtMulai: new Date(Date.UTC(TAHUN, 0, 1)) } });
    }
    const n2 = await hitung();
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBe(n1);
  });
});

describe("tabel kurva instansi", () => {
  it("hanya admin BKD; versi baru dengan dasar dan riwayat; dipakai pemeriksaan berikutnya; dipulihkan ke SE", async () => {
    const { getRiwayatTabel, simpanTabelDistribusi, tabelDistribusi } = await import("@/lib/penilaian/capaian");
    const { TABEL_SE_3_2023 } = await import("@/lib/penilaian/distribusi");
    const { ZTabelDistribusi } = await import("@/lib/penilaian/schemas");
    const { tabelSama } = await import("@/lib/penilaian/tabel-distribusi");
    const baru = { ...TABEL_SE_3_2023, BAIK: [{ jenis: "MAKS" as const, kelompok: ["BAIK" as const], persen: 50 }] };
    const isi = { instansiId: demo.instansiId, catatan: "SE baru: Baik paling banyak 50 %.", tabel: baru };
    for (const k of ["nurlaela", "wahyu"]) expect((await simpanTabelDistribusi(A[k]!, isi)).ok, k).toBe(false);
    expect(await demo.prisma.tabelDistribusi.count({ where: { instansiId: demo.instansiId } })).toBe(0);

    // Formulir yang salah: galat pada kolomnya, tidak ada yang tersimpan.
    const salah = ZTabelDistribusi.safeParse({ instansiId: demo.instansiId, catatan: "Uji formulir salah.", aturan: { BAIK: [{ jenis: "MAKS", kelompok: "BAIK", persen: "1e2" }] } });
    expect(salah.success).toBe(false);
    if (!salah.success) expect(salah.error.issues.map((i) => i.path.join("."))).toEqual(["aturan.BAIK.0.persen"]);

    expect((await simpanTabelDistribusi(A.rizki!, isi)).ok).toBe(true);
    expect(tabelSama(await tabelDistribusi(demo.instansiId), baru)).toBe(true);
    expect((await simpanTabelDistribusi(A.rizki!, isi)).pesan).toMatch(/tidak berubah/);
    expect(await demo.prisma.jejakAudit.count({ where: { aksi: "TABEL_DISTRIBUSI_DIUBAH" } })).toBe(1);

    // Papan kalibrasi memakai tabel baru: batas maksimal Baik kini 50 % dari populasi.
    const papan = await getPapanKalibrasi(A.nurlaela!, "TW2");
    const dk = papan.populasi.find((p) => p.unitId === dinkes)!;
    expect(dk.kolom.find((k) => k.predikat === "BAIK")!.maks).toBe(Math.floor(dk.total * 0.5));
    expect(dk.kolom.find((k) => k.predikat === "BUTUH_PERBAIKAN")!.min).toBeNull();

    const pulih = ZTabelDistribusi.parse({ instansiId: demo.instansiId, catatan: "Kembali ke SE 3/2023.", pulihkan: "SE" });
    expect((await simpanTabelDistribusi(A.rizki!, pulih)).ok).toBe(true);
    expect(tabelSama(await tabelDistribusi(demo.instansiId), TABEL_SE_3_2023)).toBe(true);
    const riwayat = await getRiwayatTabel(demo.instansiId);
    expect(riwayat.map((v) => v.catatan)).toEqual(["Kembali ke SE 3/2023.", "SE baru: Baik paling banyak 50 %."]);
    expect(riwayat[1]!.oleh).toContain("Rizki");
    expect(tabelSama(riwayat[1]!.tabel!, baru)).toBe(true);
  });
});
