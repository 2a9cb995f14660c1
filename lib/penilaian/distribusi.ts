// Kurva distribusi predikat kinerja pegawai menurut capaian kinerja organisasi (SE MenPANRB 3/2023, skp-domain.md §5.2).
// Murni dan berbasis tabel: aturan ada di data (TABEL_SE_3_2023 bawaan; instansi dapat menyimpan tabel lain bila
// aturannya berubah). Pembulatan: batas maksimal dibulatkan ke bawah, batas minimal ke atas; "harus ada" = minimal
// satu orang; "sebagian besar" (kelompok terbanyak) hanya peringatan, batas 70 % adalah batas keras.
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";

export type PredikatOrganisasi = "ISTIMEWA" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG" | "SANGAT_KURANG";
export const DAFTAR_PREDIKAT_ORGANISASI: readonly PredikatOrganisasi[] = ["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];
/**
 * Tanpa capaian kinerja organisasi kurva tidak dapat diperiksa (skp-domain §5.1: capaian ditetapkan lebih dulu).
 * Finalisasi tetap dapat dilakukan, tetapi diperlakukan sebagai pengecualian kurva: wajib beralasan dan tercatat.
 */
export const PESAN_CAPAIAN_BELUM =
  "Capaian kinerja organisasi periode ini belum ditetapkan admin BKD, sehingga kurva distribusi tidak dapat diperiksa. Tunggu penetapannya, atau finalkan dengan alasan pengecualian yang tercatat.";

export const LABEL_PREDIKAT_ORGANISASI: Readonly<Record<PredikatOrganisasi, string>> = {
  ISTIMEWA: "Istimewa",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

export type JenisAturan = "MAKS" | "MIN" | "ADA" | "TERBANYAK";

/** Satu aturan atas sekelompok predikat pegawai (jumlah gabungannya). */
export type AturanDistribusi = { jenis: JenisAturan; kelompok: readonly Predikat[]; persen?: number };

export type TabelDistribusi = Readonly<Record<PredikatOrganisasi, readonly AturanDistribusi[]>>;

/** Tabel §5.2 sebagaimana dikutip dari SE MenPANRB 3/2023. */
export const TABEL_SE_3_2023: TabelDistribusi = {
  ISTIMEWA: [
    { jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 70 },
    { jenis: "TERBANYAK", kelompok: ["SANGAT_BAIK"] },
  ],
  BAIK: [
    { jenis: "MAKS", kelompok: ["BAIK"], persen: 70 },
    { jenis: "TERBANYAK", kelompok: ["BAIK"] },
    { jenis: "ADA", kelompok: ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"] },
  ],
  BUTUH_PERBAIKAN: [
    { jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 10 },
    { jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 60 },
  ],
  KURANG: [
    { jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 10 },
    { jenis: "MIN", kelompok: ["BUTUH_PERBAIKAN"], persen: 10 },
    { jenis: "MIN", kelompok: ["KURANG_MISCONDUCT"], persen: 60 },
  ],
  SANGAT_KURANG: [
    { jenis: "MAKS", kelompok: ["SANGAT_BAIK"], persen: 0 },
    { jenis: "MIN", kelompok: ["KURANG_MISCONDUCT", "BUTUH_PERBAIKAN"], persen: 10 },
    { jenis: "MIN", kelompok: ["SANGAT_KURANG"], persen: 60 },
  ],
};

export type JumlahPredikat = Readonly<Record<Predikat, number>>;

export type Pelanggaran = {
  aturan: AturanDistribusi;
  /** Batas dalam orang: paling banyak (MAKS) atau paling sedikit (MIN, ADA). */
  batas: number;
  aktual: number;
  pesan: string;
};

export type HasilDistribusi = { ok: boolean; total: number; pelanggaran: Pelanggaran[]; peringatan: Pelanggaran[] };

const namaKelompok = (k: readonly Predikat[]) => k.map((p) => LABEL_PREDIKAT[p]).join(" dan/atau ");

/** Batas dalam orang untuk aturan itu pada N pegawai. */
export function batasOrang(aturan: AturanDistribusi, n: number): number {
  if (aturan.jenis === "ADA") return n > 0 ? 1 : 0;
  if (aturan.jenis === "TERBANYAK") return 0;
  const x = (n * (aturan.persen ?? 0)) / 100;
  // Pembulatan dengan toleransi galat titik-mengambang (mis. 10 × 70 / 100 = 7 tepat).
  const e = 1e-9;
  return aturan.jenis === "MAKS" ? Math.floor(x + e) : Math.ceil(x - e);
}

export function periksaDistribusi(predikatOrganisasi: PredikatOrganisasi, jumlah: JumlahPredikat, tabel: TabelDistribusi = TABEL_SE_3_2023): HasilDistribusi {
  for (const p of DAFTAR_PREDIKAT) {
    const v = jumlah[p];
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`Jumlah ${LABEL_PREDIKAT[p]} tidak sah: ${v}.`);
  }
  const total = DAFTAR_PREDIKAT.reduce((s, p) => s + jumlah[p], 0);
  const pelanggaran: Pelanggaran[] = [];
  const peringatan: Pelanggaran[] = [];
  if (total === 0) return { ok: true, total, pelanggaran, peringatan };
  for (const a of tabel[predikatOrganisasi]) {
    const aktual = a.kelompok.reduce((s, p) => s + jumlah[p], 0);
    const batas = batasOrang(a, total);
    const nama = namaKelompok(a.kelompok);
    switch (a.jenis) {
      case "MAKS":
        if (aktual > batas) {
          pelanggaran.push({
            aturan: a,
            batas,
            aktual,
            pesan:
              batas === 0
                ? `Tidak boleh ada pegawai ${nama} (${a.persen} %); saat ini ${aktual} orang.`
                : `${nama} paling banyak ${a.persen} % dari ${total} orang = ${batas} orang; saat ini ${aktual} orang (${aktual - batas} lebih).`,
          });
        }
        break;
      case "MIN":
        if (aktual < batas) {
          pelanggaran.push({ aturan: a, batas, aktual, pesan: `${nama} paling sedikit ${a.persen} % dari ${total} orang = ${batas} orang; saat ini ${aktual} orang (kurang ${batas - aktual}).` });
        }
        break;
      case "ADA":
        if (aktual < 1) pelanggaran.push({ aturan: a, batas: 1, aktual, pesan: `Harus ada pegawai ${nama} (minimal 1 orang); saat ini tidak ada.` });
        break;
      case "TERBANYAK": {
        const lain = DAFTAR_PREDIKAT.filter((p) => !a.kelompok.includes(p));
        const terbesar = lain.reduce((m, p) => (jumlah[p] > jumlah[m] ? p : m), lain[0]!);
        if (jumlah[terbesar] > aktual) {
          peringatan.push({ aturan: a, batas: jumlah[terbesar], aktual, pesan: `${nama} semestinya kelompok terbanyak ("sebagian besar"); saat ini ${LABEL_PREDIKAT[terbesar]} lebih banyak (${jumlah[terbesar]} vs ${aktual}).` });
        }
        break;
      }
    }
  }
  return { ok: pelanggaran.length === 0, total, pelanggaran, peringatan };
}

/**
 * Apakah aturan dapat dipenuhi sama sekali oleh N pegawai (tim kecil). Minimal setiap kelompok (MIN/ADA) dijumlahkan
 * — kelompok aturan minimal dalam satu baris tabel tidak beririsan — dan dibandingkan dengan N dan batas maksimalnya.
 */
export function dapatDipenuhi(predikatOrganisasi: PredikatOrganisasi, n: number, tabel: TabelDistribusi = TABEL_SE_3_2023): { ok: true } | { ok: false; pesan: string } {
  if (n <= 0) return { ok: true };
  const aturan = tabel[predikatOrganisasi];
  const minimal = aturan.filter((a) => a.jenis === "MIN" || a.jenis === "ADA");
  const butuh = minimal.reduce((s, a) => s + batasOrang(a, n), 0);
  if (butuh > n) {
    return { ok: false, pesan: `Dengan ${n} orang, aturan kurva capaian ${LABEL_PREDIKAT_ORGANISASI[predikatOrganisasi]} tidak dapat dipenuhi: minimal ${butuh} orang diperlukan (${minimal.map((a) => `${namaKelompok(a.kelompok)} ≥ ${batasOrang(a, n)}`).join(", ")}).` };
  }
  for (const m of minimal) {
    for (const x of aturan.filter((a) => a.jenis === "MAKS")) {
      if (m.kelompok.every((p) => x.kelompok.includes(p)) && batasOrang(m, n) > batasOrang(x, n)) {
        return { ok: false, pesan: `Dengan ${n} orang, ${namaKelompok(m.kelompok)} harus ≥ ${batasOrang(m, n)} tetapi paling banyak ${batasOrang(x, n)}.` };
      }
    }
  }
  // Sisa orang harus dapat ditempatkan pada predikat yang tidak dibatasi maksimal, atau dalam sisa batasnya.
  const dibatasi = new Map<Predikat, number>();
  for (const x of aturan.filter((a) => a.jenis === "MAKS")) for (const p of x.kelompok) dibatasi.set(p, Math.min(dibatasi.get(p) ?? Infinity, batasOrang(x, n)));
  const kapasitas = DAFTAR_PREDIKAT.reduce((s, p) => s + (dibatasi.get(p) ?? Infinity), 0);
  if (kapasitas < n) return { ok: false, pesan: `Dengan ${n} orang, batas maksimal kurva tidak memberi tempat bagi semua pegawai.` };
  return { ok: true };
}

export const JUMLAH_KOSONG: JumlahPredikat = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 };

/** Jumlah per predikat dari daftar predikat (yang null dilewati). */
export function hitungJumlah(predikat: readonly (Predikat | null)[]): JumlahPredikat {
  const j: Record<Predikat, number> = { ...JUMLAH_KOSONG };
  for (const p of predikat) if (p) j[p] += 1;
  return j;
}

export type HasilPopulasi = HasilDistribusi & {
  /** Pegawai dalam populasi yang belum final (masih dapat mengisi kekurangan minimal). */
  sisa: number;
  /** Ruang per aturan: sisa kuota (MAKS) atau yang masih diperlukan (MIN/ADA), dalam orang. */
  ruang: { aturan: AturanDistribusi; pesan: string; batas: number; aktual: number }[];
};

/**
 * Pemeriksaan kurva saat sebagian populasi sudah final. `jumlah` = predikat yang sudah final (termasuk kelompok yang
 * sedang difinalkan); `sisa` = pegawai populasi yang belum final. Batas dihitung atas seluruh populasi (jumlah + sisa).
 * Batas maksimal dilanggar begitu terlampaui; batas minimal hanya bila tidak dapat lagi dicapai oleh yang tersisa.
 * Dengan sisa = 0 hasilnya sama dengan periksaDistribusi.
 */
export function periksaPopulasi(predikatOrganisasi: PredikatOrganisasi, jumlah: JumlahPredikat, sisa: number, tabel: TabelDistribusi = TABEL_SE_3_2023): HasilPopulasi {
  if (!Number.isInteger(sisa) || sisa < 0) throw new RangeError(`Sisa populasi tidak sah: ${sisa}.`);
  const penuh = periksaDistribusi(predikatOrganisasi, jumlah, tabel);
  const total = penuh.total + sisa;
  const pelanggaran: Pelanggaran[] = [];
  const peringatan: Pelanggaran[] = [];
  const ruang: HasilPopulasi["ruang"] = [];
  if (total === 0) return { ok: true, total, pelanggaran, peringatan, sisa, ruang };
  for (const a of tabel[predikatOrganisasi]) {
    const aktual = a.kelompok.reduce((s, p) => s + jumlah[p], 0);
    const batas = batasOrang(a, total);
    const nama = namaKelompok(a.kelompok);
    if (a.jenis === "MAKS") {
      if (aktual > batas) {
        pelanggaran.push({ aturan: a, batas, aktual, pesan: batas === 0 ? `Tidak boleh ada pegawai ${nama} (populasi ${total} orang); sudah ${aktual} orang.` : `${nama} paling banyak ${a.persen} % dari ${total} orang = ${batas} orang; sudah ${aktual} orang (${aktual - batas} lebih).` });
      } else ruang.push({ aturan: a, batas, aktual, pesan: `${nama}: tersisa ${batas - aktual} dari ${batas} tempat.` });
    } else if (a.jenis === "MIN" || a.jenis === "ADA") {
      const perlu = a.jenis === "ADA" ? 1 : batas;
      if (aktual + sisa < perlu) {
        pelanggaran.push({ aturan: a, batas: perlu, aktual, pesan: a.jenis === "ADA" ? `Harus ada pegawai ${nama} (minimal 1 orang); tidak ada, dan tidak ada lagi pegawai yang belum final.` : `${nama} paling sedikit ${a.persen} % dari ${total} orang = ${perlu} orang; baru ${aktual} orang dan hanya ${sisa} yang belum final.` });
      } else if (aktual < perlu) ruang.push({ aturan: a, batas: perlu, aktual, pesan: `${nama}: masih diperlukan ${perlu - aktual} orang dari ${sisa} yang belum final.` });
    }
  }
  if (sisa === 0) peringatan.push(...penuh.peringatan);
  return { ok: pelanggaran.length === 0, total, pelanggaran, peringatan, sisa, ruang };
}

/**
 * Keterangan batas kurva per predikat pegawai untuk N orang, seperti tercetak di bawah grafik pola distribusi dan pada
 * dokumen penetapan: "maks. 70 % = 7 orang", "min. 60 % = 6 orang", "harus ada (bersama Kurang/Misconduct)".
 * Aturan "sebagian besar" tidak dicetak (hanya peringatan). Predikat tanpa aturan: null.
 */
export function keteranganBatas(predikatOrganisasi: PredikatOrganisasi, n: number, tabel: TabelDistribusi = TABEL_SE_3_2023): Record<Predikat, string | null> {
  const hasil = Object.fromEntries(DAFTAR_PREDIKAT.map((p) => [p, null])) as Record<Predikat, string | null>;
  for (const p of DAFTAR_PREDIKAT) {
    const bagian: string[] = [];
    for (const a of tabel[predikatOrganisasi]) {
      if (!a.kelompok.includes(p) || a.jenis === "TERBANYAK") continue;
      const lain = a.kelompok.filter((x) => x !== p);
      const bersama = lain.length ? ` (bersama ${namaKelompok(lain)})` : "";
      const teks =
        a.jenis === "ADA"
          ? "harus ada"
          : a.jenis === "MAKS" && a.persen === 0
            ? "tidak boleh ada"
            : `${a.jenis === "MAKS" ? "maks." : "min."} ${a.persen} % = ${batasOrang(a, n)} orang`;
      bagian.push(teks + bersama);
    }
    hasil[p] = bagian.length ? bagian.join("; ") : null;
  }
  return hasil;
}
