// Tolok ukur impor organisasi: membangkitkan berkas 10.000 baris dalam format terdokumentasi (docs/impor.md) —
// 10 OPD × 5 bidang × 4 subbidang, jabatan berjenjang (kepala OPD → kabid → kasubbid → pelaksana), satu pegawai per
// baris — lalu mengukur uji coba, penerapan (satu transaksi) dan impor ulang (semua TIDAK BERUBAH). Mencetak angka saja.
//
//   npm run bench:impor [-- --baris 10000] [--format csv|xlsx]
//
// Lewat scripts/with-test-db.ts --seed (instansi demo + admin BKD Rizki) dengan `tsx --conditions=react-server`
// (modul layanan mengimpor "server-only").
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "@/lib/db/client";
import { muatAktor } from "@/lib/auth/aktor";
import { prosesImpor, type HasilImpor } from "@/lib/impor/layanan";
import { tulisCsv, tulisXlsx, type BarisTulis } from "@/lib/impor/templat";
import { DEMO_INSTANSI } from "@/prisma/demo-data";

const arg = (n: string, b: string) => {
  const i = process.argv.indexOf(`--${n}`);
  return i >= 0 ? (process.argv[i + 1] ?? b) : b;
};
const N = Number(arg("baris", "10000"));
const FORMAT = arg("format", "csv") === "xlsx" ? "xlsx" : "csv";

/** NIP sah ke-i: lahir 1 Januari 1975 + (i div 999) hari, TMT CPNS Januari 2005, nomor urut 1–999. */
function nip(i: number): string {
  const l = new Date(Date.UTC(1975, 0, 1 + Math.floor(i / 999)));
  return `${l.toISOString().slice(0, 10).replace(/-/g, "")}200501${1 + (i % 2)}${String((i % 999) + 1).padStart(3, "0")}`;
}

function bangkitkan(n: number): BarisTulis[] {
  const baris: BarisTulis[] = [];
  const GOL = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d"];
  let i = 0;
  const pegawai = (b: Omit<BarisTulis, "nip" | "nama" | "status" | "golongan" | "tmtJabatan">, gol: string) => {
    if (baris.length >= n) return;
    baris.push({ ...b, nip: nip(i), nama: `Pegawai Bench ${i}`, gelarBelakang: i % 3 === 0 ? "S.E." : "", status: "PNS", golongan: gol, tmtGolongan: "01-04-2020", tmtJabatan: "02-01-2023" });
    i++;
  };
  const perSubbid = Math.max(1, Math.ceil(n / (10 * 5 * 4)) - 1);
  for (let o = 1; baris.length < n; o++) {
    const opd = `B-OPD${o}`;
    const kepala = `B-J-${opd}`;
    pegawai({ kodeUnit: opd, unit: `Dinas Bench ${o}`, jenisUnit: "OPD", kodeUnitInduk: "", kodeJabatan: kepala, jabatan: `Kepala Dinas Bench ${o}`, jenisJabatan: "JPT", eselon: "II.b", kodeAtasanJabatan: "" }, "IV/c");
    for (let b = 1; b <= 5 && baris.length < n; b++) {
      const bid = `${opd}-B${b}`;
      const kabid = `B-J-${bid}`;
      pegawai({ kodeUnit: bid, unit: `Bidang ${b} Dinas Bench ${o}`, jenisUnit: "Bidang", kodeUnitInduk: opd, kodeJabatan: kabid, jabatan: `Kepala Bidang ${b}`, jenisJabatan: "Administrator", eselon: "III.b", kodeAtasanJabatan: kepala }, "IV/a");
      for (let s = 1; s <= 4 && baris.length < n; s++) {
        const sub = `${bid}-S${s}`;
        const kasub = `B-J-${sub}`;
        pegawai({ kodeUnit: sub, unit: `Subbidang ${s}`, jenisUnit: "Subbidang", kodeUnitInduk: bid, kodeJabatan: kasub, jabatan: `Kepala Subbidang ${s}`, jenisJabatan: "Pengawas", eselon: "IV.a", kodeAtasanJabatan: kabid }, "III/d");
        for (let p = 0; p < perSubbid && baris.length < n; p++) {
          pegawai({ kodeUnit: sub, unit: `Subbidang ${s}`, jenisUnit: "Subbidang", kodeUnitInduk: bid, kodeJabatan: `${kasub}-P${p % 3}`, jabatan: `Pelaksana ${p % 3}`, jenisJabatan: "Pelaksana", eselon: "", kodeAtasanJabatan: kasub }, GOL[i % GOL.length]!);
        }
      }
    }
  }
  // Induk di akhir berkas: urutan dibalik agar anak tertulis lebih dulu (penyelesaian urutan diuji juga).
  return baris.reverse();
}

const prisma = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
const instansi = await prisma.instansi.findUniqueOrThrow({ where: { kode: DEMO_INSTANSI.kode }, select: { id: true } });
const rizki = await prisma.pegawai.findFirstOrThrow({ where: { instansiId: instansi.id, pengguna: { peran: { some: { peran: "ADMIN_INSTANSI" } } } }, select: { pengguna: { select: { id: true } } } });
const aktor = await muatAktor(rizki.pengguna!.id);
if (!aktor) throw new Error("aktor admin tidak dapat dimuat");

const baris = bangkitkan(N);
const t0 = performance.now();
const bytes = FORMAT === "xlsx" ? await tulisXlsx(baris) : tulisCsv(baris);
console.log(`Berkas ${FORMAT}: ${baris.length.toLocaleString("id-ID")} baris, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB (dibangkitkan ${Math.round(performance.now() - t0)} ms)`);

async function ukur(label: string, terapkan: boolean): Promise<HasilImpor> {
  const mulai = performance.now();
  const fase = new Map<string, number>();
  const h = await prosesImpor(aktor!, { instansiId: instansi.id, lengkap: true, terapkan, nama: `bench.${FORMAT}`, bytes }, (e) => {
    if (!fase.has(e.fase)) fase.set(e.fase, performance.now());
  });
  const total = performance.now() - mulai;
  const urut = [...fase.entries()];
  const rinci = urut.map(([f, t], k) => `${f} ${Math.round((urut[k + 1]?.[1] ?? mulai + total) - t)} ms`).join(", ");
  const lap = h.ok ? h.data.laporan : h.laporan;
  console.log(`${label.padEnd(22)} ${(total / 1000).toFixed(2).padStart(6)} s  (${rinci})`);
  if (lap) console.log(`${"".padEnd(22)} baris: ${JSON.stringify(lap.jumlah.baris)}; tulisan ${lap.tulisan}`);
  if (!h.ok) console.log(`${"".padEnd(22)} DITOLAK: ${h.pesan}`);
  return h;
}

await ukur("Uji coba", false);
const a = await ukur("Penerapan", true);
const b = await ukur("Impor ulang (terapkan)", true);
const c = await ukur("Uji coba ulang", false);
const ulangOk = b.ok && b.data.laporan.tulisan === 0 && b.data.laporan.jumlah.baris.TIDAK_BERUBAH === N && c.ok && c.data.laporan.tulisan === 0;
console.log(`Penerapan ${a.ok ? "berhasil" : "GAGAL"}; impor ulang ${ulangOk ? "tanpa perubahan (semua TIDAK BERUBAH)" : "MENGUBAH SESUATU"}.`);
await prisma.$disconnect();
process.exit(a.ok && ulangOk ? 0 : 1);
