import { describe, expect, it } from "vitest";
import { kebijakanKonten } from "@/lib/tajuk";

describe("kebijakanKonten", () => {
  it("skrip hanya dengan nonce, tanpa bingkai, tanpa objek; eval hanya saat pengembangan", () => {
    const csp = kebijakanKonten("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-src 'self' blob:");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(kebijakanKonten("x", true)).toContain("'unsafe-eval'");
    expect(csp.split("; ").every((d) => /^[a-z-]+ /.test(d))).toBe(true);
  });
});
