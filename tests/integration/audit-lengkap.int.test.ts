// Kelengkapan jejak audit (ASVS V7.1/V7.3): setiap aksi yang menulis, dijalankan sekali oleh yang berhak dengan
// isian sah, menulis tepat baris audit yang diharapkan atas nama pelakunya; baris itu ada tepat bila tulisannya ada
// (satu transaksi: bila baris audit gagal ditulis, perubahannya batal); setiap nama aksi audit di kode diliput; dan
// jejak_audit hanya dapat ditambah (UPDATE/DELETE ditolak trigger basis data).
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { AKAR, bacaSumber, berkasSumber, temukanRute } from "../support/modul-sumber";
import { TAHUN } from "./support";
import { SKENARIO, fd, fungsiUntuk, jalankanPanggilan, siapkanDunia, type Dunia, type KunciAktor, type Skenario } from "./aksi-bantuan";

vi.mock("@/lib/auth", async () => (await import("./aksi-bantuan")).modulAuthPalsu());
vi.mock("@/lib/auth/config", async (asli) => (await import("./aksi-bantuan")).modulConfigPalsu(asli as never));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const rute = temukanRute();
let d: Dunia;
beforeAll(async () => {
  d = await siapkanDunia();
});

const SKP = "app/(portal)/skp/actions.ts";
const PEL = "app/(portal)/skp/[id]/pelaksanaan/actions.ts";

// #16 angka kredit: unduhan yang dicatat di jejak audit tanpa mengubah data.
const AUDIT_BACA = new Set(["ANGKA_KREDIT_DIEKSPOR"]);

