// Memberi peran SUPERADMIN kepada akun pegawai yang sudah ada, menurut NIP (`npm run admin:super -- <NIP>`).
// Dipanggil skrip operator (scripts/admin-super.ts) dengan klien Prisma-nya sendiri; dicatat di jejak audit tanpa pelaku.
import type { PrismaClient } from "@/generated/prisma/client";
import { normalisasiNip, uraiNip } from "@/lib/organisasi/nip";

export type HasilSuperadmin =
  | { kode: "DIBERIKAN" | "SUDAH"; nama: string; nip: string }
  | { kode: "NIP_TIDAK_SAH"; pesan: string }
  | { kode: "TIDAK_ADA" | "TANPA_AKUN" | "NONAKTIF"; nip: string; nama?: string };

export async function jadikanSuperadmin(prisma: PrismaClient, masukan: string): Promise<HasilSuperadmin> {
  const nip = normalisasiNip(masukan ?? "");
  const r = uraiNip(nip);
  if (!r.ok) return { kode: "NIP_TIDAK_SAH", pesan: r.pesan };
  const p = await prisma.pegawai.findUnique({
    where: { nip },
    select: { nama: true, aktif: true, pengguna: { select: { id: true, aktif: true, peran: { select: { peran: true } } } } },
  });
  if (!p) return { kode: "TIDAK_ADA", nip };
  if (!p.pengguna) return { kode: "TANPA_AKUN", nip, nama: p.nama };
  if (!p.aktif || !p.pengguna.aktif) return { kode: "NONAKTIF", nip, nama: p.nama };
  if (p.pengguna.peran.some((x) => x.peran === "SUPERADMIN")) return { kode: "SUDAH", nip, nama: p.nama };
  const penggunaId = p.pengguna.id;
  await prisma.$transaction(async (tx) => {
    await tx.peranPengguna.create({ data: { penggunaId, peran: "SUPERADMIN", instansiId: null } });
    await tx.jejakAudit.create({ data: { penggunaId: null, aksi: "SUPERADMIN_DIBERIKAN", entitas: "Pengguna", entitasId: penggunaId, data: { nip, lewat: "npm run admin:super" } } });
  });
  return { kode: "DIBERIKAN", nip, nama: p.nama };
}

/** Pesan untuk operator (satu baris per hasil). */
export function pesanSuperadmin(h: HasilSuperadmin): string {
  switch (h.kode) {
    case "DIBERIKAN":
      return `${h.nama} (NIP ${h.nip}) sekarang superadmin. Peran berlaku pada permintaan berikutnya; tidak perlu masuk ulang.`;
    case "SUDAH":
      return `${h.nama} (NIP ${h.nip}) sudah superadmin; tidak ada yang diubah.`;
    case "NIP_TIDAK_SAH":
      return `NIP tidak sah: ${h.pesan}`;
    case "TIDAK_ADA":
      return `Tidak ada pegawai dengan NIP ${h.nip}. Tambahkan pegawainya (impor atau data demo) lalu aktifkan akunnya lebih dulu.`;
    case "TANPA_AKUN":
      return `${h.nama} (NIP ${h.nip}) belum punya akun. Aktifkan akunnya lebih dulu (Admin → Akun pegawai), lalu ulangi perintah ini.`;
    case "NONAKTIF":
      return `Akun ${h.nama} (NIP ${h.nip}) nonaktif. Aktifkan kembali lebih dulu, lalu ulangi perintah ini.`;
  }
}
