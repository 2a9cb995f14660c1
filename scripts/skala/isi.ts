// Data skala: satu instansi sintetis yang realistis dan deterministik (N pegawai, 100–100.000) di samping data lain,
// untuk `npm run seed:scale`, `npm run bench` dan tolok ukur beban. Struktur: scripts/skala/struktur.ts; siklus kinerja
// per unit akar: scripts/skala/kinerja.ts; sisip massal: scripts/skala/sisip.ts.
//
// Semua dalam satu transaksi (gagal = tidak ada yang tertinggal), lalu ANALYZE. Kata sandi setiap akun: DEMO_PASSWORD.
// Deterministik untuk N dan tahun kinerja yang sama: NIP, nama, struktur, isi, dan id (UUID v8 dari kode instansi +
// pencacah). NIP yang sudah dipakai instansi lain di basis data yang sama dilewati (nomor urut berikutnya).
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { tahunKinerjaSekarang, tanggalDiZona } from "@/lib/organisasi/format";
import { bangunHierarki, pejabatPenilai, type Penugasan } from "@/lib/organisasi/hierarki";
import { pegawaiIdDari } from "@/lib/penilaian/penilai";
import { periodeEvaluasi } from "@/lib/skp/periode";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { acakDari, pembuatId } from "./acak";
import { isiAkar, type KonteksKinerja, type PeriodeSkala } from "./kinerja";
import { Penulis, type NamaTabel } from "./sisip";
import { strukturSkala, type Peg } from "./struktur";

export type AkunSkala = {
  instansiId: string;
  /** ≥ 200 pegawai berbeda (staf tanpa bawahan; N/40 pada instansi besar, semua staf bila N < ±300) dengan SKP disetujui tahun ini, tersebar di semua OPD. */
  pegawai: { nip: string; skpId: string }[];
  /** Atasan dengan tepat 30 bawahan langsung; `kode` = periode dengan evaluasi bawahan itu (draf periode berjalan). */
  atasan30: { nip: string; bawahanSkpId: string; kode: string };
  /** ≥ 20 atasan lain, masing-masing dengan draf evaluasi seorang bawahan pada periode `kode`. */
  atasan: { nip: string; bawahanSkpId: string; kode: string }[];
  /** Kepala Dinas Pendidikan (JPT): ≥ 300 pegawai di bawahnya bila N ≥ 1.000. */
  jpt300: { nip: string };
  /** Admin BKD (ADMIN_INSTANSI). */
  admin: { nip: string }[];
};

export type OpsiSkala = {
  pegawai: number;
  kode?: string;
  log?: (s: string) => void;
  /** Hapus dulu instansi berkode sama. */
  ganti?: boolean;
  /** "Sekarang" untuk uji (bawaan: jam saat ini); menentukan tahun kinerja dan periode yang sudah mulai/berakhir. */
  sekarang?: Date;
};

export type HasilSkala = {
  akun: AkunSkala;
  kode: string;
  baris: Record<NamaTabel, number>;
  /** Lama INSERT per tabel (ms), bagian dari bagianMs. */
  tulisMs: Record<NamaTabel, number>;
  /** Lama per bagian (ms): hapus, organisasi, perencanaan, pelaksanaan, penilaian, dokumen, progres, commit, ANALYZE. */
  bagianMs: Record<string, number>;
  totalMs: number;
  /** Untuk npm run bench: pejabat penilai yang timnya bertambah dengan N (atasan kepala sekolah), seorang ASN, OPD terbesar, jumlah unit akar. */
  rinci: { atasanTumbuh: string; asn: string; opdTerbesar: string; jumlahAkar: number };
};

/** Galat yang ditujukan kepada pemakai (tanpa jejak tumpukan). */
export class GalatSkala extends Error {}

export async function isiSkala(db: pg.Client, opsi: OpsiSkala): Promise<AkunSkala> {
  return (await bangunSkala(db, opsi)).akun;
}

