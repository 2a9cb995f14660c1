import { describe, expect, it } from "vitest";
import { unitDanTurunan } from "@/lib/organisasi/unit";

const peta = (pasangan: [string, string | null][]) => new Map(pasangan.map(([id, parentId]) => [id, { id, parentId }]));

describe("unitDanTurunan", () => {
  it("mengembalikan unit dan semua turunannya, bukan saudaranya", () => {
    const u = peta([["opd", null], ["bid", "opd"], ["sub", "bid"], ["lain", null], ["anakLain", "lain"]]);
    expect(unitDanTurunan(u, "opd").sort()).toEqual(["bid", "opd", "sub"]);
    expect(unitDanTurunan(u, "sub")).toEqual(["sub"]);
  });
  it("tidak berputar selamanya pada data bersiklus", () => {
    const u = peta([["a", "b"], ["b", "a"]]);
    expect(unitDanTurunan(u, "a").sort()).toEqual(["a", "b"]);
  });
});
