// Masalah data organisasi (murni, atas lib/organisasi/hierarki): jabatan yang pejabat penilainya tidak dapat
// ditentukan, Plt/Plh yang kedaluwarsa, dan SKP disetujui yang pejabat penilainya kini berbeda.
import { berlakuPada, pemangkuJabatan, type Hierarki, type Penilai, type Penugasan } from "@/lib/organisasi/hierarki";

/** Batas lama Plt/Plh tanpa tanggal selesai: 3 bulan, dapat diperpanjang 3 bulan (SE Kepala BKN 1/2021) [I]. */
export const BATAS_BULAN_PLT = 6;

function hari(t: Date): number {
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

/**
 * Jabatan (bukan puncak pohon) yang tidak punya satu pun pemangku di seluruh rantai atasnya pada tanggal itu, sehingga
 * pejabat penilai pemangkunya jatuh ke pimpinan instansi karena data, bukan karena aturan. JPT yang menurut opsi
 * hierarki dinilai pimpinan instansi tidak termasuk. Rantai yang terputus (induk tidak ada/ditutup) juga termasuk.
 */
export function jabatanTanpaPenilai(h: Hierarki, tanggal: Date): string[] {
  const hasil: string[] = [];
  for (const j of h.jabatan.values()) {
    if (j.parentId === null) continue;
    if (h.opsi.penilaiJpt === "PIMPINAN_INSTANSI" && j.jenis === "JPT") continue;
    const dilihat = new Set<string>([j.id]);
    let ada = false;
    for (let id: string | null = j.parentId; id !== null && !dilihat.has(id); id = h.jabatan.get(id)?.parentId ?? null) {
      dilihat.add(id);
      if (!h.jabatan.has(id)) break;
      if (pemangkuJabatan(h, id, tanggal)) {
        ada = true;
        break;
      }
    }
    if (!ada) hasil.push(j.id);
  }
  return hasil;
}

export type PltKedaluwarsa = {
  jabatanId: string;
  pegawaiId: string;
  jenis: "PLT" | "PLH";
  /** BERAKHIR: masa Plt/Plh sudah lewat dan jabatan masih kosong. MELEWATI: Plt/Plh masih berjalan melewati batasnya. */
  alasan: "BERAKHIR" | "MELEWATI_BATAS" | "ADA_DEFINITIF";
  tmtMulai: Date;
  tmtSelesai: Date | null;
};

function tambahBulan(t: Date, n: number): number {
  return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, t.getUTCDate());
}

/**
 * Plt/Plh yang perlu ditindaklanjuti pada tanggal itu:
 * - BERAKHIR: jabatan kosong dan penugasan terakhirnya Plt/Plh yang sudah berakhir (perpanjang atau isi jabatannya);
 * - ADA_DEFINITIF: Plt masih berjalan padahal pejabat definitif dilantik sesudah Plt itu dimulai;
 * - MELEWATI_BATAS: Plt/Plh tanpa tanggal selesai yang sudah berjalan lebih dari BATAS_BULAN_PLT bulan.
 */
export function pltKedaluwarsa(h: Hierarki, tanggal: Date): PltKedaluwarsa[] {
  const t = hari(tanggal);
  const hasil: PltKedaluwarsa[] = [];
  for (const [jabatanId, daftar] of h.penugasanJabatan) {
    if (!h.jabatan.has(jabatanId)) continue;
    const berlaku = daftar.filter((p) => berlakuPada(p, tanggal));
    const sementara = (p: Penugasan): p is Penugasan & { jenis: "PLT" | "PLH" } => p.jenis !== "DEFINITIF";
    const catat = (p: Penugasan & { jenis: "PLT" | "PLH" }, alasan: PltKedaluwarsa["alasan"]) =>
      hasil.push({ jabatanId, pegawaiId: p.pegawaiId, jenis: p.jenis, alasan, tmtMulai: p.tmtMulai, tmtSelesai: p.tmtSelesai });
    if (berlaku.length === 0) {
      const lalu = daftar.filter((p) => hari(p.tmtMulai) <= t).sort((a, b) => hari(b.tmtSelesai ?? b.tmtMulai) - hari(a.tmtSelesai ?? a.tmtMulai))[0];
      if (lalu && sementara(lalu)) catat(lalu, "BERAKHIR");
      continue;
    }
    const definitif = berlaku.filter((p) => p.jenis === "DEFINITIF");
    for (const p of berlaku.filter(sementara)) {
      if (p.jenis === "PLT" && definitif.some((d) => hari(d.tmtMulai) > hari(p.tmtMulai))) catat(p, "ADA_DEFINITIF");
      else if (p.tmtSelesai === null && tambahBulan(p.tmtMulai, BATAS_BULAN_PLT) < t) catat(p, "MELEWATI_BATAS");
    }
  }
  return hasil;
}

/** Pejabat penilai yang tercatat saat SKP disetujui (null = pimpinan instansi) berbeda dengan yang berlaku sekarang. */
export function penilaiBerubah(tercatat: string | null, sekarang: Penilai | null): boolean {
  const kini = sekarang === null ? undefined : sekarang.tipe === "PIMPINAN_INSTANSI" ? null : sekarang.pegawaiId;
  return kini !== tercatat;
}

export const LABEL_PLT_KEDALUWARSA: Record<PltKedaluwarsa["alasan"], string> = {
  BERAKHIR: "masa tugasnya sudah berakhir, jabatan masih kosong",
  ADA_DEFINITIF: "masih berjalan padahal pejabat definitif sudah dilantik",
  MELEWATI_BATAS: `tanpa tanggal selesai, berjalan lebih dari ${BATAS_BULAN_PLT} bulan`,
};
