import "server-only";
// Komposisi data untuk Beranda, SKP Saya dan Penilaian Bawahan. Kueri: pohon jabatan (1), penugasan (1),
// unit kerja (1), instansi (1), pegawai yang ditampilkan (1) — tetap, berapa pun jumlah bawahan.
import { cache } from "react";
import { env } from "@/lib/env";
import type { Aktor } from "@/lib/auth/permissions";
import {
  atasanPejabatPenilai,
  bawahanLangsung,
  pejabatPenilai,
  penugasanAktif,
  type Penilai,
} from "@/lib/organisasi/hierarki";
import { tanggalAcuan, tanggalDiZona } from "@/lib/organisasi/format";
import { cariKartu, getHierarki, getInstansi, getKartuPegawai, type KartuPegawai } from "@/lib/organisasi/queries";

export function hariIni(): Date {
  return tanggalDiZona(new Date(), env().SKP_ZONA_WAKTU);
}

export type PenilaiTampil = { tipe: "PEGAWAI"; kartu: KartuPegawai } | { tipe: "PIMPINAN_INSTANSI"; jabatan: string; nama: string | null };

export type Beranda = {
  tanggal: Date;
  instansi: { nama: string };
  saya: KartuPegawai[];
  penilai: PenilaiTampil | null;
  atasanPenilai: PenilaiTampil | null;
  bawahan: KartuPegawai[];
};

export const getBeranda = cache(async (aktor: Aktor): Promise<Beranda> => {
  const tanggal = hariIni();
  const [data, instansi] = await Promise.all([getHierarki(aktor.instansiId), getInstansi(aktor.instansiId)]);
  const h = data.hierarki;
  const jabatanSaya = penugasanAktif(h, aktor.pegawaiId, tanggal);
  const penilai = pejabatPenilai(h, aktor.pegawaiId, tanggal);
  const atasan = atasanPejabatPenilai(h, aktor.pegawaiId, tanggal);
  const bawahan = bawahanLangsung(h, aktor.pegawaiId, tanggal);

  const asPemangku = (p: Penilai | null) => (p?.tipe === "PEGAWAI" ? [p] : []);
  const kartu = await getKartuPegawai(aktor.instansiId, data, [
    ...jabatanSaya,
    ...asPemangku(penilai),
    ...asPemangku(atasan),
    ...bawahan.map((b) => ({ pegawaiId: b.pegawaiId, jabatanId: b.jabatanId, jenis: "DEFINITIF" as const })),
  ]);
  const tampil = (p: Penilai | null): PenilaiTampil | null => {
    if (!p) return null;
    if (p.tipe === "PIMPINAN_INSTANSI") {
      return { tipe: "PIMPINAN_INSTANSI", jabatan: instansi?.jabatanPimpinan ?? "Pimpinan Instansi", nama: instansi?.namaPimpinan ?? null };
    }
    const k = cariKartu(kartu, p);
    return k ? { tipe: "PEGAWAI", kartu: k } : null;
  };

  return {
    tanggal,
    instansi: { nama: instansi?.nama ?? "" },
    saya: jabatanSaya.flatMap((j) => {
      const k = cariKartu(kartu, j);
      return k ? [k] : [];
    }),
    penilai: tampil(penilai),
    atasanPenilai: tampil(atasan),
    bawahan: bawahan
      .flatMap((b) => cariKartu(kartu, { pegawaiId: b.pegawaiId, jabatanId: b.jabatanId, jenis: "DEFINITIF" }) ?? [])
      .sort((a, b) => a.jabatan.localeCompare(b.jabatan, "id") || a.nama.localeCompare(b.nama, "id")),
  };
});

/** Untuk tata letak portal: nama instansi dan apakah aktor punya bawahan langsung hari ini (tanpa kueri bila versi organisasi sudah ter-cache). */
export const getRingkasanNavigasi = cache(async (aktor: Aktor): Promise<{ namaInstansi: string; adaBawahan: boolean }> => {
  const [data, instansi] = await Promise.all([getHierarki(aktor.instansiId), getInstansi(aktor.instansiId)]);
  return { namaInstansi: instansi?.nama ?? "", adaBawahan: bawahanLangsung(data.hierarki, aktor.pegawaiId, hariIni()).length > 0 };
});

export type SegmenJabatan = {
  mulai: Date;
  selesai: Date;
  kartu: KartuPegawai;
  penilai: PenilaiTampil | null;
  berlangsung: boolean;
};

/** Jabatan definitif pegawai sepanjang tahun kinerja: satu SKP per segmen (skp-domain.md §1.2). */
export async function getRiwayatJabatanTahun(aktor: Aktor, tahun: number): Promise<SegmenJabatan[]> {
  const awal = new Date(Date.UTC(tahun, 0, 1));
  const akhir = new Date(Date.UTC(tahun, 11, 31));
  const [data, instansi] = await Promise.all([
    getHierarki(aktor.instansiId),
    getInstansi(aktor.instansiId),
  ]);
  const h = data.hierarki;
  const hari = hariIni();
  const segmen = (h.penugasanPegawai.get(aktor.pegawaiId) ?? [])
    .filter((p) => p.jenis === "DEFINITIF")
    .map((p) => {
      const mulai = p.tmtMulai > awal ? p.tmtMulai : awal;
      const selesai = p.tmtSelesai && p.tmtSelesai < akhir ? p.tmtSelesai : akhir;
      // Penilai dihitung pada hari ini bila segmen sedang berjalan, selain itu pada hari terakhir segmen.
      const acuan = tanggalAcuan(hari, mulai, selesai);
      return { p, mulai, selesai, acuan, penilai: pejabatPenilai(h, aktor.pegawaiId, acuan) };
    })
    .filter((s) => s.mulai <= s.selesai)
    .sort((a, b) => a.mulai.getTime() - b.mulai.getTime());

  const kartu = await getKartuPegawai(aktor.instansiId, data, [
    ...segmen.map((s) => s.p),
    ...segmen.flatMap((s) => (s.penilai?.tipe === "PEGAWAI" ? [s.penilai] : [])),
  ]);

  return segmen.flatMap((s) => {
    const k = cariKartu(kartu, s.p);
    if (!k) return [];
    let penilai: PenilaiTampil | null = null;
    if (s.penilai?.tipe === "PIMPINAN_INSTANSI") {
      penilai = { tipe: "PIMPINAN_INSTANSI", jabatan: instansi?.jabatanPimpinan ?? "Pimpinan Instansi", nama: instansi?.namaPimpinan ?? null };
    } else if (s.penilai) {
      const kp = cariKartu(kartu, s.penilai);
      penilai = kp ? { tipe: "PEGAWAI", kartu: kp } : null;
    }
    return [{ mulai: s.mulai, selesai: s.selesai, kartu: k, penilai, berlangsung: hari >= s.mulai && hari <= s.selesai }];
  });
}
