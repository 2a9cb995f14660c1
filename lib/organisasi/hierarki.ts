// Siapa pejabat penilai kinerja, atasan pejabat penilai dan bawahan langsung seorang pegawai pada suatu
// tanggal. Fungsi murni atas potongan data (jabatan + penugasan); tanpa Prisma dan tanpa next/*.
//
// Aturan (skp-domain.md §1.1; yang bertanda [I] dapat diatur lewat OpsiHierarki):
// - Jabatan sendiri seorang pegawai = penugasan DEFINITIF yang berlaku pada tanggal itu.
// - Pejabat penilai = pemangku jabatan induk (parent). Jabatan induk yang kosong dilewati, naik terus.
// - Pemangku sebuah jabatan pada tanggal itu: DEFINITIF, bila kosong Plt, bila kosong Plh [I].
//   Plh biasanya menggantikan pejabat definitif yang berhalangan sementara, sedangkan SKP tetap
//   ditetapkan oleh pejabat definitif; karena itu Plh baru dihitung bila tidak ada definitif maupun Plt.
// - Seseorang tidak menilai dirinya sendiri: bila pemangku jabatan induk adalah pegawai itu sendiri
//   (mis. ia Plt atasannya), penelusuran naik satu tingkat lagi.
// - Di puncak pohon, penilai adalah pimpinan instansi yang bukan ASN (Bupati/Wali Kota/Gubernur/Menteri).
// - Atasan pejabat penilai = penilai dari jabatan tempat pejabat penilai bertindak, satu tingkat di atasnya.

export type JenisPenugasan = "DEFINITIF" | "PLT" | "PLH";
export type JenisJabatan = "JPT" | "ADMINISTRATOR" | "PENGAWAS" | "PELAKSANA" | "FUNGSIONAL";

export type SimpulJabatan = { id: string; parentId: string | null; jenis: JenisJabatan };

export type Penugasan = {
  pegawaiId: string;
  jabatanId: string;
  jenis: JenisPenugasan;
  tmtMulai: Date;
  /** Hari terakhir menjabat, inklusif. null = masih menjabat. */
  tmtSelesai: Date | null;
};

export type OpsiHierarki = {
  /**
   * "HIERARKI" (bawaan): JPT dinilai pemangku jabatan induknya (mis. Kepala Dinas oleh Sekda).
   * "PIMPINAN_INSTANSI": setiap JPT dinilai langsung oleh pimpinan instansi (PermenPANRB 8/2021: di
   * daerah, SKP JPT ditetapkan Kepala Daerah) [I].
   */
  penilaiJpt?: "HIERARKI" | "PIMPINAN_INSTANSI";
};

export type Hierarki = {
  jabatan: ReadonlyMap<string, SimpulJabatan>;
  anak: ReadonlyMap<string, readonly string[]>;
  penugasanJabatan: ReadonlyMap<string, readonly Penugasan[]>;
  penugasanPegawai: ReadonlyMap<string, readonly Penugasan[]>;
  opsi: Required<OpsiHierarki>;
};

/** Pemangku yang bertindak pada sebuah jabatan. */
export type Pemangku = { pegawaiId: string; jabatanId: string; jenis: JenisPenugasan };

export type Penilai =
  | ({ tipe: "PEGAWAI" } & Pemangku)
  /** Pimpinan instansi (bukan ASN): puncak pohon jabatan. */
  | { tipe: "PIMPINAN_INSTANSI" };

