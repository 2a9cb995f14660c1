import { describe, expect, it } from "vitest";
import {
  aksiTersedia,
  DAFTAR_AKSI,
  DAFTAR_PERAN,
  DAFTAR_STATUS,
  LABEL_AKSI,
  LABEL_STATUS,
  PESAN,
  putuskanAksi,
  type AksiSkp,
  type HasilAksi,
  type PeranTerhadapSkp,
  type StatusSkp,
} from "./workflow";

const ALASAN = "Target IKI 2 belum terukur, mohon diperjelas.";

// Tabel harapan lengkap (status × peran × aksi), ditulis terpisah dari implementasi.
// "ok:X" = diizinkan dengan status baru X; selain itu kunci PESAN yang diharapkan.
type Harapan = `ok:${StatusSkp}` | keyof typeof PESAN;
type Baris = Record<PeranTerhadapSkp, Harapan>;
const semua = (h: Harapan): Baris => ({ PEMILIK: h, PENILAI: h, LAIN: h });
const bukanPemilik = (pemilik: Harapan, lain: keyof typeof PESAN): Baris => ({ PEMILIK: pemilik, PENILAI: lain, LAIN: lain });
const bukanPenilai = (penilai: Harapan, lain: keyof typeof PESAN): Baris => ({ PEMILIK: lain, PENILAI: penilai, LAIN: lain });

const TABEL: Record<AksiSkp, Record<StatusSkp, Baris>> = {
  UBAH: {
    DRAFT: bukanPemilik("ok:DRAFT", "hanyaPemilikUbah"),
    DIAJUKAN: bukanPemilik("sedangDiajukan", "hanyaPemilikUbah"),
    DITOLAK: bukanPemilik("ok:DITOLAK", "hanyaPemilikUbah"),
    DISETUJUI: bukanPemilik("sudahDisetujuiUbah", "hanyaPemilikUbah"),
    DIGANTI: semua("diganti"),
  },
  AJUKAN: {
    DRAFT: bukanPemilik("ok:DIAJUKAN", "hanyaPemilikAjukan"),
    DIAJUKAN: bukanPemilik("sudahDiajukan", "hanyaPemilikAjukan"),
    DITOLAK: bukanPemilik("ok:DIAJUKAN", "hanyaPemilikAjukan"),
    DISETUJUI: bukanPemilik("sudahDisetujuiAjukan", "hanyaPemilikAjukan"),
    DIGANTI: semua("diganti"),
  },
  TARIK: {
    DRAFT: bukanPemilik("belumDiajukanTarik", "hanyaPemilikTarik"),
    DIAJUKAN: bukanPemilik("ok:DRAFT", "hanyaPemilikTarik"),
    DITOLAK: bukanPemilik("belumDiajukanTarik", "hanyaPemilikTarik"),
    DISETUJUI: bukanPemilik("sudahDisetujuiTarik", "hanyaPemilikTarik"),
    DIGANTI: semua("diganti"),
  },
  SETUJUI: {
    DRAFT: bukanPenilai("belumDiajukanSetujui", "hanyaPenilaiSetujui"),
    DIAJUKAN: bukanPenilai("ok:DISETUJUI", "hanyaPenilaiSetujui"),
    DITOLAK: bukanPenilai("ditolakSetujui", "hanyaPenilaiSetujui"),
    DISETUJUI: bukanPenilai("sudahDisetujui", "hanyaPenilaiSetujui"),
    DIGANTI: semua("diganti"),
  },
  TOLAK: {
    DRAFT: bukanPenilai("belumDiajukanTolak", "hanyaPenilaiTolak"),
    DIAJUKAN: bukanPenilai("ok:DITOLAK", "hanyaPenilaiTolak"),
    DITOLAK: bukanPenilai("sudahDitolak", "hanyaPenilaiTolak"),
    DISETUJUI: bukanPenilai("sudahDisetujuiTolak", "hanyaPenilaiTolak"),
    DIGANTI: semua("diganti"),
  },
  BUAT_REVISI: {
    DRAFT: bukanPemilik("revisiBelumDisetujui", "hanyaPemilikRevisi"),
    DIAJUKAN: bukanPemilik("revisiSedangDiajukan", "hanyaPemilikRevisi"),
    DITOLAK: bukanPemilik("revisiBelumDisetujui", "hanyaPemilikRevisi"),
    DISETUJUI: bukanPemilik("ok:DRAFT", "hanyaPemilikRevisi"),
    DIGANTI: semua("diganti"),
  },
  ISI_EKSPEKTASI: {
    DRAFT: bukanPenilai("ok:DRAFT", "hanyaPenilaiEkspektasi"),
    DIAJUKAN: bukanPenilai("ok:DIAJUKAN", "hanyaPenilaiEkspektasi"),
    DITOLAK: bukanPenilai("ok:DITOLAK", "hanyaPenilaiEkspektasi"),
    DISETUJUI: bukanPenilai("ekspektasiSudahDisetujui", "hanyaPenilaiEkspektasi"),
    DIGANTI: semua("diganti"),
  },
  HAPUS: {
    DRAFT: bukanPemilik("ok:DRAFT", "hanyaPemilikHapus"),
    DIAJUKAN: bukanPemilik("hapusSedangDiajukan", "hanyaPemilikHapus"),
    DITOLAK: bukanPemilik("ok:DITOLAK", "hanyaPemilikHapus"),
    DISETUJUI: bukanPemilik("hapusSudahDisetujui", "hanyaPemilikHapus"),
    DIGANTI: semua("diganti"),
  },
};

