// Skema zod API baca /api/v1 (issue #16): parameter kueri yang dipakai handler untuk mengurai permintaan dan bentuk
// respons yang dipakai untuk menyusun jawabannya. Dokumen OpenAPI (lib/api-v1/openapi.ts) dibuat dari skema yang
// SAMA ini (zod-openapi), jadi dokumen dan perilaku tidak dapat berbeda. Murni; pesan galat Bahasa Indonesia.
import { z } from "zod";
import { DAFTAR_PREDIKAT, DAFTAR_RATING, type Predikat, type Rating } from "@/lib/penilaian/kuadran";

/** Ukuran halaman bawaan dan terbesar. */
export const LIMIT_BAWAAN = 50;
export const LIMIT_MAKS = 200;

const opsi = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());

const ZLimit = opsi(
  z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, `limit harus bilangan bulat 1–${LIMIT_MAKS}.`)
    .transform(Number)
    .refine((n) => n <= LIMIT_MAKS, `limit paling besar ${LIMIT_MAKS}.`),
).meta({ description: `Jumlah baris per halaman, 1–${LIMIT_MAKS} (bawaan ${LIMIT_BAWAAN}).`, example: "100" });

const ZCursor = opsi(z.string().max(600, "cursor tidak sah.").regex(/^[A-Za-z0-9_-]+$/, "cursor tidak sah.")).meta({
  description: "Kursor halaman berikutnya: salin `next_cursor` dari respons sebelumnya apa adanya (tembus pandang, jangan dibuat sendiri). Kosong = halaman pertama.",
});

const ZTahun = opsi(
  z
    .string()
    .regex(/^\d{4}$/, "tahun harus empat angka, mis. 2026.")
    .transform(Number)
    .refine((n) => n >= 2000 && n <= 2100, "tahun harus antara 2000 dan 2100."),
).meta({ description: "Tahun kinerja, mis. 2026. Kosong = semua tahun.", example: "2026" });

const ZUnit = opsi(z.uuid({ error: "unit harus id unit kerja (UUID)." })).meta({
  description: "Id unit kerja (UUID, lihat /api/v1/organisasi): hanya baris pada unit itu dan semua unit di bawahnya (mis. satu OPD).",
});

const ZKodePeriode = opsi(z.string().regex(/^(TW[1-4]|S[12]|B(0[1-9]|1[0-2])|AKHIR)$/, "periode harus kode periode, mis. TW1, S2, B03 atau AKHIR.")).meta({
  description: "Kode periode evaluasi: TW1–TW4 (triwulan), S1–S2 (semester), B01–B12 (bulan), atau AKHIR (evaluasi tahunan).",
  example: "TW1",
});

const dasarKueri = { limit: ZLimit, cursor: ZCursor };
/** Objek kueri ketat: parameter yang salah ketik ditolak, bukan diam-diam diabaikan. */
const kueri = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { error: (iss) => (iss.code === "unrecognized_keys" ? `Parameter tidak dikenal: ${iss.keys.join(", ")}.` : undefined) });

export const ZKueriPredikat = kueri({ ...dasarKueri, tahun: ZTahun, periode: ZKodePeriode, unit: ZUnit });
export const ZKueriKelengkapan = kueri({
  ...dasarKueri,
  tahun: ZTahun,
  periode: opsi(z.string().regex(/^(TW[1-4]|S[12]|B(0[1-9]|1[0-2]))$/, "periode harus kode periode evaluasi, mis. TW1, S2 atau B03.")).meta({
    description: "Kode periode evaluasi: TW1–TW4, S1–S2 atau B01–B12.",
    example: "TW1",
  }),
  unit: ZUnit,
});
export const DAFTAR_STATUS_SKP = ["DRAFT", "DIAJUKAN", "DITOLAK", "DISETUJUI", "DIGANTI"] as const;
export const ZKueriSkp = kueri({
  ...dasarKueri,
  tahun: ZTahun,
  unit: ZUnit,
  status: opsi(z.enum(DAFTAR_STATUS_SKP, { error: `status harus salah satu dari ${DAFTAR_STATUS_SKP.join(", ")}.` })).meta({ description: "Saring menurut status SKP." }),
});
export const ZKueriOrganisasi = kueri({ ...dasarKueri, unit: ZUnit });

// ─── Respons ───────────────────────────────────────────────────────────────────────────────────

const ZLabel = z.string().meta({ description: "Label Bahasa Indonesia, sama dengan di portal." });
const ZRating = z.object({ kode: z.enum(DAFTAR_RATING as [Rating, ...Rating[]]), label: ZLabel }).meta({ id: "Rating" });
const ZPredikat = z.object({ kode: z.enum(DAFTAR_PREDIKAT as [Predikat, ...Predikat[]]), label: ZLabel }).meta({ id: "Predikat" });

const ZPegawai = z
  .object({
    nip: z.string().regex(/^\d{18}$/).meta({ description: "NIP/NI PPPK 18 digit tanpa spasi." }),
    nama: z.string().meta({ description: "Nama dengan gelar." }),
  })
  .meta({ id: "Pegawai" });
const ZRujukan = (id: string, deskripsi: string) => z.object({ id: z.uuid(), nama: z.string() }).meta({ id, description: deskripsi });
const ZUnitKerjaRingkas = ZRujukan("UnitKerjaRingkas", "Unit kerja jabatan pada SKP itu.");
const ZJabatanRingkas = ZRujukan("JabatanRingkas", "Jabatan SKP itu.");
const ZTanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Tanggal (TTTT-BB-HH)." });
const ZWaktu = z.iso.datetime().meta({ description: "Waktu (ISO 8601, UTC)." });

