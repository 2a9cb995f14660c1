// Notifikasi demo (issue #16 bagian 4): lonceng dan halaman Notifikasi langsung berisi pada start pertama, diturunkan
// dari keadaan data demo dengan penyusun pesan yang sama dengan layanan (lib/notifikasi/antre.ts + pesan.ts), sehingga
// teks dan tautannya sama dengan yang akan dibuat aksi sungguhan:
//   - SKP yang menunggu persetujuan → pejabat penilainya (belum dibaca);
//   - SKP yang disetujui → pemiliknya (sudah dibaca satu jam kemudian);
//   - umpan balik pelaksanaan (dua contoh ditulis di sini, UMPAN_DEMO) → pemilik SKP (belum dibaca bila 14 hari terakhir);
//   - penilaian yang final → pemiliknya (belum dibaca selama tenggat keberatan belum lewat);
//   - keberatan yang menunggu keputusan → atasan pejabat penilai (belum dibaca);
//   - entri progres harian yang diajukan / dikembalikan → pejabat penilai / pemiliknya (belum dibaca).
// Pengingat "periode segera berakhir" dibuat pekerja server sendiri pada putaran pertamanya. Tanpa surel: antrean surel
// demo kosong (SMTP diatur di server sungguhan). Idempoten: kunci notifikasi sama pada pengisian ulang.
import type { PrismaClient } from "@/generated/prisma/client";
import { beriTahuDengan } from "@/lib/notifikasi/antre";
import { LABEL_PREDIKAT } from "@/lib/penilaian/kuadran";
import { formatNamaGelar } from "@/lib/organisasi/format";
import { DEMO_PEGAWAI, nipDemo } from "./demo-data";
import type { Peristiwa } from "@/lib/notifikasi/pesan";

const JAM = 3_600_000;
const TANPA_SUREL = { smtp: false, urlDasar: "" };

/** Umpan balik berkelanjutan demo (pelaksanaan SKP): atasan menulis pada SKP bawahan yang disetujui, dengan jejak auditnya. */
const UMPAN_DEMO: { penulis: string; pegawai: string; hariLalu: number; teks: string }[] = [
  { penulis: "arief", pegawai: "dian", hariLalu: 2, teks: "Laporan uji integrasi layanan sudah rapi. Lengkapi bukti dukung rapat koordinasi agar realisasi triwulan dapat saya nilai." },
  { penulis: "nurlaela", pegawai: "wahyu", hariLalu: 40, teks: "Jadwal penyuluhan sekolah sudah sesuai rencana aksi; tambahkan daftar hadir peserta pada bukti dukung." },
];

async function seedUmpanBalikDemo(prisma: PrismaClient, opts: { instansiId: string; tahun: number; sekarang: number }) {
  const keys = [...new Set(UMPAN_DEMO.flatMap((u) => [u.penulis, u.pegawai]))];
  const nip = new Map(keys.map((k) => [nipDemo(DEMO_PEGAWAI.find((p) => p.key === k)!, DEMO_PEGAWAI.findIndex((p) => p.key === k) + 1), k]));
  const baris = await prisma.pegawai.findMany({ where: { instansiId: opts.instansiId, nip: { in: [...nip.keys()] } }, select: { id: true, nip: true } });
  const per = new Map(baris.map((b) => [nip.get(b.nip)!, b.id]));
  const pegawaiId = (k: string) => per.get(k) ?? "00000000-0000-0000-0000-000000000000";
  for (const u of UMPAN_DEMO) {
    const skp = await prisma.skp.findFirst({
      where: { pegawaiId: pegawaiId(u.pegawai), periode: { tahun: opts.tahun }, status: "DISETUJUI" },
      select: { id: true, rhk: { select: { id: true }, orderBy: { urutan: "asc" }, take: 1 } },
    });
    const penulis = await prisma.pengguna.findFirst({ where: { pegawaiId: pegawaiId(u.penulis) }, select: { id: true } });
    if (!skp || !penulis || (await prisma.umpanBalik.count({ where: { skpId: skp.id, teks: u.teks } })) > 0) continue;
    const pada = new Date(opts.sekarang - u.hariLalu * 24 * JAM);
    const rhkId = skp.rhk[0]?.id ?? null;
    const ub = await prisma.umpanBalik.create({ data: { skpId: skp.id, rhkId, penulisPegawaiId: pegawaiId(u.penulis), teks: u.teks, createdAt: pada }, select: { id: true } });
    await prisma.jejakAudit.create({ data: { penggunaId: penulis.id, aksi: "UMPAN_BALIK_DITULIS", entitas: "Skp", entitasId: skp.id, instansiId: opts.instansiId, data: { umpanBalikId: ub.id, rhkId, rencanaAksiId: null }, createdAt: pada } });
  }
}

