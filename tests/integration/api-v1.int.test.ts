// API baca /api/v1 (issue #16) pada PostgreSQL dengan data demo: halaman keyset mengumpulkan setiap predikat OPD
// tepat sekali; token instansi lain, dicabut, tidak dikenal, salah bentuk dan tanpa cakupan ditolak; batas laju 429
// dengan Retry-After; setiap panggilan dengan token dikenal mencatat jejak audit dengan nama token dan mengisi
// terakhir_dipakai_at; jumlah kueri per permintaan tetap; dan SETIAP respons nyata di sini valid terhadap dokumen
// OpenAPI yang disajikan (/api/v1/openapi.json), diperiksa dengan Ajv (JSON Schema 2020-12).
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buatToken, type CakupanApi } from "@/lib/api-v1/token";
import { hitungKueri, siapkanDemo, TAHUN } from "./support";

process.env.SKP_HITUNG_KUERI = "1";

type Doc = { paths: Record<string, { get: { responses: Record<string, { content: { "application/json": { schema: unknown } } }> } }>; components: unknown };
let demo: Awaited<ReturnType<typeof siapkanDemo>>;
let doc: Doc;
let ajv: InstanceType<typeof Ajv2020>;
let kominfo = "";
const ASAL = "http://127.0.0.1:3000";
let diperiksa = 0;

const rute = {
  predikat: () => import("@/app/api/v1/predikat/route"),
  kelengkapan: () => import("@/app/api/v1/kelengkapan/route"),
  skp: () => import("@/app/api/v1/skp/route"),
  organisasi: () => import("@/app/api/v1/organisasi/route"),
};
type Sumber = keyof typeof rute;

async function tokenBaru(instansiId: string, nama: string, cakupan: CakupanApi[]) {
  const t = buatToken();
  const r = await demo.prisma.tokenApi.create({ data: { instansiId, nama, prefix: t.prefix, hashRahasia: t.hash, cakupan }, select: { id: true } });
  return { ...t, id: r.id };
}

/** Memanggil handler sungguhan dan memeriksa badannya terhadap skema respons status itu di dokumen OpenAPI. */
async function panggil(sumber: Sumber, qs: string, token?: string | null, tajuk?: string) {
  const { GET } = await rute[sumber]();
  const headers: Record<string, string> = {};
  if (tajuk !== undefined) headers.authorization = tajuk;
  else if (token) headers.authorization = `Bearer ${token}`;
  const r = await GET(new Request(`${ASAL}/api/v1/${sumber}${qs ? `?${qs}` : ""}`, { headers }));
  const body = (await r.json()) as Record<string, unknown>;
  const skema = doc.paths[`/${sumber}`]!.get.responses[String(r.status)]?.content["application/json"].schema;
  expect(skema, `status ${r.status} tidak didokumentasikan untuk /${sumber}`).toBeDefined();
  const v = ajv.compile({ $ref: `openapi${(skema as { $ref: string }).$ref}` });
  expect(v(body), `respons /${sumber} ${r.status} tidak sesuai OpenAPI: ${ajv.errorsText(v.errors)}`).toBe(true);
  diperiksa += 1;
  return { status: r.status, body, headers: r.headers };
}

beforeAll(async () => {
  demo = await siapkanDemo();
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  doc = (await GET().json()) as Doc;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat("date-time", { validate: (s: string) => !Number.isNaN(Date.parse(s)) });
  ajv.addSchema({ $id: "openapi", components: doc.components });
  kominfo = (await demo.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: demo.instansiId, parentId: null, nama: { contains: "Komunikasi" } }, select: { id: true } })).id;
}, 120_000);

afterAll(() => {
  // Setiap jawaban di berkas ini lewat pemeriksaan OpenAPI.
  expect(diperiksa).toBeGreaterThan(15);
});

/** Id unit itu dan semua keturunannya (dihitung di sini, terpisah dari CTE aplikasi). */
async function subpohon(unit: string): Promise<Set<string>> {
  const semua = await demo.prisma.unitKerja.findMany({ where: { instansiId: demo.instansiId }, select: { id: true, parentId: true } });
  const hasil = new Set([unit]);
  for (let ubah = true; ubah; ) {
    ubah = false;
    for (const u of semua) if (u.parentId && hasil.has(u.parentId) && !hasil.has(u.id)) (hasil.add(u.id), (ubah = true));
  }
  return hasil;
}