/** Varian yang menulis nama audit lain dari aksi yang sama (mengubah, bukan menambah; membuka kembali; revisi). */
const VARIAN: Skenario[] = [
  {
    kunci: "app/(portal)/admin/akun/actions.ts#ubahAktifAkunAction[AKTIFKAN]",
    sasaran: "akun Wahyu yang dinonaktifkan",
    siapkan: async (x) => void (await x.prisma.pengguna.update({ where: { id: x.aktor.pemilik.penggunaId }, data: { aktif: false } })),
    panggilan: async (x) => aksiForm({ pegawaiId: x.aktor.pemilik.pegawaiId, aktif: "1" }),
    pelaku: "admin",
    audit: ["AKUN_DIAKTIFKAN"],
  },
  {
    kunci: "app/(portal)/admin/akun/actions.ts#peranAdminAction[CABUT]",
    sasaran: "peran admin BKD Wahyu",
    siapkan: async (x) => void (await x.prisma.peranPengguna.createMany({ data: [{ penggunaId: x.aktor.pemilik.penggunaId, peran: "ADMIN_INSTANSI", instansiId: x.sasaran.instansiId }], skipDuplicates: true })),
    panggilan: async (x) => aksiForm({ pegawaiId: x.aktor.pemilik.pegawaiId, beri: "0" }),
    pelaku: "admin",
    audit: ["PERAN_ADMIN_DICABUT"],
  },
  {
    kunci: `${SKP}#simpanRhkAction[UBAH]`,
    sasaran: "RHK pada draf revisi SKP Wahyu",
    siapkan: async (x) => void (await revisiWahyu(x)),
    panggilan: async (x) => {
      const skpId = await revisiWahyu(x);
      const rhk = await x.prisma.rhk.findFirstOrThrow({ where: { skpId, jenis: "UTAMA" }, select: { id: true, rhkAtasanId: true } });
      return { jenis: "aksi", form: fd({ skpId, rhkId: rhk.id, jenis: "UTAMA", teks: "Meningkatnya kualitas penyuluhan kesehatan", rhkAtasanId: rhk.rhkAtasanId ?? "", "iki.0.aspek": "KUANTITAS", "iki.0.indikator": "Jumlah penyuluhan", "iki.0.targetMin": "12", "iki.0.satuan": "kegiatan" }) };
    },
    pelaku: "pemilik",
    audit: ["RHK_DIUBAH"],
  },
  {
    kunci: `${PEL}#simpanRencanaAksiAction[UBAH]`,
    sasaran: "rencana aksi Wahyu yang ada",
    panggilan: async (x) => aksiForm({ skpId: x.sasaran.skpId, periodeId: x.sasaran.tw1, rhkId: x.sasaran.rhkId, rencanaAksiId: x.sasaran.raTetap, uraian: "Menyusun materi penyuluhan triwulan I (diperbarui)" }),
    pelaku: "pemilik",
    audit: ["RENCANA_AKSI_DIUBAH"],
  },
  {
    kunci: "app/(portal)/admin/actions.ts#statusPeriodeAction[BUKA]",
    sasaran: "periode evaluasi TW4 yang ditutup",
    siapkan: async (x) => void (await x.prisma.periodeEvaluasi.update({ where: { id: x.sasaran.tw4 }, data: { status: "TUTUP" } })),
    panggilan: async (x) => aksiForm({ periodeId: x.sasaran.tw4, status: "BUKA", alasan: "Perpanjangan pengisian karena bencana banjir" }),
    pelaku: "admin",
    audit: ["PERIODE_DIBUKA_KEMBALI"],
  },
  {
    kunci: `${SKP}#simpanMatriksAction[DRAF]`,
    sasaran: "matriks Nurlaela dengan draf revisi SKP Wahyu yang terbuka",
    siapkan: async (x) => {
      await revisiWahyu(x);
      await x.prisma.peranHasil.deleteMany({ where: { bawahanPegawaiId: x.aktor.pemilik.pegawaiId } });
    },
    panggilan: async (x) => {
      // RHK Nurlaela yang belum diintervensi draf revisi Wahyu: sel barunya diteruskan ke draf itu.
      const revisi = await revisiWahyu(x);
      const dipakai = (await x.prisma.rhk.findMany({ where: { skpId: revisi }, select: { rhkAtasanId: true } })).map((r) => r.rhkAtasanId);
      const rhk = await x.prisma.rhk.findFirstOrThrow({ where: { skp: { pegawaiId: x.aktor.penilai.pegawaiId, status: "DISETUJUI" }, id: { notIn: dipakai.filter((i): i is string => !!i) } }, select: { id: true } });
      return aksiForm({ [`sel.${rhk.id}.${x.aktor.pemilik.pegawaiId}`]: "Peran baru dari matriks" });
    },
    pelaku: "penilai",
    audit: ["RHK_DARI_MATRIKS", "MATRIKS_DISIMPAN"],
  },
  {
    kunci: "app/(portal)/bawahan/penilaian/actions.ts#finalkanTimAction[KURVA]",
    sasaran: "penilaian TW3 Wahyu, anggota terakhir populasi Dinas Kesehatan yang belum final (capaian Baik)",
    siapkan: async (x) => void (await populasiTw3(x)),
    panggilan: async (x) => aksiForm({ evaluasiId: await populasiTw3(x), alasanOverride: "Sebaran tim tidak dapat memenuhi kurva pada periode ini karena tim kecil." }),
    pelaku: "penilai",
    audit: ["EVALUASI_DIFINALKAN", "DISTRIBUSI_DITETAPKAN"],
  },
  // Terakhir: revisi yang disetujui menggantikan SKP Wahyu (sasaran uji lain berubah sesudahnya).
  {
    kunci: `${SKP}#ubahStatusAction[SETUJUI_REVISI]`,
    sasaran: "revisi SKP Wahyu yang diajukan",
    siapkan: async (x) => {
      const id = await revisiWahyu(x);
      await x.prisma.skp.update({ where: { id }, data: { status: "DIAJUKAN", diajukanAt: new Date() } });
    },
    panggilan: async (x) => aksiForm({ skpId: await revisiWahyu(x), aksi: "SETUJUI" }),
    pelaku: "penilai",
    audit: ["SKP_DIGANTI", "SKP_DISETUJUI"],
  },
];

