// Fuzzing berbasis sifat (fast-check, ASVS V5.1/V5.3) untuk setiap server action yang ditemukan dari sumbernya:
// isian sah diubah dengan teks acak dan sangat panjang (s.d. ~100 KB), karakter kendali termasuk NUL, penimpa arah
// U+202E, muatan HTML/skrip, tipe salah, angka ekstrem, kunci prototipe dan nama kolom acak; dikirim sebagai pemilik
// dan admin BKD terhadap sasaran yang sama dengan uji matriks. Sifat: tidak melempar (selain pengalihan Next), tidak
// pernah galat server, tidak menulis bila gagal; teks ber-HTML yang diterima tersimpan apa adanya dan tanpa NUL.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bersihkanTeks } from "@/lib/teks";
import { temukanAksiServer, temukanRute } from "../support/modul-sumber";
import { SKENARIO, fd, fungsiUntuk, jalankanPanggilan, kunciTanpaVarian, siapkanDunia, type Dunia, type KunciAktor } from "./aksi-bantuan";

vi.mock("@/lib/auth", async () => (await import("./aksi-bantuan")).modulAuthPalsu());
vi.mock("@/lib/auth/config", async (asli) => (await import("./aksi-bantuan")).modulConfigPalsu(asli as never));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const BENIH = Number(process.env.UJI_FUZZ_BENIH ?? 20261123);
const PUTARAN = Number(process.env.UJI_FUZZ_PUTARAN ?? 30);
const rute = temukanRute();
let d: Dunia;
let kasus = 0;
beforeAll(async () => {
  d = await siapkanDunia();
});

const HTML = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>", "javascript:alert(1)", "{{constructor.constructor('alert(1)')()}}"];
const ANGKA = ["1e308", "100000000000000", "-1", "0x10", "NaN", "Infinity", "-0", "1.250,5", "92.5", "0", "9".repeat(40), "1e-400"];
const KENDALI = ["\u0000", "\u202E", "\u202D", "\u200B", "\u0007", "\u001B[31m", "\r\n", "\uFEFF", "\uD800", "\t"];
const KUNCI_ANEH = ["__proto__.x", "constructor.prototype.y", "__proto__", "prototype", "a..b", ".", "iki.999.indikator", "iki.-1.aspek", "sel.__proto__.x", "ekspektasi.constructor", "$ACTION_ID_x", "skpId.0"];

const muatan: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => "Ꭺ<b>".repeat(Math.ceil(n / 4)).slice(0, n)),
  fc.constantFrom(...HTML),
  fc.constantFrom(...ANGKA),
  fc.integer().map(String),
  fc.double().map(String),
  fc.uuid(),
  fc.constant(""),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...KENDALI), fc.constantFrom(...HTML)).map(([a, k, h]) => `${a}${k}${h}${k}`),
);

/** Perubahan atas isian sah: ganti nilai, hapus kolom, gandakan kolom (larik), tambah kolom acak/prototipe, berkas acak. */
type Ubah =
  | { jenis: "ganti"; i: number; nilai: string }
  | { jenis: "hapus"; i: number }
  | { jenis: "gandakan"; i: number; nilai: string }
  | { jenis: "tambah"; nama: string; nilai: string }
  | { jenis: "berkas"; i: number; isi: Uint8Array };
const ubah: fc.Arbitrary<Ubah> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ jenis: fc.constant("ganti" as const), i: fc.nat(), nilai: muatan }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant("hapus" as const), i: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant("gandakan" as const), i: fc.nat(), nilai: muatan }) },
  { weight: 2, arbitrary: fc.record({ jenis: fc.constant("tambah" as const), nama: fc.oneof(fc.constantFrom(...KUNCI_ANEH), fc.string({ maxLength: 20 })), nilai: muatan }) },
  { weight: 1, arbitrary: fc.record({ jenis: fc.constant("berkas" as const), i: fc.nat(), isi: fc.uint8Array({ maxLength: 2_000 }) }) },
);

function terapkan(dasar: [string, FormDataEntryValue][], daftar: Ubah[]): FormData {
  const isi = dasar.map(([k, v]) => [k, v] as [string, FormDataEntryValue | null]);
  const tambahan: [string, FormDataEntryValue][] = [];
  for (const u of daftar) {
    const i = isi.length ? (u as { i?: number }).i! % isi.length : -1;
    if (u.jenis === "tambah") tambahan.push([u.nama, u.nilai]);
    else if (i < 0) continue;
    else if (u.jenis === "ganti") isi[i]![1] = u.nilai;
    else if (u.jenis === "hapus") isi[i]![1] = null;
    else if (u.jenis === "gandakan") tambahan.push([isi[i]![0], u.nilai]);
    else isi[i]![1] = new File([u.isi as Uint8Array<ArrayBuffer>], "acak.xlsx");
  }
  const f = new FormData();
  for (const [k, v] of [...isi, ...tambahan]) if (v !== null) f.append(k, v);
  return f;
}

// Satu skenario per ekspor (varian pertama); yang tanpa isian (logoutAction) tidak punya masukan untuk di-fuzz.
const sasaranFuzz = temukanAksiServer()
  .map((a) => SKENARIO.find((s) => kunciTanpaVarian(s.kunci) === a.kunci)!)
  .filter((s) => s.kunci !== "app/login/actions.ts#logoutAction");

