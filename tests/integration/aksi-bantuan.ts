// Bahan bersama uji matriks otorisasi, fuzz dan kelengkapan audit server action (ASVS V4/V5/V7):
// identitas uji pengganti lapisan sesi (hanya cookie → id pengguna/sesi yang diganti; aktor tetap dimuat dari
// basis data dengan muatAktorSesi), sembilan aktor terhadap catatan milik Wahyu, skenario per aksi (keadaan
// sasaran, isian sah, jejak audit yang diharapkan), pemanggil yang menggolongkan hasil, dan sidik data sasaran.
// Layanan (lib/**) tidak pernah dipalsukan: otorisasinya yang diuji.
import path from "node:path";
import type { PrismaClient } from "@/lib/db/client";
import type { Aktor } from "@/lib/auth/permissions";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import { uraiNip } from "@/lib/organisasi/nip";
import { AKAR } from "../support/modul-sumber";
import { aktorDemo, isiTemplatRencanaAksi, siapkanDemo, TAHUN } from "./support";

// ─── Identitas uji ────────────────────────────────────────────────────────────────────────────

/** Pengguna dan sesi "pemilik cookie" permintaan saat ini; null = anonim. */
export const identitas: { saatIni: { penggunaId: string; sesiId: string } | null; keLogin: boolean; keluar: number } = {
  saatIni: null,
  /** requireAktor mengarahkan ke /login (atau ke Akun karena sandi sementara): penolakan. */
  keLogin: false,
  /** signOut dipanggil (keluar berhasil). */
  keluar: 0,
};

/** Pengganti "@/lib/auth": sama dengan aslinya, tetapi sesi Auth.js (cookie) diganti identitas uji. */
export async function modulAuthPalsu() {
  const { redirect } = await import("next/navigation");
  const { muatAktor, muatAktorSesi } = await import("@/lib/auth/aktor");
  const getAktorSesi = async () => (identitas.saatIni ? muatAktorSesi(identitas.saatIni.penggunaId, identitas.saatIni.sesiId) : null);
  return {
    muatAktor,
    getAktorSesi,
    getAktor: async () => {
      const a = await getAktorSesi();
      return a && !a.harusGantiSandi ? a : null;
    },
    requireAktor: async (opsi: { izinkanSandiSementara?: boolean } = {}) => {
      const a = await getAktorSesi();
      if (!a) {
        identitas.keLogin = true;
        redirect("/login");
      }
      if (a!.harusGantiSandi && !opsi.izinkanSandiSementara) {
        identitas.keLogin = true;
        redirect("/akun?wajib=1");
      }
      return a!;
    },
  };
}

const ASAL = "http://localhost:3000";

/**
 * Pengganti "@/lib/auth/config": handlers asli (Auth.js sungguhan); signIn berjalan lewat handlers itu seperti
 * peramban (ambil token CSRF, kirim callback kredensial) sehingga authorize → periksaLogin → buatSesi asli
 * dipakai; signOut mencatat panggilan lalu mengalihkan seperti Next (cookie bukan urusan uji ini).
 */
export async function modulConfigPalsu(asli: () => Promise<typeof import("@/lib/auth/config")>) {
  const m = await asli();
  const { redirect } = await import("next/navigation");
  const { NextRequest } = await import("next/server");
  return {
    ...m,
    signIn: async (_provider: string, opsi: { nip: string; password: string; redirectTo: string }) => {
      const csrf = await m.handlers.GET(new NextRequest(`${ASAL}/api/auth/csrf`));
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const res = await m.handlers.POST(
        new NextRequest(`${ASAL}/api/auth/callback/credentials`, {
          method: "POST",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "10.20.30.40" },
          body: new URLSearchParams({ nip: opsi.nip, password: opsi.password, csrfToken, callbackUrl: `${ASAL}${opsi.redirectTo}` }),
        }),
      );
      const lokasi = new URL(res.headers.get("location") ?? `${ASAL}/login?error=Configuration`);
      const galat = lokasi.searchParams.get("error");
      if (galat === "CredentialsSignin") throw new m.GagalMasuk(lokasi.searchParams.get("code") ?? "SALAH");
      if (galat) throw new Error(`Auth.js: ${galat}`);
      redirect(lokasi.pathname);
    },
    signOut: async (opsi: { redirectTo: string }) => {
      identitas.keluar += 1;
      redirect(opsi.redirectTo);
    },
  };
}

// ─── Aktor ────────────────────────────────────────────────────────────────────────────────────

export const AKTOR = ["anonim", "pemilik", "rekan", "penilai", "atasanPenilai", "atasanLain", "admin", "adminLain", "superadmin"] as const;
export type KunciAktor = (typeof AKTOR)[number];

export const LABEL_AKTOR: Record<KunciAktor, string> = {
  anonim: "anonim",
  pemilik: "pemilik (Wahyu)",
  rekan: "rekan seunit (Joko)",
  penilai: "pejabat penilai (Nurlaela)",
  atasanPenilai: "atasan pejabat penilai (Sri Wahyuni)",
  atasanLain: "atasan unit lain (Arief)",
  admin: "admin BKD (Rizki)",
  adminLain: "admin instansi lain",
  superadmin: "superadmin (Dedi)",
};

/** Pegawai demo untuk tiap peran terhadap catatan Wahyu (Bidang Kesehatan Masyarakat, Dinas Kesehatan). */
const KUNCI_DEMO: Partial<Record<KunciAktor, string>> = {
  pemilik: "wahyu",
  rekan: "joko",
  penilai: "nurlaela",
  atasanPenilai: "sriwahyuni",
  atasanLain: "arief",
  admin: "rizki",
  superadmin: "dedi",
};

export type Dunia = Awaited<ReturnType<typeof siapkanDunia>>;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
export const berkasPdf = (nama = "bukti.pdf") => new File([PDF], nama, { type: "application/pdf" });

/** Data demo + yang tidak ada di demo: instansi kedua dengan admin-nya, peran superadmin, sesi tiap aktor, sasaran. */
export async function siapkanDunia() {
  const demo = await siapkanDemo();
  const prisma: PrismaClient = demo.prisma;
  const { hashPassword } = await import("@/lib/auth/password");
  const { buatSesi } = await import("@/lib/auth/sesi");

  // Superadmin: Dedi (pelaksana BKPSDM, di luar rantai penilaian Wahyu).
  const penggunaDedi = await prisma.pengguna.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("dedi") }, select: { id: true } });
  await prisma.peranPengguna.create({ data: { penggunaId: penggunaDedi.id, peran: "SUPERADMIN", instansiId: null } });

  // Instansi kedua: satu OPD, satu jabatan, satu pegawai yang menjadi admin instansinya.
  const nipLain = "198805052012031001";
  if (!uraiNip(nipLain).ok) throw new Error("NIP uji instansi lain tidak sah");
  const instansiLain = await prisma.instansi.create({
    data: { kode: "UJI2", nama: "Pemerintah Kota Uji Kedua", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota Uji Kedua" },
    select: { id: true },
  });
  const unit = await prisma.unitKerja.create({ data: { instansiId: instansiLain.id, nama: "Badan Kepegawaian Daerah", singkatan: "BKD", jenis: "OPD" }, select: { id: true } });
  const jabatan = await prisma.jabatan.create({
    data: { instansiId: instansiLain.id, unitKerjaId: unit.id, nama: "Analis Sumber Daya Manusia Aparatur Ahli Pertama", jenis: "FUNGSIONAL" },
    select: { id: true },
  });
  const pegawaiLain = await prisma.pegawai.create({
    data: { instansiId: instansiLain.id, nip: nipLain, status: "PNS", nama: "Admin Kota Kedua", tanggalLahir: new Date("1988-05-05"), jenisKelamin: "L", golongan: "III/b" },
    select: { id: true },
  });
  await prisma.penugasanJabatan.create({ data: { pegawaiId: pegawaiLain.id, jabatanId: jabatan.id, jenis: "DEFINITIF", tmtMulai: new Date(`${TAHUN - 2}-01-01`) } });
  const penggunaLain = await prisma.pengguna.create({ data: { pegawaiId: pegawaiLain.id, passwordHash: await hashPassword(DEMO_PASSWORD) }, select: { id: true } });
  await prisma.peranPengguna.create({ data: { penggunaId: penggunaLain.id, peran: "ADMIN_INSTANSI", instansiId: instansiLain.id } });

  const aktor = {} as Record<Exclude<KunciAktor, "anonim">, Aktor>;
  for (const k of AKTOR) {
    if (k === "anonim") continue;
    if (k === "adminLain") {
      const { muatAktor } = await import("@/lib/auth/aktor");
      aktor[k] = (await muatAktor(penggunaLain.id))!;
    } else aktor[k] = await aktorDemo(demo, KUNCI_DEMO[k]!);
  }
  if (!aktor.superadmin.isSuperadmin || aktor.adminLain.adminInstansiIds[0] !== instansiLain.id || !aktor.admin.adminInstansiIds.includes(demo.instansiId)) {
    throw new Error("peran aktor uji tidak sesuai");
  }
  const hashAsli = new Map(
    (await prisma.pengguna.findMany({ where: { id: { in: Object.values(aktor).map((a) => a.penggunaId) } }, select: { id: true, passwordHash: true } })).map((p) => [p.id, p.passwordHash]),
  );
  const peranAsli = new Set((await prisma.peranPengguna.findMany({ select: { id: true } })).map((r) => r.id));
  const sesi = new Map<string, string>();

  // ─── Sasaran: catatan Wahyu ──────────────────────────────────────────────────────────────
  const skp = await prisma.skp.findFirstOrThrow({
    where: { pegawaiId: aktor.pemilik.pegawaiId, status: "DISETUJUI" },
    select: {
      id: true,
      jabatanId: true,
      penilaiPegawaiId: true,
      atasanPenilaiSnapshot: true,
      periode: { select: { id: true, tahun: true, ritme: true } },
      rhk: { select: { id: true, iki: { select: { id: true, targetMin: true } } }, orderBy: [{ jenis: "asc" }, { urutan: "asc" }] },
    },
  });
  if (skp.penilaiPegawaiId !== aktor.penilai.pegawaiId || (skp.atasanPenilaiSnapshot as { pegawaiId?: string }).pegawaiId !== aktor.atasanPenilai.pegawaiId) {
    throw new Error("rantai penilaian Wahyu tidak seperti yang diharapkan uji");
  }
  const { pastikanPeriodeEvaluasi } = await import("@/lib/pelaksanaan/layanan");
  const periode = await pastikanPeriodeEvaluasi(skp.periode);
  const tw = (kode: string) => periode.find((p) => p.kode === kode)!.id;
  const rhkPenilai = await prisma.rhk.findFirstOrThrow({
    where: { skp: { pegawaiId: aktor.penilai.pegawaiId, status: "DISETUJUI" }, jenis: "UTAMA" },
    select: { id: true },
  });
  const sasaran = {
    instansiId: demo.instansiId,
    instansiLainId: instansiLain.id,
    skpId: skp.id,
    periodeKinerjaId: skp.periode.id,
    ritme: skp.periode.ritme,
    jabatanId: skp.jabatanId,
    rhkId: skp.rhk[0]!.id,
    ikiId: skp.rhk[0]!.iki.find((i) => i.targetMin !== null)?.id ?? skp.rhk[0]!.iki[0]!.id,
    tw1: tw("TW1"),
    tw2: tw("TW2"),
    tw4: tw("TW4"),
    rhkPenilai: rhkPenilai.id,
    nipPemilik: aktor.pemilik.nip,
    /** Rencana aksi TW1 yang tetap ada (untuk tautan, unggah, salin). */
    raTetap: "",
    /** Bukti berkas yang tetap ada (untuk unduh). */
    buktiBerkas: "",
    templatPenilai: "",
  };
  const ra = await prisma.rencanaAksi.create({
    data: { rhkId: sasaran.rhkId, periodeEvaluasiId: sasaran.tw1, urutan: 1, uraian: "Menyusun materi penyuluhan triwulan I", targetAngka: 3, satuan: "dokumen" },
    select: { id: true },
  });
  sasaran.raTetap = ra.id;
  const { unggahBukti } = await import("@/lib/pelaksanaan/layanan");
  const u = await unggahBukti(aktor.pemilik, { skpId: sasaran.skpId, rencanaAksiId: ra.id, nama: "materi.pdf", bytes: PDF });
  if (!u.ok) throw new Error(`unggah bukti awal: ${u.pesan}`);
  sasaran.buktiBerkas = u.data.id;
  const t = await prisma.templateEkspektasi.create({
    data: { pemilikPegawaiId: aktor.penilai.pegawaiId, nama: "Ekspektasi bidang kesmas", isi: { AKUNTABEL: "Laporan tepat waktu" } },
    select: { id: true },
  });
  sasaran.templatPenilai = t.id;

  const dunia = {
    prisma,
    demo,
    aktor,
    sasaran,
    /** Sesi yang berlaku untuk aktor (dibuat ulang bila dicabut, mis. setelah keluar atau atur ulang sandi). */
    async sesiBerlaku(k: Exclude<KunciAktor, "anonim">): Promise<string> {
      const a = aktor[k];
      const ada = sesi.get(k);
      if (ada && (await prisma.sesiMasuk.count({ where: { id: ada, dicabutAt: null, kedaluwarsaAt: { gt: new Date() } } }))) return ada;
      const baru = await buatSesi(a.penggunaId, "10.0.0.1");
      sesi.set(k, baru);
      return baru;
    },
    /** Kata sandi dan tanda sandi sementara semua aktor kembali seperti semula. */
    async pulihkanAkun() {
      for (const [id, hash] of hashAsli) {
        await prisma.pengguna.updateMany({ where: { id, OR: [{ passwordHash: { not: hash } }, { harusGantiSandi: true }, { aktif: false }] }, data: { passwordHash: hash, harusGantiSandi: false, aktif: true } });
      }
      // Peran yang diberikan skenario (mis. Wahyu dijadikan admin) dicabut lagi; peran asli dikembalikan bila dicabut.
      await prisma.peranPengguna.deleteMany({ where: { id: { notIn: [...peranAsli] } } });
      await pulihkanPeranAsli(prisma, peranAsli);
    },
    /** Menjadikan k pemilik "cookie" permintaan berikutnya. */
    async sebagai(k: KunciAktor) {
      identitas.keLogin = false;
      identitas.saatIni = k === "anonim" ? null : { penggunaId: aktor[k].penggunaId, sesiId: await dunia.sesiBerlaku(k) };
    },
    async jumlahAudit(): Promise<number> {
      return prisma.jejakAudit.count();
    },
    async auditSejak(id: bigint) {
      return prisma.jejakAudit.findMany({ where: { id: { gt: id } }, select: { aksi: true, entitas: true, entitasId: true, penggunaId: true }, orderBy: { id: "asc" } });
    },
    async auditTerakhir(): Promise<bigint> {
      return (await prisma.jejakAudit.aggregate({ _max: { id: true } }))._max.id ?? 0n;
    },
    sidik: (): Promise<string> => sidikSasaran(prisma, aktor, sasaran),
  };
  return dunia;
}

