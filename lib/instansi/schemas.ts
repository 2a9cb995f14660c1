// Masukan formulir instansi baru (superadmin) beserta admin BKD pertamanya.
import { z } from "zod";
import { ZNip } from "@/lib/auth/schemas";
import { opsional, teks, teksBebas } from "@/lib/zod-formulir";
import { uraiNip } from "@/lib/organisasi/nip";
import { golonganSah } from "@/lib/organisasi/pangkat";

export const JENIS_INSTANSI = ["PEMERINTAH_KABUPATEN", "PEMERINTAH_KOTA", "PEMERINTAH_PROVINSI", "KEMENTERIAN", "LEMBAGA"] as const;
export const LABEL_JENIS_INSTANSI: Record<(typeof JENIS_INSTANSI)[number], string> = {
  PEMERINTAH_KABUPATEN: "Pemerintah kabupaten",
  PEMERINTAH_KOTA: "Pemerintah kota",
  PEMERINTAH_PROVINSI: "Pemerintah provinsi",
  KEMENTERIAN: "Kementerian",
  LEMBAGA: "Lembaga",
};

export const ZInstansiBaru = z
  .object({
  kode: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
    z.string({ error: "Kode instansi wajib diisi." }).regex(/^[A-Z0-9][A-Z0-9-]{1,19}$/, "Kode instansi 2–20 huruf besar, angka atau tanda hubung (mis. BKH)."),
  ),
  nama: teks("Nama instansi", 5, 200),
  jenis: z.enum(JENIS_INSTANSI, { error: "Pilih jenis instansi." }),
  jabatanPimpinan: teks("Jabatan pimpinan instansi", 3, 200),
  namaPimpinan: opsional(teksBebas("Nama pimpinan", 200, { multiBaris: false })),
  adminNip: ZNip,
  adminGelarDepan: opsional(teksBebas("Gelar depan", 50, { multiBaris: false })),
  adminNama: teks("Nama admin", 2, 150),
  adminGelarBelakang: opsional(teksBebas("Gelar belakang", 80, { multiBaris: false })),
  adminGolongan: teks("Golongan", 1, 5),
})
  .superRefine((d, ctx) => {
    const r = uraiNip(d.adminNip);
    if (r.ok && !golonganSah(r.nip.jenis, d.adminGolongan)) {
      ctx.addIssue({ code: "custom", path: ["adminGolongan"], message: r.nip.jenis === "PNS" ? "Golongan PNS seperti III/b." : "Golongan PPPK seperti IX." });
    }
  });
export type TInstansiBaru = z.infer<typeof ZInstansiBaru>;
