import "server-only";
// Matriks Peran Hasil (skp-domain §1.5): baris = RHK atasan dari SKP-nya yang disetujui, kolom = bawahan
// langsung, sel = peran/hasil yang diharapkan. Sel yang diisi menjadi RHK utama bawahan (terhubung ke RHK
// atasan) saat bawahan membuat SKP, atau langsung ditambahkan ke draf SKP bawahan yang sudah ada.
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Aktor } from "@/lib/auth/permissions";
import { catatAudit } from "@/lib/audit";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { getBeranda, hariIni } from "@/lib/organisasi/beranda";
import { namaPanggilan } from "@/lib/organisasi/format";
import type { TMatriks } from "@/lib/skp/schemas";

export type DataMatriks = {
  skp: { id: string; versi: number; mulai: Date; selesai: Date } | null;
  rhk: { id: string; jenis: "UTAMA" | "TAMBAHAN"; teks: string; iki: { indikator: string; targetTeks: string }[] }[];
  bawahan: { pegawaiId: string; nama: string; namaPendek: string; jabatan: string }[];
  sel: Record<string, Record<string, string>>;
  /** Sel yang RHK turunannya dihapus bawahan dari drafnya: kapan (tidak diteruskan lagi sampai isinya diubah). */
  dihapus: Record<string, Record<string, Date>>;
};

/** SKP aktor yang disetujui dan berlaku hari ini (atau terbaru tahun ini). */
async function skpDisetujuiSaya(aktor: Aktor) {
  const hari = hariIni();
  const tahun = hari.getUTCFullYear();
  const daftar = await prisma.skp.findMany({
    where: { pegawaiId: aktor.pegawaiId, status: "DISETUJUI", periode: { tahun, instansiId: aktor.instansiId } },
    select: { id: true, versi: true, mulai: true, selesai: true },
    orderBy: { mulai: "desc" },
  });
  return daftar.find((s) => s.mulai <= hari && s.selesai >= hari) ?? daftar[0] ?? null;
}

export async function getMatriks(aktor: Aktor): Promise<DataMatriks> {
  const [skp, beranda] = await Promise.all([skpDisetujuiSaya(aktor), getBeranda(aktor)]);
  const bawahan = beranda.bawahan.map((b) => ({ pegawaiId: b.pegawaiId, nama: b.nama, namaPendek: namaPanggilan(b.nama), jabatan: b.jabatan }));
  if (!skp) return { skp: null, rhk: [], bawahan, sel: {}, dihapus: {} };
  const rhk = await prisma.rhk.findMany({
    where: { skpId: skp.id },
    select: {
      id: true,
      jenis: true,
      teks: true,
      iki: { select: { indikator: true, targetTeks: true }, orderBy: { urutan: "asc" } },
      peranHasil: { select: { bawahanPegawaiId: true, teks: true, dihapusBawahanAt: true } },
    },
    orderBy: [{ jenis: "asc" }, { urutan: "asc" }],
  });
  const sel: Record<string, Record<string, string>> = {};
  const dihapus: Record<string, Record<string, Date>> = {};
  for (const r of rhk) {
    sel[r.id] = Object.fromEntries(r.peranHasil.map((p) => [p.bawahanPegawaiId, p.teks]));
    dihapus[r.id] = Object.fromEntries(r.peranHasil.flatMap((p) => (p.dihapusBawahanAt ? [[p.bawahanPegawaiId, p.dihapusBawahanAt]] : [])));
  }
  return { skp, rhk: rhk.map(({ peranHasil: _p, ...r }) => r), bawahan, sel, dihapus };
}

