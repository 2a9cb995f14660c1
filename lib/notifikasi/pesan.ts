// Teks notifikasi (Bahasa Indonesia) dan tautan internal per peristiwa, isi surelnya, dan jadwal percobaan ulang
// pengiriman surel. Murni: dipakai penulis notifikasi (lib/notifikasi/tulis.ts), pekerja surel dan halaman /notifikasi.
import { rutePenilaian, ruteSkp } from "@/lib/skp/rute";

export const JENIS_NOTIFIKASI = [
  "SKP_DIAJUKAN",
  "SKP_DISETUJUI",
  "SKP_DITOLAK",
  "EVALUASI_FINAL",
  "KEBERATAN_DIAJUKAN",
  "KEBERATAN_DIPUTUSKAN",
  "DOKUMEN_TTD",
  "PERIODE_HAMPIR_TUTUP",
  "PROGRES_DIAJUKAN",
  "PROGRES_DIKEMBALIKAN",
  "UMPAN_BALIK",
] as const;
export type JenisNotifikasi = (typeof JENIS_NOTIFIKASI)[number];

export type Peristiwa =
  | { jenis: "SKP_DIAJUKAN"; skpId: string; namaPegawai: string; tahun: number }
  | { jenis: "SKP_DISETUJUI"; skpId: string; tahun: number }
  | { jenis: "SKP_DITOLAK"; skpId: string; tahun: number; alasan: string }
  | { jenis: "EVALUASI_FINAL"; skpId: string; kode: string; labelPeriode: string; predikat: string; tenggatKeberatan: Date }
  | { jenis: "KEBERATAN_DIAJUKAN"; skpId: string; kode: string; labelPeriode: string; namaPegawai: string }
  | { jenis: "KEBERATAN_DIPUTUSKAN"; skpId: string; kode: string; labelPeriode: string; keputusan: "TETAP" | "DIUBAH"; untuk: "PEGAWAI" | "PENILAI"; namaPegawai: string }
  | { jenis: "DOKUMEN_TTD"; tautan: string; judulDokumen: string }
  | { jenis: "PERIODE_HAMPIR_TUTUP"; skpId: string; labelPeriode: string; selesai: Date; sisaHari: number }
  | { jenis: "PROGRES_DIAJUKAN"; namaPegawai: string; jumlah: number }
  | { jenis: "PROGRES_DIKEMBALIKAN"; tanggal: Date; catatan: string }
  | { jenis: "UMPAN_BALIK"; skpId: string; namaPengirim: string };

export type Pesan = { jenis: JenisNotifikasi; judul: string; isi: string; tautan: string };

const tanggal = (t: Date) => t.toLocaleDateString("id-ID", { dateStyle: "long", timeZone: "UTC" });
const potong = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** Teks pengguna di dalam tanda kutip yang diikuti titik kalimat: titik penutupnya sendiri dilepas (bukan “… .”.). */
const kutip = (s: string, n: number) => `“${potong(s.trim().replace(/[.。]+$/u, ""), n)}”`;