const harapanKeHasil = (h: Harapan): HasilAksi =>
  h.startsWith("ok:") ? { ok: true, statusBaru: h.slice(3) as StatusSkp } : { ok: false, pesan: PESAN[h as keyof typeof PESAN] };

const KOMBINASI = DAFTAR_STATUS.flatMap((status) =>
  DAFTAR_PERAN.flatMap((peran) => DAFTAR_AKSI.map((aksi) => ({ status, peran, aksi }))),
);

describe("putuskanAksi: setiap kombinasi status × peran × aksi", () => {
  it("tabel mencakup 5 × 3 × 8 = 120 kombinasi", () => {
    expect(KOMBINASI).toHaveLength(120);
    expect(new Set(KOMBINASI.map((k) => `${k.status}/${k.peran}/${k.aksi}`)).size).toBe(120);
  });

  it.each(KOMBINASI)("$status / $peran / $aksi", ({ status, peran, aksi }) => {
    const hasil = putuskanAksi({ status, peran, aksi, alasan: ALASAN });
    expect(hasil).toEqual(harapanKeHasil(TABEL[aksi][status][peran]));
  });

  it("hanya 13 kombinasi yang diizinkan", () => {
    const diizinkan = KOMBINASI.filter((k) => putuskanAksi({ ...k, alasan: ALASAN }).ok).map(
      (k) => `${k.status}/${k.peran}/${k.aksi}`,
    );
    expect(diizinkan.sort()).toEqual(
      [
        "DRAFT/PEMILIK/UBAH",
        "DITOLAK/PEMILIK/UBAH",
        "DRAFT/PEMILIK/AJUKAN",
        "DITOLAK/PEMILIK/AJUKAN",
        "DIAJUKAN/PEMILIK/TARIK",
        "DIAJUKAN/PENILAI/SETUJUI",
        "DIAJUKAN/PENILAI/TOLAK",
        "DISETUJUI/PEMILIK/BUAT_REVISI",
        "DRAFT/PENILAI/ISI_EKSPEKTASI",
        "DITOLAK/PENILAI/ISI_EKSPEKTASI",
        "DIAJUKAN/PENILAI/ISI_EKSPEKTASI",
        "DRAFT/PEMILIK/HAPUS",
        "DITOLAK/PEMILIK/HAPUS",
      ].sort(),
    );
  });

  it("peran LAIN (atasan pejabat penilai, admin) tidak pernah diizinkan", () => {
    for (const k of KOMBINASI.filter((k) => k.peran === "LAIN")) {
      expect(putuskanAksi({ ...k, alasan: ALASAN }).ok).toBe(false);
    }
  });

  it("DIGANTI tidak mengizinkan apa pun, apa pun opsinya", () => {
    for (const k of KOMBINASI.filter((k) => k.status === "DIGANTI")) {
      expect(putuskanAksi({ ...k, alasan: ALASAN, adaRevisiTerbuka: false, pernahDisetujui: false })).toEqual({
        ok: false,
        pesan: "SKP ini sudah diganti oleh revisi yang lebih baru sehingga tidak dapat diubah lagi.",
      });
    }
  });

  it("setiap penolakan memiliki pesan berbahasa Indonesia yang diakhiri titik", () => {
    for (const k of KOMBINASI) {
      const hasil = putuskanAksi({ ...k, alasan: ALASAN });
      if (!hasil.ok) expect(hasil.pesan).toMatch(/^[A-Z].{10,}\.$/);
    }
  });

  it("aksi tidak dikenal (data dari luar) ditolak", () => {
    expect(putuskanAksi({ status: "DRAFT", peran: "PEMILIK", aksi: "KIRIM" as AksiSkp })).toEqual({
      ok: false,
      pesan: "Aksi ini tidak dikenal.",
    });
  });
});

