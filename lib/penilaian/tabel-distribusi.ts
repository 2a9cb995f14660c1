// Tabel distribusi yang dapat diubah instansi (skp-domain §5.2: "tabel dalam data"): uraian aturan dalam bahasa
// Indonesia, pemeriksaan tabel sebelum disimpan, dan bentuk formulirnya. Murni: tanpa Prisma, tanpa next/*.
import { DAFTAR_PREDIKAT, LABEL_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";
import {
  DAFTAR_PREDIKAT_ORGANISASI,
  LABEL_PREDIKAT_ORGANISASI,
  periksaDistribusi,
  type AturanDistribusi,
  type JenisAturan,
  type PredikatOrganisasi,
  type TabelDistribusi,
} from "@/lib/penilaian/distribusi";

export const DAFTAR_JENIS_ATURAN: readonly JenisAturan[] = ["MAKS", "MIN", "ADA", "TERBANYAK"];

export const LABEL_JENIS_ATURAN: Readonly<Record<JenisAturan, string>> = {
  MAKS: "Paling banyak (%)",
  MIN: "Paling sedikit (%)",
  ADA: "Harus ada (≥ 1 orang)",
  TERBANYAK: "Kelompok terbanyak (peringatan)",
};

/** Batas aturan per predikat organisasi dalam formulir, dan baris kosong tambahan untuk aturan baru. */
export const MAKS_ATURAN = 8;
export const BARIS_TAMBAHAN = 2;

/** Ukuran populasi untuk menguji apakah aturan satu baris tabel dapat dipenuhi bersama-sama. */
export const N_UJI_TABEL = 20;

const namaKelompok = (k: readonly Predikat[]) => k.map((p) => LABEL_PREDIKAT[p]).join(" dan/atau ");

/** Satu aturan sebagai kalimat, mis. "Sangat Baik paling banyak 70 %". */
export function uraikanAturan(a: AturanDistribusi): string {
  const k = namaKelompok(a.kelompok);
  switch (a.jenis) {
    case "MAKS":
      return a.persen === 0 ? `Tidak boleh ada ${k}` : `${k} paling banyak ${a.persen} %`;
    case "MIN":
      return `${k} paling sedikit ${a.persen} %`;
    case "ADA":
      return `Harus ada ${k}`;
    case "TERBANYAK":
      return `${k} sebagai kelompok terbanyak (peringatan, tidak menahan finalisasi)`;
  }
}

/** Dua tabel sama isinya (urutan aturan dan kelompok diabaikan). */
export function tabelSama(a: TabelDistribusi, b: TabelDistribusi): boolean {
  const kunci = (x: AturanDistribusi) => `${x.jenis}|${[...x.kelompok].sort().join(",")}|${x.persen ?? ""}`;
  return DAFTAR_PREDIKAT_ORGANISASI.every((p) => {
    const ka = (a[p] ?? []).map(kunci).sort();
    const kb = (b[p] ?? []).map(kunci).sort();
    return ka.length === kb.length && ka.every((x, i) => x === kb[i]);
  });
}

/** Semua sebaran n pegawai atas lima predikat (komposisi), untuk uji dapat-dipenuhi. */
function* sebaran(n: number, sisaPredikat = DAFTAR_PREDIKAT.length): Generator<number[]> {
  if (sisaPredikat === 1) {
    yield [n];
    return;
  }
  for (let i = 0; i <= n; i++) for (const r of sebaran(n - i, sisaPredikat - 1)) yield [i, ...r];
}

/** Apakah ada sebaran n pegawai yang memenuhi semua aturan keras baris itu (peringatan diabaikan). */
export function barisDapatDipenuhi(aturan: readonly AturanDistribusi[], n = N_UJI_TABEL): boolean {
  const tabel = { ISTIMEWA: aturan } as unknown as TabelDistribusi;
  for (const s of sebaran(n)) {
    const jumlah = Object.fromEntries(DAFTAR_PREDIKAT.map((p, i) => [p, s[i]!])) as Record<Predikat, number>;
    if (periksaDistribusi("ISTIMEWA", jumlah, tabel).ok) return true;
  }
  return false;
}

export type GalatTabel = Record<string, string[]>;

/**
 * Periksa tabel sebelum disimpan. Kunci galat mengikuti nama kolom formulir (`aturan.BAIK.0.persen`), atau
 * `aturan.BAIK` untuk baris tabel yang aturannya saling bertentangan.
 */
export function periksaTabel(tabel: TabelDistribusi): { ok: true } | { ok: false; galat: GalatTabel } {
  const galat: GalatTabel = {};
  const tambah = (k: string, p: string) => (galat[k] ??= []).push(p);
  for (const org of DAFTAR_PREDIKAT_ORGANISASI) {
    const baris = tabel[org];
    if (!Array.isArray(baris)) {
      tambah(`aturan.${org}`, `Aturan capaian ${LABEL_PREDIKAT_ORGANISASI[org]} tidak ada.`);
      continue;
    }
    if (baris.length > MAKS_ATURAN) tambah(`aturan.${org}`, `Paling banyak ${MAKS_ATURAN} aturan per capaian.`);
    const dilihat = new Set<string>();
    baris.forEach((a, i) => {
      const k = `aturan.${org}.${i}`;
      if (!DAFTAR_JENIS_ATURAN.includes(a.jenis)) return tambah(`${k}.jenis`, "Jenis aturan tidak dikenal.");
      if (a.kelompok.length === 0 || a.kelompok.some((p: Predikat) => !DAFTAR_PREDIKAT.includes(p))) return tambah(`${k}.kelompok`, "Pilih minimal satu predikat pegawai.");
      if (new Set(a.kelompok).size !== a.kelompok.length) return tambah(`${k}.kelompok`, "Predikat pegawai tercantum dua kali.");
      if (a.jenis === "TERBANYAK" && a.kelompok.length !== 1) return tambah(`${k}.kelompok`, "Kelompok terbanyak hanya untuk satu predikat.");
      if (a.jenis === "MAKS" || a.jenis === "MIN") {
        if (a.persen === undefined || !Number.isInteger(a.persen) || a.persen < 0 || a.persen > 100) return tambah(`${k}.persen`, "Persentase bilangan bulat 0–100.");
        if (a.jenis === "MIN" && a.persen === 0) return tambah(`${k}.persen`, "Paling sedikit 0 % tidak membatasi apa pun; hapus aturannya.");
      } else if (a.persen !== undefined) return tambah(`${k}.persen`, "Jenis aturan ini tanpa persentase.");
      const kunci = `${a.jenis}|${[...a.kelompok].sort().join(",")}`;
      if (dilihat.has(kunci)) return tambah(`${k}.jenis`, "Aturan yang sama sudah ada di baris ini.");
      dilihat.add(kunci);
    });
    if (!galat[`aturan.${org}`] && !Object.keys(galat).some((k) => k.startsWith(`aturan.${org}.`)) && !barisDapatDipenuhi(baris)) {
      tambah(`aturan.${org}`, `Aturan capaian ${LABEL_PREDIKAT_ORGANISASI[org]} saling bertentangan: tidak ada sebaran ${N_UJI_TABEL} pegawai yang memenuhi semuanya.`);
    }
  }
  return Object.keys(galat).length === 0 ? { ok: true } : { ok: false, galat };
}

/** Isi tabel tersimpan (JSON) → tabel, atau null bila rusak (pemanggil memakai tabel bawaan). */
export function bacaTabel(v: unknown): TabelDistribusi | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  const hasil: Partial<Record<PredikatOrganisasi, AturanDistribusi[]>> = {};
  for (const org of DAFTAR_PREDIKAT_ORGANISASI) {
    const baris = o[org];
    if (!Array.isArray(baris)) return null;
    const aturan: AturanDistribusi[] = [];
    for (const x of baris) {
      if (!x || typeof x !== "object") return null;
      const a = x as Record<string, unknown>;
      if (!Array.isArray(a.kelompok)) return null;
      aturan.push({ jenis: a.jenis as JenisAturan, kelompok: a.kelompok as Predikat[], ...(typeof a.persen === "number" ? { persen: a.persen } : {}) });
    }
    hasil[org] = aturan;
  }
  const t = hasil as TabelDistribusi;
  return periksaTabel(t).ok ? t : null;
}