/**
 * Sidik semua baris yang dapat disentuh aksi terhadap catatan Wahyu: SKP-nya (status, waktu ubah, isi), pelaksanaan,
 * SKP yang dinilai Nurlaela (templat), matriks, templat, periode, penilaian (evaluasi, umpan, keberatan, pengaturan),
 * akun dan sesi aktor. Sama sebelum/sesudah = tidak ada tulisan.
 */
async function sidikSasaran(prisma: PrismaClient, aktor: Record<Exclude<KunciAktor, "anonim">, Aktor>, s: { periodeKinerjaId: string }): Promise<string> {
  const wahyu = aktor.pemilik.pegawaiId;
  const skpTerkait = { OR: [{ pegawaiId: wahyu }, { penilaiPegawaiId: aktor.penilai.pegawaiId }] };
  const penggunaIds = Object.values(aktor).map((a) => a.penggunaId);
  const [skp, rhk, lampiran, perilaku, ra, bukti, realisasi, umpanBalik, peranHasil, templat, periodeEval, periodeKinerja, pengguna, sesi, evaluasi, umpanEvaluasi, keberatan, pengaturan, capaian, pengecualian, tabelKurva, dokumen, ttdDokumen, berkasDokumen] = await Promise.all([
    prisma.skp.findMany({ where: skpTerkait, select: { id: true, status: true, versi: true, updatedAt: true, diajukanAt: true, disetujuiAt: true, alasanDitolak: true, penilaiPegawaiId: true }, orderBy: { id: "asc" } }),
    prisma.rhk.findMany({ where: { skp: skpTerkait }, select: { id: true, teks: true, rhkAtasanId: true, iki: { select: { id: true, targetTeks: true }, orderBy: { id: "asc" } } }, orderBy: { id: "asc" } }),
    prisma.lampiranSkp.findMany({ where: { skp: skpTerkait }, select: { id: true, teks: true }, orderBy: { id: "asc" } }),
    prisma.perilakuSkp.findMany({ where: { skp: skpTerkait }, select: { skpId: true, nilai: true, ekspektasi: true }, orderBy: [{ skpId: "asc" }, { nilai: "asc" }] }),
    prisma.rencanaAksi.findMany({ where: { rhk: { skp: { pegawaiId: wahyu } } }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    prisma.buktiDukung.findMany({ where: { rencanaAksi: { rhk: { skp: { pegawaiId: wahyu } } } }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
    prisma.realisasi.findMany({ where: { iki: { rhk: { skp: { pegawaiId: wahyu } } } }, select: { ikiId: true, updatedAt: true }, orderBy: { ikiId: "asc" } }),
    prisma.umpanBalik.count({ where: { skp: { pegawaiId: wahyu } } }),
    prisma.peranHasil.findMany({ where: { bawahanPegawaiId: wahyu }, select: { rhkId: true, teks: true, dihapusBawahanAt: true }, orderBy: { rhkId: "asc" } }),
    prisma.templateEkspektasi.findMany({ select: { id: true, updatedAt: true }, orderBy: { id: "asc" } }),
    prisma.periodeEvaluasi.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
    prisma.periodeKinerja.findMany({ select: { id: true, ritme: true }, orderBy: { id: "asc" } }),
    prisma.pengguna.findMany({ where: { id: { in: penggunaIds } }, select: { id: true, passwordHash: true, harusGantiSandi: true, lastLoginAt: true, notifikasiSurel: true }, orderBy: { id: "asc" } }),
    prisma.sesiMasuk.findMany({ where: { penggunaId: { in: penggunaIds } }, select: { id: true, dicabutAt: true }, orderBy: { id: "asc" } }),
    // Penilaian: semua evaluasi (termasuk yang penilainya pimpinan instansi), umpannya, keberatan, pengaturan instansi.
    prisma.evaluasiKinerja.findMany({ select: { id: true, status: true, versi: true, ratingHasil: true, ratingPerilaku: true, predikat: true, pindaianKunci: true, updatedAt: true }, orderBy: { id: "asc" } }),
    prisma.umpanEvaluasi.count(),
    prisma.keberatan.findMany({ select: { id: true, status: true, penjelasan: true, keputusan: true }, orderBy: { id: "asc" } }),
    prisma.pengaturanPenilaian.findMany({ select: { instansiId: true, updatedAt: true }, orderBy: { instansiId: "asc" } }),
    prisma.capaianOrganisasi.count(),
    prisma.pengecualianPegawai.count(),
    prisma.tabelDistribusi.count(),
    // Dokumen resmi: versi, tanda tangan, berkas yang diterbitkan.
    prisma.dokumen.findMany({ select: { id: true, versi: true, digantikanAt: true }, orderBy: { id: "asc" } }),
    prisma.tandaTanganDokumen.count(),
    prisma.berkasDokumen.count(),
  ]);
  // Organisasi (editor organisasi): unit, jabatan, penugasan, data pegawai, riwayat pangkat.
  const [unit, jabatan, penugasan, pegawai, riwayatPangkat] = await Promise.all([
    prisma.unitKerja.findMany({ select: { id: true, nama: true, singkatan: true, parentId: true, aktif: true, tmtTutup: true }, orderBy: { id: "asc" } }),
    prisma.jabatan.findMany({ select: { id: true, kode: true, nama: true, parentId: true, unitKerjaId: true, aktif: true, tmtTutup: true }, orderBy: { id: "asc" } }),
    prisma.penugasanJabatan.findMany({ select: { id: true, jenis: true, tmtMulai: true, tmtSelesai: true }, orderBy: { id: "asc" } }),
    prisma.pegawai.findMany({ select: { id: true, nama: true, gelarDepan: true, gelarBelakang: true, golongan: true, tmtGolongan: true, status: true, email: true, aktif: true, tmtBerhenti: true }, orderBy: { id: "asc" } }),
    prisma.riwayatPangkat.count(),
  ]);
  // Notifikasi Wahyu dan keadaan bacanya (#16).
  const notifikasi = await prisma.notifikasi.findMany({ where: { pegawaiId: wahyu }, select: { id: true, dibacaPada: true }, orderBy: { id: "asc" } });
  // Progres harian Wahyu (entri, status, catatan) dan hari libur/pengaturan yang memengaruhinya.
  // #16 token API (dibuat/dicabut; penghitung batas laju bukan tulisan aksi).
  const [harian, libur, tokenApi] = await Promise.all([
    prisma.progresHarian.findMany({ where: { pegawaiId: wahyu }, select: { id: true, status: true, updatedAt: true, catatan: true }, orderBy: { id: "asc" } }),
    prisma.hariLibur.findMany({ select: { instansiId: true, tanggal: true, nama: true }, orderBy: [{ instansiId: "asc" }, { tanggal: "asc" }] }),
    prisma.tokenApi.findMany({ select: { id: true, nama: true, cakupan: true, dicabutAt: true }, orderBy: { id: "asc" } }),
  ]);
  // Akun dan peran seluruh basis data (aktivasi, nonaktif, peran admin, instansi baru).
  const [akunSemua, peranSemua, instansi] = await Promise.all([
    prisma.pengguna.findMany({ select: { id: true, aktif: true }, orderBy: { id: "asc" } }),
    prisma.peranPengguna.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    prisma.instansi.count(),
  ]);
  // #16 angka kredit: koefisien per instansi dan jenjang jabatan fungsional.
  const [koefisienAk, jenjang] = await Promise.all([
    prisma.koefisienAngkaKredit.findMany({ select: { id: true, koefisien: true, createdAt: true }, orderBy: { id: "asc" } }),
    prisma.jabatan.findMany({ where: { jenjang: { not: null } }, select: { id: true, jenjang: true }, orderBy: { id: "asc" } }),
  ]);
  // #16 TPP export: set kolom semua instansi.
  const setKolomTpp = await prisma.setKolomTpp.findMany({ select: { id: true, nama: true, kolom: true, bawaan: true }, orderBy: { id: "asc" } });
  void s;
  return JSON.stringify({ skp, rhk, lampiran, perilaku, ra, bukti, realisasi, umpanBalik, peranHasil, templat, periodeEval, periodeKinerja, pengguna, sesi, evaluasi, umpanEvaluasi, keberatan, pengaturan, capaian, pengecualian, tabelKurva, dokumen, ttdDokumen, berkasDokumen, unit, jabatan, penugasan, pegawai, riwayatPangkat, harian, libur, tokenApi, akunSemua, peranSemua, instansi, koefisienAk, jenjang, setKolomTpp, notifikasi });
}

/** Baris peran asli yang terhapus oleh skenario (mis. cabut admin) dibuat kembali dengan id yang sama. */
const cadanganPeran = new Map<string, { id: string; penggunaId: string; peran: "ADMIN_INSTANSI" | "SUPERADMIN"; instansiId: string | null }>();
async function pulihkanPeranAsli(prisma: PrismaClient, asli: Set<string>) {
  if (cadanganPeran.size === 0) {
    for (const r of await prisma.peranPengguna.findMany({ where: { id: { in: [...asli] } }, select: { id: true, penggunaId: true, peran: true, instansiId: true } })) cadanganPeran.set(r.id, r);
  }
  const ada = new Set((await prisma.peranPengguna.findMany({ select: { id: true } })).map((r) => r.id));
  const hilang = [...cadanganPeran.values()].filter((r) => !ada.has(r.id));
  if (hilang.length) await prisma.peranPengguna.createMany({ data: hilang });
}

/** Admin pertama instansi baru (skenario buatInstansiAction). */
export const NIP_ADMIN_BARU = "199003032015031002";

/** Pegawai instansi Wahyu yang belum punya akun (seperti hasil impor), sasaran aktivasi. */
export const NIP_CALON = "199901012023011001";
export async function calonTanpaAkun(d: Dunia): Promise<string> {
  const p = await d.prisma.pegawai.upsert({
    where: { nip: NIP_CALON },
    create: { instansiId: d.sasaran.instansiId, nip: NIP_CALON, status: "PNS", nama: "Calon Pegawai Impor", tanggalLahir: new Date("1999-01-01"), jenisKelamin: "L", golongan: "III/a" },
    update: {},
    select: { id: true },
  });
  await d.prisma.pengguna.deleteMany({ where: { pegawaiId: p.id } });
  return p.id;
}

// ─── Skenario per aksi ────────────────────────────────────────────────────────────────────────

export type Panggilan =
  | { jenis: "aksi"; form: FormData }
  | { jenis: "tanpa-argumen" }
  | { jenis: "rute"; request: Request; params?: Record<string, string | string[]> };

export type Skenario = {
  /** "berkas#ekspor" atau "METODE /api/…", ditambah "[varian]" bila satu ekspor diuji dalam beberapa keadaan. */
  kunci: string;
  /** Catatan orang lain yang menjadi sasaran (atau id palsu untuk aksi yang hanya berlaku bagi diri sendiri). */
  sasaran: string;
  /** Menyiapkan keadaan sasaran agar panggilan yang berhak dapat berhasil. */
  siapkan?: (d: Dunia) => Promise<void>;
  /** Isian sah (untuk pelaku k). */
  panggilan: (d: Dunia, k: KunciAktor) => Promise<Panggilan>;
  /** Pelaku yang berhak, dipakai uji audit; null bila tidak ada yang boleh. */
  pelaku: KunciAktor | null;
  /** Aksi jejak audit yang ditulis bila berhasil (kosong: aksi tanpa tulisan). */
  audit: string[] | ((d: Dunia) => Promise<string[]>);
  /** #16: aksi baca yang diaudit (mis. ekspor): baris jejaknya satu-satunya tulisan, data lain tidak berubah. */
  hanyaJejak?: true;
  /** Hanya menandai notifikasi aktor sendiri sudah dibaca: keadaan baca pribadi, berubah tanpa jejak audit. */
  tandaBaca?: true;
};

export const fd = (isi: Record<string, string | string[] | File>): FormData => {
  const f = new FormData();
  for (const [k, v] of Object.entries(isi)) {
    if (Array.isArray(v)) for (const x of v) f.append(k, x);
    else f.append(k, v);
  }
  return f;
};

const aksi = (isi: Record<string, string | string[] | File>): Promise<Panggilan> => Promise.resolve({ jenis: "aksi", form: fd(isi) });

/** SKP Wahyu tahun depan (draf baru, belum pernah disetujui) dalam keadaan tertentu; dibuat lewat layanan bila belum ada. */
async function drafWahyu(d: Dunia, status: "DRAFT" | "DIAJUKAN" | "DITOLAK", opsi: { rhk?: boolean } = {}): Promise<string> {
  const { prisma, sasaran, aktor } = d;
  let skp = await prisma.skp.findFirst({ where: { pegawaiId: aktor.pemilik.pegawaiId, periode: { tahun: TAHUN + 1 } }, select: { id: true } });
  if (!skp) {
    const { buatSkp } = await import("@/lib/skp/layanan");
    const r = await buatSkp(aktor.pemilik, { jabatanId: sasaran.jabatanId, mulai: `${TAHUN + 1}-01-01`, pendekatan: "KUANTITATIF" });
    if (!r.ok) throw new Error(`draf Wahyu: ${r.pesan}`);
    skp = { id: r.data.skpId };
  }
  if (opsi.rhk && (await prisma.rhk.count({ where: { skpId: skp.id } })) === 0) {
    await prisma.rhk.create({
      data: {
        skpId: skp.id, jenis: "UTAMA", urutan: 1, teks: "Meningkatnya cakupan penyuluhan kesehatan masyarakat", rhkAtasanId: sasaran.rhkPenilai,
        iki: { create: [{ urutan: 1, aspek: "KUANTITAS", indikator: "Jumlah kegiatan penyuluhan", targetMin: 12, targetMaks: 12, satuan: "kegiatan", targetTeks: "12 kegiatan" }] },
      },
    });
  }
  await prisma.skp.update({
    where: { id: skp.id },
    data: { status, diajukanAt: status === "DIAJUKAN" ? new Date() : null, disetujuiAt: null, alasanDitolak: status === "DITOLAK" ? "Perbaiki indikator kinerja." : null },
  });
  return skp.id;
}

const idDraf = async (d: Dunia) => (await d.prisma.skp.findFirstOrThrow({ where: { pegawaiId: d.aktor.pemilik.pegawaiId, periode: { tahun: TAHUN + 1 } }, select: { id: true } })).id;

async function rencanaAksiBaru(d: Dunia, periodeId: string, uraian: string): Promise<string> {
  const r = await d.prisma.rencanaAksi.create({ data: { rhkId: d.sasaran.rhkId, periodeEvaluasiId: periodeId, urutan: 99, uraian }, select: { id: true } });
  return r.id;
}

async function xlsxImpor(d: Dunia): Promise<File> {
  const kode = (await (await import("@/lib/pelaksanaan/layanan")).kodeRhkSkp(d.sasaran.skpId))[0]!.kode;
  const isi = await isiTemplatRencanaAksi(d.sasaran.skpId, [[kode, "Penyuluhan gizi di posyandu", 2, "kegiatan"]]);
  return new File([isi as Uint8Array<ArrayBuffer>], "rencana-aksi.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

const KEGIATAN_IMPOR = "Kegiatan hasil impor Excel (matriks)";

/** Berkas impor progres harian: satu baris pada rencana aksi TW1 Wahyu (label pilihan dari daftar Wahyu). */
async function xlsxHarian(d: Dunia): Promise<File> {
  const { daftarPilihan, KOLOM_HARIAN, LEMBAR_HARIAN } = await import("@/lib/progres-harian/excel");
  const { pilihanRencanaAksi } = await import("@/lib/progres-harian/baca");
  const label = daftarPilihan(await pilihanRencanaAksi(d.aktor.pemilik)).find((p) => p.id === d.sasaran.raTetap)!.label;
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(LEMBAR_HARIAN);
  ws.addRow([...KOLOM_HARIAN]);
  ws.addRow([label, "2026-03-16", "13:00", "14:00", KEGIATAN_IMPOR, "1", "dokumen", ""]);
  const isi = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return new File([isi], "progres-harian.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

const SKP = "app/(portal)/skp/actions.ts";
const PEL = "app/(portal)/skp/[id]/pelaksanaan/actions.ts";
const ADM = "app/(portal)/admin/actions.ts";
const AKUN = "app/(portal)/akun/actions.ts";
const NOTIF = "app/(portal)/notifikasi/actions.ts";
const LOGIN = "app/login/actions.ts";
const NIL = "app/(portal)/bawahan/penilaian/actions.ts";
const ORG = "app/(portal)/admin/organisasi/actions.ts";
const HAR = "app/(portal)/harian/actions.ts";
const LIB = "app/(portal)/admin/libur/actions.ts";
const TOKEN = "app/(portal)/admin/token-api/actions.ts";
const TPP = "app/(portal)/admin/tpp/actions.ts";
const SANDI_BARU = "Sandi-Baru#Uji2026";

export const SKENARIO: Skenario[] = [
  // ── Perencanaan SKP ──
  {
    kunci: `${SKP}#buatSkpAction`,
    sasaran: "jabatan Wahyu, SKP tahun depan (bagi selain Wahyu: id jabatan orang lain)",
    siapkan: async (d) => void (await d.prisma.skp.deleteMany({ where: { pegawaiId: d.aktor.pemilik.pegawaiId, periode: { tahun: TAHUN + 1 } } })),
    panggilan: (d) => aksi({ jabatanId: d.sasaran.jabatanId, mulai: `${TAHUN + 1}-01-01`, pendekatan: "KUANTITATIF" }),
    pelaku: "pemilik",
    audit: ["SKP_DIBUAT"],
  },
  {
    kunci: `${SKP}#simpanRhkAction`,
    sasaran: "draf SKP Wahyu",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT")),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), jenis: "TAMBAHAN", teks: "Menyusun leaflet kesehatan", "iki.0.aspek": "KUANTITAS", "iki.0.indikator": "Jumlah leaflet", "iki.0.targetMin": "4", "iki.0.satuan": "leaflet" }) }),
    pelaku: "pemilik",
    audit: ["RHK_DITAMBAH"],
  },
  {
    kunci: `${SKP}#hapusRhkAction`,
    sasaran: "RHK pada draf SKP Wahyu",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT", { rhk: true })),
    panggilan: async (d) => {
      const skpId = await idDraf(d);
      const rhk = await d.prisma.rhk.findFirstOrThrow({ where: { skpId }, select: { id: true } });
      return { jenis: "aksi", form: fd({ skpId, rhkId: rhk.id }) };
    },
    pelaku: "pemilik",
    audit: ["RHK_DIHAPUS"],
  },
  {
    kunci: `${SKP}#simpanLampiranAction`,
    sasaran: "draf SKP Wahyu",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT")),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), jenis: "DUKUNGAN_SUMBER_DAYA", butir: "Laptop\nKendaraan dinas" }) }),
    pelaku: "pemilik",
    audit: ["LAMPIRAN_DIUBAH"],
  },
  {
    kunci: `${SKP}#ubahStatusAction[AJUKAN]`,
    sasaran: "draf SKP Wahyu yang lengkap",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), aksi: "AJUKAN" }) }),
    pelaku: "pemilik",
    audit: ["SKP_DIAJUKAN"],
  },
  {
    kunci: `${SKP}#ubahStatusAction[TARIK]`,
    sasaran: "SKP Wahyu yang diajukan",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), aksi: "TARIK" }) }),
    pelaku: "pemilik",
    audit: ["SKP_DITARIK"],
  },
  {
    kunci: `${SKP}#ubahStatusAction[SETUJUI]`,
    sasaran: "SKP Wahyu yang diajukan",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), aksi: "SETUJUI" }) }),
    pelaku: "penilai",
    audit: ["SKP_DISETUJUI"],
  },
  {
    kunci: `${SKP}#ubahStatusAction[TOLAK]`,
    sasaran: "SKP Wahyu yang diajukan",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), aksi: "TOLAK", alasan: "Tambahkan indikator kualitas penyuluhan." }) }),
    pelaku: "penilai",
    audit: ["SKP_DITOLAK"],
  },
  {
    kunci: `${SKP}#isiEkspektasiAction`,
    sasaran: "SKP Wahyu yang diajukan",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d), "ekspektasi.AKUNTABEL": "Laporan penyuluhan tepat waktu" }) }),
    pelaku: "penilai",
    audit: ["EKSPEKTASI_DIISI"],
  },
  {
    kunci: `${SKP}#perbaruiIdentitasAction`,
    sasaran: "draf SKP Wahyu",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT")),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d) }) }),
    pelaku: "pemilik",
    audit: ["IDENTITAS_DIPERBARUI"],
  },
  {
    kunci: `${SKP}#buatRevisiAction`,
    sasaran: "SKP Wahyu yang disetujui",
    siapkan: async (d) => void (await d.prisma.skp.deleteMany({ where: { revisiDariId: d.sasaran.skpId } })),
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId }),
    pelaku: "pemilik",
    audit: ["REVISI_DIBUAT", "REVISI_DIBUAT"],
  },
  {
    kunci: `${SKP}#hapusSkpAction`,
    sasaran: "draf SKP Wahyu",
    siapkan: async (d) => void (await drafWahyu(d, "DRAFT")),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: await idDraf(d) }) }),
    pelaku: "pemilik",
    audit: ["SKP_DIHAPUS"],
  },
  {
    kunci: `${SKP}#setujuiBanyakAction`,
    sasaran: "SKP Wahyu yang diajukan",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: [await idDraf(d)] }) }),
    pelaku: "penilai",
    audit: ["SKP_DISETUJUI"],
  },
  {
    kunci: `${SKP}#simpanMatriksAction`,
    sasaran: "matriks peran hasil Nurlaela: baris RHK-nya, kolom Wahyu (bagi selain Nurlaela: id RHK dan bawahan orang lain)",
    siapkan: async (d) => void (await d.prisma.peranHasil.deleteMany({ where: { bawahanPegawaiId: d.aktor.pemilik.pegawaiId } })),
    panggilan: (d) => aksi({ [`sel.${d.sasaran.rhkPenilai}.${d.aktor.pemilik.pegawaiId}`]: "Menyelenggarakan penyuluhan di 12 desa" }),
    pelaku: "penilai",
    audit: ["MATRIKS_DISIMPAN"],
  },
  {
    kunci: `${SKP}#simpanTemplatAction`,
    sasaran: "templat ekspektasi milik sendiri (tanpa id: selalu atas nama aktor)",
    siapkan: async (d) => void (await d.prisma.templateEkspektasi.deleteMany({ where: { nama: "Templat uji matriks" } })),
    panggilan: () => aksi({ nama: "Templat uji matriks", "ekspektasi.LOYAL": "Menjaga nama baik instansi" }),
    pelaku: "penilai",
    audit: ["TEMPLAT_DISIMPAN"],
  },
  {
    kunci: `${SKP}#terapkanTemplatAction`,
    sasaran: "templat milik Nurlaela (bagi selain Nurlaela: id templat orang lain)",
    siapkan: async (d) => void (await drafWahyu(d, "DIAJUKAN", { rhk: true })),
    panggilan: (d) => aksi({ templateId: d.sasaran.templatPenilai }),
    pelaku: "penilai",
    audit: async (d) => {
      const n = await d.prisma.skp.count({ where: { penilaiPegawaiId: d.aktor.penilai.pegawaiId, status: { in: ["DRAFT", "DITOLAK", "DIAJUKAN"] }, periode: { tahun: TAHUN } } });
      return Array.from({ length: n }, () => "EKSPEKTASI_DIISI");
    },
  },
  // ── Pelaksanaan (SKP Wahyu yang disetujui) ──
  {
    kunci: `${PEL}#simpanRencanaAksiAction`,
    sasaran: "SKP Wahyu yang disetujui, TW1",
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, periodeId: d.sasaran.tw1, rhkId: d.sasaran.rhkId, uraian: "Penyuluhan PHBS di sekolah", targetAngka: "2", satuan: "kegiatan" }),
    pelaku: "pemilik",
    audit: ["RENCANA_AKSI_DITAMBAH"],
  },
  {
    kunci: `${PEL}#hapusRencanaAksiAction`,
    sasaran: "rencana aksi Wahyu",
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: d.sasaran.skpId, rencanaAksiId: await rencanaAksiUntukDihapus(d) }) }),
    pelaku: "pemilik",
    audit: ["RENCANA_AKSI_DIHAPUS"],
  },
  {
    kunci: `${PEL}#salinPeriodeAction`,
    sasaran: "SKP Wahyu, TW2 (disalin dari TW1)",
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, periodeId: d.sasaran.tw2 }),
    pelaku: "pemilik",
    audit: ["RENCANA_AKSI_DISALIN"],
  },
  {
    kunci: `${PEL}#tautanAction`,
    sasaran: "rencana aksi Wahyu",
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, rencanaAksiId: d.sasaran.raTetap, url: "https://drive.example.go.id/notula", nama: "Notula" }),
    pelaku: "pemilik",
    audit: ["BUKTI_TAUTAN_DITAMBAH"],
  },
  {
    kunci: `${PEL}#hapusBuktiAction`,
    sasaran: "bukti dukung Wahyu",
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: d.sasaran.skpId, buktiId: await buktiUntukDihapus(d) }) }),
    pelaku: "pemilik",
    audit: ["BUKTI_DIHAPUS"],
  },
  // ── Progres harian (entri Wahyu pada rencana aksi TW1; tinjauan oleh pejabat penilainya) ──
  {
    kunci: `${HAR}#simpanEntriAction`,
    sasaran: "rencana aksi Wahyu, 2 Maret",
    panggilan: (d) =>
      aksi({ rencanaAksiId: d.sasaran.raTetap, tanggal: "2026-03-02", jamMulai: "08:00", jamSelesai: "09:30", kegiatan: "Menyusun materi penyuluhan", realisasi: "1", satuan: "dokumen" }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DITAMBAH"],
  },
  {
    kunci: `${HAR}#simpanEntriAction[UBAH]`,
    sasaran: "entri draf Wahyu, 6 Maret",
    panggilan: async (d) =>
      aksi({
        entriId: await entriWahyu(d, { tanggal: "2026-03-06", mulai: 480, kegiatan: "Entri yang akan diubah", status: "DRAF" }),
        rencanaAksiId: d.sasaran.raTetap,
        tanggal: "2026-03-06",
        jamMulai: "08:00",
        jamSelesai: "10:00",
        kegiatan: "Entri yang akan diubah",
        realisasi: "2",
        satuan: "dokumen",
      }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DIUBAH"],
  },
  {
    kunci: `${HAR}#hapusEntriAction`,
    sasaran: "entri draf Wahyu",
    panggilan: async (d) => aksi({ entriId: await entriWahyu(d, { tanggal: "2026-03-03", mulai: 480, kegiatan: "Entri yang akan dihapus", status: "DRAF" }) }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DIHAPUS"],
  },
  {
    kunci: `${HAR}#salinEntriAction`,
    sasaran: "entri draf Wahyu, disalin ke 5 Maret",
    panggilan: async (d) => aksi({ entriId: await entriWahyu(d, { tanggal: "2026-03-04", mulai: 480, kegiatan: "Entri yang akan disalin", status: "DRAF" }), tanggal: "2026-03-05" }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DISALIN"],
  },
  {
    kunci: `${HAR}#ajukanEntriAction`,
    sasaran: "draf Wahyu 9–13 Maret",
    siapkan: async (d) => void (await entriWahyu(d, { tanggal: "2026-03-10", mulai: 480, kegiatan: "Entri yang akan diajukan", status: "DRAF" })),
    panggilan: () => aksi({ dari: "2026-03-09", sampai: "2026-03-13" }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DIAJUKAN"],
  },
  {
    kunci: `${HAR}#setujuiEntriAction`,
    sasaran: "entri Wahyu yang diajukan",
    panggilan: async (d) => aksi({ entriId: await entriWahyu(d, { tanggal: "2026-03-11", mulai: 480, kegiatan: "Entri yang akan disetujui", status: "DIAJUKAN" }) }),
    pelaku: "penilai",
    audit: ["PROGRES_HARIAN_DISETUJUI"],
  },
  {
    kunci: `${HAR}#kembalikanEntriAction`,
    sasaran: "entri Wahyu yang diajukan",
    panggilan: async (d) =>
      aksi({ entriId: await entriWahyu(d, { tanggal: "2026-03-12", mulai: 480, kegiatan: "Entri yang akan dikembalikan", status: "DIAJUKAN" }), catatan: "Lengkapi bukti dukungnya." }),
    pelaku: "penilai",
    audit: ["PROGRES_HARIAN_DIKEMBALIKAN"],
  },
  {
    kunci: `${LIB}#tambahLiburAction`,
    sasaran: "daftar libur instansi Wahyu (18 Agustus 2026)",
    siapkan: async (d) => void (await d.prisma.hariLibur.deleteMany({ where: { instansiId: d.sasaran.instansiId, tanggal: new Date("2026-08-18") } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, tanggal: "2026-08-18", nama: "Libur daerah uji", jenis: "LIBUR_DAERAH" }),
    pelaku: "admin",
    audit: ["HARI_LIBUR_DITAMBAH"],
  },
  {
    kunci: `${LIB}#hapusLiburAction`,
    sasaran: "hari libur instansi Wahyu (19 Agustus 2026)",
    siapkan: async (d) => void (await d.prisma.hariLibur.createMany({ data: [{ instansiId: d.sasaran.instansiId, tanggal: new Date("2026-08-19"), nama: "Libur untuk dihapus" }], skipDuplicates: true })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, tanggal: "2026-08-19" }),
    pelaku: "admin",
    audit: ["HARI_LIBUR_DIHAPUS"],
  },
  {
    kunci: `${LIB}#imporLiburAction`,
    sasaran: "daftar libur instansi Wahyu (tempelan dua baris)",
    siapkan: async (d) => void (await d.prisma.hariLibur.deleteMany({ where: { instansiId: d.sasaran.instansiId, tanggal: { in: [new Date("2026-09-14"), new Date("2026-09-15")] } } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, teks: "2026-09-14;Libur tempelan satu;daerah\n2026-09-15;Libur tempelan dua;cuti bersama" }),
    pelaku: "admin",
    audit: ["HARI_LIBUR_DIIMPOR"],
  },
  {
    kunci: `${LIB}#aturanProgresAction`,
    sasaran: "aturan progres harian instansi Wahyu",
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, tenggatHari: "5", maksJam: "12" }),
    pelaku: "admin",
    audit: ["PENGATURAN_PROGRES_DIUBAH"],
  },
  {
    kunci: "GET /api/admin/harian/ekspor",
    sasaran: "Excel progres harian Dinas Kesehatan (instansi Wahyu), Maret 2026",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/harian/ekspor?instansi=${d.sasaran.instansiId}&unit=${await unitDinkes(d)}&bulan=2026-03`) }),
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "app/(portal)/harian/impor/actions.ts#imporHarianAction",
    sasaran: "rencana aksi Wahyu TW1 (impor Excel satu baris, simpan)",
    siapkan: async (d) => void (await d.prisma.progresHarian.deleteMany({ where: { pegawaiId: d.aktor.pemilik.pegawaiId, kegiatan: KEGIATAN_IMPOR } })),
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ simpan: "1", berkas: await xlsxHarian(d) }) }),
    pelaku: "pemilik",
    audit: ["PROGRES_HARIAN_DIIMPOR"],
  },
  {
    kunci: "GET /api/harian/templat",
    sasaran: "templat Excel progres harian (selalu milik aktor sendiri)",
    panggilan: async () => ({ jenis: "rute", request: new Request(`${ASAL}/api/harian/templat`) }),
    pelaku: "pemilik",
    audit: [],
  },
  {
    kunci: `${PEL}#realisasiAction`,
    sasaran: "indikator SKP Wahyu, TW1",
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, periodeId: d.sasaran.tw1, ikiId: d.sasaran.ikiId, nilai: "3", teks: "Tiga kegiatan terlaksana", dasar: "Laporan kegiatan" }),
    pelaku: "pemilik",
    audit: ["REALISASI_DISIMPAN"],
  },
  {
    kunci: `${PEL}#umpanBalikAction`,
    sasaran: "SKP Wahyu yang disetujui",
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, rhkId: d.sasaran.rhkId, teks: "Pertahankan ritme penyuluhan." }),
    pelaku: "penilai",
    audit: ["UMPAN_BALIK_DITULIS"],
  },
  {
    kunci: `${PEL}#imporAction`,
    sasaran: "SKP Wahyu, TW2 (impor Excel, simpan)",
    panggilan: async (d) => ({ jenis: "aksi", form: fd({ skpId: d.sasaran.skpId, periodeId: d.sasaran.tw2, simpan: "1", berkas: await xlsxImpor(d) }) }),
    pelaku: "pemilik",
    audit: ["RENCANA_AKSI_DIIMPOR"],
  },
  // ── Admin BKD ──
  {
    kunci: `${ADM}#aturPeriodeAction`,
    sasaran: "tahun kinerja instansi Wahyu (tahun baru)",
    siapkan: async (d) => void (await d.prisma.periodeKinerja.deleteMany({ where: { instansiId: d.sasaran.instansiId, tahun: TAHUN + 2 } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, tahun: String(TAHUN + 2), ritme: "SEMESTER" }),
    pelaku: "admin",
    audit: ["PERIODE_DIATUR"],
  },
  {
    kunci: `${ADM}#statusPeriodeAction`,
    sasaran: "periode evaluasi TW4 instansi Wahyu (ditutup)",
    siapkan: async (d) => void (await d.prisma.periodeEvaluasi.update({ where: { id: d.sasaran.tw4 }, data: { status: "BUKA" } })),
    panggilan: (d) => aksi({ periodeId: d.sasaran.tw4, status: "TUTUP" }),
    pelaku: "admin",
    audit: ["PERIODE_DITUTUP"],
  },
  {
    kunci: `${ADM}#aturUlangSandiAction`,
    sasaran: "akun Wahyu (NIP-nya)",
    panggilan: (d) => aksi({ nip: d.sasaran.nipPemilik }),
    pelaku: "admin",
    audit: ["SANDI_DIATUR_ULANG"],
  },
  // ── Akun pegawai (admin BKD) ──
  {
    kunci: "app/(portal)/admin/akun/actions.ts#aktivasiAkunAction",
    sasaran: "pegawai instansi Wahyu tanpa akun (id dan instansi dari formulir)",
    siapkan: async (d) => void (await calonTanpaAkun(d)),
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, pegawaiId: await calonTanpaAkun(d) }),
    pelaku: "admin",
    audit: ["AKUN_DIBUAT"],
  },
  {
    kunci: "app/(portal)/admin/akun/actions.ts#ubahAktifAkunAction",
    sasaran: "akun Wahyu (dinonaktifkan)",
    panggilan: (d) => aksi({ pegawaiId: d.aktor.pemilik.pegawaiId, aktif: "0" }),
    pelaku: "admin",
    audit: ["AKUN_DINONAKTIFKAN"],
  },
  {
    kunci: "app/(portal)/admin/akun/actions.ts#peranAdminAction",
    sasaran: "akun Wahyu (dijadikan admin BKD)",
    panggilan: (d) => aksi({ pegawaiId: d.aktor.pemilik.pegawaiId, beri: "1" }),
    pelaku: "admin",
    audit: ["PERAN_ADMIN_DIBERIKAN"],
  },
  {
    kunci: "app/(portal)/admin/instansi/actions.ts#buatInstansiAction",
    sasaran: "instansi baru dengan admin pertamanya (hanya superadmin)",
    siapkan: async (d) => {
      await d.prisma.peranPengguna.deleteMany({ where: { pengguna: { pegawai: { nip: NIP_ADMIN_BARU } } } });
      await d.prisma.pengguna.deleteMany({ where: { pegawai: { nip: NIP_ADMIN_BARU } } });
      await d.prisma.pegawai.deleteMany({ where: { nip: NIP_ADMIN_BARU } });
      await d.prisma.instansi.deleteMany({ where: { kode: "UJIBARU" } });
    },
    panggilan: () => aksi({ kode: "UJIBARU", nama: "Pemerintah Kabupaten Uji Baru", jenis: "PEMERINTAH_KABUPATEN", jabatanPimpinan: "Bupati Uji Baru", adminNip: NIP_ADMIN_BARU, adminNama: "Admin Uji Baru", adminGolongan: "III/c" }),
    pelaku: "superadmin",
    audit: ["INSTANSI_DIBUAT", "AKUN_DIBUAT", "PERAN_ADMIN_DIBERIKAN"],
  },
  // ── Akun sendiri ──
  {
    kunci: `${AKUN}#ubahSandiAction`,
    sasaran: "kata sandi sendiri (tanpa id: selalu akun aktor)",
    panggilan: () => aksi({ sandiLama: DEMO_PASSWORD, sandiBaru: SANDI_BARU, ulangi: SANDI_BARU }),
    pelaku: "pemilik",
    audit: ["SANDI_DIUBAH"],
  },
  {
    kunci: `${AKUN}#keluarSemuaAction`,
    sasaran: "sesi sendiri (tanpa id: selalu akun aktor)",
    panggilan: () => aksi({}),
    pelaku: "pemilik",
    audit: ["KELUAR_SEMUA_PERANGKAT"],
  },
  // ── Masuk/keluar ──
  {
    kunci: `${LOGIN}#loginAction`,
    sasaran: "akun Wahyu: NIP-nya dengan sandinya (pemilik) atau tebakan (selainnya)",
    siapkan: async (d) => void (await d.prisma.percobaanMasuk.deleteMany({ where: { nip: d.sasaran.nipPemilik } })),
    panggilan: (d, k) => aksi({ nip: d.sasaran.nipPemilik, password: k === "pemilik" ? DEMO_PASSWORD : "Tebakan#Sandi2026" }),
    pelaku: "pemilik",
    audit: ["MASUK"],
  },
  {
    kunci: `${LOGIN}#logoutAction`,
    sasaran: "sesi sendiri",
    panggilan: async () => ({ jenis: "tanpa-argumen" }),
    pelaku: "pemilik",
    audit: ["KELUAR"],
  },
  // ── Penilaian (evaluasi TW1 Wahyu; pejabat penilainya Nurlaela, atasannya Sri Wahyuni) ──
  {
    kunci: `${NIL}#tandaiSelesaiAction`,
    sasaran: "draf penilaian TW1 Wahyu (gerbang PERINGATAN)",
    siapkan: async (d) => {
      await d.prisma.pengaturanPenilaian.upsert({ where: { instansiId: d.sasaran.instansiId }, create: { instansiId: d.sasaran.instansiId, gerbang: "PERINGATAN" }, update: { gerbang: "PERINGATAN" } });
      await evaluasiWahyu(d, "TW1", "DRAF");
    },
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1") }),
    pelaku: "penilai",
    audit: ["EVALUASI_SELESAI_DINILAI"],
  },
  {
    kunci: `${NIL}#batalSelesaiAction`,
    sasaran: "penilaian TW1 Wahyu yang selesai dinilai",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "SELESAI_DINILAI")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1") }),
    pelaku: "penilai",
    audit: ["EVALUASI_DIBUKA_PENILAI"],
  },
  {
    kunci: `${NIL}#finalkanTimAction`,
    sasaran: "penilaian TW1 Wahyu yang selesai dinilai (tim Nurlaela)",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "SELESAI_DINILAI")),
    panggilan: async (d) => aksi({ evaluasiId: [await idEvaluasi(d, "TW1")] }),
    pelaku: "penilai",
    audit: ["EVALUASI_DIFINALKAN"],
  },
  {
    kunci: `${NIL}#kalibrasiAction`,
    sasaran: "penilaian TW1 Wahyu yang masih draf, dipindah ke kolom Sangat Baik",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "DRAF")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1"), pasangan: "DI_ATAS|DI_ATAS" }),
    pelaku: "penilai",
    audit: ["EVALUASI_DIKALIBRASI"],
  },
  {
    kunci: `${NIL}#kecualikanAction`,
    sasaran: "draf penilaian TW1 Wahyu",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "DRAF")),
    panggilan: (d) => aksi({ skpId: d.sasaran.skpId, kode: "TW1", alasan: "Tugas belajar sepanjang triwulan I" }),
    pelaku: "penilai",
    audit: ["EVALUASI_DIKECUALIKAN"],
  },
  {
    kunci: `${NIL}#batalKecualikanAction`,
    sasaran: "penilaian TW1 Wahyu yang dikecualikan",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "DIKECUALIKAN")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1") }),
    pelaku: "penilai",
    audit: ["EVALUASI_PENGECUALIAN_DIBATALKAN"],
  },
  {
    kunci: `${NIL}#bukaKembaliAction`,
    sasaran: "penilaian TW1 Wahyu yang final",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "FINAL")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1"), alasan: "Salah memilih rating perilaku kerja" }),
    pelaku: "admin",
    audit: ["EVALUASI_DIBUKA_KEMBALI"],
  },
  {
    kunci: `${NIL}#ajukanKeberatanAction`,
    sasaran: "penilaian TW1 Wahyu yang final, dalam tenggat",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "FINAL")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1"), alasan: "Capaian penyuluhan melampaui target triwulan." }),
    pelaku: "pemilik",
    audit: ["KEBERATAN_DIAJUKAN"],
  },
  {
    kunci: `${NIL}#jelaskanKeberatanAction`,
    sasaran: "keberatan Wahyu atas penilaian TW1",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "KEBERATAN")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1"), penjelasan: "Dua kegiatan penyuluhan tidak didukung bukti." }),
    pelaku: "penilai",
    audit: ["KEBERATAN_DIJELASKAN"],
  },
  {
    kunci: `${NIL}#putuskanKeberatanAction`,
    sasaran: "keberatan Wahyu atas penilaian TW1",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "KEBERATAN")),
    panggilan: async (d) => aksi({ evaluasiId: await idEvaluasi(d, "TW1"), keputusan: "DIUBAH", ratingHasil: "DI_ATAS", ratingPerilaku: "DI_ATAS", catatan: "Bukti tambahan menunjukkan capaian di atas ekspektasi." }),
    pelaku: "atasanPenilai",
    audit: ["KEBERATAN_DIPUTUSKAN"],
  },
  {
    kunci: `${NIL}#pengaturanPenilaianAction`,
    sasaran: "pengaturan penilaian instansi Wahyu",
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, gerbang: "BLOKIR", tenggatKeberatan: "10", jenisHariKeberatan: "KERJA" }),
    pelaku: "admin",
    audit: ["PENGATURAN_PENILAIAN_DIUBAH"],
  },
  {
    kunci: `${NIL}#unggahPindaianAction`,
    sasaran: "draf penilaian TW1 Sekretaris Daerah (penilainya pimpinan instansi)",
    siapkan: async (d) => void (await evaluasiPimpinan(d)),
    panggilan: async (d) => aksi({ evaluasiId: await evaluasiPimpinan(d), berkas: berkasPdf("keputusan-bupati.pdf") }),
    pelaku: "admin",
    audit: ["EVALUASI_PINDAIAN_DIUNGGAH"],
  },
  {
    kunci: "app/(portal)/admin/capaian/actions.ts#tetapkanCapaianAction",
    sasaran: "capaian TW1 Dinas Kesehatan (instansi Wahyu)",
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, unitKerjaId: await unitDinkes(d), tahun: String(TAHUN), kode: "TW1", predikat: "BAIK", dasar: "Capaian rencana aksi triwulan I sesuai target.", berkas: berkasPdf("nota-sekda.pdf") }),
    pelaku: "admin",
    audit: ["CAPAIAN_ORGANISASI_DITETAPKAN"],
  },
  {
    kunci: "app/(portal)/admin/capaian/actions.ts#catatPengecualianAction",
    sasaran: "pengecualian Wahyu dari kurva (tugas belajar)",
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, nip: d.demo.nip("wahyu"), jenis: "TUGAS_BELAJAR", mulai: `${TAHUN}-07-01`, alasan: "Tugas belajar S2 sesuai SK Bupati nomor 800/12." }),
    pelaku: "admin",
    audit: ["PENGECUALIAN_PEGAWAI_DICATAT"],
  },
  {
    kunci: "app/(portal)/admin/capaian/actions.ts#simpanTabelAction",
    sasaran: "tabel kurva instansi Wahyu (Sangat Baik pada capaian Istimewa paling banyak 60 %)",
    // Tabel yang sama dengan yang berlaku ditolak ("tidak berubah"): setiap panggilan mulai dari tabel SE.
    siapkan: async (d) => void (await d.prisma.tabelDistribusi.deleteMany({ where: { instansiId: d.sasaran.instansiId } })),
    panggilan: (d) =>
      aksi({
        instansiId: d.sasaran.instansiId,
        catatan: "Uji: batas Sangat Baik pada capaian Istimewa diturunkan.",
        "aturan.ISTIMEWA.0.jenis": "MAKS",
        "aturan.ISTIMEWA.0.kelompok": "SANGAT_BAIK",
        "aturan.ISTIMEWA.0.persen": "60",
        "aturan.BAIK.0.jenis": "MAKS",
        "aturan.BAIK.0.kelompok": "BAIK",
        "aturan.BAIK.0.persen": "70",
        "aturan.BAIK.1.jenis": "ADA",
        "aturan.BAIK.1.kelompok": ["BUTUH_PERBAIKAN", "KURANG_MISCONDUCT"],
      }),
    pelaku: "admin",
    audit: ["TABEL_DISTRIBUSI_DIUBAH"],
  },
  // ── Route handler ──
  {
    kunci: "GET /api/capaian/[id]",
    sasaran: "dokumen dasar capaian TW2 Dinas Kesehatan",
    siapkan: async (d) => void (await capaianBerdokumen(d)),
    panggilan: async (d) => {
      const id = await capaianBerdokumen(d);
      return { jenis: "rute", request: new Request(`${ASAL}/api/capaian/${id}`), params: { id } };
    },
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "GET /api/admin/monitoring/kurva",
    sasaran: "Excel monitoring kurva TW1 Dinas Kesehatan (instansi Wahyu)",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/monitoring/kurva?instansi=${d.sasaran.instansiId}&periode=TW1&unit=${await unitDinkes(d)}`) }),
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "GET /api/admin/monitoring/pengisian",
    sasaran: "Excel monitoring pengisian TW1 Dinas Kesehatan (instansi Wahyu)",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/monitoring/pengisian?instansi=${d.sasaran.instansiId}&periode=TW1&opd=${await unitDinkes(d)}`) }),
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "GET /api/admin/audit/ekspor",
    sasaran: "Excel jejak audit instansi Wahyu (saringan pelaku Wahyu)",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/audit/ekspor?instansi=${d.sasaran.instansiId}&pegawai=${d.sasaran.nipPemilik}`) }),
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "POST /api/bukti",
    sasaran: "rencana aksi Wahyu (unggah berkas)",
    panggilan: async (d) => ({
      jenis: "rute",
      request: new Request(`${ASAL}/api/bukti`, { method: "POST", headers: { "sec-fetch-site": "same-origin" }, body: fd({ skpId: d.sasaran.skpId, rencanaAksiId: d.sasaran.raTetap, berkas: berkasPdf() }) }),
    }),
    pelaku: "pemilik",
    audit: ["BUKTI_DIUNGGAH"],
  },
  {
    kunci: "POST /api/admin/impor",
    sasaran: "instansi Wahyu (impor satu pegawai baru ke Bidang Kesehatan Masyarakat, diterapkan)",
    siapkan: async (d) => {
      await d.prisma.penugasanJabatan.deleteMany({ where: { pegawai: { nip: NIP_IMPOR } } });
      await d.prisma.pegawai.deleteMany({ where: { nip: NIP_IMPOR } });
    },
    panggilan: async (d) => ({
      jenis: "rute",
      request: new Request(`${ASAL}/api/admin/impor`, { method: "POST", headers: { "sec-fetch-site": "same-origin" }, body: fd({ instansiId: d.sasaran.instansiId, mode: "terapkan", lengkap: "0", berkas: await berkasImpor() }) }),
    }),
    pelaku: "admin",
    audit: ["ORGANISASI_DIIMPOR"],
  },
  {
    kunci: "GET /api/admin/impor/templat",
    sasaran: "templat impor (tanpa data instansi)",
    panggilan: async () => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/impor/templat?format=csv`) }),
    pelaku: "admin",
    audit: [],
  },
  {
    kunci: "GET /api/bukti/[id]",
    sasaran: "berkas bukti Wahyu",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/bukti/${d.sasaran.buktiBerkas}`), params: { id: d.sasaran.buktiBerkas } }),
    pelaku: "pemilik",
    audit: [],
  },
  {
    kunci: "GET /api/skp/[id]/templat",
    sasaran: "templat Excel SKP Wahyu, TW1",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/skp/${d.sasaran.skpId}/templat?periode=${d.sasaran.tw1}`), params: { id: d.sasaran.skpId } }),
    pelaku: "pemilik",
    audit: [],
  },
  {
    kunci: "POST /api/penilaian/draf",
    sasaran: "draf penilaian TW1 Wahyu (simpan otomatis, versi terbaru)",
    siapkan: async (d) => void (await evaluasiWahyu(d, "TW1", "DRAF")),
    panggilan: async (d) => {
      const ev = await d.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { skpId_kode: { skpId: d.sasaran.skpId, kode: "TW1" } }, select: { versi: true } });
      const badan = { skpId: d.sasaran.skpId, kode: "TW1", versi: ev.versi, ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", catatan: "Pertahankan.", umpanRhk: { [d.sasaran.rhkId]: { pilihan: "BAIK", teks: "Rutin" } } };
      return { jenis: "rute", request: new Request(`${ASAL}/api/penilaian/draf`, { method: "POST", headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" }, body: JSON.stringify(badan) }) };
    },
    pelaku: "penilai",
    audit: ["EVALUASI_DRAF_DISIMPAN"],
  },
  {
    kunci: "GET /api/penilaian/[id]/berkas",
    sasaran: "lampiran keberatan Wahyu atas penilaian TW2 yang final",
    siapkan: async (d) => void (await keberatanBerlampiran(d)),
    panggilan: async (d) => {
      const id = await keberatanBerlampiran(d);
      return { jenis: "rute", request: new Request(`${ASAL}/api/penilaian/${id}/berkas?jenis=keberatan`), params: { id } };
    },
    pelaku: "pemilik",
    audit: [],
  },
  // ── Dokumen resmi ──
  {
    kunci: "app/(portal)/dokumen/actions.ts#tandatanganiAction",
    sasaran: "Evaluasi Kinerja Pegawai TW1 Wahyu yang final (tiap penanda tangan mengonfirmasi dengan sandinya sendiri)",
    siapkan: async (d) => {
      await evaluasiWahyu(d, "TW1", "FINAL");
      await d.prisma.tandaTanganDokumen.deleteMany({ where: { dokumen: { skpId: d.sasaran.skpId } } });
    },
    panggilan: (d) => aksi({ jenis: "EVALUASI", skpId: d.sasaran.skpId, kode: "TW1", sandi: DEMO_PASSWORD }),
    pelaku: "pemilik",
    audit: async (d) => ((await versiBerlaku(d, `skp:${d.sasaran.skpId}:TW1:EVALUASI`)) ? ["DOKUMEN_DITANDATANGANI"] : ["DOKUMEN_DIBUAT", "DOKUMEN_DITANDATANGANI"]),
  },
  {
    kunci: "app/verifikasi/actions.ts#periksaBerkasAction",
    sasaran: "kode verifikasi Evaluasi TW1 Wahyu (publik: hanya mencocokkan SHA-256, tanpa menulis)",
    siapkan: async (d) => void (await kodeEvaluasiWahyu(d)),
    panggilan: async (d) => aksi({ kode: await kodeEvaluasiWahyu(d), berkas: berkasPdf("diterima.pdf") }),
    pelaku: "anonim",
    audit: [],
  },
  {
    kunci: "GET /api/dokumen/skp/[id]/[jenis]",
    sasaran: "PDF Dokumen Evaluasi TW1 Wahyu",
    siapkan: async (d) => {
      await evaluasiWahyu(d, "TW1", "FINAL");
      await hapusDokumen(d);
    },
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/dokumen/skp/${d.sasaran.skpId}/dokumen-evaluasi?periode=TW1`), params: { id: d.sasaran.skpId, jenis: "dokumen-evaluasi" } }),
    pelaku: "pemilik",
    audit: ["DOKUMEN_DIBUAT", "DOKUMEN_DIUNDUH"],
  },
  {
    kunci: "GET /api/dokumen/unit/[id]/penetapan",
    sasaran: "Penetapan distribusi Dinas Kesehatan TW1 (kepala dinas dan admin BKD)",
    siapkan: async (d) => {
      await penetapanDinkes(d);
      await hapusDokumen(d);
    },
    panggilan: async (d) => {
      const id = await penetapanDinkes(d);
      return { jenis: "rute", request: new Request(`${ASAL}/api/dokumen/unit/${id}/penetapan?tahun=${TAHUN}&periode=TW1`), params: { id } };
    },
    pelaku: "admin",
    audit: ["DOKUMEN_DIBUAT", "DOKUMEN_DIUNDUH"],
  },
  {
    kunci: "GET /api/dokumen/unit/[id]/zip",
    sasaran: "ZIP Evaluasi + Dokumen Evaluasi Dinas Kesehatan TW1 (kepala dinas dan admin BKD)",
    siapkan: async (d) => {
      await evaluasiWahyu(d, "TW1", "FINAL");
      await penetapanDinkes(d);
      await hapusDokumen(d);
    },
    panggilan: async (d) => {
      const id = await penetapanDinkes(d);
      return { jenis: "rute", request: new Request(`${ASAL}/api/dokumen/unit/${id}/zip?tahun=${TAHUN}&periode=TW1`), params: { id } };
    },
    pelaku: "admin",
    audit: async (d) => {
      const id = await penetapanDinkes(d);
      const n = await d.prisma.evaluasiKinerja.count({ where: { unitCapaianId: id, kode: "TW1", status: "FINAL" } });
      const dokumen = 2 * n + 1;
      return ["DOKUMEN_UNIT_DIUNDUH", ...Array.from({ length: dokumen }, () => ["DOKUMEN_DIBUAT", "DOKUMEN_DIUNDUH"]).flat()];
    },
  },
  {
    kunci: "GET /api/health",
    sasaran: "publik",
    panggilan: async () => ({ jenis: "rute", request: new Request(`${ASAL}/api/health`) }),
    pelaku: "anonim",
    audit: [],
  },
  {
    kunci: "GET /api/auth/[...nextauth]",
    sasaran: "Auth.js /api/auth/session (publik; tanpa cookie = tanpa sesi)",
    panggilan: async () => ({ jenis: "rute", request: await permintaanNext(`${ASAL}/api/auth/session`), params: { nextauth: ["session"] } }),
    pelaku: "anonim",
    audit: [],
  },
  {
    kunci: "POST /api/auth/[...nextauth]",
    sasaran: "masuk sebagai Wahyu tanpa token CSRF (login CSRF), dengan sandi yang benar",
    siapkan: async (d) => void (await d.prisma.percobaanMasuk.deleteMany({ where: { nip: d.sasaran.nipPemilik } })),
    panggilan: async (d) => ({
      jenis: "rute",
      request: await permintaanNext(`${ASAL}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ nip: d.sasaran.nipPemilik, password: DEMO_PASSWORD }),
      }),
      params: { nextauth: ["callback", "credentials"] },
    }),
    pelaku: null,
    audit: [],
  },
  // ── Editor organisasi (admin BKD instansi itu dan superadmin; instansi dari data sasaran, bukan formulir) ──
  {
    kunci: `${ORG}#tambahUnitAction`,
    sasaran: "sub-unit baru di Dinas Kesehatan (instansi Wahyu)",
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, parentId: await unitDinkes(d), nama: "Subbagian Uji Matriks", jenis: "SUBBAGIAN" }),
    pelaku: "admin",
    audit: ["UNIT_DITAMBAH"],
  },
  {
    kunci: `${ORG}#ubahUnitAction`,
    sasaran: "nama Bidang Kesehatan Masyarakat (unit Wahyu)",
    siapkan: async (d) => void (await d.prisma.unitKerja.update({ where: { id: await unitKesmas(d) }, data: { nama: "Bidang Kesmas (nama lama)" } })),
    panggilan: async (d) => aksi({ unitId: await unitKesmas(d), parentId: await unitDinkes(d), nama: "Bidang Kesehatan Masyarakat" }),
    pelaku: "admin",
    audit: ["UNIT_DIUBAH"],
  },
  {
    kunci: `${ORG}#tutupUnitAction`,
    sasaran: "unit kosong di Dinas Kesehatan",
    siapkan: async (d) => void (await d.prisma.unitKerja.update({ where: { id: (await fiksturOrganisasi(d)).unitKosong }, data: { aktif: true, tmtTutup: null } })),
    panggilan: async (d) => aksi({ unitId: (await fiksturOrganisasi(d)).unitKosong, tanggal: hariIniIso() }),
    pelaku: "admin",
    audit: ["UNIT_DITUTUP"],
  },
  {
    kunci: `${ORG}#tambahJabatanAction`,
    sasaran: "jabatan baru di Bidang Kesehatan Masyarakat",
    panggilan: async (d) => aksi({ unitKerjaId: await unitKesmas(d), parentId: (await fiksturOrganisasi(d)).kabidKesmas, nama: "Analis Uji Matriks", jenis: "FUNGSIONAL" }),
    pelaku: "admin",
    audit: ["JABATAN_DITAMBAH"],
  },
  {
    kunci: `${ORG}#ubahJabatanAction`,
    sasaran: "nama jabatan Wahyu",
    siapkan: async (d) => void (await d.prisma.jabatan.update({ where: { id: d.sasaran.jabatanId }, data: { nama: "Penyuluh (nama lama)" } })),
    panggilan: async (d) => aksi({ jabatanId: d.sasaran.jabatanId, unitKerjaId: await unitKesmas(d), parentId: (await fiksturOrganisasi(d)).kabidKesmas, nama: "Penyuluh Kesehatan Masyarakat Ahli Muda" }),
    pelaku: "admin",
    audit: ["JABATAN_DIUBAH"],
  },
  {
    kunci: `${ORG}#tutupJabatanAction`,
    sasaran: "jabatan kosong di Bidang Kesehatan Masyarakat",
    siapkan: async (d) => void (await d.prisma.jabatan.update({ where: { id: (await fiksturOrganisasi(d)).jabatanKosong }, data: { aktif: true, tmtTutup: null } })),
    panggilan: async (d) => aksi({ jabatanId: (await fiksturOrganisasi(d)).jabatanKosong, tanggal: hariIniIso() }),
    pelaku: "admin",
    audit: ["JABATAN_DITUTUP"],
  },
  {
    kunci: `${ORG}#tugaskanAction`,
    sasaran: "Plh pada jabatan uji di bidang Wahyu (NIP pegawai uji)",
    siapkan: async (d) => void (await d.prisma.penugasanJabatan.deleteMany({ where: { jabatanId: (await fiksturOrganisasi(d)).jabatanTugas } })),
    panggilan: async (d) => aksi({ jabatanId: (await fiksturOrganisasi(d)).jabatanTugas, nip: NIP_UJI_MUTASI, jenis: "PLH", tmtMulai: `${TAHUN}-01-02`, nomorSk: "800/1/UJI" }),
    pelaku: "admin",
    audit: ["PENUGASAN_DITAMBAH"],
  },
  {
    kunci: `${ORG}#akhiriPenugasanAction`,
    sasaran: "penugasan pegawai uji yang masih berjalan",
    siapkan: async (d) => void (await d.prisma.penugasanJabatan.update({ where: { id: (await fiksturOrganisasi(d)).penugasanAkhiri }, data: { tmtSelesai: null } })),
    panggilan: async (d) => aksi({ penugasanId: (await fiksturOrganisasi(d)).penugasanAkhiri, tmtSelesai: hariIniIso() }),
    pelaku: "admin",
    audit: ["PENUGASAN_DIAKHIRI"],
  },
  {
    kunci: `${ORG}#mutasiAction`,
    sasaran: "pegawai uji (definitif di jabatan uji) dimutasi ke jabatan kosong",
    siapkan: async (d) => void (await aturUlangPegawaiUji(d)),
    panggilan: async (d) => aksi({ pegawaiId: (await fiksturOrganisasi(d)).pegawaiUji, jabatanId: (await fiksturOrganisasi(d)).jabatanTujuan, tanggal: hariIniIso() }),
    pelaku: "admin",
    audit: ["PEGAWAI_DIMUTASI"],
  },
  {
    kunci: `${ORG}#berhentiAction`,
    sasaran: "pegawai uji pensiun",
    siapkan: async (d) => void (await aturUlangPegawaiUji(d)),
    panggilan: async (d) => aksi({ pegawaiId: (await fiksturOrganisasi(d)).pegawaiUji, alasan: "PENSIUN", tanggal: hariIniIso() }),
    pelaku: "admin",
    audit: ["PEGAWAI_BERHENTI"],
  },
  {
    kunci: `${ORG}#ubahPegawaiAction`,
    sasaran: "data Wahyu (email)",
    siapkan: async (d) => void (await d.prisma.pegawai.update({ where: { id: d.aktor.pemilik.pegawaiId }, data: { email: null } })),
    panggilan: (d) => aksi({ pegawaiId: d.aktor.pemilik.pegawaiId, nama: "Wahyu Setiadi", gelarBelakang: "S.KM.", status: "PNS", golongan: "III/c", email: "wahyu.setiadi@lembahsejahtera.go.id" }),
    pelaku: "admin",
    audit: ["PEGAWAI_DIUBAH"],
  },
  // #16 angka kredit
  {
    kunci: "app/(portal)/admin/angka-kredit/actions.ts#tetapkanKoefisienAction",
    sasaran: "koefisien Ahli Utama instansi Wahyu mulai 1 Januari 2030",
    siapkan: async (d) => void (await d.prisma.koefisienAngkaKredit.deleteMany({ where: { instansiId: d.sasaran.instansiId, jenjang: "AHLI_UTAMA", berlakuMulai: new Date("2030-01-01") } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, jenjang: "AHLI_UTAMA", koefisien: "50", berlakuMulai: "2030-01-01" }),
    pelaku: "admin",
    audit: ["KOEFISIEN_AK_DITETAPKAN"],
  },
  {
    kunci: "app/(portal)/admin/angka-kredit/actions.ts#ubahJenjangAction",
    sasaran: "jenjang jabatan fungsional Wahyu",
    siapkan: async (d) => void (await d.prisma.jabatan.update({ where: { id: d.sasaran.jabatanId }, data: { jenjang: null } })),
    panggilan: (d) => aksi({ jabatanId: d.sasaran.jabatanId, jenjang: "AHLI_MUDA" }),
    pelaku: "admin",
    audit: ["JENJANG_JABATAN_DIUBAH"],
  },
  {
    kunci: "GET /api/admin/angka-kredit/ekspor",
    sasaran: "Excel konversi angka kredit Dinas Kesehatan (instansi Wahyu), TW1",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/angka-kredit/ekspor?instansi=${d.sasaran.instansiId}&unit=${await unitDinkes(d)}&tahun=${TAHUN}&periode=TW1`) }),
    pelaku: "admin",
    audit: ["ANGKA_KREDIT_DIEKSPOR"],
  },
  // #16 API baca: token API (admin BKD instansi itu atau superadmin) dan rute /api/v1 (token Bearer, bukan sesi:
  // sesi siapa pun tanpa token ditolak 401; token sungguhan diuji di api-v1.int.test.ts).
  {
    kunci: `${TOKEN}#buatTokenAction`,
    sasaran: "token API baru instansi Wahyu",
    siapkan: async (d) => void (await d.prisma.tokenApi.updateMany({ where: { instansiId: d.sasaran.instansiId, nama: "Aplikasi TPP uji matriks", dicabutAt: null }, data: { dicabutAt: new Date() } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, nama: "Aplikasi TPP uji matriks", cakupan: ["PREDIKAT", "SKP"] }),
    pelaku: "admin",
    audit: ["TOKEN_API_DIBUAT"],
  },
  {
    kunci: `${TOKEN}#cabutTokenAction`,
    sasaran: "token API aktif instansi Wahyu",
    siapkan: async (d) => void (await tokenUji(d)),
    panggilan: async (d) => aksi({ tokenId: await tokenUji(d) }),
    pelaku: "admin",
    audit: ["TOKEN_API_DICABUT"],
  },
  ...(["predikat", "kelengkapan", "skp", "organisasi"] as const).map(
    (r): Skenario => ({
      kunci: `GET /api/v1/${r}`,
      sasaran: `data ${r} instansi Wahyu lewat sesi (tanpa token)`,
      panggilan: async () => ({ jenis: "rute", request: new Request(`${ASAL}/api/v1/${r}?limit=5`) }),
      pelaku: null,
      audit: [],
    }),
  ),
  {
    kunci: "GET /api/v1/openapi.json",
    sasaran: "dokumen OpenAPI (publik, tanpa data)",
    panggilan: async () => ({ jenis: "rute", request: new Request(`${ASAL}/api/v1/openapi.json`) }),
    pelaku: "anonim",
    audit: [],
  },
  // #16 TPP export
  {
    kunci: `${TPP}#simpanSetKolomAction`,
    sasaran: "set kolom TPP baru instansi Wahyu",
    siapkan: async (d) => void (await d.prisma.setKolomTpp.deleteMany({ where: { instansiId: d.sasaran.instansiId, nama: "Set uji matriks" } })),
    panggilan: (d) => aksi({ instansiId: d.sasaran.instansiId, nama: "Set uji matriks", "urutan.nip": "1", "urutan.nama": "2", "urutan.predikat": "3" }),
    pelaku: "admin",
    audit: ["SET_KOLOM_TPP_DIBUAT"],
  },
  {
    kunci: `${TPP}#simpanSetKolomAction[UBAH]`,
    sasaran: "set kolom TPP instansi Wahyu (ubah urutan)",
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, setId: await setKolomUji(d, "Set uji ubah"), nama: "Set uji ubah", "urutan.nama": "1", "urutan.nip": "2" }),
    pelaku: "admin",
    audit: ["SET_KOLOM_TPP_DIUBAH"],
  },
  {
    kunci: `${TPP}#hapusSetKolomAction`,
    sasaran: "set kolom TPP instansi Wahyu",
    panggilan: async (d) => aksi({ instansiId: d.sasaran.instansiId, setId: await setKolomUji(d, "Set uji hapus") }),
    pelaku: "admin",
    audit: ["SET_KOLOM_TPP_DIHAPUS"],
  },
  {
    kunci: "GET /api/admin/tpp/ekspor",
    sasaran: "Excel TPP Dinas Kesehatan (instansi Wahyu), Maret 2026",
    panggilan: async (d) => ({ jenis: "rute", request: new Request(`${ASAL}/api/admin/tpp/ekspor?instansi=${d.sasaran.instansiId}&unit=${await unitDinkes(d)}&bulan=2026-03`) }),
    pelaku: "admin",
    audit: ["TPP_DIEKSPOR"],
    hanyaJejak: true,
  },
  // #16 notifikasi
  {
    kunci: `${NOTIF}#tandaiDibacaAction`,
    sasaran: "notifikasi Wahyu yang belum dibaca",
    siapkan: async (d) => void (await notifikasiWahyu(d)),
    panggilan: async (d) => aksi({ notifikasiId: await notifikasiWahyu(d) }),
    pelaku: "pemilik",
    audit: [],
    tandaBaca: true,
  },
  {
    kunci: `${NOTIF}#bukaNotifikasiAction`,
    sasaran: "notifikasi Wahyu yang belum dibaca (tandai lalu ke tautannya)",
    siapkan: async (d) => void (await notifikasiWahyu(d)),
    panggilan: async (d) => aksi({ notifikasiId: await notifikasiWahyu(d) }),
    pelaku: "pemilik",
    audit: [],
    tandaBaca: true,
  },
  {
    kunci: `${NOTIF}#tandaiSemuaDibacaAction`,
    sasaran: "notifikasi sendiri (tanpa id: selalu milik aktor)",
    siapkan: async (d) => void (await notifikasiWahyu(d)),
    panggilan: () => aksi({}),
    pelaku: "pemilik",
    audit: [],
    tandaBaca: true,
  },
  {
    kunci: `${AKUN}#aturSurelAction`,
    sasaran: "setelan surel sendiri (tanpa id: selalu akun aktor)",
    // Bawaannya aktif; formulir tanpa centang mematikannya (perubahan nyata yang dicatat).
    panggilan: () => aksi({}),
    pelaku: "pemilik",
    audit: ["NOTIFIKASI_SUREL_DIUBAH"],
  },
];

