import { describe, expect, it } from "vitest";
import { buatToken, hashCocok, hashToken, PANJANG_TOKEN, putusanBatas, tokenDariTajuk, uraiToken } from "./token";

describe("token API", () => {
  it("bentuk skp_<prefix 8 hex>_<43 base64url>, hash SHA-256 hex seluruh token", () => {
    const t = buatToken();
    expect(t.token).toMatch(/^skp_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(t.token.length).toBe(PANJANG_TOKEN);
    expect(t.token.startsWith(`skp_${t.prefix}_`)).toBe(true);
    expect(t.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(t.hash).toBe(hashToken(t.token));
    // Vektor SHA-256 dikenal.
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(buatToken().token).not.toBe(t.token);
  });

  it("sumber acak dipakai apa adanya (prefix 4 bita, rahasia 32 bita)", () => {
    const t = buatToken((n) => Buffer.alloc(n, 0xab));
    expect(t.prefix).toBe("abababab");
    expect(t.token).toBe(`skp_abababab_${Buffer.alloc(32, 0xab).toString("base64url")}`);
  });

  it("urai: hanya bentuk yang tepat; tidak pernah melempar", () => {
    const t = buatToken();
    expect(uraiToken(t.token)).toEqual({ prefix: t.prefix });
    for (const s of [null, undefined, "", "skp_", t.token + "x", t.token.slice(0, -1), t.token.replace("skp_", "SKP_"), `skp_ABCDEF12_${"a".repeat(43)}`, `skp_abcdef12_${"a".repeat(42)}!`, `skp_abcdef1_${"a".repeat(44)}`]) {
      expect(uraiToken(s)).toBeNull();
    }
  });

  it("tajuk Authorization: Bearer (tak peka huruf), satu token, tanpa skema lain", () => {
    const t = buatToken().token;
    expect(tokenDariTajuk(`Bearer ${t}`)).toBe(t);
    expect(tokenDariTajuk(`bearer  ${t} `)).toBe(t);
    for (const s of [null, "", t, `Basic ${t}`, `Bearer ${t} ${t}`, `Bearer`, `Bearer x`, `Bearer ${t}`.padEnd(300, " ")]) expect(tokenDariTajuk(s)).toBeNull();
  });

  it("hashCocok: hanya hash yang sama; hash tersimpan rusak = tidak cocok", () => {
    const t = buatToken();
    expect(hashCocok(t.hash, t.token)).toBe(true);
    expect(hashCocok(t.hash, buatToken().token)).toBe(false);
    expect(hashCocok("zz", t.token)).toBe(false);
    expect(hashCocok("", t.token)).toBe(false);
  });
});

describe("batas laju jendela tetap", () => {
  const mulai = new Date("2026-05-01T08:00:00Z");
  const pada = (detik: number) => new Date(mulai.getTime() + detik * 1000);
  it("sampai batas boleh, dengan sisa", () => {
    expect(putusanBatas({ jumlah: 1, mulai, sekarang: pada(0), batas: 120 })).toEqual({ boleh: true, sisa: 119 });
    expect(putusanBatas({ jumlah: 120, mulai, sekarang: pada(59), batas: 120 })).toEqual({ boleh: true, sisa: 0 });
  });
  it("melewati batas: Retry-After = sisa jendela, dibulatkan ke atas, 1–60", () => {
    expect(putusanBatas({ jumlah: 121, mulai, sekarang: pada(0), batas: 120 })).toEqual({ boleh: false, cobaLagiDetik: 60 });
    expect(putusanBatas({ jumlah: 121, mulai, sekarang: pada(20.2), batas: 120 })).toEqual({ boleh: false, cobaLagiDetik: 40 });
    expect(putusanBatas({ jumlah: 500, mulai, sekarang: pada(59.9), batas: 120 })).toEqual({ boleh: false, cobaLagiDetik: 1 });
    // Jam server mundur/maju: tetap dalam 1–60.
    expect(putusanBatas({ jumlah: 2, mulai, sekarang: pada(-30), batas: 1 })).toEqual({ boleh: false, cobaLagiDetik: 60 });
    expect(putusanBatas({ jumlah: 2, mulai, sekarang: pada(90), batas: 1 })).toEqual({ boleh: false, cobaLagiDetik: 1 });
    expect(putusanBatas({ jumlah: 3, mulai, sekarang: pada(5), batas: 2, jendelaDetik: 10 })).toEqual({ boleh: false, cobaLagiDetik: 5 });
  });
});

describe("token demo", () => {
  it("token demo yang diterbitkan di README berbentuk sah dan prefiksnya sama dengan baris demo", async () => {
    const { TOKEN_API_DEMO } = await import("@/prisma/demo-token-api");
    expect(uraiToken(TOKEN_API_DEMO)).toEqual({ prefix: "d3e0a001" });
    expect(tokenDariTajuk(`Bearer ${TOKEN_API_DEMO}`)).toBe(TOKEN_API_DEMO);
  });
});
