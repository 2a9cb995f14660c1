// Penyapu berkas bukti dukung. Berjalan berkala di dalam proses server (instrumentation.ts → mulaiPenyapuBerkala),
// dan unggahan yang tertinggal juga disapu setelah unggahan berhasil. Tanpa "server-only": klien Prisma dan
// penyimpanan diberikan oleh pemanggil (server, skrip, uji).
//   1. unggahan macet: baris MENGUNGGAH lebih tua dari `macetMenit` → baris dihapus (hanya bila masih MENGUNGGAH),
//      lalu berkasnya;
//   2. berkas yatim: objek `bukti/…` di penyimpanan yang tidak dirujuk baris bukti_dukung mana pun dan lebih tua dari
//      `tenggangMenit` (unggahan yang sedang berjalan selalu punya baris lebih dulu, dan masih baru);
//   3. berkas sementara `.tmp-*` (penulisan lokal yang terputus) lebih tua dari `tenggangMenit`.
// Setiap putaran yang menghapus sesuatu dicatat di jejak_audit (aksi PENYAPUAN_BERKAS) dan di log.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Penyimpanan } from "@/lib/penyimpanan";

export type OpsiSapu = {
  prisma: PrismaClient;
  penyimpanan: Penyimpanan;
  sekarang?: Date;
  /** Umur minimal baris MENGUNGGAH yang dianggap macet (bawaan 60 menit). */
  macetMenit?: number;
  /** Umur minimal berkas yatim/sementara yang dihapus (bawaan 60 menit). */
  tenggangMenit?: number;
};

export type HasilSapu = { unggahanMacet: number; berkasYatim: number; berkasSementara: number };

const MENIT = 60_000;
const AWALAN = "bukti/";
const BATCH = 500;

function batas(o: OpsiSapu, menit: number | undefined): Date {
  return new Date((o.sekarang ?? new Date()).getTime() - (menit ?? 60) * MENIT);
}

export async function sapuUnggahanMacet(o: OpsiSapu): Promise<number> {
  const lama = await o.prisma.buktiDukung.findMany({
    where: { status: "MENGUNGGAH", createdAt: { lt: batas(o, o.macetMenit) } },
    select: { id: true, kunci: true },
    take: BATCH,
  });
  let n = 0;
  for (const b of lama) {
    // Baris dulu (dengan syarat status), baru berkas: bila unggahan lambat baru selesai, barisnya tidak terhapus;
    // bila proses mati di antaranya, berkasnya menjadi yatim dan disapu putaran berikutnya.
    const d = await o.prisma.buktiDukung.deleteMany({ where: { id: b.id, status: "MENGUNGGAH" } });
    if (d.count === 0) continue;
    n++;
    if (b.kunci) await o.penyimpanan.hapus(b.kunci);
  }
  return n;
}

export async function sapuBerkasYatim(o: OpsiSapu): Promise<number> {
  const sebelum = batas(o, o.tenggangMenit);
  let n = 0;
  let calon: string[] = [];
  const periksa = async () => {
    const dirujuk = await o.prisma.buktiDukung.findMany({ where: { kunci: { in: calon } }, select: { kunci: true } });
    const ada = new Set(dirujuk.map((d) => d.kunci));
    for (const k of calon) {
      if (ada.has(k)) continue;
      await o.penyimpanan.hapus(k);
      n++;
    }
    calon = [];
  };
  for await (const obj of o.penyimpanan.daftar(AWALAN)) {
    if (obj.diubah >= sebelum) continue;
    calon.push(obj.kunci);
    if (calon.length >= BATCH) await periksa();
  }
  if (calon.length) await periksa();
  return n;
}

export async function sapuBerkasSementara(o: OpsiSapu): Promise<number> {
  return o.penyimpanan.sapuSementara(batas(o, o.tenggangMenit));
}

/** Satu putaran penuh; mencatat audit bila ada yang dihapus. */
export async function sapuSemua(o: OpsiSapu, log: (s: string) => void = () => {}): Promise<HasilSapu> {
  const h: HasilSapu = {
    unggahanMacet: await sapuUnggahanMacet(o),
    berkasYatim: await sapuBerkasYatim(o),
    berkasSementara: await sapuBerkasSementara(o),
  };
  if (h.unggahanMacet + h.berkasYatim + h.berkasSementara > 0) {
    await o.prisma.jejakAudit.create({ data: { penggunaId: null, aksi: "PENYAPUAN_BERKAS", entitas: "sistem", entitasId: "penyapu", data: h } });
    log(`[penyapu] dihapus: ${h.unggahanMacet} unggahan macet, ${h.berkasYatim} berkas yatim, ${h.berkasSementara} berkas sementara`);
  }
  return h;
}

/** SKP_SAPU_MENIT: selang penyapuan dalam menit (bawaan 10; 0 = mati). Nilai tidak sah → bawaan, dengan peringatan. */
export function selangSapuMenit(env: Record<string, string | undefined>, peringatan: (s: string) => void = () => {}): number {
  const v = env.SKP_SAPU_MENIT?.trim();
  if (!v) return 10;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 24 * 60) {
    peringatan(`[penyapu] SKP_SAPU_MENIT tidak sah (${JSON.stringify(v)}); memakai 10 menit.`);
    return 10;
  }
  return n;
}

/**
 * Menjalankan `putaran` setiap `menit` (pertama kali satu menit setelah mulai). Pengatur waktu di-unref (tidak menahan
 * proses), putaran tidak pernah tumpang tindih, dan galat dicatat, tidak dilempar. null bila menit = 0.
 */
export function mulaiPenyapuBerkala(
  menit: number,
  putaran: () => Promise<unknown>,
  galat: (s: string, e: unknown) => void = (s, e) => console.error(s, e),
): { berhenti: () => void } | null {
  if (!(menit > 0)) return null;
  let berjalan = false;
  const jalan = async () => {
    if (berjalan) return;
    berjalan = true;
    try {
      await putaran();
    } catch (e) {
      galat("[penyapu] putaran gagal:", e);
    } finally {
      berjalan = false;
    }
  };
  let t: NodeJS.Timeout | null = null;
  let henti = false;
  const jadwal = (ms: number) => {
    if (henti) return;
    t = setTimeout(() => void jalan().then(() => jadwal(menit * MENIT)), ms);
    t.unref();
  };
  jadwal(Math.min(MENIT, menit * MENIT));
  return {
    berhenti: () => {
      henti = true;
      if (t) clearTimeout(t);
    },
  };
}