/** Token API aktif instansi Wahyu untuk dicabut (dibuat atau diaktifkan kembali setiap kali). */
async function tokenUji(d: Dunia): Promise<string> {
  const t = await d.prisma.tokenApi.upsert({
    where: { prefix: "0a1b2c3d" },
    create: { instansiId: d.sasaran.instansiId, nama: "Token uji matriks", prefix: "0a1b2c3d", hashRahasia: "0".repeat(64), cakupan: ["PREDIKAT"] },
    update: { dicabutAt: null, dicabutOleh: null },
    select: { id: true },
  });
  return t.id;
}

/** Satu notifikasi Wahyu yang belum dibaca (dibuat bila belum ada); id-nya. */
async function notifikasiWahyu(d: Dunia): Promise<string> {
  const data = { instansiId: d.sasaran.instansiId, pegawaiId: d.aktor.pemilik.pegawaiId, jenis: "SKP_DISETUJUI", judul: "SKP Anda disetujui", isi: "SKP Anda disetujui pejabat penilai.", tautan: `/skp/${d.sasaran.skpId}` };
  const n = await d.prisma.notifikasi.upsert({ where: { kunci: "uji-matriks:wahyu" }, create: { ...data, kunci: "uji-matriks:wahyu" }, update: { dibacaPada: null }, select: { id: true } });
  return n.id;
}


