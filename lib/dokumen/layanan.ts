import "server-only";
// Siklus hidup dokumen resmi: versi (isi berubah = versi baru), berkas yang diterbitkan, tanda tangan per peran
// (konfirmasi kata sandi, segel instansi atau TTE BSrE di dalam berkas), unduhan dan verifikasi publik. Data yang
// dicetak disusun oleh lib/dokumen/muat.ts, yang sekaligus memeriksa hak baca aktor.
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { catatAudit } from "@/lib/audit";
import { beriTahu } from "@/lib/notifikasi/tulis";
import { periksaSandiAkun } from "@/lib/auth/login";
import type { Aktor } from "@/lib/auth/permissions";
import { berhasil, gagal, type Hasil } from "@/lib/hasil";
import { penyimpanan } from "@/lib/pelaksanaan/penyimpanan";
import { env } from "@/lib/env";
import { renderDokumen } from "@/lib/dokumen/render";
import { sha256Hex } from "@/lib/dokumen/sha256";
import { GagalTandaTangan } from "@/lib/dokumen/penandatangan";
import { getPenandatangan } from "@/lib/dokumen/penandatangan/server";
import { LABEL_PERAN_TTD, type BlokTtd, type DataDokumen, type MetodeTtd, type PeranTtd } from "@/lib/dokumen/jenis";
import { muatDokumen, type DokumenSiap, type SubjekDokumen } from "@/lib/dokumen/muat";

// ─── Kode verifikasi dan sidik isi ────────────────────────────────────────────────────────────

