import { describe, expect, it } from "vitest";
import { susunTugas, type DataTugas } from "@/lib/tugas/aturan";

const kosong: DataTugas = { tahun: 2026, skpSaya: { draf: 0, diajukan: 0, disetujui: 1, ditolak: 0 }, menungguPersetujuan: 0, menungguAdmin: 0, sandiDiaturUlang: null, keputusan: [], periode: [], umpanBaru: [], balasanBawahan: [], penilaianBawahan: [], keberatanDiputus: [], keberatanDijelaskan: [], hasilPenilaian: [] };

describe("susunTugas", () => {
  it("tanpa apa pun: tidak ada tugas", () => expect(susunTugas(kosong)).toEqual([]));

  it("progres harian: tinjauan menunggu, entri dikembalikan, hari kerja tanpa entri", () => {
    const t = susunTugas({ ...kosong, harian: { menungguTinjauan: 4, dikembalikan: 1, hariKosong: 3, hariKosongPertama: new Date("2026-11-30T00:00:00Z") } });
    expect(t.map((x) => [x.kunci, x.teks, x.href, x.penting])).toEqual([
      ["harian-tinjau", "4 entri progres harian bawahan menunggu tinjauan Anda", "/bawahan/harian", true],
      ["harian-kembali", "1 entri progres harian Anda dikembalikan pejabat penilai: perbaiki lalu ajukan kembali", "/harian#dikembalikan", true],
      ["harian-kosong", "3 hari kerja belum ada progres harian (sejak 30 November 2026)", "/harian?minggu=2026-11-30", false],
    ]);
    expect(susunTugas({ ...kosong, harian: { menungguTinjauan: 0, dikembalikan: 0, hariKosong: 0, hariKosongPertama: null } })).toEqual([]);
  });

  it("sandi yang diatur ulang admin diberitahukan kepada pemiliknya", () => {
    const t = susunTugas({ ...kosong, sandiDiaturUlang: new Date("2026-12-02T07:00:00Z") });
    expect(t).toEqual([{ kunci: "sandi", teks: expect.stringMatching(/^Kata sandi Anda diatur ulang oleh admin BKD pada 2 Desember 2026 pukul 14\.00 WIB\./), href: "/akun", penting: true }]);
  });

  it("belum punya SKP tahun ini: susun SKP; masih draf: ajukan", () => {
    expect(susunTugas({ ...kosong, skpSaya: { draf: 0, diajukan: 0, disetujui: 0, ditolak: 0 } }).map((x) => [x.teks, x.href, x.penting])).toEqual([["Susun SKP tahun 2026 Anda", "/skp", true]]);
    expect(susunTugas({ ...kosong, skpSaya: { draf: 1, diajukan: 0, disetujui: 0, ditolak: 0 } })[0]!.teks).toBe("SKP Anda masih draf: lengkapi lalu ajukan ke pejabat penilai");
    expect(susunTugas({ ...kosong, skpSaya: { draf: 2, diajukan: 0, disetujui: 1, ditolak: 0 } })[0]!.teks).toBe("2 SKP Anda masih draf: lengkapi lalu ajukan ke pejabat penilai");
  });

  it("setiap jenis tugas menjadi butir bertaut", () => {
    const t = susunTugas({
      ...kosong,
      menungguPersetujuan: 2,
      menungguAdmin: 1,
      keputusan: [
        { skpId: "a", status: "DITOLAK", jabatan: "Pengolah Data Kinerja" },
        { skpId: "b", status: "DISETUJUI", jabatan: "Analis" },
      ],
      periode: [
        { skpId: "b", kode: "TW1", label: "Triwulan I", rencanaAksi: 0, rencanaAksiBerbukti: 0, indikator: 3, indikatorTerealisasi: 0 },
        { skpId: "b", kode: "TW2", label: "Triwulan II", rencanaAksi: 4, rencanaAksiBerbukti: 3, indikator: 3, indikatorTerealisasi: 1 },
        { skpId: "b", kode: "TW3", label: "Triwulan III", rencanaAksi: 2, rencanaAksiBerbukti: 2, indikator: 3, indikatorTerealisasi: 3 },
      ],
      umpanBaru: [{ skpId: "b", jumlah: 2 }],
      balasanBawahan: [{ skpId: "c", nama: "Hendri", jumlah: 1 }],
    });
    expect(t.map((x) => [x.teks, x.href])).toEqual([
      ["2 SKP bawahan menunggu persetujuan Anda", "/bawahan"],
      ["1 SKP pimpinan menunggu dicatat persetujuannya oleh admin", "/admin/skp?status=DIAJUKAN"],
      ["SKP Pengolah Data Kinerja dikembalikan pejabat penilai: perbaiki lalu ajukan kembali", "/skp/a"],
      ["SKP Analis sudah disetujui: mulai isi rencana aksi", "/skp/b/pelaksanaan"],
      ["Triwulan I belum diisi: belum ada rencana aksi; 3 indikator belum diisi realisasinya", "/skp/b/pelaksanaan?periode=TW1"],
      ["Triwulan II baru 57% lengkap: 1 rencana aksi belum ada bukti dukung; 2 indikator belum diisi realisasinya", "/skp/b/pelaksanaan?periode=TW2"],
      ["2 umpan balik baru dari pejabat penilai", "/skp/b/pelaksanaan"],
      ["1 balasan baru dari Hendri", "/bawahan/skp/c/pelaksanaan"],
    ]);
    expect(t.filter((x) => x.penting).map((x) => x.kunci)).toEqual(["setujui", "admin", "tolak-a"]);
  });

  it("penilaian bawahan per periode yang sudah berakhir: rincian belum dinilai, draf, menunggu difinalkan", () => {
    const t = susunTugas({
      ...kosong,
      penilaianBawahan: [
        { kode: "TW1", label: "Triwulan I", belum: 2, draf: 1, selesai: 1 },
        { kode: "TW2", label: "Triwulan II", belum: 3, draf: 0, selesai: 0 },
        { kode: "TW3", label: "Triwulan III", belum: 0, draf: 0, selesai: 0 },
      ],
    });
    expect(t.map((x) => [x.kunci, x.teks, x.href, x.penting])).toEqual([
      ["nilai-TW1", "Penilaian Triwulan I bawahan: 2 belum dinilai, 1 masih draf, 1 selesai dinilai dan menunggu difinalkan", "/bawahan/penilaian?periode=TW1", true],
      ["nilai-TW2", "Penilaian Triwulan II bawahan: 3 belum dinilai", "/bawahan/penilaian?periode=TW2", true],
    ]);
  });

  it("keberatan: atasan pejabat penilai memutuskan, pejabat penilai menjelaskan", () => {
    const t = susunTugas({
      ...kosong,
      keberatanDiputus: [{ skpId: "s1", kode: "TW1", label: "Triwulan I", nama: "Rudi Hartono" }],
      keberatanDijelaskan: [{ skpId: "s1", kode: "TW1", label: "Triwulan I", nama: "Rudi Hartono" }],
    });
    expect(t.map((x) => [x.teks, x.href, x.penting])).toEqual([
      ["Keberatan Rudi Hartono atas penilaian Triwulan I menunggu keputusan Anda", "/bawahan/skp/s1/penilaian/TW1", true],
      ["Rudi Hartono mengajukan keberatan atas penilaian Triwulan I Anda: tulis penjelasan untuk atasan pejabat penilai", "/bawahan/skp/s1/penilaian/TW1", false],
    ]);
  });

  it("pegawai: hasil penilaian yang baru final (dengan tenggat keberatan bila masih terbuka) dan keputusan keberatannya", () => {
    const t = susunTugas({
      ...kosong,
      hasilPenilaian: [
        { skpId: "a", kode: "TW1", label: "Triwulan I", predikat: "BAIK", tenggatTerbuka: new Date("2026-12-15T00:00:00Z"), keputusan: null },
        { skpId: "a", kode: "TW2", label: "Triwulan II", predikat: "SANGAT_BAIK", tenggatTerbuka: null, keputusan: null },
        { skpId: "a", kode: "TW3", label: "Triwulan III", predikat: "SANGAT_BAIK", tenggatTerbuka: null, keputusan: "DIUBAH" },
        { skpId: "a", kode: "AKHIR", label: "Akhir (tahunan)", predikat: "BUTUH_PERBAIKAN", tenggatTerbuka: null, keputusan: "TETAP" },
      ],
    });
    expect(t.map((x) => [x.kunci, x.teks, x.href])).toEqual([
      ["hasil-a-TW1", "Hasil penilaian Triwulan I Anda sudah final: predikat Baik. Keberatan dapat diajukan sampai 15 Desember 2026", "/skp/a/penilaian/TW1"],
      ["hasil-a-TW2", "Hasil penilaian Triwulan II Anda sudah final: predikat Sangat Baik", "/skp/a/penilaian/TW2"],
      ["hasil-a-TW3", "Keberatan Anda atas penilaian Triwulan III diputuskan: rating diubah, predikat kini Sangat Baik", "/skp/a/penilaian/TW3"],
      ["hasil-a-AKHIR", "Keberatan Anda atas penilaian Akhir (tahunan) diputuskan: penilaian tetap, predikat Butuh Perbaikan", "/skp/a/penilaian/AKHIR"],
    ]);
    expect(t.every((x) => !x.penting)).toBe(true);
  });
});
