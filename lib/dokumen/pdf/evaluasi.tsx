// Evaluasi Kinerja Pegawai (periodik "TRIWULAN I" … atau "AKHIR"), skp-domain §6 no. 4 dan Anak Lampiran 4:
// identitas tiga pihak, capaian kinerja organisasi, pola distribusi, hasil kerja + realisasi + umpan balik, rating,
// perilaku kerja + umpan balik, rating, predikat. Lanskap agar delapan kolom hasil kerja tetap terbaca.
import React from "react";
import { Document, Text, View } from "@react-pdf/renderer";
import type { DataEvaluasi, KolomDistribusi } from "@/lib/dokumen/jenis";
import { BarisNilai, Halaman, Kepala, Penutup, Sel, TabelHasilKerja, TabelIdentitas, TabelPerilaku, type OpsiCetak } from "@/lib/dokumen/pdf/bagian";
import { gaya } from "@/lib/dokumen/pdf/gaya";

const TINGGI_BATANG = 56;

/** Grafik batang jumlah pegawai per predikat (pola distribusi), digambar dengan View agar label memakai huruf dokumen. */
export function GrafikDistribusi({ kolom }: { kolom: KolomDistribusi[] }) {
  const maks = Math.max(1, ...kolom.map((k) => k.jumlah));
  return (
    <View style={{ flexDirection: "row", alignItems: "flex-start", paddingHorizontal: 8, paddingTop: 4 }}>
      {kolom.map((k, i) => (
        <View key={i} style={{ flex: 1, alignItems: "center" }}>
          <View style={{ height: TINGGI_BATANG + 12, width: "60%", justifyContent: "flex-end", alignItems: "center", borderBottomWidth: 0.8, borderColor: "#000" }}>
            <Text style={gaya.tebal}>{k.jumlah}</Text>
            <View style={{ height: (k.jumlah / maks) * TINGGI_BATANG, width: "100%", backgroundColor: "#4a6fa5" }} />
          </View>
          <Text style={[gaya.tengah, { fontSize: 7, marginTop: 2 }]}>{k.predikat}</Text>
          <Text style={[gaya.tengah, { fontSize: 6.5, color: "#444" }]}>{k.batas ?? " "}</Text>
        </View>
      ))}
    </View>
  );
}

export function DokumenEvaluasiKinerja({ data, opsi }: { data: DataEvaluasi; opsi: OpsiCetak }) {
  const capaian = data.capaianOrganisasi ? data.capaianOrganisasi.toUpperCase() : null;
  return (
    <Document title={data.kepala.judul.join(" ")} author={data.kepala.namaInstansi} language="id">
      <Halaman dasar={data} lanskap>
        <Kepala kepala={data.kepala} periodeLabel={data.periode} />
        <TabelIdentitas
          pihak={[
            { judul: "PEGAWAI YANG DINILAI", id: data.pegawai },
            { judul: "PEJABAT PENILAI KINERJA", id: data.penilai },
            { judul: "ATASAN PEJABAT PENILAI KINERJA", id: data.atasanPenilai },
          ]}
        />
        <View style={gaya.tabel} wrap={false}>
          <View style={gaya.baris}>
            <Sel w={30} style={gaya.selJudul}>
              CAPAIAN KINERJA ORGANISASI
            </Sel>
            <Sel w={70} style={gaya.tebal}>
              {capaian ? `${capaian}${data.unitCapaian ? ` (${data.unitCapaian})` : ""}` : "BELUM DITETAPKAN"}
            </Sel>
          </View>
          <View style={gaya.baris}>
            <Sel w={30} style={gaya.selJudul}>
              POLA DISTRIBUSI
            </Sel>
            <Sel w={70}>
              <Text>
                KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI {capaian ?? "-"}
              </Text>
              <GrafikDistribusi kolom={data.polaDistribusi} />
            </Sel>
          </View>
        </View>
        <TabelHasilKerja isi={data} opsi={{ realisasi: true, umpan: true }} />
        <BarisNilai label="RATING HASIL KERJA" nilai={data.ratingHasil} />
        <TabelPerilaku perilaku={data.perilaku} umpan />
        <BarisNilai label="RATING PERILAKU KERJA" nilai={data.ratingPerilaku} />
        <BarisNilai label="PREDIKAT KINERJA PEGAWAI" nilai={data.predikat} />
        {data.catatan ? <BarisNilai label="CATATAN/REKOMENDASI" nilai={data.catatan} /> : null}
        <Penutup dasar={data} opsi={opsi} />
      </Halaman>
    </Document>
  );
}
