// Editor organisasi (lib/organisasi/layanan.ts) pada data demo di PostgreSQL: setiap aksi oleh admin BKD instansi itu
// (berhasil, dengan jejak audit), oleh ASN biasa dan oleh admin instansi lain dengan id palsu (ditolak, tanpa tulisan);
// lingkaran pada pohon ditolak; aturan penutupan; mutasi membiarkan SKP lama pada jabatan lamanya; perubahan terlihat
// seketika lewat cache organisasi (versi diganti trigger).
import { beforeAll, describe, expect, it } from "vitest";
import type { Hasil } from "@/lib/hasil";
import { hariIniIso, siapkanDunia, type Dunia } from "./aksi-bantuan";
import { TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let d: Dunia;
const tgl = (s: string) => new Date(`${s}T00:00:00Z`);
const hariIni = () => tgl(hariIniIso());
const L = () => import("@/lib/organisasi/layanan");

async function jabatan(nama: string) {
  return d.prisma.jabatan.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, nama }, select: { id: true, unitKerjaId: true, parentId: true } });
}
async function unit(nama: string) {
  return d.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, nama }, select: { id: true, parentId: true } });
}
const galat = (r: Hasil<unknown>) => (r.ok ? "" : r.pesan);

beforeAll(async () => {
  d = await siapkanDunia();
});

