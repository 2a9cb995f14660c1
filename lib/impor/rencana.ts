// Rencana impor: catatan tervalidasi dibandingkan dengan potret data instansi di portal → daftar tulisan (dibuat,
// diubah, penugasan ditutup/dibuka) dan laporan per baris. Murni dan deterministik (id baru dari `buatId`);
// tidak ada yang dihapus atau dinonaktifkan. Urutan induk di berkas bebas; lingkaran induk menjadi galat baris.
import type { GalatKolom, BarisValid, JabatanBerkas, JenisJabatan, JenisUnit, PegawaiBerkas, Status, UnitBerkas } from "./validasi";
import { formatTanggalImpor } from "./validasi";
import { JUDUL_KOLOM, type StatusBaris } from "./kolom";

// ─── Potret data di portal ──────────────────────────────────────────────────────────────────

export type PotretUnit = { id: string; kode: string | null; nama: string; jenis: JenisUnit; parentId: string | null };
export type PotretJabatan = { id: string; kode: string | null; nama: string; jenis: JenisJabatan; eselon: string | null; unitKerjaId: string; parentId: string | null };
export type PotretPegawai = PegawaiTulis & {
  instansiId: string;
  aktif: boolean;
  /** Penugasan definitif yang masih terbuka (tmtSelesai kosong), yang TMT-nya paling akhir. */
  definitif: { id: string; jabatanId: string; tmtMulai: Date } | null;
};
export type Potret = {
  instansiId: string;
  unit: PotretUnit[];
  jabatan: PotretJabatan[];
  /** Pegawai instansi ini, ditambah pegawai instansi lain yang NIP-nya ada di berkas. */
  pegawai: PotretPegawai[];
};

// ─── Hasil ──────────────────────────────────────────────────────────────────────────────────

export type UnitTulis = { id: string; kode: string; nama: string; jenis: JenisUnit; parentId: string | null };
export type JabatanTulis = { id: string; kode: string; nama: string; jenis: JenisJabatan; eselon: string | null; unitKerjaId: string; parentId: string | null };
export type PegawaiTulis = {
  id: string;
  nip: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  status: Status;
  golongan: string;
  tmtGolongan: Date | null;
  tanggalLahir: Date;
  jenisKelamin: "L" | "P";
};

export type Tulisan = {
  /** Induk lebih dulu. */
  unitBaru: UnitTulis[];
  unitUbah: UnitTulis[];
  /** Atasan lebih dulu. */
  jabatanBaru: JabatanTulis[];
  jabatanUbah: JabatanTulis[];
  pegawaiBaru: PegawaiTulis[];
  pegawaiUbah: PegawaiTulis[];
  penugasanTutup: { id: string; tmtSelesai: Date }[];
  penugasanBaru: { id: string; pegawaiId: string; jabatanId: string; tmtMulai: Date }[];
};

export type BarisLaporan = { baris: number; nip: string | null; nama: string | null; status: StatusBaris; galat: GalatKolom[]; perubahan: string[] };

export type Jumlah = {
  baris: Record<StatusBaris, number>;
  unitDibuat: number;
  unitDiperbarui: number;
  jabatanDibuat: number;
  jabatanDiperbarui: number;
  pegawaiDibuat: number;
  pegawaiDiperbarui: number;
  penugasanDitutup: number;
  penugasanDibuka: number;
};

export type Rencana = {
  tulisan: Tulisan;
  laporan: BarisLaporan[];
  jumlah: Jumlah;
  /** Impor lengkap: pegawai aktif instansi yang tidak ada di berkas (tidak dihapus, tidak dinonaktifkan). */
  tidakAdaDiBerkas: { nip: string; nama: string }[] | null;
  adaGalat: boolean;
};

export type OpsiRencana = { lengkap: boolean; buatId: () => string };

const HARI = 86_400_000;
const sama = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());
const tgl = (d: Date | null) => (d ? formatTanggalImpor(d) : "(kosong)");
const kutip = (s: string | null) => (s === null || s === "" ? "(kosong)" : `«${s}»`);

