// Sasaran Kinerja Pegawai dan Lampiran SKP dalam satu berkas (skp-domain §6 no. 1–2).
import React from "react";
import { Document, View } from "@react-pdf/renderer";
import type { DataSkp } from "@/lib/dokumen/jenis";
import { BarisTtd, DaftarButir, Halaman, Kepala, Penutup, Sel, TabelHasilKerja, TabelIdentitas, TabelPerilaku, type OpsiCetak } from "@/lib/dokumen/pdf/bagian";
import { gaya } from "@/lib/dokumen/pdf/gaya";

export const JUDUL_LAMPIRAN = "LAMPIRAN SASARAN KINERJA PEGAWAI";

export function DokumenSkp({ data, opsi }: { data: DataSkp; opsi: OpsiCetak }) {
  const bagianLampiran: [string, string[]][] = [
    ["DUKUNGAN SUMBER DAYA", data.lampiran.dukungan],
    ["SKEMA PERTANGGUNGJAWABAN", data.lampiran.skema],
    ["KONSEKUENSI", data.lampiran.konsekuensi],
  ];
  return (
    <Document title={data.kepala.judul.join(" ")} author={data.kepala.namaInstansi} language="id">
      <Halaman dasar={data}>
        <Kepala kepala={data.kepala} />
        <TabelIdentitas
          pihak={[
            { judul: "PEGAWAI YANG DINILAI", id: data.pegawai },
            { judul: "PEJABAT PENILAI KINERJA", id: data.penilai },
          ]}
        />
        <TabelHasilKerja isi={data} />
        <TabelPerilaku perilaku={data.perilaku} />
        <BarisTtd dasar={data} />
      </Halaman>
      <Halaman dasar={data}>
        <Kepala kepala={{ ...data.kepala, judul: [JUDUL_LAMPIRAN, ...data.kepala.judul.slice(1)] }} />
        {bagianLampiran.map(([judul, butir]) => (
          <View key={judul} style={gaya.tabel}>
            <View style={gaya.baris} minPresenceAhead={30}>
              <Sel w={100} style={gaya.selJudul}>
                {judul}
              </Sel>
            </View>
            <View style={gaya.baris}>
              <Sel w={100}>
                <DaftarButir butir={butir} />
              </Sel>
            </View>
          </View>
        ))}
        <Penutup dasar={data} opsi={opsi} />
      </Halaman>
    </Document>
  );
}