describe("masalah data pada demo (sebelum perubahan apa pun)", () => {
  it("setiap jenis masalah muncul setidaknya sekali, dengan tautan ke halaman perbaikannya", async () => {
    const { getMasalahData, getJumlahMasalah } = await import("@/lib/organisasi/masalah-baca");
    const m = await getMasalahData(d.sasaran.instansiId);
    expect(m.TANPA_JABATAN.baris.map((b) => b.judul)).toEqual(["Putri Ayu Lestari, S.AP."]);
    expect(m.TANPA_JABATAN.baris[0]!.href).toMatch(/^\/admin\/pegawai\/[0-9a-f-]{36}$/);
    expect(m.TANPA_PENILAI.baris.map((b) => b.judul)).toContain("Kepala Subbagian Tata Usaha Staf Ahli");
    expect(m.DEFINITIF_GANDA.baris).toMatchObject([{ judul: "Kepala Subbagian Tata Usaha Staf Ahli", rincian: expect.stringMatching(/^2 pejabat definitif/) }]);
    // Plh Staf Ahli yang sudah berakhir selalu; Plt Kepala Bidang Yankes (sejak 2 Maret, tanpa tanggal selesai) setelah 6 bulan.
    expect(m.PLT_KEDALUWARSA.baris.find((b) => b.judul === "Staf Ahli Bupati Bidang Pemerintahan")?.rincian).toMatch(/Plh\. Bayu Aji Nugraha.*berakhir/);
    expect(m.PENILAI_BERUBAH.baris).toHaveLength(1);
    expect(m.PENILAI_BERUBAH.baris[0]).toMatchObject({ judul: expect.stringMatching(/^SKP Rizal Fahmi/), rincian: expect.stringMatching(/Disetujui oleh Hadi Santoso.*hari ini Sri Lestari/), href: expect.stringMatching(/^\/admin\/skp\//) });
    expect(Object.values(await getJumlahMasalah(d.sasaran.instansiId)).every((n) => n >= 1)).toBe(true);
    // Instansi lain (tanpa masalah selain dirinya): tidak melihat data instansi demo.
    const lain = await getMasalahData(d.sasaran.instansiLainId);
    expect(lain.TANPA_JABATAN.jumlah + lain.DEFINITIF_GANDA.jumlah + lain.PENILAI_BERUBAH.jumlah).toBe(0);
  });

  it("jumlah kueri tetap (cache organisasi hangat): agregat SQL, bukan per baris", async () => {
    const { getMasalahData } = await import("@/lib/organisasi/masalah-baca");
    const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
    await getMasalahData(d.sasaran.instansiId);
    resetKueri();
    await getMasalahData(d.sasaran.instansiId);
    // versi cache (≤ 2) + tanpa jabatan + definitif ganda + SKP berlaku + nama pegawai.
    expect(jumlahKueri()).toBeGreaterThanOrEqual(3);
    expect(jumlahKueri()).toBeLessThanOrEqual(6);
  });

  it("menugaskan Putri menyelesaikan masalahnya seketika", async () => {
    const l = await L();
    const { getMasalahData } = await import("@/lib/organisasi/masalah-baca");
    const putri = await d.prisma.pegawai.findFirstOrThrow({ where: { nama: "Putri Ayu Lestari" }, select: { nip: true } });
    const r = await l.tugaskan(d.aktor.admin, { jabatanId: (await jabatan("Penelaah Teknis Kebijakan")).id, nip: putri.nip, jenis: "DEFINITIF", tmtMulai: hariIni() });
    expect(r.ok, galat(r)).toBe(true);
    expect((await getMasalahData(d.sasaran.instansiId)).TANPA_JABATAN.jumlah).toBe(0);
  });
});

describe("penolakan: ASN biasa dan admin instansi lain dengan id palsu", () => {
  it("setiap aksi ditolak tanpa tulisan (jejak audit dan data sama)", async () => {
    const l = await L();
    const kesmas = await jabatan("Kepala Bidang Kesehatan Masyarakat");
    const dinkes = await unit("Dinas Kesehatan");
    const penugasan = await d.prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: d.aktor.pemilik.pegawaiId, tmtSelesai: null }, select: { id: true } });
    const wahyu = d.aktor.pemilik.pegawaiId;
    const panggilan = (a: (typeof d.aktor)["pemilik"]) => [
      l.tambahUnit(a, { instansiId: d.sasaran.instansiId, parentId: dinkes.id, nama: "Unit Palsu", jenis: "BIDANG" }),
      l.ubahUnit(a, { unitId: dinkes.id, nama: "Dinas Palsu" }),
      l.tutupUnit(a, { unitId: dinkes.id, tanggal: hariIni() }),
      l.tambahJabatan(a, { unitKerjaId: kesmas.unitKerjaId, parentId: kesmas.id, nama: "Jabatan Palsu", jenis: "PELAKSANA" }),
      l.ubahJabatan(a, { jabatanId: kesmas.id, unitKerjaId: kesmas.unitKerjaId, parentId: kesmas.parentId ?? undefined, nama: "Jabatan Palsu" }),
      l.tutupJabatan(a, { jabatanId: kesmas.id, tanggal: hariIni() }),
      l.tugaskan(a, { jabatanId: kesmas.id, nip: d.demo.nip("joko"), jenis: "PLT", tmtMulai: hariIni() }),
      l.akhiriPenugasan(a, { penugasanId: penugasan.id, tmtSelesai: hariIni() }),
      l.mutasi(a, { pegawaiId: wahyu, jabatanId: kesmas.id, tanggal: hariIni() }),
      l.berhenti(a, { pegawaiId: wahyu, alasan: "BERHENTI", tanggal: hariIni() }),
      l.ubahPegawai(a, { pegawaiId: wahyu, nama: "Nama Palsu", status: "PNS", golongan: "IV/e" }),
    ];
    for (const k of ["pemilik", "penilai", "adminLain"] as const) {
      const [audit0, sidik0] = [await d.jumlahAudit(), await d.sidik()];
      const hasil = await Promise.all(panggilan(d.aktor[k]).map((p) => p.catch((e: Error) => ({ ok: false as const, pesan: `galat: ${e.message}` }))));
      for (const r of hasil) {
        expect(r.ok, k).toBe(false);
        expect(galat(r)).toBe("Anda tidak berhak mengubah organisasi instansi ini.");
      }
      expect(await d.jumlahAudit()).toBe(audit0);
      expect(await d.sidik()).toBe(sidik0);
    }
  });

  it("admin instansi lain: induk/unit/NIP dari instansi sasaran ditolak di instansinya sendiri", async () => {
    const l = await L();
    const lain = d.aktor.adminLain;
    const unitLain = await d.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiLainId }, select: { id: true } });
    const jabLain = await d.prisma.jabatan.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiLainId }, select: { id: true, unitKerjaId: true } });
    const dinkes = await unit("Dinas Kesehatan");
    const kesmas = await jabatan("Kepala Bidang Kesehatan Masyarakat");
    const audit0 = await d.jumlahAudit();
    expect(galat(await l.tambahUnit(lain, { instansiId: d.sasaran.instansiId, nama: "Unit Palsu", jenis: "OPD" }))).toMatch(/tidak berhak/);
    expect(galat(await l.tambahUnit(lain, { instansiId: d.sasaran.instansiLainId, parentId: dinkes.id, nama: "Unit Palsu", jenis: "BIDANG" }))).toMatch(/Unit induk tidak ditemukan/);
    expect(galat(await l.ubahUnit(lain, { unitId: unitLain.id, parentId: dinkes.id, nama: "Badan Kepegawaian Daerah" }))).toMatch(/instansi lain/);
    expect(galat(await l.tambahJabatan(lain, { unitKerjaId: jabLain.unitKerjaId, parentId: kesmas.id, nama: "Jabatan Palsu", jenis: "PELAKSANA" }))).toMatch(/tidak ditemukan pada instansi ini/);
    expect(galat(await l.ubahJabatan(lain, { jabatanId: jabLain.id, unitKerjaId: kesmas.unitKerjaId, nama: "Jabatan Palsu" }))).toMatch(/Unit kerja tujuan tidak ditemukan/);
    expect(galat(await l.ubahJabatan(lain, { jabatanId: jabLain.id, unitKerjaId: jabLain.unitKerjaId, parentId: kesmas.id, nama: "Jabatan Palsu" }))).toMatch(/instansi lain/);
    expect(galat(await l.tugaskan(lain, { jabatanId: jabLain.id, nip: d.demo.nip("wahyu"), jenis: "PLT", tmtMulai: hariIni() }))).toMatch(/NIP itu tidak ditemukan pada instansi ini/);
    const pegLain = await d.prisma.pegawai.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiLainId }, select: { id: true } });
    expect(galat(await l.mutasi(lain, { pegawaiId: pegLain.id, jabatanId: kesmas.id, tanggal: hariIni() }))).toMatch(/Jabatan tujuan tidak ditemukan/);
    expect(await d.jumlahAudit()).toBe(audit0);
  });
});

