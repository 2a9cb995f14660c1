import { describe, expect, it } from "vitest";
import { asalSah } from "@/lib/auth/asal";

const h = (origin: string | null, secFetchSite: string | null, host: string | null = "portal.kab.go.id") => ({ origin, secFetchSite, host });

describe("asalSah", () => {
  it.each([
    [h("https://portal.kab.go.id", "same-origin"), true],
    [h(null, "same-origin"), true],
    [h(null, null), true],
    [h(null, "none"), true],
    [h("http://127.0.0.1:3000", "same-origin", "127.0.0.1:3000"), true],
    [h("https://PORTAL.kab.go.id", null), true],
    // Lintas situs, situs yang sama tetapi port lain, Origin asing, Origin "null" (iframe sandbox, data:).
    [h("https://jahat.example", "cross-site"), false],
    [h("http://127.0.0.1:8080", "same-site", "127.0.0.1:3000"), false],
    [h("http://127.0.0.1:8080", null, "127.0.0.1:3000"), false],
    [h(null, "same-site"), false],
    [h(null, "cross-site"), false],
    [h("null", null), false],
    [h("bukan url", null), false],
    [h("https://portal.kab.go.id", null, null), false],
  ])("%j → %s", (t, hasil) => expect(asalSah(t)).toBe(hasil));
});