describe("predikat: halaman keyset satu OPD", () => {
  it("halaman demi halaman (limit 3) mengumpulkan setiap evaluasi final OPD itu tepat sekali", async () => {
    const t = await tokenBaru(demo.instansiId, "Aplikasi TPP uji", ["PREDIKAT"]);
    const unit = await subpohon(kominfo);
    const harap = await demo.prisma.evaluasiKinerja.findMany({
      where: { status: "FINAL", predikat: { not: null }, skp: { periode: { instansiId: demo.instansiId, tahun: TAHUN }, jabatan: { unitKerjaId: { in: [...unit] } } } },
      select: { id: true, predikat: true, skp: { select: { pegawai: { select: { nip: true } } } } },
    });
    expect(harap.length).toBeGreaterThan(3);
    const dapat: { id: string; predikat: { kode: string; label: string }; pegawai: { nip: string }; unit: { id: string } }[] = [];
    let cursor: string | null = null;
    let halaman = 0;
    do {
      const r = await panggil("predikat", new URLSearchParams({ unit: kominfo, tahun: String(TAHUN), limit: "3", ...(cursor ? { cursor } : {}) }).toString(), t.token);
      expect(r.status).toBe(200);
      const data = r.body.data as typeof dapat;
      expect(data.length).toBeLessThanOrEqual(3);
      dapat.push(...data);
      cursor = r.body.next_cursor as string | null;
      halaman += 1;
      expect(halaman).toBeLessThan(100);
    } while (cursor);
    expect(halaman).toBeGreaterThan(1);
    expect(dapat.map((x) => x.id).sort()).toEqual(harap.map((x) => x.id).sort());
    expect(new Set(dapat.map((x) => x.id)).size).toBe(dapat.length);
    const perId = new Map(harap.map((h) => [h.id, h]));
    for (const x of dapat) {
      expect(unit.has(x.unit.id)).toBe(true);
      expect(x.predikat.kode).toBe(perId.get(x.id)!.predikat);
      expect(x.pegawai.nip).toBe(perId.get(x.id)!.skp.pegawai.nip);
    }
    expect(dapat.some((x) => x.predikat.label.length > 0)).toBe(true);
    // terakhir_dipakai_at terisi.
    expect((await demo.prisma.tokenApi.findUniqueOrThrow({ where: { id: t.id }, select: { terakhirDipakaiAt: true } })).terakhirDipakaiAt).not.toBeNull();
  });

  it("saringan periode: hanya kode itu; kursor rusak dibaca sebagai halaman pertama", async () => {
    const t = await tokenBaru(demo.instansiId, "Saringan periode", ["PREDIKAT"]);
    const r = await panggil("predikat", `periode=TW1&limit=200&cursor=rusak`, t.token);
    expect(r.status).toBe(200);
    const data = r.body.data as { periode: { kode: string }; jenis: string }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((x) => x.periode.kode === "TW1" && x.jenis === "PERIODIK")).toBe(true);
  });
});

describe("sumber lain", () => {
  it("kelengkapan, skp dan organisasi menjawab data instansi token dengan bentuk yang didokumentasikan", async () => {
    const t = await tokenBaru(demo.instansiId, "Semua sumber", ["KELENGKAPAN", "SKP", "ORGANISASI"]);
    const k = await panggil("kelengkapan", `tahun=${TAHUN}&periode=TW1&limit=50`, t.token);
    expect(k.status).toBe(200);
    expect((k.body.data as unknown[]).length).toBeGreaterThan(0);
    const s = await panggil("skp", `tahun=${TAHUN}&status=DISETUJUI&limit=200`, t.token);
    expect((s.body.data as { status: string }[]).every((x) => x.status === "DISETUJUI")).toBe(true);
    const o = await panggil("organisasi", `unit=${kominfo}&limit=200`, t.token);
    const jab = o.body.data as { unit: { id: string }; pemangku: unknown[] }[];
    expect(jab.length).toBeGreaterThan(0);
    expect(jab.some((j) => j.pemangku.length > 0)).toBe(true);
    // Semua halaman organisasi satu per satu: jumlahnya sama dengan jabatan aktif instansi.
    let cursor: string | null = null;
    let n = 0;
    do {
      const r = await panggil("organisasi", `limit=7${cursor ? `&cursor=${cursor}` : ""}`, t.token);
      n += (r.body.data as unknown[]).length;
      cursor = r.body.next_cursor as string | null;
    } while (cursor);
    expect(n).toBe(await demo.prisma.jabatan.count({ where: { instansiId: demo.instansiId, aktif: true } }));
  });
});