describe("putuskanAksi: redaksi pesan utama", () => {
  it("SKP yang sudah disetujui tidak dapat diubah", () => {
    expect(putuskanAksi({ status: "DISETUJUI", peran: "PEMILIK", aksi: "UBAH" })).toEqual({
      ok: false,
      pesan: "SKP yang sudah disetujui tidak dapat diubah. Ajukan revisi bila perlu.",
    });
  });
  it("hanya pejabat penilai yang dapat menyetujui", () => {
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "PEMILIK", aksi: "SETUJUI" })).toEqual({
      ok: false,
      pesan: "Hanya pejabat penilai kinerja yang dapat menyetujui SKP ini.",
    });
  });
  it("SKP yang sedang diajukan harus ditarik sebelum diubah", () => {
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "PEMILIK", aksi: "UBAH" })).toEqual({
      ok: false,
      pesan: "SKP ini sedang diajukan ke pejabat penilai; tarik pengajuan untuk mengubahnya.",
    });
  });
});

describe("putuskanAksi: alasan penolakan", () => {
  const tolak = (alasan?: string | null) => putuskanAksi({ status: "DIAJUKAN", peran: "PENILAI", aksi: "TOLAK", alasan });
  const KURANG = {
    ok: false,
    pesan: "Mohon tuliskan alasan penolakan (minimal 10 karakter) agar pegawai mengetahui apa yang perlu diperbaiki.",
  };

  it.each([undefined, null, "", "          ", "terlalu", "123456789", "   12345678   "])(
    "ditolak bila alasan kosong atau kurang dari 10 karakter: %j",
    (alasan) => {
      expect(tolak(alasan)).toEqual(KURANG);
    },
  );
  it("tepat 10 karakter setelah dipangkas sudah cukup", () => {
    expect(tolak("1234567890")).toEqual({ ok: true, statusBaru: "DITOLAK" });
    expect(tolak("  1234567890  ")).toEqual({ ok: true, statusBaru: "DITOLAK" });
  });
  it("peran dan status diperiksa lebih dulu daripada alasan", () => {
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "LAIN", aksi: "TOLAK" })).toEqual({
      ok: false,
      pesan: PESAN.hanyaPenilaiTolak,
    });
    expect(putuskanAksi({ status: "DRAFT", peran: "PENILAI", aksi: "TOLAK" })).toEqual({
      ok: false,
      pesan: PESAN.belumDiajukanTolak,
    });
  });
  it("aksi selain TOLAK tidak memerlukan alasan", () => {
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "PENILAI", aksi: "SETUJUI" })).toEqual({
      ok: true,
      statusBaru: "DISETUJUI",
    });
  });
});

describe("putuskanAksi: revisi dan hapus", () => {
  it("BUAT_REVISI menghasilkan versi baru berstatus DRAFT bila belum ada revisi terbuka", () => {
    expect(putuskanAksi({ status: "DISETUJUI", peran: "PEMILIK", aksi: "BUAT_REVISI" })).toEqual({
      ok: true,
      statusBaru: "DRAFT",
    });
    expect(putuskanAksi({ status: "DISETUJUI", peran: "PEMILIK", aksi: "BUAT_REVISI", adaRevisiTerbuka: false })).toEqual({
      ok: true,
      statusBaru: "DRAFT",
    });
  });
  it("BUAT_REVISI ditolak bila sudah ada revisi terbuka", () => {
    expect(putuskanAksi({ status: "DISETUJUI", peran: "PEMILIK", aksi: "BUAT_REVISI", adaRevisiTerbuka: true })).toEqual({
      ok: false,
      pesan: "Sudah ada revisi SKP ini yang belum disetujui. Silakan lanjutkan revisi tersebut.",
    });
  });
  it("adaRevisiTerbuka tidak memengaruhi aksi lain", () => {
    for (const k of KOMBINASI.filter((k) => k.aksi !== "BUAT_REVISI")) {
      expect(putuskanAksi({ ...k, alasan: ALASAN, adaRevisiTerbuka: true })).toEqual(
        putuskanAksi({ ...k, alasan: ALASAN }),
      );
    }
  });
  it.each(["DRAFT", "DITOLAK"] as const)("HAPUS pada %s: boleh bila belum pernah disetujui", (status) => {
    expect(putuskanAksi({ status, peran: "PEMILIK", aksi: "HAPUS", pernahDisetujui: false })).toEqual({
      ok: true,
      statusBaru: status,
    });
    expect(putuskanAksi({ status, peran: "PEMILIK", aksi: "HAPUS", pernahDisetujui: true })).toEqual({
      ok: false,
      pesan: "SKP ini sudah pernah disetujui sehingga tidak dapat dihapus.",
    });
  });
  it("pernahDisetujui tidak memengaruhi aksi lain", () => {
    for (const k of KOMBINASI.filter((k) => k.aksi !== "HAPUS")) {
      expect(putuskanAksi({ ...k, alasan: ALASAN, pernahDisetujui: true })).toEqual(putuskanAksi({ ...k, alasan: ALASAN }));
    }
  });
  it("HAPUS oleh bukan pemilik: pesan peran didahulukan", () => {
    expect(putuskanAksi({ status: "DRAFT", peran: "PENILAI", aksi: "HAPUS", pernahDisetujui: true })).toEqual({
      ok: false,
      pesan: PESAN.hanyaPemilikHapus,
    });
  });
});

