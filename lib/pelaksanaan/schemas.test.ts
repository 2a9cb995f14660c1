import { describe, expect, it } from "vitest";
import { bentukObjek } from "@/lib/form";
import { ZRealisasi, ZRencanaAksi, ZTautan, ZUmpanBalik } from "@/lib/pelaksanaan/schemas";

const ID = "7b2e3c7e-0b1a-4c3d-9e8f-1a2b3c4d5e6f";
const fd = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.append(k, v);
  return bentukObjek(f);
};
const pesan = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("ZRealisasi", () => {
  const dasar = { skpId: ID, periodeId: ID, ikiId: ID };
  it.each([
    ["92.5", 92.5],
    ["92,5", 92.5],
    ["1.250", 1250],
    ["0", 0],
  ])("%s → %s", (t, n) => expect(ZRealisasi.safeParse(fd({ ...dasar, nilai: t }))).toMatchObject({ success: true, data: { nilai: n } }));
  it("angka raksasa, negatif dan ejaan bermakna ganda ditolak dengan pesan Indonesia", () => {
    expect(pesan(ZRealisasi.safeParse(fd({ ...dasar, nilai: "100000000000000" })))).toEqual({ nilai: "Realisasi maksimal 99.999.999.999.999." });
    expect(pesan(ZRealisasi.safeParse(fd({ ...dasar, nilai: "-3" })))).toEqual({ nilai: "Realisasi tidak boleh negatif." });
    expect(pesan(ZRealisasi.safeParse(fd({ ...dasar, nilai: "1,250.5" })))).toEqual({ nilai: expect.stringContaining("koma untuk desimal") });
  });
  it("kosong berarti tidak diisi; teks dasar dibersihkan dari karakter kendali", () => {
    expect(ZRealisasi.safeParse(fd({ ...dasar, nilai: "", dasar: "Rekap\u0000 bulanan\r\nTW I" }))).toMatchObject({ success: true, data: { nilai: undefined, dasar: "Rekap bulanan\nTW I" } });
  });
});

describe("ZRencanaAksi, ZTautan, ZUmpanBalik", () => {
  it("target rencana aksi dibatasi kolomnya; satuan wajib bila ada target", () => {
    const d = { skpId: ID, periodeId: ID, rhkId: ID, uraian: "Menyusun rekap data" };
    expect(pesan(ZRencanaAksi.safeParse(fd({ ...d, targetAngka: "1e3", satuan: "x" })))).toMatchObject({ targetAngka: expect.stringMatching(/^Target tidak dapat dibaca/) });
    expect(pesan(ZRencanaAksi.safeParse(fd({ ...d, targetAngka: "5" })))).toEqual({ satuan: "Isi satuan untuk target." });
    expect(ZRencanaAksi.safeParse(fd({ ...d, targetAngka: "2.5", satuan: "dokumen" }))).toMatchObject({ success: true, data: { targetAngka: 2.5 } });
  });
  it("tautan lebih dari 2000 karakter dan umpan balik kosong (hanya karakter kendali) ditolak", () => {
    expect(pesan(ZTautan.safeParse(fd({ skpId: ID, rencanaAksiId: ID, url: "https://x.id/" + "a".repeat(2000) })))).toEqual({ url: "Tautan maksimal 2000 karakter." });
    expect(pesan(ZUmpanBalik.safeParse(fd({ skpId: ID, teks: "\u0000\u0000\u202e" })))).toEqual({ teks: "Umpan balik minimal 2 karakter." });
  });
});