export async function bangunSkala(db: pg.Client, opsi: OpsiSkala): Promise<HasilSkala> {
  const n = opsi.pegawai;
  if (!Number.isInteger(n) || n < 100 || n > 100_000) throw new GalatSkala(`Jumlah pegawai harus bilangan bulat 100–100000 (tertulis ${n}).`);
  const kode = opsi.kode ?? `SKALA${n}`;
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(kode)) throw new GalatSkala(`Kode instansi tidak sah: "${kode}" (1–20 huruf, angka, - atau _).`);
  // Penilai JPT mengikuti pohon jabatan (Kepala OPD dinilai Sekda), seperti bawaan aplikasi (lib/env SKP_PENILAI_JPT).
  if (process.env.SKP_PENILAI_JPT === "PIMPINAN_INSTANSI") throw new GalatSkala("Data skala mengikuti SKP_PENILAI_JPT=HIERARKI (bawaan): kepala OPD dinilai Sekda. Jalankan tanpa SKP_PENILAI_JPT=PIMPINAN_INSTANSI.");
  const log = opsi.log ?? (() => {});
  const sekarang = opsi.sekarang?.getTime() ?? Date.now();
  const tahun = tahunKinerjaSekarang("Asia/Jakarta", new Date(sekarang));
  const hari = tanggalDiZona(new Date(sekarang), "Asia/Jakarta");
  const bagianMs: Record<string, number> = {};
  const t0 = performance.now();
  let t = t0;
  const ukur = (bagian: string) => {
    const s = performance.now();
    bagianMs[bagian] = (bagianMs[bagian] ?? 0) + (s - t);
    t = s;
  };

  const TABEL_PROGRES = ["rencana_aksi", "realisasi", "bukti_dukung"] as const;
  await db.query("BEGIN");
  let hasil: Omit<HasilSkala, "bagianMs" | "totalMs">;
  try {
    await db.query("SET LOCAL synchronous_commit = off");
    // progres_skp (ringkasan isian per SKP) dipelihara trigger baris; untuk jutaan baris COPY trigger itu dimatikan di
    // transaksi ini saja dan ringkasan instansi ini dihitung ulang sekali sebelum COMMIT. ALTER TABLE mengunci ketiga
    // tabel isian sampai COMMIT: server yang berjalan menunggu selama pengisian.
    for (const tabel of TABEL_PROGRES) await db.query(`ALTER TABLE ${tabel} DISABLE TRIGGER progres_skp`);
    const ada = (await db.query<{ id: string }>("SELECT id FROM instansi WHERE kode = $1", [kode])).rows[0];
    if (ada) {
      if (!opsi.ganti) {
        throw new GalatSkala(`Instansi dengan kode ${kode} sudah ada di basis data ini. Jalankan dengan --ganti untuk menghapus datanya lalu mengisinya ulang, atau pilih kode lain dengan --kode.`);
      }
      log(`Menghapus data instansi ${kode} yang lama…`);
      await hapusInstansi(db, ada.id);
      ukur("hapus");
    }
    const terpakai = new Set((await db.query<{ nip: string }>("SELECT nip FROM pegawai")).rows.map((r) => r.nip.trim()));
    const id = pembuatId(kode);
    const s = strukturSkala(n, { tahun, id, nipTerpakai: terpakai });
    const tulis = new Penulis(db);
    const instansiId = id();
    const stempel = new Date(Date.UTC(tahun, 0, 2, 1));

    // ── Organisasi, akun, periode ──
    tulis.tambah("instansi", { id: instansiId, kode, ...s.instansi });
    for (const u of s.units) tulis.tambah("unit_kerja", { ...u, instansiId });
    for (const j of s.jabatan) tulis.tambah("jabatan", { ...j, instansiId });
    for (const p of s.pegawai) tulis.tambah("pegawai", { ...p, instansiId, updatedAt: stempel });
    for (const x of s.penugasan) tulis.tambah("penugasan_jabatan", x);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const pengguna = new Map(s.pegawai.map((p) => [p.id, id()]));
    for (const p of s.pegawai) tulis.tambah("pengguna", { id: pengguna.get(p.id)!, pegawaiId: p.id, passwordHash });
    for (const a of s.khusus.admin) tulis.tambah("peran_pengguna", { id: id(), penggunaId: pengguna.get(a)!, peran: "ADMIN_INSTANSI", instansiId });
    const periodeKinerjaId = id();
    tulis.tambah("periode_kinerja", { id: periodeKinerjaId, instansiId, tahun, mulai: new Date(Date.UTC(tahun, 0, 1)), selesai: new Date(Date.UTC(tahun, 11, 31)), ritme: "TRIWULAN" });
    const periode: PeriodeSkala[] = periodeEvaluasi(tahun, "TRIWULAN").map((p, i) => ({ ...p, id: id(), urutan: i + 1, tutup: p.selesai < hari, mulaiSudah: p.mulai <= hari }));
    for (const p of periode) tulis.tambah("periode_evaluasi", { ...p, periodeKinerjaId, status: p.tutup ? "TUTUP" : "BUKA", createdAt: new Date(Math.min(sekarang, stempel.getTime())) });
    await tulis.siram();
    ukur("organisasi");

    // ── Tim per pejabat penilai (hari ini) dan akun untuk tolok ukur ──
    const h = bangunHierarki(s.jabatan, s.penugasan as Penugasan[], { penilaiJpt: "HIERARKI" });
    const tim = new Map<string, string[]>();
    for (const p of s.pegawai) {
      const x = pegawaiIdDari(pejabatPenilai(h, p.id, hari));
      if (x) (tim.get(x) ?? tim.set(x, []).get(x)!).push(p.id);
    }
    const pegPer = new Map(s.pegawai.map((p) => [p.id, p]));
    const pemangku = new Map<string, Peg>();
    for (const p of s.pegawai) if (!pemangku.has(p.jabatanId)) pemangku.set(p.jabatanId, p);
    const pimpinan = new Set(s.akar.map((a) => pemangku.get(a.kepalaJabatanId)?.id));
    const sekda = pemangku.get(s.akar[0]!.kepalaJabatanId)!;
    const atasan30 = pemangku.get(s.khusus.kepalaSekolah30)!;
    if (tim.get(atasan30.id)?.length !== 30) throw new Error(`Kepala sekolah akun atasan30 memiliki ${tim.get(atasan30.id)?.length ?? 0} bawahan, bukan 30.`);
    const kodeBerjalan = periode.find((p) => p.mulaiSudah && !p.tutup)!.kode;
    const bergilir = <T extends { akar: number }>(xs: readonly T[], jumlah: number): T[] => {
      const per = new Map<number, T[]>();
      for (const x of xs) (per.get(x.akar) ?? per.set(x.akar, []).get(x.akar)!).push(x);
      const antre = [...per.values()];
      const hasilPilih: T[] = [];
      for (let i = 0; hasilPilih.length < Math.min(jumlah, xs.length); i++) for (const q of antre) if (q[i] && hasilPilih.length < jumlah) hasilPilih.push(q[i]!);
      return hasilPilih;
    };
    const bawahanBiasa = (atasanId: string) => (tim.get(atasanId) ?? []).find((b) => !pimpinan.has(b));
    const calonAtasan = [...tim.keys()].filter((x) => x !== atasan30.id && x !== sekda.id && bawahanBiasa(x)).map((x) => pegPer.get(x)!);
    const atasanDipilih = bergilir(calonAtasan, Math.max(20, Math.round(n / 200)));
    const drafPaksa = new Set([bawahanBiasa(atasan30.id)!, ...atasanDipilih.map((a) => bawahanBiasa(a.id)!)]);
    const jabPer = new Map(s.jabatan.map((j) => [j.id, j]));
    const pegawaiBiasa = s.pegawai.filter((p) => !tim.has(p.id) && jabPer.get(p.jabatanId)!.senior === 4);
    const pegawaiDipilih = bergilir(pegawaiBiasa, Math.max(200, Math.round(n / 40)));

    // Sekda memfinalkan penilaian semua kepala OPD sekaligus, per periode yang berakhir.
    const rSekda = acakDari(`skala:${n}:${tahun}:sekda`);
    const finalSekda = new Map(
      periode
        .filter((p) => p.tutup)
        .map((p) => [p.kode, Math.min(sekarang - 10 * 60_000, p.selesai.getTime() + 86_400_000 + Math.round((0.5 + rSekda.r() * 0.45) * 30 * 86_400_000))]),
    );

    const k: KonteksKinerja = {
      s,
      instansiId,
      tahun,
      hari,
      sekarang,
      id,
      tulis,
      h,
      jabPer,
      pegPer,
      unitPer: new Map(s.units.map((u) => [u.id, u])),
      simpulJabatan: new Map(s.jabatan.map((j) => [j.id, { id: j.id, parentId: j.parentId, unitKerjaId: j.unitKerjaId }])),
      simpulUnit: new Map(s.units.map((u) => [u.id, { id: u.id, parentId: u.parentId, jenis: u.jenis }])),
      pengguna,
      adminPengguna: pengguna.get(s.khusus.admin[0]!)!,
      periodeKinerjaId,
      periode,
      penilai: new Set(tim.keys()),
      rhkUtama: new Map(),
      drafPaksa,
      skpPer: new Map(),
      finalSekda,
      bagianMs,
    };
    t = performance.now();
    for (let a = 0; a < s.akar.length; a++) {
      const x = await isiAkar(k, a);
      const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
      const m = process.memoryUsage();
      log(`  ${String(a + 1).padStart(2)}/${s.akar.length} ${s.akar[a]!.nama}: ${x.pegawai.toLocaleString("id-ID")} pegawai (${((performance.now() - t0) / 1000).toFixed(1)} d; heap ${mb(m.heapUsed)}, RSS ${mb(m.rss)})`);
    }
    t = performance.now();
    await db.query("SELECT progres_skp_hitung_ulang($1::uuid)", [instansiId]);
    for (const tabel of TABEL_PROGRES) await db.query(`ALTER TABLE ${tabel} ENABLE TRIGGER progres_skp`);
    ukur("progres");
    await db.query("COMMIT");
    ukur("commit");

    const skp = (pid: string) => k.skpPer.get(pid)!;
    const perAkar = new Map<number, number>();
    for (const p of s.pegawai) perAkar.set(p.akar, (perAkar.get(p.akar) ?? 0) + 1);
    const akarTerbesar = [...perAkar.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    hasil = {
      kode,
      baris: tulis.baris,
      tulisMs: tulis.ms,
      akun: {
        instansiId,
        pegawai: pegawaiDipilih.map((p) => ({ nip: p.nip, skpId: skp(p.id) })),
        atasan30: { nip: atasan30.nip, bawahanSkpId: skp(bawahanBiasa(atasan30.id)!), kode: kodeBerjalan },
        atasan: atasanDipilih.map((a) => ({ nip: a.nip, bawahanSkpId: skp(bawahanBiasa(a.id)!), kode: kodeBerjalan })),
        jpt300: { nip: pemangku.get(s.khusus.kepalaDinasPendidikan)!.nip },
        admin: s.khusus.admin.map((a) => ({ nip: pegPer.get(a)!.nip })),
      },
      rinci: { atasanTumbuh: pemangku.get(s.khusus.atasanSekolah)!.id, asn: pegawaiDipilih[0]!.id, opdTerbesar: s.akar[akarTerbesar]!.unitId, jumlahAkar: s.akar.length },
    };
  } catch (e) {
    await db.query("ROLLBACK").catch(() => {});
    throw e;
  }
  await db.query("ANALYZE");
  ukur("ANALYZE");
  await db.query(`INSERT INTO jejak_audit (aksi, entitas, entitas_id, data) VALUES ('DATA_SKALA_DIISI', 'Instansi', $1, $2::jsonb)`, [
    hasil.akun.instansiId,
    JSON.stringify({ kode, pegawai: n, tahun, baris: hasil.baris }),
  ]);
  return { ...hasil, bagianMs, totalMs: performance.now() - t0 };
}

