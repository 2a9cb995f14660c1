// Struktur organisasi instansi skala (murni, tanpa basis data): unit kerja, pohon jabatan, pegawai dan penugasan.
// Sama untuk N dan tahun kinerja yang sama (NIP, nama, struktur; id dari pembuat id yang diberikan).
//
// Pohon jabatan 5–6 tingkat:
//   Sekda → Asisten → Kepala Bagian → Kepala Subbagian → staf                           (Sekretariat Daerah)
//   Sekda → Kepala OPD → Sekretaris/Kepala Bidang → Kepala Subbagian/Subbidang → staf   (OPD, kecamatan)
//   Sekda → Kepala Dinas Pendidikan → Kepala UPT Pendidikan/Cabang Dinas → Kepala Sekolah → guru
//   Sekda → Kepala Dinas Kesehatan → Kepala Bidang → Kepala Puskesmas → Kepala Subbagian TU → staf TU
// Kabupaten (N < 30.000: SD/SMP, puskesmas, kecamatan) atau provinsi (SMA/SMK, UPTD balai kesehatan, tanpa kecamatan).
// Akun khusus: satu kepala sekolah dengan tepat 30 guru, kepala dinas pendidikan (≥ 300 pegawai di bawahnya bila
// N ≥ 1.000), dan beberapa admin BKD di BKPSDM/BKD.
import type { JenisJabatan, JenisUnitKerja } from "@/generated/prisma/enums";
import { uraiNip } from "@/lib/organisasi/nip";
import { acakDari, type Acak } from "./acak";
import {
  ASISTEN, BIDANG, GELAR, GELAR_S2, GURU, KECAMATAN, MEDIS_PUSKESMAS, NAMA_B, NAMA_L, NAMA_P, NAMA_TENGAH_L, NAMA_TENGAH_P, OPD_KABUPATEN, OPD_PROVINSI, STAF, STAF_RS, SUB,
  TU_PUSKESMAS, WILAYAH_PROVINSI, bidangKhusus, type JenisStaf,
} from "./nama";

/** Jenis pekerjaan, untuk memilih rumusan RHK. */
export type Kategori = "JPT" | "STRUKTURAL" | "STAF" | "KEPSEK" | "GURU" | "KESEHATAN";

export type Unit = { id: string; parentId: string | null; kode: string; nama: string; singkatan: string | null; jenis: JenisUnitKerja; urutan: number; akar: number };
export type Jab = {
  id: string; unitKerjaId: string; parentId: string | null; nama: string; jenis: JenisJabatan; eselon: string | null; kelasJabatan: number; urutan: number;
  /** Kedalaman di pohon jabatan (Sekda = 0). */
  kedalaman: number;
  /** Senioritas pemangku (0 Sekda … 4 staf): rentang umur dan golongan. */
  senior: number;
  akar: number; kategori: Kategori;
  /** Lingkup kerja untuk rumusan RHK (urusan OPD, nama unit/sekolah). */
  lingkup: string;
};
export type Peg = {
  id: string; nip: string; status: "PNS" | "PPPK"; gelarDepan: string | null; nama: string; gelarBelakang: string | null; tanggalLahir: Date; jenisKelamin: "L" | "P"; golongan: string;
  /** Jabatan definitif. */
  jabatanId: string; akar: number;
};
export type Tugas = { id: string; pegawaiId: string; jabatanId: string; jenis: "DEFINITIF" | "PLT"; tmtMulai: Date; tmtSelesai: null; nomorSk: string };

export type StrukturSkala = {
  n: number;
  tahun: number;
  provinsi: boolean;
  instansi: { nama: string; jenis: "PEMERINTAH_KABUPATEN" | "PEMERINTAH_PROVINSI"; jabatanPimpinan: string; namaPimpinan: string; ibukota: string };
  units: Unit[];
  jabatan: Jab[];
  pegawai: Peg[];
  penugasan: Tugas[];
  /** Unit akar: 0 = Sekretariat Daerah, lalu OPD. */
  akar: { unitId: string; nama: string; kepalaJabatanId: string }[];
  khusus: {
    kepalaSekolah30: string;
    kepalaDinasPendidikan: string;
    /** Jabatan yang timnya bertambah sebanding ukuran instansi (kepala sekolah): Kabid SMP, atau Kepala Cabang Dinas I. */
    atasanSekolah: string;
    admin: string[];
  };
};

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

