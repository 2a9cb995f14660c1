// Umpan Balik Kinerja Pegawai (periodik): tabel SKP + realisasi dan umpan balik berkelanjutan per RHK dan per
// perilaku (skp-domain §6 no. 3). Lanskap: delapan kolom tidak terbaca pada A4 tegak.
import React from "react";
import { Document } from "@react-pdf/renderer";
import type { DataUmpanBalik } from "@/lib/dokumen/jenis";
import { Halaman, Kepala, Penutup, TabelHasilKerja, TabelIdentitas, TabelPerilaku, type OpsiCetak } from "@/lib/dokumen/pdf/bagian";

export function DokumenUmpanBalik({ data, opsi }: { data: DataUmpanBalik; opsi: OpsiCetak }) {
  return (
    <Document title={data.kepala.judul.join(" ")} author={data.kepala.namaInstansi} language="id">
      <Halaman dasar={data} lanskap>
        <Kepala kepala={data.kepala} periodeLabel={data.periode} />
        <TabelIdentitas
          pihak={[
            { judul: "PEGAWAI YANG DINILAI", id: data.pegawai },
            { judul: "PEJABAT PENILAI KINERJA", id: data.penilai },
          ]}
        />
        <TabelHasilKerja isi={data} opsi={{ realisasi: true, umpan: true }} />
        <TabelPerilaku perilaku={data.perilaku} umpan />
        <Penutup dasar={data} opsi={opsi} />
      </Halaman>
    </Document>
  );
}
