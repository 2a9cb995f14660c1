// Gerbang kelengkapan sebelum penilaian (skp-domain.md §3.3, §10 aturan 4). Murni.
// Instansi memilih PERINGATAN (boleh dinilai, kekurangannya tercatat pada penilaian) atau BLOKIR (belum dapat
// ditandai selesai dinilai sampai pelaksanaannya lengkap). Periode yang sudah ditutup tetap dapat dinilai.
import type { Kelengkapan } from "@/lib/pelaksanaan/aturan";

export type ModeGerbang = "PERINGATAN" | "BLOKIR";

export type HasilGerbang = { boleh: true; peringatan: string | null } | { boleh: false; pesan: string };

export const LABEL_MODE_GERBANG: Readonly<Record<ModeGerbang, string>> = {
  PERINGATAN: "Peringatan: boleh dinilai, kekurangan dicatat pada penilaian",
  BLOKIR: "Blokir: dinilai setelah pelaksanaan lengkap",
};

/** Uraian kekurangan pelaksanaan, mis. "2 rencana aksi belum ada bukti dukung; 1 indikator belum diisi realisasinya". */
export function uraiKekurangan(k: Kelengkapan): string {
  const kurang: string[] = [];
  if (k.rencanaAksi === 0) kurang.push("belum ada rencana aksi");
  else if (k.rencanaAksiBerbukti < k.rencanaAksi) kurang.push(`${k.rencanaAksi - k.rencanaAksiBerbukti} rencana aksi belum ada bukti dukung`);
  if (k.indikatorTerealisasi < k.indikator) kurang.push(`${k.indikator - k.indikatorTerealisasi} indikator belum diisi realisasinya`);
  return kurang.join("; ");
}

export function periksaGerbang(mode: ModeGerbang, k: Kelengkapan): HasilGerbang {
  if (k.status === "LENGKAP") return { boleh: true, peringatan: null };
  const kurang = uraiKekurangan(k);
  if (mode === "BLOKIR") {
    return { boleh: false, pesan: `Pelaksanaan periode ini belum lengkap (${kurang}). Instansi Anda mewajibkan pelaksanaan lengkap sebelum penilaian ditandai selesai.` };
  }
  return { boleh: true, peringatan: `Pelaksanaan belum lengkap saat dinilai: ${kurang}.` };
}

export type PeriodeSegmen = { label: string; status: "BELUM" | "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN" };

/** Syarat evaluasi tahunan (AKHIR): setiap periode pada segmen SKP sudah final atau dikecualikan dengan alasan. */
export function periksaSyaratTahunan(periode: readonly PeriodeSegmen[]): HasilGerbang {
  if (periode.length === 0) return { boleh: false, pesan: "SKP ini tidak memiliki periode evaluasi." };
  const belum = periode.filter((p) => p.status !== "FINAL" && p.status !== "DIKECUALIKAN").map((p) => p.label);
  if (belum.length === 0) return { boleh: true, peringatan: null };
  return { boleh: false, pesan: `Evaluasi tahunan memerlukan setiap periode sudah final atau dikecualikan. Belum: ${belum.join(", ")}.` };
}
