// Di bagian portal mana sebuah SKP dibuka, menurut hubungan aktor dengan pemiliknya: SKP sendiri di "SKP Saya",
// SKP bawahan (sebagai pejabat penilai atau atasan pejabat penilai) di "Penilaian Bawahan", selain itu oleh
// admin BKD di "Admin". Dipakai untuk alamat, menu yang disorot dan remah roti. Murni.
import type { Aktor } from "@/lib/auth/permissions";
import type { KonteksAksesSkp } from "@/lib/skp/akses";

export type BagianSkp = "SAYA" | "BAWAHAN" | "ADMIN";

export function bagianSkp(aktor: Aktor, k: KonteksAksesSkp): BagianSkp {
  if (aktor.pegawaiId === k.pegawaiId) return "SAYA";
  if ((k.penilaiPegawaiId !== null && aktor.pegawaiId === k.penilaiPegawaiId) || (k.atasanPenilaiPegawaiId !== null && aktor.pegawaiId === k.atasanPenilaiPegawaiId)) {
    return "BAWAHAN";
  }
  return "ADMIN";
}

const AWALAN: Record<BagianSkp, string> = { SAYA: "/skp", BAWAHAN: "/bawahan/skp", ADMIN: "/admin/skp" };

/** Alamat halaman SKP (atau pelaksanaannya) di bagian itu. */
export function ruteSkp(bagian: BagianSkp, skpId: string, sub?: "pelaksanaan" | "penilaian"): string {
  return `${AWALAN[bagian]}/${skpId}${sub ? `/${sub}` : ""}`;
}

/** Semua alamat halaman satu SKP, untuk revalidasi setelah perubahan. */
export function semuaRuteSkp(skpId: string, sub?: "penilaian"): string[] {
  if (sub) return (Object.keys(AWALAN) as BagianSkp[]).map((b) => ruteSkp(b, skpId, sub));
  return (Object.keys(AWALAN) as BagianSkp[]).flatMap((b) => [ruteSkp(b, skpId), ruteSkp(b, skpId, "pelaksanaan"), ruteSkp(b, skpId, "penilaian")]);
}

/** Alamat halaman penilaian satu periode (kode TW1 … atau AKHIR) di bagian itu. */
export function rutePenilaian(bagian: BagianSkp, skpId: string, kode: string): string {
  return `${ruteSkp(bagian, skpId, "penilaian")}/${encodeURIComponent(kode)}`;
}

export const LABEL_BAGIAN: Record<BagianSkp, { label: string; href: string }> = {
  SAYA: { label: "SKP Saya", href: "/skp" },
  BAWAHAN: { label: "Penilaian Bawahan", href: "/bawahan" },
  ADMIN: { label: "Daftar SKP", href: "/admin/skp" },
};
