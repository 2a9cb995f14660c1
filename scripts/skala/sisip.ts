// Sisip massal untuk data skala: COPY … FROM STDIN (format teks) lewat pg-copy-streams, dan penyangga per tabel yang
// disiram dalam urutan kunci asing sehingga baris induk selalu lebih dulu ada. Tidak pernah baris demi baris.
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** [properti baris, kolom, tipe PostgreSQL]. */
export type Kolom = readonly [string, string, string];
export const kol = (properti: string, tipe: string, kolom = properti.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)): Kolom => [properti, kolom, tipe];

const GANTI: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const teksCopy = (s: string) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (m) => GANTI[m]!) : s);

/** Satu nilai dalam format teks COPY (\N = NULL). */
function nilaiCopy(v: unknown, tipe: string): string {
  if (v === undefined || v === null) return "\\N";
  if (tipe === "jsonb") return teksCopy(JSON.stringify(v));
  if (tipe === "date") return (v as Date).toISOString().slice(0, 10);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "boolean") return v ? "t" : "f";
  return typeof v === "string" ? teksCopy(v) : String(v);
}

export async function sisip(c: pg.Client, tabel: string, kolom: readonly Kolom[], baris: readonly object[]): Promise<void> {
  if (baris.length === 0) return;
  function* baca() {
    for (let i = 0; i < baris.length; i += 2000) {
      let potong = "";
      for (const b of baris.slice(i, i + 2000) as Record<string, unknown>[]) potong += kolom.map(([p, , tipe]) => nilaiCopy(b[p], tipe)).join("\t") + "\n";
      yield potong;
    }
  }
  await pipeline(Readable.from(baca()), c.query(copyFrom(`COPY "${tabel}" (${kolom.map(([, k]) => `"${k}"`).join(", ")}) FROM STDIN`)));
}

const uuid = (p: string) => kol(p, "uuid");
const teks = (p: string) => kol(p, "text");
const ts = (p: string) => kol(p, "timestamptz");
const tgl = (p: string) => kol(p, "date");
const json = (p: string) => kol(p, "jsonb");
const en = (p: string, tipe: string) => kol(p, `"${tipe}"`);

