// Skema zod masukan penilaian. Pesan galat dalam Bahasa Indonesia.
import { z } from "zod";
import { id, opsional, tanggal, teks, teksBebas } from "@/lib/zod-formulir";
import { BATAS_PENILAIAN as B, PILIHAN_UMPAN } from "@/lib/penilaian/umpan";
import { TABEL_SE_3_2023 } from "@/lib/penilaian/distribusi";
import { tabelDariFormulir } from "@/lib/penilaian/tabel-distribusi";

const NILAI = ["BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"] as const;
const rating = (label: string) => z.enum(["DI_ATAS", "SESUAI", "DI_BAWAH"], { error: `Pilih ${label}.` });
const kode = z.string().regex(/^(AKHIR|TW[1-4]|S[12]|B(0[1-9]|1[0-2]))$/, { error: "Periode penilaian tidak dikenal." });

const ZUmpan = z.object({
  pilihan: opsional(z.enum(PILIHAN_UMPAN, { error: "Pilihan umpan balik tidak dikenal." })),
  teks: opsional(teksBebas("Umpan balik", B.umpan)),
});

/** Draf penilaian (simpan otomatis, JSON). versi 0 = belum pernah disimpan. */
export const ZDrafEvaluasi = z.object({
  skpId: id("SKP"),
  kode,
  versi: z.number({ error: "Versi tidak sah." }).int().min(0).max(2_000_000_000),
  ratingHasil: rating("rating hasil kerja").nullable().optional(),
  ratingPerilaku: rating("rating perilaku kerja").nullable().optional(),
  catatan: opsional(teksBebas("Catatan/rekomendasi", B.catatan)),
  umpanRhk: z.record(z.uuid({ error: "RHK tidak sah." }), ZUmpan).refine((r) => Object.keys(r).length <= 200, "Terlalu banyak RHK.").default({}),
  umpanPerilaku: z.partialRecord(z.enum(NILAI, { error: "Nilai BerAKHLAK tidak dikenal." }), ZUmpan, { error: "Nilai BerAKHLAK pada umpan balik perilaku kerja tidak dikenal." }).default({}),
});
export type TDrafEvaluasi = z.infer<typeof ZDrafEvaluasi>;

export const ZEvaluasiId = z.object({ evaluasiId: id("Penilaian") });
export type TEvaluasiId = z.infer<typeof ZEvaluasiId>;

export const ZMulaiEvaluasi = z.object({ skpId: id("SKP"), kode });
export type TMulaiEvaluasi = z.infer<typeof ZMulaiEvaluasi>;

export const ZKecualikan = z.object({ skpId: id("SKP"), kode, alasan: teks("Alasan pengecualian", 10, B.alasan, { multiBaris: true }) });
export type TKecualikan = z.infer<typeof ZKecualikan>;

export const ZFinalkan = z.object({
  evaluasiId: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id("Penilaian")).min(1, "Pilih minimal satu penilaian yang akan difinalkan.").max(500)),
  /** Alasan memfinalkan walau kurva distribusi dilanggar (override), tercatat untuk admin BKD. */
  alasanOverride: opsional(teksBebas("Alasan pengecualian kurva", B.alasan)),
});
export type TFinalkan = z.infer<typeof ZFinalkan>;

export const ZAlasanEvaluasi = z.object({ evaluasiId: id("Penilaian"), alasan: teks("Alasan", 10, B.alasan, { multiBaris: true }) });
export type TAlasanEvaluasi = z.infer<typeof ZAlasanEvaluasi>;

export const ZPenjelasan = z.object({ evaluasiId: id("Penilaian"), penjelasan: teks("Penjelasan", 10, B.penjelasan, { multiBaris: true }) });
export type TPenjelasan = z.infer<typeof ZPenjelasan>;

export const ZKeputusan = z
  .object({
    evaluasiId: id("Penilaian"),
    keputusan: z.enum(["TETAP", "DIUBAH"], { error: "Pilih keputusan: tetap atau ubah rating." }),
    ratingHasil: opsional(rating("rating hasil kerja yang baru")),
    ratingPerilaku: opsional(rating("rating perilaku kerja yang baru")),
    catatan: teks("Pertimbangan keputusan", 10, B.penjelasan, { multiBaris: true }),
  })
  .refine((k) => k.keputusan === "TETAP" || k.ratingHasil !== undefined, { message: "Pilih rating hasil kerja yang baru.", path: ["ratingHasil"] })
  .refine((k) => k.keputusan === "TETAP" || k.ratingPerilaku !== undefined, { message: "Pilih rating perilaku kerja yang baru.", path: ["ratingPerilaku"] });
export type TKeputusan = z.infer<typeof ZKeputusan>;

