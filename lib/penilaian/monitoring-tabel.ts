// Monitoring admin BKD (issue #11 butir 5): pembentukan data tampilan dari hasil agregasi SQL. Murni: tanpa Prisma,
// tanpa next/*. Halaman dan ekspor Excel memakai tabel yang sama (judul kolom, baris, label) agar isinya identik.
import { batasOrang, JUMLAH_KOSONG, LABEL_PREDIKAT_ORGANISASI, periksaPopulasi, type JumlahPredikat, type PredikatOrganisasi, type TabelDistribusi } from "@/lib/penilaian/distribusi";
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";

export type Sel = string | number;
/** Satu tabel seperti tampil di halaman: judul kolom dan baris sel (teks atau angka). */
export type Tabel = { judul: string; kolom: string[]; baris: Sel[][] };

/** Sel kosong tampil (dan diekspor) sebagai "—". */
const isi = (baris: Sel[][]): Sel[][] => baris.map((b) => b.map((x) => (x === "" ? "—" : x)));

// ─── Monitoring Kurva ───────────────────────────────────────────────────────────────────────

export type StatusKurva = "SESUAI" | "DILANGGAR" | "DILANGGAR_OVERRIDE" | "CAPAIAN_BELUM" | "BELUM_LENGKAP" | "KOSONG" | "TIDAK_DIPERIKSA";

export const LABEL_STATUS_KURVA: Readonly<Record<StatusKurva, string>> = {
  SESUAI: "Sesuai kurva",
  DILANGGAR: "Kurva dilanggar",
  DILANGGAR_OVERRIDE: "Dilanggar dengan pengecualian (override)",
  CAPAIAN_BELUM: "Capaian belum ditetapkan",
  BELUM_LENGKAP: "Belum lengkap",
  KOSONG: "Tanpa pegawai",
  TIDAK_DIPERIKSA: "Diperiksa pada unit induk",
};

/** Satu baris agregat SQL: jumlah pegawai populasi per (unit jabatan, unit kurva, status evaluasi, predikat). */
export type AgregatKurva = { unitId: string; kurvaId: string; status: string; predikat: Predikat | null; dikecualikan: boolean; jumlah: number };

export type UnitRingkas = { id: string; nama: string; parentId: string | null; pembawa: boolean };

export type RingkasKurva = {
  unitId: string;
  nama: string;
  pembawa: boolean;
  /** Populasi yang dihitung (tanpa yang dikecualikan) dan yang sudah final. */
  total: number;
  final: number;
  dikecualikan: number;
  jumlah: JumlahPredikat;
  capaian: PredikatOrganisasi | null;
  status: StatusKurva;
  /** Batas per predikat dalam orang (null = tidak dibatasi). */
  batas: Record<Predikat, { maks: number | null; min: number | null }>;
  pelanggaran: string[];
  override: { alasan: string; penilai: string }[];
  punyaAnak: boolean;
};

export type Override = { unitId: string; alasan: string; penilai: string };

/** Unit dalam subpohon `akar` (termasuk akar). */
export function subpohon(units: readonly UnitRingkas[], akar: string): Set<string> {
  const anak = new Map<string, string[]>();
  for (const u of units) if (u.parentId) (anak.get(u.parentId) ?? anak.set(u.parentId, []).get(u.parentId)!).push(u.id);
  const hasil = new Set<string>();
  const tumpuk = [akar];
  while (tumpuk.length) {
    const x = tumpuk.pop()!;
    if (hasil.has(x)) continue;
    hasil.add(x);
    tumpuk.push(...(anak.get(x) ?? []));
  }
  return hasil;
}

function batasPer(tabel: TabelDistribusi, capaian: PredikatOrganisasi | null, total: number): RingkasKurva["batas"] {
  const aturan = capaian ? tabel[capaian] : [];
  const b = (pr: Predikat, jenis: "MAKS" | "MIN") => {
    const a = aturan.filter((x) => x.jenis === jenis && x.kelompok.length === 1 && x.kelompok[0] === pr);
    return a.length === 0 ? null : jenis === "MAKS" ? Math.min(...a.map((x) => batasOrang(x, total))) : Math.max(...a.map((x) => batasOrang(x, total)));
  };
  return Object.fromEntries(DAFTAR_PREDIKAT.map((p) => [p, { maks: b(p, "MAKS"), min: b(p, "MIN") }])) as RingkasKurva["batas"];
}

/**
 * Ringkasan kurva untuk setiap unit yang ditampilkan. Unit pembawa: populasinya = pegawai dengan unit kurva itu,
 * diperiksa terhadap capaiannya. Unit bukan pembawa (bidang di bawah OPD): pegawai populasi unit pembawa di atasnya
 * yang jabatannya di subpohon unit itu (informasi; kurva diperiksa di unit pembawa).
 */
