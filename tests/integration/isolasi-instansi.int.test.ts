// Isolasi antarinstansi: admin BKD instansi B (admin instansi lain di dunia uji aksi-bantuan.ts) tidak pernah melihat
// atau mengubah data instansi A (Kabupaten Lembah Sejahtera). Ditemukan dari sumbernya, sehingga halaman, aksi atau
// rute admin baru tanpa pemeriksaan di sini membuat uji gagal:
//  - setiap server action di app/(portal)/admin/** dan setiap aksi lain yang boleh bagi admin BKD, serta setiap route
//    handler app/api/** (selain yang publik), dipanggil oleh admin B dengan isian sah milik admin A (id instansi A,
//    id SKP/unit/pegawai A): harus ditolak dan tidak menulis apa pun (jejak audit dan sidik data sama);
//  - setiap halaman app/(portal)/admin/**/page.tsx dijalankan (tanpa merender HTML: komponen server dipanggil sampai
//    data halaman dimuat) oleh admin B dengan ?instansi=A atau id milik A: harus 403/404, atau hasilnya tidak memuat
//    id instansi A maupun nama/NIP pegawai A.
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AKAR, berkasSumber, temukanAksiServer, temukanRute } from "../support/modul-sumber";
import { SKENARIO, fungsiUntuk, jalankanPanggilan, kunciTanpaVarian, siapkanDunia, type Dunia } from "./aksi-bantuan";
import { formatNip } from "@/lib/organisasi/nip";
import { formatNamaGelar } from "@/lib/organisasi/format";

vi.mock("@/lib/auth", async () => (await import("./aksi-bantuan")).modulAuthPalsu());
vi.mock("@/lib/auth/config", async (asli) => (await import("./aksi-bantuan")).modulConfigPalsu(asli as never));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const PUBLIK = new Set([
  "GET /api/health",
  "GET /api/auth/[...nextauth]",
  "POST /api/auth/[...nextauth]",
  // Templat impor kosong (kolom dan petunjuk, tanpa data instansi mana pun): boleh diunduh setiap admin.
  "GET /api/admin/impor/templat",
  // Templat progres harian: selalu rencana aksi aktor sendiri (dari basis data), tanpa id dari permintaan.
  "GET /api/harian/templat",
  // #16 API baca: dokumen OpenAPI publik tanpa data instansi.
  "GET /api/v1/openapi.json",
]);
const ADMIN = "app/(portal)/admin/";

const rute = temukanRute();
let d: Dunia;
/** Nama (dengan dan tanpa gelar) dan NIP (mentah dan berformat) setiap pegawai instansi A. */
let jejakA: string[] = [];
beforeAll(async () => {
  d = await siapkanDunia();
  const pegawai = await d.prisma.pegawai.findMany({ where: { instansiId: d.sasaran.instansiId }, select: { nip: true, gelarDepan: true, nama: true, gelarBelakang: true } });
  jejakA = [d.sasaran.instansiId, ...pegawai.flatMap((p) => [p.nama, formatNamaGelar(p), p.nip, formatNip(p.nip)])];
  expect(pegawai.length).toBeGreaterThan(30);
});

// ─── Aksi dan rute ────────────────────────────────────────────────────────────────────────────
const diuji = SKENARIO.filter((s) => {
  const k = kunciTanpaVarian(s.kunci);
  if (PUBLIK.has(k)) return false;
  return k.startsWith(ADMIN) || / \/api\//.test(k) || s.pelaku === "admin" || s.pelaku === "superadmin";
});

describe("aksi dan rute: admin instansi B dengan id instansi A", () => {
  it("setiap aksi di app/(portal)/admin dan setiap rute app/api (selain publik) tercakup", () => {
    const kunci = new Set(diuji.map((s) => kunciTanpaVarian(s.kunci)));
    const aksiAdmin = temukanAksiServer().filter((a) => a.berkas.startsWith(ADMIN)).map((a) => a.kunci);
    const ruteApi = rute.filter((r) => r.url.startsWith("/api/") && !PUBLIK.has(r.kunci)).map((r) => r.kunci);
    expect(aksiAdmin.length).toBeGreaterThanOrEqual(10);
    expect(ruteApi.length).toBeGreaterThanOrEqual(10);
    expect([...aksiAdmin, ...ruteApi].filter((k) => !kunci.has(k))).toEqual([]);
  });

  for (const s of diuji) {
    it(`${s.kunci} — ${s.sasaran}`, async () => {
      await d.pulihkanAkun();
      await s.siapkan?.(d);
      // Isian milik yang berhak di instansi A (admin A bila ada, selain itu pelakunya): id instansi A yang "dipalsukan".
      const pemilikIsian = s.pelaku === "superadmin" ? "admin" : (s.pelaku ?? "admin");
      await d.sebagai(pemilikIsian);
      const p = await s.panggilan(d, pemilikIsian);
      await d.sebagai("adminLain");
      const [a0, s0] = [await d.jumlahAudit(), await d.sidik()];
      const r = await jalankanPanggilan(await fungsiUntuk(s.kunci, rute), p);
      const [a1, s1] = [await d.jumlahAudit(), await d.sidik()];
      expect(r.golongan, `${s.kunci}: ${r.rincian}`).toBe("tolak");
      expect(a1, "jejak audit bertambah").toBe(a0);
      expect(s1 === s0, "data instansi A berubah").toBe(true);
      // Jawaban penolakan tidak memuat data A.
      const teks = r.nilai instanceof Response ? await r.nilai.clone().text() : JSON.stringify(r.nilai ?? r.rincian);
      for (const j of jejakA.slice(1)) expect(teks, `jawaban memuat ${j}`).not.toContain(j);
    }, 60_000);
  }
});

