// Data demo progres harian (issue #15), dipanggil seedDemo sesudah penilaian. Hanya modul murni (tanpa "server-only").
// Tim Hj. Nurlaela (Kepala Seksi Kesehatan Masyarakat), relatif terhadap "sekarang":
// - rencana aksi periode evaluasi yang sedang berjalan (bila belum ada), dari RHK dan satuan indikatornya;
// - Wahyu Setiadi: tiga minggu terakhir berisi entri yang disetujui, satu yang dikembalikan dengan catatan,
//   minggu lalu diajukan, minggu ini draf, satu entri terlambat, dan dua hari kerja sengaja kosong;
// - anggota tim lain: beberapa entri diajukan menunggu tinjauan Nurlaela.
import { createHash, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { hariTerlambat, teksSidik } from "@/lib/progres-harian/aturan";
import { awalMinggu, daftarHariKerja, tambahHari } from "@/lib/progres-harian/kalender";
import { tanggalDiZona } from "@/lib/organisasi/format";
import { pukul } from "./demo-skp";

const KEGIATAN = [
  "Mengolah data capaian kinerja pegawai dari aplikasi e-Kinerja",
  "Memverifikasi bukti dukung realisasi SKP unit kerja",
  "Menyusun rekap capaian kinerja mingguan",
  "Rapat koordinasi tim pengelola kinerja",
  "Membantu pegawai memperbaiki rencana aksi di portal",
  "Menyusun bahan laporan kinerja bidang",
  "Memeriksa kelengkapan dokumen evaluasi kinerja",
];
const SATUAN_ANGKA = new Set(["%", "persen", "nilai", "indeks", "hari", "bulan", "kali per tahun"]);

export type KonteksHarianDemo = {
  instansiId: string;
  tahun: number;
  sekarang: number;
  pegawaiId: ReadonlyMap<string, string>;
  penggunaId: (pegawaiId: string) => string | undefined;
};

export async function seedHarianDemo(tx: Prisma.TransactionClient, k: KonteksHarianDemo): Promise<{ entri: number }> {
  const hariIni = tanggalDiZona(new Date(k.sekarang), "Asia/Jakarta");
  const penilai = k.pegawaiId.get("nurlaela");
  const utama = k.pegawaiId.get("wahyu");
  if (!penilai || !utama) return { entri: 0 };
  const periode = await tx.periodeEvaluasi.findFirst({
    where: { periodeKinerja: { instansiId: k.instansiId, tahun: k.tahun }, mulai: { lte: hariIni }, selesai: { gte: hariIni }, status: "BUKA" },
    select: { id: true, mulai: true, selesai: true, label: true },
  });
  if (!periode) return { entri: 0 };
  const skp = await tx.skp.findMany({
    where: { penilaiPegawaiId: penilai, status: "DISETUJUI", periode: { tahun: k.tahun, instansiId: k.instansiId }, mulai: { lte: hariIni }, selesai: { gte: hariIni } },
    select: {
      id: true,
      pegawaiId: true,
      mulai: true,
      rhk: { select: { id: true, teks: true, iki: { select: { satuan: true }, orderBy: { urutan: "asc" }, take: 1 } }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }], take: 2 },
    },
    orderBy: { pegawaiId: "asc" },
  });

  const entri: Prisma.ProgresHarianCreateManyInput[] = [];
  const audit: Prisma.JejakAuditCreateManyInput[] = [];
  const seninIni = awalMinggu(hariIni);
  const tanpaLibur = new Set<string>();
  for (const [n, s] of skp.entries()) {
    if (s.rhk.length === 0) continue;
    const pemilik = k.penggunaId(s.pegawaiId) ?? null;
    // Rencana aksi periode berjalan: pakai yang ada, atau buat satu per RHK (dua RHK pertama).
    let ra = await tx.rencanaAksi.findMany({ where: { periodeEvaluasiId: periode.id, rhk: { skpId: s.id } }, select: { id: true, satuan: true }, orderBy: { urutan: "asc" } });
    if (ra.length === 0) {
      const baru = s.rhk.map((r, j) => {
        const sat = r.iki[0]?.satuan ?? null;
        const satuan = sat && !SATUAN_ANGKA.has(sat.toLowerCase()) ? sat : "kegiatan";
        return { id: randomUUID(), rhkId: r.id, periodeEvaluasiId: periode.id, urutan: 1, uraian: `${j === 0 ? "Menyelesaikan" : "Mendukung"} ${r.teks.charAt(0).toLowerCase()}${r.teks.slice(1)} pada ${periode.label}`.slice(0, 990), targetAngka: 12, satuan };
      });
      await tx.rencanaAksi.createMany({ data: baru });
      ra = baru.map((b) => ({ id: b.id, satuan: b.satuan }));
    }
    const saya = s.pegawaiId === utama;
    // Wahyu: tiga minggu terakhir + minggu ini; yang lain: minggu lalu saja (diajukan).
    const dari = tambahHari(seninIni, saya ? -21 : -7);
    const mulai = [dari, periode.mulai, s.mulai].reduce((a, b) => (a > b ? a : b));
    const hari = daftarHariKerja(mulai, hariIni, tanpaLibur);
    const kosong = saya ? new Set([hari.length - 4, hari.length - 9].filter((i) => i > 0)) : new Set<number>();
    hari.forEach((t, i) => {
      if (kosong.has(i)) return;
      if (!saya && t >= seninIni) return;
      const minggu = Math.floor((seninIni.getTime() - awalMinggu(t).getTime()) / (7 * 86_400_000)); // 0 = minggu ini
      const status = !saya ? "DIAJUKAN" : minggu === 0 ? "DRAF" : minggu === 1 ? "DIAJUKAN" : "DISETUJUI";
      const dua = saya || i % 2 === 0 ? 2 : 1;
      for (let j = 0; j < dua; j++) {
        const r = ra[(i + j) % ra.length]!;
        const jamMulai = j === 0 ? 7 * 60 + 30 : 13 * 60;
        const jamSelesai = j === 0 ? 11 * 60 + 30 : 15 * 60 + 30;
        const kegiatan = KEGIATAN[(i * 2 + j + n) % KEGIATAN.length]!;
        // Satu entri Wahyu dicatat terlambat (8 hari kerja sesudahnya); yang lain pada sore hari yang sama.
        const telat = saya && minggu === 2 && t.getUTCDay() === 2 && j === 0;
        const dibuatHari = telat ? daftarHariKerja(t, tambahHari(t, 20), tanpaLibur)[8] ?? t : t;
        const dibuat = Math.min(pukul(dibuatHari.getTime(), 16, 10 + j * 5 + (n % 20)), k.sekarang);
        const id = randomUUID();
        const dikembalikan = saya && status === "DISETUJUI" && i === 3 && j === 1;
        entri.push({
          id,
          instansiId: k.instansiId,
          pegawaiId: s.pegawaiId,
          skpId: s.id,
          rencanaAksiId: r.id,
          tanggal: t,
          jamMulai,
          jamSelesai,
          kegiatan,
          realisasi: 1,
          satuan: r.satuan ?? "kegiatan",
          tautan: j === 0 && i % 3 === 0 ? `https://arsip.lembahsejahtera.go.id/harian/${t.toISOString().slice(0, 10)}/${id.slice(0, 8)}` : null,
          status: dikembalikan ? "DIKEMBALIKAN" : status,
          catatan: dikembalikan ? "Lampirkan tautan rekap yang Anda susun, lalu ajukan kembali." : null,
          terlambatHari: hariTerlambat(t, tanggalDiZona(new Date(dibuat), "Asia/Jakarta"), 5, tanpaLibur),
          sidik: createHash("sha256").update(teksSidik({ rencanaAksiId: r.id, tanggal: t, jamMulai, jamSelesai, kegiatan })).digest("hex"),
          diajukanAt: status === "DRAF" ? null : new Date(Math.min(dibuat + 3_600_000, k.sekarang)),
          ditinjauAt: status === "DISETUJUI" ? new Date(Math.min(dibuat + 2 * 86_400_000, k.sekarang)) : null,
          ditinjauOleh: status === "DISETUJUI" ? penilai : null,
          createdAt: new Date(dibuat),
          updatedAt: new Date(dibuat),
        });
        audit.push({ penggunaId: pemilik, aksi: "PROGRES_HARIAN_DITAMBAH", entitas: "ProgresHarian", entitasId: id, data: { tanggal: t.toISOString().slice(0, 10), demo: true }, createdAt: new Date(dibuat), instansiId: k.instansiId });
      }
    });
  }
  await tx.progresHarian.createMany({ data: entri });
  await tx.jejakAudit.createMany({ data: audit });
  return { entri: entri.length };
}