export function ringkasKurva(a: {
  tampil: readonly UnitRingkas[];
  units: readonly UnitRingkas[];
  agregat: readonly AgregatKurva[];
  capaian: ReadonlyMap<string, PredikatOrganisasi>;
  override: readonly Override[];
  tabel: TabelDistribusi;
}): RingkasKurva[] {
  const punyaAnak = new Set(a.units.flatMap((u) => (u.parentId ? [u.parentId] : [])));
  return a.tampil.map((u) => {
    const sub = u.pembawa ? null : subpohon(a.units, u.id);
    const baris = a.agregat.filter((g) => (sub ? sub.has(g.unitId) : g.kurvaId === u.id));
    const dihitung = baris.filter((g) => !g.dikecualikan);
    const finalB = dihitung.filter((g) => g.status === "FINAL");
    const jumlah: Record<Predikat, number> = { ...JUMLAH_KOSONG };
    for (const g of finalB) if (g.predikat) jumlah[g.predikat] += g.jumlah;
    const total = dihitung.reduce((s, g) => s + g.jumlah, 0);
    const final = finalB.reduce((s, g) => s + g.jumlah, 0);
    const capaian = u.pembawa ? (a.capaian.get(u.id) ?? null) : null;
    const ov = a.override.filter((o) => o.unitId === u.id).map((o) => ({ alasan: o.alasan, penilai: o.penilai }));
    let status: StatusKurva;
    let pelanggaran: string[] = [];
    if (!u.pembawa) status = "TIDAK_DIPERIKSA";
    else if (total === 0) status = "KOSONG";
    else if (!capaian) status = "CAPAIAN_BELUM";
    else {
      const h = periksaPopulasi(capaian, jumlah, total - final, a.tabel);
      pelanggaran = h.pelanggaran.map((x) => x.pesan);
      status = !h.ok ? (ov.length > 0 ? "DILANGGAR_OVERRIDE" : "DILANGGAR") : final < total ? "BELUM_LENGKAP" : "SESUAI";
    }
    return {
      unitId: u.id,
      nama: u.nama,
      pembawa: u.pembawa,
      total,
      final,
      dikecualikan: baris.filter((g) => g.dikecualikan).reduce((s, g) => s + g.jumlah, 0),
      jumlah,
      capaian,
      status,
      batas: batasPer(a.tabel, capaian, total),
      pelanggaran,
      override: ov,
      punyaAnak: punyaAnak.has(u.id),
    };
  });
}

export function labelStatusKurva(r: Pick<RingkasKurva, "status" | "final" | "total">): string {
  return r.status === "BELUM_LENGKAP" ? `${LABEL_STATUS_KURVA.BELUM_LENGKAP} (${r.final} dari ${r.total} final)` : LABEL_STATUS_KURVA[r.status];
}

const teksBatas = (b: { maks: number | null; min: number | null }) =>
  b.maks === null && b.min === null ? "—" : [b.min !== null ? `min ${b.min}` : null, b.maks !== null ? `maks ${b.maks}` : null].filter(Boolean).join(", ");

export function tabelKurva(judul: string, r: readonly RingkasKurva[]): Tabel {
  return {
    judul,
    kolom: ["Unit", "Capaian organisasi", "Populasi", "Final", ...DAFTAR_PREDIKAT.map((p) => LABEL_PREDIKAT[p]), "Dikecualikan", "Status", "Pelanggaran", "Alasan pengecualian kurva"],
    baris: isi(r.map((x) => [
      x.nama,
      x.pembawa ? (x.capaian ? LABEL_PREDIKAT_ORGANISASI[x.capaian] : "Belum ditetapkan") : "—",
      x.total,
      x.final,
      ...DAFTAR_PREDIKAT.map((p) => x.jumlah[p]),
      x.dikecualikan,
      labelStatusKurva(x),
      x.pelanggaran.join("; "),
      x.override.map((o) => `${o.penilai}: ${o.alasan}`).join("; "),
    ])),
  };
}

/** Tabel batas kurva satu unit pembawa (angka grafik). */
export function tabelBatas(r: RingkasKurva): Tabel {
  return {
    judul: `Batas kurva ${r.nama}`,
    kolom: ["Predikat", "Jumlah final", "Batas (orang)"],
    baris: isi(DAFTAR_PREDIKAT.map((p) => [LABEL_PREDIKAT[p], r.jumlah[p], teksBatas(r.batas[p])])),
  };
}

export function titikGrafik(r: RingkasKurva) {
  return DAFTAR_PREDIKAT.map((p) => ({
    label: LABEL_PREDIKAT[p].replace("/Misconduct", ""),
    jumlah: r.jumlah[p],
    maks: r.batas[p].maks,
    min: r.batas[p].min,
    salah: (r.batas[p].maks !== null && r.jumlah[p] > r.batas[p].maks!) || (r.batas[p].min !== null && r.final === r.total && r.jumlah[p] < r.batas[p].min!),
  }));
}

