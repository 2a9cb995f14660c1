// Jumlah kueri SQL halaman penilaian tidak bertambah dengan besar tim atau banyaknya RHK (tanpa N+1): kotak masuk
// dihitung untuk tim 4 orang lalu tim yang sama ditambah 3 pegawai ber-SKP disetujui; halaman evaluasi untuk dua SKP
// yang berbeda jumlah RHK/rencana aksinya. Penghitung: lib/db/hitung-kueri.ts (seperti npm run bench).
import { beforeAll, describe, expect, it } from "vitest";
import { aktorDemo, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

let demo: Awaited<ReturnType<typeof siapkanDemo>>;

beforeAll(async () => {
  demo = await siapkanDemo();
});

async function hitung(f: () => Promise<unknown>): Promise<number> {
  const { resetKueri, jumlahKueri } = await import("@/lib/db/hitung-kueri");
  await f(); // pemanasan: periode evaluasi dibuat bila belum ada
  resetKueri();
  await f();
  return jumlahKueri();
}

describe("kueri penilaian tetap berapa pun ukuran tim", () => {
  it("kotak masuk: tim 4 vs tim 7 orang", async () => {
    const { getKotakPenilaian } = await import("@/lib/penilaian/baca");
    const nurlaela = await aktorDemo(demo, "nurlaela");
    const awal = await getKotakPenilaian(nurlaela, "TW1");
    const n1 = await hitung(() => getKotakPenilaian(nurlaela, "TW1"));
    expect(n1).toBeGreaterThan(0);

    // Tiga pegawai ber-SKP disetujui dari unit lain dimutasi ke jabatan baru di bawah Kepala Bidang Kesmas.
    const p = demo.prisma;
    const induk = await p.jabatan.findFirstOrThrow({ where: { nama: "Kepala Bidang Kesehatan Masyarakat" }, select: { id: true, unitKerjaId: true, instansiId: true } });
    const timLama = new Set(awal.baris.map((b) => b.pegawaiId));
    const calon = await p.skp.findMany({
      where: {
        status: "DISETUJUI",
        periode: { tahun: TAHUN },
        jabatan: { jenis: { in: ["PELAKSANA", "FUNGSIONAL"] }, parentId: { not: induk.id } },
        pegawaiId: { notIn: [...timLama] },
        // Penugasannya dimulai sebelum tahun ini, sehingga dapat diakhiri pada 31 Desember tahun lalu.
        pegawai: { penugasan: { every: { tmtMulai: { lt: new Date(Date.UTC(TAHUN, 0, 1)) } } } },
      },
      select: { pegawaiId: true },
      distinct: ["pegawaiId"],
      orderBy: { pegawaiId: "asc" },
      take: 3,
    });
    expect(calon).toHaveLength(3);
    const mulai = new Date(Date.UTC(TAHUN, 0, 1));
    for (const [i, c] of calon.entries()) {
      const j = await p.jabatan.create({ data: { instansiId: induk.instansiId, unitKerjaId: induk.unitKerjaId, parentId: induk.id, nama: `Staf uji ${i + 1}`, jenis: "PELAKSANA" }, select: { id: true } });
      await p.penugasanJabatan.updateMany({ where: { pegawaiId: c.pegawaiId, tmtSelesai: null }, data: { tmtSelesai: new Date(Date.UTC(TAHUN - 1, 11, 31)) } });
      await p.penugasanJabatan.create({ data: { pegawaiId: c.pegawaiId, jabatanId: j.id, jenis: "DEFINITIF", tmtMulai: mulai } });
    }
    const besar = await getKotakPenilaian(nurlaela, "TW1");
    expect(besar.baris.length).toBe(awal.baris.length + 3);
    expect(besar.baris.filter((b) => b.skpId).length).toBe(awal.baris.filter((b) => b.skpId).length + 3);
    const n2 = await hitung(() => getKotakPenilaian(nurlaela, "TW1"));
    expect(n2).toBe(n1);
  });

  it("halaman evaluasi: jumlah kueri sama untuk SKP dengan RHK dan rencana aksi yang berbeda", async () => {
    const { getHalamanEvaluasi } = await import("@/lib/penilaian/baca");
    const nurlaela = await aktorDemo(demo, "nurlaela");
    const skp = await demo.prisma.skp.findMany({
      where: { status: "DISETUJUI", penilaiPegawaiId: demo.pegawaiId("nurlaela"), pegawaiId: { in: [demo.pegawaiId("wahyu"), demo.pegawaiId("joko")] } },
      select: { id: true, _count: { select: { rhk: true } } },
    });
    expect(skp).toHaveLength(2);
    const hasil: { rhk: number; n: number }[] = [];
    for (const s of skp) hasil.push({ rhk: s._count.rhk, n: await hitung(() => getHalamanEvaluasi(nurlaela, s.id, "TW1")) });
    expect(hasil[0]!.n).toBeGreaterThan(0);
    expect(hasil[1]!.n).toBe(hasil[0]!.n);
  });
});
