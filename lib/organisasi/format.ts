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

/** Tanggal kalender hari ini di zona waktu instansi (mis. WIB), sebagai UTC tengah malam. */
export function tanggalDiZona(sekarang: Date, zona: string): Date {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: zona, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(sekarang)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Tahun kinerja berjalan menurut zona waktu instansi (bawaan WIB). */
export function tahunKinerjaSekarang(zona = "Asia/Jakarta", sekarang = new Date()): number {
  return tanggalDiZona(sekarang, zona).getUTCFullYear();
}

/**
 * Tanggal acuan untuk satu rentang (mis. segmen jabatan pada SKP): hari ini bila di dalam rentang, selain itu
 * ujung rentang yang terdekat. Pejabat penilai dan identitas dibaca pada tanggal ini.
 */
export function tanggalAcuan(hari: Date, mulai: Date, selesai: Date): Date {
  return hari < mulai ? mulai : hari > selesai ? selesai : hari;
}

/** "1 Januari 2026 – 30 Juni 2026", disingkat bila tahunnya sama: "1 Januari – 30 Juni 2026". */
export function formatRentang(mulai: Date, selesai: Date): string {
  if (mulai.getUTCFullYear() === selesai.getUTCFullYear()) {
    return `${mulai.getUTCDate()} ${BULAN[mulai.getUTCMonth()]} – ${formatTanggal(selesai)}`;
  }
  return `${formatTanggal(mulai)} – ${formatTanggal(selesai)}`;
}

/** Nama panggilan untuk label ringkas ("Bambang" dari "Drs. H. Bambang Sutrisno, S.E., M.Si."): tanpa gelar, kata pertama. */
export function namaPanggilan(nama: string): string {
  const tanpaBelakang = nama.split(",")[0]!.trim();
  const kata = tanpaBelakang.split(/\s+/).filter((k) => !/\.$/.test(k) || k.length > 5);
  return kata[0] ?? tanpaBelakang;
}

/** Singkatan zona waktu Indonesia: Asia/Jakarta dan Asia/Pontianak → WIB, Asia/Makassar → WITA, Asia/Jayapura → WIT. */
export function singkatanZona(zona: string): string {
  switch (zona) {
    case "Asia/Jakarta":
    case "Asia/Pontianak":
      return "WIB";
    case "Asia/Makassar":
      return "WITA";
    case "Asia/Jayapura":
      return "WIT";
    default:
      return zona;
  }
}

/** Waktu pada zona instansi: "28 Maret 2026 pukul 14.05 WIB" (jam 24, pemisah titik). */
export function formatWaktuZona(waktu: Date, zona: string): string {
  const bagian = new Intl.DateTimeFormat("en-GB", {
    timeZone: zona,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(waktu);
  const ambil = (t: Intl.DateTimeFormatPartTypes) => bagian.find((b) => b.type === t)!.value;
  const tanggal = new Date(Date.UTC(+ambil("year"), +ambil("month") - 1, +ambil("day")));
  return `${formatTanggal(tanggal)} pukul ${ambil("hour")}.${ambil("minute")} ${singkatanZona(zona)}`;
}

/** Nomor halaman dokumen cetak: "Halaman 2 dari 5". */
export function formatHalaman(halaman: number, jumlah: number): string {
  return `Halaman ${halaman} dari ${jumlah}`;
}
