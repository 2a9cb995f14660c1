// Pembangkit instansi sintetis (dipindahkan dari scripts/bench.ts): OPD → bidang → subbidang, pohon jabatan
// Sekda → kepala OPD → kepala bidang → kepala subbidang → staf, penugasan, akun, periode, SKP dengan RHK/IKI,
// pelaksanaan; sisip massal INSERT … SELECT FROM unnest(…) lewat pg.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import type { JenisJabatan, JenisUnitKerja, StatusSkp } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { formatNamaGelar, namaJabatanDenganPenugasan } from "@/lib/organisasi/format";
import { atasanPejabatPenilai, bangunHierarki, jabatanDefinitif, pejabatPenilai, type Penilai, type Penugasan } from "@/lib/organisasi/hierarki";
import { formatNip, uraiNip } from "@/lib/organisasi/nip";
import { formatPangkatGolongan } from "@/lib/organisasi/pangkat";
import { NILAI_BERAKHLAK } from "@/lib/skp/berakhlak";
import type { IdentitasSnapshot } from "@/lib/skp/identitas";
import { periodeEvaluasi } from "@/lib/skp/periode";
import { varianSkp } from "@/lib/skp/varian";


function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPD = [
  "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Rumah Sakit Umum Daerah",
  "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Perencanaan Pembangunan Daerah",
  "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Inspektorat Daerah",
  "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman", "Dinas Lingkungan Hidup",
  "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
  "Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Perhubungan",
  "Dinas Komunikasi dan Informatika", "Dinas Koperasi, Usaha Kecil dan Menengah",
  "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Pemuda, Olahraga dan Pariwisata",
  "Dinas Perpustakaan dan Kearsipan", "Dinas Pertanian", "Dinas Perikanan", "Dinas Ketahanan Pangan",
  "Dinas Perdagangan dan Perindustrian", "Dinas Sosial", "Dinas Tenaga Kerja dan Transmigrasi",
  "Satuan Polisi Pamong Praja", "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik",
  "Sekretariat DPRD", "Kecamatan Sukamakmur", "Kecamatan Sukamaju", "Kecamatan Cibening", "Kecamatan Mekarsari",
  "Kecamatan Talangsari", "Kecamatan Sindangjaya", "Kecamatan Karangrejo", "Kecamatan Wanasari",
  "Kecamatan Tanjungsari", "Kecamatan Sumberjaya",
];
const BIDANG = ["Program dan Evaluasi", "Pelayanan", "Pembinaan", "Pengembangan", "Pengendalian", "Data dan Informasi"];
const SUB = ["Perencanaan", "Pelaksanaan", "Monitoring dan Evaluasi", "Umum dan Kepegawaian", "Keuangan", "Kerja Sama"];
const STAF: { nama: string; jenis: JenisJabatan; kelas: number }[] = [
  { nama: "Pengadministrasi Perkantoran", jenis: "PELAKSANA", kelas: 5 },
  { nama: "Pengolah Data dan Informasi", jenis: "PELAKSANA", kelas: 7 },
  { nama: "Penata Layanan Operasional", jenis: "PELAKSANA", kelas: 7 },
  { nama: "Pengelola Umum Operasional", jenis: "PELAKSANA", kelas: 6 },
  { nama: "Analis Kebijakan Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
  { nama: "Perencana Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { nama: "Pranata Komputer Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { nama: "Arsiparis Ahli Pertama", jenis: "FUNGSIONAL", kelas: 9 },
  { nama: "Analis Sumber Daya Manusia Aparatur Ahli Muda", jenis: "FUNGSIONAL", kelas: 11 },
];
const GURU = ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya"];
const NAMA_L = ["Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Joko", "Rudi", "Wahyu", "Yusuf", "Andi", "Bambang", "Rizki", "Taufik", "Arief", "Galih", "Hadi", "Rizal", "Dani", "Iwan"];
const NAMA_P = ["Dewi", "Rina", "Siti", "Maya", "Intan", "Lina", "Novi", "Anisa", "Fitri", "Mega", "Ratna", "Lestari", "Yuliana", "Wulan", "Dian", "Nur", "Sri", "Ayu", "Putri", "Rahma"];
const NAMA_B = ["Saputra", "Wijaya", "Setiawan", "Hidayat", "Nugroho", "Pratama", "Kurniawan", "Santoso", "Permana", "Hermawan", "Lestari", "Anggraini", "Rahmawati", "Sari", "Utami", "Handayani", "Marlina", "Wulandari", "Gunawan", "Susilo"];
const GELAR = ["S.Sos.", "S.E.", "S.H.", "S.Kom.", "S.Pd.", "A.Md.", "S.KM.", "S.T.", null, null];

type Unit = { id: string; parentId: string | null; kode: string; nama: string; singkatan: string | null; jenis: JenisUnitKerja; urutan: number; tingkat: number };
type Jab = { id: string; unitKerjaId: string; parentId: string | null; nama: string; jenis: JenisJabatan; eselon: string | null; kelasJabatan: number; urutan: number; tingkat: number };
type Peg = {
  id: string; nip: string; status: "PNS" | "PPPK"; gelarDepan: string | null; nama: string; gelarBelakang: string | null;
  tanggalLahir: Date; jenisKelamin: "L" | "P"; golongan: string; tingkat: number;
};

export type Instansi = { instansiId: string; opdTerbesar: string; atasan: string; asn: string; akar: Unit[] };

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

/** [properti baris, kolom, tipe PostgreSQL]. */
type Kolom = readonly [string, string, string];
const kol = (properti: string, tipe: string, kolom = properti.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)): Kolom => [properti, kolom, tipe];

/** Sisip massal: satu INSERT … SELECT * FROM unnest($1::tipe[], …) per 50.000 baris (tanpa batas parameter). */
async function sisip(c: pg.Client, tabel: string, kolom: readonly Kolom[], baris: readonly object[]): Promise<void> {
  for (let i = 0; i < baris.length; i += 50_000) {
    const potong = baris.slice(i, i + 50_000) as Record<string, unknown>[];
    const nilai = kolom.map(([p, , tipe]) =>
      potong.map((b) => {
        const v = b[p];
        if (v === undefined || v === null) return null;
        if (tipe === "jsonb") return JSON.stringify(v);
        if (tipe === "date") return (v as Date).toISOString().slice(0, 10);
        return v;
      }),
    );
    const daftar = kolom.map(([, kol]) => `"${kol}"`).join(", ");
    const param = kolom.map(([, , tipe], j) => `$${j + 1}::${tipe}[]`).join(", ");
    await c.query(`INSERT INTO "${tabel}" (${daftar}) SELECT * FROM unnest(${param})`, nilai);
  }
}

export async function bangunInstansi(db: pg.Client, n: number, tahun: number, hari: Date, bagianMs: Record<string, number>): Promise<Instansi> {
  const r = mulberry32(n * 7919 + tahun);
  const antara = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
  const pilih = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  let t = performance.now();
  const ukur = (k: string) => {
    const s = performance.now();
    bagianMs[k] = (bagianMs[k] ?? 0) + (s - t);
    t = s;
  };

  // ── Organisasi: Setda + K OPD, masing-masing 4 bagian/bidang × 3 subbagian/subbidang ──
  const K = Math.min(OPD.length, Math.max(3, Math.round(n / 200)));
  const TIM = Math.max(10, Math.round(n / 40)); // tim terbesar: fungsional guru langsung di bawah satu kepala bidang
  const units: Unit[] = [];
  const jabatan: Jab[] = [];
  const kursiKepala: { jab: Jab; tingkat: number; kosong: boolean; pltOleh?: Jab }[] = [];
  const kursiStaf: { jab: Jab; bobot: number }[] = [];
  const guru: Jab[] = [];
  let nUnit = 0;
  let nSub = 0;
  const unit = (parentId: string | null, nama: string, jenis: JenisUnitKerja, tingkat: number, singkatan: string | null = null): Unit => {
    const u = { id: randomUUID(), parentId, kode: `U${++nUnit}`, nama, singkatan, jenis, urutan: nUnit, tingkat };
    units.push(u);
    return u;
  };
  const jab = (u: Unit, parent: Jab | null, nama: string, jenis: JenisJabatan, eselon: string | null, kelas: number, tingkat: number): Jab => {
    const j = { id: randomUUID(), unitKerjaId: u.id, parentId: parent?.id ?? null, nama, jenis, eselon, kelasJabatan: kelas, urutan: jabatan.length, tingkat };
    jabatan.push(j);
    return j;
  };
  let sekda: Jab | null = null;
  let kabidTim: Jab | null = null;
  for (let o = 0; o <= K; o++) {
    const setda = o === 0;
    const namaOpd = setda ? "Sekretariat Daerah" : OPD[o - 1]!;
    const kec = namaOpd.startsWith("Kecamatan");
    const akar = unit(null, namaOpd, setda ? "SEKRETARIAT_DAERAH" : "OPD", 0, setda ? "Setda" : null);
    const kepala: Jab = setda
      ? jab(akar, null, "Sekretaris Daerah", "JPT", "II.a", 15, 0)
      : jab(akar, sekda, kec ? `Camat ${namaOpd.slice(10)}` : `Kepala ${namaOpd}`, kec ? "ADMINISTRATOR" : "JPT", kec ? "III.a" : "II.b", kec ? 12 : 14, 1);
    if (setda) sekda = kepala;
    kursiKepala.push({ jab: kepala, tingkat: kepala.tingkat, kosong: false });
    const bobot = o === 1 ? 4 : o === 2 || o === 3 ? 2 : 1; // pendidikan, kesehatan, RSUD lebih besar
    for (let b = 0; b < 4; b++) {
      const namaB = setda ? `Bagian ${BIDANG[b]}` : b === 0 ? "Sekretariat" : `Bidang ${BIDANG[(b + o) % BIDANG.length]}`;
      const ub = unit(akar.id, namaB, setda ? "BAGIAN" : b === 0 ? "BAGIAN" : "BIDANG", 1);
      const kb = jab(ub, kepala, b === 0 && !setda ? `Sekretaris ${kec ? "Kecamatan" : "Dinas"}` : `Kepala ${namaB}`, "ADMINISTRATOR", b === 0 ? "III.a" : "III.b", 11, 2);
      kursiKepala.push({ jab: kb, tingkat: 2, kosong: false });
      const tim = o === 1 && b === 1;
      if (tim) {
        kabidTim = kb;
        for (const g of GURU) guru.push(jab(ub, kb, g, "FUNGSIONAL", null, 9, 4));
      }
      for (let s = 0; s < 3; s++) {
        const namaS = `${b === 0 || setda ? "Subbagian" : "Subbidang"} ${SUB[(s + b * 3 + o) % SUB.length]}`;
        const us = unit(ub.id, namaS, b === 0 || setda ? "SUBBAGIAN" : "SUBBIDANG", 2);
        const ks = jab(us, kb, `Kepala ${namaS}`, "PENGAWAS", "IV.a", 9, 3);
        nSub += 1;
        // Sekitar 1 dari 23 kursi pengawas kosong dan diisi Plt. oleh kepala bidangnya (kecuali di tim terbesar).
        const kosong = !tim && nSub % 23 === 0;
        kursiKepala.push({ jab: ks, tingkat: 3, kosong, pltOleh: kosong ? kb : undefined });
        for (let k = 0; k < 3; k++) {
          const st = STAF[(nSub * 3 + k) % STAF.length]!;
          kursiStaf.push({ jab: jab(us, ks, st.nama, st.jenis, null, st.kelas, 4), bobot });
        }
      }
    }
  }

  // ── Pegawai dan penugasan ──
  const nipDipakai = new Set<string>();
  const pegawai: Peg[] = [];
  const buatPegawai = (tingkat: number, jenisJab: JenisJabatan): Peg => {
    const jk: "L" | "P" = r() < 0.5 ? "L" : "P";
    const pppk = tingkat === 4 && r() < 0.12;
    const [lahirMin, lahirMaks] = [[1966, 1971], [1968, 1976], [1970, 1980], [1974, 1988], [1968, 1998]][tingkat]!;
    const lahir = utc(antara(lahirMin, lahirMaks), antara(0, 11), antara(1, 28));
    const ymd = lahir.toISOString().slice(0, 10).replace(/-/g, "");
    const awal = pppk ? `${antara(2019, tahun - 1)}21` : `${Math.min(lahir.getUTCFullYear() + antara(21, 27), tahun - 2)}${String(antara(1, 12)).padStart(2, "0")}`;
    let nip = "";
    for (let urut = 1; urut < 1000; urut++) {
      nip = `${ymd}${awal}${jk === "L" ? 1 : 2}${String(urut).padStart(3, "0")}`;
      if (!nipDipakai.has(nip)) break;
    }
    const cek = uraiNip(nip, pppk ? "PPPK" : "PNS");
    if (!cek.ok || nipDipakai.has(nip)) throw new Error(`NIP sintetis tidak sah: ${nip} (${cek.ok ? "ganda" : cek.pesan})`);
    nipDipakai.add(nip);
    const golongan = pppk
      ? pilih(["V", "VII", "IX", "IX"])
      : [["IV/d"], ["IV/b", "IV/c"], ["IV/a", "IV/b"], ["III/c", "III/d", "IV/a"], ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d"]][tingkat]!;
    const g = typeof golongan === "string" ? golongan : pilih(golongan);
    const belakang = pilih(GELAR);
    const p: Peg = {
      id: randomUUID(),
      nip,
      status: pppk ? "PPPK" : "PNS",
      gelarDepan: tingkat <= 1 && r() < 0.3 ? "Dr." : null,
      nama: `${pilih(jk === "L" ? NAMA_L : NAMA_P)} ${pilih(NAMA_B)}`,
      gelarBelakang: tingkat <= 2 ? `${belakang ?? "S.Sos."} ${pilih(["M.Si.", "M.M.", "M.AP."])}` : jenisJab === "FUNGSIONAL" && !belakang ? "S.Pd." : belakang,
      tanggalLahir: lahir,
      jenisKelamin: jk,
      golongan: g,
      tingkat,
    };
    pegawai.push(p);
    return p;
  };
  const penugasan: { id: string; pegawaiId: string; jabatanId: string; jenis: "DEFINITIF" | "PLT"; tmtMulai: Date; tmtSelesai: null; nomorSk: string }[] = [];
  const tugaskan = (p: Peg, j: Jab, jenis: "DEFINITIF" | "PLT" = "DEFINITIF") =>
    penugasan.push({
      id: randomUUID(),
      pegawaiId: p.id,
      jabatanId: j.id,
      jenis,
      tmtMulai: jenis === "PLT" ? utc(tahun, 2, 2) : utc(tahun - antara(1, 8), antara(0, 11), 1),
      tmtSelesai: null,
      nomorSk: `821.2/${penugasan.length + 1}/BKPSDM/${tahun}`,
    });
  const pemangku = new Map<string, Peg>();
  for (const k of kursiKepala) {
    if (k.kosong) continue;
    const p = buatPegawai(k.tingkat, k.jab.jenis);
    pemangku.set(k.jab.id, p);
    tugaskan(p, k.jab);
  }
  for (const k of kursiKepala) if (k.pltOleh) tugaskan(pemangku.get(k.pltOleh.id)!, k.jab, "PLT");
  const sisa = n - pegawai.length;
  if (sisa < TIM) throw new Error(`Ukuran ${n} terlalu kecil untuk struktur ini.`);
  for (let i = 0; i < TIM; i++) tugaskan(buatPegawai(4, "FUNGSIONAL"), guru[i % guru.length]!);
  const totalBobot = kursiStaf.reduce((s, k) => s + k.bobot, 0);
  const kumulatif: number[] = [];
  kursiStaf.reduce((s, k) => (kumulatif.push(s + k.bobot), s + k.bobot), 0);
  for (let i = 0; i < sisa - TIM; i++) {
    const x = r() * totalBobot;
    let lo = 0;
    let hi = kumulatif.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (kumulatif[m]! > x) hi = m;
      else lo = m + 1;
    }
    const k = kursiStaf[lo]!;
    tugaskan(buatPegawai(4, k.jab.jenis), k.jab);
  }

  const instansiId = randomUUID();
  const sekarangTs = new Date();
  await sisip(db, "instansi", [kol("id", "uuid"), kol("kode", "text"), kol("nama", "text"), kol("jenis", '"JenisInstansi"'), kol("jabatanPimpinan", "text"), kol("namaPimpinan", "text"), kol("ibukota", "text")], [
    { id: instansiId, kode: `BENCH${n}`, nama: "Pemerintah Kabupaten Tolok Ukur", jenis: "PEMERINTAH_KABUPATEN", jabatanPimpinan: "Bupati Tolok Ukur", namaPimpinan: "H. Bupati Sintetis, S.H.", ibukota: "Sukamakmur" },
  ]);
  await sisip(db, "unit_kerja", [kol("id", "uuid"), kol("instansiId", "uuid"), kol("parentId", "uuid"), kol("kode", "text"), kol("nama", "text"), kol("singkatan", "text"), kol("jenis", '"JenisUnitKerja"'), kol("urutan", "int")],
    units.map((u) => ({ ...u, instansiId })));
  await sisip(db, "jabatan", [kol("id", "uuid"), kol("instansiId", "uuid"), kol("unitKerjaId", "uuid"), kol("parentId", "uuid"), kol("nama", "text"), kol("jenis", '"JenisJabatan"'), kol("eselon", "text"), kol("kelasJabatan", "int2"), kol("urutan", "int")],
    jabatan.map((j) => ({ ...j, instansiId })));
  await sisip(db, "pegawai", [kol("id", "uuid"), kol("instansiId", "uuid"), kol("nip", "text"), kol("status", '"StatusKepegawaian"'), kol("gelarDepan", "text"), kol("nama", "text"), kol("gelarBelakang", "text"), kol("tanggalLahir", "date"), kol("jenisKelamin", '"JenisKelamin"'), kol("golongan", "text"), kol("updatedAt", "timestamptz")],
    pegawai.map((p) => ({ ...p, instansiId, updatedAt: sekarangTs })));
  await sisip(db, "penugasan_jabatan", [kol("id", "uuid"), kol("pegawaiId", "uuid"), kol("jabatanId", "uuid"), kol("jenis", '"JenisPenugasan"'), kol("tmtMulai", "date"), kol("tmtSelesai", "date"), kol("nomorSk", "text")], penugasan);
  const passwordHash = await hashPassword("Kinerja#2026");
  const penggunaId = new Map(pegawai.map((p) => [p.id, randomUUID()]));
  await sisip(db, "pengguna", [kol("id", "uuid"), kol("pegawaiId", "uuid"), kol("passwordHash", "text")], pegawai.map((p) => ({ id: penggunaId.get(p.id)!, pegawaiId: p.id, passwordHash })));
  const adminBkd = pegawai.find((p) => p.tingkat === 4)!;
  await sisip(db, "peran_pengguna", [kol("id", "uuid"), kol("penggunaId", "uuid"), kol("peran", '"Peran"'), kol("instansiId", "uuid")], [
    { id: randomUUID(), penggunaId: penggunaId.get(adminBkd.id)!, peran: "ADMIN_INSTANSI", instansiId },
  ]);
  ukur("organisasi");

  // ── Periode, SKP, RHK, IKI (dari atas ke bawah agar RHK bawahan menunjuk RHK penilainya) ──
  const periode = { id: randomUUID(), instansiId, tahun, mulai: utc(tahun, 0, 1), selesai: utc(tahun, 11, 31), ritme: "TRIWULAN" };
  await sisip(db, "periode_kinerja", [kol("id", "uuid"), kol("instansiId", "uuid"), kol("tahun", "int2"), kol("mulai", "date"), kol("selesai", "date"), kol("ritme", '"RitmeEvaluasi"')], [periode]);
  const pe = periodeEvaluasi(tahun, "TRIWULAN").map((p, i) => ({
    id: randomUUID(),
    periodeKinerjaId: periode.id,
    kode: p.kode,
    label: p.label,
    urutan: i + 1,
    mulai: p.mulai,
    selesai: p.selesai,
    status: (p.selesai < hari ? "TUTUP" : "BUKA") as "TUTUP" | "BUKA",
  }));
  await sisip(db, "periode_evaluasi", [kol("id", "uuid"), kol("periodeKinerjaId", "uuid"), kol("kode", "text"), kol("label", "text"), kol("urutan", "int2"), kol("mulai", "date"), kol("selesai", "date"), kol("status", '"StatusPeriodeEvaluasi"')], pe);

  const h = bangunHierarki(jabatan, penugasan as Penugasan[], { penilaiJpt: "HIERARKI" });
  const jabPer = new Map(jabatan.map((j) => [j.id, j]));
  const pegPer = new Map(pegawai.map((p) => [p.id, p]));
  const unitPer = new Map(units.map((u) => [u.id, u]));
  const namaUnit = (id: string) => {
    const rantai: Unit[] = [];
    for (let u = unitPer.get(id); u; u = u.parentId ? unitPer.get(u.parentId) : undefined) rantai.push(u);
    return rantai.length <= 1 ? (rantai[0]?.nama ?? "") : `${rantai[0]!.nama}, ${rantai.at(-1)!.nama}`;
  };
  const kartu = (pegawaiId: string, jabatanId: string, jenis: "DEFINITIF" | "PLT" | "PLH"): IdentitasSnapshot => {
    const p = pegPer.get(pegawaiId)!;
    const j = jabPer.get(jabatanId)!;
    return {
      pegawaiId,
      nama: formatNamaGelar(p),
      nip: formatNip(p.nip),
      labelNip: p.status === "PPPK" ? "NI PPPK" : "NIP",
      pangkat: formatPangkatGolongan(p.status, p.golongan),
      jabatan: namaJabatanDenganPenugasan(j.nama, jenis),
      unitKerja: namaUnit(j.unitKerjaId),
    };
  };
  const pimpinan: IdentitasSnapshot = { pegawaiId: null, nama: "H. Bupati Sintetis, S.H.", nip: null, labelNip: "NIP", pangkat: null, jabatan: "Bupati Tolok Ukur", unitKerja: "Pemerintah Kabupaten Tolok Ukur" };
  const tampil = (x: Penilai | null) => (!x ? null : x.tipe === "PIMPINAN_INSTANSI" ? pimpinan : kartu(x.pegawaiId, x.jabatanId, x.jenis));

  const atasan = pemangku.get(kabidTim!.id)!;
  const asn = pegawai.find((p) => jabatanDefinitif(h, p.id, hari)?.jabatanId === guru[0]!.id)!;
  const wajib = new Set([pemangku.get(sekda!.id)!.id, pemangku.get(jabPer.get(kabidTim!.parentId!)!.id)!.id, atasan.id, asn.id]);

  type RhkBaru = { id: string; skpId: string; jenis: "UTAMA" | "TAMBAHAN"; urutan: number; teks: string; rhkAtasanId: string | null; perspektif: "PENERIMA_LAYANAN" | "PROSES_BISNIS_INTERNAL" | null; createdAt: Date };
  const skp: Record<string, unknown>[] = [];
  const rhk: RhkBaru[] = [];
  const iki: { id: string; rhkId: string; urutan: number; aspek: "KUANTITAS" | "KUALITAS" | "WAKTU" | null; indikator: string; targetMin: number | null; targetMaks: number | null; satuan: string | null; targetTeks: string }[] = [];
  const perilaku: { id: string; skpId: string; nilai: (typeof NILAI_BERAKHLAK)[number]["kode"]; ekspektasi: string | null }[] = [];
  const lampiran: { id: string; skpId: string; jenis: "DUKUNGAN_SUMBER_DAYA" | "SKEMA_PERTANGGUNGJAWABAN" | "KONSEKUENSI"; urutan: number; teks: string }[] = [];
  const peranHasil = new Map<string, { id: string; rhkId: string; bawahanPegawaiId: string; teks: string }>();
  const disetujui = new Map<string, { id: string; utama: RhkBaru[]; rhk: RhkBaru[]; iki: string[]; pegawaiId: string; penilaiPegawaiId: string | null }>();
  const urutPegawai = [...pegawai].sort((a, b) => a.tingkat - b.tingkat);
  for (const p of urutPegawai) {
    const def = jabatanDefinitif(h, p.id, hari);
    if (!def) continue;
    const paksa = wajib.has(p.id);
    if (!paksa && r() > (p.tingkat < 4 ? 0.97 : 0.85)) continue;
    const penilai = pejabatPenilai(h, p.id, hari);
    const atasanPenilai = atasanPejabatPenilai(h, p.id, hari);
    const j = jabPer.get(def.jabatanId)!;
    const varian = varianSkp(j.jenis);
    const skpPenilai = penilai?.tipe === "PEGAWAI" ? disetujui.get(penilai.pegawaiId) : undefined;
    let status: StatusSkp = paksa ? "DISETUJUI" : ((x) => (x < 0.9 ? "DISETUJUI" : x < 0.95 ? "DIAJUKAN" : "DRAFT"))(r());
    // JA/JF baru dapat disetujui bila penilainya sudah punya SKP yang disetujui (RHK atasan untuk diintervensi).
    if (varian === "JA_JF" && status === "DISETUJUI" && penilai?.tipe === "PEGAWAI" && !skpPenilai) status = "DRAFT";
    const id = randomUUID();
    const dibuat = new Date(utc(tahun, 0, 5).getTime() + p.tingkat * 3 * 86_400_000 + Math.floor(r() * 8 * 3_600_000));
    const diajukan = status === "DRAFT" ? null : new Date(dibuat.getTime() + 86_400_000);
    const setuju = status === "DISETUJUI" ? new Date(dibuat.getTime() + 2 * 86_400_000) : null;
    const pendekatan = varian === "JPT" && r() < 0.5 ? "KUALITATIF" : "KUANTITATIF";
    skp.push({
      id,
      periodeId: periode.id,
      pegawaiId: p.id,
      jabatanId: j.id,
      mulai: utc(tahun, 0, 1),
      selesai: utc(tahun, 11, 31),
      pendekatan,
      varian,
      status,
      versi: 1,
      pegawaiSnapshot: kartu(p.id, j.id, "DEFINITIF"),
      penilaiPegawaiId: penilai?.tipe === "PEGAWAI" ? penilai.pegawaiId : null,
      penilaiSnapshot: tampil(penilai),
      atasanPenilaiSnapshot: tampil(atasanPenilai),
      diajukanAt: diajukan,
      disetujuiAt: setuju,
      createdAt: dibuat,
      updatedAt: setuju ?? diajukan ?? dibuat,
    });
    const jumlahRhk = p.id === asn.id ? 3 : antara(2, 3);
    const milik: RhkBaru[] = [];
    const ikiMilik: string[] = [];
    for (let k = 0; k < jumlahRhk; k++) {
      const tambahan = k === 2 && p.id !== asn.id && r() < 0.25;
      const induk = !tambahan && varian === "JA_JF" && skpPenilai ? skpPenilai.utama[k % skpPenilai.utama.length]! : null;
      const x: RhkBaru = {
        id: randomUUID(),
        skpId: id,
        jenis: tambahan ? "TAMBAHAN" : "UTAMA",
        urutan: tambahan ? 1 : k + 1,
        teks: `${induk ? "Terlaksananya dukungan atas: " : "Meningkatnya kinerja "}${induk ? induk.teks.slice(0, 80) : `${j.nama} — sasaran ${k + 1}`}`,
        rhkAtasanId: induk?.id ?? null,
        perspektif: varian === "JPT" ? (k % 2 ? "PROSES_BISNIS_INTERNAL" : "PENERIMA_LAYANAN") : null,
        createdAt: new Date(dibuat.getTime() + (k + 1) * 360_000),
      };
      milik.push(x);
      if (induk) peranHasil.set(`${induk.id}|${p.id}`, { id: randomUUID(), rhkId: induk.id, bawahanPegawaiId: p.id, teks: x.teks });
      const jumlahIki = p.id === asn.id ? 3 : antara(2, 3);
      for (let m = 0; m < jumlahIki; m++) {
        const ikiId = randomUUID();
        ikiMilik.push(ikiId);
        if (pendekatan === "KUALITATIF") {
          iki.push({ id: ikiId, rhkId: x.id, urutan: m + 1, aspek: null, indikator: `Indikator naratif ${m + 1}`, targetMin: null, targetMaks: null, satuan: null, targetTeks: "Kategori baik pada evaluasi tahunan" });
        } else {
          const min = antara(4, 24);
          const aspek = varian === "JPT" ? null : (["KUANTITAS", "KUALITAS", "WAKTU"] as const)[m % 3]!;
          iki.push({ id: ikiId, rhkId: x.id, urutan: m + 1, aspek, indikator: `Jumlah keluaran ${m + 1} yang diselesaikan`, targetMin: min, targetMaks: min, satuan: "dokumen", targetTeks: `${min} dokumen` });
        }
      }
    }
    rhk.push(...milik);
    for (const v of NILAI_BERAKHLAK) perilaku.push({ id: randomUUID(), skpId: id, nilai: v.kode, ekspektasi: status === "DISETUJUI" && r() < 0.3 ? "Menjadi teladan dalam tim" : null });
    lampiran.push({ id: randomUUID(), skpId: id, jenis: "DUKUNGAN_SUMBER_DAYA", urutan: 1, teks: "Komputer dan akses internet kantor" });
    if (status !== "DRAFT") {
      lampiran.push({ id: randomUUID(), skpId: id, jenis: "SKEMA_PERTANGGUNGJAWABAN", urutan: 1, teks: "Capaian dilaporkan setiap triwulan kepada pejabat penilai" });
      lampiran.push({ id: randomUUID(), skpId: id, jenis: "KONSEKUENSI", urutan: 1, teks: "Capaian kinerja menjadi dasar pembayaran TPP" });
    }
    if (status === "DISETUJUI") {
      disetujui.set(p.id, { id, utama: milik.filter((x) => x.jenis === "UTAMA"), rhk: milik, iki: ikiMilik, pegawaiId: p.id, penilaiPegawaiId: penilai?.tipe === "PEGAWAI" ? penilai.pegawaiId : null });
    }
  }
  // Urutan baris = urutan tingkat (atas ke bawah), sehingga rhk_atasan_id selalu menunjuk baris yang sudah ada.
  await sisip(db, "skp", [
    kol("id", "uuid"), kol("periodeId", "uuid"), kol("pegawaiId", "uuid"), kol("jabatanId", "uuid"), kol("mulai", "date"), kol("selesai", "date"),
    kol("pendekatan", '"Pendekatan"'), kol("varian", '"VarianSkp"'), kol("status", '"StatusSkp"'), kol("versi", "int2"), kol("pegawaiSnapshot", "jsonb"),
    kol("penilaiPegawaiId", "uuid"), kol("penilaiSnapshot", "jsonb"), kol("atasanPenilaiSnapshot", "jsonb"), kol("diajukanAt", "timestamptz"),
    kol("disetujuiAt", "timestamptz"), kol("createdAt", "timestamptz"), kol("updatedAt", "timestamptz"),
  ], skp);
  await sisip(db, "rhk", [kol("id", "uuid"), kol("skpId", "uuid"), kol("jenis", '"JenisRhk"'), kol("urutan", "int2"), kol("teks", "text"), kol("rhkAtasanId", "uuid"), kol("perspektif", '"Perspektif"'), kol("createdAt", "timestamptz")], rhk);
  await sisip(db, "iki", [kol("id", "uuid"), kol("rhkId", "uuid"), kol("urutan", "int2"), kol("aspek", '"AspekIki"'), kol("indikator", "text"), kol("targetMin", "numeric"), kol("targetMaks", "numeric"), kol("satuan", "text"), kol("targetTeks", "text")], iki);
  await sisip(db, "perilaku_skp", [kol("id", "uuid"), kol("skpId", "uuid"), kol("nilai", '"NilaiBerakhlak"'), kol("ekspektasi", "text")], perilaku);
  await sisip(db, "lampiran_skp", [kol("id", "uuid"), kol("skpId", "uuid"), kol("jenis", '"JenisLampiran"'), kol("urutan", "int2"), kol("teks", "text")], lampiran);
  await sisip(db, "peran_hasil", [kol("id", "uuid"), kol("rhkId", "uuid"), kol("bawahanPegawaiId", "uuid"), kol("teks", "text"), kol("updatedAt", "timestamptz")],
    [...peranHasil.values()].map((x) => ({ ...x, updatedAt: sekarangTs })));
  ukur("SKP");

  // ── Pelaksanaan: rencana aksi, bukti (tautan), realisasi, umpan balik, kunjungan ──
  const ra: { id: string; rhkId: string; periodeEvaluasiId: string; urutan: number; uraian: string; targetAngka: number | null; satuan: string | null }[] = [];
  const bukti: { id: string; rencanaAksiId: string; jenis: "TAUTAN"; status: "SIAP"; nama: string; url: string; diunggahOleh: string }[] = [];
  const realisasi: { id: string; ikiId: string; periodeEvaluasiId: string; nilai: number; dasar: string }[] = [];
  const umpan: { id: string; skpId: string; rhkId: string | null; penulisPegawaiId: string; teks: string; createdAt: Date }[] = [];
  const kunjungan: { pegawaiId: string; skpId: string; terakhirDilihat: Date; acuanBaru: Date | null }[] = [];
  const mulaiPeriode = pe.filter((x) => x.mulai <= hari);
  const sekarang = Date.now();
  for (const s of disetujui.values()) {
    const wajibIsi = s.pegawaiId === asn.id;
    for (const x of mulaiPeriode) {
      const berjalan = x.status === "BUKA";
      for (const rr of s.rhk) {
        const jumlah = wajibIsi ? 2 : berjalan ? (r() < 0.6 ? 1 : 0) : r() < 0.9 ? antara(1, 2) : 0;
        for (let k = 0; k < jumlah; k++) {
          const raId = randomUUID();
          ra.push({ id: raId, rhkId: rr.id, periodeEvaluasiId: x.id, urutan: k + 1, uraian: `Rencana aksi ${x.kode}.${k + 1}`, targetAngka: antara(1, 6), satuan: "dokumen" });
          if (wajibIsi || r() < 0.55) bukti.push({ id: randomUUID(), rencanaAksiId: raId, jenis: "TAUTAN", status: "SIAP", nama: "Tautan bukti", url: `https://drive.example.go.id/${raId}`, diunggahOleh: penggunaId.get(s.pegawaiId)! });
        }
      }
      for (const ikiId of s.iki) {
        if (wajibIsi || r() < (berjalan ? 0.3 : 0.85)) realisasi.push({ id: randomUUID(), ikiId, periodeEvaluasiId: x.id, nilai: antara(1, 24), dasar: "Laporan bulanan" });
      }
    }
    if (wajibIsi || r() < 0.3) {
      for (let k = antara(1, 3); k > 0; k--) {
        const dariPenilai = s.penilaiPegawaiId && r() < 0.6;
        umpan.push({
          id: randomUUID(),
          skpId: s.id,
          rhkId: r() < 0.7 ? pilih(s.rhk).id : null,
          penulisPegawaiId: dariPenilai ? s.penilaiPegawaiId! : s.pegawaiId,
          teks: dariPenilai ? "Mohon lengkapi bukti dukung." : "Bukti sudah diunggah.",
          createdAt: new Date(sekarang - antara(1, 120) * 86_400_000),
        });
      }
    }
    if (s.penilaiPegawaiId && r() < 0.5) {
      kunjungan.push({ pegawaiId: s.penilaiPegawaiId, skpId: s.id, terakhirDilihat: new Date(sekarang - antara(1, 30) * 86_400_000), acuanBaru: null });
    }
  }
  await sisip(db, "rencana_aksi", [kol("id", "uuid"), kol("rhkId", "uuid"), kol("periodeEvaluasiId", "uuid"), kol("urutan", "int2"), kol("uraian", "text"), kol("targetAngka", "numeric"), kol("satuan", "text"), kol("updatedAt", "timestamptz")],
    ra.map((x) => ({ ...x, updatedAt: sekarangTs })));
  await sisip(db, "bukti_dukung", [kol("id", "uuid"), kol("rencanaAksiId", "uuid"), kol("jenis", '"JenisBukti"'), kol("status", '"StatusBukti"'), kol("nama", "text"), kol("url", "text"), kol("diunggahOleh", "uuid")], bukti);
  await sisip(db, "realisasi", [kol("id", "uuid"), kol("ikiId", "uuid"), kol("periodeEvaluasiId", "uuid"), kol("nilai", "numeric"), kol("dasar", "text"), kol("updatedAt", "timestamptz")],
    realisasi.map((x) => ({ ...x, updatedAt: sekarangTs })));
  await sisip(db, "umpan_balik", [kol("id", "uuid"), kol("skpId", "uuid"), kol("rhkId", "uuid"), kol("penulisPegawaiId", "uuid"), kol("teks", "text"), kol("createdAt", "timestamptz")], umpan);
  await sisip(db, "kunjungan_skp", [kol("pegawaiId", "uuid"), kol("skpId", "uuid"), kol("terakhirDilihat", "timestamptz"), kol("acuanBaru", "timestamptz")], kunjungan);
  ukur("pelaksanaan");
  await db.query("ANALYZE");
  ukur("ANALYZE");

  // OPD terbesar menurut jumlah pemangku definitif hari ini.
  const akarDari = (unitId: string) => {
    let u = unitPer.get(unitId)!;
    while (u.parentId) u = unitPer.get(u.parentId)!;
    return u.id;
  };
  const perOpd = new Map<string, number>();
  for (const x of penugasan) {
    if (x.jenis !== "DEFINITIF") continue;
    const akar = akarDari(jabPer.get(x.jabatanId)!.unitKerjaId);
    perOpd.set(akar, (perOpd.get(akar) ?? 0) + 1);
  }
  const opdTerbesar = [...perOpd.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return { instansiId, opdTerbesar, atasan: atasan.id, asn: asn.id, akar: units.filter((u) => !u.parentId) };
}

