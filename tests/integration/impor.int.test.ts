// Impor organisasi terhadap basis data sungguhan: uji coba tanpa tulisan, penerapan satu transaksi dengan satu baris
// audit, impor ulang tanpa tulisan, batal total bila ada galat, lingkaran induk, impor lengkap yang melaporkan (tidak
// menghapus), mutasi jabatan dengan riwayat, dan otorisasi dari basis data (instansi palsu tidak berlaku).
import { beforeAll, describe, expect, it } from "vitest";
import { prosesImpor, type HasilImpor } from "@/lib/impor/layanan";
import { tulisCsv, tulisXlsx, type BarisTulis } from "@/lib/impor/templat";
import type { Aktor } from "@/lib/auth/permissions";
import { aktorDemo, siapkanDemo } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let admin: Aktor;
let asn: Aktor;
let adminLain: Aktor;
let superadmin: Aktor;
let instansiLain: string;

beforeAll(async () => {
  demo = await siapkanDemo();
  admin = await aktorDemo(demo, "rizki");
  asn = await aktorDemo(demo, "wahyu");
  const dedi = await aktorDemo(demo, "dedi");
  superadmin = { ...dedi, isSuperadmin: true };
  const lain = await demo.prisma.instansi.create({ data: { kode: "IMP2", nama: "Kota Impor Kedua", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota" }, select: { id: true } });
  instansiLain = lain.id;
  adminLain = { ...asn, adminInstansiIds: [lain.id], isSuperadmin: false };
});

/** NIP sah ke-i: lahir 1 Januari 1990 + (i div 999) hari, TMT CPNS Maret 2015. */
const nip = (i: number, kelamin: 1 | 2 = 1) => {
  const l = new Date(Date.UTC(1990, 0, 1 + Math.floor(i / 999)));
  return `${l.toISOString().slice(0, 10).replace(/-/g, "")}201503${kelamin}${String((i % 999) + 1).padStart(3, "0")}`;
};

const KABID: BarisTulis = { nip: nip(1), nama: "Bambang Imporwan", gelarBelakang: "S.K.M.", status: "PNS", golongan: "III/d", tmtGolongan: "01-04-2023", kodeJabatan: "IMP-KABID", jabatan: "Kepala Bidang Sumber Daya Kesehatan", jenisJabatan: "Administrator", eselon: "III.b", kodeUnit: "IMP-SDK", unit: "Bidang Sumber Daya Kesehatan", jenisUnit: "Bidang", kodeUnitInduk: "DINKES", tmtJabatan: "02-01-2024" };
const KASI: BarisTulis = { nip: nip(2, 2), nama: "Citra Imporwati", status: "PNS", golongan: "III/c", kodeJabatan: "IMP-KASI", jabatan: "Kepala Seksi Farmasi", jenisJabatan: "Pengawas", eselon: "IV.a", kodeAtasanJabatan: "IMP-KABID", kodeUnit: "IMP-FAR", unit: "Seksi Farmasi", jenisUnit: "Subbidang", kodeUnitInduk: "IMP-SDK", tmtJabatan: "01-02-2024" };
const STAF = (i: number): BarisTulis => ({ nip: nip(10 + i), nama: `Staf Impor ${i}`, status: "PNS", golongan: "II/c", kodeJabatan: "IMP-STAF", jabatan: "Pengelola Obat", jenisJabatan: "Pelaksana", kodeAtasanJabatan: "IMP-KASI", kodeUnit: "IMP-FAR", unit: "Seksi Farmasi", kodeUnitInduk: "IMP-SDK", tmtJabatan: "01-03-2024" });

// Anak lebih dulu daripada induknya di berkas.
const BERKAS: BarisTulis[] = [STAF(1), STAF(2), KASI, KABID, STAF(3)];

const masukan = (baris: BarisTulis[], o: { terapkan?: boolean; lengkap?: boolean; instansiId?: string; xlsx?: Uint8Array } = {}) => ({
  instansiId: o.instansiId ?? demo.instansiId,
  lengkap: o.lengkap ?? false,
  terapkan: o.terapkan ?? false,
  nama: o.xlsx ? "impor.xlsx" : "impor.csv",
  bytes: o.xlsx ?? tulisCsv(baris),
});

/** Sidik semua tabel yang dapat ditulis impor (jumlah + isi yang relevan) dan jumlah jejak audit. */
async function sidik() {
  const [u, j, p, s, a] = await Promise.all([
    demo.prisma.unitKerja.findMany({ select: { id: true, kode: true, nama: true, jenis: true, parentId: true }, orderBy: { id: "asc" } }),
    demo.prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, jenis: true, eselon: true, unitKerjaId: true, parentId: true }, orderBy: { id: "asc" } }),
    demo.prisma.pegawai.findMany({ select: { id: true, nip: true, nama: true, golongan: true, gelarBelakang: true, aktif: true, updatedAt: true }, orderBy: { id: "asc" } }),
    demo.prisma.penugasanJabatan.findMany({ select: { id: true, jabatanId: true, tmtMulai: true, tmtSelesai: true }, orderBy: { id: "asc" } }),
    demo.prisma.jejakAudit.count(),
  ]);
  return JSON.stringify({ u, j, p, s, a });
}