describe("penolakan", () => {
  it("tanpa token, salah bentuk, tidak dikenal, dicabut → 401; tanpa cakupan → 403; parameter salah → 400", async () => {
    expect((await panggil("predikat", "", null)).body).toMatchObject({ galat: { kode: "TOKEN_TIDAK_ADA" } });
    const salah = await panggil("predikat", "", null, "Basic dXNlcjpwdw==");
    expect(salah.status).toBe(401);
    expect(salah.headers.get("www-authenticate")).toMatch(/^Bearer/);
    const asing = buatToken();
    expect((await panggil("predikat", "", asing.token)).status).toBe(401);
    // Prefix benar, rahasia lain.
    const t = await tokenBaru(demo.instansiId, "Akan dicabut", ["PREDIKAT"]);
    expect((await panggil("predikat", "", t.token.slice(0, -4) + "AAAA")).status).toBe(401);
    expect((await panggil("predikat", "limit=1", t.token)).status).toBe(200);
    await demo.prisma.tokenApi.update({ where: { id: t.id }, data: { dicabutAt: new Date() } });
    const dicabut = await panggil("predikat", "limit=1", t.token);
    expect(dicabut.status).toBe(401);
    expect(dicabut.body).toMatchObject({ galat: { kode: "TOKEN_TIDAK_SAH" } });

    const sempit = await tokenBaru(demo.instansiId, "Hanya organisasi", ["ORGANISASI"]);
    const ditolak = await panggil("predikat", "", sempit.token);
    expect(ditolak.status).toBe(403);
    expect(ditolak.body).toMatchObject({ galat: { kode: "CAKUPAN_DITOLAK" } });
    expect((await panggil("organisasi", "limit=1", sempit.token)).status).toBe(200);

    const param = await panggil("organisasi", "limit=500&unit=bukan&salah=1", sempit.token);
    expect(param.status).toBe(400);
    const rincian = (param.body.galat as { rincian: Record<string, string[]> }).rincian;
    expect(Object.keys(rincian).sort()).toEqual(["kueri", "limit", "unit"]);
    expect(rincian.kueri![0]).toContain("Parameter tidak dikenal: salah");
  });

  it("token instansi lain hanya membaca instansinya; unit instansi lain ditolak 403", async () => {
    const lain = await demo.prisma.instansi.create({ data: { kode: "UJI-API", nama: "Pemerintah Kota Uji API", jenis: "PEMERINTAH_KOTA", jabatanPimpinan: "Wali Kota Uji" }, select: { id: true } });
    const t = await tokenBaru(lain.id, "Klien kota lain", ["PREDIKAT", "SKP", "KELENGKAPAN", "ORGANISASI"]);
    for (const s of ["predikat", "skp", "kelengkapan", "organisasi"] as const) {
      const r = await panggil(s, "limit=200", t.token);
      expect(r.status).toBe(200);
      expect(r.body.data).toEqual([]);
      const u = await panggil(s, `unit=${kominfo}`, t.token);
      expect(u.status).toBe(403);
      expect(u.body).toMatchObject({ galat: { kode: "UNIT_DI_LUAR_INSTANSI" } });
    }
  });
});

