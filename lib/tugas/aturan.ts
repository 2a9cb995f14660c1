// "Tugas saya" di Beranda: dari angka yang dihitung SQL menjadi daftar butir bertaut, dalam Bahasa Indonesia. Murni.
import { hitungKelengkapan } from "@/lib/pelaksanaan/aturan";
import { LABEL_PREDIKAT, type Predikat } from "@/lib/penilaian/kuadran";

export type ButirTugas = { kunci: string; teks: string; href: string; penting: boolean };

export type DataTugas = {
  /** Tahun kinerja berjalan dan jumlah SKP saya tahun itu per status (tanpa versi yang sudah diganti). */
  tahun: number;
  skpSaya: { draf: number; diajukan: number; disetujui: number; ditolak: number };
  /** SKP bawahan yang menunggu persetujuan saya (sebagai pejabat penilai). */
  menungguPersetujuan: number;
  /** SKP yang penilainya pimpinan instansi (mis. Sekda) dan menunggu dicatat oleh admin BKD. */
  menungguAdmin: number;
  /** SKP saya yang diputuskan (disetujui/ditolak) sejak terakhir saya membukanya. */
  keputusan: { skpId: string; status: "DISETUJUI" | "DITOLAK"; jabatan: string }[];
  /** Periode evaluasi yang sedang dibuka dan sudah mulai, pada SKP saya yang disetujui, dengan hitungan kelengkapannya. */
  periode: { skpId: string; kode: string; label: string; rencanaAksi: number; rencanaAksiBerbukti: number; indikator: number; indikatorTerealisasi: number }[];
  /** Umpan balik baru dari orang lain pada SKP saya, per SKP. */
  umpanBaru: { skpId: string; jumlah: number }[];
  /** Kapan kata sandi saya terakhir diatur ulang oleh admin BKD (dalam 30 hari terakhir), bila pernah. */
  sandiDiaturUlang: Date | null;
  /** Balasan baru bawahan pada SKP yang saya nilai. */
  balasanBawahan: { skpId: string; nama: string; jumlah: number }[];
  /**
   * Periode tahun ini yang sudah berakhir dengan penilaian bawahan yang belum final, di mana saya pejabat penilainya:
   * belum ada penilaian, masih draf, atau selesai dinilai (menunggu difinalkan).
   */
  penilaianBawahan: { kode: string; label: string; belum: number; draf: number; selesai: number }[];
  /** Keberatan yang menunggu keputusan saya sebagai atasan pejabat penilai. */
  keberatanDiputus: EvaluasiOrang[];
  /** Keberatan atas penilaian yang saya buat, yang belum saya beri penjelasan. */
  keberatanDijelaskan: EvaluasiOrang[];
  /** Penilaian SKP saya yang baru final (tanpa keberatan), atau keberatan saya yang baru diputuskan. */
  hasilPenilaian: HasilPenilaianSaya[];
  /** Progres harian: entri bawahan menunggu tinjauan saya, entri saya yang dikembalikan, hari kerja saya tanpa entri. */
  harian?: { menungguTinjauan: number; dikembalikan: number; hariKosong: number; hariKosongPertama: Date | null };
};

export type EvaluasiOrang = { skpId: string; kode: string; label: string; nama: string };

export type HasilPenilaianSaya = {
  skpId: string;
  kode: string;
  label: string;
  predikat: Predikat;
  /** Hari terakhir keberatan, bila masih dapat diajukan hari ini; null bila sudah lewat. */
  tenggatTerbuka: Date | null;
  /** Keputusan atas keberatan saya, bila sudah diputuskan. */
  keputusan: "TETAP" | "DIUBAH" | null;
};

const tanggalPanjang = (t: Date) => t.toLocaleDateString("id-ID", { dateStyle: "long", timeZone: "UTC" });