describe("pohon tanpa lingkaran (diperiksa di dalam transaksi dari basis data)", () => {
  it("jabatan: diri sendiri, turunan langsung, turunan dalam ditolak; unit: turunan ditolak", async () => {
    const l = await L();
    const admin = d.aktor.admin;
    const kadinkes = await jabatan("Kepala Dinas Kesehatan");
    const kabid = await jabatan("Kepala Bidang Kesehatan Masyarakat");
    const penyuluh = await jabatan("Penyuluh Kesehatan Masyarakat Ahli Muda");
    const audit0 = await d.jumlahAudit();
    const pindah = (id: string, unitKerjaId: string, parentId: string, nama: string) => l.ubahJabatan(admin, { jabatanId: id, unitKerjaId, parentId, nama });
    expect(galat(await pindah(kabid.id, kabid.unitKerjaId, kabid.id, "Kepala Bidang Kesehatan Masyarakat"))).toMatch(/induk dirinya sendiri/);
    expect(galat(await pindah(kabid.id, kabid.unitKerjaId, penyuluh.id, "Kepala Bidang Kesehatan Masyarakat"))).toMatch(/turunannya sendiri/);
    expect(galat(await pindah(kadinkes.id, kadinkes.unitKerjaId, penyuluh.id, "Kepala Dinas Kesehatan"))).toMatch(/lingkaran/);
    const dinkes = await unit("Dinas Kesehatan");
    const kesmasUnit = await unit("Bidang Kesehatan Masyarakat");
    expect(galat(await l.ubahUnit(admin, { unitId: dinkes.id, parentId: kesmasUnit.id, nama: "Dinas Kesehatan" }))).toMatch(/turunannya sendiri/);
    expect(galat(await l.ubahUnit(admin, { unitId: dinkes.id, parentId: dinkes.id, nama: "Dinas Kesehatan" }))).toMatch(/dirinya sendiri/);
    expect(await d.jumlahAudit()).toBe(audit0);
    expect((await jabatan("Kepala Dinas Kesehatan")).parentId).toBe(kadinkes.parentId);
  });
});

