import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ALAMAT_TIDAK_DIKETAHUI,
  HEADER_ALAMAT_SOKET,
  PENANDA_ALAMAT_SOKET,
  alamatKlien,
  dalamCidr,
  tulisAlamat,
  uraiAlamat,
  uraiCidr,
  uraiDaftarProksi,
  type Cidr,
} from "@/lib/auth/alamat";
import { bacaEnv } from "@/lib/env";

const daftar = (s: string): Cidr[] => {
  const r = uraiDaftarProksi(s);
  if (!r.ok) throw new Error(r.pesan);
  return r.daftar;
};
const baku = (s: string) => {
  const a = uraiAlamat(s);
  return a ? tulisAlamat(a) : null;
};

describe("uraiAlamat / tulisAlamat", () => {
  it.each([
    ["192.0.2.1", "192.0.2.1"],
    [" 10.0.0.255 ", "10.0.0.255"],
    ["192.0.2.1:54321", "192.0.2.1"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["::FFFF:C000:0201", "192.0.2.1"],
    ["[::ffff:127.0.0.1]:80", "127.0.0.1"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["2001:db8::1", "2001:db8::1"],
    ["[2001:db8::1]", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["fe80::1%eth0", "fe80::1"],
    ["::1", "::1"],
    ["::", "::"],
    ["2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"],
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2:3:4:5:6"],
    ["2001:db8::1:0", "2001:db8::1:0"],
    ["1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0"],
    ["64:ff9b::192.0.2.1", "64:ff9b::c000:201"],
  ])("%j → %j", (masuk, keluar) => {
    expect(baku(masuk)).toBe(keluar);
  });

  it.each(["", "tidak-diketahui", "256.0.0.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-1", "2001:db8::1::1", "2001:db8:::1", "12345::1", "1:2:3:4:5:6:7:8:9", ":1", "g::1", "::ffff:999.1.1.1", "1.2.3.4:port", "[1.2.3.4", "x".repeat(200)])(
    "%j bukan alamat",
    (s) => {
      expect(uraiAlamat(s)).toBeNull();
    },
  );
});

describe("uraiCidr / uraiDaftarProksi / dalamCidr", () => {
  it("IP tunggal, CIDR IPv4/IPv6, CIDR terpeta, bit host harus nol", () => {
    expect(uraiCidr("10.0.0.0/8")).toEqual({ versi: 4, jaringan: 10n << 24n, prefiks: 8 });
    expect(uraiCidr("192.0.2.7")).toMatchObject({ versi: 4, prefiks: 32 });
    expect(uraiCidr("fd00::/8")).toMatchObject({ versi: 6, prefiks: 8 });
    expect(uraiCidr("::1")).toMatchObject({ versi: 6, prefiks: 128 });
    expect(uraiCidr("::ffff:10.0.0.0/104")).toEqual(uraiCidr("10.0.0.0/8"));
    expect(uraiCidr("0.0.0.0/0")).toMatchObject({ prefiks: 0 });
    for (const salah of ["10.0.0.1/8", "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "10.0.0.0/a", "10.0.0.0/8/8", "10.0.0.1:80", "[::1]", "halo", "::ffff:10.0.0.0/95"]) {
      expect(uraiCidr(salah), salah).toBeNull();
    }
  });

  it("daftar dipisah koma, spasi dan entri kosong diabaikan, galat menyebut entri yang salah", () => {
    expect(daftar("")).toEqual([]);
    expect(uraiDaftarProksi(undefined)).toEqual({ ok: true, daftar: [] });
    expect(daftar(" 127.0.0.1, ::1 ,,10.0.0.0/8 ")).toHaveLength(3);
    expect(uraiDaftarProksi("127.0.0.1, nginx.lokal")).toEqual({
      ok: false,
      pesan: '"nginx.lokal" bukan alamat IP atau CIDR yang sah (contoh: 127.0.0.1, 10.0.0.0/8, fd00::/8).',
    });
  });

  it("keanggotaan: batas jaringan, versi berbeda tidak pernah cocok, alamat terpeta ikut CIDR IPv4", () => {
    const [c] = daftar("172.16.0.0/12");
    expect(dalamCidr(uraiAlamat("172.16.0.0")!, c!)).toBe(true);
    expect(dalamCidr(uraiAlamat("172.31.255.255")!, c!)).toBe(true);
    expect(dalamCidr(uraiAlamat("172.32.0.0")!, c!)).toBe(false);
    expect(dalamCidr(uraiAlamat("::ffff:172.20.1.1")!, c!)).toBe(true);
    expect(dalamCidr(uraiAlamat("::ac14:101")!, c!)).toBe(false);
    const [v6] = daftar("2001:db8:abcd::/48");
    expect(dalamCidr(uraiAlamat("2001:db8:abcd:ffff::1")!, v6!)).toBe(true);
    expect(dalamCidr(uraiAlamat("2001:db8:abce::1")!, v6!)).toBe(false);
    expect(dalamCidr(uraiAlamat("0.0.0.0")!, daftar("0.0.0.0/0")[0]!)).toBe(true);
  });
});

describe("alamatKlien", () => {
  const lokal = daftar("127.0.0.1, ::1");
  const jaringan = daftar("10.0.0.0/8, fd00::/8");

  it("tanpa proksi tepercaya: alamat soket, X-Forwarded-For palsu diabaikan", () => {
    expect(alamatKlien({ peer: "203.0.113.9", xForwardedFor: "198.51.100.1", tepercaya: [] })).toBe("203.0.113.9");
    expect(alamatKlien({ peer: "203.0.113.9", xForwardedFor: "198.51.100.1, 198.51.100.2", tepercaya: lokal })).toBe("203.0.113.9");
    expect(alamatKlien({ peer: "::ffff:203.0.113.9", xForwardedFor: null, tepercaya: [] })).toBe("203.0.113.9");
    expect(alamatKlien({ peer: "2001:DB8::0:7", xForwardedFor: undefined, tepercaya: [] })).toBe("2001:db8::7");
  });

  it("penyerang merotasi X-Forwarded-For: tetap satu alamat; tidak dapat meminjam alamat orang lain", () => {
    const hasil = new Set(Array.from({ length: 20 }, (_, i) => alamatKlien({ peer: "203.0.113.9", xForwardedFor: `198.51.100.${i}`, tepercaya: lokal })));
    expect([...hasil]).toEqual(["203.0.113.9"]);
    expect(alamatKlien({ peer: "203.0.113.9", xForwardedFor: "192.0.2.50", tepercaya: [] })).not.toBe("192.0.2.50");
  });

  it("lawan soket tepercaya: alamat paling kanan di X-Forwarded-For; entri kiri karangan klien diabaikan", () => {
    expect(alamatKlien({ peer: "127.0.0.1", xForwardedFor: "198.51.100.7", tepercaya: lokal })).toBe("198.51.100.7");
    expect(alamatKlien({ peer: "::ffff:127.0.0.1", xForwardedFor: "palsu, 1.1.1.1, 198.51.100.7", tepercaya: lokal })).toBe("198.51.100.7");
    expect(alamatKlien({ peer: "::1", xForwardedFor: "[2001:db8::5]:1234", tepercaya: lokal })).toBe("2001:db8::5");
  });

  it("rantai proksi: melewati semua proksi tepercaya dari kanan, berhenti di yang pertama tidak tepercaya", () => {
    const xff = "192.0.2.1, 203.0.113.50, 10.1.2.3, 10.0.0.2";
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: xff, tepercaya: jaringan })).toBe("203.0.113.50");
    expect(alamatKlien({ peer: "fd00::1", xForwardedFor: "2001:db8::9, fd00::2", tepercaya: jaringan })).toBe("2001:db8::9");
    // Beberapa header X-Forwarded-For digabung dengan koma oleh Headers.get.
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: "192.0.2.1, 10.0.0.3,10.0.0.2", tepercaya: jaringan })).toBe("192.0.2.1");
  });

  it("semua entri tepercaya, kosong atau tak terbaca: alamat tepercaya paling kiri yang terbaca", () => {
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: "10.0.0.9, 10.0.0.2", tepercaya: jaringan })).toBe("10.0.0.9");
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: "", tepercaya: jaringan })).toBe("10.0.0.1");
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: null, tepercaya: jaringan })).toBe("10.0.0.1");
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: "192.0.2.1, sampah, 10.0.0.2", tepercaya: jaringan })).toBe("10.0.0.2");
    expect(alamatKlien({ peer: "10.0.0.1", xForwardedFor: "unknown", tepercaya: jaringan })).toBe("10.0.0.1");
  });

  it("lawan soket tidak diketahui atau tak terbaca", () => {
    expect(alamatKlien({ peer: null, xForwardedFor: "198.51.100.1", tepercaya: lokal })).toBe(ALAMAT_TIDAK_DIKETAHUI);
    expect(alamatKlien({ peer: "", xForwardedFor: null, tepercaya: [] })).toBe(ALAMAT_TIDAK_DIKETAHUI);
    expect(alamatKlien({ peer: "bukan-ip", xForwardedFor: "198.51.100.1", tepercaya: daftar("0.0.0.0/0") })).toBe(ALAMAT_TIDAK_DIKETAHUI);
  });
});

