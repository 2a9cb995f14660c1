// Aturan murni editor organisasi (unit kerja, jabatan, penugasan, peristiwa kepegawaian). Tanpa Prisma, tanpa next/*.
// Layanan (lib/organisasi/layanan.ts) memuat data dari basis data di dalam transaksi lalu memutuskan dengan fungsi ini.
//
// Tanggal peristiwa D (tutup, mutasi, pensiun, berhenti) = hari pertama keadaan baru berlaku. Penugasan yang diakhiri
// karenanya selesai pada D − 1 (tmtSelesai inklusif, lihat lib/organisasi/hierarki.ts).

export type SimpulPohon = { id: string; parentId: string | null; instansiId: string; aktif: boolean };

export type AlasanTolakInduk = "TIDAK_ADA" | "DIRI_SENDIRI" | "TURUNAN" | "INSTANSI_LAIN" | "INDUK_TIDAK_AKTIF";

export type HasilAturan<A extends string> = { ok: true } | { ok: false; alasan: A; pesan: string };

/**
 * Apakah simpul `id` boleh dipindah ke bawah `indukBaruId` (null = menjadi akar) tanpa membentuk siklus.
 * `simpul` = seluruh simpul yang dimuat dari basis data (boleh memuat instansi lain); `instansiId` = instansi
 * simpul yang dipindah. Penelusuran ke atas dari induk baru aman terhadap siklus yang sudah ada di data.
 */
export function cekIndukBaru(
  simpul: ReadonlyMap<string, SimpulPohon>,
  id: string,
  indukBaruId: string | null,
  jenis: "unit" | "jabatan",
): HasilAturan<AlasanTolakInduk> {
  const nama = jenis === "unit" ? "Unit kerja" : "Jabatan";
  const diri = simpul.get(id);
  if (!diri) return { ok: false, alasan: "TIDAK_ADA", pesan: `${nama} tidak ditemukan.` };
  if (indukBaruId === null) return { ok: true };
  if (indukBaruId === id) return { ok: false, alasan: "DIRI_SENDIRI", pesan: `${nama} tidak dapat menjadi induk dirinya sendiri.` };
  const induk = simpul.get(indukBaruId);
  if (!induk) return { ok: false, alasan: "TIDAK_ADA", pesan: `${nama} induk tidak ditemukan.` };
  if (induk.instansiId !== diri.instansiId) {
    return { ok: false, alasan: "INSTANSI_LAIN", pesan: `${nama} induk berada di instansi lain.` };
  }
  if (!induk.aktif) return { ok: false, alasan: "INDUK_TIDAK_AKTIF", pesan: `${nama} induk sudah ditutup.` };
  const dilihat = new Set<string>();
  for (let u: SimpulPohon | undefined = induk; u; u = u.parentId ? simpul.get(u.parentId) : undefined) {
    if (u.id === id) {
      return {
        ok: false,
        alasan: "TURUNAN",
        pesan: `${nama} tidak dapat dipindah ke bawah ${jenis === "unit" ? "unit" : "jabatan"} turunannya sendiri (akan membentuk lingkaran).`,
      };
    }
    if (dilihat.has(u.id)) break;
    dilihat.add(u.id);
  }
  return { ok: true };
}