export const LABEL_STATUS_EVALUASI: Readonly<Record<string, string>> = {
  BELUM: "Belum dinilai",
  DRAF: "Draf",
  SELESAI_DINILAI: "Selesai dinilai",
  FINAL: "Final",
  DIKECUALIKAN: "Dikecualikan",
};

export type PegawaiKurva = { nama: string; nip: string; jabatan: string; unit: string; predikat: Predikat | null; penilai: string; status: string; dikecualikan: boolean };

export function tabelPegawaiKurva(judul: string, p: readonly PegawaiKurva[]): Tabel {
  return {
    judul,
    kolom: ["Nama", "NIP", "Jabatan", "Unit", "Predikat", "Pejabat penilai", "Status"],
    baris: isi(p.map((x) => [x.nama, x.nip, x.jabatan, x.unit, x.predikat ? LABEL_PREDIKAT[x.predikat] : "—", x.penilai || "—", x.dikecualikan ? "Dikecualikan" : (LABEL_STATUS_EVALUASI[x.status] ?? x.status)])),
  };
}

// ─── Monitoring Pengisian ───────────────────────────────────────────────────────────────────

export const TAHAP = ["disusun", "disetujui", "rencanaAksi", "realisasi", "bukti", "dinilai", "final"] as const;
export type Tahap = (typeof TAHAP)[number];

export const LABEL_TAHAP: Readonly<Record<Tahap, string>> = {
  disusun: "SKP disusun",
  disetujui: "SKP disetujui",
  rencanaAksi: "Rencana aksi",
  realisasi: "Realisasi",
  bukti: "Bukti dukung",
  dinilai: "Dinilai",
  final: "Final",
};

export type AgregatPengisian = { opdId: string; pegawai: number } & Record<Tahap, number>;
export type RingkasPengisian = AgregatPengisian & { nama: string };

/** Persen dibulatkan ke bawah (100 hanya bila semua). */
export function persen(n: number, dari: number): number {
  return dari === 0 ? 0 : Math.floor((n * 100) / dari);
}

export function tabelPengisian(judul: string, r: readonly RingkasPengisian[]): Tabel {
  return {
    judul,
    kolom: ["Perangkat daerah", "Pegawai", ...TAHAP.flatMap((t) => [LABEL_TAHAP[t], `${LABEL_TAHAP[t]} (%)`])],
    baris: isi(r.map((x) => [x.nama, x.pegawai, ...TAHAP.flatMap((t) => [x[t], persen(x[t], x.pegawai)])])),
  };
}

/** Tahap pertama yang belum dicapai; null bila sudah final. */
export function tahapTertahan(f: Readonly<Record<Tahap, boolean>>): Tahap | null {
  return TAHAP.find((t) => !f[t]) ?? null;
}

export const LABEL_TERTAHAN: Readonly<Record<Tahap, string>> = {
  disusun: "Belum menyusun SKP",
  disetujui: "SKP belum disetujui",
  rencanaAksi: "Belum mengisi rencana aksi",
  realisasi: "Belum mengisi realisasi",
  bukti: "Belum mengunggah bukti dukung",
  dinilai: "Belum dinilai",
  final: "Penilaian belum final",
};

export type PegawaiTertahan = { nama: string; nip: string; jabatan: string; unit: string; tahap: Tahap; penilai: string };

export function tabelTertahan(judul: string, p: readonly PegawaiTertahan[]): Tabel {
  return { judul, kolom: ["Nama", "NIP", "Jabatan", "Unit", "Tertahan di", "Pejabat penilai"], baris: isi(p.map((x) => [x.nama, x.nip, x.jabatan, x.unit, LABEL_TERTAHAN[x.tahap], x.penilai || "—"])) };
}

export const LABEL_JENIS_PENGECUALIAN = {
  CUTI_BESAR: "Cuti besar",
  CLTN: "Cuti di luar tanggungan negara",
  TUGAS_BELAJAR: "Tugas belajar",
  PENSIUN: "Pensiun",
  MUTASI_KELUAR: "Mutasi keluar instansi",
  HUKUMAN_DISIPLIN: "Hukuman disiplin",
  LAINNYA: "Lainnya",
} as const;

export type PegawaiDikecualikan = { nama: string; nip: string; opd: string; jenis: keyof typeof LABEL_JENIS_PENGECUALIAN; alasan: string; mulai: string; selesai: string | null };

export function tabelDikecualikan(judul: string, p: readonly PegawaiDikecualikan[]): Tabel {
  return { judul, kolom: ["Nama", "NIP", "Perangkat daerah", "Jenis", "Alasan", "Mulai", "Selesai"], baris: isi(p.map((x) => [x.nama, x.nip, x.opd, LABEL_JENIS_PENGECUALIAN[x.jenis], x.alasan, x.mulai, x.selesai ?? "Belum ditentukan"])) };
}

