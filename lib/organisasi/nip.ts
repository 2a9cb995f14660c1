// NIP PNS dan NI PPPK: 18 digit. Fungsi murni, tanpa Prisma dan tanpa next/*.
//
// NIP PNS  : TTTTBBHH (tanggal lahir) + TTTTBB (TMT CPNS) + J (1 = pria, 2 = wanita) + NNN (nomor urut)
// NI PPPK  : TTTTBBHH (tanggal lahir) + TTTT (tahun pengangkatan) + 21 (kode PPPK) + J + NNN
// Format NI PPPK bersumber dari contoh-contoh publik [R]; kode "21" dapat diatur lewat opsi.

export type JenisKelaminNip = "L" | "P";

export type NipTerurai = {
  jenis: "PNS" | "PPPK";
  tanggalLahir: Date; // UTC tengah malam
  /** PNS: bulan TMT CPNS; PPPK: 1 Januari tahun pengangkatan. */
  tmt: Date;
  jenisKelamin: JenisKelaminNip;
  nomorUrut: number;
};

export type HasilNip = { ok: true; nip: NipTerurai } | { ok: false; pesan: string };

export type OpsiNip = {
  /** Tanggal acuan untuk memeriksa bahwa tanggal lahir/TMT tidak di masa depan. */
  hariIni?: Date;
  /** Kode digit 13–14 pada NI PPPK. */
  kodePppk?: string;
  usiaMinimalSaatTmt?: number;
};

const TAHUN_MIN = 1900;

function tanggalValid(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < TAHUN_MIN) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t : null;
}

/** Menghapus spasi, titik dan tanda hubung yang biasa dipakai saat menulis NIP. */
export function normalisasiNip(masukan: string): string {
  return masukan.replace(/[\s.\-]/g, "");
}

function usiaPada(lahir: Date, pada: Date): number {
  let usia = pada.getUTCFullYear() - lahir.getUTCFullYear();
  const belumUlangTahun =
    pada.getUTCMonth() < lahir.getUTCMonth() ||
    (pada.getUTCMonth() === lahir.getUTCMonth() && pada.getUTCDate() < lahir.getUTCDate());
  return belumUlangTahun ? usia - 1 : usia;
}

/** Mengurai dan memeriksa NIP. `jenis` kosong: dicoba PNS, lalu PPPK. */
export function uraiNip(masukan: string, jenis?: "PNS" | "PPPK", opsi: OpsiNip = {}): HasilNip {
  const nip = normalisasiNip(masukan);
  if (nip.length === 0) return { ok: false, pesan: "NIP wajib diisi." };
  if (!/^\d+$/.test(nip)) return { ok: false, pesan: "NIP hanya berisi angka." };
  if (nip.length !== 18) return { ok: false, pesan: `NIP harus 18 digit (tertulis ${nip.length} digit).` };

  const hariIni = opsi.hariIni ?? new Date();
  const kodePppk = opsi.kodePppk ?? "21";
  const usiaMin = opsi.usiaMinimalSaatTmt ?? 18;

  const lahir = tanggalValid(+nip.slice(0, 4), +nip.slice(4, 6), +nip.slice(6, 8));
  if (!lahir) return { ok: false, pesan: "Digit 1–8 NIP bukan tanggal lahir yang sah (TTTTBBHH)." };
  if (lahir > hariIni) return { ok: false, pesan: "Tanggal lahir pada NIP berada di masa depan." };

  const kelamin = nip[14];
  if (kelamin !== "1" && kelamin !== "2") {
    return { ok: false, pesan: "Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita)." };
  }
  const nomorUrut = +nip.slice(15, 18);
  if (nomorUrut === 0) return { ok: false, pesan: "Nomor urut NIP (digit 16–18) tidak boleh 000." };

  const cobaPppk = jenis === "PPPK" || (jenis === undefined && nip.slice(12, 14) === kodePppk);
  let tmt: Date | null;
  if (cobaPppk) {
    if (nip.slice(12, 14) !== kodePppk) {
      return { ok: false, pesan: `Digit 13–14 NI PPPK harus ${kodePppk}.` };
    }
    tmt = tanggalValid(+nip.slice(8, 12), 1, 1);
    if (!tmt) return { ok: false, pesan: "Digit 9–12 NI PPPK bukan tahun pengangkatan yang sah." };
  } else {
    tmt = tanggalValid(+nip.slice(8, 12), +nip.slice(12, 14), 1);
    if (!tmt) return { ok: false, pesan: "Digit 9–14 NIP bukan TMT CPNS yang sah (TTTTBB)." };
  }
  if (tmt > hariIni) return { ok: false, pesan: "TMT pada NIP berada di masa depan." };
  if (usiaPada(lahir, tmt) < usiaMin) {
    return { ok: false, pesan: `Usia pada TMT di NIP kurang dari ${usiaMin} tahun; periksa kembali NIP.` };
  }
  return {
    ok: true,
    nip: {
      jenis: cobaPppk ? "PPPK" : "PNS",
      tanggalLahir: lahir,
      tmt,
      jenisKelamin: kelamin === "1" ? "L" : "P",
      nomorUrut,
    },
  };
}

/** "198503122010011004" → "19850312 201001 1 004" (cara penulisan lazim di dokumen resmi). */
export function formatNip(nip: string): string {
  const n = normalisasiNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
}