/** Urutan simpul sehingga induk selalu lebih dulu (simpul dalam lingkaran diletakkan terakhir). */
function urutInduk<T extends { id: string; parentId: string | null }>(xs: T[], indukDari: (id: string) => string | null): T[] {
  const dalam = (id: string) => {
    let n = 0;
    const lihat = new Set<string>();
    for (let p = indukDari(id); p !== null && !lihat.has(p); p = indukDari(p)) {
      lihat.add(p);
      n++;
    }
    return n;
  };
  return xs.map((x) => [x, dalam(x.id)] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
}

/** Lingkaran yang memuat `id` (daftar id mulai dari id), atau null. */
function lingkaran(id: string, indukDari: (id: string) => string | null): string[] | null {
  const jalur = [id];
  const lihat = new Set([id]);
  for (let p = indukDari(id); p !== null; p = indukDari(p)) {
    if (p === id) return [...jalur, id];
    if (lihat.has(p)) return null; // lingkaran di atasnya, tidak melalui id: dilaporkan pada simpulnya sendiri
    lihat.add(p);
    jalur.push(p);
  }
  return null;
}

type Simpul = { id: string; kode: string | null; nama: string; parentId: string | null };

/**
 * Pohon gabungan portal + berkas (unit kerja atau jabatan): id tiap kode berkas, induk tiap simpul (kode induk
 * `undefined` = kolom tidak ada, induk di portal dipertahankan), kode induk yang tidak dikenal dan lingkaran
 * dilaporkan pada baris definisinya.
 */
function pohonGabungan<D extends { baris: number }>(args: {
  berkas: Map<string, D>;
  kodeInduk: (d: D) => string | null | undefined;
  /** Simpul portal untuk setiap kode berkas (bila sudah ada). */
  ada: (kode: string) => Simpul | undefined;
  portal: Simpul[];
  buatId: () => string;
  galatTidakAda: (d: D, kode: string) => void;
  galatLingkaran: (d: D, jalur: string) => void;
}) {
  const portalKode = new Map(args.portal.filter((x) => x.kode !== null).map((x) => [x.kode!, x]));
  const portalId = new Map(args.portal.map((x) => [x.id, x]));
  const id = new Map<string, string>();
  for (const [kode] of args.berkas) id.set(kode, args.ada(kode)?.id ?? args.buatId());
  const induk = new Map<string, string | null>(args.portal.map((x) => [x.id, x.parentId]));
  for (const [kode, d] of args.berkas) {
    const k = args.kodeInduk(d);
    let p: string | null = args.ada(kode)?.parentId ?? null;
    if (k === null) p = null;
    else if (k !== undefined) {
      p = id.get(k) ?? portalKode.get(k)?.id ?? null;
      if (p === null) args.galatTidakAda(d, k);
    }
    induk.set(id.get(kode)!, p);
  }
  const indukDari = (x: string) => induk.get(x) ?? null;
  const kodeDariId = new Map([...id].map(([k, i]) => [i, k]));
  const label = (x: string) => kodeDariId.get(x) ?? portalId.get(x)?.kode ?? portalId.get(x)?.nama ?? x;
  for (const [kode, d] of args.berkas) {
    const ling = lingkaran(id.get(kode)!, indukDari);
    if (ling) args.galatLingkaran(d, ling.map(label).join(" → "));
  }
  return { id, indukDari, label };
}

export function rencanakanImpor(baris: BarisValid[], potret: Potret, opsi: OpsiRencana): Rencana {
  const galatBaris = new Map<number, GalatKolom[]>();
  const perubahanBaris = new Map<number, string[]>();
  const dibuatBaris = new Set<number>();
  const salah = (b: number, kolom: keyof typeof JUDUL_KOLOM | null, pesan: string) => {
    const l = galatBaris.get(b) ?? [];
    l.push({ kolom: kolom ? JUDUL_KOLOM[kolom] : null, pesan });
    galatBaris.set(b, l);
  };
  const ubah = (b: number, teks: string) => {
    const l = perubahanBaris.get(b) ?? [];
    l.push(teks);
    perubahanBaris.set(b, l);
  };
  for (const b of baris) if (b.galat.length > 0) galatBaris.set(b.baris, [...b.galat]);

  // ── Definisi di berkas: baris pertama yang menyebut sebuah kode menjadi definisinya; baris lain harus sama.
  const unitBerkas = new Map<string, UnitBerkas>();
  const jabatanBerkas = new Map<string, JabatanBerkas>();
  const pegawaiBerkas = new Map<string, PegawaiBerkas>();
  const nipBerkas = new Set<string>();
  for (const b of baris) {
    if (b.unit) {
      const u = b.unit;
      const d = unitBerkas.get(u.kode);
      if (!d) unitBerkas.set(u.kode, u);
      else if (u.nama !== d.nama) salah(b.baris, "unit", `Kode unit ${u.kode} sudah tertulis di baris ${d.baris} dengan nama ${kutip(d.nama)}; tulis nama yang sama.`);
      else if ((u.kodeInduk ?? null) !== (d.kodeInduk ?? null)) salah(b.baris, "kodeUnitInduk", `Unit ${u.kode} di baris ${d.baris} berinduk ${kutip(d.kodeInduk ?? null)}, di baris ini ${kutip(u.kodeInduk ?? null)}.`);
      else if (u.jenis && d.jenis && u.jenis !== d.jenis) salah(b.baris, "jenisUnit", `Unit ${u.kode} di baris ${d.baris} berjenis ${d.jenis}, di baris ini ${u.jenis}.`);
      else if (u.jenis && !d.jenis) unitBerkas.set(u.kode, { ...d, jenis: u.jenis });
    }
    if (b.jabatan) {
      const j = b.jabatan;
      const d = jabatanBerkas.get(j.kode);
      if (!d) jabatanBerkas.set(j.kode, j);
      else if (j.nama !== d.nama) salah(b.baris, "jabatan", `Kode jabatan ${j.kode} sudah tertulis di baris ${d.baris} dengan nama ${kutip(d.nama)}; tulis nama yang sama.`);
      else if (j.kodeUnit !== d.kodeUnit) salah(b.baris, "kodeUnit", `Jabatan ${j.kode} di baris ${d.baris} berada di unit ${d.kodeUnit}, di baris ini ${j.kodeUnit}.`);
      else if (j.jenis !== d.jenis) salah(b.baris, "jenisJabatan", `Jabatan ${j.kode} di baris ${d.baris} berjenis ${d.jenis}, di baris ini ${j.jenis}.`);
      else if ((j.kodeAtasan ?? null) !== (d.kodeAtasan ?? null)) salah(b.baris, "kodeAtasanJabatan", `Jabatan ${j.kode} di baris ${d.baris} beratasan ${kutip(d.kodeAtasan ?? null)}, di baris ini ${kutip(j.kodeAtasan ?? null)}.`);
      else if ((j.eselon ?? null) !== (d.eselon ?? null)) salah(b.baris, "eselon", `Jabatan ${j.kode} di baris ${d.baris} bereselon ${kutip(d.eselon ?? null)}, di baris ini ${kutip(j.eselon ?? null)}.`);
    }
    if (b.nip) {
      if (nipBerkas.has(b.nip)) {
        const d = pegawaiBerkas.get(b.nip);
        salah(b.baris, "nip", `NIP ini sudah tertulis${d ? ` di baris ${d.baris}` : ""}; satu pegawai satu baris.`);
        continue;
      }
      nipBerkas.add(b.nip);
    }
    if (b.pegawai) pegawaiBerkas.set(b.pegawai.nip, b.pegawai);
  }

  // ── Unit kerja
  const unitPortalKode = new Map(potret.unit.filter((u) => u.kode !== null).map((u) => [u.kode!, u]));
  const { id: idUnit, indukDari: indukUnitDari, label: kodeUnitId } = pohonGabungan({
    berkas: unitBerkas,
    kodeInduk: (u) => u.kodeInduk,
    ada: (k) => unitPortalKode.get(k),
    portal: potret.unit,
    buatId: opsi.buatId,
    galatTidakAda: (u, k) => salah(u.baris, "kodeUnitInduk", `Kode unit induk ${k} tidak ada di berkas maupun di portal.`),
    galatLingkaran: (u, jalur) => salah(u.baris, "kodeUnitInduk", `Induk unit membentuk lingkaran: ${jalur}.`),
  });
  const unitBaru: UnitTulis[] = [];
  const unitUbah: UnitTulis[] = [];
  for (const [kode, u] of unitBerkas) {
    const id = idUnit.get(kode)!;
    const parentId = indukUnitDari(id);
    const ada = unitPortalKode.get(kode);
    const jenis: JenisUnit = u.jenis ?? ada?.jenis ?? (parentId === null ? "OPD" : "BIDANG");
    const tulis: UnitTulis = { id, kode, nama: u.nama, jenis, parentId };
    if (!ada) {
      unitBaru.push(tulis);
      dibuatBaris.add(u.baris);
      ubah(u.baris, `unit kerja baru ${kode} ${kutip(u.nama)}`);
      continue;
    }
    const beda: string[] = [];
    if (ada.nama !== u.nama) beda.push(`nama ${kutip(ada.nama)} → ${kutip(u.nama)}`);
    if (ada.jenis !== jenis) beda.push(`jenis ${ada.jenis} → ${jenis}`);
    if (ada.parentId !== parentId) beda.push(`induk ${kutip(ada.parentId ? kodeUnitId(ada.parentId) : null)} → ${kutip(parentId ? kodeUnitId(parentId) : null)}`);
    if (beda.length > 0) {
      unitUbah.push(tulis);
      ubah(u.baris, `unit ${kode}: ${beda.join(", ")}`);
    }
  }

  // ── Jabatan (kode; jabatan lama tanpa kode diadopsi bila satu-satunya yang bernama sama di unit yang sama)
  const jabPortalKode = new Map(potret.jabatan.filter((j) => j.kode !== null).map((j) => [j.kode!, j]));
  const jabPortalId = new Map(potret.jabatan.map((j) => [j.id, j]));
  const tanpaKode = new Map<string, PotretJabatan[]>();
  for (const j of potret.jabatan) {
    if (j.kode !== null) continue;
    const k = `${j.unitKerjaId}\u0000${j.nama}`;
    tanpaKode.set(k, [...(tanpaKode.get(k) ?? []), j]);
  }
  const jabAda = new Map<string, PotretJabatan>(); // kode berkas → jabatan di portal
  const diadopsi = new Set<string>();
  for (const [kode, j] of jabatanBerkas) {
    const byKode = jabPortalKode.get(kode);
    if (byKode) {
      jabAda.set(kode, byKode);
      continue;
    }
    const unitId = idUnit.get(j.kodeUnit);
    const calon = unitId ? (tanpaKode.get(`${unitId}\u0000${j.nama}`) ?? []) : [];
    if (calon.length === 1 && !diadopsi.has(calon[0]!.id)) {
      jabAda.set(kode, calon[0]!);
      diadopsi.add(calon[0]!.id);
    }
  }
  const { id: idJab, indukDari: indukJabDari, label: kodeJabId } = pohonGabungan({
    berkas: jabatanBerkas,
    kodeInduk: (j) => j.kodeAtasan,
    ada: (k) => jabAda.get(k),
    portal: potret.jabatan,
    buatId: opsi.buatId,
    galatTidakAda: (j, k) => salah(j.baris, "kodeAtasanJabatan", `Kode atasan jabatan ${k} tidak ada di berkas maupun di portal.`),
    galatLingkaran: (j, jalur) => salah(j.baris, "kodeAtasanJabatan", `Atasan jabatan membentuk lingkaran: ${jalur}.`),
  });
  const jabatanBaru: JabatanTulis[] = [];
  const jabatanUbah: JabatanTulis[] = [];
  for (const [kode, j] of jabatanBerkas) {
    const id = idJab.get(kode)!;
    const ada = jabAda.get(kode);
    const unitKerjaId = idUnit.get(j.kodeUnit) ?? "";
    const tulis: JabatanTulis = { id, kode, nama: j.nama, jenis: j.jenis, eselon: j.eselon === undefined ? (ada?.eselon ?? null) : j.eselon, unitKerjaId, parentId: indukJabDari(id) };
    if (!ada) {
      jabatanBaru.push(tulis);
      dibuatBaris.add(j.baris);
      ubah(j.baris, `jabatan baru ${kode} ${kutip(j.nama)}`);
      continue;
    }
    const beda: string[] = [];
    if (ada.kode !== kode) beda.push(`kode ditetapkan ${kode}`);
    if (ada.nama !== tulis.nama) beda.push(`nama ${kutip(ada.nama)} → ${kutip(tulis.nama)}`);
    if (ada.jenis !== tulis.jenis) beda.push(`jenis ${ada.jenis} → ${tulis.jenis}`);
    if (ada.eselon !== tulis.eselon) beda.push(`eselon ${kutip(ada.eselon)} → ${kutip(tulis.eselon)}`);
    if (ada.unitKerjaId !== unitKerjaId) beda.push(`unit ${kutip(kodeUnitId(ada.unitKerjaId))} → ${kutip(j.kodeUnit)}`);
    if (ada.parentId !== tulis.parentId) beda.push(`atasan ${kutip(ada.parentId ? kodeJabId(ada.parentId) : null)} → ${kutip(tulis.parentId ? kodeJabId(tulis.parentId) : null)}`);
    if (beda.length > 0) {
      jabatanUbah.push(tulis);
      ubah(j.baris, `jabatan ${kode}: ${beda.join(", ")}`);
    }
  }

  // ── Pegawai dan penugasan definitif
  const pegPortal = new Map(potret.pegawai.map((p) => [p.nip, p]));
  const pegawaiBaru: PegawaiTulis[] = [];
  const pegawaiUbah: PegawaiTulis[] = [];
  const penugasanTutup: Tulisan["penugasanTutup"] = [];
  const penugasanBaru: Tulisan["penugasanBaru"] = [];
  for (const [nip, p] of pegawaiBerkas) {
    const ada = pegPortal.get(nip);
    if (ada && ada.instansiId !== potret.instansiId) {
      salah(p.baris, "nip", "NIP ini terdaftar pada instansi lain. Pegawai pindah instansi dicatat oleh superadmin, bukan lewat impor.");
      continue;
    }
    const tulis: PegawaiTulis = {
      id: ada?.id ?? opsi.buatId(),
      nip,
      nama: p.nama,
      gelarDepan: p.gelarDepan === undefined ? (ada?.gelarDepan ?? null) : p.gelarDepan,
      gelarBelakang: p.gelarBelakang === undefined ? (ada?.gelarBelakang ?? null) : p.gelarBelakang,
      status: p.status,
      golongan: p.golongan,
      tmtGolongan: p.tmtGolongan === undefined ? (ada?.tmtGolongan ?? null) : p.tmtGolongan,
      tanggalLahir: p.tanggalLahir,
      jenisKelamin: p.jenisKelamin,
    };
    if (!ada) {
      pegawaiBaru.push(tulis);
      dibuatBaris.add(p.baris);
      ubah(p.baris, "pegawai baru");
    } else {
      const beda: string[] = [];
      if (ada.nama !== tulis.nama) beda.push(`nama ${kutip(ada.nama)} → ${kutip(tulis.nama)}`);
      if (ada.gelarDepan !== tulis.gelarDepan) beda.push(`gelar depan ${kutip(ada.gelarDepan)} → ${kutip(tulis.gelarDepan)}`);
      if (ada.gelarBelakang !== tulis.gelarBelakang) beda.push(`gelar belakang ${kutip(ada.gelarBelakang)} → ${kutip(tulis.gelarBelakang)}`);
      if (ada.status !== tulis.status) beda.push(`status ${ada.status} → ${tulis.status}`);
      if (ada.golongan !== tulis.golongan) beda.push(`golongan ${ada.golongan} → ${tulis.golongan}`);
      if (!sama(ada.tmtGolongan, tulis.tmtGolongan)) beda.push(`TMT golongan ${tgl(ada.tmtGolongan)} → ${tgl(tulis.tmtGolongan)}`);
      if (!sama(ada.tanggalLahir, tulis.tanggalLahir)) beda.push(`tanggal lahir ${tgl(ada.tanggalLahir)} → ${tgl(tulis.tanggalLahir)}`);
      if (ada.jenisKelamin !== tulis.jenisKelamin) beda.push(`jenis kelamin ${ada.jenisKelamin} → ${tulis.jenisKelamin}`);
      if (beda.length > 0) {
        pegawaiUbah.push(tulis);
        ubah(p.baris, beda.join(", "));
      }
    }
    if (p.kodeJabatan === null || p.tmtJabatan === null) continue;
    const jabatanId = idJab.get(p.kodeJabatan);
    if (!jabatanId) continue; // jabatan baris ini bergalat
    const kini = ada?.definitif ?? null;
    if (kini && kini.jabatanId === jabatanId) continue;
    if (kini) {
      if (p.tmtJabatan.getTime() <= kini.tmtMulai.getTime()) {
        const nama = jabPortalId.get(kini.jabatanId)?.nama ?? "jabatan saat ini";
        salah(p.baris, "tmtJabatan", `TMT jabatan ${tgl(p.tmtJabatan)} harus setelah TMT jabatan definitif saat ini (${kutip(nama)}, sejak ${tgl(kini.tmtMulai)}): jabatan lama ditutup sehari sebelum TMT baru.`);
        continue;
      }
      const selesai = new Date(p.tmtJabatan.getTime() - HARI);
      penugasanTutup.push({ id: kini.id, tmtSelesai: selesai });
      ubah(p.baris, `jabatan ${kutip(jabPortalId.get(kini.jabatanId)?.kode ?? jabPortalId.get(kini.jabatanId)?.nama ?? null)} ditutup ${tgl(selesai)}`);
    }
    penugasanBaru.push({ id: opsi.buatId(), pegawaiId: tulis.id, jabatanId, tmtMulai: p.tmtJabatan });
    ubah(p.baris, `menjabat ${p.kodeJabatan} mulai ${tgl(p.tmtJabatan)}`);
  }

  // ── Laporan
  const laporan: BarisLaporan[] = baris.map((b) => {
    const galat = galatBaris.get(b.baris) ?? [];
    const perubahan = perubahanBaris.get(b.baris) ?? [];
    const status: StatusBaris = galat.length > 0 ? "GALAT" : dibuatBaris.has(b.baris) && (b.pegawai === null || perubahan.includes("pegawai baru")) ? "DIBUAT" : perubahan.length > 0 ? "DIPERBARUI" : "TIDAK_BERUBAH";
    return { baris: b.baris, nip: b.nip, nama: b.nama, status, galat, perubahan: galat.length > 0 ? [] : perubahan };
  });
  const hitungStatus = { DIBUAT: 0, DIPERBARUI: 0, TIDAK_BERUBAH: 0, GALAT: 0 } satisfies Record<StatusBaris, number>;
  for (const l of laporan) hitungStatus[l.status]++;
  const adaGalat = hitungStatus.GALAT > 0;

  const tidakAdaDiBerkas = opsi.lengkap
    ? potret.pegawai
        .filter((p) => p.instansiId === potret.instansiId && p.aktif && !nipBerkas.has(p.nip))
        .map((p) => ({ nip: p.nip, nama: p.nama }))
        .sort((a, b) => a.nama.localeCompare(b.nama, "id"))
    : null;

  const tulisan: Tulisan = {
    unitBaru: urutInduk(unitBaru, indukUnitDari),
    unitUbah,
    jabatanBaru: urutInduk(jabatanBaru, indukJabDari),
    jabatanUbah,
    pegawaiBaru,
    pegawaiUbah,
    penugasanTutup,
    penugasanBaru,
  };
  return {
    tulisan,
    laporan,
    adaGalat,
    tidakAdaDiBerkas,
    jumlah: {
      baris: hitungStatus,
      unitDibuat: unitBaru.length,
      unitDiperbarui: unitUbah.length,
      jabatanDibuat: jabatanBaru.length,
      jabatanDiperbarui: jabatanUbah.length,
      pegawaiDibuat: pegawaiBaru.length,
      pegawaiDiperbarui: pegawaiUbah.length,
      penugasanDitutup: penugasanTutup.length,
      penugasanDibuka: penugasanBaru.length,
    },
  };
}

/** Jumlah baris tulisan sebuah rencana (0 = tidak ada yang berubah). */
export function jumlahTulisan(t: Tulisan): number {
  return t.unitBaru.length + t.unitUbah.length + t.jabatanBaru.length + t.jabatanUbah.length + t.pegawaiBaru.length + t.pegawaiUbah.length + t.penugasanTutup.length + t.penugasanBaru.length;
}
