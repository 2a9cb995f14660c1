// Matriks otorisasi (ASVS V4.1/V4.2): setiap server action dan route handler, ditemukan dari sumbernya, dipanggil
// sungguhan oleh sembilan aktor terhadap catatan orang lain (Wahyu). Hanya lapisan identitas (cookie Auth.js) yang
// diganti; layanan dan otorisasinya asli. Yang ditolak harus gagal bertipe / ke /login / HTTP 401-404 DAN tidak
// menulis apa pun (jumlah jejak_audit dan sidik baris sasaran sama). Aksi atau rute baru tanpa baris di KEBIJAKAN gagal.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { temukanAksiServer, temukanRute } from "../support/modul-sumber";
import { AKTOR, LABEL_AKTOR, SKENARIO, fungsiUntuk, kunciTanpaVarian, jalankanPanggilan, siapkanDunia, type Dunia, type KunciAktor } from "./aksi-bantuan";

vi.mock("@/lib/auth", async () => (await import("./aksi-bantuan")).modulAuthPalsu());
vi.mock("@/lib/auth/config", async (asli) => (await import("./aksi-bantuan")).modulConfigPalsu(asli as never));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

/**
 * Kebijakan: ✓ boleh, · ditolak, — tidak berlaku (dipanggil; tidak boleh galat atau menulis).
 * Kolom:            anonim  pemilik  rekan  penilai  atasan-penilai  atasan-lain  admin  admin-lain  superadmin
 * Aksi yang hanya berlaku bagi diri sendiri (buat SKP untuk jabatan sendiri, matriks/templat sendiri, sandi, sesi)
 * dipanggil dengan id milik orang lain; ✓ di kolom selain pemilik berarti aksi itu memang bekerja atas akun aktor sendiri.
 */
