// Penetapan Capaian Kinerja Organisasi dan Distribusi Predikat Kinerja Pegawai per unit (skp-domain §5.1, §6 no. 6),
// ditandatangani pimpinan yang menetapkan.
import React from "react";
import { Document, Text, View } from "@react-pdf/renderer";
import type { DataPenetapan } from "@/lib/dokumen/jenis";
import { BarisNilai, DaftarButir, Halaman, Kepala, Penutup, Sel, TabelIdentitas, JARAK_JUDUL, type OpsiCetak } from "@/lib/dokumen/pdf/bagian";
import { gaya } from "@/lib/dokumen/pdf/gaya";
import { formatNip } from "@/lib/organisasi/nip";
import { GrafikDistribusi } from "@/lib/dokumen/pdf/evaluasi";

export function DokumenPenetapan({ data, opsi }: { data: DataPenetapan; opsi: OpsiCetak }) {
  const total = data.distribusi.reduce((s, k) => s + k.jumlah, 0);
  const w = { no: 5, nama: 35, jabatan: 38, predikat: 22 };
  return (
    <Document title={data.kepala.judul.join(" ")} author={data.kepala.namaInstansi} language="id">
      <Halaman dasar={data}>
        <Kepala kepala={data.kepala} periodeLabel={data.periode} />
        {data.penetap ? <TabelIdentitas pihak={[{ judul: "PIMPINAN YANG MENETAPKAN", id: data.penetap }]} /> : null}
        <BarisNilai label="UNIT KERJA" nilai={data.unitKerja} />
        <BarisNilai label="CAPAIAN KINERJA ORGANISASI" nilai={data.capaianOrganisasi.toUpperCase()} />
        <BarisNilai label="DASAR PENETAPAN CAPAIAN" nilai={data.dasarCapaian} />
        <Text style={gaya.judulBagian}>DISTRIBUSI PREDIKAT KINERJA PEGAWAI</Text>
        <View style={gaya.tabel} wrap={false}>
          <View style={gaya.baris}>
            <Sel w={40} kepala>
              PREDIKAT KINERJA PEGAWAI
            </Sel>
            <Sel w={20} kepala>
              JUMLAH PEGAWAI
            </Sel>
            <Sel w={40} kepala>
              BATAS KURVA
            </Sel>
          </View>
          {data.distribusi.map((k, i) => (
            <View key={i} style={gaya.baris}>
              <Sel w={40}>{k.predikat}</Sel>
              <Sel w={20} style={gaya.tengah}>
                {String(k.jumlah)}
              </Sel>
              <Sel w={40}>{k.batas ?? "-"}</Sel>
            </View>
          ))}
          <View style={gaya.baris}>
            <Sel w={40} style={gaya.tebal}>
              JUMLAH
            </Sel>
            <Sel w={20} style={[gaya.tengah, gaya.tebal]}>
              {String(total)}
            </Sel>
            <Sel w={40} />
          </View>
          <View style={gaya.baris}>
            <Sel w={100}>
              <GrafikDistribusi kolom={data.distribusi} />
            </Sel>
          </View>
        </View>
        <Text style={gaya.judulBagian}>PENGECUALIAN KURVA YANG DITERIMA</Text>
        <View style={{ marginBottom: 6 }}>
          <DaftarButir butir={data.pengecualian} />
        </View>
        <Text style={gaya.judulBagian} minPresenceAhead={JARAK_JUDUL}>
          DAFTAR PEGAWAI DAN PREDIKAT KINERJA
        </Text>
        <View style={gaya.tabelBerkepala}>
          <View style={gaya.barisKepala} fixed>
            <Sel w={w.no} kepala>
              NO
            </Sel>
            <Sel w={w.nama} kepala>
              NAMA / NIP
            </Sel>
            <Sel w={w.jabatan} kepala>
              JABATAN
            </Sel>
            <Sel w={w.predikat} kepala>
              PREDIKAT
            </Sel>
          </View>
          {data.pegawai.map((p, i) => (
            <View key={i} style={gaya.barisTabel} wrap={false}>
              <Sel w={w.no} style={gaya.tengah}>
                {String(i + 1)}
              </Sel>
              <Sel w={w.nama}>
                <Text>{p.nama}</Text>
                <Text>
                  {p.labelNip} {p.nip ? formatNip(p.nip) : "-"}
                </Text>
              </Sel>
              <Sel w={w.jabatan}>{p.jabatan}</Sel>
              <Sel w={w.predikat}>{p.predikat ?? "-"}</Sel>
            </View>
          ))}
        </View>
        <Penutup dasar={data} opsi={opsi} />
      </Halaman>
    </Document>
  );
}