describe("aksiTersedia", () => {
  it("sama dengan putuskanAksi untuk setiap status × peran (tombol Tolak tampil sebelum alasan ditulis)", () => {
    for (const status of DAFTAR_STATUS) {
      for (const peran of DAFTAR_PERAN) {
        for (const opsi of [{}, { adaRevisiTerbuka: true }, { pernahDisetujui: true }]) {
          const harap = DAFTAR_AKSI.filter((aksi) => putuskanAksi({ status, peran, aksi, alasan: ALASAN, ...opsi }).ok);
          expect(aksiTersedia(status, peran, opsi)).toEqual(harap);
        }
      }
    }
  });
  it("contoh tombol per status", () => {
    expect(aksiTersedia("DRAFT", "PEMILIK")).toEqual(["UBAH", "AJUKAN", "HAPUS"]);
    expect(aksiTersedia("DRAFT", "PEMILIK", { pernahDisetujui: true })).toEqual(["UBAH", "AJUKAN"]);
    expect(aksiTersedia("DRAFT", "PENILAI")).toEqual(["ISI_EKSPEKTASI"]);
    expect(aksiTersedia("DIAJUKAN", "PEMILIK")).toEqual(["TARIK"]);
    expect(aksiTersedia("DIAJUKAN", "PENILAI")).toEqual(["SETUJUI", "TOLAK", "ISI_EKSPEKTASI"]);
    expect(aksiTersedia("DITOLAK", "PEMILIK")).toEqual(["UBAH", "AJUKAN", "HAPUS"]);
    expect(aksiTersedia("DISETUJUI", "PEMILIK")).toEqual(["BUAT_REVISI"]);
    expect(aksiTersedia("DISETUJUI", "PEMILIK", { adaRevisiTerbuka: true })).toEqual([]);
    expect(aksiTersedia("DISETUJUI", "PENILAI")).toEqual([]);
    expect(aksiTersedia("DIGANTI", "PEMILIK")).toEqual([]);
    expect(aksiTersedia("DIAJUKAN", "LAIN")).toEqual([]);
  });
});

describe("label", () => {
  it("LABEL_STATUS", () => {
    expect(LABEL_STATUS).toEqual({
      DRAFT: "Draf",
      DIAJUKAN: "Diajukan",
      DITOLAK: "Ditolak",
      DISETUJUI: "Disetujui",
      DIGANTI: "Diganti revisi",
    });
  });
  it("setiap aksi berlabel", () => {
    for (const a of DAFTAR_AKSI) expect(LABEL_AKSI[a].length).toBeGreaterThan(0);
  });
});

describe("SKP jabatan lama setelah mutasi (segmenBerakhir)", () => {
  it("pemilik tidak dapat mengubah, mengajukan, merevisi atau menghapus", () => {
    for (const [status, aksi] of [["DRAFT", "UBAH"], ["DRAFT", "AJUKAN"], ["DITOLAK", "AJUKAN"], ["DISETUJUI", "BUAT_REVISI"], ["DRAFT", "HAPUS"]] as const) {
      const r = putuskanAksi({ status, peran: "PEMILIK", aksi, segmenBerakhir: true });
      expect(r).toEqual({ ok: false, pesan: PESAN.segmenBerakhir });
    }
    expect(aksiTersedia("DRAFT", "PEMILIK", { segmenBerakhir: true })).toEqual([]);
    expect(aksiTersedia("DISETUJUI", "PEMILIK", { segmenBerakhir: true })).toEqual([]);
  });
  it("pengajuan yang sudah masuk tetap dapat ditarik pemilik dan diputuskan penilai", () => {
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "PEMILIK", aksi: "TARIK", segmenBerakhir: true }).ok).toBe(true);
    expect(putuskanAksi({ status: "DIAJUKAN", peran: "PENILAI", aksi: "SETUJUI", segmenBerakhir: true }).ok).toBe(true);
    expect(aksiTersedia("DIAJUKAN", "PENILAI", { segmenBerakhir: true })).toEqual(["SETUJUI", "TOLAK", "ISI_EKSPEKTASI"]);
  });
  it("tanpa tanda itu aturan biasa berlaku", () => {
    expect(putuskanAksi({ status: "DRAFT", peran: "PEMILIK", aksi: "UBAH", segmenBerakhir: false }).ok).toBe(true);
  });
});