/** Kode verifikasi: 16 huruf Crockford base32 (80 bit acak), dikelompokkan 4-4-4-4 agar mudah dibaca. */
export function kodeVerifikasiBaru(): string {
  const abjad = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const b = randomBytes(16);
  const s = Array.from(b, (x) => abjad[x % 32]).join("");
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}`;
}

/** Sidik isi yang dicetak (tanpa tanda tangan dan kotak verifikasi): sama isi = versi yang sama. */
export function sidikIsi(data: DataDokumen): string {
  return sha256Hex(Buffer.from(JSON.stringify({ ...data, verifikasi: null, ttd: data.ttd.map((b) => ({ ...b, ttd: null })) })));
}

export function urlVerifikasi(asal: string, kode: string): string {
  return `${(env().SKP_URL_PUBLIK ?? asal).replace(/\/+$/, "")}/verifikasi/${kode}`;
}

const kunciBerkas = (dokumenId: string, sha: string) => `dokumen/${dokumenId}/${sha}`;

type BarisTtd = { peran: PeranTtd; waktu: Date; metode: MetodeTtd };

/** Data cetak dengan blok tanda tangan yang sudah ditandatangani dan kotak verifikasi. */
function dataBertanda(siap: DokumenSiap, dok: { kode: string; versi: number }, ttd: readonly BarisTtd[], asal: string, pengembangan: boolean): DataDokumen {
  const blok = (b: BlokTtd): BlokTtd => {
    const t = ttd.find((x) => x.peran === b.peran);
    return t ? { ...b, ttd: { waktu: t.waktu, metode: t.metode } } : b;
  };
  return {
    ...siap.data,
    ttd: siap.data.ttd.map(blok),
    verifikasi: { kode: dok.kode, url: urlVerifikasi(asal, dok.kode), versi: dok.versi, sertifikatPengembangan: pengembangan },
  } as DataDokumen;
}

// ─── Versi ────────────────────────────────────────────────────────────────────────────────────

export type VersiDokumen = { id: string; kode: string; versi: number; isiSha256: string; baru: boolean };

/**
 * Versi yang berlaku untuk isi saat ini: versi terakhir bila isinya sama; bila berbeda (atau belum ada) versi baru
 * dibuat — berkas tanpa tanda tangan diterbitkan, versi lama ditandai digantikan — dalam satu transaksi dengan auditnya.
 */
export async function pastikanVersi(aktor: Aktor, siap: DokumenSiap, asal: string): Promise<VersiDokumen> {
  const sidik = sidikIsi(siap.data);
  for (let percobaan = 0; percobaan < 3; percobaan++) {
    const akhir = await prisma.dokumen.findFirst({
      where: { subjek: siap.subjek },
      orderBy: { versi: "desc" },
      select: { id: true, kode: true, versi: true, isiSha256: true },
    });
    if (akhir && akhir.isiSha256 === sidik) return { ...akhir, baru: false };
    const versi = (akhir?.versi ?? 0) + 1;
    const kode = kodeVerifikasiBaru();
    const pengembangan = getPenandatangan().apakahSertifikatPengembangan();
    const pdf = await renderDokumen(dataBertanda(siap, { kode, versi }, [], asal, pengembangan && getPenandatangan().metode === "SEGEL"));
    const sha = sha256Hex(pdf);
    const id = crypto.randomUUID();
    const kunci = kunciBerkas(id, sha);
    await penyimpanan().simpan(kunci, pdf, "application/pdf");
    try {
      await prisma.$transaction(async (tx) => {
        if (akhir) await tx.dokumen.update({ where: { id: akhir.id }, data: { digantikanAt: new Date() } });
        await tx.dokumen.create({
          data: {
            id,
            instansiId: siap.instansiId,
            jenis: siap.jenis,
            subjek: siap.subjek,
            versi,
            kode,
            skpId: siap.skpId,
            unitKerjaId: siap.unitKerjaId,
            judul: siap.judul.slice(0, 250),
            periode: siap.periode.slice(0, 80),
            pihak: siap.penanda.map((p) => ({ peran: p.peran, nama: p.nama })) as Prisma.InputJsonValue,
            isi: JSON.parse(JSON.stringify(siap.data)) as Prisma.InputJsonValue,
            isiSha256: sidik,
            dibuatOleh: aktor.penggunaId,
            berkas: { create: { sha256: sha, kunci, ukuran: pdf.length, jumlahTandaTangan: 0 } },
          },
        });
        await catatAudit(tx, {
          penggunaId: aktor.penggunaId,
          aksi: "DOKUMEN_DIBUAT",
          entitas: "Dokumen",
          entitasId: id,
          data: { jenis: siap.jenis, subjek: siap.subjek, versi, sha256: sha, menggantikan: akhir?.id ?? null },
        });
      });
      return { id, kode, versi, isiSha256: sidik, baru: true };
    } catch (e) {
      await penyimpanan().hapus(kunci).catch(() => {});
      // Versi yang sama dibuat bersamaan oleh permintaan lain: baca ulang.
      if ((e as { code?: string }).code === "P2002") continue;
      throw e;
    }
  }
  throw new Error("Versi dokumen tidak dapat ditentukan (terlalu banyak pembuatan bersamaan).");
}

// ─── Status untuk halaman ─────────────────────────────────────────────────────────────────────

export type StatusPenanda = { peran: PeranTtd; judul: string; nama: string; bolehSaya: boolean; ttd: { waktu: Date; metode: MetodeTtd } | null; dapatDitandatangani: boolean };

export type StatusDokumen = {
  subjek: SubjekDokumen;
  judul: string;
  periode: string;
  /** Versi terdaftar terakhir, bila ada, dan apakah isinya masih sama dengan data saat ini. */
  terdaftar: { kode: string; versi: number; sama: boolean; createdAt: Date } | null;
  penanda: StatusPenanda[];
  /** Aktor dapat menandatangani sekarang (penanda yang belum menandatangani pada versi yang berlaku). */
  perluSaya: PeranTtd | null;
  metode: MetodeTtd;
  pengembangan: boolean;
};

/** Status satu dokumen bagi aktor (tanpa membuat versi baru): untuk daftar dokumen dan halaman SKP. */
export async function statusDokumen(aktor: Aktor, subjek: SubjekDokumen): Promise<StatusDokumen | { ok: false; pesan: string } | null> {
  const m = await muatDokumen(aktor, subjek);
  if (!m || !m.ok) return m;
  const siap = m.dok;
  const akhir = await prisma.dokumen.findFirst({
    where: { subjek: siap.subjek },
    orderBy: { versi: "desc" },
    select: { kode: true, versi: true, isiSha256: true, createdAt: true, tandaTangan: { select: { peran: true, waktu: true, metode: true } } },
  });
  const sama = !!akhir && akhir.isiSha256 === sidikIsi(siap.data);
  const ttdBerlaku = sama ? akhir!.tandaTangan : [];
  const penanda = siap.penanda.map((p) => {
    const t = ttdBerlaku.find((x) => x.peran === p.peran);
    return {
      peran: p.peran,
      judul: LABEL_PERAN_TTD[p.peran],
      nama: p.nama,
      bolehSaya: p.pegawaiId === aktor.pegawaiId,
      ttd: t ? { waktu: t.waktu, metode: t.metode } : null,
      dapatDitandatangani: p.pegawaiId !== null,
    };
  });
  const perlu = penanda.find((p) => p.bolehSaya && !p.ttd);
  const ttd = getPenandatangan();
  return {
    subjek,
    judul: siap.judul,
    periode: siap.periode,
    terdaftar: akhir ? { kode: akhir.kode, versi: akhir.versi, sama, createdAt: akhir.createdAt } : null,
    penanda,
    perluSaya: perlu?.peran ?? null,
    metode: ttd.metode,
    pengembangan: ttd.metode === "SEGEL" && ttd.apakahSertifikatPengembangan(),
  };
}

// ─── Unduh ────────────────────────────────────────────────────────────────────────────────────

export type BerkasUnduh = { nama: string; isi: Uint8Array; sha256: string; dokumenId: string };

/** Berkas terakhir (dengan tanda tangan terbanyak) versi yang berlaku; membuat versi bila isinya berubah. */
export async function unduhDokumen(aktor: Aktor, subjek: SubjekDokumen, asal: string, opsi: { audit?: boolean } = {}): Promise<Hasil<BerkasUnduh> | null> {
  const m = await muatDokumen(aktor, subjek);
  if (!m) return null;
  if (!m.ok) return gagal(m.pesan);
  const v = await pastikanVersi(aktor, m.dok, asal);
  const b = await prisma.berkasDokumen.findFirst({
    where: { dokumenId: v.id },
    orderBy: [{ jumlahTandaTangan: "desc" }, { createdAt: "desc" }],
    select: { kunci: true, sha256: true },
  });
  const isi = b ? await penyimpanan().baca(b.kunci) : null;
  if (!b || !isi) throw new Error(`Berkas dokumen ${v.id} hilang dari penyimpanan.`);
  if (opsi.audit !== false) {
    await prisma.jejakAudit.create({
      data: { penggunaId: aktor.penggunaId, aksi: "DOKUMEN_DIUNDUH", entitas: "Dokumen", entitasId: v.id, data: { sha256: b.sha256, versi: v.versi } },
    });
  }
  return berhasil({ nama: `${m.dok.namaBerkas}-v${v.versi}.pdf`, isi, sha256: b.sha256, dokumenId: v.id });
}

// ─── Tanda tangan ─────────────────────────────────────────────────────────────────────────────

export type InputTtd = { sandi: string; passphrase?: string; nik?: string };

const PESAN_TTD: Record<string, string> = {
  bukan: "Anda tidak tercantum sebagai penanda tangan dokumen ini.",
  sudah: "Anda sudah menandatangani versi dokumen ini.",
};

/**
 * Penanda tangan mengonfirmasi dengan kata sandinya; tanda tangan digital dibubuhkan di berkas (segel instansi:
 * berkas dicetak ulang dengan semua blok yang sudah ditandatangani lalu disegel sekali per penanda tangan; BSrE:
 * ditambahkan secara inkremental pada berkas terakhir). Semua atau tidak sama sekali: bila gagal, tidak ada yang
 * tercatat dan penanda tangan diberi tahu sebabnya.
 */
export async function tandatanganiDokumen(aktor: Aktor, subjek: SubjekDokumen, input: InputTtd, asal: string): Promise<Hasil<{ kode: string; versi: number }>> {
  const m = await muatDokumen(aktor, subjek);
  if (!m) return gagal("Dokumen tidak ditemukan.");
  if (!m.ok) return gagal(m.pesan);
  const siap = m.dok;
  const saya = siap.penanda.find((p) => p.pegawaiId === aktor.pegawaiId);
  if (!saya) return gagal(PESAN_TTD.bukan);

  const p = await prisma.pengguna.findUnique({ where: { id: aktor.penggunaId }, select: { passwordHash: true } });
  if (!p) return gagal("Akun tidak ditemukan.");
  const cek = await periksaSandiAkun(aktor.nip, input.sandi, p.passwordHash);
  if (!cek.ok) {
    const pesan = cek.kode === "DIBATASI" ? `Terlalu banyak kata sandi yang salah. Coba lagi dalam ${cek.cobaLagiMenit} menit.` : "Kata sandi salah; dokumen belum ditandatangani.";
    return gagal(pesan, { sandi: [pesan] });
  }
  const penanda = getPenandatangan();
  if (penanda.metode === "BSRE" && (!input.nik || !input.passphrase)) {
    const g: Record<string, string[]> = {};
    if (!input.nik) g.nik = ["Isi NIK pemilik sertifikat elektronik BSrE."];
    if (!input.passphrase) g.passphrase = ["Isi passphrase sertifikat elektronik Anda."];
    return gagal("Tanda tangan elektronik BSrE memerlukan NIK dan passphrase.", g);
  }

  const v = await pastikanVersi(aktor, siap, asal);
  let kunciBaru: string | null = null;
  try {
    const hasil = await prisma.$transaction(
      async (tx) => {
        // Satu penanda tangan pada satu waktu per dokumen: berkas dasar tidak berubah di tengah penandatanganan.
        await tx.$queryRaw`SELECT id FROM dokumen WHERE id = ${v.id}::uuid FOR UPDATE`;
        const ada = await tx.tandaTanganDokumen.findMany({ where: { dokumenId: v.id }, select: { peran: true, waktu: true, metode: true }, orderBy: { waktu: "asc" } });
        if (ada.some((t) => t.peran === saya.peran)) return gagal(PESAN_TTD.sudah);
        const waktu = new Date();
        const semua: BarisTtd[] = [...ada, { peran: saya.peran, waktu, metode: penanda.metode }];
        const pihak = (peran: PeranTtd) => siap.penanda.find((x) => x.peran === peran)!;
        const alasan = (peran: PeranTtd) => `${LABEL_PERAN_TTD[peran]} — ${siap.judul}`;
        let pdf: Buffer;
        if (penanda.metode === "SEGEL") {
          // Segel instansi: satu segel per penanda tangan atas berkas yang memuat semua blok yang sudah ditandatangani.
          pdf = await renderDokumen(dataBertanda(siap, v, semua, asal, penanda.apakahSertifikatPengembangan()));
          for (const t of semua) {
            const x = pihak(t.peran);
            pdf = (await penanda.tandatangani(pdf, { nama: x.nama, nip: x.nip, alasan: alasan(t.peran), lokasi: siap.data.tempat, waktu: t.waktu })).pdf;
          }
        } else {
          // TTE BSrE: tanda tangan pribadi tidak dapat diulang; ditambahkan inkremental pada berkas terakhir.
          const dasar = await tx.berkasDokumen.findFirst({ where: { dokumenId: v.id }, orderBy: [{ jumlahTandaTangan: "desc" }, { createdAt: "desc" }], select: { kunci: true } });
          const isiDasar = dasar ? await penyimpanan().baca(dasar.kunci) : null;
          if (!isiDasar) throw new Error(`Berkas dokumen ${v.id} hilang dari penyimpanan.`);
          pdf = (
            await penanda.tandatangani(Buffer.from(isiDasar), {
              nama: saya.nama,
              nip: saya.nip,
              alasan: alasan(saya.peran),
              lokasi: siap.data.tempat,
              waktu,
              nik: input.nik,
              passphrase: input.passphrase,
            })
          ).pdf;
        }
        const sha = sha256Hex(pdf);
        kunciBaru = kunciBerkas(v.id, sha);
        await penyimpanan().simpan(kunciBaru, pdf, "application/pdf");
        await tx.berkasDokumen.create({ data: { dokumenId: v.id, sha256: sha, kunci: kunciBaru, ukuran: pdf.length, jumlahTandaTangan: semua.length } });
        const t = await tx.tandaTanganDokumen.create({
          data: {
            dokumenId: v.id,
            peran: saya.peran,
            pegawaiId: aktor.pegawaiId,
            penggunaId: aktor.penggunaId,
            nama: saya.nama.slice(0, 250),
            nip: saya.nip?.replace(/\D/g, "").slice(0, 20) || null,
            metode: penanda.metode,
            isiSha256: v.isiSha256,
            berkasSha256: sha,
            waktu,
          },
          select: { id: true },
        });
        await catatAudit(tx, {
          penggunaId: aktor.penggunaId,
          aksi: "DOKUMEN_DITANDATANGANI",
          entitas: "Dokumen",
          entitasId: v.id,
          data: { peran: saya.peran, metode: penanda.metode, isiSha256: v.isiSha256, berkasSha256: sha, tandaTanganId: t.id },
        });
        // Penanda tangan yang belum menandatangani: dokumen kini menunggu tanda tangannya (sekali per versi dan peran).
        for (const x of siap.penanda) {
          if (!x.pegawaiId || x.pegawaiId === aktor.pegawaiId || semua.some((t) => t.peran === x.peran)) continue;
          await beriTahu(tx, { jenis: "DOKUMEN_TTD", tautan: "/dokumen", judulDokumen: siap.judul }, `${v.id}:${x.peran}`, [x.pegawaiId]);
        }
        return berhasil({ kode: v.kode, versi: v.versi }, `Dokumen ditandatangani sebagai ${LABEL_PERAN_TTD[saya.peran]}.`);
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    return hasil;
  } catch (e) {
    if (kunciBaru) await penyimpanan().hapus(kunciBaru).catch(() => {});
    if (e instanceof GagalTandaTangan) {
      const kolom = e.kode === "PASSPHRASE_SALAH" ? "passphrase" : e.kode === "PENGGUNA_TIDAK_TERDAFTAR" ? "nik" : null;
      return gagal(`${e.pesan} Dokumen belum ditandatangani.`, kolom ? { [kolom]: [e.pesan] } : undefined);
    }
    throw e;
  }
}

// ─── Verifikasi publik ────────────────────────────────────────────────────────────────────────

export type InfoVerifikasi = {
  kode: string;
  jenis: string;
  judul: string;
  periode: string;
  versi: number;
  pihak: { peran: PeranTtd; nama: string }[];
  tandaTangan: { peran: PeranTtd; nama: string; waktu: Date; metode: MetodeTtd }[];
  dibuat: Date;
  digantikan: { at: Date; versiBaru: number | null; kodeBaru: string | null } | null;
  /** SHA-256 berkas terakhir yang diterbitkan untuk versi ini. */
  sha256: string | null;
};

/** Untuk halaman publik /verifikasi/<kode>: hanya jenis, periode, nama, tanda tangan dan SHA-256. */
export async function infoVerifikasi(kode: string): Promise<InfoVerifikasi | null> {
  if (!/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(kode)) return null;
  const d = await prisma.dokumen.findUnique({
    where: { kode },
    select: {
      id: true,
      kode: true,
      jenis: true,
      judul: true,
      periode: true,
      versi: true,
      subjek: true,
      pihak: true,
      createdAt: true,
      digantikanAt: true,
      tandaTangan: { select: { peran: true, nama: true, waktu: true, metode: true }, orderBy: { waktu: "asc" } },
      berkas: { select: { sha256: true }, orderBy: [{ jumlahTandaTangan: "desc" }, { createdAt: "desc" }], take: 1 },
    },
  });
  if (!d) return null;
  const baru = d.digantikanAt
    ? await prisma.dokumen.findFirst({ where: { subjek: d.subjek, versi: { gt: d.versi } }, orderBy: { versi: "desc" }, select: { versi: true, kode: true } })
    : null;
  return {
    kode: d.kode,
    jenis: d.jenis,
    judul: d.judul,
    periode: d.periode,
    versi: d.versi,
    pihak: Array.isArray(d.pihak) ? (d.pihak as { peran: PeranTtd; nama: string }[]) : [],
    tandaTangan: d.tandaTangan,
    dibuat: d.createdAt,
    digantikan: d.digantikanAt ? { at: d.digantikanAt, versiBaru: baru?.versi ?? null, kodeBaru: baru?.kode ?? null } : null,
    sha256: d.berkas[0]?.sha256 ?? null,
  };
}

export type HasilCocok =
  | { cocok: true; jumlahTandaTangan: number; terakhir: boolean; digantikan: boolean; sha256: string }
  | { cocok: false; sha256: string };

/** Apakah berkas yang diunggah adalah salah satu berkas terdaftar untuk kode ini (perbandingan SHA-256). */
export async function cocokkanBerkas(kode: string, isi: Uint8Array): Promise<HasilCocok | null> {
  const info = await prisma.dokumen.findUnique({
    where: { kode },
    select: { id: true, digantikanAt: true, berkas: { select: { sha256: true, jumlahTandaTangan: true }, orderBy: [{ jumlahTandaTangan: "desc" }, { createdAt: "desc" }] } },
  });
  if (!info) return null;
  const sha = sha256Hex(isi);
  const i = info.berkas.findIndex((b) => b.sha256 === sha);
  if (i < 0) return { cocok: false, sha256: sha };
  return { cocok: true, jumlahTandaTangan: info.berkas[i].jumlahTandaTangan, terakhir: i === 0, digantikan: !!info.digantikanAt, sha256: sha };
}
