// Dokumen Evaluasi Kinerja Pegawai (skp-domain §6 no. 5, Format Dokumen Evaluasi): bagian bernomor 1–5, catatan
// keberatan bila ada (rekaman terpisah, §6 no. 7). Tanda tangan hanya pegawai dan pejabat penilai; atasan pejabat
// penilai dicantumkan, tidak menandatangani (data.ttd hanya berisi dua blok itu).
import React from "react";
import { Document, Text, View } from "@react-pdf/renderer";
import type { DataDokumenEvaluasi, IdentitasCetak } from "@/lib/dokumen/jenis";
import { Halaman, Kepala, Penutup, Sel, type OpsiCetak } from "@/lib/dokumen/pdf/bagian";
import { gaya } from "@/lib/dokumen/pdf/gaya";
import { formatTanggal } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";

const W = { no: 5, label: 35, nilai: 60 };

function Judul({ no, teks }: { no: string; teks: string }) {
  return (
    <View style={gaya.baris} minPresenceAhead={40}>
      <Sel w={W.no} style={[gaya.selJudul, gaya.tengah]}>
        {no}
      </Sel>
      <Sel w={W.label + W.nilai} style={gaya.selJudul}>
        {teks}
      </Sel>
    </View>
  );
}

function Isian({ label, nilai }: { label: string; nilai: string }) {
  return (
    <View style={gaya.baris} wrap={false}>
      <Sel w={W.no} />
      <Sel w={W.label}>{label}</Sel>
      <Sel w={W.nilai}>{nilai}</Sel>
    </View>
  );
}

function Identitas({ no, judul, id }: { no: string; judul: string; id: IdentitasCetak | null }) {
  return (
    <>
      <Judul no={no} teks={judul} />
      <Isian label="NAMA" nilai={id?.nama ?? "-"} />
      <Isian label={id?.labelNip ?? "NIP"} nilai={id?.nip ? formatNip(id.nip) : "-"} />
      <Isian label="PANGKAT/GOL RUANG" nilai={id?.pangkat ?? "-"} />
      <Isian label="JABATAN" nilai={id?.jabatan ?? "-"} />
      <Isian label="UNIT KERJA" nilai={id?.unitKerja ?? "-"} />
    </>
  );
}

export function DokumenEvaluasiPegawai({ data, opsi }: { data: DataDokumenEvaluasi; opsi: OpsiCetak }) {
  const k = data.keberatan;
  return (
    <Document title={data.kepala.judul.join(" ")} author={data.kepala.namaInstansi} language="id">
      <Halaman dasar={data}>
        <Kepala kepala={data.kepala} periodeLabel={data.periode} />
        <View style={gaya.tabel}>
          <Identitas no="1" judul="PEGAWAI YANG DINILAI" id={data.pegawai} />
          <Identitas no="2" judul="PEJABAT PENILAI KINERJA" id={data.penilai} />
          <Identitas no="3" judul="ATASAN PEJABAT PENILAI KINERJA" id={data.atasanPenilai} />
          <Judul no="4" teks="EVALUASI KINERJA" />
          <Isian label="CAPAIAN KINERJA ORGANISASI" nilai={data.capaianOrganisasi?.toUpperCase() ?? "-"} />
          <Isian label="PREDIKAT KINERJA PEGAWAI" nilai={data.predikat ?? "-"} />
          <Judul no="5" teks="CATATAN/REKOMENDASI" />
          <View style={gaya.baris}>
            <Sel w={W.no} />
            <Sel w={W.label + W.nilai} style={{ minHeight: 36 }}>
              {data.catatan ?? "-"}
            </Sel>
          </View>
        </View>
        {k ? (
          <View style={gaya.tabel}>
            <Judul no="" teks="KEBERATAN PEGAWAI ATAS HASIL EVALUASI" />
            <Isian label="Diajukan pada" nilai={formatTanggal(k.diajukanAt)} />
            <Isian label="Alasan keberatan" nilai={k.alasan} />
            <Isian label="Keputusan atasan pejabat penilai" nilai={k.keputusan ?? "Belum diputuskan"} />
            <Isian label="Pertimbangan" nilai={k.pertimbangan ?? "-"} />
            <Isian label="Diputuskan pada" nilai={k.diputuskanAt ? formatTanggal(k.diputuskanAt) : "-"} />
            <Isian label="Diputuskan oleh" nilai={k.pemutus ?? "-"} />
          </View>
        ) : null}
        <Text style={{ fontSize: 7, color: "#333" }}>
          Atasan pejabat penilai kinerja dicantumkan pada bagian 3 dan tidak menandatangani dokumen ini.
        </Text>
        <Penutup dasar={data} opsi={opsi} />
      </Halaman>
    </Document>
  );
}