const halaman = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      next_cursor: z.string().nullable().meta({ description: "Kursor halaman berikutnya; null = ini halaman terakhir." }),
      limit: z.int().min(1).max(LIMIT_MAKS),
    })
    .meta({ id });

export const ZBarisPredikat = z
  .object({
    id: z.uuid().meta({ description: "Id evaluasi kinerja." }),
    pegawai: ZPegawai,
    unit: ZUnitKerjaRingkas,
    jabatan: ZJabatanRingkas,
    tahun: z.int(),
    jenis: z.enum(["PERIODIK", "TAHUNAN"]).meta({ description: "PERIODIK (per periode evaluasi) atau TAHUNAN (evaluasi akhir tahun, kode AKHIR)." }),
    periode: z.object({ kode: z.string(), label: z.string(), mulai: ZTanggal, selesai: ZTanggal }).meta({ id: "PeriodePenilaian", description: "Periode yang dinilai (untuk TAHUNAN: segmen SKP dalam tahun itu)." }),
    ratingHasilKerja: ZRating,
    ratingPerilaku: ZRating,
    predikat: ZPredikat,
    finalAt: ZWaktu.nullable().meta({ description: "Saat evaluasi difinalkan." }),
  })
  .meta({ id: "BarisPredikat" });
export const ZHalamanPredikat = halaman(ZBarisPredikat, "HalamanPredikat");

export const ZBarisKelengkapan = z
  .object({
    skpId: z.uuid(),
    pegawai: ZPegawai,
    unit: ZUnitKerjaRingkas,
    jabatan: ZJabatanRingkas,
    tahun: z.int(),
    periode: z
      .object({ kode: z.string(), label: z.string(), mulai: ZTanggal, selesai: ZTanggal, status: z.enum(["BUKA", "TUTUP"]) })
      .meta({ id: "PeriodeEvaluasi", description: "Periode evaluasi (BUKA: masih diisi; TUTUP: hanya-baca)." }),
    rencanaAksi: z.int().min(0).meta({ description: "Jumlah rencana aksi pada periode itu." }),
    realisasi: z.int().min(0).meta({ description: "Jumlah realisasi indikator yang dilaporkan." }),
    buktiDukung: z.int().min(0).meta({ description: "Jumlah bukti dukung yang siap (berkas atau tautan)." }),
    lengkap: z.boolean().meta({ description: "Ada rencana aksi, realisasi dan bukti dukung." }),
  })
  .meta({ id: "BarisKelengkapan" });
export const ZHalamanKelengkapan = halaman(ZBarisKelengkapan, "HalamanKelengkapan");

export const ZBarisSkp = z
  .object({
    id: z.uuid(),
    pegawai: ZPegawai,
    unit: ZUnitKerjaRingkas,
    jabatan: ZJabatanRingkas,
    tahun: z.int(),
    mulai: ZTanggal,
    selesai: ZTanggal,
    status: z.enum(DAFTAR_STATUS_SKP).meta({ description: "DRAFT, DIAJUKAN, DITOLAK (dikembalikan), DISETUJUI, DIGANTI (versi lama yang digantikan revisi)." }),
    statusLabel: z.string(),
    versi: z.int().min(1),
    pendekatan: z.enum(["KUANTITATIF", "KUALITATIF"]),
    diajukanAt: ZWaktu.nullable(),
    disetujuiAt: ZWaktu.nullable(),
  })
  .meta({ id: "BarisSkp" });
export const ZHalamanSkp = halaman(ZBarisSkp, "HalamanSkp");

export const ZBarisOrganisasi = z
  .object({
    id: z.uuid().meta({ description: "Id jabatan." }),
    nama: z.string(),
    jenis: z.enum(["JPT", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL"]),
    eselon: z.string().nullable(),
    atasanJabatanId: z.uuid().nullable().meta({ description: "Jabatan atasan langsung; null = puncak." }),
    unit: z
      .object({ id: z.uuid(), nama: z.string(), jenis: z.string(), parentId: z.uuid().nullable() })
      .meta({ id: "UnitKerja", description: "Unit kerja jabatan (parentId null = unit teratas/OPD)." }),
    pemangku: z
      .array(z.object({ nip: z.string(), nama: z.string(), jenis: z.enum(["DEFINITIF", "PLT", "PLH"]), tmtMulai: ZTanggal }).meta({ id: "Pemangku" }))
      .meta({ description: "Pemangku jabatan pada hari ini (definitif lebih dulu). Kosong = lowong." }),
  })
  .meta({ id: "BarisOrganisasi" });
export const ZHalamanOrganisasi = halaman(ZBarisOrganisasi, "HalamanOrganisasi");

export const KODE_GALAT = ["TOKEN_TIDAK_ADA", "TOKEN_TIDAK_SAH", "CAKUPAN_DITOLAK", "UNIT_DI_LUAR_INSTANSI", "PARAMETER_TIDAK_SAH", "BATAS_LAJU", "GALAT_SERVER"] as const;
export type KodeGalat = (typeof KODE_GALAT)[number];
export const ZGalat = z
  .object({
    galat: z.object({
      kode: z.enum(KODE_GALAT),
      pesan: z.string().meta({ description: "Pesan dalam Bahasa Indonesia." }),
      rincian: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Galat per parameter kueri (PARAMETER_TIDAK_SAH)." }),
    }),
  })
  .meta({ id: "Galat" });
export type Galat = z.infer<typeof ZGalat>;