const KEBIJAKAN: Record<string, string> = {
  "app/(portal)/skp/actions.ts#buatSkpAction":                     "· ✓ · · · · · · ·", // jabatan Wahyu: hanya Wahyu
  "app/(portal)/skp/actions.ts#simpanRhkAction":                   "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#hapusRhkAction":                    "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#simpanLampiranAction":              "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#ubahStatusAction[AJUKAN]":          "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#ubahStatusAction[TARIK]":           "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#ubahStatusAction[SETUJUI]":         "· · · ✓ · · · · ·", // admin hanya bila penilainya pimpinan instansi
  "app/(portal)/skp/actions.ts#ubahStatusAction[TOLAK]":           "· · · ✓ · · · · ·",
  "app/(portal)/skp/actions.ts#isiEkspektasiAction":               "· · · ✓ · · · · ·",
  "app/(portal)/skp/actions.ts#perbaruiIdentitasAction":           "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#buatRevisiAction":                  "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#hapusSkpAction":                    "· ✓ · · · · · · ·",
  "app/(portal)/skp/actions.ts#setujuiBanyakAction":               "· · · ✓ · · · · ·",
  "app/(portal)/skp/actions.ts#simpanMatriksAction":               "· · · ✓ · · · · ·", // matriks Nurlaela: hanya Nurlaela
  "app/(portal)/skp/actions.ts#simpanTemplatAction":               "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // templat selalu milik aktor sendiri
  "app/(portal)/skp/actions.ts#terapkanTemplatAction":             "· · · ✓ · · · · ·", // templat Nurlaela: hanya Nurlaela
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#simpanRencanaAksiAction": "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#hapusRencanaAksiAction":  "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#salinPeriodeAction":      "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#tautanAction":            "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#hapusBuktiAction":        "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#realisasiAction":         "· ✓ · · · · · · ·",
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#umpanBalikAction":        "· ✓ · ✓ · · · · ·", // pemilik dan pejabat penilai
  "app/(portal)/skp/[id]/pelaksanaan/actions.ts#imporAction":             "· ✓ · · · · · · ·",
  "app/(portal)/admin/actions.ts#aturPeriodeAction":               "· · · · · · ✓ · ✓",
  "app/(portal)/admin/actions.ts#statusPeriodeAction":             "· · · · · · ✓ · ✓",
  "app/(portal)/admin/actions.ts#aturUlangSandiAction":            "· · · · · · ✓ · ✓", // akun sendiri lewat Akun, bukan di sini
  "app/(portal)/admin/akun/actions.ts#aktivasiAkunAction":      "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa; admin lain ditolak
  "app/(portal)/admin/akun/actions.ts#ubahAktifAkunAction":     "· · · · · · ✓ · ✓",
  "app/(portal)/admin/akun/actions.ts#peranAdminAction":        "· · · · · · ✓ · ✓", // admin instansi itu atau superadmin
  "app/(portal)/admin/instansi/actions.ts#buatInstansiAction":  "· · · · · · · · ✓", // hanya superadmin
  "app/(portal)/akun/actions.ts#ubahSandiAction":                  "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // sandi sendiri
  "app/(portal)/akun/actions.ts#keluarSemuaAction":                "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // sesi sendiri
  "app/login/actions.ts#loginAction":                              "· ✓ · · · · · · ·", // NIP Wahyu: hanya yang tahu sandinya
  "app/login/actions.ts#logoutAction":                             "— ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // sesi sendiri; anonim tidak punya sesi
  "app/(portal)/bawahan/penilaian/actions.ts#tandaiSelesaiAction":       "· · · ✓ · · · · ·", // hanya pejabat penilai periode itu
  "app/(portal)/bawahan/penilaian/actions.ts#batalSelesaiAction":        "· · · ✓ · · · · ·",
  "app/(portal)/bawahan/penilaian/actions.ts#finalkanTimAction":         "· · · ✓ · · · · ·",
  "app/(portal)/bawahan/penilaian/actions.ts#kecualikanAction":          "· · · ✓ · · · · ·",
  "app/(portal)/bawahan/penilaian/actions.ts#batalKecualikanAction":     "· · · ✓ · · · · ·",
  "app/(portal)/bawahan/penilaian/actions.ts#bukaKembaliAction":         "· · · · · · ✓ · ✓", // admin BKD instansi itu, dengan alasan
  "app/(portal)/bawahan/penilaian/actions.ts#ajukanKeberatanAction":     "· ✓ · · · · · · ·", // hanya pegawai yang dinilai
  "app/(portal)/bawahan/penilaian/actions.ts#jelaskanKeberatanAction":   "· · · ✓ · · · · ·",
  "app/(portal)/bawahan/penilaian/actions.ts#putuskanKeberatanAction":   "· · · · ✓ · · · ·", // atasan pejabat penilai
  "app/(portal)/bawahan/penilaian/actions.ts#pengaturanPenilaianAction": "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa
  "app/(portal)/bawahan/penilaian/actions.ts#unggahPindaianAction":      "· · · · · · ✓ · ✓", // penilai Sekda = pimpinan instansi: admin mencatat
  "app/(portal)/bawahan/penilaian/actions.ts#kalibrasiAction":      "· · · ✓ · · · · ·", // pejabat penilai periode itu
  "app/(portal)/admin/capaian/actions.ts#tetapkanCapaianAction":    "· · · · · · ✓ · ✓", // admin BKD instansi itu
  "app/(portal)/admin/capaian/actions.ts#catatPengecualianAction":  "· · · · · · ✓ · ✓",
  "app/(portal)/admin/capaian/actions.ts#simpanTabelAction":        "· · · · · · ✓ · ✓", // admin BKD instansi itu
  "app/(portal)/admin/organisasi/actions.ts#tambahUnitAction":      "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain ditolak
  "app/(portal)/admin/organisasi/actions.ts#ubahUnitAction":        "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#tutupUnitAction":       "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#tambahJabatanAction":   "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#ubahJabatanAction":     "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#tutupJabatanAction":    "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#tugaskanAction":        "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#akhiriPenugasanAction": "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#mutasiAction":          "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#berhentiAction":        "· · · · · · ✓ · ✓",
  "app/(portal)/admin/organisasi/actions.ts#ubahPegawaiAction":     "· · · · · · ✓ · ✓",
  "app/(portal)/dokumen/actions.ts#tandatanganiAction":         "· ✓ · ✓ · · · · ·", // pegawai yang dinilai dan pejabat penilai; atasan penilai tidak menandatangani
  "app/verifikasi/actions.ts#periksaBerkasAction":                "✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // verifikasi publik, tanpa menulis
  "GET /api/dokumen/skp/[id]/[jenis]":                            "· ✓ · ✓ ✓ · ✓ · ✓", // pembaca SKP
  "GET /api/dokumen/unit/[id]/penetapan":                         "· · · · ✓ · ✓ · ✓", // pimpinan unit (Sri Wahyuni, Kepala Dinas) dan admin BKD
  "GET /api/dokumen/unit/[id]/zip":                               "· · · · ✓ · ✓ · ✓",
  "GET /api/capaian/[id]":                                         "· · · · · · ✓ · ✓",
  "GET /api/admin/monitoring/kurva":                               "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404
  "GET /api/admin/monitoring/pengisian":                           "· · · · · · ✓ · ✓",
  "GET /api/admin/audit/ekspor":                                   "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404
  "POST /api/penilaian/draf":                                      "· · · ✓ · · · · ·", // sama dengan simpan draf
  "GET /api/penilaian/[id]/berkas":                                "· ✓ · ✓ ✓ · ✓ · ✓", // yang boleh melihat penilaian final
  "POST /api/admin/impor":                                         "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404 sebelum badan diproses
  "GET /api/admin/impor/templat":                                  "· · · · · · ✓ ✓ ✓", // templat tanpa data instansi: setiap admin
  "POST /api/bukti":                                               "· ✓ · · · · · · ·",
  "app/(portal)/harian/actions.ts#simpanEntriAction":             "· ✓ · · · · · · ·",
  "app/(portal)/harian/actions.ts#simpanEntriAction[UBAH]":       "· ✓ · · · · · · ·",
  "app/(portal)/harian/actions.ts#hapusEntriAction":              "· ✓ · · · · · · ·",
  "app/(portal)/harian/actions.ts#salinEntriAction":              "· ✓ · · · · · · ·",
  "app/(portal)/harian/actions.ts#ajukanEntriAction":             "· ✓ · · · · · · ·", // selalu entri aktor sendiri; Wahyu yang punya draf
  "app/(portal)/harian/actions.ts#setujuiEntriAction":            "· · · ✓ · · · · ·", // hanya pejabat penilai SKP-nya
  "app/(portal)/harian/actions.ts#kembalikanEntriAction":         "· · · ✓ · · · · ·",
  "app/(portal)/admin/libur/actions.ts#tambahLiburAction":        "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa; admin lain ditolak
  "app/(portal)/admin/libur/actions.ts#hapusLiburAction":         "· · · · · · ✓ · ✓",
  "app/(portal)/admin/libur/actions.ts#imporLiburAction":         "· · · · · · ✓ · ✓",
  "app/(portal)/admin/libur/actions.ts#aturanProgresAction":      "· · · · · · ✓ · ✓",
  "GET /api/admin/harian/ekspor":                                  "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404
  "app/(portal)/harian/impor/actions.ts#imporHarianAction":       "· ✓ · · · · · · ·", // selalu rencana aksi aktor sendiri (dari basis data)
  "GET /api/harian/templat":                                       "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // templat milik aktor sendiri
  "GET /api/bukti/[id]":                                           "· ✓ · ✓ ✓ · ✓ · ✓", // pembaca SKP: pemilik, penilai, atasannya, admin instansinya
  "GET /api/skp/[id]/templat":                                     "· ✓ · ✓ ✓ · ✓ · ✓",
  "GET /api/health":                                               "✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // publik, tanpa data pribadi
  "GET /api/auth/[...nextauth]":                                   "✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // Auth.js publik (sesi dari cookie, bukan dari aktor uji)
  "POST /api/auth/[...nextauth]":                                  "· · · · · · · · ·", // tanpa token CSRF: ditolak, walau sandinya benar
  // #16 angka kredit
  "app/(portal)/admin/angka-kredit/actions.ts#tetapkanKoefisienAction": "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa; admin lain ditolak
  "app/(portal)/admin/angka-kredit/actions.ts#ubahJenjangAction":       "· · · · · · ✓ · ✓", // instansi dari jabatan di basis data
  "GET /api/admin/angka-kredit/ekspor":                                 "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404
  // #16 API baca
  "app/(portal)/admin/token-api/actions.ts#buatTokenAction":       "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa; admin lain ditolak
  "app/(portal)/admin/token-api/actions.ts#cabutTokenAction":      "· · · · · · ✓ · ✓", // instansi dari baris token
  "GET /api/v1/predikat":                                          "· · · · · · · · ·", // hanya token Bearer (api-v1.int.test.ts); sesi apa pun 401
  "GET /api/v1/kelengkapan":                                       "· · · · · · · · ·",
  "GET /api/v1/skp":                                               "· · · · · · · · ·",
  "GET /api/v1/organisasi":                                        "· · · · · · · · ·",
  "GET /api/v1/openapi.json":                                      "✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // publik: bentuk API tanpa data instansi
  // #16 TPP export
  "app/(portal)/admin/tpp/actions.ts#simpanSetKolomAction":        "· · · · · · ✓ · ✓", // instansi dari formulir, diperiksa; admin lain ditolak
  "app/(portal)/admin/tpp/actions.ts#simpanSetKolomAction[UBAH]":  "· · · · · · ✓ · ✓",
  "app/(portal)/admin/tpp/actions.ts#hapusSetKolomAction":         "· · · · · · ✓ · ✓",
  "GET /api/admin/tpp/ekspor":                                     "· · · · · · ✓ · ✓", // admin BKD instansi itu; instansi lain 404
  // #16 notifikasi
  "app/(portal)/notifikasi/actions.ts#tandaiDibacaAction":         "· ✓ · · · · · · ·", // hanya penerimanya; id orang lain = tidak ditemukan
  "app/(portal)/notifikasi/actions.ts#bukaNotifikasiAction":       "· ✓ · · · · · · ·",
  "app/(portal)/notifikasi/actions.ts#tandaiSemuaDibacaAction":    "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // notifikasi aktor sendiri
  "app/(portal)/akun/actions.ts#aturSurelAction":                  "· ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓", // setelan akun aktor sendiri
};

