import "server-only";
// Memuat aktor (pengguna + pegawai + peran) dari basis data. Peran tidak pernah diambil dari sesi/formulir.
import { prisma } from "@/lib/db";
import type { Aktor } from "@/lib/auth/permissions";
import { adalahUuid } from "@/lib/id";
import { catatVersiOrganisasi } from "@/lib/organisasi/cache";


/**
 * Aktor dari sesi cookie: hanya bila sesi itu (id di dalam JWT) masih tercatat, belum dicabut dan belum
 * kedaluwarsa. Satu pernyataan SQL per permintaan, yang sekaligus membaca versi organisasi untuk cache pohon
 * organisasi (lib/organisasi/cache.ts).
 */
export async function muatAktorSesi(penggunaId: string, sesiId: string, sekarang = new Date()): Promise<(Aktor & { sesiId: string }) | null> {
  if (!adalahUuid(penggunaId) || !adalahUuid(sesiId)) return null;
  const [b] = await prisma.$queryRaw<BarisAktor[]>`
    SELECT u.id, u.aktif, u.harus_ganti_sandi, p.id AS pegawai_id, p.nip, p.instansi_id, p.gelar_depan, p.nama, p.gelar_belakang,
           p.aktif AS pegawai_aktif,
           EXISTS (SELECT 1 FROM sesi_masuk s WHERE s.id = ${sesiId}::uuid AND s.pengguna_id = u.id AND s.dicabut_at IS NULL
                   AND s.kedaluwarsa_at > ${sekarang}) AS sesi_berlaku,
           COALESCE((SELECT json_agg(json_build_object('peran', r.peran, 'instansiId', r.instansi_id)) FROM peran_pengguna r
                     WHERE r.pengguna_id = u.id), '[]'::json) AS peran,
           (SELECT v.versi::text FROM versi_cache v WHERE v.kunci = 'organisasi') AS versi_organisasi
    FROM pengguna u JOIN pegawai p ON p.id = u.pegawai_id
    WHERE u.id = ${penggunaId}::uuid`;
  if (b?.versi_organisasi) catatVersiOrganisasi(b.versi_organisasi);
  if (!b || !b.aktif || !b.pegawai_aktif || !b.sesi_berlaku) return null;
  return {
    ...keAktor({
      id: b.id,
      harusGantiSandi: b.harus_ganti_sandi,
      peran: b.peran,
      pegawai: { id: b.pegawai_id, nip: b.nip, instansiId: b.instansi_id, gelarDepan: b.gelar_depan, nama: b.nama, gelarBelakang: b.gelar_belakang },
    }),
    sesiId,
  };
}

type BarisAktor = {
  id: string;
  aktif: boolean;
  harus_ganti_sandi: boolean;
  pegawai_id: string;
  nip: string;
  instansi_id: string;
  gelar_depan: string | null;
  nama: string;
  gelar_belakang: string | null;
  pegawai_aktif: boolean;
  sesi_berlaku: boolean;
  peran: { peran: string; instansiId: string | null }[];
  versi_organisasi: string | null;
};

/** Aktor tanpa memeriksa sesi (uji, skrip, layanan internal). */
export async function muatAktor(penggunaId: string): Promise<Aktor | null> {
  if (!adalahUuid(penggunaId)) return null;
  const p = await prisma.pengguna.findUnique({
    where: { id: penggunaId },
    select: {
      id: true,
      aktif: true,
      harusGantiSandi: true,
      peran: { select: { peran: true, instansiId: true } },
      pegawai: {
        select: { id: true, nip: true, instansiId: true, gelarDepan: true, nama: true, gelarBelakang: true, aktif: true },
      },
    },
  });
  if (!p || !p.aktif || !p.pegawai.aktif) return null;
  return keAktor(p);
}

function keAktor(p: {
  id: string;
  harusGantiSandi: boolean;
  peran: readonly { peran: string; instansiId: string | null }[];
  pegawai: { id: string; nip: string; instansiId: string; gelarDepan: string | null; nama: string; gelarBelakang: string | null };
}): Aktor {
  return {
    penggunaId: p.id,
    pegawaiId: p.pegawai.id,
    instansiId: p.pegawai.instansiId,
    nip: p.pegawai.nip,
    nama: { gelarDepan: p.pegawai.gelarDepan, nama: p.pegawai.nama, gelarBelakang: p.pegawai.gelarBelakang },
    adminInstansiIds: p.peran.filter((r) => r.peran === "ADMIN_INSTANSI" && r.instansiId).map((r) => r.instansiId!),
    isSuperadmin: p.peran.some((r) => r.peran === "SUPERADMIN"),
    harusGantiSandi: p.harusGantiSandi,
  };
}
