// Aturan progres harian (skp-domain.md §3.2; teks Peraturan BKN 2/2026 belum terlihat, jadi tenggat dan batas jam
// dapat diatur per instansi). Murni: tanpa Prisma, tanpa next/*. Label dan format di sini dipakai halaman, Excel
// dan laporan agar semuanya berkata sama.
import { hariKerjaSesudah, tambahHariKerja, tanggalPanjang } from "@/lib/progres-harian/kalender";

export type StatusProgres = "DRAF" | "DIAJUKAN" | "DISETUJUI" | "DIKEMBALIKAN";

export const LABEL_STATUS_PROGRES: Readonly<Record<StatusProgres, string>> = {
  DRAF: "Draf",
  DIAJUKAN: "Diajukan",
  DISETUJUI: "Disetujui",
  DIKEMBALIKAN: "Dikembalikan",
};

export type AturanProgres = { tenggatHari: number; maksJam: number };
/** Bawaan bila instansi belum mengatur: terlambat sesudah D + 5 hari kerja; paling banyak 12 jam kegiatan per hari. */
export const ATURAN_PROGRES_BAWAAN: AturanProgres = { tenggatHari: 5, maksJam: 12 };
export const BATAS_TENGGAT_HARI = { min: 0, maks: 30 } as const;
export const BATAS_MAKS_JAM = { min: 1, maks: 24 } as const;

export const KEGIATAN_MIN = 3;
export const KEGIATAN_MAKS = 1000;
export const SATUAN_MAKS = 60;
export const CATATAN_MAKS = 1000;
/** Menyalin satu entri ke paling banyak sekian hari sekaligus. */
export const MAKS_HARI_SALIN = 31;

// ─── Jam ──────────────────────────────────────────────────────────────────────────────────────

/** "08:30", "8:30", "08.30" → menit sejak tengah malam; "24:00" hanya sah sebagai jam selesai. null bila tidak sah. */
export function bacaJam(s: string, opsi: { selesai?: boolean } = {}): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s.trim());
  if (!m) return null;
  const jam = Number(m[1]);
  const menit = Number(m[2]);
  if (menit > 59) return null;
  if (jam === 24 && menit === 0 && opsi.selesai) return 1440;
  if (jam > 23) return null;
  return jam * 60 + menit;
}