// ─── Impor organisasi ─────────────────────────────────────────────────────────────────────────

const NIP_IMPOR = "199202022019031007";

/** CSV impor: satu pegawai baru pada jabatan pelaksana baru di Bidang Kesehatan Masyarakat (unit demo DINKES-KESMAS). */
async function berkasImpor(): Promise<File> {
  const { tulisCsv } = await import("@/lib/impor/templat");
  const isi = tulisCsv([{ nip: NIP_IMPOR, nama: "Pegawai Impor Matriks", status: "PNS", golongan: "II/c", kodeJabatan: "MATRIKS-PELAKSANA", jabatan: "Pengadministrasi Impor", jenisJabatan: "Pelaksana", kodeUnit: "DINKES-KESMAS", unit: "Bidang Kesehatan Masyarakat", kodeUnitInduk: "DINKES", tmtJabatan: "02-01-2024" }]);
  return new File([isi as BlobPart], "impor.csv", { type: "text/csv" });
}

// ─── Dokumen ──────────────────────────────────────────────────────────────────────────────────

/** Semua dokumen terdaftar dihapus (uji): tanda tangan, berkas, lalu versinya. */
async function hapusDokumen(d: Dunia) {
  await d.prisma.tandaTanganDokumen.deleteMany({});
  await d.prisma.berkasDokumen.deleteMany({});
  await d.prisma.dokumen.deleteMany({});
}

