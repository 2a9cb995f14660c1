// Kata sandi sementara/awal adalah blokir keras, bukan sekadar pengalihan dari Beranda: setiap server action dan
// route handler (ditemukan dari sumbernya, skenario dari aksi-bantuan.ts), dipanggil oleh pelaku yang berhak
// tetapi masih bersandi sementara, ditolak tanpa menulis apa pun — kecuali yang memang untuk mengganti sandi atau
// keluar, dan yang publik. Halaman: tests/unit/batas-modul.test.ts (requireAktor() tanpa izinkanSandiSementara).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { temukanRute } from "../support/modul-sumber";
import { SKENARIO, fungsiUntuk, jalankanPanggilan, kunciTanpaVarian, siapkanDunia, type Dunia } from "./aksi-bantuan";

vi.mock("@/lib/auth", async () => (await import("./aksi-bantuan")).modulAuthPalsu());
vi.mock("@/lib/auth/config", async (asli) => (await import("./aksi-bantuan")).modulConfigPalsu(asli as never));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

/** Boleh dengan sandi sementara: justru untuk menggantinya atau keluar; atau publik tanpa aktor. */
const BOLEH = new Set([
  "app/(portal)/akun/actions.ts#ubahSandiAction",
  "app/(portal)/akun/actions.ts#keluarSemuaAction",
  "app/login/actions.ts#logoutAction",
  "app/login/actions.ts#loginAction",
  "app/verifikasi/actions.ts#periksaBerkasAction",
  "GET /api/health",
  "GET /api/auth/[...nextauth]",
  "POST /api/auth/[...nextauth]",
]);

const rute = temukanRute();
let d: Dunia;
beforeAll(async () => {
  d = await siapkanDunia();
});

describe("sandi sementara menolak semua aksi dan rute selain ganti sandi/keluar", () => {
  const diuji = SKENARIO.filter((s) => s.pelaku && s.pelaku !== "anonim" && !BOLEH.has(kunciTanpaVarian(s.kunci)));
  it("semua skenario tercakup", () => {
    expect(diuji.length).toBeGreaterThan(40);
  });
  for (const s of diuji) {
    it(`${s.kunci} oleh ${s.pelaku} bersandi sementara`, async () => {
      const k = s.pelaku as Exclude<typeof s.pelaku, "anonim" | null>;
      await d.pulihkanAkun();
      await s.siapkan?.(d);
      await d.sebagai(k);
      const p = await s.panggilan(d, k);
      await d.prisma.pengguna.update({ where: { id: d.aktor[k].penggunaId }, data: { harusGantiSandi: true } });
      const [a0, s0] = [await d.jumlahAudit(), await d.sidik()];
      const r = await jalankanPanggilan(await fungsiUntuk(s.kunci, rute), p);
      const [a1, s1] = [await d.jumlahAudit(), await d.sidik()];
      await d.pulihkanAkun();
      expect(r.golongan, `${s.kunci}: ${r.rincian}`).toBe("tolak");
      expect(a1, "jejak audit bertambah").toBe(a0);
      // Sidik memuat tanda harusGantiSandi aktor: sama berarti tidak ada yang ditulis.
      expect(s1 === s0, "data berubah").toBe(true);
    }, 60_000);
  }
});