/** Kolom yang diisi per tabel, dalam urutan kunci asing (induk lebih dulu). */
export const TABEL = {
  instansi: [uuid("id"), teks("kode"), teks("nama"), en("jenis", "JenisInstansi"), teks("jabatanPimpinan"), teks("namaPimpinan"), teks("ibukota")],
  unit_kerja: [uuid("id"), uuid("instansiId"), uuid("parentId"), teks("kode"), teks("nama"), teks("singkatan"), en("jenis", "JenisUnitKerja"), kol("urutan", "int")],
  jabatan: [uuid("id"), uuid("instansiId"), uuid("unitKerjaId"), uuid("parentId"), teks("nama"), en("jenis", "JenisJabatan"), teks("eselon"), kol("kelasJabatan", "int2"), kol("urutan", "int")],
  pegawai: [uuid("id"), uuid("instansiId"), teks("nip"), en("status", "StatusKepegawaian"), teks("gelarDepan"), teks("nama"), teks("gelarBelakang"), tgl("tanggalLahir"), en("jenisKelamin", "JenisKelamin"), teks("golongan"), ts("updatedAt")],
  penugasan_jabatan: [uuid("id"), uuid("pegawaiId"), uuid("jabatanId"), en("jenis", "JenisPenugasan"), tgl("tmtMulai"), tgl("tmtSelesai"), teks("nomorSk")],
  pengguna: [uuid("id"), uuid("pegawaiId"), teks("passwordHash")],
  peran_pengguna: [uuid("id"), uuid("penggunaId"), en("peran", "Peran"), uuid("instansiId")],
  periode_kinerja: [uuid("id"), uuid("instansiId"), kol("tahun", "int2"), tgl("mulai"), tgl("selesai"), en("ritme", "RitmeEvaluasi")],
  periode_evaluasi: [uuid("id"), uuid("periodeKinerjaId"), teks("kode"), teks("label"), kol("urutan", "int2"), tgl("mulai"), tgl("selesai"), en("status", "StatusPeriodeEvaluasi"), ts("createdAt")],
  capaian_organisasi: [uuid("id"), uuid("instansiId"), uuid("unitKerjaId"), kol("tahun", "int2"), teks("kode"), en("predikat", "PredikatOrganisasi"), teks("dasar"), teks("atasNama"), uuid("dicatatOleh"), ts("createdAt")],
  finalisasi_penilaian: [uuid("id"), uuid("instansiId"), uuid("unitCapaianId"), kol("tahun", "int2"), teks("kode"), uuid("penilaiPegawaiId"), en("capaian", "PredikatOrganisasi"), json("jumlah"), json("pelanggaran"), teks("alasanOverride"), uuid("dibuatOleh"), ts("createdAt")],
  penetapan_distribusi: [uuid("id"), uuid("instansiId"), uuid("unitKerjaId"), kol("tahun", "int2"), teks("kode"), en("capaian", "PredikatOrganisasi"), json("jumlah"), json("pelanggaran"), ts("ditetapkanAt")],
  skp: [
    uuid("id"), uuid("periodeId"), uuid("pegawaiId"), uuid("jabatanId"), tgl("mulai"), tgl("selesai"), en("pendekatan", "Pendekatan"), en("varian", "VarianSkp"), en("status", "StatusSkp"), kol("versi", "int2"),
    json("pegawaiSnapshot"), uuid("penilaiPegawaiId"), json("penilaiSnapshot"), json("atasanPenilaiSnapshot"), ts("diajukanAt"), ts("disetujuiAt"), ts("createdAt"), ts("updatedAt"),
  ],
  rhk: [uuid("id"), uuid("skpId"), en("jenis", "JenisRhk"), kol("urutan", "int2"), teks("teks"), uuid("rhkAtasanId"), en("perspektif", "Perspektif"), kol("dariMatriks", "bool"), ts("createdAt")],
  iki: [uuid("id"), uuid("rhkId"), kol("urutan", "int2"), en("aspek", "AspekIki"), teks("indikator"), kol("targetMin", "numeric"), kol("targetMaks", "numeric"), teks("satuan"), teks("targetTeks")],
  perilaku_skp: [uuid("id"), uuid("skpId"), en("nilai", "NilaiBerakhlak"), teks("ekspektasi")],
  lampiran_skp: [uuid("id"), uuid("skpId"), en("jenis", "JenisLampiran"), kol("urutan", "int2"), teks("teks")],
  peran_hasil: [uuid("id"), uuid("rhkId"), uuid("bawahanPegawaiId"), teks("teks"), ts("createdAt"), ts("updatedAt")],
  rencana_aksi: [uuid("id"), uuid("rhkId"), uuid("periodeEvaluasiId"), kol("urutan", "int2"), teks("uraian"), kol("targetAngka", "numeric"), teks("satuan"), ts("createdAt"), ts("updatedAt")],
  bukti_dukung: [uuid("id"), uuid("rencanaAksiId"), en("jenis", "JenisBukti"), en("status", "StatusBukti"), teks("nama"), teks("url"), uuid("diunggahOleh"), ts("createdAt")],
  progres_harian: [
    uuid("id"), uuid("instansiId"), uuid("pegawaiId"), uuid("skpId"), uuid("rencanaAksiId"), tgl("tanggal"), kol("jamMulai", "int2"), kol("jamSelesai", "int2"), teks("kegiatan"), kol("realisasi", "numeric"), teks("satuan"),
    en("status", "StatusProgresHarian"), kol("terlambatHari", "int2"), teks("sidik"), ts("diajukanAt"), ts("ditinjauAt"), uuid("ditinjauOleh"), ts("createdAt"), ts("updatedAt"),
  ],
  realisasi: [uuid("id"), uuid("ikiId"), uuid("periodeEvaluasiId"), kol("nilai", "numeric"), teks("teks"), teks("dasar"), ts("createdAt"), ts("updatedAt")],
  umpan_balik: [uuid("id"), uuid("skpId"), uuid("rhkId"), uuid("penulisPegawaiId"), teks("teks"), ts("createdAt")],
  kunjungan_skp: [uuid("pegawaiId"), uuid("skpId"), ts("terakhirDilihat"), ts("acuanBaru")],
  evaluasi_kinerja: [
    uuid("id"), uuid("skpId"), uuid("periodeEvaluasiId"), teks("kode"), en("status", "StatusEvaluasi"), kol("versi", "int"), en("ratingHasil", "RatingKinerja"), en("ratingPerilaku", "RatingKinerja"),
    en("predikat", "PredikatKinerja"), teks("catatan"), uuid("penilaiPegawaiId"), uuid("atasanPenilaiPegawaiId"), json("pegawaiSnapshot"), json("penilaiSnapshot"), json("atasanPenilaiSnapshot"),
    uuid("diubahOleh"), ts("selesaiDinilaiAt"), ts("finalAt"), uuid("finalOleh"), tgl("tenggatKeberatan"), uuid("unitCapaianId"), kol("ratingHasilDariCapaian", "bool"), uuid("finalisasiId"), ts("createdAt"), ts("updatedAt"),
  ],
  umpan_evaluasi: [uuid("id"), uuid("evaluasiId"), uuid("rhkId"), en("nilai", "NilaiBerakhlak"), teks("pilihan"), teks("teks")],
  dokumen: [
    uuid("id"), uuid("instansiId"), en("jenis", "JenisDokumen"), teks("subjek"), kol("versi", "int2"), teks("kode"), uuid("skpId"), uuid("unitKerjaId"), teks("judul"), teks("periode"), json("pihak"), json("isi"),
    teks("isiSha256"), uuid("dibuatOleh"), ts("createdAt"),
  ],
  tanda_tangan_dokumen: [uuid("id"), uuid("dokumenId"), en("peran", "PeranTtd"), uuid("pegawaiId"), uuid("penggunaId"), teks("nama"), teks("nip"), en("metode", "MetodeTtd"), teks("isiSha256"), teks("berkasSha256"), ts("waktu")],
} as const satisfies Record<string, readonly Kolom[]>;

