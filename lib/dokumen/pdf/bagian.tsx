// Bagian bersama dokumen PDF: kepala, tabel identitas, tabel hasil kerja dan perilaku kerja, blok tanda tangan,
// kotak verifikasi, kaki halaman. Hanya menata data dari lib/dokumen/jenis.ts; label berasal dari data atau modul label.
import React from "react";
import { LABEL_METODE_TTD } from "@/lib/dokumen/label";
import { Image, Page, Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import type { BlokTtd, DasarDokumen, IdentitasCetak, IkiCetak, IsiSkp, KepalaDokumen, PerilakuCetak, RhkCetak, VerifikasiCetak } from "@/lib/dokumen/jenis";
import { gaya } from "@/lib/dokumen/pdf/gaya";
import { formatHalaman, formatTanggal, formatWaktuZona } from "@/lib/organisasi/format";
import { formatNip } from "@/lib/organisasi/nip";
import { judulKelompokRhk } from "@/lib/skp/varian";

/** Metode tanda tangan sebagaimana tercetak pada kotak tanda tangan elektronik. */

/** Judul bagian pindah ke halaman berikutnya bila sesudahnya tersisa kurang dari ini (pt): judul + kepala tabel tanpa baris. */
const kapital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export const JARAK_JUDUL = 130;

const strip = (s: string | null | undefined) => (s && s.trim() ? s : "-");

/** "NIP 19850312 201001 1 004"; tanpa NIP: "NIP -". */
export function barisNip(labelNip: string, nip: string | null): string {
  return `${labelNip} ${nip ? formatNip(nip) : "-"}`;
}

/** Opsi halaman yang sama untuk semua dokumen; `qr` dihitung di render.ts (asinkron) sebelum komponen dirender. */
export type OpsiCetak = { qr: string | null };

export function Halaman({ dasar, lanskap, children }: { dasar: DasarDokumen; lanskap?: boolean; children: React.ReactNode }) {
  return (
    <Page size="A4" orientation={lanskap ? "landscape" : "portrait"} style={gaya.halaman}>
      {children}
      <KakiHalaman dasar={dasar} />
    </Page>
  );
}

export function KakiHalaman({ dasar }: { dasar: DasarDokumen }) {
  const v = dasar.verifikasi;
  return (
    <View fixed style={gaya.kaki}>
      <View>
        <Text>{v ? `Kode verifikasi ${v.kode} · versi ${v.versi}` : dasar.kepala.judul.join(" ")}</Text>
        {v?.sertifikatPengembangan ? <Text style={gaya.peringatan}>{TEKS_SERTIFIKAT_PENGEMBANGAN}</Text> : null}
      </View>
      <Text render={({ pageNumber, totalPages }) => formatHalaman(pageNumber, totalPages ?? pageNumber)} />
    </View>
  );
}

export const TEKS_SERTIFIKAT_PENGEMBANGAN = "Disegel dengan sertifikat pengembangan — bukan sertifikat resmi";

export function Kepala({ kepala, periodeLabel }: { kepala: KepalaDokumen; periodeLabel?: string }) {
  return (
    <View style={gaya.kepala}>
      {kepala.judul.map((j, i) => (
        <Text key={i} style={gaya.kepalaBaris}>
          {j}
        </Text>
      ))}
      {periodeLabel ? <Text style={gaya.kepalaPeriode}>PERIODE: {periodeLabel}</Text> : null}
      <View style={{ flexDirection: "row", justifyContent: "space-between", alignSelf: "stretch", marginTop: 8 }}>
        <Text style={[gaya.tebal, { fontSize: 8.5, maxWidth: "55%" }]}>{kepala.namaInstansi}</Text>
        <Text style={[gaya.tebal, { fontSize: 8.5 }]}>PERIODE PENILAIAN: {kepala.periodePenilaian}</Text>
      </View>
    </View>
  );
}

/** Sel tabel dengan lebar (persen) dan isi teks atau node. */
export function Sel({ w, children, style, kepala }: { w: number | string; children?: React.ReactNode; style?: Style | Style[]; kepala?: boolean }) {
  const extra = Array.isArray(style) ? style : style ? [style] : [];
  return (
    <View style={[gaya.sel, ...(kepala ? [gaya.selKepala] : []), { width: typeof w === "number" ? `${w}%` : w }, ...extra]}>
      {typeof children === "string" || typeof children === "number" ? <Text>{children}</Text> : children}
    </View>
  );
}

const BARIS_IDENTITAS: { label: (id: IdentitasCetak | null) => string; nilai: (id: IdentitasCetak) => string }[] = [
  { label: () => "NAMA", nilai: (i) => i.nama },
  { label: (i) => i?.labelNip ?? "NIP", nilai: (i) => (i.nip ? formatNip(i.nip) : "-") },
  { label: () => "PANGKAT/GOL RUANG", nilai: (i) => strip(i.pangkat) },
  { label: () => "JABATAN", nilai: (i) => i.jabatan },
  { label: () => "UNIT KERJA", nilai: (i) => strip(i.unitKerja) },
];

/** Tabel identitas berdampingan: NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA (| NO | ATASAN …). */
export function TabelIdentitas({ pihak }: { pihak: { judul: string; id: IdentitasCetak | null }[] }) {
  const lebar = 100 / pihak.length;
  const no = lebar * 0.08;
  const label = lebar * 0.3;
  const nilai = lebar - no - label;
  return (
    <View style={gaya.tabel} wrap={false}>
      <View style={gaya.baris}>
        {pihak.map((p, k) => (
          <React.Fragment key={k}>
            <Sel w={no} kepala>
              NO
            </Sel>
            <Sel w={label + nilai} kepala style={{ textAlign: "left" }}>
              {p.judul}
            </Sel>
          </React.Fragment>
        ))}
      </View>
      {BARIS_IDENTITAS.map((b, r) => (
        <View style={gaya.baris} key={r}>
          {pihak.map((p, k) => (
            <React.Fragment key={k}>
              <Sel w={no} style={gaya.tengah}>
                {String(r + 1)}
              </Sel>
              <Sel w={label}>{b.label(p.id)}</Sel>
              <Sel w={nilai}>{p.id ? b.nilai(p.id) : "-"}</Sel>
            </React.Fragment>
          ))}
        </View>
      ))}
    </View>
  );
}

/** Satu baris penuh: label tebal di kiri, nilai di kanan (mis. RATING HASIL KERJA | DIATAS EKSPEKTASI). */
export function BarisNilai({ label, nilai, lebarLabel = 30 }: { label: string; nilai: string | null; lebarLabel?: number }) {
  return (
    <View style={[gaya.tabel, { marginBottom: 6 }]} wrap={false}>
      <View style={gaya.baris}>
        <Sel w={lebarLabel} style={gaya.selJudul}>
          {label}
        </Sel>
        <Sel w={100 - lebarLabel} style={gaya.tebal}>
          {nilai ?? "-"}
        </Sel>
      </View>
    </View>
  );
}

export function DaftarButir({ butir, tanda }: { butir: readonly string[]; tanda?: (i: number) => string }) {
  if (butir.length === 0) return <Text>-</Text>;
  return (
    <View>
      {butir.map((b, i) => (
        <View key={i} style={gaya.butir}>
          <Text style={gaya.butirTanda}>{tanda ? tanda(i) : `${i + 1}.`}</Text>
          <Text style={gaya.butirIsi}>{b}</Text>
        </View>
      ))}
    </View>
  );
}

// ─── Tabel HASIL KERJA ──────────────────────────────────────────────────────────────────────────

type KunciKolom = "no" | "rhkAtasan" | "rhk" | "aspek" | "iki" | "target" | "realisasi" | "perspektif" | "umpan";
type Kolom = { kunci: KunciKolom; judul: string; bobot: number };

/** Tingkat sel: per RHK (sel bergabung setinggi semua IKI-nya) atau per IKI. */
const PER_IKI: ReadonlySet<KunciKolom> = new Set(["aspek", "iki", "target", "realisasi", "perspektif"]);

export type OpsiHasilKerja = { realisasi?: boolean; umpan?: boolean };

/** Kolom tabel HASIL KERJA menurut varian dan pendekatan (skp-domain §1.4), dengan lebar dalam persen. */
export function kolomHasilKerja(isi: Pick<IsiSkp, "varian" | "pendekatan">, opsi: OpsiHasilKerja): (Kolom & { lebar: number })[] {
  const k: Kolom[] = [{ kunci: "no", judul: "NO", bobot: 3.5 }];
  if (isi.varian === "JA_JF") k.push({ kunci: "rhkAtasan", judul: "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI", bobot: 17 });
  k.push({ kunci: "rhk", judul: "RENCANA HASIL KERJA", bobot: isi.varian === "JPT" ? 26 : 19 });
  if (isi.varian === "JA_JF" && isi.pendekatan === "KUANTITATIF") k.push({ kunci: "aspek", judul: "ASPEK", bobot: 8 });
  k.push({ kunci: "iki", judul: "INDIKATOR KINERJA INDIVIDU", bobot: 22 });
  k.push({ kunci: "target", judul: "TARGET", bobot: 12 });
  if (isi.varian === "JPT") k.push({ kunci: "perspektif", judul: "PERSPEKTIF", bobot: 12 });
  if (opsi.realisasi) k.push({ kunci: "realisasi", judul: "REALISASI BERDASARKAN BUKTI DUKUNG", bobot: 15 });
  if (opsi.umpan) k.push({ kunci: "umpan", judul: "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG", bobot: 18 });
  const total = k.reduce((s, x) => s + x.bobot, 0);
  return k.map((x) => ({ ...x, lebar: (x.bobot / total) * 100 }));
}

function isiRhk(r: RhkCetak, kunci: KunciKolom): React.ReactNode {
  switch (kunci) {
    case "no":
      return <Text style={gaya.tengah}>{r.nomor}</Text>;
    case "rhkAtasan":
      return <Text>{strip(r.rhkAtasan)}</Text>;
    case "rhk":
      return (
        <View>
          <Text>{r.teks}</Text>
          {r.penugasanDari ? <Text style={gaya.miring}>({r.penugasanDari})</Text> : null}
        </View>
      );
    case "umpan":
      return <Text>{strip(r.umpanBalik)}</Text>;
    default:
      return null;
  }
}

function isiIki(r: RhkCetak, iki: IkiCetak | null, kunci: KunciKolom, pertama: boolean): string {
  switch (kunci) {
    case "aspek":
      return strip(iki?.aspek);
    case "iki":
      return strip(iki?.indikator);
    case "target":
      return strip(iki?.target);
    case "realisasi":
      return strip(iki?.realisasi);
    case "perspektif":
      // Perspektif milik RHK: dicetak sekali pada baris IKI pertama, baris berikutnya menyambung tanpa garis.
      return pertama ? strip(r.perspektif) : "";
    default:
      return "";
  }
}

/** Baris RHK pendek tidak dipecah antarhalaman (mencegah potongan sel kosong di kaki halaman); yang panjang boleh. */
const BATAS_BARIS_UTUH = 700;

function panjangRhk(r: RhkCetak): number {
  return Math.max(r.teks.length, (r.rhkAtasan ?? "").length, (r.umpanBalik ?? "").length, r.iki.reduce((s, x) => s + x.indikator.length + x.target.length + (x.realisasi ?? "").length, 0));
}

function BarisRhk({ r, kolom }: { r: RhkCetak; kolom: (Kolom & { lebar: number })[] }) {
  // Urutan kolom: kolom per RHK di kiri, blok IKI (kolom per IKI berurutan), kolom per RHK di kanan.
  const mulaiIki = kolom.findIndex((k) => PER_IKI.has(k.kunci));
  const akhirIki = kolom.length - 1 - [...kolom].reverse().findIndex((k) => PER_IKI.has(k.kunci));
  const kiri = kolom.slice(0, mulaiIki);
  const tengah = kolom.slice(mulaiIki, akhirIki + 1);
  const kanan = kolom.slice(akhirIki + 1);
  const lebarTengah = tengah.reduce((s, k) => s + k.lebar, 0);
  const iki: (IkiCetak | null)[] = r.iki.length ? r.iki : [null];
  return (
    <View style={gaya.barisTabel} wrap={panjangRhk(r) > BATAS_BARIS_UTUH}>
      {kiri.map((k) => (
        <Sel key={k.kunci} w={k.lebar}>
          {isiRhk(r, k.kunci)}
        </Sel>
      ))}
      <View style={{ width: `${lebarTengah}%` }}>
        {iki.map((x, i) => (
          <View key={i} style={[gaya.baris, { flexGrow: i === iki.length - 1 ? 1 : 0 }]}>
            {tengah.map((k) => (
              <Sel
                key={k.kunci}
                w={`${(k.lebar / lebarTengah) * 100}%`}
                style={k.kunci === "perspektif" && i < iki.length - 1 ? { borderBottomWidth: 0 } : undefined}
              >
                {isiIki(r, x, k.kunci, i === 0)}
              </Sel>
            ))}
          </View>
        ))}
      </View>
      {kanan.map((k) => (
        <Sel key={k.kunci} w={k.lebar}>
          {isiRhk(r, k.kunci)}
        </Sel>
      ))}
    </View>
  );
}

function BarisKelompok({ judul }: { judul: string }) {
  return (
    <View style={gaya.barisTabel} minPresenceAhead={40}>
      <Sel w={100} style={gaya.selJudul}>
        {judul}
      </Sel>
    </View>
  );
}

/** Tabel HASIL KERJA dengan kepala kolom yang berulang di setiap halaman (fixed di dalam tabel). */
export function TabelHasilKerja({ isi, opsi = {} }: { isi: IsiSkp; opsi?: OpsiHasilKerja }) {
  const kolom = kolomHasilKerja(isi, opsi);
  const kelompok = (jenis: "UTAMA" | "TAMBAHAN", rhk: RhkCetak[]) => (
    <>
      <BarisKelompok judul={judulKelompokRhk(isi.varian, jenis)} />
      {rhk.length ? (
        rhk.map((r, i) => <BarisRhk key={`${jenis}${i}`} r={r} kolom={kolom} />)
      ) : (
        <View style={gaya.barisTabel}>
          <Sel w={100} style={gaya.tengah}>
            -
          </Sel>
        </View>
      )}
    </>
  );
  return (
    // Fragmen, bukan View: minPresenceAhead judul hanya berlaku terhadap saudara sebelumnya di halaman.
    <>
      <Text style={gaya.judulBagian} minPresenceAhead={JARAK_JUDUL}>
        HASIL KERJA
      </Text>
      <View style={gaya.tabelBerkepala}>
        <View style={gaya.barisKepala} fixed>
          {kolom.map((k) => (
            <Sel key={k.kunci} w={k.lebar} kepala>
              {k.judul}
            </Sel>
          ))}
        </View>
        {kelompok("UTAMA", isi.utama)}
        {kelompok("TAMBAHAN", isi.tambahan)}
      </View>
    </>
  );
}

// ─── Tabel PERILAKU KERJA ───────────────────────────────────────────────────────────────────────

export function TabelPerilaku({ perilaku, umpan }: { perilaku: PerilakuCetak[]; umpan?: boolean }) {
  const w = umpan ? { no: 4, nilai: 40, eks: 28, umpan: 28 } : { no: 4, nilai: 56, eks: 40, umpan: 0 };
  return (
    // Fragmen, bukan View: minPresenceAhead judul hanya berlaku terhadap saudara sebelumnya di halaman.
    <>
      <Text style={gaya.judulBagian} minPresenceAhead={JARAK_JUDUL}>
        PERILAKU KERJA
      </Text>
      <View style={gaya.tabelBerkepala}>
        <View style={gaya.barisKepala} fixed>
          <Sel w={w.no} kepala>
            NO
          </Sel>
          <Sel w={w.nilai} kepala>
            PERILAKU KERJA
          </Sel>
          <Sel w={w.eks} kepala>
            EKSPEKTASI KHUSUS PIMPINAN
          </Sel>
          {umpan ? (
            <Sel w={w.umpan} kepala>
              UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG
            </Sel>
          ) : null}
        </View>
        {perilaku.map((p, i) => (
          <View key={i} style={gaya.barisTabel} wrap={false}>
            <Sel w={w.no} style={gaya.tengah}>
              {String(i + 1)}
            </Sel>
            <Sel w={w.nilai}>
              <Text style={gaya.tebal}>{p.nama}</Text>
              <DaftarButir butir={p.panduan} tanda={() => "•"} />
            </Sel>
            <Sel w={w.eks}>
              <Text style={gaya.miring}>Ekspektasi Khusus Pimpinan:</Text>
              <Text>{strip(p.ekspektasi)}</Text>
            </Sel>
            {umpan ? <Sel w={w.umpan}>{strip(p.umpanBalik)}</Sel> : null}
          </View>
        ))}
      </View>
    </>
  );
}

// ─── Tanda tangan dan verifikasi ────────────────────────────────────────────────────────────────

export function BlokTtdCetak({ b, dasar }: { b: BlokTtd; dasar: DasarDokumen }) {
  return (
    <View style={gaya.ttd}>
      <Text>
        {dasar.tempat}, {formatTanggal(dasar.tanggal)}
      </Text>
      <Text style={gaya.tebal}>{b.judul}</Text>
      {b.ttd ? (
        <View style={gaya.ttdKotak}>
          <Text style={gaya.tebal}>Ditandatangani secara elektronik</Text>
          <Text>{formatWaktuZona(b.ttd.waktu, dasar.zonaWaktu)}</Text>
          <Text>{kapital(LABEL_METODE_TTD[b.ttd.metode])}</Text>
        </View>
      ) : (
        <View style={gaya.ttdKosong} />
      )}
      <Text style={gaya.ttdNama}>{b.nama}</Text>
      <Text>{barisNip(b.labelNip, b.nip)}</Text>
    </View>
  );
}

/** Semua blok tanda tangan dokumen dalam satu baris; satu blok saja: di kanan. Tidak dipecah antarhalaman. */
export function BarisTtd({ dasar }: { dasar: DasarDokumen }) {
  return (
    <View style={[gaya.barisTtd, dasar.ttd.length === 1 ? { justifyContent: "flex-end" } : {}]} wrap={false}>
      {dasar.ttd.map((b, i) => (
        <BlokTtdCetak key={i} b={b} dasar={dasar} />
      ))}
    </View>
  );
}

export function KotakVerifikasi({ v, qr }: { v: VerifikasiCetak; qr: string | null }) {
  return (
    <View style={gaya.verifikasi} wrap={false}>
      {qr ? <Image src={qr} style={gaya.qr} /> : null}
      <View style={{ flex: 1 }}>
        <Text style={gaya.tebal}>Kode verifikasi: {v.kode}</Text>
        <Text>Versi dokumen: {v.versi}</Text>
        <Text>Keaslian dokumen dapat diperiksa di {v.url}</Text>
        {v.sertifikatPengembangan ? <Text style={gaya.peringatan}>{TEKS_SERTIFIKAT_PENGEMBANGAN}</Text> : null}
      </View>
    </View>
  );
}

/** Penutup semua dokumen: tanda tangan, lalu kotak verifikasi bila ada; keduanya satu kesatuan di halaman yang sama. */
export function Penutup({ dasar, opsi }: { dasar: DasarDokumen; opsi: OpsiCetak }) {
  return (
    <View wrap={false}>
      <BarisTtd dasar={dasar} />
      {dasar.verifikasi ? <KotakVerifikasi v={dasar.verifikasi} qr={opsi.qr} /> : null}
    </View>
  );
}