const ok = (h: HasilImpor) => {
  if (!h.ok) throw new Error(h.pesan);
  return h.data;
};
const status = (h: HasilImpor) => (h.ok ? h.data.laporan : h.laporan)!.baris.map((b) => b.status);

describe("impor organisasi", () => {
  it("uji coba melaporkan per baris dan tidak menulis apa pun", async () => {
    const sebelum = await sidik();
    const h = ok(await prosesImpor(admin, masukan(BERKAS)));
    expect(h.diterapkan).toBe(false);
    expect(h.laporan.baris.map((b) => b.status)).toEqual(["DIBUAT", "DIBUAT", "DIBUAT", "DIBUAT", "DIBUAT"]);
    expect(h.laporan.jumlah).toMatchObject({ unitDibuat: 2, jabatanDibuat: 3, pegawaiDibuat: 5, penugasanDibuka: 5 });
    expect(await sidik()).toBe(sebelum);
  });

  it("penerapan: satu transaksi, induk yang tertulis sesudahnya tertaut, satu baris audit ringkasan; tanpa akun masuk", async () => {
    const audit0 = await demo.prisma.jejakAudit.count();
    const h = ok(await prosesImpor(admin, masukan(BERKAS, { terapkan: true })));
    expect(h.diterapkan).toBe(true);
    const dinkes = await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, kode: "DINKES" }, select: { id: true } });
    const sdk = await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, kode: "IMP-SDK" }, select: { id: true, parentId: true, jenis: true } });
    expect(sdk).toMatchObject({ parentId: dinkes.id, jenis: "BIDANG" });
    const far = await demo.prisma.unitKerja.findFirstOrThrow({ where: { kode: "IMP-FAR" }, select: { parentId: true, jenis: true } });
    expect(far).toEqual({ parentId: sdk.id, jenis: "SUBBIDANG" });
    const [kabid, kasi, staf] = await Promise.all(["IMP-KABID", "IMP-KASI", "IMP-STAF"].map((kode) => demo.prisma.jabatan.findFirstOrThrow({ where: { instansiId: demo.instansiId, kode }, select: { id: true, parentId: true } })));
    expect(kasi!.parentId).toBe(kabid!.id);
    expect(staf!.parentId).toBe(kasi!.id);
    const bambang = await demo.prisma.pegawai.findUniqueOrThrow({ where: { nip: nip(1) }, select: { instansiId: true, tanggalLahir: true, jenisKelamin: true, gelarBelakang: true, pengguna: { select: { id: true } }, penugasan: { select: { jabatanId: true, jenis: true, tmtMulai: true, tmtSelesai: true } } } });
    expect(bambang).toMatchObject({ instansiId: demo.instansiId, jenisKelamin: "L", gelarBelakang: "S.K.M.", pengguna: null });
    expect(bambang.tanggalLahir.toISOString().slice(0, 10)).toBe("1990-01-01");
    expect(bambang.penugasan).toEqual([{ jabatanId: kabid!.id, jenis: "DEFINITIF", tmtMulai: new Date("2024-01-02T00:00:00Z"), tmtSelesai: null }]);
    expect(await demo.prisma.penugasanJabatan.count({ where: { jabatanId: staf!.id, tmtSelesai: null } })).toBe(3);
    const audit = await demo.prisma.jejakAudit.findMany({ where: { id: { gt: BigInt(0) } }, orderBy: { id: "desc" }, take: 2, select: { aksi: true, entitasId: true, penggunaId: true, data: true } });
    expect(await demo.prisma.jejakAudit.count()).toBe(audit0 + 1);
    expect(audit[0]).toMatchObject({ aksi: "ORGANISASI_DIIMPOR", entitasId: demo.instansiId, penggunaId: admin.penggunaId, data: { jumlahBaris: 5, jumlah: { pegawaiDibuat: 5, unitDibuat: 2, jabatanDibuat: 3 } } });
  });

  it("impor ulang berkas yang sama (CSV atau XLSX): semua TIDAK BERUBAH, tanpa tulisan dan tanpa audit", async () => {
    const sebelum = await sidik();
    for (const xlsx of [undefined, await tulisXlsx(BERKAS)]) {
      const h = ok(await prosesImpor(admin, masukan(BERKAS, { terapkan: true, xlsx })));
      expect(h.diterapkan).toBe(false);
      expect(h.laporan.tulisan).toBe(0);
      expect(h.laporan.baris.map((b) => b.status)).toEqual(Array(5).fill("TIDAK_BERUBAH"));
    }
    expect(await sidik()).toBe(sebelum);
  });

  it("satu baris bergalat → penerapan ditolak seluruhnya; laporan menyebut baris dan kolomnya", async () => {
    const sebelum = await sidik();
    const h = await prosesImpor(admin, masukan([...BERKAS, { ...STAF(4), golongan: "IX" }, STAF(5)], { terapkan: true }));
    expect(h.ok).toBe(false);
    if (h.ok) return;
    expect(h.pesan).toMatch(/1 baris bergalat/);
    expect(h.laporan!.baris[5]).toMatchObject({ baris: 7, status: "GALAT", galat: [{ kolom: "Golongan", pesan: expect.stringMatching(/tidak sah untuk PNS/) }] });
    expect(status(h).slice(6)).toEqual(["DIBUAT"]);
    expect(await sidik()).toBe(sebelum);
  });

  it("galat basis data di tengah penerapan (setelah semua tulisan massal) → semuanya batal", async () => {
    const sebelum = await sidik();
    await expect(
      prosesImpor(admin, masukan([STAF(1), STAF(2), KASI, { ...KABID, golongan: "IV/a" }, STAF(3), STAF(6)], { terapkan: true }), undefined, {
        sebelumAudit: async () => {
          throw new Error("uji: gagal di tengah");
        },
      }),
    ).rejects.toThrow(/gagal di tengah/);
    expect(await sidik()).toBe(sebelum);
    expect(await demo.prisma.pegawai.count({ where: { nip: nip(16) } })).toBe(0);
  });

  it("lingkaran induk unit atau atasan jabatan ditolak tanpa tulisan", async () => {
    const sebelum = await sidik();
    const h = await prosesImpor(admin, masukan([STAF(1), STAF(2), KASI, { ...KABID, kodeAtasanJabatan: "IMP-STAF" }], { terapkan: true }));
    expect(h.ok).toBe(false);
    if (h.ok) return;
    // Baris yang mendefinisikan jabatan di lingkaran bergalat; baris 3 (pemangku lain IMP-STAF) tidak.
    expect(status(h)).toEqual(["GALAT", "TIDAK_BERUBAH", "GALAT", "GALAT"]);
    expect(h.laporan!.baris[3]!.galat).toEqual([{ kolom: "Kode Atasan Jabatan", pesan: "Atasan jabatan membentuk lingkaran: IMP-KABID → IMP-STAF → IMP-KASI → IMP-KABID." }]);
    const u = await prosesImpor(admin, masukan([{ kodeUnit: "DINKES", unit: "Dinas Kesehatan", kodeUnitInduk: "IMP-FAR" }], { terapkan: true }));
    expect(!u.ok && u.laporan!.baris[0]!.galat[0]!.pesan).toBe("Induk unit membentuk lingkaran: DINKES → IMP-FAR → IMP-SDK → DINKES.");
    expect(await sidik()).toBe(sebelum);
  });

  it("impor lengkap: pegawai instansi yang tidak ada di berkas dilaporkan, tidak dihapus dan tidak dinonaktifkan", async () => {
    const aktif = await demo.prisma.pegawai.count({ where: { instansiId: demo.instansiId, aktif: true } });
    const sebelum = await sidik();
    const h = ok(await prosesImpor(admin, masukan(BERKAS, { terapkan: true, lengkap: true })));
    expect(h.laporan.tidakAdaDiBerkas).toHaveLength(aktif - 5);
    expect(h.laporan.tidakAdaDiBerkas!.map((p) => p.nip)).toContain(demo.nip("wahyu"));
    expect(h.laporan.tidakAdaDiBerkas!.map((p) => p.nip)).not.toContain(nip(1));
    expect(await sidik()).toBe(sebelum);
  });

  it("mutasi dan perubahan data: jabatan lama ditutup sehari sebelum TMT baru (riwayat tetap), golongan diperbarui", async () => {
    const h = ok(await prosesImpor(admin, masukan([...BERKAS.slice(0, 4), { ...STAF(3), kodeJabatan: "IMP-ANALIS", jabatan: "Analis Farmasi", jenisJabatan: "Fungsional", tmtJabatan: "01-07-2025", golongan: "III/a" }], { terapkan: true })));
    expect(h.laporan.baris[4]).toMatchObject({ status: "DIPERBARUI", perubahan: ["jabatan baru IMP-ANALIS «Analis Farmasi»", "golongan II/c → III/a", "jabatan «IMP-STAF» ditutup 30-06-2025", "menjabat IMP-ANALIS mulai 01-07-2025"] });
    const p = await demo.prisma.pegawai.findUniqueOrThrow({ where: { nip: nip(13) }, select: { golongan: true, penugasan: { select: { jabatan: { select: { kode: true } }, tmtMulai: true, tmtSelesai: true }, orderBy: { tmtMulai: "asc" } } } });
    expect(p.golongan).toBe("III/a");
    expect(p.penugasan.map((x) => [x.jabatan.kode, x.tmtMulai.toISOString().slice(0, 10), x.tmtSelesai?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["IMP-STAF", "2024-03-01", "2025-06-30"],
      ["IMP-ANALIS", "2025-07-01", null],
    ]);
  });

  it("NIP yang terdaftar pada instansi lain tidak dipindahkan lewat impor", async () => {
    const sebelum = await sidik();
    const lain = await prosesImpor(superadmin, masukan([{ ...STAF(7), nip: demo.nip("wahyu"), kodeUnit: "X1", unit: "BKD", kodeUnitInduk: "", kodeAtasanJabatan: "" }], { terapkan: true, instansiId: instansiLain }));
    expect(!lain.ok && lain.laporan!.baris[0]!.galat[0]).toMatchObject({ kolom: "NIP", pesan: expect.stringMatching(/instansi lain/) });
    expect(await sidik()).toBe(sebelum);
  });

  it("otorisasi dari basis data: ASN, admin instansi lain (dengan id instansi palsu) dan id sembarang ditolak tanpa tulisan", async () => {
    const sebelum = await sidik();
    const baru = [{ ...STAF(8) }];
    for (const [aktor, instansiId] of [
      [asn, demo.instansiId],
      [adminLain, demo.instansiId],
      [admin, instansiLain],
      [admin, "00000000-0000-4000-8000-000000000000"],
      [admin, "bukan-uuid"],
    ] as const) {
      for (const terapkan of [false, true]) {
        const h = await prosesImpor(aktor, masukan(baru, { terapkan, instansiId }));
        expect(h).toEqual({ ok: false, pesan: "Instansi tidak ditemukan atau bukan wewenang Anda." });
      }
    }
    expect(await sidik()).toBe(sebelum);
    // Superadmin boleh untuk instansi mana pun.
    const s = ok(await prosesImpor(superadmin, masukan(baru, { instansiId: demo.instansiId })));
    expect(s.laporan.baris[0]!.status).toBe("DIBUAT");
  });

  it("berkas salah: pesan tingkat berkas, tanpa tulisan", async () => {
    const sebelum = await sidik();
    const kosong = await prosesImpor(admin, { ...masukan([]), bytes: new Uint8Array() });
    expect(kosong).toEqual({ ok: false, pesan: expect.stringMatching(/Berkas kosong/) });
    const judul = await prosesImpor(admin, { ...masukan([]), bytes: new TextEncoder().encode("NIP,Nama,Status\n1,2,3\n"), terapkan: true });
    expect(!judul.ok && judul.pesan).toMatch(/Kolom wajib tidak ada/);
    expect(await sidik()).toBe(sebelum);
  });

  it("kemajuan dilaporkan per tahap, dengan angka yang naik", async () => {
    const fase: string[] = [];
    ok(await prosesImpor(admin, masukan([...BERKAS.slice(0, 4), STAF(9)], { terapkan: true }), (e) => fase.push(`${e.fase}:${e.selesai}/${e.total}`)));
    expect(fase[0]).toMatch(/^membaca:0\//);
    expect(fase).toContain("memeriksa:5/5");
    expect(fase).toContain("membandingkan:1/1");
    expect(fase.at(-1)).toMatch(/^menerapkan:(\d+)\/\1$/);
  });
});