const aksiForm = async (isi: Record<string, string>) => ({ jenis: "aksi" as const, form: fd(isi) });

/** Draf revisi SKP Wahyu tahun ini (dibuat lewat layanan bila belum ada). */
/** Populasi TW3 Dinas Kesehatan: capaian Baik, semua anggota lain final, Wahyu selesai dinilai. Mengembalikan id evaluasi Wahyu. */
async function populasiTw3(x: Dunia): Promise<string> {
  const { evaluasiWahyu } = await import("./aksi-bantuan");
  const id = await evaluasiWahyu(x, "TW3", "SELESAI_DINILAI");
  const dinkes = await x.prisma.unitKerja.findFirstOrThrow({ where: { instansiId: x.sasaran.instansiId, nama: "Dinas Kesehatan" }, select: { id: true } });
  const tw3 = await x.prisma.periodeEvaluasi.findFirstOrThrow({ where: { periodeKinerjaId: x.sasaran.periodeKinerjaId, kode: "TW3" }, select: { id: true, mulai: true, selesai: true } });
  if (!(await x.prisma.capaianOrganisasi.findFirst({ where: { unitKerjaId: dinkes.id, kode: "TW3" }, select: { id: true } }))) {
    const { tetapkanCapaian } = await import("@/lib/penilaian/capaian");
    const r = await tetapkanCapaian(x.aktor.admin, { instansiId: x.sasaran.instansiId, unitKerjaId: dinkes.id, tahun: TAHUN, kode: "TW3", predikat: "BAIK", dasar: "Capaian rencana aksi triwulan III sesuai target." });
    if (!r.ok) throw new Error(r.pesan);
  }
  const { muatPopulasi } = await import("@/lib/penilaian/kurva");
  const pop = (await muatPopulasi(x.sasaran.instansiId, x.sasaran.periodeKinerjaId, TAHUN, "TW3", tw3, [dinkes.id])).get(dinkes.id)!;
  for (const a of pop.anggota) {
    if (a.skpId === x.sasaran.skpId || a.status === "FINAL") continue;
    const data = { status: "FINAL" as const, ratingHasil: "SESUAI" as const, ratingPerilaku: "SESUAI" as const, predikat: "BAIK" as const, finalAt: new Date() };
    if (a.evaluasiId) await x.prisma.evaluasiKinerja.update({ where: { id: a.evaluasiId }, data });
    else await x.prisma.evaluasiKinerja.create({ data: { ...data, skpId: a.skpId, kode: "TW3", periodeEvaluasiId: tw3.id, pegawaiSnapshot: {} } });
  }
  return id;
}

async function revisiWahyu(x: Dunia): Promise<string> {
  const ada = await x.prisma.skp.findFirst({ where: { revisiDariId: x.sasaran.skpId }, select: { id: true } });
  if (ada) return ada.id;
  const { buatRevisi } = await import("@/lib/skp/layanan");
  const r = await buatRevisi(x.aktor.pemilik, x.sasaran.skpId);
  if (!r.ok) throw new Error(`revisi Wahyu: ${r.pesan}`);
  return r.data.skpId;
}

const urut = (a: string[]) => [...a].sort();
/** Skenario yang tidak membolehkan siapa pun (mis. masuk tanpa token CSRF) tidak punya pelaku untuk diaudit. */
const adaPelaku = (s: Skenario): s is Skenario & { pelaku: KunciAktor } => s.pelaku !== null;
const diaudit: string[] = [];
const namaTercatat = new Set<string>();