describe("fuzz server action", () => {
  it("setiap aksi yang ditemukan punya skenario untuk di-fuzz", () => {
    expect(sasaranFuzz.every(Boolean)).toBe(true);
    expect(sasaranFuzz.length).toBeGreaterThan(25);
    console.log(`\nfast-check: benih ${BENIH}, ${PUTARAN} putaran per aksi (UJI_FUZZ_BENIH, UJI_FUZZ_PUTARAN)\n`);
  });

  for (const s of sasaranFuzz) {
    it(`${kunciTanpaVarian(s.kunci)}: tidak melempar, tidak galat server, tidak menulis bila gagal`, async () => {
      const f = await fungsiUntuk(s.kunci, rute);
      await d.pulihkanAkun();
      await s.siapkan?.(d);
      const dasar = new Map<KunciAktor, [string, FormDataEntryValue][]>();
      for (const k of ["pemilik", "admin"] as const) {
        const p = await s.panggilan(d, k);
        if (p.jenis !== "aksi") throw new Error(`${s.kunci} bukan server action ber-FormData`);
        dasar.set(k, [...p.form.entries()]);
      }
      await fc.assert(
        fc.asyncProperty(fc.constantFrom<KunciAktor>("pemilik", "admin"), fc.array(ubah, { minLength: 1, maxLength: 6 }), async (k, daftar) => {
          kasus += 1;
          await d.pulihkanAkun();
          await d.sebagai(k);
          const form = terapkan(dasar.get(k)!, daftar);
          const [audit0, sidik0] = [await d.jumlahAudit(), await d.sidik()];
          const r = await jalankanPanggilan(f, { jenis: "aksi", form });
          expect(r.golongan, r.rincian).not.toBe("galat");
          if (r.golongan === "tolak") {
            expect(await d.jumlahAudit(), "gagal tanpa jejak baru").toBe(audit0);
            expect(await d.sidik(), "gagal tanpa mengubah data").toBe(sidik0);
          }
        }),
        { seed: BENIH, numRuns: PUTARAN, endOnFailure: true },
      );
    }, 300_000);
  }

  // Teks yang diterima tersimpan apa adanya (React meng-escape saat merender), hanya dibersihkan dari karakter kendali.
  const TEKS: { kunci: string; kolom: string; baca: (x: Dunia, nilai: string) => Promise<string[]> }[] = [
    { kunci: "app/(portal)/skp/[id]/pelaksanaan/actions.ts#simpanRencanaAksiAction", kolom: "uraian", baca: async (x, v) => (await x.prisma.rencanaAksi.findMany({ where: { uraian: v }, select: { uraian: true } })).map((r) => r.uraian) },
    { kunci: "app/(portal)/skp/[id]/pelaksanaan/actions.ts#umpanBalikAction", kolom: "teks", baca: async (x, v) => (await x.prisma.umpanBalik.findMany({ where: { teks: v }, select: { teks: true } })).map((r) => r.teks) },
    { kunci: "app/(portal)/skp/actions.ts#simpanRhkAction", kolom: "teks", baca: async (x, v) => (await x.prisma.rhk.findMany({ where: { teks: v }, select: { teks: true } })).map((r) => r.teks) },
  ];
  for (const t of TEKS) {
    it(`${t.kunci} (${t.kolom}): teks ber-HTML tersimpan apa adanya, tanpa NUL`, async () => {
      const s = SKENARIO.find((x) => x.kunci === t.kunci)!;
      const f = await fungsiUntuk(s.kunci, rute);
      await s.siapkan?.(d);
      const p = await s.panggilan(d, "pemilik");
      if (p.jenis !== "aksi") throw new Error("bukan aksi");
      const dasar = Object.fromEntries([...p.form.entries()].map(([k, v]) => [k, String(v)]));
      await fc.assert(
        fc.asyncProperty(fc.string({ minLength: 5, maxLength: 30 }), fc.constantFrom(...HTML), fc.constantFrom("", ...KENDALI), async (awal, html, kendali) => {
          kasus += 1;
          await s.siapkan?.(d);
          await d.sebagai(s.pelaku === "penilai" ? "penilai" : "pemilik");
          const nilai = `Uji ${awal}${kendali}${html}`;
          const r = await jalankanPanggilan(f, { jenis: "aksi", form: fd({ ...dasar, [t.kolom]: nilai }) });
          expect(r.golongan, r.rincian).not.toBe("galat");
          if (r.golongan !== "boleh") return;
          const harap = bersihkanTeks(nilai, { multiBaris: true }).trim();
          expect(harap).toContain(html);
          const tersimpan = await t.baca(d, harap);
          expect(tersimpan.length, `tersimpan apa adanya: ${JSON.stringify(harap)}`).toBeGreaterThan(0);
          for (const x of tersimpan) expect(x.includes("\u0000")).toBe(false);
        }),
        { seed: BENIH, numRuns: Math.max(10, Math.floor(PUTARAN / 2)) },
      );
    }, 300_000);
  }

  it("mencetak jumlah kasus", () => {
    console.log(`\nfuzz: ${kasus} kasus pada ${sasaranFuzz.length} server action (+${TEKS.length} sifat teks), benih ${BENIH}\n`);
    expect(kasus).toBeGreaterThan(sasaranFuzz.length * PUTARAN);
  });
});