export function susunTugas(d: DataTugas): ButirTugas[] {
  const t: ButirTugas[] = [];
  if (d.sandiDiaturUlang) {
    const kapan = d.sandiDiaturUlang.toLocaleString("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });
    t.push({ kunci: "sandi", teks: `Kata sandi Anda diatur ulang oleh admin BKD pada ${kapan} WIB. Bila bukan atas permintaan Anda, segera hubungi admin BKD.`, href: "/akun", penting: true });
  }
  const s = d.skpSaya;
  if (s.draf + s.diajukan + s.disetujui + s.ditolak === 0) {
    t.push({ kunci: "susun", teks: `Susun SKP tahun ${d.tahun} Anda`, href: "/skp", penting: true });
  } else if (s.draf > 0) {
    t.push({ kunci: "draf", teks: `${s.draf === 1 ? "SKP Anda" : `${s.draf} SKP Anda`} masih draf: lengkapi lalu ajukan ke pejabat penilai`, href: "/skp", penting: false });
  }
  if (d.menungguPersetujuan > 0) {
    t.push({ kunci: "setujui", teks: `${d.menungguPersetujuan} SKP bawahan menunggu persetujuan Anda`, href: "/bawahan", penting: true });
  }
  if (d.menungguAdmin > 0) {
    t.push({ kunci: "admin", teks: `${d.menungguAdmin} SKP pimpinan menunggu dicatat persetujuannya oleh admin`, href: "/admin/skp?status=DIAJUKAN", penting: true });
  }
  for (const k of d.keputusan) {
    t.push(
      k.status === "DITOLAK"
        ? { kunci: `tolak-${k.skpId}`, teks: `SKP ${k.jabatan} dikembalikan pejabat penilai: perbaiki lalu ajukan kembali`, href: `/skp/${k.skpId}`, penting: true }
        : { kunci: `setuju-${k.skpId}`, teks: `SKP ${k.jabatan} sudah disetujui: mulai isi rencana aksi`, href: `/skp/${k.skpId}/pelaksanaan`, penting: false },
    );
  }
  for (const p of d.periode) {
    const k = hitungKelengkapan({
      jumlahBuktiPerRencanaAksi: [...Array<number>(p.rencanaAksiBerbukti).fill(1), ...Array<number>(Math.max(0, p.rencanaAksi - p.rencanaAksiBerbukti)).fill(0)],
      indikator: p.indikator,
      indikatorTerealisasi: p.indikatorTerealisasi,
    });
    if (k.status === "LENGKAP") continue;
    const kurang: string[] = [];
    if (k.rencanaAksi === 0) kurang.push("belum ada rencana aksi");
    else if (k.rencanaAksiBerbukti < k.rencanaAksi) kurang.push(`${k.rencanaAksi - k.rencanaAksiBerbukti} rencana aksi belum ada bukti dukung`);
    if (k.indikatorTerealisasi < k.indikator) kurang.push(`${k.indikator - k.indikatorTerealisasi} indikator belum diisi realisasinya`);
    t.push({ kunci: `periode-${p.skpId}-${p.kode}`, teks: `${p.label} ${k.persen === 0 ? "belum diisi" : `baru ${k.persen}% lengkap`}: ${kurang.join("; ")}`, href: `/skp/${p.skpId}/pelaksanaan?periode=${p.kode}`, penting: false });
  }
  for (const u of d.umpanBaru) {
    t.push({ kunci: `umpan-${u.skpId}`, teks: `${u.jumlah} umpan balik baru dari pejabat penilai`, href: `/skp/${u.skpId}/pelaksanaan`, penting: false });
  }
  for (const b of d.balasanBawahan) {
    t.push({ kunci: `balas-${b.skpId}`, teks: `${b.jumlah} balasan baru dari ${b.nama}`, href: `/bawahan/skp/${b.skpId}/pelaksanaan`, penting: false });
  }
  for (const p of d.penilaianBawahan) {
    const bagian = [
      p.belum > 0 ? `${p.belum} belum dinilai` : null,
      p.draf > 0 ? `${p.draf} masih draf` : null,
      p.selesai > 0 ? `${p.selesai} selesai dinilai dan menunggu difinalkan` : null,
    ].filter(Boolean);
    if (bagian.length === 0) continue;
    t.push({ kunci: `nilai-${p.kode}`, teks: `Penilaian ${p.label} bawahan: ${bagian.join(", ")}`, href: `/bawahan/penilaian?periode=${p.kode}`, penting: true });
  }
  for (const k of d.keberatanDiputus) {
    t.push({ kunci: `putus-${k.skpId}-${k.kode}`, teks: `Keberatan ${k.nama} atas penilaian ${k.label} menunggu keputusan Anda`, href: `/bawahan/skp/${k.skpId}/penilaian/${k.kode}`, penting: true });
  }
  for (const k of d.keberatanDijelaskan) {
    t.push({ kunci: `jelas-${k.skpId}-${k.kode}`, teks: `${k.nama} mengajukan keberatan atas penilaian ${k.label} Anda: tulis penjelasan untuk atasan pejabat penilai`, href: `/bawahan/skp/${k.skpId}/penilaian/${k.kode}`, penting: false });
  }
  if (d.harian) {
    const h = d.harian;
    if (h.menungguTinjauan > 0) t.push({ kunci: "harian-tinjau", teks: `${h.menungguTinjauan} entri progres harian bawahan menunggu tinjauan Anda`, href: "/bawahan/harian", penting: true });
    if (h.dikembalikan > 0) t.push({ kunci: "harian-kembali", teks: `${h.dikembalikan} entri progres harian Anda dikembalikan pejabat penilai: perbaiki lalu ajukan kembali`, href: "/harian#dikembalikan", penting: true });
    if (h.hariKosong > 0) {
      const sejak = h.hariKosongPertama ? ` (sejak ${tanggalPanjang(h.hariKosongPertama)})` : "";
      t.push({ kunci: "harian-kosong", teks: `${h.hariKosong} hari kerja belum ada progres harian${sejak}`, href: h.hariKosongPertama ? `/harian?minggu=${h.hariKosongPertama.toISOString().slice(0, 10)}` : "/harian", penting: false });
    }
  }
  for (const h of d.hasilPenilaian) {
    const predikat = LABEL_PREDIKAT[h.predikat];
    const teks =
      h.keputusan === "DIUBAH"
        ? `Keberatan Anda atas penilaian ${h.label} diputuskan: rating diubah, predikat kini ${predikat}`
        : h.keputusan === "TETAP"
          ? `Keberatan Anda atas penilaian ${h.label} diputuskan: penilaian tetap, predikat ${predikat}`
          : `Hasil penilaian ${h.label} Anda sudah final: predikat ${predikat}${h.tenggatTerbuka ? `. Keberatan dapat diajukan sampai ${tanggalPanjang(h.tenggatTerbuka)}` : ""}`;
    t.push({ kunci: `hasil-${h.skpId}-${h.kode}`, teks, href: `/skp/${h.skpId}/penilaian/${h.kode}`, penting: false });
  }
  return t;
}