function romawi(x: number): string {
  const angka: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let s = "";
  for (const [v, h] of angka) for (; x >= v; x -= v) s += h;
  return s;
}

/** Pembagian `total` orang ke bobot-bobot (sisa terbesar), deterministik. */
function bagi(total: number, bobot: readonly number[]): number[] {
  const jml = bobot.reduce((s, b) => s + b, 0);
  if (total <= 0 || jml <= 0) return bobot.map(() => 0);
  const mentah = bobot.map((b) => (total * b) / jml);
  const hasil = mentah.map(Math.floor);
  let sisa = total - hasil.reduce((s, x) => s + x, 0);
  const urut = mentah.map((m, i) => ({ i, f: m - Math.floor(m) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (let k = 0; sisa > 0; k = (k + 1) % urut.length, sisa--) hasil[urut[k]!.i]! += 1;
  return hasil;
}

export function strukturSkala(n: number, opsi: { tahun: number; id: () => string; nipTerpakai?: ReadonlySet<string> }): StrukturSkala {
  if (!Number.isInteger(n) || n < 100 || n > 100_000) throw new RangeError(`Jumlah pegawai tidak sah: ${n} (100–100000).`);
  const { tahun, id } = opsi;
  const r: Acak = acakDari(`skala:${n}:${tahun}:struktur`);
  const provinsi = n >= 30_000;
  const daftar = provinsi ? OPD_PROVINSI : OPD_KABUPATEN;
  const K = Math.min(daftar.length, Math.max(3, Math.round(n / 200)));
  // Unit per OPD (sekretariat + bidang) dan subbagian/subbidang per unit: bertambah dengan ukuran, agar staf per
  // kepala subbidang tetap wajar (±8 pada 8.000, ±20 pada 60.000).
  const B = n >= 20_000 ? 5 : n >= 1000 ? 4 : 3;
  const S = n >= 20_000 ? Math.min(6, 3 + Math.round((n - 20_000) / 15_000)) : n >= 1000 ? 3 : n >= 300 ? 2 : 1;
  const nAsisten = n >= 1000 ? 3 : 1;
  const bagianPerAsisten = n >= 300 ? 2 : 1;
  const jumlahSekolah = Math.max(2, Math.round((n * 0.38) / 19));
  const jumlahPkm = Math.max(1, Math.round((n * 0.1) / 22));
  const wilayah = provinsi ? WILAYAH_PROVINSI : KECAMATAN;

  const units: Unit[] = [];
  const jabatan: Jab[] = [];
  const kursiKepala: { jab: Jab; kosong: boolean; pltOleh?: Jab }[] = [];
  const kursiStaf: { jab: Jab; bobot: number }[] = [];
  const sekolah: { kepala: Jab; guru: Jab[] }[] = [];
  const pkm: { tu: Jab[]; medis: Jab[] }[] = [];
  const akar: StrukturSkala["akar"] = [];

  const unit = (parentId: string | null, nama: string, jenis: JenisUnitKerja, a: number, singkatan: string | null = null): Unit => {
    const u: Unit = { id: id(), parentId, kode: `U${units.length + 1}`, nama, singkatan, jenis, urutan: units.length + 1, akar: a };
    units.push(u);
    return u;
  };
  const jab = (u: Unit, parent: Jab | null, nama: string, jenis: JenisJabatan, eselon: string | null, kelas: number, senior: number, kategori: Kategori, lingkup: string): Jab => {
    const j: Jab = { id: id(), unitKerjaId: u.id, parentId: parent?.id ?? null, nama, jenis, eselon, kelasJabatan: kelas, urutan: jabatan.length, kedalaman: parent ? parent.kedalaman + 1 : 0, senior, akar: u.akar, kategori, lingkup };
    jabatan.push(j);
    return j;
  };
  const kepala = (j: Jab, kosong = false, pltOleh?: Jab) => {
    kursiKepala.push({ jab: j, kosong, pltOleh });
    return j;
  };
  let nSub = 0;
  /** Tiga jabatan staf langsung di bawah `kepalaUnit`. */
  const stafDi = (u: Unit, kepalaUnit: Jab, ragam: readonly JenisStaf[], bobot: number, lingkup: string) => {
    for (let k = 0; k < 3; k++) {
      const st = ragam[(kursiStaf.length + k) % ragam.length]!;
      const kategori: Kategori = st.jenis === "FUNGSIONAL" && ragam === STAF_RS ? "KESEHATAN" : "STAF";
      kursiStaf.push({ jab: jab(u, kepalaUnit, st.nama, st.jenis, null, st.kelas, 4, kategori, lingkup), bobot });
    }
  };
  /** Subunit (subbagian/subbidang) dengan kepala pengawas (sekitar 1 dari 23 kosong, diisi Plt. kepala induknya). */
  const subunit = (induk: Unit, kepalaInduk: Jab, namaS: string, jenis: JenisUnitKerja, ragam: readonly JenisStaf[], bobot: number) => {
    const us = unit(induk.id, namaS, jenis, induk.akar);
    nSub += 1;
    const kosong = nSub % 23 === 0;
    const ks = kepala(jab(us, kepalaInduk, `Kepala ${namaS}`, "PENGAWAS", "IV.a", 9, 3, "STRUKTURAL", namaS), kosong, kosong ? kepalaInduk : undefined);
    stafDi(us, ks, ragam, bobot, namaS);
  };

  // ── Sekretariat Daerah ──
  const setda = unit(null, "Sekretariat Daerah", "SEKRETARIAT_DAERAH", 0, "Setda");
  const sekda = kepala(jab(setda, null, "Sekretaris Daerah", "JPT", "II.a", 15, 0, "JPT", "pemerintahan daerah"));
  akar.push({ unitId: setda.id, nama: setda.nama, kepalaJabatanId: sekda.id });
  for (const as of ASISTEN.slice(0, nAsisten)) {
    const ja = kepala(jab(setda, sekda, as.nama, "JPT", "II.b", 14, 1, "JPT", as.nama.replace(/^Asisten /, "").toLowerCase()));
    for (const namaBagian of as.bagian.slice(0, bagianPerAsisten)) {
      const ub = unit(setda.id, `Bagian ${namaBagian}`, "BAGIAN", 0);
      const kb = kepala(jab(ub, ja, `Kepala Bagian ${namaBagian}`, "ADMINISTRATOR", "III.a", 11, 2, "STRUKTURAL", ub.nama));
      const dasar = units.length;
      for (let s = 0; s < S; s++) subunit(ub, kb, `Subbagian ${SUB[(s + dasar) % SUB.length]}`, "SUBBAGIAN", STAF, 1);
    }
  }

  // ── OPD ──
  let kepalaDisdik: Jab | null = null;
  let atasanSekolah: Jab | null = null;
  for (let o = 1; o <= K; o++) {
    const opd = daftar[o - 1]!;
    const kec = opd.nama.startsWith("Kecamatan");
    const rs = opd.nama.startsWith("Rumah Sakit");
    const u = unit(null, opd.nama, "OPD", o, opd.singkatan);
    const kj = kepala(
      kec
        ? jab(u, sekda, opd.kepala!, "ADMINISTRATOR", "III.a", 12, 2, "STRUKTURAL", opd.urusan)
        : jab(u, sekda, opd.kepala ?? `Kepala ${opd.nama}`, "JPT", "II.b", 14, 1, "JPT", opd.urusan),
    );
    akar.push({ unitId: u.id, nama: u.nama, kepalaJabatanId: kj.id });
    if (o === 1) kepalaDisdik = kj;
    const khusus = bidangKhusus(opd.singkatan, provinsi);
    const bobot = opd.bobot ?? 1;
    const ragam = rs ? STAF_RS : STAF;
    const kata = opd.nama.split(" ")[0];
    const bidangUnit: { u: Unit; k: Jab }[] = [];
    for (let b = 0; b < B; b++) {
      let namaB: string;
      let namaKepala: string;
      if (b === 0) {
        namaB = rs ? "Bagian Tata Usaha" : kata === "Sekretariat" ? "Bagian Umum" : "Sekretariat";
        namaKepala = rs || kata === "Sekretariat" ? `Kepala ${namaB}` : `Sekretaris ${kata}`;
      } else {
        namaB = khusus?.[b - 1] ?? `${kec ? "Seksi" : "Bidang"} ${BIDANG[(b + o) % BIDANG.length]}`;
        namaKepala = `Kepala ${namaB}`;
      }
      const ub = unit(u.id, namaB, b === 0 ? "BAGIAN" : "BIDANG", o);
      const seksi = kec && b > 0;
      const kb = kepala(jab(ub, kj, namaKepala, seksi ? "PENGAWAS" : "ADMINISTRATOR", seksi ? "IV.a" : b === 0 ? "III.a" : "III.b", seksi ? 9 : 11, seksi ? 3 : 2, "STRUKTURAL", ub.nama));
      bidangUnit.push({ u: ub, k: kb });
      // Kecamatan: staf seksi langsung di bawah kepala seksi; selain itu subbagian/subbidang.
      if (seksi) stafDi(ub, kb, ragam, bobot * 0.5, ub.nama);
      else for (let s = 0; s < S; s++) subunit(ub, kb, `${b === 0 ? "Subbagian" : "Subbidang"} ${SUB[(s + b * 3 + o) % SUB.length]}`, b === 0 ? "SUBBAGIAN" : "SUBBIDANG", ragam, bobot * (kec ? 0.5 : 1));
    }
    // Sekolah (UPT). Kabupaten: SD di bawah UPT Pendidikan kecamatan, SMP langsung di bawah Bidang Pembinaan SMP;
    // provinsi: SMA/SMK di bawah Cabang Dinas Pendidikan (±60 sekolah per wilayah). Keduanya di bawah Kepala Dinas.
    if (o === 1) {
      const jumlahWilayah = provinsi ? Math.max(2, Math.ceil(jumlahSekolah / 60)) : Math.min(KECAMATAN.length, Math.max(1, Math.ceil(jumlahSekolah / 8)));
      const upt = Array.from({ length: jumlahWilayah }, (_, w) => {
        const namaU = provinsi ? `Cabang Dinas Pendidikan Wilayah ${romawi(w + 1)}` : `UPT Pendidikan Kecamatan ${KECAMATAN[w]}`;
        const uw = unit(u.id, namaU, "UPT", o);
        const kw = kepala(provinsi ? jab(uw, kj, `Kepala ${namaU}`, "ADMINISTRATOR", "III.a", 11, 2, "STRUKTURAL", namaU) : jab(uw, kj, `Kepala ${namaU}`, "PENGAWAS", "IV.a", 9, 3, "STRUKTURAL", namaU));
        return { u: uw, k: kw, tempat: provinsi ? wilayah[w % wilayah.length]! : KECAMATAN[w]! };
      });
      atasanSekolah = provinsi ? upt[0]!.k : bidangUnit[2]!.k;
      const nomor = new Map<string, number>();
      for (let k = 0; k < jumlahSekolah; k++) {
        const smp = !provinsi && k % 2 === 1;
        const induk = smp ? { u: bidangUnit[2]!.u, k: bidangUnit[2]!.k, tempat: KECAMATAN[(k >> 1) % KECAMATAN.length]! } : upt[(provinsi ? k : k >> 1) % upt.length]!;
        const jenjang = provinsi ? (k % 2 ? "SMK" : "SMA") : smp ? "SMP" : "SD";
        const kunci = `${jenjang}|${induk.tempat}`;
        const no = (nomor.get(kunci) ?? 0) + 1;
        nomor.set(kunci, no);
        const namaSekolah = `${jenjang} Negeri ${no} ${induk.tempat}`;
        const us = unit(induk.u.id, namaSekolah, "UPT", o);
        const kp = kepala(jab(us, induk.k, `Kepala ${namaSekolah}`, "FUNGSIONAL", null, 12, 3, "KEPSEK", namaSekolah));
        sekolah.push({ kepala: kp, guru: GURU.map((g) => jab(us, kp, g.nama, g.jenis, null, g.kelas, 4, "GURU", namaSekolah)) });
      }
    }
    // Puskesmas (kabupaten) atau UPTD balai kesehatan (provinsi) di bawah bidang pelayanan kesehatan.
    if (o === 2) {
      for (let k = 0; k < jumlahPkm; k++) {
        const tempat = wilayah[k % wilayah.length]!;
        const ke = Math.floor(k / wilayah.length);
        const namaU = provinsi ? `UPTD Balai Kesehatan ${tempat}${ke ? ` ${ke + 1}` : ""}` : `UPT Puskesmas ${tempat}${ke ? ` ${ke + 1}` : ""}`;
        const up = unit(bidangUnit[1]!.u.id, namaU, "UPT", o);
        const kp = kepala(jab(up, bidangUnit[1]!.k, `Kepala ${namaU}`, "PENGAWAS", "IV.a", 9, 3, "STRUKTURAL", namaU));
        const ut = unit(up.id, `Subbagian Tata Usaha ${namaU}`, "SUBBAGIAN", o);
        const kt = kepala(jab(ut, kp, `Kepala Subbagian Tata Usaha ${namaU}`, "PENGAWAS", "IV.b", 8, 3, "STRUKTURAL", namaU));
        pkm.push({
          tu: TU_PUSKESMAS.map((s) => jab(ut, kt, s.nama, s.jenis, null, s.kelas, 4, "STAF", namaU)),
          medis: MEDIS_PUSKESMAS.map((s) => jab(up, kp, s.nama, s.jenis, null, s.kelas, 4, "KESEHATAN", namaU)),
        });
      }
    }
  }

  // ── Pegawai dan penugasan ──
  const nipDipakai = new Set<string>(opsi.nipTerpakai ?? []);
  const pegawai: Peg[] = [];
  const penugasan: Tugas[] = [];
  const tugaskan = (p: Peg, j: Jab, jenis: "DEFINITIF" | "PLT" = "DEFINITIF") =>
    penugasan.push({
      id: id(),
      pegawaiId: p.id,
      jabatanId: j.id,
      jenis,
      tmtMulai: jenis === "PLT" ? utc(tahun, 2, 2) : utc(tahun - r.antara(1, 8), r.antara(0, 11), 1),
      tmtSelesai: null,
      nomorSk: `821.2/${penugasan.length + 1}/${provinsi ? "BKD" : "BKPSDM"}/${tahun}`,
    });
  const buatPegawai = (j: Jab): Peg => {
    const t = j.senior;
    const jk: "L" | "P" = r.peluang(j.kategori === "GURU" || j.kategori === "KESEHATAN" ? 0.35 : 0.5) ? "L" : "P";
    const pppk = t === 4 && r.peluang(j.kategori === "GURU" ? 0.2 : 0.1);
    const [lahirMin, lahirMaks] = [[1966, 1971], [1968, 1976], [1970, 1980], [1972, 1988], [1968, 1998]][t]!;
    const lahir = utc(r.antara(lahirMin, lahirMaks), r.antara(0, 11), r.antara(1, 28));
    const ymd = lahir.toISOString().slice(0, 10).replace(/-/g, "");
    const awal = pppk ? `${r.antara(2019, tahun - 1)}21` : `${Math.min(lahir.getUTCFullYear() + r.antara(21, 27), tahun - 2)}${String(r.antara(1, 12)).padStart(2, "0")}`;
    let nip = "";
    for (let urut = 1; urut < 1000; urut++) {
      nip = `${ymd}${awal}${jk === "L" ? 1 : 2}${String(urut).padStart(3, "0")}`;
      if (!nipDipakai.has(nip)) break;
    }
    const cek = uraiNip(nip, pppk ? "PPPK" : "PNS");
    if (!cek.ok || nipDipakai.has(nip)) throw new Error(`NIP sintetis tidak sah: ${nip} (${cek.ok ? "ganda" : cek.pesan})`);
    nipDipakai.add(nip);
    const golongan = pppk
      ? r.pilih(["V", "VII", "IX", "IX", "X"])
      : r.pilih([["IV/c", "IV/d"], ["IV/b", "IV/c"], ["III/d", "IV/a", "IV/b"], ["III/c", "III/d", "IV/a"], ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d"]][t]!);
    const depan = jk === "L" ? NAMA_L : NAMA_P;
    const tengah = jk === "L" ? NAMA_TENGAH_L : NAMA_TENGAH_P;
    const nama = `${r.pilih(depan)}${r.peluang(0.4) ? ` ${r.pilih(tengah)}` : ""} ${r.pilih(NAMA_B)}`;
    let gelarDepan: string | null = t <= 1 && r.peluang(0.3) ? "Dr." : null;
    let gelarBelakang: string | null;
    if (j.nama.startsWith("Dokter")) {
      gelarDepan = "dr.";
      gelarBelakang = null;
    } else if (j.nama.startsWith("Perawat")) gelarBelakang = r.pilih(["A.Md.Kep.", "S.Kep., Ners"]);
    else if (j.nama.startsWith("Bidan")) gelarBelakang = "A.Md.Keb.";
    else if (j.kategori === "GURU" || j.kategori === "KEPSEK") gelarBelakang = r.peluang(j.kategori === "KEPSEK" ? 0.5 : 0.12) ? "S.Pd., M.Pd." : "S.Pd.";
    else {
      const b = r.pilih(GELAR);
      gelarBelakang = t <= 2 ? `${b ?? "S.Sos."} ${r.pilih(GELAR_S2)}` : j.jenis === "FUNGSIONAL" && !b ? "S.Kom." : b;
    }
    const p: Peg = { id: id(), nip, status: pppk ? "PPPK" : "PNS", gelarDepan, nama, gelarBelakang, tanggalLahir: lahir, jenisKelamin: jk, golongan, jabatanId: j.id, akar: j.akar };
    pegawai.push(p);
    tugaskan(p, j);
    return p;
  };

  const pemangku = new Map<string, Peg>();
  for (const k of kursiKepala) if (!k.kosong) pemangku.set(k.jab.id, buatPegawai(k.jab));
  for (const k of kursiKepala) if (k.pltOleh) tugaskan(pemangku.get(k.pltOleh.id)!, k.jab, "PLT");
  // Sekolah pertama: tepat 30 guru (atasan dengan 30 bawahan langsung).
  for (let i = 0; i < 30; i++) buatPegawai(sekolah[0]!.guru[i % 3]!);
  const sisa = n - pegawai.length;
  if (sisa < 0) throw new RangeError(`Ukuran ${n} terlalu kecil untuk struktur ini (perlu lebih dari ${pegawai.length} pegawai).`);
  const guru = Math.round(sisa * (provinsi ? 0.45 : 0.33));
  const kesehatan = Math.round(sisa * 0.12);
  const perSekolah = bagi(sekolah.length > 1 ? guru : 0, sekolah.slice(1).map(() => 0.5 + r.r()));
  perSekolah.forEach((g, i) => {
    for (let x = 0; x < g; x++) buatPegawai(sekolah[i + 1]!.guru[r.antara(0, 2)]!);
  });
  const perPkm = bagi(kesehatan, pkm.map(() => 0.5 + r.r()));
  perPkm.forEach((h, i) => {
    for (let x = 0; x < h; x++) buatPegawai(r.peluang(0.25) ? r.pilih(pkm[i]!.tu) : r.pilih(pkm[i]!.medis));
  });
  const lain = n - pegawai.length;
  const kumulatif: number[] = [];
  kursiStaf.reduce((s, k) => (kumulatif.push(s + k.bobot), s + k.bobot), 0);
  const total = kumulatif.at(-1)!;
  for (let i = 0; i < lain; i++) {
    const x = r.r() * total;
    let lo = 0;
    let hi = kumulatif.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (kumulatif[m]! > x) hi = m;
      else lo = m + 1;
    }
    buatPegawai(kursiStaf[lo]!.jab);
  }

  // Admin BKD: staf PNS di BKPSDM/BKD (akar 3).
  const jumlahAdmin = Math.min(10, Math.max(2, Math.round(n / 2000)));
  const jabPer = new Map(jabatan.map((j) => [j.id, j]));
  const diBkd = pegawai.filter((p) => p.akar === 3 && p.status === "PNS");
  const admin = [...diBkd.filter((p) => jabPer.get(p.jabatanId)!.senior === 4), ...diBkd.filter((p) => jabPer.get(p.jabatanId)!.senior < 4)].slice(0, jumlahAdmin).map((p) => p.id);

  const namaDaerah = provinsi ? "Nusa Lestari" : "Tanjung Harapan";
  return {
    n,
    tahun,
    provinsi,
    instansi: provinsi
      ? { nama: `Pemerintah Provinsi ${namaDaerah}`, jenis: "PEMERINTAH_PROVINSI", jabatanPimpinan: `Gubernur ${namaDaerah}`, namaPimpinan: "H. Gubernur Sintetis, S.H., M.H.", ibukota: "Kota Lestari" }
      : { nama: `Pemerintah Kabupaten ${namaDaerah}`, jenis: "PEMERINTAH_KABUPATEN", jabatanPimpinan: `Bupati ${namaDaerah}`, namaPimpinan: "H. Bupati Sintetis, S.H.", ibukota: "Sukamakmur" },
    units,
    jabatan,
    pegawai,
    penugasan,
    akar,
    khusus: { kepalaSekolah30: sekolah[0]!.kepala.id, kepalaDinasPendidikan: kepalaDisdik!.id, atasanSekolah: atasanSekolah!.id, admin },
  };
}
