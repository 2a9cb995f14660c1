// Skema zod masukan progres harian. Pesan galat dalam Bahasa Indonesia.
import { z } from "zod";
import { angka, id, opsional, teks } from "@/lib/zod-formulir";
import { bacaJam, BATAS_MAKS_JAM, BATAS_TENGGAT_HARI, CATATAN_MAKS, KEGIATAN_MAKS, KEGIATAN_MIN, MAKS_HARI_SALIN, SATUAN_MAKS } from "@/lib/progres-harian/aturan";
import { bacaIsoTanggal } from "@/lib/progres-harian/kalender";

const tanggal = (label: string) =>
  z.string({ error: `${label} wajib diisi.` }).transform((v, ctx) => {
    const t = bacaIsoTanggal(v);
    if (!t) {
      ctx.addIssue({ code: "custom", message: v.trim() === "" ? `${label} wajib diisi.` : `${label} tidak sah (gunakan format TTTT-BB-HH).` });
      return z.NEVER;
    }
    return t;
  });

const jam = (label: string, opsi: { selesai?: boolean } = {}) =>
  z.string({ error: `${label} wajib diisi.` }).transform((v, ctx) => {
    const m = bacaJam(v, opsi);
    if (m === null) {
      ctx.addIssue({ code: "custom", message: v.trim() === "" ? `${label} wajib diisi.` : `${label} tidak sah (gunakan format JJ:MM, mis. 08:30).` });
      return z.NEVER;
    }
    return m;
  });

const wajib = <T extends z.ZodType>(s: T, pesan: string) => z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v), s.optional()).refine((v) => v !== undefined, pesan);

export const ZEntri = z.object({
  /** Kosong = entri baru. */
  entriId: opsional(id("Entri")),
  rencanaAksiId: id("Rencana aksi"),
  tanggal: tanggal("Tanggal"),
  jamMulai: jam("Jam mulai"),
  jamSelesai: jam("Jam selesai", { selesai: true }),
  kegiatan: teks("Kegiatan", KEGIATAN_MIN, KEGIATAN_MAKS, { multiBaris: true }),
  realisasi: wajib(angka("Realisasi"), "Realisasi wajib diisi (angka, boleh 0)."),
  satuan: teks("Satuan", 1, SATUAN_MAKS),
  buktiId: opsional(id("Bukti dukung")),
  tautan: opsional(teks("Tautan bukti", 1, 2000)),
});
export type TEntri = z.infer<typeof ZEntri>;

export const ZHapusEntri = z.object({ entriId: id("Entri") });

const daftarId = (label: string, maks: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
    z.array(id(label)).min(1, `Pilih paling sedikit satu ${label.toLowerCase()}.`).max(maks, `Paling banyak ${maks} ${label.toLowerCase()} sekaligus.`),
  );

export const ZSalinEntri = z.object({
  entriId: id("Entri"),
  tanggal: z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? [v] : []),
    z.array(tanggal("Tanggal tujuan")).min(1, "Pilih paling sedikit satu tanggal tujuan.").max(MAKS_HARI_SALIN, `Paling banyak ${MAKS_HARI_SALIN} hari sekaligus.`),
  ),
});
export type TSalinEntri = z.infer<typeof ZSalinEntri>;

/** Ajukan semua draf/dikembalikan dalam rentang tanggal (satu hari atau satu minggu). */
export const ZAjukan = z
  .object({ dari: tanggal("Tanggal awal"), sampai: tanggal("Tanggal akhir") })
  .refine((r) => r.sampai >= r.dari, { message: "Tanggal akhir tidak boleh sebelum tanggal awal.", path: ["sampai"] })
  .refine((r) => r.sampai.getTime() - r.dari.getTime() <= 31 * 86_400_000, { message: "Rentang pengajuan paling panjang 31 hari.", path: ["sampai"] });
export type TAjukan = z.infer<typeof ZAjukan>;

export const MAKS_TINJAU_SEKALIGUS = 500;
export const ZSetujui = z.object({ entriId: daftarId("Entri", MAKS_TINJAU_SEKALIGUS) });
export const ZKembalikan = z.object({ entriId: id("Entri"), catatan: teks("Catatan untuk pegawai", 3, CATATAN_MAKS, { multiBaris: true }) });

export const ZAturanProgres = z.object({
  tenggatHari: z.coerce
    .number({ error: "Tenggat harus berupa angka." })
    .int("Tenggat harus bilangan bulat.")
    .min(BATAS_TENGGAT_HARI.min, `Tenggat minimal ${BATAS_TENGGAT_HARI.min} hari kerja.`)
    .max(BATAS_TENGGAT_HARI.maks, `Tenggat maksimal ${BATAS_TENGGAT_HARI.maks} hari kerja.`),
  maksJam: z.coerce
    .number({ error: "Batas jam harus berupa angka." })
    .int("Batas jam harus bilangan bulat.")
    .min(BATAS_MAKS_JAM.min, `Batas jam minimal ${BATAS_MAKS_JAM.min}.`)
    .max(BATAS_MAKS_JAM.maks, `Batas jam maksimal ${BATAS_MAKS_JAM.maks}.`),
});

export const ZHariLibur = z.object({
  tanggal: tanggal("Tanggal"),
  nama: teks("Keterangan", 3, 120),
  jenis: z.enum(["LIBUR_NASIONAL", "CUTI_BERSAMA", "LIBUR_DAERAH"], { error: "Pilih jenis hari libur." }),
});
export const ZHapusLibur = z.object({ tanggal: tanggal("Tanggal") });

// ─── Admin BKD: daftar libur dan aturan progres per instansi (instansiId dari formulir, diperiksa di layanan) ───
const instansi = { instansiId: id("Instansi") };
export const ZTambahLibur = ZHariLibur.extend(instansi);
export type TTambahLibur = z.infer<typeof ZTambahLibur>;
export const ZHapusLiburInstansi = ZHapusLibur.extend(instansi);
export type THapusLibur = z.infer<typeof ZHapusLiburInstansi>;
/** Tempelan "TTTT-BB-HH;Keterangan;jenis" per baris; dibaca di layanan (lib/progres-harian/libur-teks.ts). */
export const ZImporLibur = z.object({ ...instansi, teks: z.string({ error: "Tempelkan daftar hari libur." }).max(20_000, "Tempelan terlalu panjang (maksimal 20.000 karakter).") });
export type TImporLibur = z.infer<typeof ZImporLibur>;
export const ZAturanProgresInstansi = ZAturanProgres.extend(instansi);
export type TAturanProgres = z.infer<typeof ZAturanProgresInstansi>;
/** Impor Excel: "0" pratinjau, "1" simpan. Berkasnya dibaca terpisah dari FormData. */
export const ZImporHarian = z.object({ simpan: z.enum(["0", "1"], { error: "Permintaan impor tidak sah." }).default("0") });
