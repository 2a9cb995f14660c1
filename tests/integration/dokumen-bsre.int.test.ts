// Tanda tangan dokumen lewat TTE BSrE (SKP_TTE=bsre) terhadap layanan BSrE palsu yang dijalankan uji ini: dua
// penanda tangan dengan NIK dan passphrase masing-masing, keduanya sah di berkas (pdfsig); passphrase salah atau
// NIK kosong ditolak dengan pesan Indonesia di kolomnya dan tidak mencatat apa pun.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Aktor } from "@/lib/auth/permissions";
import { DEMO_PASSWORD } from "@/prisma/demo-data";
import type { SubjekDokumen } from "@/lib/dokumen/muat";
import { mulaiBsrePalsu, type BsrePalsu } from "../support/bsre-palsu";
import { pdfsig } from "../support/pdfsig";
import { aktorDemo, siapkanDemo } from "./support";

const KUNCI = Symbol.for("skp.penandatangan");
const lepasPenanda = () => delete (globalThis as Record<symbol, unknown>)[KUNCI];

let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let bsre: BsrePalsu;
const A: Record<string, Aktor> = {};
let ev: SubjekDokumen;
const NIK = { arief: "3201012001810001", yudi: "3201010505740002" };

beforeAll(async () => {
  demo = await siapkanDemo();
  for (const k of ["arief", "yudi"]) A[k] = await aktorDemo(demo, k);
  bsre = await mulaiBsrePalsu({
    pengguna: "portal-skp",
    sandi: "rahasia-bsre",
    akun: [
      { nik: NIK.arief, passphrase: "pass-arief", nama: "Arief Rahman Hakim" },
      { nik: NIK.yudi, passphrase: "pass-yudi", nama: "Yudi Hermawan" },
    ],
  });
  Object.assign(process.env, { SKP_TTE: "bsre", SKP_BSRE_URL: bsre.url, SKP_BSRE_USER: "portal-skp", SKP_BSRE_PASSWORD: "rahasia-bsre" });
  lepasPenanda();
  const skp = await demo.prisma.skp.findFirstOrThrow({ where: { pegawaiId: demo.pegawaiId("arief"), status: "DISETUJUI" }, select: { id: true } });
  ev = { jenis: "EVALUASI", skpId: skp.id, kode: "TW1" };
}, 120_000);

afterAll(async () => {
  for (const k of ["SKP_TTE", "SKP_BSRE_URL", "SKP_BSRE_USER", "SKP_BSRE_PASSWORD"]) delete process.env[k];
  lepasPenanda();
  await bsre?.tutup();
});

describe("TTE BSrE", () => {
  it("NIK kosong dan passphrase salah ditolak di kolomnya, tanpa tanda tangan tercatat", async () => {
    const { tandatanganiDokumen } = await import("@/lib/dokumen/layanan");
    const tanpaNik = await tandatanganiDokumen(A.arief!, ev, { sandi: DEMO_PASSWORD }, "http://portal.uji");
    expect(!tanpaNik.ok && tanpaNik.galat?.nik?.[0]).toMatch(/NIK/);
    const salah = await tandatanganiDokumen(A.arief!, ev, { sandi: DEMO_PASSWORD, nik: NIK.arief, passphrase: "bukan" }, "http://portal.uji");
    expect(salah.ok).toBe(false);
    expect(!salah.ok && salah.galat?.passphrase?.[0]).toMatch(/[Pp]assphrase/);
    expect(!salah.ok && salah.pesan).toMatch(/belum ditandatangani/);
    expect(await demo.prisma.tandaTanganDokumen.count()).toBe(0);
  }, 120_000);

  it("pegawai dan pejabat penilai menandatangani dengan sertifikat masing-masing; kedua tanda tangan sah", async () => {
    const { tandatanganiDokumen, unduhDokumen } = await import("@/lib/dokumen/layanan");
    const satu = await tandatanganiDokumen(A.arief!, ev, { sandi: DEMO_PASSWORD, nik: NIK.arief, passphrase: "pass-arief" }, "http://portal.uji");
    expect(satu.ok, !satu.ok ? satu.pesan : "").toBe(true);
    const dua = await tandatanganiDokumen(A.yudi!, ev, { sandi: DEMO_PASSWORD, nik: NIK.yudi, passphrase: "pass-yudi" }, "http://portal.uji");
    expect(dua.ok, !dua.ok ? dua.pesan : "").toBe(true);
    const t = await demo.prisma.tandaTanganDokumen.findMany({ select: { peran: true, metode: true }, orderBy: { waktu: "asc" } });
    expect(t).toEqual([
      { peran: "PEGAWAI", metode: "BSRE" },
      { peran: "PENILAI", metode: "BSRE" },
    ]);
    const f = await unduhDokumen(A.arief!, ev, "http://portal.uji");
    const sig = await pdfsig(Buffer.from(f && f.ok ? f.data.isi : new Uint8Array()));
    expect(sig.tandaTangan).toHaveLength(2);
    expect(sig.tandaTangan.every((x) => x.sah)).toBe(true);
    expect(bsre.permintaan.filter((p) => p.jalur === "/api/v2/sign/pdf").map((p) => p.nik)).toEqual([NIK.arief, NIK.arief, NIK.yudi]);
  }, 120_000);
});
