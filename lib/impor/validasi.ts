// Baris mentah → catatan tervalidasi (unit kerja, jabatan, pegawai) atau galat per kolom. Murni.
// Kolom yang tidak ada di baris judul berkas bernilai `undefined` (nilai di portal dipertahankan); kolom yang ada
// tetapi selnya kosong bernilai null (dikosongkan).
import { normalisasiNip, uraiNip } from "@/lib/organisasi/nip";
import { GOLONGAN_PPPK, PANGKAT_PNS, golonganSah } from "@/lib/organisasi/pangkat";
import { BATAS, JUDUL_KOLOM, type KunciKolom } from "./kolom";
import type { BarisMentah, Sel } from "./baca";

export type JenisUnit = "SEKRETARIAT_DAERAH" | "OPD" | "BAGIAN" | "BIDANG" | "SUBBAGIAN" | "SUBBIDANG" | "UPT";
export type JenisJabatan = "JPT" | "ADMINISTRATOR" | "PENGAWAS" | "PELAKSANA" | "FUNGSIONAL";
export type Status = "PNS" | "PPPK";

export type GalatKolom = { kolom: string | null; pesan: string };

export type UnitBerkas = { baris: number; kode: string; nama: string; jenis: JenisUnit | null | undefined; kodeInduk: string | null | undefined };
export type JabatanBerkas = {
  baris: number;
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  eselon: string | null | undefined;
  kodeUnit: string;
  kodeAtasan: string | null | undefined;
};
export type PegawaiBerkas = {
  baris: number;
  nip: string;
  nama: string;
  gelarDepan: string | null | undefined;
  gelarBelakang: string | null | undefined;
  status: Status;
  golongan: string;
  tmtGolongan: Date | null | undefined;
  tanggalLahir: Date;
  jenisKelamin: "L" | "P";
  /** Jabatan definitif yang dipangku menurut berkas; null = penugasan tidak disentuh. */
  kodeJabatan: string | null;
  tmtJabatan: Date | null;
};

export type BarisValid = {
  baris: number;
  unit: UnitBerkas | null;
  jabatan: JabatanBerkas | null;
  pegawai: PegawaiBerkas | null;
  /** Untuk laporan: NIP/nama apa adanya walau baris bergalat. */
  nip: string | null;
  nama: string | null;
  galat: GalatKolom[];
};

// ─── Nilai sel ──────────────────────────────────────────────────────────────────────────────

const HARI = 86_400_000;
/** Tanggal 0 Excel (sistem 1900, dengan galat tahun kabisat 1900 yang terkenal): 30 Desember 1899. */
const EPOCH_EXCEL = Date.UTC(1899, 11, 30);

function tanggalUtc(y: number, m: number, d: number): Date | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t : null;
}

/** dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, yyyy-mm-dd (jam di belakangnya diabaikan), tanggal Excel (sel tanggal atau nomor seri). */
export function bacaTanggal(v: Sel): Date | null | "salah" {
  if (v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "salah" : tanggalUtc(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) ?? "salah";
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1 || v > 73_050) return "salah";
    const t = new Date(EPOCH_EXCEL + v * HARI);
    return tanggalUtc(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()) ?? "salah";
  }
  const s = v.trim();
  let m = s.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (m) return tanggalUtc(+m[3]!, +m[2]!, +m[1]!) ?? "salah";
  m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/);
  if (m) return tanggalUtc(+m[1]!, +m[2]!, +m[3]!) ?? "salah";
  if (/^\d{1,5}$/.test(s)) return bacaTanggal(Number(s));
  return "salah";
}

