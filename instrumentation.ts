// Dipanggil Next sekali saat server mulai (next start / next dev): menjalankan penyapu berkas bukti berkala
// dan pekerja notifikasi (antrean surel, pengingat periode).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { mulaiPenyapuServer } = await import("./lib/pelaksanaan/penyapu-server");
  mulaiPenyapuServer();
  const { mulaiPekerjaNotifikasi } = await import("./lib/notifikasi/pekerja-server");
  mulaiPekerjaNotifikasi();
}