/** 510 → "08:30". */
export function formatJam(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, "0")}:${String(menit % 60).padStart(2, "0")}`;
}

/** 90 → "1 jam 30 menit"; 60 → "1 jam"; 45 → "45 menit". */
export function formatDurasi(menit: number): string {
  const j = Math.floor(menit / 60);
  const m = menit % 60;
  if (j === 0) return `${m} menit`;
  return m === 0 ? `${j} jam` : `${j} jam ${m} menit`;
}

export type Rentang = { id?: string; mulai: number; selesai: number };

/** Dua rentang [mulai, selesai) bertumpang tindih (bersentuhan di ujung, mis. 08:00–10:00 dan 10:00–11:00, tidak). */
export const bertumpang = (a: Rentang, b: Rentang): boolean => a.mulai < b.selesai && b.mulai < a.selesai;

/** Entri lain (id berbeda) pada hari yang sama yang bertumpang tindih dengan `baru`. */
export function cariBentrok<T extends Rentang>(baru: Rentang, lain: readonly T[]): T[] {
  return lain.filter((x) => (baru.id === undefined || x.id !== baru.id) && bertumpang(baru, x));
}

/** Pasangan baris yang bertumpang tindih dalam satu kumpulan (mis. satu berkas impor): indeks baris kedua → pertama. */
export function bentrokDalam(rentang: readonly (Rentang & { tanggal: string })[]): Map<number, number> {
  const hasil = new Map<number, number>();
  for (let i = 0; i < rentang.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = rentang[i]!;
      const b = rentang[j]!;
      if (a.tanggal === b.tanggal && bertumpang(a, b)) {
        hasil.set(i, j);
        break;
      }
    }
  }
  return hasil;
}

// ─── Pemeriksaan satu entri ───────────────────────────────────────────────────────────────────

export type KonteksEntri = {
  tanggal: Date;
  jamMulai: number;
  jamSelesai: number;
  /** Id entri yang sedang diubah (tidak dibandingkan dengan dirinya sendiri). */
  id?: string;
  hariIni: Date;
  /** Rentang tanggal yang sah: irisan periode rencana aksi dan masa SKP. */
  berlaku: { mulai: Date; selesai: Date; label: string };
  /** Entri lain milik pegawai yang sama pada tanggal itu. */
  lainHariItu: readonly Rentang[];
  maksJam: number;
};

export type GalatEntri = Partial<Record<"tanggal" | "jamMulai" | "jamSelesai", string>>;

/** Semua galat satu entri (kosong = sah), dengan kunci kolom formulir. */
export function periksaEntri(k: KonteksEntri): GalatEntri {
  const g: GalatEntri = {};
  if (k.tanggal.getTime() > k.hariIni.getTime()) g.tanggal = "Tanggal tidak boleh di masa depan: progres harian dicatat untuk hari ini atau sebelumnya.";
  else if (k.tanggal < k.berlaku.mulai || k.tanggal > k.berlaku.selesai) {
    g.tanggal = `Tanggal di luar periode rencana aksi ini (${k.berlaku.label}: ${tanggalPanjang(k.berlaku.mulai)} – ${tanggalPanjang(k.berlaku.selesai)}).`;
  }
  if (k.jamSelesai <= k.jamMulai) {
    g.jamSelesai = "Jam selesai harus sesudah jam mulai.";
    return g;
  }
  const bentrok = cariBentrok({ id: k.id, mulai: k.jamMulai, selesai: k.jamSelesai }, k.lainHariItu);
  if (bentrok.length > 0) {
    const daftar = bentrok.map((b) => `${formatJam(b.mulai)}–${formatJam(b.selesai)}`).join(", ");
    g.jamMulai = `Jam ${formatJam(k.jamMulai)}–${formatJam(k.jamSelesai)} bertumpang tindih dengan entri lain pada ${tanggalPanjang(k.tanggal)} (${daftar}).`;
    return g;
  }
  const lain = k.lainHariItu.filter((x) => k.id === undefined || x.id !== k.id).reduce((s, x) => s + (x.selesai - x.mulai), 0);
  const total = lain + (k.jamSelesai - k.jamMulai);
  if (total > k.maksJam * 60) {
    g.jamSelesai = `Jumlah jam kegiatan pada ${tanggalPanjang(k.tanggal)} menjadi ${formatDurasi(total)}, melebihi batas ${k.maksJam} jam per hari.`;
  }
  return g;
}

// ─── Keterlambatan ────────────────────────────────────────────────────────────────────────────

/** Hari terakhir entri untuk tanggal D masih tepat waktu: D + N hari kerja (akhir pekan dan libur tidak dihitung). */
export const tenggatEntri = (tanggal: Date, n: number, libur: ReadonlySet<string>): Date => tambahHariKerja(tanggal, n, libur);

/**
 * Keterlambatan entri untuk tanggal D yang dibuat pada tanggal `dibuat` (zona instansi), dalam hari kerja sesudah
 * tenggatnya; 0 = tepat waktu. Dibuat pada akhir pekan sesudah tenggat tetap terlambat (paling sedikit 1 hari).
 */
export function hariTerlambat(tanggal: Date, dibuat: Date, n: number, libur: ReadonlySet<string>): number {
  const batas = tenggatEntri(tanggal, n, libur);
  if (dibuat.getTime() <= batas.getTime()) return 0;
  return Math.max(1, hariKerjaSesudah(batas, dibuat, libur));
}

/** Satu entri yang keterlambatannya dihitung ulang: tanggalnya, hari pencatatannya dan nilai yang tersimpan. */
export type EntriTerlambat = { id: string; tanggal: Date; dicatat: Date; terlambatHari: number };

/**
 * Keterlambatan entri yang berubah setelah tenggat (N) atau daftar libur diubah: hanya yang nilainya berbeda dari yang
 * tersimpan, dengan aturan yang sama seperti saat entri dibuat (hariTerlambat).
 */
export function hitungUlangTerlambat(entri: readonly EntriTerlambat[], n: number, libur: ReadonlySet<string>): { id: string; terlambatHari: number }[] {
  const ubah: { id: string; terlambatHari: number }[] = [];
  for (const e of entri) {
    const t = hariTerlambat(e.tanggal, e.dicatat, n, libur);
    if (t !== e.terlambatHari) ubah.push({ id: e.id, terlambatHari: t });
  }
  return ubah;
}

export const labelTerlambat = (hari: number): string => (hari <= 0 ? "Tepat waktu" : `Terlambat ${hari} hari kerja`);

// ─── Status ───────────────────────────────────────────────────────────────────────────────────

export type Keputusan = { ok: true } | { ok: false; pesan: string };
const ya: Keputusan = { ok: true };

/** Pemilik mengubah atau menghapus entri: hanya draf atau yang dikembalikan. */
export function bolehUbahEntri(status: StatusProgres): Keputusan {
  if (status === "DRAF" || status === "DIKEMBALIKAN") return ya;
  if (status === "DIAJUKAN") return { ok: false, pesan: "Entri sudah diajukan dan menunggu tinjauan pejabat penilai; tidak dapat diubah." };
  return { ok: false, pesan: "Entri sudah disetujui. Untuk mengubahnya, minta pejabat penilai mengembalikannya terlebih dahulu." };
}

export const bolehAjukanEntri = (status: StatusProgres): boolean => status === "DRAF" || status === "DIKEMBALIKAN";
export const bolehSetujuiEntri = (status: StatusProgres): boolean => status === "DIAJUKAN";
/** Pejabat penilai mengembalikan entri yang diajukan, atau yang sudah disetujui (agar pegawai dapat memperbaikinya). */
export const bolehKembalikanEntri = (status: StatusProgres): boolean => status === "DIAJUKAN" || status === "DISETUJUI";

// ─── Sidik (impor idempoten) ─────────────────────────────────────────────────────────────────

/** Teks baku isi entri; sha256-nya disimpan sebagai `sidik` (unik per pegawai). */
export function teksSidik(e: { rencanaAksiId: string; tanggal: Date; jamMulai: number; jamSelesai: number; kegiatan: string }): string {
  return [e.rencanaAksiId, e.tanggal.toISOString().slice(0, 10), e.jamMulai, e.jamSelesai, e.kegiatan.trim().replace(/\s+/g, " ").toLowerCase()].join("|");
}

// ─── Usulan realisasi periode ────────────────────────────────────────────────────────────────

export const bakuSatuan = (s: string | null | undefined): string => (s ?? "").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Usulan realisasi indikator dari progres harian yang disetujui: jumlah realisasi harian pada rencana aksi RHK yang
 * sama dengan satuan yang sama dengan satuan target indikator. Indikator tanpa satuan, atau tanpa entri bersatuan
 * sama, tidak diberi usulan (tidak ditebak).
 */
export function usulanRealisasi(
  iki: readonly { id: string; rhkId: string; satuan: string | null }[],
  jumlah: readonly { rhkId: string; satuan: string; total: number }[],
): Map<string, number> {
  const per = new Map<string, number>();
  for (const j of jumlah) {
    const k = `${j.rhkId}|${bakuSatuan(j.satuan)}`;
    per.set(k, (per.get(k) ?? 0) + j.total);
  }
  const hasil = new Map<string, number>();
  for (const i of iki) {
    if (!bakuSatuan(i.satuan)) continue;
    const t = per.get(`${i.rhkId}|${bakuSatuan(i.satuan)}`);
    if (t !== undefined) hasil.set(i.id, Math.round(t * 10_000) / 10_000);
  }
  return hasil;
}