export function formatTanggalImpor(t: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(t.getUTCDate())}-${p(t.getUTCMonth() + 1)}-${t.getUTCFullYear()}`;
}

const ROMAWI = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

/**
 * "III/a", "III/A", "III a", "IIIa", "III-a", "Penata Muda / III/a", "Penata Muda (III/a)" → "III/a" (PNS);
 * "IX", "9", "Golongan IX" → "IX" (PPPK). Null bila tidak sah untuk statusnya.
 */
export function bacaGolongan(teks: string, status: Status): string | null {
  const s = teks.trim();
  if (status === "PNS") {
    const m = s.match(/(?:^|[^A-Za-z])(IV|III|II|I)\s*[/\-. ]?\s*([a-eA-E])\s*\)?$/);
    if (!m) return null;
    const g = `${m[1]}/${m[2]!.toLowerCase()}`;
    return golonganSah("PNS", g) ? g : null;
  }
  const angka = s.match(/^(?:gol(?:ongan)?\.?\s*)?(\d{1,2})$/i);
  if (angka) return ROMAWI[+angka[1]! - 1] ?? null;
  const m = s.match(/^(?:gol(?:ongan)?\.?\s*)?([IVX]+)$/i);
  if (!m) return null;
  const g = m[1]!.toUpperCase();
  return golonganSah("PPPK", g) ? g : null;
}

const PETA_STATUS: Record<string, Status> = { pns: "PNS", cpns: "PNS", pppk: "PPPK", p3k: "PPPK" };
const PETA_JENIS_JABATAN: Record<string, JenisJabatan> = {
  jpt: "JPT",
  jabatanpimpinantinggi: "JPT",
  jptpratama: "JPT",
  jptmadya: "JPT",
  jptutama: "JPT",
  administrator: "ADMINISTRATOR",
  jabatanadministrator: "ADMINISTRATOR",
  pengawas: "PENGAWAS",
  jabatanpengawas: "PENGAWAS",
  pelaksana: "PELAKSANA",
  jabatanpelaksana: "PELAKSANA",
  fungsionalumum: "PELAKSANA",
  fungsional: "FUNGSIONAL",
  fungsionaltertentu: "FUNGSIONAL",
  jabatanfungsional: "FUNGSIONAL",
};
const PETA_JENIS_UNIT: Record<string, JenisUnit> = {
  sekretariatdaerah: "SEKRETARIAT_DAERAH",
  setda: "SEKRETARIAT_DAERAH",
  opd: "OPD",
  perangkatdaerah: "OPD",
  bagian: "BAGIAN",
  bidang: "BIDANG",
  subbagian: "SUBBAGIAN",
  subbag: "SUBBAGIAN",
  subbidang: "SUBBIDANG",
  subbid: "SUBBIDANG",
  upt: "UPT",
  uptd: "UPT",
};
const PETA_KELAMIN: Record<string, "L" | "P"> = { l: "L", p: "P", lakilaki: "L", pria: "L", perempuan: "P", wanita: "P", "1": "L", "2": "P" };

const kunciPilihan = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

// ─── Baris ──────────────────────────────────────────────────────────────────────────────────

export type OpsiValidasi = { hariIni: Date; kolom: ReadonlySet<KunciKolom> };

/** Memeriksa satu baris. Semua galat baris dikumpulkan (bukan berhenti di yang pertama). */
export function validasiBaris(b: BarisMentah, opsi: OpsiValidasi): BarisValid {
  const galat: GalatKolom[] = [];
  const salah = (k: KunciKolom, pesan: string) => galat.push({ kolom: JUDUL_KOLOM[k], pesan });
  const ada = (k: KunciKolom) => opsi.kolom.has(k);
  const mentah = (k: KunciKolom): Sel => {
    const x = b.sel[k] ?? null;
    return typeof x === "string" && x.trim() === "" ? null : x;
  };
  /** Teks sel (angka ditulis apa adanya); null bila kosong. */
  const teks = (k: KunciKolom): string | null => {
    const v = mentah(k);
    if (v === null) return null;
    if (v instanceof Date) return formatTanggalImpor(v);
    return typeof v === "number" ? String(v) : v;
  };
  const teksDibatasi = (k: KunciKolom, batas: number): string | null => {
    const t = teks(k);
    if (t !== null && t.length > batas) {
      salah(k, `Paling banyak ${batas} karakter (tertulis ${t.length}).`);
      return t.slice(0, batas);
    }
    return t;
  };
  const opsional = <T>(k: KunciKolom, f: () => T): T | undefined => (ada(k) ? f() : undefined);
  const tanggal = (k: KunciKolom): Date | null => {
    const t = bacaTanggal(mentah(k));
    if (t === "salah") {
      salah(k, `Tanggal tidak sah: "${teks(k)}". Tulis dd-mm-yyyy (mis. 02-01-2023) atau yyyy-mm-dd.`);
      return null;
    }
    return t;
  };

  // NIP: angka 18 digit yang disimpan Excel sebagai bilangan sudah kehilangan digit terakhirnya (presisi 15–17 digit).
  const nipMentah = mentah("nip");
  let nip: string | null = null;
  if (typeof nipMentah === "number") {
    salah("nip", "NIP tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks lalu tulis ulang NIP-nya.");
  } else if (nipMentah !== null) {
    nip = normalisasiNip(String(nipMentah instanceof Date ? "" : nipMentah)).replace(/^'/, "");
  }
  const nama = teksDibatasi("nama", BATAS.nama);

  // Unit kerja
  const kodeUnit = teksDibatasi("kodeUnit", BATAS.kodeUnit);
  let unit: UnitBerkas | null = null;
  if (kodeUnit !== null) {
    const namaUnit = teksDibatasi("unit", BATAS.unit);
    if (namaUnit === null) salah("unit", "Nama unit wajib diisi bila kode unit diisi.");
    const jenisUnit = opsional("jenisUnit", () => {
      const t = teks("jenisUnit");
      if (t === null) return undefined;
      const j = PETA_JENIS_UNIT[kunciPilihan(t)];
      if (!j) salah("jenisUnit", `Jenis unit "${t}" tidak dikenal. Pilih: Sekretariat Daerah, OPD, Bagian, Bidang, Subbagian, Subbidang, UPT.`);
      return j ?? null;
    });
    const kodeInduk = opsional("kodeUnitInduk", () => teksDibatasi("kodeUnitInduk", BATAS.kodeUnit));
    if (kodeInduk && kodeInduk === kodeUnit) salah("kodeUnitInduk", "Unit tidak boleh menjadi induk dirinya sendiri.");
    unit = { baris: b.nomor, kode: kodeUnit, nama: namaUnit ?? "", jenis: jenisUnit, kodeInduk };
  }

  // Jabatan
  const kodeJabatan = teksDibatasi("kodeJabatan", BATAS.kodeJabatan);
  let jabatan: JabatanBerkas | null = null;
  if (kodeJabatan !== null) {
    const namaJabatan = teksDibatasi("jabatan", BATAS.jabatan);
    if (namaJabatan === null) salah("jabatan", "Nama jabatan wajib diisi bila kode jabatan diisi.");
    const tj = teks("jenisJabatan");
    const jenis = tj === null ? undefined : PETA_JENIS_JABATAN[kunciPilihan(tj)];
    if (tj === null) salah("jenisJabatan", "Jenis jabatan wajib diisi bila kode jabatan diisi.");
    else if (!jenis) salah("jenisJabatan", `Jenis jabatan "${tj}" tidak dikenal. Pilih: JPT, Administrator, Pengawas, Pelaksana, Fungsional.`);
    if (kodeUnit === null) salah("kodeUnit", "Kode unit wajib diisi bila kode jabatan diisi (unit tempat jabatan berada).");
    const eselon = opsional("eselon", () => teksDibatasi("eselon", BATAS.eselon));
    const kodeAtasan = opsional("kodeAtasanJabatan", () => teksDibatasi("kodeAtasanJabatan", BATAS.kodeJabatan));
    if (kodeAtasan && kodeAtasan === kodeJabatan) salah("kodeAtasanJabatan", "Jabatan tidak boleh menjadi atasan dirinya sendiri.");
    jabatan = { baris: b.nomor, kode: kodeJabatan, nama: namaJabatan ?? "", jenis: jenis ?? "PELAKSANA", eselon, kodeUnit: kodeUnit ?? "", kodeAtasan };
  }

  // Pegawai
  let pegawai: PegawaiBerkas | null = null;
  if (nip !== null || typeof nipMentah === "number") {
    if (nama === null) salah("nama", "Nama wajib diisi bila NIP diisi.");
    const ts = teks("status");
    const status = ts === null ? null : PETA_STATUS[kunciPilihan(ts)] ?? null;
    if (ts === null) salah("status", "Status wajib diisi: PNS atau PPPK.");
    else if (!status) salah("status", `Status "${ts}" tidak dikenal. Tulis PNS atau PPPK.`);
    const tg = teks("golongan");
    let golongan: string | null = null;
    if (tg === null) salah("golongan", "Golongan wajib diisi.");
    else if (status) {
      golongan = bacaGolongan(tg, status);
      if (!golongan) {
        salah(
          "golongan",
          status === "PNS"
            ? `Golongan "${tg}" tidak sah untuk PNS. Tulis ${Object.keys(PANGKAT_PNS)[0]} sampai IV/e, mis. III/a.`
            : `Golongan "${tg}" tidak sah untuk PPPK. Tulis ${GOLONGAN_PPPK[0]} sampai ${GOLONGAN_PPPK[GOLONGAN_PPPK.length - 1]} (atau 1–17).`,
        );
      }
    }
    let lahir: Date | null = null;
    let kelamin: "L" | "P" | null = null;
    if (nip !== null) {
      const u = uraiNip(nip, status ?? undefined, { hariIni: opsi.hariIni });
      if (!u.ok) salah("nip", u.pesan);
      else {
        lahir = u.nip.tanggalLahir;
        kelamin = u.nip.jenisKelamin;
        const tl = ada("tanggalLahir") ? tanggal("tanggalLahir") : null;
        if (tl && tl.getTime() !== lahir.getTime()) {
          salah("tanggalLahir", `Tanggal lahir ${formatTanggalImpor(tl)} tidak sama dengan NIP (${formatTanggalImpor(lahir)}).`);
        }
        const tk = ada("jenisKelamin") ? teks("jenisKelamin") : null;
        if (tk !== null) {
          const k = PETA_KELAMIN[kunciPilihan(tk)];
          if (!k) salah("jenisKelamin", `Jenis kelamin "${tk}" tidak dikenal. Tulis L atau P.`);
          else if (k !== kelamin) salah("jenisKelamin", `Jenis kelamin ${k} tidak sama dengan NIP (digit ke-15: ${kelamin}).`);
        }
      }
    }
    const gelarDepan = opsional("gelarDepan", () => teksDibatasi("gelarDepan", BATAS.gelarDepan));
    const gelarBelakang = opsional("gelarBelakang", () => teksDibatasi("gelarBelakang", BATAS.gelarBelakang));
    const tmtGolongan = opsional("tmtGolongan", () => tanggal("tmtGolongan"));
    if (tmtGolongan && tmtGolongan > opsi.hariIni) salah("tmtGolongan", "TMT golongan berada di masa depan.");
    if (tmtGolongan && lahir && tmtGolongan <= lahir) salah("tmtGolongan", "TMT golongan harus setelah tanggal lahir.");
    let tmtJabatan: Date | null = null;
    if (kodeJabatan !== null) {
      tmtJabatan = tanggal("tmtJabatan");
      if (tmtJabatan === null && bacaTanggal(mentah("tmtJabatan")) === null) salah("tmtJabatan", "TMT jabatan wajib diisi bila NIP dan kode jabatan diisi.");
      if (tmtJabatan && lahir && tmtJabatan <= lahir) salah("tmtJabatan", "TMT jabatan harus setelah tanggal lahir.");
    }
    if (nip !== null && status && golongan && lahir && kelamin && nama !== null) {
      pegawai = { baris: b.nomor, nip, nama, gelarDepan, gelarBelakang, status, golongan, tmtGolongan, tanggalLahir: lahir, jenisKelamin: kelamin, kodeJabatan, tmtJabatan };
    }
  } else if (kodeUnit === null && kodeJabatan === null) {
    galat.push({ kolom: null, pesan: "Baris tanpa NIP, kode jabatan dan kode unit: tidak ada yang dapat diimpor." });
  }

  // Pegawai dari baris bergalat tidak ikut direncanakan (jumlah di laporan hanya menghitung yang sah); unit/jabatannya
  // tetap, agar baris lain yang merujuknya tidak mendapat galat turunan.
  return { baris: b.nomor, unit, jabatan, pegawai: galat.length > 0 ? null : pegawai, nip: nip ?? (typeof nipMentah === "number" ? String(nipMentah) : null), nama, galat };
}

/** Memeriksa semua baris tabel. */
export function validasiTabel(tabel: { kolom: readonly KunciKolom[]; baris: BarisMentah[] }, hariIni: Date): BarisValid[] {
  const opsi: OpsiValidasi = { hariIni, kolom: new Set(tabel.kolom) };
  return tabel.baris.map((b) => validasiBaris(b, opsi));
}