describe("SKP_PROXY_TEPERCAYA di lib/env.ts dan pemuat alamat soket", () => {
  const dasar = { DATABASE_URL: "postgresql://x@localhost/db", AUTH_SECRET: "a".repeat(32) };

  it("bawaan kosong; daftar sah diurai; entri salah menghentikan konfigurasi dengan pesan Indonesia", () => {
    expect(bacaEnv(dasar).SKP_PROXY_TEPERCAYA).toEqual([]);
    expect(bacaEnv({ ...dasar, SKP_PROXY_TEPERCAYA: "127.0.0.1,10.0.0.0/8" }).SKP_PROXY_TEPERCAYA).toHaveLength(2);
    expect(() => bacaEnv({ ...dasar, SKP_PROXY_TEPERCAYA: "10.0.0.1/8" })).toThrow(/SKP_PROXY_TEPERCAYA: "10\.0\.0\.1\/8" bukan alamat IP atau CIDR yang sah/);
  });

  it("scripts/alamat-soket.cjs memakai nama header dan penanda yang sama, dan menimpa header dari klien", async () => {
    const berkas = path.resolve(import.meta.dirname, "../../scripts/alamat-soket.cjs");
    const teks = readFileSync(berkas, "utf8");
    expect(teks).toContain(`"${HEADER_ALAMAT_SOKET}"`);
    expect(teks).toContain(`Symbol.for("${PENANDA_ALAMAT_SOKET}")`);

    // Dijalankan sungguhan: header palsu dari klien ditimpa alamat soket.
    const { createRequire } = await import("node:module");
    createRequire(import.meta.url)(berkas);
    const http = (await import("node:http")).default;
    const server = http.createServer((req, res) => res.end(String(req.headers[HEADER_ALAMAT_SOKET])));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const { port } = server.address() as { port: number };
    const jawab = await fetch(`http://127.0.0.1:${port}/`, { headers: { [HEADER_ALAMAT_SOKET]: "192.0.2.66", "x-forwarded-for": "192.0.2.66" } });
    expect(await jawab.text()).toBe("127.0.0.1");
    await new Promise((ok) => server.close(ok));
    expect((globalThis as Record<symbol, unknown>)[Symbol.for(PENANDA_ALAMAT_SOKET)]).toBe(true);
  });
});