// ─── Halaman ──────────────────────────────────────────────────────────────────────────────────
type Masukan = { params?: Record<string, string>; searchParams?: Record<string, string> };
/** Isian URL tiap halaman admin, dengan id milik instansi A. Halaman baru tanpa baris di sini membuat uji gagal. */
const HALAMAN: Record<string, (d: Dunia) => Promise<Masukan>> = {
  "page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "akun/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, q: "a" } }),
  "audit/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "instansi/page.tsx": async () => ({}),
  "capaian/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "capaian/tabel/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "monitoring/kurva/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, periode: "TW1" } }),
  "monitoring/pengisian/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, periode: "TW1" } }),
  "penilaian/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "libur/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, tahun: "2026" } }),
  "harian/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, bulan: "2026-03" } }),
  "skp/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, q: "Wahyu" } }),
  "opd/[unitId]/page.tsx": async (x) => ({ params: { unitId: (await x.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: x.sasaran.instansiId, parentId: null }, select: { id: true } })).id } }),
  "skp/[id]/page.tsx": async (x) => ({ params: { id: x.sasaran.skpId } }),
  "skp/[id]/pelaksanaan/page.tsx": async (x) => ({ params: { id: x.sasaran.skpId }, searchParams: { periode: "TW1" } }),
  "skp/[id]/penilaian/page.tsx": async (x) => ({ params: { id: x.sasaran.skpId } }),
  "skp/[id]/penilaian/[kode]/page.tsx": async (x) => ({ params: { id: x.sasaran.skpId, kode: "TW1" } }),
  "masalah-data/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "impor/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  "jabatan/[id]/page.tsx": async (x) => ({ params: { id: (await x.prisma.jabatan.findFirstOrThrow({ where: { instansiId: x.sasaran.instansiId }, select: { id: true } })).id } }),
  "pegawai/[id]/page.tsx": async (x) => ({ params: { id: (await x.prisma.pegawai.findFirstOrThrow({ where: { instansiId: x.sasaran.instansiId }, select: { id: true } })).id } }),
  // #16 angka kredit
  "angka-kredit/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, unit: (await x.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: x.sasaran.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } })).id, tahun: "2026", periode: "TW1" } }),
  // #16 API baca
  "token-api/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId } }),
  // #16 TPP export
  "tpp/page.tsx": async (x) => ({ searchParams: { instansi: x.sasaran.instansiId, bulan: "2026-03" } }),
};

const halamanAdmin = berkasSumber(path.join(AKAR, "app", "(portal)", "admin"))
  .filter((p) => p.endsWith(`${path.sep}page.tsx`))
  .map((p) => path.relative(path.join(AKAR, "app", "(portal)", "admin"), p).split(path.sep).join("/"))
  .sort();

type Elemen = { type: unknown; props: Record<string, unknown> };
const elemen = (v: unknown): v is Elemen => typeof v === "object" && v !== null && "$$typeof" in v && "type" in v && "props" in v;

/** Memanggil komponen server halaman — dan komponen halaman bersama yang langsung dikembalikannya — sampai datanya dimuat. */
async function jalankanHalaman(f: (p: unknown) => unknown, m: Masukan): Promise<unknown> {
  let hasil = await f({ params: Promise.resolve(m.params ?? {}), searchParams: Promise.resolve(m.searchParams ?? {}) });
  for (let i = 0; i < 3 && elemen(hasil) && typeof hasil.type === "function"; i++) hasil = await (hasil.type as (p: unknown) => unknown)(hasil.props);
  return hasil;
}

/** Pohon elemen → teks (nilai props dan anak, tanpa fungsi dan tanpa properti internal React). */
function teksPohon(v: unknown): string {
  const dilihat = new WeakSet<object>();
  return JSON.stringify(v, (k, x) => {
    if (k.startsWith("_") || typeof x === "function" || typeof x === "symbol") return undefined;
    if (typeof x === "bigint") return x.toString();
    if (typeof x === "object" && x !== null) {
      if (dilihat.has(x)) return undefined;
      dilihat.add(x);
    }
    return x;
  });
}

describe("halaman admin: admin instansi B dengan ?instansi=A atau id milik A", () => {
  it("setiap halaman app/(portal)/admin punya baris di HALAMAN, dan sebaliknya", () => {
    expect(halamanAdmin).toEqual(Object.keys(HALAMAN).sort());
  });

  for (const rel of Object.keys(HALAMAN).sort()) {
    it(rel, async () => {
      await d.pulihkanAkun();
      await d.sebagai("adminLain");
      const modul = (await import(/* @vite-ignore */ path.join(AKAR, "app", "(portal)", "admin", rel))) as { default: (p: unknown) => unknown };
      const m = await HALAMAN[rel]!(d);
      const a0 = await d.jumlahAudit();
      let hasil: unknown;
      let digest = "";
      try {
        hasil = await jalankanHalaman(modul.default, m);
      } catch (e) {
        digest = String((e as { digest?: unknown }).digest ?? "");
        if (!/^NEXT_HTTP_ERROR_FALLBACK;(403|404)$/.test(digest)) throw e;
      }
      expect(await d.jumlahAudit(), "halaman menulis jejak").toBe(a0);
      if (digest) return;
      const teks = teksPohon(hasil);
      expect(teks.length).toBeGreaterThan(50);
      // Yang dimuat adalah instansi B sendiri (id atau namanya), bukan A.
      expect(teks.includes(d.sasaran.instansiLainId) || teks.includes("Pemerintah Kota Uji Kedua"), "halaman tidak memuat instansi B").toBe(true);
      const bocor = jejakA.filter((j) => teks.includes(j));
      expect(bocor, `${rel} memuat data instansi A`).toEqual([]);
    }, 60_000);
  }
});
