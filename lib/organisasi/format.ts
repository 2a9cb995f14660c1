// Penulisan nama, tanggal dan label sesuai kebiasaan dokumen kepegawaian Indonesia.

export type NamaBergelar = { gelarDepan?: string | null; nama: string; gelarBelakang?: string | null };

/** "Dr." + "Hendra Wijaya" + "M.Si." → "Dr. Hendra Wijaya, M.Si." */
export function formatNamaGelar(p: NamaBergelar): string {
  const depan = p.gelarDepan?.trim();
  const belakang = p.gelarBelakang?.trim();
  return `${depan ? `${depan} ` : ""}${p.nama.trim()}${belakang ? `, ${belakang}` : ""}`;
}

const BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** Tanggal (kolom DATE, disimpan sebagai UTC tengah malam) → "1 Januari 2026". */
export function formatTanggal(t: Date): string {
  return `${t.getUTCDate()} ${BULAN[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
}

export const LABEL_JENIS_JABATAN = {
  JPT: "Jabatan Pimpinan Tinggi",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  PELAKSANA: "Pelaksana",
  FUNGSIONAL: "Fungsional",
} as const;

export const LABEL_PENUGASAN = {
  DEFINITIF: "Definitif",
  PLT: "Pelaksana Tugas (Plt.)",
  PLH: "Pelaksana Harian (Plh.)",
} as const;

/** Awalan nama jabatan bagi pemangku sementara: "Plt. Kepala Bidang …". */
export function namaJabatanDenganPenugasan(nama: string, jenis: keyof typeof LABEL_PENUGASAN): string {
  return jenis === "PLT" ? `Plt. ${nama}` : jenis === "PLH" ? `Plh. ${nama}` : nama;
}