async function jalankanSekali(s: Skenario & { pelaku: KunciAktor }, sekitarPanggilan?: { sebelum: () => Promise<unknown>; sesudah: () => Promise<unknown> }) {
  await d.pulihkanAkun();
  await s.siapkan?.(d);
  await d.sebagai(s.pelaku);
  const p = await s.panggilan(d, s.pelaku);
  const harap = typeof s.audit === "function" ? await s.audit(d) : s.audit;
  const [mulai, sidik0] = [await d.auditTerakhir(), await d.sidik()];
  const f = await fungsiUntuk(s.kunci, rute);
  await sekitarPanggilan?.sebelum();
  const r = await jalankanPanggilan(f, p).finally(() => sekitarPanggilan?.sesudah());
  const [baris, sidik1] = [await d.auditSejak(mulai), await d.sidik()];
  return { r, harap, baris, berubah: sidik1 !== sidik0 };
}

// Lebih dulu: skenario terakhir di bawah (revisi disetujui) menggantikan SKP sasaran.
describe("baris audit dan perubahannya satu transaksi", () => {
  it("bila baris audit tidak dapat ditulis, perubahannya ikut batal (tidak ada tulisan tanpa jejak)", async () => {
    await d.prisma.$executeRawUnsafe(`CREATE FUNCTION uji_tolak_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'uji: audit ditolak'; END $$`);
    await d.prisma.$executeRawUnsafe(`CREATE TRIGGER uji_tolak_audit BEFORE INSERT ON jejak_audit FOR EACH ROW EXECUTE FUNCTION uji_tolak_audit()`);
    await d.prisma.$executeRawUnsafe(`ALTER TABLE jejak_audit DISABLE TRIGGER uji_tolak_audit`);
    // Hanya selama panggilan aksi: penyiapan keadaan sasaran (lewat layanan) tetap boleh mencatat audit.
    const tolakAudit = {
      sebelum: () => d.prisma.$executeRawUnsafe(`ALTER TABLE jejak_audit ENABLE TRIGGER uji_tolak_audit`),
      sesudah: () => d.prisma.$executeRawUnsafe(`ALTER TABLE jejak_audit DISABLE TRIGGER uji_tolak_audit`),
    };
    const bocor: string[] = [];
    const galatSenyap = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const s of SKENARIO.filter(adaPelaku).filter((x) => Array.isArray(x.audit) && x.audit.length > 0)) {
        const { r, baris, berubah } = await jalankanSekali(s, tolakAudit);
        if (r.golongan === "boleh" || berubah || baris.length) bocor.push(`${s.kunci}: ${r.golongan} ${r.rincian.slice(0, 80)}${berubah ? " [data berubah]" : ""}`);
      }
    } finally {
      galatSenyap.mockRestore();
      await d.prisma.$executeRawUnsafe(`DROP TRIGGER uji_tolak_audit ON jejak_audit`);
      await d.prisma.$executeRawUnsafe(`DROP FUNCTION uji_tolak_audit()`);
    }
    expect(bocor).toEqual([]);
  }, 120_000);
});

