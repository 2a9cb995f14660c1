import { describe, expect, it } from "vitest";
import { jenisBentrok } from "@/lib/db/bentrok";

describe("jenisBentrok", () => {
  it.each([
    [{ code: "P2002" }, "UNIK"],
    [{ code: "P2003" }, "RUJUKAN"],
    [{ code: "P2025" }, "RUJUKAN"],
    [{ code: "P2034" }, "SERIALISASI"],
    [{ cause: { code: "23505" } }, "UNIK"],
    [{ cause: { code: "23503" } }, "RUJUKAN"],
    [{ cause: { code: "40001" } }, "SERIALISASI"],
    [{ code: "P1001" }, null],
    [new Error("x"), null],
    [null, null],
    ["P2002", null],
  ])("%j → %s", (e, j) => expect(jenisBentrok(e)).toBe(j));
});