describe("batas laju, audit, jumlah kueri", () => {
  it("melewati batas per jendela → 429 dengan Retry-After; jendela baru → boleh lagi", async () => {
    const t = await tokenBaru(demo.instansiId, "Banjir", ["SKP"]);
    const { env } = await import("@/lib/env");
    const batas = env().SKP_API_BATAS_PER_MENIT;
    // Jendela berjalan sudah berisi `batas - 1` permintaan: satu lagi boleh, berikutnya ditolak.
    await demo.prisma.$executeRaw`UPDATE token_api SET jendela_mulai = now() - interval '20 seconds', jendela_jumlah = ${batas - 1} WHERE id = ${t.id}::uuid`;
    const akhir = await panggil("skp", "limit=1", t.token);
    expect(akhir.status).toBe(200);
    expect(akhir.headers.get("x-ratelimit-remaining")).toBe("0");
    const n0 = await demo.prisma.jejakAudit.count({ where: { entitasId: t.id } });
    const r = await panggil("skp", "limit=1", t.token);
    expect(r.status).toBe(429);
    expect(r.body).toMatchObject({ galat: { kode: "BATAS_LAJU" } });
    const detik = Number(r.headers.get("retry-after"));
    expect(detik).toBeGreaterThanOrEqual(1);
    expect(detik).toBeLessThanOrEqual(60);
    expect(await demo.prisma.jejakAudit.count({ where: { entitasId: t.id } })).toBe(n0);
    // Jendela lama lewat: penghitung mulai dari 1.
    await demo.prisma.$executeRaw`UPDATE token_api SET jendela_mulai = now() - interval '61 seconds' WHERE id = ${t.id}::uuid`;
    expect((await panggil("skp", "limit=1", t.token)).status).toBe(200);
    expect((await demo.prisma.tokenApi.findUniqueOrThrow({ where: { id: t.id }, select: { jendelaJumlah: true } })).jendelaJumlah).toBe(1);
  });

  it("penghitung naik atomik di bawah permintaan serentak", async () => {
    const t = await tokenBaru(demo.instansiId, "Serentak", ["ORGANISASI"]);
    const hasil = await Promise.all(Array.from({ length: 12 }, () => panggil("organisasi", "limit=1", t.token)));
    expect(hasil.every((h) => h.status === 200)).toBe(true);
    expect((await demo.prisma.tokenApi.findUniqueOrThrow({ where: { id: t.id }, select: { jendelaJumlah: true } })).jendelaJumlah).toBe(12);
  });

  it("setiap panggilan dengan token dikenal tercatat dengan nama token; jumlah kueri tidak bergantung ukuran halaman", async () => {
    const t = await tokenBaru(demo.instansiId, "Klien audit BPKAD", ["PREDIKAT"]);
    const mulai = await demo.prisma.jejakAudit.count({ where: { aksi: "API_DIPANGGIL", entitasId: t.id } });
    await panggil("predikat", "limit=2", t.token);
    await panggil("skp", "limit=2", t.token); // 403 tanpa cakupan: juga tercatat
    const baris = await demo.prisma.jejakAudit.findMany({ where: { aksi: "API_DIPANGGIL", entitasId: t.id }, select: { data: true, instansiId: true, penggunaId: true }, orderBy: { id: "asc" } });
    expect(baris.length).toBe(mulai + 2);
    expect(baris.map((b) => (b.data as { token: string; sumber: string; status: number }))).toEqual([
      expect.objectContaining({ token: "Klien audit BPKAD", sumber: "predikat", status: 200, baris: 2 }),
      expect.objectContaining({ token: "Klien audit BPKAD", sumber: "skp", status: 403 }),
    ]);
    expect(baris.every((b) => b.instansiId === demo.instansiId && b.penggunaId === null)).toBe(true);

    const { GET } = await rute.predikat();
    const req = (limit: number, unit = "") => () => GET(new Request(`${ASAL}/api/v1/predikat?limit=${limit}${unit}`, { headers: { authorization: `Bearer ${t.token}` } }));
    const kecil = await hitungKueri(req(1));
    const besar = await hitungKueri(req(200));
    expect(besar).toBe(kecil);
    expect(besar).toBeLessThanOrEqual(4);
    expect(await hitungKueri(req(200, `&unit=${kominfo}`))).toBeLessThanOrEqual(5);
  });
});