type Sel = "✓" | "·" | "—";
const harapan = (kunci: string): Record<KunciAktor, Sel> => {
  const s = KEBIJAKAN[kunci]!.split(/\s+/) as Sel[];
  if (s.length !== AKTOR.length || s.some((x) => !["✓", "·", "—"].includes(x))) throw new Error(`baris kebijakan ${kunci} tidak sah`);
  return Object.fromEntries(AKTOR.map((a, i) => [a, s[i]!])) as Record<KunciAktor, Sel>;
};

const aksiDitemukan = temukanAksiServer();
const ruteDitemukan = temukanRute();
const tanpaVarian = kunciTanpaVarian;

let d: Dunia;
beforeAll(async () => {
  d = await siapkanDunia();
});

describe("penemuan aksi dan rute", () => {
  it("setiap server action dan route handler punya baris kebijakan; setiap baris punya ekspornya", () => {
    const ditemukan = [...aksiDitemukan.map((a) => a.kunci), ...ruteDitemukan.map((r) => r.kunci)];
    expect(aksiDitemukan.length).toBeGreaterThan(20);
    expect(ruteDitemukan.length).toBeGreaterThanOrEqual(5);
    const dalamTabel = new Set(Object.keys(KEBIJAKAN).map(tanpaVarian));
    const tanpaKebijakan = ditemukan.filter((k) => !dalamTabel.has(k));
    expect(tanpaKebijakan, `aksi/rute tanpa baris di KEBIJAKAN (tambahkan beserta skenarionya di aksi-bantuan.ts): ${tanpaKebijakan.join(", ")}`).toEqual([]);
    const yatim = [...dalamTabel].filter((k) => !ditemukan.includes(k));
    expect(yatim, `baris KEBIJAKAN tanpa ekspor yang cocok: ${yatim.join(", ")}`).toEqual([]);
  });

  it("setiap baris kebijakan punya skenario, dan sebaliknya", () => {
    expect(SKENARIO.map((s) => s.kunci).sort()).toEqual(Object.keys(KEBIJAKAN).sort());
  });
});