export async function seedNotifikasiDemo(prisma: PrismaClient, opts: { instansiId: string; tahun: number; sekarang?: Date }): Promise<number> {
  const sekarang = (opts.sekarang ?? new Date()).getTime();
  await seedUmpanBalikDemo(prisma, { ...opts, sekarang });
  const tulis: { peristiwa: Peristiwa; id: string; kepada: string | null; pada: Date; dibaca: boolean }[] = [];

  const skp = await prisma.skp.findMany({
    where: { pegawai: { instansiId: opts.instansiId }, periode: { tahun: opts.tahun }, status: { in: ["DIAJUKAN", "DISETUJUI"] } },
    select: { id: true, status: true, pegawaiId: true, penilaiPegawaiId: true, diajukanAt: true, disetujuiAt: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
  });
  for (const s of skp) {
    if (s.status === "DIAJUKAN" && s.diajukanAt) {
      const namaPegawai = formatNamaGelar(s.pegawai);
      tulis.push({ peristiwa: { jenis: "SKP_DIAJUKAN", skpId: s.id, namaPegawai, tahun: opts.tahun }, id: `${s.id}:${s.diajukanAt.toISOString()}`, kepada: s.penilaiPegawaiId, pada: s.diajukanAt, dibaca: false });
    }
    if (s.status === "DISETUJUI" && s.disetujuiAt) {
      tulis.push({ peristiwa: { jenis: "SKP_DISETUJUI", skpId: s.id, tahun: opts.tahun }, id: `${s.id}:${s.diajukanAt?.toISOString() ?? ""}`, kepada: s.pegawaiId, pada: s.disetujuiAt, dibaca: true });
    }
  }

  const umpan = await prisma.umpanBalik.findMany({
    where: { skp: { pegawai: { instansiId: opts.instansiId }, periode: { tahun: opts.tahun } } },
    select: { id: true, createdAt: true, skpId: true, skp: { select: { pegawaiId: true } }, penulis: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
  });
  for (const u of umpan) {
    const namaPengirim = formatNamaGelar(u.penulis);
    tulis.push({ peristiwa: { jenis: "UMPAN_BALIK", skpId: u.skpId, namaPengirim }, id: u.id, kepada: u.skp.pegawaiId, pada: u.createdAt, dibaca: sekarang - u.createdAt.getTime() > 14 * 24 * JAM });
  }

  const final = await prisma.evaluasiKinerja.findMany({
    where: { status: "FINAL", finalAt: { not: null }, predikat: { not: null }, skp: { pegawai: { instansiId: opts.instansiId }, periode: { tahun: opts.tahun } } },
    select: { id: true, kode: true, predikat: true, finalAt: true, tenggatKeberatan: true, periode: { select: { label: true } }, skp: { select: { id: true, pegawaiId: true } } },
  });
  for (const e of final) {
    const labelPeriode = e.periode ? `${e.periode.label} ${opts.tahun}` : `penilaian tahunan ${opts.tahun}`;
    const tenggatKeberatan = e.tenggatKeberatan ?? new Date(e.finalAt!.getTime() + 14 * 24 * JAM);
    tulis.push({
      peristiwa: { jenis: "EVALUASI_FINAL", skpId: e.skp.id, kode: e.kode, labelPeriode, predikat: LABEL_PREDIKAT[e.predikat!], tenggatKeberatan },
      id: `${e.id}:${e.finalAt!.toISOString()}`,
      kepada: e.skp.pegawaiId,
      pada: e.finalAt!,
      // Yang tenggat keberatannya sudah lewat sudah dibaca; yang masih dapat diajukan keberatan belum.
      dibaca: tenggatKeberatan.getTime() < sekarang,
    });
  }

  const keberatan = await prisma.keberatan.findMany({
    where: { status: "DIAJUKAN", evaluasi: { skp: { pegawai: { instansiId: opts.instansiId } } } },
    select: {
      id: true,
      diajukanAt: true,
      evaluasi: { select: { kode: true, atasanPenilaiPegawaiId: true, periode: { select: { label: true } }, skp: { select: { id: true, periode: { select: { tahun: true } }, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } } } } },
    },
  });
  for (const k of keberatan) {
    const e = k.evaluasi;
    const p = e.skp.pegawai;
    const labelPeriode = e.periode ? `${e.periode.label} ${e.skp.periode.tahun}` : `penilaian tahunan ${e.skp.periode.tahun}`;
    const namaPegawai = formatNamaGelar(p);
    tulis.push({ peristiwa: { jenis: "KEBERATAN_DIAJUKAN", skpId: e.skp.id, kode: e.kode, labelPeriode, namaPegawai }, id: k.id, kepada: e.atasanPenilaiPegawaiId, pada: k.diajukanAt, dibaca: false });
  }

  // Progres harian: satu notifikasi per pegawai untuk entri yang masih menunggu (seperti satu pengajuan), satu per
  // entri yang dikembalikan.
  const harian = await prisma.progresHarian.findMany({
    where: { instansiId: opts.instansiId, status: { in: ["DIAJUKAN", "DIKEMBALIKAN"] } },
    select: { id: true, status: true, tanggal: true, catatan: true, diajukanAt: true, ditinjauAt: true, pegawaiId: true, pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true } } },
    orderBy: [{ pegawaiId: "asc" }, { tanggal: "asc" }],
  });
  const menunggu = new Map<string, typeof harian>();
  for (const h of harian) {
    if (h.status === "DIAJUKAN") menunggu.set(h.pegawaiId, [...(menunggu.get(h.pegawaiId) ?? []), h]);
    else if (h.ditinjauAt) tulis.push({ peristiwa: { jenis: "PROGRES_DIKEMBALIKAN", tanggal: h.tanggal, catatan: h.catatan ?? "" }, id: `${h.id}:${h.ditinjauAt.toISOString()}`, kepada: h.pegawaiId, pada: h.ditinjauAt, dibaca: false });
  }
  const skpPegawai = new Map(skp.map((s) => [s.pegawaiId, s.penilaiPegawaiId]));
  for (const [pegawaiId, entri] of menunggu) {
    const p = entri[0]!.pegawai;
    const waktu = entri.reduce((m, e) => Math.max(m, e.diajukanAt?.getTime() ?? 0), 0);
    const namaPegawai = formatNamaGelar(p);
    tulis.push({ peristiwa: { jenis: "PROGRES_DIAJUKAN", namaPegawai, jumlah: entri.length }, id: `${pegawaiId}:${new Date(waktu).toISOString()}`, kepada: skpPegawai.get(pegawaiId) ?? null, pada: new Date(waktu || sekarang), dibaca: false });
  }

  let jumlah = 0;
  for (const t of tulis) {
    if (!t.kepada || t.pada.getTime() > sekarang) continue;
    jumlah += await beriTahuDengan(prisma, TANPA_SUREL, t.peristiwa, t.id, [t.kepada]);
    // Waktu peristiwa sebenarnya (bukan waktu pengisian), dan yang lama sudah dibaca.
    await prisma.notifikasi.updateMany({
      where: { kunci: `${t.peristiwa.jenis}:${t.id}:${t.kepada}`.slice(0, 200) },
      data: { createdAt: t.pada, dibacaPada: t.dibaca ? new Date(Math.min(sekarang, t.pada.getTime() + JAM)) : null },
    });
  }
  return jumlah;
}