export type NamaTabel = keyof typeof TABEL;
export const DAFTAR_TABEL = Object.keys(TABEL) as NamaTabel[];

/** Baris yang ditampung sebelum dikirim di tengah pembangkitan (batas memori penyangga). */
const BATAS_PENYANGGA = 25_000;

/**
 * Penyangga baris per tabel. Semua penyangga ditulis dalam urutan TABEL (kunci asing), sehingga baris yang dibuat
 * lebih dulu — termasuk induknya — selalu sudah ada. `jeda()` di dalam perulangan pembangkit: bila penyangga penuh,
 * isinya dikirim di latar (paling banyak satu kiriman berjalan) sementara pembangkitan berlanjut, sehingga memori
 * tetap terbatas dan PostgreSQL bekerja bersamaan dengan Node. Mencatat jumlah baris dan lama penulisan per tabel.
 */
export class Penulis {
  private penyangga = new Map<NamaTabel, object[]>();
  private jumlah = 0;
  private berjalan: Promise<void> = Promise.resolve();
  readonly baris: Record<NamaTabel, number> = Object.fromEntries(DAFTAR_TABEL.map((t) => [t, 0])) as Record<NamaTabel, number>;
  readonly ms: Record<NamaTabel, number> = Object.fromEntries(DAFTAR_TABEL.map((t) => [t, 0])) as Record<NamaTabel, number>;

  constructor(private db: pg.Client) {}

  tambah(tabel: NamaTabel, b: object): void {
    const p = this.penyangga.get(tabel);
    if (p) p.push(b);
    else this.penyangga.set(tabel, [b]);
    this.jumlah += 1;
  }

  /** Memberi giliran pada kiriman yang berjalan; bila penyangga penuh, mengirimnya (setelah kiriman sebelumnya selesai). */
  async jeda(): Promise<void> {
    if (this.jumlah >= BATAS_PENYANGGA) {
      await this.berjalan;
      this.berjalan = this.tulis(this.ambil());
      // Galat ditangani saat ditunggu (jeda/siram berikutnya), bukan sebagai penolakan yang tak tertangani.
      this.berjalan.catch(() => {});
    }
    await new Promise<void>((r) => setImmediate(r));
  }

  /** Menulis semua yang tersisa dan menunggu sampai selesai. */
  async siram(): Promise<void> {
    await this.berjalan;
    this.berjalan = Promise.resolve();
    await this.tulis(this.ambil());
  }

  private ambil(): [NamaTabel, object[]][] {
    const isi = DAFTAR_TABEL.flatMap((t): [NamaTabel, object[]][] => (this.penyangga.get(t)?.length ? [[t, this.penyangga.get(t)!]] : []));
    this.penyangga = new Map();
    this.jumlah = 0;
    return isi;
  }

  private async tulis(isi: [NamaTabel, object[]][]): Promise<void> {
    for (const [t, p] of isi) {
      const s = performance.now();
      await sisip(this.db, t, TABEL[t], p);
      this.ms[t] += performance.now() - s;
      this.baris[t] += p.length;
    }
  }
}