const URUTAN_PENUGASAN: Record<JenisPenugasan, number> = { DEFINITIF: 0, PLT: 1, PLH: 2 };

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function bangunHierarki(
  jabatan: readonly SimpulJabatan[],
  penugasan: readonly Penugasan[],
  opsi: OpsiHierarki = {},
): Hierarki {
  const mJabatan = new Map(jabatan.map((j) => [j.id, j]));
  const anak = new Map<string, string[]>();
  for (const j of jabatan) if (j.parentId) push(anak, j.parentId, j.id);
  const perJabatan = new Map<string, Penugasan[]>();
  const perPegawai = new Map<string, Penugasan[]>();
  for (const p of penugasan) {
    push(perJabatan, p.jabatanId, p);
    push(perPegawai, p.pegawaiId, p);
  }
  return {
    jabatan: mJabatan,
    anak,
    penugasanJabatan: perJabatan,
    penugasanPegawai: perPegawai,
    opsi: { penilaiJpt: opsi.penilaiJpt ?? "HIERARKI" },
  };
}

/** Hari (tanpa jam) dalam milidetik UTC, agar perbandingan tanggal tidak terganggu zona waktu. */
function hari(t: Date): number {
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

export function berlakuPada(p: Penugasan, tanggal: Date): boolean {
  const t = hari(tanggal);
  return hari(p.tmtMulai) <= t && (p.tmtSelesai === null || hari(p.tmtSelesai) >= t);
}

/** Urutan: jenis (definitif dulu), TMT terbaru, lalu pegawaiId agar hasil selalu sama. */
function bandingPenugasan(a: Penugasan, b: Penugasan): number {
  return (
    URUTAN_PENUGASAN[a.jenis] - URUTAN_PENUGASAN[b.jenis] ||
    hari(b.tmtMulai) - hari(a.tmtMulai) ||
    (a.pegawaiId < b.pegawaiId ? -1 : a.pegawaiId > b.pegawaiId ? 1 : 0)
  );
}

/** Jabatan definitif seorang pegawai pada tanggal itu (yang TMT-nya terbaru bila data tumpang tindih). */
export function jabatanDefinitif(h: Hierarki, pegawaiId: string, tanggal: Date): Penugasan | null {
  const aktif = (h.penugasanPegawai.get(pegawaiId) ?? []).filter(
    (p) => p.jenis === "DEFINITIF" && berlakuPada(p, tanggal),
  );
  return aktif.sort(bandingPenugasan)[0] ?? null;
}

/** Semua penugasan pegawai yang berlaku pada tanggal itu (definitif, Plt, Plh). */
export function penugasanAktif(h: Hierarki, pegawaiId: string, tanggal: Date): Penugasan[] {
  return (h.penugasanPegawai.get(pegawaiId) ?? []).filter((p) => berlakuPada(p, tanggal)).sort(bandingPenugasan);
}

/** Pemangku yang bertindak pada sebuah jabatan pada tanggal itu, atau null bila kosong. */
export function pemangkuJabatan(h: Hierarki, jabatanId: string, tanggal: Date): Pemangku | null {
  const aktif = (h.penugasanJabatan.get(jabatanId) ?? []).filter((p) => berlakuPada(p, tanggal));
  const pertama = aktif.sort(bandingPenugasan)[0];
  return pertama ? { pegawaiId: pertama.pegawaiId, jabatanId, jenis: pertama.jenis } : null;
}

/** Menelusuri ke atas dari induk `jabatanId`, melewati jabatan kosong dan pegawai yang dikecualikan. */
function penilaiDiAtas(h: Hierarki, jabatanId: string, tanggal: Date, kecuali: ReadonlySet<string>): Penilai {
  const dilihat = new Set<string>([jabatanId]);
  let id = h.jabatan.get(jabatanId)?.parentId ?? null;
  while (id !== null && !dilihat.has(id)) {
    dilihat.add(id);
    const pemangku = pemangkuJabatan(h, id, tanggal);
    if (pemangku && !kecuali.has(pemangku.pegawaiId)) return { tipe: "PEGAWAI", ...pemangku };
    id = h.jabatan.get(id)?.parentId ?? null;
  }
  return { tipe: "PIMPINAN_INSTANSI" };
}

/** Pejabat penilai kinerja; null bila pegawai tidak memangku jabatan definitif pada tanggal itu. */
export function pejabatPenilai(h: Hierarki, pegawaiId: string, tanggal: Date): Penilai | null {
  const jabatan = jabatanDefinitif(h, pegawaiId, tanggal);
  if (!jabatan) return null;
  if (h.opsi.penilaiJpt === "PIMPINAN_INSTANSI" && h.jabatan.get(jabatan.jabatanId)?.jenis === "JPT") {
    return { tipe: "PIMPINAN_INSTANSI" };
  }
  return penilaiDiAtas(h, jabatan.jabatanId, tanggal, new Set([pegawaiId]));
}

/**
 * Atasan pejabat penilai kinerja. null bila pegawai tanpa jabatan, atau bila pejabat penilainya sudah
 * pimpinan instansi (tidak ada tingkat di atasnya).
 */
export function atasanPejabatPenilai(h: Hierarki, pegawaiId: string, tanggal: Date): Penilai | null {
  const penilai = pejabatPenilai(h, pegawaiId, tanggal);
  if (!penilai || penilai.tipe === "PIMPINAN_INSTANSI") return null;
  const jabatanPenilai = h.jabatan.get(penilai.jabatanId);
  if (h.opsi.penilaiJpt === "PIMPINAN_INSTANSI" && jabatanPenilai?.jenis === "JPT") {
    return { tipe: "PIMPINAN_INSTANSI" };
  }
  return penilaiDiAtas(h, penilai.jabatanId, tanggal, new Set([pegawaiId, penilai.pegawaiId]));
}

export type Bawahan = {
  pegawaiId: string;
  /** Jabatan definitif bawahan. */
  jabatanId: string;
  /** Jabatan milik penilai tempat ia menilai bawahan ini (jabatan definitifnya, atau jabatan Plt/Plh). */
  melaluiJabatanId: string;
};

/**
 * Bawahan langsung: pegawai yang pejabat penilainya `pegawaiId` pada tanggal itu. Penelusuran turun dari
 * jabatan yang ia pangku (definitif, Plt, Plh) melewati jabatan anak yang kosong; setiap calon
 * diperiksa kembali dengan pejabatPenilai() sehingga kedua arah selalu sepakat.
 */
export function bawahanLangsung(h: Hierarki, pegawaiId: string, tanggal: Date): Bawahan[] {
  const hasil = new Map<string, Bawahan>();
  const dilihat = new Set<string>();
  const antrean = penugasanAktif(h, pegawaiId, tanggal)
    .filter((p) => pemangkuJabatan(h, p.jabatanId, tanggal)?.pegawaiId === pegawaiId)
    .map((p) => p.jabatanId);

  for (const asal of antrean) {
    const tumpukan = [...(h.anak.get(asal) ?? [])];
    while (tumpukan.length > 0) {
      const id = tumpukan.pop()!;
      if (dilihat.has(id)) continue;
      dilihat.add(id);
      for (const p of h.penugasanJabatan.get(id) ?? []) {
        if (p.jenis !== "DEFINITIF" || p.pegawaiId === pegawaiId || hasil.has(p.pegawaiId)) continue;
        if (!berlakuPada(p, tanggal)) continue;
        const penilai = pejabatPenilai(h, p.pegawaiId, tanggal);
        if (penilai?.tipe === "PEGAWAI" && penilai.pegawaiId === pegawaiId) {
          const def = jabatanDefinitif(h, p.pegawaiId, tanggal)!;
          hasil.set(p.pegawaiId, { pegawaiId: p.pegawaiId, jabatanId: def.jabatanId, melaluiJabatanId: penilai.jabatanId });
        }
      }
      const pemangku = pemangkuJabatan(h, id, tanggal);
      if (!pemangku || pemangku.pegawaiId === pegawaiId) tumpukan.push(...(h.anak.get(id) ?? []));
    }
  }
  return [...hasil.values()];
}
