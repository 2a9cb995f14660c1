import { describe, expect, it } from "vitest";
import { namaPanggilan } from "@/lib/organisasi/format";

describe("namaPanggilan", () => {
  it.each([
    ["Bambang Sutrisno, S.E., M.Si.", "Bambang"],
    ["Drs. Agus Setiawan", "Agus"],
    ["Dr. Ir. Hendra Wijaya, M.T.", "Hendra"],
    ["Hj. Nurlaela, S.K.M.", "Nurlaela"],
    ["Hendri Gunawan, S.Kom.", "Hendri"],
    ["Sutrisno", "Sutrisno"],
  ])("%s → %s", (nama, diharapkan) => expect(namaPanggilan(nama)).toBe(diharapkan));
});
