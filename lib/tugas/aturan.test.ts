import { describe, expect, it } from "vitest";
import { susunTugas, type DataTugas } from "@/lib/tugas/aturan";

const kosong: DataTugas = { tahun: 2026, skpSaya: { draf: 0, diajukan: 0, disetujui: 1, ditolak: 0 }, menungguPersetujuan: 0, menungguAdmin: 0, sandiDiaturUlang: null, keputusan: [], periode: [], umpanBaru: [], balasanBawahan: [] };

describe("susunTugas", () => {
  it("tanpa apa pun: tidak ada tugas", () => expect(susunTugas(kosong)).toEqual([]));

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
});
