// Skema zod aksi notifikasi. Pesan galat dalam Bahasa Indonesia.
import { z } from "zod";
import { id } from "@/lib/zod-formulir";

export const ZNotifikasiId = z.object({ notifikasiId: id("Notifikasi") });
export type TNotifikasiId = z.infer<typeof ZNotifikasiId>;

/** Kotak centang: ada ("1"/"on") = kirim surel; tidak ada = berhenti. */
export const ZAturSurel = z.object({ surel: z.enum(["1", "on"]).optional() }).transform((v) => ({ aktif: v.surel !== undefined }));
export type TAturSurel = z.infer<typeof ZAturSurel>;