async function versiBerlaku(d: Dunia, subjek: string): Promise<boolean> {
  const akhir = await d.prisma.dokumen.findFirst({ where: { subjek }, orderBy: { versi: "desc" }, select: { isiSha256: true } });
  if (!akhir) return false;
  const { muatDokumen } = await import("@/lib/dokumen/muat");
  const { sidikIsi } = await import("@/lib/dokumen/layanan");
  const m = await muatDokumen(d.aktor.pemilik, { jenis: "EVALUASI", skpId: d.sasaran.skpId, kode: "TW1" });
  return !!m?.ok && sidikIsi(m.dok.data) === akhir.isiSha256;
}

/** Kode verifikasi Evaluasi TW1 Wahyu (dibuat lewat unduhan pemilik bila belum ada). */
async function kodeEvaluasiWahyu(d: Dunia): Promise<string> {
  await evaluasiWahyu(d, "TW1", "FINAL");
  const { unduhDokumen } = await import("@/lib/dokumen/layanan");
  const h = await unduhDokumen(d.aktor.pemilik, { jenis: "EVALUASI", skpId: d.sasaran.skpId, kode: "TW1" }, ASAL, { audit: false });
  if (!h?.ok) throw new Error(`dokumen Wahyu: ${h ? h.pesan : "tidak ada"}`);
  return (await d.prisma.dokumen.findUniqueOrThrow({ where: { id: h.data.dokumenId }, select: { kode: true } })).kode;
}