type HasilSel = { harap: Sel; dapat: Sel | "✗"; catatan: string };
const matriks = new Map<string, Record<KunciAktor, HasilSel>>();
const hitung = { panggilan: 0, ditolakTanpaTulisan: 0 };

describe("matriks otorisasi", () => {
  for (const s of SKENARIO) {
    it(`${s.kunci} — ${s.sasaran}`, async () => {
      const h = harapan(s.kunci);
      const f = await fungsiUntuk(s.kunci, ruteDitemukan);
      // Yang ditolak lebih dulu: keadaan sasaran masih utuh saat dicoba.
      const urutan = [...AKTOR].sort((a, b) => Number(h[a] === "✓") - Number(h[b] === "✓"));
      const baris = {} as Record<KunciAktor, HasilSel>;
      for (const k of urutan) {
        await d.pulihkanAkun();
        await s.siapkan?.(d);
        await d.sebagai(k);
        const p = await s.panggilan(d, k);
        const [audit0, sidik0] = [await d.jumlahAudit(), await d.sidik()];
        const r = await jalankanPanggilan(f, p);
        const [audit1, sidik1] = [await d.jumlahAudit(), await d.sidik()];
        const menulis = audit1 !== audit0 || sidik1 !== sidik0;
        hitung.panggilan += 1;
        let dapat: HasilSel["dapat"];
        if (r.golongan === "galat") dapat = "✗";
        else if (h[k] === "—") dapat = menulis ? "✗" : "—";
        else if (r.golongan === "boleh") dapat = "✓";
        else if (menulis) dapat = "✗"; // ditolak tetapi menulis
        else {
          dapat = "·";
          hitung.ditolakTanpaTulisan += 1;
        }
        const catatan = `${r.golongan}: ${r.rincian}${menulis ? ` [menulis: audit ${audit0}→${audit1}${sidik1 !== sidik0 ? ", data sasaran berubah" : ""}]` : ""}`;
        baris[k] = { harap: h[k], dapat, catatan };
        if (process.env.UJI_MATRIKS_RINCI) console.log(`${s.kunci} | ${k} | ${dapat} | ${catatan.slice(0, 160)}`);
      }
      matriks.set(s.kunci, baris);
      const salah = AKTOR.filter((k) => baris[k].dapat !== baris[k].harap).map((k) => `${LABEL_AKTOR[k]}: harap ${baris[k].harap}, dapat ${baris[k].dapat} (${baris[k].catatan})`);
      expect(salah, s.kunci).toEqual([]);
    }, 120_000);
  }

  it("mencetak matriks dan jumlahnya", () => {
    const singkat: Record<KunciAktor, string> = { anonim: "anon", pemilik: "pmlk", rekan: "rekn", penilai: "pnla", atasanPenilai: "atpn", atasanLain: "atln", admin: "admn", adminLain: "adml", superadmin: "supr" };
    const lebar = Math.max(...SKENARIO.map((s) => s.kunci.replace(/^app\/(\(portal\)\/)?/, "").length));
    const nama = (k: string) => k.replace(/^app\/(\(portal\)\/)?/, "").padEnd(lebar);
    const baris = [`${"".padEnd(lebar)}  ${AKTOR.map((a) => singkat[a]).join(" ")}`];
    for (const s of SKENARIO) {
      const m = matriks.get(s.kunci);
      baris.push(`${nama(s.kunci)}  ${AKTOR.map((a) => (m ? (m[a].dapat === m[a].harap ? m[a].dapat : `${m[a].dapat}!`) : "?").padStart(2).padEnd(4)).join(" ")}`);
    }
    const aksi = new Set(SKENARIO.map((s) => tanpaVarian(s.kunci))).size;
    baris.push("", `kolom: ${AKTOR.map((a) => `${singkat[a]} = ${LABEL_AKTOR[a]}`).join("; ")}`);
    baris.push(
      `${aksi} aksi/rute (${SKENARIO.length} baris dengan varian), ${AKTOR.length} aktor, ${hitung.panggilan} panggilan, ${hitung.ditolakTanpaTulisan} penolakan terbukti tanpa tulisan`,
    );
    console.log(`\nMatriks otorisasi (✓ boleh · ditolak — tidak berlaku; ! = tidak sesuai kebijakan)\n${baris.join("\n")}\n`);
    expect(matriks.size).toBe(SKENARIO.length);
    for (const [kunci, m] of matriks) for (const a of AKTOR) expect(m[a].dapat, `${kunci} / ${a}`).toBe(m[a].harap);
  });
});