/** Baris formulir (sebelum diperiksa): jenis kosong = baris tidak dipakai. */
export type BarisFormTabel = { jenis?: string; kelompok?: string | string[]; persen?: string };

/**
 * Formulir → tabel. Baris dengan jenis kosong dilewati; persentase diurai ketat (bilangan bulat tanpa tanda),
 * selain itu galat pada kolomnya. Indeks galat mengikuti indeks baris formulir.
 */
export function tabelDariFormulir(aturan: Partial<Record<string, readonly BarisFormTabel[] | Record<string, BarisFormTabel>>> | undefined): { ok: true; tabel: TabelDistribusi } | { ok: false; galat: GalatTabel } {
  const galat: GalatTabel = {};
  const hasil: Partial<Record<PredikatOrganisasi, AturanDistribusi[]>> = {};
  const indeksAsli = new Map<string, number[]>();
  for (const org of DAFTAR_PREDIKAT_ORGANISASI) {
    const mentah = aturan?.[org];
    const baris: [number, BarisFormTabel][] = Array.isArray(mentah) ? mentah.map((b, i) => [i, b ?? {}]) : mentah && typeof mentah === "object" ? Object.entries(mentah).map(([i, b]) => [Number(i), b ?? {}]) : [];
    const daftar: AturanDistribusi[] = [];
    const asal: number[] = [];
    for (const [i, mentahBaris] of baris) {
      // Isian formulir dapat berbentuk apa saja (nama berulang → larik, nama bersarang → objek).
      const b: BarisFormTabel = mentahBaris && typeof mentahBaris === "object" && !Array.isArray(mentahBaris) ? mentahBaris : {};
      const k0 = `aturan.${org}.${i}`;
      if (b.jenis !== undefined && typeof b.jenis !== "string") {
        (galat[`${k0}.jenis`] ??= []).push("Jenis aturan tidak dikenal.");
        continue;
      }
      if (b.persen !== undefined && typeof b.persen !== "string") {
        (galat[`${k0}.persen`] ??= []).push("Isi persentase bilangan bulat 0–100.");
        continue;
      }
      const jenis = (b.jenis ?? "").trim();
      if (!jenis) continue;
      const k = `aturan.${org}.${i}`;
      if (!DAFTAR_JENIS_ATURAN.includes(jenis as JenisAturan)) {
        (galat[`${k}.jenis`] ??= []).push("Jenis aturan tidak dikenal.");
        continue;
      }
      const kelompok = (typeof b.kelompok === "string" ? [b.kelompok] : Array.isArray(b.kelompok) ? b.kelompok : []).filter((p): p is string => typeof p === "string" && p !== "") as Predikat[];
      const teks = (b.persen ?? "").trim();
      let persen: number | undefined;
      if (jenis === "MAKS" || jenis === "MIN") {
        if (!/^\d{1,3}$/.test(teks)) {
          (galat[`${k}.persen`] ??= []).push("Isi persentase bilangan bulat 0–100.");
          continue;
        }
        persen = Number(teks);
      }
      daftar.push({ jenis: jenis as JenisAturan, kelompok, ...(persen !== undefined ? { persen } : {}) });
      asal.push(i);
    }
    hasil[org] = daftar;
    indeksAsli.set(org, asal);
  }
  const tabel = hasil as TabelDistribusi;
  const cek = periksaTabel(tabel);
  if (!cek.ok) {
    // Galat periksaTabel memakai indeks aturan yang tersisa; kembalikan ke indeks baris formulir.
    for (const [kunci, pesan] of Object.entries(cek.galat)) {
      const m = /^aturan\.([A-Z_]+)\.(\d+)\.(.+)$/.exec(kunci);
      const k = m ? `aturan.${m[1]}.${indeksAsli.get(m[1]!)?.[Number(m[2])] ?? m[2]}.${m[3]}` : kunci;
      (galat[k] ??= []).push(...pesan);
    }
  }
  return Object.keys(galat).length === 0 ? { ok: true, tabel } : { ok: false, galat };
}
