// Siapa boleh apa terhadap satu SKP. Murni: data diambil dari basis data oleh pemanggil, tidak dari formulir.
import type { Aktor } from "@/lib/auth/permissions";
import type { PeranTerhadapSkp } from "@/lib/skp/workflow";

export type KonteksAksesSkp = {
  instansiId: string;
  pegawaiId: string;
  /** Pejabat penilai yang berwenang (snapshot SKP); null = pimpinan instansi di luar sistem. */
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId: string | null;
};

/** Kolom SKP yang menentukan akses, sebagaimana dibaca dari basis data. */
export type BarisAksesSkp = {
  pegawaiId: string;
  penilaiPegawaiId: string | null;
  atasanPenilaiSnapshot: unknown;
  pegawai: { instansiId: string };
};

export function konteksAksesSkp(s: BarisAksesSkp): KonteksAksesSkp {
  const atasan = s.atasanPenilaiSnapshot as { pegawaiId?: unknown } | null;
  return {
    instansiId: s.pegawai.instansiId,
    pegawaiId: s.pegawaiId,
    penilaiPegawaiId: s.penilaiPegawaiId,
    atasanPenilaiPegawaiId: typeof atasan?.pegawaiId === "string" ? atasan.pegawaiId : null,
  };
}

function adminInstansi(aktor: Aktor, instansiId: string): boolean {
  return aktor.isSuperadmin || aktor.adminInstansiIds.includes(instansiId);
}

/**
 * Peran aktor dalam alur persetujuan. Bila penilainya pimpinan instansi (mis. bupati untuk Sekda),
 * admin BKD instansi itu mencatat persetujuan atas namanya.
 */
export function peranTerhadapSkp(aktor: Aktor, k: KonteksAksesSkp): PeranTerhadapSkp {
  if (aktor.pegawaiId === k.pegawaiId) return "PEMILIK";
  if (k.penilaiPegawaiId !== null) return aktor.pegawaiId === k.penilaiPegawaiId ? "PENILAI" : "LAIN";
  return adminInstansi(aktor, k.instansiId) ? "PENILAI" : "LAIN";
}

/** Membaca SKP: pemilik, pejabat penilai, atasan pejabat penilai, admin BKD instansinya. */
export function bolehBacaSkp(aktor: Aktor, k: KonteksAksesSkp): boolean {
  return (
    aktor.pegawaiId === k.pegawaiId ||
    (k.penilaiPegawaiId !== null && aktor.pegawaiId === k.penilaiPegawaiId) ||
    (k.atasanPenilaiPegawaiId !== null && aktor.pegawaiId === k.atasanPenilaiPegawaiId) ||
    adminInstansi(aktor, k.instansiId)
  );
}
