// Data akses hierarki pada data demo di PostgreSQL: pejabat penilai (termasuk Plt dan jabatan kosong),
// atasan pejabat penilai, bawahan, riwayat jabatan setahun (mutasi), ringkasan dan pohon struktur OPD.
import { beforeAll, describe, expect, it } from "vitest";
import { muatAktor } from "@/lib/auth/aktor";
import type { Aktor } from "@/lib/auth/permissions";
import { getBeranda, getRiwayatJabatanTahun } from "@/lib/organisasi/beranda";
import { getInstansiUnit, getRingkasanOpd, getStrukturOpd, type SimpulStruktur } from "@/lib/organisasi/struktur";
import { siapkanDemo, TAHUN } from "./support";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
beforeAll(async () => {
  demo = await siapkanDemo();
});

async function aktor(key: string): Promise<Aktor> {
  const p = await demo.prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId(key) }, select: { id: true } });
  const a = await muatAktor(p.id);
  if (!a) throw new Error(`aktor ${key} tidak dapat dimuat`);
  return a;
}

const namaPenilai = (b: Awaited<ReturnType<typeof getBeranda>>["penilai"]) => (b?.tipe === "PEGAWAI" ? b.kartu.nama : b?.jabatan ?? null);

describe("Beranda", () => {
  it("ASN: jabatan, unit, pejabat penilai (kepala bidang) dan atasan pejabat penilai (kepala badan)", async () => {
    const b = await getBeranda(await aktor("hendri"));
    expect(b.saya).toHaveLength(1);
    expect(b.saya[0]).toMatchObject({
      nama: "Hendri Gunawan, S.Kom.",
      nip: "19930404 201903 1 014",
      pangkat: "Penata Muda / III/a",
      jabatan: "Pengolah Data Kinerja",
      jenisPenugasan: "DEFINITIF",
    });
    expect(b.saya[0]!.unitKerja).toContain("Badan Kepegawaian");
    expect(namaPenilai(b.penilai)).toBe("Bambang Sutrisno, S.E., M.Si.");
    expect(namaPenilai(b.atasanPenilai)).toBe("Drs. Agus Setiawan, M.M.");
    expect(b.bawahan).toEqual([]);
  });

  it("atasan melihat bawahan langsungnya", async () => {
    const b = await getBeranda(await aktor("bambang"));
    expect(b.bawahan.map((k) => k.nama)).toContain("Hendri Gunawan, S.Kom.");
    expect(b.bawahan.every((k) => k.jenisPenugasan === "DEFINITIF")).toBe(true);
  });

  it("jabatan atasan kosong yang dijabat Plt: penilai adalah Plt-nya; Plt memangku dua jabatan", async () => {
    const novi = await getBeranda(await aktor("novi"));
    expect(novi.penilai?.tipe).toBe("PEGAWAI");
    if (novi.penilai?.tipe === "PEGAWAI") {
      expect(novi.penilai.kartu.nama).toBe("Eko Prasetyo, S.KM., M.Kes.");
      expect(novi.penilai.kartu.jabatan).toBe("Plt. Kepala Bidang Pelayanan Kesehatan");
    }
    const eko = await getBeranda(await aktor("eko"));
    expect(eko.saya.map((k) => k.jabatan)).toEqual(["Sekretaris Dinas Kesehatan", "Plt. Kepala Bidang Pelayanan Kesehatan"]);
    expect(eko.bawahan.map((k) => k.nama)).toContain("Novi Andriani");
  });

  it("jabatan atasan kosong tanpa Plt: naik satu tingkat ke pemangku berikutnya", async () => {
    const b = await getBeranda(await aktor("agung"));
    expect(namaPenilai(b.penilai)).toBe("Sri Lestari, S.Sos.");
    expect(namaPenilai(b.atasanPenilai)).toBe("Ir. Yudi Hermawan, M.T.");
  });

  it("PPPK tampil dengan NI PPPK dan golongan PPPK", async () => {
    const b = await getBeranda(await aktor("galih"));
    expect(b.saya[0]).toMatchObject({ labelNip: "NI PPPK", pangkat: expect.stringContaining("IX") });
  });
});

describe("Riwayat jabatan setahun", () => {
  it("mutasi di tengah tahun menghasilkan dua segmen, masing-masing dengan penilainya", async () => {
    const s = await getRiwayatJabatanTahun(await aktor("taufik"), TAHUN);
    expect(s).toHaveLength(2);
    expect(s[0]!.mulai.toISOString().slice(0, 10)).toBe(`${TAHUN}-01-01`);
    expect(s[0]!.selesai.toISOString().slice(0, 10)).toBe(`${TAHUN}-06-30`);
    expect(s[1]!.mulai.toISOString().slice(0, 10)).toBe(`${TAHUN}-07-01`);
    expect(s[1]!.selesai.toISOString().slice(0, 10)).toBe(`${TAHUN}-12-31`);
    expect(s[0]!.kartu.jabatan).not.toBe(s[1]!.kartu.jabatan);
    expect(s.every((x) => x.penilai !== null)).toBe(true);
  });
});

describe("Struktur untuk admin", () => {
  it("ringkasan OPD menghitung jabatan kosong dan Plt", async () => {
    const r = await getRingkasanOpd(demo.instansiId);
    expect(r).toHaveLength(4);
    const dinkes = r.find((o) => o.nama === "Dinas Kesehatan")!;
    expect(dinkes.plt).toBe(1);
    const kominfo = r.find((o) => o.nama === "Dinas Komunikasi dan Informatika")!;
    expect(kominfo.kosong).toBe(1);
    expect(r.reduce((n, o) => n + o.jabatan, 0)).toBe(await demo.prisma.jabatan.count({ where: { instansiId: demo.instansiId } }));
  });

  it("pohon jabatan OPD dengan pemangku; unit bukan akar atau id asing ditolak", async () => {
    const dinkesId = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { nama: "Dinas Kesehatan" }, select: { id: true } })).id;
    const s = await getStrukturOpd(demo.instansiId, dinkesId);
    expect(s?.akar).toHaveLength(1);
    const semua: SimpulStruktur[] = [];
    const jalan = (n: SimpulStruktur) => {
      semua.push(n);
      n.anak.forEach(jalan);
    };
    s!.akar.forEach(jalan);
    expect(semua).toHaveLength(s!.jumlahJabatan);
    const yankes = semua.find((n) => n.nama === "Kepala Bidang Pelayanan Kesehatan")!;
    expect(yankes.pemangku.map((p) => p.jenis)).toEqual(["PLT"]);
    expect(yankes.anak.length).toBeGreaterThan(0);

    const bidang = await demo.prisma.unitKerja.findFirstOrThrow({ where: { parentId: dinkesId }, select: { id: true } });
    expect(await getStrukturOpd(demo.instansiId, bidang.id)).toBeNull();
    expect(await getStrukturOpd("00000000-0000-0000-0000-000000000000", dinkesId)).toBeNull();
    expect(await getInstansiUnit(dinkesId)).toBe(demo.instansiId);
    expect(await getInstansiUnit("../../etc/passwd")).toBeNull();
  });
});
