import { describe, expect, it } from "vitest";
import { ZKueriKelengkapan, ZKueriOrganisasi, ZKueriPredikat, ZKueriSkp } from "./schemas";
import { dokumenOpenApi, SUMBER_API } from "./openapi";
import { endpointDokumentasi, potongTeks } from "./dokumentasi";
import { contohCurl } from "./contoh";

const galat = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join(".") || "kueri", i.message]));

describe("parameter kueri /api/v1", () => {
  it("limit, tahun ketat; kosong = tidak diisi", () => {
    expect(ZKueriPredikat.parse({ limit: "200", tahun: "2026", periode: "AKHIR" })).toEqual({ limit: 200, tahun: 2026, periode: "AKHIR" });
    expect(ZKueriPredikat.parse({ limit: "", cursor: "" })).toEqual({});
    for (const limit of ["0", "201", "1e2", " 5", "-1", "5.0", "abc", "0100"]) expect(ZKueriPredikat.safeParse({ limit }).success, limit).toBe(false);
    for (const tahun of ["26", "1999", "2101", "2026a"]) expect(ZKueriPredikat.safeParse({ tahun }).success, tahun).toBe(false);
  });
  it("pesan Bahasa Indonesia, parameter tak dikenal ditolak", () => {
    expect(galat(ZKueriPredikat.safeParse({ limit: "500", unit: "x", periode: "Q1", halaman: "2" }))).toEqual({
      limit: "limit paling besar 200.",
      unit: "unit harus id unit kerja (UUID).",
      periode: "periode harus kode periode, mis. TW1, S2, B03 atau AKHIR.",
      kueri: "Parameter tidak dikenal: halaman.",
    });
    expect(ZKueriKelengkapan.safeParse({ periode: "AKHIR" }).success).toBe(false);
    expect(ZKueriSkp.safeParse({ status: "DISETUJUI" }).success).toBe(true);
    expect(galat(ZKueriSkp.safeParse({ status: "SELESAI" })).status).toMatch(/^status harus salah satu dari DRAFT/);
    expect(ZKueriOrganisasi.safeParse({ tahun: "2026" }).success).toBe(false);
    expect(ZKueriPredikat.safeParse({ cursor: "a b" }).success).toBe(false);
  });
});

describe("dokumen OpenAPI dan halaman dokumentasi", () => {
  it("OpenAPI 3.1 dengan satu GET per sumber, keamanan bearer, galat 400/401/403/429 dan Retry-After", () => {
    const d = dokumenOpenApi();
    expect(d.openapi).toBe("3.1.0");
    expect(Object.keys(d.paths ?? {}).sort()).toEqual(["/kelengkapan", "/organisasi", "/predikat", "/skp"]);
    expect(d.components?.securitySchemes?.tokenApi).toMatchObject({ type: "http", scheme: "bearer" });
    for (const p of Object.values(d.paths ?? {})) {
      expect(Object.keys(p.get!.responses!).sort()).toEqual(["200", "400", "401", "403", "429", "500"]);
      expect(p.get!.responses!["429"]).toMatchObject({ headers: { "Retry-After": expect.anything() } });
    }
    // Parameter dokumen = kunci skema kueri yang dipakai handler.
    for (const s of SUMBER_API) {
      const op = Object.values(d.paths ?? {}).find((p) => p.get!.summary === s.ringkas)!.get!;
      expect((op.parameters ?? []).map((x) => (x as { name: string }).name).sort()).toEqual(Object.keys(s.kueri.shape).sort());
    }
  });
  it("halaman dokumentasi diturunkan dari dokumen: parameter, kolom respons berjalur titik, contoh curl dengan cursor", () => {
    const e = endpointDokumentasi(dokumenOpenApi());
    expect(e.map((x) => x.jalur)).toEqual(["/api/v1/predikat", "/api/v1/kelengkapan", "/api/v1/skp", "/api/v1/organisasi"]);
    const p = e[0]!;
    expect(p.parameter.map((x) => x.nama)).toEqual(["limit", "cursor", "tahun", "periode", "unit"]);
    expect(p.kolom.map((k) => k.jalur)).toEqual(expect.arrayContaining(["data", "data[].pegawai.nip", "data[].predikat.kode", "next_cursor", "limit"]));
    expect(p.kolom.find((k) => k.jalur === "next_cursor")!.tipe).toBe("string atau null");
    expect(p.kolom.find((k) => k.jalur === "data[].predikat.kode")!.tipe).toContain("SANGAT_BAIK");
    expect(e[3]!.kolom.map((k) => k.jalur)).toEqual(expect.arrayContaining(["data[].pemangku[].nip", "data[].unit.parentId"]));
    expect(contohCurl("/api/v1/predikat", "https://x")).toContain('"https://x/api/v1/predikat?tahun=2026&periode=TW1&limit=100&cursor=$CURSOR"');
    expect(potongTeks("a `b` **c** d")).toEqual([{ jenis: "teks", isi: "a " }, { jenis: "kode", isi: "b" }, { jenis: "teks", isi: " " }, { jenis: "tebal", isi: "c" }, { jenis: "teks", isi: " d" }]);
  });
});
