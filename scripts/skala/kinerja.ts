// Siklus kinerja satu unit akar (Sekretariat Daerah atau satu OPD) untuk data skala, seperti yang ditulis aplikasi:
// SKP disetujui dengan RHK/IKI (RHK utama JA/JF mengintervensi RHK utama pejabat penilainya), perilaku, lampiran,
// peran hasil; rencana aksi, bukti dukung (tautan), realisasi untuk periode yang sudah mulai; capaian organisasi,
// finalisasi per tim dengan pemeriksaan kurva, penetapan distribusi, evaluasi final untuk periode yang sudah berakhir
// dan draf/selesai dinilai untuk periode berjalan, umpan balik penilai; metadata dokumen bertanda tangan.
//
// Pegawai unit akar diproses dari atas ke bawah (kedalaman jabatan) dalam potongan, dan setiap potongan disiram ke
// basis data per tahap: memori tetap kecil berapa pun besar OPD-nya.
import { performance } from "node:perf_hooks";
import { sha256Hex } from "@/lib/dokumen/sha256";
import { LABEL_JENIS_DOKUMEN } from "@/lib/dokumen/jenis";
import { formatNamaGelar, namaJabatanDenganPenugasan } from "@/lib/organisasi/format";
import { atasanPejabatPenilai, pejabatPenilai, type Hierarki, type Penilai } from "@/lib/organisasi/hierarki";
import { formatNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";
import { LABEL_PREDIKAT_ORGANISASI, type PredikatOrganisasi } from "@/lib/penilaian/distribusi";
import { predikatBila, predikatKinerja, type Predikat, type Rating } from "@/lib/penilaian/kuadran";
import { PEMETAAN_PIMPINAN_BAWAAN, unitKurva, type SimpulJabatanUnit, type SimpulUnit } from "@/lib/penilaian/organisasi";
import { pegawaiIdDari, penilaiPeriode } from "@/lib/penilaian/penilai";
import { ATURAN_TENGGAT_BAWAAN, hariTerakhirKeberatan } from "@/lib/penilaian/tenggat";
import type { PilihanUmpan } from "@/lib/penilaian/umpan";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import type { IdentitasSnapshot } from "@/lib/skp/identitas";
import { PERSPEKTIF, varianSkp } from "@/lib/skp/varian";
import { acakDari, kodeVerifikasi, type Acak } from "./acak";
import { pilihCapaian, ratingUntuk, sebaranPredikat, urutFinalisasi, type KelompokFinal } from "./kurva";
import { DASAR_REALISASI, NAMA_BUKTI, RUMUS_RHK } from "./nama";
import type { Penulis } from "./sisip";
import type { Jab, Peg, StrukturSkala, Unit } from "./struktur";

const HARI = 86_400_000;
const JAM = 3_600_000;
const WIB = 7 * JAM;
/** Pegawai per potongan (satu potongan = satu putaran tulis per tahap). */
const POTONGAN = 1000;

export type PeriodeSkala = { id: string; kode: string; label: string; urutan: number; mulai: Date; selesai: Date; tutup: boolean; mulaiSudah: boolean };

export type KonteksKinerja = {
  s: StrukturSkala;
  instansiId: string;
  tahun: number;
  hari: Date;
  sekarang: number;
  id: () => string;
  tulis: Penulis;
  h: Hierarki;
  jabPer: ReadonlyMap<string, Jab>;
  pegPer: ReadonlyMap<string, Peg>;
  unitPer: ReadonlyMap<string, Unit>;
  simpulJabatan: ReadonlyMap<string, SimpulJabatanUnit>;
  simpulUnit: ReadonlyMap<string, SimpulUnit>;
  pengguna: ReadonlyMap<string, string>;
  adminPengguna: string;
  periodeKinerjaId: string;
  periode: readonly PeriodeSkala[];
  /** Pegawai yang menjadi pejabat penilai seseorang (RHK utamanya disimpan untuk diintervensi). */
  penilai: ReadonlySet<string>;
  rhkUtama: Map<string, { id: string; teks: string }[]>;
  /** Bawahan yang pasti punya draf penilaian periode berjalan (akun tolok ukur). */
  drafPaksa: ReadonlySet<string>;
  skpPer: Map<string, string>;
  /** Waktu finalisasi Sekda atas kepala OPD per kode periode. */
  finalSekda: ReadonlyMap<string, number>;
  bagianMs: Record<string, number>;
};

// ─── Identitas (snapshot seperti identitasSkp) ───────────────────────────────────────────────

export function pembuatKartu(k: Pick<KonteksKinerja, "s" | "jabPer" | "pegPer" | "unitPer">) {
  const namaUnit = (id: string) => {
    const rantai: Unit[] = [];
    for (let u = k.unitPer.get(id); u; u = u.parentId ? k.unitPer.get(u.parentId) : undefined) rantai.push(u);
    return rantai.length <= 1 ? (rantai[0]?.nama ?? "") : `${rantai[0]!.nama}, ${rantai.at(-1)!.nama}`;
  };
  const simpan = new Map<string, IdentitasSnapshot>();
  const kartu = (pegawaiId: string, jabatanId: string, jenis: "DEFINITIF" | "PLT" | "PLH"): IdentitasSnapshot => {
    const kunci = `${pegawaiId}|${jabatanId}|${jenis}`;
    const ada = simpan.get(kunci);
    if (ada) return ada;
    const p = k.pegPer.get(pegawaiId)!;
    const j = k.jabPer.get(jabatanId)!;
    const x: IdentitasSnapshot = {
      pegawaiId,
      nama: formatNamaGelar(p),
      nip: formatNip(p.nip),
      labelNip: p.status === "PPPK" ? "NI PPPK" : "NIP",
      pangkat: formatPangkatGolongan(p.status, p.golongan),
      jabatan: namaJabatanDenganPenugasan(j.nama, jenis),
      unitKerja: namaUnit(j.unitKerjaId),
    };
    // Hanya pejabat (yang berulang sebagai penilai) disimpan; kartu staf dibuat sekali per SKP.
    if (j.senior < 4) simpan.set(kunci, x);
    return x;
  };
  const i = k.s.instansi;
  const pimpinan: IdentitasSnapshot = { pegawaiId: null, nama: i.namaPimpinan, nip: null, labelNip: "NIP", pangkat: null, jabatan: i.jabatanPimpinan, unitKerja: i.nama };
  const tampil = (x: Penilai | null): IdentitasSnapshot | null => (!x ? null : x.tipe === "PIMPINAN_INSTANSI" ? pimpinan : kartu(x.pegawaiId, x.jabatanId, x.jenis));
  return { kartu, tampil };
}

// ─── Rumusan ──────────────────────────────────────────────────────────────────────────────────

const EKSPEKTASI = ["Menjadi teladan dalam tim", "Menindaklanjuti keluhan layanan paling lambat 2 hari kerja", "Aktif berbagi pengetahuan dalam komunitas belajar", "Melaporkan kemajuan pekerjaan setiap pekan", "Menjaga kerahasiaan data pribadi masyarakat"];
const FAKTOR: Record<Rating, number> = { DI_ATAS: 1.15, SESUAI: 1, DI_BAWAH: 0.6 };
const UMPAN_RHK: Record<"SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN", string> = {
  SANGAT_BAIK: "Melampaui target periode ini; bukti dukung lengkap dan mudah ditelusuri. Pertahankan.",
  BAIK: "Sesuai rencana; bukti dukung memadai. Lanjutkan dengan ritme yang sama pada periode berikutnya.",
  PERLU_PERBAIKAN: "Belum mencapai target periode ini. Susun langkah percepatan dan laporkan kemajuannya setiap dua minggu.",
};
const UMPAN_PERILAKU: Record<"SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN", string> = {
  SANGAT_BAIK: "Menjadi contoh bagi rekan satu tim.",
  BAIK: "Sesuai ekspektasi.",
  PERLU_PERBAIKAN: "Perlu ditingkatkan; kita bahas dalam dialog kinerja berikutnya.",
};

function catatanPenilai(label: string, predikat: Predikat): string {
  if (predikat === "SANGAT_BAIK") return `Kinerja ${label} sangat baik, baik hasil kerja maupun perilakunya. Bagikan cara kerja Saudara kepada rekan satu tim.`;
  if (predikat === "BAIK") return `Kinerja ${label} sesuai ekspektasi. Pertahankan ketepatan waktu pelaporan pada periode berikutnya.`;
  if (predikat === "BUTUH_PERBAIKAN") return `Hasil kerja ${label} belum mencapai target. Kita sepakati rencana perbaikan dengan laporan kemajuan setiap dua minggu.`;
  return `Perilaku kerja ${label} perlu pembinaan; kita bahas dalam dialog kinerja bersama atasan pejabat penilai.`;
}

const pilihanRhk = (hasil: Rating | null, j: number): "SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN" =>
  hasil === "DI_ATAS" ? (j % 3 === 2 ? "BAIK" : "SANGAT_BAIK") : hasil === "DI_BAWAH" ? (j % 3 === 2 ? "BAIK" : "PERLU_PERBAIKAN") : j === 0 ? "SANGAT_BAIK" : "BAIK";
const pilihanPerilaku = (perilaku: Rating, j: number): "SANGAT_BAIK" | "BAIK" | "PERLU_PERBAIKAN" =>
  perilaku === "DI_ATAS" ? (j < 5 ? "SANGAT_BAIK" : "BAIK") : perilaku === "DI_BAWAH" ? (j < 3 ? "PERLU_PERBAIKAN" : "BAIK") : j === 0 ? "SANGAT_BAIK" : "BAIK";

// ─── Rencana penilaian (per unit akar, sebelum data ditulis) ─────────────────────────────────

type NilaiPeriode = {
  status: "FINAL" | "SELESAI_DINILAI" | "DRAF";
  hasil: Rating | null;
  perilaku: Rating | null;
  waktu: number;
  finalisasiId: string | null;
  unitCapaianId: string | null;
  dariCapaian: boolean;
};

type Anggota = {
  p: Peg;
  j: Jab;
  /** Penilai (dan atasannya) pada tanggal acuan setiap periode, indeks = urutan periode. */
  penilai: { penilai: Penilai | null; atasan: Penilai | null }[];
  nilai: (NilaiPeriode | null)[];
};

/** Jendela waktu [awal, akhir] dalam milidetik, dijepit ke masa lalu. */
function jendela(awal: number, akhir: number, sekarang: number): (f: number) => number {
  const b = Math.min(akhir, sekarang - 10 * 60_000);
  const a = Math.min(awal, b);
  return (f) => Math.round(a + Math.min(1, Math.max(0, f)) * (b - a));
}

/** Sesudah periode berakhir: dari tengah malam WIB hari berikutnya, paling lama 30 hari. */
const sesudahPeriode = (p: PeriodeSkala, sekarang: number) => jendela(p.selesai.getTime() + HARI - WIB, p.selesai.getTime() + 31 * HARI, sekarang);
/** Selama periode: dari hari kedua (dan tidak sebelum `sejak`, mis. SKP disetujui) sampai hari terakhirnya (atau sekarang). */
const selamaPeriode = (p: PeriodeSkala, sekarang: number, sejak = 0) => jendela(Math.max(p.mulai.getTime() + HARI + JAM, sejak), p.selesai.getTime() + 10 * JAM, sekarang);
/** Semua SKP skala disetujui paling lambat akhir Januari. */
const skpDisetujuiSemua = (tahun: number) => Date.UTC(tahun, 0, 31, 10);

function rencanakanPenilaian(k: KonteksKinerja, akar: number, anggota: Anggota[], r: Acak): void {
  const info = k.s.akar[akar]!;
  const pemimpin = anggota.find((a) => a.j.id === info.kepalaJabatanId);
  const adminPengguna = k.adminPengguna;
  const sekda = k.s.akar[0]!.kepalaJabatanId;
  const namaSekda = (() => {
    const p = k.s.pegawai.find((x) => x.jabatanId === sekda);
    return p ? formatNamaGelar(p) : "";
  })();
  const populasi = anggota.filter((a) => unitKurva(k.simpulJabatan, k.simpulUnit, a.j.id, "OPD") === info.unitId);
  k.periode.forEach((pe, i) => {
    if (!pe.mulaiSudah) return;
    if (!pe.tutup) {
      // Periode berjalan: sebagian penilai sudah mulai (draf) atau selesai menilai; pimpinan unit menunggu capaian.
      for (const a of populasi) {
        if (pegawaiIdDari(a.penilai[i]!.penilai) === null) continue;
        const x = k.drafPaksa.has(a.p.id) ? 0.1 : r.r();
        if (x >= 0.4) continue;
        const selesai = x >= 0.3;
        const w = selamaPeriode(pe, k.sekarang, skpDisetujuiSemua(k.tahun));
        const rt = ratingUntuk(r.pilih<Predikat>(["BAIK", "BAIK", "BAIK", "SANGAT_BAIK", "BUTUH_PERBAIKAN"]), r);
        a.nilai[i] = {
          status: selesai ? "SELESAI_DINILAI" : "DRAF",
          hasil: selesai || r.peluang(0.7) ? rt.hasil : null,
          perilaku: selesai || r.peluang(0.4) ? rt.perilaku : null,
          waktu: w(0.6 + r.r() * 0.4),
          finalisasiId: null,
          unitCapaianId: info.unitId,
          dariCapaian: false,
        };
      }
      return;
    }
    // Periode berakhir: capaian organisasi ditetapkan, lalu setiap penilai memfinalkan timnya.
    const w = sesudahPeriode(pe, k.sekarang);
    const capaian: PredikatOrganisasi = pilihCapaian(r);
    const tCapaian = w(0.02 + r.r() * 0.06);
    const persen = capaian === "ISTIMEWA" ? r.antara(101, 115) : capaian === "BAIK" ? r.antara(85, 100) : r.antara(55, 84);
    k.tulis.tambah("capaian_organisasi", {
      id: k.id(),
      instansiId: k.instansiId,
      unitKerjaId: info.unitId,
      tahun: k.tahun,
      kode: pe.kode,
      predikat: capaian,
      dasar: `Laporan capaian rencana aksi ${pe.label} ${info.nama}: ${persen} % rencana aksi terlaksana sesuai target (${LABEL_PREDIKAT_ORGANISASI[capaian]}).`,
      atasNama: akar === 0 ? `${k.s.instansi.jabatanPimpinan} — ${k.s.instansi.namaPimpinan}` : `Sekretaris Daerah — ${namaSekda}`,
      dicatatOleh: adminPengguna,
      createdAt: new Date(tCapaian),
    });
    const predikat = sebaranPredikat(capaian, populasi.length, r, r.peluang(0.08));
    const perPenilai = new Map<string, Anggota[]>();
    populasi.forEach((a, x) => {
      const rt = ratingUntuk(predikat[x]!, r);
      a.nilai[i] = { status: "FINAL", hasil: rt.hasil, perilaku: rt.perilaku, waktu: 0, finalisasiId: null, unitCapaianId: info.unitId, dariCapaian: false };
      const pid = pegawaiIdDari(a.penilai[i]!.penilai);
      if (pid) (perPenilai.get(pid) ?? perPenilai.set(pid, []).get(pid)!).push(a);
    });
    const kelompok: KelompokFinal<Anggota>[] = [...perPenilai.entries()].map(([penilaiId, g]) => ({ penilaiId, anggota: g, waktu: w(0.15 + r.r() * 0.8) })).sort((a, b) => a.waktu - b.waktu);
    const hasil = urutFinalisasi(capaian, populasi.length, kelompok, (a) => predikatKinerja(a.nilai[i]!.hasil!, a.nilai[i]!.perilaku!), r);
    kelompok.forEach((g, x) => {
      const f = hasil[x]!;
      const fid = k.id();
      const dasar = { instansiId: k.instansiId, tahun: k.tahun, kode: pe.kode, capaian, jumlah: f.jumlah, pelanggaran: f.pelanggaran };
      k.tulis.tambah("finalisasi_penilaian", { ...dasar, id: fid, unitCapaianId: info.unitId, penilaiPegawaiId: g.penilaiId, alasanOverride: f.alasanOverride, dibuatOleh: k.pengguna.get(g.penilaiId)!, createdAt: new Date(g.waktu) });
      for (const a of g.anggota) Object.assign(a.nilai[i]!, { waktu: g.waktu, finalisasiId: fid });
      if (f.sisa === 0) {
        k.tulis.tambah("penetapan_distribusi", { ...dasar, id: k.id(), unitKerjaId: info.unitId, ditetapkanAt: new Date(g.waktu) });
      }
    });
    // Pimpinan OPD (dinilai Sekda): rating hasil kerja mengikuti capaian OPD-nya; tidak dihitung dalam kurva mana pun.
    // Sekda sendiri dinilai pimpinan instansi di luar sistem (dicatat admin dengan pindaian): tidak dibuat.
    if (pemimpin && akar > 0) {
      const hasilPimpinan = PEMETAAN_PIMPINAN_BAWAAN[capaian];
      const perilaku = r.pilih<Rating>(["SESUAI", "SESUAI", "SESUAI", "DI_ATAS", "DI_ATAS"]);
      pemimpin.nilai[i] = { status: "FINAL", hasil: hasilPimpinan, perilaku, waktu: Math.max(k.finalSekda.get(pe.kode)!, tCapaian + 60_000), finalisasiId: null, unitCapaianId: null, dariCapaian: true };
    }
  });
}

// ─── Satu unit akar ───────────────────────────────────────────────────────────────────────────

type SkpDibuat = {
  a: Anggota;
  skpId: string;
  pendekatan: "KUANTITATIF" | "KUALITATIF";
  snapshot: IdentitasSnapshot;
  disetujui: number;
  rhk: { id: string; teks: string; aksi: string }[];
  iki: { id: string; rhkIndeks: number; aspek: string | null; target: number | null; satuan: string | null }[];
};

export async function isiAkar(k: KonteksKinerja, akar: number): Promise<{ pegawai: number }> {
  let t = performance.now();
  const ukur = (bagian: string) => {
    const s = performance.now();
    k.bagianMs[bagian] = (k.bagianMs[bagian] ?? 0) + (s - t);
    t = s;
  };
  const r = acakDari(`skala:${k.s.n}:${k.tahun}:kinerja:${akar}`);
  const { kartu, tampil } = pembuatKartu(k);
  const anggota: Anggota[] = k.s.pegawai
    .filter((p) => p.akar === akar)
    .map((p) => ({ p, j: k.jabPer.get(p.jabatanId)! }))
    .sort((x, y) => x.j.kedalaman - y.j.kedalaman)
    .map(({ p, j }) => ({
      p,
      j,
      penilai: k.periode.map((pe) => {
        const x = penilaiPeriode(k.h, p.id, pe, { mulai: pe.mulai, selesai: new Date(Date.UTC(k.tahun, 11, 31)) });
        return { penilai: x.penilai, atasan: x.atasanPenilai };
      }),
      nilai: k.periode.map(() => null),
    }));
  rencanakanPenilaian(k, akar, anggota, r);
  await k.tulis.siram();
  ukur("penilaian");

  const awalTahun = Date.UTC(k.tahun, 0, 2, 1);
  const wSkp = jendela(awalTahun, Date.UTC(k.tahun, 0, 31, 9), k.sekarang);
  const dimulai = k.periode.filter((p) => p.mulaiSudah);
  const terakhirTutup = [...k.periode].reverse().find((p) => p.tutup);
  const hariIni = k.hari;

  for (let o = 0; o < anggota.length; o += POTONGAN) {
    const potong = anggota.slice(o, o + POTONGAN);

    // ── Perencanaan: SKP, RHK, IKI, perilaku, lampiran, peran hasil ──
    const dibuat: SkpDibuat[] = [];
    for (const a of potong) {
      await k.tulis.jeda();
      const { p, j } = a;
      const penilai = pejabatPenilai(k.h, p.id, hariIni);
      const atasanPenilai = atasanPejabatPenilai(k.h, p.id, hariIni);
      const penilaiId = pegawaiIdDari(penilai);
      const varian = varianSkp(j.jenis);
      const pendekatan = varian === "JPT" && r.peluang(0.5) ? "KUALITATIF" : "KUANTITATIF";
      const skpId = k.id();
      k.skpPer.set(p.id, skpId);
      const f = Math.min(0.8, (j.kedalaman / 6) * 0.7 + r.r() * 0.1);
      const [tDibuat, tDiajukan, tSetuju] = [wSkp(f), wSkp(f + 0.04), wSkp(f + 0.08)];
      const snapshot = kartu(p.id, j.id, "DEFINITIF");
      k.tulis.tambah("skp", {
        id: skpId,
        periodeId: k.periodeKinerjaId,
        pegawaiId: p.id,
        jabatanId: j.id,
        mulai: new Date(Date.UTC(k.tahun, 0, 1)),
        selesai: new Date(Date.UTC(k.tahun, 11, 31)),
        pendekatan,
        varian,
        status: "DISETUJUI",
        versi: 1,
        pegawaiSnapshot: snapshot,
        penilaiPegawaiId: penilaiId,
        penilaiSnapshot: tampil(penilai),
        atasanPenilaiSnapshot: tampil(atasanPenilai),
        diajukanAt: new Date(tDiajukan),
        disetujuiAt: new Date(tSetuju),
        createdAt: new Date(tDibuat),
        updatedAt: new Date(tSetuju),
      });
      const induk = varian === "JA_JF" && penilaiId ? k.rhkUtama.get(penilaiId) : undefined;
      const jumlahRhk = r.antara(4, 8);
      const rumus = [...r.acakUrut(RUMUS_RHK[j.kategori]), ...r.acakUrut(RUMUS_RHK[j.kategori === "STAF" ? "STRUKTURAL" : "STAF"])].slice(0, jumlahRhk);
      const item: SkpDibuat = { a, skpId, pendekatan, snapshot, disetujui: tSetuju, rhk: [], iki: [] };
      const utama: { id: string; teks: string }[] = [];
      let urutTambahan = 0;
      rumus.forEach((ru, x) => {
        const tambahan = x === jumlahRhk - 1 && jumlahRhk >= 5 && r.peluang(0.3);
        const teks = ru.teks.replace("{x}", j.lingkup);
        const rhkInduk = !tambahan && induk?.length ? induk[x % induk.length]! : null;
        const rid = k.id();
        k.tulis.tambah("rhk", {
          id: rid,
          skpId,
          jenis: tambahan ? "TAMBAHAN" : "UTAMA",
          urutan: tambahan ? ++urutTambahan : x + 1,
          teks,
          rhkAtasanId: rhkInduk?.id ?? null,
          perspektif: varian === "JPT" ? PERSPEKTIF[x % PERSPEKTIF.length]!.kode : null,
          dariMatriks: false,
          createdAt: new Date(tDibuat + (x + 1) * 240_000),
        });
        // Satu sel matriks per (RHK atasan, bawahan): RHK bawahan berikutnya yang mengintervensi RHK yang sama ditulis sendiri.
        if (rhkInduk && x < induk!.length) k.tulis.tambah("peran_hasil", { id: k.id(), rhkId: rhkInduk.id, bawahanPegawaiId: p.id, teks, createdAt: new Date(tDibuat), updatedAt: new Date(tDibuat) });
        if (!tambahan) utama.push({ id: rid, teks });
        item.rhk.push({ id: rid, teks, aksi: ru.aksi.replace("{x}", j.lingkup) });
        const jumlahIki = r.antara(2, 3);
        for (let m = 0; m < jumlahIki; m++) {
          const iid = k.id();
          let iki: { aspek: string | null; indikator: string; min: number | null; satuan: string | null; teksTarget: string };
          if (pendekatan === "KUALITATIF") {
            iki = { aspek: null, indikator: `Terwujudnya ${ru.objek} sesuai rencana strategis (indikator ${m + 1})`, min: null, satuan: null, teksTarget: "Kategori baik pada evaluasi tahunan" };
          } else if (varian === "JPT") {
            const v = [
              { indikator: `Persentase capaian target ${ru.objek}`, min: 5 * r.antara(18, 20), satuan: "%" },
              { indikator: `Indeks kepuasan masyarakat atas ${ru.objek}`, min: r.antara(80, 90), satuan: "nilai" },
              { indikator: `Jumlah ${ru.objek} yang terlaksana`, min: r.antara(4, 24), satuan: ru.satuan },
            ][m]!;
            iki = { aspek: null, ...v, teksTarget: v.satuan === "%" ? `${v.min}%` : `${v.min} ${v.satuan}` };
          } else if (m === 0) {
            const min = r.antara(4, 48);
            iki = { aspek: "KUANTITAS", indikator: `Jumlah ${ru.objek} yang diselesaikan`, min, satuan: ru.satuan, teksTarget: `${min} ${ru.satuan}` };
          } else if (m === 1) {
            const min = 5 * r.antara(18, 20);
            iki = { aspek: "KUALITAS", indikator: `Persentase ${ru.objek} yang sesuai standar`, min, satuan: "%", teksTarget: `${min}%` };
          } else {
            iki = { aspek: "WAKTU", indikator: `Ketepatan waktu penyelesaian ${ru.objek}`, min: 12, satuan: "bulan", teksTarget: "12 bulan" };
          }
          k.tulis.tambah("iki", { id: iid, rhkId: rid, urutan: m + 1, aspek: iki.aspek, indikator: iki.indikator, targetMin: iki.min, targetMaks: iki.min, satuan: iki.satuan, targetTeks: iki.teksTarget });
          item.iki.push({ id: iid, rhkIndeks: x, aspek: iki.aspek, target: iki.min, satuan: iki.satuan });
        }
      });
      if (k.penilai.has(p.id)) k.rhkUtama.set(p.id, utama);
      for (const v of NILAI_BERAKHLAK) k.tulis.tambah("perilaku_skp", { id: k.id(), skpId, nilai: v.kode, ekspektasi: r.peluang(0.3) ? r.pilih(EKSPEKTASI) : null });
      k.tulis.tambah("lampiran_skp", { id: k.id(), skpId, jenis: "DUKUNGAN_SUMBER_DAYA", urutan: 1, teks: "Komputer dan akses internet kantor" });
      k.tulis.tambah("lampiran_skp", { id: k.id(), skpId, jenis: "SKEMA_PERTANGGUNGJAWABAN", urutan: 1, teks: "Capaian dilaporkan setiap triwulan kepada pejabat penilai" });
      k.tulis.tambah("lampiran_skp", { id: k.id(), skpId, jenis: "KONSEKUENSI", urutan: 1, teks: "Capaian kinerja menjadi dasar pembayaran TPP" });
      dibuat.push(item);
    }
    await k.tulis.siram();
    ukur("perencanaan");

    // ── Pelaksanaan: rencana aksi, bukti (tautan), realisasi; umpan balik berkelanjutan, kunjungan ──
    for (const d of dibuat) {
      await k.tulis.jeda();
      const pemilik = k.pengguna.get(d.a.p.id)!;
      const penilaiSkp = pegawaiIdDari(d.a.penilai.at(-1)!.penilai);
      for (const pe of dimulai) {
        const i = pe.urutan - 1;
        const n = d.a.nilai[i];
        const lengkap = pe.tutup || n?.status === "SELESAI_DINILAI";
        const w = selamaPeriode(pe, k.sekarang, d.disetujui + JAM);
        const faktor = (n?.hasil && pe.tutup ? FAKTOR[n.hasil] : lengkap ? 1 : 0.6) * (0.97 + r.r() * 0.06);
        d.rhk.forEach((rh, x) => {
          if (!lengkap && !r.peluang(0.75)) return;
          const jumlahRa = lengkap ? (x === 0 || r.peluang(0.2) ? 2 : 1) : 1;
          for (let u = 0; u < jumlahRa; u++) {
            const raId = k.id();
            const tRa = w(r.r() * 0.3);
            const ikiJumlah = d.iki.find((y) => y.rhkIndeks === x && y.aspek === "KUANTITAS");
            const target = u === 0 && ikiJumlah?.target ? Math.max(1, Math.round(ikiJumlah.target / 4)) : null;
            k.tulis.tambah("rencana_aksi", {
              id: raId,
              rhkId: rh.id,
              periodeEvaluasiId: pe.id,
              urutan: u + 1,
              uraian: u === 0 ? `${rh.aksi} selama ${pe.label}` : `Menyampaikan laporan kemajuan ${pe.label} kepada pejabat penilai`,
              targetAngka: target,
              satuan: target === null ? null : ikiJumlah!.satuan,
              createdAt: new Date(tRa),
              updatedAt: new Date(tRa),
            });
            // Progres harian (issue #15) pada periode berjalan: rencana aksi pertama RHK pertama, hari kerja 10 terakhir.
            if (!pe.tutup && x === 0 && u === 0) isiHarian(k, r, { pegawaiId: d.a.p.id, skpId: d.skpId, raId, satuan: (target === null ? null : ikiJumlah!.satuan) ?? "kegiatan", mulai: Math.max(pe.mulai.getTime(), d.disetujui + JAM), penilaiId: penilaiSkp });
            const jumlahBukti = lengkap ? (r.peluang(0.25) ? 2 : 1) : r.peluang(0.6) ? 1 : 0;
            for (let b = 0; b < jumlahBukti; b++) {
              const nama = NAMA_BUKTI[(x + u + b) % NAMA_BUKTI.length]!;
              k.tulis.tambah("bukti_dukung", {
                id: k.id(),
                rencanaAksiId: raId,
                jenis: "TAUTAN",
                status: "SIAP",
                nama: `${nama} ${pe.label}`,
                url: `https://arsip.kinerja.example.go.id/${k.tahun}/${pe.kode.toLowerCase()}/${raId.slice(-12)}/${b + 1}`,
                diunggahOleh: pemilik,
                createdAt: new Date(w(0.3 + r.r() * 0.6)),
              });
            }
          }
        });
        for (const iki of d.iki) {
          if (!lengkap && !r.peluang(0.45)) continue;
          let nilai: number | null = null;
          let teks: string | null = null;
          if (iki.target === null) teks = "Langkah periode ini terlaksana sesuai rencana aksi; kemajuan dibahas dalam rapat pimpinan bulanan.";
          else if (iki.satuan === "%") nilai = Math.min(100, Math.round(iki.target * (faktor > 1.05 ? 1.03 : faktor < 0.95 ? 0.85 : 1) * 100) / 100);
          else if (iki.satuan === "nilai") nilai = Math.round(iki.target * Math.min(1.08, faktor) * 100) / 100;
          else if (iki.satuan === "bulan") nilai = 3;
          else nilai = Math.max(0, Math.round((iki.target / 4) * faktor));
          const tR = w(0.85 + r.r() * 0.15);
          k.tulis.tambah("realisasi", { id: k.id(), ikiId: iki.id, periodeEvaluasiId: pe.id, nilai, teks, dasar: `${r.pilih(DASAR_REALISASI)} ${pe.label} ${k.tahun}`, createdAt: new Date(tR), updatedAt: new Date(tR) });
        }
      }
      if (r.peluang(0.25)) {
        for (let u = r.antara(1, 3); u > 0; u--) {
          const pe = r.pilih(dimulai);
          const dariPenilai = penilaiSkp !== null && r.peluang(0.6);
          k.tulis.tambah("umpan_balik", {
            id: k.id(),
            skpId: d.skpId,
            rhkId: r.peluang(0.7) ? r.pilih(d.rhk).id : null,
            penulisPegawaiId: dariPenilai ? penilaiSkp : d.a.p.id,
            teks: dariPenilai ? "Mohon lengkapi bukti dukung dan ringkasan hasilnya." : "Bukti dukung sudah saya unggah; mohon arahan bila masih kurang.",
            createdAt: new Date(selamaPeriode(pe, k.sekarang, d.disetujui + JAM)(r.r())),
          });
        }
      }
      if (penilaiSkp && r.peluang(0.5)) k.tulis.tambah("kunjungan_skp", { pegawaiId: penilaiSkp, skpId: d.skpId, terakhirDilihat: new Date(Math.min(k.sekarang - 60_000, Math.max(d.disetujui + JAM, k.sekarang - r.antara(1, 30) * HARI))), acuanBaru: null });
      if (r.peluang(0.7)) k.tulis.tambah("kunjungan_skp", { pegawaiId: d.a.p.id, skpId: d.skpId, terakhirDilihat: new Date(Math.min(k.sekarang - 60_000, Math.max(d.disetujui + JAM, k.sekarang - r.antara(1, 20) * HARI))), acuanBaru: null });
    }
    await k.tulis.siram();
    ukur("pelaksanaan");

    // ── Penilaian: evaluasi per periode, umpan balik penilai ──
    const dokumen: { d: SkpDibuat; finalAt: number; penilai: IdentitasSnapshot; penilaiId: string }[] = [];
    for (const d of dibuat) {
      await k.tulis.jeda();
      for (const pe of dimulai) {
        const i = pe.urutan - 1;
        const n = d.a.nilai[i];
        if (!n) continue;
        const ps = d.a.penilai[i]!;
        const penilaiId = pegawaiIdDari(ps.penilai)!;
        const penilaiPengguna = k.pengguna.get(penilaiId)!;
        const predikat = predikatBila(n.hasil, n.perilaku);
        const final = n.status === "FINAL";
        const w = final ? sesudahPeriode(pe, k.sekarang) : selamaPeriode(pe, k.sekarang, skpDisetujuiSemua(k.tahun));
        const dasar = w(0);
        const dibuatAt = final ? dasar + (n.waktu - dasar) * 0.3 : Math.min(n.waktu, w(0.5));
        const selesaiAt = n.status === "DRAF" ? null : final ? dasar + (n.waktu - dasar) * 0.8 : n.waktu;
        const penilaiSnapshot = tampil(ps.penilai);
        const eid = k.id();
        k.tulis.tambah("evaluasi_kinerja", {
          id: eid,
          skpId: d.skpId,
          periodeEvaluasiId: pe.id,
          kode: pe.kode,
          status: n.status,
          versi: final ? 4 : n.status === "SELESAI_DINILAI" ? 3 : n.hasil || n.perilaku ? 2 : 1,
          ratingHasil: n.hasil,
          ratingPerilaku: n.perilaku,
          predikat,
          catatan: predikat && n.status !== "DRAF" ? catatanPenilai(pe.label.toLowerCase(), predikat) : null,
          penilaiPegawaiId: penilaiId,
          atasanPenilaiPegawaiId: pegawaiIdDari(ps.atasan),
          pegawaiSnapshot: d.snapshot,
          penilaiSnapshot,
          atasanPenilaiSnapshot: tampil(ps.atasan),
          diubahOleh: penilaiPengguna,
          selesaiDinilaiAt: selesaiAt === null ? null : new Date(selesaiAt),
          finalAt: final ? new Date(n.waktu) : null,
          finalOleh: final ? penilaiPengguna : null,
          tenggatKeberatan: final ? hariTerakhirKeberatan(new Date(n.waktu), ATURAN_TENGGAT_BAWAAN, "Asia/Jakarta") : null,
          unitCapaianId: n.unitCapaianId,
          ratingHasilDariCapaian: n.dariCapaian,
          finalisasiId: n.finalisasiId,
          createdAt: new Date(dibuatAt),
          updatedAt: new Date(n.waktu),
        });
        const rhkDiumpan = n.status === "DRAF" ? d.rhk.slice(0, Math.ceil(d.rhk.length / 2)) : d.rhk;
        rhkDiumpan.forEach((rh, x) => {
          const pilihan: PilihanUmpan = pilihanRhk(n.hasil, x);
          k.tulis.tambah("umpan_evaluasi", { id: k.id(), evaluasiId: eid, rhkId: rh.id, nilai: null, pilihan, teks: UMPAN_RHK[pilihan] });
        });
        if (n.perilaku) {
          NILAI_BERAKHLAK.forEach((v, x) => {
            const pilihan = pilihanPerilaku(n.perilaku!, (x + i) % 7);
            k.tulis.tambah("umpan_evaluasi", { id: k.id(), evaluasiId: eid, rhkId: null, nilai: v.kode, pilihan, teks: pilihan === "BAIK" && r.peluang(0.6) ? null : UMPAN_PERILAKU[pilihan] });
          });
        }
        if (final && pe === terakhirTutup && penilaiSnapshot && r.peluang(0.2)) dokumen.push({ d, finalAt: n.waktu, penilai: penilaiSnapshot, penilaiId });
      }
    }
    await k.tulis.siram();
    ukur("penilaian");

    // ── Dokumen Evaluasi bertanda tangan (metadata; lihat isiDokumen) ──
    for (const x of dokumen) isiDokumen(k, x, terakhirTutup!, r);
    await k.tulis.siram();
    ukur("dokumen");
  }
  return { pegawai: anggota.length };
}

/**
 * Satu Dokumen Evaluasi Kinerja Pegawai yang ditandatangani pegawai dan (biasanya) pejabat penilainya, sebagai
 * METADATA saja: baris `dokumen` dan `tanda_tangan_dokumen`, tanpa berkas PDF dan tanpa baris `berkas_dokumen`.
 * - Halaman verifikasi publik /verifikasi/<kode> berfungsi: jenis, periode, pihak, tanda tangan; "SHA-256 berkas
 *   terbaru" tampil "-" dan setiap PDF yang diunggah untuk dicocokkan dinyatakan tidak cocok (tidak ada berkas terdaftar).
 * - `isi` adalah penanda data sintetis (bukan isi cetak aplikasi) dan `isiSha256` = SHA-256 penanda itu. Karena
 *   berbeda dari sidik isi yang dihitung aplikasi, unduhan atau tanda tangan pertama tidak mencari berkas yang tidak
 *   ada (tidak ada 404/500): aplikasi membuat versi 2 yang dirender sungguhan dari data saat ini, dan versi 1 ini
 *   menjadi "digantikan" — tanda tangannya tidak terbawa ke versi 2.
 * - `berkasSha256` tanda tangan = SHA-256 teks penanda "berkas tidak dibuat" (kolom wajib), bukan sidik berkas mana pun.
 */
function isiDokumen(k: KonteksKinerja, x: { d: SkpDibuat; finalAt: number; penilai: IdentitasSnapshot; penilaiId: string }, pe: PeriodeSkala, r: Acak): void {
  const { d } = x;
  const id = k.id();
  const w = jendela(x.finalAt + JAM, x.finalAt + 20 * HARI, k.sekarang);
  const tDibuat = w(r.r() * 0.3);
  const isi = {
    sintetis: true,
    keterangan: "Data skala (scripts/skala): berkas PDF tidak dibuat. Unduhan pertama membuat versi baru dari data saat ini.",
    pegawai: { nama: d.snapshot.nama, nip: d.snapshot.nip },
    periode: `${pe.label} ${k.tahun}`,
  };
  const isiSha256 = sha256Hex(Buffer.from(JSON.stringify(isi)));
  k.tulis.tambah("dokumen", {
    id,
    instansiId: k.instansiId,
    jenis: "DOKUMEN_EVALUASI",
    subjek: `skp:${d.skpId}:${pe.kode}:DOKUMEN_EVALUASI`,
    versi: 1,
    kode: kodeVerifikasi(id),
    skpId: d.skpId,
    unitKerjaId: null,
    judul: `${LABEL_JENIS_DOKUMEN.DOKUMEN_EVALUASI} ${d.snapshot.nama}`.slice(0, 250),
    periode: `${pe.label} ${k.tahun}`,
    pihak: [
      { peran: "PEGAWAI", nama: d.snapshot.nama },
      { peran: "PENILAI", nama: x.penilai.nama },
    ],
    isi,
    isiSha256,
    dibuatOleh: k.pengguna.get(d.a.p.id)!,
    createdAt: new Date(tDibuat),
  });
  const ttd = (peran: "PEGAWAI" | "PENILAI", pegawaiId: string, s: IdentitasSnapshot, waktu: number) =>
    k.tulis.tambah("tanda_tangan_dokumen", {
      id: k.id(),
      dokumenId: id,
      peran,
      pegawaiId,
      penggunaId: k.pengguna.get(pegawaiId)!,
      nama: s.nama.slice(0, 250),
      nip: s.nip?.replace(/\D/g, "").slice(0, 20) || null,
      metode: "SEGEL",
      isiSha256,
      berkasSha256: sha256Hex(Buffer.from(`skala:berkas-tidak-dibuat:${id}:${peran}`)),
      waktu: new Date(waktu),
    });
  const tPegawai = w(0.3 + r.r() * 0.3);
  ttd("PEGAWAI", d.a.p.id, d.snapshot, tPegawai);
  if (r.peluang(0.85)) ttd("PENILAI", x.penilaiId, x.penilai, w(0.6 + r.r() * 0.4));
}

const KEGIATAN_HARIAN = ["Menyusun bahan kerja sesuai rencana aksi", "Koordinasi dengan rekan tim", "Memperbarui data pada aplikasi", "Rapat pembahasan kegiatan bidang", "Menyusun laporan kemajuan"] as const;
/** Hari kerja (Senin–Jumat) terakhir yang diisi progres harian per pegawai pada data skala. */
const HARI_HARIAN = 10;

/** Entri progres harian satu pegawai: ±85% hari kerja terisi; minggu ini draf, minggu lalu diajukan, sebelumnya disetujui. */
function isiHarian(k: KonteksKinerja, r: Acak, x: { pegawaiId: string; skpId: string; raId: string; satuan: string; mulai: number; penilaiId: string | null }) {
  const hariMs = k.hari.getTime();
  const dow = new Date(hariMs).getUTCDay();
  const senin = hariMs - ((dow + 6) % 7) * HARI;
  let diisi = 0;
  for (let t = hariMs; diisi < HARI_HARIAN && t >= x.mulai - HARI; t -= HARI) {
    const d = new Date(t).getUTCDay();
    if (d === 0 || d === 6) continue;
    diisi += 1;
    if (!r.peluang(0.85)) continue;
    const status = t >= senin ? "DRAF" : t >= senin - 7 * HARI ? "DIAJUKAN" : "DISETUJUI";
    const kegiatan = KEGIATAN_HARIAN[(diisi + x.raId.charCodeAt(35)) % KEGIATAN_HARIAN.length]!;
    const dibuat = Math.min(k.sekarang - 60_000, t + 9 * JAM + r.antara(0, 8) * JAM);
    const tanggal = new Date(t);
    k.tulis.tambah("progres_harian", {
      id: k.id(),
      instansiId: k.instansiId,
      pegawaiId: x.pegawaiId,
      skpId: x.skpId,
      rencanaAksiId: x.raId,
      tanggal,
      jamMulai: 450,
      jamSelesai: 450 + 60 * r.antara(2, 7),
      kegiatan,
      realisasi: 1,
      satuan: x.satuan,
      status,
      terlambatHari: 0,
      sidik: sha256Hex(new TextEncoder().encode(`${x.raId}|${tanggal.toISOString().slice(0, 10)}|${kegiatan}`)),
      diajukanAt: status === "DRAF" ? null : new Date(dibuat + JAM),
      ditinjauAt: status === "DISETUJUI" ? new Date(Math.min(k.sekarang - 60_000, dibuat + 2 * HARI)) : null,
      ditinjauOleh: status === "DISETUJUI" ? x.penilaiId : null,
      createdAt: new Date(dibuat),
      updatedAt: new Date(dibuat),
    });
  }
}