export const ZPengaturanPenilaian = z.object({
  instansiId: id("Instansi"),
  gerbang: z.enum(["PERINGATAN", "BLOKIR"], { error: "Pilih aturan kelengkapan." }),
  tenggatKeberatan: z.coerce.number({ error: "Tenggat harus berupa angka." }).int("Tenggat harus bilangan bulat.").min(1, "Tenggat minimal 1 hari.").max(90, "Tenggat paling lama 90 hari."),
  jenisHariKeberatan: z.enum(["KALENDER", "KERJA"], { error: "Pilih jenis hari." }),
  cakupanCapaian: opsional(z.enum(["OPD", "OPD_DAN_BIDANG"], { error: "Pilih unit yang membawa capaian." })),
  /** Pemetaan capaian organisasi → rating hasil kerja pimpinan unit (semua lima bila diisi). */
  pemetaan: opsional(
    z.object({
      ISTIMEWA: rating("rating untuk capaian Istimewa"),
      BAIK: rating("rating untuk capaian Baik"),
      BUTUH_PERBAIKAN: rating("rating untuk capaian Butuh Perbaikan"),
      KURANG: rating("rating untuk capaian Kurang"),
      SANGAT_KURANG: rating("rating untuk capaian Sangat Kurang"),
    }),
  ),
});

const PREDIKAT_ORG = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const;

export const ZCapaian = z.object({
  instansiId: id("Instansi"),
  unitKerjaId: id("Unit kerja"),
  tahun: z.coerce.number({ error: "Tahun tidak sah." }).int().min(2000).max(2100),
  kode,
  predikat: z.enum(PREDIKAT_ORG, { error: "Pilih capaian kinerja organisasi." }),
  dasar: teks("Dasar penetapan", 10, B.penjelasan, { multiBaris: true }),
});
export type TCapaianForm = z.infer<typeof ZCapaian>;
export type TPengaturanPenilaian = z.infer<typeof ZPengaturanPenilaian>;

/** Kalibrasi: pasangan tujuan dari papan ("HASIL|PERILAKU") atau kedua rating terpisah. */
export const ZKalibrasi = z.preprocess(
  (v) => {
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    if (typeof o.pasangan !== "string") return o;
    const [ratingHasil, ratingPerilaku] = o.pasangan.split("|");
    return { ...o, ratingHasil, ratingPerilaku };
  },
  z.object({
    evaluasiId: id("Penilaian"),
    ratingHasil: rating("kolom tujuan"),
    ratingPerilaku: rating("kolom tujuan"),
  }),
);
export type TKalibrasiForm = z.infer<typeof ZKalibrasi>;

export const ZPengecualian = z.object({
  instansiId: id("Instansi"),
  nip: z.string({ error: "NIP wajib diisi." }).transform((t) => t.replace(/\s+/g, "")).pipe(z.string().regex(/^\d{18}$/, "NIP terdiri atas 18 angka.")),
  jenis: z.enum(["CUTI_BESAR", "CLTN", "TUGAS_BELAJAR", "PENSIUN", "MUTASI_KELUAR", "HUKUMAN_DISIPLIN", "LAINNYA"], { error: "Pilih jenis pengecualian." }),
  mulai: tanggal("Tanggal mulai"),
  selesai: opsional(tanggal("Tanggal selesai")),
  alasan: teks("Alasan", 10, B.alasan, { multiBaris: true }),
});

/**
 * Tabel kurva distribusi instansi dari formulir (baris `aturan.<CAPAIAN>.<i>.{jenis,kelompok,persen}`), atau
 * "pulihkan" ke tabel SE 3/2023. Galat tabel pada kolom barisnya.
 */
export const ZTabelDistribusi = z
  .object({
    instansiId: id("Instansi"),
    catatan: teks("Dasar perubahan", 10, B.alasan, { multiBaris: true }),
    pulihkan: opsional(z.enum(["SE"], { error: "Pilihan pemulihan tidak dikenal." })),
    aturan: z.unknown().optional(),
  })
  .transform((v, ctx) => {
    if (v.pulihkan === "SE") return { instansiId: v.instansiId, catatan: v.catatan, tabel: TABEL_SE_3_2023 };
    const r = tabelDariFormulir(v.aturan as Parameters<typeof tabelDariFormulir>[0]);
    if (!r.ok) {
      for (const [k, pesan] of Object.entries(r.galat)) for (const message of pesan) ctx.addIssue({ code: "custom", message, path: k.split(".") });
      return z.NEVER;
    }
    return { instansiId: v.instansiId, catatan: v.catatan, tabel: r.tabel };
  });
export type TTabelDistribusi = z.infer<typeof ZTabelDistribusi>;