/** Hari (UTC, tanpa jam) dalam milidetik. */
function hari(t: Date): number {
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

/** D − 1 hari. */
export function hariSebelum(d: Date): Date {
  return new Date(hari(d) - 86_400_000);
}

const fmt = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${d.getUTCFullYear()}`;

export type PenugasanTerbuka = { id: string; pegawaiId: string; jenis: "DEFINITIF" | "PLT" | "PLH"; tmtMulai: Date; tmtSelesai: Date | null };

/** Penugasan yang masih berlaku pada atau setelah tanggal D (belum berakhir sebelum D). */
export function masihBerlakuSejak(p: Pick<PenugasanTerbuka, "tmtSelesai">, d: Date): boolean {
  return p.tmtSelesai === null || hari(p.tmtSelesai) >= hari(d);
}

/**
 * Menutup jabatan per D: ditolak bila masih ada pemangku (definitif/Plt/Plh) pada atau setelah D, atau jabatan
 * bawahan yang masih aktif. D tidak boleh di masa depan (jabatan langsung tidak aktif) dan tidak sebelum
 * penugasan terakhirnya dimulai.
 */
export function cekTutupJabatan(a: {
  tanggal: Date;
  hariIni: Date;
  penugasan: readonly PenugasanTerbuka[];
  jabatanBawahanAktif: number;
}): HasilAturan<"MASA_DEPAN" | "ADA_PEMANGKU" | "ADA_BAWAHAN"> {
  if (hari(a.tanggal) > hari(a.hariIni)) return { ok: false, alasan: "MASA_DEPAN", pesan: "Tanggal penutupan tidak boleh melewati hari ini." };
  const masih = a.penugasan.filter((p) => masihBerlakuSejak(p, a.tanggal));
  if (masih.length > 0) {
    return {
      ok: false,
      alasan: "ADA_PEMANGKU",
      pesan: `Jabatan ini masih dipangku ${masih.length} pegawai pada ${fmt(a.tanggal)}. Akhiri penugasannya (atau mutasikan pegawainya) terlebih dahulu.`,
    };
  }
  if (a.jabatanBawahanAktif > 0) {
    return {
      ok: false,
      alasan: "ADA_BAWAHAN",
      pesan: `Jabatan ini masih membawahkan ${a.jabatanBawahanAktif} jabatan aktif. Pindahkan atau tutup jabatan bawahannya terlebih dahulu.`,
    };
  }
  return { ok: true };
}

/** Menutup unit per D: ditolak bila masih ada jabatan aktif atau sub-unit aktif di dalamnya. */
export function cekTutupUnit(a: {
  tanggal: Date;
  hariIni: Date;
  jabatanAktif: number;
  unitAnakAktif: number;
}): HasilAturan<"MASA_DEPAN" | "ADA_JABATAN" | "ADA_SUBUNIT"> {
  if (hari(a.tanggal) > hari(a.hariIni)) return { ok: false, alasan: "MASA_DEPAN", pesan: "Tanggal penutupan tidak boleh melewati hari ini." };
  if (a.jabatanAktif > 0) {
    return {
      ok: false,
      alasan: "ADA_JABATAN",
      pesan: `Unit ini masih memiliki ${a.jabatanAktif} jabatan aktif. Pindahkan jabatan itu ke unit lain atau tutup terlebih dahulu.`,
    };
  }
  if (a.unitAnakAktif > 0) {
    return { ok: false, alasan: "ADA_SUBUNIT", pesan: `Unit ini masih memiliki ${a.unitAnakAktif} sub-unit aktif. Pindahkan atau tutup sub-unit itu terlebih dahulu.` };
  }
  return { ok: true };
}

/**
 * Mengakhiri penugasan dengan hari terakhir `selesai`: tidak sebelum TMT mulainya, dan hanya penugasan yang belum
 * berakhir (atau berakhir lebih lambat dari `selesai`).
 */
export function cekAkhiriPenugasan(p: Pick<PenugasanTerbuka, "tmtMulai" | "tmtSelesai">, selesai: Date): HasilAturan<"SEBELUM_MULAI" | "SUDAH_BERAKHIR"> {
  if (hari(selesai) < hari(p.tmtMulai)) {
    return { ok: false, alasan: "SEBELUM_MULAI", pesan: `Tanggal selesai tidak boleh sebelum TMT mulai (${fmt(p.tmtMulai)}).` };
  }
  if (p.tmtSelesai !== null && hari(p.tmtSelesai) <= hari(selesai)) {
    return { ok: false, alasan: "SUDAH_BERAKHIR", pesan: `Penugasan ini sudah berakhir pada ${fmt(p.tmtSelesai)}.` };
  }
  return { ok: true };
}

/**
 * Penugasan baru (pegawaiId pada jabatan): ditolak bila pegawai yang sama sudah tercatat pada jabatan itu dengan jenis
 * yang sama dalam rentang yang bertumpang tindih, atau bila menambah definitif kedua pada jabatan struktural.
 */
export function cekPenugasanBaru(a: {
  pegawaiId: string;
  jenis: PenugasanTerbuka["jenis"];
  tmtMulai: Date;
  tmtSelesai: Date | null;
  jabatanStruktural: boolean;
  penugasanJabatan: readonly PenugasanTerbuka[];
  /** Penugasan definitif pegawai itu di jabatan mana pun (untuk definitif ganda). */
  definitifPegawai: readonly PenugasanTerbuka[];
}): HasilAturan<"RENTANG" | "GANDA" | "DEFINITIF_LAIN" | "PEMANGKU_ADA"> {
  if (a.tmtSelesai && hari(a.tmtSelesai) < hari(a.tmtMulai)) {
    return { ok: false, alasan: "RENTANG", pesan: "TMT selesai tidak boleh sebelum TMT mulai." };
  }
  const tumpang = (p: PenugasanTerbuka) =>
    (p.tmtSelesai === null || hari(p.tmtSelesai) >= hari(a.tmtMulai)) && (a.tmtSelesai === null || hari(p.tmtMulai) <= hari(a.tmtSelesai));
  if (a.penugasanJabatan.some((p) => p.pegawaiId === a.pegawaiId && tumpang(p))) {
    return { ok: false, alasan: "GANDA", pesan: "Pegawai ini sudah tercatat pada jabatan ini dalam rentang tanggal tersebut." };
  }
  if (a.jenis === "DEFINITIF") {
    if (a.definitifPegawai.some(tumpang)) {
      return {
        ok: false,
        alasan: "DEFINITIF_LAIN",
        pesan: "Pegawai ini masih memangku jabatan definitif lain pada tanggal itu. Gunakan Mutasi untuk memindahkannya.",
      };
    }
    if (a.jabatanStruktural && a.penugasanJabatan.some((p) => p.jenis === "DEFINITIF" && tumpang(p))) {
      return { ok: false, alasan: "PEMANGKU_ADA", pesan: "Jabatan struktural ini sudah memiliki pejabat definitif pada tanggal itu. Akhiri penugasannya terlebih dahulu." };
    }
  }
  return { ok: true };
}

export type RencanaAkhiri = { id: string; tmtSelesai: Date };

/**
 * Mutasi per D: penugasan definitif yang berlaku pada D diakhiri pada D − 1. Ditolak bila pegawai tidak punya jabatan
 * definitif pada D, bila jabatan tujuan sama, atau bila D tidak setelah TMT mulai jabatan lamanya.
 */
export function rencanaMutasi(a: {
  tanggal: Date;
  jabatanTujuanId: string;
  definitif: readonly (PenugasanTerbuka & { jabatanId: string })[];
}): { ok: true; akhiri: RencanaAkhiri[] } | { ok: false; pesan: string } {
  const berlaku = a.definitif.filter((p) => hari(p.tmtMulai) <= hari(a.tanggal) && masihBerlakuSejak(p, a.tanggal));
  if (berlaku.length === 0) return { ok: false, pesan: `Pegawai ini tidak memangku jabatan definitif pada ${fmt(a.tanggal)}. Gunakan Tugaskan untuk penugasan pertama.` };
  if (berlaku.some((p) => p.jabatanId === a.jabatanTujuanId)) return { ok: false, pesan: "Jabatan tujuan sama dengan jabatan saat ini." };
  if (berlaku.some((p) => hari(p.tmtMulai) >= hari(a.tanggal))) {
    return { ok: false, pesan: "Tanggal mutasi harus setelah TMT mulai jabatan lamanya." };
  }
  if (a.definitif.some((p) => hari(p.tmtMulai) > hari(a.tanggal))) {
    return { ok: false, pesan: "Pegawai ini sudah memiliki penugasan definitif yang dimulai setelah tanggal mutasi." };
  }
  return { ok: true, akhiri: berlaku.map((p) => ({ id: p.id, tmtSelesai: hariSebelum(a.tanggal) })) };
}

/**
 * Pensiun/berhenti per D: setiap penugasan yang masih berlaku pada D diakhiri pada D − 1; penugasan yang baru dimulai
 * pada atau setelah D ditolak (harus dihapus/diperbaiki dulu). D tidak boleh di masa depan.
 */
export function rencanaBerhenti(a: {
  tanggal: Date;
  hariIni: Date;
  sudahBerhenti: boolean;
  penugasan: readonly PenugasanTerbuka[];
}): { ok: true; akhiri: RencanaAkhiri[] } | { ok: false; pesan: string } {
  if (a.sudahBerhenti) return { ok: false, pesan: "Pegawai ini sudah tercatat pensiun atau berhenti." };
  if (hari(a.tanggal) > hari(a.hariIni)) return { ok: false, pesan: "Tanggal tidak boleh melewati hari ini; catat pada atau setelah TMT-nya." };
  if (a.penugasan.some((p) => hari(p.tmtMulai) >= hari(a.tanggal))) {
    return { ok: false, pesan: "Ada penugasan yang dimulai pada atau setelah tanggal itu. Perbaiki penugasan tersebut terlebih dahulu." };
  }
  return {
    ok: true,
    akhiri: a.penugasan.filter((p) => masihBerlakuSejak(p, a.tanggal)).map((p) => ({ id: p.id, tmtSelesai: hariSebelum(a.tanggal) })),
  };
}

export const JABATAN_STRUKTURAL = ["JPT", "ADMINISTRATOR", "PENGAWAS"] as const;
export function adalahStruktural(jenis: string): boolean {
  return (JABATAN_STRUKTURAL as readonly string[]).includes(jenis);
}
