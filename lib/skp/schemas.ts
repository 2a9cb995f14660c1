// Skema zod untuk masukan SKP dari formulir. Pesan galat dalam Bahasa Indonesia.
import { z } from "zod";
import { angka, id, opsional, teks, teksBebas } from "@/lib/zod-formulir";
import { BATAS_RHK, BATAS_SKP } from "@/lib/skp/batas";
import { bersihkanTeks } from "@/lib/teks";

export const ZBuatSkp = z.object({
  jabatanId: id("Jabatan"),
  mulai: z.iso.date({ error: "Tanggal mulai tidak sah." }),
  pendekatan: z.enum(["KUANTITATIF", "KUALITATIF"], { error: "Pilih pendekatan kuantitatif atau kualitatif." }),
  /** SKP lama milik sendiri (mis. tahun lalu) yang RHK, indikator dan lampirannya disalin. */
  salinDariId: opsional(id("SKP sumber")),
});
export type TBuatSkp = z.infer<typeof ZBuatSkp>;

export const ZIki = z
  .object({
    aspek: opsional(z.enum(["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"], { error: "Aspek tidak dikenal." })),
    indikator: teks("Indikator", 3, BATAS_RHK.indikator),
    targetMin: angka("Target"),
    targetMaks: angka("Batas atas target"),
    satuan: opsional(teks("Satuan", 1, BATAS_RHK.satuan)),
    targetTeks: opsional(teks("Target", 1, BATAS_RHK.targetTeks)),
  })
  .refine((i) => i.targetMin === undefined || i.targetMaks === undefined || i.targetMaks >= i.targetMin, {
    message: "Batas atas target harus lebih besar atau sama dengan batas bawah.",
    path: ["targetMaks"],
  })
  .refine((i) => i.targetMin !== undefined || i.targetTeks !== undefined, { message: "Target wajib diisi.", path: ["targetMin"] });

export const ZRhk = z.object({
  skpId: id("SKP"),
  rhkId: opsional(id("RHK")),
  jenis: z.enum(["UTAMA", "TAMBAHAN"], { error: "Pilih jenis RHK: utama atau tambahan." }),
  teks: teks("Rencana hasil kerja", 5, BATAS_RHK.teks, { multiBaris: true }),
  rhkAtasanId: opsional(id("RHK pimpinan")),
  perspektif: opsional(z.enum(["PENERIMA_LAYANAN", "PROSES_BISNIS_INTERNAL", "PENGUATAN_INTERNAL", "ANGGARAN"], { error: "Perspektif tidak dikenal." })),
  penugasanDari: opsional(teks("Asal penugasan", 1, BATAS_RHK.penugasanDari)),
  iki: z.preprocess(
    (v) => v ?? [],
    z.array(ZIki, { error: "Indikator tidak sah." }).min(1, "Tambahkan minimal satu indikator kinerja.").max(10, "Maksimal 10 indikator per RHK."),
  ),
});
export type TRhk = z.infer<typeof ZRhk>;

export const ZHapusRhk = z.object({ skpId: id("SKP"), rhkId: id("RHK") });
export type THapusRhk = z.infer<typeof ZHapusRhk>;

export const ZLampiran = z.object({
  skpId: id("SKP"),
  jenis: z.enum(["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"], { error: "Jenis lampiran tidak dikenal." }),
  /** Satu butir per baris. */
  butir: z.preprocess(
    (v) => (typeof v === "string" ? bersihkanTeks(v, { multiBaris: true }).split("\n").map((s) => s.replace(/^\s*(\d+[.)]|[-•])\s*/, "").trim()).filter(Boolean) : v),
    z.array(teks("Butir lampiran", 1, BATAS_SKP.butirLampiran)).max(30, "Maksimal 30 butir."),
  ),
});
export type TLampiran = z.infer<typeof ZLampiran>;

export const ZStatusSkp = z.object({
  skpId: id("SKP"),
  aksi: z.enum(["AJUKAN", "TARIK", "SETUJUI", "TOLAK"], { error: "Aksi tidak dikenal." }),
  alasan: opsional(teksBebas("Alasan", BATAS_SKP.alasan)),
  /** Waktu pengajuan yang dilihat penilai saat meninjau: keputusan hanya berlaku untuk isi yang ia lihat. */
  diajukanPada: opsional(z.iso.datetime({ error: "Versi pengajuan tidak sah." })),
});
export type TStatusSkp = z.infer<typeof ZStatusSkp>;

const KODE_BERAKHLAK = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
export const ZEkspektasi = z.object({
  skpId: id("SKP"),
  ekspektasi: z.partialRecord(z.enum(KODE_BERAKHLAK), teksBebas("Ekspektasi", BATAS_SKP.ekspektasi)),
});
export type TEkspektasi = z.infer<typeof ZEkspektasi>;

export const ZMatriks = z.object({
  sel: z.record(z.uuid({ error: "Baris matriks tidak sah." }), z.record(z.uuid({ error: "Kolom matriks tidak sah." }), teksBebas("Isi sel", BATAS_SKP.selMatriks))),
});
export type TMatriks = z.infer<typeof ZMatriks>;

/** Nilai kotak centang: "<id SKP>|<waktu pengajuan yang ditinjau>" (waktu boleh kosong). */
export const ZSetujuiBanyak = z.object({
  skpId: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(
        z
          .string()
          .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\|(\d{4}-\d{2}-\d{2}T[\d:.]+Z)?)?$/i, "SKP tidak sah.")
          .transform((x) => {
            const [skpId, diajukanPada] = x.split("|");
            return { skpId: skpId!, diajukanPada: diajukanPada || undefined };
          }),
      )
      .min(1, "Pilih minimal satu SKP.")
      .max(100, "Maksimal 100 SKP sekaligus."),
  ),
});
export type TSetujuiBanyak = z.infer<typeof ZSetujuiBanyak>;

export const ZTemplate = z.object({
  nama: teks("Nama templat", 3, BATAS_SKP.namaTemplat),
  ekspektasi: z.partialRecord(z.enum(KODE_BERAKHLAK), teksBebas("Ekspektasi", BATAS_SKP.ekspektasi)),
});
export type TTemplate = z.infer<typeof ZTemplate>;

export const ZTerapkanTemplate = z.object({ templateId: id("Templat") });
export type TTerapkanTemplate = z.infer<typeof ZTerapkanTemplate>;

export const ZPeriode = z.object({
  instansiId: id("Instansi"),
  tahun: z.coerce.number({ error: "Tahun tidak sah." }).int("Tahun tidak sah.").min(2022, "Tahun minimal 2022 (PermenPANRB 6/2022).").max(2100, "Tahun tidak sah."),
  ritme: z.enum(["BULANAN", "TRIWULAN", "SEMESTER"], { error: "Pilih ritme evaluasi: bulanan, triwulanan atau semesteran." }),
});
export type TPeriode = z.infer<typeof ZPeriode>;