describe("setiap aksi yang menulis mencatat jejak auditnya", () => {
  for (const s of [...SKENARIO, ...VARIAN].filter(adaPelaku)) {
    it(`${s.kunci} oleh ${s.pelaku}`, async () => {
      const { r, harap, baris, berubah } = await jalankanSekali(s);
      expect(r.golongan, r.rincian).toBe("boleh");
      expect(urut(baris.map((b) => b.aksi)), s.kunci).toEqual(urut(harap));
      const pelaku = s.pelaku === "anonim" ? null : d.aktor[s.pelaku].penggunaId;
      for (const b of baris) expect(b.penggunaId, `${b.aksi} atas nama pelaku`).toBe(pelaku);
      // Jejak ada tepat bila tulisannya ada (aksi baca tanpa keduanya; unduhan yang dicatat hanya menulis jejaknya).
      expect(berubah, "data berubah").toBe(s.tandaBaca === true || (!s.hanyaJejak && harap.some((a) => !AUDIT_BACA.has(a))));
      if (harap.length) diaudit.push(s.kunci);
      for (const b of baris) namaTercatat.add(b.aksi);
    }, 60_000);
  }

  it("penyapu berkas (proses sistem) mencatat PENYAPUAN_BERKAS bila menghapus sesuatu, tanpa pelaku", async () => {
    const { sapuSemua } = await import("@/lib/pelaksanaan/penyapu");
    const { penyimpanan } = await import("@/lib/pelaksanaan/penyimpanan");
    const sebelum = await d.prisma.jejakAudit.count({ where: { aksi: "PENYAPUAN_BERKAS" } });
    // Putaran tanpa apa pun untuk dihapus tidak menulis jejak.
    await sapuSemua({ prisma: d.prisma, penyimpanan: penyimpanan(), sekarang: new Date(Date.now() - 86_400_000) });
    expect(await d.prisma.jejakAudit.count({ where: { aksi: "PENYAPUAN_BERKAS" } })).toBe(sebelum);
    await penyimpanan().simpan("bukti/yatim-uji-audit", new TextEncoder().encode("%PDF-1.4 yatim"), "application/pdf");
    const h = await sapuSemua({ prisma: d.prisma, penyimpanan: penyimpanan(), sekarang: new Date(Date.now() + 2 * 3_600_000) });
    expect(h.berkasYatim).toBeGreaterThanOrEqual(1);
    const baris = await d.prisma.jejakAudit.findMany({ where: { aksi: "PENYAPUAN_BERKAS" }, select: { penggunaId: true }, orderBy: { id: "desc" } });
    expect(baris.length).toBe(sebelum + 1);
    expect(baris[0]!.penggunaId).toBeNull();
    namaTercatat.add("PENYAPUAN_BERKAS");
  });

  it("npm run admin:super mencatat SUPERADMIN_DIBERIKAN tanpa pelaku", async () => {
    const { jadikanSuperadmin } = await import("@/lib/akun/superadmin");
    const mulai = await d.auditTerakhir();
    expect((await jadikanSuperadmin(d.prisma, d.aktor.rekan.nip)).kode).toBe("DIBERIKAN");
    const baris = await d.auditSejak(mulai);
    expect(baris).toEqual([{ aksi: "SUPERADMIN_DIBERIKAN", entitas: "Pengguna", entitasId: d.aktor.rekan.penggunaId, penggunaId: null }]);
    await d.pulihkanAkun();
    expect(await d.prisma.peranPengguna.count({ where: { penggunaId: d.aktor.rekan.penggunaId } })).toBe(0);
    namaTercatat.add("SUPERADMIN_DIBERIKAN");
  });

  // #16 API baca
  it("panggilan /api/v1 dengan token mencatat API_DIPANGGIL dengan nama token, tanpa pelaku", async () => {
    const { buatToken } = await import("@/lib/api-v1/token");
    const t = buatToken();
    const baris = await d.prisma.tokenApi.create({ data: { instansiId: d.sasaran.instansiId, nama: "Klien uji audit", prefix: t.prefix, hashRahasia: t.hash, cakupan: ["SKP"] }, select: { id: true } });
    const { GET } = await import("@/app/api/v1/skp/route");
    const mulai = await d.auditTerakhir();
    const r = await GET(new Request("http://127.0.0.1:3000/api/v1/skp?limit=2", { headers: { authorization: `Bearer ${t.token}` } }));
    expect(r.status).toBe(200);
    expect(await d.auditSejak(mulai)).toEqual([{ aksi: "API_DIPANGGIL", entitas: "TokenApi", entitasId: baris.id, penggunaId: null }]);
    const data = (await d.prisma.jejakAudit.findFirstOrThrow({ where: { aksi: "API_DIPANGGIL", entitasId: baris.id }, select: { data: true } })).data as { token: string };
    expect(data.token).toBe("Klien uji audit");
    namaTercatat.add("API_DIPANGGIL");
  });

  it("setiap nama aksi audit di kode (catatAudit/auditSkp/audit/jejakAudit.create) muncul dalam uji ini", () => {
    const diKode = namaAuditDiKode();
    expect(diKode.size).toBeGreaterThan(25);
    expect([...diKode].filter((n) => !namaTercatat.has(n)).sort(), "nama audit yang belum pernah dihasilkan uji").toEqual([]);
    console.log(`\nKelengkapan audit: ${new Set(diaudit.map((k) => k.replace(/\[[^\]]*\]$/, ""))).size} aksi yang menulis (${diaudit.length} skenario dengan varian) menghasilkan tepat jejaknya; ${namaTercatat.size} nama aksi audit dari ${diKode.size} di kode\n`);
  });
});

