// Kebijakan akses, gagal-tertutup: apa pun yang tidak disebut di sini ditolak. Murni (tanpa Prisma).
import type { NamaBergelar } from "@/lib/organisasi/format";

export type Aktor = {
  penggunaId: string;
  pegawaiId: string;
  instansiId: string;
  nip: string;
  nama: NamaBergelar;
  /** Instansi tempat aktor menjadi ADMIN_INSTANSI (admin BKD). */
  adminInstansiIds: string[];
  isSuperadmin: boolean;
  /** Masuk dengan kata sandi sementara dari admin: perlu diganti. */
  harusGantiSandi?: boolean;
};

export type Aksi =
  /** Melihat pohon unit kerja/jabatan dan pemangkunya. */
  | { aksi: "lihat-struktur"; instansiId: string }
  /** Membuka menu Admin sama sekali. */
  | { aksi: "buka-admin" }
  /** Mengatur tahun kinerja dan ritme evaluasi instansi. */
  | { aksi: "kelola-periode"; instansiId: string }
  /** Mengatur ulang kata sandi pegawai instansi (lupa kata sandi). */
  | { aksi: "kelola-akun"; instansiId: string }
  /** Mengubah unit kerja, jabatan, penugasan dan data pegawai instansi (editor organisasi). */
  | { aksi: "kelola-organisasi"; instansiId: string }
  /** Impor unit kerja, jabatan dan pegawai dari berkas (admin BKD instansi itu atau superadmin). */
  | { aksi: "impor-organisasi"; instansiId: string }
  /** Membuat instansi baru beserta admin pertamanya (hanya superadmin). */
  | { aksi: "kelola-instansi" };

export function can(aktor: Aktor | null, a: Aksi): boolean {
  if (!aktor) return false;
  switch (a.aksi) {
    case "buka-admin":
      return aktor.isSuperadmin || aktor.adminInstansiIds.length > 0;
    case "kelola-instansi":
      return aktor.isSuperadmin;
    case "lihat-struktur":
    case "kelola-periode":
    case "kelola-akun":
    case "kelola-organisasi":
    case "impor-organisasi":
      return aktor.isSuperadmin || aktor.adminInstansiIds.includes(a.instansiId);
    default: {
      const _never: never = a;
      return Boolean(_never) && false;
    }
  }
}

/**
 * Siapa boleh mengatur ulang sandi akun dengan peran tertentu (setelah instansinya dicek dengan can "kelola-akun"):
 * akun pegawai biasa oleh admin instansinya; akun admin atau superadmin hanya oleh superadmin.
 */
export function bolehAturUlangSandi(aktor: Pick<Aktor, "isSuperadmin">, peranSasaran: readonly string[]): boolean {
  if (aktor.isSuperadmin) return true;
  return !peranSasaran.some((p) => p === "ADMIN_INSTANSI" || p === "SUPERADMIN");
}

export type Peran = "ASN" | "ATASAN" | "ADMIN_INSTANSI" | "SUPERADMIN";

/** Label peran untuk ditampilkan; ATASAN = punya bawahan langsung pada hari ini. */
export function daftarPeran(aktor: Aktor, punyaBawahan: boolean): Peran[] {
  const r: Peran[] = ["ASN"];
  if (punyaBawahan) r.push("ATASAN");
  if (aktor.adminInstansiIds.length > 0) r.push("ADMIN_INSTANSI");
  if (aktor.isSuperadmin) r.push("SUPERADMIN");
  return r;
}

export type ItemNavigasi = { href: string; label: string };

export function navigasi(peran: readonly Peran[]): ItemNavigasi[] {
  const nav: ItemNavigasi[] = [
    { href: "/beranda", label: "Beranda" },
    { href: "/skp", label: "SKP Saya" },
    { href: "/harian", label: "Progres Harian" },
  ];
  if (peran.includes("ATASAN")) nav.push({ href: "/bawahan", label: "Penilaian Bawahan" });
  nav.push({ href: "/dokumen", label: "Dokumen" });
  if (peran.includes("ADMIN_INSTANSI") || peran.includes("SUPERADMIN")) nav.push({ href: "/admin", label: "Admin" });
  return nav;
}
