// Skema zod masukan dokumen (tanda tangan). Pesan dalam Bahasa Indonesia.
import { z } from "zod";
import { id, opsional } from "@/lib/zod-formulir";
import type { SubjekDokumen } from "@/lib/dokumen/muat";

const kode = z.string().regex(/^(AKHIR|TW[1-4]|S[12]|B(0[1-9]|1[0-2]))$/, { error: "Periode penilaian tidak dikenal." });

export const ZSubjek = z.discriminatedUnion(
  "jenis",
  [
    z.object({ jenis: z.literal("SKP"), skpId: id("SKP") }),
    z.object({ jenis: z.enum(["UMPAN_BALIK", "EVALUASI", "DOKUMEN_EVALUASI"]), skpId: id("SKP"), kode }),
    z.object({ jenis: z.literal("PENETAPAN"), unitKerjaId: id("Unit kerja"), tahun: z.coerce.number({ error: "Tahun tidak sah." }).int().min(2000).max(2100), kode }),
  ],
  { error: "Jenis dokumen tidak dikenal." },
);

export const ZTandaTangan = z.intersection(
  ZSubjek,
  z.object({
    sandi: z.string({ error: "Isi kata sandi Anda untuk menandatangani." }).min(1, "Isi kata sandi Anda untuk menandatangani.").max(200, "Kata sandi terlalu panjang."),
    nik: opsional(z.string().regex(/^\d{16}$/, { error: "NIK terdiri atas 16 angka." })),
    passphrase: opsional(z.string().min(1).max(200, "Passphrase terlalu panjang.")),
  }),
);
export type TTandaTangan = z.infer<typeof ZTandaTangan>;

export function subjekDari(d: z.infer<typeof ZSubjek>): SubjekDokumen {
  return d;
}