/** Penetapan distribusi Dinas Kesehatan TW1 (dibuat langsung bila belum ada); mengembalikan id unitnya. */
async function penetapanDinkes(d: Dunia): Promise<string> {
  const dinkes = await d.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } });
  await d.prisma.penetapanDistribusi.upsert({
    where: { unitKerjaId_tahun_kode: { unitKerjaId: dinkes.id, tahun: TAHUN, kode: "TW1" } },
    create: { instansiId: d.sasaran.instansiId, unitKerjaId: dinkes.id, tahun: TAHUN, kode: "TW1", capaian: "BAIK", jumlah: { SANGAT_BAIK: 1, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 }, pelanggaran: [] },
    update: {},
  });
  return dinkes.id;
}

/** Auth.js membaca req.nextUrl: route handler Next menerima NextRequest (turunan Request). */
async function permintaanNext(url: string, init?: RequestInit): Promise<Request> {
  const { NextRequest } = await import("next/server");
  return new NextRequest(url, init as never);
}

async function rencanaAksiUntukDihapus(d: Dunia): Promise<string> {
  const ada = await d.prisma.rencanaAksi.findFirst({ where: { rhkId: d.sasaran.rhkId, uraian: "Rencana aksi yang akan dihapus" }, select: { id: true } });
  return ada?.id ?? (await rencanaAksiBaru(d, d.sasaran.tw1, "Rencana aksi yang akan dihapus"));
}

