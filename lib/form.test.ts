import { describe, expect, it } from "vitest";
import { bentukObjek } from "@/lib/form";

const fd = (pairs: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of pairs) f.append(k, v);
  return f;
};

describe("bentukObjek", () => {
  it("kolom datar dan bersarang, larik dirapatkan", () => {
    expect(
      bentukObjek(
        fd([
          ["skpId", "a"],
          ["iki.0.indikator", "x"],
          ["iki.2.indikator", "z"],
          ["iki.2.targetMin", "5"],
          ["ekspektasi.LOYAL", "setia"],
          ["$ACTION_ID_abc", ""],
        ]),
      ),
    ).toEqual({ skpId: "a", iki: [{ indikator: "x" }, { indikator: "z", targetMin: "5" }], ekspektasi: { LOYAL: "setia" } });
  });

  it("mengabaikan nama berbahaya dan indeks raksasa", () => {
    const o = bentukObjek(fd([["__proto__.x", "1"], ["a.constructor.y", "2"], ["iki.99999.x", "3"], ["b..c", "4"]]));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // Indeks raksasa tidak membuat larik besar; menjadi kunci objek biasa yang ditolak zod.
    expect(o).toEqual({ iki: { "99999": { x: "3" } } });
  });

  it("nama yang berulang menjadi larik (kotak centang); berkas diabaikan", () => {
    const f = fd([["a", "1"], ["a", "2"], ["a", "3"], ["b", "x"]]);
    f.append("berkas", new Blob(["x"]), "x.txt");
    expect(bentukObjek(f)).toEqual({ a: ["1", "2", "3"], b: "x" });
  });
});