describe("jejak_audit hanya tambah", () => {
  it("UPDATE dan DELETE ditolak basis data, juga lewat Prisma", async () => {
    const n = await d.jumlahAudit();
    const satu = await d.prisma.jejakAudit.findFirstOrThrow({ select: { id: true, aksi: true } });
    await expect(d.prisma.$executeRawUnsafe(`UPDATE jejak_audit SET aksi = 'DIPALSUKAN' WHERE id = ${satu.id}`)).rejects.toThrow(/hanya boleh ditambah/);
    await expect(d.prisma.$executeRawUnsafe(`DELETE FROM jejak_audit WHERE id = ${satu.id}`)).rejects.toThrow(/hanya boleh ditambah/);
    await expect(d.prisma.$executeRawUnsafe(`TRUNCATE jejak_audit`)).rejects.toThrow(/hanya boleh ditambah/);
    await expect(d.prisma.$executeRawUnsafe(`DELETE FROM jejak_audit`)).rejects.toThrow(/hanya boleh ditambah/);
    await expect(d.prisma.jejakAudit.update({ where: { id: satu.id }, data: { aksi: "DIPALSUKAN" } })).rejects.toThrow();
    await expect(d.prisma.jejakAudit.deleteMany({})).rejects.toThrow();
    expect(await d.jumlahAudit()).toBe(n);
    expect((await d.prisma.jejakAudit.findUniqueOrThrow({ where: { id: satu.id }, select: { aksi: true } })).aksi).toBe(satu.aksi);
  });
});

/**
 * Nama aksi audit yang ditulis kode: string literal BESAR_BESAR di argumen catatAudit/auditSkp/audit dan di
 * jejakAudit.create, termasuk nilai objek peta yang dirujuk argumen itu (mis. AUDIT_STATUS).
 */
function namaAuditDiKode(): Set<string> {
  const nama = new Set<string>();
  const berkas = [...berkasSumber(path.join(AKAR, "lib")), ...berkasSumber(path.join(AKAR, "app"))];
  for (const p of berkas) {
    const sf = bacaSumber(p);
    const petaObjek = new Map<string, ts.ObjectLiteralExpression>();
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const dk of st.declarationList.declarations) {
        const init = dk.initializer && ts.isSatisfiesExpression(dk.initializer) ? dk.initializer.expression : dk.initializer;
        if (ts.isIdentifier(dk.name) && init && ts.isObjectLiteralExpression(init)) petaObjek.set(dk.name.text, init);
      }
    }
    const kumpulkan = (n: ts.Node) => {
      if (ts.isStringLiteral(n) && /^[A-Z]+(_[A-Z]+)+$|^(MASUK|KELUAR)$/.test(n.text) && !/^(DRAFT|DIAJUKAN|DITOLAK|DISETUJUI|DIGANTI|BUKA|TUTUP)$/.test(n.text)) nama.add(n.text);
      if (ts.isIdentifier(n) && petaObjek.has(n.text)) petaObjek.get(n.text)!.properties.forEach((pr) => ts.isPropertyAssignment(pr) && kumpulkan(pr.initializer));
      ts.forEachChild(n, kumpulkan);
    };
    const kunjungi = (n: ts.Node) => {
      if (ts.isCallExpression(n)) {
        const nm = n.expression.getText(sf);
        if (/^(catatAudit|auditSkp|audit)$/.test(nm) || /jejakAudit\.create$/.test(nm)) n.arguments.forEach(kumpulkan);
      }
      ts.forEachChild(n, kunjungi);
    };
    kunjungi(sf);
  }
  return nama;
}