/** Entri progres harian Wahyu pada rencana aksi TW1 dengan status tertentu (dibuat, atau dikembalikan ke status itu). */
async function entriWahyu(d: Dunia, e: { tanggal: string; mulai: number; kegiatan: string; status: "DRAF" | "DIAJUKAN" }): Promise<string> {
  const tanggal = new Date(`${e.tanggal}T00:00:00Z`);
  const ada = await d.prisma.progresHarian.findFirst({ where: { pegawaiId: d.aktor.pemilik.pegawaiId, kegiatan: e.kegiatan }, select: { id: true, status: true } });
  if (ada) {
    if (ada.status !== e.status) await d.prisma.progresHarian.update({ where: { id: ada.id }, data: { status: e.status } });
    return ada.id;
  }
  const b = await d.prisma.progresHarian.create({
    data: {
      instansiId: d.sasaran.instansiId,
      pegawaiId: d.aktor.pemilik.pegawaiId,
      skpId: d.sasaran.skpId,
      rencanaAksiId: d.sasaran.raTetap,
      tanggal,
      jamMulai: e.mulai,
      jamSelesai: e.mulai + 60,
      kegiatan: e.kegiatan,
      realisasi: 1,
      satuan: "dokumen",
      status: e.status,
      sidik: `${e.kegiatan}`.padEnd(64, "x").slice(0, 64),
    },
    select: { id: true },
  });
  return b.id;
}

async function buktiUntukDihapus(d: Dunia): Promise<string> {
  const ada = await d.prisma.buktiDukung.findFirst({ where: { rencanaAksiId: d.sasaran.raTetap, nama: "Tautan yang akan dihapus" }, select: { id: true } });
  if (ada) return ada.id;
  const b = await d.prisma.buktiDukung.create({
    data: { rencanaAksiId: d.sasaran.raTetap, jenis: "TAUTAN", nama: "Tautan yang akan dihapus", url: "https://contoh.go.id/x", diunggahOleh: d.aktor.pemilik.penggunaId },
    select: { id: true },
  });
  return b.id;
}

// ─── Penilaian: keadaan evaluasi sasaran ──────────────────────────────────────────────────────

export type KeadaanEvaluasi = "DRAF" | "SELESAI_DINILAI" | "FINAL" | "DIKECUALIKAN" | "KEBERATAN";

/**
 * Evaluasi Wahyu (kode periode) dalam keadaan tertentu: dibuat lewat layanan oleh pejabat penilai bila belum ada,
 * lalu status, rating dan keberatannya dipasang langsung (penyiapan; aksi yang diuji berjalan sesudahnya).
 */
export async function evaluasiWahyu(d: Dunia, kode: string, keadaan: KeadaanEvaluasi): Promise<string> {
  const { prisma, sasaran, aktor } = d;
  let ev = await prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId: sasaran.skpId, kode } }, select: { id: true } });
  if (!ev) {
    const { simpanDrafEvaluasi } = await import("@/lib/penilaian/layanan");
    const r = await simpanDrafEvaluasi(aktor.penilai, { skpId: sasaran.skpId, kode, versi: 0, ratingHasil: "SESUAI", ratingPerilaku: "SESUAI", umpanRhk: {}, umpanPerilaku: {} });
    if (!r.ok) throw new Error(`evaluasi Wahyu ${kode}: ${r.pesan}`);
    ev = { id: r.evaluasiId };
  }
  await prisma.keberatan.deleteMany({ where: { evaluasiId: ev.id } });
  const final = keadaan === "FINAL" || keadaan === "KEBERATAN";
  const sekarang = new Date();
  await prisma.evaluasiKinerja.update({
    where: { id: ev.id },
    data: {
      status: final ? "FINAL" : keadaan,
      ratingHasil: "SESUAI",
      ratingPerilaku: "SESUAI",
      predikat: "BAIK",
      alasanDikecualikan: keadaan === "DIKECUALIKAN" ? "Cuti melahirkan sepanjang periode" : null,
      selesaiDinilaiAt: keadaan === "DRAF" || keadaan === "DIKECUALIKAN" ? null : sekarang,
      finalAt: final ? sekarang : null,
      tenggatKeberatan: final ? new Date(sekarang.getTime() + 14 * 86_400_000) : null,
      versi: { increment: 1 },
    },
  });
  if (keadaan === "KEBERATAN") {
    await prisma.keberatan.create({ data: { evaluasiId: ev.id, alasan: "Capaian saya melampaui target triwulan ini.", ratingHasilSebelum: "SESUAI", ratingPerilakuSebelum: "SESUAI", predikatSebelum: "BAIK" } });
  }
  return ev.id;
}