/**
 * Menghapus seluruh data satu instansi (dalam transaksi pemanggil), anak lebih dulu. Jejak audit tidak dapat dihapus
 * (hanya tambah): barisnya tetap dan penghapusan ini dicatat. Berkas di penyimpanan (bukti berkas, PDF dokumen yang
 * dibuat aplikasi) tidak disentuh; bukti tanpa baris dibersihkan penyapu aplikasi.
 */
export async function hapusInstansi(db: pg.Client, instansiId: string): Promise<void> {
  const skp = "SELECT s.id FROM skp s JOIN periode_kinerja pk ON pk.id = s.periode_id WHERE pk.instansi_id = $1";
  const rhk = `SELECT id FROM rhk WHERE skp_id IN (${skp})`;
  const ev = `SELECT id FROM evaluasi_kinerja WHERE skp_id IN (${skp})`;
  const peg = "SELECT id FROM pegawai WHERE instansi_id = $1";
  const pengguna = `SELECT id FROM pengguna WHERE pegawai_id IN (${peg})`;
  const dok = "SELECT id FROM dokumen WHERE instansi_id = $1";
  const perintah = [
    `DELETE FROM tanda_tangan_dokumen WHERE dokumen_id IN (${dok})`,
    `DELETE FROM berkas_dokumen WHERE dokumen_id IN (${dok})`,
    "DELETE FROM dokumen WHERE instansi_id = $1",
    `DELETE FROM umpan_evaluasi WHERE evaluasi_id IN (${ev})`,
    `DELETE FROM keberatan WHERE evaluasi_id IN (${ev})`,
    `DELETE FROM perubahan_kalibrasi WHERE evaluasi_id IN (${ev})`,
    `DELETE FROM evaluasi_kinerja WHERE skp_id IN (${skp})`,
    ...["finalisasi_penilaian", "penetapan_distribusi", "capaian_organisasi", "tabel_distribusi", "pengecualian_pegawai", "pengaturan_penilaian"].map((x) => `DELETE FROM ${x} WHERE instansi_id = $1`),
    "DELETE FROM progres_harian WHERE instansi_id = $1",
    "DELETE FROM hari_libur WHERE instansi_id = $1",
    "DELETE FROM antrean_surel WHERE instansi_id = $1",
    "DELETE FROM notifikasi WHERE instansi_id = $1",
    "DELETE FROM token_api WHERE instansi_id = $1",
    "DELETE FROM set_kolom_tpp WHERE instansi_id = $1",
    "DELETE FROM koefisien_angka_kredit WHERE instansi_id = $1",
    `DELETE FROM bukti_dukung WHERE rencana_aksi_id IN (SELECT id FROM rencana_aksi WHERE rhk_id IN (${rhk}))`,
    `DELETE FROM umpan_balik WHERE skp_id IN (${skp})`,
    `DELETE FROM rencana_aksi WHERE rhk_id IN (${rhk})`,
    `DELETE FROM realisasi WHERE iki_id IN (SELECT id FROM iki WHERE rhk_id IN (${rhk}))`,
    `DELETE FROM kunjungan_skp WHERE skp_id IN (${skp})`,
    `DELETE FROM peran_hasil WHERE rhk_id IN (${rhk})`,
    `DELETE FROM iki WHERE rhk_id IN (${rhk})`,
    `DELETE FROM rhk WHERE skp_id IN (${skp})`,
    `DELETE FROM perilaku_skp WHERE skp_id IN (${skp})`,
    `DELETE FROM lampiran_skp WHERE skp_id IN (${skp})`,
    `UPDATE skp SET revisi_dari_id = NULL WHERE revisi_dari_id IS NOT NULL AND id IN (${skp})`,
    `DELETE FROM skp WHERE id IN (${skp})`,
    "DELETE FROM periode_evaluasi WHERE periode_kinerja_id IN (SELECT id FROM periode_kinerja WHERE instansi_id = $1)",
    "DELETE FROM periode_kinerja WHERE instansi_id = $1",
    `DELETE FROM template_ekspektasi WHERE pemilik_pegawai_id IN (${peg})`,
    "DELETE FROM percobaan_masuk WHERE nip IN (SELECT nip FROM pegawai WHERE instansi_id = $1)",
    `DELETE FROM sesi_masuk WHERE pengguna_id IN (${pengguna})`,
    `DELETE FROM peran_pengguna WHERE instansi_id = $1 OR pengguna_id IN (${pengguna})`,
    `DELETE FROM pengguna WHERE pegawai_id IN (${peg})`,
    `DELETE FROM penugasan_jabatan WHERE pegawai_id IN (${peg}) OR jabatan_id IN (SELECT id FROM jabatan WHERE instansi_id = $1)`,
    "DELETE FROM pegawai WHERE instansi_id = $1",
    "UPDATE jabatan SET parent_id = NULL WHERE instansi_id = $1 AND parent_id IS NOT NULL",
    "DELETE FROM jabatan WHERE instansi_id = $1",
    "UPDATE unit_kerja SET parent_id = NULL WHERE instansi_id = $1 AND parent_id IS NOT NULL",
    "DELETE FROM unit_kerja WHERE instansi_id = $1",
    "DELETE FROM instansi WHERE id = $1",
  ];
  for (const q of perintah) await db.query(q, [instansiId]);
  await db.query(`INSERT INTO jejak_audit (aksi, entitas, entitas_id, data) VALUES ('DATA_SKALA_DIHAPUS', 'Instansi', $1, '{}'::jsonb)`, [instansiId]);
}