/** Menyimpan isi matriks. Hanya RHK milik SKP aktor yang disetujui dan bawahan langsung aktor yang diterima. */
export async function simpanMatriks(aktor: Aktor, input: TMatriks): Promise<Hasil<{ diteruskan: number }>> {
  const [skp, beranda] = await Promise.all([skpDisetujuiSaya(aktor), getBeranda(aktor)]);
  if (!skp) return gagal("SKP Anda belum disetujui. Matriks peran hasil disusun dari RHK pada SKP Anda yang sudah disetujui.");
  const rhkSaya = await prisma.rhk.findMany({ where: { skpId: skp.id }, select: { id: true } });
  const idRhk = new Set(rhkSaya.map((r) => r.id));
  const idBawahan = new Set(beranda.bawahan.map((b) => b.pegawaiId));
  for (const [rhkId, kolom] of Object.entries(input.sel)) {
    if (!idRhk.has(rhkId)) return gagal("Baris matriks tidak dikenal: hanya RHK pada SKP Anda yang disetujui yang dapat diturunkan.");
    for (const pegawaiId of Object.keys(kolom)) {
      if (!idBawahan.has(pegawaiId)) return gagal("Kolom matriks tidak dikenal: hanya bawahan langsung Anda yang dapat menerima peran hasil.");
    }
  }

  // Draf SKP bawahan yang sudah ada dan beririsan periodenya: sel baru langsung menjadi RHK utamanya.
  const drafBawahan = await prisma.skp.findMany({
    where: {
      pegawaiId: { in: [...idBawahan] },
      status: { in: ["DRAFT", "DITOLAK"] },
      penilaiPegawaiId: aktor.pegawaiId,
      mulai: { lte: skp.selesai },
      selesai: { gte: skp.mulai },
    },
    select: { id: true, pegawaiId: true, rhk: { select: { rhkAtasanId: true, urutan: true, jenis: true } } },
  });

  let diteruskan = 0;
  await prisma.$transaction(async (tx) => {
    const perubahan: Prisma.InputJsonValue[] = [];
    for (const [rhkId, kolom] of Object.entries(input.sel)) {
      for (const [pegawaiId, mentah] of Object.entries(kolom)) {
        const teks = mentah.trim();
        const where = { rhkId_bawahanPegawaiId: { rhkId, bawahanPegawaiId: pegawaiId } };
        if (!teks) {
          const r = await tx.peranHasil.deleteMany({ where: { rhkId, bawahanPegawaiId: pegawaiId } });
          if (r.count) perubahan.push({ rhkId, pegawaiId, ke: null });
          continue;
        }
        const lama = await tx.peranHasil.findUnique({ where, select: { teks: true } });
        if (lama?.teks === teks) continue;
        // Isi sel diubah: atasan sengaja meneruskannya lagi, walau bawahan pernah menghapus RHK turunannya.
        await tx.peranHasil.upsert({ where, create: { rhkId, bawahanPegawaiId: pegawaiId, teks }, update: { teks, dihapusBawahanAt: null } });
        perubahan.push({ rhkId, pegawaiId, ke: teks });
        for (const d of drafBawahan.filter((x) => x.pegawaiId === pegawaiId)) {
          if (d.rhk.some((r) => r.rhkAtasanId === rhkId)) continue;
          // Draf itu masih draf (belum diajukan bawahan sejak dibaca)?
          const masihDraf = await tx.skp.updateMany({ where: { id: d.id, status: { in: ["DRAFT", "DITOLAK"] } }, data: { updatedAt: new Date() } });
          if (masihDraf.count === 0) continue;
          const urutan = Math.max(0, ...d.rhk.filter((r) => r.jenis === "UTAMA").map((r) => r.urutan)) + 1;
          await tx.rhk.create({ data: { skpId: d.id, jenis: "UTAMA", urutan, teks, rhkAtasanId: rhkId, dariMatriks: true } });
          d.rhk.push({ rhkAtasanId: rhkId, urutan, jenis: "UTAMA" });
          await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "RHK_DARI_MATRIKS", entitas: "Skp", entitasId: d.id, data: { rhkAtasanId: rhkId, teks } });
          diteruskan += 1;
        }
      }
    }
    if (perubahan.length) {
      await catatAudit(tx, { penggunaId: aktor.penggunaId, aksi: "MATRIKS_DISIMPAN", entitas: "Skp", entitasId: skp.id, data: { perubahan } });
    }
  });
  return berhasil(
    { diteruskan },
    diteruskan ? `Matriks disimpan; ${diteruskan} RHK ditambahkan ke draf SKP bawahan.` : "Matriks peran hasil disimpan.",
  );
}