/** Evaluasi Wahyu TW2 yang final dengan keberatan berlampiran (untuk unduh berkas), diajukan lewat layanan. */
async function keberatanBerlampiran(d: Dunia): Promise<string> {
  const ada = await d.prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId: d.sasaran.skpId, kode: "TW2" } }, select: { id: true, status: true, keberatan: { select: { berkasKunci: true } } } });
  if (ada?.status === "FINAL" && ada.keberatan?.berkasKunci) return ada.id;
  const id = await evaluasiWahyu(d, "TW2", "FINAL");
  const { ajukanKeberatan } = await import("@/lib/penilaian/layanan");
  const r = await ajukanKeberatan(d.aktor.pemilik, { evaluasiId: id, alasan: "Bukti capaian terlampir untuk dipertimbangkan.", berkas: { nama: "keberatan.pdf", bytes: PDF } });
  if (!r.ok) throw new Error(`keberatan berlampiran: ${r.pesan}`);
  return id;
}

/** Evaluasi SKP Sekretaris Daerah (penilainya pimpinan instansi, dicatat admin BKD) dalam keadaan draf. */
async function unitKesmas(d: Dunia): Promise<string> {
  return (await d.prisma.jabatan.findUniqueOrThrow({ where: { id: d.sasaran.jabatanId }, select: { unitKerjaId: true } })).unitKerjaId;
}

/** Hari ini (zona instansi) sebagai "YYYY-MM-DD", untuk tanggal peristiwa organisasi. */
export function hariIniIso(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
}

const NIP_UJI_MUTASI = "199001012015031901";

/**
 * Bahan editor organisasi di bidang Wahyu, dibuat sekali: unit kosong, jabatan kosong, jabatan untuk penugasan,
 * jabatan asal/tujuan mutasi dan pegawai uji dengan penugasan (tanpa SKP, di luar rantai penilaian Wahyu).
 */
let fikstur: { unitKosong: string; kabidKesmas: string; jabatanKosong: string; jabatanTugas: string; jabatanAsal: string; jabatanTujuan: string; pegawaiUji: string; penugasanAkhiri: string } | null = null;
export async function fiksturOrganisasi(d: Dunia) {
  if (fikstur) return fikstur;
  const { prisma, sasaran } = d;
  const unitId = await unitKesmas(d);
  const jabWahyu = await prisma.jabatan.findUniqueOrThrow({ where: { id: sasaran.jabatanId }, select: { parentId: true } });
  const kabidKesmas = jabWahyu.parentId!;
  const unitKosong = await prisma.unitKerja.create({ data: { instansiId: sasaran.instansiId, parentId: await unitDinkes(d), nama: "Seksi Uji Kosong", jenis: "SUBBIDANG" }, select: { id: true } });
  const buat = (nama: string) =>
    prisma.jabatan.create({ data: { instansiId: sasaran.instansiId, unitKerjaId: unitId, parentId: kabidKesmas, nama, jenis: "PELAKSANA" }, select: { id: true } });
  const [jabatanKosong, jabatanTugas, jabatanAsal, jabatanTujuan, jabatanAkhiri] = await Promise.all([
    buat("Jabatan Uji Kosong"), buat("Jabatan Uji Penugasan"), buat("Jabatan Uji Asal"), buat("Jabatan Uji Tujuan"), buat("Jabatan Uji Akhiri"),
  ]);
  const pegawai = await prisma.pegawai.create({
    data: { instansiId: sasaran.instansiId, nip: NIP_UJI_MUTASI, status: "PNS", nama: "Pegawai Uji Organisasi", tanggalLahir: new Date("1990-01-01"), jenisKelamin: "L", golongan: "III/a" },
    select: { id: true },
  });
  const akhiri = await prisma.penugasanJabatan.create({ data: { pegawaiId: pegawai.id, jabatanId: jabatanAkhiri.id, jenis: "PLT", tmtMulai: new Date(`${TAHUN}-01-01`) }, select: { id: true } });
  fikstur = {
    unitKosong: unitKosong.id,
    kabidKesmas,
    jabatanKosong: jabatanKosong.id,
    jabatanTugas: jabatanTugas.id,
    jabatanAsal: jabatanAsal.id,
    jabatanTujuan: jabatanTujuan.id,
    pegawaiUji: pegawai.id,
    penugasanAkhiri: akhiri.id,
  };
  return fikstur;
}

/** Pegawai uji kembali aktif dengan satu penugasan definitif terbuka di jabatan asal (selain Plt uji akhiri). */
async function aturUlangPegawaiUji(d: Dunia) {
  const f = await fiksturOrganisasi(d);
  await d.prisma.pegawai.update({ where: { id: f.pegawaiUji }, data: { aktif: true, tmtBerhenti: null, alasanBerhenti: null } });
  await d.prisma.penugasanJabatan.deleteMany({ where: { pegawaiId: f.pegawaiUji, jenis: "DEFINITIF" } });
  await d.prisma.penugasanJabatan.create({ data: { pegawaiId: f.pegawaiUji, jabatanId: f.jabatanAsal, jenis: "DEFINITIF", tmtMulai: new Date(`${TAHUN - 3}-01-01`) } });
}

/** Set kolom TPP instansi Wahyu bernama itu (dibuat bila belum ada), untuk skenario ubah/hapus. */
async function setKolomUji(d: Dunia, nama: string): Promise<string> {
  const where = { instansiId_nama: { instansiId: d.sasaran.instansiId, nama } };
  return (await d.prisma.setKolomTpp.upsert({ where, create: { instansiId: d.sasaran.instansiId, nama, kolom: ["nip", "nama"] }, update: {}, select: { id: true } })).id;
}

async function unitDinkes(d: Dunia): Promise<string> {
  return (await d.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: d.sasaran.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id;
}

/** Capaian TW2 Dinas Kesehatan dengan dokumen dasar, dicatat admin lewat layanan (sekali). */
async function capaianBerdokumen(d: Dunia): Promise<string> {
  const unitKerjaId = await unitDinkes(d);
  const ada = await d.prisma.capaianOrganisasi.findFirst({ where: { unitKerjaId, kode: "TW2", dokumenKunci: { not: null } }, select: { id: true } });
  if (ada) return ada.id;
  const { tetapkanCapaian } = await import("@/lib/penilaian/capaian");
  const pdf = new Uint8Array(await berkasPdf("dasar.pdf").arrayBuffer());
  const r = await tetapkanCapaian(d.aktor.admin, { instansiId: d.sasaran.instansiId, unitKerjaId, tahun: TAHUN, kode: "TW2", predikat: "ISTIMEWA", dasar: "Seluruh rencana aksi melampaui target." }, { nama: "dasar.pdf", bytes: pdf });
  if (!r.ok) throw new Error(`capaian: ${r.pesan}`);
  return (await d.prisma.capaianOrganisasi.findFirstOrThrow({ where: { unitKerjaId, kode: "TW2" }, select: { id: true } })).id;
}

async function evaluasiPimpinan(d: Dunia): Promise<string> {
  const skp = await d.prisma.skp.findFirstOrThrow({ where: { pegawaiId: d.demo.pegawaiId("hendra"), status: "DISETUJUI" }, select: { id: true } });
  const ada = await d.prisma.evaluasiKinerja.findUnique({ where: { skpId_kode: { skpId: skp.id, kode: "TW1" } }, select: { id: true } });
  if (ada) {
    await d.prisma.evaluasiKinerja.update({ where: { id: ada.id }, data: { status: "DRAF", finalAt: null, tenggatKeberatan: null } });
    return ada.id;
  }
  const { simpanDrafEvaluasi } = await import("@/lib/penilaian/layanan");
  const r = await simpanDrafEvaluasi(d.aktor.admin, { skpId: skp.id, kode: "TW1", versi: 0, ratingHasil: "DI_ATAS", ratingPerilaku: "SESUAI", umpanRhk: {}, umpanPerilaku: {} });
  if (!r.ok) throw new Error(`evaluasi Sekda: ${r.pesan}`);
  return r.evaluasiId;
}

const idEvaluasi = async (d: Dunia, kode: string) => (await d.prisma.evaluasiKinerja.findUniqueOrThrow({ where: { skpId_kode: { skpId: d.sasaran.skpId, kode } }, select: { id: true } })).id;

// ─── Memanggil ────────────────────────────────────────────────────────────────────────────────

export type Golongan = "boleh" | "tolak" | "galat";
export type HasilPanggilan = { golongan: Golongan; rincian: string; nilai?: unknown };

const modul = new Map<string, Record<string, unknown>>();
async function muatModul(berkas: string): Promise<Record<string, unknown>> {
  if (!modul.has(berkas)) modul.set(berkas, (await import(/* @vite-ignore */ path.join(AKAR, berkas))) as Record<string, unknown>);
  return modul.get(berkas)!;
}

/** "berkas#ekspor[VARIAN]" → "berkas#ekspor"; kunci rute ("GET /api/bukti/[id]") tidak berubah. */
export const kunciTanpaVarian = (k: string) => (k.includes("#") ? k.replace(/\[[^\]]*\]$/, "") : k);

/** Fungsi yang dipanggil untuk kunci skenario ("berkas#ekspor[varian]" atau "METODE /api/…"). */
export async function fungsiUntuk(kunci: string, rute: { kunci: string; berkas: string }[]): Promise<(...a: unknown[]) => Promise<unknown>> {
  const tanpaVarian = kunciTanpaVarian(kunci);
  if (/^[A-Z]+ \//.test(tanpaVarian)) {
    const r = rute.find((x) => x.kunci === tanpaVarian);
    if (!r) throw new Error(`rute ${tanpaVarian} tidak ditemukan`);
    return (await muatModul(r.berkas))[tanpaVarian.split(" ")[0]!] as never;
  }
  const [berkas, nama] = tanpaVarian.split("#") as [string, string];
  const f = (await muatModul(berkas))[nama];
  if (typeof f !== "function") throw new Error(`${tanpaVarian} bukan fungsi`);
  return f as never;
}

const digestRedirect = (e: unknown): string | null => {
  const d = typeof e === "object" && e !== null && "digest" in e ? String((e as { digest: unknown }).digest) : "";
  return d.startsWith("NEXT_REDIRECT") ? (d.split(";")[2] ?? "") : null;
};

/** Menjalankan satu panggilan dan menggolongkannya: boleh (ok/alih setelah berhasil/2xx), tolak, atau galat (lempar/500/galat server). */
export async function jalankanPanggilan(f: (...a: unknown[]) => Promise<unknown>, p: Panggilan): Promise<HasilPanggilan> {
  identitas.keluar = 0;
  try {
    const nilai = p.jenis === "aksi" ? await f(null, p.form) : p.jenis === "tanpa-argumen" ? await f() : await f(p.request, { params: Promise.resolve(p.params ?? {}) });
    if (nilai instanceof Response) {
      const s = nilai.status;
      const lokasi = nilai.headers.get("location") ?? "";
      if (s >= 200 && s < 300) {
        // Badan yang dialirkan (mis. ZIP dokumen) dibaca habis: tulisannya selesai sebelum jumlah audit dibandingkan.
        await nilai.clone().arrayBuffer();
        return { golongan: "boleh", rincian: `HTTP ${s}`, nilai };
      }
      if ([401, 403, 404, 422].includes(s)) return { golongan: "tolak", rincian: `HTTP ${s}`, nilai };
      // Auth.js menolak dengan mengalihkan ke halaman masuk ber-?error=…
      if (s >= 300 && s < 400 && /[?&]error=/.test(lokasi)) return { golongan: "tolak", rincian: `HTTP ${s} → ${new URL(lokasi, ASAL).search}`, nilai };
      return { golongan: "galat", rincian: `HTTP ${s} ${lokasi}`, nilai };
    }
    if (nilai && typeof nilai === "object" && "ok" in nilai) {
      const h = nilai as { ok: boolean; pesan?: string };
      if (!h.ok && /kesalahan pada server/i.test(h.pesan ?? "")) return { golongan: "galat", rincian: h.pesan ?? "", nilai };
      return { golongan: h.ok ? "boleh" : "tolak", rincian: h.pesan ?? "", nilai };
    }
    // loginAction: objek StateLogin (pesan/galat) berarti ditolak.
    if (nilai && typeof nilai === "object" && ("pesan" in nilai || "galat" in nilai)) return { golongan: "tolak", rincian: JSON.stringify(nilai).slice(0, 200), nilai };
    return { golongan: "galat", rincian: `hasil tak dikenal: ${JSON.stringify(nilai)?.slice(0, 200)}`, nilai };
  } catch (e) {
    const tujuan = digestRedirect(e);
    if (tujuan !== null) {
      if (identitas.keLogin) return { golongan: "tolak", rincian: `→ ${tujuan} (belum masuk)` };
      return { golongan: "boleh", rincian: `→ ${tujuan}` };
    }
    return { golongan: "galat", rincian: `melempar: ${e instanceof Error ? e.stack?.split("\n").slice(0, 3).join(" ") : String(e)}` };
  }
}