describe("admin BKD instansi itu", () => {
  it("mengganti nama jabatan: Beranda bawahan seketika memuat nama baru (cache organisasi diganti trigger)", async () => {
    const l = await L();
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const kabid = await jabatan("Kepala Bidang Kesehatan Masyarakat");
    const sebelum = await getBeranda(d.aktor.pemilik);
    expect(sebelum.penilai?.tipe === "PEGAWAI" && sebelum.penilai.kartu.jabatan).toBe("Kepala Bidang Kesehatan Masyarakat");
    const r = await l.ubahJabatan(d.aktor.admin, { jabatanId: kabid.id, unitKerjaId: kabid.unitKerjaId, parentId: kabid.parentId!, nama: "Kepala Bidang Kesehatan Masyarakat dan Gizi" });
    expect(r.ok, galat(r)).toBe(true);
    const sesudah = await getBeranda(d.aktor.pemilik);
    expect(sesudah.penilai?.tipe === "PEGAWAI" && sesudah.penilai.kartu.jabatan).toBe("Kepala Bidang Kesehatan Masyarakat dan Gizi");
    const a = await d.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "JABATAN_DIUBAH", entitasId: kabid.id }, orderBy: { id: "desc" }, select: { penggunaId: true } });
    expect(a.penggunaId).toBe(d.aktor.admin.penggunaId);
  });

  it("menambah unit dan jabatan, lalu menutup keduanya; unit/jabatan yang masih terisi tidak dapat ditutup", async () => {
    const l = await L();
    const admin = d.aktor.admin;
    const dinkes = await unit("Dinas Kesehatan");
    const u = await l.tambahUnit(admin, { instansiId: d.sasaran.instansiId, parentId: dinkes.id, nama: "UPT Laboratorium Kesehatan Daerah", jenis: "UPT" });
    expect(u.ok).toBe(true);
    const unitId = u.ok ? u.data.unitId : "";
    const kadinkes = await jabatan("Kepala Dinas Kesehatan");
    const j = await l.tambahJabatan(admin, { unitKerjaId: unitId, parentId: kadinkes.id, nama: "Kepala UPT Laboratorium Kesehatan Daerah", jenis: "PENGAWAS", eselon: "IV.a" });
    expect(j.ok).toBe(true);
    const jabatanId = j.ok ? j.data.jabatanId : "";

    expect(galat(await l.tutupUnit(admin, { unitId, tanggal: hariIni() }))).toMatch(/masih memiliki 1 jabatan aktif/);
    const t = await l.tugaskan(admin, { jabatanId, nip: d.demo.nip("lina"), jenis: "PLT", tmtMulai: tgl(`${TAHUN}-01-02`) });
    expect(t.ok, galat(t)).toBe(true);
    expect(galat(await l.tutupJabatan(admin, { jabatanId, tanggal: hariIni() }))).toMatch(/masih dipangku 1 pegawai.*Akhiri penugasannya/);
    const penugasanId = t.ok ? t.data.penugasanId : "";
    expect((await l.akhiriPenugasan(admin, { penugasanId, tmtSelesai: tgl(`${TAHUN}-01-01`) })).ok).toBe(false); // sebelum TMT mulai
    const kemarin = new Date(hariIni().getTime() - 86_400_000);
    expect((await l.akhiriPenugasan(admin, { penugasanId, tmtSelesai: kemarin })).ok).toBe(true);
    expect(galat(await l.tutupJabatan(admin, { jabatanId, tanggal: new Date(hariIni().getTime() + 86_400_000) }))).toMatch(/melewati hari ini/);
    expect((await l.tutupJabatan(admin, { jabatanId, tanggal: hariIni() })).ok).toBe(true);
    expect((await l.tutupUnit(admin, { unitId, tanggal: hariIni() })).ok).toBe(true);
    // Riwayat tetap: baris penugasan dan jabatan masih ada, hanya tidak aktif.
    expect(await d.prisma.jabatan.findUniqueOrThrow({ where: { id: jabatanId }, select: { aktif: true, tmtTutup: true } })).toEqual({ aktif: false, tmtTutup: hariIni() });
    expect(await d.prisma.penugasanJabatan.count({ where: { jabatanId } })).toBe(1);
    const { getHierarki } = await import("@/lib/organisasi/queries");
    expect((await getHierarki(d.sasaran.instansiId)).jabatan.has(jabatanId)).toBe(false);
    const aksi = (await d.prisma.jejakAudit.findMany({ where: { entitasId: { in: [unitId, jabatanId, penugasanId] } }, select: { aksi: true }, orderBy: { id: "asc" } })).map((x) => x.aksi);
    expect(aksi).toEqual(["UNIT_DITAMBAH", "JABATAN_DITAMBAH", "PENUGASAN_DITAMBAH", "PENUGASAN_DIAKHIRI", "JABATAN_DITUTUP", "UNIT_DITUTUP"]);
  });

  it("jabatan dengan jabatan bawahan aktif dan unit dengan jabatan aktif tidak dapat ditutup", async () => {
    const l = await L();
    const kabid = await jabatan("Kepala Bidang Pelayanan Kesehatan");
    const unitYankes = await unit("Bidang Pelayanan Kesehatan");
    expect(galat(await l.tutupJabatan(d.aktor.admin, { jabatanId: kabid.id, tanggal: hariIni() }))).toMatch(/dipangku|membawahkan/);
    expect(galat(await l.tutupUnit(d.aktor.admin, { unitId: unitYankes.id, tanggal: hariIni() }))).toMatch(/jabatan aktif/);
  });

  it("memindah jabatan ke unit lain di bawah atasan lain: pejabat penilai pemangkunya ikut berganti (Plt)", async () => {
    const l = await L();
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const nutrisionis = await jabatan("Nutrisionis Ahli Pertama");
    const kabidYankes = await jabatan("Kepala Bidang Pelayanan Kesehatan");
    const anisa = await (await import("./support")).aktorDemo(d.demo, "anisa");
    const r = await l.ubahJabatan(d.aktor.admin, { jabatanId: nutrisionis.id, unitKerjaId: kabidYankes.unitKerjaId, parentId: kabidYankes.id, nama: "Nutrisionis Ahli Pertama" });
    expect(r.ok, galat(r)).toBe(true);
    const b = await getBeranda(anisa);
    expect(b.penilai?.tipe === "PEGAWAI" && [b.penilai.kartu.pegawaiId, b.penilai.kartu.jenisPenugasan]).toEqual([d.demo.pegawaiId("eko"), "PLT"]);
    expect(b.saya[0]?.unitKerja).toMatch(/Bidang Pelayanan Kesehatan/);
  });

  it("Plt pada jabatan kosong menjadi pejabat penilai bawahannya; Plt ganda ditolak", async () => {
    const l = await L();
    const { getBeranda } = await import("@/lib/organisasi/beranda");
    const kasubbag = await d.prisma.jabatan.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, nama: "Kepala Subbagian Umum dan Kepegawaian", unitKerja: { parent: { nama: "Sekretariat", parent: { nama: "Dinas Komunikasi dan Informatika" } } } }, select: { id: true } });
    const r = await l.tugaskan(d.aktor.admin, { jabatanId: kasubbag.id, nip: d.demo.nip("dian"), jenis: "PLT", tmtMulai: tgl(`${TAHUN}-01-02`), nomorSk: "800.1.3.3/77/BKPSDM" });
    expect(r.ok, galat(r)).toBe(true);
    expect((await l.tugaskan(d.aktor.admin, { jabatanId: kasubbag.id, nip: d.demo.nip("dian"), jenis: "PLH", tmtMulai: hariIni() })).ok).toBe(false);
    const agung = await (await import("./support")).aktorDemo(d.demo, "agung");
    const b = await getBeranda(agung);
    expect(b.penilai?.tipe === "PEGAWAI" && b.penilai.kartu.pegawaiId).toBe(d.demo.pegawaiId("dian"));
    // Definitif kedua pada jabatan struktural yang sudah berpejabat ditolak.
    const kabidAptika = await jabatan("Kepala Bidang Aplikasi Informatika");
    expect(galat(await l.tugaskan(d.aktor.admin, { jabatanId: kabidAptika.id, nip: d.demo.nip("mega"), jenis: "DEFINITIF", tmtMulai: hariIni() }))).toMatch(/jabatan definitif lain|sudah memiliki pejabat definitif/);
  });

  it("mutasi per D: jabatan lama berakhir D − 1, yang baru mulai D; SKP lama tetap pada jabatan lamanya", async () => {
    const l = await L();
    const wahyu = d.aktor.pemilik.pegawaiId;
    const skpLama = await d.prisma.skp.findMany({ where: { pegawaiId: wahyu }, select: { id: true, jabatanId: true, status: true, penilaiPegawaiId: true, updatedAt: true }, orderBy: { id: "asc" } });
    const lama = await d.prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: wahyu, jenis: "DEFINITIF", tmtSelesai: null }, select: { id: true, jabatanId: true } });
    const tujuan = await jabatan("Pengelola Program Kesehatan");
    const D = hariIni();
    expect(galat(await l.mutasi(d.aktor.admin, { pegawaiId: wahyu, jabatanId: lama.jabatanId, tanggal: D }))).toMatch(/sama dengan jabatan saat ini/);
    const r = await l.mutasi(d.aktor.admin, { pegawaiId: wahyu, jabatanId: tujuan.id, tanggal: D, nomorSk: "821.2/900/BKPSDM" });
    expect(r.ok, galat(r)).toBe(true);
    const akhir = await d.prisma.penugasanJabatan.findUniqueOrThrow({ where: { id: lama.id }, select: { tmtSelesai: true } });
    expect(akhir.tmtSelesai).toEqual(new Date(D.getTime() - 86_400_000));
    const baru = await d.prisma.penugasanJabatan.findFirstOrThrow({ where: { pegawaiId: wahyu, jabatanId: tujuan.id }, select: { tmtMulai: true, tmtSelesai: true, jenis: true, nomorSk: true } });
    expect(baru).toEqual({ tmtMulai: D, tmtSelesai: null, jenis: "DEFINITIF", nomorSk: "821.2/900/BKPSDM" });
    expect(await d.prisma.skp.findMany({ where: { pegawaiId: wahyu }, select: { id: true, jabatanId: true, status: true, penilaiPegawaiId: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(skpLama);
    expect(skpLama.some((s) => s.jabatanId === lama.jabatanId)).toBe(true);
    const a = await d.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "PEGAWAI_DIMUTASI", entitasId: wahyu }, select: { penggunaId: true } });
    expect(a.penggunaId).toBe(d.aktor.admin.penggunaId);
  });

  it("data pegawai: kenaikan pangkat tercatat di riwayat; golongan yang tidak sesuai status ditolak skema", async () => {
    const l = await L();
    const { ZUbahPegawai } = await import("@/lib/organisasi/schemas");
    expect(ZUbahPegawai.safeParse({ pegawaiId: d.aktor.pemilik.pegawaiId, nama: "Wahyu Setiadi", status: "PPPK", golongan: "III/d" }).success).toBe(false);
    const r = await l.ubahPegawai(d.aktor.admin, { pegawaiId: d.aktor.pemilik.pegawaiId, nama: "Wahyu Setiadi", gelarBelakang: "S.KM., M.Kes.", status: "PNS", golongan: "III/d", tmtGolongan: tgl(`${TAHUN}-04-01`), email: "wahyu@lembahsejahtera.go.id" });
    expect(r.ok, galat(r)).toBe(true);
    const riwayat = await d.prisma.riwayatPangkat.findMany({ where: { pegawaiId: d.aktor.pemilik.pegawaiId }, select: { golongan: true, tmt: true }, orderBy: { createdAt: "asc" } });
    expect(riwayat.map((x) => x.golongan)).toEqual(["III/c", "III/d"]);
    // Tanpa perubahan pangkat: riwayat tidak bertambah.
    await l.ubahPegawai(d.aktor.admin, { pegawaiId: d.aktor.pemilik.pegawaiId, nama: "Wahyu Setiadi", gelarBelakang: "S.KM.", status: "PNS", golongan: "III/d", tmtGolongan: tgl(`${TAHUN}-04-01`) });
    expect(await d.prisma.riwayatPangkat.count({ where: { pegawaiId: d.aktor.pemilik.pegawaiId } })).toBe(2);
  });

  it("pensiun per D: semua penugasan terbuka berakhir D − 1, pegawai tidak aktif (tidak dapat masuk), SKP utuh", async () => {
    const l = await L();
    const rudi = d.demo.pegawaiId("rudi");
    const skp = await d.prisma.skp.findMany({ where: { pegawaiId: rudi }, select: { id: true, status: true, updatedAt: true } });
    const D = hariIni();
    expect(galat(await l.berhenti(d.aktor.admin, { pegawaiId: rudi, alasan: "PENSIUN", tanggal: new Date(D.getTime() + 86_400_000) }))).toMatch(/melewati hari ini/);
    const r = await l.berhenti(d.aktor.admin, { pegawaiId: rudi, alasan: "PENSIUN", tanggal: D });
    expect(r.ok, galat(r)).toBe(true);
    expect(await d.prisma.penugasanJabatan.count({ where: { pegawaiId: rudi, OR: [{ tmtSelesai: null }, { tmtSelesai: { gte: D } }] } })).toBe(0);
    expect(await d.prisma.pegawai.findUniqueOrThrow({ where: { id: rudi }, select: { aktif: true, tmtBerhenti: true, alasanBerhenti: true } })).toEqual({ aktif: false, tmtBerhenti: D, alasanBerhenti: "PENSIUN" });
    expect(await d.prisma.skp.findMany({ where: { pegawaiId: rudi }, select: { id: true, status: true, updatedAt: true } })).toEqual(skp);
    const pengguna = await d.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: rudi }, select: { id: true } });
    const { muatAktor } = await import("@/lib/auth/aktor");
    expect(await muatAktor(pengguna.id)).toBeNull();
    expect(galat(await l.berhenti(d.aktor.admin, { pegawaiId: rudi, alasan: "BERHENTI", tanggal: D }))).toMatch(/sudah tercatat/);
    expect(galat(await l.tugaskan(d.aktor.admin, { jabatanId: (await jabatan("Pengelola Keuangan")).id, nip: d.demo.nip("rudi"), jenis: "DEFINITIF", tmtMulai: D }))).toMatch(/tidak aktif/);
  });
});
