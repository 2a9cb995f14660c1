// Gaya bersama dokumen PDF: A4, huruf Inter, garis tabel tipis hitam seperti formulir resmi.
import { StyleSheet } from "@react-pdf/renderer";
import { KELUARGA_HURUF } from "@/lib/dokumen/pdf/huruf";

export const GARIS = "#000000";
export const ABU = "#e6e6e6";

export const gaya = StyleSheet.create({
  // Tanpa lineHeight pada halaman: di @react-pdf 4.9 lineHeight yang diwariskan membuat teks render-prop (nomor
  // halaman) di kaki tidak tercetak.
  halaman: { fontFamily: KELUARGA_HURUF, fontSize: 8, paddingTop: 28, paddingBottom: 46, paddingHorizontal: 32, color: "#000" },
  kepala: { alignItems: "center", marginBottom: 8 },
  kepalaBaris: { fontSize: 10, fontWeight: 700, textAlign: "center" },
  kepalaPeriode: { fontSize: 9, fontWeight: 700, textAlign: "center", marginTop: 3 },
  kepalaInstansi: { fontSize: 9, fontWeight: 700, textAlign: "left", alignSelf: "flex-start", marginTop: 6 },
  tebal: { fontWeight: 700 },
  miring: { fontStyle: "italic" },
  // Tabel: wadah bergaris atas+kiri, setiap sel bergaris kanan+bawah.
  tabel: { borderTopWidth: 0.6, borderLeftWidth: 0.6, borderColor: GARIS, marginBottom: 8 },
  baris: { flexDirection: "row" },
  // Tabel yang dapat terpecah antarhalaman: garis kiri pada setiap baris (bukan pada wadah, yang memanjang sampai kaki
  // halaman bila baris berikutnya pindah halaman) dan garis atas pada kepala kolom yang berulang.
  tabelBerkepala: { marginBottom: 8 },
  barisTabel: { flexDirection: "row", borderLeftWidth: 0.6, borderColor: GARIS },
  barisKepala: { flexDirection: "row", borderLeftWidth: 0.6, borderTopWidth: 0.6, borderColor: GARIS },
  sel: { borderRightWidth: 0.6, borderBottomWidth: 0.6, borderColor: GARIS, paddingVertical: 2, paddingHorizontal: 3 },
  selKepala: { backgroundColor: ABU, fontWeight: 700, textAlign: "center", justifyContent: "center" },
  selJudul: { backgroundColor: ABU, fontWeight: 700 },
  tengah: { textAlign: "center" },
  butir: { flexDirection: "row" },
  butirTanda: { width: 10 },
  butirIsi: { flex: 1 },
  kaki: { position: "absolute", bottom: 18, left: 32, right: 32, flexDirection: "row", justifyContent: "space-between", fontSize: 7, color: "#333" },
  peringatan: { color: "#b00020", fontWeight: 700 },
  barisTtd: { flexDirection: "row", justifyContent: "space-between", marginTop: 10 },
  ttd: { width: "42%", alignItems: "center" },
  ttdKotak: { borderWidth: 0.8, borderColor: "#1f4e9a", borderRadius: 2, padding: 4, marginVertical: 4, width: "100%", alignItems: "center", fontSize: 7 },
  ttdKosong: { height: 52 },
  ttdNama: { fontWeight: 700, textDecoration: "underline" },
  verifikasi: { flexDirection: "row", borderWidth: 0.6, borderColor: "#555", padding: 4, marginTop: 8, alignItems: "center" },
  qr: { width: 54, height: 54, marginRight: 8 },
  judulBagian: { fontSize: 9, fontWeight: 700, marginTop: 6, marginBottom: 3 },
});