/** Judul, isi (maks. 1000 karakter) dan tautan internal satu peristiwa. */
export function susunPesan(p: Peristiwa): Pesan {
  const m = ((): Omit<Pesan, "jenis"> => {
    switch (p.jenis) {
      case "SKP_DIAJUKAN":
        return { judul: "SKP menunggu persetujuan Anda", isi: `${p.namaPegawai} mengajukan SKP tahun ${p.tahun}. Tinjau lalu setujui atau kembalikan dengan alasan.`, tautan: ruteSkp("BAWAHAN", p.skpId) };
      case "SKP_DISETUJUI":
        return { judul: "SKP Anda disetujui", isi: `SKP tahun ${p.tahun} Anda disetujui pejabat penilai. Anda dapat mulai mengisi rencana aksi dan realisasi.`, tautan: ruteSkp("SAYA", p.skpId) };
      case "SKP_DITOLAK":
        return { judul: "SKP Anda dikembalikan", isi: `SKP tahun ${p.tahun} Anda dikembalikan pejabat penilai dengan alasan: ${kutip(p.alasan, 800)}. Perbaiki lalu ajukan kembali.`, tautan: ruteSkp("SAYA", p.skpId) };
      case "EVALUASI_FINAL":
        return {
          judul: `Penilaian ${p.labelPeriode} telah final`,
          isi: `Predikat kinerja Anda untuk ${p.labelPeriode}: ${p.predikat}. Bila tidak sepakat, Anda dapat mengajukan keberatan sampai ${tanggal(p.tenggatKeberatan)}.`,
          tautan: rutePenilaian("SAYA", p.skpId, p.kode),
        };
      case "KEBERATAN_DIAJUKAN":
        return { judul: "Keberatan menunggu keputusan Anda", isi: `${p.namaPegawai} mengajukan keberatan atas penilaian ${p.labelPeriode}. Sebagai atasan pejabat penilai, putuskan keberatan ini.`, tautan: rutePenilaian("BAWAHAN", p.skpId, p.kode) };
      case "KEBERATAN_DIPUTUSKAN": {
        const hasil = p.keputusan === "DIUBAH" ? "rating diubah dan predikat mengikuti kuadran" : "penilaian tetap";
        return p.untuk === "PEGAWAI"
          ? { judul: "Keberatan Anda telah diputuskan", isi: `Keberatan Anda atas penilaian ${p.labelPeriode} telah diputuskan: ${hasil}.`, tautan: rutePenilaian("SAYA", p.skpId, p.kode) }
          : { judul: "Keberatan atas penilaian Anda diputuskan", isi: `Keberatan ${p.namaPegawai} atas penilaian ${p.labelPeriode} yang Anda buat telah diputuskan: ${hasil}.`, tautan: rutePenilaian("BAWAHAN", p.skpId, p.kode) };
      }
      case "DOKUMEN_TTD":
        return { judul: "Dokumen menunggu tanda tangan Anda", isi: `${potong(p.judulDokumen, 300)} menunggu tanda tangan Anda.`, tautan: p.tautan };
      case "PERIODE_HAMPIR_TUTUP":
        return {
          judul: `${p.labelPeriode} segera berakhir`,
          isi: `${p.labelPeriode} berakhir ${p.sisaHari <= 0 ? "hari ini" : `dalam ${p.sisaHari} hari`} (${tanggal(p.selesai)}), dan realisasi atau bukti dukung Anda belum lengkap. Lengkapi sebelum periode ditutup.`,
          tautan: ruteSkp("SAYA", p.skpId, "pelaksanaan"),
        };
      case "PROGRES_DIAJUKAN":
        return { judul: "Progres harian menunggu tinjauan", isi: `${p.namaPegawai} mengajukan ${p.jumlah} entri progres harian untuk Anda tinjau.`, tautan: "/bawahan/harian" };
      case "PROGRES_DIKEMBALIKAN":
        return { judul: "Entri progres harian dikembalikan", isi: `Entri progres harian Anda tanggal ${tanggal(p.tanggal)} dikembalikan dengan catatan: ${kutip(p.catatan, 800)}.`, tautan: "/harian" };
      case "UMPAN_BALIK":
        return { judul: "Umpan balik baru pada SKP Anda", isi: `${p.namaPengirim} menulis umpan balik pada pelaksanaan SKP Anda.`, tautan: ruteSkp("SAYA", p.skpId, "pelaksanaan") };
    }
  })();
  return { jenis: p.jenis, ...m };
}

/** Tautan yang boleh dibuka dari notifikasi: hanya jalur internal portal (bukan "//host" atau URL luar). */
export function tautanAman(tautan: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(tautan) ? tautan : "/notifikasi";
}

export type Surel = { subjek: string; teks: string; html: string };

const escHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Isi surel satu notifikasi. `urlDasar` = alamat publik portal (SKP_URL_PUBLIK), tanpa garis miring penutup. */
export function susunSurel(p: Pick<Pesan, "judul" | "isi" | "tautan">, urlDasar: string): Surel {
  const url = `${urlDasar.replace(/\/+$/, "")}${tautanAman(p.tautan)}`;
  const penutup = "Surel ini dikirim otomatis oleh portal SKP. Anda dapat berhenti menerima surel notifikasi di halaman Akun.";
  return {
    subjek: `[SKP] ${p.judul}`,
    teks: `${p.isi}\n\nBuka: ${url}\n\n—\n${penutup}\n`,
    html: `<p>${escHtml(p.isi)}</p><p><a href="${escHtml(url)}">Buka di portal SKP</a></p><hr><p style="color:#666;font-size:12px">${escHtml(penutup)}</p>`,
  };
}

/** Percobaan kirim surel paling banyak; setelah itu baris ditandai GAGAL. */
export const MAKS_PERCOBAAN_SUREL = 6;

/** Jeda sebelum percobaan berikutnya setelah `percobaan` kali gagal (1 = gagal pertama): 1, 2, 4, 8, … menit, maks. 6 jam. */
export function jedaPercobaanMs(percobaan: number): number {
  const menit = 2 ** Math.max(0, percobaan - 1);
  return Math.min(menit, 360) * 60_000;
}

/** Keputusan setelah satu percobaan gagal: dijadwalkan ulang, atau GAGAL bila batas percobaan tercapai. */
export function setelahGagal(percobaanSebelumnya: number, sekarang: Date, maks = MAKS_PERCOBAAN_SUREL): { status: "MENUNGGU" | "GAGAL"; percobaan: number; jadwalBerikut: Date } {
  const percobaan = percobaanSebelumnya + 1;
  if (percobaan >= maks) return { status: "GAGAL", percobaan, jadwalBerikut: sekarang };
  return { status: "MENUNGGU", percobaan, jadwalBerikut: new Date(sekarang.getTime() + jedaPercobaanMs(percobaan)) };
}

/** Label jumlah belum dibaca untuk lonceng (aria-label) dan angka yang ditampilkan. */
export function labelLonceng(belum: number): { aria: string; angka: string | null } {
  if (belum <= 0) return { aria: "Notifikasi, tidak ada yang belum dibaca", angka: null };
  return { aria: `Notifikasi, ${belum} belum dibaca`, angka: belum > 99 ? "99+" : String(belum) };
}

/** Batas hitungan di lonceng: hitungan berhenti di sini (kueri tetap murah walau ribuan belum dibaca). */
export const BATAS_HITUNG_LONCENG = 100;
