import "server-only";
// Dokumen satu unit sekaligus (admin BKD atau pimpinan unit): Evaluasi + Dokumen Evaluasi setiap pegawai yang
// penilaiannya final pada periode itu, ditambah Penetapan unit bila ada. Satu dokumen dibuat dan dikirim pada satu
// waktu: memori tetap datar berapa pun besar unitnya; unduhan yang dibatalkan menghentikan pekerjaannya.
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { unduhDokumen } from "@/lib/dokumen/layanan";
import { bolehDokumenUnit, type SubjekDokumen } from "@/lib/dokumen/muat";

export type DaftarMassal = { instansiId: string; unitNama: string; subjek: SubjekDokumen[]; aktorBaca: Aktor };

export async function daftarMassal(aktor: Aktor, unitKerjaId: string, tahun: number, kode: string): Promise<DaftarMassal | null> {
  const akses = await bolehDokumenUnit(aktor, unitKerjaId);
  if (!akses) return null;
  const [unit, evaluasi, penetapan] = await Promise.all([
    prisma.unitKerja.findUniqueOrThrow({ where: { id: unitKerjaId }, select: { nama: true } }),
    prisma.evaluasiKinerja.findMany({
      where: { unitCapaianId: unitKerjaId, kode, status: "FINAL", skp: { periode: { tahun, instansiId: akses.instansiId } } },
      select: { skpId: true },
      orderBy: { createdAt: "asc" },
    }),
    prisma.penetapanDistribusi.findUnique({ where: { unitKerjaId_tahun_kode: { unitKerjaId, tahun, kode } }, select: { id: true } }),
  ]);
  const subjek: SubjekDokumen[] = evaluasi.flatMap((e) => [
    { jenis: "EVALUASI" as const, skpId: e.skpId, kode },
    { jenis: "DOKUMEN_EVALUASI" as const, skpId: e.skpId, kode },
  ]);
  if (penetapan) subjek.unshift({ jenis: "PENETAPAN", unitKerjaId, tahun, kode });
  // Pimpinan unit berhak atas dokumen seluruh unitnya (bukan hanya bawahan langsungnya): dokumen dimuat dengan hak
  // baca admin instansi itu, hanya untuk subjek dalam daftar unit ini yang sudah diperiksa di atas.
  const aktorBaca: Aktor = akses.admin ? aktor : { ...aktor, adminInstansiIds: [...aktor.adminInstansiIds, akses.instansiId] };
  return { instansiId: akses.instansiId, unitNama: unit.nama, subjek, aktorBaca };
}

const BATAS_ANTRE = 4 * 1024 * 1024;
const tunggu = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** ZIP sebagai ReadableStream web; setiap berkas ditambahkan setelah yang sebelumnya tertulis dan dibaca klien. */
export function zipMassal(d: DaftarMassal, asal: string, signal: AbortSignal, catatan: { selesai?: (jumlah: number, gagal: number) => void } = {}): ReadableStream<Uint8Array> {
  const arsip = new ZipArchive({ zlib: { level: 6 } });
  let berhenti = false;
  const hentikan = () => {
    berhenti = true;
    arsip.abort();
  };
  signal.addEventListener("abort", hentikan, { once: true });
  arsip.on("error", () => {
    berhenti = true;
  });
  void (async () => {
    let jumlah = 0;
    let gagal = 0;
    const daftarGagal: string[] = [];
    for (const s of d.subjek) {
      if (berhenti || signal.aborted || arsip.destroyed) return;
      try {
        const h = await unduhDokumen(d.aktorBaca, s, asal);
        if (h?.ok) {
          arsip.append(Buffer.from(h.data.isi), { name: h.data.nama });
          await new Promise<void>((r) => arsip.once("entry", () => r()));
          jumlah++;
        } else {
          gagal++;
          daftarGagal.push(`${s.jenis} ${"skpId" in s ? s.skpId : ""}: ${h ? h.pesan : "tidak ditemukan"}`);
        }
      } catch (e) {
        if (berhenti) return;
        gagal++;
        daftarGagal.push(`${s.jenis}: galat server`);
        console.error("[zip dokumen] galat:", e);
      }
      // Tekanan balik: klien yang lambat menahan pembuatan dokumen berikutnya.
      while (!berhenti && arsip.readableLength > BATAS_ANTRE) await tunggu(20);
    }
    if (berhenti) return;
    if (daftarGagal.length) arsip.append(`Dokumen yang tidak dapat dibuat:\n${daftarGagal.join("\n")}\n`, { name: "TIDAK-DIBUAT.txt" });
    await arsip.finalize();
    catatan.selesai?.(jumlah, gagal);
  })();
  return Readable.toWeb(arsip) as unknown as ReadableStream<Uint8Array>;
}
